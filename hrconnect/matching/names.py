# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Personal names split into the keys matching compares (MATCHING.md §3.3, §5.1).

:func:`parse_name` turns a structured name (LinkedIn first/last, vCard ``N``) or a display name
(Facebook, vCard ``FN``) into a :class:`ParsedName`:

* given names folded, with nicknames from quotes or brackets ("Pieter (Piet) de Vries",
  ``Sam "Skip" Okafor``), initials ("J.P." -> "jp") and a nickname-canonical first name;
* the surname as written, as a **compact key** (particles, spaces and punctuation removed, so
  "Van den Broucke" = "Vandenbroucke", "De Smet" = "Desmet", "'t Hooft" = "Thooft",
  "O'Brien" = "OBrien"), as a **core key** without leading particles ("broucke") and as a
  **surname set** for double and married names ("Peeters-Janssens" -> peeters, janssens);
* titles, degrees, credentials and pronouns removed ("Dr.", "ir.", "Osei, MSc, MBA, SPHR",
  "Lindqvist (she/her)"), emoji and digits dropped, "Last, First" order recognised
  ("Berg, Jan van den" = "Jan van den Berg"), bracketed companies set aside
  ("Koen De Smet (Acme NV)"), maiden names in brackets or after "née"/"geb." kept as extra
  surname forms.

Display names carry no reliable order, so they also get a ``swapped`` reading (family name
first) for the scorer to try. Parsing is cached field by field: a few thousand given names
and surnames make up tens of thousands of records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from hrconnect.core.identifiers import strip_invisible
from hrconnect.core.people import PLACEHOLDER_NAMES
from hrconnect.matching import name_lexicon as lex
from hrconnect.matching import name_words as nw
from hrconnect.matching.companies import looks_like_company
from hrconnect.matching.nicknames import (
    are_nickname_pair,
    canonical,
    gender,
    is_known_given_name,
)
from hrconnect.matching.phonetic import cologne
from hrconnect.matching.text import compact, compact_variants, has_umlaut, umlaut_fold

if TYPE_CHECKING:
    from collections.abc import Collection


@dataclass(frozen=True, slots=True)
class ParsedName:
    """One reading of a personal name, in the folded forms matching compares.

    Attributes:
        given_display: Given name(s) as written, cleaned ("Jean-Luc").
        family_display: Surname as written, cleaned, with its particles ("van den Berg").
        given_tokens: Folded given-name words, hyphenated names split, middle names included
            ("Jean-Luc" -> ("jean", "luc"); "J.P." -> ("j", "p")).
        given_compact: All given names of the given field joined ("jeanluc"); empty when the
            given name is only initials. Compare this for an exact given-name match.
        first_given: The first folded given token ("jean"); may be a single initial.
        canonical_given: The nickname-canonical form of the given name, for blocking keys
            (Bill, Billy and William all give "william").
        given_forms: Folded given forms for exact comparisons: the compact given name, each
            token of two letters or more, nicknames from quotes or brackets, and the "ue"
            spelling of umlauts.
        nicknames: Folded nicknames found in quotes or brackets.
        initials: First letters of all given tokens, middle names included ("jp").
        given_is_initials: True when the given name is only initials ("J.P.").
        gender: "m"/"f" when the nickname table knows the given name's gender, else None.
        family_compact: The surname with particles, spaces and punctuation joined
            ("vandenbroucke", "desmet", "thooft", "obrien").
        family_core: The surname without leading particles ("broucke", "smet", "hooft").
        family_set: Compact keys of each part of a double or married surname, the whole,
            maiden names, and the alternative double-surname reading of a display name.
        family_keys: ``family_compact`` plus its umlaut spelling ("muller", "mueller"); two
            surnames are equivalent when these sets intersect (:func:`family_equivalent`).
        family_phonetic: Kölner Phonetik code of ``family_compact``.
        maiden_names: Compact keys of maiden names ("(Keller) Novak", "née Keller").
        bracketed: Bracketed or appended text that is not a name ("Acme NV"), as written.
        is_placeholder: True for "LinkedIn Member", "Facebook User", empty names and the like;
            such records never merge.
        is_swapped: True for the family-name-first reading of a display name.
        swapped: The other reading of a display name, or None for structured names.
        full_key: "<canonical given> <family_compact>", the string for the rapidfuzz net.
    """

    given_display: str
    family_display: str
    given_tokens: tuple[str, ...]
    given_compact: str
    first_given: str
    canonical_given: str
    given_forms: frozenset[str]
    nicknames: tuple[str, ...]
    initials: str
    given_is_initials: bool
    gender: str | None
    family_compact: str
    family_core: str
    family_set: frozenset[str]
    family_keys: frozenset[str]
    family_phonetic: str
    maiden_names: tuple[str, ...]
    bracketed: tuple[str, ...]
    is_placeholder: bool
    is_swapped: bool
    swapped: ParsedName | None
    full_key: str

    @property
    def readings(self) -> tuple[ParsedName, ...]:
        """This reading, followed by the swapped one when there is one."""
        return (self,) if self.swapped is None else (self, self.swapped)


