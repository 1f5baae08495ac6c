"""Passphrase strength, as zxcvbn judges it (one function the CLI and the GUI share).

zxcvbn's warning and suggestions are passed on as it wrote them (English); ``ui.words.strength``
turns them and the guessing time into the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_SCORE = 3  # zxcvbn's "safely unguessable: moderate protection from offline attacks"
# zxcvbn 4.5 refuses (ValueError) anything longer than 72 characters, and older releases slow down
# badly on long input; the first 72 characters already decide the score.
MAX_CHECKED_LENGTH = 72


@dataclass(frozen=True)
class Strength:
    """zxcvbn's verdict: ``score`` 0–4, a warning (maybe empty) and suggestions."""

    score: int
    warning: str
    suggestions: tuple[str, ...]
    crack_seconds: float  # how long guessing takes against a slow hash (10^4 guesses a second)

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def check(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Score ``passphrase``; ``user_inputs`` are words that make it weaker (names, e-mail)."""
    from zxcvbn import zxcvbn  # imported on first use: it takes ~0.1 s to load

    if not passphrase:
        return Strength(0, "", (), 0.0)
    result = zxcvbn(passphrase[:MAX_CHECKED_LENGTH], user_inputs=list(user_inputs))
    feedback = result.get("feedback", {})
    crack = result.get("crack_times_seconds", {})
    return Strength(
        score=int(result["score"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions", ())),
        crack_seconds=float(crack.get("offline_slow_hashing_1e4_per_second", 0)),
    )
