# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Contact points: TYPE parameters in every dialect, itemN labels, LinkedIn links, addresses."""

from __future__ import annotations

import pytest

from hrconnect.core.kinds import ContactKind


@pytest.mark.parametrize(
    ("number", "label", "is_preferred"),
    [
        ("+1 555 0100", "cell", False),  # TEL;CELL (2.1 bare parameter)
        ("+1 555 0101", "cell", False),  # TYPE=CELL
        ("+1 555 0102", "cell", False),  # type=CELL;type=VOICE
        ("+1 555 0103", "cell", False),  # TYPE=cell,voice
        ("+1 555 0104", "cell", False),  # TYPE="cell,voice"
        ("+1 555 0105", "work", True),  # PREF=1 (4.0)
        ("+1 555 0106", "home", True),  # type=pref (3.0)
        ("+1 555 0107", "fax", False),  # a work fax is a fax
        ("+1 555 0108", "work", False),  # Evolution's quoted X- parameter beside TYPE
    ],
)
def test_type_parameters_normalise_to_one_label(read_fixture, number, label, is_preferred):
    record = read_fixture("type-param-variants.vcf").records[0]
    point = next(p for p in record.contact_points if p.value == number)
    assert (point.kind, point.label, point.is_preferred) == (
        ContactKind.PHONE,
        label,
        is_preferred,
    )


def test_itemn_groups_take_their_x_ablabel(read_fixture):
    record = read_fixture("iphone-30-itemn-ablabel-social.vcf").by_name("Nadia Haddad")
    email = next(p for p in record.contact_points if p.kind is ContactKind.EMAIL)
    phone = next(p for p in record.contact_points if p.kind is ContactKind.PHONE)
    assert (email.value, email.label, email.is_preferred) == ("nadia@example.net", "other", True)
    assert (phone.value, phone.label) == ("+961 1 234 567", "bureau beyrouth")


def test_linkedin_profiles_found_in_url_socialprofile_and_impp(read_fixture):
    record = read_fixture("iphone-30-itemn-ablabel-social.vcf").by_name("Nadia Haddad")
    urls = [(p.value, p.label) for p in record.contact_points if p.kind is ContactKind.URL]
    assert urls == [
        ("https://www.linkedin.com/in/nadia-haddad-hr/", "linkedin"),  # itemN.URL, escaped colon
        ("http://nadiahaddad.example", "homepage"),
        ("http://www.linkedin.com/in/nhaddad", "linkedin"),  # X-SOCIALPROFILE
        ("https://twitter.com/nadiah", "twitter"),  # the x-apple: handle before it is ignored
        ("https://linkedin.com/in/nadia-h", "linkedin"),  # IMPP
    ]
    ims = [(p.value, p.label) for p in record.contact_points if p.kind is ContactKind.IM]
    assert ims == [("skype:nadia.haddad", "skype")]


def test_linkedin_label_only_for_member_profiles(tmp_path, read_path):
    path = tmp_path / "linkedin-company-page.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Page Owner\n"
        "item1.URL:https://www.linkedin.com/company/northwind\nitem1.X-ABLabel:LinkedIn\n"
        "URL;TYPE=linkedin:https://www.linkedin.com/in/page-owner\nEND:VCARD\n"
    )
    record = read_path(path).records[0]
    assert [(p.value, p.label) for p in record.contact_points] == [
        ("https://www.linkedin.com/company/northwind", ""),
        ("https://www.linkedin.com/in/page-owner", "linkedin"),
    ]


def test_addresses_become_one_readable_line(read_fixture):
    record = read_fixture("adr-org-title.vcf").by_name("Lars Eriksen")
    addresses = [(p.value, p.label) for p in record.contact_points]
    # The empty work address is left out.
    assert addresses == [("Storgata 12, Back building, Apt 4, Oslo, 0155, Norway", "home")]


def test_vcard40_tel_uri_and_rfc6868_address_label(read_fixture):
    record = read_fixture("vcard40-data-uri-rfc6868.vcf").by_name("Sofia Andersson")
    assert [(p.kind, p.value, p.label, p.is_preferred) for p in record.contact_points] == [
        (ContactKind.PHONE, "+46-8-123-4567 ext. 89", "work", True),
        (ContactKind.ADDRESS, "Kungsgatan 5, 111 43 Stockholm, Sweden", "work", False),
    ]