class NameKeys(Protocol):
    """The keys of one name reading that comparisons use.

    :class:`ParsedName` has them; so may a cached copy that keeps the sets as tuples.
    """

    @property
    def given_forms(self) -> Collection[str]: ...  # noqa: D102
    @property
    def initials(self) -> str: ...  # noqa: D102
    @property
    def family_compact(self) -> str: ...  # noqa: D102
    @property
    def family_core(self) -> str: ...  # noqa: D102
    @property
    def family_set(self) -> Collection[str]: ...  # noqa: D102
    @property
    def family_keys(self) -> Collection[str]: ...  # noqa: D102


def family_equivalent(a: NameKeys, b: NameKeys) -> bool:
    """True when two surnames are the same after folding, umlaut spellings allowed.

    "Müller" = "Mueller" = "Muller", but "Muller" != "Mueller"; "Van den Broucke" =
    "Vandenbroucke". Empty surnames are never equivalent.
    """
    if not (a.family_compact and b.family_compact):
        return False
    return any(key in b.family_keys for key in a.family_keys)


def initials_compatible(a: str, b: str) -> bool:
    """True when one initials string starts with the other ("jp" and "j"; not "jp" and "p")."""
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


_PLACEHOLDER_KEYS = frozenset(compact(name) for name in PLACEHOLDER_NAMES) - {""}

# --- building a reading -----------------------------------------------------------------------


@dataclass(slots=True)
class _Extras:
    """What a name field carried besides the name, shared by both readings."""

    nicknames: list[str] = field(default_factory=list)
    maiden: list[str] = field(default_factory=list)
    bracketed: list[str] = field(default_factory=list)


@lru_cache(maxsize=65536)
def _given_lookup(given_compact: str, first_given: str) -> tuple[str, str | None]:
    """(canonical given name, gender) from the whole given name if listed, else the first."""
    lookup = given_compact if is_known_given_name(given_compact) else first_given
    if len(lookup) < 2:
        return first_given, None
    return canonical(lookup), gender(lookup)


def _is_placeholder(tokens: list[str], family_compact: str) -> bool:
    """The names of ``hrconnect.core.people.PLACEHOLDER_NAMES``, compared as compact keys."""
    if not (tokens or family_compact):
        return True
    given = "".join(tokens)
    return (
        given + family_compact in _PLACEHOLDER_KEYS or family_compact + given in _PLACEHOLDER_KEYS
    )


def _keys(texts: list[str]) -> tuple[str, ...]:
    """Distinct non-empty compact keys of the texts, in order."""
    if not texts:
        return ()
    return tuple(dict.fromkeys(k for k in map(compact, texts) if k))


@dataclass(frozen=True, slots=True)
class _GivenSide:
    """What a reading's given and middle names come to (cached: given names recur a lot)."""

    display: str
    tokens: tuple[str, ...]
    given_compact: str
    first_given: str
    canonical_given: str
    gender: str | None
    forms: frozenset[str]
    nicknames: tuple[str, ...]
    initials: str
    only_initials: bool


