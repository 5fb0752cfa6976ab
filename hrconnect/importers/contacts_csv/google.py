# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Google Contacts CSV rows, legacy and current layouts, into draft records.

Google numbers its repeating fields (``E-mail 1 - Type``, ``E-mail 1 - Value``, ``Phone 3 -
Label`` …) only as far as the account needs, so the column set is read from the header, never
assumed. A cell may hold several values joined by `` ::: `` (each becomes its own contact point
with the group's label) and a type starting with ``* `` marks the primary value.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from itertools import zip_longest
from typing import TYPE_CHECKING

from hrconnect.core.kinds import ContactKind
from hrconnect.importers.contacts_csv.columns import AddressPart, Role, fold_header
from hrconnect.importers.contacts_csv.common import (
    Draft,
    cell,
    clean_label,
    format_address,
    is_exchange_path,
    read_birthday,
    split_multi,
    user_categories,
    web_label,
)
from hrconnect.importers.contacts_csv.headers import (
    GOOGLE_ADDRESS_PARTS,
    GOOGLE_GROUP,
    GOOGLE_GROUPS,
    GOOGLE_SCALARS,
    GOOGLE_UNNUMBERED_ORGANIZATION,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

_POINT_KINDS = {
    "e-mail": ContactKind.EMAIL,
    "phone": ContactKind.PHONE,
    "website": ContactKind.URL,
    "im": ContactKind.IM,
}
_GROUP_ORDER = ("organization", "e-mail", "phone", "address", "website", "im")


@dataclass(frozen=True, slots=True)
class GoogleColumns:
    """Where each Google field sits in one file's header.

    Attributes:
        scalars: Column indices per role, in header order (the first non-empty cell wins).
        groups: Per (group, number), the column index of each attribute (``type``,
            ``value``, ``formatted`` ...), in the order the groups should be read.
    """

    scalars: dict[Role, list[int]] = field(default_factory=dict)
    groups: dict[tuple[str, int], dict[str, int]] = field(default_factory=dict)

    @classmethod
    def from_header(cls, header: Sequence[str]) -> GoogleColumns:
        """Map a Google header. Unknown columns are ignored (they stay in ``raw``)."""
        scalars: dict[Role, list[int]] = {}
        groups: dict[tuple[str, int], dict[str, int]] = {}
        for index, name in enumerate(header):
            key = fold_header(name)
            if key in GOOGLE_SCALARS:
                scalars.setdefault(GOOGLE_SCALARS[key].role, []).append(index)
            elif key in GOOGLE_UNNUMBERED_ORGANIZATION:
                attribute = GOOGLE_UNNUMBERED_ORGANIZATION[key]
                groups.setdefault(("organization", 0), {}).setdefault(attribute, index)
            elif (match := GOOGLE_GROUP.match(key)) and match["group"] in GOOGLE_GROUPS:
                attribute = "type" if match["attribute"] == "label" else match["attribute"]
                slot = groups.setdefault((match["group"], int(match["number"])), {})
                slot.setdefault(attribute, index)
        ordered = dict(
            sorted(groups.items(), key=lambda item: (_GROUP_ORDER.index(item[0][0]), item[0][1]))
        )
        return cls(scalars, ordered)

    @property
    def date_columns(self) -> tuple[int, ...]:
        """See ``common.RowMapper``."""
        return tuple(self.scalars.get(Role.BIRTHDAY, ()))

    def _first(self, cells: Sequence[str], role: Role) -> str:
        for index in self.scalars.get(role, ()):
            value = cell(cells, index)
            if value:
                return value
        return ""

    def draft(self, cells: Sequence[str], *, day_first: bool) -> Draft:
        """See ``common.RowMapper``."""
        draft = Draft.with_names(partial(self._first, cells))
        raw_birthday = self._first(cells, Role.BIRTHDAY)
        draft.birthday, readable = read_birthday(raw_birthday, day_first=day_first)
        if not readable:
            draft.warnings.append(("bad_birthday", raw_birthday))
        for index in self.scalars.get(Role.CATEGORIES, ()):
            draft.categories.extend(split_multi(cell(cells, index)))
        draft.categories = user_categories(draft.categories)
        for (group, _number), attributes in self.groups.items():
            values = {name: cell(cells, index) for name, index in attributes.items()}
            if not any(value for name, value in values.items() if name != "type"):
                continue
            if group == "organization":
                _add_organizations(draft, values)
            elif group == "address":
                _add_addresses(draft, values)
            else:
                _add_points(draft, _POINT_KINDS[group], values)
        if draft.employments and not draft.employments[0].title:
            profession = self._first(cells, Role.PROFESSION)
            if profession:
                draft.employments[0] = replace(draft.employments[0], title=profession)
        elif not draft.employments:
            draft.add_job("", self._first(cells, Role.PROFESSION), "", current=True)
        return draft


def _add_points(draft: Draft, kind: ContactKind, values: dict[str, str]) -> None:
    label, preferred = clean_label(values.get("type", ""))
    if kind is ContactKind.IM and values.get("service"):
        label = clean_label(values["service"])[0]
    for position, value in enumerate(split_multi(values.get("value", ""))):
        if kind is ContactKind.EMAIL and is_exchange_path(value):
            draft.exchange_paths_dropped += 1
            continue
        point_label = web_label(value, label) if kind is ContactKind.URL else label
        # The star marks the group; its first value is the primary one.
        draft.add_point(kind, value, point_label, preferred=preferred and position == 0)


def _add_addresses(draft: Draft, values: dict[str, str]) -> None:
    label, preferred = clean_label(values.get("type", ""))
    parts = {
        part: split_multi(values.get(name, ""))
        for name, part in GOOGLE_ADDRESS_PARTS.items()
        if values.get(name)
    }
    formatted = parts.pop(AddressPart.FORMATTED, [])
    if formatted:
        pieces = [{AddressPart.FORMATTED: block} for block in formatted]
    else:
        # Several addresses of one type are ":::"-joined in every part column alike.
        columns = list(parts)
        pieces = [
            {part: text or "" for part, text in zip(columns, row, strict=True)}
            for row in zip_longest(*parts.values(), fillvalue="")
        ]
    for position, piece in enumerate(pieces):
        draft.add_point(
            ContactKind.ADDRESS,
            format_address(piece),
            label,
            preferred=preferred and position == 0,
        )


def _add_organizations(draft: Draft, values: dict[str, str]) -> None:
    names = split_multi(values.get("name", "")) or [""]
    titles = split_multi(values.get("title", ""))
    departments = split_multi(values.get("department", ""))
    for position, name in enumerate(names):
        draft.add_job(
            name,
            titles[position] if position < len(titles) else "",
            departments[position] if position < len(departments) else "",
            current=not draft.employments,
        )
