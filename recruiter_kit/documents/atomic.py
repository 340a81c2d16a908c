"""Write output files so a failure never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from recruiter_kit.core.errors import DocumentError


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Write `data` to a temporary file beside `path`, then rename it into place.

    Raises:
        DocumentError: the folder is missing or not writable; the message names the file.
    """
    target = Path(path).expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise DocumentError(f"Cannot write {target}: the folder {folder} does not exist.")
    if target.is_dir():
        raise DocumentError(f"Cannot write {target}: it is a folder.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as error:
        raise DocumentError(f"Cannot write {target}: {_reason(error)}.") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); an export is a normal user file.
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise DocumentError(f"Cannot write {target}: {_reason(error)}.") from error
    return target


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
