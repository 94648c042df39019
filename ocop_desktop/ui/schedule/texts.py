"""The schedule's words and colours, shared by its models, dialogs and page (and by the
dashboard's target lines): weekday names, airing states, not-aired reasons, target measures.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ocop_desktop.domain.catalogue import Measure
from ocop_desktop.domain.schedule import AiringState, NotAiredReason, Slot, TargetPer, Tick


def tr(text: str) -> str:
    return QCoreApplication.translate("SchedulePage", text)


def weekday_short(day: int) -> str:
    return (tr("T2"), tr("T3"), tr("T4"), tr("T5"), tr("T6"), tr("T7"), tr("CN"))[day]


def weekday_name(day: int) -> str:
    return (tr("Thứ Hai"), tr("Thứ Ba"), tr("Thứ Tư"), tr("Thứ Năm"), tr("Thứ Sáu"),
            tr("Thứ Bảy"), tr("Chủ nhật"))[day]


def reason_text(reason: NotAiredReason | None) -> str:
    return {
        NotAiredReason.POWER: tr("Mất điện"),
        NotAiredReason.EQUIPMENT: tr("Hỏng thiết bị"),
        NotAiredReason.WEATHER: tr("Thời tiết"),
        NotAiredReason.OTHER: tr("Lý do khác"),
    }.get(reason or NotAiredReason.OTHER, tr("Lý do khác"))


def state_text(state: AiringState, tick: Tick | None) -> str:
    if state is AiringState.AIRED:
        return tr("Đã phát")
    if state is AiringState.NOT_AIRED:
        return tr("Không phát: {reason}").format(
            reason=reason_text(tick.reason if tick else None).lower())
    if state is AiringState.PENDING:
        return tr("Chưa đánh dấu")
    return tr("Theo lịch")


# Text and background per state; the hues stay readable for colour-blind users because the
# cell text says the state too.
STATE_COLORS: dict[AiringState, tuple[QColor, QColor]] = {
    AiringState.AIRED: (QColor("#1b5e20"), QColor("#e3f1e4")),
    AiringState.NOT_AIRED: (QColor("#b71c1c"), QColor("#fbe3e3")),
    AiringState.PENDING: (QColor("#8a4b00"), QColor("#fff0d6")),
    AiringState.UPCOMING: (QColor("#37474f"), QColor("#eef2f6")),
}


def slot_summary(slot: Slot) -> str:
    """``17:00 · 30 phút — Bản tin xã`` as the week table's first column shows it."""
    return tr("{time} · {minutes} phút — {title}").format(
        time=slot.start.strftime("%H:%M"), minutes=slot.minutes, title=slot.title)


def slot_days_text(slot: Slot) -> str:
    if slot.on_date is not None:
        return tr("một lần, ngày {date}").format(date=slot.on_date.strftime("%d/%m/%Y"))
    if len(slot.days) == 7:
        return tr("hằng ngày")
    return ", ".join(weekday_short(d) for d in slot.days)


def measure_label(measure: Measure) -> str:
    return {Measure.AIRINGS: tr("lượt phát"), Measure.MINUTES: tr("phút"),
            Measure.ITEMS: tr("tin, bài")}.get(measure, measure.value)


def per_label(per: TargetPer) -> str:
    return tr("mỗi tuần") if per is TargetPer.WEEK else tr("mỗi tháng")

