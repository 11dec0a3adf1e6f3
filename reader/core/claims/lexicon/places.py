"""Words that make a capitalised pair a place, not a person: "North Korea", "South Sudan", "West Virginia"."""

from __future__ import annotations

COMPASS = frozenset("North South East West Northern Southern Eastern Western Central".split())
"""A compass word opening a capitalised pair names a region or a country ("North Korea", "Western Australia"); as a
person's given name it is all but unknown, so such a pair is never a rival speaker."""
