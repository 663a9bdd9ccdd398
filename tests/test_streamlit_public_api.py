"""The product uses Streamlit only through its public API, which is what a release keeps: `st.…`,
the exceptions its public commands raise (`streamlit.errors`), and its testing module in bench.
No import from the internals (`streamlit.runtime`, `streamlit.web`, `streamlit.elements`, …) and
no attribute set on anything Streamlit owns (st.session_state is the app's own)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = [ROOT / "dashboard.py", *sorted(p for folder in ("pages", "ui", "khs_data", "bench") for p in (ROOT / folder).rglob("*.py"))]
PUBLIC_MODULES = {"streamlit", "streamlit.errors", "streamlit.testing.v1"}


def streamlit_imports(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.split(".")[0] == "streamlit"]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "streamlit":
            found.append(node.module)
    return found


def attribute_root(node: ast.expr) -> list[str]:
    """`st.a.b` → ["st", "a", "b"]; [] when the chain does not start at a name."""
    names = []
    while isinstance(node, ast.Attribute):
        names.insert(0, node.attr)
        node = node.value
    return [node.id, *names] if isinstance(node, ast.Name) else []


def streamlit_attributes_set(tree: ast.AST) -> list[str]:
    targets = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets += node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets.append(node.target)
    chains = [attribute_root(target) for target in targets if isinstance(target, ast.Attribute)]
    return [".".join(chain) for chain in chains if chain[:1] in (["st"], ["streamlit"]) and chain[1:2] != ["session_state"]]


def test_the_check_sees_the_product():
    assert len(PRODUCT) > 50
    assert streamlit_imports(ast.parse("from streamlit.runtime.pages_manager import PagesManager")) == ["streamlit.runtime.pages_manager"]
    assert streamlit_attributes_set(ast.parse("st.Page.x = 1\nst.session_state.year = 2025")) == ["st.Page.x"]


@pytest.mark.parametrize("path", PRODUCT, ids=lambda p: str(p.relative_to(ROOT)))
def test_only_public_streamlit(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert set(streamlit_imports(tree)) <= PUBLIC_MODULES
    assert streamlit_attributes_set(tree) == []


# What every page test runs through: it too must drive the app the public way (AppTest.from_file on
# dashboard.py, switch_page), or a test would pass on a private hook the next release removes.
TEST_HARNESS = [ROOT / "tests" / "app_support.py", ROOT / "tests" / "conftest.py", ROOT / "tests" / "e2e" / "conftest.py"]


@pytest.mark.parametrize("path", TEST_HARNESS, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_test_harness_uses_only_public_streamlit(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert set(streamlit_imports(tree)) <= PUBLIC_MODULES
    assert streamlit_attributes_set(tree) == []
