"""The guide as an editable list: reorder, pin, swap, remove and add questions.

Every edit is one of the pure functions in `recruiter_kit.interviews.guide`
applied to the current draft; the widget only shows the result.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.interviews import guide as guides
from recruiter_kit.interviews.questions import QuestionBank
from recruiter_kit.services.interviews import GuideDraft
from recruiter_kit.ui.interviews.html import probe_html, question_html

PROBE_KINDS = {"defend_number": "Defend the number", "depth": "Depth", "yellow_flag": "Flag"}


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class ChooseQuestionDialog(QDialog):
    """Pick one question from a list (for swapping or adding)."""

    def __init__(
        self, title: str, options: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420)
        self.list = QListWidget()
        for question_id, label in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, question_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class GuideEditor(QWidget):
    """Shows a draft guide and applies the interviewer's edits to it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: GuideDraft | None = None
        self._bank: QuestionBank | None = None
        self.dirty = False  # edits since the guide was opened, built or saved
        self.edits = 0  # counts edits, so a save can tell whether more came after it
        self.loads = 0  # counts guides shown, so a late save cannot mark another one saved
        self._build()
        self._update_buttons()

    # Building -------------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel("Choose a job and press Build guide.")
        self.summary.setWordWrap(True)
        self.questions = QTableWidget(0, 5)
        self.questions.setHorizontalHeaderLabels(["#", "Pin", "Category", "Min", "Question"])
        self._setup_table(self.questions, stretch=4)
        self.questions.itemSelectionChanged.connect(self._show_question)
        self.probes = QTableWidget(0, 3)
        self.probes.setHorizontalHeaderLabels(["Probe", "Min", "Resume line"])
        self._setup_table(self.probes, stretch=2)
        self.probes.itemSelectionChanged.connect(self._show_probe)
        self.probes_label = QLabel("Resume probes")
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.questions, 1)
        left_layout.addWidget(self.probes_label)
        left_layout.addWidget(self.probes, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(self._edit_buttons())
        layout.addWidget(splitter, 1)

    def _setup_table(self, table: QTableWidget, stretch: int) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _edit_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.up_button = self._button("Move up", "Ctrl+Up", lambda: self.move_selected(-1))
        self.down_button = self._button("Move down", "Ctrl+Down", lambda: self.move_selected(1))
        self.pin_button = self._button("Pin", "Ctrl+T", self.toggle_pin)
        self.swap_button = self._button("Swap…", "Ctrl+W", self.swap_selected)
        self.remove_button = self._button(
            "Remove", QKeySequence.StandardKey.Delete, self.remove_selected
        )
        self.add_button = self._button("Add…", "Ctrl+Shift+A", self.add_question)
        # The buttons that act on the selected question; Add needs only a guide.
        self._row_buttons = (
            self.up_button,
            self.down_button,
            self.pin_button,
            self.swap_button,
            self.remove_button,
        )
        for button in (*self._row_buttons, self.add_button):
            row.addWidget(button)
        row.addStretch()
        return row

    def _button(
        self, text: str, shortcut: str | QKeySequence.StandardKey, slot: object
    ) -> QPushButton:
        button = QPushButton(text)
        sequence = QKeySequence(shortcut)
        button.setShortcut(sequence)
        button.setToolTip(
            f"{text.rstrip('…')} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        button.clicked.connect(slot)
        return button

    # State ----------------------------------------------------------------------

    @property
    def draft(self) -> GuideDraft | None:
        return self._draft

    def set_draft(
        self, draft: GuideDraft | None, bank: QuestionBank | None, dirty: bool = False
    ) -> None:
        """Show another guide; `dirty` when it differs from what is saved (a rebuild)."""
        self._draft, self._bank = draft, bank
        self.dirty = dirty and draft is not None
        self.loads += 1
        self._fill(select=0)

    def mark_saved(self, guide_id: int, loads: int, edits: int) -> None:
        """The guide as it was at edit `edits` of load `loads` is stored as `guide_id`."""
        if loads != self.loads or self._draft is None:
            return  # another guide is shown now
        self._draft = replace(self._draft, saved_id=guide_id)
        if edits == self.edits:
            self.dirty = False

    def selected_id(self) -> str | None:
        row = self.questions.currentRow()
        if self._draft is None or row < 0 or row >= len(self._draft.guide.questions):
            return None
        return self._draft.guide.questions[row].question.id

    # Edits ------------------------------------------------------------------------

    def move_selected(self, delta: int) -> None:
        question_id = self.selected_id()
        if question_id is None:
            return
        row = self.questions.currentRow() + delta
        self._apply(guides.move_question(self._guide, question_id, row), select=row)

    def toggle_pin(self) -> None:
        question_id = self.selected_id()
        if question_id is None:
            return
        pinned = question_id in self._guide.pinned_ids
        self._apply(
            guides.set_pinned(self._guide, question_id, not pinned),
            select=self.questions.currentRow(),
        )

    def remove_selected(self) -> None:
        question_id = self.selected_id()
        if question_id is None:
            return
        row = self.questions.currentRow()
        self._apply(guides.remove_question(self._guide, question_id), select=max(0, row - 1))

    def swap_selected(self, new_id: str | None = None) -> None:
        """Swap the selected question for `new_id`, or for one picked from the alternatives."""
        question_id = self.selected_id()
        if question_id is None or self._bank is None:
            return
        if not new_id:
            options = guides.alternatives(self._guide, self._bank, question_id)[:25]
            new_id = self._choose("Swap question", options)
        if new_id:
            row = self.questions.currentRow()
            self._apply(
                guides.swap_question(self._guide, self._bank, question_id, new_id), select=row
            )

    def add_question(self, new_id: str | None = None) -> None:
        if self._draft is None or self._bank is None:
            return
        if not new_id:
            taken = set(self._guide.question_ids)
            options = [q for q in self._bank.filter(level=self._guide.level) if q.id not in taken]
            new_id = self._choose("Add question", options)
        if new_id:
            updated = guides.add_question(self._guide, self._bank, new_id)
            self._apply(updated, select=len(updated.questions) - 1)

    def _choose(self, title: str, options: list) -> str | None:  # type: ignore[type-arg]
        labels = [(q.id, f"[{q.category}, {q.minutes} min] {q.text}") for q in options]
        dialog = ChooseQuestionDialog(title, labels, self)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @property
    def _guide(self) -> guides.InterviewGuide:
        assert self._draft is not None
        return self._draft.guide

    def _apply(self, guide: guides.InterviewGuide, select: int) -> None:
        assert self._draft is not None
        self._draft = replace(self._draft, guide=guide)
        self.dirty = True
        self.edits += 1
        self._fill(select)
        self.changed.emit()

    # Showing ---------------------------------------------------------------------------

    def _fill(self, select: int) -> None:
        self.questions.setRowCount(0)
        self.probes.setRowCount(0)
        self.detail.clear()
        if self._draft is None:
            self.summary.setText("Choose a job and press Build guide.")
            self._update_buttons()
            return
        guide = self._draft.guide
        for row, item in enumerate(guide.questions):
            q = item.question
            self.questions.insertRow(row)
            values = [
                str(row + 1),
                "✓" if item.pinned else "",
                self._category(q.category),
                str(q.minutes),
                q.text,
            ]
            for column, value in enumerate(values):
                self.questions.setItem(row, column, _item(value, q.text if column == 4 else ""))
        for row, probe in enumerate(guide.probes):
            self.probes.insertRow(row)
            kind = PROBE_KINDS.get(probe.kind, probe.kind)
            values = [
                f"{kind}: {probe.subject}" if probe.subject else kind,
                str(probe.minutes),
                probe.quote,
            ]
            for column, value in enumerate(values):
                self.probes.setItem(row, column, _item(value, probe.text if column == 2 else ""))
        self.probes_label.setText(_probes_summary(guide))
        self._update_summary()
        if guide.questions:
            self.questions.selectRow(max(0, min(select, len(guide.questions) - 1)))
        self._update_buttons()

    def _update_summary(self) -> None:
        guide = self._guide
        state = (
            "" if abs(guide.total_minutes - guide.slot_minutes) <= 5 else "  (edit to fit the slot)"
        )
        text = (
            f"<b>{guide.total_minutes} of {guide.slot_minutes} minutes</b>{state} · "
            f"{len(guide.questions)} questions · {len(guide.probes)} probes · level {guide.level}"
        )
        notes = "".join(f"<br><span style='color:#7a5200'>{n}</span>" for n in guide.notes)
        self.summary.setText(text + notes)

    def _category(self, category: str) -> str:
        if self._bank and category in self._bank.categories:
            return self._bank.categories[category].label
        return category

    def _show_question(self) -> None:
        question_id = self.selected_id()
        self._update_buttons()
        if question_id is None:
            return
        self.probes.clearSelection()
        question = next(i.question for i in self._guide.questions if i.question.id == question_id)
        self.pin_button.setText("Unpin" if question_id in self._guide.pinned_ids else "Pin")
        self.detail.setHtml(question_html(question, self._category(question.category)))

    def _show_probe(self) -> None:
        row = self.probes.currentRow()
        if (
            self._draft is None
            or not 0 <= row < len(self._guide.probes)
            or not self.probes.selectedItems()
        ):
            return
        self.detail.setHtml(probe_html(self._guide.probes[row]))

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in self._row_buttons:
            button.setEnabled(has)
        self.add_button.setEnabled(self._draft is not None)


def _probes_summary(guide: guides.InterviewGuide) -> str:
    if guide.probes:
        return f"Resume probes: {len(guide.probes)}, sharing {guide.probe_minutes} min"
    if guide.candidate_id is None:
        return "Resume probes: none (a general guide; choose a candidate to aim probes at a resume)"
    return "Resume probes: none (no screened resume for this candidate)"
