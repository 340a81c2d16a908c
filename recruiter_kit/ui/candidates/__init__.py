"""Widgets of the Candidates workspace: the ranked table, the detail pane, the PDF view."""
