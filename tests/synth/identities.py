# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Identifiers a synthetic person owns: work and private e-mails, mobile numbers, LinkedIn slugs.

Real people never share a mailbox or a mobile number, so the :class:`Registry` hands out each
value once; two namesakes therefore get ``jan.peeters@`` and ``jan.peeters2@`` as a real mail
server would. Free-mail domains follow the person's origin (telenet.be and skynet.be for
Flanders and Wallonia, ziggo.nl and kpnmail.nl for the Netherlands, gmail.com everywhere).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote

from tests.synth.companies import ascii_fold

if TYPE_CHECKING:
    import random

    from tests.synth.companies import Company

FREE_MAIL: dict[str, tuple[tuple[str, float], ...]] = {
    "flemish": (
        ("gmail.com", 4),
        ("telenet.be", 3),
        ("hotmail.com", 2),
        ("skynet.be", 1),
        ("outlook.com", 1),
        ("live.be", 0.5),
        ("icloud.com", 0.5),
    ),
    "dutch": (
        ("gmail.com", 4),
        ("ziggo.nl", 2),
        ("kpnmail.nl", 1.5),
        ("hotmail.nl", 1.5),
        ("xs4all.nl", 0.5),
        ("planet.nl", 0.5),
        ("outlook.com", 1),
    ),
    "walloon": (
        ("gmail.com", 4),
        ("skynet.be", 2),
        ("hotmail.com", 2),
        ("voo.be", 1),
        ("yahoo.fr", 1),
        ("outlook.com", 1),
    ),
    "international": (
        ("gmail.com", 6),
        ("outlook.com", 2),
        ("yahoo.com", 1),
        ("hotmail.com", 1),
        ("icloud.com", 1),
    ),
}


@functools.cache
def local_name(text: str) -> str:
    """A name as it appears in an e-mail local part: ASCII, particles and spaces joined.

    Hyphens in double names are kept (``peeters-janssens``); apostrophes vanish (``obrien``).
    """
    parts = [ascii_fold(part) for part in text.replace("'", "").split("-")]
    return "-".join(part for part in parts if part)


@dataclass(slots=True)
class Registry:
    """Values already given to someone, so that every mailbox, number and slug is unique."""

    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    slugs: set[str] = field(default_factory=set)

    def claim_email(self, local: str, domain: str) -> str:
        """``local@domain``, or ``local2@domain``, ``local3@``... when taken."""
        candidate = f"{local}@{domain}"
        number = 2
        while candidate in self.emails:
            candidate = f"{local}{number}@{domain}"
            number += 1
        self.emails.add(candidate)
        return candidate

    def claim_phone(self, rng: random.Random, country: str) -> str:
        """A fresh mobile number in E.164 (+32 46x-49x for Belgium, +31 6 for the Netherlands)."""
        while True:
            if country == "NL":
                number = "+316" + "".join(str(rng.randrange(10)) for _ in range(8))
            else:
                prefix = rng.choice(
                    (
                        "470",
                        "471",
                        "472",
                        "473",
                        "474",
                        "475",
                        "476",
                        "477",
                        "478",
                        "479",
                        "484",
                        "485",
                        "486",
                        "487",
                        "488",
                        "489",
                        "494",
                        "495",
                        "496",
                        "497",
                        "498",
                        "499",
                        "460",
                        "468",
                    )
                )
                number = "+32" + prefix + "".join(str(rng.randrange(10)) for _ in range(6))
            if number not in self.phones:
                self.phones.add(number)
                return number

    def claim_slug(self, stem: str, rng: random.Random, *, vanity: bool) -> str:
        """A LinkedIn profile slug: ``stem`` alone when vanity and free, else ``stem-<hex>``."""
        if vanity and stem not in self.slugs:
            self.slugs.add(stem)
            return stem
        while True:
            candidate = f"{stem}-{rng.getrandbits(24):06x}"
            if rng.random() < 0.25:
                candidate = f"{stem}-{rng.randrange(10**7, 10**9)}"
            if candidate not in self.slugs:
                self.slugs.add(candidate)
                return candidate


def work_email(registry: Registry, company: Company, first: str, family: str) -> str:
    """The person's address at ``company`` following its pattern (``first.last``, ``flast``...)."""
    given = local_name(first.split()[0]) or "x"
    last = local_name(family).replace("-", "") or "x"
    pattern = company.email_pattern
    if pattern == "f.last":
        local = f"{given[0]}.{last}"
    elif pattern == "flast":
        local = f"{given[0]}{last}"
    elif pattern == "first":
        local = given
    else:
        local = f"{given}.{local_name(family)}"
    return registry.claim_email(local, company.domain)


def private_email(
    registry: Registry, rng: random.Random, origin: str, first: str, family: str, birth_year: int
) -> str:
    """A personal free-mail address in one of the patterns people pick for themselves."""
    domains, weights = zip(*FREE_MAIL[origin], strict=True)
    domain = rng.choices(domains, weights=weights)[0]
    given = local_name(first.split()[0]) or "x"
    last = local_name(family).replace("-", "") or "x"
    style = rng.random()
    if style < 0.4:
        local = f"{given}.{last}"
    elif style < 0.6:
        local = f"{given}{last}"
    elif style < 0.72:
        local = f"{given[0]}{last}"
    elif style < 0.84:
        local = f"{given}.{last}{birth_year % 100:02d}"
    elif style < 0.92:
        local = f"{last}.{given}"
    else:
        local = f"{given}_{last}{rng.randrange(1, 99)}"
    return registry.claim_email(local, domain)


def linkedin_slug_for(registry: Registry, rng: random.Random, first: str, family: str) -> str:
    """A profile slug as LinkedIn assigns or members choose them.

    Mostly ``first-last-<hex>``; some vanity slugs (``janpeeters``); accented names sometimes
    keep their letters (``josé-garcía-4b21a7``), which LinkedIn percent-encodes in URLs; a few
    end in ``-`` as real ones do.
    """
    accented = not (first.isascii() and family.isascii())
    keep_accents = accented and rng.random() < 0.3
    if keep_accents:
        words = [w.lower() for w in f"{first} {family}".replace("'", "").split()]
        stem = "-".join(unicodedata.normalize("NFC", w) for w in words)
    else:
        stem = "-".join(p for p in (local_name(first), local_name(family).replace("-", "")) if p)
    if rng.random() < 0.12:
        return registry.claim_slug(stem.replace("-", ""), rng, vanity=True)
    slug = registry.claim_slug(stem, rng, vanity=rng.random() < 0.1)
    if rng.random() < 0.01 and not slug.endswith("-"):
        registry.slugs.add(slug + "-")
        return slug + "-"
    return slug


def profile_url(slug: str) -> str:
    """The public profile URL for ``slug``, percent-encoded like LinkedIn writes it."""
    return "https://www.linkedin.com/in/" + quote(slug, safe="-")
