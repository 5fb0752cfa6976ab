# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Recognising the same person across sources.

The modules here are pure functions over strings: folding (:mod:`~hrconnect.matching.text`),
name parsing with Dutch and French particles (:mod:`~hrconnect.matching.names`), a curated
nickname table (:mod:`~hrconnect.matching.nicknames`), company, e-mail and phone keys and a
Kölner Phonetik code. They run once per record, so they are cached and kept cheap; candidate
generation, scoring and clustering build on them.
"""
