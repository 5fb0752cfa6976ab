# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Diminutive and formal given-name pairs used by the corruption model.

Written independently of the product's own nickname table on purpose: if the benchmark reused
the matcher's table it would only measure the matcher against itself. The pairs are the everyday
Dutch, Flemish, French and English ones (Wim for Willem, Jef for Jozef, Joke for Johanna, Bill
for William); a few deliberately sit outside any curated list (Sus for Franciscus, Cis for
Franciscus, Dorus for Theodorus) so that recall is not flattered.

:data:`GOES_BY_RATE` says how often someone registered under a formal name is known by a
nickname in daily life; names that are archaic as call names (Jozef, Koenraad, Johanna,
Cornelis) are nearly always replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

NICKNAMES: dict[str, tuple[str, ...]] = {
    # Dutch and Flemish
    "Willem": ("Wim", "Pim", "Willy"),
    "Jozef": ("Jef", "Jos", "Sjef"),
    "Koenraad": ("Koen",),
    "Johanna": ("Joke", "Hanne", "Jo"),
    "Johannes": ("Hans", "Johan", "Jan"),
    "Hendrik": ("Henk", "Rik", "Hein"),
    "Cornelis": ("Kees", "Cor"),
    "Jacobus": ("Koos", "Jaap"),
    "Pieter": ("Piet",),
    "Petrus": ("Piet", "Peter"),
    "Nicolaas": ("Klaas", "Niek", "Nico"),
    "Gerardus": ("Gerard", "Gert", "Ger"),
    "Frederik": ("Freek", "Fred"),
    "Franciscus": ("Frans", "Sus", "Cis"),
    "Ludovicus": ("Lode", "Lowie"),
    "Antonius": ("Toon", "Ton", "Anton"),
    "Adrianus": ("Adri", "Ad"),
    "Theodorus": ("Theo", "Dorus"),
    "Gijsbert": ("Gijs",),
    "Hubertus": ("Huub", "Bert"),
    "Stefaan": ("Stef",),
    "Kristof": ("Kris",),
    "Maarten": ("Tijn",),
    "Catharina": ("Katrien", "Trien", "Ina"),
    "Elisabeth": ("Liesbeth", "Els", "Lies", "Betty"),
    "Margaretha": ("Griet", "Greet", "Margriet"),
    "Maria": ("Mieke", "Mia", "Ria"),
    "Wilhelmina": ("Mien", "Wilma"),
    "Godelieve": ("Lieve",),
    "Cornelia": ("Corrie", "Nel"),
    "Hendrika": ("Riky", "Hennie"),
    "Annelies": ("Lies",),
    "Katrien": ("Trien",),
    # French and Walloon
    "Frédéric": ("Fred",),
    "Christophe": ("Chris",),
    "Alexandre": ("Alex",),
    "Nicolas": ("Nico",),
    "Dominique": ("Dom",),
    "Philippe": ("Phil",),
    "Emmanuel": ("Manu",),
    "Jean-Baptiste": ("JB",),
    "Jean-François": ("JF",),
    "Stéphanie": ("Steph",),
    "Catherine": ("Cathy",),
    "Isabelle": ("Isa",),
    "Véronique": ("Véro",),
    "Élisabeth": ("Babette", "Élise"),
    "Valérie": ("Val",),
    "Raphaël": ("Raph",),
    # English and international
    "William": ("Bill", "Will", "Liam"),
    "Robert": ("Bob", "Rob", "Bobby"),
    "Richard": ("Rick", "Dick", "Rich"),
    "James": ("Jim", "Jimmy", "Jamie"),
    "Michael": ("Mike", "Mick"),
    "Thomas": ("Tom", "Tommy"),
    "Anthony": ("Tony",),
    "Christopher": ("Chris",),
    "Daniel": ("Dan", "Danny"),
    "Edward": ("Ed", "Ted", "Eddie"),
    "Joseph": ("Joe", "Jo"),
    "Stephen": ("Steve",),
    "Samuel": ("Sam",),
    "Benjamin": ("Ben",),
    "Nicholas": ("Nick",),
    "David": ("Dave",),
    "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Margaret": ("Maggie", "Peggy", "Meg"),
    "Katherine": ("Kate", "Katie", "Kathy"),
    "Jennifer": ("Jen", "Jenny"),
    "Patricia": ("Pat", "Trish"),
    "Rebecca": ("Becky", "Becca"),
    "Krzysztof": ("Krzysiek",),
    "Małgorzata": ("Gosia",),
    "Aleksander": ("Olek",),
}

ARCHAIC_CALL_NAMES = frozenset(
    {
        "Jozef",
        "Koenraad",
        "Johanna",
        "Johannes",
        "Cornelis",
        "Jacobus",
        "Petrus",
        "Nicolaas",
        "Gerardus",
        "Franciscus",
        "Ludovicus",
        "Antonius",
        "Adrianus",
        "Theodorus",
        "Gijsbert",
        "Hubertus",
        "Catharina",
        "Margaretha",
        "Wilhelmina",
        "Godelieve",
        "Cornelia",
        "Hendrika",
    }
)
"""Formal names that are almost never used as the call name (Dutch "roepnaam" practice)."""

GOES_BY_RATE = 0.35
ARCHAIC_GOES_BY_RATE = 0.9

NEAR_NAMES: tuple[tuple[str, str], ...] = (
    ("Jan", "Jef"),
    ("Tom", "Tim"),
    ("Bart", "Bert"),
    ("Els", "Elke"),
    ("Lien", "Leen"),
    ("Kris", "Koen"),
    ("Ann", "An"),
    ("Marc", "Luc"),
)
"""Given names of *different* people that a careless matcher would equate (hard negatives)."""


def nicknames_of(given: str) -> tuple[str, ...]:
    """The diminutives of a formal given name, or ``()``."""
    return NICKNAMES.get(given, ())


def choose_call_name(rng: random.Random, given: str) -> str:
    """The name a person registered as ``given`` goes by in daily life (often ``given`` itself)."""
    options = nicknames_of(given)
    if not options:
        return given
    rate = ARCHAIC_GOES_BY_RATE if given in ARCHAIC_CALL_NAMES else GOES_BY_RATE
    if rng.random() >= rate:
        return given
    return options[0] if rng.random() < 0.7 else rng.choice(options)
