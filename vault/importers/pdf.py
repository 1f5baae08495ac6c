"""Reading a PDF through a bounded child process (see ``pdf_child.py`` for the child's side).

The bytes and the password go to the child through a pipe and the text comes back through one;
nothing touches the disk. The child runs as ``python -I -S`` (no site packages scan, no user
environment), with the location of the installed packages (PDFium's binding) handed over in the
header, so it starts in tens of milliseconds. It is killed when it overruns the time bound; on
POSIX it also cannot map more memory than the memory bound, and its CPU time is capped.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault.importers.limits import Limits
from vault.importers.pdf_start import FROZEN_CHILD_ARGUMENT as FROZEN_CHILD_ARGUMENT
from vault.importers.pdf_start import child_command as child_command
from vault.importers.pdf_start import start_child
from vault.importers.result import ScanError, ScanFailure

CHILD_SCRIPT = Path(__file__).with_name("pdf_child.py")
_HEADER_LENGTH_BYTES = 4  # matches pdf_child.HEADER_LENGTH_BYTES
_ERRORS = {failure.value: failure for failure in ScanFailure}


@dataclass
class PdfPage:
    """The text of one page, the character ranges drawn struck through, and whether the page
    draws a picture (a scanned page has no text but a picture of it)."""

    text: str
    struck: list[tuple[int, int]] = field(default_factory=list)
    pictures: bool = False

    def struck_flags(self) -> list[bool]:
        flags = [False] * len(self.text)
        for start, end in self.struck:
            for i in range(max(0, start), min(end, len(flags))):
                flags[i] = True
        return flags


class StartedReader:
    """A PDF child started ahead of its document, told its password and bounds already.

    Python's start and PDFium's loading in the child then overlap the parent's own work until
    the document is handed over (:func:`read_pdf`); the command line starts one before it
    loads the analysis, and hands it the document at once when it has it (``data``), so the
    child reads the document while the analysis loads. Not handed a document, it is ended by
    :meth:`close`.
    """

    def __init__(
        self,
        password: str | None,
        limits: Limits,
        data: bytes | None = None,
        *,
        process: subprocess.Popen[bytes] | None = None,
    ) -> None:
        """``process``: the child, started already (:func:`vault.importers.pdf_start.start_child`)
        and told nothing yet; else it is started now."""
        self.password, self.limits = password, limits
        self.handed: bytes | None = None  # the document handed over, once it is
        self._exchange: threading.Thread | None = None
        self._reply: tuple[bytes, int] | None = None
        self._failure: BaseException | None = None  # what went wrong on the thread, if anything
        self.process = start_child(child_command()) if process is None else process
        header = _header(password, limits)
        assert self.process.stdin is not None
        try:  # (a few hundred bytes: the pipe takes them without waiting for the child)
            self.process.stdin.write(len(header).to_bytes(_HEADER_LENGTH_BYTES, "big") + header)
            self.process.stdin.flush()
        except OSError:
            pass  # the child is gone already: handing it the document says how
        if data is not None:
            self.hand_over(data)

    def hand_over(self, data: bytes) -> None:
        """Give the child its document now; its reply is collected on a thread of this process
        (which waits on the pipes, so it costs the rest of the process nothing), and the time
        bound runs from now."""
        if self.handed is not None:
            raise RuntimeError("this child has its document already")
        self.handed = data
        self._exchange = threading.Thread(target=self._communicate, args=(data,), daemon=True)
        self._exchange.start()

    def _communicate(self, data: bytes) -> None:
        try:  # (a child gone before taking it all: communicate() ignores the closed pipe)
            out, _errors = self.process.communicate(data, timeout=self.limits.child_timeout_seconds)
        except subprocess.TimeoutExpired as exc:
            self.process.kill()
            self.process.communicate()
            self._failure = ScanError(ScanFailure.TOO_LARGE, "time bound reached")
            self._failure.__cause__ = exc
        except BaseException as exc:  # handed to the thread that reads the reply
            self._failure = exc
        else:
            self._reply = out, self.process.returncode

    def read(self, data: bytes) -> tuple[bytes, int]:
        """The child's reply to ``data`` and its exit status (raises on the time bound); ``data``
        is handed over now unless it was already."""
        if self.handed is None:
            self.hand_over(data)
        elif data != self.handed:
            raise RuntimeError("this child was handed another document")
        assert self._exchange is not None
        self._exchange.join()
        if self._failure is not None:
            raise self._failure
        assert self._reply is not None
        return self._reply

    def close(self) -> None:
        """End the child if it still runs (by its own handle) and reap it."""
        if self._exchange is not None:  # the thread talking to it reaps it
            if self._exchange.is_alive() and self.process.poll() is None:
                self.process.kill()
            self._exchange.join()
            return
        if self.process.returncode is not None:
            return  # done with already
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()


def _header(password: str | None, limits: Limits) -> bytes:
    return json.dumps(
        {
            "password": password,
            "max_pages": limits.max_pdf_pages,
            "max_chars": limits.max_text_chars,
            "memory": limits.child_memory_bytes,
            "cpu_seconds": math.ceil(limits.child_timeout_seconds) + 1,
            "path": [p for p in sys.path if p and os.path.isdir(p)],
        }
    ).encode()


def child_reply(stdout: bytes, returncode: int, who: str) -> dict[str, Any]:
    """A bounded child's JSON reply (the PDF reader's or the OCR child's), or :class:`ScanError`.

    Nothing sensible came back: ended by a signal (PDFium aborts when the memory bound refuses it
    more, and the CPU bound kills), the document needs more than a code document does; any other
    ending, the reader could not make sense of it.
    """
    try:
        reply = json.loads(stdout)
    except ValueError as exc:
        failure = ScanFailure.TOO_LARGE if returncode < 0 else ScanFailure.DAMAGED
        raise ScanError(failure, f"{who} exit status {returncode}") from exc
    if not isinstance(reply, dict):
        raise ScanError(ScanFailure.DAMAGED, f"{who} reply")
    return reply


def read_pdf(
    data: bytes, password: str | None, limits: Limits, started: StartedReader | None = None
) -> list[PdfPage]:
    """The text of every page, parsed in a child process under ``limits``.

    ``started``: a child started ahead for this password and these bounds, else one is started.
    """
    if (
        started is None
        or (started.password, started.limits) != (password, limits)
        or (started.handed is not None and started.handed != data)  # the file changed since
    ):
        if started is not None:
            started.close()
        started = StartedReader(password, limits)
    stdout, returncode = started.read(data)
    reply = child_reply(stdout, returncode, "child")
    if "error" in reply:
        failure = _ERRORS.get(str(reply["error"]), ScanFailure.DAMAGED)
        raise ScanError(failure, str(reply.get("detail", "")))
    return [
        PdfPage(
            str(page["text"]),
            [(int(s), int(e)) for s, e in page.get("struck", [])],
            bool(page.get("pictures", False)),
        )
        for page in reply["pages"]
    ]
