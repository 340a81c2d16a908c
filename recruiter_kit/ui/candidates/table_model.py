"""The candidate list as a Qt table model, with sorting and a text filter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from recruiter_kit.services.blind import blind_document_name, blind_label, blind_message
from recruiter_kit.services.screening import STATUS_LABELS, ScreeningRow

COLUMNS = ("Candidate", "Score", "Level", "Years", "Green", "Yellow", "Status", "File")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_FAILED_COLOUR = QColor("#a33a2a")
_FLAG_SPAN = 100  # above the flags of one colour a resume can raise: one a rule
_Index: TypeAlias = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row with its cells worked out ahead, so painting and sorting only look them up."""

    row: ScreeningRow
    cells: tuple[str, ...]
    blind_cells: tuple[str, ...]
    sort_keys: tuple[Any, ...]
    blind_sort_keys: tuple[Any, ...]


def table_rows(rows: list[ScreeningRow]) -> list[TableRow]:
    """Prepare rows for the model; plain Python, so it runs in the task that loaded them."""
    prepared = []
    for row in rows:
        cells = _cells(row, blind=False)
        blind_cells = _cells(row, blind=True)
        prepared.append(
            TableRow(row, cells, blind_cells, _sort_keys(row, cells), _sort_keys(row, blind_cells))
        )
    return prepared


def _cells(row: ScreeningRow, *, blind: bool) -> tuple[str, ...]:
    ok = row.status == "ok"
    file = blind_document_name(row.filename, row.code, row.document_id) if blind else row.filename
    return (
        blind_label(row.name, row.code, blind) if row.code else file,
        "" if row.score is None else str(row.score),
        row.level or "",
        "" if row.years is None else f"{row.years:.1f}",
        str(row.green) if ok else "",
        str(row.yellow) if ok else "",
        STATUS_LABELS.get(row.status, row.status),
        file,
    )


def _sort_keys(row: ScreeningRow, cells: tuple[str, ...]) -> tuple[Any, ...]:
    return (
        cells[0].lower(),
        _score_key(row),
        {"junior": 1, "mid": 2, "senior": 3}.get(row.level or "", 0),
        -1.0 if row.years is None else row.years,
        row.green,
        row.yellow,
        cells[6],
        cells[7].lower(),
    )


def _score_key(row: ScreeningRow) -> int:
    """The Score column sorts as `ranking_order` ranks, so the list shown and its export
    agree: on a tied score more green flags go first, then fewer yellow; a file that was
    not read goes last. One number, as Qt's sort compares no tuples."""
    if row.status != "ok":
        return -1
    green, yellow = min(row.green, _FLAG_SPAN - 1), min(row.yellow, _FLAG_SPAN - 1)
    return ((row.score or 0) * _FLAG_SPAN + green) * _FLAG_SPAN + _FLAG_SPAN - 1 - yellow


class CandidateTableModel(QAbstractTableModel):
    """One row per screened document (see `ScreeningService.rank`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TableRow] = []
        self._blind = False

    def set_rows(self, rows: list[TableRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_blind(self, blind: bool) -> None:
        self._blind = blind
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

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
        prepared = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (prepared.blind_cells if self._blind else prepared.cells)[column]
        if role == SORT_ROLE:
            return (prepared.blind_sort_keys if self._blind else prepared.sort_keys)[column]
        if role == ROW_ROLE:
            return prepared.row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(prepared)
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and prepared.row.status != "ok":
            return _FAILED_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= 5:
            return _RIGHT
        return None

    def _tooltip(self, prepared: TableRow) -> str:
        """The file (the File column is often out of sight), and why it failed if it did."""
        row = prepared.row
        file = prepared.blind_cells[7] if self._blind else row.filename
        error = row.error
        if error and self._blind:
            error = blind_message(error, row.filename, file)
        if not error:
            return file
        return error if error.startswith(f"{file}:") else f"{file}\n{error}"


class CandidateFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's sort keys and keeps rows where any column contains the filter text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
