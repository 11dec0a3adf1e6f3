"""One test per construction, on real paragraphs of sample_articles/ (looked up by their opening words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.claims.extract import Claim, extract_claims
from reader.core.claims.stages.numbers import find_numbers
from reader.core.documents.document import from_text, load_document

ROOT = Path(__file__).resolve().parent.parent


def _doc_from(stem: str, *openings: str):
    """A document made of the article's paragraphs that start with `openings` (title line first)."""
    text = (ROOT / "sample_articles" / f"{stem}.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in text.split("\n\n")]
    chosen = [next(p for p in paras if p.startswith(o)) for o in openings]
    return from_text("Title\n\n" + "\n\n".join(chosen))


def _claims(stem: str, *openings: str) -> list[Claim]:
    doc = _doc_from(stem, *openings)
    out = extract_claims(doc)
    for c in out:  # the invariant every consumer relies on
        assert doc.text[c.start : c.end] == c.quote
        for f in c.fragments:
            assert c.start <= f.start < f.end <= c.end
    return out


def _find(claims: list[Claim], words: str) -> Claim:
    return next(c for c in claims if words in c.quote)


def test_cue_after_quote_with_pronoun() -> None:
    cl = _claims("execution-squads", "Elina Ribakova", "“I think")
    q = _find(cl, "steadily going back")
    assert (q.kind, q.speaker, q.cue) == ("quote", "Elina Ribakova", "said")
    assert q.speaker_span is not None and q.speaker_span.of(_doc_from("execution-squads", "Elina Ribakova", "“I think").text) == "she"


def test_cue_before_with_appositive_role_and_outlet() -> None:
    cl = _claims("execution-squads", "Elina Ribakova")
    c = _find(cl, "temporary blip")
    assert c.kind == "attribution" and c.quote == "Russia’s isolation is not just a temporary blip"
    assert c.speaker == "Elina Ribakova"
    assert c.role == "deputy chief economist for the Institute of International Finance"
    assert c.via == "the Guardian"


def test_partial_quote_inside_sentence_and_channel() -> None:
    cl = _claims("execution-squads", "But Putin’s spokesman")
    c = _find(cl, "strictly in accordance")
    assert c.kind == "quote" and c.speaker == "Dmitry Peskov" and c.role == "Putin’s spokesman"
    assert c.via == "CNN interview" and c.cue == "insisted"


def test_nested_attribution_via_post() -> None:
    cl = _claims("execution-squads", "According to a Telegram post")
    c = _find(cl, "army leadership")
    assert c.kind == "quote" and c.speaker is not None and c.speaker.endswith("POWs")
    assert c.via is not None and "Security Service of Ukraine" in c.via
    assert not any(x.quote.startswith("According to") for x in cl)


def test_nested_source_of_outlet() -> None:
    cl = _claims("magnitogorsk-collapse", "The website further reported")
    c = _find(cl, "fourth offender")
    assert c.speaker is not None and c.speaker.endswith("source") and c.hedged


def test_multi_paragraph_quote_keeps_speaker() -> None:
    cl = _claims("execution-squads", "Elina Ribakova", "“I think", "\"I’m not seeing")
    c = _find(cl, "temporary shock")
    assert c.kind == "quote" and c.speaker == "Elina Ribakova"


def test_pronoun_resolves_to_last_person() -> None:
    cl = _claims("execution-squads", "But Putin’s spokesman", "However, he refused")
    c = _find(cl, "nuclear weapons")
    assert c.speaker == "Dmitry Peskov" and c.quote.startswith("refused to rule out")


def test_quote_split_by_cue_is_one_claim_with_fragments() -> None:
    cl = _claims("ebola-treatments", "Past EVD outbreak")
    c = _find(cl, "Now that 90%")
    # only the surname is in this excerpt: "he" resolves to the last named source
    assert c.kind == "quote" and len(c.fragments) == 2 and c.speaker == "Muyembe"
    assert [n.value for n in c.numbers] == [90.0]


def test_straight_quotes_and_sentences_of_a_quote() -> None:
    cl = _claims("trump-border-emergency", "Trump said on Friday")
    pelosi = [c for c in cl if c.speaker == "Nancy Pelosi" and c.kind == "quote"]
    assert [c.quote for c in pelosi] == [
        "We are committed to keeping our border safe.",
        "We can do that best when government is open.",
        "We made that clear to the president.",
    ]
    assert _find(cl, "in the midst of a crisis").speaker == "Mike Pence"


def test_cue_after_content_and_coordinated_cue() -> None:
    cl = _claims("magnitogorsk-collapse", "An apartment building collapsed")
    toll = _find(cl, "A total of 39")
    assert toll.kind == "statistic" and toll.speaker == "officials" and toll.via == "state media"
    added = _find(cl, "rescuers ended their work")
    assert added.speaker == "officials" and added.kind == "attribution"


@pytest.mark.parametrize(
    ("stem", "opening", "words", "hedge"),
    [
        ("execution-squads", "As troops", "has reportedly sent", "reportedly"),
        ("magnitogorsk-collapse", "An apartment building collapsed", "A suspected gas leak", "suspected"),
        ("ebola-treatments", "While one experimental", "appears able", "appears"),
    ],
)
def test_hedged_reports(stem: str, opening: str, words: str, hedge: str) -> None:
    c = _find(_claims(stem, opening), words)
    assert c.kind == "report" and c.hedged and c.hedge == hedge


def test_unattributed_assertion_and_statistic() -> None:
    cl = _claims("magnitogorsk-collapse", "The 1973 building")
    assert _find(cl, "The 1973 building").kind == "statistic"
    assert _find(cl, "48 apartments").kind == "statistic"
    assert _find(cl, "The building was evacuated").kind == "assertion"


def test_not_claims_bullets_footer_title() -> None:
    doc = load_document(str(ROOT / "sample_articles/execution-squads.txt"))
    cl = extract_claims(doc)
    assert all(c.start >= doc.body_start for c in cl)
    assert not any("Suicide drone" in c.quote or "Read Full Article" in c.quote for c in cl)


def test_questions_are_not_claims() -> None:
    doc = from_text("Title\n\nWill the wall be built? Trump said on Friday he can and may declare a national state of emergency.")
    assert [c.quote for c in extract_claims(doc)] == ["he can and may declare a national state of emergency"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("7,000", 7000.0), ("hundreds", 200.0), ("thousands", 2000.0), ("40%", 40.0), ("$3.5bn", 3.5e9),
     ("one million", 1e6), ("two thirds", 2 / 3), ("1800", 1800.0), ("hundreds of thousands", 2e5)],
)
def test_number_forms(text: str, value: float) -> None:
    found = find_numbers(text)
    assert len(found) == 1 and found[0].text == text and found[0].value == pytest.approx(value)


