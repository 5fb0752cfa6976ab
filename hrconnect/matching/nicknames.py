# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Given-name short forms (Wim~Willem, Jef~Jozef, Bill~William) from our own curated table.

Published nickname lists cover English only and carry false friends for Dutch (Jan~Janet,
Bill~Robert; MATCHING.md §3.2), so hrconnect ships its own locale-tagged table in
``data/nicknames.tsv``. Its format, in short (the file's header has the full text):

    locale <TAB> gender <TAB> formal <TAB> short, short, ...

one cluster per line; ``locale`` is nl, nl-BE, fr, en or de; ``gender`` is m, f or -; the
short-form column may be empty, which records only a name and its gender. ``#`` starts a
comment line.

Relations are **one step** only: every short form is related to the formal name of its line,
never to the other short forms, and relations are not chained. Scoring counts a direct
relation as partial evidence; :func:`canonical` and :func:`blocking_forms` are wider on
purpose, for blocking keys only.

All functions take names in any spelling and fold them (accents, case, hyphens, apostrophes)
before looking them up, so "José" and "jose" are the same name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from hrconnect.matching.text import compact

GENDERS = frozenset({"m", "f", "-"})


@dataclass(frozen=True, slots=True)
class NicknameCluster:
    """One line of the table: a formal name and its one-step short forms (all folded)."""

    locale: str
    gender: str
    formal: str
    short_forms: tuple[str, ...]
    line: int


class NicknameTable:
    """The relations of a parsed nickname table, indexed for constant-time look-ups.

    Args:
        clusters: The parsed lines.

    Raises:
        ValueError: When "short form of" relations form a cycle (A under B and B under A),
            which would make :meth:`canonical` undefined.
    """

    def __init__(self, clusters: tuple[NicknameCluster, ...]) -> None:
        self.clusters = clusters
        parents: defaultdict[str, set[str]] = defaultdict(set)
        children: defaultdict[str, set[str]] = defaultdict(set)
        genders: defaultdict[str, set[str]] = defaultdict(set)
        for cluster in clusters:
            genders[cluster.formal].add(cluster.gender)
            for short in cluster.short_forms:
                if short == cluster.formal:
                    continue
                parents[short].add(cluster.formal)
                children[cluster.formal].add(short)
                genders[short].add(cluster.gender)
        self._parents = {name: frozenset(p) for name, p in parents.items()}
        self._children = {name: frozenset(c) for name, c in children.items()}
        self._gender = {
            name: (next(iter(g)) if len(g) == 1 and g != {"-"} else None)
            for name, g in genders.items()
        }
        self.names = frozenset(genders)
        self._roots = {name: self._find_roots(name, ()) for name in self.names}

    def _find_roots(self, name: str, path: tuple[str, ...]) -> frozenset[str]:
        if name in path:
            raise ValueError(f"nickname relations form a cycle: {' -> '.join((*path, name))}")
        ups = self._parents.get(name)
        if not ups:
            return frozenset({name})
        roots: set[str] = set()
        for parent in ups:
            roots |= self._find_roots(parent, (*path, name))
        return frozenset(roots)

    def is_known(self, name: str) -> bool:
        """True when the table lists the name (as formal name, short form or gender fact)."""
        return _key(name) in self.names

    def are_nickname_pair(self, a: str, b: str) -> bool:
        """True when one name is a listed short form or variant of the other (one step)."""
        ka, kb = _key(a), _key(b)
        if not ka or ka == kb:
            return False
        return kb in self._parents.get(ka, ()) or ka in self._parents.get(kb, ())

    def formal_forms(self, name: str) -> frozenset[str]:
        """The formal names that ``name`` is a direct short form of; empty if none."""
        return self._parents.get(_key(name), frozenset())

    def short_forms(self, name: str) -> frozenset[str]:
        """The direct short forms of ``name`` as a formal name; empty if none."""
        return self._children.get(_key(name), frozenset())

    def related(self, name: str) -> frozenset[str]:
        """Every name one step away from ``name``, in either direction."""
        key = _key(name)
        return self._parents.get(key, frozenset()) | self._children.get(key, frozenset())

    def canonical(self, name: str) -> str:
        """A deterministic representative of the name for blocking keys.

        Follows "short form of" upwards to the oldest formal name (Wim -> Willem -> Wilhelmus,
        Bill -> William). When the upward paths end in different names (Jo: Johannes, Johanna,
        Jozef...) or the name is unknown, the folded name itself is returned.

        Args:
            name: A given name in any spelling.

        Returns:
            A folded name.
        """
        key = _key(name)
        roots = self._roots.get(key)
        if roots is not None and len(roots) == 1:
            return next(iter(roots))
        return key

    def blocking_forms(self, name: str) -> frozenset[str]:
        """The folded name, its one-step relatives and its canonical form.

        Two records whose first given names share a blocking form are worth comparing; the
        score still only credits a direct relation.
        """
        key = _key(name)
        if not key:
            return frozenset()
        return self.related(key) | {key, self.canonical(key)}

    def gender(self, name: str) -> str | None:
        """The gender ("m"/"f") all lines listing the name agree on; None if unknown or mixed."""
        return self._gender.get(_key(name))


def _key(name: str) -> str:
    return name if name.isascii() and name.isalpha() and name.islower() else compact(name)


def parse_table(text: str) -> NicknameTable:
    """Parse nickname table text in the format described in the module docstring.

    Args:
        text: The whole file.

    Returns:
        The indexed table.

    Raises:
        ValueError: On a malformed line (with its number) or a cycle of relations.
    """
    clusters: list[NicknameCluster] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        columns = raw.rstrip("\r\n").split("\t")
        if len(columns) == 3:
            columns.append("")
        if len(columns) != 4:
            raise ValueError(f"nicknames line {number}: expected 4 TAB-separated columns")
        locale, gender, formal, shorts = (c.strip() for c in columns)
        if gender not in GENDERS or not locale or not compact(formal):
            raise ValueError(f"nicknames line {number}: bad locale, gender or formal name")
        short_forms = tuple(compact(s) for s in shorts.split(",") if compact(s))
        clusters.append(NicknameCluster(locale, gender, compact(formal), short_forms, number))
    return NicknameTable(tuple(clusters))


@lru_cache(maxsize=1)
def default_table() -> NicknameTable:
    """The table shipped with hrconnect (``hrconnect/matching/data/nicknames.tsv``)."""
    data = resources.files("hrconnect.matching").joinpath("data", "nicknames.tsv")
    return parse_table(data.read_text(encoding="utf-8"))


def are_nickname_pair(a: str, b: str) -> bool:
    """True when one name is a direct short form or variant of the other (Bill~William).

    Equal names are not a nickname pair; Jan~Johan (two short forms of Johannes) is not one.
    """
    return default_table().are_nickname_pair(a, b)


def formal_forms(name: str) -> frozenset[str]:
    """The folded formal names that ``name`` is a direct short form of (Wim -> Willem...)."""
    return default_table().formal_forms(name)


def canonical(name: str) -> str:
    """A deterministic folded representative for blocking keys; see NicknameTable.canonical."""
    return default_table().canonical(name)


@lru_cache(maxsize=16384)
def blocking_forms(name: str) -> frozenset[str]:
    """The folded name plus its one-step relatives and canonical form, for blocking.

    Cached: a few thousand given names make up tens of thousands of records.
    """
    return default_table().blocking_forms(name)


def gender(name: str) -> str | None:
    """The gender ("m"/"f") the table gives the name unambiguously, else None."""
    return default_table().gender(name)


def is_known_given_name(name: str) -> bool:
    """True when the table lists the name at all (used to tell given names from surnames)."""
    return default_table().is_known(name)
