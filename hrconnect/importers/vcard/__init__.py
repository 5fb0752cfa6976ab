# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""vCard 2.1, 3.0 and 4.0 import: every card of every producer, one bad card costing only itself.

What vobject does for us
    Its content-line grammar, ``vobject.base.parseLine``, splits the head of every unfolded
    property (``group.NAME;params``) into group, name and parameters: quoted values, comma
    lists, 2.1 bare parameters, Lotus Notes' ``_`` in names (:mod:`.contentline`). We call it
    per property, on heads a linear pre-check has accepted, because its regular expression
    backtracks exponentially on malformed parameters (114 s for one 33-character head).

What we do ourselves, and why
    - Bytes to text (:mod:`.reader`, :mod:`hrconnect.importers.text`): BOM and UTF-16, NUL
      bytes, and 8-bit files read as Latin-1 so each value can be decoded with its own CHARSET.
      vobject fails on a BOM and decodes one charset per stream.
    - Lines, cards and unfolding (:mod:`.tokenizer`): CR CR LF, both folding styles, QP soft
      breaks, unfolded continuation lines (Android NOTE, Google FN), junk before BEGIN,
      unbalanced BEGIN/END, nested AGENT cards, bounded memory for huge values. vobject raises on
      continuation lines and ``PROFILE:VCard``, and its stream parser stops the whole file at the
      first bad card (FORMATS.md §3.4, failures 3-6).
    - Values (:mod:`.decode`, :mod:`.photos`): QUOTED-PRINTABLE decoded on the joined value with
      the declared charset and a cp1252 fallback, base64 checked strictly and capped, escapes
      undone after splitting. vobject's VCARD behaviours run even with ``transform=False`` and cut
      text at the first unescaped comma (``TITLE:Director, People & Culture`` becomes
      ``Director``), decode QP strictly (a stray byte raises), and raise on a corrupt photo.
    - Meaning (:mod:`.mapping`, :mod:`.points`): names, job, labels from TYPE and ``X-ABLabel``,
      LinkedIn URLs from URL, ``X-SOCIALPROFILE`` and IMPP, partial and placeholder birthdays.
      vobject has no 4.0 semantics and no date parsing.

    A head vobject will not parse (a space after ``;``, an unclosed quote) is split by our own
    forgiving parser instead, so such a line is read rather than costing the card; the count
    appears in the file's notes as ``heads_parsed_without_vobject``.
"""

from __future__ import annotations

from hrconnect.importers.vcard.reader import VCardReader

__all__ = ["VCardReader"]
