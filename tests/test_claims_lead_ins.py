"""Lead-ins (stages/lead_ins.py): sentences that announce, sum up or talk to the reader are no claims, while the
claims they lead into stay, and a statement of the same form with nothing after it stays too; and the article's own
figures read in a named poll (stages/measures.py)."""

from __future__ import annotations

from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import from_text


def _claims(*paras: str) -> list[Claim]:
    return extract_claims(from_text("Title\n\n" + "\n\n".join(paras)))


def _quotes(claims: list[Claim]) -> list[str]:
    return [c.quote for c in claims]


def test_a_speech_event_before_its_words_goes_and_the_words_stay() -> None:
    out = _claims('Later, he shared an update on the IRC channel.  Sergey said, "they require complete removal of the code."')
    assert not any("shared an update" in q for q in _quotes(out))
    assert any("complete removal" in c.quote and c.speaker for c in out)


def test_an_announcement_with_nothing_after_it_stays() -> None:
    out = _claims("Later, he shared an update on the IRC channel.")
    assert any("shared an update" in q for q in _quotes(out))


def test_a_reaction_before_the_persons_quote_goes() -> None:
    out = _claims('Caloundra half back Jarrod Kidston enjoyed the win. "Yeah it was a good start from us, probably the best start '
                  'from us in a while", Kidston said.')
    assert not any("enjoyed the win" in q for q in _quotes(out))
    assert any("good start" in c.quote and c.speaker == "Jarrod Kidston" for c in out)


def test_a_passive_report_of_a_posting_is_a_statement() -> None:
    out = _claims("These limitations were posted as messages on the checkouts, and on the chains' Facebook pages.  "
                  'Coles said: "We are limiting the purchase of toilet paper."')
    assert any(q.startswith("These limitations were posted") for q in _quotes(out))


def test_transitions_and_summaries_go() -> None:
    out = _claims("Meanwhile, a series of news events broke as Election Day drew closer.  The Senate confirmed judge Barrett "
                  "to the Supreme Court.", "The candidates agreed on many issues with varied nuances.  All supported the removal "
                  "of US troops from Afghanistan.")
    said = " | ".join(_quotes(out))
    assert "series of news events" not in said and "many issues" not in said
    assert "Barrett to the Supreme Court" in said and "removal of US troops" in said


def test_the_articles_present_tense_list_of_speakers_goes_a_past_event_stays() -> None:
    assert not _claims("Those giving their final pleas are: Libertarian Party presidential nominee Jo Jorgensen, Prohibition "
                       "Party presidential nominee Phil Collins, and Unity Party of America presidential nominee Bill Hammons.")
    assert _claims("Those who did take part in-person were: Independent presidential candidate Brock Pierce, Green Party "
                   "presidential nominee Howie Hawkins, and Constitution Party presidential nominee Don Blankenship.")


def test_a_scare_quoted_label_opening_a_sentence_is_cut_off() -> None:
    out = _claims('In another potential "October surprise," on the week of the dueling town halls, the New York Post published '
                  "an article about the discovery of a laptop.")
    assert [q[:12] for q in _quotes(out)] == ["on the week "]


def test_a_figure_in_a_named_poll_average_is_that_bodys() -> None:
    out = _claims("At the end of October, President Trump trailed former Vice President Biden in the RealClearPolitics "
                  "head-to-head matchup, 51.3 to 43.5 percent.", "Biden led by 7 points in a recent poll.")
    assert [(c.kind, c.speaker) for c in out] == [("statistic", "RealClearPolitics"), ("statistic", None)]


def test_a_body_releasing_a_report_showing_a_figure_is_its_source() -> None:
    out = _claims("The Commerce department released a report showing growth in GDP of 33.1 percent in the third quarter of 2020.",
                  "John Smith released a report showing 40 percent growth.")
    assert [(c.speaker, c.via) for c in out] == [("The Commerce department", "a report"), (None, None)]


def test_advice_in_the_passive_is_the_advice_of_the_source_before_it() -> None:
    out = _claims("Shortly thereafter, the city issued a follow-up statement announcing the break had been contained. Residents "
                  "were advised to expect the water to perhaps be \"discolored\" when it initially returned.")
    assert next(c for c in out if c.quote.startswith("Residents")).speaker == "the city"
    alone = _claims("Residents were advised to expect the water to be discolored.")
    assert alone[0].speaker is None
