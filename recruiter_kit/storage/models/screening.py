"""Tables of the screening feature."""

from __future__ import annotations
