"""Which loudspeaker clusters a record was aired on: a button with a checkable menu.

Default: every cluster working on the record's date ("tất cả cụm đang hoạt động"). Broken
or removed clusters are listed, greyed out, with the day since when.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from ocop_desktop.domain.administration import Cluster, ClusterStatus
from ocop_desktop.ui.widgets import format_date


class ClusterPicker(QToolButton):
    """Signals:
        changed: the user ticked or unticked a cluster.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(self.toolButtonStyle())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMenu(QMenu(self))
        self._clusters: list[Cluster] = []
        self._day = dt.date.today()
        self._actions: dict[int, QAction] = {}
        self.touched = False  # the user changed the default
        self._update_text()

    def set_clusters(self, clusters: list[Cluster], day: dt.date,
                     selected: list[int] | None = None) -> None:
        """The register on ``day``; ``selected`` None means every working cluster."""
        self._clusters = [c for c in clusters if c.state_on(day) is not None
                          or (selected and c.id in selected)]
        self._day = day
        menu = self.menu()
        menu.clear()
        self._actions.clear()
        working = self.working_ids()
        chosen = set(working if selected is None else selected)
        for cluster in self._clusters:
            assert cluster.id is not None
            state = cluster.state_on(day)
            text = cluster.name
            if state is not None and state.status is not ClusterStatus.WORKING:
                word = (self.tr("hỏng") if state.status is ClusterStatus.BROKEN
                        else self.tr("đã dỡ bỏ"))
                text += " " + self.tr("({status} từ {day})").format(
                    status=word, day=format_date(state.since))
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(cluster.id in chosen)
            action.setEnabled(cluster.id in working or cluster.id in chosen)
            action.toggled.connect(self._toggled)
            menu.addAction(action)
            self._actions[cluster.id] = action
        self.touched = selected is not None
        self._update_text()

    def working_ids(self) -> list[int]:
        return [c.id for c in self._clusters if c.id is not None and c.working_on(self._day)]

    def selected_ids(self) -> list[int]:
        return [cid for cid, action in self._actions.items() if action.isChecked()]

    def has_clusters(self) -> bool:
        return bool(self._clusters)

    def _toggled(self, _checked: bool) -> None:
        self.touched = True
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = self.selected_ids()
        working = self.working_ids()
        if not self._clusters:
            text = self.tr("(chưa có cụm loa trong sổ)")
        elif chosen and sorted(chosen) == sorted(working):
            text = self.tr("Tất cả cụm đang hoạt động ({n})").format(n=len(chosen))
        elif not chosen:
            text = self.tr("Không ghi cụm loa")
        else:
            names = [c.name for c in self._clusters if c.id in chosen]
            text = self.tr("{n}/{total} cụm: {names}").format(
                n=len(chosen), total=len(working), names=", ".join(names))
        self.setText(text)
        self.setToolTip(text)
