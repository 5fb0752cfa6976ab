# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""E-mail addresses as matching evidence: identity keys, role mailboxes, name hints.

An address is strong identity evidence unless it is a shared role mailbox (info@, hr@,
onthaal@...), which never identifies a person. Free-mail addresses (gmail, telenet.be...)
identify a person but say nothing about the employer; other domains give a company key that
can agree with the record's company. The local part often spells the name (``w.obrien``,
``jan.van.den.berg``, ``jvandenberg``): :func:`name_hints` lists the readings, and
:func:`local_part_fits` checks them against a parsed name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from hrconnect.core.identifiers import normalize_email
from hrconnect.matching.companies import domain_company_key, is_freemail_domain, split_domain
from hrconnect.matching.nicknames import are_nickname_pair, canonical, is_known_given_name

if TYPE_CHECKING:
    from hrconnect.matching.names import NameKeys

# Providers where "name+tag@" reaches "name@" (sub-addressing), by registrable label.
_PLUS_PROVIDERS = frozenset(
    {"gmail", "googlemail", "outlook", "hotmail", "live", "msn", "icloud", "me", "mac",
     "protonmail", "proton", "pm", "fastmail", "tutanota", "tuta", "zoho", "gmx", "pmme"}
)  # fmt: skip
# Providers that ignore dots in the local part.
_DOTLESS_PROVIDERS = frozenset({"gmail.com", "googlemail.com"})
_DOMAIN_ALIASES = {"googlemail.com": "gmail.com"}
_SEPARATORS = re.compile(r"[._\-]+")


@dataclass(frozen=True, slots=True)
class NameHint:
    """One reading of an e-mail local part as a name.

    Attributes:
        given: Folded given name, or "" when only an initial is known.
        initials: Folded initial(s) ("w", "jp"); "" when the reading has no given part.
        family: Compact surname key ("obrien", "vandenberg"), or "" for a given-name-only
            reading.
        pattern: How the local part was read: "first.last", "last.first", "f.last",
            "last.f", "flast", "lastf", "firstlast", "lastfirst", "last" or "first".
    """

    given: str
    initials: str
    family: str
    pattern: str


@dataclass(frozen=True, slots=True)
class EmailInfo:
    """An e-mail address normalised for matching.

    Attributes:
        address: The address in lower case, as it should be stored.
        local: The local part (before the @), lower case, tag included.
        domain: The domain, lower case.
        identity_key: The address as the mailbox it reaches: ``+tag`` removed at providers
            that support sub-addressing, dots removed and googlemail.com mapped to gmail.com
            at Gmail. Two addresses with the same identity key reach the same person.
        is_role: True for shared role mailboxes (info@, hr@, noreply@...): never identity.
        is_freemail: True for free-mail and consumer internet-provider domains.
        company_key: The domain's company key (:func:`domain_company_key`), None at
            free-mail domains.
    """

    address: str
    local: str
    domain: str
    identity_key: str
    is_role: bool
    is_freemail: bool
    company_key: str | None

    @property
    def name_hints(self) -> tuple[NameHint, ...]:
        """The name readings of the local part (empty for role mailboxes)."""
        return () if self.is_role else name_hints(self.local)


@lru_cache(maxsize=1)
def _role_mailboxes() -> frozenset[str]:
    data = resources.files("hrconnect.matching").joinpath("data", "role_mailboxes.txt")
    lines = data.read_text(encoding="utf-8").splitlines()
    return frozenset(s for s in (line.split("#", 1)[0].strip().lower() for line in lines) if s)


def is_role_local_part(local: str) -> bool:
    """True when a local part names a function rather than a person (info, hr.antwerpen).

    Args:
        local: The part before the @, any case, with or without a ``+tag``.
    """
    bare = local.lower().split("+", 1)[0]
    words = [w for w in (re.sub(r"\d+", "", p) for p in _SEPARATORS.split(bare)) if w]
    if not words:
        return True
    roles = _role_mailboxes()
    return "".join(words) in roles or (words[0] in roles and len(words) <= 2)


@lru_cache(maxsize=16384)
def email_info(address: str) -> EmailInfo | None:
    """Normalise an e-mail address for matching.

    Args:
        address: An address as imported (``mailto:``, angle brackets and case tolerated).

    Returns:
        The normalised address and its matching facts, or None when it is not an address.
    """
    normalized = normalize_email(address)
    if normalized is None:
        return None
    local, domain = normalized.rsplit("@", 1)
    canonical_domain = _DOMAIN_ALIASES.get(domain, domain)
    registrable = split_domain(canonical_domain)
    label = registrable[0] if registrable else ""
    identity_local = local
    if label in _PLUS_PROVIDERS or canonical_domain in _DOTLESS_PROVIDERS:
        identity_local = identity_local.split("+", 1)[0] or local
    if canonical_domain in _DOTLESS_PROVIDERS:
        identity_local = identity_local.replace(".", "")
    return EmailInfo(
        address=normalized,
        local=local,
        domain=domain,
        identity_key=f"{identity_local}@{canonical_domain}",
        is_role=is_role_local_part(local),
        is_freemail=is_freemail_domain(domain),
        company_key=domain_company_key(domain),
    )


