#!/usr/bin/env bash
# Build the wheel, install it (not editable) into a fresh venv outside the checkout, and
# check that the installed command finds its migrations, resources and templates.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$repo"
cd "$work"
"$work/venv/bin/recruiter-kit" --help >/dev/null
"$work/venv/bin/recruiter-kit" --db "$work/check.sqlite3" db demo
"$work/venv/bin/recruiter-kit" --db "$work/check.sqlite3" db info
"$work/venv/bin/python" - <<'PY'
from recruiter_kit import resources
assert "_data" in str(resources.resources_dir()), resources.resources_dir()
assert "_data" in str(resources.templates_dir()), resources.templates_dir()
print("wheel carries", resources.resources_dir(), "and", resources.templates_dir())
PY
echo "wheel OK"
