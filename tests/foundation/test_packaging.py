"""The wheel carries what an installed app reads: shipped data, templates, migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import recruiter_kit

REPO = Path(recruiter_kit.__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_carries_resources_templates_and_migrations(tmp_path: Path) -> None:
    if not (REPO / "pyproject.toml").exists():
        pytest.skip("not running from a source checkout")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    [wheel] = tmp_path.glob("recruiter_kit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "recruiter_kit/_data/resources/demo/demo.json" in names
    assert "recruiter_kit/_data/templates/README.md" in names
    assert "recruiter_kit/storage/migrations/env.py" in names
    assert "recruiter_kit/storage/migrations/script.py.mako" in names
    assert "recruiter_kit/storage/migrations/versions/0001_initial.py" in names
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    assert (
        "recruiter-kit = recruiter_kit.__main__:main"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )
