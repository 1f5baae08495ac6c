"""The banner for a sync program's conflicted copy of the vault, and merging it on request.

When two devices change a synced vault at once, the sync program keeps both files
(:mod:`vault.conflicts` recognises the copies). Until the copy is merged, codes used on the other
device look unused here. The banner says so in one line with one button, Merge. A copy under this
vault's own keys merges at once; a copy whose passphrase was changed on the other device asks for
that passphrase. Merging keeps everything both files hold; once nothing in the copy is missing
from the vault, the app offers to move the copy to the trash.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ui.intake.trash import move_to_trash
from ui.state.autosave import Autosaver
from ui.state.open_vault import OpenVault
from ui.widgets.question import Answer, ask
from ui.words.messages import describe_vault_error
from vault.conflicts import conflicted_copies
from vault.errors import VaultError, WrongPassphraseError
from vault.model import Vault

_STYLE = "QFrame#syncCopyBanner { border: 1px solid #d39e00; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncCopyBanner", text)


class SyncCopyBanner(QFrame):
    """Shown while a conflicted copy lies beside the vault; :meth:`check` looks again."""

    opened = Signal(QWidget)  # a question or dialog was opened (tests find it)

    def __init__(self, document: OpenVault, autosaver: Autosaver, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("syncCopyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(_STYLE)
        self._document = document
        self._autosaver = autosaver
        self._window = window
        self._copies: list[Path] = []
        self._busy = False
        self._label = QLabel(self, wordWrap=True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._button = QPushButton(self.tr("&Merge"), self)
        self._button.setAccessibleName(self.tr("Merge the other copy into this vault"))
        self._button.clicked.connect(self.merge_first)
        layout = QHBoxLayout(self)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Another copy of your vault"))
        self.hide()
        # A sync program may drop a copy at any time; looking after every save is cheap and
        # catches it while the vault is open. A method (not a lambda) so Qt drops the connection
        # when this banner goes with its window.
        autosaver.state_changed.connect(self._save_state_changed)
        self.check()

    def _save_state_changed(self, _state: str, _words: str) -> None:
        self.check()

    @property
    def text(self) -> str:
        return self._label.text()

    def check(self) -> None:
        """Look beside the vault for conflicted copies (a directory listing and a few headers)."""
        if self._busy:
            return
        store = self._document.store
        self._copies = conflicted_copies(store.path, store.vault_id)
        if not self._copies:
            self.hide()
            return
        words = self.tr(
            "Another copy of your vault was made by a sync program — Merge it, so that codes "
            "used on the other device count here too."
        )
        if len(self._copies) > 1:
            words += " " + self.tr("(%n copies)", "", len(self._copies))
        self._label.setText(words)
        self._label.setAccessibleName(words)
        self.setToolTip(str(self._copies[0]))
        self.show()

    # Merging --------------------------------------------------------------------------------------

    def merge_first(self) -> None:
        if not self._copies or self._busy:
            return
        copy = self._copies[0]
        try:
            contents = self._document.store.open_copy(copy)  # same keys: no KDF, quick
        except WrongPassphraseError:
            self._ask_passphrase(copy)
            return
        except (VaultError, OSError) as error:
            self._cannot_merge(copy, error)
            return
        self._merge(copy, lambda: contents)

    def _ask_passphrase(self, copy: Path) -> None:
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(self.tr("Passphrase of the other copy"))
        dialog.setLabelText(
            self.tr(
                "The other copy has a different passphrase:\n"
                "it was changed on the other device.\n\n"
                "Type that passphrase to merge the copy:"
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        store = self._document.store
        dialog.textValueSelected.connect(
            lambda secret: self._merge(copy, lambda: store.open_copy(copy, secret))
        )
        dialog.open()
        self.opened.emit(dialog)

    def _merge(self, copy: Path, read: Callable[[], Vault]) -> None:
        store = self._document.store
        self._busy = True
        self._button.setEnabled(False)

        def job() -> bool:
            contents = read()  # the KDF runs here, off the UI thread, if one is needed
            return store.merge_copy(contents)

        def done(lost_nothing: bool) -> None:
            self._busy = False
            self._button.setEnabled(True)
            if lost_nothing:
                self._offer_trash(copy)
            else:
                self.check()

        def failed(error: BaseException) -> None:
            self._busy = False
            self._button.setEnabled(True)
            if not isinstance(error, VaultError | OSError):
                raise error
            self._cannot_merge(copy, error)

        self._autosaver.run_exclusive(job, done, failed)

    def _offer_trash(self, copy: Path) -> None:
        def answered(move: bool) -> None:
            if move and not move_to_trash(copy):
                self._tell(
                    self.tr("The copy was not moved"),
                    self.tr("The copy could not be moved to the trash. It is here:\n%1").replace(
                        "%1", str(copy)
                    ),
                )
            self.check()

        box = ask(
            self._window,
            icon=QMessageBox.Icon.Question,
            title=self.tr("Move the other copy to the trash?"),
            text=self.tr("Merged. Everything in the other copy is now in your vault."),
            details=self.tr(
                "You no longer need the copy the sync program made:\n%1\n\nMove it to the trash, "
                "so it is not merged again by mistake."
            ).replace("%1", str(copy)),
            act=Answer(self.tr("Move to Trash"), self.tr("Move to Trash, the other copy")),
            keep=Answer(self.tr("Keep it"), self.tr("Keep the other copy where it is")),
            on_answer=answered,
            default_act=True,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.opened.emit(box)

    def _cannot_merge(self, copy: Path, error: BaseException) -> None:
        if isinstance(error, WrongPassphraseError):
            words = self.tr(
                "That passphrase does not open the other copy; nothing was merged. It is the "
                "passphrase the vault had on the other device."
            )
        elif isinstance(error, VaultError):
            words = describe_vault_error(error)
        else:
            words = self.tr("The other copy could not be read (%1).").replace("%1", str(error))
        self._tell(self.tr("The other copy was not merged"), words + f"\n{copy}")

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(self._window, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.opened.emit(box)
