"""What the three Danh mục tabs of issue 13 share: the translate helper, the names of
cluster kinds and states, and the catalogue's edit dialog their
dialogs are built on (imported here only, so a move of it changes one line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ocop_desktop.domain.administration import (
    ClusterKind,
    ClusterStatus,
)
from ocop_desktop.ui.catalogue.dialogs import EditDialog as _EditDialog

__all__ = ["_EditDialog", "_tr", "kind_name", "status_name"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdministrationPages", text)


def kind_name(kind: ClusterKind | None) -> str:
    names = {ClusterKind.IP: _tr("Truyền thanh IP"), ClusterKind.WIRED: _tr("Có dây"),
             ClusterKind.FM: _tr("Không dây (FM)")}
    return names.get(kind, "") if kind else ""


def status_name(status: ClusterStatus | None) -> str:
    names = {ClusterStatus.WORKING: _tr("Đang hoạt động"), ClusterStatus.BROKEN: _tr("Hỏng"),
             ClusterStatus.REMOVED: _tr("Đã dỡ bỏ")}
    return names.get(status, _tr("Chưa lắp đặt")) if status else _tr("Chưa lắp đặt")


