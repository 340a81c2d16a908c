"""The date grammar resumes write work history in, shared by every rule that reads dates.

Patterns for lower-cased text: "Sep 2016", "fall 2019", "2016-09", "09/2016",
"09.2016", a bare year, and the words that mean "still there". Compile them with
re.IGNORECASE where the text keeps its case.
"""

from __future__ import annotations

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
YEAR = r"(?:19[6-9]\d|20[0-4]\d)"
ISO = rf"{YEAR}-(?:0[1-9]|1[0-2])(?:-\d\d)?"
NUMERIC = rf"(?:0?[1-9]|1[0-2])[/.]{YEAR}"
DATE = rf"(?:{ISO}|{NUMERIC}|(?:{MONTH}|{SEASON})[ \t]*,?[ \t]*'?{YEAR}|{YEAR})"
NOW = r"(?:present|current|currently|now|today|ongoing|date)"
#: What joins the two ends of a range ("2016 - 2019", "2016 to 2019").
RANGE_JOIN = r"(?:-|–|—|to|until|till|through)"
