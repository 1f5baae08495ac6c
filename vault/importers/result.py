"""What a scan returns or raises: the engine side of DESIGN.md §4's ``scan`` JSON contract."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from vault.model import Kind


class ScanFailure(StrEnum):
    """Why a document gave no codes; the value is the JSON ``error`` string."""

    NO_TEXT = "no_text"  # a scan or picture: no text layer to read
    ENCRYPTED = "encrypted"  # the PDF needs a password
    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - a reason, not a secret  # a password was given and it does not open the PDF
    DAMAGED = "damaged"  # the file cannot be parsed
    NOT_CODES = "not_codes"  # readable, but nothing in it looks like backup codes
    TOO_LARGE = "too_large"  # over a size, page, time or memory bound
    UNSUPPORTED = "unsupported"  # neither a PDF nor a text file


class ScanError(Exception):
    """A scan that failed; ``failure`` says why, ``detail`` is for developers only (never codes)."""

    def __init__(self, failure: ScanFailure, detail: str = "") -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)
        self.failure = failure
        self.detail = detail


@dataclass
class ScanResult:
    """The codes found in one document, exactly as printed and in document order."""

    file: str
    service: str | None
    kind: Kind
    codes: list[str]
    used: list[str] = field(default_factory=list)  # codes the document itself marks as spent
    warnings: list[str] = field(default_factory=list)  # plain English, for the user

    def to_json(self) -> dict[str, object]:
        """The ``scan`` shape of DESIGN.md §4."""
        return {
            "file": self.file,
            "service": self.service,
            "kind": self.kind.value,
            "codes": list(self.codes),
            "used": list(self.used),
            "warnings": list(self.warnings),
        }