@lru_cache(maxsize=16384)
def _given_side(
    given_words: tuple[str, ...],
    middle_words: tuple[str, ...],
    nicknames: tuple[str, ...],
    shouting: bool,
) -> _GivenSide:
    own_tokens = nw.given_tokens(list(given_words), shouting=shouting)
    tokens = own_tokens + nw.given_tokens(list(middle_words), shouting=shouting)
    only_initials = bool(tokens) and all(len(t) == 1 for t in tokens)
    given_compact = "" if only_initials else "".join(own_tokens)
    first_given = tokens[0] if tokens else ""
    nick_keys = _keys(list(nicknames))
    forms = {given_compact, *(t for t in tokens if len(t) > 1), *nick_keys}
    for word in given_words + middle_words:
        if has_umlaut(word):
            forms.add(compact(umlaut_fold(word) or ""))
    forms.discard("")
    canonical_given, given_gender = _given_lookup(given_compact, first_given)
    return _GivenSide(
        display=" ".join(given_words + middle_words),
        tokens=tuple(tokens),
        given_compact=given_compact,
        first_given=first_given,
        canonical_given=canonical_given,
        gender=given_gender,
        forms=frozenset(forms),
        nicknames=nick_keys,
        initials="".join(t[0] for t in tokens),
        only_initials=only_initials,
    )


@dataclass(frozen=True, slots=True)
class _FamilySide:
    """What a reading's surname comes to (cached: surnames recur)."""

    display: str
    family_compact: str
    family_core: str
    family_set: frozenset[str]
    family_keys: frozenset[str]
    phonetic: str
    maiden: tuple[str, ...]


@lru_cache(maxsize=32768)
def _family_side(
    family_words: tuple[str, ...], maiden_texts: tuple[str, ...], alt_family: tuple[str, ...]
) -> _FamilySide:
    words = list(family_words)
    family_display = " ".join(words)
    family_compact = "".join(lex.word_key(w) for w in words)
    maiden = _keys(list(maiden_texts))
    family_set = {family_compact, *nw.family_parts(words), *maiden, *alt_family}
    family_keys = {family_compact}
    if has_umlaut(family_display):
        family_keys |= compact_variants(family_display)
        for part in family_display.split("-"):
            family_set |= compact_variants(part)
    family_set.discard("")
    family_keys.discard("")
    return _FamilySide(
        display=family_display,
        family_compact=family_compact,
        family_core=nw.family_core(words, family_compact) if family_compact else "",
        family_set=frozenset(family_set),
        family_keys=frozenset(family_keys),
        phonetic=cologne(family_compact),
        maiden=maiden,
    )


def _build(
    given_words: list[str],
    middle_words: list[str],
    family_words: list[str],
    extras: _Extras,
    *,
    shouting: bool,
    is_swapped: bool = False,
    alt_family: tuple[str, ...] = (),
    swapped: ParsedName | None = None,
) -> ParsedName:
    given = _given_side(tuple(given_words), tuple(middle_words), tuple(extras.nicknames), shouting)
    family = _family_side(tuple(family_words), tuple(extras.maiden), alt_family)
    return ParsedName(
        given_display=given.display,
        family_display=family.display,
        given_tokens=given.tokens,
        given_compact=given.given_compact,
        first_given=given.first_given,
        canonical_given=given.canonical_given,
        given_forms=given.forms,
        nicknames=given.nicknames,
        initials=given.initials,
        given_is_initials=given.only_initials,
        gender=given.gender,
        family_compact=family.family_compact,
        family_core=family.family_core,
        family_set=family.family_set,
        family_keys=family.family_keys,
        family_phonetic=family.phonetic,
        maiden_names=family.maiden,
        bracketed=tuple(dict.fromkeys(extras.bracketed)) if extras.bracketed else (),
        is_placeholder=_is_placeholder(list(given.tokens), family.family_compact),
        is_swapped=is_swapped,
        swapped=swapped,
        full_key=f"{given.canonical_given} {family.family_compact}".strip(),
    )


