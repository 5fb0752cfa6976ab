# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""String-level corruptions: how one true value gets written differently by people and apps.

Pure functions of their inputs and an explicit ``random.Random``: accent loss (José -> Jose,
Müller -> Mueller or Muller), particle spellings (Van den Broeck / Vandenbroeck / van den
Broeck / v.d. Broeck), one-edit typos, initials, phone-number formats, company-name variants.
The probabilities of *when* to apply them live in :mod:`tests.synth.corruption`.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

    from tests.synth.companies import Company

_SPECIAL_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "ı": "i", "đ": "d"}
)
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})

PARTICLES = (
    "van der",
    "van den",
    "van de",
    "van 't",
    "de la",
    "op de",
    "in 't",
    "van",
    "de",
    "den",
    "der",
    "ter",
    "ten",
    "te",
    "'t",
    "le",
    "la",
    "du",
    "des",
    "da",
    "dos",
    "del",
    "el",
)
JOINABLE_PREFIXES = ("vanden", "vander", "vande", "van", "de")
JOINED_NAMES = frozenset(
    {
        "Vandenbroucke",
        "Desmet",
        "Declercq",
        "Vandamme",
        "Vanhove",
        "Vanderstraeten",
        "Vanhoutte",
        "Vandewalle",
        "Vanderheyden",
        "Debruyne",
        "Vandevelde",
        "Dewulf",
        "Vanhees",
        "Vandenberghe",
        "Vanderlinden",
        "Vanlaer",
        "Delanghe",
    }
)
_NEIGHBOURS = {
    "a": "qsz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "y": "tu",
    "z": "x",
}
CREDENTIALS = (", MSc", ", MBA", ", PhD", ", SPHR", " MSc", ", CIPD", ", MSc, MBA", " - HR")
PRONOUNS_M = (" (he/him)", " (hij/hem)")
PRONOUNS_F = (" (she/her)", " (zij/haar)", " (elle)")
EMOJI = (" 🌱", " 🚀", " 🌍", " ☀️")


def strip_accents(text: str, rng: random.Random) -> str:
    """The name as typed on a keyboard without accents: umlauts as ``ue`` half of the time."""
    if text.isascii():
        return text
    if rng.random() < 0.5:
        text = text.translate(_GERMAN)
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def typo(text: str, rng: random.Random) -> str:
    """``text`` with one edit (neighbour key, dropped, doubled or swapped letter), not the first."""
    if len(text) < 3:
        return text
    for _ in range(6):
        index = rng.randrange(1, len(text))
        char = text[index]
        if not char.isalpha():
            continue
        kind = rng.random()
        if kind < 0.35 and char.lower() in _NEIGHBOURS:
            swap = rng.choice(_NEIGHBOURS[char.lower()])
            result = text[:index] + (swap.upper() if char.isupper() else swap) + text[index + 1 :]
        elif kind < 0.6:
            result = text[:index] + text[index + 1 :]
        elif kind < 0.8:
            result = text[:index] + char + text[index:]
        elif index + 1 < len(text) and text[index + 1].isalpha():
            result = text[:index] + text[index + 1] + char + text[index + 2 :]
        else:
            continue
        if result != text:
            return result
    return text


def split_particle(family: str) -> tuple[str, str]:
    """``("van den", "Berg")`` for ``van den Berg``; ``("", family)`` without a particle.

    Joined Flemish names split too: ``Vandenbroucke`` gives ``("Van den", "Broucke")``.
    """
    lower = family.lower()
    for particle in PARTICLES:
        if lower.startswith(particle + " ") and len(family) > len(particle) + 1:
            return family[: len(particle)], family[len(particle) + 1 :]
    if family in JOINED_NAMES:
        for prefix in JOINABLE_PREFIXES:
            if lower.startswith(prefix):
                spaced = _SPACED_PREFIX[prefix]
                core = family[len(prefix)].upper() + family[len(prefix) + 1 :]
                return spaced, core
    return "", family


_SPACED_PREFIX = {
    "vanden": "Van den",
    "vander": "Van der",
    "vande": "Van de",
    "van": "Van",
    "de": "De",
}


