# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Kölner Phonetik (Cologne phonetics), a sound code that suits Flemish and Dutch surnames.

MATCHING.md §3.5 measured it on Flemish names: Claes = Claeys, Goossens = Gossens,
Koenraad = Conrad, Dhondt = D'Hondt, Peeters = Peters = Pieters. It is used for blocking keys
and at most as weak evidence. Apply it to the *compact* surname key: spaced particles
("van den broucke") would otherwise change the code.

Implemented here from the published rules (Hans Joachim Postel, 1969) rather than taken from
a library, because the Python implementations with Dutch-aware phonetics are GPL.
"""

from __future__ import annotations

from functools import lru_cache

from hrconnect.matching.text import compact

_SIMPLE = {
    **dict.fromkeys("aeijouy", "0"),
    "b": "1",
    **dict.fromkeys("fvw", "3"),
    **dict.fromkeys("gkq", "4"),
    "l": "5",
    **dict.fromkeys("mn", "6"),
    "r": "7",
    **dict.fromkeys("sz", "8"),
}
_C_HARD_AT_ONSET = frozenset("ahkloqrux")
_C_HARD = frozenset("ahkoqux")


def _contextual_code(word: str, i: int) -> str:
    """Codes of the letters whose sound depends on their neighbours (c, d, p, t, x)."""
    letter = word[i]
    before = word[i - 1] if i > 0 else ""
    after = word[i + 1] if i + 1 < len(word) else ""
    if letter == "p":
        return "3" if after == "h" else "1"
    if letter in "dt":
        return "8" if after in ("c", "s", "z") else "2"
    if letter == "c":
        if i == 0:
            return "4" if after in _C_HARD_AT_ONSET else "8"
        return "4" if after in _C_HARD and before not in ("s", "z") else "8"
    if letter == "x":
        return "8" if before in ("c", "k", "q") else "48"
    return ""  # h, and anything that is not a letter


@lru_cache(maxsize=65536)
def cologne(text: str) -> str:
    """The Kölner Phonetik code of a name, computed on its compact folded form.

    >>> cologne("Koenraad") == cologne("Conrad"), cologne("D'Hondt")
    (True, '262')

    Args:
        text: A name in any spelling; it is folded and its spaces and digits removed first.

    Returns:
        A string of digits; empty when the text has no letters.
    """
    word = compact(text)
    if not word.isalpha():
        word = "".join(ch for ch in word if ch.isalpha())
    simple = _SIMPLE.get
    last = ""
    digits: list[str] = []
    for i, letter in enumerate(word):
        code = simple(letter)
        if code is None:
            code = _contextual_code(word, i)
        for digit in code:
            if digit != last:
                digits.append(digit)
                last = digit
    if not digits:
        return ""
    return digits[0] + "".join(digits[1:]).replace("0", "")
