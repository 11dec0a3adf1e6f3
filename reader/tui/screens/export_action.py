"""Export on the reading screen (ctrl+e): the dialog's answer written to a file, the reviewer remembered."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.config import ConfigWriteError, save_settings
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.core.config import Config
    from reader.core.documents.document import Document
    from reader.core.session.session import Session
    from reader.tui.dialogs.export import ExportRequest

    class _Base(Screen[None]):
        """What this mixin uses of ReaderScreen (naming ReaderScreen itself would be an import cycle)."""

        session: Session
        doc: Document

        @property
        def config(self) -> Config: ...
else:
    _Base = object


class ExportAction(_Base):
    def action_export(self) -> None:
        # Loaded on ctrl+e: the exporters import the extractor's modules, which would cost start-up time.
        from reader.tui.dialogs.export import ExportDialog

        doc, config = self.doc, self.config
        stem = Path(doc.path).stem if doc.path not in ("-", "") else "stdin"
        url = doc.meta.get("url") or doc.meta.get("source_url") or ""
        self.app.push_screen(
            ExportDialog(stem, config.export_format, source_url=url, review_url=config.review_url, reviewer=config.reviewer),
            self._write_export,
        )

    def _write_export(self, request: ExportRequest | None) -> None:
        if request is None:
            return
        from reader.core.exchange.export import ExportError, export  # loaded with the dialog (see action_export)

        meta = dict(self.doc.meta)
        for key, value in (("url", request.source_url), ("review_url", request.review_url), ("reviewer", request.reviewer)):
            if value:
                meta[key] = value
        doc = dataclasses.replace(self.doc, meta=meta)
        try:
            out = export(doc, self.session.claims, self.session.annotations, request.format)
            with open(request.path, "w", encoding="utf-8", newline="") as fh:
                fh.write(out)
        except (OSError, ExportError) as exc:
            self.notify(f"Export failed: {getattr(exc, 'strerror', None) or exc}", severity="error", timeout=10)
            return
        self.query_one(StatusBar).info = f"wrote {request.format} to {request.path}"
        self._remember(request)

    def _remember(self, request: ExportRequest) -> None:
        """The reviewer and review URL are the same for every article: keep them for the next export."""
        config = self.config
        changed = {k: v for k, v in (("reviewer", request.reviewer), ("review_url", request.review_url)) if v and v != getattr(config, k)}
        if not changed or config.path is None:
            return
        try:
            save_settings(config.path, changed)
        except ConfigWriteError as exc:
            self.notify(str(exc), severity="warning", timeout=8)
            return
        for key, value in changed.items():
            setattr(config, key, value)
