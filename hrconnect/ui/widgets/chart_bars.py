# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Bar charts (QtCharts) in the colours of the system palette, readable in light and dark mode.

QtCharts draws axis labels and titles as rich text, so a company called ``<b>Acme</b>`` would
turn bold: every label built from imported data is HTML-escaped here, and hover tooltips go
through ``safe_tooltip``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip

from hrconnect.ui.widgets.plain import safe_tooltip

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCharts import QAbstractAxis
    from PySide6.QtWidgets import QWidget

    from hrconnect.services.stats import CompanyCount, YearCount

MAX_LABEL = 32
"""Company names longer than this are shortened on the axis (the tooltip has them whole)."""


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("Charts", text, "", count)


def axis_label(text: str, taken: set[str]) -> str:
    """A category label: shortened, made unique, and escaped (QtCharts renders rich text)."""
    short = text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"
    label = short
    copy = 2
    while label in taken:
        label = f"{short} ({copy})"
        copy += 1
    taken.add(label)
    return html.escape(label, quote=False)


def nice_maximum(value: int) -> int:
    """A round axis maximum at or above ``value`` (at least 1)."""
    if value <= 5:
        return max(value, 1)
    step = 10 ** (len(str(value)) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        candidate = int(step * factor)
        if candidate >= value:
            return candidate
    return value


def styled_chart(palette: QPalette) -> QChart:
    """An empty chart with the palette's colours, no legend, no animation."""
    chart = QChart()
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setBackgroundRoundness(0)
    chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 12, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _style_axis(axis: QAbstractAxis, palette: QPalette, *, grid: bool) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    axis.setLabelsBrush(text)
    axis.setLabelsColor(text)
    line = QColor(palette.color(QPalette.ColorRole.Mid))
    axis.setLinePen(QPen(line))
    axis.setGridLineVisible(grid)
    if grid:
        faint = QColor(line)
        faint.setAlpha(90)
        axis.setGridLinePen(QPen(faint))


def _bar_set(name: str, values: Sequence[int], palette: QPalette) -> QBarSet:
    bars = QBarSet(html.escape(name, quote=False))
    bars.append([float(v) for v in values])
    colour = palette.color(QPalette.ColorRole.Highlight)
    bars.setColor(colour)
    bars.setBorderColor(colour)
    bars.setLabelColor(palette.color(QPalette.ColorRole.Text))
    return bars


def _tooltips(bars: QBarSet, texts: list[str]) -> None:
    def hovered(status: bool, index: int) -> None:
        if status and 0 <= index < len(texts):
            QToolTip.showText(QCursor.pos(), safe_tooltip(texts[index]))
        else:
            QToolTip.hideText()

    bars.hovered.connect(hovered)


def _finish(
    chart: QChart,
    series: QAbstractBarSeries,
    categories: QBarCategoryAxis,
    values: QValueAxis,
    *,
    horizontal: bool,
) -> None:
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(categories, category_side)
    chart.addAxis(values, value_side)
    series.attachAxis(categories)
    series.attachAxis(values)


def company_chart(companies: Sequence[CompanyCount], palette: QPalette) -> QChart:
    """Horizontal bars, the largest company at the top."""
    chart = styled_chart(palette)
    chart.setTitle(html.escape(_t("Where your network works"), quote=False))
    ordered = list(reversed(companies))  # QtCharts draws the first category at the bottom
    taken: set[str] = set()
    labels = [axis_label(c.company, taken) for c in ordered]
    bars = _bar_set(_t("People"), [c.people for c in ordered], palette)
    _tooltips(bars, [_t("%1: %n people", c.people).replace("%1", c.company) for c in ordered])
    series = QHorizontalBarSeries()
    series.setBarWidth(0.7)
    series.append(bars)
    series.setLabelsVisible(True)
    categories = QBarCategoryAxis()
    categories.append(labels)
    _style_axis(categories, palette, grid=False)
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setRange(0, nice_maximum(max((c.people for c in companies), default=1)))
    values.setTickCount(6)
    _style_axis(values, palette, grid=True)
    _finish(chart, series, categories, values, horizontal=True)
    return chart


def years_chart(years: Sequence[YearCount], palette: QPalette) -> QChart:
    """Vertical bars, one per year, oldest on the left."""
    chart = styled_chart(palette)
    chart.setTitle(html.escape(_t("Connections made per year"), quote=False))
    bars = _bar_set(_t("Connections"), [y.connections for y in years], palette)
    _tooltips(
        bars,
        [_t("%1: %n connections", y.connections).replace("%1", str(y.year)) for y in years],
    )
    series = QBarSeries()
    series.setBarWidth(0.8)
    series.append(bars)
    categories = QBarCategoryAxis()
    # Years are labels, not numbers: no thousands separator ("2.015").
    categories.append([str(y.year) for y in years])
    if len(years) > 8:
        categories.setLabelsAngle(-90)  # upright, many years are elided to "…"
    categories.setTruncateLabels(False)
    _style_axis(categories, palette, grid=False)
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setRange(0, nice_maximum(max((y.connections for y in years), default=1)))
    values.setTickCount(6)
    _style_axis(values, palette, grid=True)
    series.setLabelsVisible(len(years) <= 25)
    _finish(chart, series, categories, values, horizontal=False)
    return chart


def chart_view(parent: QWidget | None = None) -> QChartView:
    """A chart view with antialiasing and the palette's base behind the chart."""
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(320, 260)
    return view


def count_text(value: int) -> str:
    """A count in the user's locale."""
    return QLocale().toString(value)
