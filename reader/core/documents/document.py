"""Documents: loading bytes from disk, decoding, and normalizing into the text every span indexes.

Normalization happens once, here: BOM stripped, CRLF/CR -> LF, lone surrogates -> U+FFFD, Unicode
NFC. All offsets in the program are code points of `Document.text`, so nothing downstream may
re-normalize. Display sanitation (control characters, bidi) is NOT done here: it keeps lengths and
lives in `reader.core.text.safe`, so the text stays exactly what the file said.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.documents import formats
from reader.core.text.lines import head_lines
from reader.core.text.spans import Span

DEFAULT_MAX_BYTES = 256_000_000
"""Files above this are refused with a clear message (configurable with --max-size)."""

_SURROGATE = re.compile("[\ud800-\udfff]")


class LoadError(Exception):
    """A document could not be opened; the message is one line meant for the user."""


@dataclass
class Document:
    text: str
    path: str
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    heading: Span | None = None
    """Where the title line is when it is not the first line (Markdown front matter, leading blanks)."""
    titled: bool = True
    """False when the first line is not a headline (a pasted paragraph): then the body starts at 0."""

    @property
    def fingerprint(self) -> str:
        """Content hash of the normalized text: the document's identity across moves and renames."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def title_span(self) -> Span:
        if self.heading is not None:
            return self.heading
        if not self.titled:
            return Span(0, 0)
        end = self.text.find("\n")
        return Span(0, len(self.text) if end < 0 else end)

    @property
    def body_start(self) -> int:
        """Offset where the body begins: after the title line (titles are metadata, not claims)."""
        return min(len(self.text), self.title_span.end)

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path != "-" else "<stdin>"


def normalize(text: str, check_surrogates: bool = True) -> str:
    """BOM stripped, newlines unified, lone surrogates and NUL replaced, NFC: the one text every offset refers to.

    Lone surrogates cannot be encoded as UTF-8 (store, exports) and NUL fits no database text column,
    so they become ␀ (U+2400) and U+FFFD here, visibly and one for one; a str only holds surrogates when it came from
    surrogateescape/surrogatepass decoding or a JSON "\\ud800" (our strict and 'replace' UTF-8/16
    decoders never produce them, hence `check_surrogates`); NUL is looked for always.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if check_surrogates and _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if "\x00" in text:  # NUL can be neither stored (PostgreSQL text) nor shown: its visible placeholder ␀ instead
        text = text.replace("\x00", "\u2400")
    return _nfc(text)


_NON_ASCII = re.compile("[^\x00-\x7f]")
_NON_SPACE = re.compile(r"\S")


def _nfc(text: str) -> str:
    """NFC line by line, only where a line has non-ASCII characters and is not NFC already.

    Equal to unicodedata.normalize("NFC", text) because a newline never composes or reorders with its
    neighbours; on a 50 MB article file it is ~6x faster and returns `text` itself (no copy) when nothing changes.
    """
    if text.isascii():
        return text
    parts: list[str] = []
    pos = 0
    m = _NON_ASCII.search(text)
    while m:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not unicodedata.is_normalized("NFC", line):
            parts += (text[pos:start], unicodedata.normalize("NFC", line))
            pos = end
        m = _NON_ASCII.search(text, end)
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def first_line_title(text: str) -> str:
    for line in head_lines(text, 20):
        if line.strip():
            return line.strip()
    return ""


HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30
_SENTENCE_END = re.compile(r"[.,;:]['\"’”)\]]*$")


def looks_like_headline(text: str) -> bool:
    """Whether the first line of `text` reads as a title: short, more text after it, and not ending like a
    sentence (a headline ends in a word, a question or an exclamation; "The minister said … 3.2 percent."
    is the first sentence of a pasted paragraph, whose claims count)."""
    end = text.find("\n")
    if end < 0 or not _NON_SPACE.search(text, end):
        return False  # one line is all there is: a paragraph, not a title over one
    line = text[:end].strip()
    if not line or len(line) > HEADLINE_MAX_CHARS or len(line.split()) > HEADLINE_MAX_WORDS:
        return False
    return _SENTENCE_END.search(line) is None


def from_text(text: str, path: str = "-", title: str | None = None, check_surrogates: bool = True) -> Document:
    norm = normalize(text, check_surrogates)
    if title is not None:
        return Document(text=norm, path=path, title=title)
    if looks_like_headline(norm):
        return Document(text=norm, path=path, title=first_line_title(norm))
    return Document(text=norm, path=path, title="", titled=False)


def human_size(n: int) -> str:
    """Decimal units, as --max-size reads them ('500M' = 500 000 000 bytes)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