def test_numbers_in_claims_carry_spans() -> None:
    cl = _claims("ebola-treatments", "The overall mortality rates")
    c = _find(cl, "49%")
    assert [n.text for n in c.numbers] == ["49%", "53%", "29%", "34%"]
    doc = _doc_from("ebola-treatments", "The overall mortality rates")
    assert all(doc.text[n.span.start : n.span.end] == n.text for n in c.numbers)


def test_passive_told_by_carries_quote_and_hearer() -> None:
    cl = _claims("magnitogorsk-collapse", "The Investigative Committee")
    q = _find(cl, "presumably between 36 and 40")
    assert q.kind == "quote" and q.speaker == "Yevgeny Zinichev"
    assert not any(c.quote.startswith("In a meeting") for c in cl)


def test_vague_reports_and_cue_without_content() -> None:
    cl = _claims("magnitogorsk-collapse", "An apartment building collapsed", "The 1973 building")
    assert _find(cl, "Some reports suggest").kind == "report"
    assert _find(cl, "Over 1,000 rescuers responded").kind == "statistic"


def test_reported_content_ends_at_semicolon_and_locative_subject() -> None:
    cl = _claims("magnitogorsk-collapse", "On the night of Monday", "The website further")
    assert _find(cl, "three people died").speaker == "Officials"
    own = _find(cl, "their identities were not provided")
    assert own.kind == "assertion" and own.speaker is None
    res = _find(cl, "the officers claimed to be seeking a bomb")
    assert res.kind == "attribution" and res.speaker == "Residents"


def test_title_mention_resolves_and_which_clause_is_the_articles() -> None:
    cl = _claims("trump-border-emergency", "United States President Donald Trump")
    assert _find(cl, "the budget include funding for the wall").speaker == "Donald Trump"
    assert _find(cl, "which was one of his campaign promises").kind == "assertion"
    assert _find(cl, "Congress has not passed").speaker is None


