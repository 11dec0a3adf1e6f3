"""A document as the grammatical speaker: the body that issued it speaks, the document is the `via`."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import from_text, load_document

ROOT = Path(__file__).resolve().parent.parent


def _claims(name: str) -> list[Claim]:
    return extract_claims(load_document(str(ROOT / "sample_articles" / f"{name}.txt")))


def _find(claims: list[Claim], words: str) -> Claim:
    found = [c for c in claims if words in c.quote]
    assert len(found) == 1, [c.quote for c in claims]
    return found[0]


def test_an_owned_notice_is_its_owners_words() -> None:
    cl = _claims("youtube-dl-dmca")
    c = _find(cl, "circumvent the technological protection measures")  # "RIAA's DMCA notice alleged …"
    assert (c.speaker, c.via) == ("Recording Industry Association of America (RIAA)", "RIAA's DMCA notice")  # spelled out before
    assert "speaker.owned-channel" in c.speaker_rules


def test_an_owned_notice_published_by_another_stays_its_owners() -> None:
    c = _find(_claims("youtube-dl-dmca"), "1201 Circumvention")  # "RIAA's notice published by GitHub reads …"
    assert (c.speaker, c.via) == ("Recording Industry Association of America (RIAA)", "RIAA's notice")


def test_a_poll_published_by_an_outlet_is_the_outlets() -> None:
    c = _find(_claims("house-subpoena-ukraine"), "over 220 members")  # "According to a poll published by NBC News …"
    assert (c.speaker, c.via) == ("NBC News", "a poll")
    assert "speaker.channel-of" in c.speaker_rules


def test_a_source_that_put_out_findings_speaks_through_them() -> None:
    c = _find(_claims("coronavirus-underreported"), "may considerably exceed 1000")  # "… posted findings estimating …"
    assert (c.speaker, c.via) == ("researchers at Imperial College London", "findings")
    assert "speaker.put-out-channel" in c.speaker_rules


def test_an_issuer_named_before_its_statement_is_the_source() -> None:
    c = _find(_claims("bontddu-hall-fire"), "Resources sent included")  # "… according to a fire service statement"
    assert (c.speaker, c.via) == ("fire service", "a fire service statement")
    assert "speaker.channel-adjunct" in c.speaker_rules


def _text_claims(text: str) -> list[Claim]:
    return extract_claims(from_text(text, "t"))


def test_an_issuer_in_the_first_paragraph_is_found_with_paragraphs_after_it() -> None:
    # The window once started at the text's last paragraph break when none stood before the claim.
    text = "The Ministry of Health issued a statement on Friday. The statement said the outbreak was under control.\n\nMore later."
    c = _find(_text_claims(text), "the outbreak was under control")
    assert (c.speaker, c.via) == ("Ministry of Health", "The statement")
    assert "speaker.document-issuer" in c.speaker_rules


def test_an_issuer_set_off_after_the_document_speaks() -> None:
    c = _find(_text_claims("The report, released on Tuesday by the World Bank, said growth would slow."), "growth would slow")
    assert (c.speaker, c.via) == ("World Bank", "The report")
    c = _find(_text_claims("The study, published by a team at Yale, found that the drug cut deaths."), "the drug cut deaths")
    assert (c.speaker, c.via) == ("a team at Yale", "The study")



def test_figures_speak_for_their_publisher_or_for_nobody() -> None:
    c = _find(_text_claims("The figures, published by the Office for National Statistics, show that unemployment rose to 4.2%."),
              "unemployment rose")
    assert (c.speaker, c.via) == ("Office for National Statistics", "The figures")
    c = _find(_text_claims("The new figures indicate that 45 percent of the population do not have enough to eat."), "45 percent")
    assert (c.speaker, c.via) == (None, "The new figures")  # statistics are no one a reader can hold to their words


def _said(sentence: str) -> Claim:
    return extract_claims(from_text("Title\n\n" + sentence))[0]


def test_numbers_named_with_where_they_are_from_are_the_issuer_s() -> None:
    c = _said("Data from the World Bank show poverty has fallen.")
    assert (c.speaker, c.via) == ("World Bank", "Data from the World Bank")
    c = _said("Figures released by the statistics office on Monday showed that poverty had fallen.")
    assert c.speaker == "the statistics office" and c.via is not None and c.via.startswith("Figures released")


def test_an_issuer_set_off_after_the_document_without_a_participle() -> None:
    c = _said("The report, by the World Bank, found that poverty had fallen.")
    assert (c.speaker, c.via) == ("World Bank", "The report")


def test_an_issuer_named_in_the_document_s_mention_is_named_not_referred_to() -> None:
    # the el-paso-shooting golden: 'According to data from the Gun Violence Archive, C' keeps the archive as speaker
    c = next(c for c in _claims("el-paso-shooting") if "four deadly mass shootings" in c.quote)
    assert (c.speaker, c.via) == ("Gun Violence Archive", "data from the Gun Violence Archive")
    assert c.speaker_confidence is not None and c.speaker_confidence >= 0.9


def test_the_journal_a_study_appeared_in_issued_nothing() -> None:
    c = _said("A study published in Nature found that poverty had fallen.")
    assert (c.speaker, c.via) == (None, "A study published in Nature")
    c = _said("A rapid rise is not grounds for a biopsy, according to a study published online February 24 in the Journal of "
              "the National Cancer Institute.")
    assert c.speaker is None and c.via is not None and c.via.startswith("a study published online")


def _cued(text: str) -> list[Claim]:
    return [c for c in extract_claims(from_text("Title\n\n" + text)) if c.cue]


def test_an_issuer_named_before_its_document_at_the_start_of_a_sentence() -> None:
    # 'A Kremlin statement said' as well as 'according to a fire service statement': the capital article is the same
    (c,) = _cued("A Gallup poll released on Tuesday found that 40 percent of voters back the plan.")
    assert (c.speaker, c.via) == ("Gallup", "A Gallup poll")
    (c,) = _cued("A CNN/ORC poll showed that Ann Lee leads the race.")
    assert (c.speaker, c.via) == ("CNN/ORC", "A CNN/ORC poll")
    (c,) = _cued("The Monday statement said that the talks would go on.")  # a time, not an issuer
    assert c.speaker != "Monday"


def test_findings_put_out_by_a_source_are_the_sources() -> None:
    (c,) = _cued("An analysis by the Tax Policy Center found that the plan would cost two trillion dollars.")
    assert (c.speaker, c.via) == ("the Tax Policy Center", "An analysis")
    (c,) = _cued("A study by Harvard researchers found that the drug works in mice.")
    assert (c.speaker, c.via) == ("Harvard researchers", "A study")
    (c,) = _cued("The study of the data found that the drug works in mice.")  # 'of' after a study: what was studied
    assert c.speaker != "the data"


def test_the_company_is_the_one_named_with_its_legal_form() -> None:
    text = "Jones sued Fabrikam Inc. in federal court on Monday.\n\nThe company said that the lawsuit had no merit."
    (c,) = _cued(text)
    assert c.speaker == "Fabrikam Inc" and "speaker.company-registered" in c.speaker_rules
    (c,) = _cued("Contoso Ltd and Fabrikam Inc. signed a deal on Monday.\n\nThe company said that the deal would close in June.")
    assert c.speaker == "The company"  # two companies: which one is meant is unclear


def test_the_company_in_a_wire_story() -> None:
    cl = extract_claims(load_document(str(ROOT / "tests" / "gold" / "wire" / "articles" / "govuk-ea-fenland-pollution-court.txt")))
    c = _find(cl, "it had tried to identify drains")  # "Regarding Emneth, the company said it had tried …"
    assert c.speaker == "Pretoria Energy Company (Arable) Limited"


def test_an_initialism_defined_in_brackets_stands_for_its_name() -> None:
    text = ("The Centers for Disease Control and Prevention (CDC) published a study on Monday.\n\n"
            "The CDC recommends expanding training for paramedics.")
    (c,) = _cued(text)
    assert c.speaker == "Centers for Disease Control and Prevention (CDC)" and "speaker.acronym-spelled" in c.speaker_rules
    text = "The Oklahoma Insurance Department (OID) regulates insurers.\n\nRates rose by 20 percent last year, according to OID."
    (c,) = _cued(text)
    assert c.speaker == "Oklahoma Insurance Department (OID)"


def test_the_statement_is_the_one_its_issuer_made_before() -> None:
    text = ("A White House statement said the change builds on a June announcement by the U.S. delegation.\n\n"
            "It also follows earlier steps to end the use of such mines, the statement said.")
    first, second = _cued(text)
    assert (first.speaker, first.via) == ("White House", "A White House statement")
    assert (second.speaker, second.via) == ("White House", "the statement")  # not the announcement's 'U.S.'


def test_an_article_is_the_words_of_the_outlet_that_printed_it() -> None:
    # and what a participle after the subject reports ends where the main clause resumes (', has caused')
    text = ("Title\n\nAn article [ar] published in the daily newspaper Al Herald on May 2, claiming that 90% of the town's "
            "women have faced harassment, has caused a stir online.")
    c = next(c for c in extract_claims(from_text(text)) if "90%" in c.quote)
    assert (c.kind, c.speaker, c.via, c.quote) == ("statistic", "Al Herald", "An article", "90% of the town's women have faced harassment")


def _speakers(body: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.quote) for c in extract_claims(from_text(body))]


def test_a_publication_or_body_described_by_its_head_is_the_name_written_with_it() -> None:
    got = _speakers("Title\n\nThe Malagasy association Acme Terres has led the campaign for years.\n\n"
                    "The association reports that the mine leaked twice in May.")
    assert (("Acme Terres", "the mine leaked twice in May")) in got
    got = _speakers("Title\n\nAcme Living magazine runs a readers' survey every spring.\n\n"
                    "The magazine says that the survey drew ten thousand answers.")
    assert ("Acme Living", "the survey drew ten thousand answers") in got
    # a headline's capitals name nothing, nor does a place before 'newspaper'
    got = _speakers("Local Website Wins Award For Its Flood Maps\n\nThe website noted that the maps were updated daily.")
    assert got[-1] == ("The website", "the maps were updated daily")
    got = _speakers("Title\n\nA Kansas City newspaper called on the mayor to visit.\n\nThe newspaper said that the damage was vast.")
    assert got[-1] == ("The newspaper", "the damage was vast")


def _one(text: str, words: str) -> Claim:
    return _find(extract_claims(from_text(text, "poll.txt")), words)


def test_what_a_poll_asked_is_no_issuer() -> None:
    # 'of' after a poll, survey or analysis names who was asked or what was studied: never the speaker
    polled = _one("A poll of valley farmers taken in May found that most of them back the mill.", "back the mill")
    assert polled.speaker != "valley farmers" and "speaker.channel-of" not in polled.speaker_rules, polled
    byline = _one("A Herald poll of the valley found that Ms. Lee leads by 12 points.", "12 points")
    assert (byline.speaker, byline.via) == ("Herald", "A Herald poll of the valley"), byline


def test_an_outlet_s_study_of_records_is_the_outlet_s() -> None:
    c = _one("The mill paid no tax for six years, according to a Herald study of county tax rolls.", "no tax")
    assert (c.speaker, c.via) == ("Herald", "a Herald study of county tax rolls"), c
    assert "speaker.channel-adjunct" in c.speaker_rules
