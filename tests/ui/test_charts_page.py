# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Charts page builds both charts from the store and keeps company names literal."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from hrconnect.core.changes import Changes
from tests.services.conftest import run_import, write_connections

from hrconnect.ui.pages.charts import ChartsPage
from hrconnect.ui.widgets.chart_bars import axis_label, nice_maximum

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCharts import QChart

    from hrconnect.ui.context import UiContext
    from hrconnect.ui.main_window import MainWindow


def connection(first: str, company: str, connected: str) -> str:
    slug = first.lower().replace("<", "").replace(">", "").replace(" ", "-")
    return f"{first},Peeters,https://www.linkedin.com/in/{slug},,{company},Consultant,{connected}"


def bars(chart: QChart) -> tuple[list[str], list[float]]:
    """The category labels and the bar values of a one-set bar chart."""
    series = chart.series()[0]
    assert isinstance(series, QAbstractBarSeries)
    values = series.barSets()[0]
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    return list(axis.categories()), [values.at(i) for i in range(values.count())]


@pytest.fixture
def page(window: MainWindow, context: UiContext, tmp_path: Path) -> ChartsPage:
    assert context.app is not None
    run_import(
        context.app,
        write_connections(
            tmp_path / "li",
            [
                connection("Priya", "Solvaris SA", "03 Mar 2012"),
                connection("Jan", "SOLVARIS", "15 Jan 2014"),
                connection("Tom", "<b>Bold</b> NV", "01 Feb 2014"),
                connection("Nora", "Acme", "01 Feb 2016"),
                connection("Lies", "Acme", "20 Jun 2016"),
                connection("Wim", "Acme", "20 Jun 2016"),
            ],
        ),
    )
    context.signals.changed.emit(Changes(people=True))
    window.show_page("charts")
    found = window.page_by_key["charts"]
    assert isinstance(found, ChartsPage)
    return found


def test_the_network_by_company_merges_spellings_largest_on_top(page: ChartsPage) -> None:
    labels, values = bars(page.company_view.chart())
    # QtCharts draws the first category at the bottom, so the largest comes last.
    assert labels == ["&lt;b&gt;Bold&lt;/b&gt; NV", "Solvaris SA", "Acme"]
    assert values == [1.0, 2.0, 3.0]
    assert page.caption.text().startswith("6 people.")


def test_connections_per_year_show_every_year_between(page: ChartsPage) -> None:
    labels, values = bars(page.years_view.chart())
    assert labels == ["2012", "2013", "2014", "2015", "2016"]
    assert values == [1.0, 0.0, 2.0, 0.0, 3.0]


def test_new_people_redraw_the_charts_while_on_screen(
    page: ChartsPage, context: UiContext, tmp_path: Path
) -> None:
    assert context.app is not None
    run_import(
        context.app,
        write_connections(tmp_path / "more", [connection("Els", "Acme", "01 Feb 2019")]),
    )
    context.signals.changed.emit(Changes(people=True))
    labels, values = bars(page.years_view.chart())
    assert labels[-1] == "2019"
    assert values[-1] == 1.0


def test_charts_follow_a_dark_palette(page: ChartsPage) -> None:
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    page.setPalette(dark)
    chart = page.company_view.chart()
    assert chart.backgroundBrush().color() == QColor("#1e1e1e")
    axis = next(a for a in chart.axes(Qt.Orientation.Vertical))
    assert axis.labelsBrush().color() == QColor("#e6e6e6")


def test_an_empty_network_says_what_to_do(window: MainWindow) -> None:
    window.show_page("charts")
    page = window.page_by_key["charts"]
    assert isinstance(page, ChartsPage)
    assert page.caption.text() == "Import your contacts to see your network here."


def test_axis_labels_are_short_unique_and_escaped() -> None:
    taken: set[str] = set()
    long_name = "Vereniging voor Bijzonder Lange Bedrijfsnamen en Aanverwante Zaken"
    first = axis_label(long_name, taken)
    second = axis_label(long_name + " Oost", taken)
    assert first.endswith("…")
    assert second == first + " (2)"
    assert axis_label("A & <i>B</i>", taken) == "A &amp; &lt;i&gt;B&lt;/i&gt;"


@pytest.mark.parametrize(
    ("largest", "axis_max"), [(0, 1), (3, 3), (7, 10), (22, 25), (180, 200), (30001, 50000)]
)
def test_value_axes_end_on_a_round_number(largest: int, axis_max: int) -> None:
    assert nice_maximum(largest) == axis_max
