"""Why an import cannot go ahead yet, in plain words with what to do about it.

The rules themselves are the engine's (:func:`vault.import_plan.problems`, shared with the
command line); this module only gives each finding its words for the import preview.
"""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import QObject

from vault.import_plan import Finding, ImportPlan, Problem

QUOTE = "“%1”"  # a name quoted in running text


class FindingWords(QObject):
    """Words for the findings of :func:`vault.import_plan.problems`."""

    def reason(self, finding: Finding, plan: ImportPlan, held: int, unticked: int = 0) -> str:
        """One finding in plain words; ``held`` is how many of the codes the vault holds and
        ``unticked`` how many codes in the list are not ticked to be imported."""
        name = QUOTE.replace("%1", finding.detail)
        if finding.problem is Problem.NO_CODES:
            if unticked:
                return self.tr(
                    "No code is ticked. Tick the ones that are your codes, or add them with "
                    "“Add a code”."
                )
            return self.tr("There are no codes in the list. Add them with “Add a code”.")
        if finding.problem is Problem.NO_ACCOUNT_NAME:
            return self.tr(
                "Give the new account a name, for example the site and your e-mail address."
            )
        if finding.problem is Problem.NAME_TAKEN:
            return self.tr(
                "You already have an account called %1. Choose it under Account to put the "
                "codes there, or give the new account another name."
            ).replace("%1", name)
        if finding.problem is Problem.NEEDS_REPLACE:
            return self.tr(
                "To import into %1, tick “Replace the current codes”, or choose another account."
            ).replace("%1", name)
        if finding.problem is Problem.DUPLICATE_CODES:
            if held == len(plan.codes):
                return self.tr(
                    "These codes are already in your vault, in the account %1. This document "
                    "was imported before, so there is nothing new to import."
                ).replace("%1", name)
            return self.tr(
                "%n of these codes are already in your vault, in the account %1 (they are "
                "marked in the list). Remove them to import the rest.",
                "",
                held,
            ).replace("%1", name)
        assert_never(finding.problem)  # mypy: a new rule in the engine needs words here
