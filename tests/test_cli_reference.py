"""docs/cli.md is checked against what ``ocop-desktop … --help`` prints.

The reference lists every command in a synopsis line (a line of a fenced block that starts
with ``ocop-desktop``, with its indented continuation lines), and a command's synopsis lines
name every option its ``--help`` lists. So:

* a command that ``--help`` lists and the reference has no synopsis for fails;
* an option that ``--help`` lists and no synopsis line of its command names fails;
* an option (or a command) in the reference that ``--help`` no longer lists fails.

``-h``/``--help`` is left out on both sides; ``--db`` and ``--version`` belong to the
synopsis of ``ocop-desktop`` itself.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocop_desktop.cli import main

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
HELP_OPTIONS = {"-h", "--help"}
_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
_FENCE = re.compile(r"^\s*```")


@cache
def help_of(path: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The long options and the subcommands that ``ocop-desktop *path --help`` lists."""
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, (path, result.output)
    options: set[str] = set()
    commands: list[str] = []
    section = ""
    for line in result.stdout.splitlines():
        if line and not line.startswith(" "):
            section = line.rstrip(":")
            continue
        if section == "Options":
            match = re.match(r"^  (-\S.*?)(?:\s{2,}|$)", line)
            if match:  # the option's names and metavar; its help is further right
                options.update(_OPTION.findall(match.group(1)))
        elif section == "Commands":
            match = re.match(r"^  (\S+)", line)
            if match:
                commands.append(match.group(1))
    return frozenset(options - HELP_OPTIONS), tuple(commands)


def command_paths() -> list[tuple[str, ...]]:
    """Every command ``--help`` leads to, the top level included, depth first."""
    paths: list[tuple[str, ...]] = []

    def walk(path: tuple[str, ...]) -> None:
        paths.append(path)
        for name in help_of(path)[1]:
            walk((*path, name))

    walk(())
    return paths


def synopses(text: str) -> list[tuple[tuple[str, ...], str]]:
    """(command path, text) of each synopsis line of the reference, continuations joined.

    The path is the longest run of words after ``ocop-desktop`` that ``--help`` knows as
    commands; a word that is not one ends it (a metavar, an option, or a command that does
    not exist, which the caller then sees as an unknown word)."""
    found: list[tuple[list[str], list[str]]] = []
    in_block = False
    current: list[str] | None = None
    for line in text.splitlines():
        if _FENCE.match(line):
            in_block = not in_block
            current = None
            continue
        if not in_block:
            continue
        line = re.sub(r"\s+#\s.*$", "", line)  # a comment beside the synopsis
        if line.startswith("ocop-desktop ") or line == "ocop-desktop":
            words = line.split()[1:]
            current = [line]
            found.append((words, current))
        elif current is not None and line[:1].isspace() and line.strip():
            current.append(line)
        else:
            current = None  # "$ ocop-desktop …" examples, their output, a blank line
    result = []
    for words, lines in found:
        path: tuple[str, ...] = ()
        for word in words:
            if word in help_of(path)[1]:
                path = (*path, word)
            else:
                break
        result.append((path, " ".join(lines)))
    return result


@pytest.fixture(scope="module")
def reference() -> list[tuple[tuple[str, ...], str]]:
    return synopses(REFERENCE.read_text(encoding="utf-8"))


def _name(path: tuple[str, ...]) -> str:
    return " ".join(("ocop-desktop", *path))


def _runnable(path: tuple[str, ...]) -> bool:
    """A command one types: a leaf, a group with options of its own, or the top level."""
    options, commands = help_of(path)
    return not commands or bool(options) or path == ()


def test_every_command_has_a_synopsis(reference: list[tuple[tuple[str, ...], str]]) -> None:
    documented = {path for path, _ in reference}
    missing = [_name(p) for p in command_paths() if _runnable(p) and p not in documented]
    assert missing == [], f"docs/cli.md has no synopsis line for: {missing}"


def test_every_option_is_in_its_commands_synopsis(
        reference: list[tuple[tuple[str, ...], str]]) -> None:
    missing = []
    for path in command_paths():
        documented = {option for p, line in reference if p == path
                      for option in _OPTION.findall(line)}
        missing += [f"{_name(path)} {option}"
                    for option in sorted(help_of(path)[0] - documented)]
    assert missing == [], f"options that --help lists and docs/cli.md does not: {missing}"


def test_the_reference_names_only_what_help_lists(
        reference: list[tuple[tuple[str, ...], str]]) -> None:
    wrong = []
    for path, line in reference:
        if not _runnable(path):
            wrong.append(f"{line!r}: {_name(path)} needs one of {help_of(path)[1]}")
            continue
        wrong += [f"{_name(path)} {option}"
                  for option in sorted(set(_OPTION.findall(line)) - help_of(path)[0])]
    assert wrong == [], f"docs/cli.md names what --help does not list: {wrong}"


def test_the_check_sees_a_missing_option_and_a_stale_one() -> None:
    """The parser on a crafted reference: what the three tests above rely on."""
    text = ("```\n"
            "ocop-desktop units list [--on YYYY-MM-DD]\n"
            "ocop-desktop units export --gone\n"
            "    [--json]\n"
            "$ ocop-desktop units list --json\n"
            "```\n"
            "ocop-desktop topic list --json (outside a block: not a synopsis)\n")
    assert synopses(text) == [
        (("units", "list"), "ocop-desktop units list [--on YYYY-MM-DD]"),
        (("units",), "ocop-desktop units export --gone     [--json]"),
    ]
    options, commands = help_of(("units", "list"))
    assert options == {"--on", "--json"} and commands == ()
    assert not _runnable(("units",))  # "units export" is not a command: reported as such
