"""The one place where problem codes become user-facing (Vietnamese, translatable) words.
Over 600 lines on purpose: one table of texts, kept together so that every message reads alike.

The core returns codes (``ProblemCode``, storage and file-reading codes); the GUI and the CLI
both call these functions, so a message reads the same wherever it appears. Only QtCore is
imported, so the CLI can use it without a display. The codes of report files, the outbox and
the inbox are imported by the functions that name them: the window's first screen needs this
module but none of those (docs/performance.md, start-up).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ocop_desktop.domain.records import UnitLevel
from ocop_desktop.domain.signing import KeyState, SignerState
from ocop_desktop.domain.validation import Problem, ProblemCode
from ocop_desktop.storage.backup import SAME_FILE
from ocop_desktop.storage.database import StorageError, StorageProblem
from ocop_desktop.texts.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ocop_desktop.domain.exchange import (
        ChildState,
        ChildStatus,
        ImportOutcome,
        ImportProblem,
    )
    from ocop_desktop.domain.inbox import (
        FetchErrorCode,
        InboxItem,
        InboxState,
        ReportReply,
    )
    from ocop_desktop.domain.outbox import OutboxStatus, SendErrorCode
    from ocop_desktop.excel.unit_lists import UnitListError
    from ocop_desktop.operations.exchange import Conflict


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProblemTexts", text)


def field_name(field: str) -> str:
    """The entry form's label for a field, used to say where a problem is."""
    names = {
        "date": _tr("Ngày"), "time": _tr("Giờ"), "topic_code": _tr("Chủ đề"),
        "form_code": _tr("Hình thức"), "title": _tr("Tiêu đề"), "unit_code": _tr("Đơn vị"),
        "items": _tr("Số tin, bài"), "airings": _tr("Số lượt phát"), "minutes": _tr("Số phút"),
        "copies": _tr("Số bản"), "participants": _tr("Số người dự"),
        "language": _tr("Ngôn ngữ"), "source": _tr("Nguồn"), "priority": _tr("Mức độ ưu tiên"),
        "location": _tr("Thôn, cụm loa"), "operator": _tr("Người thực hiện"),
        "notes": _tr("Ghi chú"), "number": _tr("Số, ký hiệu"), "issuer": _tr("Cơ quan ban hành"),
        "summary": _tr("Trích yếu"), "deadline": _tr("Hạn báo cáo"), "code": _tr("Mã"),
        "name": _tr("Tên"), "directive": _tr("Văn bản chỉ đạo"), "valid_from": _tr("Từ ngày"),
        "valid_to": _tr("Đến ngày"), "recipient_email": _tr("Thư điện tử nơi nhận"),
        "period_cutoff_day": _tr("Ngày chốt số liệu"), "uuid": _tr("Mã bản ghi"),
        "level": _tr("Cấp"), "parent_code": _tr("Đơn vị cấp trên"), "period": _tr("Kỳ báo cáo"),
        "signer_name": _tr("Người ký"), "signer_title": _tr("Chức vụ người ký"),
        "recipient_name": _tr("Nơi nhận báo cáo"), "parent_body": _tr("Cơ quan chủ quản"),
        "issuing_body": _tr("Cơ quan ban hành báo cáo"), "place": _tr("Địa danh"),
        "report_deadline_days": _tr("Hạn gửi báo cáo"), "role": _tr("Vai trò"),
        # The report's heading and parts in words (issue 12).
        "authority_of": _tr("Thẩm quyền ký"), "addressees": _tr("Kính gửi"),
        "drafting_office": _tr("Đơn vị soạn thảo"), "assessment": _tr("Đánh giá"),
        "tasks": _tr("Phương hướng, nhiệm vụ kỳ tới"), "proposals": _tr("Đề xuất, kiến nghị"),
        # Broadcast schedule (issue 7).
        "days": _tr("Ngày phát trong tuần"), "on_date": _tr("Ngày phát"),
        "slot": _tr("Khung giờ phát"), "reason": _tr("Lý do không phát"),
        "measure": _tr("Chỉ tiêu"), "per": _tr("Tính theo"), "amount": _tr("Mức chỉ tiêu"),
        # Outbox and mail settings (issue 5).
        "to": _tr("Người nhận"), "cc": _tr("Đồng gửi (CC)"), "subject": _tr("Tiêu đề thư"),
        "body": _tr("Nội dung thư"), "file": _tr("Tệp"), "folder": _tr("Thư mục"),
        "host": _tr("Máy chủ thư (SMTP)"), "port": _tr("Cổng"), "security": _tr("Bảo mật"),
        "user": _tr("Tên đăng nhập"), "password": _tr("Mật khẩu"),
        "sender": _tr("Địa chỉ người gửi"), "sender_name": _tr("Tên người gửi"),
        "sent_to": _tr("Đã gửi cho"), "item": _tr("Mục trong hộp thư đi"),
        "report": _tr("Báo cáo"),
        "records": _tr("Số bản ghi"),
        # The inbox (issue 15).
        "imap_host": _tr("Máy chủ thư đến (IMAP)"), "imap_port": _tr("Cổng"),
        "imap_user": _tr("Tên đăng nhập"), "imap_password": _tr("Mật khẩu"),
        "imap_folder": _tr("Thư mục thư"), "inbox_item": _tr("Mục trong hộp thư đến"),
        "return_reason": _tr("Lý do trả lại"),
        # Reports (issue 3).
        "installation": _tr("Thông tin đơn vị"), "out": _tr("Tệp báo cáo"),
        "report_number": _tr("Số báo cáo"), "date_from": _tr("Từ ngày"),
        "date_to": _tr("Đến ngày"), "symbol": _tr("Ký hiệu báo cáo"),
        # Today's administration (issue 13).
        "clusters": _tr("Cụm loa"), "cluster": _tr("Cụm loa"), "village": _tr("Thôn, xã cũ"),
        "former_unit": _tr("Mã xã cũ"), "since": _tr("Từ ngày"), "note": _tr("Ghi chú"),
        "relation": _tr("Quan hệ báo cáo"), "drafter": _tr("Bộ phận tham mưu"),
        # Signing keys (issue 14).
        "fingerprint": _tr("Mã khóa"), "unit": _tr("Đơn vị"),
    }
    return names.get(field, field)


