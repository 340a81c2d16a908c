"""Only recruiter_kit.ui may import Qt: the domain and storage work without PySide6."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import recruiter_kit

PACKAGE_DIR = Path(recruiter_kit.__file__).parent


def non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="recruiter_kit."):
        if info.name.startswith("recruiter_kit.ui") or ".migrations" in info.name:
            continue
        names.append(info.name)
    return sorted(names)


def test_no_module_outside_ui_mentions_qt() -> None:
    offenders = []
    for path in PACKAGE_DIR.rglob("*.py"):
        relative = path.relative_to(PACKAGE_DIR)
        if relative.parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            if any(
                module.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
                for module in modules
            ):
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []


def test_every_non_ui_module_imports_without_pyside6() -> None:
    modules = non_ui_modules()
    assert "recruiter_kit.storage.database" in modules
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_cli_help_does_not_load_qt() -> None:
    script = (
        "import sys\n"
        "from recruiter_kit.cli import build_parser\n"
        "build_parser()\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_ui_reaches_storage_only_through_services() -> None:
    offenders = []
    for path in (PACKAGE_DIR / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "recruiter_kit.storage"
            ):
                offenders.append(f"{path.relative_to(PACKAGE_DIR)}:{node.lineno}")
    assert offenders == []
