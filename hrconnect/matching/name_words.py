# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Turning name fields into words, and word lists into given names and surnames.

A name field may carry much more than a name: pronouns ("(she/her)"), nicknames in quotes,
remarks in brackets ("(Acme NV)", "(Keller)"), a company after a separator ("Jan | Acme"),
comma-separated credentials ("Osei, MSc, MBA"), emoji. :func:`prepare` separates those; the
word lists it returns still hold titles and particles. The functions in the second half read
word lists: where the surname starts, its parts and core, the given-name tokens.
:mod:`hrconnect.matching.names` puts it all together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hrconnect.matching import name_lexicon as lex
from hrconnect.matching.companies import looks_like_company
from hrconnect.matching.nicknames import is_known_given_name
from hrconnect.matching.text import drop_symbols

_QUOTED = re.compile(
    r"[\"“”„«»‹›]\s*([^\"“”„«»‹›]+?)\s*[\"“”„«»‹›]|(?<!\S)[‘'`]([^\s'‘’`]{2,})[’'`](?!\S)"
)
_BRACKET = re.compile(r"[(\[{]([^)\]}]*)[)\]}]?")
_SEPARATOR = re.compile(r"\s+(?:[|@•·]|//?|[-–—])\s+")
_HYPHEN = re.compile(r"\s*[‐‑‒–—-]\s*")
_ELIDED_HYPHENATED = re.compile(r"^(['’‘`][sStT])-(.+)$")
# Text that needs none of the extraction steps: letters, spaces, apostrophes, dots, hyphens
# joining two letters. Most names are like this.
_PLAIN = re.compile(r"(?:[^\W\d_]|[ .'’]|(?<=\w)-(?=\w))*")
_TRIM = '"“”„«»‹›,;:!?()[]{}<>/\\|*_~=+#…&@•·^%$§°'


@dataclass(slots=True)
class Prepared:
    """One name field split up.

    Attributes:
        segments: Comma-separated segments, each a list of words as written (trimmed of
            surrounding punctuation; words without letters dropped).
        quoted: Texts found in quotes ("Skip").
        brackets: (content, position) for each bracketed text; position is "start",
            "middle" or "end" relative to the field's words.
        appended: Texts after a separator such as " | ", " @ ", " / ", or " - " followed by
            a company name.
    """

    segments: list[list[str]]
    quoted: list[str]
    brackets: list[tuple[str, str]]
    appended: list[str]


def words_of(text: str) -> list[str]:
    """The words of a text, hyphen runs normalised ("Peeters - Janssens" is one word)."""
    words: list[str] = []
    if "-" in text or "–" in text or "—" in text or "‐" in text or "‑" in text or "‒" in text:
        text = _HYPHEN.sub("-", text)
    for raw in text.split():
        if raw.isalpha():
            words.append(raw)
            continue
        word = raw.strip(_TRIM).strip("-")
        elided = _ELIDED_HYPHENATED.match(word) if word[:1] in "'’‘`" else None
        if elided:  # "'s-Gravesande": the particle is a word of its own
            words.extend(elided.groups())
        elif lex.word_key(word):
            words.append(word)
    return words


def prepare(text: str) -> Prepared:
    """Split one name field into segments of words and the extras around them.

    Args:
        text: A name field as imported (already stripped of invisible characters).

    Returns:
        The prepared field; pronouns are removed entirely.
    """
    if not text:
        return Prepared([], [], [], [])
    if _PLAIN.fullmatch(text) and not (("'" in text or "’" in text) and _QUOTED.search(text)):
        words = words_of(text)
        return Prepared([words] if words else [], [], [], [])
    text = lex.PRONOUNS.sub(" ", text)
    appended: list[str] = []
    if " " in text:
        pieces = _SEPARATOR.split(text)
        separators = _SEPARATOR.findall(text)
        kept = pieces[0]
        for separator, piece in zip(separators, pieces[1:], strict=True):
            if separator.strip() in "-–—" and not looks_like_company(piece):
                kept += "-" + piece
            elif lex.word_key(piece):
                appended.append(piece.strip())
        text = kept
    text = drop_symbols(text)
    quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(text)]
    if quoted:
        text = _QUOTED.sub(" ", text)
    brackets: list[tuple[str, int]] = []
    if "(" in text or "[" in text or "{" in text:
        parts: list[str] = []
        last = 0
        for match in _BRACKET.finditer(text):
            parts.append(text[last : match.start()])
            brackets.append((match.group(1), len(words_of("".join(parts)))))
            parts.append(" ")
            last = match.end()
        parts.append(text[last:])
        text = "".join(parts)
    segments = [words_of(segment) for segment in text.split(",")]
    total = sum(len(s) for s in segments)
    positioned = [
        (content, "start" if before == 0 else "end" if before >= total else "middle")
        for content, before in brackets
    ]
    return Prepared([s for s in segments if s], quoted, positioned, appended)


