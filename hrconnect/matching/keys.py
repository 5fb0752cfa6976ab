# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The blocking keys a record is filed under (see :mod:`hrconnect.matching.blocking`).

Computed once with a record's features and cached with them: an incremental pass after an
import of 100 cards then does not recompute the keys of the 38,000 records already stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.matching.emails import name_hints
from hrconnect.matching.nicknames import blocking_forms
from hrconnect.matching.phonetic import cologne

if TYPE_CHECKING:
    from hrconnect.matching.features import RecordFeatures

IDENTITY_PREFIXES = ("slug|", "mail|", "mob|")
"""Keys that identify a person by themselves: their blocks are never dropped as too large."""

SURNAME_SOUND_PREFIXES = ("p|", "c|")
"""Keys of an initial and a surname (its phonetic code, core, parts or whole, also as read from
e-mail addresses): loose on their own, so blocking asks for more (``blocking._worth_scoring``)."""


def blocking_keys(features: RecordFeatures) -> set[str]:
    """The keys a record is filed under."""
    keys: set[str] = set()
    keys.update(f"slug|{slug}" for slug in features.slugs)
    keys.update(f"mail|{email}" for email in features.emails)
    keys.update(f"mob|{number}" for number in features.mobiles)
    for reading in features.readings:
        family = reading.family_compact
        initial = reading.initials[:1]
        if not family:
            continue
        if reading.first_given:
            for form in blocking_forms(reading.first_given) | {reading.canonical_given}:
                if form:
                    keys.add(f"n|{form}|{family}")
        if initial:
            if reading.family_phonetic:
                keys.add(f"p|{initial}|{reading.family_phonetic}")
            if len(reading.family_core) >= 3:
                keys.add(f"c|{initial}|{reading.family_core}")
            # Every part of a double or maiden name, and the whole compact surname, so that
            # "Wouters-De Wulf" meets "De Wulf" whichever side has the double name.
            for member in {family, *reading.family_set}:
                if member:
                    keys.add(f"c|{initial}|{member}")
    if features.birthday and len(features.birthday) == 10:
        # A full date of birth is rare enough to block on by itself (with names mistyped
        # beyond what the name keys forgive, the birthday still meets).
        keys.add(f"b|{features.birthday}")
    first = features.readings[0] if features.readings else None
    if first is not None and first.first_given:
        # The given name within each company the record names: meets a card with only a first
        # name ("Lutgart (Northwind Health)") and a married name at the same company.
        for company in features.companies:
            keys.add(f"g|{first.canonical_given or first.first_given}|{company}")
    for local in features.email_locals:
        for hint in name_hints(local):
            if hint.family and hint.initials:
                keys.add(f"p|{hint.initials[:1]}|{cologne(hint.family)}")
    return keys
