# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""vCard 4.0 and 3.0 export: round trips through our own importer, escaping, folding, identity."""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING, Any

import pytest

from hrconnect.core.dates import PartialDate
from hrconnect.core.people import derive_profile
from hrconnect.errors import NotFoundError
from hrconnect.services.app import App
from hrconnect.services.export_vcard import VCardExporter, fold, text
from hrconnect.services.people import PersonEdit
from tests.services.conftest import run_import, write_connections, write_vcards

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.clock import FixedClock
    from hrconnect.services.export_vcard import VCardVersion

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3
JAN_LINKEDIN = (
    "Jan,de Vries,https://www.linkedin.com/in/jan-de-vries,,Brabant Verzekeringen NV,"
    '"Director, People & Culture",14 Mar 2019'
)
JAN_CARD = (
    "N:de Vries;Jan;;;\nFN:Jan de Vries\nEMAIL;TYPE=work:Jan.DeVries@example.be\n"
    "TEL;TYPE=cell:+32 475 12 34 56\nURL:https://www.linkedin.com/in/jan-de-vries\n"
    "BDAY:--03-14\nCATEGORIES:ex-colleague"
)
ZOE_CARD = "\n".join(
    [
        "N:Müller-Lüdenscheidt;Zoë;Anaïs;Dr.;",
        "FN:Dr. Zoë Anaïs Müller-Lüdenscheidt",
        r"ORG:Société Générale\, Succursale de Bruxelles;Ressources humaines",
        r"TITLE:Responsable RH\; recrutement",
        "EMAIL:zoe.muller@example.fr",
        "item1.TEL:+33 1 42 68 53 00",
        "item1.X-ABLabel:Bureau principal",
        "BDAY:1984-07-01",
        r"NOTE:Rencontrée à Lille\, 2024.\nAime le café\; pas le thé.\nChemin: C:\\Users\\zoe",
        r"CATEGORIES:Recruiters\, Benelux,VIP",
        "PHOTO;ENCODING=b;TYPE=PNG:" + base64.b64encode(PHOTO).decode("ascii"),
    ]
)
JAN_NOTE = (
    "Met at the HR summit in Gent, 2024; wants a call back.\n"
    "Second line with a backslash \\ and emoji ☕☕ " + "é" * 90
)


@pytest.fixture
def network(app: App, tmp_path: Path) -> App:
    """Jan on LinkedIn and in the phone (merged, with the user's note and tag), and Zoë."""
    run_import(
        app,
        write_connections(tmp_path / "li", [JAN_LINKEDIN]),
        write_vcards(tmp_path / "phone", [JAN_CARD, ZOE_CARD]),
    )
    assert app.people.count() == 2
    jan = next(p.id for p in app.people.summaries() if p.display_name == "Jan de Vries")
    app.people.edit(jan, PersonEdit(note=JAN_NOTE))
    app.tags.tag("Gent, 2024", [jan])
    return app


def exported(app: App, version: VCardVersion, *, photos: bool = True, ids: Any = None) -> bytes:
    stream = io.BytesIO()
    VCardExporter(app.store, app.clock).write(stream, ids, version=version, photos=photos)
    return stream.getvalue()


def facts(app: App) -> list[tuple[object, ...]]:
    """What must survive a round trip, per person, in a comparable form."""
    out = []
    for summary in app.people.summaries():
        records = list(app.people.detail(summary.id).records)
        profile = derive_profile(records)
        tags = sorted({t for r in records for t in r.tags}, key=str.casefold)
        out.append(
            (
                profile.display_name,
                profile.given_name,
                profile.family_name,
                sorted(profile.emails),
                sorted(profile.phones),
                sorted(profile.urls),
                profile.organization,
                profile.title,
                profile.birthday,
                profile.note,
                tags,
                app.people.photo(summary.id),
            )
        )
    return sorted(out, key=repr)


def reimported(data: bytes, tmp_path: Path, clock: FixedClock) -> App:
    from hrconnect.paths import AppPaths

    target = tmp_path / "exported.vcf"
    target.write_bytes(data)
    other = App(AppPaths.under(tmp_path / "other-home"), clock)
    report = run_import(other, target)
    assert [s.failed for s in report.sources] == [[]]
    return other


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_a_round_trip_gives_the_same_people_and_values(
    network: App, tmp_path: Path, clock: FixedClock, version: VCardVersion
) -> None:
    data = exported(network, version)
    other = reimported(data, tmp_path, clock)
    try:
        assert facts(other) == facts(network)
        assert other.people.count() == 2
    finally:
        other.close()


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_without_photos_everything_but_the_photo_comes_back(
    network: App, tmp_path: Path, clock: FixedClock, version: VCardVersion
) -> None:
    data = exported(network, version, photos=False)
    assert b"PHOTO" not in data
    other = reimported(data, tmp_path, clock)
    try:
        without_photo = [(*fact[:-1], None) for fact in facts(network)]
        assert facts(other) == without_photo
    finally:
        other.close()


