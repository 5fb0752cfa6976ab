# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Merging, rejecting, undoing and unmerging through the services, with real imports."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from hrconnect.core.kinds import InteractionKind, SourceKind
from hrconnect.errors import NotFoundError, UsageError
from hrconnect.services.people import PersonEdit
from tests.services.conftest import finish, run_import, write_connections, write_vcards
from tests.synth.profiles import run_profile

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.services.app import App

OBRIEN_LINKEDIN = (
    "Bill,O'Brien,https://www.linkedin.com/in/bill-obrien,,Acme NV,HR Director,07 Feb 2026"
)
OBRIEN_CARD = (
    "N:OBrien;William;;;\nFN:William OBrien\nORG:Acme\n"
    "EMAIL;TYPE=work:w.obrien@acme.be\nTEL;TYPE=cell:+32 475 12 34 56"
)
PEETERS_LINKEDIN = (
    "Jan,Peeters,https://www.linkedin.com/in/jan-peeters-7,,Solvaris SA,CFO,01 Mar 2025"
)
PEETERS_CARD = "N:Peeters;Jan;;;\nFN:Jan Peeters\nTEL;TYPE=cell:+32 499 00 00 01"


def person_of(app: App, name: str) -> int:
    matches = [p.id for p in app.people.summaries() if p.display_name == name]
    assert len(matches) == 1, f"{name}: {matches}"
    return matches[0]


def test_sure_match_merges_on_import_and_unmerge_restores_both(app: App, tmp_path: Path):
    report = run_import(
        app,
        write_connections(tmp_path / "li", [OBRIEN_LINKEDIN]),
        write_vcards(tmp_path / "phone", [OBRIEN_CARD]),
    )
    assert report.merged == 1
    assert app.people.count() == 1
    merged = app.people.summaries()[0]
    assert set(merged.sources) == {SourceKind.LINKEDIN, SourceKind.VCARD}

    app.review.unmerge(merged.id)
    assert app.people.count() == 2
    assert {p.display_name for p in app.people.summaries()} == {"Bill O'Brien", "William OBrien"}
    # The split is remembered: a new pass does not merge them again.
    finish(app.dedupe.run(full=True))
    assert app.people.count() == 2


def test_a_pass_merging_three_records_into_one_person_can_be_undone_exactly(
    app: App, tmp_path: Path
):
    google = tmp_path / "google" / "contacts.csv"
    google.parent.mkdir()
    google.write_text(
        "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
        "Phone 1 - Value,Organization 1 - Name\n"
        "Bill O'Brien,Bill,O'Brien,* Work,w.obrien@acme.be,Mobile,+32 475 12 34 56,Acme NV\n",
        encoding="utf-8",
    )
    work = app.imports.run(
        [
            write_connections(tmp_path / "li", [OBRIEN_LINKEDIN]),
            write_vcards(tmp_path / "phone", [OBRIEN_CARD]),
            google,
        ],
        match=False,
    )
    finish(work)
    before = {p.id: p.display_name for p in app.people.summaries()}
    assert len(before) == 3
    report = finish(app.dedupe.run(full=True))
    assert report.merged == 2
    (merged,) = app.people.summaries()
    assert merged.record_count == 3
    app.review.unmerge(merged.id)
    after = {p.id: p.display_name for p in app.people.summaries()}
    assert after == before, "every record is back with the person it started with"


def test_unmerging_keeps_a_merge_the_user_confirmed_in_review(app: App, tmp_path: Path):
    from hrconnect.services.dedupe import merge_people

    finish(
        app.imports.run(
            [
                write_connections(tmp_path / "li", [PEETERS_LINKEDIN]),
                write_vcards(tmp_path / "phone", [PEETERS_CARD]),
            ]
        )
    )
    app.review.accept(app.review.pending()[0].id)  # the user: the same person
    finish(
        app.imports.run(
            [write_vcards(tmp_path / "other", ["N:Other;Olga;;;\nFN:Olga Other"])], match=False
        )
    )
    olga, jan = person_of(app, "Olga Other"), person_of(app, "Jan Peeters")
    with app.store.write() as tx:  # a later automatic merge puts Jan inside Olga
        merge_people(tx, olga, jan, "auto", 14.0, [], app.clock.now())
    app.review.unmerge(olga)
    people = {p.display_name: p for p in app.people.summaries()}
    assert set(people) == {"Olga Other", "Jan Peeters"}
    assert people["Jan Peeters"].record_count == 2, "the confirmed merge stays"
    with app.store.read() as tx:
        verdicts = {(d.verdict, d.origin) for d in tx.matching.decisions()}
    assert ("same", "user") in verdicts


def test_unmerge_restores_each_persons_own_edits(app: App, tmp_path: Path):
    work = app.imports.run([write_connections(tmp_path / "li", [OBRIEN_LINKEDIN])], match=False)
    for _ in work:
        pass
    work = app.imports.run([write_vcards(tmp_path / "phone", [OBRIEN_CARD])], match=False)
    for _ in work:
        pass
    bill = person_of(app, "Bill O'Brien")
    william = person_of(app, "William OBrien")
    app.people.edit(bill, PersonEdit(note="met at the HR summit"))
    app.reminders.log(william, InteractionKind.CALL, note="asked about the vacancy")
    assert finish(app.dedupe.run(full=True)).merged == 1
    survivor = app.people.resolve(william)
    assert app.people.detail(survivor).summary.last_contact_kind == "call"

    app.review.unmerge(survivor)
    assert app.people.detail(bill).user_record is not None
    assert app.people.detail(bill).user_record.note == "met at the HR summit"  # type: ignore[union-attr]
    assert [i.note for i in app.people.detail(william).interactions] == ["asked about the vacancy"]


