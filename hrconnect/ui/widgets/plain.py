# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Showing untrusted text safely.

Names, titles and notes come from other people's exports. Qt renders a string as rich text
when it *looks* like HTML (``Qt.AutoText``): a contact named ``<img src=x> <b>Bold</b>`` would
load an image and turn bold. Every label showing imported data is made with these helpers,
which force plain text, and every tooltip escapes its text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(
    text: str = "", parent: QWidget | None = None, *, wrap: bool = False, selectable: bool = False
) -> QLabel:
    """A label that always shows its text literally."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


HEADING_SCALE = 1.4
"""A page heading's font size relative to the window's."""


def heading_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A page's bold, larger heading (plain text like every label here)."""
    label = plain_label(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    font.setBold(True)
    label.setFont(font)
    return label


def safe_tooltip(text: str) -> str:
    """Tooltip text that Qt will not interpret as HTML."""
    return f"<p>{html.escape(text).replace(chr(10), '<br>')}</p>" if text else ""
