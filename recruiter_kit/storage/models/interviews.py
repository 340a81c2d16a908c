"""Tables of the interviews feature."""

from __future__ import annotations
