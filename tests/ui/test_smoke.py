"""Smoke: the main window, every page and every dialog open and close without a Qt warning
(pytest-qt fails a test on any Qt warning). Owners of other dialogs add theirs below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from ocop_desktop.ui.help_dialog import AboutDialog
from ocop_desktop.ui.main_window import MainWindow


def test_every_page_opens(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    keys = main_window.page_keys()
    assert "log" in keys
    assert main_window.current_page_key() == "log"  # the first start opens the log
    for key in keys:
        page = main_window.show_page(key)
        assert main_window.stack.currentWidget() is page
        assert page.isVisible()
        main_window.grab()  # paint it, as the screen would
    main_window.show_page("log")


def test_every_menu_action_has_its_shortcut_in_its_text(main_window: MainWindow) -> None:
    """Qt shows an action's shortcut in its menu; check each shortcut is unique too."""
    seen: dict[str, str] = {}
    for menu in (main_window.file_menu, main_window.log_menu, main_window.catalogue_menu,
                 main_window.tools_menu, main_window.help_menu):
        assert menu.actions(), menu.title()
        for action in menu.actions():
            if action.isSeparator() or action.shortcut().isEmpty():
                continue
            key = action.shortcut().toString()
            assert key not in seen, f"{key}: {seen[key]} and {action.text()}"
            seen[key] = action.text()
    assert {"Ctrl+S", "Ctrl+Return", "Ctrl+D", "Ctrl+N", "Ctrl+Z", "Ctrl+Q", "Del"} <= set(seen)


def test_menus_are_in_vietnamese(main_window: MainWindow) -> None:
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles == ["&Tệp", "&Sổ ghi", "&Danh mục", "&Công cụ", "Trợ &giúp"]


def test_about_dialog(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.show_about()
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(main_window.ctx.db_path) in texts and "OCOP Desktop" in texts
    dialog.grab()
    dialog.reject()


def test_calendar_popup_of_the_date_field(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    date_edit = main_window.log_page.form.date_edit
    date_edit.show_calendar()
    popup = date_edit._popup
    assert popup is not None and popup.isVisible()
    popup.grab()
    popup.calendar.activated.emit(popup.calendar.selectedDate())
    assert not popup.isVisible()


def test_header_menu_and_window_layout_are_remembered(ctx, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from ocop_desktop.ui.log_table import Column
    from ocop_desktop.ui.preferences import Preferences

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.log_page.table.setColumnHidden(Column.OPERATOR, True)
    window.show_page("reports")
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert not Preferences().geometry.isEmpty()
    assert again.current_page_key() == "reports"
    assert again.log_page.table.isColumnHidden(Column.OPERATOR)
    again.close()


def test_no_dialog_left_open(main_window: MainWindow) -> None:
    open_dialogs = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QDialog) and w.isVisible()]
    assert open_dialogs == []
    assert main_window.windowTitle().startswith("OCOP Desktop") or main_window.windowTitle()
    assert main_window.testAttribute(Qt.WidgetAttribute.WA_WState_Visible)


def test_schedule_dialogs(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Lịch phát sóng: slot (add, edit), "Đã phát", "Không phát" and targets dialogs."""
    import datetime as dt

    from ocop_desktop.domain.schedule import Slot
    from ocop_desktop.operations import schedule as ops

    today = dt.date.today()
    ops.save_slot(main_window.ctx.repo, slot=Slot(
        start=dt.time(0, 0), minutes=15, form_code="radio", topic_code="QD861",
        title="Bản tin xã", unit_code="", days=tuple(range(7)), valid_from=today))
    page = main_window.show_page("schedule")
    page.refresh()
    page.todo_view.setFocus()
    for open_dialog in (page.add_slot, page.edit_slot, page.mark_aired, page.mark_not_aired,
                        page.edit_targets):
        page.week_view.setCurrentIndex(page.week_model.index(0, 0))
        page.todo_view.setFocus()
        dialog = open_dialog()
        assert dialog is not None, open_dialog.__name__
        qtbot.waitExposed(dialog)
        dialog.grab()
        dialog.reject()
        qtbot.waitUntil(lambda: page.dialog is None)


def test_cluster_and_relation_dialogs(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Danh mục → Cụm loa, Quan hệ báo cáo (issue 13): every dialog opens and paints."""
    from ocop_desktop.domain.administration import Cluster
    from ocop_desktop.operations import administration as ops
    from ocop_desktop.ui.administration_pages import (
        ClusterDialog,
        ClusterStatusDialog,
        RelationDialog,
    )

    ctx = main_window.ctx
    cluster_id = ops.add_cluster(ctx.repo, cluster=Cluster("Cụm loa Nà Cạn", "05986"))
    cluster = next(c for c in ops.clusters(ctx.repo) if c.id == cluster_id)
    catalogue = main_window.show_page("catalogue")
    for index in range(catalogue.count()):
        catalogue.setCurrentIndex(index)
        main_window.grab()
    for dialog in (ClusterDialog(ctx, "05986"), ClusterDialog(ctx, "05986", cluster),
                   ClusterStatusDialog(ctx, cluster), RelationDialog(ctx),
                   RelationDialog(ctx, ops.relations(ctx.repo)[0])):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab()
        dialog.reject()
