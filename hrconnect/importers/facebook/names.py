# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Facebook display names: which are placeholders, and a best-effort given/family split.

Facebook gives one display name per person and no identifier. Deleted, blocked and hidden
accounts show up as an empty string, ``Facebook User`` (localised in the HTML and in some JSON),
or a run of invisible filler characters; those are never people and must never be merged with
each other (FORMATS.md pitfall 19). Real names are split on the last word, keeping Dutch,
Flemish, French, German and Iberian particles with the family name, and the record is marked as
unstructured because the display name may be in either order.
"""

from __future__ import annotations

import unicodedata

from hrconnect.core.identifiers import key_text, strip_invisible

# Keys (folded with key_text) of the placeholder names Facebook and Messenger show for accounts
# that no longer exist or are hidden, in the languages our users' exports come in.
PLACEHOLDER_KEYS = frozenset(
    key_text(name)
    for name in (
        "Facebook User",
        "Facebook-gebruiker",
        "Facebookgebruiker",
        "Utilisateur Facebook",
        "Utilisateur de Facebook",
        "Facebook-Nutzer",
        "Facebook-Benutzer",
        "Usuario de Facebook",
        "Utente di Facebook",
        "Utente Facebook",
        "Usuário do Facebook",
        "Użytkownik Facebooka",
        "Facebook-bruger",
        "Facebook-användare",
        "Facebook-bruker",
        "Facebook-käyttäjä",
        "Facebook Kullanıcısı",
        "Пользователь Facebook",
        "Instagram User",
    )
)

# Blank-looking letters used for "invisible names" that strip_invisible does not remove
# (Hangul fillers, the blank Braille pattern); they are letters to Unicode, not format chars.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_NOT_VISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Co", "Cs", "Zs", "Zl", "Zp", "Mn", "Me"})

# Name particles that belong to the family name ("Jan van der Berg", "Anne-Marie 't Hooft",
# "Koen De Smet", "María de la Cruz"); compared case-insensitively.
PARTICLES = frozenset(
    {
        "van",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "de",
        "der",
        "den",
        "des",
        "het",
        "ter",
        "ten",
        "te",
        "'t",
        "\u2019t",
        "'s",
        "\u2019s",
        "op",
        "in",
        "du",
        "d'",
        "la",
        "le",
        "les",
        "del",
        "della",
        "delle",
        "dei",
        "degli",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "y",
        "al",
        "el",
        "bin",
        "ibn",
    }
)


def clean_name(text: str) -> str:
    """A display name without invisible characters and outer spaces; the rest as written."""
    return strip_invisible(text).strip()


def is_placeholder_name(name: str) -> bool:
    """True for names that stand for no identifiable person.

    Empty names, names made only of invisible or blank characters, and ``Facebook User`` in
    any language we know are placeholders.
    """
    visible = [
        ch
        for ch in strip_invisible(name)
        if ch not in _BLANK_LETTERS
        and unicodedata.category(ch) not in _NOT_VISIBLE_CATEGORIES
        and not ch.isspace()
    ]
    if not visible:
        return True
    return key_text(name) in PLACEHOLDER_KEYS


def split_display_name(name: str) -> tuple[str, str]:
    """Split a display name into (given, family) on the last word, particles kept with it.

    ``Jan van der Berg`` gives ``("Jan", "van der Berg")``, ``Anne-Marie 't Hooft`` gives
    ``("Anne-Marie", "'t Hooft")``, ``Priya Raman`` gives ``("Priya", "Raman")``; a single word
    is all given name. The first word always stays in the given name. Words without a letter
    (emoji, ``|``, ``-``) are decoration, not name parts: ``Sam Okafor 🌱`` gives
    ``("Sam", "Okafor")``; the full name keeps them.
    """
    words = [word for word in name.split() if any(ch.isalpha() for ch in word)]
    if len(words) < 2:
        return (words[0] if words else name.strip()), ""
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])
