"""What every screen is told besides its own data: the user's config and how files are read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.config import Config
from reader.core.documents.document import LoadOptions

if TYPE_CHECKING:
    from reader.tui.team import TeamLive


@dataclass(frozen=True)
class ReaderSettings:
    """Handed down from the app to each screen (never looked up on the app)."""

    config: Config = field(default_factory=Config)
    options: LoadOptions = field(default_factory=LoadOptions)
    """`--encoding` and `--max-size`: how the document (and its reloads, and a folder's files) are read."""
    from_library: bool = False
    """Opened from the library: `q` and a last `escape` go back to it."""
    data_dir: str | None = None
    """Where the store lives: the claims cache (reader.core.session.claims_cache) sits beside it; None: no cache."""
    team: TeamLive | None = None
    """The app's link to a team server (reader/tui/team.py); None: this store alone."""
