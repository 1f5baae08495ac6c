"""Stand-ins for the download libraries RapidOCR imports, put in place before the bundle's OCR
child starts (``pdf_child_dispatch``).

RapidOCR's download module imports ``requests`` and ``tqdm`` at import time, though the app names
every model by its path inside the bundle and never has it fetch one. The bundle carries neither
library (nor TLS): these stand-ins satisfy the imports and refuse any use, so the frozen OCR child
cannot download a model whatever its configuration says (the child's socket audit hook refuses
the network as well).
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any, NoReturn

REPLACED = ("requests", "tqdm")


class OfflineError(RuntimeError):
    """Something in the OCR child tried to download."""


def _refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise OfflineError("the bundle's OCR engine never downloads anything")


def _module(name: str) -> ModuleType:
    module = ModuleType(name, "Refuses every use: the bundle never downloads (offline.py).")

    def attribute(attribute: str) -> Any:
        if attribute.startswith("__"):  # the import system's questions: a plain module
            raise AttributeError(attribute)
        return _refuse

    module.__getattr__ = attribute  # type: ignore[method-assign]  # PEP 562 module __getattr__
    return module


def install() -> None:
    """Put the stand-ins into ``sys.modules`` where the real libraries are not importable."""
    import importlib.util

    for name in REPLACED:
        if name not in sys.modules and importlib.util.find_spec(name) is None:
            sys.modules[name] = _module(name)