def test_reject_is_remembered_through_a_reimport(app: App, tmp_path: Path):
    connections = write_connections(tmp_path / "li", [PEETERS_LINKEDIN])
    cards = write_vcards(tmp_path / "phone", [PEETERS_CARD])
    run_import(app, connections, cards)
    pending = app.review.pending()
    assert len(pending) == 1, "a common name alone waits for review"
    app.review.reject(pending[0].id)
    assert app.review.pending() == []

    run_import(
        app, write_connections(tmp_path / "li2", [PEETERS_LINKEDIN.replace("CFO", "CEO")]), cards
    )
    assert app.review.pending() == []
    assert app.people.count() == 2


def test_accept_merges_and_undo_splits_again(app: App, tmp_path: Path):
    run_import(
        app,
        write_connections(tmp_path / "li", [PEETERS_LINKEDIN]),
        write_vcards(tmp_path / "phone", [PEETERS_CARD]),
    )
    suggestion = app.review.pending()[0]
    app.review.accept(suggestion.id)
    assert app.people.count() == 1
    assert app.review.can_undo

    app.review.undo()
    assert app.people.count() == 2
    assert [s.id for s in app.review.pending()] == [suggestion.id]


def test_reject_then_undo_brings_the_suggestion_back(app: App, tmp_path: Path):
    run_import(
        app,
        write_connections(tmp_path / "li", [PEETERS_LINKEDIN]),
        write_vcards(tmp_path / "phone", [PEETERS_CARD]),
    )
    suggestion = app.review.pending()[0]
    app.review.reject(suggestion.id)
    app.review.undo()
    assert [s.id for s in app.review.pending()] == [suggestion.id]


def test_split_named_records_into_a_new_person(app: App, tmp_path: Path):
    run_import(
        app,
        write_connections(tmp_path / "li", [OBRIEN_LINKEDIN]),
        write_vcards(tmp_path / "phone", [OBRIEN_CARD]),
    )
    person = app.people.summaries()[0].id
    card = next(r for r in app.people.detail(person).records if r.kind is SourceKind.VCARD)
    app.review.unmerge(person, [card.id])
    assert app.people.count() == 2
    with pytest.raises(UsageError):
        app.review.unmerge(person, [r.id for r in app.people.detail(person).records])


def test_deciding_an_unknown_suggestion_is_a_clear_error(app: App):
    with pytest.raises(NotFoundError, match="no pending suggestion"):
        app.review.accept(999)


def test_a_new_pass_rescores_a_pending_suggestion_in_place(app: App, tmp_path: Path):
    run_import(
        app,
        write_connections(tmp_path / "li", [PEETERS_LINKEDIN]),
        write_vcards(tmp_path / "phone", [PEETERS_CARD]),
    )
    (before,) = app.review.pending()
    # A newer export of the phone's cards: the same card, now with the job title LinkedIn has.
    run_import(app, write_vcards(tmp_path / "phone2", [PEETERS_CARD + "\nTITLE:CFO"]))

    (after,) = app.review.pending()
    assert after.id == before.id
    assert after.score > before.score
    assert "titles_share" in {e["reason"] for e in after.evidence}


def test_two_people_are_one_question_however_many_of_their_records_look_alike(
    app: App, tmp_path: Path
):
    # The phone holds Jan Peeters twice (one mobile: surely one person); each card alone would
    # be a question about the LinkedIn Jan Peeters. Once the cards are one person, it is one.
    run_import(
        app,
        write_connections(tmp_path / "li", [PEETERS_LINKEDIN]),
        write_vcards(tmp_path / "phone", [PEETERS_CARD, PEETERS_CARD + "\nTITLE:CFO"]),
    )
    assert app.people.count() == 2
    (question,) = app.review.pending()
    assert app.review.count() == 1
    app.review.reject(question.id)
    assert app.review.pending() == []
    finish(app.dedupe.run(full=True))
    assert app.review.pending() == [], "a full pass does not ask again about the other card"


def test_a_question_closed_as_a_twin_is_asked_again_once_the_people_are_split(
    app: App, tmp_path: Path
):
    connections = write_connections(tmp_path / "li", [PEETERS_LINKEDIN])
    run_import(app, connections, write_vcards(tmp_path / "phone", [PEETERS_CARD]))
    # A second phone holds the same card: it joins the first card's person, and its question
    # about the LinkedIn Jan Peeters is a twin of the one already waiting.
    run_import(app, write_vcards(tmp_path / "phone2", [PEETERS_CARD + "\nUID:phone-2-jan"]))
    assert app.people.count() == 2
    assert len(app.review.pending()) == 1
    cards = next(p.id for p in app.people.summaries() if SourceKind.VCARD in p.sources)
    app.review.unmerge(cards)
    finish(app.dedupe.run(full=True))
    assert app.people.count() == 3
    assert len(app.review.pending()) == 2, "the LinkedIn Jan Peeters against each card"


def test_a_pass_on_demand_after_an_import_finds_nothing_more_to_merge(app: App, tmp_path: Path):
    # A generated network (every source, namesakes, duplicates). Passes used to drift: each
    # merge made its names look rarer, and a rival that joined its partner's person stopped
    # counting only in the next pass, so `dedupe --full` kept merging after every import.
    data = tmp_path / "network"
    run_profile("match-bench", data, seed=1, people=400)
    exports = sorted(p for p in data.iterdir() if p.suffix in {".zip", ".vcf", ".csv"})
    imported = run_import(app, *exports)
    assert imported.merged > 200

    again = finish(app.dedupe.run(full=True))
    assert again.merged == 0
