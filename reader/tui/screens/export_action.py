"""Export on the reading screen (ctrl+e): the dialog's answer written to a file, the reviewer remembered."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from reader.tui.commands import remember_settings
from reader.tui.screens.screen_parts import ReaderParts
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from reader.tui.dialogs.export import ExportRequest


class ExportAction(ReaderParts):
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
        # The reviewer and review URL are the same for every article: kept for the next export.
        remember_settings(self.config, {"reviewer": request.reviewer, "review_url": request.review_url},
                          lambda message: self.notify(message, severity="warning", timeout=8))