def _fmt(value: object) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def problem_text(problem: Problem) -> str:
    """What is wrong, in one sentence (without the field name; see ``problem_line``)."""
    p: Mapping[str, object] = problem.params
    code = problem.code
    texts = {
        ProblemCode.REQUIRED: _tr("Chưa nhập, đây là thông tin bắt buộc."),
        ProblemCode.UNKNOWN_TOPIC: _tr("Không có chủ đề mã “{code}”."),
        ProblemCode.UNKNOWN_FORM: _tr("Không có hình thức tuyên truyền mã “{code}”."),
        ProblemCode.UNKNOWN_UNIT: _tr("Không có đơn vị mã “{code}” trong danh mục."),
        ProblemCode.UNKNOWN_LANGUAGE: _tr("Không có ngôn ngữ mã “{code}”."),
        ProblemCode.UNKNOWN_SOURCE: _tr("Không có nguồn phát mã “{code}”."),
        ProblemCode.UNKNOWN_PRIORITY: _tr("Không có mức độ ưu tiên mã “{code}”."),
        ProblemCode.UNKNOWN_DIRECTIVE: _tr("Không có văn bản chỉ đạo số “{value}”."),
        ProblemCode.NOT_A_NUMBER: _tr("Phải là một số nguyên."),
        ProblemCode.NEGATIVE: _tr("Không được là số âm."),
        ProblemCode.TOO_LARGE: _tr("Giá trị quá lớn (tối đa {max})."),
        ProblemCode.MEASURE_NOT_APPLICABLE: _tr(
            "Chỉ tiêu này không áp dụng cho hình thức “{form}”."),
        ProblemCode.TOO_LONG: _tr("Quá dài (tối đa {max} ký tự)."),
        ProblemCode.BAD_DATE: _tr("Ngày không hợp lệ: “{value}” (cần dạng {format})."),
        ProblemCode.BAD_TIME: _tr("Giờ không hợp lệ: “{value}” (cần dạng HH:MM)."),
        ProblemCode.DATE_IN_FUTURE: _tr("Ngày ở tương lai (hôm nay là {today})."),
        ProblemCode.DATE_TOO_OLD: _tr("Ngày quá xa trong quá khứ (sớm nhất {min})."),
        ProblemCode.TOPIC_NOT_ACTIVE: _tr(
            "Chủ đề “{code}” không còn hiệu lực vào ngày này (hiệu lực {from} – {to})."),
        ProblemCode.RANGE_REVERSED: _tr("Ngày kết thúc đứng trước ngày bắt đầu."),
        # Today's administration (issue 13).
        ProblemCode.FORM_NOT_VALID: _tr(
            "Hình thức “{name}” chỉ có hiệu lực từ {from} đến {to}, không dùng được cho "
            "ngày {date}."),
        ProblemCode.SOURCE_NOT_VALID: _tr(
            "Nguồn “{name}” chỉ có hiệu lực từ {from} đến {to}, không dùng được cho ngày "
            "{date}."),
        ProblemCode.RECORDS_OUTSIDE_VALIDITY: _tr(
            "Còn {count} bản ghi dùng “{name}” nằm ngoài thời gian {from} – {to} (ví dụ ngày "
            "{date}); hãy sửa các bản ghi đó trước."),
        ProblemCode.UNKNOWN_CLUSTER: _tr("Không có cụm loa số {value} của đơn vị này."),
        ProblemCode.CLUSTER_NOT_WORKING: _tr(
            "Cụm loa “{name}” không hoạt động vào ngày {date} (tình trạng từ {since}: "
            "{status})."),
        ProblemCode.DUPLICATE: _tr("“{value}” đã có, không thể tạo trùng."),
        ProblemCode.BAD_CODE: _tr("Mã “{value}” không hợp lệ hoặc đang được dùng."),
        ProblemCode.BAD_EMAIL: _tr("Địa chỉ thư điện tử “{value}” không hợp lệ."),
        ProblemCode.BAD_PERIOD: _tr(
            "Kỳ báo cáo “{value}” không hợp lệ (ví dụ: 2021-06, 2021-Q2, 2021-H1, 2021-9M, 2021)."),
        ProblemCode.UNIT_CHANGED: _tr(
            "Mã {value}: danh mục đang có “{existing}”, tệp ghi “{name}”. Nếu đây là danh mục "
            "mới thay cho danh mục cũ, hãy nhập lại và chọn ngày có hiệu lực."),
        # Broadcast schedule (issue 7).
        ProblemCode.NOT_POSITIVE: _tr("Phải lớn hơn 0."),
        ProblemCode.BAD_CHOICE: _tr("“{value}” không hợp lệ (chọn một trong: {allowed})."),
        ProblemCode.NOT_BROADCAST_FORM: _tr(
            "Hình thức “{code}” không phát sóng nên không xếp lịch được (chọn hình thức có "
            "lượt phát: đài truyền thanh, tiếp sóng, truyền hình)."),
        ProblemCode.UNKNOWN_SLOT: _tr("Không có khung giờ phát số {value}."),
        ProblemCode.NOT_SCHEDULED: _tr("Khung giờ số {slot} không có lịch phát vào ngày {date}."),
        ProblemCode.NO_SLOTS_ON_DAY: _tr("Không có khung giờ phát nào vào ngày {date}."),
        ProblemCode.SLOT_IN_PAST: _tr(
            "Buổi phát đã qua nên không sửa được; các buổi đã qua giữ nguyên như đã lập lịch."),
        # Outbox and mail settings (issue 5).
        ProblemCode.FILE_NOT_FOUND: _tr("Không tìm thấy “{value}”."),
        ProblemCode.FILE_UNREADABLE: _tr("Không đọc hoặc ghi được “{value}”: {detail}"),
        ProblemCode.NOT_FOUND: _tr("Không có mục số {value}."),
        ProblemCode.NOT_CANCELLABLE: _tr(
            "Mục số {value} đang được gửi, đã gửi xong hoặc đã hủy nên không thay đổi được."),
        ProblemCode.NO_KEYRING: _tr(
            "Máy tính này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. "
            "Trên Windows kho này có sẵn; trên máy gửi tự động, hãy đặt mật khẩu vào biến "
            "môi trường OCOP_SMTP_PASSWORD."),
        # Reports (issue 3).
        ProblemCode.NO_INSTALLATION: _tr(
            "Chưa khai báo thông tin đơn vị (mã đơn vị, cơ quan ban hành, người ký) nên chưa "
            "lập được báo cáo. Hãy vào Cài đặt → Thông tin đơn vị."),
        ProblemCode.NUMBER_TAKEN: _tr("Số {value} của năm {year} đã dùng cho báo cáo khác."),
        ProblemCode.NOT_XLSX: _tr("Tệp “{value}” phải có đuôi .xlsx."),
        ProblemCode.DISK_FULL: _tr(
            "Ổ đĩa chứa “{value}” đã đầy nên báo cáo chưa được ghi; tệp cũ (nếu có) vẫn giữ "
            "nguyên. Hãy giải phóng chỗ trống hoặc chọn thư mục khác."),
        ProblemCode.NO_PERMISSION: _tr(
            "Không ghi được “{value}”: tệp đang mở trong chương trình khác (như Excel) hoặc "
            "thư mục không cho phép ghi; tệp cũ (nếu có) vẫn giữ nguyên. Hãy đóng tệp hoặc "
            "chọn thư mục khác."),
        ProblemCode.WRITE_FAILED: _tr(
            "Không ghi được “{value}” ({detail}); tệp cũ (nếu có) vẫn giữ nguyên."),
        # Text and scope at the boundaries (issue 10).
        ProblemCode.CONTROL_CHARACTER: _tr(
            "Có ký tự điều khiển không được phép ({char}, ví dụ ký tự NUL, ESC hoặc ngắt "
            "dòng đặc biệt); hãy xóa ký tự đó rồi nhập lại."),
        ProblemCode.UNIT_OUTSIDE: _tr(
            "Đơn vị mã “{code}” không phải đơn vị sử dụng phần mềm hay đơn vị trực thuộc vào "
            "ngày {date}, nên không ghi hoạt động cho đơn vị này được."),
        # The inbox (issue 15).
        ProblemCode.NOT_WAITING: _tr(
            "Mục số {value} không còn chờ xử lý (đã nhận, đã trả lại hoặc bị bỏ qua)."),
        ProblemCode.NO_KEYRING_IMAP: _tr(
            "Máy tính này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. "
            "Trên Windows kho này có sẵn; khi chạy bằng lệnh, hãy đặt mật khẩu vào biến môi "
            "trường OCOP_IMAP_PASSWORD."),
        # Signing keys (issue 14).
        ProblemCode.BAD_FINGERPRINT: _tr(
            "“{value}” không phải là mã khóa: mã khóa gồm 20 chữ số, chia 5 nhóm 4 chữ số "
            "(ví dụ 4821-9930-1274-5586-0032)."),
        ProblemCode.FINGERPRINT_NOT_KEY: _tr(
            "Mã khóa {value} không phải mã của khóa trong tệp ({key}); hãy đối chiếu lại."),
        ProblemCode.OWN_UNIT: _tr(
            "{value} là đơn vị mình; khóa của đơn vị mình là khóa của bản cài đặt này."),
    }
    template = texts.get(code, code.value)
    if code is ProblemCode.BAD_DATE:
        why = why_not_a_date(str(p.get("value", "")),
                             iso_only=p.get("format", "YYYY-MM-DD") == "YYYY-MM-DD")
        if why:
            template = _tr("Ngày không có thật: “{value}” — {why}.").replace("{why}", why)
    if code is ProblemCode.CLUSTER_NOT_WORKING and not p.get("status"):
        template = _tr("Cụm loa “{name}” chưa có trong sổ vào ngày {date} (có từ ngày {since}).")
    values = {key: _fmt(value) for key, value in p.items()}
    if code is ProblemCode.CLUSTER_NOT_WORKING:
        values["status"] = {"broken": _tr("hỏng"), "removed": _tr("đã dỡ bỏ"),
                            "": _tr("chưa lắp đặt")}.get(str(p.get("status", "")), "")
    for bound in ("from", "to"):  # an open end of a window
        if not values.get(bound):
            values[bound] = "…"
    values.setdefault("format", "YYYY-MM-DD")  # the GUI passes "dd/mm/yyyy"
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


