"""Time words: days, months, parts of the day, periods. A phrase made of them after a cue ("said on Monday") is
the time of the saying, not its content; a number next to a month is a date, not a count."""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept?", "oct", "nov", "dec")
"""As written before a day ("Sept. 4"); 'sept?' is a regex for Sep and Sept."""
DAY_PARTS = ("morning", "afternoon", "evening", "night")
PERIODS = ("week", "weekend", "month", "year")
SEASONS = ("spring", "summer", "autumn", "fall", "winter", "season")
RELATIVE = ("last", "this", "next", "late", "early", "earlier", "later")
"""Words that make a time phrase of a time noun after them ('Last night,', 'This week,', 'Early Monday,'): a sentence that
opens with one opens with a lead-in, not its subject."""
