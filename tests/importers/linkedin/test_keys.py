# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The reader's fast key helpers must give exactly what the shared key functions give.

Source keys are stored; a fast path that differed from ``key_text`` or ``linkedin_slug`` would
make a re-import create copies instead of updating records.
"""

from __future__ import annotations

import pytest

from hrconnect.core.identifiers import key_text, linkedin_slug
from hrconnect.importers.linkedin.values import fold


@pytest.mark.parametrize(
    "text",
    [
        "Priya",
        "  Jonas  ",
        "Weber (he/him)",
        "ANAND",
        "Osei, MSc,  MBA",
        "tab\tand\nnewline",
        "José",
        "Brandt 🌱",
        "Zo\u00eb\u200b",
        "",
        "\x1c\x1d",
    ],
)
def test_fold_equals_key_text(text: str) -> None:
    assert fold(text) == key_text(text)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/priya-raman-4b21a7",
        "https://www.linkedin.com/in/Priya-Raman/",
        "https://www.linkedin.com/in/kwame-osei-",
        "https://www.linkedin.com/in/jonas-weber-m%C3%BCnchen",
        "https://www.linkedin.com/in/sam?trk=abc",
        "https://www.linkedin.com/in/sam#top",
        "https://www.linkedin.com/in/",
        "https://www.linkedin.com/in/a/b",
        "https://www.linkedin.com/in/trailing ",
        "https://www.linkedin.com/in/back\\:slash",
        "https://www.linkedin.com/in/user@host",
        "https://www.linkedin.com/in/münchen",
        "http://linkedin.com/in/plain",
        "https://example.org/in/someone",
    ],
)
def test_the_canonical_fast_path_equals_parsing_the_url(url: str) -> None:
    from hrconnect.core.identifiers import _parsed_linkedin_slug  # white box, on purpose

    assert linkedin_slug(url) == _parsed_linkedin_slug(url)


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://www.linkedin.com/in/jan-peeters-1a2b3c/", "jan-peeters-1a2b3c"),
        ("https://www.linkedin.com/in/Jonas-Weber-M%C3%BCnchen/?trk=x", "jonas-weber-münchen"),
        ("be.linkedin.com/in/Els-Claes", "els-claes"),
        ("http://linkedin.com/pub/jan-peeters/1a/2b/3c", "pub/jan-peeters/1a/2b/3c"),
        ("https://example.org/in/someone", None),
        ("https://www.linkedin.com/company/acme", None),
    ],
)
def test_linkedin_slug_reads_profile_urls(url: str, slug: str | None) -> None:
    assert linkedin_slug(url) == slug
