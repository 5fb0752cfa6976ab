# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
r"""The guarded repair of Facebook's mis-encoded JSON strings (FORMATS.md §2.3).

Facebook's JSON writer emits each byte of a string's UTF-8 form as its own ``\u00XX`` escape,
so a plain ``json.loads`` gives ``JosÃ©`` for ``José``. Re-encoding such a string as Latin-1
recovers the UTF-8 bytes. The repair is guarded, because already-correct text reaches us too
(a user ran a "fixer" first, the secure-storage export, a hand-edited file): a string with a
character above U+00FF cannot be mojibake, and a string whose bytes are not valid UTF-8 was not
produced this way. Either is returned untouched; unguarded code crashes or mangles them
(MasterScrat/Chatistics issue #65).

Apply it after JSON parsing, to each string we use: a rewrite of the raw bytes would also rewrite
legitimate escapes. Never apply it to the HTML export, which is real UTF-8.
"""

from __future__ import annotations

_LATIN1_MAX = "\u00ff"


def repair_mojibake(text: str) -> str:
    """Undo Facebook's Latin-1 view of UTF-8 bytes, when and only when that is what ``text`` is.

    Args:
        text: A string as ``json.loads`` returned it.

    Returns:
        The repaired string, or ``text`` itself when it is ASCII, contains a character above
        U+00FF (already correct: ``Łukasz``, emoji, CJK), or does not re-decode as UTF-8
        (already correct Latin-1 text such as ``José``, or a broken sequence).
    """
    if text.isascii() or max(text) > _LATIN1_MAX:
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text
