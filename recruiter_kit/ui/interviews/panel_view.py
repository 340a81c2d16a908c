"""The panel's scores side by side, disagreement highlighted, and the hiring decision."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.interviews.scorecard import PanelSummary, ScorecardTemplate
from recruiter_kit.services.interviews import HiringDecision

DISAGREEMENT = QColor("#F8D7D3")


class PanelView(QWidget):
    """Emits `decision_requested(decision_id, reason)`; the workspace records it."""

    decision_requested = Signal(str, str)

    def __init__(self, template: ScorecardTemplate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        self.summary_label = QLabel("Choose a candidate to see the panel's scores.")
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.decision = QComboBox()
        for choice in template.decisions:
            self.decision.addItem(choice.label, choice.id)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Reason for the decision (kept with it)")
        self.record_button = QPushButton("Record decision")
        self.record_button.clicked.connect(self._record)
        self.reason.returnPressed.connect(self._record)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.addWidget(QLabel("Decision"))
        row.addWidget(self.decision)
        row.addWidget(self.reason, 1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.history)
        self.set_enabled_for_candidate(False)

    def set_enabled_for_candidate(self, enabled: bool) -> None:
        for widget in (self.decision, self.reason, self.record_button):
            widget.setEnabled(enabled)

    def show_summary(self, summary: PanelSummary | None) -> None:
        self.table.clear()
        if summary is None or not summary.interviewers:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.summary_label.setText("No scorecards yet for this candidate.")
            return
        names = list(summary.interviewers)
        self.table.setColumnCount(len(names) + 3)
        self.table.setHorizontalHeaderLabels(["Competency", *names, "Mean", "Spread"])
        self.table.setRowCount(len(summary.competencies) + 1)
        for row, item in enumerate(summary.competencies):
            values = [item.label, *[str(item.ratings.get(n, "–")) for n in names]]
            values += ["–" if item.mean is None else f"{item.mean:.1f}", str(item.spread)]
            for column, value in enumerate(values):
                self.table.setItem(row, column, self._cell(value, item.disagreement, column > 0))
            if item.disagreement:
                self.table.item(row, len(values) - 1).setText(f"{item.spread}  disagreement")
        last = len(summary.competencies)
        labels = {c.id: c.label for c in self._template.recommendations}
        self.table.setItem(last, 0, self._cell("Recommendation", False, False))
        for column, name in enumerate(names, start=1):
            rec = summary.recommendations.get(name, "")
            self.table.setItem(last, column, self._cell(labels.get(rec, rec), False, True))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        flagged = summary.disagreements
        text = f"{len(names)} scorecard(s)."
        if flagged:
            text += (
                f" Disagreement (ratings 2 or more apart) on: <b>{escape(', '.join(flagged))}</b>."
            )
        self.summary_label.setText(text)

    def show_decisions(self, decisions: list[HiringDecision]) -> None:
        if not decisions:
            self.history.setText("No hiring decision recorded yet.")
            return
        labels = {c.id: c.label for c in self._template.decisions}
        lines = [
            f"{d.created_at:%Y-%m-%d %H:%M} · <b>{labels.get(d.decision, d.decision)}</b>"
            f"{' by ' + escape(d.decided_by) if d.decided_by else ''}: {escape(d.reason)}"
            for d in reversed(decisions)
        ]
        self.history.setText("Current decision: " + "<br>Earlier: ".join(lines))

    def _cell(self, text: str, disagreement: bool, centred: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if centred:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if disagreement:
            item.setBackground(QBrush(DISAGREEMENT))
            item.setToolTip("The panel's ratings are 2 or more apart: discuss before deciding.")
        return item

    def _record(self) -> None:
        self.decision_requested.emit(self.decision.currentData(), self.reason.text())
