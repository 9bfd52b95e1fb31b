"""Opens a waymark PowerPoint deck with python-pptx and checks it against what the site holds.

Usage: pptx_check.py DECK.pptx EXPECTED.json

EXPECTED.json (written by tests/pptx.rs from the loaded site): {"slides": N, "texts": [...],
"notes": [...], "anywhere": [...]}. Every string of "texts" must be found in the text of some
slide (the text frames of a slide joined, group shapes included), every string of "notes" in
some slide's notes, every string of "anywhere" on a slide or in its notes (a crowded slide
cuts items into its notes); whitespace is ignored in both, since a diagram's label is wrapped over several
one-line text boxes. When `soffice` is on PATH, the deck is also converted to PDF, which
must succeed and have one page per slide. Exits 1 with the failures listed.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from pptx import Presentation
from pptx.shapes.group import GroupShape


def squash(s):
    return re.sub(r"\s+", "", s)


def frames(shapes):
    for sh in shapes:
        if isinstance(sh, GroupShape):
            yield from frames(sh.shapes)
        elif sh.has_text_frame:
            yield sh.text_frame.text


def pdf_pages(path):
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        m = re.search(r"^Pages:\s+(\d+)", out, re.M)
        if m:
            return int(m.group(1))
    data = open(path, "rb").read()
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def main():
    deck, expected_path = sys.argv[1], sys.argv[2]
    expected = json.load(open(expected_path, encoding="utf-8"))
    prs = Presentation(deck)
    failures = []
    if prs.slide_width != 12192000 or prs.slide_height != 6858000:
        failures.append(f"slide size {prs.slide_width} x {prs.slide_height}, not 16:9")
    slides = list(prs.slides)
    if len(slides) != expected["slides"]:
        failures.append(f"{len(slides)} slides, expected {expected['slides']}")
    texts = [squash(" ".join(frames(s.shapes))) for s in slides]
    notes = [
        squash(s.notes_slide.notes_text_frame.text) if s.has_notes_slide else ""
        for s in slides
    ]
    for t in expected["texts"]:
        if not any(squash(t) in x for x in texts):
            failures.append(f"no slide shows {t!r}")
    for t in expected["notes"]:
        if not any(squash(t) in x for x in notes):
            failures.append(f"no notes hold {t!r}")
    for t in expected.get("anywhere", []):
        if not any(squash(t) in x or squash(t) in n for x, n in zip(texts, notes)):
            failures.append(f"no slide or notes hold {t!r}")
    shapes = sum(1 for s in slides for _ in s.shapes)
    if shutil.which("soffice"):
        with tempfile.TemporaryDirectory(prefix="pptx-check-") as tmp:
            profile = "file://" + os.path.join(tmp, "profile")
            run = subprocess.run(
                ["soffice", f"-env:UserInstallation={profile}", "--headless",
                 "--convert-to", "pdf", "--outdir", tmp, deck],
                capture_output=True, text=True, timeout=600,
            )
            pdf = os.path.join(tmp, os.path.splitext(os.path.basename(deck))[0] + ".pdf")
            if run.returncode != 0 or not os.path.exists(pdf):
                failures.append(f"soffice failed ({run.returncode}): {run.stdout} {run.stderr}")
            else:
                pages = pdf_pages(pdf)
                if pages != len(slides):
                    failures.append(f"soffice made {pages} pages of {len(slides)} slides")
                else:
                    print(f"soffice: {pages} pages")
    else:
        print("soffice not on PATH: the PDF conversion is not checked")
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"ok: {len(slides)} slides, {shapes} top-level shapes")


if __name__ == "__main__":
    main()
