"""Every warning a scan can give, as data: which warning, and the values it names.

The words live in ``ui/`` (:mod:`ui.words.scan_messages`), so the command line and the window
say them in the user's language; a new member here needs its words there (a test checks).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Notice(Enum):
    """A warning about a scanned document; the value is a stable name for it."""

    SPENT_AT_SETUP = "spent_at_setup"  # the site makes you spend a code while setting up
    FEWER_THAN_USUAL = "fewer_than_usual"  # found, expected, service
    MORE_THAN_USUAL = "more_than_usual"  # found, expected, service
    SEVERAL_SETS = "several_sets"  # found, sets, expected, service
    OTHER_SERVICE_CODES = "other_service_codes"  # count, service
    OTHER_SERVICE_CODE = "other_service_code"  # service
    MARKED_USED = "marked_used"  # count
    MARKED_USED_ONE = "marked_used_one"
    NEW_SET_CANCELS_OLD = "new_set_cancels_old"  # service
    TURNS_OFF_TWO_STEP = "turns_off_two_step"  # service
    REPLACED_AFTER_USE = "replaced_after_use"  # service
    SERVICE_UNKNOWN = "service_unknown"
    SERVICE_GUESSED = "service_guessed"  # service
    UNREAD_ITEM = "unread_item"  # number
    UNREAD_ITEMS = "unread_items"  # numbers (a tuple of item numbers)


@dataclass(frozen=True)
class ScanNotice:
    """One warning of a scan with its values (counts, the service's name, item numbers)."""

    notice: Notice
    values: tuple[tuple[str, object], ...] = ()

    def get(self, name: str) -> object:
        """The value called ``name`` (``None`` when the warning has none)."""
        return dict(self.values).get(name)


def notice(which: Notice, **values: object) -> ScanNotice:
    """The warning ``which`` naming ``values``."""
    return ScanNotice(which, tuple(sorted(values.items())))