_DATE_PARTS = re.compile(
    r"^\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?\s*$")
_ISO_PARTS = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")  # the CLI's YYYY-MM-DD
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})?\s*$")  # 3111, 311126, 31112026
_DAY_ONLY = re.compile(r"^\s*(\d{1,2})\s*$")  # a day of this month


def why_not_a_date(text: str, *, iso_only: bool = False) -> str:
    """For a typed date that reads as one but does not exist, why: "tháng 11 chỉ có 30
    ngày", "tháng 2 năm 2026 chỉ có 28 ngày", "không có tháng 13". Read as the window reads
    dates (day/month[/year], ddmm[yy[yy]]) and as the command line does (YYYY-MM-DD; only
    that with ``iso_only``, where another form is refused for its form)."""
    iso = _ISO_PARTS.match(text)
    if iso is None and iso_only:
        return ""
    match = _DATE_PARTS.match(text) or _DIGITS.match(text)
    if iso is not None:
        year, month, day = (int(part) for part in iso.groups())
    elif _DAY_ONLY.match(text):
        today = dt.date.today()
        year, month, day = today.year, today.month, int(text)
    elif match is not None:
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3)
        year = (int(year_text) + (2000 if len(year_text) == 2 else 0)) if year_text else (
            dt.date.today().year)
    else:
        return ""
    if year < 1:
        return ""
    if not 1 <= month <= 12:
        return _tr("không có tháng {month}").format(month=month)
    if day < 1:
        return _tr("không có ngày 0")
    days = calendar.monthrange(year, month)[1]
    if day <= days:
        return ""
    if month == 2:
        return _tr("tháng 2 năm {year} chỉ có {days} ngày").format(year=year, days=days)
    return _tr("tháng {month} chỉ có {days} ngày").format(month=month, days=days)


def problem_line(problem: Problem) -> str:
    """“Field: what is wrong”, with the row when the problem came from a file."""
    text = f"{field_name(problem.field)}: {problem_text(problem)}"
    row = problem.params.get("row")
    if row is not None:
        text = _tr("Dòng {row}").format(row=row) + " — " + text
    return text


def storage_error_text(error: StorageError) -> str:
    path = str(error.path) if error.path else ""
    texts = {
        StorageProblem.TOO_NEW: _tr(
            "Tệp dữ liệu {path} do phiên bản mới hơn của phần mềm tạo ra. "
            "Hãy cài phiên bản mới nhất để mở tệp này; tệp không bị thay đổi."),
        StorageProblem.NOT_OURS: _tr(
            "Tệp {path} không phải là tệp dữ liệu của OCOP Desktop."),
        StorageProblem.DAMAGED: _tr(
            "Tệp dữ liệu {path} bị hỏng. Hãy khôi phục từ bản sao lưu (menu Tệp → Khôi phục)."),
        StorageProblem.UNREADABLE: _tr("Không mở được tệp dữ liệu {path}: {detail}"),
        StorageProblem.LOCKED: _tr(
            "Tệp dữ liệu {path} đang được một chương trình khác sử dụng. "
            "Hãy đóng cửa sổ OCOP Desktop khác rồi thử lại."),
        StorageProblem.READ_ONLY: _tr(
            "Tệp dữ liệu {path} nằm trên ổ chỉ đọc (hoặc không có quyền ghi): xem và xuất báo "
            "cáo sang thư mục khác được, nhưng không lưu được thay đổi."),
        StorageProblem.DISK_FULL: _tr(
            "Ổ đĩa chứa tệp dữ liệu {path} đã đầy; chưa lưu được. Hãy giải phóng chỗ trống rồi "
            "thử lại; dữ liệu đã lưu không bị ảnh hưởng."),
        StorageProblem.WRONG_SCHEMA: _tr(
            "Tệp {path} có cấu trúc khác với cấu trúc của OCOP Desktop ({detail})."),
    }
    if error.problem is StorageProblem.LOCKED and error.detail:
        # SQLite's busy timeout ran out (another process writing), not a second window.
        return _tr("Tệp dữ liệu {path} đang bận vì một chương trình khác đang ghi; chưa lưu "
                   "được. Hãy thử lại sau giây lát.").format(path=path)
    return texts[error.problem].format(path=path, detail=error.detail)


def unit_list_error_text(error: UnitListError) -> str:
    """Why a unit-list file cannot be read, naming the file, sheet, row and column."""
    texts = {
        "empty": _tr("Tệp không có dòng dữ liệu nào."),
        "unknown_header": _tr(
            "Không nhận ra dòng tiêu đề ({value}). Cần các cột của danh mục Tổng cục Thống kê "
            "(Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX) hoặc của tệp CSV "
            "riêng (code, name, level, parent_code, valid_from, valid_to)."),
        "unreadable": _tr("Không đọc được tệp: {value}"),
        "encoding": _tr("Không nhận ra bảng mã của tệp (cần UTF-8 hoặc Windows-1258)."),
        "not_a_list": _tr("Tệp không phải là bảng tính hay tệp CSV."),
        "bad_code": _tr("Mã đơn vị “{value}” không hợp lệ (cần chữ số: tỉnh 2, huyện 3, "
                        "xã 5 chữ số)."),
        "missing_name": _tr("Thiếu tên đơn vị."),
        "duplicate_code": _tr("Mã đơn vị “{value}” xuất hiện hai lần."),
        "bad_level": _tr("Cấp “{value}” không hợp lệ (cần province, district hoặc commune)."),
        "bad_date": _tr("Ngày “{value}” không hợp lệ (cần dạng 2025-07-01 hoặc 01/07/2025)."),
        "range_reversed": _tr("Ngày hết hiệu lực “{value}” đứng trước ngày có hiệu lực."),
    }
    what = texts.get(error.code, error.code).format(value=error.value)
    where = [_tr("Tệp {file}").format(file=error.file)]
    if error.sheet:
        where.append(_tr("trang {sheet}").format(sheet=error.sheet))
    if error.row is not None:
        where.append(_tr("dòng {row}").format(row=error.row))
    if error.column:
        where.append(_tr("cột {column}").format(column=error.column))
    return ", ".join(where) + ": " + what


