"""The import dialog's last page: the codes found, what they are and where they go.

On the left the codes (:class:`ui.intake.import_codes_list.ImportCodesList`), with any the scan was
not sure of unticked at the end, each with its reason; on the right the service, the kind of codes,
the account (a new one, or one that already exists, with consent to replace its codes; never another
person's by default, :mod:`ui.intake.import_account`) and, for a new account of single-use codes,
when to warn. Under them, every reason the import cannot go ahead yet
(:mod:`ui.words.import_reasons`). :meth:`PreviewPage.plan` is what the user confirmed;
:attr:`PreviewPage.checked` carries the reasons (empty when the import may go ahead).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.intake.code_crops import code_crops
from ui.intake.import_account import Owner, default_name, guess_account
from ui.intake.import_codes_list import ImportCodesList
from ui.intake.preview_codes_model import Doubtful, PreviewCodesModel
from ui.widgets.notice import Notice, heading
from ui.words.import_reasons import QUOTE, finding_words
from vault.import_plan import ImportPlan, Problem, problems
from vault.model import Account, Kind, Vault, normalize

if TYPE_CHECKING:
    from vault.importers import ScanResult
    from vault.importers.result import Uncertain

MAX_THRESHOLD = 50  # upper bound of "warn me when this many are left"; sets hold 5-20 codes
PAGE_MIN_CHARS = 130  # room for the list and, beside it, the account and its notices
ACCOUNT_BOX_CHARS = 28  # the account box is this many characters wide, however long the names


class PreviewPage(QWidget):
    """The codes of one scan of ``vault``'s import; ``wanted_account`` is chosen when it exists."""

    checked = Signal(str)  # the reasons the import cannot go ahead, one a line; "" when it can

    def __init__(
        self,
        vault: Vault,
        wanted_account: str | None,
        default_threshold: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._wanted_account = wanted_account
        self._name_edited = False  # stop following the service once the user types a name
        self._hint = ""  # whose codes the document says they are (e-mail, user name, phone)
        self._filling = False  # while the form is filled, its checks wait for the last field
        self.document: Path | None = None  # the file the codes came from
        self._known_owners: tuple[tuple[str, ...], dict[str, Account]] | None = None
        self.summary = heading("", self)
        self.warnings = Notice(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.doubts = Notice(QStyle.StandardPixmap.SP_MessageBoxQuestion, self)

        # Left: the codes.
        self.model = PreviewCodesModel(self)
        self.model.edited.connect(self._check)
        self.codes = ImportCodesList(self.model, self)
        codes_hint = QLabel(
            self.tr(
                "Compare the codes with the document. Double-click one (or press F2) to fix "
                "it; tick any you have already used."
            ),
            self,
            wordWrap=True,
        )

        # Right: what the codes are and where they go.
        self._make_form(vault, default_threshold)

        self.account_notice = Notice(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.replace_notice = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        self.replace = QCheckBox(self.tr("R&eplace the current codes"), self.replace_notice)
        self.replace.setAccessibleName(self.tr("Replace the current codes"))
        self.replace.toggled.connect(self._check)
        self.replace_notice.add_widget(self.replace)

        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.account_notice)
        right.addWidget(self.replace_notice)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(self.codes, 1)
        columns.addLayout(right, 1)
        self.blockers = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.doubts)
        layout.addWidget(codes_hint)
        layout.addLayout(columns, 1)
        layout.addWidget(self.blockers)

    def minimumSizeHint(self) -> QSize:
        """Room for the list and the form beside it, and never less than the list needs.

        The form's labels sit above their fields, so the list can be wide enough for its notes
        and pictures; a fixed minimum width would let the list run under the form instead.
        """
        least = self.fontMetrics().averageCharWidth() * PAGE_MIN_CHARS
        return super().minimumSizeHint().expandedTo(QSize(least, 0))

    def _make_form(self, vault: Vault, default_threshold: int) -> None:
        """The fields on the right: service, kind, account, new account's name, warning level."""
        self.service = QLineEdit(self)
        self.service.setAccessibleName(self.tr("Service"))
        self.service.setPlaceholderText(self.tr("For example GitHub"))
        self.service.textChanged.connect(self._service_changed)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of codes"))
        for kind, words in (
            (Kind.SET, self.tr("A list of single-use codes")),
            (Kind.SINGLE, self.tr("One code that the site replaces after use")),
            (Kind.KEY, self.tr("A recovery key you can reuse")),
        ):
            self.kind.addItem(words, kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.account = QComboBox(self)
        self.account.setAccessibleName(self.tr("Account"))
        # Filled in one call, with the ids beside it (an item at a time, and a box as wide as
        # its longest name, measured name by name, froze the window of a 10,000-account vault).
        listed = sorted(vault.accounts, key=lambda a: a.name.casefold())
        self._account_ids = ["", *(a.id for a in listed)]  # by the box's index
        self.account.addItems([self.tr("New account"), *(a.name for a in listed)])
        self.account.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.account.setMinimumContentsLength(ACCOUNT_BOX_CHARS)
        self.account.currentIndexChanged.connect(self._account_changed)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the new account"))
        self.name.setPlaceholderText(self.tr("For example: GitHub — jane@example.com"))
        self.name.textEdited.connect(self._name_typed)
        self.name.textChanged.connect(self._check)
        self.threshold = QSpinBox(self, minimum=0, maximum=MAX_THRESHOLD)
        self.threshold.setValue(max(0, min(default_threshold, MAX_THRESHOLD)))
        self.threshold.setAccessibleName(self.tr("Warn me when this many codes are left"))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.addRow(self.tr("&Service:"), self.service)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Account:"), self.account)
        self.form.addRow(self.tr("&Name of the new account:"), self.name)
        self.form.addRow(self.tr("&Warn me when this many are left:"), self.threshold)

    def focus_chain(self) -> list[QWidget]:
        return [
            *self.codes.focus_chain(),
            self.service,
            self.kind,
            self.account,
            self.name,
            self.threshold,
            self.replace,
        ]

    def show_result(self, result: ScanResult, document: Path | None) -> None:
        """Fill the page with what a scan of ``document`` (None: pasted text) found."""
        from ui.words.scan_messages import describe_notice

        self._known_owners = None
        count = len(result.codes)
        where = (
            self.tr("Found %n code(s) in %1.", "", count).replace(
                "%1", QUOTE.replace("%1", document.name)
            )
            if document is not None
            else self.tr("Found %n code(s) in the pasted text.", "", count)
        )
        self.summary.setText(where)
        self.warnings.set_text("\n".join(describe_notice(w) for w in result.warnings))
        doubtful = self._doubtful(result.uncertain)
        self.doubts.set_text(
            self.tr(
                "The scan is not sure about %n more possible code(s). They are at the end of the "
                "list, not ticked, each with the reason. Tick the ones that are your codes.",
                "",
                len(doubtful),
            )
            if doubtful
            else ""
        )
        self._fill(result, document, result.service, result.kind, result.account_hint, doubtful)

    def show_candidates(self, uncertain: list[Uncertain], document: Path | None) -> None:
        """Nothing was sure to be a code, but these might be: offer them for review, unticked."""
        self.summary.setText(self.tr("These might be codes — check them"))
        self.warnings.set_text("")
        where = (
            self.tr("The scan could not be sure that anything in %1 is a backup code.").replace(
                "%1", QUOTE.replace("%1", document.name)
            )
            if document is not None
            else self.tr("The scan could not be sure that anything you pasted is a backup code.")
        )
        self.doubts.set_text(
            where
            + " "
            + self.tr(
                "Check each one and tick the ones that are your codes; the note beside each "
                "says why the scan was not sure."
            )
        )
        self._fill(None, document, None, Kind.SET, None, self._doubtful(uncertain))

    def _doubtful(self, uncertain: list[Uncertain]) -> list[Doubtful]:
        from ui.words.scan_messages import describe_doubt

        return [Doubtful(u.code, describe_doubt(u)) for u in uncertain]

    def _fill(
        self,
        result: ScanResult | None,
        document: Path | None,
        service: str | None,
        kind: Kind,
        hint: str | None,
        doubtful: list[Doubtful],
    ) -> None:
        self._filling = True  # each field set would check the whole plan again
        try:
            self._fill_fields(result, document, service, kind, hint, doubtful)
        finally:
            self._filling = False
        self._check()

    def _fill_fields(
        self,
        result: ScanResult | None,
        document: Path | None,
        service: str | None,
        kind: Kind,
        hint: str | None,
        doubtful: list[Doubtful],
    ) -> None:
        self.document = document
        self._hint = (hint or "").strip()
        if result is not None:
            crops = code_crops(result.picture) if result.picture is not None else None
            self.model.set_codes(
                result.codes, result.used, used_on=result.used_on, doubtful=doubtful, crops=crops
            )
        else:
            self.model.set_codes([], doubtful=doubtful)
        self.service.setText(service or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self._name_edited = False
        self.name.setText(default_name(service or "", self._hint))
        guess = guess_account(self._vault, self._wanted_account, service, self._hint)
        self._explain_new_account(guess.passed_over, guess.owner)
        chosen = guess.account
        ids = self._account_ids
        self.account.setCurrentIndex(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self._account_changed()
        self._kind_changed()

    def _explain_new_account(self, passed_over: Account | None, said: Owner) -> None:
        """Say why an account of the same service was not proposed: the document is another
        person's (or does not say it is that account's owner)."""
        if passed_over is None:
            self.account_notice.set_text("")
            return
        who = QUOTE.replace("%1", self._hint)
        name = QUOTE.replace("%1", passed_over.name)
        if said is Owner.OTHER and passed_over.username:
            text = self.tr(
                "This document is for %1, but your account %2 is for %3, so the codes go to a "
                "new account."
            ).replace("%3", QUOTE.replace("%1", passed_over.username))
        elif said is Owner.OTHER:
            text = self.tr(
                "This document is for %1, but your account %2 is for someone else, so the "
                "codes go to a new account."
            )
        else:
            text = self.tr(
                "This document is for %1. If these are new codes for your account %2, choose it "
                "under Account; otherwise they go to a new account."
            )
        self.account_notice.set_text(text.replace("%1", who).replace("%2", name))

    def _service_changed(self, text: str) -> None:
        if not self._name_edited:
            self.name.setText(default_name(text, self._hint))
        self._check()

    def _name_typed(self, _text: str) -> None:
        self._name_edited = True

    def _kind_changed(self) -> None:
        self.codes.show_used_column(self._selected_kind() is not Kind.KEY)
        self._update_account_rows()
        self._check()

    def _account_changed(self) -> None:
        self.replace.setChecked(False)  # consent is given for one account, not carried over
        account = self._selected_account()
        current = account.current if account else None
        if account is not None and current is not None and current.codes:
            if current.kind is Kind.KEY:
                holds = self.tr("%1 already holds a recovery key.")
            elif current.kind is Kind.SINGLE and current.total == 1:
                holds = self.tr("%1 already has a code.")
            else:
                holds = self.tr("%1 already has codes (%2 of %3 not used yet).")
            holds = (
                holds.replace("%1", QUOTE.replace("%1", account.name))
                .replace("%2", str(current.remaining))
                .replace("%3", str(current.total))
            )
            self.replace_notice.set_text(
                holds
                + " "
                + self.tr(
                    "Importing a new set retires the old one, because sites cancel the old codes "
                    "when they issue new ones. The old set stays readable in the account's "
                    "history. If these codes belong to a different account, choose "
                    "“New account” above."
                )
            )
        else:
            self.replace_notice.set_text("")
        # why the codes go to a new account: only while they do
        self.account_notice.setVisible(bool(self.account_notice.label.text()) and account is None)
        self._update_account_rows()
        self._check()

    def _update_account_rows(self) -> None:
        new = self._selected_account() is None
        self.form.setRowVisible(self.name, new)
        self.form.setRowVisible(self.threshold, new and self._selected_kind() is Kind.SET)

    def _selected_kind(self) -> Kind:
        return Kind(self.kind.currentData() or Kind.SET.value)

    def _selected_account(self) -> Account | None:
        account_id = self._account_ids[max(0, self.account.currentIndex())]
        return self._vault.by_id(account_id) if account_id else None

    def _check(self) -> None:
        """Re-run the engine's rules and say why the import cannot go ahead, if it cannot.

        (It reads every account's name, and the first time every code: once per fill of the
        form, not once per field filled: six times, each reading every name of the vault.)"""
        if self._filling:
            return
        plan = self.plan()
        owners = self._owners(plan.codes)
        findings = problems(self._vault, plan, owners)
        self.model.set_held({normalize(code): a.name for code, a in owners.items()})
        held = sum(1 for code in plan.codes if code in owners)
        # Codes already in the vault come first; when all of them are, nothing else matters.
        findings.sort(key=lambda f: f.problem is not Problem.DUPLICATE_CODES)
        if plan.codes and held == len(plan.codes):
            findings = findings[:1]
        unticked = self.model.unticked()
        text = "\n".join(finding_words(finding, plan, held, unticked) for finding in findings)
        self.blockers.set_text(text)
        self.checked.emit(text)

    def _owners(self, codes: list[str]) -> dict[str, Account]:
        """Which of ``codes`` the vault holds already. Finding out reads every code in the vault,
        so the answer is kept while the codes stay the same (every keystroke in the form checks
        again); a new scan starts afresh."""
        key = tuple(codes)
        if self._known_owners is None or self._known_owners[0] != key:
            self._known_owners = (key, self._vault.find_duplicate_codes(codes))
        return self._known_owners[1]

    def plan(self) -> ImportPlan:
        """What the user chose; apply it with :func:`vault.import_plan.apply`."""
        account = self._selected_account()
        kind = self._selected_kind()
        service = self.service.text().strip()
        return ImportPlan(
            codes=self.model.codes(),
            kind=kind,
            account_id=account.id if account else None,
            new_account_name="" if account else self.name.text().strip(),
            service=service or None,
            used=[] if kind is Kind.KEY else self.model.used_codes(),
            used_on={} if kind is Kind.KEY else self.model.used_dates(),
            replace=account is not None and self.replace.isChecked(),
            source=self.document.name if self.document else "",
            threshold=self.chosen_threshold(),
            username="" if account else self._hint,
        )

    def chosen_threshold(self) -> int | None:
        """The warning threshold chosen for a new account of single-use codes, else None."""
        if self._selected_account() is None and self._selected_kind() is Kind.SET:
            return self.threshold.value()
        return None
