"""Who a later mention stands for in everyday news: 'she said' after a person introduced with a description before the
name, 'they said' after a count of victims, 'It added' after a document whose issuer was found. The sentences are written
for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_person_introduced_after_a_description_is_the_she_of_the_next_paragraph() -> None:
    # speaker.introduced: 'The governor, Ann Lee, visited …' opens on Ann Lee as much as 'Governor Ann Lee visited …'
    c = _claims("The governor, Ann Lee, visited the site on Monday.\n\n“The damage is severe. We need federal help,” she said."
                "\n\nLee later flew to the capital.")
    said = [x for x in c if x.kind == "quote"]
    assert said and all(x.speaker == "Ann Lee" for x in said), said


def test_a_count_of_victims_is_not_who_they_said_means() -> None:
    c = _claims("Police said two people were killed. Three others were injured, they said.")
    assert [(x.quote, x.speaker) for x in c] == [("two people were killed", "Police"), ("Three others were injured", "Police")]


def test_it_after_a_document_is_the_document_s_issuer() -> None:
    c = _claims("The ministry issued a statement on Monday.\n\nThe statement said the company had broken the law. "
                "It added that fines would follow.")
    added = [x for x in c if x.cue == "added"]
    assert added and (added[0].speaker, added[0].via) == ("The ministry", "The statement"), added


def test_a_person_introduced_with_an_irregular_past_is_the_he_of_the_next_paragraph() -> None:
    c = _claims("Mayor Tom Baker spoke to Wikinews on Monday.\n\n“The town will rebuild,” he said. “It will take years.”"
                "\n\nBaker has led the town since 2010.")
    said = [x for x in c if x.kind == "quote"]
    assert len(said) == 2 and all(x.speaker == "Tom Baker" for x in said), said


def test_the_one_asked_answers() -> None:
    c = _claims("Wikinews asked Mayor Tom Baker about the flood. He said it was the worst he had seen.")
    said = [x for x in c if x.cue == "said"]
    assert said and said[0].speaker == "Tom Baker", said
