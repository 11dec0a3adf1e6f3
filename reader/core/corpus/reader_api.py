"""Everything corpus mode uses from the rest of claim-reader, imported in this one module.

The corpus package sits above the extractor in the layer order and must not reach into its modules
from everywhere: when the core's layout moves (documents/, claims/, text/ …) only these imports change.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from reader import __version__
from reader.core.claims.extract import extract_claims
from reader.core.claims.record import Claim
from reader.core.documents.document import Document, LoadError, from_text, normalize, parse_document
from reader.core.documents.formats import extract_html
from reader.core.text.safe import safe_inline

__all__ = [
    "Claim",
    "Document",
    "LoadError",
    "extract_claims",
    "extract_html",
    "extractor_version",
    "from_text",
    "normalize",
    "parse_document",
    "safe_inline",
]

_CORE = Path(__file__).resolve().parent.parent
"""reader/core: the extractor's sources, hashed into its version."""


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """`<package version>+<hash of the core's sources>`: a run resumed with other extractor code is refused,
    and every row says which code made it (two checkouts with one package version still differ)."""
    digest = hashlib.sha1()
    for path in sorted(p for p in _CORE.rglob("*") if p.suffix in (".py", ".toml")):  # rules live in .toml files
        if "corpus" in path.relative_to(_CORE).parts:
            continue
        digest.update(path.relative_to(_CORE).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"
