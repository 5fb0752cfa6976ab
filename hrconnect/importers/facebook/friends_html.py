# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The HTML friends page, a fallback for archives downloaded as HTML (FORMATS.md §2.4).

Two shapes exist, both parsed by structure because headings are localised and class names are
obfuscated and change between versions:

- up to 2017, ``html/friends.htm``: ``<div class="contents"><h1>Owner</h1>`` then sections of
  ``<h2>`` + ``<ul>``; friends are the first section, one ``<li>`` each, some written as
  ``Name (name@example.com)``, and there are no dates;
- 2021-2024, ``friends.html`` / ``your_friends.html``: inside the ``role="main"`` element one
  block per friend, the name first and the friend-since date (in the account's language, no
  time zone) second.

The HTML export is real UTF-8: no mojibake repair here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from hrconnect.core.records import FileSummary, ProblemSeverity, RecordProblem
from hrconnect.errors import UnusableSourceError
from hrconnect.importers.dates import parse_month_name
from hrconnect.importers.facebook.friends import FORMAT_ID, build_friend, contact_points_from
from hrconnect.importers.facebook.jsonfile import BrokenFileError
from hrconnect.importers.facebook.names import clean_name, is_placeholder_name
from hrconnect.importers.text import read_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.facebook.friends import FriendKeys
    from hrconnect.importers.sources import SourceEntry

MAX_HTML_BYTES = 32 * 1024 * 1024
"""Largest friends page we parse; a real one is about 200 bytes per friend."""

_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_NO_TEXT_TAGS = frozenset({"script", "style", "head", "title"})
_NAME_WITH_EMAIL = re.compile(r"^(?P<name>.*?)\s*\((?P<email>[^()\s]+@[^()\s]+)\)$")
_TIME = re.compile(
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<ampm>[ap])\.?\s?m\.?(?![^\W\d_]))?",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


@dataclass(slots=True)
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class HtmlFriend:
    """One friend as the page shows them.

    Attributes:
        name: The display name, trimmed.
        email: An address given in brackets after the name (old pages), else ``""``.
        date_text: The friend-since text as shown, else ``""``.
        since: That text parsed (local time of the account, no zone), or None.
    """

    name: str
    email: str = ""
    date_text: str = ""
    since: datetime | None = None


@dataclass(frozen=True, slots=True)
class FriendsPage:
    """A parsed friends page: the owner's name (old pages only) and the friends in order."""

    owner_name: str
    friends: tuple[HtmlFriend, ...]