_UTF8 = (None, "utf-8", "utf8", "utf_8", "replace")


def decode(data: bytes, encoding: str | None = None, where: str = "") -> str:
    """Decode bytes as UTF-8 (or a BOM-declared UTF-16/32, or `encoding`); errors name the byte offset.

    `encoding="replace"` decodes UTF-8 with U+FFFD for bad bytes (see `decode_replacing` for the notice).
    """
    prefix = f"{where}: " if where else ""
    if encoding in _UTF8:
        for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                           (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
            if data.startswith(bom):
                try:
                    return data.decode(codec)
                except UnicodeDecodeError as exc:
                    raise LoadError(f"{prefix}invalid {codec.upper()} at byte offset {exc.start} ({exc.reason})") from None
        if encoding == "replace":
            return data.decode("utf-8", errors="replace")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LoadError(
                f"{prefix}not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "try --encoding latin-1 or --encoding replace"
            ) from None
    try:
        return data.decode(text_encoding(encoding))
    except UnicodeDecodeError as exc:
        raise LoadError(f"{prefix}not valid {encoding} at byte offset {exc.start} ({exc.reason})") from None
    except UnicodeError as exc:  # a codec that decodes nothing ('undefined') or fails its own way
        raise LoadError(f"{prefix}cannot decode as {encoding} ({' '.join(str(exc).split())[:80]})") from None


def text_encoding(name: str) -> str:
    """`name` if it is an encoding that turns bytes into text ('replace' and UTF-8 spellings included), else
    a one-line LoadError: unknown names, and codecs such as 'undefined', 'rot13', 'base64' or 'zlib'."""
    if name in _UTF8:
        return name
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        raise LoadError(f"unknown encoding {name!r} (try utf-8, latin-1, cp1252, utf-16 or replace)") from None
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        raise LoadError(f"{name!r} is not a text encoding (try utf-8, latin-1, cp1252, utf-16 or replace)")
    return name


def replacement_notice(data: bytes, text: str) -> str | None:
    """One line for the status bar when `--encoding replace` had to replace bytes; None if none were bad."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        first = exc.start
    n = text.count("\ufffd") - data.count("\ufffd".encode())
    return f"invalid UTF-8 shown as \ufffd ({n} place{'s' if n != 1 else ''}, first at byte offset {first})"


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\x7fELF", "an ELF executable"),
    (b"%PDF-", "a PDF (convert it to text first)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.epub)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"MZ", "a Windows executable"),
)


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like, or None for text.

    A stray NUL or escape in text is not enough (it is shown as a placeholder); a known magic number,
    >1% NULs or >5% other control bytes is (random data has 9%).
    """
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return None
    for magic, what in _MAGIC:
        if head.startswith(magic) and (magic != b"MZ" or b"\x00" in head[:64]):
            return what
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))
    nuls = head.count(b"\x00")
    if nuls >= 4 and nuls * 100 > len(head):  # a few stray NULs in a short text are text (shown as ␀)
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if len(head) >= 16 and nuls * 4 > len(head) and min(even, odd) * 20 < max(even, odd):
            return "UTF-16 without a byte-order mark (try --encoding utf-16-le or utf-16-be)"
        return "a binary file"
    if controls * 20 > len(head):
        return "a binary file"
    return None


