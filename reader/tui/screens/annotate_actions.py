"""Annotation key actions of the reading screen (verdict, tags, note, highlight, undo/redo).

A mixin so the screen module stays about layout and navigation; the Session does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from reader.core.annotations.store import StoreError
from reader.core.session.session import claim_key
from reader.core.text.spans import Span
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.core.annotations.model import Annotation
    from reader.core.claims.extract import Claim
    from reader.core.documents.document import Document
    from reader.core.session.session import Session
    from reader.tui.widgets.annotations_view import AnnotationList
    from reader.tui.widgets.claims_list import ClaimsList

    class _Base(Screen[None]):
        """What this mixin uses of ReaderScreen (naming ReaderScreen itself would be an import cycle)."""

        session: Session
        doc: Document
        matches: list[Span]

        @property
        def claims(self) -> list[Claim]: ...
        def refresh_annotations(self) -> None: ...
        def action_match(self, delta: int) -> None: ...
else:
    _Base = object


class AnnotateActions(_Base):
    # ----- targets ----------------------------------------------------------------------
    def target(self) -> tuple[Span, str | None] | None:
        """What an annotation key acts on: the focused claim, else the selection, else the
        claim or sentence under the article cursor."""
        focused = self.focused
        claims = cast("ClaimsList", self.query_one("#claims"))
        if focused is claims and claims.current is not None:
            c = self.claims[claims.current]
            return c.span, claim_key(c)
        if focused is not None and focused.id == "annotations-list":
            focused = cast("AnnotationList", focused)
            aid = focused._current()
            a = self.session.get(aid) if aid else None
            if a is not None and a.state != "orphan":
                return a.span, a.claim_key
            return None
        article = self.query_one(ArticleView)
        if article.selection is not None:
            return article.selection, None
        cur = article.cursor
        for c in self.claims:
            if c.span.contains(cur):
                return c.span, claim_key(c)
        from reader.core.text.segment import sentence_at  # loaded on first use: not needed to paint

        sentence = sentence_at(self.doc.text, cur)
        return (sentence, None) if sentence is not None else None

    def _act(self, fn: Callable[[], Any], message: str | Callable[[Any], str]) -> None:
        """Run one store action; say what happened (`message` may be made from its result)."""
        status = self.query_one(StatusBar)
        try:
            result = fn()
        except StoreError as exc:
            status.store_state = "NOT SAVED"
            self.notify(str(exc), severity="error", timeout=10)
            return
        status.store_state = "saved"
        kick = getattr(self.app, "after_local_action", None)
        if kick is not None:
            kick()
        self.refresh_annotations()
        self.notify(message(result) if callable(message) else message, timeout=2)
        notice = self.session.take_notice()  # someone else changed it meanwhile: reloaded, said so
        if notice:
            from reader.core.text.safe import safe_inline

            self.notify(safe_inline(notice), severity="warning", timeout=8)

    def _with_target(self) -> tuple[Span, str | None] | None:
        t = self.target()
        if t is None:
            self.notify("Nothing here to act on: move to a claim or select text", severity="warning")
        return t

    # ----- annotation actions --------------------------------------------------------------
    def _edit(self, make_dialog: Callable[[str, Annotation | None], Screen[Any]],
              save: Callable[[Span, str | None, Any], object], message: Callable[[Any], str]) -> None:
        """Open `make_dialog` on the current target; a non-None answer is saved in one action."""
        t = self._with_target()
        if t is None:
            return
        span, key = t

        def done(answer: Any) -> None:
            if answer is None:  # cancelled
                return
            self._act(lambda: save(span, key, answer), message(answer))
            self._after_annotation()

        self.app.push_screen(make_dialog(span.of(self.doc.text), self.session.find(span, key)), done)

    def action_verdict(self) -> None:
        from reader.tui.dialogs.annotate import VerdictPicker

        def save(span: Span, key: str | None, verdict: str | None) -> object:
            a = self.session.find(span, key)
            if a is not None and (a.verdict == (verdict or None)) and self.team_resolve(a.id, verdict or None):  # type: ignore[attr-defined]
                self.session.annotations = self.session.store.for_document(self.doc)  # the resolution is saved by the team side
                return a
            return self.session.set_verdict(span, verdict or None, key)

        self._edit(
            lambda text, a: VerdictPicker(text, a.verdict if a else None),
            save,
            lambda verdict: f"verdict: {verdict or 'cleared'}",
        )

    def action_tags(self) -> None:
        from reader.tui.dialogs.annotate import TagsDialog

        self._edit(
            lambda text, a: TagsDialog(text, a.tags if a else (), self.session.known_tags()),
            lambda span, key, tags: self.session.set_tags(span, tags, key),
            lambda _: "tags saved",
        )

    def action_note_or_next(self) -> None:
        """`n`: next search match while matches are lit (vim), otherwise write a note."""
        if self.matches:
            self.action_match(1)
        else:
            self.action_note()

    def action_note(self) -> None:
        from reader.tui.dialogs.annotate import NoteEditor

        self._edit(
            lambda text, a: NoteEditor(text, a.note if a else None),
            lambda span, key, note: self.session.set_note(span, note, key),
            lambda _: "note saved",
        )

    def action_highlight(self) -> None:
        t = self._with_target()
        if t is None:
            return
        span, key = t
        self._act(lambda: self.session.toggle_highlight(span, key), "highlight toggled")
        self._after_annotation()

    def _after_annotation(self) -> None:
        self.query_one(ArticleView).clear_selection()

    def action_undo(self) -> None:
        self._act(self.session.undo, lambda label: f"undone: {label}" if label else "nothing to undo")

    def action_redo(self) -> None:
        self._act(self.session.redo, lambda label: f"redone: {label}" if label else "nothing to redo")


    def action_copy(self) -> None:
        """`y`: the claim, selection or sentence to the terminal's clipboard (OSC 52), with who said it and where,
        ready to paste into a fact-check."""
        t = self._with_target()
        if t is None:
            return
        span, key = t
        claim = next((c for c in self.claims if key is not None and claim_key(c) == key), None)
        words = span.of(self.doc.text).strip()
        cited = f"“{words}”"
        if claim is not None and claim.speaker:
            cited += f" — {claim.speaker}"
        title = self.doc.title or self.doc.name
        self.app.copy_to_clipboard(f"{cited} ({title})")
        self.query_one(ArticleView).clear_selection()
        self.notify(f"copied {len(words)} characters", timeout=3)
