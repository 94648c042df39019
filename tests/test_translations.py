"""Every user-facing text is translatable, translated into English, and correct Vietnamese.

The texts are found the way ``installer/update_translations.py`` finds them (``self.tr``,
``QCoreApplication.translate``, translate helpers such as ``_tr``, ``QT_TRANSLATE_NOOP``).
When a test here fails after you added or changed a text, run

    python installer/update_translations.py --release

translate the texts it lists in ``resources/translations/ocop_desktop_en.ts`` (Qt Linguist:
``pyside6-linguist``, or any editor: fill the <translation> and drop type="unfinished"), and
run it again to compile the .qm.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "installer" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
ENGLISH_TS = tool.ts_path("en")


# Extracted when a test first asks, not at import: extraction parses the whole package (about
# 2 s), and every process of the suite imports this module to collect its tests.
@functools.cache
def _extracted() -> tuple[list[Any], list[Any]]:
    messages, dynamic = tool.extract()
    return messages, dynamic


def _messages() -> list[Any]:
    return _extracted()[0]


@functools.cache
def _english() -> dict[Any, Any]:
    return tool.read_ts(ENGLISH_TS)  # type: ignore[no-any-return]

# Vietnamese words that are never right without their diacritics ("khong" for "không"…);
# words that are also correct bare ("nay", "ngay", "hai", "dong"…) cannot be told apart.
UNACCENTED = ("khong", "duoc", "chua", "nguoi", "thang", "tep", "luu", "xoa", "sua", "chon",
              "nhap", "bao cao", "du lieu", "don vi", "thoi gian", "cai dat", "ghi chu", "hien",
              "tim", "phat", "tuyen truyen", "cua", "voi", "khoi phuc", "sao luu", "thu muc",
              "mat khau", "so lieu", "hop le", "thong tin", "dien", "truyen thanh", "huyen",
              "tinh", "bam", "quy", "muc", "gio", "phut", "lich", "chu de", "hinh thuc")
_UNACCENTED = re.compile(r"(?<![\w.@-])(" + "|".join(map(re.escape, UNACCENTED)) + r")(?![\w.@-])",
                         re.IGNORECASE)


def _where(message: object) -> str:
    file, line = message.locations[0]  # type: ignore[attr-defined]
    return f"{file}:{line}"


def test_the_extractor_finds_the_texts() -> None:
    contexts = {m.context for m in _messages()}
    assert len(_messages()) > 500
    # Each way of translating is seen: classes' self.tr, module helpers, explicit contexts.
    assert {"MainWindow", "LogTable", "ProblemTexts", "Cli", "App"} <= contexts


def test_every_translate_call_has_literal_texts() -> None:
    """A text passed as a variable cannot be extracted, so it would never be translated."""
    assert not _extracted()[1], "mark these texts with QT_TRANSLATE_NOOP (texts/i18n.py):\n" + \
        "\n".join(f"{d.path}:{d.line}: {d.code}" for d in _extracted()[1])


def test_every_text_has_a_finished_english_translation() -> None:
    missing = tool.untranslated(_messages(), _english())
    assert not missing, (
        f"{len(missing)} texts lack an English translation in {ENGLISH_TS.name} "
        "(run python installer/update_translations.py --release):\n"
        + "\n".join(f"[{m.context}] {m.source!r} ({_where(m)})" for m in missing[:30]))


def test_translations_keep_every_placeholder() -> None:
    bad = tool.placeholder_mismatches(_messages(), _english())
    assert not bad, "\n".join(f"[{m.context}] {m.source!r} → {t!r}" for m, t in bad)


def test_compiled_english_file_matches_the_ts_file(qapp: object) -> None:
    """The .qm in the package is compiled from the current .ts (every text translates)."""
    translator = QTranslator()
    assert translator.load(str(tool.qm_path_for(ENGLISH_TS)))
    stale = []
    for message in _messages():
        expected = _english()[message.key].text
        got = translator.translate(message.context, message.source, message.comment or None)
        if got != expected:
            stale.append(f"[{message.context}] {message.source!r}: {got!r} != {expected!r}")
    assert not stale, "recompile: python installer/update_translations.py --release\n" + \
        "\n".join(stale[:20])


def test_qt_standard_texts_in_vietnamese_are_compiled(qapp: object) -> None:
    source = ROOT / "resources" / "translations" / "qtbase_vi.ts"
    entries = tool.read_ts(source)
    translator = QTranslator()
    assert translator.load(str(tool.qm_path_for(source)))
    assert len(entries) > 50
    for (context, text, comment), translation in entries.items():
        assert translation.text and not translation.unfinished, (context, text)
        assert translator.translate(context, text, comment or None) == translation.text


def test_installed_translator_changes_what_the_app_shows(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(tool.qm_path_for(ENGLISH_TS)))
    qapp.installTranslator(translator)
    try:
        from ocop_desktop.texts.problem_texts import field_name

        assert field_name("minutes") == "Minutes"
        assert QCoreApplication.translate("MainWindow", "Báo cáo") == "Reports"
    finally:
        qapp.removeTranslator(translator)


def test_vietnamese_source_texts_are_not_empty() -> None:
    empty = [m for m in _messages() if not m.source.strip()]
    assert not empty, [f"[{m.context}] ({_where(m)})" for m in empty]


@pytest.mark.parametrize("sample, flagged", [
    ("Không lưu được tệp", False), ("Khong luu duoc tep", True),
    ("Gõ không dấu: “dong dang” tìm thấy “Đồng Đăng”", False),
    ("ví dụ vanhoa.xa@example.gov.vn", False), ("Chon don vi", True)])
def test_missing_diacritics_detector(sample: str, flagged: bool) -> None:
    assert bool(_UNACCENTED.search(sample)) is flagged


def test_vietnamese_source_texts_have_their_diacritics() -> None:
    bad = [f"[{m.context}] {m.source!r} ({_where(m)}): “{hit.group(0)}”"
           for m in _messages() for hit in [_UNACCENTED.search(m.source)] if hit]
    assert not bad, "Vietnamese words without diacritics:\n" + "\n".join(bad)


def test_data_sheet_column_titles_are_marked_for_translation() -> None:
    from ocop_desktop.excel.columns import DATA_COLUMNS

    marked = {m.source for m in _messages() if m.context == "ProblemTexts"}
    assert {c.title for c in DATA_COLUMNS} <= marked


def test_catalogue_names_are_marked_for_translation() -> None:
    """Forms, measures, languages, sources and priorities (domain/catalogue.py, no Qt) show
    in the interface language through texts.i18n.catalogue_name."""
    from ocop_desktop.domain.catalogue import (
        DEFAULT_FORMS,
        FORM_NAME_HISTORY,
        FORMS,
        LANGUAGES,
        MEASURE_NAMES,
        PRIORITIES,
        SOURCES,
    )
    from ocop_desktop.texts.i18n import CATALOGUE_CONTEXT

    names = ({f.name for f in (*DEFAULT_FORMS, *FORMS, *FORM_NAME_HISTORY)}
             | set(MEASURE_NAMES.values())
             | {c.name for c in (*LANGUAGES, *SOURCES, *PRIORITIES)})
    marked = {m.source for m in _messages() if m.context == CATALOGUE_CONTEXT}
    assert names - marked == set(), "add them to CATALOGUE_NAMES in ocop_desktop/texts/i18n.py"


def test_catalogue_names_follow_the_interface_language(qapp: QCoreApplication) -> None:
    from ocop_desktop.texts.i18n import catalogue_name

    assert catalogue_name("Tiếng Tày") == "Tiếng Tày"  # no translator: Vietnamese
    translator = QTranslator()
    assert translator.load(str(tool.qm_path_for(ENGLISH_TS)))
    qapp.installTranslator(translator)
    try:
        assert catalogue_name("Tiếng Tày") == "Tày"
        assert catalogue_name("Một hình thức người dùng thêm") == "Một hình thức người dùng thêm"
    finally:
        qapp.removeTranslator(translator)


def test_every_offered_language_ships_its_translation() -> None:
    from ocop_desktop.ui.settings_dialog import LANGUAGES

    for code, _name in LANGUAGES:
        if code == "vi":  # the source language: Qt's own texts only
            assert (ROOT / "ocop_desktop" / "translations" / "qtbase_vi.qm").is_file()
        else:
            assert (ROOT / "ocop_desktop" / "translations" / f"ocop_desktop_{code}.qm").is_file()


def test_extractor_understands_helpers_classes_and_markers(tmp_path: Path) -> None:
    package = tmp_path / "demo_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "texts.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Texts', text)\n"
        "def tr(text: str) -> str:\n"
        "    \"\"\"Doc.\"\"\"\n"
        "    from PySide6.QtCore import QCoreApplication\n"
        "    return QCoreApplication.translate('Shared', text)\n"
        "A = _tr('Một')\n", encoding="utf-8")
    (package / "page.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from demo_pkg.texts import tr\n"
        "from demo_pkg.i18n import QT_TRANSLATE_NOOP\n"
        "HEADERS = (QT_TRANSLATE_NOOP('Page', 'Ngày'),)\n"
        "class Page:\n"
        "    def title(self):\n"
        "        return self.tr('Trang') + tr('Chung')\n"
        "    def header(self, i):\n"
        "        return QCoreApplication.translate('Page', HEADERS[i])\n"
        "def loose(name):\n"
        "    text = name.strip()\n"
        "    return QCoreApplication.translate('Loose', text)\n", encoding="utf-8")
    messages, dynamic = tool.extract(package)
    assert {(m.context, m.source) for m in messages} == {
        ("Texts", "Một"), ("Shared", "Chung"), ("Page", "Ngày"), ("Page", "Trang")}
    # The header lookup is covered by the marked table; the loose one is reported.
    assert [(d.line, d.context) for d in dynamic] == [(12, "Loose")]
