"""The job-description form: one widget per field, in the order of the posting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.jobs.checks import Finding
from recruiter_kit.jobs.layout import (
    EMPLOYMENT_LABELS,
    HEADINGS,
    LEVEL_LABELS,
    LOCATION_LABELS,
    TOOL_LABELS,
)
from recruiter_kit.jobs.model import SALARY_PERIODS, TOOL_CATEGORIES, JobDescription
from recruiter_kit.jobs.skills import SkillSuggestion
from recruiter_kit.ui.jobs.bullet_list import BulletListEditor
from recruiter_kit.ui.jobs.skill_picker import SkillPicker

BULLET_FIELDS = ("responsibilities", "qualifications", "soft_skills", "perks")
TEXT_FIELDS = ("about_role", "equal_opportunity", "how_to_apply")


class JobEditor(QScrollArea):
    """Edits every field of a job description; `changed` fires on any edit."""

    changed = Signal()

    def __init__(self, suggestions: tuple[SkillSuggestion, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._loading = False
        body = QWidget()
        layout = QVBoxLayout(body)
        self.lines: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.bullets: dict[str, BulletListEditor] = {}
        self.tools: dict[str, QLineEdit] = {}
        layout.addWidget(self._basics_group())
        layout.addWidget(self._text_group("about_role", HEADINGS["about_role"], 110))
        for name in ("responsibilities", "qualifications"):
            layout.addWidget(self._bullets_group(name, HEADINGS[name]))
        self.skills = SkillPicker(suggestions)
        self.skills.changed.connect(self._emit_changed)
        layout.addWidget(_group("Hard skills (tick the must-haves)", self.skills))
        layout.addWidget(self._bullets_group("soft_skills", HEADINGS["soft_skills"]))
        layout.addWidget(self._tools_group())
        layout.addWidget(self._bullets_group("perks", HEADINGS["perks"]))
        layout.addWidget(self._salary_group())
        for name in ("equal_opportunity", "how_to_apply"):
            layout.addWidget(self._text_group(name, HEADINGS[name], 70))
        layout.addStretch(1)
        self.setWidget(body)

    # Building ----------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._emit_changed)
        self.lines[name] = edit
        return edit

    def _combo(self, name: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for key, label in labels.items():
            combo.addItem(label, key)
        combo.currentIndexChanged.connect(self._emit_changed)
        self.combos[name] = combo
        return combo

    def _basics_group(self) -> QGroupBox:
        form = QFormLayout()
        form.addRow("Title", self._line("title", "e.g. Senior Backend Engineer"))
        form.addRow("Level", self._combo("level", {"": "(not set)", **LEVEL_LABELS}))
        form.addRow("Company", self._line("company", "optional"))
        where = QHBoxLayout()
        where.addWidget(self._combo("location_mode", LOCATION_LABELS))
        where.addWidget(self._line("location", "city, country or time zones"), 1)
        form.addRow("Location", where)
        form.addRow("Employment", self._combo("employment_type", EMPLOYMENT_LABELS))
        return _group("The job", form)

    def _text_group(self, name: str, title: str, height: int) -> QGroupBox:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setMinimumHeight(height)
        edit.textChanged.connect(self._emit_changed)
        self.texts[name] = edit
        return _group(title, edit)

    def _bullets_group(self, name: str, title: str) -> QGroupBox:
        editor = BulletListEditor(name)
        editor.setMinimumHeight(130)
        editor.changed.connect(self._emit_changed)
        self.bullets[name] = editor
        return _group(title, editor)

    def _tools_group(self) -> QGroupBox:
        form = QFormLayout()
        for key in TOOL_CATEGORIES:
            edit = QLineEdit()
            edit.setObjectName(f"tools.{key}")
            edit.setPlaceholderText("comma-separated, e.g. Git, GitHub")
            edit.textChanged.connect(self._emit_changed)
            self.tools[key] = edit
            form.addRow(TOOL_LABELS[key], edit)
        return _group(HEADINGS["tools"], form)

    def _salary_group(self) -> QGroupBox:
        form = QFormLayout()
        amounts = QHBoxLayout()
        amounts.addWidget(self._line("salary_min", "from, e.g. 65,000"))
        amounts.addWidget(self._line("salary_max", "to, e.g. 80,000"))
        form.addRow("Range", amounts)
        details = QHBoxLayout()
        currency = self._line("salary_currency", "EUR")
        currency.setMaxLength(3)
        details.addWidget(currency)
        details.addWidget(self._combo("salary_period", {p: f"per {p}" for p in SALARY_PERIODS}))
        form.addRow("Currency", details)
        return _group(HEADINGS["salary"], form)

    def _emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    # Data in and out -----------------------------------------------------------

    def set_description(self, job: JobDescription) -> None:
        self._loading = True
        try:
            for name in ("title", "company", "location"):
                self.lines[name].setText(getattr(job, name))
            self._set_combo("level", job.level or "")
            self._set_combo("location_mode", job.location_mode)
            self._set_combo("employment_type", job.employment_type)
            for name in TEXT_FIELDS:
                self.texts[name].setPlainText(getattr(job, name))
            for name in BULLET_FIELDS:
                self.bullets[name].set_items(getattr(job, name))
            self.skills.set_skills(job.hard_skills)
            for key, edit in self.tools.items():
                edit.setText(", ".join(job.tools.get(key, [])))
            salary = job.salary
            self.lines["salary_min"].setText(_amount(salary.minimum))
            self.lines["salary_max"].setText(_amount(salary.maximum))
            self.lines["salary_currency"].setText(salary.currency)
            self._set_combo("salary_period", salary.period)
        finally:
            self._loading = False

    def _set_combo(self, name: str, key: str) -> None:
        combo = self.combos[name]
        combo.setCurrentIndex(max(combo.findData(key), 0))

    def raw_data(self) -> dict[str, Any]:
        """The form as typed, in `JobDescription.from_dict` form; validation happens there."""
        return {
            "title": self.lines["title"].text(),
            "level": self.combos["level"].currentData() or None,
            "company": self.lines["company"].text(),
            "location_mode": self.combos["location_mode"].currentData(),
            "location": self.lines["location"].text(),
            "employment_type": self.combos["employment_type"].currentData(),
            **{name: self.texts[name].toPlainText() for name in TEXT_FIELDS},
            **{name: self.bullets[name].items() for name in BULLET_FIELDS},
            "hard_skills": [{"name": s.name, "required": s.required} for s in self.skills.skills()],
            "tools": {key: _split(edit.text()) for key, edit in self.tools.items()},
            "salary": {
                "minimum": self.lines["salary_min"].text(),
                "maximum": self.lines["salary_max"].text(),
                "currency": self.lines["salary_currency"].text(),
                "period": self.combos["salary_period"].currentData(),
            },
        }

    # Going to a finding ----------------------------------------------------------

    def focus_finding(self, finding: Finding) -> QWidget | None:
        """Show and select the text a finding refers to; returns the widget focused."""
        name, _, index = finding.field.partition(".")
        widget: QWidget | None = None
        if name in self.bullets:
            widget = self.bullets[name]
            self.bullets[name].select(int(index) if index.isdigit() else 0)
        elif name in self.texts:
            widget = self.texts[name]
            _select_plain(self.texts[name], finding.start, finding.end)
        elif name in self.lines:
            widget = self.lines[name]
            if finding.start >= 0:
                self.lines[name].setSelection(finding.start, finding.end - finding.start)
        elif name == "salary":
            widget = self.lines["salary_min"]
        elif name == "hard_skills":
            widget = self.skills.table
        if widget is not None:
            self.ensureWidgetVisible(widget)
            widget.setFocus()
        return widget


def _group(title: str, content: QWidget | QFormLayout | QHBoxLayout) -> QGroupBox:
    group = QGroupBox(title)
    if isinstance(content, QWidget):
        layout = QVBoxLayout(group)
        layout.addWidget(content)
    else:
        group.setLayout(content)
    return group


def _select_plain(edit: QPlainTextEdit, start: int, end: int) -> None:
    cursor = edit.textCursor()
    if start >= 0:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()


def _amount(value: int | None) -> str:
    return f"{value:,}" if value is not None else ""


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]
