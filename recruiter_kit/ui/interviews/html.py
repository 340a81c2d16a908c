"""Small HTML snippets for the read-only panes (rich text in QTextBrowser)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from recruiter_kit.interviews.probes import Probe
from recruiter_kit.interviews.questions import Question


def bullet_list(title: str, items: Sequence[str], colour: str) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{escape(item)}</li>" for item in items)
    heading = f"<p style='margin-bottom:0'><b style='color:{colour}'>{escape(title)}</b></p>"
    return f"{heading}<ul>{rows}</ul>"


def question_html(question: Question, category_label: str) -> str:
    levels = ", ".join(question.levels)
    head = (
        f"<p style='color:#555'>{escape(category_label)} · {question.minutes} min · {levels}"
        f" · <i>{escape(question.origin)}</i> · <code>{escape(question.id)}</code></p>"
    )
    return (
        head
        + f"<p style='font-size:11pt'>{escape(question.text)}</p>"
        + bullet_list("Look for", question.look_for, "#1E6B34")
        + bullet_list("Red flags", question.red_flags, "#A32020")
        + bullet_list("Follow-ups", question.follow_ups, "#1F4E79")
    )


def probe_html(probe: Probe) -> str:
    line = f" (resume line {probe.line_number})" if probe.line_number else ""
    return (
        f"<p style='color:#555'>Resume probe · about {probe.minutes} min{line}</p>"
        f"<blockquote style='background:#EEF3F8'>“{escape(probe.quote)}”</blockquote>"
        f"<p style='font-size:11pt'>{escape(probe.question)}</p>"
        + bullet_list("Look for", probe.look_for, "#1E6B34")
        + bullet_list("Red flags", probe.red_flags, "#A32020")
    )
