# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The due list of the Today page: two lines per person, and the keys that act on a row.

Each row shows the name and company, how overdue the contact is (right-aligned) and, on a second
line, why the person is due. The delegate paints with ``QPainter.drawText``, which never
interprets markup, so imported names stay plain text.

Space and Enter act on the current row (mark contacted, open in People). They are handled by
the view itself rather than window shortcuts, because elsewhere Space presses buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hrconnect.ui.widgets.today_models import COMPANY_ROLE, OVERDUE_ROLE, REASON_ROLE

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex
    from PySide6.QtGui import QKeyEvent, QPainter
    from PySide6.QtWidgets import QWidget

PADDING = 8


class DueDelegate(QStyledItemDelegate):
    """Paints one due person on two lines."""

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # The width follows the view (every text is elided), so the hint asks for none.
        line = option.fontMetrics.height()
        return QSize(1, 2 * line + 3 * PADDING // 2 + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        panel.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, panel, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        main_color = option.palette.color(group, text_role)
        muted_color = (
            main_color
            if selected
            else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        )
        area = option.rect.adjusted(PADDING + 4, PADDING // 2 + 2, -PADDING - 4, -PADDING // 2)
        line = option.fontMetrics.height()
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        company = str(index.data(COMPANY_ROLE) or "")
        overdue = str(index.data(OVERDUE_ROLE) or "")
        reason = str(index.data(REASON_ROLE) or "")

        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        metrics_bold = QFontMetrics(bold)
        overdue_width = metrics_bold.horizontalAdvance(overdue) + PADDING
        first = QRect(area.left(), area.top(), area.width() - overdue_width, line)
        painter.setFont(bold)
        painter.setPen(main_color)
        name_text = metrics_bold.elidedText(name, Qt.TextElideMode.ElideRight, first.width())
        painter.drawText(
            first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name_text
        )
        used = metrics_bold.horizontalAdvance(name_text)
        if company and used + PADDING < first.width():
            painter.setFont(option.font)
            painter.setPen(muted_color)
            rest = first.adjusted(used, 0, 0, 0)
            company_text = option.fontMetrics.elidedText(
                f"  ·  {company}", Qt.TextElideMode.ElideRight, rest.width()
            )
            painter.drawText(
                rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, company_text
            )
        painter.setFont(bold)
        painter.setPen(main_color)
        right = QRect(area.right() - overdue_width, area.top(), overdue_width, line)
        painter.drawText(
            right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, overdue
        )
        painter.setFont(option.font)
        painter.setPen(muted_color)
        second = QRect(area.left(), area.top() + line + 4, area.width(), line)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            option.fontMetrics.elidedText(reason, Qt.TextElideMode.ElideRight, second.width()),
        )
        painter.restore()


class DueListView(QListView):
    """The due list; Space marks the current person contacted, Enter opens them.

    Signals:
        contacted_requested(): Space on a row.
        open_requested(): Enter or Return on a row, or a double click.
    """

    contacted_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(DueDelegate(self))
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
                self.contacted_requested.emit()
                event.accept()
                return
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.currentIndex().isValid()
            ):
                self.open_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)