def _letters(part: str) -> str:
    return "".join(ch for ch in part if ch.isalpha())


@lru_cache(maxsize=16384)
def name_hints(local: str) -> tuple[NameHint, ...]:
    """Candidate (given or initial, surname) readings of an e-mail local part.

    ``w.obrien`` gives (w, obrien); ``william.obrien`` gives (william, obrien) and the
    reversed reading; ``wobrien`` gives (w, obrien) among others; ``jan.van.den.berg`` gives
    (jan, vandenberg); ``obrien.w`` gives (w, obrien). Readings are candidates only: compare
    them with a parsed name (:func:`local_part_fits`) rather than trusting any one.

    Args:
        local: An e-mail local part; a ``+tag`` and digits are ignored.

    Returns:
        Distinct readings, most specific first.
    """
    bare = local.lower().split("+", 1)[0]
    parts = [p for p in (_letters(p) for p in _SEPARATORS.split(bare)) if p]
    hints: list[NameHint] = []
    if len(parts) == 1:
        hints.extend(_joined_hints(parts[0]))
    elif len(parts) > 1:
        hints.extend(_separated_hints(parts))
    return tuple(dict.fromkeys(hints))


def _separated_hints(parts: list[str]) -> list[NameHint]:
    lead = 0
    while lead < len(parts) and len(parts[lead]) == 1:
        lead += 1
    trail = len(parts)
    while trail > 0 and len(parts[trail - 1]) == 1:
        trail -= 1
    if 0 < lead < len(parts):
        return [NameHint("", "".join(parts[:lead]), "".join(parts[lead:]), "f.last")]
    if trail < len(parts) and trail > 0:
        return [NameHint("", "".join(parts[trail:]), "".join(parts[:trail]), "last.f")]
    first, last = parts[0], parts[-1]
    hints = [
        NameHint(first, first[0], "".join(parts[1:]), "first.last"),
        NameHint(last, last[0], "".join(parts[:-1]), "last.first"),
    ]
    if len(parts) > 2:
        hints.append(NameHint(first, first[0], last, "first.last"))
        hints.append(NameHint(last, last[0], first, "last.first"))
    return hints


def _joined_hints(word: str) -> list[NameHint]:
    hints: list[NameHint] = []
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if is_known_given_name(head):
            hints.append(NameHint(head, head[0], tail, "firstlast"))
        if is_known_given_name(tail):
            hints.append(NameHint(tail, tail[0], head, "lastfirst"))
    if len(word) >= 4:
        hints.append(NameHint("", word[0], word[1:], "flast"))
        hints.append(NameHint("", word[-1], word[:-1], "lastf"))
    if len(word) >= 5:
        hints.append(NameHint("", word[:2], word[2:], "flast"))
    hints.append(NameHint("", "", word, "last"))
    hints.append(NameHint(word, word[0], "", "first"))
    return hints


def _family_fits(hint: NameHint, name: NameKeys) -> bool:
    if not hint.family:
        return False
    return hint.family in name.family_set or hint.family in (name.family_core, name.family_compact)


def _given_fits(hint: NameHint, name: NameKeys) -> bool:
    if hint.given:
        if hint.given in name.given_forms:
            return True
        return any(
            are_nickname_pair(hint.given, form) or canonical(hint.given) == canonical(form)
            for form in name.given_forms
        )
    return bool(hint.initials) and name.initials.startswith(hint.initials)


def local_part_fits(local: str, name: NameKeys) -> NameHint | None:
    """The reading of an e-mail local part that fits a parsed name, if any.

    A reading fits when its surname equals the name's compact or core surname or a member of
    its surname set, and its given name equals a given form, is a direct nickname of one or
    shares its canonical form, or its initials start the name's initials. A surname-only
    local part (``obrien@``) fits with pattern "last"; a given-name-only one never does.

    Args:
        local: The local part of an address (not a role mailbox).
        name: One reading of a parsed name (try ``name.readings`` for display names), or
            any object with the same keys (:class:`~hrconnect.matching.names.NameKeys`).

    Returns:
        The best fitting reading (given name over initial over surname only), or None.
    """
    best: NameHint | None = None
    for hint in name_hints(local):
        if not _family_fits(hint, name):
            continue
        if hint.pattern == "last":
            best = best or hint
            continue
        if _given_fits(hint, name):
            if hint.given:
                return hint
            if best is None or best.pattern == "last":
                best = hint
    return best
