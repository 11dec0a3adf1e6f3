"""Corpus mode end to end: inputs of every kind, the Parquet tables, bad articles, DuckDB queries, the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

pytest.importorskip("pyarrow", reason="corpus mode needs the [corpus] extra")

import pyarrow.parquet as pq  # noqa: E402

from reader.cli.main import main  # noqa: E402
from reader.core.claims.extract import extract_claims  # noqa: E402
from reader.core.corpus.duck import connect  # noqa: E402
from reader.core.corpus.extract import ExtractOptions, extract_corpus  # noqa: E402
from reader.core.documents.document import load_document, parse_document  # noqa: E402
from tests.corpus_data import SAMPLES, page, sample, write_jsonl, write_warc  # noqa: E402

CLAIM_COLUMNS = ["article_id", "claim_id", "kind", "content", "start", "end", "speaker", "speaker_canonical", "speaker_confidence",
                 "role", "cue", "via", "hedged", "numbers", "rules", "extractor_version"]


def rows(out: Path, sql: str) -> list[tuple]:
    con = connect(out)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_folder_corpus_holds_what_reader_claims_finds(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in SAMPLES[:6]:
        (folder / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    summary = extract_corpus([str(folder)], out, ExtractOptions(jobs=1, partition_size=4))
    assert (summary.articles, summary.errors, summary.partitions) == (6, 0, 2)
    for p in SAMPLES[:6]:
        want = extract_claims(load_document(str(folder / p.name)))
        sql = "SELECT kind, content, start, \"end\", speaker, cue, hedged, rules, speaker_rules FROM claims WHERE article_id = '{}' ORDER BY ordinal"
        got = rows(out, sql.format(folder / p.name))
        assert got == [(c.kind, c.quote, c.span.start, c.span.end, c.speaker, c.cue, c.hedged, list(c.rules), list(c.speaker_rules))
                       for c in want]
        assert all(r[7] for r in got)  # every claim says which rules made it
    table = pq.read_table(next((out / "claims").rglob("*.parquet")))
    assert all(c in table.column_names for c in CLAIM_COLUMNS)
    assert rows(out, "SELECT count(*), sum(claim_count), count(error), count(fingerprint) FROM articles") == [(6, summary.claims, 0, 6)]
    assert rows(out, "SELECT count(*) FROM claims WHERE speaker IS NOT NULL AND speaker_canonical IS NULL") == [(0,)]


def test_jsonl_dates_partition_by_year_and_month(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", 10, step_days=20)
    out = tmp_path / "out"
    extract_corpus([str(src)], out, ExtractOptions(jobs=1, partition_size=3))
    months = sorted(p.relative_to(out / "articles").parent.as_posix() for p in (out / "articles").rglob("*.parquet"))
    assert months[0] == "year=2019/month=01" and "year=2019/month=06" in months
    assert rows(out, "SELECT year, month, count(*) FROM articles GROUP BY ALL ORDER BY ALL")[:2] == [(2019, 1, 2), (2019, 2, 1)]
    first = rows(out, "SELECT id, url, title, date::VARCHAR FROM articles ORDER BY ordinal LIMIT 1")[0]
    assert first == (f"{SAMPLES[0].stem}-0", "https://news.example.org/0", sample(0)[0], "2019-01-01")


def test_bad_articles_are_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SAMPLES[0].read_bytes())
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes(sample(1)[1].encode("utf-8") + b"\n\ncaf\xe9\n")
    (folder / "huge.txt").write_bytes(SAMPLES[2].read_bytes() * 40)
    lines = [json.dumps({"id": "ok", "text": sample(3)[1]}), "{not json", json.dumps({"text": "no id"}), json.dumps({"id": "empty", "text": " "}),
             json.dumps({"id": "n", "html": "<html><body></body></html>"})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = extract_corpus([str(folder)], out, ExtractOptions(jobs=1, max_article_bytes=100_000))
    assert (summary.articles, summary.errors) == (9, 7)
    errors = dict(rows(out, "SELECT regexp_replace(id, '.*/', ''), error FROM articles WHERE error IS NOT NULL"))
    assert "PNG" in errors["image.txt"] and "UTF-8" in errors["latin1.txt"] and "too big" in errors["huge.txt"]
    assert "JSON" in errors["feed.jsonl:2"] and "'id'" in errors["feed.jsonl:3"]
    assert "'text' or 'html'" in errors["empty"] and "no article text" in errors["n"]
    assert all("\n" not in e for e in errors.values())
    good = rows(out, "SELECT regexp_replace(id, '.*/', ''), claim_count FROM articles WHERE error IS NULL ORDER BY 1")
    assert [g[0] for g in good] == ["good.txt", "ok"]
    assert all(n > 0 for _, n in good)


def test_warc_pages_become_articles(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", [
        ("https://news.example.org/a", "200 OK", "text/html; charset=utf-8", page(0)),
        ("https://news.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://news.example.org/gone", "404 Not Found", "text/html", b"<html><body>gone</body></html>"),
        ("https://news.example.org/b", "200 OK", "text/html", page(4)),
        ("https://news.example.org/empty", "200 OK", "text/html", b"<html><body><nav>menu</nav></body></html>"),
    ])
    out = tmp_path / "out"
    summary = extract_corpus([str(warc)], out, ExtractOptions(jobs=1))
    assert (summary.articles, summary.errors) == (3, 1)
    assert rows(out, "SELECT url, error FROM articles WHERE error IS NOT NULL") == \
        [("https://news.example.org/empty", "no article text found in this HTML page")]
    got = rows(out, "SELECT url, title, claim_count, date IS NOT NULL FROM articles WHERE error IS NULL ORDER BY ordinal")
    assert [(u, t) for u, t, _, _ in got] == [("https://news.example.org/a", sample(0)[0]), ("https://news.example.org/b", sample(4)[0])]
    assert all(dated for *_, dated in got)  # the WARC-Date, when the page has none
    want = extract_claims(parse_document(page(4), "page.html"))
    assert got[1][2] == len(want) > 0
    assert rows(out, "SELECT content FROM claims WHERE article_id = (SELECT id FROM articles WHERE url LIKE '%/b') ORDER BY ordinal") == \
        [(c.quote,) for c in want]


def test_quotes_table_counts_each_quotation(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", 2 * len(SAMPLES))  # every sample twice
    out = tmp_path / "out"
    extract_corpus([str(src)], out, ExtractOptions(jobs=1, partition_size=10))
    (n_quotes,) = rows(out, "SELECT count(DISTINCT lower(content)) FROM claims WHERE kind = 'quote'")[0]
    got = rows(out, "SELECT min(occurrences), min(articles), count(*) FROM quotes")[0]
    assert got[0] >= 2 and got[1] >= 2 and got[2] <= n_quotes
    flagged = rows(out, "SELECT speakers, speaker_count FROM quotes WHERE conflicting")
    assert all(len(s) == n > 1 for s, n in flagged)
    assert rows(out, "SELECT count(*) FROM speakers WHERE speaker_canonical IS NULL") == [(0,)]
    linked = "SELECT count(*), count(q.quote_id) FROM claims c LEFT JOIN quotes q USING (quote_id) WHERE c.kind = 'quote'"
    (n, joined), = rows(out, linked)
    assert n == joined > 0  # every quotation claim finds its row in quotes


def test_cli_query_formats_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["corpus", "extract", *map(str, SAMPLES[:4]), "-o", str(out), "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert "4 articles (0 not read)" in captured.out
    assert "\r" not in captured.err and "done  4 articles" in captured.err  # not a terminal: plain lines
    sql = "SELECT kind, count(*) AS n FROM claims GROUP BY kind ORDER BY kind"
    want = rows(out, sql)
    assert main(["corpus", "query", str(out), sql, "--format", "csv"]) == 0
    assert [(k, int(n)) for k, n in list(csv.reader(io.StringIO(capsys.readouterr().out)))[1:]] == want
    assert main(["corpus", "query", str(out), sql, "--format", "json"]) == 0
    assert [(r["kind"], r["n"]) for r in json.loads(capsys.readouterr().out)] == want
    assert main(["corpus", "query", str(out), sql]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["kind", "n"] and table[-1] == f"({len(want)} rows)"
    assert main(["corpus", "summary", str(out)]) == 0
    text = capsys.readouterr().out
    assert "claims by kind" in text and "top speakers" in text and "hedged claims by month: no article has a date" in text
    assert main(["corpus", "search", str(out), "CentOS Stream upstream", "--limit", "3"]) == 0
    hits = capsys.readouterr().out.splitlines()
    assert len(hits) == 6 and all("centos-stream.txt" in line for line in hits[1::2])


@pytest.mark.parametrize("argv, message", [
    (["corpus", "extract", "missing-folder", "-o", "{out}"], "no such file or folder"),
    (["corpus", "query", "{out}", "SELECT FROM WHERE"], "Parser Error"),
    (["corpus", "query", "{tmp}", "SELECT 1"], "not a corpus folder"),
])
def test_cli_errors_are_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    out = tmp_path / "out"
    extract_corpus([str(SAMPLES[0])], out, ExtractOptions(jobs=1))
    assert main([a.format(out=out, tmp=tmp_path) for a in argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_output_folder_of_another_run_is_refused(tmp_path: Path) -> None:
    from reader.core.corpus.output import OutputError

    out = tmp_path / "out"
    extract_corpus([str(SAMPLES[0])], out, ExtractOptions(jobs=1))
    with pytest.raises(OutputError, match="other inputs"):
        extract_corpus([str(SAMPLES[1])], out, ExtractOptions(jobs=1))
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="not empty"):
        extract_corpus([str(SAMPLES[1])], tmp_path / "other", ExtractOptions(jobs=1))


def test_a_folder_without_articles_gives_empty_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("not an article")
    out = tmp_path / "out"
    assert main(["corpus", "extract", str(tmp_path / "in"), "-o", str(out), "--jobs", "1"]) == 0
    assert "0 articles" in capsys.readouterr().out
    assert rows(out, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims), (SELECT count(*) FROM quotes)") == [(0, 0, 0)]
    assert main(["corpus", "summary", str(out)]) == 0
    assert "0 articles" in capsys.readouterr().out