class _TreeBuilder(HTMLParser):
    """Builds a minimal element tree; tolerant of unclosed tags (they close with their parent)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {key: value or "" for key, value in attrs})
        self._stack[-1].children.append(node)
        if tag not in _VOID_TAGS:
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack[-1].children.append(_Node(tag, {key: value or "" for key, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def read_friends_page(entry: SourceEntry) -> FriendsPage:
    """Parse a friends page of either shape.

    Raises:
        BrokenFileError: ``too_large``, ``empty_file``/``binary_file`` and other unusable-file
            reasons, or ``no_friends_list`` when neither shape is found.
    """
    if entry.size > MAX_HTML_BYTES:
        raise BrokenFileError("too_large", f"{entry.size} bytes; the limit is {MAX_HTML_BYTES}")
    try:
        text = read_text(entry)
    except UnusableSourceError as error:
        raise BrokenFileError(error.reason, str(error)) from error
    except (OSError, UnicodeError, ValueError) as error:
        raise BrokenFileError("unreadable", str(error)) from error
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    main = _find(builder.root, lambda node: node.attrs.get("role") == "main")
    if main is not None:
        return FriendsPage("", tuple(_friends_in_main(main)))
    contents = _find(builder.root, lambda node: "contents" in node.attrs.get("class", "").split())
    friends_list = _first_list_after_heading(contents or builder.root)
    if friends_list is None:
        raise BrokenFileError("no_friends_list", "no friends list found in the page")
    owner = ""
    if contents is not None and (heading := _find(contents, lambda n: n.tag == "h1")):
        owner = " ".join(_pieces(heading))
    return FriendsPage(owner, tuple(_friends_in_list(friends_list)))


def iter_html_friends(
    entry: SourceEntry, page: FriendsPage, keys: FriendKeys
) -> Iterator[ImportItem]:
    """Turn a parsed page into friend records.

    Yields:
        A ``ForeignRecord`` per friend (``connected_on`` None when the date cannot be read,
        which is not a problem), SKIPPED ``placeholder_name``/``duplicate_entry`` problems,
        then one ``FileSummary``.
    """
    records = 0
    for index, friend in enumerate(page.friends, start=1):
        locator = entry.locator(f"item {index}")
        if is_placeholder_name(friend.name):
            yield RecordProblem(locator, "placeholder_name", ProblemSeverity.SKIPPED, friend.name)
            continue
        stamp = ""
        if friend.since is not None:
            stamp = str(int(friend.since.replace(tzinfo=UTC).timestamp()))
        source_key = keys.assign(friend.name, stamp)
        if source_key is None:
            yield RecordProblem(locator, "duplicate_entry", ProblemSeverity.SKIPPED, friend.name)
            continue
        raw = tuple(
            (field_name, value)
            for field_name, value in (
                ("name", friend.name),
                ("email", friend.email),
                ("date", friend.date_text),
            )
            if value
        )
        record = build_friend(
            name=friend.name,
            source_key=source_key,
            locator=locator,
            connected_on=friend.since.date() if friend.since else None,
            contact_points=contact_points_from(friend.email) if friend.email else (),
            raw=raw,
        )
        records += 1
        yield record
    yield FileSummary(entry.locator(), FORMAT_ID, records, ("html_export",))


def parse_friend_since(text: str) -> datetime | None:
    """Best-effort reading of a localised friend-since date; None when it cannot be read.

    Handles a month name in any position (``Feb 22, 2024 8:10:40pm``, ``14 jun. 2021 21:41``,
    ``août 07, 2022 10:55:38pm``, ``22. Februar 2024 um 20:10``) via
    :func:`hrconnect.importers.dates.parse_month_name`, and ISO ``2024-02-22``. A 12-hour
    ``am``/``pm`` suffix is honoured; the result is naive (the page gives no zone).
    """
    hour = minute = second = 0
    rest = text
    if time := _TIME.search(text):
        hour, minute = int(time["h"]), int(time["m"])
        second = int(time["s"] or 0)
        if time["ampm"]:
            hour = hour % 12 + (12 if time["ampm"].casefold() == "p" else 0)
        rest = f"{text[: time.start()]} {text[time.end() :]}"
    if iso := _ISO_DATE.search(rest):
        year, month, day = int(iso["y"]), int(iso["m"]), int(iso["d"])
    else:
        found_month: int | None = None
        numbers: list[str] = []
        for token in _TOKEN.findall(rest):
            if token.isdigit():
                numbers.append(token)
            elif found_month is None:
                found_month = parse_month_name(token)
        years = [n for n in numbers if len(n) == 4]
        days = [n for n in numbers if len(n) <= 2]
        if found_month is None or not years or not days:
            return None
        year, month, day = int(years[0]), found_month, int(days[0])
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _friends_in_main(main: _Node) -> Iterator[HtmlFriend]:
    # Blocks are normally the main element's children. If some version wraps them in one more
    # element, step into it, but not into a lone friend's block (name + date: two pieces).
    container = main
    while True:
        elements = [child for child in container.children if isinstance(child, _Node)]
        has_text = any(isinstance(child, str) and child.strip() for child in container.children)
        if len(elements) != 1 or has_text or len(_pieces(elements[0])) <= 2:
            break
        container = elements[0]
    for block in elements:
        pieces = _pieces(block)
        if not pieces:
            continue
        date_text = pieces[1] if len(pieces) > 1 else ""
        since = parse_friend_since(date_text) if date_text else None
        yield HtmlFriend(clean_name(pieces[0]), "", date_text, since)


def _friends_in_list(friends_list: _Node) -> Iterator[HtmlFriend]:
    for item in _walk(friends_list):
        if item.tag != "li":
            continue
        text = clean_name(" ".join(_pieces(item)))
        if match := _NAME_WITH_EMAIL.match(text):
            yield HtmlFriend(match["name"].strip(), match["email"])
        else:
            yield HtmlFriend(text)


def _first_list_after_heading(scope: _Node) -> _Node | None:
    seen_heading = False
    for node in _walk(scope):
        if node.tag == "h2":
            seen_heading = True
        elif seen_heading and node.tag in ("ul", "ol"):
            return node
    return None


def _walk(node: _Node) -> Iterator[_Node]:
    """Elements under ``node`` in document order (iterative: pages can nest deeply)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(child for child in reversed(current.children) if isinstance(child, _Node))


def _find(node: _Node, predicate: Callable[[_Node], bool]) -> _Node | None:
    return next((n for n in _walk(node) if predicate(n)), None)


def _pieces(node: _Node) -> list[str]:
    """The text runs under ``node`` in document order, each with its spaces collapsed."""
    pieces: list[str] = []
    run: list[str] = []

    def flush() -> None:
        text = " ".join("".join(run).split())
        if text:
            pieces.append(text)
        run.clear()

    stack = [iter(node.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            flush()
        elif isinstance(child, str):
            run.append(child)
        else:
            flush()
            if child.tag not in _NO_TEXT_TAGS:
                stack.append(iter(child.children))
    return pieces
