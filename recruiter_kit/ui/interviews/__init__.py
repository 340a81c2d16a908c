"""Widgets of the Interviews workspace: guide editor, printing, scorecard, panel, question bank."""
