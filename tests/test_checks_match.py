"""Matching claims against the archive: the right check first, a calibrated score, no match for unrelated
text, the words to light, and an index that stays right as checks are added, updated and removed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from reader.core.checks import archive as A
from reader.core.checks import matcher as M
from reader.core.checks import terms as T
from reader.core.checks.archive import CheckArchive
from reader.core.checks.record import make_check
from reader.core.checks.terms import query_text, stems

CHECKS = [
    ("wall", "The Great Wall of China is visible from space with the naked eye.", "Can You See the Great Wall of China From Space?", "False"),
    ("bleach", "Drinking diluted bleach cures COVID-19.", "Does Drinking Bleach Cure the Coronavirus?", "False"),
    ("5g", "5G mobile networks spread the coronavirus.", "Do 5G Masts Spread COVID-19?", "False"),
    ("brain", "Humans use only 10 percent of their brains.", "Do We Only Use 10% of Our Brains?", "False"),
    ("einstein", "Albert Einstein failed mathematics at school.", "Did Einstein Fail Math?", "False"),
    ("goldfish", "Goldfish have a memory span of three seconds.", "Do Goldfish Have a Three-Second Memory?", "False"),
    ("vaccine", "The MMR vaccine causes autism in children.", "Does the MMR Vaccine Cause Autism?", "False"),
    ("obama", "A photograph shows Barack Obama shaking hands with Iranian President Hassan Rouhani.",
     "Is This a Real Photo of Obama Shaking Hands with Rouhani?", "Miscaptioned"),
]


@pytest.fixture
def archive(tmp_path: Path) -> CheckArchive:
    a = CheckArchive(str(tmp_path / "checks.db"))
    a.add(make_check(key=k, claim=c, title=t, rating=r, reviewer="Example Checks", source="test") for k, c, t, r in CHECKS)
    yield a
    a.close()


def keys(ranked: list[M.Ranked]) -> list[str]:
    return [r.stored.check.key for r in ranked]


@pytest.mark.parametrize(("text", "key"), [
    ("You can see the Great Wall of China from space, the tour guide told us.", "wall"),
    ("He claimed that drinking bleach would cure Covid-19 patients.", "bleach"),
    ("Protesters burned masts, convinced that 5G networks were spreading the coronavirus.", "5g"),
    ("As everyone knows, we only use ten percent of our brain.", "brain"),
    ("Einstein famously failed math in school #MondayMotivation", "einstein"),
    ("No one said Obama met with Rohani in person. @BarackObama pic.twitter.com/zwLPPX", "obama"),
])
def test_a_repeated_claim_finds_its_check_first(archive: CheckArchive, text: str, key: str) -> None:
    ranked = M.Matcher(archive).rank(text)
    assert keys(ranked)[0] == key
    assert ranked[0].score > max((r.score for r in ranked[1:]), default=0.0)


def test_matches_are_above_the_threshold_with_rating_and_lit_words(archive: CheckArchive) -> None:
    text = "The health minister said the MMR vaccine causes autism in young children."
    (found,) = M.Matcher(archive).matches(text)
    assert found.check.key == "vaccine" and found.check.rating == "False" and found.score >= M.THRESHOLD
    claim = found.check.claim
    assert [claim[s:e] for s, e in found.check_spans] == ["MMR", "vaccine", "causes", "autism", "children"]
    assert [text[s:e] for s, e in found.text_spans] == ["MMR", "vaccine", "causes", "autism", "children"]


def test_spelling_variants_are_lit_through_rapidfuzz(archive: CheckArchive) -> None:
    text = "A photograph shows Barack Obama shaking hands with Iranian president Hasan Rohani."
    found = M.Matcher(archive).matches(text)[0]
    lit = [found.check.claim[s:e] for s, e in found.check_spans]
    assert "Rouhani" in lit and "Hassan" in lit
    assert "Rohani" in [text[s:e] for s, e in found.text_spans]


@pytest.mark.parametrize("text", [
    "The city council approved the new budget for road repairs on Tuesday.",
    "Shares in the company rose 4 percent after the earnings report.",
    "China said it would build more space stations.",  # shares words with the Great Wall check, not its claim
    "",
    "the and of to",
])
def test_unrelated_text_has_no_match(archive: CheckArchive, text: str) -> None:
    assert M.Matcher(archive).matches(text) == []


def test_score_does_not_depend_on_archive_size(tmp_path: Path) -> None:
    text = "Goldfish have a memory of just three seconds, the aquarium sign said."
    with CheckArchive(str(tmp_path / "one.db")) as one:
        one.add([make_check(key=k, claim=c, title=t) for k, c, t, _ in CHECKS if k == "goldfish"])
        alone = M.Matcher(one).matches(text)[0].score
    with CheckArchive(str(tmp_path / "all.db")) as every:
        every.add([make_check(key=k, claim=c, title=t) for k, c, t, _ in CHECKS])
        among = M.Matcher(every).matches(text)[0].score
    assert alone == pytest.approx(among)


def recount(archive: CheckArchive) -> tuple[Counter[str], int, int]:
    df: Counter[str] = Counter()
    length = docs = 0
    for stored in archive:
        every = stored.claim_terms + stored.title_terms
        df.update(set(every))
        length += len(every)
        docs += 1
    return df, docs, length


def assert_statistics_consistent(archive: CheckArchive) -> None:
    df, docs, length = recount(archive)
    assert archive.doc_freqs(df) == dict(df)
    assert archive.doc_freqs(["zzzz"]) == {}
    n, avg = archive.stats()
    assert (n, round(avg * n)) == (docs, length)


def test_index_follows_adds_updates_and_removals(archive: CheckArchive) -> None:
    matcher = M.Matcher(archive)
    text = "Octopuses have three hearts and blue blood."
    assert matcher.matches(text) == []
    archive.add([make_check(key="octopus", claim="Octopuses have three hearts and blue blood.", rating="True")])
    assert matcher.matches(text)[0].check.key == "octopus"
    archive.add([make_check(key="octopus", claim="Squid have three hearts.", rating="True")])
    assert matcher.matches(text) == [] or matcher.matches(text)[0].check.claim == "Squid have three hearts."
    assert_statistics_consistent(archive)
    assert archive.remove("octopus") and not archive.remove("octopus")
    assert all(r.stored.check.key != "octopus" for r in matcher.rank("three hearts squid"))
    assert_statistics_consistent(archive)


def test_the_large_archive_path_ranks_like_the_direct_one(archive: CheckArchive) -> None:
    text = "A photo shows Obama shaking hands with the president of Iran."
    direct = keys(M.Matcher(archive).rank(text, 3))
    assert keys(M.Matcher(archive, budgets=M.Budgets(direct=0, large=3)).rank(text, 3))[0] == direct[0] == "obama"


def test_query_text_splits_hashtags_and_drops_links() -> None:
    assert query_text("Look #RevolutionaryWarAirports @SpeakerPelosi https://t.co/x pic.twitter.com/abc").split() == [
        "Look", "Revolutionary", "War", "Airports", "Speaker", "Pelosi"]
    assert stems("The photographs were Photoshopped in Zürich") == ["photograph", "photoshop", "zurich"]


def test_an_empty_archive_and_a_readonly_one(tmp_path: Path) -> None:
    path = str(tmp_path / "checks.db")
    with CheckArchive(path) as empty:
        assert M.Matcher(empty).rank("anything at all") == []
        empty.add([make_check(key="k", claim="Sharks do not get cancer.")])
    with CheckArchive(path, readonly=True) as ro:
        assert M.Matcher(ro).matches("Sharks never get cancer, he said")[0].check.key == "k"


def test_many_texts_stem_as_each_alone() -> None:
    texts = ["The photographs were Photoshopped in Zürich", "", "the of and", "Über-fast\x1erunners ran", "naïve café_society", "x" * 40]
    assert T.stemmed_texts(texts) == [" ".join(stems(t)) for t in texts]  # the separator inside a text: the slow path
    plain = [t for t in texts if "\x1e" not in t] * 3
    assert T.stemmed_texts(plain) == [" ".join(stems(t)) for t in plain]


def fts_consistent(archive: CheckArchive) -> None:
    """FTS5 compares its index with the content table (rank 1): a row missing from it or left stale fails."""
    archive._conn.execute("INSERT INTO checks_fts(checks_fts, rank) VALUES ('integrity-check', 1)")


def test_a_bulk_import_in_batches_keeps_index_and_statistics_right(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(A, "BATCH", 2)
    monkeypatch.setattr(T, "CHUNK_CHARS", 30)
    with CheckArchive(str(tmp_path / "checks.db")) as archive:
        first = [make_check(key=k, claim=c, title=t, rating=r) for k, c, t, r in CHECKS]
        again = [make_check(key="wall", claim="Octopuses have three hearts.", title="Hearts"), *first[1:3]]
        count = archive.add([*first, *again])  # "wall" is inserted in the first batch, then updated in a later one
        assert (count.added, count.updated, count.unchanged) == (len(CHECKS), 1, 2)
        fts_consistent(archive)
        assert_statistics_consistent(archive)
        assert archive.postings("octopuses") == [str(archive.by_key("wall").id)] and archive.postings("naked") == []
        assert keys(M.Matcher(archive).rank("Octopuses have three hearts, you know"))[0] == "wall"
        archive.remove("bleach")
        fts_consistent(archive)
        assert_statistics_consistent(archive)


def test_an_archive_of_schema_1_is_upgraded_in_place(tmp_path: Path) -> None:
    import sqlite3

    path = str(tmp_path / "checks.db")
    conn = sqlite3.connect(path, isolation_level=None)
    trigger = ("CREATE TRIGGER checks_ai AFTER INSERT ON checks BEGIN "
               "INSERT INTO checks_fts(rowid, claim, title) VALUES (new.id, new.claim, new.title); END;")
    conn.executescript(A.SCHEMA + trigger + "INSERT INTO meta VALUES ('docs', 0), ('length', 0); PRAGMA user_version = 1;")
    conn.close()
    with CheckArchive(path) as archive:
        archive.add([make_check(key="k", claim="Sharks do not get cancer.")])
        fts_consistent(archive)  # one row in the index, not two
        assert archive._conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'checks_ai'").fetchone() == (0,)
        assert archive._conn.execute("PRAGMA user_version").fetchone() == (A.SCHEMA_VERSION,)
        assert keys(M.Matcher(archive).rank("sharks never get cancer")) == ["k"]
