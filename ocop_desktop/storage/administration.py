"""SQL of reporting relationships, unit links and loudspeaker clusters (migrations 0009–0010).

The caller (operations) owns the transaction for writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ocop_desktop.domain.administration import (
    Cluster,
    ClusterKind,
    ClusterStatus,
    ReportingRelation,
    StatusChange,
    UnitLink,
)
from ocop_desktop.domain.records import UnitLevel, now_utc
from ocop_desktop.storage.database import Database
from ocop_desktop.storage.rows import opt_date, opt_iso


class AdministrationStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reporting relationships ---------------------------------------------------------
    @staticmethod
    def _relation(row: Mapping[str, Any]) -> ReportingRelation:
        return ReportingRelation(
            recipient=row["recipient"], issuing_body=row["issuing_body"],
            level=UnitLevel(row["level"]) if row["level"] else None,
            unit_code=row["unit_code"], valid_from=opt_date(row["valid_from"]),
            valid_to=opt_date(row["valid_to"]), parent_body=row["parent_body"],
            drafter=row["drafter"], signer_title=row["signer_title"], note=row["note"],
            id=row["id"])

    def relations(self) -> list[ReportingRelation]:
        return [self._relation(row) for row in self.db.query(
            "SELECT * FROM reporting_relations ORDER BY unit_code IS NOT NULL, "
            "CASE level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, "
            "unit_code, coalesce(valid_from, ''), id")]

    def relation(self, relation_id: int) -> ReportingRelation | None:
        row = next(self.db.query("SELECT * FROM reporting_relations WHERE id = ?",
                                 [relation_id]), None)
        return self._relation(row) if row else None

    @staticmethod
    def _relation_values(relation: ReportingRelation) -> list[Any]:
        return [relation.level.value if relation.level else None, relation.unit_code,
                opt_iso(relation.valid_from), opt_iso(relation.valid_to), relation.recipient,
                relation.issuing_body, relation.parent_body, relation.drafter,
                relation.signer_title, relation.note]

    def insert_relation(self, relation: ReportingRelation) -> int:
        cursor = self.db.execute(
            "INSERT INTO reporting_relations (level, unit_code, valid_from, valid_to, "
            "recipient, issuing_body, parent_body, drafter, signer_title, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self._relation_values(relation))
        return int(cursor.lastrowid or 0)

    def update_relation(self, relation_id: int, relation: ReportingRelation) -> None:
        self.db.execute(
            "UPDATE reporting_relations SET level = ?, unit_code = ?, valid_from = ?, "
            "valid_to = ?, recipient = ?, issuing_body = ?, parent_body = ?, drafter = ?, "
            "signer_title = ?, note = ? WHERE id = ?",
            [*self._relation_values(relation), relation_id])

    def delete_relation(self, relation_id: int) -> None:
        self.db.execute("DELETE FROM reporting_relations WHERE id = ?", [relation_id])

    # -- unit links ----------------------------------------------------------------------
    def links(self, *, new_code: str | None = None) -> list[UnitLink]:
        where, params = ("WHERE new_code = ?", [new_code]) if new_code else ("", [])
        return [UnitLink(row["new_code"], row["old_code"], dt.date.fromisoformat(row["on_date"]),
                         row["new_name"], row["old_name"], bool(row["partial"]))
                for row in self.db.query(
                    f"SELECT * FROM unit_links {where} ORDER BY new_code, old_code", params)]

    def insert_links(self, links: Iterable[UnitLink]) -> tuple[int, int]:
        """(added, already there)."""
        added = same = 0
        for link in links:
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO unit_links (new_code, old_code, on_date, new_name, "
                "old_name, partial) VALUES (?, ?, ?, ?, ?, ?)",
                [link.new_code, link.old_code, link.on.isoformat(), link.new_name,
                 link.old_name, int(link.partial)])
            if cursor.rowcount:
                added += 1
            else:
                same += 1
        return added, same

    # -- clusters ------------------------------------------------------------------------
    def clusters(self, unit_codes: Sequence[str] | None = None) -> list[Cluster]:
        if unit_codes is None:
            rows = list(self.db.query("SELECT * FROM clusters ORDER BY id"))
        else:
            marks = ", ".join("?" * len(unit_codes))
            rows = list(self.db.query(
                f"SELECT * FROM clusters WHERE unit_code IN ({marks}) ORDER BY id",
                list(unit_codes)))
        history: dict[int, list[StatusChange]] = {}
        for row in self.db.query("SELECT cluster_id, status, since, note FROM cluster_status "
                                 "ORDER BY cluster_id, since, id"):
            history.setdefault(row["cluster_id"], []).append(StatusChange(
                ClusterStatus(row["status"]), dt.date.fromisoformat(row["since"]),
                row["note"]))
        return [Cluster(
            name=row["name"], unit_code=row["unit_code"], village=row["village"],
            former_unit=row["former_unit"],
            kind=ClusterKind(row["kind"]) if row["kind"] else None,
            installed_on=opt_date(row["installed_on"]),
            history=tuple(history.get(row["id"], ())), id=row["id"]) for row in rows]

    def cluster(self, cluster_id: int) -> Cluster | None:
        return next((c for c in self.clusters() if c.id == cluster_id), None)

    def insert_cluster(self, cluster: Cluster) -> int:
        cursor = self.db.execute(
            "INSERT INTO clusters (unit_code, name, village, former_unit, kind, installed_on, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [cluster.unit_code, cluster.name, cluster.village, cluster.former_unit,
             cluster.kind.value if cluster.kind else None, opt_iso(cluster.installed_on),
             now_utc()])
        cluster_id = int(cursor.lastrowid or 0)
        for change in cluster.history:
            self.add_status(cluster_id, change)
        return cluster_id

    def update_cluster(self, cluster_id: int, cluster: Cluster) -> None:
        self.db.execute(
            "UPDATE clusters SET name = ?, village = ?, former_unit = ?, kind = ?, "
            "installed_on = ? WHERE id = ?",
            [cluster.name, cluster.village, cluster.former_unit,
             cluster.kind.value if cluster.kind else None, opt_iso(cluster.installed_on),
             cluster_id])

    def add_status(self, cluster_id: int, change: StatusChange) -> None:
        # One status per day: a second change the same day corrects the first.
        self.db.execute("DELETE FROM cluster_status WHERE cluster_id = ? AND since = ?",
                        [cluster_id, change.since.isoformat()])
        self.db.execute(
            "INSERT INTO cluster_status (cluster_id, status, since, note, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [cluster_id, change.status.value, change.since.isoformat(), change.note, now_utc()])

    def record_clusters(self, uuid: str) -> list[int]:
        return [row[0] for row in self.db.execute(
            "SELECT cluster_id FROM record_clusters WHERE record_uuid = ? ORDER BY cluster_id",
            [uuid]).fetchall()]

    def set_record_clusters(self, uuid: str, cluster_ids: Iterable[int]) -> None:
        self.db.execute("DELETE FROM record_clusters WHERE record_uuid = ?", [uuid])
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO record_clusters (record_uuid, cluster_id) VALUES (?, ?)",
            [(uuid, cluster_id) for cluster_id in cluster_ids])