def test_the_round_trip_is_stable_when_exported_again(
    network: App, tmp_path: Path, clock: FixedClock
) -> None:
    first = exported(network, "4.0")
    other = reimported(first, tmp_path, clock)
    try:
        again = exported(other, "4.0")
    finally:
        other.close()

    def lines(data: bytes, name: str) -> list[bytes]:
        unfolded = data.replace(b"\r\n ", b"")
        return sorted(line for line in unfolded.split(b"\r\n") if line.startswith(name.encode()))

    for name in ("FN", "N:", "ORG", "TITLE", "EMAIL", "TEL", "BDAY", "NOTE", "CATEGORIES", "UID"):
        assert lines(again, name) == lines(first, name), name


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("4.0", r"TITLE:Director\, People & Culture"),
        ("3.0", r"TITLE:Director\, People & Culture"),
        ("4.0", r"TITLE:Responsable RH\; recrutement"),
        ("4.0", r"ORG:Société Générale\, Succursale de Bruxelles;Ressources humaines"),
        ("4.0", r"CATEGORIES:Recruiters\, Benelux,VIP"),
        ("3.0", r"CATEGORIES:ex-colleague,Gent\, 2024"),
        ("4.0", "BDAY:--0314"),
        ("3.0", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14"),
        ("4.0", "BDAY:19840701"),
        ("3.0", "BDAY:1984-07-01"),
        ("4.0", "TEL;TYPE=cell;VALUE=uri:tel:+32475123456"),
        ("3.0", "TEL;TYPE=cell:+32475123456"),
        ("4.0", "item1.X-ABLabel:bureau principal"),
        ("3.0", "EMAIL;TYPE=internet,work:jan.devries@example.be"),
        ("4.0", "URL:https://www.linkedin.com/in/jan-de-vries"),
        ("3.0", "PHOTO;ENCODING=b;TYPE=PNG:" + base64.b64encode(PHOTO).decode()[:40]),
        ("4.0", "PHOTO:data:image/png;base64," + base64.b64encode(PHOTO).decode()[:40]),
    ],
)
def test_values_are_written_as_address_books_expect(
    network: App, version: VCardVersion, expected: str
) -> None:
    unfolded = exported(network, version).decode("utf-8").replace("\r\n ", "")
    assert any(line.startswith(expected) for line in unfolded.split("\r\n")), expected


def test_multi_line_notes_escape_line_breaks_and_backslashes(network: App) -> None:
    unfolded = exported(network, "4.0").decode("utf-8").replace("\r\n ", "")
    notes = [line for line in unfolded.split("\r\n") if line.startswith("NOTE:")]
    assert r"NOTE:Rencontrée à Lille\, 2024.\nAime le café\; pas le thé.\nChemin: C:\\Users" in (
        "".join(notes)
    )
    assert all("\n" not in note for note in notes)


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("a,b", r"a\,b"),
        ("a;b", r"a\;b"),
        ("a\\b", r"a\\b"),
        ("one\ntwo", r"one\ntwo"),
        ("one\r\ntwo", r"one\ntwo"),
        ("plain", "plain"),
    ],
)
def test_text_escapes(value: str, escaped: str) -> None:
    assert text(value) == escaped


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_lines_fold_at_75_octets_on_character_boundaries(network: App, version: VCardVersion):
    data = exported(network, version)
    physical = data.split(b"\r\n")
    assert physical[-1] == b""
    assert all(len(line) <= 75 for line in physical)
    for line in physical:
        line.decode("utf-8")  # a folded line never starts or ends inside a character
    assert any(line.startswith(b" ") for line in physical)


@pytest.mark.parametrize(
    "line", ["x" * 200, "é" * 120, "a" + "☕" * 60, "NOTE:" + "ab€" * 70, "short"]
)
def test_fold_keeps_every_octet_and_unfolds_to_the_line(line: str) -> None:
    folded = fold(line)
    assert folded.endswith(b"\r\n")
    parts = folded[:-2].split(b"\r\n")
    assert all(len(part) <= 75 for part in parts)
    assert all(part.startswith(b" ") for part in parts[1:])
    assert folded[:-2].replace(b"\r\n ", b"").decode("utf-8") == line


