# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The hard cases of issue 4, scored and banded through the public matching API.

Each case is two (or three) records as importers deliver them; the assertions are on what the
user would see: merged on its own, waiting for review, or left apart.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from hrconnect.matching.decide import Band, ScoredPair, band_of, person_facts, plan
from hrconnect.matching.features import features_of
from hrconnect.matching.frequencies import Frequencies
from hrconnect.matching.score import PairScore, score_pair
from tests.builders import stored

if TYPE_CHECKING:
    from hrconnect.core.people import StoredRecord
    from hrconnect.matching.decide import Plan


def scored(a: StoredRecord, b: StoredRecord, *others: StoredRecord) -> PairScore:
    features = [features_of(r, "BE") for r in (a, b, *others)]
    frequencies = Frequencies.build(features)
    return score_pair(features[0], features[1], frequencies)


def plan_all(records: list[StoredRecord]) -> tuple[list[ScoredPair], Plan]:
    """Score every pair of ``records`` (each its own person) and plan the merges."""
    features = [features_of(r, "BE") for r in records]
    frequencies = Frequencies.build(features)
    pairs = []
    for i, j in itertools.combinations(range(len(records)), 2):
        score = score_pair(features[i], features[j], frequencies)
        pairs.append(
            ScoredPair(
                records[i].id,
                records[j].id,
                records[i].id,
                records[j].id,
                score,
                band_of(score),
                records[i].kind.value,
                records[j].kind.value,
            )
        )
    return pairs, plan(pairs, person_facts([(r.id, r.kind.value, ()) for r in records]), set())


def people_after(records: list[StoredRecord], outcome: Plan) -> dict[int, int]:
    """The person of each record once the plan's merges are applied (each its own before)."""
    person_of = {r.id: r.id for r in records}
    for merge in outcome.merges:
        for record, person in person_of.items():
            if person == merge.absorbed:
                person_of[record] = merge.survivor
    return person_of


def signals(score: PairScore) -> dict[str, float]:
    return {e.signal: e.points for e in score.evidence}


def test_obrien_triple_linkedin_and_phone_merge_facebook_waits_for_review() -> None:
    linkedin = stored(
        "linkedin",
        given="Bill",
        family="O'Brien",
        company="Acme NV",
        urls=("https://www.linkedin.com/in/bill-obrien",),
    )
    phone = stored(
        "vcard",
        given="William",
        family="OBrien",
        company="Acme",
        emails=("w.obrien@acme.be",),
        phones=("+32475123456",),
    )
    facebook = stored("facebook", full="Billy O'Brien", structured=False)

    pair = scored(linkedin, phone, facebook)
    assert band_of(pair) is Band.AUTO
    assert signals(pair)["given_name"] > 0  # Bill ~ William
    assert {"company", "email_domain"} & set(signals(pair))

    names_only = scored(facebook, linkedin, phone)
    assert band_of(names_only) is Band.REVIEW
    assert "nickname" in next(e.detail for e in names_only.evidence if e.signal == "given_name")


def test_jan_and_jef_peeters_at_one_company_are_not_merged() -> None:
    jan = stored("linkedin", given="Jan", family="Peeters", company="Acme NV")
    jef = stored(
        "vcard", given="Jef", family="Peeters", company="Acme NV", emails=("jef.peeters@acme.be",)
    )
    pair = scored(jan, jef)
    assert pair.conflict == "given_name"
    assert band_of(pair) is not Band.AUTO


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (dict(given="Koen", family="Vandenbroucke"), dict(given="Koen", family="Van den Broucke")),
        (dict(given="Joke", family="De Smet"), dict(given="Joke", family="Desmet")),
        (dict(given="Anne-Marie", family="'t Hooft"), dict(given="Anne-Marie", family="t Hooft")),
        (dict(given="Hans", family="Müller"), dict(given="Hans", family="Mueller")),
        (dict(given="José", family="Álvarez"), dict(given="Jose", family="Alvarez")),
    ],
    ids=["particles-joined", "de-smet", "t-hooft", "umlaut", "accents"],
)
def test_surname_spellings_agree_fully(left: dict[str, str], right: dict[str, str]) -> None:
    pair = scored(
        stored("linkedin", given=left["given"], family=left["family"]),
        stored("vcard", given=right["given"], family=right["family"]),
    )
    family = next(e for e in pair.evidence if e.signal == "family_name")
    assert "=" in family.detail
    assert family.points >= 4
    assert pair.name_agrees


def test_double_surname_overlaps_with_one_part() -> None:
    pair = scored(
        stored("linkedin", given="Els", family="Peeters-Janssens"),
        stored("vcard", given="Els", family="Peeters"),
    )
    family = next(e for e in pair.evidence if e.signal == "family_name")
    assert family.points > 0
    assert "part of the surname" in family.detail


