# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Helpers for the Facebook reader tests: build archives in tmp_path, claim and read them."""

from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from hrconnect.importers.facebook import FacebookReader
from hrconnect.importers.sources import open_tree
from tests.importers.items import ItemViews

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping
    from pathlib import Path

    from hrconnect.core.records import (
        FileSummary,
        ImportItem,
    )
    from hrconnect.importers.base import DetectedSource
    from hrconnect.importers.sources import SourceTree


@dataclass
class ReadResult(ItemViews):
    """Everything one claim-and-read produced, sorted by item type."""

    sources: list[DetectedSource]
    items: list[ImportItem]

    def names(self) -> list[str]:
        return [r.full_name for r in self.records]

    def summary_for(self, file: str) -> FileSummary:
        return next(s for s in self.summaries if s.locator.file == file)


def write_tree(root: Path, files: Mapping[str, object]) -> Path:
    """Write files under ``root``: bytes as is, str as UTF-8, anything else as ASCII JSON."""
    for relative, content in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        elif isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_text(json.dumps(content, ensure_ascii=True), encoding="ascii")
    return root


def zip_folder(folder: Path, target: Path) -> Path:
    """A ZIP of ``folder``'s content (paths relative to it), built like Facebook's downloads."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def as_facebook_json(text: str) -> str:
    """What Facebook's writer makes of a string: its UTF-8 bytes as Latin-1 code points."""
    return text.encode("utf-8").decode("latin-1")


@pytest.fixture
def facebook_fixtures(fixtures_dir: Path) -> Path:
    return fixtures_dir / "facebook"


@pytest.fixture
def copy_fixture(facebook_fixtures: Path, tmp_path: Path) -> Callable[[str], Path]:
    """Copy a committed fixture folder into tmp_path (so tests may add or break files)."""

    def copy(name: str) -> Path:
        return shutil.copytree(facebook_fixtures / name, tmp_path / name)

    return copy


@pytest.fixture
def open_trees() -> Iterator[list[SourceTree]]:
    trees: list[SourceTree] = []
    yield trees
    for tree in trees:
        tree.close()


@pytest.fixture
def claim(open_trees: list[SourceTree]) -> Callable[[Path], list[DetectedSource]]:
    """Claim a path (file, folder or ZIP) with the Facebook reader; the tree stays open."""

    def run(path: Path) -> list[DetectedSource]:
        tree = open_tree(path)
        open_trees.append(tree)
        return FacebookReader().claim(tree, tree.entries())

    return run


@pytest.fixture
def read_facebook(claim: Callable[[Path], list[DetectedSource]]) -> Callable[[Path], ReadResult]:
    """Claim a path and read every source found in it."""

    def run(path: Path) -> ReadResult:
        sources = claim(path)
        items = [item for source in sources for item in source.read()]
        return ReadResult(sources, items)

    return run
