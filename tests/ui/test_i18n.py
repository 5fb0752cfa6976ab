# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The window speaks Dutch and proper English: translations complete, current and loadable.

The ``.ts`` files are checked against what the code marks for translation (so a new string
without a Dutch translation fails here, not in a Flemish user's hands), and the committed
``.qm`` files against a fresh compile of the ``.ts`` files.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QCoreApplication

from hrconnect.ui.i18n import install_translators, resolve_language

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import ModuleType

    from PySide6.QtCore import QTranslator

    from hrconnect.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%(?:L?\d|n)")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "hrconnect_translations", ROOT / "packaging" / "i18n" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.fixture
def translators(qapp: Any) -> Iterator[list[QTranslator]]:
    """Translators a test installs, removed afterwards with the default locale put back."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_every_marked_string_has_a_dutch_translation() -> None:
    messages, problems = tool.extract()
    assert problems == [], "translatable text must be a string literal"
    known = tool.read_ts(tool.ts_path("nl"))
    missing = [
        f"[{m.context}] {m.source!r}"
        for m in messages
        if m.key not in known or not known[m.key].done
    ]
    assert missing == [], (
        "untranslated; run `python packaging/i18n/translations.py update`, translate, then "
        "`... compile`:\n" + "\n".join(missing)
    )


def test_every_plural_has_its_english_forms() -> None:
    messages, _ = tool.extract()
    known = tool.read_ts(tool.ts_path("en"))
    missing = [m.source for m in messages if m.numerus and len(known.get(m.key, _NONE).forms) != 2]
    assert missing == []


class _None:
    forms: list[str] = []  # noqa: RUF012 - a read-only stand-in


_NONE = _None()


def test_translations_keep_every_placeholder() -> None:
    broken = []
    for language in ("nl", "en"):
        for (context, source, _comment), value in tool.read_ts(tool.ts_path(language)).items():
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in value.forms:
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    broken.append(f"{language} [{context}] {source!r} -> {form!r}")
    assert broken == []


def test_a_vanished_context_keeps_its_translations_marked_vanished(tmp_path: Path) -> None:
    ts = tmp_path / "x_nl.ts"
    old = tool.Message("OldDialog", "Close", "", False, [("hrconnect/ui/old.py", 3)])
    current = tool.Message("NewDialog", "Open", "", False, [("hrconnect/ui/new.py", 4)])
    tool.write_ts(ts, "nl_BE", [old], plurals_only=False)
    ts.write_text(
        ts.read_text().replace(
            '<translation type="unfinished" />', "<translation>Sluiten</translation>"
        )
    )
    tool.write_ts(ts, "nl_BE", [current], plurals_only=False)
    known = tool.read_ts(ts)
    assert known[("OldDialog", "Close", "")].forms == ["Sluiten"]
    assert known[("OldDialog", "Close", "")].vanished
    assert not known[("NewDialog", "Open", "")].finished


def test_a_string_that_becomes_plural_must_be_translated_again(tmp_path: Path) -> None:
    ts = tmp_path / "x_nl.ts"
    single = tool.Message("Page", "%n people", "", False, [("hrconnect/ui/p.py", 1)])
    tool.write_ts(ts, "nl_BE", [single], plurals_only=False)
    ts.write_text(
        ts.read_text().replace(
            '<translation type="unfinished" />', "<translation>%n personen</translation>"
        )
    )
    plural = tool.Message("Page", "%n people", "", True, [("hrconnect/ui/p.py", 1)])
    tool.write_ts(ts, "nl_BE", [plural], plurals_only=False)
    assert not tool.read_ts(ts)[("Page", "%n people", "")].finished


def test_the_compiled_files_match_the_sources(tmp_path: Path) -> None:
    tool.compile_all(tmp_path)
    for language in tool.LANGUAGES:
        name = f"hrconnect_{language}.qm"
        committed = tool.I18N / name
        assert committed.exists(), f"{name} missing: run `... translations.py compile`"
        assert (tmp_path / name).read_bytes() == committed.read_bytes(), (
            f"{name} is stale: run `python packaging/i18n/translations.py compile`"
        )


def test_the_language_follows_the_choice_then_the_system() -> None:
    from PySide6.QtCore import QLocale

    assert resolve_language("nl") == "nl"
    assert resolve_language("system", QLocale("nl_BE")) == "nl"
    assert resolve_language("system", QLocale("fr_BE")) == "en"


def test_english_reads_one_person_and_two_people(qapp: Any, translators: list[QTranslator]) -> None:
    translators.extend(install_translators(qapp, "en"))
    assert QCoreApplication.translate("Texts", "%n day(s) ago", "", 1) == "1 day ago"
    assert QCoreApplication.translate("Texts", "%n day(s) ago", "", 3) == "3 days ago"


def test_the_window_speaks_dutch(
    qapp: Any, translators: list[QTranslator], window_factory: Any
) -> None:
    translators.extend(install_translators(qapp, "nl"))
    assert QCoreApplication.translate("Texts", "%n day(s) ago", "", 1) != "1 day(s) ago"
    window: MainWindow = window_factory()
    menus = [action.text() for action in window.menuBar().actions()]
    english = ["&File", "&Edit", "&View"]  # "Help" is Dutch too
    assert not set(menus) & set(english), menus
    titles = [page.title() for page in window.page_list]
    assert "People" not in titles, titles
    assert "Today" not in titles, titles


@pytest.fixture
def window_factory(qtbot: Any, app_paths: Any, clock: Any) -> Iterator[Any]:
    """Builds the window only after the translators are in (titles are set on build)."""
    from hrconnect.services.app import App

    from hrconnect.ui.main_window import MainWindow
    from hrconnect.ui.tasks import SyncTaskRunner

    made: list[tuple[MainWindow, App]] = []

    def make() -> MainWindow:
        window = MainWindow(app_paths, SyncTaskRunner())
        qtbot.addWidget(window)
        app = App(app_paths, clock)
        window._on_store_opened((app, app.people.count()))
        made.append((window, app))
        return window

    yield make
    for window, app in made:
        window.close()
        app.close()
