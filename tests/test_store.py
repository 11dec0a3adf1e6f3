"""The SQLite annotation store: round trips, edits and their log, migrations, and document identity
(a document is its file: same path + new text = a new version; another path is another document)."""

from __future__ import annotations

import os
import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.annotations.backends import open_store
from reader.core.annotations.model import Annotation, Edit
from reader.core.annotations.sqlite_schema import MIGRATIONS, SCHEMA_VERSION
from reader.core.annotations.store import DB_NAME, StoreError
from reader.core.documents.document import Document, from_text
from reader.core.session.session import Session
from reader.core.text.spans import Span
from tests.store_docs import TEXT, ann, doc_fixture  # noqa: F401 - the `doc` fixture

HOSTILE_TAGS = ("[bold]x[/bold]", "[@click=app.quit]", "\x1b]0;pwned\x07", "\u202eevil", "e\u0301" * 3, "emoji 🧪", "")


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = open_store(str(tmp_path / "data"), user="ana")
    yield s
    s.close()


def test_round_trip_is_verbatim_for_hostile_tags_and_notes(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "budget would grow", verdict="false", tags=HOSTILE_TAGS, note="line1\nline2 [red]\x1b[2J\u202e",
                       highlight=True, claim_key="number:10:20", evidence=("https://example.org/a?b=1", "Report, p. 4")))
    assert (a.creator, a.version, a.verdict_by) == ("ana", 1, "ana")
    store.close()
    again = open_store(os.path.dirname(store.path))
    assert again.get(a.id) == a
    assert again.all() == [a]
    again.close()


@pytest.mark.parametrize(("field", "value", "named"), [
    ("note", "nul\x00here", "note holds a NUL character at character 3"),
    ("note", "bad \udcff byte", "note holds an unpaired surrogate U+DCFF"),
    ("tags", ("ok", "lone\ud800"), "tag 2 holds an unpaired surrogate"),
    ("evidence", ("x\x00",), "source 1 holds a NUL"),
    ("id", "\ud800", "id holds an unpaired surrogate"),
    ("created", "\ud800", "created holds"),
    ("creator", "a\x00b", "creator holds a NUL"),
])
def test_text_no_store_can_hold_is_refused_naming_the_field(store, doc: Document, field: str, value: object, named: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError) as err:
        store.save(replace(ann(doc, "budget would grow", verdict="true"), **{field: value}))
    assert named in str(err.value) and "\n" not in str(err.value) and err.value.kind == "invalid"
    assert store.all() == []


