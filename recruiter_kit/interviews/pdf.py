"""The printable interview guide: questions with time boxes, guidance and note space, and a
scorecard page with boxes to tick.

Built with the shared reportlab pieces in `recruiter_kit.documents.pdf_base` so
every printed document of the app looks alike.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from recruiter_kit.documents.atomic import write_atomic
from recruiter_kit.documents.pdf_base import (
    ACCENT,
    MARGIN,
    MUTED,
    PAGE_SIZE,
    RULE,
    FontPair,
    fonts_for,
    markup,
    numbered_canvas,
    styles,
)
from recruiter_kit.interviews.guide import InterviewGuide
from recruiter_kit.interviews.probes import Probe
from recruiter_kit.interviews.questions import Question
from recruiter_kit.interviews.scorecard import ScorecardTemplate

# The frame keeps 6 pt of padding on each side; tables as wide as the frame line up with text.
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN - 12
_SOFT = colors.HexColor("#EEF3F8")


@dataclass(frozen=True, slots=True)
class GuideHeader:
    """Who and what the printed guide is for. `candidate` is the name, or the code if blind."""

    job: str
    stage: str
    interviewer: str = ""
    when: date | None = None
    candidate: str = ""


class RuledLines(Flowable):
    """Ruled space for handwritten notes."""

    def __init__(self, lines: int, gap: float = 7.5 * mm) -> None:
        super().__init__()
        self.lines, self.gap = lines, gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.lines * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for index in range(self.lines):
            y = index * self.gap
            self.canv.line(0, y, self.width, y)


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 4 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.black)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size)


@dataclass(frozen=True, slots=True)
class _Look:
    fonts: FontPair
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle
    tiny: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle


def _look(texts: Sequence[str]) -> _Look:
    fonts = fonts_for(texts)
    base = styles(fonts)
    small = ParagraphStyle("GuideSmall", parent=base.body, fontSize=8.5, leading=11, spaceAfter=0)
    tiny = ParagraphStyle("GuideTiny", parent=small, fontSize=7.5, leading=9.2)
    return _Look(
        fonts=fonts,
        title=base.title,
        heading=ParagraphStyle("GuideHeading", parent=base.heading, spaceBefore=8),
        body=base.body,
        small=small,
        small_bold=ParagraphStyle("GuideSmallBold", parent=small, fontName=fonts.bold),
        tiny=tiny,
        bullet=ParagraphStyle(
            "GuideBullet",
            parent=small,
            leftIndent=9,
            bulletIndent=0,
            spaceAfter=1.5,
            bulletFontName=fonts.regular,
        ),
        quote=ParagraphStyle(
            "GuideQuote",
            parent=base.body,
            fontSize=9.5,
            leading=13,
            textColor=MUTED,
            leftIndent=8,
            borderPadding=(3, 4, 3, 4),
            backColor=_SOFT,
            spaceBefore=2,
            spaceAfter=6,
        ),
    )


def render_guide(
    guide: InterviewGuide,
    header: GuideHeader,
    template: ScorecardTemplate,
    category_labels: Mapping[str, str] | None = None,
) -> bytes:
    """The guide and its scorecard as PDF bytes. `category_labels` names question categories."""
    look = _look(_all_text(guide, header))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=f"Interview guide: {header.job} ({header.stage})",
        author=header.interviewer or "Recruiter Kit",
        subject=header.candidate or "Interview guide",
        creator="Recruiter Kit",
    )
    story = [*_header(guide, header, look), *_plan(guide, look)]
    story += _segment("Opening", guide.opening.minutes, guide.opening.text, look)
    if guide.probes:
        story += _probes(guide, look)
    for number, item in enumerate(guide.questions, start=1):
        label = (category_labels or {}).get(item.question.category)
        story.append(_question(number, item.question, item.pinned, look, label))
    story += _segment("Closing", guide.closing.minutes, guide.closing.text, look)
    story += [PageBreak(), *_scorecard_page(header, template, look)]
    footer = " · ".join(part for part in (header.job, header.stage, header.candidate) if part)
    document.build(story, canvasmaker=numbered_canvas(footer, look.fonts))
    return buffer.getvalue()


def write_guide(
    path: Path | str,
    guide: InterviewGuide,
    header: GuideHeader,
    template: ScorecardTemplate,
    category_labels: Mapping[str, str] | None = None,
) -> Path:
    """Render and write the PDF atomically; returns the path written."""
    return write_atomic(path, render_guide(guide, header, template, category_labels))


def _all_text(guide: InterviewGuide, header: GuideHeader) -> list[str]:
    texts = [header.job, header.stage, header.interviewer, header.candidate]
    texts += [probe.text for probe in guide.probes]
    texts += [item.question.text for item in guide.questions]
    return texts


def _header(guide: InterviewGuide, header: GuideHeader, look: _Look) -> list[Flowable]:
    when = (header.when or date.today()).isoformat()
    rows = [
        ("Job", f"{header.job} · {guide.level} level"),
        ("Stage", f"{header.stage}, {guide.slot_minutes} minutes"),
        ("Candidate", header.candidate or "________________________"),
        ("Interviewer", header.interviewer or "________________________"),
        ("Date", when),
    ]
    value = ParagraphStyle("GuideHeaderValue", parent=look.body, spaceAfter=0)
    cells = [[Paragraph(markup(k), look.small_bold), Paragraph(markup(v), value)] for k, v in rows]
    table = Table(cells, colWidths=[28 * mm, CONTENT_WIDTH - 28 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), _SOFT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    story: list[Flowable] = [Paragraph("Interview guide", look.title), table, Spacer(1, 4 * mm)]
    # The probe section explains its own time box; the other notes go on top.
    for note in (n for n in guide.notes if "resume probes share" not in n):
        story.append(Paragraph(markup(f"Note: {note}"), look.small))
    return story


def _plan(guide: InterviewGuide, look: _Look) -> list[Flowable]:
    """A one-glance timetable: when each part starts, so the interviewer can keep time."""
    rows = [("Opening", guide.opening.minutes)]
    if guide.probes:
        rows.append((f"Resume probes ({len(guide.probes)})", guide.probe_minutes))
    rows += [
        (
            f"Q{n}. {item.question.text[:70]}…"
            if len(item.question.text) > 70
            else f"Q{n}. {item.question.text}",
            item.question.minutes,
        )
        for n, item in enumerate(guide.questions, start=1)
    ]
    rows.append(("Closing", guide.closing.minutes))
    start, cells = 0, []
    for label, minutes in rows:
        cells.append(
            [
                Paragraph(f"{start // 60}:{start % 60:02d}", look.small),
                Paragraph(markup(label), look.small),
                Paragraph(f"{minutes} min", look.small),
            ]
        )
        start += minutes
    cells.append(
        [
            Paragraph(f"{start // 60}:{start % 60:02d}", look.small_bold),
            Paragraph("End", look.small_bold),
            Paragraph(f"{start} min", look.small_bold),
        ]
    )
    table = Table(cells, colWidths=[14 * mm, CONTENT_WIDTH - 32 * mm, 18 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return [Paragraph("Plan", look.heading), table]


def _segment(title: str, minutes: int, text: str, look: _Look) -> list[Flowable]:
    return [
        Paragraph(f"{markup(title)} <font color='#555555'>· {minutes} min</font>", look.heading),
        Paragraph(markup(text), look.body),
    ]


def _probes(guide: InterviewGuide, look: _Look) -> list[Flowable]:
    intro = (
        f"Questions about this candidate's own resume. All {len(guide.probes)} share "
        f"{guide.probe_minutes} minutes: ask them in order and stop when the time is up."
    )
    story: list[Flowable] = [
        CondPageBreak(50 * mm),
        Paragraph(
            f"Resume probes <font color='#555555'>· {guide.probe_minutes} min</font>", look.heading
        ),
        Paragraph(markup(intro), look.small),
        Spacer(1, 2 * mm),
    ]
    for number, probe in enumerate(guide.probes, start=1):
        story.append(_probe(number, probe, look))
    return story


def _probe(number: int, probe: Probe, look: _Look) -> Flowable:
    kind = {"defend_number": "Defend the number", "depth": "Depth", "yellow_flag": "Flag"}.get(
        probe.kind, probe.kind
    )
    parts: list[Flowable] = [
        Paragraph(
            f"<b>P{number}. {markup(kind)}</b> "
            f"<font color='#555555'>· about {probe.minutes} min</font>",
            look.body,
        ),
        Paragraph(f"“{markup(probe.quote)}”", look.quote),
        Paragraph(markup(probe.question), look.body),
        _guidance(probe.look_for, probe.red_flags, look),
        RuledLines(2),
        Spacer(1, 3 * mm),
    ]
    return KeepTogether(parts)


def _question(
    number: int, question: Question, pinned: bool, look: _Look, label: str | None = None
) -> Flowable:
    category = label or question.category.replace("_", " ").capitalize()
    pin = " · pinned" if pinned else ""
    parts: list[Flowable] = [
        Paragraph(
            f"Q{number}. {markup(category)} "
            f"<font color='#555555'>· {question.minutes} min{pin}</font>",
            look.heading,
        ),
        Paragraph(markup(question.text), look.body),
        _guidance(question.look_for, question.red_flags, look),
    ]
    if question.follow_ups:
        parts.append(
            Paragraph("<b>Follow-ups:</b> " + markup(" / ".join(question.follow_ups)), look.small)
        )
    parts += [
        Spacer(1, 2 * mm),
        Paragraph("Notes", look.small_bold),
        RuledLines(_note_lines(question.minutes)),
    ]
    return KeepTogether(parts)


def _note_lines(minutes: int) -> int:
    return max(3, min(8, minutes // 3 + 1))


def _guidance(look_for: Sequence[str], red_flags: Sequence[str], look: _Look) -> Table:
    """Look-for and red-flag bullets side by side, so the page stays short."""

    def column(title: str, items: Sequence[str], colour: str) -> list[Flowable]:
        heading = Paragraph(f"<font color='{colour}'><b>{title}</b></font>", look.small)
        return [heading, *[Paragraph(markup(item), look.bullet, bulletText="•") for item in items]]

    half = CONTENT_WIDTH / 2
    table = Table(
        [[column("Look for", look_for, "#1E6B34"), column("Red flags", red_flags, "#A32020")]],
        colWidths=[half, half],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _scorecard_page(
    header: GuideHeader, template: ScorecardTemplate, look: _Look
) -> list[Flowable]:
    blank = "__________"
    who = f"Candidate: {header.candidate or blank}    Interviewer: {header.interviewer or blank}"
    story: list[Flowable] = [
        Paragraph("Scorecard", look.title),
        Paragraph(markup(f"{header.job} · {header.stage}"), look.body),
        Paragraph(markup(who), look.body),
        Paragraph(
            "Tick one box per competency; each box describes what that rating means.", look.small
        ),
        Spacer(1, 3 * mm),
    ]
    story.append(_rating_table(template, look))
    story += [
        Spacer(1, 5 * mm),
        Paragraph("Overall recommendation", look.heading),
        _choices(template, look),
    ]
    story += [Paragraph("Notes and evidence", look.heading), RuledLines(4)]
    story += [
        Spacer(1, 4 * mm),
        Paragraph("Signature ____________________    Date ____________", look.body),
    ]
    return story


def _rating_table(template: ScorecardTemplate, look: _Look) -> Table:
    ratings = list(range(template.min_rating, template.max_rating + 1))
    head = [Paragraph("<b>Competency</b>", look.small)]
    head += [Paragraph(f"<b>{r}</b>", look.small) for r in ratings]
    rows = [head]
    for competency in template.competencies:
        label = Paragraph(
            f"<b>{markup(competency.label)}</b><br/>{markup(competency.description)}", look.tiny
        )
        cells = [_box_cell(competency.anchors.get(r, ""), look) for r in ratings]
        rows.append([label, *cells])
    first = 38 * mm
    rest = (CONTENT_WIDTH - first) / len(ratings)
    table = Table(rows, colWidths=[first, *[rest] * len(ratings)], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), _SOFT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _box_cell(anchor: str, look: _Look) -> Table:
    cell = Table([[TickBox(), Paragraph(markup(anchor), look.tiny)]], colWidths=[6 * mm, None])
    cell.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return cell


def _choices(template: ScorecardTemplate, look: _Look) -> Table:
    cells = []
    for choice in template.recommendations:
        cells += [TickBox(), Paragraph(markup(choice.label), look.body)]
    widths = [7 * mm, CONTENT_WIDTH / len(template.recommendations) - 7 * mm] * len(
        template.recommendations
    )
    table = Table([cells], colWidths=widths)
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table
