#!/usr/bin/env bash
# Build the Linux bundle and check it as a user's machine would use it (run by .ci/run and the
# release workflow): both self-tests, a frozen `codevault-cli scan` of a code PDF and of a picture
# of codes made here (the OCR engine, offline, writing nothing), the desktop files through the
# freedesktop validators, and the desktop app's window under Xvfb.
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

# A picture of codes as a screenshot shows them, drawn by the tests' picture maker: the frozen
# OCR child reads it with the bundle's engine. It runs with an empty home and temporary folder,
# and must leave both empty (no model download, no cache, no telemetry).
"$python" - "$work/dropbox-codes.png" "$work/dropbox-codes.json" <<'PY'
import json, sys
from pathlib import Path

sys.path[:0] = ["tests/importers", "."]
from pictures import FAMILIES, draw

picture = draw("bundle-check", 0, next(f for f in FAMILIES if f.name == "digits8"), "png")
Path(sys.argv[1]).write_bytes(picture.data)
Path(sys.argv[2]).write_text(json.dumps(picture.codes))
PY
mkdir -p "$work/home" "$work/tmp"
scan="$(env -i PATH="$PATH" HOME="$work/home" TMPDIR="$work/tmp" \
  dist/codevault/codevault-cli scan --json "$work/dropbox-codes.png")"
echo "frozen picture scan: $scan"
"$python" - "$scan" "$work/dropbox-codes.json" <<'PY'
import json, sys
from pathlib import Path

reply = json.loads(sys.argv[1])
found, expected = reply["codes"], json.loads(Path(sys.argv[2]).read_text())
if reply.get("ocr", {}).get("engine") != "rapidocr":
    sys.exit(f"the frozen picture scan used no OCR engine: {reply}")
sys.exit(0 if found == expected else f"the frozen picture scan found {found}, not {expected}")
PY
if [ -n "$(find "$work/home" "$work/tmp" -mindepth 1 -print -quit)" ]; then
  echo "the frozen picture scan wrote to disk:" >&2
  find "$work/home" "$work/tmp" -mindepth 1 >&2
  exit 1
fi
# (the self-tests above ran every part; this one must have read its picture with the engine)
self_test="$(dist/codevault/codevault-cli --self-test)"
if ! grep -q "picture import: the OCR child read 6 codes from a picture with rapidocr" <<<"$self_test"
then
  echo "the frozen self-test did not read its picture with the bundle's OCR engine" >&2
  exit 1
fi

# The command line loads Qt only to print, and the PDF and OCR children never (glibc lists every
# library it loads under LD_DEBUG; a child gets the same program, so this covers its start too).
for document in "$work/github-recovery-codes.pdf" "$work/dropbox-codes.png"; do
  if LD_DEBUG=files dist/codevault/codevault-cli scan "$document" 2>&1 >/dev/null |
      grep -q "libQt6Core"; then
    echo "the frozen codevault-cli scan of $document loaded Qt" >&2
    exit 1
  fi
done

"$python" packaging/linux_desktop.py "$work/prefix" --validate
"$python" packaging/build_appimage.py
xvfb-run -a -s "-screen 0 1024x720x24" "$python" packaging/smoke_gui.py build/AppDir/AppRun
echo "check_linux_bundle: all checks passed in $((SECONDS - started)) s"
