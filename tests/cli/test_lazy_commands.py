"""The command table that lets ``ocop-desktop`` start the GUI without loading every command."""

import importlib
import pkgutil
import subprocess
import sys

import ocop_desktop.cli as cli


def test_every_command_is_in_the_lazy_table() -> None:
    for module in pkgutil.iter_modules(cli.__path__):
        importlib.import_module(f"ocop_desktop.cli.{module.name}")
    assert set(cli.main.commands) == set(cli.COMMAND_MODULES)
    for name, command in cli.main.commands.items():
        assert command.callback is not None
        assert command.callback.__module__ == f"ocop_desktop.cli.{cli.COMMAND_MODULES[name]}"


def test_starting_without_a_command_loads_no_command_module() -> None:
    code = ("import sys, ocop_desktop.cli as c; "
            "c.main.get_command(None, 'nope'); "
            "print(sorted(m for m in sys.modules if m.startswith('ocop_desktop.cli.')))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    assert out.strip() == "[]"


def test_bad_ids_and_paths_get_vietnamese_messages(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.cli.runner import refused

    db = tmp_path / "cli.sqlite"
    assert refused(db, "outbox", "cancel", "abc") == "ID: Phải là một số nguyên."
    assert refused(db, "imports", "undo", "abc") == "ID: Phải là một số nguyên."
    folder = tmp_path / "thu-muc.xlsx"
    folder.mkdir()
    line = refused(db, "outbox", "add", str(folder), "--to", "a@example.org")
    assert "thu-muc.xlsx" in line and "is a directory" not in line
