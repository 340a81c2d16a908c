"""Recruiter Kit: a local-first desktop app for hiring backend engineers."""

__version__ = "0.1.0"
