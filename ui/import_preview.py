"""The import dialog's last page: the codes found, what they are and where they go.

On the left the codes (:class:`ui.import_codes_list.ImportCodesList`); on the right the service,
the kind of codes, the account (a new one, or one that already exists, with consent to replace
its codes) and, for a new account of single-use codes, when to warn. Under them, every reason the
import cannot go ahead yet (:mod:`ui.import_reasons`). :meth:`PreviewPage.plan` is what the user
confirmed; :attr:`PreviewPage.checked` carries the reasons (empty when the import may go ahead).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
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

from ui.import_codes_list import ImportCodesList
from ui.import_codes_model import CodesModel
from ui.import_reasons import QUOTE, FindingWords
from ui.notice import Notice, heading
from vault.import_plan import ImportPlan, Problem, problems
from vault.model import Account, Kind, Vault, normalize

if TYPE_CHECKING:
    from vault.importers import ScanResult

MAX_THRESHOLD = 50  # upper bound of "warn me when this many are left"; sets hold 5-20 codes


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
        self._words = FindingWords(self)
        self._name_edited = False  # stop following the service once the user types a name
        self.document: Path | None = None  # the file the codes came from
        self._known_owners: tuple[tuple[str, ...], dict[str, Account]] | None = None
        self.summary = heading("", self)
        self.warnings = Notice(QStyle.StandardPixmap.SP_MessageBoxInformation, self)

        # Left: the codes.
        self.model = CodesModel(self)
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
        self.account.addItem(self.tr("New account"), "")
        for account in sorted(vault.accounts, key=lambda a: a.name.casefold()):
            self.account.addItem(account.name, account.id)
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
        self.form.addRow(self.tr("&Service:"), self.service)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Account:"), self.account)
        self.form.addRow(self.tr("&Name of the new account:"), self.name)
        self.form.addRow(self.tr("&Warn me when this many are left:"), self.threshold)

        self.replace_notice = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        self.replace = QCheckBox(self.tr("R&eplace the current codes"), self.replace_notice)
        self.replace.setAccessibleName(self.tr("Replace the current codes"))
        self.replace.toggled.connect(self._check)
        self.replace_notice.add_widget(self.replace)

        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.replace_notice)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(self.codes, 1)
        columns.addLayout(right, 1)
        self.blockers = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(codes_hint)
        layout.addLayout(columns, 1)
        layout.addWidget(self.blockers)

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
        self.document = document
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
        self.warnings.set_text("\n".join(self.tr(w) for w in result.warnings))

        self.model.set_codes(result.codes, result.used)
        self.service.setText(result.service or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(result.kind.value)))
        self._name_edited = False
        self.name.setText(result.service or "")
        guess = self._guess_account(result.service)
        self.account.setCurrentIndex(max(0, self.account.findData(guess.id if guess else "")))
        self._account_changed()
        self._kind_changed()

    def _guess_account(self, service: str | None) -> Account | None:
        """The account asked for, else the only account for the same service (the usual case:
        new codes for an account that ran low); otherwise a new account."""
        if self._wanted_account:
            wanted = self._vault.by_id(self._wanted_account)
            if wanted is not None:
                return wanted
        if not service:
            return None
        same = [
            a for a in self._vault.accounts if (a.service or "").casefold() == service.casefold()
        ]
        return same[0] if len(same) == 1 else None

    def _service_changed(self, text: str) -> None:
        if not self._name_edited:
            self.name.setText(text.strip())
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
        self._update_account_rows()
        self._check()

    def _update_account_rows(self) -> None:
        new = self._selected_account() is None
        self.form.setRowVisible(self.name, new)
        self.form.setRowVisible(self.threshold, new and self._selected_kind() is Kind.SET)

    def _selected_kind(self) -> Kind:
        return Kind(self.kind.currentData() or Kind.SET.value)

    def _selected_account(self) -> Account | None:
        account_id = self.account.currentData()
        return self._vault.by_id(account_id) if account_id else None

    def _check(self) -> None:
        """Re-run the engine's rules and say why the import cannot go ahead, if it cannot."""
        plan = self.plan()
        owners = self._owners(plan.codes)
        findings = problems(self._vault, plan, owners)
        self.model.set_held({normalize(code): a.name for code, a in owners.items()})
        held = sum(1 for code in plan.codes if code in owners)
        # Codes already in the vault come first; when all of them are, nothing else matters.
        findings.sort(key=lambda f: f.problem is not Problem.DUPLICATE_CODES)
        if plan.codes and held == len(plan.codes):
            findings = findings[:1]
        text = "\n".join(self._words.reason(finding, plan, held) for finding in findings)
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
            replace=account is not None and self.replace.isChecked(),
            source=self.document.name if self.document else "",
            threshold=self.chosen_threshold(),
        )

    def chosen_threshold(self) -> int | None:
        """The warning threshold chosen for a new account of single-use codes, else None."""
        if self._selected_account() is None and self._selected_kind() is Kind.SET:
            return self.threshold.value()
        return None