def backup_error_text(error: StorageError) -> str:
    """Why a backup could not be written (the data file itself is unchanged)."""
    if error.problem is StorageProblem.LOCKED:
        return storage_error_text(error)
    if error.detail == SAME_FILE:
        return _tr("Không thể sao lưu đè lên chính tệp dữ liệu {path}; hãy chọn tệp khác.").format(
            path=error.path or "")
    return _tr("Không tạo được bản sao lưu {path}: {detail}. Dữ liệu không bị thay đổi; "
               "hãy kiểm tra chỗ trống trên ổ đĩa và quyền ghi thư mục.").format(
        path=error.path or "", detail=error.detail)


def restore_error_text(error: StorageError) -> str:
    """Why a restore was refused or failed; the current data is unchanged in every case."""
    path = str(error.path) if error.path else ""
    if error.detail == SAME_FILE:
        return _tr("Tệp {path} chính là tệp dữ liệu đang dùng; hãy chọn một bản sao lưu.").format(
            path=path)
    texts = {
        StorageProblem.TOO_NEW: _tr(
            "Tệp sao lưu {path} do phiên bản mới hơn của phần mềm tạo ra; hãy cài phiên bản "
            "mới nhất rồi khôi phục. Dữ liệu hiện tại không bị thay đổi."),
        StorageProblem.NOT_OURS: _tr(
            "Tệp {path} không phải là bản sao lưu của OCOP Desktop. "
            "Dữ liệu hiện tại không bị thay đổi."),
        StorageProblem.DAMAGED: _tr(
            "Tệp sao lưu {path} bị hỏng, không thể khôi phục từ tệp này; hãy chọn bản sao lưu "
            "khác. Dữ liệu hiện tại không bị thay đổi."),
        StorageProblem.UNREADABLE: _tr(
            "Không khôi phục được từ {path}: {detail}. Dữ liệu hiện tại không bị thay đổi."),
        StorageProblem.LOCKED: _tr(
            "Tệp dữ liệu {path} đang bận (một cửa sổ OCOP Desktop khác đang ghi). "
            "Hãy đóng cửa sổ đó rồi thử lại; dữ liệu hiện tại không bị thay đổi."),
        StorageProblem.WRONG_SCHEMA: _tr(
            "Tệp sao lưu {path} có bảng, chỉ mục, trigger hoặc view khác với cấu trúc của "
            "OCOP Desktop ({detail}); không khôi phục từ tệp này. Dữ liệu hiện tại không bị "
            "thay đổi."),
        StorageProblem.READ_ONLY: _tr(
            "Tệp dữ liệu {path} nằm trên ổ chỉ đọc (hoặc không có quyền ghi); không khôi phục "
            "được. Dữ liệu hiện tại không bị thay đổi."),
        StorageProblem.DISK_FULL: _tr(
            "Ổ đĩa đã đầy, không khôi phục được từ {path}. Hãy giải phóng chỗ trống rồi thử "
            "lại; dữ liệu hiện tại không bị thay đổi."),
    }
    return texts[error.problem].format(path=path, detail=error.detail)


# -- outbox and mail (issue 5) -------------------------------------------------------------

def outbox_status_text(status: OutboxStatus) -> str:
    from ocop_desktop.domain.outbox import OutboxStatus

    texts = {
        OutboxStatus.QUEUED: _tr("Đang chờ gửi"),
        OutboxStatus.SENDING: _tr("Đang gửi"),
        OutboxStatus.SENT: _tr("Đã gửi"),
        OutboxStatus.FAILED: _tr("Không gửi được"),
        OutboxStatus.CANCELLED: _tr("Đã hủy"),
    }
    return texts[status]


def send_error_text(code: SendErrorCode) -> str:
    """Why a message did not go, and what to do, in plain words (the detail is separate)."""
    from ocop_desktop.domain.outbox import SendErrorCode

    texts = {
        SendErrorCode.NOT_CONFIGURED: _tr(
            "Chưa cài đặt máy chủ thư. Hãy vào Cài đặt → Thư điện tử, nhập máy chủ và địa chỉ "
            "người gửi."),
        SendErrorCode.NO_PASSWORD: _tr(
            "Chưa có mật khẩu thư điện tử. Hãy vào Cài đặt → Thư điện tử để nhập mật khẩu."),
        SendErrorCode.KEYRING_UNAVAILABLE: _tr(
            "Không đọc được mật khẩu vì máy tính này chưa có kho mật khẩu của hệ điều hành. "
            "Hãy đặt biến môi trường OCOP_SMTP_PASSWORD, hoặc cài kho mật khẩu rồi nhập lại "
            "mật khẩu trong Cài đặt → Thư điện tử."),
        SendErrorCode.AUTH_FAILED: _tr(
            "Sai tên đăng nhập hoặc mật khẩu: máy chủ thư từ chối đăng nhập. Hãy kiểm tra lại "
            "trong Cài đặt → Thư điện tử (với Gmail phải dùng “mật khẩu ứng dụng”). Thư sẽ "
            "không tự gửi lại cho đến khi sửa cài đặt hoặc bấm “Gửi ngay”."),
        SendErrorCode.AUTH_UNSUPPORTED: _tr(
            "Máy chủ không cho đăng nhập theo cách này, thường do chưa chọn bảo mật. Hãy chọn "
            "SSL/TLS (cổng 465) hoặc STARTTLS (cổng 587)."),
        SendErrorCode.HOST_NOT_FOUND: _tr(
            "Không tìm thấy máy chủ thư: mạng đang mất, hoặc tên máy chủ bị gõ sai. Thư sẽ tự "
            "gửi khi có mạng."),
        SendErrorCode.UNREACHABLE: _tr(
            "Không kết nối được với máy chủ thư: mạng đang mất, máy chủ tạm ngừng, hoặc cổng "
            "không đúng. Thư sẽ tự gửi khi có mạng."),
        SendErrorCode.TIMEOUT: _tr(
            "Máy chủ thư không trả lời kịp (hết thời gian chờ); mạng có thể đang chập chờn. "
            "Thư sẽ tự gửi lại."),
        SendErrorCode.CERTIFICATE: _tr(
            "Chứng chỉ bảo mật của máy chủ thư không đáng tin cậy (tự cấp, hết hạn hoặc không "
            "đúng tên máy chủ). Hãy kiểm tra tên máy chủ hoặc hỏi người quản trị thư."),
        SendErrorCode.TLS_FAILED: _tr(
            "Không lập được kết nối bảo mật. Kiểu bảo mật có thể không khớp với cổng: SSL/TLS "
            "thường dùng cổng 465, STARTTLS dùng cổng 587."),
        SendErrorCode.STARTTLS_UNSUPPORTED: _tr(
            "Máy chủ không hỗ trợ STARTTLS trên cổng này. Hãy thử SSL/TLS với cổng 465."),
        SendErrorCode.SENDER_REFUSED: _tr(
            "Máy chủ từ chối địa chỉ người gửi; địa chỉ gửi thường phải là địa chỉ của chính "
            "tài khoản đăng nhập."),
        SendErrorCode.RECIPIENT_REFUSED: _tr(
            "Máy chủ từ chối địa chỉ người nhận. Hãy kiểm tra lại địa chỉ."),
        SendErrorCode.TOO_LARGE: _tr(
            "Tệp đính kèm vượt giới hạn của máy chủ thư. Hãy lưu bản sao ra USB hoặc gửi bằng "
            "cách khác."),
        SendErrorCode.SERVER_TEMPORARY: _tr(
            "Máy chủ thư tạm thời chưa nhận thư. Thư sẽ tự gửi lại sau."),
        SendErrorCode.SERVER_REJECTED: _tr("Máy chủ thư từ chối nhận thư này."),
        SendErrorCode.DISCONNECTED: _tr(
            "Máy chủ thư ngắt kết nối giữa chừng. Thư sẽ tự gửi lại."),
        SendErrorCode.INTERRUPTED: _tr(
            "Lần gửi trước bị gián đoạn (phần mềm bị tắt hoặc mất điện), thư sẽ được gửi lại. "
            "Nếu nơi nhận có hai thư giống nhau, chúng có cùng mã thư (Message-ID)."),
        SendErrorCode.UNKNOWN: _tr("Có lỗi không xác định khi gửi thư."),
    }
    return texts.get(code, code.value)


