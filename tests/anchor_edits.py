"""Random edits of real articles with ground truth, for the re-anchoring property test and benchmark.

An edited text is built character by character with each character's origin (its offset in the old
text, or None for new text, marked when it is a copy), so for every annotation we know its *intended
occurrence*: the old passage where it still stands intact, else an intact copy of it (a paragraph
duplicated and then the original deleted is a move), else none (its words were edited or deleted).

A result is a *silent mis-anchor* when it claims exact/moved anywhere but the intended occurrence. An
annotation is *recoverable* when its passage survives with its whole stored context verbatim
(prefix + quote + suffix, occurring once in the new text); recovered = found there as exact/moved.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.annotations.model import Annotation, Selector
from reader.core.documents.document import load_document
from reader.core.text.spans import Span

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"
OPS = ("insert", "delete", "replace", "move", "duplicate", "word", "word", "split", "join")


def articles() -> list[str]:
    """The normalized texts of the sample articles (real news text, never generated)."""
    return [load_document(str(p)).text for p in sorted(SAMPLES.glob("*.txt"))]


@dataclass
class Edited:
    chars: list[str]
    origin: list[int | None]
    copied: list[bool]
    ops: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> Edited:
        return cls(list(text), list(range(len(text))), [False] * len(text))

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def splice(self, start: int, end: int, chars: list[str], origin: list[int | None], copied: list[bool]) -> None:
        self.chars[start:end] = chars
        self.origin[start:end] = origin
        self.copied[start:end] = copied

    def paragraphs(self) -> list[tuple[int, int]]:
        """[start, end) of each paragraph (text between blank lines)."""
        text, out, start = self.text, [], 0
        while start <= len(text):
            end = text.find("\n\n", start)
            end = len(text) if end < 0 else end
            if end > start:
                out.append((start, end))
            start = end + 2
        return out


def _words(text: str) -> list[tuple[int, int]]:
    out, i = [], 0
    while i < len(text):
        if text[i].isalnum():
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] in "'’-"):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _new(text: str) -> tuple[list[str], list[int | None], list[bool]]:
    return list(text), [None] * len(text), [False] * len(text)


def edit_once(rng: random.Random, e: Edited, other: list[str]) -> None:
    """One random edit: paragraph insert/delete/replace/move/duplicate/split/join, or a word edit."""
    paras = e.paragraphs()
    op = rng.choice(OPS)
    if len(paras) < 2 and op in ("delete", "move", "join"):
        op = "insert"
    foreign = rng.choice(rng.choice(other).split("\n\n")).strip() or "Editor's note: this story was updated."
    if op == "insert":
        at = rng.choice([0] + [p[1] + 2 for p in paras[:-1]] + [len(e.chars)])
        sep = "\n\n" if at < len(e.chars) else ""
        e.splice(at, at, *_new((foreign + sep) if sep else ("\n\n" + foreign)))
    elif op == "delete":
        s, t = rng.choice(paras)
        e.splice(s, min(len(e.chars), t + 2), [], [], [])
    elif op == "replace":
        s, t = rng.choice(paras)
        e.splice(s, t, *_new(foreign))
    elif op in ("move", "duplicate"):
        s, t = rng.choice(paras)
        piece = (e.chars[s:t] + ["\n", "\n"], e.origin[s:t] + [None, None], [op == "duplicate" or c for c in e.copied[s:t]] + [False, False])
        if op == "move":
            e.splice(s, min(len(e.chars), t + 2), [], [], [])
        at = rng.choice([0] + [p[1] + 2 for p in e.paragraphs()[:-1]])
        e.splice(at, at, *piece)
    elif op == "split":
        s, t = rng.choice(paras)
        spaces = [i for i in range(s, t) if e.chars[i] == " "]
        if spaces:
            i = rng.choice(spaces)
            e.splice(i, i + 1, *_new("\n\n"))
    elif op == "join":
        i = rng.randrange(len(paras) - 1)
        e.splice(paras[i][1], paras[i + 1][0], *_new(" "))
    else:
        words = _words(e.text)
        if words:
            s, t = rng.choice(words)
            vocab = _words(foreign)
            new = foreign[slice(*rng.choice(vocab))] if vocab else "word"
            if new == "".join(e.chars[s:t]):
                new += "s"
            kind = rng.choice(("replace", "insert", "delete"))
            if kind == "replace":
                e.splice(s, t, *_new(new))
            elif kind == "insert":
                e.splice(s, s, *_new(new + " "))
            else:
                e.splice(s, min(len(e.chars), t + 1), [], [], [])
    e.ops.append(op)


def pick_spans(rng: random.Random, text: str, n: int) -> list[Span]:
    """Spans a checker would annotate: a whole sentence, or a run of 1-15 words."""
    words = _words(text)
    out: list[Span] = []
    for _ in range(n):
        i = rng.randrange(len(words))
        if rng.random() < 0.4:
            start = text.rfind(". ", 0, words[i][0])
            start = max(start + 2 if start >= 0 else 0, text.rfind("\n", 0, words[i][0]) + 1)
            end = text.find(".", words[i][1])
            end = len(text) if end < 0 else min(end + 1, text.find("\n", words[i][1]) if "\n" in text[words[i][1]:] else len(text))
        else:
            j = min(len(words) - 1, i + rng.randrange(0, 15))
            start, end = words[i][0], words[j][1]
        if end > start:
            out.append(Span(start, end))
    return out


def intended(e: Edited, span: Span, quote: str) -> Span | None:
    """Where the passage `span` of the old text stands intact in the edited text: the original, else a copy.

    Intact = the same characters, at least half of them carried over from their own old offsets and
    none of the passage's own characters out of place; the others re-typed or brought from elsewhere
    identically (a paragraph break removed by a join and put back by a split, the next paragraph's first
    word replaced by the same word) still read as the passage."""
    new = e.text
    best: Span | None = None
    i = new.find(quote)
    while i >= 0:
        origins = e.origin[i : i + len(quote)]
        kept = [k for k, o in enumerate(origins) if o == span.start + k]
        misplaced = [k for k, o in enumerate(origins) if o is not None and span.start <= o < span.end and o != span.start + k]
        if 2 * len(kept) >= len(quote) and not misplaced:
            copies = {e.copied[i + k] for k in kept}
            if copies == {False}:
                return Span(i, i + len(quote))
            best = best or Span(i, i + len(quote))
        i = new.find(quote, i + 1)
    return best


@dataclass
class Outcome:
    cases: int = 0
    annotations: int = 0
    silent: int = 0
    recoverable: int = 0
    recovered: int = 0
    states: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def recovered_rate(self) -> float:
        return self.recovered / self.recoverable if self.recoverable else 1.0


def run_case(rng: random.Random, texts: list[str], outcome: Outcome) -> None:
    """One edited document with a few annotations, re-anchored together as the store does."""
    from reader.core.annotations.anchor import reanchor_all

    k = rng.randrange(len(texts))
    text = texts[k]
    spans = pick_spans(rng, text, rng.randint(1, 5))
    anns = [Annotation(Selector.from_span(text, s), "fp") for s in spans]
    e = Edited.of(text)
    for _ in range(rng.randint(1, 4)):
        edit_once(rng, e, texts[:k] + texts[k + 1 :])
    new = e.text
    outcome.cases += 1
    for a, res in zip(anns, reanchor_all(new, anns), strict=True):
        outcome.annotations += 1
        outcome.states[res.state] = outcome.states.get(res.state, 0) + 1
        truth = intended(e, a.span, a.selector.exact)
        sel = a.selector
        placed = res.state in ("exact", "moved")
        if placed and res.span != truth:
            outcome.silent += 1
            if len(outcome.examples) < 5:
                outcome.examples.append(f"{res.state} {res.span} for {sel.exact[:60]!r} (truth {truth}, ops {e.ops})")
        full = sel.prefix + sel.exact + sel.suffix
        if truth is not None and new[truth.start - len(sel.prefix) : truth.end + len(sel.suffix)] == full and new.count(full) == 1 and (
                len(sel.prefix) == 32 or truth.start == len(sel.prefix)) and (len(sel.suffix) == 32 or truth.end + len(sel.suffix) == len(new)):
            outcome.recoverable += 1
            outcome.recovered += placed and res.span == truth
            if not (placed and res.span == truth) and len(outcome.missed) < 40:
                outcome.missed.append(f"{res.state} {sel.exact[:50]!r} ({len(sel.exact)} chars, found {new.count(sel.exact)} times; ops {e.ops})")
