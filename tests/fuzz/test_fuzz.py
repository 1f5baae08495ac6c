"""Property-based fuzzing of the vault reader and the importer (quick profile for every run).

The property, for every generated input: the app reads it or refuses it with its own typed error
(which the user sees as plain words); never an uncaught exception, never a hang. The long run is
``python3 dev.py fuzz --minutes N`` (tests/fuzz/run_fuzz.py), with the same strategies.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz.targets import TARGETS

# Quick enough for every test run; the PDF target starts a child process per case.
settings.register_profile(
    "quick",
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", parent=settings.get_profile("quick"), max_examples=1000)
PROFILE = settings.get_profile(os.environ.get("CODEVAULT_FUZZ_PROFILE", "quick"))
PDF_EXAMPLES = max(8, PROFILE.max_examples // 6)


@pytest.mark.parametrize("name", [n for n in TARGETS if n != "pdf file"])
def test_no_input_crashes_the_reader(name: str) -> None:
    strategy, target = TARGETS[name]

    @settings(PROFILE)
    @given(strategy)
    def check(case: Any) -> None:
        target(case)

    check()


def test_no_mutated_pdf_crashes_the_importer() -> None:
    strategy, target = TARGETS["pdf file"]

    @settings(PROFILE, max_examples=PDF_EXAMPLES)
    @given(strategy)
    def check(case: Any) -> None:
        target(case)

    check()