def test_short_quoted_sentences_and_two_person_subject() -> None:
    cl = _claims("trump-border-emergency", "Trump said on Friday", "The Senate Minority Leader", "Senate Minority Whip")
    assert _find(cl, "I may do it").speaker == "Trump"
    assert _find(cl, "He resisted").speaker == "Chuck Schumer"
    both = _find(cl, "questioned the President")
    assert both.kind == "attribution" and both.speaker.startswith("Dick Durbin and ") and both.speaker.endswith("Adam Schiff")


@pytest.mark.parametrize("text, statistical", [
    ("This lockdown started on December 22, last year.", False),
    ("The Emergencies Ministry said six deaths were of children.", True),
])
def test_dates_and_count_nouns(text: str, statistical: bool) -> None:
    assert find_numbers(text)[0].statistical is statistical


def test_nested_sources_inside_an_outlets_claim() -> None:
    cl = _claims("magnitogorsk-collapse", "The FSB denies")
    fsb = _find(cl, "have ascribed the explosion")
    assert fsb.speaker == "FSB sources" and fsb.via == "Znak.com" and fsb.hedged
    own = _find(cl, "it has found no trace of explosives")
    assert own.speaker == "The Investigative Committee" and "despite" not in own.quote
    depot = _find(cl, "explosives depot")
    assert depot.speaker == "an anonymous source" and depot.via == "Znak.com"
    tenant = _find(cl, "tenant moved in")
    assert tenant.speaker == "Znak.com’s source" and tenant.via == "Znak.com"


def test_time_phrase_before_frame_and_and_inside_an_institution_name() -> None:
    cl = _claims("ebola-treatments", "On Monday morning")
    assert not any(c.quote.startswith("On Monday") for c in cl)
    assert _find(cl, "a trial of four possible Ebola drugs").speaker == "Anthony Fauci"


def test_per_with_concession_between_commas() -> None:
    cl = _claims("ebola-treatments", "Per the WHO")
    assert _find(cl, "all treatment centers").speaker == "WHO"
    assert "even though" not in _find(cl, "all treatment centers").quote
    own = _find(cl, "research into the two treatments")
    assert own.kind == "assertion" and own.speaker is None and own.quote.startswith("research")
    assert _find(cl, "ZMapp and remdesivir are to be retired").speaker == "WHO"


def test_according_to_inside_the_clause() -> None:
    cl = _claims("magnitogorsk-collapse", "The 1973 building")
    c = _find(cl, "recovered at least ten survivors")
    assert c.speaker == "emergencies ministry" and c.cue == "according to"
    assert [c.quote[f.start - c.start : f.end - c.start] for f in c.fragments] == [
        "Rescuers, working in temperatures well below freezing", "recovered at least ten survivors from the debris on Monday"]


def test_inverted_cue_with_plural_source_clock_time_and_relative_who() -> None:
    cl = _claims("el-paso-shooting", "On Saturday morning")
    toll = _find(cl, "a gunman shot shoppers")
    assert toll.speaker == "officials" and toll.cue == "reported" and "25 others" not in toll.quote
    began = _find(cl, "The shooting began")
    assert began.speaker == "police" and [n.text for n in began.numbers][0] == "10:39 a.m."
    assert began.numbers[0].value == 10 + 39 / 60
    assert _find(cl, "officers arrived at the Walmart").speaker == "police"


def test_channel_as_subject_and_characterized_as_quote() -> None:
    cl = _claims("el-paso-shooting", "According to Mexican President", "Federal authorities are investigating")
    c = _find(cl, "eight Mexicans died")
    assert c.speaker == "the Mexican government" and c.via == "Another report"
    q = _find(cl, "designed to intimidate")
    assert q.kind == "quote" and q.speaker == "Josh Bash" and q.cue == "characterized"


def test_document_read_in_part_and_inverted_cue_with_appositive_name() -> None:
    cl = _claims("uk-prorogation-ruling", "Today at 10:30", "The summary of the decision", "For three days")
    assert not any(c.quote.startswith(("a procedural suspension", "of the Parliament")) for c in cl)
    c = _find(cl, "Parliament has not been prorogued")  # "The summary of the decision read in part:" -> the court
    assert c.speaker == "Supreme Court of the United Kingdom"
    keen = _find(cl, "It is not for the Court to opine")
    assert keen.speaker == "Richard Keen" and keen.role == "the government's lawyer" and keen.cue == "argued"


