"""Which way the imports point, read from the code's syntax trees (nothing is imported).

`archive` stores and announces (archive/signals.py, the /healthz registry); `search`
listens, indexes and answers. Inside `search`, no module imports another that imports
it back, however indirectly, and the Whoosh fast path (search/whoosh/) takes from the
rest of the app only the analyzer, the query language and the lock.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(package):
    """{module name: path} of every Python file under `package` (migrations included)."""
    return {module_name(path): path for path in sorted((ROOT / package).rglob("*.py"))}


def imports(path):
    """The names `path` imports, anywhere in it (a function's own imports too), with
    relative imports resolved; `from x import y` gives x.y as well as x."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def within(name, package):
    return name == package or name.startswith(f"{package}.")


def test_archive_never_imports_search():
    importing = {
        name: sorted(n for n in imports(path) if within(n, "search"))
        for name, path in modules("archive").items()
    }
    importing = {name: found for name, found in importing.items() if found}
    # The project's settings live in archive/ and configure every app: they read
    # BAOKAN_SEARCH_URL with search/config.py, which imports no engine and no model.
    assert importing == {
        "archive.settings": ["search.config", "search.config.haystack_connections"]
    }


def test_search_has_no_import_cycle():
    names = modules("search")
    graph = {
        name: {found for found in imports(path) if found in names and found != name}
        for name, path in names.items()
    }
    cycles = [c for c in strongly_connected(graph) if len(c) > 1]
    assert cycles == []


def test_the_cycle_finder_finds_one():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert [sorted(c) for c in strongly_connected(graph) if len(c) > 1] == [["a", "b", "c"]]


def test_search_whoosh_takes_little_from_the_rest_of_search():
    allowed = {"search.analyzer", "search.queries", "search.locks"}
    taken = {
        found
        for path in modules("search/whoosh").values()
        for found in imports(path)
        if within(found, "search") and not within(found, "search.whoosh") and found != "search"
    }
    # A module, or a name taken from one (search.queries.Outcome).
    assert {name for name in taken if not {name, name.rpartition(".")[0]} & allowed} == set()
    assert taken  # the walk sees them: the analyzer at least


def strongly_connected(graph):
    """Tarjan's strongly connected components of {node: {nodes it points to}}."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found
