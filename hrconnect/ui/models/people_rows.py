# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The People list as plain data: rows, folded search text, sort keys and filtering.

Qt-free on purpose: :meth:`PeopleRows.build` runs on the worker thread right after the store
read, so the GUI thread only swaps the result into the model. Filtering and sorting are list
comprehensions over values folded once (``key_text``: accents and case removed), which keeps
typing in the search field under 100 ms at 50,000 people, where a ``filterAcceptsRow`` per row
through a proxy model would not be.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from hrconnect.core.identifiers import INVISIBLE_CODES, key_text
from hrconnect.core.people import SOURCE_RANK

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from datetime import date

    from hrconnect.core.kinds import SourceKind
    from hrconnect.core.people import PersonSummary

SERVICE_FIELDS = frozenset(
    {
        "name",
        "names",
        "company",
        "employer",
        "bedrijf",
        "title",
        "functie",
        "position",
        "tag",
        "tags",
        "note",
        "notes",
        "notitie",
    }
)
"""Field names of the search service's query language (``company:acme``)."""
_FIELD = re.compile(r"(?:^|\s)-?(\w+):", re.UNICODE)
_SEPARATOR = "\x00"


@cache
def _removed_marks() -> re.Pattern[str]:
    """Combining marks and invisible formatting characters, as one character class."""
    # The Basic Multilingual Plane holds every combining mark a name or a job title uses;
    # scanning all 1.1 million code points would cost more than the folding saves.
    codes = [code for code in range(0x300, 0x10000) if unicodedata.combining(chr(code))]
    codes = sorted({*codes, *INVISIBLE_CODES})
    ranges: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        ranges.append(
            re.escape(chr(start))
            if start == previous
            else f"{re.escape(chr(start))}-{re.escape(chr(previous))}"
        )
        start = previous = code
    return re.compile(f"[{''.join(ranges)}]")


FOLD_CHUNK = 2000
"""Texts folded per C call: each call holds the GIL, and the window must get it every few ms."""


def fold_many(texts: Sequence[str]) -> list[str]:
    """Fold many strings for searching: accents and invisible characters removed, case folded.

    The same folding as ``key_text`` (but for marks outside the Basic Multilingual Plane, and
    without collapsing spaces), done on joined strings so the work runs in C: several times
    faster than folding 50,000 names one by one. Joined in chunks, not all at once: one call
    over 50,000 names held the GIL for ~50 ms, stalling the window while this ran on the worker.
    """
    folded: list[str] = []
    for start in range(0, len(texts), FOLD_CHUNK):
        chunk = texts[start : start + FOLD_CHUNK]
        joined = _SEPARATOR.join(chunk)
        if not joined.isascii():
            joined = _removed_marks().sub("", unicodedata.normalize("NFKD", joined))
        parts = joined.casefold().split(_SEPARATOR)
        if len(parts) != len(chunk):  # a text held the separator itself
            parts = [fold(text) for text in chunk]
        folded.extend(parts)
    return folded


def fold(text: str) -> str:
    """Fold one string the way :func:`fold_many` does."""
    if text.isascii():
        return text.casefold()
    return _removed_marks().sub("", unicodedata.normalize("NFKD", text)).casefold()


class Column(IntEnum):
    """The columns of the People list, in display order."""

    NAME = 0
    COMPANY = 1
    TITLE = 2
    LAST_CONTACT = 3
    DUE = 4
    TAGS = 5
    SOURCES = 6


def needs_search_service(text: str) -> bool:
    """True when a query uses the search language (fields, phrases, exclusions, e-mails).

    Such queries go to ``app.search.search`` on the worker; plain words are filtered here.
    """
    stripped = text.strip()
    if not stripped:
        return False
    if '"' in stripped or "@" in stripped:
        return True
    if any(word.startswith("-") and len(word) > 1 for word in stripped.split()):
        return True
    if any(m.group(1).casefold() in SERVICE_FIELDS for m in _FIELD.finditer(stripped)):
        return True
    digits = sum(ch.isdigit() for ch in stripped)
    return digits >= 6 and digits >= len(stripped.replace(" ", "")) - 4


@dataclass(frozen=True, slots=True)
class PeopleFilter:
    """What the filter bar asks for; empty fields do not filter."""

    text: str = ""
    """Plain words, matched as folded substrings of name, company, title and tags."""
    tag: str = ""
    company: str = ""
    source: SourceKind | None = None
    overdue_only: bool = False
    person_ids: frozenset[int] | None = None
    """Only these people (the result of a search-service query or a smart list)."""

    @property
    def tokens(self) -> list[str]:
        """The folded words of :attr:`text`."""
        return fold(self.text).split()

    def refines(self, previous: PeopleFilter) -> bool:
        """True when every row this filter keeps was kept by ``previous`` too.

        Typing one more letter only narrows the list, so the next filter can start from the
        rows still shown instead of all of them.
        """
        return (
            self.tag == previous.tag
            and self.company == previous.company
            and self.source == previous.source
            and self.overdue_only == previous.overdue_only
            and self.person_ids == previous.person_ids
            # Each earlier word is then part of a word now, so fewer rows can match.
            and " ".join(self.tokens).startswith(" ".join(previous.tokens))
        )


