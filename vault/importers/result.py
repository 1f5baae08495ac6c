"""What a scan returns or raises: the engine side of DESIGN.md §4's ``scan`` JSON contract."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from vault.importers.notices import ScanNotice
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


class Doubt(StrEnum):
    """Why a candidate that looks like a code was set aside for the user to check.

    The value is stable (tests and ``ui/`` key on it); ``ui/`` turns it into plain words.
    """

    LABELLED = "labelled"  # a label word right before it in prose ("device 3581 2207"): see label
    OUTSIDE_BLOCK = "outside_block"  # away from the list, table or grid that holds the codes
    SHAPE_DIFFERS = "shape_differs"  # its shape differs from the rest of the set
    REFERENCE_NUMBER = "reference_number"  # looks like a case, receipt or reference number
    UNLABELLED = "unlabelled"  # nothing on the page says it is a code
    IN_SENTENCE = "in_sentence"  # a number inside a sentence, not in the list of codes
    ONE_OF_SEVERAL = "one_of_several"  # the site gives one code, and several candidates stand out
    LOOK_ALIKE = "look_alike"  # read from a picture, with characters the engine may have misread
    # not the fixed shape of the service's code (label: the service), e.g. a piece of a key
    NOT_SERVICE_SHAPE = "not_service_shape"
    PRODUCT_KEY = "product_key"  # a program's product or licence key, not a recovery code
    SETUP_KEY = "setup_key"  # the key that sets up an authenticator app, not a backup code


@dataclass(frozen=True)
class Uncertain:
    """A candidate set aside: the text as printed, why, and the label word that made it doubtful."""

    code: str
    doubt: Doubt
    label: str = ""  # "device", "receipt" for Doubt.LABELLED; the service for NOT_SERVICE_SHAPE
    positions: tuple[int, ...] = ()  # Doubt.LOOK_ALIKE: the characters to check (0-based)


@dataclass
class ScannedAccount:
    """One account of a document that holds several (this app's own paper copy)."""

    account: str
    service: str | None
    kind: Kind
    codes: list[str]
    used: list[str] = field(default_factory=list)
    used_on: dict[str, datetime] = field(default_factory=dict)  # code -> when, if printed
    username: str = ""

    def to_json(self) -> dict[str, object]:
        """One entry of the ``accounts`` list of the ``scan`` JSON."""
        return {
            "account": self.account,
            "service": self.service,
            "kind": self.kind.value,
            "codes": list(self.codes),
            "used": list(self.used),
            "used_on": {code: when.isoformat() for code, when in self.used_on.items()},
            "username": self.username,
        }


class ScanError(Exception):
    """A scan that failed; ``failure`` says why, ``detail`` is for developers only (never codes).

    With ``NOT_CODES``, ``uncertain`` holds the candidates set aside, for the user to review.
    """

    def __init__(
        self, failure: ScanFailure, detail: str = "", uncertain: list[Uncertain] | None = None
    ) -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)
        self.failure = failure
        self.detail = detail
        self.uncertain = list(uncertain or [])


class NoOcrEngineError(ScanError):
    """A picture, or a PDF of pictures, and no OCR engine installed to read it.

    ``failure`` is ``UNSUPPORTED`` for a picture and ``NO_TEXT`` for a PDF; ``ui/`` says how
    to install an engine.
    """


@dataclass
class ScanResult:
    """The codes found in one document, exactly as printed and in document order."""

    file: str
    service: str | None
    kind: Kind
    codes: list[str]
    used: list[str] = field(default_factory=list)  # codes the document itself marks as spent
    warnings: list[ScanNotice] = field(default_factory=list)  # worded by ui.words.scan_messages
    uncertain: list[Uncertain] = field(default_factory=list)  # set aside, for review
    account_hint: str | None = None  # the e-mail, user name or phone ending the document names
    accounts: list[ScannedAccount] = field(default_factory=list)  # several accounts: codes empty
    used_on: dict[str, datetime] = field(default_factory=dict)  # spent code -> date printed
    picture: PictureReading | None = None  # read from a picture: where each code is drawn

    def to_json(
        self,
        reason: Callable[[Uncertain], str] | None = None,
        warning: Callable[[ScanNotice], str] | None = None,
    ) -> dict[str, object]:
        """The ``scan`` shape of DESIGN.md §4.

        ``reason`` gives the plain words for a candidate set aside and ``warning`` for a warning
        (they live in ``ui/``); without them the :class:`Doubt` and :class:`Notice` values stand
        in.
        """
        return {
            "file": self.file,
            "service": self.service,
            "kind": self.kind.value,
            "codes": list(self.codes),
            "used": list(self.used),
            "used_on": {code: when.isoformat() for code, when in self.used_on.items()},
            "warnings": [warning(w) if warning else w.notice.value for w in self.warnings],
            "uncertain": uncertain_json(self.uncertain, reason),
            "account_hint": self.account_hint,
            "accounts": [account.to_json() for account in self.accounts],
        } | ({"ocr": self.picture.to_json()} if self.picture is not None else {})


@dataclass(frozen=True)
class Region:
    """Where a code is drawn in a picture: the page (0-based) and a box in its pixels."""

    page: int
    left: int
    top: int
    right: int
    bottom: int


@dataclass
class PictureReading:
    """What OCR adds to a scan: the engine, the pictures read and where each code sits in them.

    ``images`` are encoded pictures (the file's own bytes, or PNG renderings of a PDF's pages),
    kept in memory only, so the preview can show each code beside the text read.
    """

    engine: str
    images: list[bytes] = field(default_factory=list, repr=False)
    regions: dict[str, Region] = field(default_factory=dict)  # code as read -> where
    corrected: dict[str, tuple[int, ...]] = field(default_factory=dict)  # code -> positions

    def to_json(self) -> dict[str, object]:
        """The ``ocr`` entry of the ``scan`` JSON: the engine and the characters corrected."""
        return {
            "engine": self.engine,
            "corrected": [
                {"code": code, "positions": list(positions)}
                for code, positions in self.corrected.items()
            ],
        }


def uncertain_json(
    items: list[Uncertain], reason: Callable[[Uncertain], str] | None = None
) -> list[dict[str, object]]:
    """``[{"code", "reason"}]`` for the candidates set aside (and look-alikes' ``"positions"``)."""
    return [
        {"code": item.code, "reason": reason(item) if reason else item.doubt.value}
        | ({"positions": list(item.positions)} if item.positions else {})
        for item in items
    ]
