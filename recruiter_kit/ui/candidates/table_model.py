"""The candidate list as a Qt table model, with sorting and a text filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from recruiter_kit.services.blind import blind_label
from recruiter_kit.storage.screening_repository import ScreeningRow

COLUMNS = ("Candidate", "Score", "Level", "Years", "Green", "Yellow", "Status", "File")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_STATUS_TEXT = {"ok": "Screened", "needs_ocr": "Needs OCR", "error": "Failed"}
_FAILED_COLOUR = QColor("#a33a2a")
_Index = QModelIndex | QPersistentModelIndex


class CandidateTableModel(QAbstractTableModel):
    """One row per screened document (see `ScreeningService.rank`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScreeningRow] = []
        self._blind = False

    def set_rows(self, rows: list[ScreeningRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_blind(self, blind: bool) -> None:
        self._blind = blind
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def row_at(self, row: int) -> ScreeningRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and row.error:
            return row.error
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and row.status != "ok":
            return _FAILED_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ScreeningRow, column: int) -> str:
        if column == 0:
            return blind_label(row.name, row.code, self._blind) if row.code else ""
        if column == 1:
            return "" if row.score is None else str(row.score)
        if column == 2:
            return row.level or ""
        if column == 3:
            return "" if row.years is None else f"{row.years:.1f}"
        if column == 4:
            return str(row.green) if row.status == "ok" else ""
        if column == 5:
            return str(row.yellow) if row.status == "ok" else ""
        if column == 6:
            return _STATUS_TEXT.get(row.status, row.status)
        return self._file_name(row)

    def _file_name(self, row: ScreeningRow) -> str:
        if self._blind and row.code:
            return f"{row.code}{_suffix(row.filename)}"
        return row.filename

    def _sort_key(self, row: ScreeningRow, column: int) -> Any:
        numbers = {
            1: -1 if row.score is None else row.score,
            3: -1.0 if row.years is None else row.years,
            4: row.green,
            5: row.yellow,
        }
        if column in numbers:
            return numbers[column]
        if column == 2:
            return {"junior": 1, "mid": 2, "senior": 3}.get(row.level or "", 0)
        return self._display(row, column).lower()


def _suffix(filename: str) -> str:
    dot = filename.rfind(".")
    return filename[dot:] if dot > 0 else ""


class CandidateFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's sort keys and keeps rows where any column contains the filter text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
