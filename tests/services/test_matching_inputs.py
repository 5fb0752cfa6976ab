# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The lean loader the matcher uses gives the same features as the full record loader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect.matching.features import features_of
from tests.services.conftest import run_import, write_connections, write_vcards

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.services.app import App


def test_features_from_lean_records_equal_features_from_full_records(
    app: App, tmp_path: Path, fixtures_dir: Path
) -> None:
    run_import(
        app,
        write_connections(
            tmp_path / "li",
            [
                "Bill,O'Brien,https://www.linkedin.com/in/bill-obrien,bill@acme.be,Acme NV,"
                "HR Director,12 Mar 2019",
                "Jan,Peeters (Solvaris),,,Solvaris,Recruiter,01 Jan 2020",
            ],
        ),
        write_vcards(
            tmp_path / "phone",
            [
                "FN:William OBrien\r\nN:OBrien;William;;;\r\nTEL;TYPE=CELL:+32 475 12 34 56\r\n"
                "EMAIL:w.obrien@gmail.com\r\nORG:Acme\r\nTITLE:HRD\r\nBDAY:1980-04-02",
                "FN:Peeters Jan\r\nN:Jan;Peeters;;;\r\nTEL:09 123 45 67\r\n"
                "URL:https://be.linkedin.com/in/Jan-Peeters-%C3%A9/",
            ],
        ),
        fixtures_dir / "vcard" / "iphone-30-itemn-ablabel-social.vcf",
    )
    region = app.settings.default_region
    with app.store.read() as tx:
        ids = [record_id for record_id in tx.records.person_map()]
        full = {r.id: features_of(r, region) for r in tx.records.by_ids(ids)}
        lean = {r.id: features_of(r, region) for r in tx.records.for_matching(ids)}
        assert len(full) >= 5
        assert lean == full
        assert tx.records.for_matching([]) == []
        # The helper table is left empty for the next caller in the same transaction.
        assert [r.id for r in tx.records.for_matching(ids[:1])] == ids[:1]
