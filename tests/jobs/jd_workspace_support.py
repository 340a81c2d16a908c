"""Opening a Jobs workspace on one stored job, shared by the workspace test files."""

from __future__ import annotations

from recruiter_kit.services.jobs import JobService
from recruiter_kit.ui.workspaces.jobs import JobsWorkspace

WAIT_MS = 5000


def open_workspace(qtbot, ui_context, template: str = "backend-mid-product") -> JobsWorkspace:  # type: ignore[no-untyped-def]
    """A shown workspace with one job from `template`, once its first preview is on screen."""
    JobService(ui_context.database).create_from_template(template)
    widget = JobsWorkspace(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitUntil(lambda: "Engineer" in widget.preview.toPlainText(), timeout=WAIT_MS)
    return widget
