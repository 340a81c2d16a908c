"""The question bank in the app: browse, add and edit questions (stored in the database)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.interviews.questions import LEVELS, Question, QuestionBank, SkippedQuestion
from recruiter_kit.ui.interviews.html import question_html

ALL = ""


class QuestionDialog(QDialog):
    """A form for one question. The caller validates and saves `data()`; errors come back
    through `show_error` and the dialog stays open so nothing typed is lost."""

    def __init__(
        self,
        bank: QuestionBank,
        stages: list[tuple[str, str]],
        question: Question | None = None,
        parent: QWidget | None = None,
        stored: Mapping[str, Any] | None = None,
    ) -> None:
        """`stored` is a stored entry the bank could not use, shown as far as it goes."""
        super().__init__(parent)
        self.setWindowTitle("Edit question" if question or stored else "New question")
        self.resize(720, 640)
        self.id_edit = QLineEdit(question.id if question else "")
        self.id_edit.setReadOnly(question is not None)
        self.id_edit.setPlaceholderText("a short unique id, e.g. db-deadlocks")
        self.category = QComboBox()
        for key, category in bank.categories.items():
            self.category.addItem(category.label, key)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 60)
        self.minutes.setSuffix(" min")
        self.levels = {level: QCheckBox(level) for level in LEVELS}
        self.stages = {stage_id: QCheckBox(label) for stage_id, label in stages}
        self.text = QPlainTextEdit()
        self.look_for = QPlainTextEdit()
        self.red_flags = QPlainTextEdit()
        self.follow_ups = QPlainTextEdit()
        self.skills = QLineEdit()
        self.skills.setPlaceholderText("comma separated, e.g. PostgreSQL, Redis")
        self.communication = QCheckBox("Counts as the communication check")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #A32020;")
        form = QFormLayout()
        form.addRow("Id", self.id_edit)
        form.addRow("Category", self.category)
        form.addRow("Time box", self.minutes)
        form.addRow("Levels", _row(self.levels.values()))
        form.addRow("Stages", _row(self.stages.values()))
        form.addRow("Question", self.text)
        form.addRow("Look for\n(one per line)", self.look_for)
        form.addRow("Red flags\n(one per line)", self.red_flags)
        form.addRow("Follow-ups\n(one per line)", self.follow_ups)
        form.addRow("Skills", self.skills)
        form.addRow("", self.communication)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if question is not None:
            self._load(question)
        elif stored is not None:
            self._load_stored(stored)
        else:
            self.minutes.setValue(10)
            for box in self.levels.values():
                box.setChecked(True)

    def _load(self, question: Question) -> None:
        self.category.setCurrentIndex(max(0, self.category.findData(question.category)))
        self.minutes.setValue(question.minutes)
        for level, box in self.levels.items():
            box.setChecked(level in question.levels)
        for stage, box in self.stages.items():
            box.setChecked(stage in question.stages)
        self.text.setPlainText(question.text)
        self.look_for.setPlainText("\n".join(question.look_for))
        self.red_flags.setPlainText("\n".join(question.red_flags))
        self.follow_ups.setPlainText("\n".join(question.follow_ups))
        self.skills.setText(", ".join(question.skills))
        self.communication.setChecked(question.communication_check)
        self._skill_specific = question.skill_specific

    def _load_stored(self, data: Mapping[str, Any]) -> None:
        """Fill in what a malformed stored entry has; fields of the wrong type stay empty."""
        self.id_edit.setText(str(data.get("id") or ""))
        self.id_edit.setReadOnly(bool(data.get("id")))
        self.category.setCurrentIndex(max(0, self.category.findData(data.get("category"))))
        minutes = data.get("minutes")
        self.minutes.setValue(minutes if isinstance(minutes, int) else 10)
        for level, box in self.levels.items():
            box.setChecked(level in _strings(data.get("levels")))
        for stage, box in self.stages.items():
            box.setChecked(stage in _strings(data.get("stages")))
        self.text.setPlainText(str(data.get("text") or ""))
        for key, edit in (
            ("look_for", self.look_for),
            ("red_flags", self.red_flags),
            ("follow_ups", self.follow_ups),
        ):
            edit.setPlainText("\n".join(_strings(data.get(key))))
        self.skills.setText(", ".join(_strings(data.get("skills"))))
        self.communication.setChecked(bool(data.get("communication_check")))
        self._skill_specific = bool(data.get("skill_specific"))

    def data(self) -> dict[str, Any]:
        return {
            "id": self.id_edit.text().strip(),
            "category": self.category.currentData(),
            "levels": [level for level, box in self.levels.items() if box.isChecked()],
            "minutes": self.minutes.value(),
            "stages": [stage for stage, box in self.stages.items() if box.isChecked()],
            "text": self.text.toPlainText().strip(),
            "look_for": _lines(self.look_for),
            "red_flags": _lines(self.red_flags),
            "follow_ups": _lines(self.follow_ups),
            "skills": [s.strip() for s in self.skills.text().split(",") if s.strip()],
            "skill_specific": getattr(self, "_skill_specific", False),
            "communication_check": self.communication.isChecked(),
        }

    def show_error(self, message: str) -> None:
        self.error.setText(message)


def _row(widgets: Any) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch()
    return holder


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class QuestionBankView(QWidget):
    """The bank as a filterable table. Emits `edit_requested(question or None)` and
    `revert_requested(question_id)`; the workspace opens the dialog and saves."""

    edit_requested = Signal(object)
    revert_requested = Signal(str)
    fix_requested = Signal(object)  # a SkippedQuestion to edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bank: QuestionBank | None = None
        self._shown: list[Question] = []
        self.category = QComboBox()
        self.category.addItem("All categories", ALL)
        self.level = QComboBox()
        self.level.addItem("All levels", ALL)
        for level in LEVELS:
            self.level.addItem(level.capitalize(), level)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter by text…")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        for combo in (self.category, self.level):
            combo.currentIndexChanged.connect(self._refill)
        self.search.textChanged.connect(self._refill)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Category", "Levels", "Min", "Source", "Question"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit())
        self.detail = QTextBrowser()
        self.new_button = QPushButton("New question…")
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.clicked.connect(lambda: self.edit_requested.emit(None))
        self.edit_button = QPushButton("Edit…")
        self.edit_button.clicked.connect(self._edit)
        self.revert_button = QPushButton("Revert to shipped")
        self.revert_button.setToolTip(
            "Drop your version; a shipped question returns to its original text"
        )
        self.revert_button.clicked.connect(self._revert)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #A32020;")
        self.skipped_combo = QComboBox()
        self.fix_button = QPushButton("Fix stored question…")
        self.fix_button.clicked.connect(self._fix)
        self.delete_button = QPushButton("Delete stored version")
        self.delete_button.setToolTip("Drop the stored entry; a shipped question of its id stays")
        self.delete_button.clicked.connect(self._delete_skipped)
        problems = QHBoxLayout()
        for widget in (self.skipped_combo, self.fix_button, self.delete_button):
            problems.addWidget(widget)
        problems.addStretch()
        self._problem_widgets = (
            self.problems,
            self.skipped_combo,
            self.fix_button,
            self.delete_button,
        )
        filters = QHBoxLayout()
        for widget in (self.category, self.level, self.search):
            filters.addWidget(widget)
        filters.addWidget(self.count, 1)
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.revert_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(problems)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 2)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_bank(self, bank: QuestionBank) -> None:
        self._bank = bank
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("All categories", ALL)
        for key, category in bank.categories.items():
            self.category.addItem(category.label, key)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        self._show_skipped(bank.skipped)
        self._refill()

    def _show_skipped(self, skipped: tuple[SkippedQuestion, ...]) -> None:
        """List the stored entries the bank left out, so the user can fix or delete them."""
        self.skipped_combo.clear()
        for entry in skipped:
            self.skipped_combo.addItem(entry.id, entry)
        self.problems.setText(
            f"{len(skipped)} stored question(s) are not used until fixed:<br>"
            + "<br>".join(escape(entry.reason, quote=False) for entry in skipped)
        )
        for widget in self._problem_widgets:
            widget.setVisible(bool(skipped))

    def _fix(self) -> None:
        entry = self.skipped_combo.currentData()
        if entry is not None:
            self.fix_requested.emit(entry)

    def _delete_skipped(self) -> None:
        entry = self.skipped_combo.currentData()
        if entry is not None:
            self.revert_requested.emit(entry.id)

    def selected(self) -> Question | None:
        row = self.table.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def select_id(self, question_id: str) -> None:
        for row, question in enumerate(self._shown):
            if question.id == question_id:
                self.table.selectRow(row)

    def _refill(self) -> None:
        if self._bank is None:
            return
        needle = self.search.text().strip().lower()
        self._shown = [
            q
            for q in self._bank.filter(
                self.category.currentData() or None, self.level.currentData() or None
            )
            if not needle or needle in q.text.lower() or needle in q.id
        ]
        self.table.setRowCount(len(self._shown))
        for row, q in enumerate(self._shown):
            values = [
                self._bank.categories[q.category].label,
                "/".join(q.levels),
                str(q.minutes),
                q.origin,
                q.text,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setToolTip(q.text)
                self.table.setItem(row, column, item)
        self.count.setText(f"{len(self._shown)} of {len(self._bank.questions)} questions")
        self.detail.clear()
        self._update_buttons()

    def _show_selected(self) -> None:
        question = self.selected()
        self._update_buttons()
        if question is not None and self._bank is not None:
            self.detail.setHtml(
                question_html(question, self._bank.categories[question.category].label)
            )

    def _update_buttons(self) -> None:
        question = self.selected()
        self.edit_button.setEnabled(question is not None)
        self.revert_button.setEnabled(question is not None and question.origin != "shipped")

    def _edit(self) -> None:
        question = self.selected()
        if question is not None:
            self.edit_requested.emit(question)

    def _revert(self) -> None:
        question = self.selected()
        if question is not None:
            self.revert_requested.emit(question.id)
