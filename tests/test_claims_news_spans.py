"""Spans of news grammar: how long a saying went on is no part of what was said; a 'he' or 'she' never means people in
the plural; a cue inside a relative clause ('which critics say is …') gives the clause its own source; the commas of a
list of places in a title are no apposition's; a stance in a 'who' clause ('who endorsed …') is the article's own; trials,
missions, commissions and tests find things, 'put the toll at N' is an estimate, and 'were concerned that C' reports a
state of mind (hearer.py's time phrases, speakers/memory.py's pronouns, frames/relative_cue.py, frames/appositive.py,
frames/active.py, lexicon/cues.py's STUDY_SUBJECTS, rules/cue.toml's cue.put-figure-at and cue.be-concerned-that)."""

from __future__ import annotations

import pytest

from tests.claim_rows import claims_of as _claims


@pytest.mark.parametrize("cue", ["said for weeks", "have said for several years", "said for the past two months",
                                 "acknowledged for the first time"])
def test_a_stretch_of_time_after_the_cue_is_not_content(cue: str) -> None:
    c = _claims(f"The Saudis {cue} that they would support the release of the pages.")[-1]
    assert (c.quote, c.speaker) == ("they would support the release of the pages", "The Saudis")


def test_for_before_an_object_is_still_the_object() -> None:
    # 'for the legislation in July' is what was called for, and July no span of time
    c = _claims("Gov. JB Pritzker called for the legislation in July.")[-1]
    assert c.quote == "called for the legislation in July"


@pytest.mark.parametrize("group", ["Officials", "Scientists", "Researchers"])
def test_a_he_or_she_never_stands_for_people_in_the_plural(group: str) -> None:
    text = f"{group} said in recent weeks that the plant is safe.\n\nHe said for the first time that he would run."
    c = next(c for c in _claims(text) if c.quote == "he would run")
    assert c.speaker is None
    assert c.speaker_confidence is not None and c.speaker_confidence < 0.5


def test_the_person_who_spoke_before_the_group_still_is_the_he() -> None:
    text = ("Mayor Tom Reed said the plant had passed its inspection.\n\n"
            "Officials said in recent weeks that the plant is safe.\n\nHe said for the first time that he would run.")
    assert next(c for c in _claims(text) if c.quote == "he would run").speaker == "Tom Reed"


def test_a_cue_inside_a_relative_clause_gives_the_clause_its_own_source() -> None:
    text = ("Citizens have come out in their numbers against a series of proposed industrial poultry facilities, which locals "
            "and non-governmental organizations (NGOs) claim will have an adverse effect on the natural environment, reduce "
            "living standards, and engage in the inhumane treatment of animals.")
    cs = _claims(text)
    c = next(c for c in cs if c.quote.startswith("will have"))
    assert (c.speaker, c.cue) == ("locals and non-governmental organizations (NGOs)", "claim")
    assert c.quote.endswith("inhumane treatment of animals")  # the list of what they claim, not its first item
    assert any(c.quote == "Citizens have come out in their numbers against a series of proposed industrial poultry facilities"
               and c.speaker is None for c in cs)  # the main clause stays the article's, without 'which'


@pytest.mark.parametrize(("sentence", "statement", "speaker"), [
    ("The wall, which officials privately say will cost $20 billion, is unfinished.", "will cost $20 billion", "officials"),
    ("Congress kept a provision that the majority of lawmakers still believes is necessary.", "is necessary",
     "the majority of lawmakers"),
    ("The plan, which the family says was approved in May, failed.", "was approved in May", "the family"),  # a noun in -ly
])
def test_the_relative_clause_ends_at_the_main_verb_and_its_adverbs_are_no_source(sentence: str, statement: str, speaker: str) -> None:
    c = next(c for c in _claims(sentence) if c.cue)
    assert (c.quote, c.speaker) == (statement, speaker)


@pytest.mark.parametrize("sentence", [
    "The goods and services that can and cannot be claimed can be found at the NDIS website.",  # a passive
    "It is unsurprising that this estimate is close to what they report.",  # a noun after a determiner
    "It is clear that government estimates are too low.",  # a plural noun before its verb
])
def test_no_relative_cue_in_a_passive_or_a_noun(sentence: str) -> None:
    assert not any("frame.relative-cue" in c.rules for c in _claims(sentence))


def test_a_title_listing_places_is_no_apposition() -> None:
    text = ("Yaqiu Wang, research director for China, Hong Kong and Taiwan at Freedom House, said that besides better "
            "protecting their users' privacy, the companies should also put in more effort to combat China's clampdown on "
            "freedom of speech.")
    assert _claims(text)[-1].speaker == "Yaqiu Wang"


def test_a_stance_in_a_who_clause_is_the_articles_own() -> None:
    text = ("In Oklahoma Watch’s original investigation, former legislator Kevin Easley, who championed a law that was later "
            "warped into the statutes that now govern homeowners insurance, spoke passionately about the changes to the "
            "legislation he had helped pass.")
    cs = _claims(text)
    assert not any(c.cue == "championed" for c in cs)
    assert all(c.speaker is None for c in cs)


def test_a_speech_cue_joined_to_that_stance_still_reports() -> None:
    text = "Mayor Tom Reed, who endorsed the plan in May and said it would cut costs, spoke on Monday."
    c = next(c for c in _claims(text) if c.quote.startswith("it would cut costs"))
    assert c.speaker == "Tom Reed"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A clinical trial found that bypass surgery increases survival rates.", "A clinical trial"),
    ("In February 2026, a UN fact-finding mission concluded that the killings bore the hallmarks of genocide.",
     "a UN fact-finding mission"),
    ("The Commission found that noncompetes tend to negatively affect competitive conditions in labor markets.", "The Commission"),
    ("Their testing showed that the agent is readily cleared from the body.", "Their testing"),
])
def test_trials_missions_commissions_and_tests_find_things(sentence: str, speaker: str) -> None:
    c = _claims(sentence)[-1]
    assert (c.speaker, c.cue is not None) == (speaker, True)


def test_a_team_that_finds_a_way_to_win_reports_nothing() -> None:
    assert all(c.speaker is None for c in _claims("The team found a way to win in the final minutes."))


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Other research teams put the toll at more than 70,000.", "Other research teams"),
    ("Officials put the death toll at 40 on Sunday.", "Officials"),
])
def test_putting_a_figure_at_is_an_estimate_of_the_subject(sentence: str, speaker: str) -> None:
    c = _claims(sentence)[-1]
    assert (c.kind, c.speaker) == ("statistic", speaker)
    assert c.quote.startswith("put ")  # the estimate whole, from its verb


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Event organisers were concerned that his presence might trigger political controversy.", "Event organisers"),
    ("Many observers are increasingly worried that these land deals take place in the poorest countries.", "Many observers"),
])
def test_a_state_of_mind_about_a_clause_is_reported(sentence: str, speaker: str) -> None:
    c = _claims(sentence)[-1]
    assert (c.speaker, c.kind) == (speaker, "attribution")
    assert not c.quote.startswith(("were", "are"))


def test_a_state_of_mind_inside_someone_elses_report_stays_theirs() -> None:
    text = ("According to The Guardian, astronomers were optimistic that NASA's James Webb space telescope could reveal "
            "more about exoplanets like K2-18b.")
    assert _claims(text)[-1].speaker == "The Guardian"
    said = _claims("The Guardian reported that astronomers were optimistic that the telescope would find water.")[-1]
    assert said.speaker == "The Guardian"
