"""Canonical speakers across a corpus: one person, one name, whatever title, initial or accent the articles used."""

from __future__ import annotations

from collections import defaultdict

import pytest

from reader.core.corpus.speakers import canonical_group, clean, is_person, names_of


def canonical(counts: dict[str, int]) -> dict[str, str]:
    """What finalize.py does, without DuckDB: group by folded last word, decide each group."""
    groups = defaultdict(list)
    for speaker, n in counts.items():
        for name in names_of(speaker, n):
            groups[name.key].append(name)
    out: dict[str, str] = {}
    for group in groups.values():
        out.update(canonical_group(group))
    return out


def test_surname_title_and_middle_initial_join_the_full_name() -> None:
    got = canonical({"Vladimir Putin": 40, "Putin": 25, "President Putin": 3, "President Vladimir Putin": 2, "Vladimir V. Putin": 1})
    assert set(got.values()) == {"Vladimir Putin"}


def test_accents_and_middle_names_fold_together() -> None:
    got = canonical({"Recep Tayyip Erdoğan": 13, "Recep Erdogan": 2, "Erdoğan": 3})
    assert set(got.values()) == {"Recep Tayyip Erdoğan"}


def test_a_surname_shared_by_several_people_stays_itself() -> None:
    got = canonical({"Boris Johnson": 5, "Dustin Johnson": 4, "Johnson": 3})
    assert got == {"Boris Johnson": "Boris Johnson", "Dustin Johnson": "Dustin Johnson", "Johnson": "Johnson"}


def test_a_dominant_holder_takes_the_surname() -> None:
    assert canonical({"Donald Trump": 30, "Ivanka Trump": 2, "Trump": 9})["Trump"] == "Donald Trump"


def test_acronym_follows_its_spelled_out_name() -> None:
    got = canonical({"World Health Organization (WHO)": 2, "WHO": 6, "The WHO": 2, "World Health Organization": 1})
    assert set(got.values()) == {"World Health Organization"}


def test_brackets_that_are_not_the_initials_stay() -> None:
    got = canonical({"Investigative Committee and the Federal Security Service (FSB)": 1, "The FSB": 1, "Notes from Poland (NFP)": 1})
    assert got == {"Investigative Committee and the Federal Security Service (FSB)": "Investigative Committee and the Federal Security Service (FSB)",
                   "The FSB": "FSB", "Notes from Poland (NFP)": "Notes from Poland"}


def test_descriptions_keep_their_words() -> None:
    got = canonical({"officials": 4, "the New York Times": 1, "The New York Times": 2, "A senior Pentagon official": 1})
    assert got == {"officials": "officials", "the New York Times": "New York Times", "The New York Times": "New York Times",
                   "A senior Pentagon official": "senior Pentagon official"}


def test_surname_with_particle() -> None:
    assert canonical({"Gloria La Riva": 3, "La Riva": 27})["La Riva"] == "Gloria La Riva"


@pytest.mark.parametrize("raw, want", [
    ("President Vladimir Putin", "Vladimir Putin"),
    ("ABHM president Chakrapani", "Chakrapani"),
    ("Trump's", "Trump"),
    ("the President", "President"),
    ("Dr. Anthony Fauci", "Anthony Fauci"),
])
def test_clean(raw: str, want: str) -> None:
    assert clean(raw) == want


def test_is_person() -> None:
    assert is_person(["Vincent", "van", "Gogh"]) and is_person(["Vladimir", "V.", "Putin"])
    assert not is_person(["United", "Nations", "UNHCR"]) and not is_person(["senior", "official"]) and not is_person(["Putin"])
