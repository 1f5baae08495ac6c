"""An exported entry reads in the user's language inside the other password manager."""

from __future__ import annotations

from datetime import UTC, datetime

from ui.words.export import EXPORT_WORDS
from ui.words.language import install
from vault.model import Account, Code, CodeSet, Kind

IMPORTED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def github(n: int, used: tuple[int, ...]) -> Account:
    account = Account(name="GitHub", service="GitHub", username="ana")
    codes = [Code(f"{i:05x}-abcde", used_at=IMPORTED if i in used else None) for i in range(n)]
    account.replace_set(IMPORTED, CodeSet(kind=Kind.SET, codes=codes, imported_at=IMPORTED))
    return account


def test_notes_and_field_names_in_spanish() -> None:
    install("es")
    account = github(12, used=(0,))
    notes = EXPORT_WORDS.notes(account).splitlines()
    assert notes[0] == "Códigos de respaldo: 11 de 12 sin usar. Cada código sirve una sola vez."
    assert notes[2] == " 1. 00000-abcde   (usado el 2026-03-04)"
    assert notes[-1] == "Exportado desde Backup Code Vault."
    fields = EXPORT_WORDS.fields(account)
    assert [f.name for f in fields[:2]] == ["Código 02", "Código 03"]  # padded, gap kept
    assert EXPORT_WORDS.database_name() == "Códigos de respaldo"


def test_notes_in_english_by_default() -> None:
    notes = EXPORT_WORDS.notes(github(3, used=()))
    assert notes.startswith("Backup codes: 3 of 3 unused.")
    assert [f.name for f in EXPORT_WORDS.fields(github(3, used=()))] == [
        "Code 1",
        "Code 2",
        "Code 3",
    ]