def test_last_first_with_particles_reads_as_jan_van_den_berg() -> None:
    pair = scored(
        stored("facebook", full="Berg, Jan van den", structured=False),
        stored("linkedin", given="Jan", family="van den Berg"),
    )
    assert pair.name_agrees
    assert signals(pair)["family_name"] >= 4
    assert "order_swapped" not in signals(pair)


def test_same_name_same_company_different_people_are_not_auto_merged() -> None:
    # Two address-book cards for two colleagues called Marc Claes: different mailboxes and
    # mobiles at the same company. A LinkedIn "Marc Claes, Acme" cannot pick one of them.
    linkedin = stored("linkedin", given="Marc", family="Claes", company="Acme NV")
    father = stored(
        "vcard",
        given="Marc",
        family="Claes",
        company="Acme NV",
        emails=("marc.claes@acme.be",),
        phones=("+32475000001",),
        key="a@book",
    )
    son = stored(
        "vcard",
        given="Marc",
        family="Claes",
        company="Acme NV",
        emails=("marc.claes2@acme.be",),
        phones=("+32475000002",),
        key="b@book",
    )
    pairs, outcome = plan_all([linkedin, father, son])
    assert outcome.merges == []
    between_cards = next(p for p in pairs if {p.left, p.right} == {father.id, son.id})
    assert band_of(between_cards.score) is not Band.AUTO


def test_different_linkedin_profiles_never_match() -> None:
    pair = scored(
        stored(
            "linkedin",
            given="Jan",
            family="Peeters",
            urls=("https://www.linkedin.com/in/jan-peeters-1",),
        ),
        stored(
            "vcard",
            given="Jan",
            family="Peeters",
            urls=("https://www.linkedin.com/in/jan-peeters-2",),
        ),
    )
    assert pair.conflict == "different_linkedin"
    assert band_of(pair) is Band.NONE


def test_placeholder_names_are_never_candidates() -> None:
    from hrconnect.matching.blocking import candidate_pairs

    records = [
        stored("linkedin", full="LinkedIn Member"),
        stored("facebook", full="Facebook User", structured=False),
        stored("vcard", full="LinkedIn Member"),
    ]
    features = [features_of(r, "BE") for r in records]
    assert candidate_pairs(features, [r.id for r in records]) == set()


def test_two_records_of_one_linkedin_export_are_never_candidates() -> None:
    from hrconnect.matching.blocking import candidate_pairs

    records = [
        stored("linkedin", given="Jan", family="Peeters"),
        stored("linkedin", given="Jan", family="Peeters"),
    ]
    features = [features_of(r, "BE") for r in records]
    assert candidate_pairs(features, [r.id for r in records]) == set()


def test_rare_names_count_more_than_common_ones() -> None:
    crowd = [stored("linkedin", given="Jan", family="Peeters") for _ in range(30)]
    common = scored(
        stored("linkedin", given="Jan", family="Peeters"),
        stored("facebook", full="Jan Peeters", structured=False),
        *crowd,
    )
    rare = scored(
        stored("linkedin", given="Griet", family="Vandewalle-Osei"),
        stored("facebook", full="Griet Vandewalle-Osei", structured=False),
        *crowd,
    )
    assert rare.name_points > common.name_points + 3


def test_duplicate_cards_of_one_person_are_not_rivals_for_a_merge() -> None:
    linkedin = stored("linkedin", given="Griet", family="Vandewalle", company="Acme NV")
    card = stored(
        "vcard",
        given="Griet",
        family="Vandewalle",
        company="Acme",
        emails=("griet.vandewalle@acme.be",),
        phones=("+32475111222",),
        key="a@phone",
    )
    duplicate = stored(
        "vcard",
        given="Griet",
        family="Vandewalle",
        company="Acme",
        emails=("griet.vandewalle@acme.be",),
        phones=("+32475111222",),
        key="b@phone",
    )
    _, outcome = plan_all([linkedin, card, duplicate])
    assert len(outcome.merges) == 2, "the two cards merge, and the LinkedIn record joins them"


def test_a_birthday_typo_is_doubt_not_a_conflict() -> None:
    left = stored("vcard", given="Inge", family="Dewulf", birthday="1980-03-22")
    typo = scored(left, stored("google", given="Inge", family="Dewulf", birthday="1980-03-23"))
    assert typo.conflict is None
    assert typo.doubt == "birthday_typo"
    other = scored(left, stored("google", given="Inge", family="Dewulf", birthday="1975-11-02"))
    assert other.conflict == "birthday"


def test_mobiles_one_keystroke_apart_are_weak_evidence_not_identity() -> None:
    pair = scored(
        stored("vcard", given="Bart", family="Claes", phones=("+32475123456",)),
        stored("google", given="Bart", family="Claes", phones=("+32475123465",)),
    )
    mobile = next(e for e in pair.evidence if e.signal == "mobile")
    assert 0 < mobile.points < 12
    assert "identity" not in pair.kinds


