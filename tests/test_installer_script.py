"""The Windows installer's sources, checked without Wine or Inno Setup (issue 17).

``installer/installer_check.py`` compiles ``installer/ocop_desktop.iss`` and runs the setup
under Wine (minutes, not for CI; docs/packaging.md). These tests guard what that check would
find first: ``Vietnamese.isl`` has exactly the message names of Inno Setup 6.2.2's
``Default.isl`` (written down in ``installer/default_isl_keys.txt``; compared with the real
``Default.isl`` too when a copy is at hand), and every file and message the script names exists.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))
import build  # noqa: E402
import installer_check  # noqa: E402
import isl  # noqa: E402

from ocop_desktop import paths  # noqa: E402

ISS = INSTALLER / "ocop_desktop.iss"


def iss_text() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def iss_section(name: str) -> list[str]:
    """The non-comment lines of one ``[Section]`` of the .iss."""
    lines: list[str] = []
    inside = False
    for raw in iss_text().splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[[A-Za-z]+\]", line):
            inside = line == f"[{name}]"
            continue
        if inside and line and not line.startswith(";"):
            lines.append(line)
    return lines


def real_default_isl() -> Path | None:
    """A ``Default.isl`` of a real Inno Setup, if this machine has one (never downloaded here)."""
    candidates = [os.environ.get("OCOP_ISCC"),
                  installer_check.CACHE / f"pyinno-setup-{installer_check.PYINNO_VERSION}"
                  / "pyinno_setup" / "libs" / "Inno6" / "ISCC.exe"]
    for candidate in candidates:
        if candidate and (Path(candidate).parent / "Default.isl").is_file():
            return Path(candidate).parent / "Default.isl"
    return None


# -- Vietnamese.isl -----------------------------------------------------------------------------

def test_vietnamese_isl_is_utf8_with_a_byte_order_mark() -> None:
    assert isl.encoding_problems() == []


def test_vietnamese_isl_has_exactly_the_message_names_of_default_isl() -> None:
    version, names = isl.read_keys()
    assert version == "6.2.2"
    assert sum(len(v) for v in names.values()) > 250
    problems = isl.key_problems(isl.read(isl.VIETNAMESE_ISL), names, "Default.isl 6.2.2")
    assert problems == []


def test_the_key_comparison_finds_a_missing_and_an_extra_message() -> None:
    _, names = isl.read_keys()
    text = isl.VIETNAMESE_ISL.read_bytes().decode("utf-8-sig")
    text = text.replace("ButtonNewFolder=", "ButtonNewFolderX=")
    problems = isl.key_problems(isl.parse(text), names, "Default.isl")
    assert any("lacks 1 message(s)" in p and "ButtonNewFolder" in p for p in problems)
    assert any("ButtonNewFolderX" in p for p in problems)
    doubled = isl.parse(text + "\n[Messages]\nButtonOK=OK\n")
    assert any("twice" in p for p in isl.key_problems(doubled, names, "Default.isl"))


def test_vietnamese_isl_texts_are_vietnamese_and_well_formed() -> None:
    translation = isl.read(isl.VIETNAMESE_ISL)
    assert translation.sections["LangOptions"]["LanguageID"] == "$042A"
    assert translation.sections["LangOptions"]["LanguageName"] == "Tiếng Việt"
    texts = [t for s in isl.MESSAGE_SECTIONS for t in translation.sections[s].values() if t]
    vietnamese = [t for t in texts if isl.VIETNAMESE_LETTER.search(t)]
    assert len(vietnamese) / len(texts) > 0.9
    for text in texts:
        accelerators = text.replace("&&", "").count("&")
        assert accelerators <= 1, text
        if accelerators:
            assert re.search(r"&[A-Za-z]", text.replace("&&", "")), text
        assert not re.search(r"%[^1-9n%]", text), text
    messages = translation.sections["Messages"]
    assert messages["ButtonNext"] == "&Tiếp >"
    assert messages["ButtonCancel"] == "Hủy"
    assert translation.sections["CustomMessages"]["UninstallProgram"] == "Gỡ cài đặt %1"


def test_vietnamese_isl_against_the_real_default_isl() -> None:
    default = real_default_isl()
    if default is None:
        pytest.skip("no Inno Setup Default.isl on this machine (installer_check.py fetches it)")
    assert isl.check_against(default) == []
    names = {s: isl.read(default).names(s) for s in isl.MESSAGE_SECTIONS}
    assert names == isl.read_keys()[1]


# -- ocop_desktop.iss ---------------------------------------------------------------------------

def test_iss_is_utf8_with_a_byte_order_mark() -> None:
    assert ISS.read_bytes().startswith(isl.BOM)


def test_every_file_the_script_names_exists() -> None:
    text = iss_text()
    named: list[str] = []
    named += re.findall(r'MessagesFile:\s*"([^"]+)"', text)
    named += [s for s in re.findall(r'Source:\s*"([^"]+)"', text) if "{#" not in s]
    named += re.findall(r"^SetupIconFile=(.+)$", text, re.MULTILINE)
    named += re.findall(r'#define VersionFile AddBackslash\(SourcePath\) \+ "([^"]+)"', text)
    assert len(named) >= 5
    for name in named:
        if name.startswith("compiler:"):
            assert name == "compiler:Default.isl"  # the only file taken from Inno Setup
            continue
        path = (INSTALLER / name.replace("\\", "/")).resolve()
        assert path.is_file(), f"{ISS.name} names {name}, which does not exist"


def test_every_message_the_script_uses_is_defined_in_both_languages() -> None:
    text = iss_text()
    used = set(re.findall(r"\{cm:([A-Za-z]+)", text))
    used |= set(re.findall(r"CustomMessage\('([A-Za-z]+)'\)", text))
    assert {"UserGuide", "UninstallProgram", "DataKept", "CreateDesktopIcon"} <= used
    own: dict[str, dict[str, str]] = {"vietnamese": {}, "english": {}}
    for line in iss_section("CustomMessages"):
        language, rest = line.split(".", 1)
        name, value = rest.split("=", 1)
        own[language][name] = value
    vietnamese = isl.read(isl.VIETNAMESE_ISL).sections["CustomMessages"]
    english = isl.read_keys()[1]["CustomMessages"]
    for name in used:
        assert name in own["vietnamese"] or name in vietnamese, f"{name}: no Vietnamese text"
        assert name in own["english"] or name in english, f"{name}: no English text"
    for value in own["vietnamese"].values():
        assert isl.VIETNAMESE_LETTER.search(value), value
    assert set(own["vietnamese"]) == set(own["english"])
    languages = iss_section("Languages")
    assert languages[0].startswith('Name: "vietnamese"; MessagesFile: "Vietnamese.isl"')


def test_the_version_reader_finds_the_package_version() -> None:
    """What the ISPP reader does: the first line starting '__version__ = ', characters 16 to
    the one before last (ISPP counts from 1)."""
    version_file = ROOT / "ocop_desktop" / "__init__.py"
    found = ""
    for line in version_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__ = "):
            found = line[15:len(line) - 1]
            break
    assert found == build.package_version()
    assert "#define public AppVersion Copy(Line, 16, Len(Line) - 16)" in iss_text()


def test_the_script_keeps_the_data_folder_of_paths_py() -> None:
    folder = f"{{localappdata}}\\{paths.APP_AUTHOR}\\{paths.APP_NAME}"
    assert f"ExpandConstant('{folder}')" in iss_text()
    # The uninstaller deletes only what was installed: no [UninstallDelete] entries at all.
    assert not re.search(r"^\[UninstallDelete\]", iss_text(), re.MULTILINE)


def test_the_check_expects_the_shortcuts_the_script_makes() -> None:
    own = dict(line.split("=", 1) for line in iss_section("CustomMessages"))
    vietnamese = isl.read(isl.VIETNAMESE_ISL).sections["CustomMessages"]
    expected = {"OCOP Desktop.lnk",
                own["vietnamese.UserGuide"] + ".lnk",
                vietnamese["UninstallProgram"].replace("%1", "OCOP Desktop") + ".lnk"}
    assert set(installer_check.SHORTCUTS) == expected
    assert installer_check.DATA_KEPT_START in own["vietnamese.DataKept"]


def test_the_stand_in_bundle_has_the_package_data_of_the_real_one() -> None:
    names = {p.name for p in installer_check.package_data_files()}
    assert {"ocop-desktop.ico", "ocop_desktop_en.qm", "qtbase_vi.qm"} <= names
    assert not any(p.suffix == ".py" for p in installer_check.package_data_files())
    assert (INSTALLER / "standin" / "standin.c").is_file()
    assert (INSTALLER / "standin" / "standin.rc").is_file()
    assert installer_check.next_version("0.1.0") == "0.1.1"
