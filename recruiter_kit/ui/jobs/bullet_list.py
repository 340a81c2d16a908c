"""An editable list of bullet points with add, remove and reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class BulletListEditor(QWidget):
    """Bullets edited in place (double-click or F2); buttons add, remove and move them."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}-list")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.add_button = self._button("Add", "Add a bullet", self.add_item)
        self.remove_button = self._button(
            "Remove", "Remove the selected bullet", self.remove_current
        )
        self.up_button = self._button("Up", "Move the selected bullet up", lambda: self.move(-1))
        self.down_button = self._button(
            "Down", "Move the selected bullet down", lambda: self.move(1)
        )
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def items(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_items(self, items: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in items:
            self.list.addItem(self._new_item(text))
        self.list.blockSignals(False)

    def _new_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_item(self, text: str = "") -> None:
        item = self._new_item(text or "New point")
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        self.list.insertItem(row, item)
        self.list.setCurrentItem(item)
        if not text:
            self.list.editItem(item)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def select(self, row: int) -> None:
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
            self.list.scrollToItem(self.list.item(row))
        self.list.setFocus()
