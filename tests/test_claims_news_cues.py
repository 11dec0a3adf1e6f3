"""Cues and relative clauses of running news prose, on paragraphs of the news keys' Global Voices posts
(tests/gold/news/articles, CC BY 3.0) and the sample articles: who a sentence's content is given to."""

from __future__ import annotations

from reader.core.claims.extract import extract_claims
from reader.core.claims.stages.frames.subject import find_subject
from reader.core.claims.stages.speakers.relatives import who_antecedent
from reader.core.documents.document import from_text
from tests.test_blockquote import _paragraphs
from tests.test_claims import ROOT, _claims, _find

TITLE = "Singapore: By-election\n\n"


def _news(stem: str, opening: str) -> list:
    """The claims of the news key's paragraph that opens with `opening`."""
    para = next(p for p in _paragraphs(stem) if p.startswith(opening))
    return extract_claims(from_text(TITLE + para, "post.txt"))


def _subject(s: str, cue: str) -> str | None:
    """The subject the frame stage finds before `cue` in the (masked) sentence `s`."""
    src = find_subject(s, 0, s.index(f" {cue} ") + 1)
    return s[src.subject[0] : src.subject[1]] if src.subject else None


def _first_attribution(s: str) -> tuple[str | None, str]:
    """(speaker, quote) of the first attribution the extractor finds in the sentence `s`."""
    c = next(c for c in extract_claims(from_text(TITLE + s, "post.txt")) if c.kind == "attribution")
    return c.speaker, c.quote


def test_points_out_with_its_particle_is_a_cue() -> None:
    # cue.points-out: 'point' alone is no cue; 'points out that C' reports C
    cl = _news("gv-singapore-hougang-by-election", "In response to comments")
    c = _find(cl, "Singapore is too small for elections")
    assert (c.speaker, c.cue, c.kind) == ("Jackson Tan", "points out", "attribution")
    assert not c.quote.startswith("that")


def test_point_out_after_a_name_in_a_transcript_is_the_speaker_s() -> None:
    cl = _claims("campaign-trail-oct-2020", "Just before the final presidential debate")
    c = _find(cl, "the Obama administration constructed the cages")
    assert c.speaker is not None and c.speaker.endswith("Trump") and c.cue == "point out"


def test_who_after_an_aside_dash_stands_for_the_name_before_the_dash() -> None:
    # the Singapore post's '… Deputy Prime Minister Tharman Shanmugaratnam – who said that C –', its words between
    # the sentence's opening and the name cut short: the name before the dash, not "In", the sentence's first word
    assert who_antecedent("In response to comments made by Deputy Prime Minister Tharman – ") == "Deputy Prime Minister Tharman"
    assert who_antecedent("In response to comments made by the minister and other members of the party, ") is None
    cl = _news("gv-singapore-hougang-by-election", "In response to comments")
    assert _find(cl, "the by-election would solely be on local issues").speaker == "Tharman Shanmugaratnam"


def test_according_to_an_owner_s_founder_named_after_her_is_the_person() -> None:
    # 'According to the festival's founder, Egyptian novelist Ahdaf Soueif, C': a role is no channel of its owner
    cl = _news("gv-palestine-palfest-gaza", "According to the festival's founder")
    c = _find(cl, "having the festival in Gaza has been the ultimate goal")
    assert c.speaker == "Ahdaf Soueif" and c.quote.startswith("having")


def test_according_to_a_common_noun_s_website_names_no_one() -> None:
    # speaker.owner-unnamed: 'the company's public relations website' is no one a reader can hold to the words
    cl = _news("gv-guatemala-barillas-state-of-siege", "The unrest first started")
    c = _find(cl, "the project complies")
    assert c.speaker is None and c.via == "the company's public relations website"
    assert "speaker.owner-unnamed" in c.speaker_rules


def test_they_after_everybody_stands_for_no_one() -> None:
    # 'Everybody thought …' then '… the Chief of Police, his deputy and a colonel … visited the hotel. They stated that C'
    cl = _news("gv-palestine-palfest-gaza", "In the last day of PalFest")
    assert _find(cl, "it was the electricity schedule").speaker == "Everybody"
    assert _find(cl, "PalFest would always be welcome in Gaza").speaker != "Everybody"


def test_to_inside_a_capitalised_name_is_no_infinitive() -> None:
    cl = _news("gv-ethiopia-eskinder-pen-award", "More than ten journalists")
    c = _find(cl, "about 25% of exiled journalists in Africa are from Ethiopia")
    assert (c.speaker, c.cue) == ("Committee to Protect Journalists", "reports")


