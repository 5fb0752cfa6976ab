# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Folding text into the comparison space all matching works in.

Matching never compares raw strings: names, companies and e-mail parts are first folded to
lower-case ASCII letters and digits (transliterated with ``anyascii``, so "Łukasz", "Ødegård",
"Иван" and "山田" all give usable keys), apostrophes dropped without a trace ("O'Brien" ->
"obrien", "'t Hooft" -> "t hooft"), other punctuation turned into single spaces. Emoji and
other symbols are dropped before transliteration, because anyascii would spell them out
(":grinning:").

German umlauts get one extra rule (MATCHING.md §3.4): "ü" may also be written "ue", so a form
that *had* an umlaut gets a second folded variant with "ue"/"oe"/"ae". Folding never turns "ue"
into "u": "Mueller" matches "Müller" but not "Muller".

Unlike :func:`hrconnect.core.identifiers.key_text`, these keys are not stored as identities;
they may change with the transliteration tables and are recomputed when the feature version
changes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from hrconnect.core.identifiers import strip_invisible

APOSTROPHES = "'’‘`´ʼ′"
_APOSTROPHE_TABLE = dict.fromkeys(map(ord, APOSTROPHES))
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_UMLAUT_CHARS = frozenset("äöüÄÖÜ")
# Letters, marks, digits, separators and punctuation survive; symbols (emoji, arrows, math),
# controls and private-use characters become spaces.
_KEPT_CATEGORIES = frozenset("LMNZP")


def drop_symbols(text: str) -> str:
    """Replace emoji, pictographs and other non-text characters with spaces.

    Args:
        text: Any text.

    Returns:
        The text with every character outside the Unicode letter, mark, number, separator
        and punctuation categories replaced by a space. ASCII text is returned unchanged
        apart from control characters.
    """
    if text.isascii():
        return text if text.isprintable() else "".join(c if c.isprintable() else " " for c in text)
    return "".join(
        ch if unicodedata.category(ch)[0] in _KEPT_CATEGORIES else " "
        for ch in strip_invisible(text)
    )


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold text for comparison: ASCII, lower case, no apostrophes, single spaces.

    >>> fold("  José  O’Brien-ÁLVAREZ 🎉")
    'jose obrien alvarez'

    Args:
        text: Any text.

    Returns:
        Lower-case ASCII words separated by single spaces; empty when nothing usable is left.
    """
    ascii_text = anyascii(drop_symbols(text)).lower().translate(_APOSTROPHE_TABLE)
    return _NOT_ALNUM.sub(" ", ascii_text).strip()


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """Fold text and remove all spaces: the key under which spacing variants are equal.

    >>> compact("Van den Broucke")
    'vandenbroucke'

    Args:
        text: Any text.

    Returns:
        Lower-case ASCII letters and digits only.
    """
    return fold(text).replace(" ", "")


def has_umlaut(text: str) -> bool:
    """True when the text contains a German umlaut (ä, ö or ü, either case)."""
    return not _UMLAUT_CHARS.isdisjoint(text)


def umlaut_fold(text: str) -> str | None:
    """The folded form with the German convention ä=ae, ö=oe, ü=ue, or None without umlauts.

    >>> umlaut_fold("Müller"), umlaut_fold("Muller")
    ('mueller', None)
    """
    if not has_umlaut(text):
        return None
    return fold(text.translate(_UMLAUTS))


def fold_variants(text: str) -> frozenset[str]:
    """Every folded form the text may be compared under: the plain fold plus the umlaut one.

    Two texts are equivalent when their variant sets intersect, which implements "ü may be
    written ue, but only when one side really had the ü".

    Args:
        text: Any text.

    Returns:
        One or two folded strings (empty strings are left out).
    """
    forms = {fold(text)}
    german = umlaut_fold(text)
    if german is not None:
        forms.add(german)
    forms.discard("")
    return frozenset(forms)


def compact_variants(text: str) -> frozenset[str]:
    """Like :func:`fold_variants`, with the spaces removed (for surname keys)."""
    return frozenset(form.replace(" ", "") for form in fold_variants(text))


def equivalent(a: str, b: str) -> bool:
    """True when two texts are equal after folding, allowing ü=ue on the side that had ü.

    >>> equivalent("Müller", "Mueller"), equivalent("Muller", "Mueller"), equivalent("José", "JOSE")
    (True, False, True)
    """
    return not fold_variants(a).isdisjoint(fold_variants(b))
