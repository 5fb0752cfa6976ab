# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""User settings, kept as a small JSON file in the config folder.

Unknown keys are kept when saving (a newer version's settings survive an older one), and a
broken file falls back to defaults instead of stopping the app.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from hrconnect.paths import create_private_file

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user can choose.

    Attributes:
        default_region: ISO country used to read phone numbers written without a country code.
        language: ``system``, ``en`` or ``nl``.
        auto_merge: Merge sure matches without asking (likely ones always wait for review).
        import_photos: Keep contact photos from vCards (size-capped).
        backups_keep_last: How many recent automatic backups to keep (plus one per month).
        daily_notification: Show a tray notification with the Today list once a day.
    """

    default_region: str = "BE"
    language: str = "system"
    auto_merge: bool = True
    import_photos: bool = True
    backups_keep_last: int = 10
    daily_notification: bool = False

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; defaults for anything missing, unreadable or of the wrong type."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:
            log.warning("settings file %s unreadable (%s); using defaults", path, error)
            return cls()
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for spec in fields(cls):
            value = data.get(spec.name, getattr(defaults, spec.name))
            if type(value) is type(getattr(defaults, spec.name)):
                values[spec.name] = value
        return cls(**values)

    def save(self, path: Path) -> None:
        """Write settings atomically, keeping keys this version does not know."""
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(existing, dict):
                existing = {}
        except (OSError, ValueError):
            existing = {}
        existing.update(asdict(self))
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        create_private_file(temporary)
        temporary.write_text(json.dumps(existing, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with some values changed."""
        return replace(self, **changes)
