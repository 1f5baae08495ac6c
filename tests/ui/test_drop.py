"""Dropping and pasting onto the main window: vault files by their magic bytes, documents, text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from ui.intake.drop import dropped_paths, is_document, is_vault_file, pasted_text
from vault.container import MAGIC
from vault.store import VaultStore


def mime_with(urls: list[QUrl], text: str | None = None) -> QMimeData:
    mime = QMimeData()
    mime.setUrls(urls)
    if text is not None:
        mime.setText(text)
    return mime


def test_dropped_paths_keeps_local_files_in_order(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b codes.txt"
    mime = mime_with(
        [
            QUrl.fromLocalFile(str(first)),
            QUrl("https://example.com/codes.pdf"),
            QUrl.fromLocalFile(str(second)),
        ]
    )
    assert dropped_paths(mime) == [first, second]


def test_dropped_paths_of_plain_text_is_empty() -> None:
    mime = QMimeData()
    mime.setText("1234 5678")
    assert dropped_paths(mime) == []


def test_pasted_text_is_the_text_unless_files_were_copied(tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setText("1234 5678\n2345 6789")
    assert pasted_text(mime) == "1234 5678\n2345 6789"
    # a file manager's copy carries the path as text as well: that is a file, not codes
    copied = mime_with([QUrl.fromLocalFile(str(tmp_path / "codes.pdf"))], str(tmp_path))
    assert pasted_text(copied) == ""
    assert pasted_text(QMimeData()) == ""


def test_a_real_vault_is_recognised_whatever_its_name(store: VaultStore, tmp_path: Path) -> None:
    renamed = tmp_path / "holiday-photos.pdf"
    renamed.write_bytes(store.path.read_bytes())
    assert is_vault_file(store.path)
    assert is_vault_file(renamed)
    assert not is_document(renamed)  # never offered to the importer


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("codes.bcvault", b"1234 5678\n"),  # the right name is not enough
        ("short.bin", MAGIC[:4]),  # truncated magic
        ("empty.bcvault", b""),
    ],
)
def test_other_files_are_not_vaults(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert not is_vault_file(path)


def test_missing_files_and_folders_are_neither(tmp_path: Path) -> None:
    assert not is_vault_file(tmp_path / "missing.bcvault")
    assert not is_vault_file(tmp_path)
    assert not is_document(tmp_path / "missing.pdf")
    assert not is_document(tmp_path)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("codes.pdf", b"%PDF-1.7\n...", True),
        ("CODES.PDF", b"%PDF-1.4\n", True),
        ("broken.pdf", b"not really a pdf", True),  # the importer explains it is damaged
        ("download", b"%PDF-1.7\n", True),  # a PDF without its extension
        ("junk-first", b"\xef\xbb\xbf junk " + b"%PDF-1.5", True),
        ("github-recovery-codes.txt", b"0a1b2-c3d4e\n", True),
        ("codes.csv", b"code\n1234\n", True),
        ("notes.md", b"# codes\n", True),
        ("photo.png", b"\x89PNG\r\n\x1a\n", False),
        ("letter.docx", b"PK\x03\x04", False),
    ],
)
def test_documents_are_pdfs_and_text_files(
    tmp_path: Path, name: str, content: bytes, expected: bool
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert is_document(path) is expected
