"""Pick hard skills by their canonical names, seeing how often postings ask for each."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.jobs.model import Skill
from recruiter_kit.jobs.skills import SkillSuggestion, canonical_name

COLUMNS = ("Skill", "Must-have", "In backend postings")


class SkillPicker(QWidget):
    """A table of the job's skills and a line that autocompletes from the taxonomy."""

    changed = Signal()

    def __init__(self, suggestions: tuple[SkillSuggestion, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hard_skills")
        self._shares = {s.name: s.share_text for s in suggestions}
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(190)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText("Add a skill, e.g. PostgreSQL (Enter adds it)")
        self.entry.setCompleter(self._completer(suggestions))
        self.entry.returnPressed.connect(self.add_from_entry)
        add = QPushButton("Add")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_from_entry)
        remove = QPushButton("Remove")
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def _completer(self, suggestions: tuple[SkillSuggestion, ...]) -> QCompleter:
        words = [s.name for s in suggestions] + [a for s in suggestions for a in s.aliases]
        completer = QCompleter(QStringListModel(words, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    def skills(self) -> list[Skill]:
        result = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0).text()
            required = self.table.item(row, 1).checkState() == Qt.CheckState.Checked
            result.append(Skill(name, required))
        return result

    def set_skills(self, skills: list[Skill]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for skill in skills:
            self._append(skill)
        self.table.blockSignals(False)

    def _append(self, skill: Skill) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(skill.name))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if skill.required else Qt.CheckState.Unchecked)
        self.table.setItem(row, 1, check)
        self.table.setItem(row, 2, QTableWidgetItem(self._shares.get(skill.name, "")))

    def add_skill(self, text: str, required: bool = True) -> bool:
        name = canonical_name(text)
        if not name or name.casefold() in (s.name.casefold() for s in self.skills()):
            return False
        self.table.blockSignals(True)
        self._append(Skill(name, required))
        self.table.blockSignals(False)
        self.changed.emit()
        return True

    def add_from_entry(self) -> None:
        if self.add_skill(self.entry.text()):
            self.entry.clear()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self.changed.emit()
