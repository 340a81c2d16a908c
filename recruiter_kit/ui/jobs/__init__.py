"""Widgets of the Jobs workspace: job list, editor form, skill picker, preview, checks, history."""
