"""Whom a description in news refers back to: the abbreviated titles of news style, and names that never run across a
line break (rules in reader/core/claims/rules/speakers.toml)."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_an_abbreviated_title_names_the_office_holder() -> None:
    text = ("WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal minimum wage.\n\n"
            "“I apologize to nobody for that,” the senator said during the debate.\n\n"
            "Gov. John Kasich spoke in Columbus on Monday. The governor said taxes would fall.")
    cs = _claims(text)
    assert next(c for c in cs if c.quote.startswith("I apologize")).speaker == "Bernie Sanders"
    assert next(c for c in cs if c.quote.startswith("taxes")).speaker == "John Kasich"


def test_a_title_that_also_describes_someone_else_names_nobody_far_off() -> None:
    text = ("Sen. Bernie Sanders kept his lead in the Democratic race.\n\n"
            "Trump attacked Cruz, the senator from Texas, at a town hall.\n\n"
            "Rubio faltered in the debate. Walking into the office, the senator said his campaign was closing strong.")
    c = next(c for c in _claims(text) if c.quote.startswith("his campaign"))
    assert c.speaker != "Bernie Sanders"


def test_a_body_named_before_is_never_read_across_a_line_break() -> None:
    text = ("Health Ministry Confirms Cases\n\n"
            "The Ministry of Health confirmed 12 cases. The ministry said more tests were planned.")
    c = next(c for c in _claims(text) if c.quote.startswith("more tests"))
    assert c.speaker == "Ministry of Health"