def test_affirmed_is_a_cue_and_he_is_no_document() -> None:
    # 'His message favors …' names a document, not a person: the 'He' after it is left unclear, not 'His message'
    cl = _news("gv-guatemala-barillas-state-of-siege", "According to the government of Guatemala's Twitter")
    c = _find(cl, "he will increased the number of soldiers")
    assert c.cue == "affirmed" and c.speaker is None


def test_according_to_an_account_with_its_tags_and_no_comma_ends_at_the_tag() -> None:
    cl = _news("gv-guatemala-barillas-state-of-siege", "According to the government of Guatemala's Twitter")
    c = _find(cl, "the President visited Santa Cruz Barillas")
    assert c.quote == "the President visited Santa Cruz Barillas on May 7" and c.speaker == "government of Guatemala"


def test_as_x_reported_alone_in_its_sentence_gives_x_the_sentence() -> None:
    # frame.as-source, and the language tag after the channel is no content (content.language-tag)
    cl = _news("gv-guatemala-barillas-state-of-siege", "During the last weekend of April 2012")
    c = _find(cl, "villagers in Santa Cruz Barillas were kicking off")
    assert (c.speaker, c.cue, c.kind) == ("Pancholon", "reported", "attribution")
    assert not any(x.quote.strip() == "[es]" for x in cl)


def test_she_after_a_described_name_is_that_name() -> None:
    # 'Russian celebrity and recent oppositionist figure Ksenia Sobchak also weighed in … “…,” she wrote [ru] in her blog'
    para = "\n\n".join(p for p in _paragraphs("gv-russia-bolotnaya-sit-in-debate") if p.startswith(("\"They deceived", "Russian celebrity")))
    cl = extract_claims(from_text(TITLE + para, "post.txt"))
    c = _find(cl, "because I knew in advance")
    assert c.speaker == "Ksenia Sobchak"


def test_the_noun_phrase_after_as_is_the_subject_not_the_clause_before_it() -> None:
    # '… the protests have generated … news on international media as the government made it clear that C'
    cl = _news("gv-ethiopia-muslim-protests-online", "However, for the past two weeks")
    c = _find(cl, "it will not tolerate any activities by subversive groups")
    assert c.speaker == "the government" and c.cue == "made it clear that"


def test_a_judge_ruling_in_his_judgment_between_commas_is_the_court_s() -> None:
    # 'Justice Mutuna, in his judgment, ruled that C': a justice rules; the judgment is the channel between commas
    cl = _news("gv-zambia-judges-suspension-backlash", "President Sata suspended Supreme Court Judge")
    c = _find(cl, "the defendants pay back the debt")
    assert c.speaker == "Mutuna" and c.cue == "ruled"


def test_a_name_ending_in_ing_is_no_participle() -> None:
    # 'King says Ali “…”' (PolNeAR's shape): 'King' is the subject; 'Speaking at the event …' opens no subject
    assert _subject("King said Ali talked the talk.", "said") == "King"
    assert _subject("Beijing officials said the talks failed.", "said") == "Beijing officials"
    assert _subject("Speaking at the event the minister said the talks failed.", "said") is None


def test_a_quote_past_the_article_s_own_paragraph_only_lists_the_last_speaker() -> None:
    # speaker.past-own-voice: Moby-Dick's extracts, '“Nantucket itself,” said Mr. Webster, …' and, after a paragraph in
    # the book's own voice ('… Another Version of the whale-ship Globe narrative_.'), a quote with no cue of its own
    lines = (ROOT / "sample_articles" / "long" / "moby-dick.txt").read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("  “Nantucket itself,” said Mr. Webster"))
    cl = extract_claims(from_text("Extracts\n\n" + "\n".join(lines[start : start + 27]), "extracts.txt"))
    assert _find(cl, "Nantucket itself").speaker == "Webster"
    later = _find(cl, "The voyages of the Dutch and English")
    assert later.speaker is None and later.speaker_candidates == ("Webster",)


def test_a_participle_phrase_before_a_comma_is_no_appositive_source() -> None:
    s = "Speaking in his real voice again, he proceeded to recite a verse, saying: “This know also.”"
    src = find_subject(s, 0, s.index(" saying") + 1)
    assert src.subject is None or s[src.subject[0] : src.subject[1]] != "Speaking in his real voice again"


