"""The paper sizes sheets are laid out for, apart from the layout so naming one costs nothing.

(``codevault-cli`` lists the sizes for ``print --paper`` whatever the command; only ``print``
itself needs :mod:`vault.paper`.)
"""

from enum import StrEnum


class PageSize(StrEnum):
    """The paper sizes the sheets are laid out for."""

    A4 = "a4"
    LETTER = "letter"
