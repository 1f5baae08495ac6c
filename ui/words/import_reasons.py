"""Why an import cannot go ahead yet, in plain words with what to do about it.

The rules themselves are the engine's (:func:`vault.import_plan.problems`, shared with the
command line); this module only gives each finding its words for the import preview, through
the gettext catalogue like every text of :mod:`ui.words`.
"""

from __future__ import annotations

from typing import assert_never

from ui.words.language import gettext as _
from ui.words.language import ngettext
from vault.import_plan import Finding, ImportPlan, Problem

QUOTE = "“%1”"  # a name quoted in running text (the window's Qt texts fill in %1)


def finding_words(finding: Finding, plan: ImportPlan, held: int, unticked: int = 0) -> str:
    """One finding in plain words; ``held`` is how many of the codes the vault holds and
    ``unticked`` how many codes in the list are not ticked to be imported."""
    name = _("“{name}”").format(name=finding.detail)
    if finding.problem is Problem.NO_CODES:
        if unticked:
            return _(
                "No code is ticked. Tick the ones that are your codes, or add them with "
                "“Add a code”."
            )
        return _("There are no codes in the list. Add them with “Add a code”.")
    if finding.problem is Problem.NO_ACCOUNT_NAME:
        return _("Give the new account a name, for example the site and your e-mail address.")
    if finding.problem is Problem.NAME_TAKEN:
        return _(
            "You already have an account called {name}. Choose it under Account to put the "
            "codes there, or give the new account another name."
        ).format(name=name)
    if finding.problem is Problem.NEEDS_REPLACE:
        return _(
            "To import into {name}, tick “Replace the current codes”, or choose another account."
        ).format(name=name)
    if finding.problem is Problem.DUPLICATE_CODES:
        if held == len(plan.codes):
            return _(
                "These codes are already in your vault, in the account {name}. This document "
                "was imported before, so there is nothing new to import."
            ).format(name=name)
        return ngettext(
            "{n} of these codes is already in your vault, in the account {name} (it is "
            "marked in the list). Remove it to import the rest.",
            "{n} of these codes are already in your vault, in the account {name} (they are "
            "marked in the list). Remove them to import the rest.",
            held,
        ).format(n=held, name=name)
    assert_never(finding.problem)  # mypy: a new rule in the engine needs words here
