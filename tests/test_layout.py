"""The package's import graph: no cycles, and every import runs down the stage order.

    commands -> probe / emulator / wizard / lint -> diagnose -> config -> errors / masking

Read with `ast` (not by importing), so an import inside a function or under
`TYPE_CHECKING` counts too: a cycle hidden behind a late import is still a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "setup_wizard"

# Higher imports lower, never the reverse. Folders on one rank (the act stage) do not import
# each other either: what two of them need belongs a stage lower, and `commands/` joins them.
# The package root is the public facade: it re-exports the Python API (`api`, beside `cli`
# at the top) on first use, so it ranks above both. Imports *into* the root are not edges
# (every module may read `__version__`; see `import_graph`), so the rank costs nothing below.
RANKS: dict[str, int] = {
    "__init__": 7,
    "__main__": 6, "cli": 5, "api": 5,
    "commands": 4,
    "probe": 3, "emulator": 3, "wizard": 3, "lint": 3,
    "diagnose": 2,
    "config": 1,
    "errors": 0, "masking": 0, "templates": 0,
}


def stage_of(module: str) -> str:
    """`setup_wizard.diagnose.classify` -> `diagnose`; `setup_wizard.cli` -> `cli`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Every setup_wizard module this file imports, resolved to a module that exists."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from setup_wizard.config import providers` imports the submodule providers.
            names = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
        else:
            continue
        for name in names:
            if name.startswith("setup_wizard"):
                while name not in known and "." in name:
                    name = name.rsplit(".", 1)[0]
                if name in known:
                    found.add(name)
    return found


def import_graph() -> dict[str, set[str]]:
    mods = all_modules()
    known = set(mods)
    graph = {}
    for name, path in mods.items():
        # A package's __init__ is imported with any of its modules: not an edge of interest.
        graph[name] = {m for m in imports_of(path, known) if m != name and
                       not (m != "setup_wizard" and name.startswith(m + "."))}
        graph[name].discard("setup_wizard")  # the package root holds only __version__
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle as a list of modules, or None (iterative DFS, white/grey/black)."""
    colour = dict.fromkeys(graph, 0)
    for root in sorted(graph):
        if colour[root]:
            continue
        stack: list[tuple[str, list[str]]] = [(root, sorted(graph[root]))]
        path = [root]
        colour[root] = 1
        while stack:
            node, todo = stack[-1]
            if not todo:
                colour[node] = 2
                stack.pop()
                path.pop()
                continue
            nxt = todo.pop()
            if colour.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if colour.get(nxt) == 0:
                colour[nxt] = 1
                path.append(nxt)
                stack.append((nxt, sorted(graph[nxt])))
    return None


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    bad = []
    for src, targets in sorted(graph.items()):
        s = stage_of(src)
        for dst in sorted(targets):
            d = stage_of(dst)
            if s == d:
                continue
            if s not in RANKS or d not in RANKS:
                bad.append(f"{src} -> {dst}: stage not in the order (add it to RANKS)")
            elif RANKS[d] >= RANKS[s]:
                bad.append(f"{src} ({s}) -> {dst} ({d}): imports up or sideways")
    return bad


def unresolved_imports() -> list[str]:
    """`from setup_wizard.X import Y` where X (or X.Y) is no module: a late import would fail
    only when its function runs, and the graph above would not see it."""
    mods = all_modules()
    bad = []
    for name, path in mods.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and \
                    node.module.startswith("setup_wizard"):
                if node.module not in mods:
                    bad.append(f"{name}: from {node.module}")
                elif node.module == "setup_wizard":
                    bad += [f"{name}: from setup_wizard import {a.name}" for a in node.names
                            if a.name != "__version__" and f"setup_wizard.{a.name}" not in mods]
    return bad


def test_every_import_resolves() -> None:
    assert unresolved_imports() == []


def test_every_stage_folder_is_ranked() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    assert folders | modules <= set(RANKS), (folders | modules) - set(RANKS)


def test_no_import_cycles() -> None:
    assert find_cycle(import_graph()) is None


def test_imports_run_down_the_stage_order() -> None:
    assert upward_imports(import_graph()) == []


def test_each_stage_folder_says_what_it_takes_and_hands_on() -> None:
    for folder in ("config", "diagnose", "lint", "probe", "emulator"):
        doc = ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text()))
        assert doc and "import" in doc.lower(), folder


# -- the checker itself must be able to fail -------------------------------------------------
def test_checker_finds_a_cycle() -> None:
    graph = {"setup_wizard.a.x": {"setup_wizard.a.y"}, "setup_wizard.a.y": {"setup_wizard.a.x"}}
    assert find_cycle(graph) == ["setup_wizard.a.x", "setup_wizard.a.y", "setup_wizard.a.x"]


@pytest.mark.parametrize("src, dst", [
    ("setup_wizard.config.providers", "setup_wizard.cli"),
    ("setup_wizard.commands.lint", "setup_wizard.api"),  # the API sits on top, beside cli
    ("setup_wizard.api", "setup_wizard.cli"),  # sideways at the top
    ("setup_wizard.config.model", "setup_wizard.diagnose.classify"),
    ("setup_wizard.diagnose.classify", "setup_wizard.probe.transport"),
    ("setup_wizard.lint.engine", "setup_wizard.probe.request"),  # sideways
])
def test_checker_flags_an_upward_import(src: str, dst: str) -> None:
    graph = import_graph()
    graph[src] = {*graph[src], dst}
    assert any(line.startswith(src) for line in upward_imports(graph))


def test_the_root_facade_imports_the_api_and_that_is_not_upward() -> None:
    graph = import_graph()
    assert "setup_wizard.api" in graph["setup_wizard"]  # the lazy re-export is seen
    assert not any(line.startswith("setup_wizard ") for line in upward_imports(graph))


def test_checker_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    f = tmp_path / "m.py"
    f.write_text("def late():\n    from setup_wizard.cli import main\n")
    assert imports_of(f, {"setup_wizard.cli"}) == {"setup_wizard.cli"}


# -- sources: everything a clone needs to follow a citation is in the clone ---------------------
REPO = PACKAGE.parent
OUTSIDE = "../" + "shared"  # spelled in two parts so this file does not match itself


def test_no_citation_points_outside_the_repository() -> None:
    places = [REPO / "README.md", REPO / "pyproject.toml", *(REPO / "docs").rglob("*"),
              *PACKAGE.rglob("*"), *(REPO / "tests").rglob("*"), *(REPO / "templates").rglob("*")]
    bad = [str(p.relative_to(REPO)) for p in places
           if p.is_file() and p.suffix in {".py", ".md", ".json", ".env", ".toml", ".txt", ".yaml"}
           and OUTSIDE in p.read_text(encoding="utf-8", errors="replace")]
    assert bad == []


def test_every_sources_anchor_cited_in_the_code_exists() -> None:
    import re

    anchors = set(re.findall(r"(?m)^### ([a-z0-9-]+)$", (REPO / "docs/sources.md").read_text()))
    cited = set()
    for p in [*PACKAGE.rglob("*.py"), *(REPO / "docs").glob("*.md"), REPO / "README.md",
              REPO / "tests/fixtures/bodies/sources.json"]:
        cited |= set(re.findall(r"sources\.md#([a-z0-9-]+)", p.read_text(encoding="utf-8")))
    assert cited - anchors == set()
