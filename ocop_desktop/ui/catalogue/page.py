"""The "Danh mục" page: units, directives and topics, clusters, relations, forms."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ocop_desktop.ui.catalogue.directives_page import DirectivesPage
from ocop_desktop.ui.catalogue.units_page import UnitsPage
from ocop_desktop.ui.context import AppContext
from ocop_desktop.ui.installation_form import HINT_STYLE


class CataloguePage(QTabWidget):
    """The "Danh mục" page: units, and directives with their topics, as two tabs."""

    UNITS = 0
    DIRECTIVES = 1
    CLUSTERS = 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setStyleSheet(HINT_STYLE)
        self.units_page = UnitsPage(ctx, self)
        self.directives_page = DirectivesPage(ctx, self)
        self.addTab(self.units_page, self.tr("Đơn vị hành chính"))
        self.addTab(self.directives_page, self.tr("Văn bản chỉ đạo và chủ đề"))
        # Issue 13: the cluster register, reporting relationships, forms and sources.
        from ocop_desktop.ui.administration_pages import (
            ClustersPage,
            FormsSourcesPage,
            RelationsPage,
        )

        self.clusters_page = ClustersPage(ctx, self)
        self.relations_page = RelationsPage(ctx, self)
        self.forms_page = FormsSourcesPage(ctx, self)
        self.addTab(self.clusters_page, self.tr("Cụm loa"))
        self.addTab(self.relations_page, self.tr("Quan hệ báo cáo"))
        self.addTab(self.forms_page, self.tr("Hình thức và nguồn"))

    def show_units(self) -> UnitsPage:
        self.setCurrentIndex(self.UNITS)
        return self.units_page

    def show_directives(self) -> DirectivesPage:
        self.setCurrentIndex(self.DIRECTIVES)
        return self.directives_page
