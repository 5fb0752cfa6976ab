# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Readers for every export an HR user has. Each turns files into neutral ``ImportItem`` streams.

Importers never touch the database; they only read. Bad input becomes ``RecordProblem`` items
(one broken row or card never stops the rest) or, for a file that cannot be used at all, an
``UnusableSourceError`` raised before anything is stored.
"""