# -- importing reports (issue 4) ----------------------------------------------------------------

def _local_time(value: object) -> str:
    """An ISO time stamp as this computer's local date and time, dd/mm/yyyy HH:MM."""
    if not isinstance(value, str) or not value:
        return _fmt(value)
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")


def _manifest_name(key: str) -> str:
    names = {
        "format": _tr("Định dạng"), "format_version": _tr("Phiên bản định dạng"),
        "sender_code": _tr("Mã đơn vị gửi"), "sender_name": _tr("Tên đơn vị gửi"),
        "sender_level": _tr("Cấp của đơn vị gửi"), "parent_code": _tr("Mã đơn vị nhận"),
        "period": _tr("Kỳ báo cáo"), "period_start": _tr("Ngày đầu kỳ"),
        "period_end": _tr("Ngày cuối kỳ"), "scope": _tr("Văn bản chỉ đạo"),
        "report_number": _tr("Số báo cáo"), "generated_at": _tr("Thời điểm lập"),
        "app_version": _tr("Phiên bản phần mềm"), "record_count": _tr("Số bản ghi"),
        "data_hash": _tr("Mã kiểm tra dữ liệu"), "public_key": _tr("Khóa công khai"),
        "signature": _tr("Chữ ký số"), "key_fingerprint": _tr("Mã khóa"),
    }
    return names.get(key, key)


def _column_name(key: str) -> str:
    from ocop_desktop.excel.columns import DATA_COLUMNS

    fields = {c.key: c.field for c in DATA_COLUMNS}
    if key in fields:
        field = fields[key]
        if field is not None and field_name(field) != field:
            return field_name(field)
        return next(_tr(c.title) for c in DATA_COLUMNS if c.key == key)
    return _manifest_name(key)


def import_problem_place(problem: ImportProblem) -> str:
    """Where the problem is: “Tệp “x.xlsx”, trang “Dữ liệu”, dòng 17, cột J (Số phút)”."""
    parts = [_tr("Tệp “{file}”").format(file=problem.file)] if problem.file else []
    if problem.sheet and problem.row is not None:
        parts.append(_tr("trang “{sheet}”").format(sheet=problem.sheet))
    if problem.row is not None:
        parts.append(_tr("dòng {row}").format(row=problem.row))
    if problem.column:
        name = _column_name(problem.column)
        if problem.column_letter:
            parts.append(_tr("cột {letter} ({name})").format(letter=problem.column_letter,
                                                               name=name))
        else:
            parts.append(_tr("mục “{name}”").format(name=name))
    return ", ".join(parts)


# Texts kept in tables and translated where used: QT_TRANSLATE_NOOP marks them for
# installer/update_translations.py (it returns the text unchanged).
_CELL_TEXTS = {
    "not_a_number": QT_TRANSLATE_NOOP("ProblemTexts", "“{value}” không phải là số nguyên."),
    "bad_date": QT_TRANSLATE_NOOP("ProblemTexts",
                                  "“{value}” không phải là ngày (cần dạng YYYY-MM-DD)."),
    "bad_time": QT_TRANSLATE_NOOP("ProblemTexts",
                                  "“{value}” không phải là giờ (cần dạng HH:MM)."),
    "required": QT_TRANSLATE_NOOP("ProblemTexts", "Ô bị bỏ trống, đây là thông tin bắt buộc."),
    "bad_timestamp": QT_TRANSLATE_NOOP("ProblemTexts",
                                       "“{value}” không phải là thời điểm hợp lệ."),
}
_BAD_CELL_TEXT = QT_TRANSLATE_NOOP("ProblemTexts", "Giá trị “{value}” không đúng kiểu của cột.")
# The data sheet's column titles (excel/columns.py, a core module without Qt), translated by
# _column_name; tests/test_translations.py checks this list against DATA_COLUMNS.
DATA_COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("ProblemTexts", "Mã bản ghi"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Mã đơn vị"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Ngày"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Giờ"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Mã chủ đề"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Hình thức"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Tiêu đề"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Số tin, bài"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Số lượt phát"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Số phút"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Số bản"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Số người dự"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Ngôn ngữ"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Nguồn"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Mức độ"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Thôn, cụm loa"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Người thực hiện"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Ghi chú"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Nhập thay bởi"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Tạo lúc"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Sửa lúc"),
    QT_TRANSLATE_NOOP("ProblemTexts", "Tên chủ đề"),
)


