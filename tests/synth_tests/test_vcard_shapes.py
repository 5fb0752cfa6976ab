# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The vCard files have the iPhone 3.0 and Android 2.1 dialects of FORMATS.md §3."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tests.synth.vcard import android_qp
from tests.synth_tests.readers import vcard_blocks, vcard_property

if TYPE_CHECKING:
    from tests.synth_tests.conftest import Generated


def test_vcard_files_use_crlf_and_no_bom(match_bench: Generated) -> None:
    for name in ("iphone-contacts.vcf", "android-contacts.vcf"):
        data = match_bench.path(name).read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf")
        assert data.count(b"\n") == data.count(b"\r\n")
        assert data.endswith(b"END:VCARD\r\n")


def test_iphone_cards_carry_apple_params_groups_and_social_profiles(match_bench: Generated) -> None:
    text = match_bench.path("iphone-contacts.vcf").read_bytes().decode("utf-8")
    cards = vcard_blocks(text.encode())
    assert all("\r\nVERSION:3.0\r\n" in c and "PRODID:-//Apple Inc.//iPhone OS" in c for c in cards)
    assert re.search(r"\r\nTEL;type=CELL;type=VOICE;type=pref:", text)
    assert re.search(r"\r\nitem\d+\.X-ABLabel:", text)
    assert re.search(r"\r\nX-SOCIALPROFILE;type=linkedin;x-user=[^:]+:http://www\.linkedin", text)
    assert re.search(r"\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-\d{2}-\d{2}\r\n", text)
    assert re.search(r"\r\nitem\d+\.URL;type=pref:https\\://www\.linkedin\.com/in/", text)
    assert "\\," in text, "3.0 escaping of commas missing"


def test_android_cards_use_quoted_printable_with_soft_breaks(match_bench: Generated) -> None:
    text = match_bench.path("android-contacts.vcf").read_bytes().decode("utf-8")
    assert "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=" in text
    assert re.search(r"=\r\n=[0-9A-F]{2}", text), "no QP soft line break"
    assert re.search(r"\r\nTEL;CELL;PREF:", text)
    assert re.search(r"\r\nTITLE:[^\r\n=]*, ", text), "no unescaped comma in a 2.1 TITLE"
    decoded = [vcard_property(card, "FN") or "" for card in vcard_blocks(text.encode())]
    assert any(not name.isascii() for name in decoded)


def test_android_qp_breaks_after_67_characters_even_inside_a_character() -> None:
    encoded = android_qp("Françoise Vandenbroucke-Müller")
    first, _, rest = encoded.partition("=\r\n")
    assert len(first) == 69
    assert rest
    assert "=\r\n" not in encoded[-3:]


def test_duplicate_cards_of_one_person_exist_in_one_phone(match_bench: Generated) -> None:
    for name in ("iphone-contacts.vcf", "android-contacts.vcf"):
        people = [r["person"] for r in match_bench.truth["records"] if r["file"] == name]
        assert len(people) > len(set(people))
