"""Hostile text that is displayed: escapes, markup, bidi, invisibles, NUL, surrogates, floods, long lines."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text, normalize
from reader.core.text.safe import FLOOD_MARK, MAX_COMBINING, safe_inline, safe_text

from ._support import article, assert_displayable, load_shown, spliced, write

PWN = "\x1b]0;pwned\x07\x1b[2J\x1b[31mRED"


def test_ansi_and_osc_escapes(tmp_path: Path) -> None:
    pieces = [
        PWN,  # title change, clear screen, colour
        "\x1b[10A\x1b[H\x1b[?1049h",  # cursor moves, alternate screen
        "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",  # OSC 8 hyperlink
        "\x1b]52;c;cHduZWQ=\x07",  # OSC 52 clipboard write
    ]
    doc, shown = load_shown(write(tmp_path, spliced("".join(pieces))))
    assert "".join(pieces) in doc.text  # nothing lost: the text is what the file said
    assert safe_text(PWN) == "␛]0;pwned␇␛[2J␛[31mRED"
    assert "␛]8;;https://evil.example/␛\\click␛]8;;␛\\" in shown


def test_c1_controls_8bit_csi(tmp_path: Path) -> None:
    doc, shown = load_shown(write(tmp_path, spliced("\x9b31mred\x9d0;title\x9c")))
    assert "\ufffd31mred\ufffd0;title\ufffd" in shown


def test_every_c0_control_gets_a_picture() -> None:
    controls = "".join(chr(c) for c in range(0x20) if c not in (0x0A,)) + "\x7f"
    shown = safe_text(controls)
    expected = "".join(" " if c == "\t" else chr(0x2400 + ord(c)) if c != "\x7f" else "\u2421" for c in controls)
    assert shown == expected


def test_rich_and_textual_markup_stays_literal(tmp_path: Path) -> None:
    markup = "[bold]loud[/bold] [@click=app.quit]quit[/] [link=https://evil.example]x[/link]"
    doc, shown = load_shown(write(tmp_path, spliced(markup)))
    assert markup in shown  # the core never interprets markup: safe_text leaves it alone
    quotes = [c.quote for c in extract_claims(doc) if markup in c.quote]
    assert quotes, "the markup inside a quotation is part of that claim's text"
    from rich.text import Text  # how the UI must render it: a Text object, never parsed markup

    assert Text(shown).plain == shown
    assert Text.from_markup(markup).plain != markup  # what parsing would have done


def test_bidi_overrides_are_neutralised(tmp_path: Path) -> None:
    bidi = "\u202ecod.exe\u202c \u2066x\u2069 \u200f\u200e\u061c \u202a\u202b\u202d\u2067\u2068"
    doc, shown = load_shown(write(tmp_path, spliced(bidi)))
    i = doc.text.index(bidi)
    assert shown[i : i + len(bidi)] == "⁇cod.exe⁇ ⁇x⁇ ⁇⁇⁇ ⁇⁇⁇⁇⁇"


def test_zero_width_and_invisible_characters(tmp_path: Path) -> None:
    invisible = "pay\u200bpal \u2060\ufeffx \u2061\u2062\u2063\u2064 \u180e \ufff9a\ufffb"
    doc, shown = load_shown(write(tmp_path, spliced(invisible)))
    i = doc.text.index(invisible)
    assert shown[i : i + len(invisible)] == "pay‸pal ‸‸x ‸‸‸‸ ‸ ‸a‸"


def test_joiners_kept_only_where_legitimate() -> None:
    assert safe_text("👩\u200d💻") == "👩\u200d💻"  # emoji ZWJ sequence
    assert safe_text("می\u200cخواهم") == "می\u200cخواهم"  # Persian ZWNJ
    assert safe_text("a\u200db \u200d") == "a‸b ‸"
    # Tag characters: part of a subdivision flag after 🏴, "ASCII smuggling" elsewhere.
    flag = "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
    assert safe_text(flag) == flag
    assert safe_text("ok\U000e0068\U000e0069") == "ok‸‸"


def test_stray_zwj_in_a_real_article() -> None:
    # youth-suicide-guns-study.txt holds one ZWJ between "Wikinews" and "'s" (SOURCES.md).
    doc = from_text(article("youth-suicide-guns-study.txt"))
    shown = assert_displayable(doc)
    i = doc.text.index("\u200d")
    assert shown[i - 8 : i + 3] == "Wikinews‸'s"


def test_line_and_paragraph_separators() -> None:
    assert safe_text("a\u2028b\u2029c") == "a␤b␤c"


def test_nul_in_text_is_shown(tmp_path: Path) -> None:
    doc, shown = load_shown(write(tmp_path, spliced("x\x00y")))
    assert "x␀y" in shown


def test_lone_surrogates_from_surrogateescape_and_json() -> None:
    # How they arrive: bytes decoded with surrogateescape (argv, filenames, a lenient caller), or JSON "\ud800".
    escaped = b"caf\xe9 \xff".decode("utf-8", "surrogateescape")
    from_json = json.loads('"half \\ud83d pair"')
    for s in (escaped, from_json):
        doc = from_text(article() + "\n\n" + s)
        assert "\ufffd" in doc.text and not any("\ud800" <= ch <= "\udfff" for ch in doc.text)
        doc.text.encode("utf-8")  # storable and exportable
        assert_displayable(doc)
    assert safe_text("a\udc80b") == "a\ufffdb"  # display layer also copes when handed one directly


def test_lone_surrogate_in_utf16_file_is_refused(tmp_path: Path) -> None:
    data = "\ufeffok".encode("utf-16-le") + b"\x00\xd8" + "x".encode("utf-16-le")
    from reader.core.documents.document import LoadError, load_document

    path = write(tmp_path, data)
    try:
        load_document(path)
    except LoadError as exc:
        assert str(exc) == f"{path}: invalid UTF-16 at byte offset 6 (illegal UTF-16 surrogate)"
    else:
        raise AssertionError("expected LoadError")


def test_combining_flood(tmp_path: Path) -> None:
    flood = "Z" + "\u0336\u0301\u0489\u0327" * 250
    doc, shown = load_shown(write(tmp_path, spliced(flood)))
    flood = normalize(flood)  # NFC puts the marks in canonical order; the count stays
    i = doc.text.index(flood)
    part = shown[i : i + len(flood)]
    assert part[: 1 + MAX_COMBINING] == flood[: 1 + MAX_COMBINING]
    assert set(part[1 + MAX_COMBINING :]) == {FLOOD_MARK}
    assert safe_text("Việt Nam") == "Việt Nam"  # ordinary diacritics untouched


def test_100k_character_line(tmp_path: Path) -> None:
    body = " ".join(article().split("\n\n")[1:]).replace("\n", " ")
    line = (body + " ") * (100_000 // len(body) + 1)
    text = "A 100k-character line\n\n" + line[:100_000]
    doc, shown = load_shown(write(tmp_path, text))  # bounded by the suite's timeout; its speed: benchmarks/huge.py
    assert len(doc.text.split("\n")[2]) == 100_000
    assert len(safe_inline(doc.text, 80)) == 80


def test_markup_and_escapes_in_title() -> None:
    doc = from_text("[bold]\x1b[31mTitle\u202e\n\nBody.")
    assert safe_inline(doc.title) == "[bold]␛[31mTitle⁇"