def import_problem_text(problem: ImportProblem) -> str:
    """What is wrong with a report file, in one or two sentences (without the place)."""
    from ocop_desktop.domain.exchange import ImportProblemCode

    code = problem.code
    values = {key: _fmt(value) for key, value in problem.params.items()}
    values["value"] = problem.value
    values["field"] = _column_name(problem.column) if problem.column else ""
    for key in ("latest_generated_at", "imported_at", "at"):
        if key in problem.params:
            values[key] = _local_time(problem.params[key])
    if code is ImportProblemCode.INVALID_RECORD:
        inner = problem.params.get("problem")
        return problem_text(inner) if isinstance(inner, Problem) else code.value
    if code is ImportProblemCode.BAD_CELL:
        template = _tr(_CELL_TEXTS.get(str(problem.params.get("cell")), _BAD_CELL_TEXT))
        return template.format(value=problem.value)
    if code is ImportProblemCode.TOO_LARGE:
        what = str(problem.params.get("what", ""))
        texts_too_large = {
            "cell": _tr("Trang tính có ô ở địa chỉ {value}, vượt xa phạm vi một trang dữ liệu "
                        "báo cáo có thể có; không đọc tệp này."),
            "dimension": _tr("Trang tính khai báo phạm vi {value}, vượt xa phạm vi một trang dữ "
                             "liệu báo cáo có thể có; không đọc tệp này."),
            "member": _tr("Phần “{value}” trong tệp khi giải nén lớn bất thường (quá "
                          "{limit} byte); không đọc tệp này."),
            "ratio": _tr("Phần “{value}” trong tệp bị nén với tỉ lệ bất thường (hơn {limit} "
                         "lần, dấu hiệu “bom nén”); không đọc tệp này."),
            "address": _tr("Trang tính “{value}” có ô hoặc dòng không ghi địa chỉ, không phải "
                           "bảng tính do Excel, LibreOffice hay OCOP Desktop ghi; không đọc "
                           "tệp này."),
        }
        return texts_too_large.get(what, texts_too_large["member"]).format(
            value=problem.value, limit=problem.params.get("limit", ""))
    if code is ImportProblemCode.UNDO_BLOCKED and problem.params.get("later_id") is None:
        template = _tr("Không hoàn tác được lần nhập số {id}: {count} bản ghi của lần nhập này "
                       "đã được sửa hoặc xóa trực tiếp sau đó; hoàn tác sẽ làm mất các thay "
                       "đổi ấy.")
        return template.format(**values)
    C = ImportProblemCode  # noqa: N806 (short, for the table)
    texts = {
        C.FILE_NOT_FOUND: _tr("Không tìm thấy tệp."),
        C.FILE_UNREADABLE: _tr("Không đọc được tệp ({detail})."),
        C.NOT_XLSX: _tr("Đây không phải là tệp Excel (.xlsx). Hãy chọn đúng tệp báo cáo do "
                        "OCOP Desktop xuất ra."),
        C.OLD_XLS: _tr("Tệp ở định dạng Excel cũ (.xls), không phải tệp báo cáo .xlsx do "
                       "OCOP Desktop xuất ra. Hãy xin đơn vị gửi lại tệp gốc."),
        C.CORRUPT: _tr("Tệp bị hỏng hoặc không trọn vẹn (có thể tải về chưa xong). Hãy tải "
                       "lại tệp từ thư điện tử hoặc xin đơn vị gửi lại."),
        C.NO_DATA_SHEET: _tr("Bảng tính không có trang “Dữ liệu”, nên không phải là báo cáo do "
                             "OCOP Desktop lập (các trang có trong tệp: {sheets})."),
        C.NO_MANIFEST: _tr("Trang “Dữ liệu” không có phần thông tin báo cáo ở đầu trang."),
        C.UNKNOWN_FORMAT: _tr("Trang “Dữ liệu” không theo định dạng báo cáo của OCOP Desktop "
                              "(“{value}”)."),
        C.UNKNOWN_VERSION: _tr("Báo cáo dùng định dạng phiên bản {value}, phần mềm này chỉ "
                               "đọc được phiên bản {supported}. Hãy cập nhật OCOP Desktop lên "
                               "phiên bản mới nhất."),
        C.MANIFEST_MISSING: _tr("Thiếu thông tin “{field}” ở phần đầu trang “Dữ liệu”."),
        C.MANIFEST_BAD_VALUE: _tr("Thông tin “{field}” không hợp lệ: “{value}”."),
        C.NO_HEADER: _tr("Không có dòng tên cột của bảng dữ liệu."),
        C.BAD_HEADER: _tr("Bảng dữ liệu thiếu cột: {value}."),
        C.BAD_UUID: _tr("“{value}” không phải là mã bản ghi hợp lệ."),
        C.DUPLICATE_UUID: _tr("Mã bản ghi “{value}” trùng với dòng {first_row}."),
        C.COUNT_MISMATCH: _tr("Bảng có {value} dòng dữ liệu nhưng báo cáo ghi {expected} bản "
                              "ghi: có dòng đã bị thêm hoặc xóa bằng tay."),
        C.HASH_MISMATCH: _tr("Dữ liệu đã bị sửa bằng tay sau khi lập báo cáo (mã kiểm tra "
                             "không khớp). Hãy xin đơn vị gửi lại tệp gốc; không sửa trang "
                             "“Dữ liệu”."),
        C.BAD_SIGNATURE: _tr("Chữ ký số không khớp nội dung tệp: tệp đã bị sửa sau khi đơn vị "
                             "gửi ký (số liệu, đơn vị gửi, kỳ báo cáo hoặc thời điểm lập). Hãy "
                             "xin đơn vị gửi lại tệp gốc."),
        C.KEY_MISMATCH: _tr("Khóa ký khác với khóa đã ghi nhận của {name}; nếu xã đã cài lại "
                            "máy, hãy gọi điện đối chiếu mã khóa rồi chấp nhận khóa mới (mã "
                            "khóa trong tệp: {fingerprint}; mã khóa đã ghi nhận: {held})."),
        C.UNSIGNED_PINNED: _tr("Tệp chưa ký nhưng đã ghi nhận khóa của {name} (mã khóa "
                               "{held}): chỉ nhận báo cáo có chữ ký của đơn vị. Hãy xin đơn "
                               "vị gửi lại tệp lập bằng phiên bản mới."),
        C.RECORD_NOT_SENDERS: _tr("Mã bản ghi {value} là bản ghi đã có của {unit_name} "
                                  "({unit}), không thuộc đơn vị gửi {sender}: đơn vị gửi "
                                  "không được sửa bản ghi của đơn vị khác."),
        C.RECORD_CHANGED_LATER: _tr("Thời điểm “{value}” muộn hơn lúc lập báo cáo "
                                    "({generated_at}): bản ghi không thể sửa sau khi đã lập "
                                    "báo cáo."),
        C.GENERATED_IN_FUTURE: _tr("Thời điểm lập báo cáo “{value}” ở tương lai so với đồng "
                                   "hồ máy này; có thể đồng hồ máy đơn vị gửi bị sai. Hãy "
                                   "chỉnh đồng hồ rồi lập lại báo cáo."),
        C.NO_INSTALLATION: _tr("Chưa khai báo đơn vị sử dụng phần mềm. Hãy khai báo thông tin "
                               "đơn vị trước khi nhập báo cáo."),
        C.SENDER_UNKNOWN: _tr("Đơn vị gửi {value} ({name}) không có trong danh mục đơn vị "
                              "hành chính của kỳ {start} – {end}. Hãy nhập danh mục đơn vị "
                              "mới nhất."),
        C.SENDER_OUTSIDE: _tr("Đơn vị gửi {value} ({name}) không trực thuộc {office}: báo "
                              "cáo này không gửi cho đơn vị mình."),
        C.OWN_REPORT: _tr("Đây là báo cáo do chính đơn vị mình lập, không cần nhập."),
        C.RECORD_OUTSIDE_SENDER: _tr("Bản ghi của đơn vị {value}, không thuộc đơn vị gửi "
                                     "{sender}."),
        C.RECORD_OUTSIDE_PERIOD: _tr("Ngày {value} nằm ngoài kỳ báo cáo ({start} – {end})."),
        C.STALE: _tr("Tệp này cũ hơn báo cáo đã nhập của cùng đơn vị, cùng kỳ (“{latest_file}”, "
                     "lập lúc {latest_generated_at}); không nhập để khỏi ghi đè số liệu mới "
                     "bằng số liệu cũ."),
        C.BATCH_NOT_FOUND: _tr("Không có lần nhập số {id}."),
        C.ALREADY_UNDONE: _tr("Lần nhập số {id} đã được hoàn tác lúc {at}."),
        C.UNDO_BLOCKED: _tr("Không hoàn tác được lần nhập số {id}: {count} bản ghi đã được lần "
                            "nhập số {later_id} (“{later_file}”) thay đổi sau đó. Hãy hoàn tác "
                            "lần nhập số {later_id} trước."),
    }
    template = texts.get(code, code.value)
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def import_problem_line(problem: ImportProblem) -> str:
    """“Place: what is wrong” in one line, as the CLI prints it and the preview lists it."""
    place = import_problem_place(problem)
    text = import_problem_text(problem)
    return f"{place}: {text}" if place else text


