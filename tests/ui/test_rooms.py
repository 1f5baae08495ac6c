"""ui/ is split into rooms (subpackages) that only import rooms below them.

The order is what a newcomer reads in the README's architecture section: words and widgets at the
bottom, the open vault's state above them, then the dialogs for paper, export, bringing codes in and
getting in, the main window, and the session and app at the top. A module that imports a room above
its own would make a circle sooner or later; this test names the import that does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import ui

UI = Path(ui.__file__).parent

# lowest first; a room may import only rooms listed before it
ORDER = [
    "words",
    "widgets",
    "state",
    "paper",
    "export",
    "intake",
    "access",
    "window",
    "self_test",
    "cli",
    "session",
    "app",
]


def room_of(path: Path) -> str:
    parts = path.relative_to(UI).parts
    return parts[0] if len(parts) > 1 else path.stem


def imported_rooms(path: Path) -> set[tuple[str, int]]:
    """Each (room, line) that ``path`` imports from ui/, at any depth of the module."""
    found: set[tuple[str, int]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            if node.module == "ui":
                names = [f"ui.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "ui" and len(parts) > 1:
                found.add((parts[1], node.lineno))
    return found


def test_every_ui_module_lives_in_a_known_room() -> None:
    rooms = {room_of(p) for p in UI.rglob("*.py") if p.name != "__init__.py" or p.parent != UI}
    assert rooms <= set(ORDER), f"rooms not in the order: {sorted(rooms - set(ORDER))}"
    top = sorted(p.stem for p in UI.glob("*.py") if p.name != "__init__.py")
    assert top == ["app", "self_test", "session"]


def test_no_room_imports_a_room_above_it() -> None:
    upward = []
    for path in sorted(UI.rglob("*.py")):
        own = room_of(path)
        if own == "__init__":
            continue
        for room, line in imported_rooms(path):
            if room != own and room in ORDER and ORDER.index(room) > ORDER.index(own):
                upward.append(f"{path.relative_to(UI.parent)}:{line} imports ui.{room}")
    assert upward == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def later():\n    from ui.window.main_window import MainWindow\n")
    assert imported_rooms(sample) == {("window", 2)}
