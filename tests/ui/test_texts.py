# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The window's words for the core's keys cover every key the core can produce."""

from __future__ import annotations

from typing import Any

import pytest

from hrconnect.matching.score import DETAILS

from hrconnect.ui import texts


@pytest.mark.parametrize("reason", sorted(DETAILS))
def test_every_matcher_finding_is_phrased_like_the_matcher_phrases_it(
    qapp: Any, reason: str
) -> None:
    values = ["Peeters", "Pieters"]
    # Without a translator the window's English must read exactly as the command line's.
    assert texts.evidence_detail(reason, values) == DETAILS[reason].format(*values)


def test_values_are_inserted_once_even_when_they_look_like_placeholders(qapp: Any) -> None:
    assert texts.evidence_detail("equal", ["50%2 Bureau", "50%1"]) == "50%2 Bureau = 50%1"


def test_an_unknown_finding_falls_back_to_the_stored_detail() -> None:
    assert texts.evidence_detail("from_a_newer_version", ["x"]) is None


def test_positions_in_files_are_put_in_words(qapp: Any) -> None:
    assert texts.provenance("export.zip", "Connections.csv", "line 12") == (
        "export.zip › Connections.csv, line 12"
    )
    assert texts.provenance(None, "phone.vcf", "card 3") == "phone.vcf, card 3"
    assert texts.provenance(None, None, "page 4") == "page 4"
