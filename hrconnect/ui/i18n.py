# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Languages: English (the source) and Dutch, through Qt's translation system.

Our strings come from ``resources/i18n/hrconnect_<lang>.qm`` (compiled from the ``.ts``
sources next to it with ``pyside6-lrelease``); Qt's own dialogs (file pickers, standard
buttons) from the ``qtbase_<lang>.qm`` that ships with PySide6. The language is the system's
unless the user picked one in the settings; dates and numbers follow the same locale.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

SUPPORTED = ("en", "nl")


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to use: the user's choice, or the system's when it is supported."""
    if choice in SUPPORTED:
        return choice
    name = (system or QLocale.system()).name()  # "nl_BE"
    language = name.split("_")[0]
    return language if language in SUPPORTED else "en"


def translations_dir() -> Path | None:
    """The folder with our compiled translations, if the resources are there."""
    from hrconnect.errors import HrconnectError
    from hrconnect.resources import resources_dir

    try:
        folder = resources_dir() / "i18n"
    except HrconnectError:
        return None
    return folder if folder.is_dir() else None


def install_translators(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Install translators for the chosen language; returns them (keep them alive).

    English loads only our plural forms ("1 person", "2 people": the source text says
    "%n person(s)"). A missing file is logged, not fatal: the app then speaks plain English.
    """
    language = resolve_language(choice)
    locale = QLocale(language if language != "en" else "en_GB")
    QLocale.setDefault(QLocale(QLocale.system().name()) if choice == "system" else locale)
    installed: list[QTranslator] = []
    if language != "en":
        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    ours = QTranslator(app)
    folder = translations_dir()
    if folder is not None and ours.load(str(folder / f"hrconnect_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no %s translation found; using English", language)
    return installed
