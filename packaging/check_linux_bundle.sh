#!/usr/bin/env bash
# Build the Linux bundle and check it as a user's machine would use it (run by .ci/run and the
# release workflow): both self-tests, a frozen `codevault-cli scan` of a code PDF made here, the
# desktop files through the freedesktop validators, and the desktop app's window under Xvfb.
#   bash packaging/check_linux_bundle.sh      (makes .venv through dev.py when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

python3 dev.py bundle --check
python=.venv/bin/python

# A code document as a site would hand it out, drawn by a different PDF producer (fpdf2).
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$python" - "$work/github-recovery-codes.pdf" <<'PY'
import sys
from fpdf import FPDF

pdf = FPDF()
pdf.add_page()
pdf.set_font("Helvetica", size=14)
pdf.cell(0, 10, "GitHub recovery codes", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Courier", size=12)
for code in ["3f9a2-7c41b", "8d0e5-b62f9", "a71c4-90de3", "5b8f2-e3a07", "c06d9-14f8e",
             "e2b7a-6c935", "49fd0-a8b21", "07c3e-5d9fa"]:
    pdf.cell(0, 8, code, new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
PY
scan="$(dist/codevault/codevault-cli scan --json "$work/github-recovery-codes.pdf")"
echo "frozen scan: $scan"
"$python" - "$scan" <<'PY'
import json, sys
found = json.loads(sys.argv[1])["codes"]
expected = ["3f9a2-7c41b", "8d0e5-b62f9", "a71c4-90de3", "5b8f2-e3a07", "c06d9-14f8e",
            "e2b7a-6c935", "49fd0-a8b21", "07c3e-5d9fa"]
sys.exit(0 if found == expected else f"the frozen scan found {found}, not {expected}")
PY

# The command line loads Qt only to print, and the PDF child never (glibc lists every library it
# loads under LD_DEBUG; the child gets the same program, so this covers its start too).
if LD_DEBUG=files dist/codevault/codevault-cli scan "$work/github-recovery-codes.pdf" 2>&1 >/dev/null |
    grep -q "libQt6Core"; then
  echo "the frozen codevault-cli scan loaded Qt" >&2
  exit 1
fi

"$python" packaging/linux_desktop.py "$work/prefix" --validate
"$python" packaging/build_appimage.py
xvfb-run -a -s "-screen 0 1024x720x24" "$python" packaging/smoke_gui.py build/AppDir/AppRun
echo "check_linux_bundle: all checks passed in $((SECONDS - started)) s"
