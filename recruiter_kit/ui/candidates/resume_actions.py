"""The strip under the detail header: who a resume belongs to, and what can be changed about it.

A resume whose email or phone matched a known candidate joins that candidate
on import; this strip says so and offers to split it off into a candidate of
its own, or to link it to another candidate it matches (which also undoes a
split). A candidate imported without a job can be assigned to one here, so the
ranking of that job shows them. The strip only asks: the workspace runs the
change as a task.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recruiter_kit.core.models import Job
from recruiter_kit.services.blind import blind_label
from recruiter_kit.services.screening import CandidateDetail

#: Other candidates offered for linking; more would not fit, and are rare.
MAX_LINK_OFFERS = 3


class ResumeActions(QWidget):
    split_requested = Signal(int)  # screening id
    link_requested = Signal(int, int)  # screening id, candidate id
    assign_requested = Signal(int, int)  # candidate id, job id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.split_button = QPushButton("Split into a separate candidate")
        self.split_button.setToolTip(
            "This resume is not the same person: make it a candidate of its own "
            "(linking it back undoes this)"
        )
        self.split_button.clicked.connect(self._split)
        self.link_buttons: list[QPushButton] = []
        self._link_row = QHBoxLayout()
        self._link_row.setContentsMargins(0, 0, 0, 0)
        self._link_row.addWidget(self.split_button)
        self._link_row.addStretch(1)
        self.assign_label = QLabel("Not in any job's ranking. Assign to:")
        self.job_box = QComboBox()
        self.job_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assign_button = QPushButton("Assign to job")
        self.assign_button.setToolTip("Match this candidate against the job and rank them in it")
        self.assign_button.clicked.connect(self._assign)
        self._assign_row = QWidget()
        assign_layout = QHBoxLayout(self._assign_row)
        assign_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.assign_label, self.job_box, self.assign_button):
            assign_layout.addWidget(widget)
        assign_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.link_label)
        layout.addLayout(self._link_row)
        layout.addWidget(self._assign_row)
        self._detail: CandidateDetail | None = None
        self._jobs: list[Job] = []
        self.show_detail(None, blind=False)

    def set_jobs(self, jobs: list[Job]) -> None:
        self._jobs = list(jobs)
        self.job_box.clear()
        for job in self._jobs:
            self.job_box.addItem(job.title + (f" ({job.level.value})" if job.level else ""))
        self.assign_button.setEnabled(bool(self._jobs))

    def show_detail(self, detail: CandidateDetail | None, *, blind: bool) -> None:
        self._detail = detail
        for button in self.link_buttons:
            button.deleteLater()
        self.link_buttons = []
        if detail is None or detail.row.candidate_id is None:
            self.setVisible(False)
            return
        links = detail.links
        self.link_label.setText(_describe(detail, blind))
        self.link_label.setVisible(bool(self.link_label.text()))
        self.split_button.setVisible(links.can_split)
        for match in links.matches[:MAX_LINK_OFFERS]:
            label = blind_label(match.name, match.code, blind)
            button = QPushButton(f"Link to {label} (same {match.shared})")
            button.setToolTip("Make this resume one of that candidate's resumes")
            button.clicked.connect(lambda _=False, c=match.candidate_id: self._link(c))
            self._link_row.insertWidget(self._link_row.count() - 1, button)
            self.link_buttons.append(button)
        self._assign_row.setVisible(detail.row.job_id is None)
        self.setVisible(links.can_split or bool(self.link_buttons) or detail.row.job_id is None)

    def _split(self) -> None:
        if self._detail is not None:
            self.split_requested.emit(self._detail.row.screening_id)

    def _link(self, candidate_id: int) -> None:
        if self._detail is not None:
            self.link_requested.emit(self._detail.row.screening_id, candidate_id)

    def _assign(self) -> None:
        index = self.job_box.currentIndex()
        detail = self._detail
        if detail is None or detail.row.candidate_id is None or not 0 <= index < len(self._jobs):
            return
        job_id = self._jobs[index].id
        assert job_id is not None
        self.assign_requested.emit(detail.row.candidate_id, job_id)


def _describe(detail: CandidateDetail, blind: bool) -> str:
    links = detail.links
    count = len(links.resumes)
    if links.linked_by:
        text = (
            f"Matched on import to a known candidate by the same {links.linked_by}; "
            f"they now have {count} resumes"
        )
    elif count > 1:
        text = f"This candidate has {count} resumes"
    elif links.matches:
        return "A separate candidate, though other candidates share this resume's contact details."
    else:
        return ""
    if not blind:  # file names often carry the person's name
        text += ": " + ", ".join(links.resumes[:5]) + ("…" if count > 5 else "")
    return text + "."
