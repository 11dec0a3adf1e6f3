"""Corpus inputs for the corpus tests, made from the real sample articles (copies, never new text)."""

from __future__ import annotations

import datetime as dt
import io
import json
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "sample_articles").glob("*.txt"))


def sample(i: int) -> tuple[str, str]:
    """(title, text) of sample article i (modulo the number of samples); the text starts with its title line."""
    text = SAMPLES[i % len(SAMPLES)].read_text(encoding="utf-8")
    return text.split("\n", 1)[0].strip(), text


def write_jsonl(path: Path, n: int, start: dt.date = dt.date(2019, 1, 1), step_days: int = 7) -> Path:
    """n copies of the samples as JSON Lines, dated `step_days` apart from `start`."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            title, text = sample(i)
            date = start + dt.timedelta(days=i * step_days)
            fh.write(json.dumps({"id": f"{SAMPLES[i % len(SAMPLES)].stem}-{i}", "title": title, "text": text,
                                 "url": f"https://news.example.org/{i}", "date": date.isoformat()}, ensure_ascii=False) + "\n")
    return path


def page(i: int) -> bytes:
    """Sample article i as a plain HTML page (title, one <p> per paragraph)."""
    title, text = sample(i)
    paras = [p for p in text.split("\n\n")[1:] if p.strip()]
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title></head><body><article>"
            f"<h1>{escape(title)}</h1>" + "".join(f"<p>{escape(p)}</p>" for p in paras) + "</article></body></html>").encode()


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> Path:
    """A gzipped WARC of (url, status line, content type, body) HTTP responses, each after its request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body in records:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return path
