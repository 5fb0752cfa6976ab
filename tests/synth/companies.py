# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Invented Belgian and Dutch employers: legal forms, e-mail domains, switchboards, addresses.

Names are built from regional and sector words ("Brabant Verzekeringen NV", "Vlaamse Logistiek
BVBA", "Solvaris SA") so that they look like what HR people see, without copying real firms.
Each company has one e-mail pattern (``first.last``, ``f.last``, ``flast``, ``first``) and one
switchboard number that every employee's card may show; that shared number is a deliberate trap
for matching.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

OWNER_EMPLOYERS: tuple[tuple[str, str, str, str], ...] = (
    ("Brabant Verzekeringen", "NV", "BE", "Brussel"),
    ("Vlaamse Logistiek", "BVBA", "BE", "Antwerpen"),
    ("Solvaris", "SA", "BE", "Liège"),
    ("Talentis Interim", "NV", "BE", "Gent"),
)
"""The demo owner's employers, newest first; former colleagues come from these."""

FIXED_EXTRA: tuple[tuple[str, str, str, str], ...] = (
    ("Acme", "BV", "BE", "Mechelen"),
    ("Northwind Health", "NV", "BE", "Leuven"),
    ("Fabrikam Benelux", "B.V.", "NL", "Utrecht"),
    ("Contoso Staffing", "BV", "NL", "Rotterdam"),
)

_REGIONS_NL = (
    "Brabant",
    "Kempen",
    "Schelde",
    "Leie",
    "Noordzee",
    "Vlaamse",
    "Antwerpse",
    "Gentse",
    "Limburgse",
    "Waasland",
    "Delta",
    "Dijle",
    "Demer",
    "Polder",
    "Randstad",
    "Maasland",
    "Zeeuwse",
    "Veluwe",
    "Twentse",
    "IJssel",
)
_BRANDS = (
    "Solvaris",
    "Nexora",
    "Vitalis",
    "Optimo",
    "Quadrant",
    "Polaris",
    "Lumen",
    "Veridis",
    "Axento",
    "Corvana",
    "Tessera",
    "Altavia",
    "Brightwell",
    "Kobalt",
    "Zenith",
    "Orbis",
    "Vectra",
    "Helix",
    "Arvelo",
    "Nordis",
)
_SECTORS_NL = (
    "Verzekeringen",
    "Logistiek",
    "Bouw",
    "Zorggroep",
    "Consulting",
    "Staffing",
    "Energie",
    "Transport",
    "Techniek",
    "Voeding",
    "Software",
    "Engineering",
    "Accountants",
    "Advocaten",
    "Farma",
    "Retail",
    "Metaal",
    "Vastgoed",
    "Interim",
    "Schoonmaak",
)
_SECTORS_FR = (
    ("Assurances", "du"),
    ("Logistique", ""),
    ("Construction", ""),
    ("Énergie", ""),
    ("Conseil", ""),
    ("Métal", ""),
    ("Transports", ""),
    ("Santé", ""),
)
_REGIONS_FR = ("Meuse", "Ardenne", "Sambre", "Brabant Wallon", "Hainaut", "Condroz", "Famenne")
_LEGAL_BE = ("NV", "BV", "BVBA", "CV", "CommV", "VZW")
_LEGAL_FR = ("SA", "SRL", "SPRL", "ASBL")
_LEGAL_NL = ("B.V.", "BV", "N.V.")

CITIES: dict[str, tuple[str, str, str]] = {
    # city: (country, postcode, switchboard trunk prefix without the country code)
    "Brussel": ("BE", "1000", "2"),
    "Antwerpen": ("BE", "2000", "3"),
    "Gent": ("BE", "9000", "9"),
    "Leuven": ("BE", "3000", "16"),
    "Mechelen": ("BE", "2800", "15"),
    "Hasselt": ("BE", "3500", "11"),
    "Brugge": ("BE", "8000", "50"),
    "Kortrijk": ("BE", "8500", "56"),
    "Liège": ("BE", "4000", "4"),
    "Namur": ("BE", "5000", "81"),
    "Charleroi": ("BE", "6000", "71"),
    "Mons": ("BE", "7000", "65"),
    "Amsterdam": ("NL", "1012 AB", "20"),
    "Rotterdam": ("NL", "3011 AD", "10"),
    "Utrecht": ("NL", "3511 LX", "30"),
    "Eindhoven": ("NL", "5611 AB", "40"),
    "Den Haag": ("NL", "2511 BT", "70"),
    "Breda": ("NL", "4811 XJ", "76"),
}
_STREETS_NL = (
    "Kerkstraat",
    "Stationsstraat",
    "Industrieweg",
    "Nijverheidslaan",
    "Leuvensesteenweg",
    "Kouter",
    "Havenlaan",
    "Meir",
    "Keizersgracht",
    "Lange Voorhout",
)
_STREETS_FR = ("Rue de la Station", "Avenue Louise", "Rue Saint-Gilles", "Boulevard d'Avroy")

EMAIL_PATTERNS = ("first.last", "first.last", "first.last", "f.last", "flast", "first")


@dataclass(frozen=True, slots=True)
class Company:
    """An employer as it really is; sources show variants of ``name``."""

    cid: int
    core: str
    legal_form: str
    country: str
    city: str
    domain: str
    email_pattern: str
    switchboard: str
    """E.164, shared by everyone who works there."""
    street: str
    postcode: str

    @property
    def name(self) -> str:
        """The registered name with its legal form (``Brabant Verzekeringen NV``)."""
        return f"{self.core} {self.legal_form}" if self.legal_form else self.core

    @property
    def language(self) -> str:
        """``fr`` for Walloon companies (role mailboxes like ``rh@``), else ``nl``."""
        return "fr" if self.legal_form in _LEGAL_FR else "nl"


@functools.cache
def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits only (accents stripped, everything else dropped)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ø", "o"))
    return "".join(ch for ch in decomposed.lower() if ch.isascii() and ch.isalnum())


def _switchboard(rng: random.Random, city: str) -> str:
    country, _, trunk = CITIES[city]
    code = "32" if country == "BE" else "31"
    digits = 9 if country == "NL" else 8
    rest = "".join(str(rng.randrange(10)) for _ in range(digits - len(trunk) - 1))
    return f"+{code}{trunk}{rng.randrange(2, 10)}{rest}"


def _make(
    rng: random.Random, cid: int, spec: tuple[str, str, str, str], used_domains: set[str]
) -> Company:
    core, legal, country, city = spec
    tld = "nl" if country == "NL" else "be"
    stem = ascii_fold(core)
    if len(stem) > 22:
        stem = "".join(ascii_fold(word)[:1] for word in core.split()) + ascii_fold(core.split()[-1])
    domain = f"{stem}.{tld}"
    suffix = 2
    while domain in used_domains:
        domain = f"{stem}{suffix}.{tld}"
        suffix += 1
    used_domains.add(domain)
    streets = _STREETS_FR if legal in _LEGAL_FR else _STREETS_NL
    return Company(
        cid=cid,
        core=core,
        legal_form=legal,
        country=country,
        city=city,
        domain=domain,
        email_pattern=rng.choice(EMAIL_PATTERNS),
        switchboard=_switchboard(rng, city),
        street=f"{rng.choice(streets)} {rng.randrange(1, 240)}",
        postcode=CITIES[city][1],
    )


def _random_spec(rng: random.Random) -> tuple[str, str, str, str]:
    roll = rng.random()
    be_cities = [c for c, v in CITIES.items() if v[0] == "BE" and c not in _WALLOON_CITIES]
    nl_cities = [c for c, v in CITIES.items() if v[0] == "NL"]
    if roll < 0.55:
        core = f"{rng.choice(_REGIONS_NL)} {rng.choice(_SECTORS_NL)}"
        return core, rng.choice(_LEGAL_BE), "BE", rng.choice(be_cities)
    if roll < 0.75:
        core = rng.choice(_BRANDS)
        if rng.random() < 0.5:
            core = f"{core} {rng.choice(('Group', 'Solutions', 'Partners', 'Services', 'HR'))}"
        return core, rng.choice(_LEGAL_BE + _LEGAL_FR), "BE", rng.choice(be_cities)
    if roll < 0.88:
        sector, link = rng.choice(_SECTORS_FR)
        region = rng.choice(_REGIONS_FR)
        core = f"{sector} {link} {region}" if link else f"{sector} {region}"
        return core, rng.choice(_LEGAL_FR), "BE", rng.choice(_WALLOON_CITIES)
    core = f"{rng.choice(_REGIONS_NL)} {rng.choice(_SECTORS_NL)}"
    return core, rng.choice(_LEGAL_NL), "NL", rng.choice(nl_cities)


_WALLOON_CITIES = ("Liège", "Namur", "Charleroi", "Mons")


def generate_companies(rng: random.Random, count: int) -> list[Company]:
    """The owner's employers first (ids 0-3), then fixed and random invented companies.

    Args:
        rng: The random source (the caller's, so output depends only on the seed).
        count: Total number of companies wanted (at least the fixed ones are returned).

    Returns:
        Companies with unique names and domains, ``cid`` equal to their list index.
    """
    used_domains: set[str] = set()
    seen: set[str] = set()
    companies: list[Company] = []
    for spec in (*OWNER_EMPLOYERS, *FIXED_EXTRA):
        companies.append(_make(rng, len(companies), spec, used_domains))
        seen.add(spec[0])
    attempts = 0
    while len(companies) < count and attempts < count * 20:
        attempts += 1
        spec = _random_spec(rng)
        if spec[0] in seen:
            continue
        seen.add(spec[0])
        companies.append(_make(rng, len(companies), spec, used_domains))
    return companies
