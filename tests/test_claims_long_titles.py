"""Shapes of press releases and news that the keys of tests/gold/wire/ hold: a long official title after an inverted
cue ('said Assistant Secretary of State for … and … <Name>'), a demonstrative that is the subject of the reported clause
('said this reflected …'), a wish for someone else to act ('wants the council to …'), figures an agency released 'which
show' something, and a quote whose paragraphs open with a straight quote mark and close only at the end. The sentences
are written for these tests, in the shapes of the keys."""

from __future__ import annotations

from reader.core.claims.stages.speakers.names import split_subject
from tests.claim_rows import claims_of as _claims
from tests.claim_rows import rows_of as _rows


def test_a_title_with_and_in_its_portfolio_ends_before_the_name() -> None:
    sp = split_subject("Assistant Secretary of State for Security and Nonproliferation Ann Lee")
    assert (sp.name, sp.role, sp.person) == ("Ann Lee", "Assistant Secretary of State for Security and Nonproliferation", True)
    sp = split_subject("Commissioner for Health and Food Safety Tom C. Baker")
    assert (sp.name, sp.role) == ("Tom C. Baker", "Commissioner for Health and Food Safety")
    # a portfolio whose last word is one (not a name) keeps working as before
    assert split_subject("Minister for Trade and Industry Tom Baker").name == "Tom Baker"


def test_a_long_title_after_an_inverted_cue_names_the_speaker_of_the_quotes_after_it() -> None:
    text = ("“This agreement shows the strength of our partnership,” said Assistant Secretary of State for International "
            "Security and Nonproliferation Ann Lee. “It also underscores the need for safe nuclear energy.”")
    claims = _claims(text)
    assert [(c.speaker, c.role) for c in claims] == [
        ("Ann Lee", "Assistant Secretary of State for International Security and Nonproliferation")] * 2
    text = ("“Theft of ideas hurts everyone,” said Acting Special Agent in Charge Tom Baker of the Acme Bureau of Customs "
            "and Border Investigations (ABCI), Seattle. “We are committed to finding these people.”")
    assert [c.speaker for c in _claims(text)] == ["Tom Baker", "Tom Baker"]


def test_a_demonstrative_that_a_verb_follows_is_the_subject_of_what_was_said() -> None:
    assert _rows("The bureau's director, Ann Lee, said this reflected a general drop in engagement in work.") == [
        ("this reflected a general drop in engagement in work", "Ann Lee", None)]
    # an object that points back is still no content ('announced this revised plan')
    c = _claims("Tom Baker announced this revised plan on Monday.")[0]
    assert (c.speaker, c.cue) == (None, None)


def test_a_wish_for_someone_to_act_is_the_wisher_s() -> None:
    assert _rows("Parliament wants the maritime sector to cut emissions by 2% by 2025.") == [
        ("the maritime sector to cut emissions by 2% by 2025", "Parliament", None)]
    assert _rows("Ann Lee wants the council to reopen the bridge.") == [
        ("the council to reopen the bridge", "Ann Lee", None)]
    # 'to' before a noun phrase is no act wished for; a reason given ('why … want …') is nobody's statement
    assert _claims("Most voters want a move to the other party.")[0].speaker is None
    c = _claims("Ann Lee lists 13 reasons why the activists and locals do not want the plant to start.")[0]
    assert (c.speaker, c.quote) == (None, "Ann Lee lists 13 reasons why the activists and locals do not want the plant to start")


def test_figures_released_which_show_are_the_issuer_s() -> None:
    c = _claims("In January, the Census Bureau released data which show that applications rose by 10 percent.")[0]
    assert (c.quote, c.speaker, c.cue) == ("applications rose by 10 percent", "the Census Bureau", "show")
    c = _claims("A long-term sea level dataset shows ocean heights rising at faster rates.")[0]
    assert (c.quote, c.cue) == ("ocean heights rising at faster rates", "shows")


def test_a_quote_running_on_over_straight_quote_marks_keeps_its_speaker() -> None:
    text = ("Ann Lee, director of the survey, said this reflected a drop in work.\n\n"
            "“The decrease was mainly due to a fall in full-time work,\" said Ms Lee.\n\n"
            "\"There was also a decrease in people studying.\n\n"
            "\"This was most noticeable for people aged 20 to 24.\"")
    claims = _claims(text)
    assert [c.speaker for c in claims[-3:]] == ["Ann Lee"] * 3
    assert all(c.speaker_confidence is not None and c.speaker_confidence >= 0.7 for c in claims[-3:])


def test_an_owners_named_report_is_the_owners_channel() -> None:
    c = _claims("The Acme Council’s third Water Quality in Ruritania report shows lead levels were 41 per cent lower.")[0]
    assert (c.quote, c.speaker, c.cue) == ("lead levels were 41 per cent lower", "The Acme Council", "shows")
    assert c.via == "The Acme Council’s third Water Quality in Ruritania report"
    # people an owner has still report ('Acme’s engineers report that C'), and so does one of them
    assert [(c.speaker, c.cue) for c in _claims("Acme’s engineers report that the bridge is safe.")] == [("Acme’s engineers", "report")]
    assert [(c.speaker, c.cue) for c in _claims("The show’s host sought to change the subject.")] == [
        ("The show’s host", "sought")]
