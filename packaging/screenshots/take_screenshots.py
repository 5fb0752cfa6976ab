# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Take the AppStream screenshots from a real window over the demo network.

Run under a real X server (Xvfb is fine; the offscreen platform draws no native widgets)::

    xvfb-run -s "-screen 0 1600x1000x24" uv run python packaging/screenshots/take_screenshots.py \
        [--lang en|nl] [--out packaging/screenshots]

Writes ``today.png``, ``people.png``, ``review.png``, ``import.png`` and ``colleagues.png``.
Everything shown is the bundled synthetic demo data: no real person appears.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 800)


def main() -> int:
    """Take the screenshots; 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "nl"), default="en")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from hrconnect.paths import AppPaths
    from hrconnect.services.app import App
    from hrconnect.services.demo import demo_files, ensure_demo

    from hrconnect.ui.dialogs.import_dialog import ImportDialog
    from hrconnect.ui.i18n import install_translators
    from hrconnect.ui.main_window import MainWindow
    from hrconnect.ui.tasks import SyncTaskRunner

    qt = QApplication(sys.argv[:1])
    qt.setStyle("Fusion")  # the same look on every desktop, light palette
    translators = install_translators(qt, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="hrconnect-screens-"))
    paths = AppPaths.under(home / "demo")
    ensure_demo(paths)

    def settle() -> None:
        for _ in range(20):
            qt.processEvents()

    def save(widget: object, name: str) -> None:
        settle()
        target = args.out / f"{name}.png"
        widget.grab().save(str(target))  # type: ignore[attr-defined]
        sys.stdout.write(f"wrote {target}\n")

    window = MainWindow(paths, SyncTaskRunner(), demo=True)
    app = App(paths)
    window.resize(*SIZE)
    window.show()
    window._on_store_opened((app, app.people.count()))

    window.show_page("today")
    today = window.page_by_key["today"]
    view = getattr(today, "due_view", None)
    if view is not None and view.model().rowCount():
        view.setCurrentIndex(view.model().index(0, 0))
    save(window, "today")

    window.show_page("people")
    people = window.page_by_key["people"]
    summaries = app.people.summaries()
    chosen = next(
        (s for s in summaries if len(s.sources) >= 3 and s.organization),
        summaries[0],
    )
    people.select_ids([chosen.id], current=chosen.id)  # type: ignore[attr-defined]
    save(window, "people")

    window.show_page("review")
    save(window, "review")

    window.show_page("colleagues")
    colleagues = window.page_by_key["colleagues"]
    employers = colleagues.employers  # type: ignore[attr-defined]
    if employers.model().rowCount() > 1:
        employers.setCurrentIndex(employers.model().index(1, 0))
    save(window, "colleagues")

    # The import dialog over a fresh store: the demo exports, imported, with the report.
    fresh_paths = AppPaths.under(home / "fresh")
    fresh_window = MainWindow(fresh_paths, SyncTaskRunner())
    fresh = App(fresh_paths)
    fresh_window._on_store_opened((fresh, 0))
    fresh_window.resize(*SIZE)
    fresh_window.show()
    dialog = ImportDialog(fresh_window.context, fresh_window, paths=demo_files())
    dialog.resize(900, 640)
    dialog.show()
    settle()
    dialog.start_import()
    save(dialog, "import")

    dialog.close()
    fresh_window.close()
    window.close()
    fresh.close()
    app.close()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
