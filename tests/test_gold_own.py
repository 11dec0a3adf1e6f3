"""The team's own hand-labelled keys (tests/gold/own/, NOT the project's independent keys) through the extractor.

Labelled from GUIDE.md and the article text before looking at the extractor's output, to measure how the rules
generalise beyond the four official keys. The floors sit a little under what the rules reach, so a regression
shows; they are not the issue-4 bar. Run with -s to see the table.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gold_scoring import kind_share, print_table, score_keys

ROOT = Path(__file__).resolve().parent.parent
OWN = sorted((ROOT / "tests/gold/own").glob("*.json"))
FLOOR = {"f1": 0.95, "speaker_accuracy": 0.9}
SPEAKER_FLOOR = {
    # reach 1.0 with the coreference rules ("The parties" -> the 'A and B' named before, "the chain's press release"
    # -> the chain named most, the gapped "Salling its intention", "The summary of the decision" -> the court);
    # the floors sit just under it
    "tesco-poland-sale": 0.97,
    "uk-prorogation-ruling": 0.97,
    # labelled before looking at the output (issue 4): kosgei 1.0 before and after; exoplanet 0.6 before, 0.833 after
    # (the en-dash name after an inverted cue, 'he continued' between quote parts); 'They found that C' -> the
    # Montreal team is the one left
    "kosgei-marathon-record": 0.97,
    "exoplanet-water-k2-18b": 0.97,  # 1.0 once 'They found that C' takes the team that opens the sentence before
    # the eight tune keys, labelled without looking at the extractor: 0.56 on average before the coreference and cue
    # rules (coref.py: diacritics folded, 'the foreign minister', 'the team', 'the city', he/they by sentence subject;
    # criticized/condemned/expects/identified … as; the closing cue of a quote), each a little under what they reach now
    "el-paso-shooting": 0.97,
    "gdansk-mayor-stabbed": 0.97,  # 1.0 (0.909 before frame.participle-by-as: 'reported by The Guardian as …, and by AP of …')
    "hagia-sophia-mosque": 0.97,
    "toilet-paper-limits": 0.97,
    "white-plains-water-main": 0.97,  # 1.0 (0.8 before speaker.passive-advice: 'Residents were advised …')
    "who-pandemic-declared": 0.97,
    "youth-suicide-guns-study": 0.97,
    "caloundra-wynnum-rugby": 0.97,
    # the second tune round (stance verbs, prepositional openers, outlet reporting): before it eastmed 0.37, campaign
    # 0.59, youtube-dl 0.92. What is left: 'All'/'Most candidates' for 'the candidates', first-person paragraphs after a
    # list of their speakers, partial quotes whose speaker is a sentence subject, sources named only by the report.
    "campaign-trail-oct-2020": 0.89,  # 0.899
    "eastmed-pipeline": 0.93,  # 0.941
    "youtube-dl-dmca": 0.95,  # 0.962 (0.92 before subject.law-which)
    # HELD OUT: labelled at the same time as the tune keys and never used to write rules, so they measure how the
    # rules generalise: speaker 0.56 on average at the start of the session, 0.65 now. The floors only catch a
    # regression; the gap to the bar is the work left (research-group sources, 'the Tongs' for two people, cue-less
    # partial quotes, a quote carried over to the wrong earlier speaker).
    "bontddu-hall-fire": 0.6,  # 0.625
    "coronavirus-underreported": 0.6,  # 0.5 -> 0.667 (issue 15: '"…", reads the report' is the study's authors')
    "pelosi-impeachment-inquiry": 0.65,  # 0.7
    "power-plant-pollution-deaths": 0.97,  # 0.769 -> 1.0 (issue 15: a cue in the quote's own sentence beats a carried speaker)
}
F1_FLOOR = {
    # 0.971 since ', and <Name> <verb>' opens a second statement ("In other results, A defeated B 43–5, and C knocked of D
    # 32–22" was one claim where the key has two)
    "caloundra-wynnum-rugby": 0.95,
    "campaign-trail-oct-2020": 0.95,  # 0.961 (0.943 before the lead-in rules)
    "eastmed-pipeline": 0.9,  # 0.925: 'according to which C' after a named agreement; clauses the key splits differently
    "youtube-dl-dmca": 0.98,  # 0.992 (0.944 before the lead-in rules)
    "pelosi-impeachment-inquiry": 0.92,  # 0.933, held out (see SPEAKER_FLOOR)
}
EXACT_FLOOR = {
    # exact-span F1 with the updated scorer (issue 15: bar 0.80 on the pool); these keys sit under it, each floor a
    # little under what the rules reach now
    "bontddu-hall-fire": 0.78,  # 0.8
    "campaign-trail-oct-2020": 0.725,  # 0.737
    "coronavirus-underreported": 0.6,  # 0.615
    "eastmed-pipeline": 0.62,  # 0.639
    "el-paso-shooting": 0.76,  # 0.78
    "exoplanet-water-k2-18b": 0.6,  # 0.625
    "pelosi-impeachment-inquiry": 0.63,  # 0.652
    "power-plant-pollution-deaths": 0.69,  # 0.711
    # 0.78: the key keeps 'The first measles vaccine was introduced in the 1960s, and the incidence dropped, …' as one
    # claim; claim.and-clause cuts two statements there, as gdansk's and campaign-trail's keys do (GUIDE: smallest span)
    "samoa-measles-shutdown": 0.76,
    "who-pandemic-declared": 0.67,  # 0.692
    "youtube-dl-dmca": 0.81,  # 0.829
}
KIND_FLOOR = {
    # share of found claims whose kind is right (bar 0.90); under it: quotes reported as attributions, statistics as
    # assertions
    "campaign-trail-oct-2020": 0.83,  # 0.846 (quotes 12/31)
    "coronavirus-underreported": 0.62,  # 0.643
    "eastmed-pipeline": 0.84,  # 0.860
    "el-paso-shooting": 0.85,  # 0.871
    "pelosi-impeachment-inquiry": 0.59,  # 0.609
    "power-plant-pollution-deaths": 0.8,  # 0.818
    "samoa-measles-shutdown": 0.88,  # 0.897
    "white-plains-water-main": 0.88,  # 0.889
}
SPEAKER_WRONG_CEILING = {
    # share of found attributed claims showing another person's name (bar 0.03; an empty speaker is not wrong)
    "bontddu-hall-fire": 0.26,  # 0.25
    "campaign-trail-oct-2020": 0.015,  # 0.009 (0.051 before quantifier subjects, the modifying name before who, the previous subject)
    "eastmed-pipeline": 0.0,  # 0.088 before the outer speaker took ', and that C' (now frame.nested-stance) and it-sentence-subject
    "gdansk-mayor-stabbed": 0.0,  # 0.091 before frame.participle-by-as
    "youtube-dl-dmca": 0.0,  # 0.04 before subject.law-which
}
NOT_CLAIMS_ALLOWED: dict[str, int] = {
    # none since the lead-in rules (stages/lead_ins.py: speech events and reactions before the words they announce,
    # transitions, vague summaries, courtesies, links, the article's list of speakers) and the scare-quoted label
    # ('In another potential "October surprise," …'); before them caloundra 1, gdansk 1, campaign-trail 10, youtube-dl 4
}


RESULTS = score_keys(OWN)


def test_keys_are_well_formed() -> None:
    assert len(OWN) >= 8
    for path in OWN:
        key = json.loads(path.read_text(encoding="utf-8"))
        assert key["labelled_by"] == "claim-reader team (not the project's independent keys)"
        text = key["text"]
        for c in key["claims"] + key["not_claims"]:
            assert text[c["start"] : c["end"]] == c["quote"], (path.stem, c["quote"])
            for s, e in c.get("fragments", []):
                assert c["start"] <= s < e <= c["end"]


def test_print_table() -> None:
    print_table("own key", RESULTS)
    assert RESULTS


@pytest.mark.parametrize("stem", [p.stem for p in OWN])
def test_floor(stem: str) -> None:
    r = RESULTS[stem]
    assert r["not_claims_reported"] <= NOT_CLAIMS_ALLOWED.get(stem, 0), r
    assert r["f1"] >= F1_FLOOR.get(stem, FLOOR["f1"]), r
    assert (r["speaker_accuracy"] or 0) >= SPEAKER_FLOOR.get(stem, FLOOR["speaker_accuracy"]), r


@pytest.mark.parametrize("stem", [p.stem for p in OWN])
def test_exact_and_kinds(stem: str) -> None:
    r = RESULTS[stem]
    assert r["exact_f1"] >= EXACT_FLOOR.get(stem, 0.8), r
    assert kind_share(r) >= KIND_FLOOR.get(stem, 0.9), r["kind_right_when_found"]
    assert (r["speaker_wrong"] or 0) <= SPEAKER_WRONG_CEILING.get(stem, 0.03), r
