# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Company keys, e-mail domains as companies, free-mail domains, non-employers."""

from __future__ import annotations

import pytest

from hrconnect.matching.companies import (
    company_key,
    company_tokens,
    domain_company_key,
    is_freemail_domain,
    is_not_a_company,
    looks_like_company,
    split_domain,
)


@pytest.mark.parametrize(
    "variant",
    [
        "Brabant Verzekeringen NV",
        "BRABANT VERZEKERINGEN",
        "brabant verzekeringen n.v.",
        "Brabant Verzekeringen N.V.",
        "NV Brabant Verzekeringen",
        "Brabant-Verzekeringen",
        "brabantverzekeringen.be",
        "https://www.brabantverzekeringen.be/nl/contact",
        "Brabant Verzekeringen SA/NV",
        "Brabant Verzekeringen (part of Foo Group)",
    ],
)
def test_variants_of_one_company_share_a_key(variant: str) -> None:
    assert company_key(variant) == "brabantverzekeringen"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Acme B.V.", "acme"),
        ("Acme BVBA", "acme"),
        ("Acme CVBA", "acme"),
        ("VZW Kind en Gezin", "kindengezin"),
        ("Acme SRL", "acme"),
        ("Acme SPRL", "acme"),
        ("ASBL Les Amis", "lesamis"),
        ("Acme GmbH", "acme"),
        ("Acme GmbH & Co. KG", "acme"),
        ("Acme AG", "acme"),
        ("Acme Ltd.", "acme"),
        ("Acme Limited", "acme"),
        ("Acme Private Limited", "acme"),
        ("Acme LLC", "acme"),
        ("Acme, Inc.", "acme"),
        ("Acme Corp.", "acme"),
        ("Acme & Co", "acme"),
        ("Acme et Cie", "acme"),
        ("Acme plc", "acme"),
        ("Acme SE", "acme"),
        ("Acme SAS", "acme"),
        ("Acme SARL", "acme"),
        ("Acme Sp. z o.o.", "acme"),
        ("Acme Comm.V.", "acme"),
        ("Colruyt Group", "colruyt"),
        ("KBC Group NV", "kbc"),
        ("Deloitte Belgium", "deloitte"),
        ("Acme Holding", "acme"),
        ("Acme International", "acme"),
        ("Société Générale", "societegenerale"),
        ("Ernst & Young", "ernstyoung"),
        ("A.S. Adventure", "asadventure"),
        ("J.P. Morgan", "jpmorgan"),
        ("3M", "3m"),
        ("De Lijn", "delijn"),
        ("Booking.com", "booking"),
    ],
)
def test_legal_forms_and_descriptors_are_stripped(name: str, key: str) -> None:
    assert company_key(name) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Group", "group"),
        ("NV", "nv"),
        ("Co", "co"),
        ("SE Consulting", "seconsulting"),  # ambiguous short forms only at the end
        ("AB InBev", "abinbev"),
    ],
)
def test_nothing_is_stripped_that_would_leave_no_name(name: str, key: str) -> None:
    assert company_key(name) == key


def test_empty_and_symbol_only_names_give_an_empty_key() -> None:
    assert company_key("") == ""
    assert company_key("🚀") == ""


def test_company_tokens_keep_words_for_set_comparisons() -> None:
    assert company_tokens("Brabant Verzekeringen NV") == ("brabant", "verzekeringen")


@pytest.mark.parametrize(
    ("domain", "key"),
    [
        ("acme.be", "acme"),
        ("ACME.BE", "acme"),
        ("mail.acme.be", "acme"),
        ("acme.co.uk", "acme"),
        ("mail.acme-group.co.uk", "acme"),
        ("colruytgroup.com", "colruyt"),
        ("brabant-verzekeringen.be", "brabantverzekeringen"),
        ("jan.peeters@acme.be", "acme"),
        ("https://www.acme.com.au/about", "acme"),
        ("acme.me", "acme"),
    ],
)
def test_domains_give_the_key_of_their_registrable_label(domain: str, key: str) -> None:
    assert domain_company_key(domain) == key


@pytest.mark.parametrize(
    "domain",
    [
        "gmail.com",
        "googlemail.com",
        "hotmail.be",
        "hotmail.co.uk",
        "outlook.com",
        "live.be",
        "yahoo.fr",
        "icloud.com",
        "me.com",
        "telenet.be",
        "skynet.be",
        "users.skynet.be",
        "proximus.be",
        "ziggo.nl",
        "kpnmail.nl",
        "gmx.de",
        "web.de",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "protonmail.com",
        "proton.me",
    ],
)
def test_free_mail_domains_give_no_company(domain: str) -> None:
    assert is_freemail_domain(domain)
    assert domain_company_key(domain) is None


@pytest.mark.parametrize("domain", ["acme.be", "telenetgroup.be", "me.be", "outlookconsulting.be"])
def test_company_domains_are_not_free_mail(domain: str) -> None:
    assert not is_freemail_domain(domain)


def test_free_mail_domain_still_has_a_company_key_when_named_as_company() -> None:
    assert company_key("gmail.com") == "gmail"


@pytest.mark.parametrize("junk", ["", "acme", "localhost", "acme.123", "@", "not a domain"])
def test_non_domains_give_none(junk: str) -> None:
    assert domain_company_key(junk) is None


def test_split_domain_knows_country_second_levels() -> None:
    assert split_domain("mail.acme.co.uk") == ("acme", "co.uk")
    assert split_domain("acme.be") == ("acme", "be")
    assert split_domain("be") is None


@pytest.mark.parametrize(
    "value",
    [
        "Career Break",
        "Freelance",
        "Freelancer",
        "Self-Employed",
        "self employed",
        "Zelfstandige",
        "Zelfstandig ondernemer",
        "Retired",
        "Gepensioneerd",
        "Retraité",
        "Student",
        "Étudiant",
        "Looking for opportunities",
        "Looking for new challenges",
        "Open to work",
        "Op zoek naar een nieuwe uitdaging",
        "Sabbatical",
        "Stealth",
        "n/a",
        "-",
        "",
    ],
)
def test_employer_values_that_name_no_employer(value: str) -> None:
    assert is_not_a_company(value)


@pytest.mark.parametrize("value", ["Acme NV", "KBC", "Freelance Pro BV", "Student Consulting BV"])
def test_real_employers_are_companies(value: str) -> None:
    assert not is_not_a_company(value)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Acme NV", True),
        ("B.V. Foo", True),
        ("Foo Ltd", True),
        ("Keller", False),
        ("de Vries", False),
    ],
)
def test_legal_forms_make_text_look_like_a_company(text: str, company: bool) -> None:
    assert looks_like_company(text) is company