def test_bare_surname_is_the_person_named_earlier_and_pronoun_follows() -> None:
    cl = _claims("uk-prorogation-ruling", "Queen Elizabeth II", "For three days", "Britons voted")
    assert _find(cl, "Britain must leave by that date").speaker == "Boris Johnson"
    said = _find(cl, "cautiously optimistic")
    assert said.speaker == "Boris Johnson"
    assert not any(c.quote.startswith("two days after") for c in cl)


def test_cue_noun_after_preposition_and_inverted_cue_with_lowercase_title() -> None:
    cl = _claims("samoa-measles-shutdown", "In remarks to")
    assert _find(cl, "mass mobilisation").speaker == "Sheldon Yett"  # "In remarks to …": 'remarks' is a noun
    cl = _claims("house-subpoena-ukraine", "Regarding Trump", "\"The only conclusion")
    honig = _find(cl, "If I got a transcript")
    assert honig.speaker == "Elie Honig" and honig.via == "Twitter"  # "former federal prosecutor X said via Twitter:"
    assert not any(c.quote.startswith(("Regarding", "via")) for c in cl)
    assert _find(cl, "only explanation").speaker == "Ken Gude"  # '"Q," tweeted former thinktank executive Ken Gude.'


def test_relative_who_takes_nearest_name_and_sentence_head_stays_a_claim() -> None:
    cl = _claims("samoa-measles-shutdown", "Samoan Prime Minister", "Households")
    assert _find(cl, "his nephew").speaker == "Tuilaepa Sailele Malielegaoi"  # family name first
    assert _find(cl, "This included").kind == "assertion"


def test_act_verbs_are_not_cues_and_names_with_numerals_are_not_numbers() -> None:
    cl = _claims("cow-urine-covid", "COVID-19 was previously")
    lives = _find(cl, "6606 lives")
    assert lives.speaker != "the virus" and lives.kind == "statistic"  # "the virus claimed 6606 lives"
    assert not any(n.text == "19" for c in cl for n in c.numbers)
    cl = _claims("samoa-measles-shutdown", "The Samoan government declared")
    assert [c.kind for c in cl] == ["assertion"]  # "declared a state of emergency": an act


def test_participle_after_name_keeps_predicate_and_continued_by_noting() -> None:
    cl = _claims("house-subpoena-ukraine", "According to a poll")
    assert _find(cl, "has publicly voiced support").kind == "assertion"
    assert _find(cl, "big fan of oversight").speaker == "Mark Amodei"
    assert _find(cl, "Using government agencies").speaker == "Mark Amodei"  # "He continued by noting that"


def test_original_language_text_of_a_quote_is_not_a_claim() -> None:
    cl = _claims("cow-urine-covid", "Chakrapani had said")
    assert _find(cl, "Thus, these ministers").kind == "quote"
    assert not any("Hindi" in c.quote or "कोरोना" in c.quote for c in cl)


def test_currency_prefix_number() -> None:
    assert [f.text for f in find_numbers("delay around US$400 million in military aid")] == ["US$400 million"]


def test_coordinated_cue_without_subject_reports_for_the_sentence_subject() -> None:
    cl = _claims("saudi-oil-drone-attacks", "According to the Saudi Press Agency")
    assert _find(cl, "did not mention if there were casualties").kind == "assertion"
    c = _find(cl, "exports were continuing")  # "The agency did not mention …, but said C"
    assert (c.kind, c.speaker, c.cue) == ("attribution", "Saudi Press Agency", "said")  # "the agency": the named one


def test_participle_cue_after_a_channel_noun_and_after_a_comma() -> None:
    cl = _claims("saudi-oil-drone-attacks", "US Secretary of State")
    blame = _find(cl, "blaming Iran")  # "X posted a message on Twitter blaming …, saying “…”"
    assert blame.kind == "attribution" and blame.speaker.endswith("Mike Pompeo")
    assert not any(c.quote.startswith("US Secretary") for c in cl)
    q = _find(cl, "no evidence the attacks came from Yemen")
    assert q.kind == "quote" and q.speaker.endswith("Mike Pompeo")
    cl = _claims("uk-prorogation-ruling", "The High Court of England")
    assert _find(cl, "ruled on the same day").kind == "assertion"
    c = _find(cl, "was not a matter for the courts")  # "…, finding that C"
    assert c.kind == "attribution" and "High Court of England and Wales" in c.speaker


