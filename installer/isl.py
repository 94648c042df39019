"""Inno Setup message files (.isl): read them, and compare Vietnamese.isl with Default.isl.

Used by ``installer/installer_check.py`` (against the ``Default.isl`` of the compiler it runs)
and by ``tests/test_installer_script.py`` (against ``installer/default_isl_keys.txt``, the
message names of that ``Default.isl`` written down, so the test needs neither Inno Setup nor
the network). Regenerate the list from a compiler's ``Default.isl`` with

    python installer/isl.py --write-keys PATH\\TO\\Default.isl 6.2.2
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
VIETNAMESE_ISL = HERE / "Vietnamese.isl"
KEYS_FILE = HERE / "default_isl_keys.txt"
# The sections whose names must match Default.isl one for one ([LangOptions] is the
# language's own: name, id, code page, fonts).
MESSAGE_SECTIONS = ("Messages", "CustomMessages")
LANG_OPTIONS = ("LanguageName", "LanguageID", "LanguageCodePage")
BOM = b"\xef\xbb\xbf"

# Placeholders Inno Setup fills in: %1..%9 (arguments), %n (new line), [name], [name/ver],
# [mb], [gb] (wizard texts).
PLACEHOLDER = re.compile(r"%[1-9n]|\[(?:name|name/ver|mb|gb)\]")
# Vietnamese letters that ASCII lacks: a translated message has at least one.
VIETNAMESE_LETTER = re.compile(
    "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
    re.IGNORECASE)


@dataclass
class MessageFile:
    """The entries of an .isl file, section by section (names in file order)."""

    sections: dict[str, dict[str, str]] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)

    def names(self, section: str) -> list[str]:
        return list(self.sections.get(section, {}))


def parse(text: str) -> MessageFile:
    """Read an .isl as Inno Setup does: ``[Section]``, ``Name=Value``, ``;`` comments."""
    result = MessageFile()
    section: dict[str, str] | None = None
    section_name = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section_name = line[1:-1]
            section = result.sections.setdefault(section_name, {})
            continue
        if section is None or "=" not in line:
            continue
        name, value = line.split("=", 1)
        name = name.strip()
        if name in section:
            result.duplicates.append(f"[{section_name}] {name}")
        section[name] = value
    return result


def read(path: Path) -> MessageFile:
    data = path.read_bytes()
    return parse(data.decode("utf-8-sig"))


# -- the committed list of Default.isl's message names --------------------------------------

def keys_text(default: MessageFile, version: str) -> str:
    lines = [
        "# The message names of Inno Setup's Default.isl, written down so that",
        "# tests/test_installer_script.py can check installer/Vietnamese.isl without Inno Setup.",
        "# Made by: python installer/isl.py --write-keys PATH\\TO\\Default.isl VERSION",
        f"inno-setup {version}",
    ]
    for section in MESSAGE_SECTIONS:
        lines.append(f"[{section}]")
        lines.extend(default.names(section))
    return "\n".join(lines) + "\n"


def read_keys(path: Path = KEYS_FILE) -> tuple[str, dict[str, list[str]]]:
    """(Inno Setup version, message names per section) from ``default_isl_keys.txt``."""
    version = ""
    names: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("inno-setup "):
            version = line.split(" ", 1)[1].strip()
        elif line.startswith("["):
            current = names.setdefault(line.strip("[]"), [])
        elif current is not None:
            current.append(line.strip())
    return version, names


# -- the comparison -------------------------------------------------------------------------

def key_problems(translation: MessageFile, names: dict[str, list[str]], against: str) -> list[str]:
    """Differences between the message names of ``translation`` and ``names``."""
    problems = [f"Vietnamese.isl names {d} twice" for d in translation.duplicates]
    for section in MESSAGE_SECTIONS:
        wanted = names.get(section, [])
        have = translation.names(section)
        missing = [n for n in wanted if n not in have]
        extra = [n for n in have if n not in wanted]
        if missing:
            problems.append(f"Vietnamese.isl [{section}] lacks {len(missing)} message(s) of "
                            f"{against}: {', '.join(missing)}")
        if extra:
            problems.append(f"Vietnamese.isl [{section}] has {len(extra)} message(s) that "
                            f"{against} does not: {', '.join(extra)}")
    options = translation.sections.get("LangOptions", {})
    for option in LANG_OPTIONS:
        if not options.get(option):
            problems.append(f"Vietnamese.isl [LangOptions] lacks {option}")
    return problems


def text_problems(translation: MessageFile, default: MessageFile) -> list[str]:
    """Message by message: same placeholders, one accelerator where English has one, no period
    added where English has none (Inno Setup adds it), Vietnamese words where English has words."""
    problems: list[str] = []
    for section in MESSAGE_SECTIONS:
        english = default.sections.get(section, {})
        for name, text in translation.sections.get(section, {}).items():
            source = english.get(name)
            if source is None:
                continue
            where = f"[{section}] {name}"
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders {PLACEHOLDER.findall(text)} differ "
                                f"from English {PLACEHOLDER.findall(source)}")
            if _accelerators(source) != _accelerators(text):
                problems.append(f"{where}: {_accelerators(text)} '&' accelerator(s), "
                                f"English has {_accelerators(source)}")
            elif _accelerators(text) and not re.search(r"&[A-Za-z]", text.replace("&&", "")):
                problems.append(f"{where}: the '&' accelerator is not on a plain letter")
            if text.endswith(".") and not source.endswith("."):
                problems.append(f"{where}: ends with a period English does not have")
            if not source.strip():
                continue
            if text == source and not _untranslatable(source):
                problems.append(f"{where}: still the English text ({text!r})")
            elif not VIETNAMESE_LETTER.search(text) and not _untranslatable(source) \
                    and text not in ASCII_VIETNAMESE:
                problems.append(f"{where}: no Vietnamese letter in {text!r}")
    return problems


# Vietnamese texts written without a letter ASCII lacks.
ASCII_VIETNAMESE = {"Xem %1"}


def _accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def _untranslatable(source: str) -> bool:
    """English texts that stay as they are: "OK", "32-bit", "%1 (%2)"."""
    return source in ("OK", "32-bit", "64-bit") or not re.search(r"[A-Za-z]{3,}",
                                                                  PLACEHOLDER.sub("", source))


def encoding_problems(path: Path = VIETNAMESE_ISL) -> list[str]:
    data = path.read_bytes()
    problems = []
    if not data.startswith(BOM):
        problems.append(f"{path.name} has no UTF-8 byte order mark: Inno Setup would read it "
                        "as ANSI and garble the Vietnamese")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{path.name} is not UTF-8: {exc}")
    return problems


def check_against(default_isl: Path, translation_path: Path = VIETNAMESE_ISL) -> list[str]:
    """Every problem of ``translation_path`` measured against a real ``Default.isl``."""
    translation = read(translation_path)
    default = read(default_isl)
    names = {s: default.names(s) for s in MESSAGE_SECTIONS}
    return (encoding_problems(translation_path)
            + key_problems(translation, names, f"the compiler's {default_isl.name}")
            + text_problems(translation, default))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-keys", nargs=2, metavar=("DEFAULT_ISL", "VERSION"),
                        help="write installer/default_isl_keys.txt from this Default.isl")
    parser.add_argument("--check", type=Path, metavar="DEFAULT_ISL",
                        help="compare installer/Vietnamese.isl with this Default.isl")
    args = parser.parse_args(argv)
    if args.write_keys:
        default = read(Path(args.write_keys[0]))
        KEYS_FILE.write_text(keys_text(default, args.write_keys[1]), encoding="utf-8")
        print(f"wrote {KEYS_FILE}")
        return 0
    if args.check:
        problems = check_against(args.check)
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
