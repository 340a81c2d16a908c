"""The detail pane: resume text with evidence highlighted, findings, and the original PDF."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.services.blind import (
    blind_document_name,
    blind_label,
    blind_message,
    blind_result,
)
from recruiter_kit.services.screening import CandidateDetail
from recruiter_kit.ui.candidates.findings import findings_html, highlight_lines
from recruiter_kit.ui.candidates.pdf_view import OriginalPages, OriginalView
from recruiter_kit.ui.candidates.resume_actions import ResumeActions

#: Most evidence lines searched for in the text; more would only slow a click down.
MAX_HIGHLIGHTS = 400


class CandidateDetailPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.actions = ResumeActions()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.findings = QTextBrowser()
        self.findings.setOpenLinks(False)
        self.original = OriginalView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.text, "Resume text")
        self.tabs.addTab(self.original, "Original")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.actions)
        layout.addWidget(splitter, 1)
        self._detail: CandidateDetail | None = None
        self._original: OriginalPages | None = None
        self._blind = False
        self.clear()

    def clear(self) -> None:
        self._detail = None
        self._original = None
        self.header.setText("<i>Select a candidate to see their resume and findings.</i>")
        self.actions.show_detail(None, blind=self._blind)
        self.text.clear()
        self.findings.clear()
        self.original.show_message("Select a candidate to see their original resume.")

    def show_detail(self, detail: CandidateDetail, original: OriginalPages | None) -> None:
        self._detail = detail
        self._original = original
        self._render()

    def set_blind(self, blind: bool) -> None:
        self._blind = blind
        if self._detail is not None:
            self._render()

    @property
    def detail(self) -> CandidateDetail | None:
        return self._detail

    @property
    def lacks_original(self) -> bool:
        """Whether the PDF shown was loaded without its drawing (in blind review)."""
        detail = self._detail
        return (
            detail is not None
            and detail.document.media_type == "application/pdf"
            and self._original is None
        )

    def _render(self) -> None:
        detail = self._detail
        assert detail is not None
        result = detail.result
        code = detail.row.code
        error = detail.document.error
        if self._blind:
            result = blind_result(result, code)
            result.error = result.error and self._blind_message(result.error)
            error = error and self._blind_message(error)
        self.header.setText(self._header_html(detail))
        self.actions.show_detail(detail, blind=self._blind)
        self.text.setPlainText(result.text or error or "")
        self._highlight(highlight_lines(result))
        self.findings.setHtml(findings_html(result, detail.job.title if detail.job else None))
        self._show_original(detail)

    def _header_html(self, detail: CandidateDetail) -> str:
        row = detail.row
        who = blind_label(row.name, row.code, self._blind) if row.code else "No candidate"
        file = row.filename
        error = row.error
        if self._blind:
            file = blind_document_name(row.filename, row.code, row.document_id)
            error = error and self._blind_message(error)
        facts = [
            f"score {row.score}" if row.score is not None else "not matched",
            row.level or "",
            f"{row.years:.1f} years" if row.years is not None else "",
            f"{row.green} green, {row.yellow} yellow" if row.status == "ok" else "",
        ]
        line = " · ".join(fact for fact in facts if fact)
        error = f"<br><span style='color:#a33a2a'>{escape(error)}</span>" if error else ""
        title = f"<b style='font-size:14pt'>{escape(who)}</b> &nbsp; {escape(line)}"
        return f"{title}<br><small>{escape(file)}</small>{error}"

    def _blind_message(self, message: str) -> str:
        """`message` with the file named as blind review shows it (file names hold names)."""
        assert self._detail is not None
        row = self._detail.row
        return blind_message(
            message, row.filename, blind_document_name(row.filename, row.code, row.document_id)
        )

    def _highlight(self, lines: list[tuple[str, str]]) -> None:
        document = self.text.document()
        selections = []
        for line, colour in lines[:MAX_HIGHLIGHTS]:
            cursor = document.find(line, 0, QTextDocument.FindFlag.FindCaseSensitively)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                char_format = QTextCharFormat()
                char_format.setBackground(QColor(colour))
                selection.format = char_format
                selections.append(selection)
                cursor = document.find(line, cursor, QTextDocument.FindFlag.FindCaseSensitively)
        self.text.setExtraSelections(selections)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    @property
    def highlight_count(self) -> int:
        return len(self.text.extraSelections())

    def _show_original(self, detail: CandidateDetail) -> None:
        # A file that failed has no text to point to: its text view holds the reason.
        text_view = (
            "The text view shows what was read."
            if detail.result.text
            else "The text view says why nothing was read from it."
        )
        if self._blind:
            self.original.show_message("The original file is hidden in blind review.")
        elif self._original is None or detail.document.media_type != "application/pdf":
            self.original.show_message(f"{detail.document.filename} is not a PDF. {text_view}")
        elif self._original.problem is not None:
            self.original.show_message(f"{self._original.problem} {text_view}")
        else:
            self.original.show_pages(self._original.images)
