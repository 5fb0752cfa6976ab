# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Keyword search over people, and saved searches as smart lists.

The query language, for people who type rather than click:

- words match anywhere, as prefixes, accent- and case-insensitively: ``vand`` finds
  Vandenbroucke and Van den Broucke, ``jose`` finds José;
- ``"people and culture"`` matches the phrase;
- ``company:brabant``, ``title:recruiter``, ``tag:candidates``, ``name:peeters``,
  ``note:summit`` look in one field only (``company:"acme nv"`` for several words);
- ``-freelance`` leaves out people who match that word;
- an e-mail address or a phone number finds the person who has it.

Ranking is SQLite FTS5's bm25 with weights that favour a hit in the name over one in a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hrconnect.core.changes import Changes
from hrconnect.core.identifiers import normalize_email
from hrconnect.core.kinds import ContactKind
from hrconnect.errors import UsageError
from hrconnect.matching.phones import phone_info

if TYPE_CHECKING:
    from hrconnect.clock import Clock
    from hrconnect.core.people import PersonSummary
    from hrconnect.settings import Settings
    from hrconnect.store.engine import Store
    from hrconnect.store.search import SavedSearch
    from hrconnect.store.transaction import Transaction

FIELDS = {
    "name": "name",
    "names": "name",
    "naam": "name",
    "namen": "name",
    "company": "company",
    "employer": "company",
    "bedrijf": "company",
    "title": "title",
    "functie": "title",
    "position": "title",
    "tag": "tags",
    "tags": "tags",
    "note": "notes",
    "notes": "notes",
    "notitie": "notes",
    "notities": "notes",
    "werkgever": "company",
}
_TOKEN = re.compile(r'(-?)(?:(\w+):)?(?:"([^"]*)"|(\S+))', re.UNICODE)
_WORD_CHARS = re.compile(r"[^\w@.+'-]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A person found, with the bm25 rank (lower is better)."""

    person: PersonSummary
    rank: float


def to_fts(query: str) -> str:
    """Translate the user's query into an FTS5 expression; ``""`` when nothing is searchable.

    Every term is quoted, so no user input can inject FTS5 syntax.
    """
    parts: list[str] = []
    negatives: list[str] = []
    for match in _TOKEN.finditer(query):
        negate, field, phrase, word = match.groups()
        column = FIELDS.get(field.casefold()) if field else None
        if field and column is None:
            word = f"{field}:{phrase if phrase is not None else word}"
            phrase = None
        if phrase is not None:
            text = phrase.replace('"', " ").strip()
            term = f'"{text}"' if text else ""
        else:
            text = _WORD_CHARS.sub(" ", word or "").strip()
            words = [w for w in re.split(r"[\s'.@+-]+", text) if w]
            term = " ".join(f'"{w}"*' for w in words)
            if len(words) > 1:
                term = f"({term})"
        if not term:
            continue
        if column:
            term = f"{column} : {term if term.startswith('(') else f'({term})'}"
        (negatives if negate else parts).append(term)
    if not parts:
        return ""
    expression = " AND ".join(parts)
    for negative in negatives:
        expression = f"({expression}) NOT {negative}"
    return expression


class SearchService:
    """Searches people and keeps smart lists."""

    def __init__(self, store: Store, clock: Clock, settings: Settings) -> None:
        self._store = store
        self._clock = clock
        self._settings = settings

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """People matching a query, best first (see the module docstring for the syntax).

        Raises:
            UsageError: the query cannot be understood.
        """
        text = query.strip()
        if not text:
            return []
        with self._store.read() as tx:
            exact = self._exact_contact(tx, text)
            if exact is not None:
                return [SearchHit(p, 0.0) for p in tx.people.summaries(exact)][:limit]
            expression = to_fts(text)
            if not expression:
                return []
            try:
                ranked = tx.search.match(expression, limit)
            except ValueError as error:
                raise UsageError(f"cannot search for {query!r}: {error}") from error
            found = {p.id: p for p in tx.people.summaries([pid for pid, _ in ranked])}
        return [SearchHit(found[pid], rank) for pid, rank in ranked if pid in found]

    def _exact_contact(self, tx: Transaction, text: str) -> list[int] | None:
        """People with exactly this e-mail address or phone number, if the query is one."""
        if " " in text.strip():
            return None
        email = normalize_email(text)
        if email:
            return tx.records.people_with_point(ContactKind.EMAIL, email)
        digits = sum(ch.isdigit() for ch in text)
        if digits >= 6 and digits >= len(text.replace(" ", "")) - 4:
            info = phone_info(text, self._settings.default_region)
            if info:
                return tx.records.people_with_point(ContactKind.PHONE, info.e164)
        return None

    # --- smart lists -------------------------------------------------------------------

    def save(self, name: str, query: str) -> Changes:
        """Keep a query as a smart list under a name.

        Raises:
            UsageError: empty name, or a query that finds nothing searchable.
        """
        if not name.strip():
            raise UsageError("a saved search needs a name")
        if not to_fts(query) and not query.strip():
            raise UsageError("nothing to save: the query is empty")
        with self._store.write() as tx:
            tx.search.save(name, query.strip(), self._clock.now())
        return Changes(people=False)

    def saved(self) -> list[SavedSearch]:
        """The smart lists, by name."""
        with self._store.read() as tx:
            return tx.search.saved()

    def delete_saved(self, search_id: int) -> Changes:
        """Remove a smart list."""
        with self._store.write() as tx:
            tx.search.delete_saved(search_id)
        return Changes()
