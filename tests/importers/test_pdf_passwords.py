"""Passwords with letters beyond ASCII open PDFs encrypted the old way and the new way."""

from __future__ import annotations

import io

import pytest
from corpus import discord
from pdfmakers import fpdf_pdf
from pypdf import PdfReader, PdfWriter

from vault.importers.limits import DEFAULT_LIMITS
from vault.importers.pdf import read_pdf
from vault.importers.result import ScanError, ScanFailure


def _encrypted(data: bytes, password: str, algorithm: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password="owner-pw", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_password_with_accents_opens_the_document(algorithm: str) -> None:
    case = discord()
    data = _encrypted(fpdf_pdf(case.blocks), "Grüße-Café", algorithm)
    with pytest.raises(ScanError) as refused:
        read_pdf(data, "Grusse-Cafe", DEFAULT_LIMITS)
    assert refused.value.failure is ScanFailure.WRONG_PASSWORD
    text = "\n".join(page.text for page in read_pdf(data, "Grüße-Café", DEFAULT_LIMITS))
    assert case.codes[0] in text.replace(" ", "")
