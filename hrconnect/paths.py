# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Where hrconnect keeps its files: the platform's user folders, or one folder of the user's choice.

``AppPaths`` is built once at start-up and passed down; nothing reads it from a global (vorta's
mechanism without its globals). ``--home DIR`` or ``HRCONNECT_HOME`` put everything under one
folder, for portable use, development and tests.
"""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hrconnect import APP_NAME

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import BinaryIO

HOME_ENV = "HRCONNECT_HOME"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders the app writes to. Call :meth:`ensure` before writing."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path
    backup_dir: Path

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything inside one folder (``--home``)."""
        root = root.expanduser().resolve()
        return cls(
            data_dir=root,
            config_dir=root,
            cache_dir=root / "cache",
            log_dir=root / "logs",
            backup_dir=root / "backups",
        )

    @classmethod
    def from_platformdirs(cls) -> AppPaths:
        """The platform's per-user folders (XDG on Linux, AppData on Windows, Library on macOS)."""
        from platformdirs import PlatformDirs  # lazy: only needed on this path

        dirs = PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(
            data_dir=data,
            config_dir=Path(dirs.user_config_dir),
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
            backup_dir=data / "backups",
        )

    @classmethod
    def resolve(
        cls, home: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None
    ) -> AppPaths:
        """``--home`` if given, else ``HRCONNECT_HOME`` if set, else the platform folders."""
        env = os.environ if environ is None else environ
        chosen = home if home is not None else env.get(HOME_ENV) or None
        if chosen is not None:
            return cls.under(Path(chosen))
        return cls.from_platformdirs()

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.data_dir / "hrconnect.sqlite"

    @property
    def settings_file(self) -> Path:
        """The user's settings (JSON)."""
        return self.config_dir / "settings.json"

    def ensure(self) -> None:
        """Create the folders, readable by the user only (0700), and tighten existing ones.

        The network of an HR professional is other people's personal data; nobody else on a
        shared machine should read it.
        """
        for folder in (
            self.data_dir,
            self.config_dir,
            self.cache_dir,
            self.log_dir,
            self.backup_dir,
        ):
            folder.mkdir(parents=True, exist_ok=True)
            make_private(folder)


def make_private(path: Path) -> None:
    """Restrict a file (0600) or folder (0700) to its owner. A no-op where modes do not apply."""
    if os.name != "posix":
        return
    mode = PRIVATE_DIR_MODE if path.is_dir() else PRIVATE_FILE_MODE
    current = stat.S_IMODE(path.stat().st_mode)
    if current != mode:
        path.chmod(mode)


@contextmanager
def atomic_private_file(target: Path) -> Iterator[BinaryIO]:
    """A private (0600) file to write, which appears at ``target`` only when complete.

    Written as ``<target>.part`` and renamed over ``target`` when the block ends normally;
    on any error the partial file is removed and the error goes on.
    """
    temporary = target.with_name(target.name + ".part")
    try:
        create_private_file(temporary)
        with temporary.open("wb") as stream:
            yield stream
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 if it does not exist yet.

    Creating it with the mode leaves no moment where others can read it (unlike
    create-then-chmod).
    """
    if path.exists():
        make_private(path)
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
