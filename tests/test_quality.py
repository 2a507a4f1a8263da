"""The checks that keep the tests honest run in CI: the suite in a second order, and the
dead-code finders after it (issue 13)."""

from __future__ import annotations

import re

from conftest import ROOT

CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return [ln.strip() for ln in CI.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _setting(name: str) -> str:
    found = re.search(rf"^{re.escape(name)} = (.*)$", PYPROJECT, re.MULTILINE)
    assert found, f"pyproject.toml has no {name}"
    return found.group(1)


def test_ci_runs_the_suite_again_in_reverse_order_after_the_readme_run():
    commands = _commands()
    readme_run = next(i for i, c in enumerate(commands) if c.endswith("&& python -m pytest"))
    # In reverse, all but the tests marked slow (each shares nothing with another test; the
    # README's run ran them).
    assert 'python -m pytest -p no:randomly --reverse -m "not slow"' in commands[readme_run + 1:]
    assert re.search(r'^markers = \["slow: ', PYPROJECT, re.MULTILINE)
    # The README's run is the file-order one: pytest-randomly, wherever installed, is kept out.
    assert "-p no:randomly" in _setting("addopts")


def test_ci_runs_ruff_and_vulture_with_the_unused_code_rules():
    commands = _commands()
    assert "python -m ruff check ." in commands and "python -m vulture" in commands
    assert {'"F401"', '"F841"'} <= set(re.findall(r'"\w+"', _setting("extend-select")))
    assert int(_setting("min_confidence")) <= 80
    for tool in ("ruff", "vulture", "pytest-reverse"):
        assert re.search(rf'^    "{tool}\b', PYPROJECT, re.MULTILINE), f"{tool} not in an extra"