def test_court_subjects_found_and_ruled_and_the_court_resolves_to_its_name() -> None:
    cl = _claims("uk-prorogation-ruling", "Today at 10:30 BST")
    a, b = _find(cl, "it could rule on the prorogation"), _find(cl, "the prorogation to be unlawful")
    assert a.quote == "it could rule on the prorogation" and b.quote == "the prorogation to be unlawful"
    assert a.speaker == b.speaker == "Supreme Court of the United Kingdom"
    cl = _claims("uk-prorogation-ruling", "Queen Elizabeth II")
    c = _find(cl, "the prorogation was unlawful")  # "ruled on September 11 C": a date, then the content
    assert (c.kind, c.quote) == ("attribution", "the prorogation was unlawful")
    assert _find(cl, "ruled on the appeal").kind == "assertion"  # "ruled on the appeal": an act


def test_possessive_cue_noun_and_as_aside() -> None:
    cl = _claims("uk-prorogation-ruling", "For three days last week")
    c = _find(cl, "political tool")  # "The government's counter-argument was that C"
    assert (c.kind, c.speaker, c.quote) == (
        "attribution", "The government", "prorogation is a political tool given by the legislature to the executive branch")
    assert not any(c.quote.startswith("the Court of Session") for c in cl)  # "…, as the Court of Session found."
    assert _find(cl, "true intent").speaker.endswith("John Major")


def test_claimed_responsibility_is_an_act_and_which_state_media_said() -> None:
    cl = _claims("saudi-oil-drone-attacks", "Yesterday, oil facilities")
    assert _find(cl, "claimed responsibility").kind == "assertion"
    assert _find(cl, "triggered major fires").kind == "assertion"
    c = _find(cl, "were under control")
    assert (c.kind, c.quote, c.speaker) == ("attribution", "were under control", "state media")


def test_object_pronoun_and_respelt_surname_resolve_to_the_named_speaker() -> None:
    cl = _claims("saudi-oil-drone-attacks", "Speaking on al-Masirah TV", "\"These attacks")
    assert _find(cl, "among the largest Houthi operations").speaker == "Yahya Sarea"  # "According to him"
    assert _find(cl, "These attacks are our right").speaker == "Yahya Sarea"  # "…, Saree said."


def test_base_form_after_an_article_is_a_noun_and_speaking_to_is_circumstance() -> None:
    cl = _claims("tesco-poland-sale", "Tesco sold its roughly")
    assert not any(c.quote in ("of last year", "Speaking to Portfolio.hu") for c in cl)
    assert _find(cl, "did not have intentions").speaker == "Dave Lewis"
    assert _find(cl, "want to stay in Hungary").speaker == "Matt Simister"


def test_scale_word_after_a_double_space_is_one_number_with_the_source_text() -> None:
    cl = _claims("saudi-oil-drone-attacks", "Reuters, citing")
    n = _find(cl, "barrels of per-day").numbers[0]
    assert (n.text, n.value) == ("5.7  million", 5.7e6)
    assert n.text == _doc_from("saudi-oil-drone-attacks", "Reuters, citing").text[n.span.start : n.span.end]


def test_which_after_a_common_noun_stays_with_its_clause() -> None:
    cl = _claims("tesco-poland-sale", "The deal covers")
    assert _find(cl, "19 stores").quote == "Tesco continues to run 19 stores, which were not included in this package"
    cl = _claims("ebola-treatments", "The PALM trial")  # after a name, the clause is a fact of its own
    assert any(c.quote.startswith("which has suffered") for c in cl)


def test_the_parties_and_the_chains_release_link_to_names_before() -> None:
    cl = extract_claims(load_document(str(ROOT / "sample_articles/tesco-poland-sale.txt")))
    assert _find(cl, "expect a decision").speaker == "Tesco and Salling Group"  # "The parties said"
    c = _find(cl, "22 sold units")  # "The chain's press release reported" after "supermarket chain Tesco" (title)
    assert (c.speaker, c.via) == ("Tesco", "The chain's press release")


