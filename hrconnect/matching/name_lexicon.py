# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The word classes name parsing needs: particles, titles, credentials, pronouns, initials.

Kept apart from :mod:`hrconnect.matching.names` so the lists can be read and reviewed on
their own. Every list holds *folded* words (see :func:`hrconnect.matching.text.fold`), so
"Ph.D." is "phd" and "'t" is "t".
"""

from __future__ import annotations

import re
from functools import lru_cache

from hrconnect.matching.text import APOSTROPHES, fold

# Surname particles that may stand alone before the surname, Dutch, Flemish, French, German,
# Italian, Spanish and Portuguese. "vd" is the Dutch abbreviation "v.d." (van der/den).
PARTICLES = frozenset(
    {
        "van", "von", "vom", "vd", "vander", "vanden", "vande", "de", "der", "den", "des",
        "del", "della", "delle", "dello", "degli", "dei", "di", "da", "das", "dos", "du", "le",
        "la", "les", "ter", "ten", "te", "zu", "zum", "zur", "het",
    }
)  # fmt: skip
# Elided particles written with an apostrophe: 't, 's, d', l'.
ELIDED_PARTICLES = frozenset({"t", "s", "d", "l"})
# Dutch lead-ins that are particles only before another particle: "op de Beeck",
# "in 't Veld", "uit den Bogaard", "aan de Stegge", "bij de Vaate", "onder de Linden".
LEAD_INS = frozenset({"op", "in", "uit", "aan", "bij", "onder", "over", "voor", "achter"})
# Prefixes that are written joined to the surname, never stripped: O'Brien, McDonald.
JOINING_PREFIXES = frozenset({"o", "mc", "mac", "fitz"})
# Particles that may be glued to the surname in Flemish spelling (Vandenbroucke, Desmet,
# Dhondt), tried longest first when deriving the core key of a joined surname.
JOINED_PARTICLES = ("vanden", "vander", "vande", "van", "ter", "ten", "de", "le", "la", "du")

# Titles written before a name (Dutch, Flemish, French, English, German).
TITLES = frozenset(
    {
        "dr", "prof", "professor", "ir", "ing", "drs", "mr", "mrs", "ms", "miss", "mx", "dhr",
        "mevr", "mevrouw", "meneer", "mw", "mme", "mlle", "madame", "monsieur", "sir", "dame",
        "lic", "ds", "dra", "mag", "dipl", "rev", "arch", "em", "ere", "dott", "doc", "lord",
        "lady", "prince", "princess", "graaf", "gravin", "baron", "barones", "ridder",
        "jhr", "jonkheer", "jkvr",
    }
)  # fmt: skip
# Degrees, certifications and generational suffixes that are never part of a name.
CREDENTIALS = frozenset(
    {
        "phd", "dphil", "msc", "mba", "emba", "mpa", "mph", "llm", "llb", "bsc", "beng",
        "meng", "mres", "mphil", "bba", "msw", "lcsw", "dds", "dvm", "cpa", "cfa", "cma",
        "acca", "fcca", "fca", "cisa", "cissp", "cism", "pmp", "capm", "prince2", "sphr",
        "gphr", "phr", "shrmcp", "shrmscp", "cipd", "mcipd", "fcipd", "chrp", "chrl", "cphr",
        "crp", "ccp", "cscp", "cpim", "cpc", "pcc", "mcc", "esq", "jr", "jnr", "sr", "snr",
        "iii", "obe", "mbe", "cbe", "frcp", "mrcp", "facs", "mcips", "ceng", "peng",
        "mieee", "smieee", "leed", "itil", "csm", "cspo", "lssbb", "lssgb", "mscs", "mfa",
        "edd", "psyd", "pharmd", "dba",
    }
)  # fmt: skip
# Short credentials that are also names or name parts (Ma, Ba, Md, Ii, Rn...): stripped only
# when written in capitals or with dots ("MA", "M.A.") and the name itself is not in capitals.
AMBIGUOUS_CREDENTIALS = frozenset(
    {"ma", "ba", "md", "rn", "np", "pa", "ii", "iv", "acc", "aca", "cia", "hr", "ceo", "pe", "jd"}
)
# Words introducing a birth (maiden) name: "Anna Novak née Keller", "geb. Keller".
MAIDEN_MARKERS = frozenset({"nee", "geb", "geboren", "born", "geborene", "nata", "nacida"})

_PRONOUN_WORDS = (
    "she|her|hers|he|him|his|they|them|theirs|their|ze|zir|xe|xem|hir|it|its|any|all"
    "|zij|haar|hij|hem|hen|hun|die|diens|elle|il|lui|iel|ielle|ella|el"
)
PRONOUNS = re.compile(
    rf"[(\[]?\s*\b(?:{_PRONOUN_WORDS})\s*/\s*(?:{_PRONOUN_WORDS})"
    rf"(?:\s*/\s*(?:{_PRONOUN_WORDS}))*\b\s*[)\]]?|[(\[]\s*(?:any|all)\s+pronouns\s*[)\]]",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.\s*-?\s*)+[^\W\d_]?\.?$")
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=131072)
def word_tokens(word: str) -> tuple[str, ...]:
    """The folded letter tokens of one written word ("Jean-Luc" -> ("jean", "luc"))."""
    tokens = []
    for part in fold(word).split():
        if not part.isalpha():
            part = "".join(c for c in part if c.isalpha())
        if part:
            tokens.append(part)
    return tuple(tokens)


@lru_cache(maxsize=131072)
def word_key(word: str) -> str:
    """The folded letters of one written word, joined ("O'Brien" -> "obrien")."""
    return "".join(word_tokens(word))


def has_apostrophe(word: str) -> bool:
    """True when the word contains an apostrophe of any typographic kind."""
    return any(ch in APOSTROPHES for ch in word)


def is_initials(word: str, *, shouting: bool) -> bool:
    """True for "J.", "J.P.", "J.-P.", a lone letter, or "JP" in an otherwise mixed-case name."""
    return _is_initials(word, shouting)


@lru_cache(maxsize=65536)
def _is_initials(word: str, shouting: bool) -> bool:
    key = word_key(word)
    if not key:
        return False
    if len(key) == 1:
        return True
    if "." in word and _INITIALS.match(word):
        return True
    return (
        not shouting
        and len(key) <= 3
        and word.isupper()
        and _VOWELS.isdisjoint(key)
        and word.isalpha()
    )


@lru_cache(maxsize=65536)
def is_title(word: str) -> bool:
    """True for a title written before a name ("Dr.", "ir.", "Prof", "Mevr.")."""
    return word_key(word) in TITLES


def is_credential(word: str, *, shouting: bool) -> bool:
    """True for a degree, certification or suffix ("PhD", "MSc", "Jr.", "M.A.", "SHRM-CP")."""
    return _is_credential(word, shouting)


@lru_cache(maxsize=65536)
def _is_credential(word: str, shouting: bool) -> bool:
    key = word_key(word)
    if key in CREDENTIALS:
        return True
    if key in AMBIGUOUS_CREDENTIALS:
        return not shouting and ("." in word or (word.isupper() and len(key) > 1))
    return False


def is_particle_key(key: str, word: str) -> bool:
    """True for a stand-alone surname particle ("van", "de", "'t", "d'")."""
    if key in PARTICLES:
        return True
    return key in ELIDED_PARTICLES and has_apostrophe(word)


PARTICLE, LEAD_IN, OTHER = "particle", "lead-in", "other"


@lru_cache(maxsize=131072)
def particle_class(word: str) -> str:
    """PARTICLE ("van", "'t"), LEAD_IN ("op", "in": particles before a particle) or OTHER."""
    key = word_key(word)
    if is_particle_key(key, word):
        return PARTICLE
    return LEAD_IN if key in LEAD_INS else OTHER


def is_joining_prefix(word: str) -> bool:
    """True for "O'", "Mc", "Mac" written apart from the surname ("O' Brien", "Mc Donald")."""
    key = word_key(word)
    if key == "o":
        return has_apostrophe(word)
    return key in JOINING_PREFIXES and key != "o"


def core_of_joined(compact_key: str) -> str:
    """Strip one glued particle from a joined surname key ("vandenbroucke" -> "broucke").

    Only strips when at least three letters with a vowel remain, so "Terry" stays whole.
    "Dh..." surnames (D'Hondt written "Dhondt") lose the "d".
    """
    if compact_key.startswith("dh") and len(compact_key) >= 5:
        return compact_key[1:]
    for particle in JOINED_PARTICLES:
        if compact_key.startswith(particle):
            rest = compact_key[len(particle) :]
            if len(rest) >= 3 and not _VOWELS.isdisjoint(rest):
                return rest
    return compact_key
