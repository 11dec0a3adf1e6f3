"""Nouns that take a number as a name: "Phase 1", "Falcon 9", "Space Launch Complex 40", "Category 5", "Apollo 11".
The number after one of them labels a thing, it counts nothing, so it makes no claim a statistic."""

from __future__ import annotations

LABEL_NOUNS = ("Phase", "Stage", "Step", "Level", "Tier", "Grade", "Category", "Class", "Type", "Model", "Mark", "Version",
               "Series", "Block", "Unit", "Flight", "Falcon", "Apollo", "Artemis", "Gemini", "Soyuz", "Complex", "Pad",
               "Terminal", "Gate", "Platform", "Route", "Highway", "Interstate", "Room", "Building", "Pier", "Ward",
               "Precinct", "District", "Part", "Chapter", "Episode", "Season", "Volume", "Game", "Round", "Week", "Day",
               "Number", "No", "Title", "Proposition", "Prop", "Measure", "Bill")
"""Capitalised nouns a number names ('Phase 2 builds on Phase 1', 'aboard a SpaceX Falcon 9 rocket from Space Launch
Complex 40'); '#' before a number labels it too ('Polarimeter #2')."""
DEFINED_TERMS = frozenset("""ratio rate term word phrase index metric measure coefficient quantity parameter equation formula
    scale unit acronym abbreviation""".split())
"""Heads of a subject that a definition describes ('The bypass ratio describes the relationship between …'): a term or
a measure describes what it means, nobody speaks."""
