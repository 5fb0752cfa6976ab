# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Google Contacts CSV and Outlook CSV importers (FORMATS.md §4, pitfalls 27-28).

Two format readers share one engine:

- :class:`GoogleCsvReader` (``google-csv``, records of ``SourceKind.GOOGLE``): Google's legacy
  and current layouts with numbered groups of any count, `` ::: `` multi-values, ``* `` primary
  markers and labels.
- :class:`OutlookCsvReader` (``outlook-csv``, records of ``SourceKind.OUTLOOK``): Outlook
  desktop in English (also the 2000 variant), German, French and Dutch; Outlook.com; Google's
  two "Outlook CSV" shapes; and Thunderbird's export, which has the same flat shape.

Files are claimed by their header only (``detect``); LinkedIn's ``Connections.csv`` and its old
Outlook-style export are left to the LinkedIn reader. Source keys are
``name:<folded full name>#<n>`` (``email:<address>#<n>``, or ``phone:<digits>#<n>`` for a row
without a name), n counting earlier rows of the same key text in the file.

Decisions:

- System labels are left out of ``categories``: every label starting with ``*``, ``My
  Contacts``/``myContacts``, ``Starred``/``Starred in Android``, ``Most Contacted``, and labels
  Google generates itself (``Imported on …``, ``Restored from …``, ``System Group: …``). They
  stay in ``raw``.
- Of a `` ::: ``-joined group with a ``* `` type, only the first value is preferred.
- Addresses become one line (``Kerkstraat 1, 9000 Gent, Belgium``); notes keep line breaks.
- Photo URLs are never fetched. Exchange X.500 paths never become e-mails.
"""

from __future__ import annotations

from hrconnect.importers.contacts_csv.reader import GoogleCsvReader, OutlookCsvReader

__all__ = ["GoogleCsvReader", "OutlookCsvReader"]
