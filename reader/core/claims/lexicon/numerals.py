"""Number words: the units, ordinals, scales, vague quantities and fractions news writes in words ("three", "a few
hundred", "two-thirds"), with their values, and the nouns that make a small number the point of its clause."""

from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "dozen": 12,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "tr": 1e12,
}
VAGUE = {"a few dozen": 36.0, "a few hundred": 300.0, "a few thousand": 3000.0, "a few million": 3e6, "a few billion": 3e9,
         "several dozen": 48.0, "several hundred": 400.0, "several thousand": 4000.0, "several million": 4e6,
         "several billion": 4e9, "dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2000.0, "millions": 2e6,
         "billions": 2e9, "tens of thousands": 2e4, "hundreds of thousands": 2e5}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
COUNT_NOUNS = frozenset(
    """people person deaths dead died killed injured wounded victims casualties children adults men women
    patients cases soldiers troops civilians residents workers students members employees officers
    percent votes seats infections homes houses buildings survivors bodies rescuers firefighters apartments flats
    families households passengers migrants refugees protesters arrests jobs judges senators lawmakers individuals
    countries states companies vehicles schools hospitals goals tries wickets packs pack packets""".split()
)
"""Nouns that make a small number word the point of its clause ("three people died")."""