def test_update_and_delete_are_logged_old_and_new(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed", verdict="unverified"))
    b = store.save(a.edited(verdict="misleading", tags=("spin",)))
    assert store.get(a.id) == b and len(store.all()) == 1 and b.version == 2
    assert store.delete(a.id) and store.get(a.id) is None
    assert not store.delete(a.id)
    log = store.history(a.id)
    assert [c.action for c in log] == ["delete", "save", "save"]
    assert (log[0].old, log[0].new) == (b, None)
    assert (log[1].old, log[1].new) == (a, b)
    assert (log[2].old, log[2].new) == (None, a)
    assert {c.actor for c in log} == {"ana"}
    assert [(e.value, e.actor) for e in store.verdict_history(a.id)] == [("unverified", "ana"), ("misleading", "ana"), (None, "ana")]


def test_apply_edits_only_the_named_fields_of_the_stored_row(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    mine = store.apply(ann(doc, "Critics disagreed"), Edit(note="mine")).after
    other = open_store(os.path.dirname(store.path), user="ben")
    other.apply(mine, Edit(add_tags=("theirs",)))
    other.close()
    done = store.apply(mine, Edit(verdict="false", evidence=("https://example.org",)))  # our copy is stale
    assert done.stale and done.others == ("ben",)
    assert done.after is not None and (done.after.note, done.after.tags, done.after.verdict) == ("mine", ("theirs",), "false")
    assert "ben changed this annotation meanwhile" in (done.notice() or "")
    assert not store.apply(done.after, Edit(add_tags=("x",))).stale


def test_verdict_history_is_append_only(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed", verdict="false"))
    conn = sqlite3.connect(store.path)
    for sql in ("UPDATE verdicts SET value = 'true'", "DELETE FROM verdicts"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    conn.close()
    assert [e.value for e in store.verdict_history(a.id)] == ["false"]


def test_xdg_data_home_moves_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    s = open_store()
    assert Path(s.path) == tmp_path / "xdg" / "claim-reader" / DB_NAME
    assert Path(s.path).exists()
    s.close()


def test_wal_busy_timeout_and_application_id(store) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x436C5264
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    conn.close()


def _v1_database(db: Path, rows: list[tuple[Annotation, str]]) -> None:
    """A database as claim-reader wrote it at schema 1 (no application id then)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    conn.executescript(str(MIGRATIONS[0]))
    for a, path in rows:
        s = a.selector
        conn.execute(
            "INSERT INTO annotations (id, doc_fingerprint, doc_path, doc_title, exact, prefix, suffix, start, \"end\", "
            "verdict, tags, note, highlight, claim_key, state, created, modified) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[\"v1\"]', NULL, 0, NULL, 'exact', ?, ?)",
            (a.id, a.doc_fingerprint, path, a.doc_title, s.exact, s.prefix, s.suffix, s.start, s.end, a.verdict, a.created, a.modified))
        conn.execute("INSERT OR REPLACE INTO documents (fingerprint, path, title, position, seen) VALUES (?, ?, ?, 42, ?)",
                     (a.doc_fingerprint, path, a.doc_title, a.modified))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_forward_migration_from_version_1_keeps_data(tmp_path: Path, doc: Document) -> None:
    db = tmp_path / "data" / DB_NAME
    a = ann(doc, "Police detained", verdict="true", tags=("v1",))
    _v1_database(db, [(a, doc.path)])
    st = open_store(str(db.parent))
    got = st.get(a.id)
    assert got == replace(a, version=1, verdict_at=a.modified)  # v3: version 1, the verdict's time known, its author not
    assert [e.value for e in st.verdict_history(a.id)] == ["true"]  # the old verdict opens the history
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x436C5264  # recognised by its schema, stamped
    conn.close()
    assert st.get_position(doc.fingerprint, doc.path) == 42  # positions follow their path into schema 4
    assert [x.id for x in st.for_document(doc)] == [a.id]
    st.save(got.edited(verdict="false"))
    assert [e.value for e in st.verdict_history(a.id)] == ["true", "false"]
    st.close()


def test_migration_gives_each_old_verdict_its_own_event(tmp_path: Path, doc: Document) -> None:
    db = tmp_path / "data" / DB_NAME
    olds = [ann(doc, text, verdict=v) for text, v in
            (("Police detained", "true"), ("Critics disagreed strongly", "false"), ("budget would grow by 4 percent", "mixed"))]
    _v1_database(db, [(a, doc.path) for a in olds])
    st = open_store(str(db.parent))  # one statement copies every verdict into the history: ids must differ per row
    events = [e for a in olds for e in st.verdict_history(a.id)]
    assert [e.value for e in events] == ["true", "false", "mixed"]
    assert len({e.id for e in events}) == 3
    assert all(str(uuid.UUID(e.id)) == e.id and uuid.UUID(e.id).version == 4 for e in events)
    st.close()


# --- document identity ------------------------------------------------------------------------------


def test_same_path_new_text_is_a_new_version_and_reanchors(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed strongly", verdict="false"))
    b = store.save(ann(doc, "budget would grow by 4 percent", verdict="true"))
    c = store.save(ann(doc, "Police detained 12 people", verdict="true"))
    store.for_document(doc)
    edited_text = TEXT.replace("Budget to grow\n\n", "Budget to grow\n\nUpdated 3pm.\n\n")
    edited_text = edited_text.replace("grow by 4 percent", "grow by 4.5 percent").replace("Police detained 12 people", "")
    edited = from_text(edited_text, path=doc.path)
    got = {x.id: x for x in store.for_document(edited)}
    assert got[a.id].state == "moved" and got[a.id].span.of(edited.text) == "Critics disagreed strongly"
    assert got[b.id].state == "fuzzy" and "4.5 percent" in got[b.id].span.of(edited.text)
    assert got[c.id].state == "orphan" and got[c.id].verdict == "true"  # kept, never dropped
    assert store.get(a.id).doc_fingerprint == edited.fingerprint  # type: ignore[union-attr]
    assert store.get(c.id).doc_fingerprint == doc.fingerprint  # type: ignore[union-attr]  # the text its quote is from
    assert store.history(a.id)[0].action == "reanchor"
    assert {x.id for x in store.for_document(edited)} == {a.id, b.id, c.id}
    before, quote, after = store.context(got[c.id])  # the orphan's original context, from the kept version
    assert quote == "Police detained 12 people" and before.endswith("growth.\n\n") and after.startswith(" after the protest")
    assert [x.id for x in store.for_document(doc)] and store.get(c.id).state == "exact"  # the old text back: found again


def test_two_documents_sharing_a_title_never_share_annotations(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The issue's repro 2: b.txt is another article whose first line is also "Press release"."""
    a_doc = from_text("Press release\n\nThe minister said taxes would fall by 5 percent next year.\n", path=str(tmp_path / "a.txt"))
    b_doc = from_text("Press release\n\nThe company said profits rose in the third quarter.\n", path=str(tmp_path / "b.txt"))
    mine = store.save(ann(a_doc, "taxes would fall by 5 percent", verdict="false"))
    assert store.for_document(b_doc) == []  # nothing moved over, nothing to delete there
    (proposal,) = store.proposals(b_doc)  # only proposed, with its reason
    assert (proposal.path, proposal.reason, proposal.annotations) == (str(tmp_path / "a.txt"), "same title", 1)
    (back,) = store.for_document(a_doc)
    assert back.id == mine.id and back.state == "exact" and back.doc_path == a_doc.path
    assert store.get(mine.id).doc_path == a_doc.path  # type: ignore[union-attr]


def test_an_edited_copy_and_its_original_are_two_documents(store, doc: Document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = store.save(ann(doc, "Critics disagreed strongly", note="on the original"))
    store.for_document(doc)
    store.set_position(doc.fingerprint, 40, doc.path)
    copy = from_text(TEXT.replace("Tuesday", "Wednesday"), path=str(tmp_path / "copy.txt"))
    assert store.for_document(copy) == []
    s = Session.open(copy, [], store)
    s.set_note(Span(copy.text.index("Police"), copy.text.index("Police") + 15), "on the copy")
    store.set_position(copy.fingerprint, 99, copy.path)
    for _ in range(2):  # open one, then the other, twice: nothing flips
        (x,) = store.for_document(doc)
        (y,) = store.for_document(copy)
        assert (x.id, x.note, x.span.of(doc.text)) == (original.id, "on the original", "Critics disagreed strongly")
        assert y.note == "on the copy" and y.span.of(copy.text) == "Police detained"
    assert store.get_position(doc.fingerprint, doc.path) == 40 and store.get_position(copy.fingerprint, copy.path) == 99
    infos = {d.path: d for d in store.documents()}  # what the library shows, per file
    assert infos[doc.path].annotations == 1 and infos[copy.path].annotations == 1
    assert store.proposals(copy)[0].reason == "same title"


def test_a_moved_file_proposes_its_old_annotations_and_takes_them_when_told(store, doc: Document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed", verdict="misleading"))
    store.for_document(doc)
    moved = from_text(TEXT, path=str(tmp_path / "renamed" / "copy.txt"))
    assert store.for_document(moved) == []
    (p,) = store.proposals(moved)
    assert (p.reason, p.annotations, p.path) == ("same text", 1, doc.path)
    (got,) = store.adopt(moved, doc.path)
    assert got.id == a.id and got.state == "exact" and got.doc_path == moved.path
    assert store.for_document(doc) == [] and store.proposals(moved) == []


def test_relative_and_absolute_paths_name_one_document(store, doc: Document, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed", verdict="true"))
    monkeypatch.chdir(os.path.dirname(doc.path))
    (got,) = store.for_document(from_text(TEXT, path="article.txt"))
    assert got.id == a.id


def test_text_from_a_pipe_is_known_by_its_content(store) -> None:  # type: ignore[no-untyped-def]
    piped = from_text(TEXT, path="-")
    s = Session.open(piped, [], store)
    s.set_verdict(Span(16, 25), "false")
    assert [a.verdict for a in store.for_document(from_text(TEXT, path="-"))] == ["false"]
    assert store.for_document(from_text(TEXT + " more", path="-")) == []


def test_positions_and_document_list(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    store.for_document(doc)
    store.save(ann(doc, "Critics disagreed"))
    store.set_position(doc.fingerprint, 42, doc.path)
    assert store.get_position(doc.fingerprint, doc.path) == 42
    edited = from_text(TEXT + " More.", path=doc.path)
    store.for_document(edited)
    assert store.get_position(edited.fingerprint, doc.path) == 42  # the same document, a new version
    (info,) = store.documents()
    assert (info.path, info.fingerprint, info.annotations, info.position, info.title) == (doc.path, edited.fingerprint, 1, 42, "Budget to grow")


def test_a_reanchoring_never_overwrites_an_edit_made_meanwhile(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed strongly", verdict="false"))
    store.for_document(doc)
    edited = from_text("Update.\n\n" + TEXT, path=doc.path)
    from reader.core.annotations import store as policy

    original = policy.reconcile

    def slow_reconcile(d, rows):  # type: ignore[no-untyped-def]
        result = original(d, rows)
        other = open_store(os.path.dirname(store.path), user="ben")  # edits between the read and the write
        other.apply(store.get(a.id), Edit(add_tags=("ben",)))
        other.close()
        return result

    import reader.core.annotations.sqlite as backend

    backend.reconcile = slow_reconcile  # type: ignore[assignment]
    try:
        store.for_document(edited)
    finally:
        backend.reconcile = original  # type: ignore[assignment]
    assert store.get(a.id).tags == ("ben",)  # type: ignore[union-attr]
    (again,) = store.for_document(edited)  # the skipped re-anchoring happens on the next read
    assert again.state == "moved" and again.tags == ("ben",)


def test_confirming_a_fuzzy_anchor_takes_the_words_it_now_covers(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    """Repro 4b: `c` on a fuzzy anchoring kept the old quote; now the quote is the words confirmed."""
    s = Session.open(doc, [], store)
    span = Span(doc.text.index("budget would grow"), doc.text.index(" next year"))
    s.set_verdict(span, "false")
    edited = from_text(TEXT.replace("grow by 4 percent", "grow by 4.5 percent"), path=doc.path)
    s2 = Session.open(edited, [], store)
    (a,) = s2.annotations
    assert a.state == "fuzzy" and a.selector.exact == "budget would grow by 4 percent"
    done = s2.confirm(a.id)
    assert done is not None and done.state == "exact" and done.selector.exact == "budget would grow by 4.5 percent"
    assert done.doc_fingerprint == edited.fingerprint and done.score == 1.0
    assert store.get(a.id).selector == done.selector  # type: ignore[union-attr]
    assert s2.undo() == "confirm anchoring" and store.get(a.id).state == "fuzzy"  # type: ignore[union-attr]
    (again,) = Session.open(edited, [], store).annotations
    assert again.state == "fuzzy"


def test_only_the_versions_annotations_need_are_kept(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    gone = store.save(ann(doc, "Police detained 12 people", verdict="true"))
    store.save(ann(doc, "Critics disagreed strongly", verdict="false"))
    store.for_document(doc)
    for i in range(5):  # the file saved five times, the orphan's words gone from the first edit on
        store.for_document(from_text(TEXT.replace("Police detained 12 people", f"Edit {i}"), path=doc.path))
    conn = sqlite3.connect(store.path)
    kept = {r[0] for r in conn.execute("SELECT fingerprint FROM versions")}
    conn.close()
    assert doc.fingerprint in kept and len(kept) <= 2  # the orphan's original text, and the current one at most
    assert store.context(store.get(gone.id))[1] == "Police detained 12 people"  # type: ignore[arg-type,index]