def test_uid_is_stable_across_exports_and_differs_between_people(network: App) -> None:
    def uids(data: bytes) -> list[str]:
        return [line for line in data.decode().split("\r\n") if line.startswith("UID:")]

    first, second = uids(exported(network, "4.0")), uids(exported(network, "3.0"))
    assert first == second
    assert len(set(first)) == 2
    assert all(uid.startswith("UID:urn:uuid:") for uid in first)
    ids = [line for line in exported(network, "4.0").decode().split("\r\n") if "HRCONNECT" in line]
    assert sorted(ids) == sorted(f"X-HRCONNECT-ID:{p.id}" for p in network.people.summaries())


def absorbed_ids(app: App) -> list[int]:
    """Ids of people merged into someone else."""
    found = []
    for person_id in range(1, 20):
        try:
            if app.people.resolve(person_id) != person_id:
                found.append(person_id)
        except NotFoundError:
            continue
    return found


def test_a_merged_id_exports_the_survivor_once_and_an_unknown_id_is_refused(
    network: App,
) -> None:
    jan = next(p.id for p in network.people.summaries() if p.display_name == "Jan de Vries")
    absorbed = absorbed_ids(network)
    assert len(absorbed) == 1
    data = exported(network, "4.0", ids=[absorbed[0], jan])
    assert data.count(b"BEGIN:VCARD") == 1
    assert f"X-HRCONNECT-ID:{jan}\r\n".encode() in data
    with pytest.raises(NotFoundError, match="no person with id 4242"):
        exported(network, "4.0", ids=[jan, 4242])


def test_a_birthday_without_a_day_is_left_out_of_3_0_only(app: App, tmp_path: Path) -> None:
    run_import(app, write_vcards(tmp_path / "p", ["N:Raman;Priya;;;\nFN:Priya Raman"]))
    priya = app.people.summaries()[0].id
    app.people.edit(priya, PersonEdit(birthday=PartialDate(1979, 5)))
    assert b"BDAY:1979-05\r\n" in exported(app, "4.0")
    assert b"BDAY" not in exported(app, "3.0")


def test_vobject_reads_our_3_0_values_whole(network: App) -> None:
    vobject = pytest.importorskip("vobject")
    cards = list(vobject.readComponents(exported(network, "3.0").decode("utf-8")))
    by_name = {card.fn.value: card for card in cards}
    jan = by_name["Jan de Vries"]
    assert jan.title.value == "Director, People & Culture"
    assert jan.note.value == JAN_NOTE
    zoe = by_name["Dr. Zoë Anaïs Müller-Lüdenscheidt"]
    assert zoe.org.value == ["Société Générale, Succursale de Bruxelles", "Ressources humaines"]
    assert zoe.categories.value == ["Recruiters, Benelux", "VIP"]
    assert zoe.photo.value == PHOTO


OTHER_POINTS_CARD = "\n".join(
    [
        "N:Okafor;Dana;;;",
        "FN:Dana Okafor",
        "ADR;TYPE=work:;;Rue de la Loi 16\\, bus 3;Brussel;;1000;België",
        "X-SKYPE:dana.okafor",
        "IMPP;X-SERVICE-TYPE=jabber:xmpp:dana@jabber.example",
        "URL;TYPE=blog:www.dana.example/blog",
    ]
)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_addresses_chat_handles_and_links_come_back(
    app: App, tmp_path: Path, clock: FixedClock, version: VCardVersion
) -> None:
    run_import(app, write_vcards(tmp_path / "p", [OTHER_POINTS_CARD]))

    def points(of: App) -> list[tuple[str, str, str]]:
        records = of.people.detail(of.people.summaries()[0].id).records
        return sorted((p.kind.value, p.value, p.label) for r in records for p in r.contact_points)

    other = reimported(exported(app, version), tmp_path, clock)
    try:
        assert points(other) == [
            ("address", "Rue de la Loi 16, bus 3, Brussel, 1000, België", "work"),
            ("im", "dana.okafor", "skype"),
            ("im", "xmpp:dana@jabber.example", "jabber"),
            ("url", "https://www.dana.example/blog", "blog"),
        ]
        assert points(app)[:3] == points(other)[:3]
    finally:
        other.close()
