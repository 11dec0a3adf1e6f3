"""Who passed a statement on, and what only describes a source: an outlet named after a complete frame ('X said C,
Cyprus Mail reported') is the frame's via, not a claim; a relative clause about an 'according to' source is no content;
a date's year and a newspaper's article are no speaker's role."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims
from tests.claim_rows import rows_of as _rows


def test_an_outlet_after_a_frame_is_its_via_not_a_claim() -> None:
    assert _rows("The ministry said the talks had stalled, Cyprus Mail reported.") == [
        ("the talks had stalled", "The ministry", "Cyprus Mail")]
    assert _rows("Officials said that the plant was shut, the newspaper reported on Monday.") == [
        ("the plant was shut", "Officials", "the newspaper")]
    c = _claims("The ministry said the talks had stalled, Reuters reported.")[0]
    assert c.via == "Reuters" and "frame.relay-tail" in c.rules


def test_a_tail_with_its_own_content_is_no_relay() -> None:
    # the tail cue reports something of its own: two frames, each with its claim
    rows = _rows("The ministry said the talks had stalled, and the union said that strikes would follow.")
    assert ("strikes would follow", "the union", None) in rows
    assert all(via is None for _, _, via in rows)


def test_a_relative_clause_inside_the_content_subject_keeps_the_content_whole() -> None:
    # a present verb in -s after the relative clause: the clause was inside the reported subject
    assert _rows("A Turkish official said that the pipeline, which is already running, renders the project unnecessary.") == [
        ("the pipeline, which is already running, renders the project unnecessary", "A Turkish official", None)]


def test_a_relative_clause_about_an_according_to_source_is_no_content() -> None:
    assert _rows("Attacks rose sharply last year, according to the SITE Intelligence Group, which monitors extremist statements.") == [
        ("Attacks rose sharply last year", "SITE Intelligence Group", None)]
    assert _rows("According to the SITE Intelligence Group, which monitors extremist statements, attacks rose sharply.") == [
        ("attacks rose sharply", "SITE Intelligence Group", None)]


def test_a_dates_year_is_not_part_of_the_subject() -> None:
    c = _claims("On 2 April, 2012 Zambian Watchdog reported that the government had intensified its crackdown.")[0]
    assert (c.speaker, c.role) == ("Zambian Watchdog", None)
    c = _claims("On April 2, 2012 the ministry said that the government had intensified its crackdown.")[0]
    assert (c.speaker, c.role) == ("the ministry", None)


def test_a_newspaper_after_the_article_is_no_person() -> None:
    c = _claims("The talks had stalled, the Cyprus Mail reported.")[0]
    assert (c.speaker, c.role) == ("the Cyprus Mail", None)


def test_a_plural_subject_with_a_present_verb_is_the_source_of_a_participle_cue() -> None:
    assert _rows("Medicine students support the strike, claiming that the government is capping salaries.")[-1] == (
        "the government is capping salaries", "Medicine students", None)
    assert _rows("Residents fear the worst, saying the water is unsafe.")[-1] == ("the water is unsafe", "Residents", None)
    # a phrase that opens with a participle is no subject ('Speaking in his real voice …, saying:')
    assert all(c.speaker != "Speaking in his" for c in _claims("Speaking in his real voice again, he recited a verse, saying that times are hard."))


def test_whom_a_reporter_cites_at_the_end_is_the_channel() -> None:
    assert _rows("Reuters reported that the talks had stalled, citing two officials.") == [
        ("the talks had stalled", "Reuters", "two officials")]
    # a reason cited is no channel
    assert all(c.via is None for c in _claims("The ministry said prices would rise, citing higher costs."))


def test_an_open_relative_clause_has_its_own_subject() -> None:
    # 'in which some protesters were interviewed and denied C': the protesters denied, not the blog
    cl = _claims("The blog then linked to an article in which some of the protesters were interviewed and denied that they had records.")
    assert all(c.speaker is None for c in cl)
    # a relative clause closed before the cue, or the subject's own, leaves the subject the source
    cl = _claims("The Network recorded 63 incidents, of which 18 are linked to police violence, and noted that violence is spreading.")
    assert ("violence is spreading", "The Network") in [(c.quote, c.speaker) for c in cl]
    cl = _claims("Priebus, who has been in contact with the campaign, arrived at a breakfast and acknowledged that he had read the passages.")
    assert ("he had read the passages", "Priebus") in [(c.quote, c.speaker) for c in cl]



def test_papers_that_name_no_issuer_are_the_via_not_a_speaker() -> None:
    assert _rows("According to court documents filed on Monday, the suspect bought the gun in March.") == [
        ("the suspect bought the gun in March", None, "court documents filed on Monday")]
    # an issuer named after 'released by' stays the speaker
    c = _claims("Revenue rose 3 percent, according to data released Friday by state gaming regulators.")[0]
    assert c.speaker is not None and "regulators" in c.speaker


def test_a_tail_after_a_relative_clauses_frame_is_no_relay() -> None:
    cl = _claims("Scott's relatives, who asked authorities to show them the video, watched it on Thursday, attorneys for the family said.")
    assert all(c.via != "attorneys for the family" for c in cl)
    # an outlet reporting passes on a stance too
    assert _claims("The union backed the strike, the Daily Caller reported.")[0].via == "the Daily Caller"
