# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Our linear pre-check accepts exactly the heads vobject's grammar does, and guards its ReDoS.

vobject's content-line regular expression backtracks exponentially on some malformed heads
(``X;a=====...="``), so we only hand it heads the pre-check accepts; the rest go to our own
forgiving parser. These tests pin both halves of that contract.
"""

from __future__ import annotations

import time

import vobject.base
from hypothesis import given, settings
from hypothesis import strategies as st

from hrconnect.importers.vcard.contentline import _VOBJECT_HEAD
from hrconnect.importers.vcard.tokenizer import property_head

HEAD_ALPHABET = 'aX9.;=,":-_ '


def _vobject_accepts(head: str) -> bool:
    try:
        return bool(vobject.base.parseLine(head + ":")[2] == "")
    except vobject.base.ParseError:
        return False


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=HEAD_ALPHABET, min_size=1, max_size=10))
def test_precheck_accepts_exactly_what_vobject_accepts(head):
    assert (_VOBJECT_HEAD.fullmatch(head) is not None) == _vobject_accepts(head)


def test_malformed_head_that_hangs_vobject_is_handled_quickly(tmp_path, read_path):
    # vobject needs about two minutes to reject this 33-character head; we must not call it.
    evil = "X-EVIL;a" + "=" * 24 + '"'
    path = tmp_path / "redos-head.vcf"
    path.write_text(f"BEGIN:VCARD\nVERSION:3.0\nFN:Still Here\n{evil}:value\nEND:VCARD\n")
    started = time.perf_counter()
    result = read_path(path)
    assert time.perf_counter() - started < 2
    assert result.records[0].full_name == "Still Here"
    assert ("X-EVIL;a" + "=" * 24 + '"', "value") in result.records[0].raw


def test_our_head_scanner_is_linear_on_hostile_quotes():
    started = time.perf_counter()
    for hostile in ["X;" + '"' * 20000, "X;" + '"a;' * 7000, "X;a" + "=" * 50000 + '"']:
        assert property_head(hostile) is None
    assert time.perf_counter() - started < 1
