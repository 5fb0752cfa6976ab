# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""``truth.json``: which true person each emitted record describes, and where the record is.

Shape (version 1)::

    {"version": 1, "seed": 7, "profile": "match-bench", "people": 3000,
     "owner": {"person": 0, "name": "Sam Verhoeven"},
     "records": [{"file": "Connections.csv",
                  "archive": "Complete_LinkedInDataExport_11-18-2026.zip",
                  "locator": "line 5", "person": 17, "kind": "linkedin",
                  "name": "Jan Peeters", "corruptions": ["typo"]}, ...],
     "hidden_members": 12,
     "hard_negative_pairs": [[4, 981, "father_son"], ...],
     "files": {"Complete_LinkedInDataExport_11-18-2026.zip": {"records": 2400, ...}, ...},
     "last_contact": {"linkedin": {"17": "2026-10-02"}, "facebook": {...}}}

``file`` is the member path inside the archive as the archive lists it (``Connections.csv`` at
the LinkedIn root; ``facebook-samverhoeven1042/connections/friends/your_friends.json`` under
the Facebook root folder) or the file's own name for loose files, with ``archive`` null.
``locator`` is exactly what importers report: ``line N`` (1-based physical line where the CSV
row starts, preamble and multi-line cells counted), ``card N`` (1-based card in its vCard file),
``item N`` (1-based position in ``friends_v2``). ``people`` counts the distinct true people that
have at least one record. ``name`` is the name as written in the record (display only).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

TRUTH_VERSION = 1


@dataclass(frozen=True, slots=True)
class TruthRecord:
    """One emitted record and the true person behind it."""

    file: str
    archive: str | None
    locator: str
    person: int
    kind: str
    name: str
    corruptions: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The record as stored in ``truth.json``."""
        return {
            "file": self.file,
            "archive": self.archive,
            "locator": self.locator,
            "person": self.person,
            "kind": self.kind,
            "name": self.name,
            "corruptions": list(self.corruptions),
        }


@dataclass(slots=True)
class Truth:
    """Everything ``truth.json`` holds, collected while writing the files."""

    seed: int
    profile: str
    owner_name: str
    records: list[TruthRecord] = field(default_factory=list)
    hidden_members: int = 0
    hard_negative_pairs: list[tuple[int, int, str]] = field(default_factory=list)
    files: dict[str, dict[str, int]] = field(default_factory=dict)
    last_contact: dict[str, dict[int, str]] = field(default_factory=dict)

    @property
    def people(self) -> int:
        """Distinct true people with at least one record."""
        return len({record.person for record in self.records})

    def as_json(self) -> dict[str, Any]:
        """The whole document, keys in a stable order."""
        return {
            "version": TRUTH_VERSION,
            "seed": self.seed,
            "profile": self.profile,
            "people": self.people,
            "owner": {"person": 0, "name": self.owner_name},
            "records": [record.as_json() for record in self.records],
            "hidden_members": self.hidden_members,
            "hard_negative_pairs": [list(pair) for pair in self.hard_negative_pairs],
            "files": self.files,
            "last_contact": {
                kind: {str(pid): day for pid, day in sorted(days.items())}
                for kind, days in sorted(self.last_contact.items())
            },
        }

    def write(self, path: Path) -> None:
        """Write ``truth.json`` (UTF-8, one record per line so diffs stay readable)."""
        document = self.as_json()
        records = document.pop("records")
        head = json.dumps(document, ensure_ascii=False, indent=1)
        lines = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in records)
        text = head[:-2] + ',\n "records": [\n' + lines + "\n ]\n}\n"
        path.write_text(text, encoding="utf-8")


def load_truth(path: Path) -> dict[str, Any]:
    """Read a ``truth.json`` written by :meth:`Truth.write`."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != TRUTH_VERSION:
        msg = f"unsupported truth version {data.get('version')!r} in {path}"
        raise ValueError(msg)
    return data
