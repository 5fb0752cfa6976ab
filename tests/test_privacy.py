# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""hrconnect never touches the network: import, matching, search and the GUI open no socket.

Two independent witnesses watch each run:

* a Python audit hook that refuses (and records) every attempt to create an internet socket,
  resolve a host name or connect anywhere, so even a swallowed error is caught;
* on Linux, the process's own file descriptors, cross-checked against the kernel's tables of
  TCP and UDP sockets, which also sees sockets opened by native code (Qt) behind Python's back.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hrconnect.cli.main import main
from hrconnect.services.app import App
from hrconnect.services.demo import demo_files

if TYPE_CHECKING:
    from collections.abc import Iterator

    from hrconnect.paths import AppPaths

_NETWORK_EVENTS = {
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.sendto",
    "urllib.Request",
    "http.client.connect",
}
_INTERNET_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class _Watch:
    """The audit hook's state.

    Audit hooks cannot be removed, so the hook is installed once and switched on only inside
    the ``no_network`` fixture.
    """

    active = False
    attempts: list[str] = []  # noqa: RUF012 - deliberately shared by the one installed hook


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _Watch.active:
        return
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family in _INTERNET_FAMILIES:
            _Watch.attempts.append(f"{event}{args[1:]}")
            raise OSError("hrconnect privacy test: internet socket refused")
    elif event in _NETWORK_EVENTS:
        _Watch.attempts.append(f"{event}{args[1:] if len(args) > 1 else args}")
        raise OSError(f"hrconnect privacy test: {event} refused")


_installed = False


def _install_hook() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True


def _inodes_in(table: str) -> set[str]:
    try:
        lines = (Path("/proc/self/net") / table).read_text().splitlines()[1:]
    except OSError:
        return set()
    column = 6 if table == "unix" else 9  # netlink too lists its inode in the 10th column
    return {fields[column] for fields in map(str.split, lines) if len(fields) > column}


def _internet_sockets_held() -> set[str]:
    """Sockets this process holds that are neither Unix-domain nor netlink (Linux only).

    The kernel lists a TCP socket in ``/proc/net/tcp`` only once it listens or connects, so
    the check goes the other way round: every socket that is not provably local counts.
    """
    local = _inodes_in("unix") | _inodes_in("netlink")
    held = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] not in local:
            held.add(target)
    return held


class _SocketSampler(threading.Thread):
    """Samples the process's non-local sockets every few milliseconds while a test runs.

    Comparing before and after alone would miss a socket that native code opens and closes
    during the run; sampling throughout sees any that lives longer than the interval.
    """

    def __init__(self, interval_s: float = 0.003) -> None:
        super().__init__(daemon=True)
        self.interval_s = interval_s
        self.seen: set[str] = set()
        self.samples = 0
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            self.seen |= _internet_sockets_held()
            self.samples += 1
            self.stopping.wait(self.interval_s)

    def stop(self) -> set[str]:
        self.stopping.set()
        self.join()
        self.seen |= _internet_sockets_held()
        return self.seen


@pytest.fixture
def no_network() -> Iterator[list[str]]:
    """Refuse network access for the test; yields the list of refused attempts."""
    _install_hook()
    _Watch.attempts.clear()
    linux = sys.platform == "linux"
    before = _internet_sockets_held() if linux else set()
    sampler = _SocketSampler()
    if linux:
        sampler.start()
    _Watch.active = True
    try:
        yield _Watch.attempts
    finally:
        _Watch.active = False
        seen = sampler.stop() if linux else set()
    if linux:
        assert sampler.samples > 0
        opened = seen - before
        assert not opened, f"internet sockets opened: {opened}"
    assert not _Watch.attempts, f"network access attempted: {_Watch.attempts}"


def test_the_watch_itself_catches_a_connection(no_network: list[str]) -> None:
    """Without this, a broken hook would make every test below pass vacuously."""
    with pytest.raises(OSError, match="privacy test"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    assert no_network, "the refused attempt is recorded"
    no_network.clear()


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_the_sampler_sees_a_socket_that_comes_and_goes() -> None:
    """Opened and closed between the before and after checks, it is still seen."""
    sampler = _SocketSampler(interval_s=0.001)
    sampler.start()
    transient = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    inode = f"socket:[{os.fstat(transient.fileno()).st_ino}]"
    deadline = time.monotonic() + 2
    while inode not in sampler.seen and time.monotonic() < deadline:
        time.sleep(0.005)
    transient.close()
    assert inode in sampler.stop()
    assert inode not in _internet_sockets_held()


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_the_kernel_witness_sees_a_native_socket() -> None:
    """The /proc cross-check must see a socket that Python's hook never heard of."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind(("127.0.0.1", 0))
        assert f"socket:[{os.fstat(listener.fileno()).st_ino}]" in _internet_sockets_held()
    finally:
        listener.close()


def test_import_matching_and_search_stay_offline(
    no_network: list[str], app_paths: AppPaths, clock: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(path) for path in demo_files()]
    home = str(app_paths.data_dir.parent / "cli-home")
    assert main(["--home", home, "import", *files], clock) == 0
    assert main(["--home", home, "dedupe"], clock) == 0
    assert main(["--home", home, "search", "recruiter"], clock) == 0
    assert main(["--home", home, "due"], clock) == 0
    capsys.readouterr()
    with App.open(home, clock) as app:
        assert app.people.count() > 100
        app.search.search("Gent")


def test_gui_smoke_run_stays_offline(no_network: list[str], qtbot: Any, tmp_path: Path) -> None:
    """The real window with its real worker thread opens the demo store and shows every page."""
    from hrconnect.paths import AppPaths

    from hrconnect.ui.main_window import MainWindow
    from hrconnect.ui.tasks import TaskRunner

    paths = AppPaths.under(tmp_path / "gui")
    runner = TaskRunner()
    window = MainWindow(paths, runner, demo=True)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store_opened, timeout=60_000):
        window.open_store()
    for page in window.page_list:
        window.show_page(page.key)
        qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)
    window.close()
    runner.shutdown()
    assert "PySide6.QtNetwork" not in sys.modules
