# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Charts page: the network by company (the 15 largest) and connections made per year.

Numbers come from ``StatsService`` on the worker. The charts are rebuilt when people change
(only when the page is on screen; otherwise at the next visit) and when the palette changes,
so switching to dark mode keeps them readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from hrconnect.ui.pages.base import LazyPage
from hrconnect.ui.widgets.chart_bars import chart_view, company_chart, count_text, years_chart
from hrconnect.ui.widgets.plain import heading_label, plain_label

if TYPE_CHECKING:
    from hrconnect.core.changes import Changes
    from hrconnect.services.app import App
    from hrconnect.services.stats import NetworkStats

    from hrconnect.ui.context import UiContext


def network_stats(app: App) -> NetworkStats:
    """The numbers for the page (runs on the worker)."""
    return app.stats.network()


class ChartsPage(LazyPage):
    """Charts of the whole network."""

    key = "charts"
    icon = "charts"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.stats: NetworkStats | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading_label(self.title()))
        self.caption = plain_label(wrap=True)
        layout.addWidget(self.caption)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.company_view = chart_view()
        self.company_view.setObjectName("companyChart")
        splitter.addWidget(self.company_view)
        self.years_view = chart_view()
        self.years_view.setObjectName("yearsChart")
        splitter.addWidget(self.years_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Charts")

    def affected_by(self, changes: Changes) -> bool:
        return changes.people

    def reload(self) -> None:
        """Count again on the worker, then draw."""
        self.loaded()
        self.context.read(network_stats, self.show_stats)

    def show_stats(self, stats: NetworkStats) -> None:
        """Draw both charts from the numbers."""
        self.stats = stats
        self._draw()

    def _draw(self) -> None:
        stats = self.stats
        if stats is None:
            return
        palette = self.palette()
        for view, chart in (
            (self.company_view, company_chart(stats.companies, palette)),
            (self.years_view, years_chart(stats.years, palette)),
        ):
            old = view.chart()
            view.setChart(chart)
            if old is not None:
                old.deleteLater()
        self.caption.setText(self._caption(stats))

    def _caption(self, stats: NetworkStats) -> str:
        if not stats.people:
            return self.tr("Import your contacts to see your network here.")
        parts = [self.tr("%1 people.").replace("%1", count_text(stats.people))]
        if stats.other_companies:
            parts.append(
                self.tr("%1 work at other companies.").replace(
                    "%1", count_text(stats.other_companies)
                )
            )
        if stats.without_company:
            parts.append(
                self.tr("%1 have no company.").replace("%1", count_text(stats.without_company))
            )
        if stats.without_date:
            parts.append(
                self.tr("%1 have no connection date (address-book contacts, mostly).").replace(
                    "%1", count_text(stats.without_date)
                )
            )
        return " ".join(parts)

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self._draw()
        super().changeEvent(event)
