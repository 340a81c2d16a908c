"""The date grammar resumes write work history in, shared by every rule that reads dates.

Patterns for lower-cased text: "Sep 2016", "fall 2019", "2016-09", "09/2016",
"09.2016", "Sept ’17", a bare year, and the words that mean "still there". Compile them with
re.IGNORECASE where the text keeps its case. A month with a two-digit year
("03-16") is a date only at both ends of a range (`SHORT_DATE`).
"""

from __future__ import annotations

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
YEAR = r"(?:19[6-9]\d|20[0-4]\d)"
ISO = rf"{YEAR}-(?:0[1-9]|1[0-2])(?:-\d\d)?"
NUMERIC = rf"(?:0?[1-9]|1[0-2])[/.]{YEAR}"
#: "Sept ’17", "April'13": a month with an apostrophe and two digits for its year.
MONTH_SHORT_YEAR = rf"{MONTH}[ \t]*['’‘]\d\d(?!\d)"
#: "2017.10", "2019.3": year first, as Chinese, Japanese and Korean resumes write it. Like a
#: version number, so read only at either end of a range (`YEAR_FIRST_RANGE`).
YEAR_FIRST = rf"{YEAR}\.(?:1[0-2]|0?[1-9])(?!\d)"
DATE = rf"(?:{ISO}|{NUMERIC}|(?:{MONTH}|{SEASON})[ \t]*,?[ \t]*'?{YEAR}|{MONTH_SHORT_YEAR}|{YEAR})"
#: "03-16": month, dash, two-digit year, as Friggeri-style CVs date their jobs. Alone it
#: is as likely a page range, a score or part of a phone number, so it is read only as
#: both ends of a range opening a line ("09-13 - 03-14", "03-16 - Now").
SHORT_DATE = r"(?:0[1-9]|1[0-2])-\d\d"
NOW = r"(?:present|current|currently|now|today|ongoing|till date|date)"
#: What joins the two ends of a range ("2016 - 2019", "2016 to 2019").
RANGE_JOIN = r"(?:-|–|—|to|until|till|through)"