def import_outcome_text(outcome: ImportOutcome, *, preview: bool = False) -> str:
    from ocop_desktop.domain.exchange import ImportOutcome

    if preview:
        texts = {ImportOutcome.IMPORTED: _tr("Sẽ nhập"),
                 ImportOutcome.UNCHANGED: _tr("Không có gì mới"),
                 ImportOutcome.REFUSED: _tr("Không nhập được")}
    else:
        texts = {ImportOutcome.IMPORTED: _tr("Đã nhập"),
                 ImportOutcome.UNCHANGED: _tr("Không có gì mới"),
                 ImportOutcome.REFUSED: _tr("Bị từ chối")}
    return texts[outcome]


def signer_state_text(state: SignerState | str | None, fingerprint: str = "") -> str:
    """Who signed a file, for the import preview and the register."""
    if state is None:
        return ""
    state = SignerState(state) if state in tuple(SignerState) else state
    texts = {
        SignerState.NEW_KEY: _tr("khóa mới, ghi nhận lần đầu: {fingerprint}"),
        SignerState.PINNED: _tr("đã ký, đúng khóa đã ghi nhận: {fingerprint}"),
        SignerState.UNSIGNED: _tr("chưa ký"),
        SignerState.MISMATCH: _tr("khóa ký khác khóa đã ghi nhận: {fingerprint}"),
        SignerState.INVALID: _tr("chữ ký không khớp nội dung tệp"),
        "signed": _tr("đã ký: {fingerprint}"),
        "unsigned": _tr("chưa ký"),
    }
    return texts.get(state, str(state)).format(fingerprint=fingerprint)


def key_state_text(state: KeyState) -> str:
    return {KeyState.PINNED: _tr("Ghi nhận lần đầu"), KeyState.TRUSTED: _tr("Đã đối chiếu"),
            KeyState.RETIRED: _tr("Đã thay")}[state]


def child_state_text(state: ChildState) -> str:
    from ocop_desktop.domain.exchange import ChildState

    return {ChildState.ON_TIME: _tr("Đúng hạn"), ChildState.LATE: _tr("Muộn"),
            ChildState.MISSING: _tr("Chưa báo cáo")}[state]


_UNIT_KINDS = ("thị trấn", "thị xã", "thành phố", "đặc khu", "phường", "xã", "huyện", "quận",
               "tỉnh")


def unit_kind(name: str) -> str:
    """The kind a unit's name starts with ("Phường Đông Kinh" → "phường"), "" if none."""
    lowered = " ".join(name.split()).lower()
    for kind in _UNIT_KINDS:
        if lowered.startswith(kind + " "):
            return kind
    return ""


def units_noun(names: Sequence[str], levels: set[UnitLevel]) -> str:
    """What a list of units is, as the units are: "xã", "xã, phường", "huyện, thành phố"."""
    counts: dict[str, int] = {}
    for name in names:
        kind = unit_kind(name)
        if kind:
            counts[kind] = counts.get(kind, 0) + 1
    if counts and sum(counts.values()) == len(names):
        return ", ".join(sorted(counts, key=lambda k: -counts[k]))
    if levels == {UnitLevel.COMMUNE}:
        return _tr("xã")
    if levels == {UnitLevel.DISTRICT}:
        return _tr("huyện")
    return _tr("đơn vị")


def completeness_rate_text(statuses: Sequence[ChildStatus]) -> str:
    """“17/20 xã đã báo cáo, 2 muộn”; a mixed list names its kinds (“0/8 phường, xã …”)."""
    from ocop_desktop.domain.exchange import ChildState

    noun = units_noun([s.unit.name for s in statuses], {s.unit.level for s in statuses})
    reported = sum(1 for s in statuses if s.state is not ChildState.MISSING)
    late = sum(1 for s in statuses if s.state is ChildState.LATE)
    return _tr("{reported}/{total} {noun} đã báo cáo, {late} muộn").format(
        reported=reported, total=len(statuses), noun=noun, late=late)


def conflict_text(conflict: Conflict) -> str:
    """One conflict of an import preview, as a sentence."""
    values = {"title": conflict.title, "unit": conflict.unit_code,
              "date": conflict.date.strftime("%d/%m/%Y"),
              "source": conflict.existing_source or _tr("đơn vị mình"),
              "mine": _local_time(conflict.existing_updated_at),
              "theirs": _local_time(conflict.file_updated_at)}
    if conflict.file_updated_at is None:
        return _tr("“{title}” ({unit}, {date}) không có trong tệp này nhưng đã nhận trực tiếp từ "
                   "{source}: giữ lại, chờ báo cáo của chính đơn vị đó.").format(**values)
    if conflict.winner == "file":
        return _tr("“{title}” ({unit}, {date}): bản trong tệp (sửa lúc {theirs}) mới hơn bản đã "
                   "nhận từ {source} (sửa lúc {mine}), dùng bản trong tệp.").format(**values)
    if conflict.existing_removed:
        return _tr("“{title}” ({unit}, {date}): đã được xóa theo báo cáo mới hơn; bản trong tệp "
                   "(sửa lúc {theirs}) cũ hơn nên không lấy lại.").format(**values)
    return _tr("“{title}” ({unit}, {date}): bản đã nhận từ {source} (sửa lúc {mine}) mới hơn bản "
               "trong tệp (sửa lúc {theirs}), giữ bản đã có.").format(**values)


# -- the inbox (issue 15) -----------------------------------------------------------------

def inbox_state_text(state: InboxState | str) -> str:
    from ocop_desktop.domain.inbox import InboxState

    texts = {InboxState.WAITING.value: _tr("Chờ xử lý"),
             InboxState.IGNORED.value: _tr("Bỏ qua"),
             InboxState.ACCEPTED.value: _tr("Đã nhận"),
             InboxState.RETURNED.value: _tr("Đã trả lại"),
             "seen": _tr("Đã có từ trước")}
    value = state.value if isinstance(state, InboxState) else state
    return texts.get(value, value)