def test_name_fields_typed_the_other_way_round_still_agree() -> None:
    # Neither name is in the given-name lexicon, so only the scorer's second look finds it.
    card = stored("vcard", given="Quilliam", family="Ashleigh", phones=("+32475222333",))
    other = stored("google", given="Ashleigh", family="Quilliam", phones=("+32475222333",))
    pair = scored(card, other)
    reasons = {e.reason for e in pair.evidence}
    assert "swapped" in reasons
    assert {"surnames_differ", "given_names_differ"}.isdisjoint(reasons)
    assert pair.conflict is None
    assert band_of(pair) is not Band.NONE


def test_one_name_part_agreeing_across_the_fields_is_not_a_swap() -> None:
    # "Thomas Peeters" and "Jan Thomas": one part crosses over, the other differs.
    pair = scored(
        stored("vcard", given="Thomas", family="Peeters"),
        stored("google", given="Jan", family="Thomas"),
    )
    assert "swapped" not in {e.reason for e in pair.evidence}
    assert "name" not in pair.kinds


def test_crossed_fields_on_names_alone_wait_for_review_whichever_record_comes_first() -> None:
    thomas_michael = stored("vcard", given="Thomas", family="Michael", birthday="1980-05-04")
    michael_thomas = stored("google", given="Michael", family="Thomas", birthday="1980-05-04")
    forward = scored(thomas_michael, michael_thomas)
    backward = scored(michael_thomas, thomas_michael)
    assert forward.total == backward.total
    assert forward.conflict == backward.conflict == "crossed_fields"
    assert band_of(forward) is Band.REVIEW


def test_a_shared_mobile_under_an_unrelated_name_is_asked_never_merged() -> None:
    # A phone card saved as "Mama" and the same woman on Google: the names share nothing,
    # but the same mobile number is worth one question to the user.
    card = stored("vcard", given="Mama", family="", phones=("+32475987654",))
    google = stored("google", given="Rita", family="Verstraete", phones=("+32475987654",))
    pair = scored(card, google)
    assert band_of(pair) is Band.REVIEW
    assert band_of(replace(pair, kinds=pair.kinds - {"identity"})) is Band.NONE  # the points alone
    renamed = scored(
        stored("vcard", given="Sofie", family="Peeters", phones=("+32475987654",)),
        stored("google", given="Mieke", family="Claes", phones=("+32475987654",)),
    )
    assert band_of(renamed) is Band.REVIEW
    nothing_shared = scored(
        stored("vcard", given="Sofie", family="Peeters", phones=("+32475987654",)),
        stored("google", given="Mieke", family="Claes", phones=("+32475111222",)),
    )
    assert band_of(nothing_shared) is Band.NONE


def test_a_rival_that_joins_the_partner_stops_being_a_rival_in_the_same_pass() -> None:
    # Facebook's Griet has two Google candidates (two Google accounts), rivals at first. The
    # phone's card joins Facebook's Griet (names) and the first Google card (mobile); once
    # that card is inside her person, the second account's card is her only Google candidate.
    # A later pass used to find that; the same pass must, or passes never settle.
    facebook = stored("facebook", given="Griet", family="Vandewalle")
    phone = stored(
        "vcard", given="Griet", family="Vandewalle", phones=("+32475111222",), key="a@phone"
    )
    first_google = stored(
        "google",
        given="Griet",
        family="Vandewalle",
        phones=("+32475111222",),
        birthday="1980-03-22",
        key="b@work",
    )
    # One birthday digit off: a doubt that keeps the two Google cards apart at first.
    second_google = stored(
        "google", given="Griet", family="Vandewalle", birthday="1980-03-23", key="c@home"
    )
    records = [facebook, phone, first_google, second_google]
    pairs, outcome = plan_all(records)
    assert len(outcome.merges) == 3, "all four records become one person in one pass"

    person_of = people_after(records, outcome)
    again = [
        replace(p, left_person=person_of[p.left], right_person=person_of[p.right]) for p in pairs
    ]
    facts = person_facts([(person_of[r.id], r.kind.value, ()) for r in records])
    assert plan(again, facts, set()).merges == [], "a second pass has nothing left to do"


def test_namesakes_known_from_several_sources_do_not_meet_through_names_alone() -> None:
    # Two Marc Desmorrys: one is a Facebook friend and in the phone, the other a LinkedIn
    # connection and in Google Contacts; each card has its own mobile. Every cross pair agrees
    # on the (rare) name, but the two cards say "two people": however the names pair up,
    # the two cards never end up in one person.
    def marc(kind: str, **contact: tuple[str, ...]) -> StoredRecord:
        return stored(kind, given="Marc", family="Desmorry", **contact)  # type: ignore[arg-type]

    phone_card = marc("vcard", phones=("+32475111222",))
    google_card = marc("google", phones=("+32499333444",))
    records = [marc("facebook"), phone_card, marc("linkedin"), google_card]
    _, outcome = plan_all(records)
    person_of = people_after(records, outcome)
    assert outcome.merges, "names alone still merge where nothing speaks against it"
    assert person_of[phone_card.id] != person_of[google_card.id]
