# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Company keys that make "Brabant Verzekeringen NV" equal to ``brabantverzekeringen.be``.

"BRABANT VERZEKERINGEN", "Brabant Verzekeringen NV" and the e-mail domain
``brabantverzekeringen.be`` all give the key "brabantverzekeringen".

A company key is the folded name with legal forms and a few generic descriptors removed, then
all spaces and punctuation dropped. What is stripped, and why:

* Legal forms at the **end** ("NV", "B.V.", "GmbH & Co. KG", "Ltd", "Inc.", "& Co", "SA/NV").
  Dotted forms work because runs of single letters are joined first ("N.V." -> "nv").
* Belgian, Dutch and French legal forms at the **start** too ("VZW Kind en Gezin", "BV Acme"),
  where they are commonly written. English and German forms are never leading, and
  ambiguous short ones ("AS", "AB", "CO", "SE") are only stripped at the end.
* Generic descriptors at the end: "Group", "Groep", "Holding", "International", "Belgium",
  "Benelux", "Nederland", "Europe", "Company". "KBC Group", "KBC" and ``kbc.be`` are the same
  employer for matching purposes, and a company match only ever adds evidence (people change
  jobs, so a mismatch is never held against a pair). Articles ("De Lijn", "The Boston
  Consulting Group") are kept: ``delijn.be`` is written with them.
* Bracketed remarks ("Acme NV (part of Foo)") are dropped.

Nothing is stripped when it would leave an empty key ("Group" stays "group").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from hrconnect.matching.text import fold

# Folded legal-form tokens (single-letter runs already joined: "s a" -> "sa").
_LEGAL_ANYWHERE = frozenset(
    {
        # Belgium and the Netherlands
        "nv", "bv", "bvba", "ebvba", "cvba", "cvoa", "cv", "vof", "commv", "gcv", "vzw",
        "ivzw", "esv", "srl", "sprl", "sprlu", "scrl", "scrlfs", "sc", "scs", "snc", "sa",
        "asbl", "aisbl", "nvsa", "sanv", "bvsrl", "srlbv",
        # France
        "sas", "sasu", "sarl", "eurl", "sci", "sca", "cie",
        # Germany, Austria, Switzerland
        "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "ev", "gbr",
        # English-speaking countries
        "ltd", "limited", "llc", "llp", "lp", "plc", "pllc", "inc", "incorporated", "corp",
        "corporation", "co", "pty", "pvt", "pte",
        # Elsewhere in Europe
        "se", "spa", "sl", "sau", "lda", "ab", "as", "aps", "asa", "oy", "oyj", "sro", "kft",
        "zrt", "bhd", "sdn",
    }
)  # fmt: skip
_LEGAL_LEADING = frozenset(
    {
        "nv", "bv", "bvba", "ebvba", "cvba", "cvoa", "cv", "vof", "commv", "gcv", "vzw",
        "ivzw", "esv", "srl", "sprl", "sprlu", "scrl", "sc", "scs", "snc", "sa", "asbl",
        "aisbl", "sas", "sarl", "eurl",
    }
)  # fmt: skip
_LEGAL_SEQUENCES = (("comm", "v"), ("sp", "zoo"), ("private", "limited"))
_DESCRIPTORS = frozenset(
    {
        "group", "groep", "groupe", "gruppe", "holding", "holdings", "international", "intl",
        "belgium", "belgie", "belgique", "belgien", "nederland", "netherlands", "benelux",
        "europe", "company", "companies",
    }
)  # fmt: skip
_CONJUNCTIONS = frozenset({"and", "en", "et", "und"})
# Descriptors glued to the end of a domain label ("colruytgroup.be").
_GLUED_DESCRIPTORS = ("international", "holding", "benelux", "belgium", "group", "groep")
_BRACKETED = re.compile(r"[(\[{][^)\]}]*[)\]}]?")
_DOMAIN = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\.?(?:[:/?#].*)?$"
)
_TLD = re.compile(r"^(?:[a-z]{2,24}|xn--[a-z0-9-]+)$")
# Public suffixes with two labels, for the countries contacts are most likely to come from.
_SECOND_LEVEL = frozenset(
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "com.au", "net.au",
        "org.au", "co.nz", "org.nz", "co.za", "org.za", "com.br", "com.ar", "com.mx", "co.jp",
        "or.jp", "ne.jp", "co.in", "org.in", "co.il", "com.tr", "com.sg", "com.cn", "com.hk",
        "com.tw", "co.kr", "com.my", "com.pl", "com.es", "com.pt", "com.ua", "co.id", "com.ph",
        "com.sa", "com.eg", "com.ng", "co.ke", "com.co", "com.pe", "gv.at", "co.at", "or.at",
    }
)  # fmt: skip
_NOT_A_COMPANY = frozenset(
    {
        "career break", "freelance", "freelancer", "free lance", "self employed",
        "selfemployed", "self", "zelfstandige", "zelfstandig", "zelfstandig ondernemer",
        "eigen zaak", "eigen bedrijf", "independent", "independant", "independent consultant",
        "independante", "consultant", "freelance consultant", "retired", "gepensioneerd",
        "pensioen", "met pensioen", "retraite", "retraitee", "pensionne", "student",
        "studente", "etudiant", "etudiante", "stagiair", "stagiaire", "intern",
        "unemployed", "werkloos", "werkzoekend", "werkzoekende", "job seeker", "jobseeker",
        "demandeur d emploi", "between jobs", "sabbatical", "sabbatical leave",
        "stay at home parent", "stay at home mom", "stay at home dad", "homemaker",
        "huisvrouw", "huisman", "na", "n a", "none", "geen", "aucun", "various",
        "diverse", "divers", "confidential", "stealth", "stealth startup", "stealth mode",
        "private", "prive", "personal", "unknown", "onbekend", "home", "thuis",
    }
)  # fmt: skip
_NOT_A_COMPANY_PREFIXES = (
    "looking for",
    "open to",
    "seeking",
    "on sabbatical",
    "career break",
    "in between",
    "op zoek naar",
    "en recherche",
    "a la recherche",
    "available for",
    "beschikbaar",
    "self employed",
    "freelance ",
    "zelfstandig ",
)


def _join_single_letters(tokens: list[str]) -> list[str]:
    joined: list[str] = []
    run = ""
    for token in tokens:
        if len(token) == 1 and token.isalpha():
            run += token
            continue
        if run:
            joined.append(run)
            run = ""
        joined.append(token)
    if run:
        joined.append(run)
    return joined


def _strip_tokens(tokens: list[str]) -> list[str]:
    """Remove legal forms and descriptors at the ends, keeping at least one token."""
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for sequence in _LEGAL_SEQUENCES:
            if len(tokens) > len(sequence) and tuple(tokens[-len(sequence) :]) == sequence:
                tokens = tokens[: -len(sequence)]
                changed = True
        last = tokens[-1]
        if len(tokens) > 1 and (
            last in _LEGAL_ANYWHERE or last in _DESCRIPTORS or last in _CONJUNCTIONS
        ):
            tokens = tokens[:-1]
            changed = True
        if len(tokens) > 1 and tokens[0] in _LEGAL_LEADING:
            tokens = tokens[1:]
            changed = True
    return tokens


def company_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a company name with legal forms and descriptors removed.

    Useful for token-set comparisons of long names; :func:`company_key` joins them.

    Args:
        name: A company name as written anywhere.

    Returns:
        Folded tokens; empty when the name has no letters or digits.
    """
    without_remarks = _BRACKETED.sub(" ", name)
    tokens = _join_single_letters(fold(without_remarks or name).split())
    if not tokens:
        tokens = _join_single_letters(fold(name).split())
    return tuple(_strip_tokens(tokens))


@lru_cache(maxsize=65536)
def company_key(name: str) -> str:
    """The comparison key of a company name or web domain.

    >>> company_key("Brabant Verzekeringen NV"), company_key("brabantverzekeringen.be")
    ('brabantverzekeringen', 'brabantverzekeringen')

    Args:
        name: A company name ("Acme B.V.", "VZW Kind en Gezin") or a domain/URL
            ("acme.be", "https://www.acme.co.uk/"), which is keyed like
            :func:`domain_company_key` but also for free-mail providers.

    Returns:
        Lower-case ASCII letters and digits; empty when the name has none.
    """
    text = name.strip()
    if " " not in text:
        domain_key = _domain_label_key(text.lower())
        if domain_key is not None:
            return domain_key
    return "".join(company_tokens(text))


def looks_like_company(text: str) -> bool:
    """True when the text carries a legal form as a word ("Acme NV", "B.V. Foo", "Ltd")."""
    tokens = _join_single_letters(fold(text).split())
    if not tokens:
        return False
    return tokens[-1] in _LEGAL_ANYWHERE or tokens[0] in _LEGAL_LEADING


def split_domain(host: str) -> tuple[str, str] | None:
    """Split a host name into (registrable label, public suffix), or None if it has no TLD.

    >>> split_domain("mail.acme.co.uk")
    ('acme', 'co.uk')
    """
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or not _TLD.match(labels[-1]):
        return None
    suffix_len = 2 if len(labels) >= 3 and ".".join(labels[-2:]) in _SECOND_LEVEL else 1
    return labels[-suffix_len - 1], ".".join(labels[-suffix_len:])


def _host_of(text: str) -> str | None:
    if "@" in text:
        text = text.rsplit("@", 1)[1]
    match = _DOMAIN.match(text.strip().lower())
    return match.group(1) if match else None


def _domain_label_key(text: str) -> str | None:
    host = _host_of(text)
    if host is None:
        return None
    parts = split_domain(host)
    if parts is None:
        return None
    tokens = _strip_tokens(_join_single_letters(fold(parts[0].replace("-", " ")).split()))
    key = "".join(tokens)
    for glued in _GLUED_DESCRIPTORS:
        if key.endswith(glued) and len(key) - len(glued) >= 3:
            key = key[: -len(glued)]
            break
    return key or None


@lru_cache(maxsize=16384)
def domain_company_key(domain: str) -> str | None:
    """The company key of a web or e-mail domain, or None for free-mail and junk domains.

    >>> domain_company_key("mail.acme-group.co.uk"), domain_company_key("gmail.com")
    ('acme', None)

    Args:
        domain: A domain ("acme.be"), a URL or an e-mail address.

    Returns:
        The key of the registrable label (without TLD or country second level such as
        ``co.uk``), comparable with :func:`company_key`; None when the domain is a free-mail
        or internet-provider domain or not a domain at all.
    """
    host = _host_of(domain)
    if host is None or is_freemail_domain(host):
        return None
    return _domain_label_key(host)


def is_not_a_company(name: str) -> bool:
    """True for employer values that name no employer ("Freelance", "Career Break").

    Covers self-employment, retirement, studies, job seeking, breaks and placeholders in
    English, Dutch and French. Such values must not produce company evidence.
    """
    folded = fold(name)
    if not folded:
        return True
    if folded in _NOT_A_COMPANY:
        return True
    # "Freelance Pro BV" is a company: a legal form outweighs a telling first word.
    return folded.startswith(_NOT_A_COMPANY_PREFIXES) and not looks_like_company(name)


@lru_cache(maxsize=1)
def _freemail() -> tuple[frozenset[str], frozenset[str]]:
    """(exact domains, brand labels valid under any suffix) from ``data/freemail_domains.txt``."""
    data = resources.files("hrconnect.matching").joinpath("data", "freemail_domains.txt")
    exact: set[str] = set()
    brands: set[str] = set()
    for raw in data.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.endswith(".*"):
            brands.add(line[:-2])
        else:
            exact.add(line)
    return frozenset(exact), frozenset(brands)


@lru_cache(maxsize=16384)
def is_freemail_domain(domain: str) -> bool:
    """True for free-mail and consumer internet-provider domains (gmail.com, telenet.be).

    Subdomains count too (``users.skynet.be``). Brand entries such as ``hotmail.*`` match the
    brand under any public suffix (``hotmail.be``, ``hotmail.co.uk``).
    """
    host = domain.strip().lower().rstrip(".")
    if "@" in host:
        host = host.rsplit("@", 1)[1]
    exact, brands = _freemail()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if ".".join(labels[i:]) in exact:
            return True
    parts = split_domain(host)
    return parts is not None and parts[0] in brands
