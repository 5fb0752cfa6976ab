# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
r"""Phone address books as vCard files: iPhone-style 3.0 and Android-style 2.1 (FORMATS.md §3).

iPhone 3.0: ``PRODID:-//Apple Inc.//iPhone OS ...``, repeated lower-case ``type=`` params,
``itemN.`` groups with ``X-ABLabel`` (``_$!<Other>!$_`` or a custom Dutch label), LinkedIn
profiles as ``X-SOCIALPROFILE;type=linkedin;x-user=...`` or as ``itemN.URL`` with an escaped
colon, year-less birthdays as ``BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-09``, 3.0 escaping
(``\,`` ``\;`` ``\n``), no folding of text lines (iOS folds only photos).

Android 2.1: ``N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:`` for any non-ASCII value, every byte
written as ``=XX`` with a soft line break (``=`` + CRLF) after 67 characters exactly as Android's
``VCardBuilder`` does, so multi-byte characters can straddle a break; bare params
(``TEL;CELL;PREF``); commas in ``TITLE``/``ORG`` left unescaped; ``BDAY:--05-09`` when the year
is unknown. Both dialects use CRLF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.synth.truth import TruthRecord
from tests.synth.variants import format_phone

if TYPE_CHECKING:
    import random
    from collections.abc import Sequence
    from pathlib import Path

    from tests.synth.corruption import View

CRLF = "\r\n"
_CUSTOM_LABELS = ("Centrale", "Werk vast", "Kantoor", "Standaard")


def escape_30(text: str) -> str:
    """Escape text for vCard 3.0 (backslash, comma, semicolon, newline)."""
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def _given_field(view: View) -> str:
    return view.display if "given_only" in view.applied else view.given.strip()


def _family_field(view: View) -> str:
    return "" if "given_only" in view.applied else view.family.strip()


def iphone_card(view: View, rng: random.Random, ios: str) -> str:
    """One iPhone 3.0 card (without the trailing CRLF)."""
    n = ";".join(escape_30(p) for p in (_family_field(view), _given_field(view), view.middle))
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"PRODID:-//Apple Inc.//iPhone OS {ios}//EN",
        f"N:{n};;",
        f"FN:{escape_30(view.display)}",
    ]
    if view.company:
        lines.append(f"ORG:{escape_30(view.company)};")
    if view.title:
        lines.append(f"TITLE:{escape_30(view.title)}")
    item = 0
    for index, (label, address) in enumerate(view.emails):
        pref = ";type=pref" if index == 0 else ""
        if label == "other":
            item += 1
            lines += [
                f"item{item}.EMAIL;type=INTERNET{pref}:{address}",
                f"item{item}.X-ABLabel:_$!<Other>!$_",
            ]
        else:
            lines.append(f"EMAIL;type=INTERNET;type={label.upper()}{pref}:{address}")
    for index, (label, number) in enumerate(view.phones):
        shown = format_phone(number, rng)
        if label == "cell":
            pref = ";type=pref" if index == 0 else ""
            lines.append(f"TEL;type=CELL;type=VOICE{pref}:{shown}")
        elif rng.random() < 0.5:
            item += 1
            lines += [
                f"item{item}.TEL:{shown}",
                f"item{item}.X-ABLabel:{rng.choice(_CUSTOM_LABELS)}",
            ]
        else:
            lines.append(f"TEL;type=WORK;type=VOICE:{shown}")
    if view.linkedin_url:
        slug = view.linkedin_url.rsplit("/", 1)[-1]
        http = view.linkedin_url.replace("https://", "http://")
        if rng.random() < 0.6:
            lines.append(f"X-SOCIALPROFILE;type=linkedin;x-user={slug}:{http}")
        else:
            item += 1
            escaped = view.linkedin_url.replace(":", "\\:")
            lines += [f"item{item}.URL;type=pref:{escaped}", f"item{item}.X-ABLabel:LinkedIn"]
    if view.birthday:
        year, month, day = view.birthday
        if year is None:
            lines.append(f"BDAY;X-APPLE-OMIT-YEAR=1604:1604-{month:02d}-{day:02d}")
        else:
            lines.append(f"BDAY;value=date:{year}-{month:02d}-{day:02d}")
    if view.note:
        lines.append(f"NOTE:{escape_30(view.note)}")
    lines.append("END:VCARD")
    return CRLF.join(lines)


def android_qp(text: str) -> str:
    """Android's quoted-printable: every UTF-8 byte as ``=XX``, soft break after 67 chars."""
    out: list[str] = []
    count = 0
    data = text.encode("utf-8")
    for index, byte in enumerate(data):
        out.append(f"={byte:02X}")
        count += 3
        if count >= 67 and index + 1 < len(data):
            out.append("=" + CRLF)
            count = 0
    return "".join(out)


def _android_prop(name: str, parts: Sequence[str]) -> str:
    """``NAME:value`` or its QP form when any part is not printable ASCII."""
    if all(part.isascii() and "\n" not in part for part in parts):
        return f"{name}:" + ";".join(part.replace(";", "\\;") for part in parts)
    return f"{name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + ";".join(
        android_qp(part) for part in parts
    )


def android_card(view: View, rng: random.Random) -> str:
    """One Android 2.1 card (without the trailing CRLF)."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        _android_prop("N", [_family_field(view), _given_field(view), view.middle, "", ""]),
        _android_prop("FN", [view.display]),
    ]
    for index, (label, number) in enumerate(view.phones):
        style = "e164" if rng.random() < 0.5 else "compact"
        kind = "CELL" if label == "cell" else "WORK"
        pref = ";PREF" if index == 0 else ""
        lines.append(f"TEL;{kind}{pref}:{format_phone(number, rng, style)}")
    for label, address in view.emails:
        kind = {"work": "WORK", "home": "HOME"}.get(label, "OTHER")
        lines.append(f"EMAIL;{kind}:{address}")
    if view.company:
        lines.append(_android_prop("ORG", [view.company]))
    if view.title:
        lines.append(_android_prop("TITLE", [view.title]))
    if view.linkedin_url:
        lines.append(f"URL:{view.linkedin_url}")
    if view.birthday:
        year, month, day = view.birthday
        shown = f"--{month:02d}-{day:02d}" if year is None else f"{year}-{month:02d}-{day:02d}"
        lines.append(f"BDAY:{shown}")
    if view.note:
        lines.append(_android_prop("NOTE", [view.note]))
    lines += ["CATEGORIES:My Contacts", "END:VCARD"]
    return CRLF.join(lines)


def write_vcards(
    folder: Path,
    file_name: str,
    dialect: str,
    cards: Sequence[View],
    rng: random.Random,
) -> list[TruthRecord]:
    """Write ``cards`` as one ``.vcf`` in ``dialect`` (``iphone`` or ``android``).

    Returns:
        One truth record per card (``card N``, 1-based in file order).
    """
    ios = rng.choice(("16.7.2", "17.5.1", "18.1"))
    texts = [
        iphone_card(v, rng, ios) if dialect == "iphone" else android_card(v, rng) for v in cards
    ]
    (folder / file_name).write_bytes((CRLF.join(texts) + CRLF).encode("utf-8"))
    return [
        TruthRecord(
            file_name, None, f"card {index}", view.pid, "vcard", view.display, tuple(view.applied)
        )
        for index, view in enumerate(cards, start=1)
    ]
