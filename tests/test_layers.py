"""The layers of the house, checked on every import statement of the product code.

- ``knowledge`` and ``policybot`` are plain Python: they never import botbuilder,
  ``bot``, ``dialogs`` or ``app`` (so they could move to the Microsoft 365 Agents SDK);
- ``dialogs`` never imports ``bot`` (``bot`` runs dialogs, not the other way round);
- nothing imports a module by a name computed at run time, where no reader and no
  check could see the dependency.

``python -m tests.test_layers`` prints the import graph between the rooms.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "dialogs", "knowledge", "policybot")
FORBIDDEN = {
    "knowledge": ("botbuilder", "bot", "dialogs", "app"),
    "policybot": ("botbuilder", "bot", "dialogs", "app"),
    "dialogs": ("bot", "app"),
    "bot": ("app",),
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every module a file imports, at any depth of the file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def dynamic_imports_of(path: Path) -> list[int]:
    """Lines calling importlib.import_module or __import__."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("import_module", "__import__"):
                lines.append(node.lineno)
    return lines


def product_files():
    for package in PACKAGES:
        yield from sorted((ROOT / package).rglob("*.py"))


def room_of(module: str) -> str:
    """``policybot.screening.engine`` -> ``policybot.screening``; ``bot.cards`` -> ``bot``."""
    parts = module.split(".")
    if parts[0] == "policybot" and len(parts) > 1 and (ROOT / "policybot" / parts[1]).is_dir():
        return ".".join(parts[:2])
    return parts[0]


def layer_violations() -> list[str]:
    problems = []
    for path in product_files():
        package = path.relative_to(ROOT).parts[0]
        for line, module in imports_of(path):
            top = module.split(".")[0]
            if top in FORBIDDEN[package]:
                problems.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
        for line in dynamic_imports_of(path):
            problems.append(f"{path.relative_to(ROOT)}:{line} imports a module by a computed name")
    return problems


def import_graph() -> dict[str, set[str]]:
    """Room -> the other project rooms it imports."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path in product_files():
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        source = room_of(module)
        for _line, imported in imports_of(path):
            if imported.split(".")[0] in PACKAGES and room_of(imported) != source:
                graph[source].add(room_of(imported))
    return graph


def test_plain_packages_bot_and_dialogs_keep_their_layers():
    assert layer_violations() == []


def test_the_check_sees_a_planted_violation(tmp_path, monkeypatch):
    planted = tmp_path / "knowledge"
    planted.mkdir()
    (planted / "leak.py").write_text("def f():\n    from botbuilder.core import TurnContext\n")
    (tmp_path / "dialogs").mkdir()
    (tmp_path / "dialogs" / "back.py").write_text(
        "import importlib\nimportlib.import_module('bot.cards')\nimport bot.policy_bot\n"
    )
    for package in ("bot", "policybot"):
        (tmp_path / package).mkdir()
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    assert sorted(layer_violations()) == [
        "dialogs/back.py:2 imports a module by a computed name",
        "dialogs/back.py:3 imports bot.policy_bot",
        "knowledge/leak.py:2 imports botbuilder.core",
    ]


if __name__ == "__main__":
    for room, targets in sorted(import_graph().items()):
        print(f"{room:24} -> {', '.join(sorted(targets))}")
    violations = layer_violations()
    print("\n".join(violations) if violations else "layers: no violations")
