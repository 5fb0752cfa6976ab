# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Photos are optional: decoded when valid, dropped with a warning otherwise, cards always kept."""

from __future__ import annotations

import base64

from hrconnect.core.records import ProblemSeverity


def test_photo_variants(read_fixture):
    result = read_fixture("photo-variants.vcf")
    assert [r.full_name for r in result.records] == [
        "Corrupt Photo",
        "Text Photo",
        "Url Photo",
        "Apple Photo",
    ]
    photos = {r.full_name: r.photo for r in result.records}
    assert photos["Corrupt Photo"] is None
    assert photos["Text Photo"] is None
    assert photos["Url Photo"] is None  # never fetched
    assert (photos["Apple Photo"] or b"").startswith(b"\x89PNG")
    assert result.reasons() == [
        ("card 1", "photo_dropped", ProblemSeverity.WARNING),
        ("card 2", "photo_dropped", ProblemSeverity.WARNING),
    ]
    assert "corrupt base64" in result.problems[0].detail
    assert "not a JPEG, PNG, GIF or WebP" in result.problems[1].detail


def test_data_uri_photo(read_fixture):
    record = read_fixture("vcard40-data-uri-rfc6868.vcf").records[0]
    assert record.photo is not None
    assert record.photo.startswith(b"\x89PNG")


def test_photo_over_one_mib_is_dropped_and_card_kept(tmp_path, read_path):
    jpeg = b"\xff\xd8\xff\xe0" + bytes(1024 * 1024 + 10)
    encoded = base64.b64encode(jpeg).decode()
    folded = "\r\n ".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))
    path = tmp_path / "photo-too-large.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEMAIL:big@example.com\r\nEND:VCARD\r\n"
    )
    result = read_path(path)
    record = result.by_name("Big Photo")
    assert record.photo is None
    assert record.contact_points[0].value == "big@example.com"
    assert [(p.reason, p.severity) for p in result.problems] == [
        ("photo_dropped", ProblemSeverity.WARNING)
    ]
    assert "larger than 1024 KiB" in result.problems[0].detail


def test_photo_just_under_the_cap_is_kept(tmp_path, read_path):
    jpeg = b"\xff\xd8\xff\xe0" + bytes(1024 * 1024 - 100)
    path = tmp_path / "photo-under-cap.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:4.0\nFN:Near Cap\n"
        f"PHOTO:data:image/jpeg;base64,{base64.b64encode(jpeg).decode()}\nEND:VCARD\n"
    )
    result = read_path(path)
    assert result.records[0].photo == jpeg
    assert result.problems == []
