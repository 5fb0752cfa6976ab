# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""E-mails, phones, addresses, web and social links of a card as contact points with labels.

The label is the most telling type a producer gave (a work fax is a ``fax``; a 4.0
``TYPE=work,cell,voice`` phone is a ``cell``), or the ``X-ABLabel`` of the property's
``itemN.`` group with Apple's ``_$!<...>!$_`` wrapper stripped. LinkedIn profiles hide in
``URL``, ``itemN.URL`` with an ``X-ABLabel``, Apple's ``X-SOCIALPROFILE`` and ``IMPP``
(FORMATS.md §3.3); any of them that is a LinkedIn member URL becomes a URL point labelled
``linkedin``, the strongest key for recognising a phone contact as a LinkedIn connection.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hrconnect.core.identifiers import linkedin_slug
from hrconnect.core.kinds import ContactKind
from hrconnect.core.records import ContactPoint

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from hrconnect.importers.vcard.contentline import Property
    from hrconnect.importers.vcard.decode import ValueDecoder

_GENERIC_TYPES = frozenset(
    {
        "pref", "internet", "x400", "voice", "msg", "text", "video", "postal", "parcel", "dom",
        "intl", "uri", "jpeg", "gif", "png", "quoted-printable", "base64", "b",
    }
)  # fmt: skip
_TYPE_ALIASES = {"mobile": "cell", "iphone": "cell", "business": "work", "private": "home"}
_PRIORITY = {
    ContactKind.PHONE: ("fax", "pager", "cell", "main", "work", "home", "car", "isdn", "other"),
    ContactKind.EMAIL: ("work", "home", "school", "other"),
    ContactKind.ADDRESS: ("work", "home", "other"),
    ContactKind.URL: ("work", "home", "blog", "profile", "other"),
}
_IM_PROPERTIES = {
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-GTALK": "gtalk",
    "X-GOOGLE-TALK": "gtalk",
    "X-JABBER": "jabber",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-QQ": "qq",
    "X-GADUGADU": "gadugadu",
    "X-MS-IMADDRESS": "",
}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_TEL_EXTENSION = re.compile(r";\s*ext=", re.IGNORECASE)


def group_labels(props: Iterable[Property], values: ValueDecoder) -> dict[str, str]:
    """The ``X-ABLabel`` of each ``itemN`` group, unwrapped and lower-cased."""
    labels: dict[str, str] = {}
    for prop in props:
        if prop.name == "X-ABLABEL" and prop.group and prop.group not in labels:
            text = values.text(prop)
            match = _APPLE_LABEL.match(text)
            labels[prop.group] = (match[1] if match else text).strip().lower()
    return labels


def contact_points(
    props: Iterable[Property], values: ValueDecoder, labels: Mapping[str, str]
) -> list[ContactPoint]:
    """All contact points of a card, in file order, exact duplicates left out."""
    points: list[ContactPoint] = []
    seen: set[tuple[ContactKind, str, str]] = set()
    for prop in props:
        if prop.is_overlong:
            continue
        point = _point(prop, values, labels.get(prop.group, ""))
        if point is None or not point.value:
            continue
        identity = (point.kind, point.value, point.label)
        if identity not in seen:
            seen.add(identity)
            points.append(point)
    return points


def _point(prop: Property, values: ValueDecoder, group_label: str) -> ContactPoint | None:
    name = prop.name
    if name == "EMAIL":
        return _labelled(prop, ContactKind.EMAIL, values.text(prop), group_label)
    if name == "TEL":
        return _labelled(prop, ContactKind.PHONE, _phone(prop, values.text(prop)), group_label)
    if name == "ADR":
        return _labelled(prop, ContactKind.ADDRESS, _address(prop, values), group_label)
    if name == "URL":
        return _link(prop, values.text(prop), group_label)
    if name == "X-SOCIALPROFILE":
        text = values.text(prop)
        if text.lower().startswith("x-apple:"):
            # iOS writes "x-apple:<handle>" for a profile it has no URL for.
            return None
        return _link(prop, text, group_label)
    if name == "IMPP":
        text = values.text(prop)
        if linkedin_slug(text):
            return ContactPoint(ContactKind.URL, text, "linkedin", _is_preferred(prop))
        service = prop.param("X-SERVICE-TYPE").strip().lower()
        scheme = text.partition(":")[0].lower() if ":" in text else ""
        label = group_label or service or scheme
        return ContactPoint(ContactKind.IM, text, label, _is_preferred(prop))
    if name in _IM_PROPERTIES:
        text = values.text(prop)
        return ContactPoint(ContactKind.IM, text, group_label or _IM_PROPERTIES[name])
    return None


def _labelled(prop: Property, kind: ContactKind, value: str, group_label: str) -> ContactPoint:
    label = group_label or telling_type(prop.types, kind)
    return ContactPoint(kind, value, label, _is_preferred(prop))


def _link(prop: Property, url: str, group_label: str) -> ContactPoint:
    if linkedin_slug(url):
        label = "linkedin"
    else:
        label = group_label or telling_type(prop.types, ContactKind.URL)
        if label == "linkedin":
            # Labelled LinkedIn but not a member profile (a company page, a bare handle).
            label = ""
    return ContactPoint(ContactKind.URL, url, label, _is_preferred(prop))


def telling_type(types: frozenset[str], kind: ContactKind) -> str:
    """The most specific lower-case type of a property, or ``""`` when only generic ones."""
    specific = {_TYPE_ALIASES.get(t, t) for t in types} - _GENERIC_TYPES
    for candidate in _PRIORITY.get(kind, ()):
        if candidate in specific:
            return candidate
    return min(specific) if specific else ""


def _is_preferred(prop: Property) -> bool:
    return "pref" in prop.types or prop.param("PREF").strip() == "1"


def _phone(prop: Property, text: str) -> str:
    if prop.value_type == "uri" or text[:4].lower() == "tel:":
        text = text[4:] if text[:4].lower() == "tel:" else text
        text = _TEL_EXTENSION.sub(" ext. ", text)
    return text.strip()


def _address(prop: Property, values: ValueDecoder) -> str:
    label = prop.param("LABEL")
    if label.strip():
        return _joined_lines([label])
    parts = values.components(prop)
    parts += [""] * (7 - len(parts))
    po_box, extended, street, locality, region, code, country = parts[:7]
    return _joined_lines([street, extended, po_box, locality, region, code, country, *parts[7:]])


def _joined_lines(parts: Iterable[str]) -> str:
    """One readable line: the parts' own line breaks become ``, ``, empty pieces dropped."""
    pieces: list[str] = []
    for part in parts:
        for line in part.splitlines():
            cleaned = " ".join(line.split()).strip(" ,")
            if cleaned:
                pieces.append(cleaned)
    return ", ".join(pieces)
