"""The README documents every command and keeps its two set-up commands."""

from __future__ import annotations

import re

from db.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert names
    for name in names:
        assert re.search(rf"benchboard {name}\b", README), f"`benchboard {name}` is not in the README"


def test_two_setup_commands() -> None:
    assert "make run" in README and "make test" in README


def test_every_benchmark_is_listed() -> None:
    from extract.registry import default_registry

    for b in default_registry():
        assert b.name in README, b.name
