"""The quality-check findings beside the editor; activating one selects its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from recruiter_kit.jobs.checks import Finding

_MARKS = {"error": "ERROR", "warning": "WARNING", "info": "NOTE"}
_COLOURS = {"error": "#a31515", "warning": "#8a5300", "info": "#2f4f6f"}
_FIELD_ROLE = Qt.ItemDataRole.UserRole


class ChecksPanel(QWidget):
    """Lists findings, errors first; `finding_activated` carries the chosen finding."""

    finding_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel("No checks run yet.")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("checks-list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.list.clear()
        for finding in findings:
            quoted = f" \u201c{finding.text}\u201d" if finding.text else ""
            mark = _MARKS.get(finding.severity, finding.severity.upper())
            text = f"{mark} in {_field_label(finding.field)}:{quoted}\n{finding.message}"
            item = QListWidgetItem(f"{text}\n\u2192 {finding.suggestion}")
            item.setData(_FIELD_ROLE, finding)
            item.setForeground(QBrush(QColor(_COLOURS.get(finding.severity, "#000000"))))
            item.setToolTip(f"Field: {finding.field}. Click to go to it.")
            self.list.addItem(item)
        self.summary.setText(_summary(findings))

    def _activated(self, item: QListWidgetItem) -> None:
        self.finding_activated.emit(item.data(_FIELD_ROLE))


def _field_label(field: str) -> str:
    name, _, index = field.partition(".")
    label = name.replace("_", " ")
    return f"{label} #{int(index) + 1}" if index.isdigit() else label


def _summary(findings: list[Finding]) -> str:
    if not findings:
        return "No problems found."
    counts = {severity: 0 for severity in _MARKS}
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    parts = [
        f"{counts['error']} error(s)",
        f"{counts['warning']} warning(s)",
        f"{counts['info']} note(s)",
    ]
    return ", ".join(parts) + ". Click a finding to go to its text."
