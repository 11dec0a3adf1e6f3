"""Annotation keys of the reading screen: verdict, tags, note, highlight, copy, undo/redo.

A mixin so the screen module stays about layout and navigation. What a key acts on is decided by
reader.core.session.targets from a description of the panes (`focus()`); the Session does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reader.core.annotations.store import StoreError
from reader.core.text.safe import safe_inline
from reader.core.text.spans import Span
from reader.tui.screens.screen_parts import ReaderParts
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.core.annotations.model import Annotation
    from reader.core.session.targets import Target


class AnnotateActions(ReaderParts):
    def target(self) -> Target | None:
        """What an annotation key acts on now (see reader.core.session.targets)."""
        from reader.core.session.targets import target  # with the segmenter, on the first annotation key (start-up time)

        return target(self.focus_state(), self.doc.text, self.session.claims, self.session.annotations)

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
        self.after_local_action()
        self.refresh_annotations()
        status.info = message(result) if callable(message) else message
        notice = self.session.take_notice()  # someone else changed it meanwhile: reloaded, said so
        if notice:
            self.notify(safe_inline(notice), severity="warning", timeout=8)

    def after_local_action(self) -> None:
        """A saved action: in team mode the sync worker (handed down in the settings) pushes it now."""
        if self.settings.team is not None:
            self.settings.team.kick()

    def _with_target(self) -> Target | None:
        t = self.target()
        if t is None:
            self.notify("Nothing here to act on: move to a claim or select text", severity="warning")
        return t

    def _edit(self, make_dialog: Callable[[str, Annotation | None], Screen[Any]],
              save: Callable[[Span, str | None, Any], object], message: Callable[[Any], str]) -> None:
        """Open `make_dialog` on the current target; a non-None answer is saved in one action."""
        t = self._with_target()
        if t is None:
            return

        def done(answer: Any) -> None:
            if answer is None:  # cancelled
                return
            self._act(lambda: save(t.span, t.key, answer), message(answer))
            self.query_one(ArticleView).clear_selection()

        self.app.push_screen(make_dialog(t.span.of(self.doc.text), self.session.find(t.span, t.key)), done)

    def action_verdict(self) -> None:
        from reader.tui.dialogs.annotate import VerdictPicker  # the dialogs (and TextArea) load on the first key, not at start-up

        labels = self.config.verdict_labels
        self._edit(
            lambda text, a: VerdictPicker(text, a.verdict if a else None, labels),
            self._save_verdict,
            lambda verdict: f"verdict: {labels.get(verdict, verdict) if verdict else 'cleared'}",
        )

    def _save_verdict(self, span: Span, key: str | None, verdict: str | None) -> object:
        """Set the verdict; on a claim in team conflict the same choice settles it (the team side saves it)."""
        a = self.session.find(span, key)
        if a is not None and a.verdict == (verdict or None) and self.team_resolve(a.id, verdict or None):
            self.session.reload()
            return a
        return self.session.set_verdict(span, verdict or None, key)

    def action_tags(self) -> None:
        from reader.tui.dialogs.annotate import TagsDialog  # see action_verdict

        self._edit(
            lambda text, a: TagsDialog(text, a.tags if a else (), self.session.known_tags()),
            lambda span, key, tags: self.session.set_tags(span, tags, key),
            lambda tags: f"tags: {', '.join(tags)}" if tags else "tags cleared",
        )

    def action_note(self) -> None:
        from reader.tui.dialogs.annotate import NoteEditor  # see action_verdict

        self._edit(
            lambda text, a: NoteEditor(text, a.note if a else None),
            lambda span, key, note: self.session.set_note(span, note, key),
            lambda note: "note saved" if note else "note cleared",
        )

    def action_highlight(self) -> None:
        t = self._with_target()
        if t is None:
            return
        self._act(lambda: self.session.toggle_highlight(t.span, t.key),
                  lambda a: "highlighted" if a is not None and a.highlight else "highlight removed")
        self.query_one(ArticleView).clear_selection()

    def action_undo(self) -> None:
        self._act(self.session.undo, lambda label: f"undone: {label}" if label else "nothing to undo")

    def action_redo(self) -> None:
        self._act(self.session.redo, lambda label: f"redone: {label}" if label else "nothing to redo")

    def action_copy(self) -> None:
        """`y`: the claim, selection or sentence to the terminal's clipboard (OSC 52), with who said it and where,
        ready to paste into a fact-check."""
        from reader.core.session.targets import citation  # see target()

        t = self._with_target()
        if t is None:
            return
        self.app.copy_to_clipboard(citation(t, self.doc.text, self.session.claims, self.doc.title or self.doc.name))
        self.query_one(ArticleView).clear_selection()
        self.query_one(StatusBar).info = f"copied {len(t.span.of(self.doc.text).strip())} characters"