def test_subjects_news_writes_before_a_cue() -> None:
    # shapes PolNeAR's train split holds by the dozen: a quantifier ('Some said'), a plural noun with a place after it,
    # a description between dashes, a relative clause ending in a quoted word (masked, as the frame stage sees it)
    assert _subject("But protest organizers in Cleveland say that the city is wrong.", "say") == "protest organizers in Cleveland"
    assert _subject("Jason Sims — a teacher from Mount Pleasant — says he voted.", "says") == "Jason Sims"
    assert _subject("The mayor — who was elected last year — said the road is closed.", "said") == "The mayor"
    assert _subject("Humphrey, who calls Trump a “xxxxxxxxxx” said he doubts it.", "said") == "Humphrey"
    some = extract_claims(from_text(TITLE + "Some said they have cringed at the comparison.", "post.txt"))
    assert some[0].cue == "said" and some[0].kind == "attribution"
    one = extract_claims(from_text(TITLE + "Another report from the Mexican government said eight Mexicans died.", "post.txt"))
    assert one[0].speaker == "the Mexican government"



def test_more_subjects_and_contents_of_news_prose() -> None:
    # a spaced hyphen is a dash; 'whose' opens a restrictive clause like 'who'; 'say those revelations show that C':
    # the demonstrative opens the reported clause, it is no object pointing back
    assert _first_attribution("Inside the mosque - which looks like a church - Adel Nefzi said he was shocked.")[0] == "Adel Nefzi"
    assert _first_attribution("The state officials whose laws were struck down say the courts have changed.")[0] \
        == "The state officials whose laws were struck down"
    assert _first_attribution("Still, Democrats say those revelations show that the rules are unclear.") \
        == ("Democrats", "those revelations show that the rules are unclear")


def test_names_with_an_age_or_a_relative_clause_before_the_cue() -> None:
    assert _first_attribution("Jacob Shiansky, 24, who was visiting Manhattan, told me that he had forgotten it.")[0] == "Jacob Shiansky"
    assert _first_attribution("Michael Bloomberg, who's thinking about running, said it was impossible.")[0] == "Michael Bloomberg"
    assert _first_attribution("Hawkins and others who want to ban abortion said the decision is clear.")[0] == "Hawkins and others"
    assert _first_attribution("Friends of Mr. Clinton's who have seen him recently say that the energy is gone.")[0] \
        == "Friends of Mr. Clinton's"


def test_a_participle_lead_and_a_plural_noun_after_the_name_no_one() -> None:
    # 'As explained on a blog post by Videourgente [es], Medicine students support the strike, claiming that C': the
    # participle's phrase is no speaker, nor is 'As'; 'Let's analize and explain the demands:' has no cue 'demands'
    cl = _news("gv-bolivia-protests-sweep-country", "As explained on a blog post by Videourgente")
    assert all(c.speaker is None or "explained" not in c.speaker and c.speaker != "As" for c in cl)
    heading = extract_claims(from_text(TITLE + "Let's analize and explain the demands:", "post.txt"))
    assert all(c.cue != "demands" for c in heading)


def test_a_stretch_ending_in_a_preposition_or_a_bare_having_names_no_one() -> None:
    # Moby-Dick: 'His voice at once announced that he was a Southerner' named 'His voice at', 'Without saying a word,
    # Queequeg …' named 'Without'
    assert _subject("His voice at once announced that he was a Southerner.", "announced") is None
    assert _subject("Having announced that he would not go, the judge left.", "announced") is None
    assert _subject("She called her son a hero before explaining why she forgave him.", "explaining") is None


def test_no_subordinator_is_a_given_name_and_a_lead_clause_ends_at_the_main_subject() -> None:
    # 'While Sanders …', 'For Flask …' once gave 'Sanders' and 'Flask' a first name; 'When X suggested that C, Y fired
    # back': C ends at the comma before the main clause's subject and verb
    from reader.core.claims.stages.speakers.coref import full_name

    text = "While Sanders spoke, the hall was quiet. Later Sanders left."
    assert full_name(text, "Sanders", 0, len(text)) is None
    cl = extract_claims(from_text(TITLE + "When Trump suggested that Cuba would sue the U.S., Rubio fired back forcefully.", "post.txt"))
    assert _find(cl, "Cuba would sue").quote.startswith("Cuba would sue the U.S") and "Rubio" not in _find(cl, "Cuba would sue").quote


def test_a_lead_phrase_or_a_time_before_a_subordinator_is_no_speaker() -> None:
    # PolNeAR train named 'For months' ('For months, Cruz had effusively praised Trump, stating C') and 'hours after
    # Sanders' ('…, hours after Sanders said C'); a participle phrase is no appositive ('called for a voice vote')
    def speakers(s: str) -> set[str | None]:
        return {c.speaker for c in extract_claims(from_text(TITLE + s, "post.txt")) if c.cue}

    assert speakers("For months, Cruz had effusively praised Trump, stating there was a benefit to it.") == {"Cruz"}
    assert speakers("Clinton weighed in on Tuesday, hours after Sanders said he was encouraged by the plan.") == {"Sanders"}
    assert speakers("The chairman, Kelly Armstrong, called for a voice vote, and then a visual vote, declaring that it failed.") \
        == {"Kelly Armstrong"}