def test_gapped_second_subject_and_relative_clause_after_semicolon() -> None:
    cl = _claims("tesco-poland-sale", "On Thursday, UK-based", "The sale price")
    a, b = _find(cl, "intention to leave"), _find(cl, "intention to strengthen")
    assert (a.quote, a.speaker) == ("its intention to leave the Polish market altogether", "Tesco")
    assert (b.quote, b.speaker) == ("its intention to strengthen its Netto chain in Poland", "Salling")  # "…, Salling its intention"
    c = _find(cl, "the sold units contributed")  # "Tesco said …; to which the sold units contributed …"
    assert c.speaker == "Tesco" and c.quote.startswith("the sold units")


def test_named_x_among_is_a_report() -> None:
    cl = _claims("tesco-poland-sale", "Tesco's Polish operation")
    c = _find(cl, "Echo Investment")  # "NFP named the Kaufland chain and … Echo Investment among the buyers."
    assert (c.kind, c.speaker, c.quote) == ("attribution", "NFP", "the Kaufland chain and property developer Echo Investment among the buyers")


def test_sentence_between_two_arguments_continues_the_first() -> None:
    cl = _claims("uk-prorogation-ruling", "For three days last week")
    c = _find(cl, "If Parliament does not like prorogation")
    assert (c.kind, c.speaker) == ("attribution", "The government")
    assert _find(cl, "heard arguments").speaker is None  # the article's own, before the argument


def test_title_of_portfolio_then_name_goes_to_role() -> None:
    from reader.core.claims.stages.speakers.names import split_subject
    cl = _claims("saudi-oil-drone-attacks", "US Secretary of State Mike Pompeo")
    c = _find(cl, "no evidence the attacks")
    assert (c.speaker, c.role) == ("Mike Pompeo", "US Secretary of State")
    assert split_subject("President of the United States").person is False  # the complement is no name


def test_appositive_roles_after_a_source_are_no_claims() -> None:
    cl = _claims("who-pandemic-declared", "Although the word", "According to Dr. Tom Frieden")
    c = _find(cl, "If countries detect")  # '…," said Tedros Adhanom Ghebreyesus, the Director-General of the WHO.'
    assert (c.speaker, c.role) == ("Tedros Adhanom Ghebreyesus", "the Director-General of the WHO")
    assert not any(c.quote.startswith(("the Director-General", "formerly the director")) for c in cl)
    assert _find(cl, "unprecedented").speaker == "Tom Frieden"


def test_en_dash_compound_name_after_inverted_cue_and_who_relative() -> None:
    cl = _claims("exoplanet-water-k2-18b", "\"It's a good sign\"")
    c = _find(cl, "It's a good sign")  # '"It's a good sign", said Ryan Cloutier of the Harvard–Smithsonian Center …, who …'
    assert (c.kind, c.speaker) == ("quote", "Ryan Cloutier")
    assert not any(c.quote.startswith("who was not") for c in cl)  # the source described, like a role: no claim


def test_continued_between_two_parts_of_one_quote() -> None:
    cl = _claims("exoplanet-water-k2-18b", "\"It's a good sign\"")
    c = _find(cl, "further observations")  # '"Overall," he continued, "the presence of water … for sure."'
    assert (c.kind, c.speaker, c.cue) == ("quote", "Ryan Cloutier", "continued")
    assert len(c.fragments) == 2 and c.quote.startswith("Overall")
    doc = from_text("Title\n\nSales continued to rise in March, the company said.")
    assert [c.cue for c in extract_claims(doc)] == ["said"]  # 'continued to rise' is no cue


def test_designation_with_digits_is_no_number() -> None:
    assert find_numbers("the planet K2-18b and flight MH-17") == []
    assert [f.text for f in find_numbers("between 20-30 people")] == ["20", "30"]


def test_prepositional_opener_without_comma_before_the_source() -> None:
    cl = _claims("tesco-poland-sale", "The deal covers")
    c = _find(cl, "it seeks to improve")  # "With the acquisition Salling said it seeks …"
    assert (c.speaker, c.cue) == ("Salling", "said")


def test_plural_noun_before_remain_is_no_cue() -> None:
    cl = _claims("saudi-oil-drone-attacks", "US Secretary of State Mike Pompeo")
    c = _find(cl, "how much direct Iranian assistance")  # "BBC's Jonathan Marcus said questions remain how much …"
    assert (c.speaker, c.cue) == ("Jonathan Marcus", "said") and c.quote.startswith("questions remain")