def clean_segment(words: list[str], *, shouting: bool) -> list[str]:
    """Drop leading titles and trailing credentials, keeping at least one word."""
    start, end = 0, len(words)
    while end - start > 1 and lex.is_title(words[start]):
        start += 1
    while end - start > 1 and lex.is_credential(words[end - 1], shouting=shouting):
        end -= 1
    return words[start:end]


def is_noise(words: list[str], *, shouting: bool) -> bool:
    """True when every word is a title or credential (a segment like "MSc" or "Dr.")."""
    for word in words:
        if not lex.is_title(word) and not lex.is_credential(word, shouting=shouting):
            return False
    return True


def join_prefixes(words: list[str]) -> list[str]:
    """Glue "O'", "Mc", "Mac" written apart to the following word ("O' Brien" -> "O'Brien")."""
    if len(words) < 2:
        return words
    joined: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if i + 1 < len(words) and lex.is_joining_prefix(word):
            glue = "" if lex.has_apostrophe(word) else " "
            joined.append(word + glue + words[i + 1])
            i += 2
            continue
        joined.append(word)
        i += 1
    return joined


def particle_flags(words: list[str]) -> list[bool]:
    """For each word, whether it is a surname particle here ("in" only before "'t", "de"...)."""
    classes = [lex.particle_class(w) for w in words]
    flags = [c == lex.PARTICLE for c in classes]
    for i in range(len(words) - 2, -1, -1):
        if classes[i] == lex.LEAD_IN and flags[i + 1]:
            flags[i] = True
    return flags


def split_maiden(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "Anna Novak née Keller" into (["Anna", "Novak"], ["Keller"])."""
    for i, word in enumerate(words):
        if i > 0 and lex.word_key(word) in lex.MAIDEN_MARKERS and i + 1 < len(words):
            return words[:i], words[i + 1 :]
    return words, []


# --- interpreting word lists -------------------------------------------------------------------


def given_tokens(words: list[str], *, shouting: bool) -> list[str]:
    """Folded given-name tokens; initials give one token per letter ("J.P." -> j, p)."""
    tokens: list[str] = []
    for word in words:
        if lex.is_initials(word, shouting=shouting):
            tokens.extend(lex.word_key(word))
        else:
            tokens.extend(lex.word_tokens(word))
    return tokens


def family_parts(words: list[str]) -> list[str]:
    """Compact keys of the parts of a surname; particles stay with the word they precede."""
    pieces = [piece for word in words for piece in word.split("-") if lex.word_key(piece)]
    flags = particle_flags(pieces)
    parts: list[str] = []
    pending = ""
    for piece, is_particle in zip(pieces, flags, strict=True):
        if is_particle:
            pending += lex.word_key(piece)
            continue
        parts.append(pending + lex.word_key(piece))
        pending = ""
    if pending:
        parts.append(pending)
    return parts


def family_core(words: list[str], family_compact: str) -> str:
    """The surname key without leading particles, written apart or glued ("Desmet")."""
    flags = particle_flags(words)
    start = 0
    while start < len(words) - 1 and flags[start]:
        start += 1
    if start:
        return "".join(lex.word_key(w) for w in words[start:])
    return lex.core_of_joined(family_compact)


def move_trailing_particles(given: list[str], family: list[str]) -> tuple[list[str], list[str]]:
    """Move particles typed at the end of the given name to the surname ("Jan van den")."""
    flags = particle_flags(given)
    cut = len(given)
    while cut > 1 and flags[cut - 1]:
        cut -= 1
    return given[:cut], given[cut:] + family


def first_token(words: list[str]) -> str:
    """The first folded token of the words ("Jean-Luc Dupont" -> "jean"), or ""."""
    for word in words:
        tokens = lex.word_tokens(word)
        if tokens:
            return tokens[0]
    return ""


def split_given_first(words: list[str], flags: list[bool]) -> tuple[list[str], list[str], bool]:
    """Split (given, family) given-name-first; the flag says a particle decided.

    The surname starts at the first particle followed by a name word, else it is the last word.
    """
    for i in range(1, len(words) - 1):
        if flags[i] and not all(flags[i + 1 :]):
            return words[:i], words[i:], True
    return words[:-1], words[-1:], False


def split_family_first(words: list[str], flags: list[bool]) -> tuple[list[str], list[str]]:
    """Split (given, family) family-name-first: leading particles plus one word."""
    end = 0
    while end < len(words) - 1 and flags[end]:
        end += 1
    return words[end + 1 :], words[: end + 1]


def double_surname_reading(
    given: list[str], family: list[str], *, shouting: bool
) -> tuple[str, ...]:
    """Surname-set keys for reading "Maria Peeters Janssens" as a double surname."""
    if len(given) < 2 or len(family) != 1:
        return ()
    middle = given[-1]
    key = lex.word_key(middle)
    if lex.is_initials(middle, shouting=shouting) or is_known_given_name(key):
        return ()
    return (key + lex.word_key(family[0]), key)