_BINARY_CONTROLS = bytes([*range(0x00, 0x07), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
"""Control bytes text never has in bulk (BEL, BS, tab/newline/form feed and ESC excluded: ANSI art has them)."""


def looks_binary(data: bytes) -> bool:
    return binary_kind(data) is not None


def os_error(where: object, exc: OSError, what: str = "file", *, missing: bool = True) -> LoadError:
    """An OSError as one line for the user: the usual causes in plain words ('no such file', 'permission denied',
    'not a folder'), any other in the system's own; `missing=False` where a missing path is not the usual cause."""
    if missing and isinstance(exc, FileNotFoundError):
        return LoadError(f"{where}: no such {what}")
    if isinstance(exc, PermissionError):
        return LoadError(f"{where}: permission denied")
    if what == "folder" and isinstance(exc, NotADirectoryError):
        return LoadError(f"{where}: not a folder")
    return LoadError(f"{where}: {exc.strerror or exc}")


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file or stdin, refusing what cannot be a document with a one-line reason."""
    if path == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            raise LoadError("<stdin>: not available")
        if sys.stdin.isatty():
            raise LoadError("<stdin> is a terminal: pipe a document into 'reader -' (e.g. curl … | reader -)")
        data = stdin.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise LoadError(f"<stdin>: more than {human_size(max_bytes)}; raise the limit with --max-size")
        return data
    try:
        st = os.stat(path)
    except OSError as exc:
        raise os_error(path, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(f"{path}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(f"{path}: not a regular file (FIFO, socket or device); pipe it to 'reader -' instead")
    if st.st_size > max_bytes:
        have, limit = human_size(st.st_size), human_size(max_bytes)
        if have == limit:  # "3.6 kB is over the 3.6 kB limit" helps nobody
            have, limit = f"{st.st_size} bytes", f"{max_bytes} bytes"
        raise LoadError(f"{path}: {have} is over the {limit} limit; raise it with --max-size")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO after the stat, open must not hang.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(min(max_bytes, st.st_size) + 1)  # not max_bytes: that would reserve 256 MB
    except OSError as exc:
        raise os_error(path, exc, missing=False) from None
    if len(data) > max_bytes:
        raise LoadError(f"{path}: grew over the {human_size(max_bytes)} limit while reading; raise it with --max-size")
    return data


@dataclass(frozen=True)
class LoadOptions:
    """How the user asked files to be read (`--encoding`, `--max-size`): one value the CLI hands to
    every place that opens a file, so a folder's documents are read like a single one."""

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES

    def load(self, path: str) -> Document:
        return load_document(path, self.encoding, self.max_bytes)


def load_document(path: str, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Open a text, Markdown or HTML document from a path (or '-' for stdin); kind by suffix or sniffing."""
    return parse_document(read_bytes(path, max_bytes), path, encoding)  # no local: the bytes can be freed early


def parse_document(data: bytes, path: str, encoding: str | None = None) -> Document:
    """Bytes to Document: refuse empty/binary/undecodable input with a one-line LoadError."""
    where = "<stdin>" if path == "-" else path
    if not data:
        raise LoadError(f"{where}: empty file (nothing to read)")
    if encoding in _UTF8:
        what = binary_kind(data)
        if what:
            raise LoadError(f"{where}: looks like {what}, not text")
    kind = formats.kind_of(path, data[:4096])
    if kind == formats.HTML and encoding is None and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        charset = formats.html_charset(data)
        if charset and charset.replace("_", "-") not in ("utf-8", "utf8") and _known_codec(charset):
            encoding = charset
    text = decode(data, encoding, where)
    notice = replacement_notice(data, text) if encoding == "replace" else None
    del data  # a huge file's bytes need not outlive its text
    if not _NON_SPACE.search(text):
        raise LoadError(f"{where}: only whitespace (nothing to read)")
    doc = _build(text, path, kind, where, check_surrogates=encoding not in _UTF8)
    doc.meta["kind"] = kind
    if encoding not in (None, "replace"):
        doc.meta["encoding"] = encoding
    if notice:
        doc.meta["notice"] = notice
    return doc


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
        return True
    except LookupError:
        return False


def _build(text: str, path: str, kind: str, where: str, check_surrogates: bool) -> Document:
    if kind == formats.HTML:
        extracted = formats.extract_html(text)
        if extracted is None:
            raise LoadError(f"{where}: no article text found in this HTML page")
        doc = from_text(extracted.text, path, title=normalize(extracted.title))
        doc.meta.update(extracted.meta)
        return doc
    doc = from_text(text, path, check_surrogates=check_surrogates)
    del text
    if not _NON_SPACE.search(doc.text):
        raise LoadError(f"{where}: only whitespace (nothing to read)")
    if kind == formats.MARKDOWN:
        doc.title, doc.heading = formats.markdown_heading(doc.text)
    return doc
