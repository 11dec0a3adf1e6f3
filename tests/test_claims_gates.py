"""Gates derived from the patterns they guard (issue 14): every match of a rule's pattern holds a word of its gate,
proved on the pattern itself and on every paragraph of sample_articles/; and the three outputs a hand-written gate
got wrong ('released the following statement', 'It is claimed that C', 'It has been reported that C')."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.claims.explain import all_rules
from reader.core.claims.extract import extract_claims
from reader.core.claims.lexicon.hedges import HEDGES, REPORT_HEDGES
from reader.core.claims.rules import uncovered, words_of
from reader.core.claims.stages.frames.according import ACCORDING_RE
from reader.core.claims.stages.frames.cue import CUE_GATE, CUE_RE
from reader.core.claims.stages.numbers import find_numbers
from reader.core.claims.stages.paragraph import ACCORDING_GATE, HEDGE_GATE
from reader.core.documents.document import from_text
from reader.core.text.segment import paragraphs

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = [p.of(t) for t in (f.read_text(encoding="utf-8") for f in sorted((ROOT / "sample_articles").glob("*.txt")))
              for p in paragraphs(t)]
GATED = {"cue": (CUE_RE, CUE_GATE), "hedge": (HEDGES, HEDGE_GATE), "report-hedge": (REPORT_HEDGES, HEDGE_GATE),
         "according": (ACCORDING_RE, ACCORDING_GATE)}
"""The stage gates a paragraph's word set is checked against before the pattern runs."""


@pytest.mark.parametrize("name", sorted(GATED))
def test_every_expansion_of_a_stage_pattern_holds_a_gate_word(name: str) -> None:
    pattern, gate = GATED[name]
    assert gate, f"{name}: no gate could be read off the pattern"
    assert uncovered(pattern, gate) == []


@pytest.mark.parametrize("name", sorted(GATED))
def test_every_paragraph_where_a_stage_pattern_matches_passes_its_gate(name: str) -> None:
    pattern, gate = GATED[name]
    missed = [p[:80] for p in PARAGRAPHS if pattern.search(p) and gate.isdisjoint(words_of(p.lower()))]
    assert missed == []


def _gated_rules() -> list[str]:
    return sorted(r.id for r in all_rules().values() if r.pattern is not None and r.gate is not None)


@pytest.mark.parametrize("rule_id", _gated_rules())
def test_every_gated_rule_covers_its_pattern(rule_id: str) -> None:
    """A rule's trigger words, written by hand or read off its pattern, are held by every match of the pattern."""
    r = all_rules()[rule_id]
    assert r.pattern is not None and r.gate is not None
    assert uncovered(r.pattern, r.gate) == []
    missed = [p[:80] for p in PARAGRAPHS if r.pattern.search(p) and not r.open(words_of(p.lower()))]
    assert missed == []


def test_a_hand_written_trigger_list_that_misses_a_word_is_caught() -> None:
    pattern = re.compile(r"\b(?:made|issued|released|posted) the following statement\b")
    assert uncovered(pattern, frozenset({"made", "issued"})) == ["_posted_the_following_statement_", "_released_the_following_statement_"]


def _only(text: str) -> list:
    return extract_claims(from_text("Title\n\n" + text))


def test_released_the_following_statement_is_the_subjects_quote() -> None:
    # the cue gate lacked 'released', 'posted' and 'published' though the cue phrase has them: the quote came out as an
    # unattributed assertion with the lead-in inside it
    for verb in ("released", "posted", "published", "issued"):
        (c,) = _only(f"The ministry {verb} the following statement: “We will not negotiate with the rebels.”")
        assert (c.kind, c.quote, c.speaker) == ("quote", "We will not negotiate with the rebels.", "The ministry"), verb
        assert c.cue == f"{verb} the following statement" and "cue.following-statement" in c.rules


@pytest.mark.parametrize("lead", ["It is claimed that", "It has been reported that", "It was reported that", "It is understood that"])
def test_it_is_claimed_that_alone_in_its_paragraph_is_a_hedged_report_of_what_follows(lead: str) -> None:
    # the paragraph's hedge gate skipped 'claimed' and 'has been reported': an unhedged assertion with the lead-in inside
    (c,) = _only(f"{lead} the army shelled the village.")
    assert (c.kind, c.quote, c.cue, c.hedged, c.hedge) == ("report", "the army shelled the village", lead, True, lead)
    assert "claim.it-is-said" in c.rules and "kind.report-hedge" in c.rules


def test_the_number_gate_skips_only_paragraphs_without_numbers() -> None:
    """find_numbers given the paragraph's words (the paragraph stage's gate) finds what the full scan finds."""
    skipped = 0
    for p in PARAGRAPHS + ["a dozen eggs", "a half-hour", "٣ people", "US$400 million", "the third way", "a few"]:
        low = p.lower()
        gated = find_numbers(p, 0, len(p), low, words_of(low))
        assert gated == find_numbers(p), p[:80]
        skipped += not gated
    assert skipped > 0



def test_a_pattern_of_many_alternatives_is_gated_by_each_of_them() -> None:
    """Expanded together, the alternatives of a long top-level alternation passed the expansion cap and were summarised
    with no word, so the rule went ungated (tried on every paragraph); each alternative is now expanded on its own."""
    from reader.core.claims.rules.gate import derive_gate
    media = all_rules()["not-claim.media-pointer"]
    gate = derive_gate(media.pattern)
    assert gate is not None and {"video", "storify"} <= gate
    both = re.compile(all_rules()["not-claim.call-to-action"].pattern.pattern + "|" + all_rules()["not-claim.contact-pointer"].pattern.pattern,
                      re.M)
    gate = derive_gate(both)
    assert gate is not None and {"contact", "more"} <= gate
    assert not uncovered(both, gate)