# --- interpreting fields ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Field:
    """One name field cut into words, with what it carried besides the name.

    Attributes:
        brackets: Bracketed texts with their place (sorted once the given name is known).
        segments: The cleaned comma segments, each a tuple of words.
        nicknames: Quoted texts.
        bracketed: Appended texts and comma segments that name a company.
        maiden: Maiden names after "née" and the like.
    """

    brackets: tuple[tuple[str, str], ...]
    segments: tuple[tuple[str, ...], ...]
    nicknames: tuple[str, ...]
    bracketed: tuple[str, ...]
    maiden: tuple[str, ...]

    def words(self, extras: _Extras) -> list[str]:
        """The field's words, all segments joined; its extras are added to ``extras``."""
        self.add_extras(extras)
        return [w for segment in self.segments for w in segment]

    def add_extras(self, extras: _Extras) -> None:
        """Add what the field carried besides the name to ``extras``."""
        extras.nicknames.extend(self.nicknames)
        extras.bracketed.extend(self.bracketed)
        extras.maiden.extend(self.maiden)


@lru_cache(maxsize=32768)
def _field(text: str, shouting: bool) -> _Field:
    """Split a field into cleaned comma segments; credential and company segments set aside.

    Cached: the same given names and surnames recur across thousands of records. Callers
    must not change what they get.
    """
    prepared = nw.prepare(text)
    bracketed = list(prepared.appended)
    maiden: list[str] = []
    segments: list[tuple[str, ...]] = []
    for i, segment in enumerate(prepared.segments):
        if nw.is_noise(segment, shouting=shouting):
            continue
        if i > 0 and looks_like_company(" ".join(segment)):
            bracketed.append(" ".join(segment))
            continue
        words, maiden_words = nw.split_maiden(nw.clean_segment(segment, shouting=shouting))
        if maiden_words:
            maiden.append(" ".join(maiden_words))
        segments.append(tuple(words))
    return _Field(
        tuple(prepared.brackets),
        tuple(segments),
        tuple(prepared.quoted),
        tuple(bracketed),
        tuple(maiden),
    )


def _looks_like_nickname(key: str, first_given: str) -> bool:
    if is_known_given_name(key) or are_nickname_pair(key, first_given):
        return True
    return len(key) >= 2 and first_given.startswith(key)


def _sort_brackets(
    field: _Field, extras: _Extras, *, role: str, first_given: str, shouting: bool
) -> None:
    """Classify bracketed texts as nickname, maiden name or remark (role: given/family/full)."""
    for content, position in field.brackets:
        words = nw.words_of(content)
        if not words or nw.is_noise(words, shouting=shouting):
            continue
        if lex.word_key(words[0]) in lex.MAIDEN_MARKERS and len(words) > 1:
            extras.maiden.append(" ".join(words[1:]))
            continue
        flags = nw.particle_flags(words)
        if looks_like_company(content) or flags.count(False) != 1 or not words:
            extras.bracketed.append(content.strip())
            continue
        key = compact(content)
        given_like = not any(flags) and _looks_like_nickname(key, first_given)
        if role == "given" or (role == "full" and given_like):
            extras.nicknames.append(content)
            continue
        extras.maiden.append(content)
        if position == "end" and role == "full":
            extras.bracketed.append(content.strip())


def _parse_structured(given: str, middle: str, family: str) -> ParsedName | None:
    """Parse separate name fields; None when they look like a display name in one field."""
    raw = " ".join(p for p in (given, middle, family) if p)
    shouting = raw.isupper()
    extras = _Extras()
    fields = [_field(text, shouting) for text in (given, middle, family)]
    given_words, middle_words, family_words = (f.words(extras) for f in fields)
    if not family_words and len(given_words) + len(middle_words) >= 2:
        return None
    if not given_words and not middle_words and nw.particle_flags(family_words).count(False) > 1:
        return None
    if middle_words and all(nw.particle_flags(middle_words)):
        family_words, middle_words = middle_words + family_words, []
    if family_words:
        given_words, family_words = nw.move_trailing_particles(given_words, family_words)
    family_words = nw.join_prefixes(family_words)
    first_given = nw.first_token(given_words)
    for f, role in zip(fields, ("given", "given", "family"), strict=True):
        _sort_brackets(f, extras, role=role, first_given=first_given, shouting=shouting)
    return _build(given_words, middle_words, family_words, extras, shouting=shouting)


