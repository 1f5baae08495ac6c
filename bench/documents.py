"""A synthetic Google-style backup-code document, made with fpdf2, for the scan benchmarks."""

from __future__ import annotations

import random

from fpdf import FPDF

PROSE = (
    "Keep these codes somewhere safe. Each code can be used once. If you lose your phone, "
    "sign in with one of these codes instead of the code from your authenticator app."
)


def make_document(pages: int) -> bytes:
    rng = random.Random(pages)
    pdf = FPDF(format="letter")
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 10, "Google - backup verification codes", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        pdf.cell(
            0, 7, "jane.doe@gmail.com - generated 2024-03-14 10:22", new_x="LMARGIN", new_y="NEXT"
        )
        if page == 0:
            for row in range(5):
                left = f"{row + 1}. {rng.randrange(10**4):04d} {rng.randrange(10**4):04d}"
                right = f"{row + 6}. {rng.randrange(10**4):04d} {rng.randrange(10**4):04d}"
                pdf.cell(90, 7, left)
                pdf.cell(90, 7, right, new_x="LMARGIN", new_y="NEXT")
        for _ in range(6 if pages > 2 else 2):
            pdf.multi_cell(0, 6, PROSE, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 7, f"Page {page + 1} of {pages} - v4.12.0", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