def test_a_linked_page_s_language_tags_close_no_claim() -> None:
    cl = extract_claims(from_text(TITLE + "The site was blocked for a week [en, ar]. Chan reported on the jails [zh].", "post.txt"))
    assert [c.quote for c in cl] == ["The site was blocked for a week", "on the jails"]


def test_according_to_a_document_sent_to_someone_names_neither() -> None:
    # speaker.according-recipient: the lawyers received the instructions; who sent them is unclear in the sentence
    cl = extract_claims(from_text(TITLE + "According to instructions sent to his lawyers Ituna Partners, Hichilema has been "
                                  "given 7 days to apologize.", "post.txt"))
    c = _find(cl, "Hichilema has been given")
    assert c.speaker is None and c.via == "instructions sent to his lawyers Ituna Partners"


def test_who_between_commas_before_an_adverbial_is_the_subject() -> None:
    # PolNeAR train named 'after trading insults with Mr. Hannity over Mr. Trump' for '…, who, after trading insults …,
    # said'; an irregular participle phrase ('known as ISIL or ISIS') is no appositive either
    assert _first_attribution("First there was the editor Bret Stephens, who, after trading insults with the host, said "
                              "that the party became an echo chamber.")[0] == "Bret Stephens"
    s = "He fought the Islamic State, also known as ISIL or ISIS, in Syria, saying the group must be destroyed."
    assert _subject(s, "saying") != "known as ISIL or ISIS"


def test_according_to_figures_with_no_comma_and_no_issuer_names_no_one() -> None:
    # '…, according to official figures 43.6% of workers are informal …' (gv-colombia-may-day-marches): the source ends
    # at the figure, and official figures are no one
    para = next(p for p in _paragraphs("gv-colombia-may-day-marches") if p.startswith("Colombia is now the third"))
    cl = extract_claims(from_text(TITLE + para, "post.txt"))
    assert all(c.speaker is None or "according to" not in (c.speaker or "") and "figures" not in c.speaker for c in cl)
    c = next(c for c in cl if c.cue == "according to")
    assert c.via == "official figures" and "speaker.document-unclear" in c.speaker_rules


def test_as_x_reported_about_a_place_gives_x_the_sentence() -> None:
    # frame.as-source with an object saying what the report was about (gv-colombia-may-day-marches)
    cl = extract_claims(from_text(TITLE + "Marches in most cities were peaceful, as Frontera Informativa [es] reported about "
                                  "Manizales.", "post.txt"))
    assert [(c.speaker, c.quote) for c in cl] == [("Frontera Informativa", "Marches in most cities were peaceful")]


def test_a_phrase_after_a_quoted_title_is_no_speaker() -> None:
    # '… titled, "Moscow Riots Show Anti-Putin Drive Sustainable – Pundits" along with a photo gallery of images from the
    # day.': 'along with …' named no one (quote.subject-verb-after)
    para = next(p for p in _paragraphs("gv-russia-putin-inauguration-clashes") if p.startswith("RIA Novosti"))
    cl = extract_claims(from_text(TITLE + para, "post.txt"))
    assert all(not (c.speaker or "").startswith("along with") for c in cl)


def test_a_bracketed_role_or_relative_clause_before_the_cue_is_no_part_of_the_name() -> None:
    assert _first_attribution("Kasich (who has 25 delegates to date) said it is possible for him to win.")[0] == "Kasich"
    assert _first_attribution("Sen. Chris Murphy (a Connecticut Democrat) says he was unfocused.")[0] == "Chris Murphy"
    assert _first_attribution("Senior campaign advisers who have run the numbers argue that Clinton will win.")[0] \
        == "Senior campaign advisers"
    assert _first_attribution("Democrats in Iowa who watched the debate said they were unfazed.")[0] == "Democrats in Iowa"


def test_a_speaker_made_of_bits_of_a_sentence_names_no_one() -> None:
    # speaker.no-mention: 'according to which a section between Crete and Cyprus would cross …' (eastmed-pipeline) named
    # the whole relative clause; PolNeAR train gave 'of Flint', 'her daughter into', 'endorsed Trump in early June'
    from reader.core.claims.stages.speakers.mention_shape import no_mention

    assert no_mention("of Flint") and no_mention("her daughter into") and no_mention("endorsed Trump in early June")
    assert not no_mention("well-informed sources") and not no_mention("unnamed officials") and not no_mention("Elina Ribakova")
    cl = _claims("eastmed-pipeline", "In December, a Turkish official said")
    assert all(not (c.speaker or "").startswith("which") for c in cl)