@dataclass(frozen=True, slots=True)
class PeopleRows:
    """Every person of the list, with folded search text and sort orders computed on demand.

    Rows are in name order (the store's ``sort_name``, then id) and never change; the folded
    values are computed once (by :meth:`prepare` on the worker right after the first paint, or
    by the first filter that needs them) and cached, so a ``PeopleRows`` may be read from the
    worker while the GUI shows it.
    """

    rows: tuple[PersonSummary, ...]
    today: date
    row_of: dict[int, int] = field(repr=False)
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    _sort_cache: dict[tuple[Column, bool], list[int]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def build(cls, summaries: Sequence[PersonSummary], today: date) -> PeopleRows:
        """Wrap the store's rows (expected in name order, as the service gives them)."""
        rows = tuple(summaries)
        return cls(rows, today, {s.id: i for i, s in enumerate(rows)})

    @classmethod
    def empty(cls, today: date) -> PeopleRows:
        """No people."""
        return cls((), today, {})

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def search(self) -> tuple[str, ...]:
        """Per row: name, company, title and tags, folded (accents and case removed)."""
        found = self._cache.get("search")
        if found is None:
            found = tuple(fold_many([_search_text(s) for s in self.rows]))
            self._cache["search"] = found
        return found

    @property
    def companies(self) -> tuple[str, ...]:
        """Per row: the company, folded."""
        found = self._cache.get("companies")
        if found is None:
            found = tuple(fold_many([s.organization for s in self.rows]))
            self._cache["companies"] = found
        return found

    def prepare(self) -> list[str]:
        """Compute the folded values now (on the worker); returns :meth:`top_companies`."""
        _ = self.search, self.companies
        return self.top_companies()

    def replaced(self, fresh: Iterable[PersonSummary], asked: Iterable[int]) -> PeopleRows:
        """A copy where the people in ``asked`` are replaced by ``fresh``.

        Asked people missing from ``fresh`` were merged away or forgotten and are dropped;
        fresh people not yet listed (split off by an unmerge) are added.
        """
        gone = set(asked)
        added = list(fresh)
        search = self.search
        kept = [(s, search[i]) for i, s in enumerate(self.rows) if s.id not in gone]
        kept += zip(added, fold_many([_search_text(s) for s in added]), strict=True)
        kept.sort(key=lambda pair: (pair[0].sort_name, pair[0].id))
        updated = PeopleRows.build([p for p, _ in kept], self.today)
        updated._cache["search"] = tuple(t for _, t in kept)
        return updated

    # --- queries -------------------------------------------------------------------------

    def is_overdue(self, index: int) -> bool:
        """True when the person at ``index`` is due today or earlier and not snoozed past it."""
        person = self.rows[index]
        due = person.due_on
        if due is None or due > self.today:
            return False
        return person.snoozed_until is None or person.snoozed_until <= self.today

    def order(self, column: Column, descending: bool) -> list[int]:
        """Row indices sorted on a column, ties in name order, empty values last either way.

        The result is cached; callers must not change it.
        """
        cached = self._sort_cache.get((column, descending))
        if cached is None:
            cached = self._sorted(column, descending)
            self._sort_cache[(column, descending)] = cached
        return cached

    def _sorted(self, column: Column, descending: bool) -> list[int]:
        count = len(self.rows)
        if column is Column.NAME:  # rows are kept in name order
            return list(range(count - 1, -1, -1)) if descending else list(range(count))
        keys = self._keys(column)
        filled = [i for i, key in enumerate(keys) if key is not None]
        # Python's sort is stable (also with reverse=True), so ties stay in name order.
        filled.sort(key=keys.__getitem__, reverse=descending)
        filled.extend(i for i, key in enumerate(keys) if key is None)
        return filled

    def _keys(self, column: Column) -> list[Any]:
        rows = self.rows
        if column is Column.COMPANY:
            return [c or None for c in self.companies]
        if column is Column.TITLE:
            return [key_text(s.title) or None for s in rows]
        if column is Column.LAST_CONTACT:
            return [s.last_contact_on for s in rows]
        if column is Column.DUE:
            return [s.due_on for s in rows]
        if column is Column.TAGS:
            return [key_text(", ".join(s.tags)) or None for s in rows]
        if column is Column.SOURCES:
            return [tuple(sorted(SOURCE_RANK.get(k, 99) for k in s.sources)) for s in rows]
        return [s.sort_name for s in rows]

    def matching(self, wanted: PeopleFilter, candidates: Sequence[int]) -> list[int]:
        """The candidates (row indices, order kept) that pass the filter."""
        result: Sequence[int] = candidates
        rows = self.rows
        if wanted.person_ids is not None:
            ids = wanted.person_ids
            result = [i for i in result if rows[i].id in ids]
        for token in wanted.tokens:
            search = self.search
            result = [i for i in result if token in search[i]]
        if wanted.company:
            company = fold(wanted.company.strip())
            companies = self.companies
            result = [i for i in result if company in companies[i]]
        if wanted.tag:
            tag = wanted.tag.casefold()
            result = [i for i in result if rows[i].tags and _has_tag(rows[i].tags, tag)]
        if wanted.source is not None:
            source = wanted.source
            result = [i for i in result if source in rows[i].sources]
        if wanted.overdue_only:
            overdue: Callable[[int], bool] = self.is_overdue
            result = [i for i in result if overdue(i)]
        return list(result)

    def top_companies(self, limit: int = 2000) -> list[str]:
        """Company names by how many people work there (for the company filter's completer)."""
        counts = Counter(s.organization for s in self.rows if s.organization)
        return [name for name, _ in counts.most_common(limit)]


def _has_tag(tags: tuple[str, ...], folded: str) -> bool:
    return any(t.casefold() == folded for t in tags)


def _search_text(person: PersonSummary) -> str:
    """Name, company, title and tags; the bars keep a word from running into the next field."""
    tags = " | ".join(person.tags) if person.tags else ""
    return f"{person.display_name} | {person.organization} | {person.title} | {tags}"
