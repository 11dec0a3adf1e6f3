"""Words that make a capitalised pair a place, not a person: "North Korea", "South Sudan", "West Virginia"."""

from __future__ import annotations

COMPASS = frozenset("North South East West Northern Southern Eastern Western Central".split())
"""A compass word opening a capitalised pair names a region or a country ("North Korea", "Western Australia"); as a
person's given name it is all but unknown, so such a pair is never a rival speaker."""

US_STATES = tuple("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
    Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming""".split()) + (
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina",
    "South Dakota", "West Virginia", "D.C.")
STATE_ABBREVIATIONS = tuple("""Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont.
    Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Va. Vt. Wash. Wis. Wyo.""".split())
"""The states of a dateline or an apposition's 'City, State' ('Jackson, Miss.', 'Columbus, Ohio'), AP's abbreviations with
them: the comma between city and state sets nothing off."""
