"""Each input kind through `load_document`: text, Markdown, HTML (real articles in a news-page shell), stdin,
encodings. The HTML pages are built here from `sample_articles/` so no page blobs are committed."""

from __future__ import annotations

import html
import io
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.documents.document import LoadError, load_document, normalize, parse_document

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
ARTICLES = sorted(p for p in SAMPLES.glob("*.txt"))


def article(name: str) -> tuple[str, list[str]]:
    """Title and paragraphs of a sample article, as the file has them."""
    text = normalize((SAMPLES / name).read_text(encoding="utf-8"))
    title, _, body = text.partition("\n\n")
    return title, [p for p in body.strip().split("\n\n") if p.strip()]


def squash(s: str) -> str:
    return " ".join(s.split())


# Site furniture: every string here must be absent from the extracted article.
SHELL_TEXTS = (
    "Skip to main content", "Subscribe for $1", "World", "Business", "Sign in",
    "We use cookies to personalise content and ads",
    "Accept all cookies", "Manage preferences", "Most read", "window.dataLayer",
    "Terms of use", "All rights reserved", "Follow us on",
)


def news_page(name: str, date: str = "2019-08-15", charset: str = "utf-8") -> str:
    """A realistic news page around a real sample article: nav, cookie banner, related links, scripts, footer.

    Related links use the titles of other sample articles, so no text is invented.
    """
    title, paras = article(name)
    related = [article(p.name)[0] for p in ARTICLES if p.name != name][:5]
    body = "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
    links = "\n".join(f'<li><a href="/wiki/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(related))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>{html.escape(title)} - Example News</title>
<meta name="author" content="Wikinews contributors">
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="{date}T09:30:00Z">
<link rel="canonical" href="https://news.example.org/{name[:-4]}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>.cookie-banner{{position:fixed;bottom:0}}</style>
</head><body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header"><div class="promo">Subscribe for $1</div>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/login">Sign in</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-banner consent" role="dialog">
<p>We use cookies to personalise content and ads, and to analyse our traffic.</p>
<button>Accept all cookies</button><button>Manage preferences</button></div>
<main id="main"><article class="story">
<h1 class="headline">{html.escape(title)}</h1>
<div class="byline">By <span class="author">Wikinews contributors</span> · <time datetime="{date}">{date}</time></div>
<div class="story-body">
{body}
</div></article>
<aside class="related"><h2>Most read</h2><ul>
{links}
</ul></aside></main>
<footer class="site-footer"><ul><li><a href="/terms">Terms of use</a></li><li><a href="/social">Follow us on social media</a></li></ul>
<p>© 2019 Example News. All rights reserved.</p></footer>
<script src="/static/app.js"></script><script>gtag('config', 'UA-0000');</script>
</body></html>
"""


# ----------------------------------------------------------------------------- plain text


def test_txt_is_the_normalized_file() -> None:
    path = SAMPLES / "ebola-treatments.txt"
    doc = load_document(str(path))
    assert doc.text == normalize(path.read_text(encoding="utf-8"))
    assert doc.title == article("ebola-treatments.txt")[0]
    assert doc.text[: doc.body_start] == doc.title
    assert doc.meta == {"kind": "text"}


def test_crlf_and_bom_are_normalized(tmp_path: Path) -> None:
    title, paras = article("kosgei-marathon-record.txt")
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + "\r\n\r\n".join([title, *paras]).encode())
    assert load_document(str(p)).text == "\n\n".join([title, *paras])


# ----------------------------------------------------------------------------- Markdown


def test_markdown_keeps_text_and_takes_title_from_heading(tmp_path: Path) -> None:
    title, paras = article("samoa-measles-shutdown.txt")
    src = "\n\n".join([f"# {title}", *paras]) + "\n"
    p = tmp_path / "story.md"
    p.write_text(src, encoding="utf-8")
    doc = load_document(str(p))
    assert doc.text == src
    assert doc.title == title
    assert doc.meta["kind"] == "markdown"
    assert doc.text[doc.body_start :].strip().startswith(paras[0])


def test_markdown_front_matter_and_setext(tmp_path: Path) -> None:
    title, paras = article("white-plains-water-main.txt")
    src = "---\nlayout: post\n---\n\n" + title + "\n" + "=" * len(title) + "\n\n" + "\n\n".join(paras)
    p = tmp_path / "story.markdown"
    p.write_text(src, encoding="utf-8")
    doc = load_document(str(p))
    assert doc.title == title
    assert doc.title_span.of(doc.text) == title + "\n" + "=" * len(title)
    assert doc.text[doc.body_start :].strip().startswith(paras[0])
    # The front matter is before the body, so no claim can come from it.
    assert doc.body_start > doc.text.index("layout: post")


def test_markdown_without_heading_uses_first_line(tmp_path: Path) -> None:
    title, paras = article("bontddu-hall-fire.txt")
    p = tmp_path / "plain.md"
    p.write_text("\n\n".join([title, *paras]), encoding="utf-8")
    doc = load_document(str(p))
    assert doc.title == title and doc.body_start == len(title)


# ----------------------------------------------------------------------------- HTML


@pytest.mark.parametrize("name", [p.name for p in ARTICLES])
def test_html_news_page_extracts_the_article_only(tmp_path: Path, name: str) -> None:
    title, paras = article(name)
    p = tmp_path / (name[:-4] + ".html")
    p.write_text(news_page(name, date="2020-03-14"), encoding="utf-8")
    doc = load_document(str(p))
    assert doc.title == title
    assert doc.text.split("\n", 1)[0] == title  # the title-line convention holds
    squashed = squash(doc.text)
    assert squash(paras[0]) in squashed and squash(paras[-1]) in squashed
    source = (SAMPLES / name).read_text(encoding="utf-8")
    for shell in SHELL_TEXTS:
        if shell not in source:  # nav labels such as "World" can be ordinary article words
            assert shell not in doc.text, shell
    for other in ARTICLES:
        if other.name != name and article(other.name)[0] not in title:
            assert article(other.name)[0] not in doc.text  # related-links list left out
    assert doc.meta["author"] == "Wikinews contributors"
    assert doc.meta["date"] == "2020-03-14"
    assert doc.meta["kind"] == "html"


def test_html_paragraphs_are_blank_line_separated(tmp_path: Path) -> None:
    title, paras = article("ebola-treatments.txt")
    p = tmp_path / "page.htm"
    p.write_text(news_page("ebola-treatments.txt"), encoding="utf-8")
    doc = load_document(str(p))
    assert doc.text.split("\n\n") == [title, *(squash(x) for x in paras)]


def test_html_in_paragraph_line_break_stays_inside_the_paragraph(tmp_path: Path) -> None:
    title, paras = article("youtube-dl-dmca.txt")
    broken = [x for x in paras if "\n" in x]
    assert broken, "youtube-dl-dmca.txt has one in-paragraph line break (SOURCES.md)"
    p = tmp_path / "page.html"
    p.write_text(news_page("youtube-dl-dmca.txt"), encoding="utf-8")
    blocks = load_document(str(p)).text.split("\n\n")
    assert [squash(x) for x in broken[0].split("\n")] == blocks[1 + paras.index(broken[0])].split("\n")


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    title, paras = article("gdansk-mayor-stabbed.txt")  # "Gdańsk" is not in cp1252: use latin-2
    p = tmp_path / "latin2.html"
    p.write_bytes(news_page("gdansk-mayor-stabbed.txt", charset="iso-8859-2").encode("iso-8859-2", "xmlcharrefreplace"))
    doc = load_document(str(p))
    assert doc.title == title
    assert doc.meta["encoding"] == "iso-8859-2"


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script></head><body></body></html>")
    with pytest.raises(LoadError) as err:
        load_document(str(p))
    assert str(err.value) == f"{p}: no article text found in this HTML page"


def test_unknown_suffix_is_sniffed_as_html(tmp_path: Path) -> None:
    p = tmp_path / "saved-page"
    p.write_text(news_page("toilet-paper-limits.txt"), encoding="utf-8")
    doc = load_document(str(p))
    assert doc.meta["kind"] == "html" and doc.title == article("toilet-paper-limits.txt")[0]


# ----------------------------------------------------------------------------- stdin


class FakeStdin(io.TextIOWrapper):
    def isatty(self) -> bool:
        return False


def test_stdin_text_via_subprocess() -> None:
    src = (SAMPLES / "who-pandemic-declared.txt").read_bytes()
    code = "from reader.core.documents.document import load_document as L; d = L('-'); print(d.name, d.meta['kind'], len(d.text))"
    out = subprocess.run([sys.executable, "-c", code], input=src, capture_output=True, cwd=ROOT, timeout=60, check=True)
    assert out.stdout.decode().split() == ["<stdin>", "text", str(len(normalize(src.decode())))]


def test_stdin_html_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    page = news_page("exoplanet-water-k2-18b.txt").encode()
    monkeypatch.setattr(sys, "stdin", FakeStdin(io.BytesIO(page)))
    doc = load_document("-")
    assert doc.meta["kind"] == "html" and doc.name == "<stdin>"
    assert doc.title == article("exoplanet-water-k2-18b.txt")[0]


def test_stdin_over_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(io.BytesIO(b"x" * 2001)))
    with pytest.raises(LoadError) as err:
        load_document("-", max_bytes=2000)
    assert str(err.value) == "<stdin>: more than 2 kB; raise the limit with --max-size"


def test_stdin_terminal_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(FakeStdin):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty(io.BytesIO(b"")))
    with pytest.raises(LoadError) as err:
        load_document("-")
    assert str(err.value).startswith("<stdin> is a terminal")


# ----------------------------------------------------------------------------- encodings


def test_explicit_codec(tmp_path: Path) -> None:
    title, paras = article("hagia-sophia-mosque.txt")
    text = "\n\n".join([title, *paras]) + "\n\nÜsküdar, İstanbul"  # Turkish letters: cp1254
    p = tmp_path / "tr.txt"
    p.write_bytes(text.encode("cp1254"))
    with pytest.raises(LoadError):
        load_document(str(p))
    doc = load_document(str(p), encoding="cp1254")
    assert doc.text == text and doc.meta["encoding"] == "cp1254"


def test_unknown_codec() -> None:
    with pytest.raises(LoadError) as err:
        load_document(str(SAMPLES / "ebola-treatments.txt"), encoding="klingon-8")
    assert str(err.value) == "unknown encoding 'klingon-8' (try utf-8, latin-1, cp1252, utf-16 or replace)"


def test_replace_decodes_and_sets_a_notice(tmp_path: Path) -> None:
    title, paras = article("cow-urine-covid.txt")
    good = "\n\n".join([title, *paras]).encode()
    cut = good.index(b"\n\n") + 2
    p = tmp_path / "bad.txt"
    p.write_bytes(good[:cut] + b"\xff\xfe" + good[cut:] + b"\xc3")
    with pytest.raises(LoadError) as err:
        load_document(str(p))
    assert str(err.value) == f"{p}: not valid UTF-8 (byte 0xff at offset {cut}); try --encoding latin-1 or --encoding replace"
    doc = load_document(str(p), encoding="replace")
    assert doc.text == good[:cut].decode() + "\ufffd\ufffd" + good[cut:].decode() + "\ufffd"
    assert doc.meta["notice"] == f"invalid UTF-8 shown as \ufffd (3 places, first at byte offset {cut})"


def test_replace_on_clean_file_has_no_notice() -> None:
    doc = load_document(str(SAMPLES / "ebola-treatments.txt"), encoding="replace")
    assert "notice" not in doc.meta


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_bom_declared_unicode(tmp_path: Path, codec: str) -> None:
    title, paras = article("kosgei-marathon-record.txt")
    text = "\n\n".join([title, *paras])
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[codec]
    p = tmp_path / "u.txt"
    p.write_bytes(bom + text.encode(codec))
    assert load_document(str(p)).text == text


def test_parse_document_from_bytes() -> None:
    title, paras = article("tesco-poland-sale.txt")
    doc = parse_document(("# " + title + "\n\n" + paras[0]).encode(), "-")
    assert doc.meta["kind"] == "markdown" and doc.title == title