def test_margin_race_time_and_bound_are_the_point() -> None:
    cl = _claims("kosgei-marathon-record", "In setting the new record")
    assert _find(cl, "81 seconds faster").kind == "statistic"  # a margin, not a mere time span
    cl = _claims("kosgei-marathon-record", "Second and third place")
    c = _find(cl, "Second and third place")  # ", with times of 2:20:51 and 2:20:55": a modifier, no cut
    assert c.kind == "statistic" and c.quote.endswith("respectively")
    assert [f.text for f in find_numbers("with times of 2:20:51 and 2:20:55")] == ["2:20:51", "2:20:55"]
    assert all(f.statistical for f in find_numbers("in under two hours, nearly three weeks"))
    assert not find_numbers("in some cases to almost zero")[0].statistical


def test_vague_few_hundred_partitive_and_ratio() -> None:
    assert [f.text for f in find_numbers("a few hundred people attended; several thousand troops")] == ["a few hundred", "several thousand"]
    assert find_numbers("Two of the Representatives were independents")[0].statistical
    # 'one of the X' names one of them, no count: 20 of the keys' 21 such claims are no statistic
    assert not find_numbers("One of the Representatives was an independent")[0].statistical
    assert find_numbers("one out of every thousand children who contract measles")[0].statistical
    assert not find_numbers("Biden is one of the front runners")[0].statistical  # membership after a copula
    assert not find_numbers("one of the largest retailers")[0].statistical
    cl = _claims("cow-urine-covid", "On Saturday")
    assert _find(cl, "a few hundred people").kind == "statistic"


def test_acts_that_are_not_speech() -> None:
    cl = _claims("house-subpoena-ukraine", "The subpoena was issued")
    c = _find(cl, "records relating to")  # "It also called for records …": a demand for documents, no report frame
    assert c.kind == "assertion" and c.quote.startswith("It also called for")
    cl = _claims("house-subpoena-ukraine", "Volker's resignation")
    c = _find(cl, "helped facilitate")  # "Giuliani, claiming to represent the State Department": no report frame
    assert c.kind == "assertion" and "claiming to represent" in c.quote


def test_reportedly_after_comma_is_a_report_of_its_own() -> None:
    cl = _claims("tesco-poland-sale", "In the past few years")
    a = _find(cl, "has cut expenditures")
    assert a.kind == "assertion" and a.quote.endswith("closing off stores")
    assert _find(cl, "Poznan").kind == "report"


def test_doubled_apostrophes_are_quote_marks() -> None:
    """Newswire archives write a double quote as two apostrophes; the quote, its speaker and the real text hold."""
    from reader.core.claims.extract import extract_claims
    from reader.core.documents.document import from_text

    text = ("Title\n\nThe plan drew criticism from economists.\n\n"
            "''We don't have silver bullets,'' said David Autor, an economist. ''It's about the replacement of moderates.''\n")
    claims = extract_claims(from_text(text))
    quotes = [c for c in claims if c.kind == "quote"]
    assert [c.quote for c in quotes] == ["We don't have silver bullets,", "It's about the replacement of moderates."]
    assert all(c.speaker == "David Autor" for c in quotes)
    assert all(text[c.start : c.end] == c.quote for c in claims)


def test_a_free_relative_is_not_a_report() -> None:
    """'vote for what they believe in', 'what he said about taxes': the cue's object is the 'what'; no frame, no
    claim whose content is the words after the cue ('in', 'about taxes')."""
    doc = from_text("Budget\n\nVoters were asked to vote for what they believe in.\n\n"
                    "She did not repeat what he said about taxes.\n\n"
                    "The move was met with what WalesOnline called \"fury\" from local tourism chiefs.\n")
    claims = extract_claims(doc)
    assert [c.quote for c in claims if c.cue in ("believe", "said")] == []
    assert any(c.quote == "Voters were asked to vote for what they believe in" and c.speaker is None for c in claims)
    named = [c for c in claims if c.cue == "called"]  # a quoted name after the cue is still the named source's
    assert len(named) == 1 and named[0].speaker == "WalesOnline" and named[0].quote == "fury"


def test_an_expectation_without_a_source_is_a_report() -> None:
    """'is expected to' (centos-stream: 'CentOS 7 is expected to receive maintenance updates through June 2024'):
    the article reports an expectation it does not vouch for and names nobody who holds it."""
    c = extract_claims(from_text("Title\n\nThe bill is not expected to pass the Senate before the summer recess."))[0]
    assert (c.kind, c.cue, c.speaker, c.hedged) == ("report", "is not expected to", None, True)
