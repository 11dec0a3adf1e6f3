"""An age ('at the age of 83') and the days of a month in a list ('May 2, 3, and 4') are no counts: a claim is no
statistic for them. An average age is a statistic. The sentences are written for these tests."""

from __future__ import annotations

from reader.core.claims.stages.numbers import find_numbers
from tests.claim_rows import claims_of as _claims


def test_the_age_of_a_person_is_no_count() -> None:
    [n] = find_numbers("Ann Lee, the miller, died at the age of 83.")
    assert n.statistical is False
    [c] = _claims("Ann Lee, the miller, died on Monday at the age of 83.")
    assert c.kind == "assertion"


def test_an_average_age_is_a_statistic() -> None:
    [n] = find_numbers("Farmers in the valley now live to an average age of 81.")
    assert n.statistical is not False
    assert _claims("Farmers in the valley now live to an average age of 81.")[0].kind == "statistic"


def test_days_of_a_month_in_a_list_are_dates() -> None:
    found = find_numbers("The fair was held on May 2, 3, and 4 in the market square.")
    assert [(n.text, n.statistical) for n in found] == [("2", False), ("3", False), ("4", False)]
    assert _claims("The fair was held on May 2, 3, and 4 in the market square.")[0].kind == "assertion"
    found = find_numbers("The mill sold 40 tonnes of flour on June 7, 8 and 9.")
    assert [n.statistical for n in found] == [True, False, False, False]


def test_a_duration_joined_to_its_noun_is_the_point_only_of_a_short_clause() -> None:
    # 'a 90-day comment period', 'a 19-minute flight': a hyphenated length of time modifies its noun, it counts nothing
    [n] = find_numbers("The mill opened a 90-day comment period.")
    assert n.statistical is None
    [c] = _claims("In May the mill's owners opened a 90-day public comment period on their plan to close the mill.")
    assert c.kind == "assertion"
    [short] = _claims("The strike lasted 48 hours.")
    assert short.kind == "statistic"  # a time span stays the point of a short clause
