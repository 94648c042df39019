"""Danh mục tabs of issue 13: the loudspeaker cluster register, the reporting relationships,
and the forms and sources with their windows (one module each; ``common`` holds what they
share). The catalogue page imports the tabs from here."""

from ocop_desktop.ui.administration_pages.clusters import (
    ClusterDialog,
    ClustersPage,
    ClusterStatusDialog,
    ClusterTableModel,
)
from ocop_desktop.ui.administration_pages.forms_sources import FormsSourcesPage
from ocop_desktop.ui.administration_pages.relations import RelationDialog, RelationsPage

__all__ = ["ClusterDialog", "ClusterStatusDialog", "ClusterTableModel", "ClustersPage",
           "FormsSourcesPage", "RelationDialog", "RelationsPage"]