def _parse_display(text: str) -> ParsedName:
    """Parse a name written in one field, in either order.

    The order is certain after a comma ("Peeters, Jan"), when a particle starts the surname
    ("Jan van den Berg", "De Smet Koen") or when initials show it ("Peeters J.", "J. Peeters");
    otherwise the given-name-first reading comes first and the other is in ``swapped``.
    """
    shouting = text.isupper()
    extras = _Extras()
    whole = _field(text, shouting)
    whole.add_extras(extras)
    segments = [list(segment) for segment in whole.segments]
    if len(segments) >= 2:
        given, family = nw.move_trailing_particles(
            [w for s in segments[1:] for w in s], segments[0]
        )
        return _finish_display(whole, extras, given, nw.join_prefixes(family), text, shouting)
    words = nw.join_prefixes(segments[0]) if segments else []
    if len(words) < 2:
        return _finish_display(whole, extras, words, [], text, shouting)
    flags = nw.particle_flags(words)
    if flags[0]:
        given, family = nw.split_family_first(words, flags)
        return _finish_display(whole, extras, given, family, text, shouting, is_swapped=True)
    given, family, by_particle = nw.split_given_first(words, flags)
    first_initial = lex.is_initials(words[0], shouting=shouting)
    if lex.is_initials(words[-1], shouting=shouting) and not first_initial:
        given, family = nw.split_family_first(words, flags)
        return _finish_display(whole, extras, given, family, text, shouting, is_swapped=True)
    if by_particle or first_initial:
        return _finish_display(whole, extras, given, family, text, shouting)
    alt = nw.double_surname_reading(given, family, shouting=shouting)
    other_given, other_family = nw.split_family_first(words, flags)
    return _finish_display(
        whole, extras, given, family, text, shouting, alt_family=alt,
        swapped_words=(other_given, other_family),
    )  # fmt: skip


def _finish_display(
    whole: _Field,
    extras: _Extras,
    given: list[str],
    family: list[str],
    text: str,
    shouting: bool,
    *,
    is_swapped: bool = False,
    alt_family: tuple[str, ...] = (),
    swapped_words: tuple[list[str], list[str]] | None = None,
) -> ParsedName:
    first_given = nw.first_token(given)
    _sort_brackets(whole, extras, role="full", first_given=first_given, shouting=shouting)
    other = None
    if swapped_words is not None:
        other_given, other_family = swapped_words
        other = _build(other_given, [], other_family, extras, shouting=shouting, is_swapped=True)
    return _build(
        given,
        [],
        family,
        extras,
        shouting=shouting,
        is_swapped=is_swapped,
        alt_family=alt_family,
        swapped=other,
    )


# Small on purpose: parsed names are ~1.3 kB each, and callers keep what they need.
@lru_cache(maxsize=8192)
def _parse(given: str, middle: str, family: str, full: str, structured: bool) -> ParsedName:
    given, middle, family, full = (
        strip_invisible(t).strip() for t in (given, middle, family, full)
    )
    if structured and (given or middle or family):
        parsed = _parse_structured(given, middle, family)
        if parsed is not None:
            return parsed
    text = " ".join(p for p in (given, middle, family) if p) or full
    return _parse_display(text)


def parse_name(
    *,
    given: str = "",
    middle: str = "",
    family: str = "",
    full: str = "",
    structured: bool = True,
) -> ParsedName:
    """Parse a personal name into the folded keys matching compares.

    Separate fields (``given``/``middle``/``family``) are used when any is filled and
    ``structured`` is true; otherwise the fields joined, or ``full``, are parsed as a display
    name in either order ("Jan Peeters", "Peeters Jan", "Peeters, Jan"). A structured record
    whose whole name sits in one field ("Jan Peeters" as first name, no last name) is parsed
    as a display name too.

    Args:
        given: Given name(s) as imported (LinkedIn "First Name", vCard ``N`` given).
        middle: Additional names (vCard ``N`` additional); particles here join the surname.
        family: Family name(s) (LinkedIn "Last Name", vCard ``N`` family).
        full: The display name (Facebook, vCard ``FN``), used when no field is filled.
        structured: False when the fields come from a guessed split of a display name.

    Returns:
        The parsed name; for display names ``swapped`` holds the other reading. Never
        raises: unusable input gives a placeholder name with empty keys.
    """
    return _parse(given, middle, family, full, structured)