def ignore_reason_text(item: InboxItem) -> str:
    """Why a message or an attachment was not offered for a decision."""
    from ocop_desktop.domain.exchange import ImportProblem, ImportProblemCode
    from ocop_desktop.domain.inbox import IgnoreReason

    detail = item.reason_detail
    if item.reason_code == IgnoreReason.NOT_A_REPORT.value:
        try:
            code = ImportProblemCode(detail or (item.problems[0] if item.problems else ""))
        except ValueError:
            code = ImportProblemCode.CORRUPT
        inner = import_problem_text(ImportProblem(code, item.file_name,
                                                  params={"sheets": "…", "detail": "…"}))
        return _tr("Tệp “{file}” không phải báo cáo do OCOP Desktop lập: {why}").format(
            file=item.file_name, why=inner)
    texts = {
        IgnoreReason.NO_ATTACHMENT.value: _tr("Thư không có tệp đính kèm nào để nhập."),
        IgnoreReason.NOT_XLSX.value: _tr(
            "Tệp “{file}” không phải tệp Excel (.xlsx) nên không phải báo cáo."),
        IgnoreReason.OWN_REPORT.value: _tr(
            "Tệp “{file}” là báo cáo do chính đơn vị mình lập (bản gửi kèm cho mình)."),
        IgnoreReason.MESSAGE_TOO_LARGE.value: _tr(
            "Thư quá lớn ({size}); không tải về để bảo vệ máy. Nếu là báo cáo, hãy xin đơn vị "
            "gửi lại hoặc tải tệp từ trang thư điện tử."),
        IgnoreReason.ATTACHMENT_TOO_LARGE.value: _tr(
            "Tệp “{file}” quá lớn ({size}); không mở để bảo vệ máy."),
        IgnoreReason.TOO_MANY_PARTS.value: _tr(
            "Thư có quá nhiều phần hoặc tệp đính kèm; không mở để bảo vệ máy."),
        IgnoreReason.MALFORMED.value: _tr(
            "Thư hoặc tệp đính kèm bị hỏng, không đọc được."),
        IgnoreReason.REPLY_UNKNOWN.value: _tr(
            "Thư trả lời của OCOP Desktop về một báo cáo không có trong sổ báo cáo của máy này."),
    }
    template = texts.get(item.reason_code, item.reason_code)
    size = item.file_size or (int(detail) if detail.isdigit() else 0)
    return template.format(file=item.file_name, size=_size_text(size))


def inbox_problem_text(item: InboxItem) -> str | None:
    """What the first problem the preview found in an attachment says (its stored code as is
    when this version does not know it); None when the preview found none."""
    from ocop_desktop.domain.exchange import ImportProblem, ImportProblemCode

    if not item.problems:
        return None
    try:
        code = ImportProblemCode(item.problems[0])
    except ValueError:
        return item.problems[0]
    return import_problem_text(ImportProblem(code, item.file_name, value=item.sender_code,
                                             params={"name": item.sender_name}))


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(size, 1) // 1024 or 1} KB"


def inbox_warning_text(code: str) -> str:
    texts = {
        "conflicts": _tr("Có bản ghi trùng với bản đã nhận theo đường khác (xem phần xung đột)."),
        "removed": _tr("Báo cáo này sẽ xóa bản ghi đã nhận trước đây."),
        "entered_here": _tr("Đơn vị mình đã nhập thay một số bản ghi của đơn vị gửi trong kỳ."),
        "signer_new_key": _tr("Báo cáo ký bằng khóa lần đầu thấy của đơn vị này; khi nhận, "
                              "khóa được ghi nhận (nên gọi điện đối chiếu mã khóa)."),
        "signer_unsigned": _tr("Báo cáo không có chữ ký (lập bằng phiên bản cũ hoặc không "
                               "phải do phần mềm lập)."),
    }
    return texts.get(code, code)


def fetch_error_text(code: FetchErrorCode) -> str:
    """Why fetching mail (or "Kiểm tra kết nối") failed, in plain words."""
    from ocop_desktop.domain.inbox import FetchErrorCode

    texts = {
        FetchErrorCode.NOT_CONFIGURED: _tr(
            "Chưa cài đặt hộp thư đến. Hãy vào Cài đặt → Hộp thư đến, nhập máy chủ IMAP và tên "
            "đăng nhập."),
        FetchErrorCode.NO_PASSWORD: _tr(
            "Chưa có mật khẩu hộp thư đến. Hãy vào Cài đặt → Hộp thư đến để nhập mật khẩu."),
        FetchErrorCode.KEYRING_UNAVAILABLE: _tr(
            "Không đọc được mật khẩu vì máy tính này chưa có kho mật khẩu của hệ điều hành. "
            "Hãy đặt biến môi trường OCOP_IMAP_PASSWORD, hoặc cài kho mật khẩu rồi nhập lại "
            "mật khẩu trong Cài đặt → Hộp thư đến."),
        FetchErrorCode.AUTH_FAILED: _tr(
            "Sai tên đăng nhập hoặc mật khẩu: máy chủ thư từ chối đăng nhập. Hãy kiểm tra lại "
            "trong Cài đặt → Hộp thư đến (với Gmail phải bật IMAP và dùng “mật khẩu ứng "
            "dụng”)."),
        FetchErrorCode.HOST_NOT_FOUND: _tr(
            "Không tìm thấy máy chủ thư: mạng đang mất, hoặc tên máy chủ bị gõ sai."),
        FetchErrorCode.UNREACHABLE: _tr(
            "Không kết nối được với máy chủ thư: mạng đang mất, máy chủ tạm ngừng, hoặc cổng "
            "không đúng."),
        FetchErrorCode.TIMEOUT: _tr(
            "Máy chủ thư không trả lời kịp (hết thời gian chờ); mạng có thể đang chập chờn."),
        FetchErrorCode.CERTIFICATE: _tr(
            "Chứng chỉ bảo mật của máy chủ thư không đáng tin cậy (tự cấp, hết hạn hoặc không "
            "đúng tên máy chủ). Hãy kiểm tra tên máy chủ hoặc hỏi người quản trị thư."),
        FetchErrorCode.TLS_FAILED: _tr(
            "Không lập được kết nối bảo mật. Kiểu bảo mật có thể không khớp với cổng: SSL/TLS "
            "thường dùng cổng 993, STARTTLS dùng cổng 143."),
        FetchErrorCode.STARTTLS_UNSUPPORTED: _tr(
            "Máy chủ không hỗ trợ STARTTLS trên cổng này. Hãy thử SSL/TLS với cổng 993."),
        FetchErrorCode.INSECURE_REMOTE: _tr(
            "Máy chủ thư không nằm trong mạng nội bộ nên không được kết nối không mã hóa (mật "
            "khẩu sẽ đi qua mạng dưới dạng chữ thường). Hãy chọn SSL/TLS hoặc STARTTLS."),
        FetchErrorCode.FOLDER_NOT_FOUND: _tr(
            "Không có thư mục thư này trong hộp thư. Thư mục thư đến thường là INBOX."),
        FetchErrorCode.DISCONNECTED: _tr(
            "Máy chủ thư ngắt kết nối giữa chừng; những thư đã đọc được vẫn giữ nguyên, lần "
            "sau sẽ đọc tiếp."),
        FetchErrorCode.SERVER_ERROR: _tr("Máy chủ thư báo lỗi."),
        FetchErrorCode.UNKNOWN: _tr("Có lỗi không xác định khi đọc thư."),
    }
    return texts[code]


def reply_text(reply: ReportReply | None) -> str:
    """What the office answered about one of our reports, for the register."""
    from ocop_desktop.domain.inbox import ReplyKind

    if reply is None:
        return ""
    if reply.kind is ReplyKind.RECEIVED:
        return _tr("Đã được nhận")
    return _tr("Bị trả lại: {reason}").format(reason=reply.reason or _tr("(không ghi lý do)"))
