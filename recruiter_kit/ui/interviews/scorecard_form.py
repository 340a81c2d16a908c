"""One interviewer's scorecard: a 1-4 rating per competency with its anchors, a
recommendation and notes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.interviews.scorecard import Scorecard, ScorecardTemplate

NO_RECOMMENDATION = ""


class ScorecardForm(QWidget):
    """Emits `submitted(Scorecard)` when the interviewer saves; the workspace stores it."""

    submitted = Signal(object)

    def __init__(self, template: ScorecardTemplate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        self.groups: dict[str, QButtonGroup] = {}
        self.anchor_labels: dict[str, QLabel] = {}
        self._context: tuple[int | None, int | None, str, str] = (None, None, "", "")
        self._loading = False
        self.touched = False  # the interviewer changed something since the last load or save
        self.edits = 0  # counts every change, so a save can tell whether more came after it
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        ratings = QGroupBox("Ratings (hover a number to read what it means)")
        grid = QGridLayout(ratings)
        grid.setColumnStretch(5, 1)
        for row, competency in enumerate(self._template.competencies):
            label = QLabel(f"<b>{competency.label}</b>")
            label.setToolTip(competency.description)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for rating in range(self._template.min_rating, self._template.max_rating + 1):
                button = QRadioButton(str(rating))
                button.setToolTip(f"{rating}: {competency.anchors.get(rating, '')}")
                group.addButton(button, rating)
                grid.addWidget(button, row, rating)
            anchor = QLabel("Not rated")
            anchor.setWordWrap(True)
            anchor.setStyleSheet("color: #555;")
            grid.addWidget(anchor, row, 5)
            group.idToggled.connect(
                lambda rating, on, c=competency.id: self._anchor_toggled(c, rating, on)
            )
            group.idToggled.connect(self._mark_touched)
            self.groups[competency.id] = group
            self.anchor_labels[competency.id] = anchor
        self.recommendation = QComboBox()
        self.recommendation.addItem("Choose…", NO_RECOMMENDATION)
        for choice in self._template.recommendations:
            self.recommendation.addItem(choice.label, choice.id)
        self.recommendation.currentIndexChanged.connect(self._mark_touched)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Evidence for your ratings: what the candidate said and did.")
        self.notes.textChanged.connect(self._mark_touched)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton("Save scorecard")
        self.save_button.setShortcut("Ctrl+Return")
        self.save_button.setToolTip("Save scorecard (Ctrl+Return)")
        self.save_button.clicked.connect(self._submit)
        self.clear_button = QPushButton("Clear")
        self.clear_button.clicked.connect(self.clear)
        form = QFormLayout()
        form.addRow("Recommendation", self.recommendation)
        form.addRow("Notes", self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(ratings)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self.set_context(None, None, "", "")

    def set_context(
        self,
        candidate_id: int | None,
        job_id: int | None,
        stage: str,
        interviewer: str,
        candidate_label: str = "",
        stage_label: str = "",
    ) -> None:
        """Who is rated, for which job and stage, and by whom (from the workspace's choices)."""
        self._context = (candidate_id, job_id, stage, interviewer)
        if candidate_id is None:
            self.heading.setText("Choose a candidate to fill in a scorecard.")
        else:
            who = interviewer or "enter your name at the top"
            self.heading.setText(
                f"Scorecard for <b>{escape(candidate_label)}</b> · {escape(stage_label or stage)}"
                f" · interviewer: {escape(who)}"
            )
        self.save_button.setEnabled(candidate_id is not None)

    def load_if_unchanged(self, card: Scorecard | None, edits: int) -> None:
        """Show a scorecard read from the database when the form was at change `edits`,
        unless the interviewer changed anything since: their input, saved or not, is newer
        than a late read."""
        if edits == self.edits:
            self.load(card)

    def load(self, card: Scorecard | None) -> None:
        """Show an existing scorecard (or clear the form)."""
        self.clear()
        if card is None:
            return
        self._loading = True
        for competency, rating in card.ratings.items():
            if competency in self.groups and self.groups[competency].button(rating):
                self.groups[competency].button(rating).setChecked(True)
        self.recommendation.setCurrentIndex(
            max(0, self.recommendation.findData(card.recommendation))
        )
        self.notes.setPlainText(card.notes)
        self._loading = False
        self.touched = False

    def clear(self) -> None:
        self._loading = True
        for competency, group in self.groups.items():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
            self.anchor_labels[competency].setText("Not rated")
        self.recommendation.setCurrentIndex(0)
        self.notes.clear()
        self.status.clear()
        self._loading = False
        self.touched = False

    def _mark_touched(self, *_args: object) -> None:
        if not self._loading:
            self.touched = True
            self.edits += 1

    def mark_saved(self, edits: int) -> None:
        """The scorecard as it was at change `edits` is stored; later changes stay unsaved."""
        if edits == self.edits:
            self.touched = False

    def scorecard(self) -> Scorecard:
        candidate_id, job_id, stage, interviewer = self._context
        ratings = {c: g.checkedId() for c, g in self.groups.items() if g.checkedId() != -1}
        return Scorecard(
            interviewer=interviewer,
            candidate_id=candidate_id or 0,
            job_id=job_id,
            stage=stage,
            ratings=ratings,
            recommendation=self.recommendation.currentData() or "",
            notes=self.notes.toPlainText().strip(),
        )

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #A32020;" if error else "color: #1E6B34;")
        self.status.setText(text)

    def _anchor_toggled(self, competency: str, rating: int, on: bool) -> None:
        if on:
            self._show_anchor(competency, rating)

    def _show_anchor(self, competency: str, rating: int) -> None:
        anchor = self._template.competency(competency).anchors.get(rating, "")
        self.anchor_labels[competency].setText(f"{rating}: {anchor}")

    def _submit(self) -> None:
        self.submitted.emit(self.scorecard())
