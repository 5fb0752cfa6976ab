# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Blocking: cached keys, and incremental passes that find exactly what a full pass finds."""

from __future__ import annotations

import random
from dataclasses import replace

from hrconnect.matching.blocking import candidate_pairs
from hrconnect.matching.decide import speaks_against
from hrconnect.matching.features import RecordFeatures, features_of
from hrconnect.matching.frequencies import Frequencies
from hrconnect.matching.keys import blocking_keys
from hrconnect.matching.score import score_pair
from tests.builders import stored

GIVEN = ["Jan", "Johan", "Bill", "William", "Els", "Elisabeth", "Lotte", "An", "Anne", "Koen"]
FAMILY = ["Peeters", "Pieters", "O'Brien", "OBrien", "Van den Broeck", "Vandenbroeck", "Claes"]
KINDS = ["linkedin", "facebook", "vcard", "google", "outlook"]


def _population(seed: int, size: int = 120) -> list[RecordFeatures]:
    pick = random.Random(seed)
    records = []
    for n in range(size):
        kind = pick.choice(KINDS)
        given, family = pick.choice(GIVEN), pick.choice(FAMILY)
        records.append(
            stored(
                kind,
                given=given,
                family=family,
                emails=(f"{given[0]}.{family}@acme.be".lower(),) if pick.random() < 0.3 else (),
                phones=(f"+32 475 00 00 {n % 7:02d}",) if pick.random() < 0.2 else (),
                company=pick.choice(["Acme NV", "Solvaris", ""]),
            )
        )
    return [features_of(r, "BE") for r in records]


def test_features_carry_their_blocking_keys() -> None:
    features = features_of(stored("vcard", given="Bill", family="O'Brien"), "BE")
    # The name with its nickname-canonical form, the initial with the compact surname and
    # with its Kölner Phonetik code.
    assert set(features.keys) >= {"n|bill|obrien", "n|william|obrien", "c|b|obrien"}
    assert any(key.startswith("p|b|") for key in features.keys)
    assert features.keys == tuple(sorted(blocking_keys(features)))  # cached = computed
    assert RecordFeatures.from_json(features.to_json()) == features
    # A copy with other contact details and no keys gets its own keys.
    copy = replace(features, emails=("bill@obrien.ie",), keys=())
    assert "mail|bill@obrien.ie" in copy.keys
    assert "mail|bill@obrien.ie" not in features.keys


def test_cached_features_read_back_equal_the_originals() -> None:
    records = [
        stored("facebook", full="Peeters Jan"),  # a display name: two readings
        stored("vcard", given="Els", family="Claes", emails=("els.claes@acme.be",)),
        stored("linkedin", given="Bill", family="O'Brien", company="Acme NV"),
    ]
    features = [features_of(r, "BE") for r in records]
    assert len(features[0].readings) == 2
    assert [RecordFeatures.from_json(f.to_json()) for f in features] == features


def test_an_incremental_pass_finds_what_a_full_pass_finds_for_its_records() -> None:
    for seed in range(5):
        features = _population(seed)
        persons = list(range(len(features)))
        everything = candidate_pairs(features, persons)
        focus = set(random.Random(seed).sample(range(len(features)), 15))
        incremental = candidate_pairs(features, persons, focus)
        assert incremental == {p for p in everything if p[0] in focus or p[1] in focus}
        assert incremental  # the population is built to have namesakes and variants


def test_the_net_meets_one_typo_the_keys_miss_but_not_two_edits() -> None:
    # "Verhaefen" has another phonetic code than "Verhaegen": no name key meets it.
    linkedin = stored("linkedin", given="Koen", family="Verhaegen")
    typo = stored("vcard", given="Koen", family="Verhaefen")
    other = stored("google", given="Koen", family="Vanhaegen")  # two letters: another family
    features = [features_of(r, "BE") for r in (linkedin, typo, other)]
    assert not set(features[0].keys) & set(features[1].keys)
    pairs = candidate_pairs(features, [1, 2, 3])
    assert (0, 1) in pairs
    assert (0, 2) not in pairs
    assert candidate_pairs(features, [1, 2, 3], net_cutoff=1.0) == set()


def test_a_surname_that_only_sounds_alike_needs_something_else_to_agree() -> None:
    jan = stored("linkedin", given="Jan", family="Peeters", company="Acme")
    jef = stored("vcard", given="Jef", family="Pieters")  # same sound, given names conflict
    initial = stored("google", given="J.", family="Pieters")  # an initial that fits
    colleague = stored("outlook", given="Jef", family="Pieters", company="Acme NV")
    features = [features_of(r, "BE") for r in (jan, jef, initial, colleague)]
    assert set(features[0].keys) & set(features[1].keys)  # they do share a sound key
    pairs = candidate_pairs(features, [1, 2, 3, 4], net_cutoff=1.0)
    assert (0, 1) not in pairs
    assert (0, 2) in pairs
    assert (0, 3) in pairs  # the same company is worth a look, whatever the given names


def test_a_name_typed_the_other_way_round_still_meets_through_its_mailbox() -> None:
    linkedin = stored("linkedin", given="Andrzej", family="Kowalczyk")
    card = stored(
        "vcard", given="Kowalczyk", family="Andrzej", emails=("andrzej.kowalczyk@gmail.com",)
    )
    features = [features_of(r, "BE") for r in (linkedin, card)]
    assert candidate_pairs(features, [1, 2], net_cutoff=1.0) == {(0, 1)}


def test_a_sound_alike_pair_that_can_tell_two_people_apart_is_still_scored() -> None:
    # Different mobiles say "two people"; the names-only veto needs to see that pair.
    jan = stored("vcard", given="Jan", family="Peeters", phones=("+32 475 11 22 33",))
    jef = stored("google", given="Jef", family="Peeters", phones=("+32 476 44 55 66",))
    features = [features_of(r, "BE") for r in (jan, jef)]
    assert candidate_pairs(features, [1, 2], net_cutoff=1.0) == {(0, 1)}
    score = score_pair(features[0], features[1], Frequencies.build(features))
    assert speaks_against(score)
