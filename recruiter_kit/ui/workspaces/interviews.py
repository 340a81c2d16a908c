"""The Interviews workspace: build and edit a guide, print it, fill in scorecards, see the panel.

Every service call runs as a task (reads on the pool, writes on the write
thread); results come back on the GUI thread and only then touch widgets. A
newer request with the same key drops the older one's result, so quickly
changing the job or candidate never shows a stale guide.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.core.models import Candidate, Job
from recruiter_kit.interviews.questions import (
    Question,
    QuestionBank,
    SkippedQuestion,
    parse_question,
)
from recruiter_kit.services.directory import DirectoryService
from recruiter_kit.services.interviews import GuideDraft, InterviewService, candidate_label
from recruiter_kit.ui.context import UiContext
from recruiter_kit.ui.errors import describe, show_error
from recruiter_kit.ui.interviews import printing
from recruiter_kit.ui.interviews.guide_editor import GuideEditor
from recruiter_kit.ui.interviews.panel_view import PanelView
from recruiter_kit.ui.interviews.question_editor import QuestionBankView, QuestionDialog
from recruiter_kit.ui.interviews.scorecard_form import ScorecardForm

NO_CANDIDATE = "No candidate (general guide)"


class Choice(NamedTuple):
    """What the workspace shows: the job, candidate, stage and slot length."""

    job_id: int | None
    candidate_id: int | None
    stage: str
    minutes: int

    @property
    def card_key(self) -> tuple[int | None, int | None, str]:
        """Whom a scorecard is about; the interviewer only signs it."""
        return self.candidate_id, self.job_id, self.stage


def guide_status(draft: GuideDraft, moved: bool) -> str:
    """What the status line says about a guide just shown, and where other saved ones are."""
    minutes, title = draft.guide.slot_minutes, draft.job.title
    if draft.saved_id is None:
        text = f"Showing a new {minutes}-minute guide for {title} (not saved yet)."
    elif moved:
        text = f"Opened your saved {minutes}-minute guide for {title}; Length set to match."
    else:
        text = f"Showing your saved {minutes}-minute guide for {title}."
    others = [f"{n} min" for n in draft.saved_lengths if n != minutes]
    if others:
        text += f" Also saved for this stage: {', '.join(others)} (choose it under Length)."
    return text


class InterviewsWorkspace(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._service = InterviewService(context.database)
        self._directory = DirectoryService(context.database)
        self._jobs: list[Job] = []
        self._candidates: list[Candidate] = []
        self._bank: QuestionBank | None = None
        # ("job" | "candidate", id) deleted elsewhere but kept listed for unsaved work.
        self._gone: set[tuple[str, int]] = set()
        self._notice = ""  # said before the next guide's status (e.g. what went away)
        self.last_error = ""
        self._build()
        # The choice the guide and scorecard on screen belong to; a combo may already
        # show another one while the user is asked whether to drop unsaved work.
        self._applied = Choice(None, None, self.stage, self.minutes)
        self._card_interviewer = ""
        context.blind_review_changed.connect(self._set_blind)
        context.data_changed.connect(self._data_changed)
        self.reload()

    # Building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.job_combo = QComboBox()
        self.candidate_combo = QComboBox()
        self.stage_combo = QComboBox()
        for stage in self._service.rules.stages.values():
            self.stage_combo.addItem(stage.label, stage.id)
        self.minutes_combo = QComboBox()
        for minutes in self._service.rules.lengths:
            self.minutes_combo.addItem(f"{minutes} min", minutes)
        rules = self._service.rules  # the same defaults as `recruiter-kit guide`
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(rules.default_stage)))
        self.minutes_combo.setCurrentIndex(
            max(0, self.minutes_combo.findData(rules.default_minutes))
        )
        self.interviewer_edit = QLineEdit()
        self.interviewer_edit.setPlaceholderText("Your name")
        self.job_combo.currentIndexChanged.connect(self._job_changed)
        self.candidate_combo.currentIndexChanged.connect(self._candidate_changed)
        for combo in (self.stage_combo, self.minutes_combo):
            combo.currentIndexChanged.connect(self._selection_changed)
        self.interviewer_edit.textChanged.connect(self._show_scorecard_context)
        self.interviewer_edit.editingFinished.connect(self._interviewer_changed)
        self.status = QLabel()
        self.bank_problems = QLabel()  # stays while stored questions are left out
        self.bank_problems.setWordWrap(True)
        self.bank_problems.setStyleSheet("color: #A32020;")
        self.bank_problems.hide()
        self.status.setWordWrap(True)

        choose = QFormLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.job_combo, 3)
        first.addWidget(QLabel("Candidate"))
        first.addWidget(self.candidate_combo, 3)
        second.addWidget(self.stage_combo, 2)
        second.addWidget(QLabel("Length"))
        second.addWidget(self.minutes_combo, 1)
        second.addWidget(QLabel("Interviewer"))
        second.addWidget(self.interviewer_edit, 2)
        choose.addRow("Job", first)
        choose.addRow("Stage", second)

        self.guide_editor = GuideEditor()
        self.guide_editor.changed.connect(
            lambda: self._set_status("Guide edited; save to keep it.")
        )
        self.scorecard = ScorecardForm(self._service.template)
        self.scorecard.submitted.connect(self.save_scorecard)
        self.panel = PanelView(self._service.template)
        self.panel.decision_requested.connect(self.record_decision)
        self.bank_view = QuestionBankView()
        self.bank_view.edit_requested.connect(self.edit_question)
        self.bank_view.revert_requested.connect(self.revert_question)
        self.bank_view.fix_requested.connect(self.fix_question)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._guide_tab(), "Guide")
        self.tabs.addTab(self.scorecard, "Scorecard")
        self.tabs.addTab(self.panel, "Panel")
        self.tabs.addTab(self.bank_view, "Question bank")
        self.tabs.currentChanged.connect(lambda _index: self._refresh_feedback())

        title = QLabel("<h2>Interviews</h2>")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(choose)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.bank_problems)
        layout.addWidget(self.status)

    def _guide_tab(self) -> QWidget:
        self.rebuild_button = self._button(
            "Rebuild", "Ctrl+R", self.rebuild_guide, "Choose questions again, keeping pinned ones"
        )
        self.save_button = self._button(
            "Save guide", QKeySequence.StandardKey.Save, self.save_guide
        )
        self.print_button = self._button("Print…", QKeySequence.StandardKey.Print, self.print_guide)
        self.export_button = self._button("Export PDF…", "Ctrl+E", self.export_guide)
        row = QHBoxLayout()
        for button in (
            self.rebuild_button,
            self.save_button,
            self.print_button,
            self.export_button,
        ):
            row.addWidget(button)
        row.addStretch()
        self._guide_page = QWidget()
        layout = QVBoxLayout(self._guide_page)
        layout.addLayout(row)
        layout.addWidget(self.guide_editor, 1)
        return self._guide_page

    def _button(self, text: str, shortcut: Any, slot: Any, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        sequence = QKeySequence(shortcut)
        button.setShortcut(sequence)
        name = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tip or text.rstrip('…')} ({name})")
        button.clicked.connect(slot)
        button.setEnabled(False)
        return button

    # Choices ------------------------------------------------------------------------------

    @property
    def job_id(self) -> int | None:
        return self.job_combo.currentData()

    @property
    def candidate_id(self) -> int | None:
        return self.candidate_combo.currentData()

    @property
    def stage(self) -> str:
        return self.stage_combo.currentData()

    @property
    def minutes(self) -> int:
        return self.minutes_combo.currentData()

    @property
    def interviewer(self) -> str:
        return self.interviewer_edit.text().strip()

    def _candidate(self) -> Candidate | None:
        return next((c for c in self._candidates if c.id == self.candidate_id), None)

    def _choice(self) -> Choice:
        return Choice(self.job_id, self.candidate_id, self.stage, self.minutes)

    def reload(self, refresh_guide: bool = True) -> None:
        """Read jobs, candidates and the question bank again, keeping the choice and any
        unsaved guide or scorecard.

        `refresh_guide=False` (showing the workspace) rebuilds an unedited guide only
        when its job or candidate changed, so the row the user was reading stays put.
        """
        self._submit(
            self._load_lists,
            lambda lists: self._lists_loaded(lists, refresh_guide),
            "Loading jobs and questions",
            key="interviews-lists",
        )

    def _data_changed(self, kind: str) -> None:
        """Another workspace wrote jobs or candidates; "interviews" are this one's own."""
        if kind in ("jobs", "candidates"):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up on changes made while hidden that no signal announced."""
        super().showEvent(event)
        if not event.spontaneous():  # not merely the window coming back from minimised
            self.reload(refresh_guide=False)

    def _load_lists(self) -> tuple[list[Job], list[Candidate], QuestionBank]:
        return self._directory.jobs(), self._directory.candidates(), self._service.bank()

    def _lists_loaded(
        self, result: tuple[list[Job], list[Candidate], QuestionBank], refresh_guide: bool = True
    ) -> None:
        jobs, candidates, self._bank = result
        shown = self._shown_records()
        self._jobs, self._candidates = self._keep_gone(jobs, candidates)
        self.bank_view.set_bank(self._bank)
        self._report_skipped()
        current = self.job_id
        self.job_combo.blockSignals(True)
        self.job_combo.clear()
        for job in self._jobs:
            level = f" · {job.level.value}" if job.level else ""
            self.job_combo.addItem(f"{job.title}{level}{self._gone_mark('job', job.id)}", job.id)
        self.job_combo.setCurrentIndex(max(0, self.job_combo.findData(current)))
        self.job_combo.blockSignals(False)
        if not self._jobs:
            self._set_status(
                "Add a job first (Jobs workspace); guides are built from a job's level and skills."
            )
        self._fill_candidates()
        refresh = refresh_guide or shown != self._shown_records()
        self._selection_changed(reload=True, refresh_guide=refresh)
        if self._gone:  # nothing else will be said: the work on screen stays
            self._set_status(self._notice, error=True)
            self._notice = ""

    def _shown_records(self) -> tuple[Job | None, Candidate | None]:
        """The job and candidate the guide on screen was built from, as last read."""
        applied = self._applied
        job = next((j for j in self._jobs if j.id == applied.job_id), None)
        candidate = next((c for c in self._candidates if c.id == applied.candidate_id), None)
        return job, candidate

    def _keep_gone(
        self, jobs: list[Job], candidates: list[Candidate]
    ) -> tuple[list[Job], list[Candidate]]:
        """Keep the shown job and candidate listed, marked deleted, if they went away
        (deleted elsewhere) while unsaved work on screen belongs to them.

        The guide and scorecard then stay on screen to print, export or copy out;
        saving says why it cannot be done. Moving away (after the usual question)
        drops them at the next reload.
        """
        job, candidate = self._shown_records()
        job_gone = job is not None and all(j.id != job.id for j in jobs)
        candidate_gone = candidate is not None and all(c.id != candidate.id for c in candidates)
        names = [f"the job '{job.title}'"] if job and job_gone else []
        if candidate and candidate_gone:
            label = candidate_label(candidate, self._context.blind_review)
            names.append(f"the candidate '{label}'")
        self._gone, self._notice = set(), ""
        if not names:
            return jobs, candidates
        what = " and ".join(names)
        unsaved = self._unsaved_work()
        if not unsaved:
            self._notice = f"{what[0].upper()}{what[1:]} is no longer in the database."
            return jobs, candidates
        if job and job_gone:
            jobs = [*jobs, job]
            self._gone.add(("job", job.id or 0))
        if candidate and candidate_gone:
            candidates = [*candidates, candidate]
            self._gone.add(("candidate", candidate.id or 0))
        self._notice = (
            f"{what[0].upper()}{what[1:]} was deleted elsewhere. {' and '.join(unsaved)} "
            "stay on screen, marked (deleted), so you can print or export them; they can no "
            "longer be saved."
        )
        return jobs, candidates

    def _gone_mark(self, kind: str, item_id: int | None) -> str:
        return " (deleted)" if (kind, item_id) in self._gone else ""

    def _fill_candidates(self, select: int | None = None, keep: bool = True) -> None:
        current = self.candidate_id if keep else select
        blind = self._context.blind_review
        ordered = sorted(
            self._candidates, key=lambda c: (c.job_id != self.job_id, candidate_label(c, blind))
        )
        self.candidate_combo.blockSignals(True)
        self.candidate_combo.clear()
        self.candidate_combo.addItem(NO_CANDIDATE, None)
        for candidate in ordered:
            label = candidate_label(candidate, blind) + self._gone_mark("candidate", candidate.id)
            self.candidate_combo.addItem(label, candidate.id)
        self.candidate_combo.setCurrentIndex(max(0, self.candidate_combo.findData(current)))
        self.candidate_combo.blockSignals(False)

    def _candidate_changed(self) -> None:
        """A candidate brings their own job along: their scorecards and probes belong to it."""
        candidate = self._candidate()
        if candidate is not None and candidate.job_id not in (None, self.job_id):
            index = self.job_combo.findData(candidate.job_id)
            if index >= 0:
                self.job_combo.blockSignals(True)
                self.job_combo.setCurrentIndex(index)
                self.job_combo.blockSignals(False)
        self._selection_changed()

    def _job_changed(self) -> None:
        self._fill_candidates()
        self._selection_changed()

    def _selection_changed(
        self, *_args: object, reload: bool = False, refresh_guide: bool = True
    ) -> None:
        """Show the guide and scorecard for the new choice, unless that would drop unsaved
        work the user wants to keep; then the combos go back to what is shown."""
        choice, applied = self._choice(), self._applied
        if choice == applied and not reload:
            return
        if self._can_show(applied) and not self._may_discard(self._unsaved_for(choice)):
            self._show_choice(applied)
            return
        self._applied = choice
        self._show_scorecard_context()
        if choice.card_key != applied.card_key:
            self._load_own_scorecard()
        if choice != applied or (refresh_guide and not self.guide_editor.dirty):
            # A new job, candidate or stage opens its saved guide whatever its length;
            # a new length is the user's own pick and is kept.
            self.load_guide(any_length=choice[:3] != applied[:3])
        elif refresh_guide:
            self._set_status("Lists reloaded; your unsaved guide edits are kept.")
        if self._gone and choice != applied:
            self.reload(refresh_guide=False)  # the deleted entries are no longer needed
        self._refresh_feedback()

    def may_close(self) -> bool:
        """Whether the workspace may go (quit, another database): asks Discard/Cancel when
        the scorecard or the guide has unsaved changes, and shows them on Cancel.

        Saving is not offered here: a save runs on the write thread and may fail
        validation, so the user saves from the form, where its errors show.
        """
        if self._may_discard(self._unsaved_work()):
            return True
        self.tabs.setCurrentWidget(self.scorecard if self.scorecard.touched else self._guide_page)
        return False

    def _unsaved_work(self) -> list[str]:
        lost = []
        if self.scorecard.touched:
            lost.append("your scorecard")
        if self.guide_editor.dirty:
            lost.append("your guide edits")
        return lost

    def _can_show(self, choice: Choice) -> bool:
        """False when the job or candidate went away (a reload), so there is no way back."""
        return self.job_combo.findData(choice.job_id) >= 0 and (
            self.candidate_combo.findData(choice.candidate_id) >= 0
        )

    def _unsaved_for(self, choice: Choice) -> list[str]:
        """What moving to `choice` would throw away."""
        lost = []
        if self.scorecard.touched and choice.card_key != self._applied.card_key:
            lost.append("your scorecard")
        if self.guide_editor.dirty and choice != self._applied:
            lost.append("your guide edits")
        return lost

    def _may_discard(self, lost: list[str]) -> bool:
        if not lost:
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"Discard {' and '.join(lost)}? They are not saved yet.\n\n"
            "Choose Cancel to keep them and save first.",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _show_choice(self, choice: Choice) -> None:
        """Put the combos back to `choice` without reacting to it."""
        combos = (self.job_combo, self.candidate_combo, self.stage_combo, self.minutes_combo)
        for combo in combos:
            combo.blockSignals(True)
        self.job_combo.setCurrentIndex(max(0, self.job_combo.findData(choice.job_id)))
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(choice.stage)))
        self.minutes_combo.setCurrentIndex(max(0, self.minutes_combo.findData(choice.minutes)))
        for combo in combos:
            combo.blockSignals(False)
        self._fill_candidates(select=choice.candidate_id, keep=False)

    def _set_blind(self, _enabled: bool) -> None:
        """Only the names change: the scorecard being typed stays as it is."""
        self._fill_candidates()
        self._show_scorecard_context()

    # Guide -----------------------------------------------------------------------------------

    def load_guide(self, any_length: bool = False) -> None:
        """Open the guide saved for these choices, or build a fresh one.

        With `any_length`, a guide saved at another length is opened when there is
        none at this one, and the Length box follows it.
        """
        if self.job_id is None:
            self._show_draft(None)
            return
        args = (self.job_id, self.candidate_id, self.stage, self.minutes, any_length)
        self._submit(
            self._service.guide_for,
            self._show_draft,
            "Building interview guide",
            *args,
            key="interviews-guide",
            on_error=self._guide_failed,
        )

    def rebuild_guide(self) -> None:
        """Choose the questions again; pinned ones stay and removed ones stay out."""
        draft = self.guide_editor.draft
        if self.job_id is None:
            return
        pinned = tuple(draft.guide.pinned_ids) if draft else ()
        excluded = tuple(draft.guide.excluded) if draft else ()
        saved_id = draft.saved_id if draft else None
        lengths = draft.saved_lengths if draft else ()

        choices = (self.job_id, self.candidate_id, self.stage, self.minutes)

        def build(job_id: int, candidate_id: int | None, stage: str, minutes: int) -> GuideDraft:
            fresh = self._service.build_guide(
                job_id, candidate_id, stage, minutes, pinned, excluded
            )
            return replace(fresh, saved_id=saved_id, saved_lengths=lengths)

        self._submit(
            build,
            lambda rebuilt: self._show_draft(rebuilt, dirty=True),
            "Rebuilding interview guide",
            *choices,
            key="interviews-guide",
            on_error=self._guide_failed,
        )

    def _guide_failed(self, error: BaseException) -> None:
        self._show_draft(None)
        self._task_failed(error)

    def _show_draft(self, draft: GuideDraft | None, dirty: bool = False) -> None:
        moved = draft is not None and self._follow_length(draft.guide.slot_minutes)
        self.guide_editor.set_draft(draft, self._bank, dirty)
        for button in (
            self.rebuild_button,
            self.save_button,
            self.print_button,
            self.export_button,
        ):
            button.setEnabled(draft is not None)
        if draft is not None and dirty:
            self._set_status(f"Rebuilt the guide for {draft.job.title}; save to keep it.")
        elif draft is not None:
            self._set_status(f"{self._notice} {guide_status(draft, moved)}".lstrip())
        self._notice = ""

    def _follow_length(self, minutes: int) -> bool:
        """Set the Length box to a saved guide opened at another length; True if it moved."""
        if minutes == self.minutes:
            return False
        self.minutes_combo.blockSignals(True)
        self.minutes_combo.setCurrentIndex(max(0, self.minutes_combo.findData(minutes)))
        self.minutes_combo.blockSignals(False)
        self._applied = self._applied._replace(minutes=self.minutes)
        return True

    def save_guide(self) -> None:
        editor = self.guide_editor
        draft = editor.draft
        if draft is None:
            return
        loads, edits = editor.loads, editor.edits

        def saved(guide_id: int) -> None:
            editor.mark_saved(guide_id, loads, edits)
            self._context.data_changed.emit("interviews")
            self._set_status(
                f"Guide saved ({draft.guide.slot_minutes} min); it opens again at this length."
            )

        self._submit(
            self._service.save_guide,
            saved,
            "Saving interview guide",
            draft,
            self.interviewer or None,
            writes=True,
        )

    def print_guide(self) -> None:
        draft = self.guide_editor.draft
        if draft is not None:
            options = {"interviewer": self.interviewer, "blind": self._context.blind_review}
            self._submit(
                self._service.render_pdf,
                self._open_preview,
                "Preparing the guide for printing",
                draft,
                options=options,
            )

    def _open_preview(self, data: bytes) -> None:
        dialog = printing.preview_dialog(data, self)
        dialog.exec()
        dialog.deleteLater()

    def export_guide(self, path: str | None = None) -> None:
        draft = self.guide_editor.draft
        if draft is None:
            return
        if not path:
            suggested = f"interview-guide-{draft.guide.stage}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, "Export interview guide", suggested, "PDF (*.pdf)"
            )
        if path:
            if not Path(path).suffix:  # a name typed without one: the filter says PDF
                path += ".pdf"
            options = {"interviewer": self.interviewer, "blind": self._context.blind_review}
            self._submit(
                self._service.export_pdf,
                lambda p: self._set_status(f"Wrote {p}."),
                "Exporting interview guide",
                draft,
                Path(path),
                options=options,
            )

    # Feedback --------------------------------------------------------------------------------

    def _show_scorecard_context(self) -> None:
        """Name the candidate, stage and interviewer on the form; its input stays."""
        label = candidate_label(self._candidate(), self._context.blind_review)
        self.scorecard.set_context(
            self.candidate_id,
            self.job_id,
            self.stage,
            self.interviewer,
            label,
            self.stage_combo.currentText(),
        )
        self.panel.set_enabled_for_candidate(self.candidate_id is not None)

    def _interviewer_changed(self) -> None:
        """A name typed after rating signs the scorecard; it never clears it.

        Only an untouched form shows the scorecard this interviewer saved earlier.
        """
        self._show_scorecard_context()
        if self.interviewer != self._card_interviewer and not self.scorecard.touched:
            self._load_own_scorecard()
        self._card_interviewer = self.interviewer

    def _load_own_scorecard(self) -> None:
        """Clear the form (the caller made sure nothing unsaved is lost) and fetch the
        scorecard this interviewer saved for this candidate, job and stage."""
        self._card_interviewer = self.interviewer
        self.scorecard.clear()
        if self.candidate_id is None or not self.interviewer:
            return
        args = (self.candidate_id, self.job_id)
        stage, interviewer, edits = self.stage, self.interviewer, self.scorecard.edits

        def show(cards: list) -> None:  # type: ignore[type-arg]
            own = next(
                (c for c in cards if c.stage == stage and c.interviewer == interviewer), None
            )
            self.scorecard.load_if_unchanged(own, edits)

        self._submit(
            self._service.scorecards, show, "Loading scorecard", *args, key="interviews-own-card"
        )

    def save_scorecard(self, card: Any) -> None:
        key, edits = self._applied.card_key, self.scorecard.edits

        def saved(_card_id: int) -> None:
            self._context.data_changed.emit("interviews")
            if self._applied.card_key == key:  # the form still shows this scorecard
                self.scorecard.mark_saved(edits)
                self.scorecard.show_status("Scorecard saved.")
            self._refresh_feedback()

        self._submit(
            self._service.record_scorecard,
            saved,
            "Saving scorecard",
            card,
            writes=True,
            on_error=lambda e: self.scorecard.show_status(describe(e), error=True),
        )

    def _refresh_feedback(self) -> None:
        if self.candidate_id is None:
            self.panel.show_summary(None)
            self.panel.show_decisions([])
            return

        def load(candidate_id: int, job_id: int | None) -> tuple[Any, Any]:
            return self._service.panel_summary(candidate_id, job_id), self._service.decisions(
                candidate_id, job_id
            )

        def show(result: tuple[Any, Any]) -> None:
            self.panel.show_summary(result[0])
            self.panel.show_decisions(result[1])

        self._submit(
            load,
            show,
            "Loading the panel's scores",
            self.candidate_id,
            self.job_id,
            key="interviews-panel",
        )

    def record_decision(self, decision: str, reason: str) -> None:
        if self.candidate_id is None:
            return

        def done(_result: Any) -> None:
            self._context.data_changed.emit("interviews")
            self.panel.reason.clear()
            self._set_status("Hiring decision recorded.")
            self._refresh_feedback()

        self._submit(
            self._service.record_decision,
            done,
            "Recording hiring decision",
            self.candidate_id,
            self.job_id,
            decision,
            reason,
            self.interviewer or None,
            writes=True,
        )

    # Question bank -------------------------------------------------------------------------------

    def fix_question(self, entry: SkippedQuestion) -> None:
        """Open a stored entry the bank left out; saving replaces it."""
        self.edit_question(None, stored=entry.data)

    def edit_question(
        self, question: Question | None, stored: Mapping[str, Any] | None = None
    ) -> None:
        if self._bank is None:
            return
        stages = [(s.id, s.label) for s in self._service.rules.stages.values()]
        dialog = QuestionDialog(self._bank, stages, question, self, stored=stored)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            data = dialog.data()
            try:
                self.check_question(data, is_new=question is None and stored is None)
            except InvalidInputError as error:
                dialog.show_error(str(error))
                continue
            self.save_question(data)
            break
        dialog.deleteLater()

    def check_question(self, data: dict[str, Any], is_new: bool) -> None:
        """Validate a question before saving, so the dialog can stay open on a mistake."""
        assert self._bank is not None
        parse_question(data, self._bank.categories, where="The question")
        if is_new and data["id"] in self._bank:
            raise InvalidInputError(
                f"A question with id '{data['id']}' exists already: choose another id."
            )

    def save_question(self, data: dict[str, Any]) -> None:
        self._submit(
            self._service.save_question,
            lambda q: self._questions_changed(
                q.id, f"Question '{q.id}' saved in your database; the shipped bank is unchanged."
            ),
            "Saving question",
            data,
            writes=True,
        )

    def revert_question(self, question_id: str) -> None:
        self._submit(
            self._service.revert_question,
            lambda _r: self._questions_changed(
                question_id, f"Your stored version of '{question_id}' is deleted."
            ),
            "Reverting question",
            question_id,
            writes=True,
        )

    def _questions_changed(self, question_id: str, message: str) -> None:
        self._context.data_changed.emit("interviews")

        def loaded(bank: QuestionBank) -> None:
            self._bank = bank
            self.bank_view.set_bank(bank)
            self.bank_view.select_id(question_id)
            self._set_status(message)
            self._report_skipped()

        self._submit(self._service.bank, loaded, "Loading questions", key="interviews-bank")

    def _report_skipped(self) -> None:
        skipped = self._bank.skipped if self._bank is not None else ()
        names = ", ".join(f"'{entry.id}'" for entry in skipped)
        self.bank_problems.setText(
            f"{len(skipped)} stored question(s) are malformed and left out ({names}); "
            "the Question bank tab shows why and lets you fix them."
        )
        self.bank_problems.setVisible(bool(skipped))

    # Tasks -----------------------------------------------------------------------------

    def _submit(
        self,
        fn: Any,
        on_result: Any,
        description: str,
        *args: Any,
        key: str | None = None,
        writes: bool = False,
        on_error: Any = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        """Run a service call as a task; `args` are captured here, on the GUI thread."""
        keywords = options or {}

        def run(*inner: Any, token: Any = None) -> Any:
            return fn(*inner, **keywords)

        self._context.tasks.submit(
            run,
            *args,
            on_result=on_result,
            on_error=on_error or self._task_failed,
            description=description,
            writes=writes,
            key=key,
            owner=self,  # a workspace closed while the task ran gets no callback
        )

    def _task_failed(self, error: BaseException) -> None:
        self.last_error = describe(error)
        self._set_status(self.last_error, error=True)
        if not isinstance(error, InvalidInputError) and self.isVisible():
            show_error(self, "Interviews", error)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #A32020;" if error else "color: #444;")
        self.status.setText(text)
