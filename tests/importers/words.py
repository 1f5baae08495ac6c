"""A scan's warnings as the user reads them (the engine returns them as data)."""

from __future__ import annotations

from ui.words.scan_messages import describe_notice
from vault.importers import ScanResult


def warning_words(result: ScanResult) -> list[str]:
    """Each warning of ``result`` in the installed language (English in tests)."""
    return [describe_notice(w) for w in result.warnings]
