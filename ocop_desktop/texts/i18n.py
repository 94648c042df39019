"""Translation helpers: texts kept in tables, and the catalogues' Vietnamese names.

``QT_TRANSLATE_NOOP("Context", "text")`` returns ``text`` unchanged; it only tells the
translation extractor (``installer/update_translations.py``) that ``text`` is translated
under ``Context`` later, where it is shown, e.g. ``QCoreApplication.translate("Context",
HEADERS[section])``. PySide6 has the same function, typed as returning ``object``; this one
keeps the ``str`` type.

``catalogue_name(name)`` shows a name of the default catalogues (forms of propaganda,
measures, languages, sources, priorities — ``domain/catalogue.py``, which has no Qt) in the
interface language. The names stay Vietnamese in the data and in the reports, which are
official Vietnamese documents; a form a user added shows as typed. QtCore only, so the CLI
can use this module too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CATALOGUE_CONTEXT = "CatalogueNames"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for the tools)
    return text


def catalogue_name(name: str) -> str:
    """A default catalogue's Vietnamese ``name`` in the interface language."""
    return QCoreApplication.translate(CATALOGUE_CONTEXT, name) if name else name


# Every name of domain/catalogue.py, for the extractor; tests/test_translations.py checks
# that none is missing.
CATALOGUE_NAMES = (
    # Forms of propaganda.
    QT_TRANSLATE_NOOP("CatalogueNames", "Tin, bài, phóng sự phát trên đài truyền thanh"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếp sóng/tiếp âm (VOV, đài tỉnh, đài huyện)"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Truyền hình"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Báo in, báo điện tử"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Trang/cổng thông tin điện tử"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Mạng xã hội, nhóm Zalo/Facebook"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tin nhắn SMS"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Bảng tin công cộng"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Bản tin, tờ rơi, sách mỏng, ấn phẩm"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Băng rôn, khẩu hiệu, pa-nô, áp phích"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Hội nghị, tuyên truyền miệng"),
    # Measures.
    QT_TRANSLATE_NOOP("CatalogueNames", "Số tin, bài"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Số lượt phát"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Số phút"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Số bản"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Số người dự"),
    # Languages of broadcasts.
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếng Việt"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếng Tày"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếng Nùng"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếng Tày–Nùng"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếng Dao"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếng Mông"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếng Hoa"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Ngôn ngữ khác"),
    # Sources.
    QT_TRANSLATE_NOOP("CatalogueNames", "Tự sản xuất"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếp sóng Đài Tiếng nói Việt Nam"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếp sóng đài tỉnh"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Tiếp sóng đài huyện"),
    # Priorities.
    QT_TRANSLATE_NOOP("CatalogueNames", "Thông thường"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Ưu tiên"),
    QT_TRANSLATE_NOOP("CatalogueNames", "Khẩn cấp"),
)
