"""Incoming directives above, the topics the selected one asks for below."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ocop_desktop.domain.records import Directive, Topic
from ocop_desktop.operations import Area, Changes, queries
from ocop_desktop.ui.catalogue.dialogs import DirectiveDialog, TopicDialog
from ocop_desktop.ui.catalogue.models import DirectiveTableModel, TopicTableModel
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.widgets import list_table


class DirectivesPage(QWidget):
    """Directives above, the topics of the selected one below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)

        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_bar = QHBoxLayout()
        top_bar.addWidget(QLabel(self.tr("<b>Văn bản chỉ đạo</b>"), top))
        top_bar.addStretch(1)
        self.add_directive_button = QPushButton(self.tr("Thêm &văn bản…"), top)
        self.edit_directive_button = QPushButton(self.tr("&Sửa văn bản…"), top)
        top_bar.addWidget(self.add_directive_button)
        top_bar.addWidget(self.edit_directive_button)
        top_layout.addLayout(top_bar)
        self.directive_model = DirectiveTableModel(self)
        self.directive_view = list_table(self.directive_model, top, stretch=3)
        top_layout.addWidget(self.directive_view)

        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_bar = QHBoxLayout()
        self.topics_title = QLabel(bottom)
        bottom_bar.addWidget(self.topics_title, 1)
        self.add_topic_button = QPushButton(self.tr("Thêm &chủ đề…"), bottom)
        self.edit_topic_button = QPushButton(self.tr("Sửa c&hủ đề…"), bottom)
        bottom_bar.addWidget(self.add_topic_button)
        bottom_bar.addWidget(self.edit_topic_button)
        bottom_layout.addLayout(bottom_bar)
        self.topic_model = TopicTableModel(self)
        self.topic_view = list_table(self.topic_model, bottom, stretch=1)
        bottom_layout.addWidget(self.topic_view)
        self.topics_empty = QLabel(self.tr(
            "Chưa có chủ đề nào ở đây. Bấm “Thêm chủ đề…”, hoặc gõ tên chủ đề mới ngay vào ô "
            "Chủ đề khi ghi sổ."), bottom)
        self.topics_empty.setObjectName("hint")
        self.topics_empty.setWordWrap(True)
        bottom_layout.addWidget(self.topics_empty)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

        self.add_directive_button.clicked.connect(self.add_directive)
        self.edit_directive_button.clicked.connect(self.edit_directive)
        self.add_topic_button.clicked.connect(self.add_topic)
        self.edit_topic_button.clicked.connect(self.edit_topic)
        self.directive_view.doubleClicked.connect(lambda _index: self.edit_directive())
        self.topic_view.doubleClicked.connect(lambda _index: self.edit_topic())
        self.directive_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_topics())
        self.topic_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons())
        ctx.changed.connect(self._changed)
        self.reload()

    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint: room for the summaries."""
        return QSize(900, 560)

    def _changed(self, changes: Changes) -> None:
        if changes.areas & {Area.DIRECTIVES, Area.TOPICS}:
            self.reload()

    def reload(self, *, directive: str | None = None, topic: str | None = None) -> None:
        current = self.selected_directive()
        keep = directive if directive is not None else (
            current.number if current else None)
        selected_topic = self.selected_topic()
        keep_topic = topic or (selected_topic.code if selected_topic else None)
        self.directive_model.set_directives(queries.directives(self.ctx.repo))
        row = self.directive_model.row_of(keep) if keep else 0
        self.directive_view.selectRow(row)
        self._show_topics(keep_topic)

    def selected_directive(self) -> Directive | None:
        index = self.directive_view.currentIndex()
        return self.directive_model.directive_at(index.row()) if index.isValid() else None

    def selected_topic(self) -> Topic | None:
        index = self.topic_view.currentIndex()
        return self.topic_model.topic_at(index.row()) if index.isValid() else None

    def _show_topics(self, keep: str | None = None) -> None:
        directive = self.selected_directive()
        topics = queries.topics(self.ctx.repo)
        if directive is None:
            topics = [t for t in topics if t.directive is None]
            self.topics_title.setText(self.tr("<b>Chủ đề không gắn văn bản nào</b>"))
        else:
            topics = [t for t in topics if t.directive == directive.number]
            self.topics_title.setText(self.tr("<b>Chủ đề theo văn bản {number}</b>").format(
                number=directive.number))
        self.topic_model.set_topics(topics)
        self.topics_empty.setVisible(not topics)
        row = self.topic_model.row_of(keep) if keep else -1
        if row >= 0:
            self.topic_view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_directive_button.setEnabled(self.selected_directive() is not None)
        self.edit_topic_button.setEnabled(self.selected_topic() is not None)

    def add_directive(self) -> None:
        dialog = DirectiveDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(directive=dialog.saved.number)

    def edit_directive(self) -> None:
        directive = self.selected_directive()
        if directive is None:
            return
        dialog = DirectiveDialog(self.ctx, directive, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(directive=dialog.saved.number)

    def add_topic(self) -> None:
        directive = self.selected_directive()
        dialog = TopicDialog(self.ctx, directive=directive.number if directive else None,
                             parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(directive=dialog.saved.directive or "", topic=dialog.saved.code)

    def edit_topic(self) -> None:
        topic = self.selected_topic()
        if topic is None:
            return
        dialog = TopicDialog(self.ctx, topic, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.reload(directive=dialog.saved.directive or "", topic=dialog.saved.code)
