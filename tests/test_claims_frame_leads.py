"""A circumstance that opens a sentence before its frame states nothing of its own, also after a conjunction ('And at
the other mills, such as the one in York, she said C'): no claim of a fragment. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_lead_after_a_conjunction_is_no_claim() -> None:
    claims = _claims("Ann Lee runs the mill.\n\nAnd at the other mills, such as the one in York, she said wages would fall "
                     "by May.")
    said = [c for c in claims if c.cue == "said"]
    assert [c.quote for c in said] == ["wages would fall by May"]
    assert not any("other mills" in c.quote for c in claims)


def test_a_clause_after_a_conjunction_stays_a_claim() -> None:
    claims = _claims("But in May the mill closed, and Ann Lee said the union would meet.")
    assert any(c.quote.startswith("But in May the mill closed") or c.quote.startswith("in May the mill closed") for c in claims)


def test_a_verbless_prepositional_lead_is_no_claim() -> None:
    for lead in ("Due to the floods", "Like his rival", "Among the farmers, however", "Despite Ann Lee's warnings",
                 "Concerning her use of the land", "Throughout the strike"):
        claims = _claims(f"{lead}, Tom Baker said the mill would close by May.")
        assert [c.quote for c in claims if c.cue == "said"] == ["the mill would close by May"], lead
        assert not any(c.quote.startswith(lead.split()[0]) for c in claims), lead


def test_a_prepositional_lead_with_a_clause_after_its_comma_stays_a_claim() -> None:
    claims = _claims("Under the old rules, millers paid less. Tom Baker said the mill would close.")
    assert any(c.quote.startswith("Under the old rules, millers paid less") for c in claims)


def test_a_time_lead_before_a_coordinated_cue_leaves_the_subject() -> None:
    claims = _claims("Late last night, Tom Baker spoke to the farmers and warned that the mill would close.")
    warned = [c for c in claims if c.cue == "warned"]
    assert [(c.speaker, c.quote) for c in warned] == [("Tom Baker", "the mill would close")]


def test_an_adverb_before_a_participle_is_part_of_the_subject_not_its_end() -> None:
    claims = _claims("The newly appointed minister spoke to the farmers and warned that the mill would close.")
    warned = [c for c in claims if c.cue == "warned"]
    assert [(c.speaker, c.quote) for c in warned] == [("The newly appointed minister", "the mill would close")]


def test_a_time_word_with_no_comma_is_no_part_of_the_speaker() -> None:
    for text, who in (("Today the mayor will tell the farmers that the mill must close.", "the mayor"),
                      ("Today at the summit Tom Baker will tell the farmers that the mill must close.", "Tom Baker"),
                      ("Yesterday at the G7 the Prime Minister told the farmers that the mill must close.", "the Prime Minister")):
        claims = _claims(text)
        assert [c.speaker for c in claims if c.cue in ("tell", "told")] == [who], text
        assert len(claims) == 1, text


def test_a_month_or_a_year_with_no_comma_leads_the_subject() -> None:
    """'In March the charity Acme Aid said C', 'In 2020 the mayor said C': when, then the subject (the sentence had been the
    article's own assertion); an 'it' such a line leaves unresolved hands the tweet below to no one, so the tweet's handle
    still names its user."""
    for text, who in [("In March the charity Acme Aid said the valley was dry.", "Acme Aid"),
                      ("In 2020 the mayor said the valley was dry.", "the mayor"),
                      ("In March 2020 the mayor said the valley was dry.", "the mayor")]:
        assert [(c.speaker, c.quote) for c in _claims(text)] == [(who, "the valley was dry")], text
    claims = _claims("Acme Aid posts updates on Twitter about the valley. On May 17 it tweeted:\n\n"
                     "@AcmeAid_vl: The valley is dry today and the wells are empty.")
    assert all(c.speaker_candidates != ("it",) for c in claims), claims
