"""The one place where problem codes become user-facing (Vietnamese, translatable) words.

The core returns codes (``ProblemCode``, storage and file-reading codes); the GUI and the CLI
both call these functions, so a message reads the same wherever it appears. Only QtCore is
imported, so the CLI can use it without a display.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ocop_desktop.domain.exchange import (
    ChildState,
    ChildStatus,
    ImportOutcome,
    ImportProblem,
    ImportProblemCode,
)
from ocop_desktop.domain.outbox import OutboxStatus, SendErrorCode
from ocop_desktop.domain.records import UnitLevel
from ocop_desktop.domain.signing import KeyState, SignerState
from ocop_desktop.domain.validation import Problem, ProblemCode
from ocop_desktop.excel.unit_lists import UnitListError
from ocop_desktop.storage.backup import SAME_FILE
from ocop_desktop.storage.database import StorageError, StorageProblem
from ocop_desktop.texts.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
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
        # Reports (issue 3).
        "installation": _tr("Thông tin đơn vị"), "out": _tr("Tệp báo cáo"),
        "report_number": _tr("Số báo cáo"), "date_from": _tr("Từ ngày"),
        "date_to": _tr("Đến ngày"), "symbol": _tr("Ký hiệu báo cáo"),
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
    values = {key: _fmt(value) for key, value in p.items()}
    values.setdefault("from", "…")
    values.setdefault("format", "YYYY-MM-DD")  # the GUI passes "dd/mm/yyyy"
    values.setdefault("to", "…")
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


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
    }
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
    }
    return texts[error.problem].format(path=path, detail=error.detail)


# -- outbox and mail (issue 5) -------------------------------------------------------------

def outbox_status_text(status: OutboxStatus) -> str:
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
    return {ChildState.ON_TIME: _tr("Đúng hạn"), ChildState.LATE: _tr("Muộn"),
            ChildState.MISSING: _tr("Chưa báo cáo")}[state]


def completeness_rate_text(statuses: Sequence[ChildStatus]) -> str:
    """“17/20 xã đã báo cáo, 2 muộn” (huyện for districts; đơn vị when levels mix)."""
    levels = {s.unit.level for s in statuses}
    if levels == {UnitLevel.COMMUNE}:
        noun = _tr("xã")
    elif levels == {UnitLevel.DISTRICT}:
        noun = _tr("huyện")
    else:
        noun = _tr("đơn vị")
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
