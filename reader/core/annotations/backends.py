"""Opening the user's annotation store: which backend, where its files live."""

from __future__ import annotations

import os

import platformdirs

from reader.core.annotations.sqlite import SqliteStore
from reader.core.annotations.store import DB_NAME, AnnotationStore


def default_data_dir() -> str:
    return platformdirs.user_data_dir("claim-reader")


def open_store(data_dir: str | None = None, readonly: bool = False, user: str | None = None) -> AnnotationStore:
    """The user's store (`data_dir`, else the platform data dir, which XDG_DATA_HOME moves); its actions
    are by `user` (config `user.name`; default the login name)."""
    directory = os.path.abspath(os.path.expanduser(data_dir or default_data_dir()))
    return SqliteStore(os.path.join(directory, DB_NAME), readonly=readonly, user=user)