def particle_variants(family: str) -> list[str]:
    """Other ways people write ``family`` (particles joined, split, recased, abbreviated).

    Also covers apostrophe names: ``D'Hondt`` / ``Dhondt`` / ``D’Hondt``, ``O'Brien`` /
    ``OBrien`` / ``O’Brien`` (the curly apostrophe an iPhone types), ``'t Hooft`` / ``t Hooft``.
    """
    if len(family) > 2 and family[1] == "'" and family[0].isalpha():
        head, tail = family[0], family[2:]
        options = [
            f"{head}’{tail}",
            head + tail.lower(),
            f"{head}'{tail.lower()}",
            f"{head} {tail}",
        ]
        return [o for o in dict.fromkeys(options) if o != family]
    particle, core = split_particle(family)
    if not particle:
        return []
    if "'t" in particle:
        rest = particle.replace("'t", "").strip()
        lead = f"{rest} " if rest else ""
        options = [f"{lead}’t {core}", f"{lead}t {core}", f"{lead}'T {core}".strip()]
        return [o for o in dict.fromkeys(options) if o != family]
    words = particle.split()
    spaced = " ".join(words)
    options = [
        (spaced.replace(" ", "") + core.lower()).capitalize(),
        f"{spaced.capitalize()} {core}",
        f"{spaced.lower()} {core}",
        f"{' '.join(w.capitalize() for w in words)} {core}",
    ]
    if len(words) == 2 and words[0].lower() == "van":
        options.append(f"{words[0].capitalize()}{words[1].lower()} {core}")
        options.append(f"v.d. {core}" if words[1].lower() in ("den", "der") else f"v/d {core}")
    return [o for o in dict.fromkeys(options) if o != family]


def particle_variant(family: str, rng: random.Random, *, abbreviate: bool = True) -> str:
    """One variant from :func:`particle_variants`, or ``family`` when there is none.

    Args:
        family: The family name as the source would otherwise write it.
        rng: Random source.
        abbreviate: Allow ``v.d. Berg`` / ``v/d Ven`` (people type them in address books, but
            rarely in their own LinkedIn or Facebook name).
    """
    options = particle_variants(family)
    if not abbreviate:
        options = [o for o in options if not o.startswith(("v.d. ", "v/d "))]
    return rng.choice(options) if options else family


def initials(given: str, middle: str, rng: random.Random) -> str:
    """``J.`` / ``J.P.`` / ``JP`` for Jan (Pieter); hyphenated names give ``J.-P.``."""
    letters = [part[0].upper() for part in given.replace("-", " ").split() if part]
    if middle and rng.random() < 0.6:
        letters.append(middle[0].upper())
    if rng.random() < 0.15 and len(letters) > 1:
        return "".join(letters)
    joiner = ".-" if "-" in given else "."
    return joiner.join(letters) + "."


def format_phone(e164: str, rng: random.Random, style: str = "any") -> str:
    """A Belgian or Dutch number written the way people and phones write it.

    Args:
        e164: ``+32475123456`` or ``+31612345678`` (landlines too).
        rng: Random source.
        style: ``any`` (a random human format), ``compact`` (``0475123456``), ``international``
            (``+32 475 12 34 56``) or ``e164``.
    """
    if style == "e164":
        return e164
    country, rest = e164[1:3], e164[3:]
    if country == "31":
        area = rest[:1] if rest.startswith("6") else rest[:2]
        tail = rest[len(area) :]
        forms = [
            f"+31 {area} {tail}",
            f"0{area}-{tail}",
            f"0{area} {tail[:4]} {tail[4:]}",
            f"+31{rest}",
            f"0031 {area} {tail}",
        ]
    else:
        area = rest[:3] if rest.startswith("4") else rest[:1] if rest[0] in "2349" else rest[:2]
        tail = rest[len(area) :]
        head = 3 if len(tail) % 2 else 0
        groups = ([tail[:head]] if head else []) + [
            tail[i : i + 2] for i in range(head, len(tail), 2)
        ]
        pairs = " ".join(groups)
        dotted = pairs.replace(" ", ".")
        forms = [
            f"+32 {area} {pairs}",
            f"0{area} {pairs}",
            f"0{area}/{dotted}",
            f"+32{rest}",
            f"0032 {area} {pairs}",
            f"+32 (0){area} {pairs}",
        ]
    if style == "international":
        return forms[0]
    if style == "compact":
        return f"0{rest}"
    return rng.choice([*forms, f"0{rest}"])


def company_variant(company: Company, source: str, rng: random.Random) -> str:
    """How ``source`` names the company: LinkedIn pages drop the legal form, people vary it."""
    roll = rng.random()
    name, core, legal = company.name, company.core, company.legal_form
    if source == "linkedin":
        return core if roll < 0.8 else name if roll < 0.97 else core.upper()
    if roll < 0.5:
        return name
    if roll < 0.8:
        return core
    if roll < 0.9 and legal:
        dotted = ".".join(legal.replace(".", "")) + "." if len(legal) <= 3 else legal.lower()
        return f"{core} {dotted}"
    if roll < 0.95:
        words = core.split()
        return f"{words[0]} {words[-1][:4]}." if len(words) > 1 else name.upper()
    return name.upper()
