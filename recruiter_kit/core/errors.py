"""Errors the app reports to people, each with a message worth reading."""

from __future__ import annotations


class RecruiterKitError(Exception):
    """Base for errors whose message is shown to the user as it is."""


class DatabaseError(RecruiterKitError):
    """The database cannot be opened, read or upgraded."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer version of the app."""


class NotFoundError(RecruiterKitError):
    """A record the user asked for does not exist."""


class InvalidInputError(RecruiterKitError):
    """Input from a user or a file is not acceptable; the message says why."""


class DocumentError(RecruiterKitError):
    """A document could not be read; the message names the file and the problem."""


class TemplateError(RecruiterKitError):
    """A template is broken or unsafe; the message names the file and line."""


class Cancelled(RecruiterKitError):
    """The user cancelled a long job."""
