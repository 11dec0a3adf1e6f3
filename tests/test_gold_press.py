"""The press keys (tests/gold/press/: an NHS England and a DoH Northern Ireland release in the 'X said:' layout, a
NASA/JPL news item; labelled blind) through the extractor, as a pool and per key. Press releases print a quote as
paragraphs after a cue line, and later paragraphs of the same quote keep its speaker; 'The Minister' names the
person given that role before. The floors sit where the rules stand (they only go up);
`python -m tests.gold_scoring tests/gold/press` prints the table.
"""

from __future__ import annotations

import pytest

from tests.gold_scoring import PRESS_KEYS, kind_share, score_keys, score_pooled

POOL = score_pooled(PRESS_KEYS)
KEYS = score_keys(PRESS_KEYS)

# start (issue 15, before the press rules): f1 0.892, exact 0.683, speaker 0.5, wrong 0.286, kinds 0.94, not-claims 3
# subject.after-participle: speaker 0.643, wrong 0.143; the press layout (stages/press.py: quote.colon-paragraph,
# quote.run-paragraph, quote.cue-line): f1 0.902, exact 0.783, speaker 0.688, wrong 0.125; headings and colon lead-ins:
# f1 0.924, exact 0.803, not-claims 1; '“…,” said lead author Zachary McGraw': speaker 0.812;
# 'They' for a group after a lead phrase ('In a new study …, a team from … used …'): speaker 0.875, wrong 0.062;
# '…, the Office for National Statistics found.': speaker 0.938, exact 0.821
POOL_FLOOR = {"f1": 0.92, "exact_f1": 0.82, "speaker_accuracy": 0.93}
POOL_WRONG_CEILING = 0.07
NOT_CLAIMS_CEILING = 1
SPEAKER_FLOOR = {
    "healthni-post-covid-clinics": 0.97,  # 0.0 -> 0.667 (subject.after-participle) -> 1.0 (the press layout)
    "nasa-volcanic-super-eruptions": 0.87,  # 0.5 -> 0.75 (McGraw, twice) -> 0.875 ('They' the team)
    "nhse-long-covid-clinics": 0.97,  # 0.75 -> 0.8 (the press layout: Burns's open quote) -> 1.0 (the ONS found)
}


def test_press_pool_floors() -> None:
    for k, floor in POOL_FLOOR.items():
        assert (POOL[k] or 0) >= floor, (k, POOL)
    assert (POOL["speaker_wrong"] or 0) <= POOL_WRONG_CEILING, POOL
    assert POOL["not_claims_reported"] <= NOT_CLAIMS_CEILING, POOL
    assert kind_share(POOL) >= 0.9, POOL["kind_right_when_found"]


@pytest.mark.parametrize("key", sorted(SPEAKER_FLOOR))
def test_press_key_speaker_floor(key: str) -> None:
    r = KEYS[key]
    assert (r["speaker_accuracy"] or 0) >= SPEAKER_FLOOR[key], r
