"""The house plan, checked: no import cycle among our modules, layers that import only downwards, no private
name imported across modules, and every import of our own modules inside a function says why it is there."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import REPO

SRC = REPO / "src"
PKG = SRC / "eucaim_spec"
#: command modules import their logic lazily so that `eucaim --help` stays fast (tests/test_cli.py); the
#: cli package's docstring says so once for all of them
LAZY_BY_DESIGN = (PKG / "cli",)
#: layers: a module of a key package may import our modules only from the listed packages (and itself)
LOWER = {
    "eucaim_spec.report": {"eucaim_spec.models", "eucaim_spec.errors", "eucaim_spec.paths", "eucaim_spec.report",
                           "eucaim_spec.stable_xlsx", "eucaim_spec.namespaces", "eucaim_spec.site_urls", "eucaim_spec",
                           # the quality section's charts/DQV (profile.render: stdlib + namespaces only) and its k
                           # threshold (profile.settings; known debt: settings also builds Rule objects)
                           "eucaim_spec.profile.render", "eucaim_spec.profile.settings"},
}


def modules() -> Iterator[tuple[str, Path]]:
    for p in sorted(PKG.rglob("*.py")):
        if "models" in p.relative_to(PKG).parts[:1]:
            continue
        parts = list(p.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield ".".join(parts), p


def _resolve(module: str, node: ast.ImportFrom, is_pkg: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".") if is_pkg else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _imports(module: str, path: Path) -> Iterator[tuple[ast.AST, str, list[str], bool]]:
    """(node, imported module, imported names, at module level?) for every import of eucaim_spec."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_pkg = path.name == "__init__.py"
    type_checking: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_checking |= {id(n) for b in node.body for n in ast.walk(b)}
    top_level = {id(n) for n in tree.body}
    for node in ast.walk(tree):
        if id(node) in type_checking:
            continue
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("eucaim_spec"):
                    yield node, a.name, [], id(node) in top_level
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, node, is_pkg)
            if target.startswith("eucaim_spec"):
                yield node, target, [a.name for a in node.names], id(node) in top_level


def _graph() -> dict[str, set[str]]:
    known = dict(modules())
    graph: dict[str, set[str]] = {m: set() for m in known}
    for m, p in known.items():
        for _node, target, names, top in _imports(m, p):
            if not top:
                continue
            for name in names or [""]:
                sub = f"{target}.{name}" if name else target
                dep = sub if sub in known else target
                while dep not in known and "." in dep:
                    dep = dep.rsplit(".", 1)[0]
                if dep in known and dep != m:
                    graph[m].add(dep)
                    # importing a.b.c runs the packages a and a.b first
                    pkg = dep
                    while "." in pkg:
                        pkg = pkg.rsplit(".", 1)[0]
                        if pkg in known and pkg != m and not m.startswith(pkg + "."):
                            graph[m].add(pkg)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_cycle() -> None:
    assert _cycles(_graph()) == []


def test_layers_import_only_downwards() -> None:
    bad = []
    for m, p in modules():
        for layer, allowed in LOWER.items():
            if m != layer and not m.startswith(layer + "."):
                continue
            for node, target, _names, _top in _imports(m, p):
                if not any(target == a or target.startswith(a + ".") for a in allowed if a != "eucaim_spec") \
                        and target != "eucaim_spec":
                    bad.append(f"{p.relative_to(REPO)}:{getattr(node, 'lineno', 0)} imports {target}")
    assert bad == []


def test_no_private_name_imported_across_modules() -> None:
    bad = []
    for m, p in modules():
        for node, target, names, _top in _imports(m, p):
            for n in names:
                if n.startswith("_") and not n.endswith("__") and target != m:
                    bad.append(f"{p.relative_to(REPO)}:{getattr(node, 'lineno', 0)} {target}.{n}")
    assert bad == []


def test_in_function_imports_of_our_modules_say_why() -> None:
    bad = []
    for m, p in modules():
        if any(p.is_relative_to(d) for d in LAZY_BY_DESIGN):
            continue
        lines = p.read_text(encoding="utf-8").splitlines()
        for node, target, _names, top in _imports(m, p):
            if top:
                continue
            ln = getattr(node, "lineno", 1)
            end = getattr(node, "end_lineno", ln)
            here = " ".join(lines[ln - 1: end])
            above = lines[ln - 2].strip() if ln >= 2 else ""
            if "#" not in here and not above.startswith("#"):
                bad.append(f"{p.relative_to(REPO)}:{ln} {target}")
    assert bad == [], f"{len(bad)} in-function imports without a reason"
