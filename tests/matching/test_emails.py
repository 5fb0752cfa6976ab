# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""E-mail addresses: identity keys, role mailboxes, free mail, name hints from local parts."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from hrconnect.matching.emails import (
    EmailInfo,
    email_info,
    is_role_local_part,
    local_part_fits,
    name_hints,
)
from hrconnect.matching.names import family_equivalent, parse_name


def info(address: str) -> EmailInfo:
    result = email_info(address)
    assert result is not None
    return result


@pytest.mark.parametrize(
    ("raw", "address"),
    [
        ("W.OBrien@Acme.be", "w.obrien@acme.be"),
        ("<mailto:Jan@Acme.BE>", "jan@acme.be"),
        ("  jan@acme.be ", "jan@acme.be"),
    ],
)
def test_addresses_are_normalised_to_lower_case(raw: str, address: str) -> None:
    assert info(raw).address == address


@pytest.mark.parametrize("junk", ["", "not an email", "jan@", "@acme.be", "/o=ExchangeLabs/ou=x"])
def test_non_addresses_give_none(junk: str) -> None:
    assert email_info(junk) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("william.obrien@gmail.com", "williamobrien@gmail.com"),
        ("William.OBrien+news@gmail.com", "williamobrien@googlemail.com"),
        ("w.i.l.l.i.a.m.obrien@googlemail.com", "williamobrien@gmail.com"),
        ("jan.peeters+linkedin@outlook.com", "jan.peeters@outlook.com"),
        ("jan+work@icloud.com", "jan@icloud.com"),
        ("jan+x@protonmail.com", "jan@protonmail.com"),
    ],
)
def test_addresses_reaching_the_same_mailbox_share_an_identity_key(a: str, b: str) -> None:
    assert info(a).identity_key == info(b).identity_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("jan.peeters@acme.be", "janpeeters@acme.be"),  # dots matter outside Gmail
        ("jan+sales@acme.be", "jan@acme.be"),  # unknown provider: the tag may be a mailbox
        ("jan.peeters@outlook.com", "janpeeters@outlook.com"),
    ],
)
def test_different_mailboxes_keep_different_identity_keys(a: str, b: str) -> None:
    assert info(a).identity_key != info(b).identity_key


@pytest.mark.parametrize(
    "address",
    [
        "info@acme.be",
        "INFO@acme.be",
        "info2@acme.be",
        "hr@acme.be",
        "hr.antwerpen@acme.be",
        "info-be@acme.be",
        "jobs@acme.be",
        "sales@acme.be",
        "office@acme.be",
        "contact@acme.be",
        "admin@acme.be",
        "noreply@acme.be",
        "no-reply@acme.be",
        "do_not_reply@acme.be",
        "team@acme.be",
        "hello@acme.be",
        "onthaal@gemeente.be",
        "receptie@acme.be",
        "boekhouding@acme.be",
        "personeelsdienst@acme.be",
        "comptabilite@acme.be",
        "ressources.humaines@acme.be",
    ],
)
def test_role_mailboxes_are_recognised(address: str) -> None:
    assert info(address).is_role
    assert info(address).name_hints == ()


@pytest.mark.parametrize(
    "local", ["jan.peeters", "w.obrien", "sales.jan.peeters", "infante", "hrvoje.kovac", "jan"]
)
def test_personal_local_parts_are_not_role_mailboxes(local: str) -> None:
    assert not is_role_local_part(local)


def test_free_mail_addresses_carry_no_company() -> None:
    assert info("jan.peeters@telenet.be").is_freemail
    assert info("jan.peeters@telenet.be").company_key is None
    work = info("jan.peeters@acme-group.be")
    assert not work.is_freemail
    assert work.company_key == "acme"


@pytest.mark.parametrize(
    ("local", "reading"),
    [
        ("w.obrien", ("", "w", "obrien", "f.last")),
        ("william.obrien", ("william", "w", "obrien", "first.last")),
        ("obrien.william", ("william", "w", "obrien", "last.first")),
        ("obrien.w", ("", "w", "obrien", "last.f")),
        ("wobrien", ("", "w", "obrien", "flast")),
        ("obrienw", ("", "w", "obrien", "lastf")),
        ("williamobrien", ("william", "w", "obrien", "firstlast")),
        ("jan.van.den.berg", ("jan", "j", "vandenberg", "first.last")),
        ("jvandenberg", ("", "j", "vandenberg", "flast")),
        ("j.p.peeters", ("", "jp", "peeters", "f.last")),
        ("koen_de_smet", ("koen", "k", "desmet", "first.last")),
        ("jan.peeters2", ("jan", "j", "peeters", "first.last")),
        ("jan.peeters+linkedin", ("jan", "j", "peeters", "first.last")),
        ("obrien", ("", "", "obrien", "last")),
    ],
)
def test_local_parts_are_read_as_names(local: str, reading: tuple[str, str, str, str]) -> None:
    hints = [(h.given, h.initials, h.family, h.pattern) for h in name_hints(local)]
    assert reading in hints


def test_local_parts_without_letters_give_no_hints() -> None:
    assert name_hints("12345") == ()
    assert name_hints("") == ()


@pytest.mark.parametrize(
    ("local", "pattern"),
    [
        ("w.obrien", "f.last"),
        ("william.obrien", "first.last"),
        ("bill.obrien", "first.last"),
        ("billy.obrien", "first.last"),
        ("wobrien", "flast"),
        ("williamobrien", "firstlast"),
        ("obrien.w", "last.f"),
        ("obrien", "last"),
    ],
)
def test_local_parts_fit_william_obrien(local: str, pattern: str) -> None:
    fit = local_part_fits(local, parse_name(given="William", family="O'Brien"))
    assert fit is not None
    assert fit.pattern == pattern


@pytest.mark.parametrize("local", ["j.obrien", "wpeeters", "w.obrian", "william", "info"])
def test_local_parts_of_someone_else_do_not_fit(local: str) -> None:
    assert local_part_fits(local, parse_name(given="William", family="O'Brien")) is None


@pytest.mark.parametrize(
    "local", ["jan.van.den.berg", "jvandenberg", "j.vandenberg", "vandenberg.jan", "jan.berg"]
)
def test_particle_surnames_fit_in_any_spelling(local: str) -> None:
    assert local_part_fits(local, parse_name(full="Jan van den Berg")) is not None


def test_married_name_part_fits_the_local_part() -> None:
    assert local_part_fits("an.janssens", parse_name(given="An", family="Peeters-Janssens"))


@dataclass(frozen=True)
class CachedKeys:
    """A name reading as a cache might keep it: sets stored as tuples."""

    given_forms: tuple[str, ...]
    initials: str
    family_compact: str
    family_core: str
    family_set: tuple[str, ...]
    family_keys: tuple[str, ...]


def test_cached_name_keys_with_tuples_work_like_a_parsed_name() -> None:
    name = parse_name(given="William", family="O'Brien")
    cached = CachedKeys(
        tuple(name.given_forms),
        name.initials,
        name.family_compact,
        name.family_core,
        tuple(name.family_set),
        tuple(name.family_keys),
    )
    assert local_part_fits("w.obrien", cached) == local_part_fits("w.obrien", name)
    assert family_equivalent(cached, name)
