<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/help_dialog.py" line="82" />
            <source>(trong bộ nhớ)</source>
            <translation>(in memory)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/help_dialog.py" line="73" />
            <source>&lt;h2&gt;OCOP Desktop {version}&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;OCOP Desktop {version}&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/help_dialog.py" line="74" />
            <source>&lt;p&gt;Sổ ghi và báo cáo kết quả tuyên truyền cho đài truyền thanh cấp xã và cơ quan tổng hợp cấp huyện, cấp tỉnh: ghi từng buổi phát, từng hoạt động tuyên truyền; lập báo cáo theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP); tổng hợp báo cáo của các đơn vị cấp dưới.&lt;/p&gt;&lt;p&gt;Dữ liệu nằm trên máy này, trong tệp:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Hãy để tệp trên ổ đĩa của máy, không để trên ổ mạng dùng chung.&lt;/p&gt;&lt;p&gt;Phát hành theo giấy phép MIT. Dùng Qt {qt}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Log and reports of propaganda work for commune radio stations and for the consolidating offices at district and province level: log every broadcast and every propaganda activity; make reports in the official document format (Decree 30/2020/NĐ-CP); consolidate the reports of subordinate units.&lt;/p&gt;&lt;p&gt;The data is on this computer, in the file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Keep the file on this computer's own disk, not on a shared network drive.&lt;/p&gt;&lt;p&gt;Released under the MIT licence. Uses Qt {qt}.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/help_dialog.py" line="72" />
            <source>Giới thiệu OCOP Desktop</source>
            <translation>About OCOP Desktop</translation>
        </message>
    </context>
    <context>
        <name>AdministrationPages</name>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="39" />
            <source>Báo cáo gửi</source>
            <translation>Reports to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/common.py" line="31" />
            <location filename="../../ocop_desktop/ui/administration_pages/common.py" line="31" />
            <source>Chưa lắp đặt</source>
            <translation>Not installed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/common.py" line="23" />
            <source>Có dây</source>
            <translation>Wired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="40" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="51" />
            <source>Ghi chú</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/common.py" line="29" />
            <source>Hỏng</source>
            <translation>Broken</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/common.py" line="24" />
            <source>Không dây (FM)</source>
            <translation>Wireless (FM)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="51" />
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="29" />
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="29" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="50" />
            <source>Mã xã cũ</source>
            <translation>Former commune code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="40" />
            <source>Người ký</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="50" />
            <source>Số</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="50" />
            <source>Thôn, xã cũ</source>
            <translation>Village, former commune</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/common.py" line="23" />
            <source>Truyền thanh IP</source>
            <translation>IP radio</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="50" />
            <source>Tên cụm loa</source>
            <translation>Cluster name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="29" />
            <source>Tên hiện nay</source>
            <translation>Current name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="30" />
            <source>Tên trước đây</source>
            <translation>Former names</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="51" />
            <source>Tình trạng</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="51" />
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="29" />
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="39" />
            <source>Từ ngày</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="39" />
            <source>Áp dụng cho</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/common.py" line="29" />
            <source>Đang hoạt động</source>
            <translation>Working</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/common.py" line="30" />
            <source>Đã dỡ bỏ</source>
            <translation>Removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="48" />
            <source>Đơn vị {code}</source>
            <translation>Unit {code}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="29" />
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="39" />
            <source>Đến ngày</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="44" />
            <source>đến {day}: {name}</source>
            <translation>until {day}: {name}</translation>
        </message>
    </context>
    <context>
        <name>AiredDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="354" />
            <source>&lt;b&gt;{day} {date}, {time}&lt;/b&gt; — {title}</source>
            <translation>&lt;b&gt;{day} {date}, {time}&lt;/b&gt; — {title}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="374" />
            <source>Ghi chú</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="375" />
            <source>Ghi vào sổ</source>
            <translation>Write to the log</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="375" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="368" />
            <source>Số lượt phát</source>
            <translation>Airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="369" />
            <source>Số phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="371" />
            <source>Số tin, bài</source>
            <translation>Items</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="367" />
            <source>Tiêu đề</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="365" />
            <source>không bắt buộc</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="353" />
            <source>Đã phát — ghi vào sổ</source>
            <translation>Aired — write to the log</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ocop_desktop/app.py" line="413" />
            <source>Không sao lưu được dữ liệu hôm nay: {detail}</source>
            <translation>Could not back up today's data: {detail}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/app.py" line="288" />
            <source>Sao lưu hằng ngày</source>
            <translation>Daily backup</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/app.py" line="218" />
            <source>không tạo được tệp khoá {path}</source>
            <translation>could not create the lock file {path}</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="236" />
            <source>&amp;Ngôn ngữ giao diện:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="248" />
            <source>Giao diện</source>
            <translation>Interface</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="238" />
            <source>Ngôn ngữ mới được dùng từ lần mở phần mềm sau. Báo cáo gửi đi luôn bằng tiếng Việt; những phần chưa được dịch vẫn hiện tiếng Việt.</source>
            <translation>The new language is used from the next time the program starts. Reports sent are always in Vietnamese; parts not yet translated still show in Vietnamese.</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="373" />
            <source>&amp;Khôi phục từ bản sao lưu…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="368" />
            <source>&amp;Sao lưu ngay…</source>
            <translation>&amp;Back up now…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="52" />
            <source>Bản sao lưu OCOP Desktop (*.sqlite *.db);;Tất cả các tệp (*)</source>
            <translation>OCOP Desktop backups (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="370" />
            <source>Chép toàn bộ dữ liệu ra một tệp, ví dụ vào USB</source>
            <translation>Copy all data to a file, for example on a USB drive</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="66" />
            <source>Chủ nhật</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="210" />
            <source>Dữ liệu đang mở trong bộ nhớ, không có tệp để sao lưu hay khôi phục.</source>
            <translation>The data is open in memory; there is no file to back up or restore.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="301" />
            <source>Không khôi phục được</source>
            <translation>Could not restore</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="258" />
            <source>Không sao lưu được</source>
            <translation>Could not back up</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="210" />
            <source>Sao lưu</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="224" />
            <source>Sao lưu dữ liệu vào tệp</source>
            <translation>Back up the data to a file</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="375" />
            <source>Thay dữ liệu đang dùng bằng một bản sao lưu</source>
            <translation>Replace the data in use with a backup</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="65" />
            <source>Thứ Ba</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="66" />
            <source>Thứ Bảy</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="65" />
            <source>Thứ Hai</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="65" />
            <source>Thứ Năm</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="65" />
            <source>Thứ Sáu</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="65" />
            <source>Thứ Tư</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="60" />
            <source>dữ liệu trước lần khôi phục</source>
            <translation>data before a restore</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="57" />
            <source>sao lưu thủ công</source>
            <translation>manual backup</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="58" />
            <source>tự động hằng ngày</source>
            <translation>automatic, daily</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="59" />
            <source>tự động khi đóng chương trình</source>
            <translation>automatic, on closing the program</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="72" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="74" />
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="283" />
            <source>Đang khôi phục dữ liệu…</source>
            <translation>Restoring the data…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="245" />
            <source>Đang sao lưu dữ liệu…</source>
            <translation>Backing up the data…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="290" />
            <source>Đã khôi phục</source>
            <translation>Restored</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="290" />
            <source>Đã khôi phục dữ liệu từ {source}.

Dữ liệu trước khi khôi phục được giữ lại trong tệp:
{safety}</source>
            <translation>Restored the data from {source}.

The data from before the restore is kept in the file:
{safety}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="250" />
            <source>Đã sao lưu</source>
            <translation>Backed up</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="250" />
            <source>Đã sao lưu toàn bộ dữ liệu vào tệp:
{path}</source>
            <translation>All data was backed up to the file:
{path}</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="210" />
            <source>(Chủ đề không gắn văn bản)</source>
            <translation>(Topics without a directive)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="88" />
            <source>Chọn tệp danh mục đơn vị hành chính</source>
            <translation>Choose the file of administrative units</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="186" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="59" />
            <source>Cấp</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="55" />
            <source>Danh mục không thay đổi.</source>
            <translation>The catalogue is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="90" />
            <source>Danh mục đơn vị (*.xlsx *.xls *.csv *.txt);;Tất cả các tệp (*)</source>
            <translation>Unit lists (*.xlsx *.xls *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="59" />
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="239" />
            <source>Hiệu lực từ</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="60" />
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="239" />
            <source>Hiệu lực đến</source>
            <translation>Valid to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="35" />
            <source>Huyện</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="130" />
            <source>Hãy nhập ngày có hiệu lực, dạng 01/07/2025.</source>
            <translation>Enter the date it takes effect, as 01/07/2025.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="187" />
            <source>Hạn báo cáo</source>
            <translation>Report deadline</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="62" />
            <source>Không nhập được tệp {file}; danh mục không thay đổi.</source>
            <translation>Could not import the file {file}; the catalogue is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="59" />
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="238" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="186" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="186" />
            <source>Số, ký hiệu</source>
            <translation>Number, symbol</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="80" />
            <source>Thay đổi có hiệu lực từ ngày {day}.</source>
            <translation>The change takes effect from {day}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="187" />
            <source>Trích yếu</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="238" />
            <source>Tên chủ đề</source>
            <translation>Topic name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="59" />
            <source>Tên đơn vị</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="35" />
            <source>Tỉnh</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="238" />
            <source>Văn bản chỉ đạo</source>
            <translation>Directive</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="36" />
            <source>Xã</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/models.py" line="231" />
            <source>khi có yêu cầu</source>
            <translation>when requested</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="69" />
            <source>Đã nhập bảng sáp nhập từ tệp {file}: {links} liên kết đơn vị mới – đơn vị cũ được thêm, {same} đã có. Có thể tạo cụm loa từ đài truyền thanh của các xã cũ trong Danh mục → Cụm loa.</source>
            <translation>Imported the merge map from {file}: {links} new-unit – former-unit links added, {same} already there. Loudspeaker clusters can be made from the former communes' stations in Catalogue → Clusters.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="74" />
            <source>Đã nhập danh mục từ tệp {file}: {added} đơn vị mới, {changed} thay đổi, {closed} hết hiệu lực, {unchanged} không đổi.</source>
            <translation>Imported the catalogue from the file {file}: {added} new units, {changed} changed, {closed} ended, {unchanged} unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="61" />
            <source>… và {n} lỗi khác.</source>
            <translation>… and {n} more problems.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueNames</name>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="40" />
            <source>Báo in, báo điện tử</source>
            <translation>Newspapers, online news</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="46" />
            <source>Băng rôn, khẩu hiệu, pa-nô, áp phích</source>
            <translation>Banners, slogans, panels, posters</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="53" />
            <source>Bản tin thông tin cơ sở</source>
            <translation>Grassroots bulletins</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="45" />
            <source>Bản tin, tờ rơi, sách mỏng, ấn phẩm</source>
            <translation>Bulletins, leaflets, booklets, publications</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="44" />
            <source>Bảng tin công cộng</source>
            <translation>Public notice boards</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="56" />
            <source>Cổng thông tin điện tử, trang thông tin điện tử</source>
            <translation>Portals and web pages</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="82" />
            <source>Hệ thống thông tin nguồn trung ương</source>
            <translation>Central source information system</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="83" />
            <source>Hệ thống thông tin nguồn tỉnh</source>
            <translation>Provincial source information system</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="47" />
            <source>Hội nghị, tuyên truyền miệng</source>
            <translation>Meetings, word-of-mouth propaganda</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="59" />
            <source>Hội nghị, tọa đàm tuyên truyền</source>
            <translation>Conferences and seminars</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="87" />
            <source>Khẩn cấp</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="42" />
            <source>Mạng xã hội, nhóm Zalo/Facebook</source>
            <translation>Social media, Zalo/Facebook groups</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="57" />
            <source>Mạng xã hội, ứng dụng nhắn tin (Zalo, Facebook…)</source>
            <translation>Social networks and messaging apps (Zalo, Facebook…)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="76" />
            <source>Ngôn ngữ khác</source>
            <translation>Other language</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="66" />
            <source>Số bản</source>
            <translation>Copies</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="64" />
            <source>Số lượt phát</source>
            <translation>Airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="67" />
            <source>Số người dự</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="65" />
            <source>Số phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="63" />
            <source>Số tin, bài</source>
            <translation>Items</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="85" />
            <source>Thông thường</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="43" />
            <source>Tin nhắn SMS</source>
            <translation>SMS messages</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="58" />
            <source>Tin nhắn viễn thông (SMS)</source>
            <translation>Telecom messages (SMS)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="37" />
            <source>Tin, bài, phóng sự phát trên đài truyền thanh</source>
            <translation>News, articles, reports on the radio station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="73" />
            <source>Tiếng Dao</source>
            <translation>Dao</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="75" />
            <source>Tiếng Hoa</source>
            <translation>Chinese (Hoa)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="74" />
            <source>Tiếng Mông</source>
            <translation>Hmong</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="71" />
            <source>Tiếng Nùng</source>
            <translation>Nùng</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="70" />
            <source>Tiếng Tày</source>
            <translation>Tày</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="72" />
            <source>Tiếng Tày–Nùng</source>
            <translation>Tày–Nùng</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="69" />
            <source>Tiếng Việt</source>
            <translation>Vietnamese</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="79" />
            <source>Tiếp sóng Đài Tiếng nói Việt Nam</source>
            <translation>Relay of the Voice of Vietnam</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="81" />
            <source>Tiếp sóng đài huyện</source>
            <translation>Relay of the district station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="80" />
            <source>Tiếp sóng đài tỉnh</source>
            <translation>Relay of the provincial station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="49" />
            <source>Tiếp sóng, tiếp âm (VOV, đài tỉnh, hệ thống thông tin nguồn)</source>
            <translation>Relays (VOV, provincial station, source information systems)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="60" />
            <source>Tiếp sóng, tiếp âm (VOV, đài tỉnh, đài huyện, hệ thống thông tin nguồn)</source>
            <translation>Relays (VOV, provincial and district stations, source information systems)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="38" />
            <source>Tiếp sóng/tiếp âm (VOV, đài tỉnh, đài huyện)</source>
            <translation>Relay (VOV, province, district)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="41" />
            <source>Trang/cổng thông tin điện tử</source>
            <translation>Websites, portals</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="39" />
            <source>Truyền hình</source>
            <translation>Television</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="51" />
            <source>Trả lời phản ánh, kiến nghị của người dân trên đài truyền thanh</source>
            <translation>Answers to residents' feedback on the radio</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="55" />
            <source>Tuyên truyền viên cơ sở (tuyên truyền miệng)</source>
            <translation>Grassroots propagandists (oral propaganda)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="54" />
            <source>Tài liệu không kinh doanh (tờ rơi, tờ gấp, sách mỏng)</source>
            <translation>Non-commercial documents (leaflets, folders, booklets)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="78" />
            <source>Tự sản xuất</source>
            <translation>Self-produced</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/i18n.py" line="86" />
            <source>Ưu tiên</source>
            <translation>Priority</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/page.py" line="38" />
            <source>Cụm loa</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/page.py" line="40" />
            <source>Hình thức và nguồn</source>
            <translation>Forms and sources</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/page.py" line="39" />
            <source>Quan hệ báo cáo</source>
            <translation>Reporting relationships</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/page.py" line="27" />
            <source>Văn bản chỉ đạo và chủ đề</source>
            <translation>Directives and topics</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/page.py" line="26" />
            <source>Đơn vị hành chính</source>
            <translation>Administrative units</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="53" />
            <source> (và {count} lỗi khác)</source>
            <translation> (and {count} more problems)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="198" />
            <source> (đã hoàn tác)</source>
            <translation> (undone)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="251" />
            <source> (đã xóa)</source>
            <translation> (deleted)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="75" />
            <source>; {count} bản ghi nhận theo hai đường, giữ bản sửa sau cùng</source>
            <translation>; {count} records received by two paths, keeping the latest correction</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="258" />
            <source>Buổi này chưa được đánh dấu.</source>
            <translation>This airing has not been ticked.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="174" />
            <source>Báo cáo gửi</source>
            <translation>Reports to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="434" />
            <source>Bản</source>
            <translation>Copies</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="457" />
            <source>Bản ghi {uuid} chưa bị xóa.</source>
            <translation>Record {uuid} is not deleted.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="456" />
            <source>Bản ghi {uuid} đã bị xóa từ trước.</source>
            <translation>Record {uuid} was already deleted.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="212" />
            <source>Bộ phận tham mưu</source>
            <translation>Drafted by</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="65" />
            <source>Chưa chọn ngày nào trong tuần; dùng: {codes}.</source>
            <translation>No day of the week chosen; use: {codes}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="170" />
            <source>Chưa có báo cáo nào được xuất.</source>
            <translation>No report has been exported yet.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="208" />
            <source>Chưa có khung giờ phát nào.</source>
            <translation>No airing slots yet.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="66" />
            <source>Chưa có tệp dữ liệu {path}. Hãy tạo bằng: ocop-desktop --db {path} init --unit MÃ --role station</source>
            <translation>There is no data file {path}. Create it with: ocop-desktop --db {path} init --unit CODE --role station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/keys.py" line="62" />
            <source>Chưa ghi nhận khóa của đơn vị nào.</source>
            <translation>No unit's key has been recorded yet.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="195" />
            <source>Chưa nhập báo cáo nào.</source>
            <translation>No report imported yet.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="75" />
            <source>Chưa thiết lập đơn vị sử dụng phần mềm. Hãy chạy trước: ocop-desktop init --unit MÃ --role station</source>
            <translation>The unit using this program is not set. Run first: ocop-desktop init --unit CODE --role station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="192" />
            <source>Chưa thiết lập đơn vị; dùng --unit MÃ.</source>
            <translation>No unit is set up; use --unit CODE.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="306" />
            <source>Chưa đánh dấu</source>
            <translation>Not ticked</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="211" />
            <source>Chương trình</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="110" />
            <source>Chỉ dùng một trong hai: --days (phát hằng tuần) hoặc --date (phát một lần).</source>
            <translation>Use only one of --days (weekly airing) or --date (one airing).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="350" />
            <source>Chỉ tiêu</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="278" />
            <location filename="../../ocop_desktop/cli/log.py" line="433" />
            <location filename="../../ocop_desktop/cli/schedule.py" line="211" />
            <location filename="../../ocop_desktop/cli/schedule.py" line="305" />
            <location filename="../../ocop_desktop/cli/schedule.py" line="350" />
            <source>Chủ đề</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="213" />
            <source>Chức vụ người ký</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="236" />
            <source>Có phải là: {options}?</source>
            <translation>Did you mean: {options}?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="211" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="210" />
            <source>Cơ quan chủ quản</source>
            <translation>Parent body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="234" />
            <source>Cấp</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="234" />
            <source>Cấp trên</source>
            <translation>Parent</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="96" />
            <source>Cần cho biết tình trạng: --working, --broken hoặc --removed.</source>
            <translation>Give the status: --working, --broken or --removed.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="142" />
            <source>Danh mục chưa cho biết đơn vị {code} được hợp nhất từ những xã nào. Hãy nhập bảng sáp nhập: ocop-desktop units import TỆP.</source>
            <translation>The catalogue does not say which communes unit {code} was merged from. Import the merge map: ocop-desktop units import FILE.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="433" />
            <location filename="../../ocop_desktop/cli/schedule.py" line="210" />
            <source>Giờ</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="433" />
            <location filename="../../ocop_desktop/cli/schedule.py" line="210" />
            <source>Hình thức</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="278" />
            <source>Hạn báo cáo</source>
            <translation>Report deadline</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="166" />
            <source>Khung giờ {id}: không có gì thay đổi.</source>
            <translation>Slot {id}: nothing changed.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/keys.py" line="47" />
            <source>Khóa công khai: {key}</source>
            <translation>Public key: {key}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="454" />
            <source>Không có bản ghi mã “{uuid}”.</source>
            <translation>There is no record with the code “{uuid}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="254" />
            <source>Không có lệnh “{name}”. Xem các lệnh: ocop-desktop --help</source>
            <translation>There is no command “{name}”. See the commands: ocop-desktop --help</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="274" />
            <source>Không có quan hệ báo cáo số {id}.</source>
            <translation>There is no reporting relationship number {id}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="535" />
            <source>Không có thư mục {folder}.</source>
            <translation>There is no folder {folder}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="234" />
            <source>Không có tùy chọn {option}.</source>
            <translation>There is no option {option}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="96" />
            <source>Không có tệp .xlsx nào trong {paths}.</source>
            <translation>There is no .xlsx file in {paths}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="197" />
            <source>Không có đơn vị mã “{code}” có hiệu lực vào ngày {day}.</source>
            <translation>No unit with code “{code}” is valid on {day}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="305" />
            <source>Không phát</source>
            <translation>Not aired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="202" />
            <location filename="../../ocop_desktop/cli/log.py" line="552" />
            <location filename="../../ocop_desktop/cli/report.py" line="132" />
            <source>Không tìm thấy tệp {file}.</source>
            <translation>File {file} not found.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="142" />
            <source>Không đọc được tệp {file} ({error}).</source>
            <translation>Cannot read the file {file} ({error}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="210" />
            <source>Kính gửi</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="305" />
            <source>Kế hoạch</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="303" />
            <source>Kế hoạch phát sóng {label} ({range}).</source>
            <translation>Broadcast plan {label} ({range}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="350" />
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="127" />
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="314" />
            <source>Lý do không phát: {reasons}.</source>
            <translation>Reasons for not airing: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="434" />
            <source>Lượt</source>
            <translation>Airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="247" />
            <source>Lần nhập số {id}: tệp “{file}” của {sender}, {signer}.</source>
            <translation>Import {id}: file “{file}” from {sender}, {signer}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="259" />
            <source>Lệnh không hợp lệ ({message}). Xem: ocop-desktop --help</source>
            <translation>Invalid command ({message}). See: ocop-desktop --help</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="284" />
            <source>Lỗi không lường trước ({kind}); {where}.</source>
            <translation>Unexpected error ({kind}); {where}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="328" />
            <location filename="../../ocop_desktop/cli/administration.py" line="353" />
            <location filename="../../ocop_desktop/cli/log.py" line="234" />
            <location filename="../../ocop_desktop/cli/log.py" line="319" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="434" />
            <source>Mã bản ghi</source>
            <translation>Record ID</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/keys.py" line="44" />
            <source>Mã khóa: {fingerprint}</source>
            <translation>Key fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="306" />
            <source>Ngoài kế hoạch</source>
            <translation>Unplanned</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="278" />
            <location filename="../../ocop_desktop/cli/log.py" line="433" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="210" />
            <source>Ngày phát</source>
            <translation>Airing date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="242" />
            <source>Ngày {date}: đánh dấu {what} — {added} buổi mới, {updated} buổi sửa, {unchanged} buổi không đổi.</source>
            <translation>{date}: marked {what} — {added} new, {updated} changed, {unchanged} unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="434" />
            <source>Người</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="434" />
            <location filename="../../ocop_desktop/cli/schedule.py" line="210" />
            <source>Phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="306" />
            <source>Sắp tới</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="127" />
            <location filename="../../ocop_desktop/cli/administration.py" line="174" />
            <location filename="../../ocop_desktop/cli/schedule.py" line="210" />
            <source>Số</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="278" />
            <source>Số, ký hiệu</source>
            <translation>Number, symbol</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="95" />
            <source>Thiếu kỳ báo cáo: dùng --period (ví dụ 2021-06) hoặc --from và --to.</source>
            <translation>The reporting period is missing: use --period (for example 2021-06) or --from and --to.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="232" />
            <source>Thiếu tham số {name}.</source>
            <translation>Missing argument {name}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="112" />
            <source>Thiếu tùy chọn bắt buộc --days (hoặc --date cho buổi phát một lần).</source>
            <translation>The required option --days is missing (or --date for a one-off airing).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="230" />
            <location filename="../../ocop_desktop/cli/report.py" line="97" />
            <source>Thiếu tùy chọn bắt buộc {option}.</source>
            <translation>The required option {option} is missing.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="258" />
            <source>Thừa tham số: {args}.</source>
            <translation>Unexpected arguments: {args}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="433" />
            <source>Tin</source>
            <translation>Items</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="435" />
            <source>Tiêu đề</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="434" />
            <source>Tiếng</source>
            <translation>Lang.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="278" />
            <source>Trích yếu</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="127" />
            <location filename="../../ocop_desktop/cli/administration.py" line="328" />
            <location filename="../../ocop_desktop/cli/administration.py" line="353" />
            <location filename="../../ocop_desktop/cli/log.py" line="234" />
            <location filename="../../ocop_desktop/cli/log.py" line="319" />
            <source>Tên</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="127" />
            <source>Tình trạng</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="240" />
            <source>Tùy chọn {option} cần một giá trị.</source>
            <translation>The option {option} needs a value.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="139" />
            <source>Tệp {file} không phải văn bản UTF-8: hãy lưu lại với bảng mã UTF-8.</source>
            <translation>The file {file} is not UTF-8 text: save it again with the UTF-8 encoding.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="135" />
            <source>Tệp {file} quá lớn cho phần viết của báo cáo (tối đa 1 MB).</source>
            <translation>The file {file} is too large for the written parts of a report (at most 1 MB).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="350" />
            <source>Tối thiểu</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="309" />
            <source>Tổng cộng</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="127" />
            <location filename="../../ocop_desktop/cli/administration.py" line="174" />
            <location filename="../../ocop_desktop/cli/administration.py" line="328" />
            <location filename="../../ocop_desktop/cli/administration.py" line="353" />
            <location filename="../../ocop_desktop/cli/log.py" line="234" />
            <location filename="../../ocop_desktop/cli/log.py" line="319" />
            <location filename="../../ocop_desktop/cli/schedule.py" line="211" />
            <source>Từ ngày</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="319" />
            <source>Văn bản</source>
            <translation>Directive</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="127" />
            <source>Xã cũ</source>
            <translation>Former</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="282" />
            <source>chi tiết trong nhật ký {path}</source>
            <translation>details in the log {path}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="200" />
            <source>chưa ký</source>
            <translation>unsigned</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="167" />
            <source>cơ quan tổng hợp</source>
            <translation>consolidating office</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="107" />
            <source>hoạt động</source>
            <translation>working</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="157" />
            <source>hạn nộp</source>
            <translation>due</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="107" />
            <source>hỏng</source>
            <translation>broken</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="283" />
            <source>không ghi được nhật ký</source>
            <translation>the log could not be written</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="240" />
            <source>không phát ({reason})</source>
            <translation>not aired ({reason})</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="68" />
            <source>kỳ</source>
            <translation>period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="173" />
            <source>tất cả chủ đề</source>
            <translation>all topics</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="149" />
            <source>{file}, dòng {line}: có nội dung trước tiêu đề phần đầu tiên; hãy mở phần bằng một trong các tiêu đề: {titles}.</source>
            <translation>{file}, line {line}: there is text before the first part title; open a part with one of the titles: {titles}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="152" />
            <source>{file}, dòng {line}: không có phần “{title}”; các phần được viết là: {titles}.</source>
            <translation>{file}, line {line}: there is no part “{title}”; the parts written in words are: {titles}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="208" />
            <source>{name} ({code}), ngày {day}:</source>
            <translation>{name} ({code}), on {day}:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="64" />
            <source>{new} mới, {changed} thay đổi, {unchanged} không đổi, {removed} bị xóa</source>
            <translation>{new} new, {changed} changed, {unchanged} unchanged, {removed} removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="174" />
            <source>Áp dụng cho</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="107" />
            <source>Đang ghi bản ghi</source>
            <translation>Saving the record</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="107" />
            <source>Đang nén tệp</source>
            <translation>Compressing the file</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="512" />
            <source>Đang tạo dữ liệu mẫu</source>
            <translation>Making sample data</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="336" />
            <source>Đã bỏ chỉ tiêu.</source>
            <translation>Target removed.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="258" />
            <source>Đã bỏ đánh dấu.</source>
            <translation>Unticked.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/keys.py" line="85" />
            <source>Đã chấp nhận khóa {fingerprint} của đơn vị {unit}.</source>
            <translation>Accepted key {fingerprint} for unit {unit}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="101" />
            <source>Đã ghi: cụm loa số {id} {status} từ ngày {since}.</source>
            <translation>Recorded: cluster {id} {status} from {since}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="218" />
            <source>Đã hoàn tác lần nhập số {id}: bỏ {deleted} bản ghi mới, trả lại {updated} bản ghi.</source>
            <translation>Undid import no. {id}: removed {deleted} new records, restored {updated} records.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="274" />
            <source>Đã hủy.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="465" />
            <source>Đã khôi phục bản ghi {uuid}.</source>
            <translation>Restored record {uuid}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="558" />
            <source>Đã khôi phục dữ liệu từ {file}. Dữ liệu trước khi khôi phục được lưu tại {safety}</source>
            <translation>Restored the data from {file}. The data from before the restore is saved in {safety}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="336" />
            <source>Đã lưu chỉ tiêu.</source>
            <translation>Targets saved.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="179" />
            <source>Đã ngừng khung giờ {id} từ hôm nay.</source>
            <translation>Stopped slot {id} from today.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="210" />
            <source>Đã nhập bảng sáp nhập từ {file}: {links} liên kết đơn vị mới – đơn vị cũ được thêm, {same} đã có.</source>
            <translation>Imported the merge map from {file}: {links} new-unit – former-unit links added, {same} already there.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="214" />
            <source>Đã nhập danh mục từ {file}: {added} mới, {changed} thay đổi, {unchanged} không đổi, {closed} hết hiệu lực.</source>
            <translation>Imported the catalogue from {file}: {added} new, {changed} changed, {unchanged} unchanged, {closed} ended.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="305" />
            <source>Đã phát</source>
            <translation>Aired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="168" />
            <source>Đã sửa khung giờ {id}; các buổi đã qua giữ nguyên.</source>
            <translation>Slot {id} changed; past airings are unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="277" />
            <source>Đã sửa quan hệ báo cáo số {id}.</source>
            <translation>Changed reporting relationship {id}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="168" />
            <source>Đã thiết lập: {name} ({code}), {role}. Tệp dữ liệu: {path}</source>
            <translation>Set up: {name} ({code}), {role}. Data file: {path}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="305" />
            <source>Đã thêm chủ đề {code}.</source>
            <translation>Topic {code} added.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="262" />
            <source>Đã thêm văn bản chỉ đạo số {number}.</source>
            <translation>Directive no. {number} added.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="519" />
            <source>Đã tạo {count} bản ghi mẫu trong {seconds:.1f} giây ({path}).</source>
            <translation>Made {count} sample records in {seconds:.1f} seconds ({path}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="147" />
            <source>Đã tạo {n} cụm loa từ {m} xã cũ.</source>
            <translation>Created {n} clusters from {m} former communes.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/report.py" line="123" />
            <source>Đã xuất báo cáo số {number} ({records} bản ghi, {period}) vào {path}.</source>
            <translation>Exported report no. {number} ({records} records, {period}) to {path}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="462" />
            <source>Đã xóa bản ghi {uuid} (hoàn tác: ocop-desktop log undelete {uuid}).</source>
            <translation>Deleted record {uuid} (to undo: ocop-desktop log undelete {uuid}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="287" />
            <source>Đã xóa quan hệ báo cáo số {id}.</source>
            <translation>Deleted reporting relationship {id}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="500" />
            <source>Đã xóa {count} bản ghi mẫu; bản ghi thật giữ nguyên.</source>
            <translation>Removed {count} demo records; real records are untouched.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="302" />
            <source>Đã đặt hiệu lực của “{code}”: {start} – {end}.</source>
            <translation>Validity of “{code}” set to {start} – {end}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="433" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="129" />
            <source>Đơn vị mã “{code}” chưa có trong danh mục. Hãy nhập danh mục (ocop-desktop units import TỆP) hoặc cho biết tên đơn vị bằng --name.</source>
            <translation>The unit with the code “{code}” is not in the catalogue. Import the catalogue (ocop-desktop units import FILE) or give the unit's name with --name.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="143" />
            <source>Đơn vị mã “{code}” đã có trong danh mục là “{name}” ({level}, cấp trên: {parent}); bỏ các tùy chọn --name, --level, --parent hoặc sửa cho khớp.</source>
            <translation>The unit with the code “{code}” is already in the catalogue as “{name}” ({level}, parent: {parent}); leave out --name, --level, --parent or make them match.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/exchange.py" line="154" />
            <source>Đơn vị này không có đơn vị cấp dưới trong kỳ {period}.</source>
            <translation>This unit has no subordinate units in the period {period}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/keys.py" line="46" />
            <source>Đơn vị: {unit}</source>
            <translation>Unit: {unit}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="174" />
            <location filename="../../ocop_desktop/cli/administration.py" line="328" />
            <location filename="../../ocop_desktop/cli/administration.py" line="353" />
            <location filename="../../ocop_desktop/cli/log.py" line="234" />
            <location filename="../../ocop_desktop/cli/log.py" line="319" />
            <location filename="../../ocop_desktop/cli/schedule.py" line="211" />
            <source>Đến ngày</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/log.py" line="166" />
            <source>đài truyền thanh cấp xã</source>
            <translation>commune radio station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/administration.py" line="108" />
            <source>đã dỡ bỏ</source>
            <translation>removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="239" />
            <source>đã phát</source>
            <translation>aired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/__init__.py" line="217" />
            <source>“{value}” không hợp lệ; chọn một trong: {codes}.</source>
            <translation>“{value}” is not valid; choose one of: {codes}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/schedule.py" line="62" />
            <source>“{value}” không phải là ngày trong tuần; dùng: {codes}.</source>
            <translation>“{value}” is not a day of the week; use: {codes}.</translation>
        </message>
    </context>
    <context>
        <name>CliInbox</name>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="45" />
            <location filename="../../ocop_desktop/cli/inbox.py" line="166" />
            <source> (và {count} lỗi khác)</source>
            <translation> (and {count} more problems)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="127" />
            <source>Báo cáo số {id} trong sổ: {answer}</source>
            <translation>Report {id} in the register: {answer}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="156" />
            <source>Hộp thư đến trống.</source>
            <translation>The inbox is empty.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="133" />
            <source>Không có thư mới.</source>
            <translation>No new mail.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="167" />
            <source>Không nhận được báo cáo: </source>
            <translation>The report could not be accepted: </translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="207" />
            <source>Thư báo lý do nằm trong hộp thư đi (mục số {id}); gửi bằng: ocop-desktop outbox send</source>
            <translation>The letter with the reason is in the outbox (item {id}); send it with: ocop-desktop outbox send</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="188" />
            <source>Thư báo đã nhận nằm trong hộp thư đi (mục số {id}); gửi bằng: ocop-desktop outbox send</source>
            <translation>The acknowledgement is in the outbox (item {id}); send it with: ocop-desktop outbox send</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="191" />
            <source>Thư gửi đến không có địa chỉ trả lời hợp lệ nên không gửi được thư báo đã nhận.</source>
            <translation>The message has no valid reply address, so no acknowledgement can be sent.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="92" />
            <source>{sender}, kỳ {period}: {new} mới, {changed} thay đổi, {removed} xóa</source>
            <translation>{sender}, period {period}: {new} new, {changed} changed, {removed} removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="183" />
            <source>Đã nhận mục số {id}: {new} bản ghi mới, {changed} thay đổi, {unchanged} không đổi, {removed} bị xóa.</source>
            <translation>Accepted item {id}: {new} new records, {changed} changed, {unchanged} unchanged, {removed} removed.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="205" />
            <source>Đã trả lại mục số {id}; không nhập số liệu nào.</source>
            <translation>Returned item {id}; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/inbox.py" line="130" />
            <source>Đã tự động nhận {n} báo cáo không có cảnh báo.</source>
            <translation>Accepted {n} reports without warnings automatically.</translation>
        </message>
    </context>
    <context>
        <name>CliOutbox</name>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="124" />
            <source>Còn {n} thư chưa gửi; xem: ocop-desktop outbox list</source>
            <translation>Messages not sent yet: {n}; see: ocop-desktop outbox list</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="141" />
            <source>Hộp thư đi trống.</source>
            <translation>The outbox is empty.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="126" />
            <source>Không có thư nào đang chờ gửi.</source>
            <translation>No message is waiting to be sent.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="109" />
            <source>Một cửa sổ OCOP Desktop khác đang gửi thư từ tệp dữ liệu này; hãy thử lại sau ít phút.</source>
            <translation>Another OCOP Desktop window is sending mail from this data file; try again in a few minutes.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="120" />
            <source>Mục {id}: chưa gửi được. {why}</source>
            <translation>Item {id}: not sent yet. {why}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="115" />
            <source>Mục {id}: đã gửi tới {to} (Message-ID {mid}).</source>
            <translation>Item {id}: sent to {to} (Message-ID {mid}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="148" />
            <source>gửi lúc {at}</source>
            <translation>sent at {at}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="145" />
            <source>lần thử</source>
            <translation>attempts</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="162" />
            <source>Đã hủy mục số {id}.</source>
            <translation>Cancelled item no. {id}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/cli/outbox.py" line="92" />
            <source>Đã đưa vào hộp thư đi: mục số {id}, gửi {to}. Gửi bằng: ocop-desktop outbox send</source>
            <translation>Put in the outbox: item no. {id}, to {to}. Send with: ocop-desktop outbox send</translation>
        </message>
    </context>
    <context>
        <name>ClusterDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="107" />
            <source>(chưa rõ)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="114" />
            <source>Loại:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="113" />
            <source>Mã xã cũ:</source>
            <translation>Former commune code:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="115" />
            <source>Ngày lắp đặt:</source>
            <translation>Installed on:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="96" />
            <source>Sửa cụm loa</source>
            <translation>Edit cluster</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="96" />
            <source>Thêm cụm loa</source>
            <translation>Add cluster</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="112" />
            <source>Thôn, xã cũ:</source>
            <translation>Village, former commune:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="111" />
            <source>Tên cụm loa:</source>
            <translation>Cluster name:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="105" />
            <source>mã xã cũ, khi đây là đài của xã cũ</source>
            <translation>former commune's code, when this was its station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="102" />
            <source>thôn, bản hoặc xã cũ được phục vụ</source>
            <translation>village or former commune it serves</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="99" />
            <source>ví dụ: Cụm loa thôn Nà Cạn</source>
            <translation>e.g. Cụm loa thôn Nà Cạn</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="110" />
            <source>để trống: hôm nay</source>
            <translation>empty: today</translation>
        </message>
    </context>
    <context>
        <name>ClusterPicker</name>
        <message>
            <location filename="../../ocop_desktop/ui/cluster_picker.py" line="86" />
            <source>(chưa có cụm loa trong sổ)</source>
            <translation>(no clusters in the register)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/cluster_picker.py" line="56" />
            <source>({status} từ {day})</source>
            <translation>({status} since {day})</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/cluster_picker.py" line="90" />
            <source>Không ghi cụm loa</source>
            <translation>No cluster recorded</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/cluster_picker.py" line="88" />
            <source>Tất cả cụm đang hoạt động ({n})</source>
            <translation>All working clusters ({n})</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/cluster_picker.py" line="54" />
            <source>hỏng</source>
            <translation>broken</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/cluster_picker.py" line="93" />
            <source>{n}/{total} cụm: {names}</source>
            <translation>{n}/{total} clusters: {names}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/cluster_picker.py" line="55" />
            <source>đã dỡ bỏ</source>
            <translation>removed</translation>
        </message>
    </context>
    <context>
        <name>ClusterStatusDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="163" />
            <source>&amp;Hoạt động</source>
            <translation>&amp;Working</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="164" />
            <source>&amp;Hỏng</source>
            <translation>&amp;Broken</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="188" />
            <source>(chưa có)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="182" />
            <source>Ghi chú:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="157" />
            <source>Tình trạng cụm loa: {name}</source>
            <translation>Cluster status: {name}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="180" />
            <source>Tình trạng:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="181" />
            <source>Từ ngày:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="179" />
            <source>ví dụ: hỏng do sét, chờ thay bộ thu</source>
            <translation>e.g. struck by lightning, waiting for a new receiver</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="165" />
            <source>Đã &amp;dỡ bỏ</source>
            <translation>&amp;Removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="189" />
            <source>Đã ghi:</source>
            <translation>Recorded:</translation>
        </message>
    </context>
    <context>
        <name>ClustersPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="225" />
            <source>&amp;Sửa…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="224" />
            <source>&amp;Thêm cụm loa…</source>
            <translation>&amp;Add cluster…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="219" />
            <source>&lt;b&gt;Sổ cụm loa&lt;/b&gt; — tình trạng vào ngày</source>
            <translation>&lt;b&gt;Loudspeaker clusters&lt;/b&gt; — status on</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="273" />
            <source>Chưa có cụm loa nào. Thêm từng cụm, hoặc — với xã, phường mới sau sáp nhập — tạo mỗi cụm từ đài truyền thanh của một xã cũ.</source>
            <translation>No clusters yet. Add them one by one or — for a commune or ward formed by a merger — make one from each former commune's station.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="330" />
            <source>Cụm loa</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="226" />
            <source>Ghi &amp;tình trạng…</source>
            <translation>Record &amp;status…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="330" />
            <source>Mỗi xã cũ đã có cụm loa trong sổ.</source>
            <translation>Every former commune already has a cluster in the register.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="277" />
            <source>Ngày {day}: {placed} cụm loa, {working} đang hoạt động, {broken} hỏng.</source>
            <translation>On {day}: {placed} clusters, {working} working, {broken} broken.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="333" />
            <source>Tạo cụm loa từ các xã cũ</source>
            <translation>Clusters from the former communes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="227" />
            <source>Tạo từ đài các &amp;xã cũ…</source>
            <translation>From the &amp;former communes' stations…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/clusters.py" line="333" />
            <source>Tạo {n} cụm loa, mỗi cụm là đài truyền thanh cũ của: {names}?</source>
            <translation>Create {n} clusters, each the former station of: {names}?</translation>
        </message>
    </context>
    <context>
        <name>CompletenessPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="134" />
            <source>Chép danh sách chưa báo cáo</source>
            <translation>Copy the list of units not reported</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="185" />
            <source>Chưa chọn đủ kỳ báo cáo.</source>
            <translation>The reporting period is incomplete.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="210" />
            <source>Các đơn vị chưa gửi báo cáo {period} ({count}):</source>
            <translation>Units that have not sent the report {period} ({count}):</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="189" />
            <source>Danh sách đơn vị cấp dưới lấy từ danh mục đơn vị hành chính và đơn vị đang dùng phần mềm (Cài đặt).</source>
            <translation>The list of subordinate units comes from the administrative units catalogue and the unit using the program (Settings).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="188" />
            <source>Không có đơn vị cấp dưới trong kỳ này.</source>
            <translation>No subordinate units in this period.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="251" />
            <source>Không ghi được tệp {path}: {error}</source>
            <translation>Could not write the file {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="251" />
            <source>Không xuất được danh sách</source>
            <translation>Could not export the list</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="145" />
            <source>Kỳ báo cáo:</source>
            <translation>Reporting period:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="197" />
            <source>Kỳ {period}; hạn nộp {deadline} ({when}).</source>
            <translation>Period {period}; due {deadline} ({when}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="74" />
            <source>Lập báo cáo lúc</source>
            <translation>Report made at</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="74" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="75" />
            <source>Nhận lúc</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="75" />
            <source>Số bản ghi</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="228" />
            <source>Sổ tính Excel (*.xlsx);;Tệp CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="75" />
            <source>Trong đó nhập thay</source>
            <translation>Of which entered on behalf</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="74" />
            <source>Tình hình</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="244" />
            <source>Tình hình gửi báo cáo {period}: {rate}</source>
            <translation>Reporting status {period}: {rate}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="101" />
            <source>Tệp {file}</source>
            <translation>File {file}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="227" />
            <source>Xuất danh sách</source>
            <translation>Export the list</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="136" />
            <source>Xuất danh sách…</source>
            <translation>Export the list…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="199" />
            <source>chưa đến hạn</source>
            <translation>not due yet</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="74" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="138" />
            <source>Đơn vị nào không gửi được báo cáo, văn phòng có thể ghi thay trong Sổ ghi (chọn đơn vị đó); bản ghi được đánh dấu là do văn phòng nhập thay.</source>
            <translation>For a unit that cannot send its report, the office can log on its behalf in the Log (choose that unit); such records are marked as entered by the office.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="199" />
            <source>đã qua hạn</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/completeness_page.py" line="81" />
            <source>đã trả lại, chờ gửi lại</source>
            <translation>returned, waiting for a resend</translation>
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <location filename="../../ocop_desktop/ui/crash_handler.py" line="78" />
            <source>Chi tiết đã được ghi vào nhật ký: {path}</source>
            <translation>The details were written to the log: {path}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/crash_handler.py" line="79" />
            <source>Không ghi được nhật ký lỗi trên máy này.</source>
            <translation>The error log could not be written on this computer.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/crash_handler.py" line="81" />
            <source>Những gì đã lưu vẫn an toàn; bản ghi đang nhập dở (nếu có) vẫn còn trong khung nhập. Nếu lỗi lặp lại, hãy gửi chi tiết lỗi cho người hỗ trợ kỹ thuật.</source>
            <translation>Everything saved is safe; a record being typed (if any) is still in the entry form. If the error happens again, send the error details to technical support.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/crash_handler.py" line="77" />
            <source>Phần mềm vừa gặp một lỗi không lường trước.</source>
            <translation>The application has met an unexpected error.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/crash_handler.py" line="84" />
            <source>Sao chép chi tiết</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="159" />
            <source>(không đạt)</source>
            <translation>(not met)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="158" />
            <source>(đạt)</source>
            <translation>(met)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="135" />
            <source>&lt;b&gt;{topic}&lt;/b&gt;: ít nhất {amount} {measure} {per}</source>
            <translation>&lt;b&gt;{topic}&lt;/b&gt;: at least {amount} {measure} {per}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="146" />
            <source>Chưa có chỉ tiêu. Văn bản chỉ đạo giao chỉ tiêu (ví dụ “ít nhất 3 lượt phát mỗi tuần”) thì nhập ở trang Lịch phát sóng → Chỉ tiêu.</source>
            <translation>No targets yet. When a directive sets targets (for example “at least 3 airings a week”), enter them on the Broadcast schedule page → Targets.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="427" />
            <source>Chưa tới giờ</source>
            <translation>Not due yet</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="426" />
            <source>Chưa đánh dấu</source>
            <translation>Not ticked</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="298" />
            <source>Chủ đề khác</source>
            <translation>Other topics</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="311" />
            <source>Hoạt động</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="111" />
            <source>Hoạt động tuyên truyền tháng này</source>
            <translation>Propaganda activities this month</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="425" />
            <source>Không phát</source>
            <translation>Not aired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="421" />
            <source>Kế hoạch phát sóng {month}</source>
            <translation>Broadcast plan {month}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="245" />
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="275" />
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="314" />
            <source>Lượt phát</source>
            <translation>Airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="112" />
            <source>Lượt phát thanh, truyền hình</source>
            <translation>Radio and television airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="114" />
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="231" />
            <source>Lịch phát sóng tháng này</source>
            <translation>Broadcast schedule this month</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="454" />
            <source>Muộn (%)</source>
            <translation>Late (%)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="280" />
            <source>Phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="317" />
            <source>Số phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="249" />
            <source>Số phút (trục phải)</source>
            <translation>Minutes (right axis)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="113" />
            <source>Số phút phát sóng</source>
            <translation>Broadcast minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="126" />
            <source>Tháng này chưa có hoạt động nào được ghi.</source>
            <translation>No activity has been logged this month.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="416" />
            <source>Tháng này chưa có lịch phát sóng. Lập lịch ở trang “Lịch phát sóng” để thấy kế hoạch so với thực tế phát.</source>
            <translation>There is no broadcast schedule this month. Make one on the “Broadcast schedule” page to see the plan against what was aired.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="121" />
            <source>Tháng này theo chủ đề</source>
            <translation>This month by topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="137" />
            <source>Tiến độ chỉ tiêu</source>
            <translation>Progress on targets</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="269" />
            <source>Tuần bắt đầu từ thứ Hai</source>
            <translation>Week starting on Monday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="83" />
            <source>T{month}</source>
            <translation>M{month}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="200" />
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="120" />
            <source>Từng tuần, 13 tuần gần nhất</source>
            <translation>Week by week, last 13 weeks</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="444" />
            <source>Tỷ lệ đơn vị cấp dưới đã gửi báo cáo sẽ hiện ở đây khi danh mục có các đơn vị trực thuộc đơn vị mình (trang Danh mục).</source>
            <translation>The share of subordinate units that sent their reports shows here once the catalogue has units under your own (Catalogue page).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="223" />
            <source>chưa có đơn vị trực thuộc</source>
            <translation>no subordinate units yet</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="234" />
            <source>chưa lập lịch phát sóng</source>
            <translation>no broadcast schedule yet</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="239" />
            <source>không phát {missed} · chưa đánh dấu {pending}</source>
            <translation>not aired {missed} · not ticked {pending}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="140" />
            <source>tháng này</source>
            <translation>this month</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="153" />
            <source>tháng trước</source>
            <translation>last month</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="228" />
            <source>tháng {month} · đúng hạn {on_time}</source>
            <translation>{month} · on time {on_time}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="140" />
            <source>tuần này</source>
            <translation>this week</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="214" />
            <source>tuần này: {count}</source>
            <translation>this week: {count}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="153" />
            <source>tuần trước</source>
            <translation>last week</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="237" />
            <source>{aired}/{due}</source>
            <translation>{aired}/{due}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="201" />
            <source>{month} ({range}) · số liệu đến hết ngày {today}</source>
            <translation>{month} ({range}) · figures up to {today}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="380" />
            <source>{month}: {reported}/{expected} đơn vị đã gửi báo cáo, {on_time} đúng hạn</source>
            <translation>{month}: {reported}/{expected} subordinate units sent reports, {on_time} on time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="226" />
            <source>{reported}/{expected}</source>
            <translation>{reported}/{expected}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="154" />
            <source>{state} · đến hết {end} · {before}: {previous}/{amount} {mark}</source>
            <translation>{state} · up to {end} · {before}: {previous}/{amount} {mark}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="212" />
            <source>{topics} chủ đề</source>
            <translation>topics: {topics}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="368" />
            <source>{topic}
{activities} hoạt động · {airings} lượt phát · {minutes} phút</source>
            <translation>{topic}
{activities} activities · {airings} airings · {minutes} minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="141" />
            <source>{value}/{amount} {window}</source>
            <translation>{value}/{amount} {window}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="424" />
            <source>Đã phát</source>
            <translation>Aired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="451" />
            <source>Đúng hạn (%)</source>
            <translation>On time (%)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="220" />
            <source>Đơn vị cấp dưới đã báo cáo</source>
            <translation>Subordinate units that reported</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="449" />
            <source>Đơn vị cấp dưới đã gửi báo cáo, 6 tháng qua</source>
            <translation>Subordinate units reporting, last 6 months</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="148" />
            <source>đang chậm</source>
            <translation>behind</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="144" />
            <source>đã đạt</source>
            <translation>met</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_parts.py" line="146" />
            <source>đúng tiến độ</source>
            <translation>on track</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/dashboard_page.py" line="217" />
            <source>≈ {hours} giờ</source>
            <translation>≈ {hours} hours</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../ocop_desktop/ui/widgets.py" line="209" />
            <source>Chọn ngày trên lịch</source>
            <translation>Pick a date on the calendar</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/widgets.py" line="210" />
            <source>Chọn ngày trên lịch (Alt+↓)</source>
            <translation>Pick a date on the calendar (Alt+↓)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/widgets.py" line="214" />
            <source>Gõ ngày dạng 21/06/2021 hoặc 21062021; ↑/↓ đổi ngày, PageUp/PageDown đổi tháng, Alt+↓ mở lịch.</source>
            <translation>Type the date as 21/06/2021 or 21062021; ↑/↓ change the day, PageUp/PageDown the month, Alt+↓ opens the calendar.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/widgets.py" line="204" />
            <source>ngày/tháng/năm</source>
            <translation>dd/mm/yyyy</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="352" />
            <source>&amp;Thêm dữ liệu mẫu để dùng thử:</source>
            <translation>&amp;Add sample data to try things out:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="405" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="401" />
            <source>Cơ quan tổng hợp</source>
            <translation>Consolidating office</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="373" />
            <source>Cụm loa</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="349" />
            <source>Dữ liệu mẫu</source>
            <translation>Sample data</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="365" />
            <source>Dữ liệu mẫu là các bản ghi giả lập của chính đơn vị bạn (cơ quan tổng hợp: cả các đơn vị cấp dưới) trong 13 tháng gần đây, cùng một kế hoạch tuyên truyền và các chủ đề mẫu. Tiêu đề bản ghi mẫu bắt đầu bằng “[Mẫu]”. Khi dùng thật, xóa chúng bằng Danh mục → Xóa dữ liệu mẫu: bản ghi thật không bị ảnh hưởng.</source>
            <translation>Demo data are invented records of your own unit (for an office, also of the units under it) over the last 13 months, with a demo plan and demo topics. Demo titles start with “[Mẫu]”. When you start for real, remove them with Catalogues → Remove demo data: real records are not affected.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="343" />
            <source>Kiểm tra lại rồi bấm “Hoàn tất”.</source>
            <translation>Check again, then click “Finish”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="406" />
            <source>Người ký</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="408" />
            <source>Nơi nhận</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="378" />
            <source>Sau sáp nhập, mỗi xã mới có một đài truyền thanh; đài của các xã cũ trở thành cụm loa của đài (Công văn 271/TTCSTTĐN-TTCS). Sổ cụm loa sửa được trong Danh mục → Cụm loa.</source>
            <translation>After the merger each new commune has one radio station; the former communes' stations become its loudspeaker clusters (Official letter 271/TTCSTTĐN-TTCS). The register can be edited in Catalogue → Clusters.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="342" />
            <source>Sẵn sàng</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="420" />
            <source>Tạo {n} cụm loa từ đài truyền thanh của các xã cũ: {names}</source>
            <translation>Create {n} clusters from the former communes' stations: {names}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="404" />
            <source>Vai trò</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="362" />
            <source>bản ghi</source>
            <translation>records</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="400" />
            <source>Đài truyền thanh xã</source>
            <translation>Commune radio station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="403" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
    </context>
    <context>
        <name>DirectiveDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="103" />
            <source>Cơ quan ban hành:</source>
            <translation>Issuing body:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="105" />
            <source>Hạn báo cáo:</source>
            <translation>Report deadline:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="102" />
            <source>Ngày ban hành:</source>
            <translation>Date of issue:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="101" />
            <source>Số, ký hiệu:</source>
            <translation>Number, symbol:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="80" />
            <source>Sửa văn bản chỉ đạo</source>
            <translation>Edit directive</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="81" />
            <source>Thêm văn bản chỉ đạo</source>
            <translation>Add directive</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="104" />
            <source>Trích yếu:</source>
            <translation>Summary:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="83" />
            <source>ví dụ: 1234/STTTT-TTBCXB</source>
            <translation>for example: 1234/STTTT-TTBCXB</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="87" />
            <source>ví dụ: Sở Thông tin và Truyền thông</source>
            <translation>for example: Department of Information and Communications</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="97" />
            <source>ví dụ: V/v tuyên truyền thực hiện Quyết định số 861/QĐ-TTg…</source>
            <translation>for example: Re: propaganda on Decision No. 861/QĐ-TTg…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="100" />
            <source>để trống: khi có yêu cầu</source>
            <translation>empty: when requested</translation>
        </message>
    </context>
    <context>
        <name>DirectivesPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/directives_page.py" line="39" />
            <source>&amp;Sửa văn bản…</source>
            <translation>&amp;Edit directive…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/directives_page.py" line="118" />
            <source>&lt;b&gt;Chủ đề không gắn văn bản nào&lt;/b&gt;</source>
            <translation>&lt;b&gt;Topics without a directive&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/directives_page.py" line="121" />
            <source>&lt;b&gt;Chủ đề theo văn bản {number}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Topics of directive {number}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/directives_page.py" line="36" />
            <source>&lt;b&gt;Văn bản chỉ đạo&lt;/b&gt;</source>
            <translation>&lt;b&gt;Directives&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/directives_page.py" line="61" />
            <source>Chưa có chủ đề nào ở đây. Bấm “Thêm chủ đề…”, hoặc gõ tên chủ đề mới ngay vào ô Chủ đề khi ghi sổ.</source>
            <translation>No topics here yet. Click “Add topic…”, or type a new topic name straight into the Topic field when logging.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/directives_page.py" line="54" />
            <source>Sửa c&amp;hủ đề…</source>
            <translation>Edit &amp;topic…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/directives_page.py" line="53" />
            <source>Thêm &amp;chủ đề…</source>
            <translation>Add &amp;topic…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/directives_page.py" line="38" />
            <source>Thêm &amp;văn bản…</source>
            <translation>Add &amp;directive…</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="51" />
            <source>&amp;Lưu</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="51" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="81" />
            <source>7 ngày qua</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="102" />
            <source>Bỏ lọc</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="92" />
            <source>Chủ đề</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="103" />
            <source>Hiện mọi bản ghi</source>
            <translation>Show all records</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="95" />
            <source>Hình thức</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="80" />
            <source>Hôm nay</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="83" />
            <source>Khoảng ngày</source>
            <translation>Date range</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="178" />
            <source>Mọi chủ đề</source>
            <translation>All topics</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="182" />
            <source>Mọi hình thức</source>
            <translation>All forms</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="80" />
            <source>Mọi lúc</source>
            <translation>Any time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="185" />
            <source>Mọi ngôn ngữ</source>
            <translation>All languages</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="194" />
            <source>Mọi đơn vị</source>
            <translation>All units</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="98" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="83" />
            <source>Năm nay</source>
            <translation>This year</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="82" />
            <source>Quý này</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="81" />
            <source>Tháng này</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="82" />
            <source>Tháng trước</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="85" />
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="73" />
            <source>Tìm theo tiêu đề, thôn/cụm loa, người thực hiện, ghi chú. Gõ có dấu hoặc không dấu đều được: “dong dang” tìm thấy “Đồng Đăng”.</source>
            <translation>Search titles, villages/loudspeaker clusters, operators, notes. With or without diacritics: “dong dang” finds “Đồng Đăng”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="72" />
            <source>Tìm… (Ctrl+F)</source>
            <translation>Search… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="219" />
            <source>Từ ngày</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="88" />
            <source>Từ ngày (để trống: không giới hạn)</source>
            <translation>From (empty: no limit)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="86" />
            <source>từ ngày</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="101" />
            <source>Đơn vị (gồm cả các đơn vị trực thuộc)</source>
            <translation>Unit (including its subordinate units)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="219" />
            <source>Đến ngày</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="89" />
            <source>Đến ngày (để trống: không giới hạn)</source>
            <translation>To (empty: no limit)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_filter.py" line="87" />
            <source>đến ngày</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>FormsSourcesPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="77" />
            <source>Hình thức</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="56" />
            <source>Hình thức tuyên truyền theo Nghị định 49/2024/NĐ-CP và nguồn chương trình, với thời gian hiệu lực. Bản ghi có ngày ngoài thời gian hiệu lực sẽ bị từ chối; bản ghi cũ giữ mã và được báo cáo theo tên có hiệu lực vào ngày của bản ghi.</source>
            <translation>Forms of propaganda under Decree 49/2024/NĐ-CP and programme sources, with their validity. A record dated outside the validity is refused; older records keep their codes and are reported under the names valid on their dates.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/forms_sources.py" line="79" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
    </context>
    <context>
        <name>HeaderFields</name>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="97" />
            <source>Chức vụ người ký:</source>
            <translation>Signer's title:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="99" />
            <source>Cơ quan ban hành (tên đầy đủ):</source>
            <translation>Issuing body (full name):</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="100" />
            <source>Cơ quan chủ quản (nếu có):</source>
            <translation>Parent body (if any):</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="145" />
            <source>Ghi thời lượng chỉ bằng phút (mặc định: giờ và phút, ví dụ 12,5 giờ (750 phút))</source>
            <translation>Show broadcast time in minutes only (default: hours and minutes, e.g. 12,5 giờ (750 phút))</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="96" />
            <source>Họ và tên người ký:</source>
            <translation>Signer's full name:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="244" />
            <source>KT. (ký thay)</source>
            <translation>KT. (signs for the head)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="242" />
            <source>Không</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="104" />
            <source>Kính gửi:</source>
            <translation>Addressed to:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="126" />
            <source>Nghị định 30/2020: TM. khi ký thay mặt tập thể (Ủy ban nhân dân), KT. khi cấp phó ký thay người đứng đầu, Q., TL., TUQ.; để “Không” khi người đứng đầu ký.</source>
            <translation>Decree 30/2020: TM. when signing on behalf of a collective body (People's Committee), KT. when a deputy signs for the head, Q., TL., TUQ.; “None” when the head signs.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="102" />
            <source>Nơi nhận báo cáo:</source>
            <translation>Report recipient:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="245" />
            <source>Q. (quyền)</source>
            <translation>Q. (acting)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="246" />
            <source>TL. (thừa lệnh)</source>
            <translation>TL. (by order)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="243" />
            <source>TM. (thay mặt)</source>
            <translation>TM. (on behalf of)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="247" />
            <source>TUQ. (thừa ủy quyền)</source>
            <translation>TUQ. (by authorisation)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="103" />
            <source>Thư điện tử nơi nhận:</source>
            <translation>Recipient's email:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="98" />
            <source>Thẩm quyền ký:</source>
            <translation>Signing authority:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="116" />
            <source>một hoặc nhiều nơi, cách nhau bằng dấu “;”</source>
            <translation>one or more bodies, separated by “;”</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="113" />
            <source>nơi cơ quan đóng trụ sở, ví dụ: Hoàng Đồng</source>
            <translation>where the body sits, e.g. Hoàng Đồng</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="117" />
            <source>viết tắt, ví dụ: VHXH</source>
            <translation>abbreviation, e.g. VHXH</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="109" />
            <source>ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH, TRƯỞNG PHÒNG</source>
            <translation>e.g. CHỦ TỊCH, PHÓ CHỦ TỊCH, TRƯỞNG PHÒNG</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="108" />
            <source>ví dụ: Hoàng Văn Thắng</source>
            <translation>for example: Hoàng Văn Thắng</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="114" />
            <source>ví dụ: Phòng Văn hóa và Thông tin thành phố Lạng Sơn</source>
            <translation>for example: Culture and Information Office of Lạng Sơn city</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="115" />
            <source>ví dụ: phongvhtt@langson.gov.vn</source>
            <translation>for example: phongvhtt@langson.gov.vn</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="111" />
            <source>ví dụ: ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG (“|” để xuống dòng)</source>
            <translation>e.g. ỦY BAN NHÂN DÂN XÃ HOÀNG ĐỒNG (“|” starts a new line)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="110" />
            <source>ví dụ: ỦY BAN NHÂN DÂN, CHỦ TỊCH</source>
            <translation>e.g. ỦY BAN NHÂN DÂN, CHỦ TỊCH</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="105" />
            <source>Đơn vị soạn thảo (Lưu: VT, …):</source>
            <translation>Drafting office (Lưu: VT, …):</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="155" />
            <source>Đầu báo cáo sẽ in như sau:</source>
            <translation>The report's heading will print as:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="101" />
            <source>Địa danh:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/heading.py" line="112" />
            <source>để trống với Ủy ban nhân dân; ví dụ: UBND HUYỆN VĂN LÃNG</source>
            <translation>empty for a People's Committee; e.g. UBND HUYỆN VĂN LÃNG</translation>
        </message>
    </context>
    <context>
        <name>HeaderPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="192" />
            <source>Người ký và nơi nhận báo cáo</source>
            <translation>Signer and report recipient</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="193" />
            <source>Những thông tin này được in ở đầu và cuối mỗi báo cáo. Phần mềm đã điền sẵn theo đơn vị; hãy kiểm tra và sửa cho đúng.</source>
            <translation>These details are printed at the top and bottom of every report. The program has filled them in from the unit; check and correct them.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="334" />
            <source>&amp;Hướng dẫn sử dụng</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="336" />
            <source>Cách ghi sổ, lập và gửi báo cáo, tổng hợp báo cáo</source>
            <translation>How to keep the log, make and send reports, consolidate reports</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/help_dialog.py" line="48" />
            <source>Hướng dẫn sử dụng OCOP Desktop</source>
            <translation>OCOP Desktop user guide</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/help_dialog.py" line="53" />
            <source>Không tìm thấy tệp hướng dẫn trong bộ cài đặt. Hãy cài lại phần mềm.</source>
            <translation>The user guide is missing from the installation. Please reinstall the program.</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="163" />
            <source>Báo cáo Excel (*.xlsx);;Mọi tệp (*)</source>
            <translation>Excel reports (*.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="72" />
            <location filename="../../ocop_desktop/ui/import_models.py" line="157" />
            <source>Bị xóa</source>
            <translation>Removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="83" />
            <source>Bỏ danh sách</source>
            <translation>Clear the list</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="376" />
            <source>Chấp nhận khóa mới</source>
            <translation>Accept the new key</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="97" />
            <source>Chấp nhận khóa mới…</source>
            <translation>Accept the new key…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="99" />
            <source>Chỉ bấm sau khi đã gọi điện cho đơn vị gửi và họ đọc đúng mã khóa trong tệp.</source>
            <translation>Only after calling the sending unit and hearing them read the fingerprint shown for the file.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="161" />
            <source>Chọn các tệp báo cáo cần nhập</source>
            <translation>Choose the report files to import</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="169" />
            <source>Chọn thư mục chứa các tệp báo cáo</source>
            <translation>Choose the folder holding the report files</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="78" />
            <source>Chọn thư mục…</source>
            <translation>Choose a folder…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="76" />
            <source>Chọn tệp…</source>
            <translation>Choose files…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="230" />
            <source>Chủ đề mới, sẽ được thêm vào danh mục: {topics}.</source>
            <translation>New topics, to be added to the catalogue: {topics}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="73" />
            <location filename="../../ocop_desktop/ui/import_models.py" line="158" />
            <source>Chữ ký</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="204" />
            <source>Chữ ký: {signer}.</source>
            <translation>Signature: {signer}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="402" />
            <source>Có lỗi khi ghi vào tệp dữ liệu ({error}). Không có gì được ghi từ tệp này.</source>
            <translation>An error occurred while writing to the data file ({error}). Nothing was written from this file.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="292" />
            <source>Hoàn tác lần nhập</source>
            <translation>Undo import</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="106" />
            <source>Hoàn tác lần nhập này…</source>
            <translation>Undo this import…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="293" />
            <source>Hoàn tác lần nhập số {id} (tệp “{file}” của {sender}, kỳ {period})?

{new} bản ghi mới sẽ bị bỏ; {changed} bản ghi đã sửa và {removed} bản ghi đã xóa sẽ trở lại như trước lần nhập.</source>
            <translation>Undo import no. {id} (file “{file}” from {sender}, period {period})?

{new} new records will be removed; {changed} changed records and {removed} removed records will be as they were before the import.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="377" />
            <source>Hãy gọi điện cho {name} và nhờ họ đọc mã khóa trong phần mềm của họ (Cài đặt → Khóa ký báo cáo). Chỉ chấp nhận khi mã họ đọc đúng là:

{fingerprint}

Khóa cũ ({held}) sẽ không được nhận nữa. Chấp nhận khóa mới?</source>
            <translation>Call {name} and ask them to read the fingerprint in their app (Settings → Report signing keys). Accept only if what they read is exactly:

{fingerprint}

The old key ({held}) will no longer be accepted. Accept the new key?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="391" />
            <source>Không chấp nhận được khóa</source>
            <translation>Cannot accept the key</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="306" />
            <source>Không hoàn tác được</source>
            <translation>Cannot undo</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="273" />
            <source>Không nhập được</source>
            <translation>Could not import</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="210" />
            <source>Không nhập được tệp này:</source>
            <translation>This file could not be imported:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="401" />
            <source>Không đọc hoặc ghi được tệp: {error}</source>
            <translation>Could not read or write the file: {error}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="72" />
            <location filename="../../ocop_desktop/ui/import_models.py" line="157" />
            <source>Không đổi</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="71" />
            <source>Kéo thả các tệp báo cáo (.xlsx) nhận qua thư điện tử vào đây, hoặc chọn tệp, chọn cả thư mục. Mỗi tệp được kiểm tra trước; chưa ghi gì cho đến khi bấm “Nhập”.</source>
            <translation>Drag and drop the report files (.xlsx) received by email here, or choose files, or a whole folder. Each file is checked first; nothing is written until you click “Import”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="72" />
            <location filename="../../ocop_desktop/ui/import_models.py" line="157" />
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="156" />
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="71" />
            <source>Kỳ báo cáo</source>
            <translation>Reporting period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="143" />
            <source>Lỗi khi nhập</source>
            <translation>Import error</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="71" />
            <location filename="../../ocop_desktop/ui/import_models.py" line="157" />
            <source>Mới</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="80" />
            <source>Nhập</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="156" />
            <source>Nhập lúc</source>
            <translation>Imported at</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="156" />
            <source>Số</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="130" />
            <source>Sổ các lần nhập báo cáo</source>
            <translation>Register of imported reports</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="72" />
            <location filename="../../ocop_desktop/ui/import_models.py" line="157" />
            <source>Thay đổi</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="189" />
            <source>Thư mục không có tệp báo cáo (.xlsx) nào.</source>
            <translation>The folder has no report files (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="71" />
            <location filename="../../ocop_desktop/ui/import_models.py" line="156" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="226" />
            <source>Tệp này đã được nhập, không có gì mới ({count} bản ghi không đổi).</source>
            <translation>This file was already imported; nothing new ({count} records unchanged).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="187" />
            <source>Tệp {file}, lập lúc {generated}, mã kiểm tra {hash}</source>
            <translation>File {file}, made at {generated}, check code {hash}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="239" />
            <source>{count} bản ghi nhận theo hai đường với nội dung khác nhau; giữ bản được sửa sau cùng:</source>
            <translation>{count} records received by two paths with different contents; keeping the one edited last:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="348" />
            <source>{count} tệp bị từ chối</source>
            <translation>files refused: {count}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="331" />
            <source>{count} tệp chờ nhập: {new} bản ghi mới, {changed} thay đổi, {removed} bị xóa</source>
            <translation>files ready to import: {count}; {new} new records, {changed} changed, {removed} removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="337" />
            <source>{count} tệp không nhập được</source>
            <translation>files that could not be imported: {count}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="220" />
            <source>{outcome}: {new} mới, {changed} thay đổi, {unchanged} không đổi, {removed} bị xóa.</source>
            <translation>{outcome}: {new} new, {changed} changed, {unchanged} unchanged, {removed} removed.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="213" />
            <source>Đang kiểm tra các tệp báo cáo…</source>
            <translation>Checking the report files…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="200" />
            <source>Đang kiểm tra tệp {name}…</source>
            <translation>Checking the file {name}…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="268" />
            <source>Đang nhập báo cáo…</source>
            <translation>Importing the reports…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="238" />
            <source>Đang nhập {name}…</source>
            <translation>Importing {name}…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="176" />
            <source>Đã hoàn tác lúc {at}</source>
            <translation>Undone at {at}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="71" />
            <location filename="../../ocop_desktop/ui/import_models.py" line="156" />
            <source>Đơn vị gửi</source>
            <translation>Sending unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="198" />
            <source>Đơn vị gửi: {name} ({code}); kỳ báo cáo: {period}; lập lúc {at}; {count} bản ghi.</source>
            <translation>Sending unit: {name} ({code}); reporting period: {period}; made at {at}; {count} records.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="233" />
            <source>Đơn vị mình đã nhập thay {count} bản ghi cho đơn vị này trong kỳ; nay đơn vị đã gửi báo cáo, hãy xem lại để khỏi tính trùng.</source>
            <translation>Your office entered {count} records on behalf of this unit in the period; now that the unit has sent its report, review them to avoid counting twice.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_page.py" line="340" />
            <source>đã nhập {count} tệp: {new} bản ghi mới, {changed} thay đổi, {removed} bị xóa</source>
            <translation>imported {count} files: {new} new records, {changed} changed, {removed} removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/import_models.py" line="215" />
            <source>… và {count} lỗi khác.</source>
            <translation>… and {count} more problems.</translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="190" />
            <source>&amp;Kiểm tra thư mới</source>
            <translation>&amp;Check for new mail</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="213" />
            <source>&amp;Nhận và nhập</source>
            <translation>&amp;Accept and import</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="219" />
            <source>&amp;Trả lại…</source>
            <translation>&amp;Return…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="202" />
            <source>&amp;Xem:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="341" />
            <source>(không rõ)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="256" />
            <source>(thư không có nội dung chữ)</source>
            <translation>(the message has no text)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="394" />
            <source>Báo cáo số {number} của {sender} ({code}), kỳ {period}; lập lúc {at}.</source>
            <translation>Report {number} of {sender} ({code}), period {period}; made at {at}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="265" />
            <source>Chưa có thư nào. Báo cáo các đơn vị gửi qua thư điện tử sẽ hiện ở đây sau khi kiểm tra thư mới.</source>
            <translation>No mail yet. Reports that units send by email appear here after checking for new mail.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="413" />
            <source>Chủ đề mới được tạo: {topics}</source>
            <translation>New topics to be created: {topics}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="400" />
            <source>Chữ ký: {signer}</source>
            <translation>Signature: {signer}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="196" />
            <source>Cài đặt &amp;hộp thư…</source>
            <translation>&amp;Mailbox settings…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="488" />
            <source>Hộp thư đến</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="384" />
            <source>Không kiểm tra được tệp: {error}</source>
            <translation>The file could not be checked: {error}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="436" />
            <source>Không nhận được báo cáo: </source>
            <translation>The report could not be accepted: </translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="403" />
            <source>Không nhập được báo cáo này:</source>
            <translation>This report cannot be imported:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="90" />
            <source>Không nhập được: </source>
            <translation>Cannot be imported: </translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="221" />
            <source>Không nhập; gửi lý do cho đơn vị gửi để sửa và gửi lại</source>
            <translation>Do not import; send the reason to the sender to correct and send again</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="386" />
            <source>Kiểm tra báo cáo</source>
            <translation>Checking the report</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="113" />
            <source>Kết quả kiểm tra, lý do</source>
            <translation>Check result, reason</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="112" />
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="130" />
            <source>Mã thư (Message-ID): {mid}</source>
            <translation>Message-ID: {mid}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="112" />
            <source>Ngày gửi</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="343" />
            <source>Ngày gửi: {date}</source>
            <translation>Sent: {date}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="111" />
            <source>Người gửi</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="215" />
            <source>Nhập số liệu của báo cáo và gửi thư báo đã nhận cho đơn vị gửi</source>
            <translation>Import the report's data and send an acknowledgement to the sender</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="408" />
            <source>Nếu nhận: {new} bản ghi mới, {changed} thay đổi, {unchanged} không đổi, {removed} bị xóa.</source>
            <translation>If accepted: {new} new records, {changed} changed, {unchanged} unchanged, {removed} removed.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="111" />
            <source>Số</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="111" />
            <source>Tiêu đề thư</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="342" />
            <source>Tiêu đề: {subject}</source>
            <translation>Subject: {subject}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="111" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="94" />
            <source>Trả lại lúc {at}: {reason}</source>
            <translation>Returned at {at}: {reason}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="205" />
            <source>Tất cả</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="112" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="345" />
            <source>Tệp: {file} ({size} byte)</source>
            <translation>File: {file} ({size} bytes)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="341" />
            <source>Từ: {sender}</source>
            <translation>From: {sender}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="100" />
            <source>cần xem: </source>
            <translation>to look at: </translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="91" />
            <source>{new} mới, {changed} thay đổi, {unchanged} không đổi, {removed} xóa</source>
            <translation>{new} new, {changed} changed, {unchanged} unchanged, {removed} removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="352" />
            <source>Đang kiểm tra tệp như khi xem trước lúc nhập…</source>
            <translation>Checking the file as the import preview does…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="97" />
            <source>Đã nhập lúc {at}: {counts}</source>
            <translation>Imported at {at}: {counts}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="112" />
            <source>Đơn vị gửi</source>
            <translation>Sending unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="192" />
            <source>Đọc thư mới trong hộp thư ngay bây giờ (thư không bị xóa hay đánh dấu đã đọc)</source>
            <translation>Read new mail from the mailbox now (nothing is deleted or marked as read)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="406" />
            <source>… và {n} lỗi khác</source>
            <translation>… and {n} more problems</translation>
        </message>
    </context>
    <context>
        <name>InboxService</name>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_service.py" line="163" />
            <source>Hộp thư đến chưa được cài đặt: vào Cài đặt → Hộp thư đến để nhập máy chủ IMAP, tên đăng nhập và mật khẩu.</source>
            <translation>The inbox is not set up: open Settings → Inbox to enter the IMAP server, user name and password.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_service.py" line="175" />
            <source>Hộp thư đến: </source>
            <translation>Inbox: </translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_service.py" line="160" />
            <source>Hộp thư đến: có lỗi khi đọc thư ({detail}).</source>
            <translation>Inbox: reading mail failed ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_service.py" line="158" />
            <source>Hộp thư đến: đang kiểm tra thư mới…</source>
            <translation>Inbox: checking for new mail…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_service.py" line="113" />
            <source>Nhận thư</source>
            <translation>Receiving mail</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_service.py" line="167" />
            <source>không có báo cáo chờ xử lý</source>
            <translation>no reports waiting</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_service.py" line="173" />
            <source>kiểm tra lần cuối lúc {at}</source>
            <translation>last checked at {at}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_service.py" line="166" />
            <source>{n} báo cáo chờ xử lý</source>
            <translation>{n} reports waiting</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_service.py" line="169" />
            <source>đang chờ kết nối, sẽ tự kiểm tra khi có mạng</source>
            <translation>waiting for a connection, will check by itself when the network is back</translation>
        </message>
    </context>
    <context>
        <name>InboxSettingsPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="79" />
            <source>&amp;Thư mục thư:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="51" />
            <source>Hộp thư đến</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="55" />
            <source>Hộp thư đến đọc báo cáo các đơn vị gửi lên (và thư trả lời của cấp trên) từ hộp thư cơ quan qua IMAP. Thư không bị xóa, chỉ được đánh dấu. Ví dụ Gmail: imap.gmail.com, SSL/TLS, cổng 993, dùng “mật khẩu ứng dụng”. Bỏ trống nếu không nhận thư trên máy này.</source>
            <translation>The inbox reads the reports units send (and the replies from above) from the office mailbox over IMAP. Mail is never deleted, only marked. Gmail for example: imap.gmail.com, SSL/TLS, port 993, with an “app password”. Leave empty if this computer does not receive mail.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="73" />
            <source>Kết nối và đăng nhập thành công; đọc được thư mục thư.</source>
            <translation>Connected and logged in; the folder can be read.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="66" />
            <source>Kết nối, đăng nhập thử và mở thư mục thư (không đọc thư nào)</source>
            <translation>Connect, log in and open the folder (no mail is read)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="70" />
            <source>Lưu ý: máy này đang đặt biến môi trường {names}; khi đọc thư, các giá trị đó được dùng thay cho giá trị trên trang này.</source>
            <translation>Note: this computer sets the environment variables {names}; when reading mail, those values are used instead of the values on this page.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="60" />
            <source>Máy chủ thư đến (&amp;IMAP):</source>
            <translation>Incoming mail server (&amp;IMAP):</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="67" />
            <source>Máy này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. Khi chạy bằng lệnh, đặt mật khẩu vào biến môi trường OCOP_IMAP_PASSWORD.</source>
            <translation>This computer has no operating-system password store, so the password cannot be saved. For the command line, put the password in the OCOP_IMAP_PASSWORD environment variable.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="62" />
            <source>SSL/TLS (thường dùng cổng 993)</source>
            <translation>SSL/TLS (usually port 993)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="63" />
            <source>STARTTLS (thường dùng cổng 143)</source>
            <translation>STARTTLS (usually port 143)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="64" />
            <source>Tài khoản</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="83" />
            <source>Tự động nhận báo cáo không có cảnh báo (nhập số liệu và gửi thư báo đã nhận)</source>
            <translation>Accept reports without warnings automatically (import the data and send the acknowledgement)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_settings_page.py" line="65" />
            <source>thường là địa chỉ thư, ví dụ vhtt@example.gov.vn</source>
            <translation>usually the email address, e.g. vhtt@example.gov.vn</translation>
        </message>
    </context>
    <context>
        <name>InstallationEditor</name>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/editor.py" line="106" />
            <source>&lt;b&gt;Người ký và nơi nhận báo cáo&lt;/b&gt;</source>
            <translation>&lt;b&gt;Signer and report recipient&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/editor.py" line="105" />
            <source>&lt;b&gt;Vai trò&lt;/b&gt;</source>
            <translation>&lt;b&gt;Role&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/editor.py" line="104" />
            <source>&lt;b&gt;Đơn vị của bạn&lt;/b&gt;</source>
            <translation>&lt;b&gt;Your unit&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>InstallationPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="78" />
            <source>Đơn vị và người ký</source>
            <translation>Unit and signer</translation>
        </message>
    </context>
    <context>
        <name>KeysPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="157" />
            <source>Chấp nhận khóa đã đối chiếu…</source>
            <translation>Accept a checked key…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="144" />
            <source>Khóa của các đơn vị gửi báo cáo</source>
            <translation>Keys of the units that send reports</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="121" />
            <source>Khóa của máy này</source>
            <translation>This computer's key</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="165" />
            <source>Khóa ký báo cáo</source>
            <translation>Report signing keys</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="55" />
            <source>Mã khóa</source>
            <translation>Key fingerprint</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="55" />
            <source>Mã đơn vị</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="133" />
            <source>Mọi báo cáo xuất ra đều được ký bằng khóa này; đơn vị nhận dùng mã khóa trên để biết báo cáo đúng là của đơn vị mình. Khi đơn vị nhận gọi điện đối chiếu, hãy đọc mã này. Khóa nằm trong tệp dữ liệu nên bản sao lưu giữ cả khóa: khôi phục bản sao lưu trên máy mới thì vẫn ký bằng khóa cũ. Không gửi tệp dữ liệu hay bản sao lưu cho người khác.</source>
            <translation>Every exported report is signed with this key; the receiving office uses the fingerprint above to know a report really comes from your unit. When they call to check, read them this fingerprint. The key lives in the data file, so backups carry it: restoring a backup on a new computer keeps signing with the same key. Never give the data file or a backup to anyone else.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="56" />
            <source>Nhận gần nhất</source>
            <translation>Last received</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="56" />
            <source>Nhận lần đầu</source>
            <translation>First received</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="55" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="55" />
            <source>Tên đơn vị</source>
            <translation>Unit name</translation>
        </message>
    </context>
    <context>
        <name>LogPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="274" />
            <source>&amp;Lưu bản ghi</source>
            <translation>&amp;Save record</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="281" />
            <source>&amp;Nhân bản</source>
            <translation>&amp;Duplicate</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="283" />
            <source>&amp;Sửa</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="297" />
            <source>&amp;Tìm kiếm</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="286" />
            <source>&amp;Xóa</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="451" />
            <source>Bản ghi chưa lưu</source>
            <translation>Unsaved record</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="452" />
            <source>Bản ghi đang nhập chưa được lưu. Lưu trước khi đóng?</source>
            <translation>The record being entered is not saved. Save it before closing?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="273" />
            <source>Bắt đầu một bản ghi mới với các giá trị lần trước</source>
            <translation>Start a new record with the previous values</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="438" />
            <source>Chưa có bản ghi nào và chưa có chủ đề nào. Gõ tên chủ đề vào ô Chủ đề bên dưới (chủ đề mới được thêm ngay), gõ tiêu đề rồi bấm Enter để lưu.</source>
            <translation>No records and no topics yet. Type a topic name in the Topic field below (a new topic is added at once), type a title, then press Enter to save.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="442" />
            <source>Chưa có bản ghi nào. Nhập bản ghi đầu tiên ở khung bên dưới rồi bấm Enter để lưu.</source>
            <translation>No records yet. Enter the first record in the form below and press Enter to save it.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="435" />
            <source>Chưa khai báo đơn vị của máy này. Vào Công cụ → Cài đặt để khai báo.</source>
            <translation>This computer's unit is not set. Go to Tools → Settings to set it.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="253" />
            <source>Cột này không sắp xếp được; hãy sắp theo ngày, đơn vị, chủ đề, hình thức hoặc tiêu đề.</source>
            <translation>This column cannot be sorted; sort by date, unit, topic, form or title.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="271" />
            <source>Ghi &amp;mới</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="277" />
            <source>Ghi và &amp;tạo mới</source>
            <translation>Save and &amp;new</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="291" />
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="432" />
            <source>Không có bản ghi nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả.</source>
            <translation>No record matches the filters. Click “Clear filters” to see all.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="293" />
            <source>Làm lại</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="276" />
            <source>Lưu bản ghi đang nhập rồi bắt đầu bản ghi tiếp theo</source>
            <translation>Save the record being typed, then start the next one</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="279" />
            <source>Lưu rồi bắt đầu ngay bản ghi tiếp theo, điền sẵn như bản vừa lưu (cả ngày)</source>
            <translation>Save, then start the next record at once, prefilled like the one just saved (its date too)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="298" />
            <source>Tìm trong sổ ghi</source>
            <translation>Search the log</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="282" />
            <source>Tạo bản ghi mới giống bản ghi đang chọn</source>
            <translation>New record like the selected one</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="287" />
            <source>Xóa các bản ghi đang chọn (có thể hoàn tác)</source>
            <translation>Delete the selected records (can be undone)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="414" />
            <source>Đã xóa {count} bản ghi.</source>
            <translation>Deleted {count} records.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="412" />
            <source>Đã xóa “{title}”.</source>
            <translation>Deleted “{title}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_page.py" line="284" />
            <source>Đưa bản ghi đang chọn lên khung nhập để sửa (F2, Enter hoặc bấm đúp vào dòng)</source>
            <translation>Put the selected record in the form to edit it (F2, Enter or double-click the row)</translation>
        </message>
    </context>
    <context>
        <name>LogTable</name>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="92" />
            <source>Báo chí</source>
            <translation>Press</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="98" />
            <source>Băng rôn, pa-nô</source>
            <translation>Banners, panels</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="96" />
            <source>Bảng tin</source>
            <translation>Notice boards</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="80" />
            <source>Chủ đề</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="80" />
            <source>Giờ</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="80" />
            <source>Hình thức</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="99" />
            <source>Hội nghị, nói chuyện</source>
            <translation>Meetings, talks</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="81" />
            <source>Lượt phát</source>
            <translation>Airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="94" />
            <source>Mạng xã hội</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="82" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="110" />
            <source>Nguồn trung ương</source>
            <translation>Central source</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="111" />
            <source>Nguồn tỉnh</source>
            <translation>Provincial source</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="80" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="81" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="82" />
            <source>Người thực hiện</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="81" />
            <source>Phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="82" />
            <source>Thôn/cụm loa</source>
            <translation>Village/cluster</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="95" />
            <source>Tin nhắn SMS</source>
            <translation>SMS messages</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="81" />
            <source>Tin/bài</source>
            <translation>Items</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="81" />
            <source>Tiêu đề</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="90" />
            <source>Tiếp sóng</source>
            <translation>Relay</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="93" />
            <source>Trang thông tin</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="91" />
            <source>Truyền hình</source>
            <translation>Television</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="89" />
            <source>Truyền thanh</source>
            <translation>Radio</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="101" />
            <source>Trả lời kiến nghị</source>
            <translation>Feedback answers</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="103" />
            <source>Tuyên truyền viên</source>
            <translation>Propagandists</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="102" />
            <source>Tài liệu</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="106" />
            <source>Tự sản xuất</source>
            <translation>Self-produced</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="107" />
            <source>VOV</source>
            <translation>VOV</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="360" />
            <source>{name} — bấm để sắp xếp</source>
            <translation>{name} — click to sort</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="109" />
            <source>Đài huyện</source>
            <translation>District station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="108" />
            <source>Đài tỉnh</source>
            <translation>Provincial station</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="80" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_table.py" line="97" />
            <source>Ấn phẩm</source>
            <translation>Publications</translation>
        </message>
    </context>
    <context>
        <name>LogUndo</name>
        <message>
            <location filename="../../ocop_desktop/ui/log_undo.py" line="55" />
            <source>ghi “{title}”</source>
            <translation>log “{title}”</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_undo.py" line="55" />
            <source>sửa “{title}”</source>
            <translation>edit “{title}”</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_undo.py" line="90" />
            <source>xóa {count} bản ghi</source>
            <translation>delete {count} records</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/log_undo.py" line="88" />
            <source>xóa “{title}”</source>
            <translation>delete “{title}”</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="39" />
            <source>Báo cáo được gửi qua máy chủ thư (SMTP) của hộp thư cơ quan. Nhập thông tin nhà cung cấp hộp thư đưa cho (ví dụ Gmail: smtp.gmail.com, SSL/TLS, cổng 465, dùng “mật khẩu ứng dụng”). Bỏ trống cả trang nếu chưa gửi thư từ máy này.</source>
            <translation>Reports are sent through the mail server (SMTP) of the office mailbox. Enter what your mail provider gives you (for Gmail: smtp.gmail.com, SSL/TLS, port 465, with an “app password”). Leave the whole page empty if this computer does not send mail yet.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="57" />
            <source>Kết nối và đăng nhập thành công. Thư sẽ được gửi qua máy chủ này.</source>
            <translation>Connected and logged in. Mail will be sent through this server.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="50" />
            <source>Kết nối và đăng nhập thử vào máy chủ thư (không gửi thư nào)</source>
            <translation>Connect and log in to the mail server as a test (no mail is sent)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="54" />
            <source>Lưu ý: máy này đang đặt biến môi trường {names}; khi gửi, các giá trị đó được dùng thay cho giá trị trên trang này.</source>
            <translation>Note: this computer sets the environment variables {names}; when sending, their values are used instead of the values on this page.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="43" />
            <source>Máy chủ thư (&amp;SMTP):</source>
            <translation>Mail server (&amp;SMTP):</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="51" />
            <source>Máy này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. Trên máy gửi tự động, đặt mật khẩu vào biến môi trường OCOP_SMTP_PASSWORD.</source>
            <translation>This computer has no operating-system password store, so the password cannot be saved. On a computer that sends automatically, put the password in the environment variable OCOP_SMTP_PASSWORD.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="45" />
            <source>SSL/TLS (thường dùng cổng 465)</source>
            <translation>SSL/TLS (usually port 465)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="46" />
            <source>STARTTLS (thường dùng cổng 587)</source>
            <translation>STARTTLS (usually port 587)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="35" />
            <source>Thư điện tử</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="47" />
            <source>Tài khoản gửi</source>
            <translation>Sending account</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="68" />
            <source>Tên người gửi:</source>
            <translation>Sender name:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="48" />
            <source>thường là địa chỉ thư, ví dụ vanhoa.xa@example.gov.vn</source>
            <translation>usually an email address, for example vanhoa.xa@example.gov.vn</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="66" />
            <source>ví dụ: Đài truyền thanh xã Hoàng Đồng</source>
            <translation>for example: Đài truyền thanh xã Hoàng Đồng</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/mail_settings_page.py" line="64" />
            <source>Địa chỉ người &amp;gửi:</source>
            <translation>Sender &amp;address:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="428" />
            <source>&amp;Cài đặt…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="330" />
            <source>&amp;Công cụ</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="328" />
            <source>&amp;Danh mục</source>
            <translation>&amp;Catalogue</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="340" />
            <source>&amp;Giới thiệu</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="405" />
            <source>&amp;Nhập danh mục đơn vị…</source>
            <translation>&amp;Import administrative units…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="326" />
            <source>&amp;Sổ ghi</source>
            <translation>&amp;Log</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="412" />
            <source>&amp;Thêm văn bản chỉ đạo…</source>
            <translation>&amp;Add a directive…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="317" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="409" />
            <source>&amp;Văn bản chỉ đạo và chủ đề</source>
            <translation>&amp;Directives and topics</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="420" />
            <source>&amp;Xóa dữ liệu mẫu…</source>
            <translation>&amp;Remove demo data…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="163" />
            <source>(trong bộ nhớ)</source>
            <translation>(in memory)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="208" />
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="218" />
            <source>Báo cáo nhận qua thư điện tử: nhận và nhập, hoặc trả lại; thư trả lời của cấp trên</source>
            <translation>Reports received by email: accept and import, or return; replies from above</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="216" />
            <source>Báo cáo đang chờ gửi, đã gửi; tự gửi khi có mạng</source>
            <translation>Reports waiting to be sent, and sent; sent automatically when online</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="497" />
            <source>Các bản ghi có tiêu đề bắt đầu bằng “[Mẫu]” là dữ liệu mẫu để tập dùng. Bấm để xóa chúng; bản ghi thật giữ nguyên.</source>
            <translation>Records whose titles start with “[Mẫu]” are demo data for practice. Click to remove them; real records are kept.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="220" />
            <source>Danh mục</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="204" />
            <source>Ghi, tìm, sửa các buổi phát và hoạt động tuyên truyền</source>
            <translation>Log, find and edit broadcasts and propaganda activities</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="483" />
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="484" />
            <source>Hoàn tác thao tác vừa rồi (Ctrl+Z)</source>
            <translation>Undo the last action (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="215" />
            <source>Hộp thư đi</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="217" />
            <source>Hộp thư đến</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="207" />
            <source>Khung giờ phát, đánh dấu đã phát hoặc không phát</source>
            <translation>Airing slots; tick what was aired or not aired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="539" />
            <source>Khớp bộ lọc: {count} / {total} bản ghi</source>
            <translation>Matching the filters: {count} / {total} records</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="205" />
            <source>Lịch phát sóng</source>
            <translation>Broadcast schedule</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="210" />
            <source>Nhập báo cáo</source>
            <translation>Import reports</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="211" />
            <source>Nhập báo cáo của các đơn vị cấp dưới, sổ các lần nhập</source>
            <translation>Import the reports of subordinate units; register of imports</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="406" />
            <source>Nhập tệp danh mục của Tổng cục Thống kê (Excel, CSV)</source>
            <translation>Import the General Statistics Office's list (Excel, CSV)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="341" />
            <source>Phiên bản, nơi lưu dữ liệu</source>
            <translation>Version, where the data is kept</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="203" />
            <source>Sổ ghi</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="320" />
            <source>T&amp;hoát</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="202" />
            <source>Tháng này theo chủ đề, từng tuần, tiến độ chỉ tiêu</source>
            <translation>This month by topic, week by week, progress on targets</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="415" />
            <source>Thêm &amp;chủ đề…</source>
            <translation>Add &amp;topic…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="416" />
            <source>Thêm một chủ đề tuyên truyền (có thể không gắn văn bản nào)</source>
            <translation>Add a propaganda topic (it need not belong to a directive)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="332" />
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="212" />
            <source>Tình hình báo cáo</source>
            <translation>Reporting status</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="165" />
            <source>Tệp dữ liệu: {path}</source>
            <translation>Data file: {path}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="209" />
            <source>Tổng hợp kết quả theo kỳ, xuất báo cáo Excel, sổ đăng ký</source>
            <translation>Results per period, Excel report export, register</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="200" />
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="544" />
            <source>Tổng số: {count} bản ghi</source>
            <translation>Total: {count} records</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="403" />
            <source>Xem danh mục đơn vị hành chính theo ngày</source>
            <translation>See the administrative units on a date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="448" />
            <source>Xóa dữ liệu mẫu</source>
            <translation>Remove demo data</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="421" />
            <source>Xóa mọi bản ghi mẫu và các chủ đề, văn bản mẫu không còn dùng; sổ thật giữ nguyên</source>
            <translation>Remove every demo record and the demo topics and directives no longer used; the real log is kept</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="449" />
            <source>Xóa {count} bản ghi mẫu cùng các chủ đề và văn bản mẫu không còn dùng?
Các bản ghi thật giữ nguyên.</source>
            <translation>Remove {count} demo records and the demo topics and directives no longer used?
Real records are kept.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="496" />
            <source>Đang có dữ liệu mẫu — Xóa dữ liệu mẫu</source>
            <translation>Demo data present — Remove demo data</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="149" />
            <source>Đang mở {page}…</source>
            <translation>Opening {page}…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="530" />
            <source>Đã hoàn tác.</source>
            <translation>Undone.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="457" />
            <source>Đã xóa {count} bản ghi mẫu; bản ghi thật giữ nguyên.</source>
            <translation>Removed {count} demo records; real records are untouched.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="321" />
            <source>Đóng chương trình (dữ liệu đã được lưu)</source>
            <translation>Close the program (the data is saved)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="413" />
            <source>Đăng ký một văn bản chỉ đạo mới nhận</source>
            <translation>Register a newly received directive</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="410" />
            <source>Đăng ký văn bản chỉ đạo và các chủ đề tuyên truyền</source>
            <translation>Register directives and propaganda topics</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="402" />
            <source>Đơn vị &amp;hành chính</source>
            <translation>&amp;Administrative units</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="222" />
            <source>Đơn vị hành chính, văn bản chỉ đạo và chủ đề tuyên truyền</source>
            <translation>Administrative units, directives and propaganda topics</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="214" />
            <source>Đơn vị nào đã báo cáo đúng hạn, muộn, chưa báo cáo</source>
            <translation>Which units reported on time, late, or not yet</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/main_window.py" line="429" />
            <source>Đơn vị, người ký, nơi nhận, kỳ báo cáo, giao diện</source>
            <translation>Unit, signer, recipient, reporting period, interface</translation>
        </message>
    </context>
    <context>
        <name>NotAiredDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="413" />
            <source>&lt;b&gt;{day} {date}, {time}&lt;/b&gt; — {title}</source>
            <translation>&lt;b&gt;{day} {date}, {time}&lt;/b&gt; — {title}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="424" />
            <source>Ghi chú</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="425" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="412" />
            <source>Không phát được</source>
            <translation>Could not be aired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="423" />
            <source>Lý do</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="425" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="418" />
            <source>ví dụ: mất điện cả buổi chiều</source>
            <translation>for example: power cut all afternoon</translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="120" />
            <source> (CC: {cc})</source>
            <translation> (CC: {cc})</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="148" />
            <source>&amp;Gửi tất cả ngay</source>
            <translation>&amp;Send all now</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="99" />
            <source>Chi tiết kỹ thuật: {detail}</source>
            <translation>Technical details: {detail}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="57" />
            <source>Chờ gửi lại</source>
            <translation>Waiting to be resent</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="153" />
            <source>Cài đặt &amp;thư…</source>
            <translation>&amp;Mail settings…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="181" />
            <source>Cách gửi</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="257" />
            <source>Gửi cách khác</source>
            <translation>Sent another way</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="244" />
            <source>Gửi ngay</source>
            <translation>Send now</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="77" />
            <source>Gửi tới</source>
            <translation>Send to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="176" />
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="318" />
            <source>Hộp thư đi</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="166" />
            <source>Hộp thư đi trống. Để gửi một báo cáo, mở trang Báo cáo, chọn báo cáo và bấm “Gửi…”.</source>
            <translation>The outbox is empty. To send a report, open the Reports page, choose the report and click “Send…”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="247" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="294" />
            <source>Hủy thư</source>
            <translation>Cancel message</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="295" />
            <source>Hủy thư số {id}? Thư sẽ không được gửi; báo cáo vẫn còn nguyên trong sổ báo cáo để gửi lại sau.</source>
            <translation>Cancel message no. {id}? It will not be sent; the report stays in the report register to be sent later.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="78" />
            <source>Lý do, ghi chú</source>
            <translation>Reason, notes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="256" />
            <source>Lưu bản sao</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="78" />
            <source>Lần thử</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="154" />
            <source>Máy chủ thư, tên đăng nhập, mật khẩu</source>
            <translation>Mail server, user name, password</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="182" />
            <source>Mã kiểm tra tệp (SHA-256)</source>
            <translation>File check code (SHA-256)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="182" />
            <source>Mã thư (Message-ID)</source>
            <translation>Message-ID</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="105" />
            <source>Mã thư (Message-ID): {mid}</source>
            <translation>Message-ID: {mid}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="181" />
            <source>Người nhận, nơi lưu</source>
            <translation>Recipient, saved to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="189" />
            <source>Nhật ký đã gửi</source>
            <translation>Sent log</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="77" />
            <source>Số</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="255" />
            <source>Thư điện tử</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="78" />
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="181" />
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="149" />
            <source>Thử gửi ngay mọi thư đang chờ hoặc chưa gửi được, không đợi đến lượt</source>
            <translation>Try to send every waiting or failed message now, without waiting for its turn</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="67" />
            <source>Thử lại lúc {at}</source>
            <translation>Retry at {at}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="77" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="77" />
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="182" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="223" />
            <source>Đang chờ kết nối: chưa có mạng hoặc chưa tới được máy chủ thư. Thư sẽ tự gửi khi có mạng.</source>
            <translation>Waiting for a connection: no network yet, or the mail server cannot be reached. Messages are sent automatically when online.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="64" />
            <source>Đã gửi lúc {at}</source>
            <translation>Sent at {at}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_page.py" line="68" />
            <source>Đưa vào lúc {at}</source>
            <translation>Queued at {at}</translation>
        </message>
    </context>
    <context>
        <name>OutboxService</name>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_service.py" line="141" />
            <source>Gửi thư</source>
            <translation>Send mail</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_service.py" line="210" />
            <source>Hộp thư đi: </source>
            <translation>Outbox: </translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_service.py" line="198" />
            <source>Hộp thư đi: có lỗi khi gửi ({detail}).</source>
            <translation>Outbox: an error occurred while sending ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_service.py" line="201" />
            <source>Hộp thư đi: không có thư chờ gửi.</source>
            <translation>Outbox: nothing waiting to be sent.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_service.py" line="203" />
            <source>Hộp thư đi: {n} thư đang chờ kết nối, sẽ tự gửi khi có mạng.</source>
            <translation>Outbox: {n} messages waiting for a connection; they are sent automatically when online.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_service.py" line="196" />
            <source>Hộp thư đi: đang gửi…</source>
            <translation>Outbox: sending…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_service.py" line="229" />
            <source>Mở hộp thư đi</source>
            <translation>Open the outbox</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_service.py" line="207" />
            <source>{n} thư chờ gửi</source>
            <translation>{n} waiting</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/outbox_service.py" line="209" />
            <source>{n} thư không gửi được</source>
            <translation>{n} not sent</translation>
        </message>
    </context>
    <context>
        <name>PeriodPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="142" />
            <source>Báo cáo cần gửi trong vòng</source>
            <translation>Reports must be sent within</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="136" />
            <source>Hạn gửi báo cáo</source>
            <translation>Report deadline</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="162" />
            <source>Kỳ báo cáo</source>
            <translation>Reporting period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="109" />
            <source>Theo tháng &amp;dương lịch: từ ngày 1 đến ngày cuối tháng</source>
            <translation>By &amp;calendar month: from the 1st to the last day of the month</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="107" />
            <source>Tháng báo cáo tính</source>
            <translation>The reporting month runs</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="115" />
            <source>Từ &amp;ngày</source>
            <translation>From &amp;day</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="111" />
            <source>Từ ngày &amp;15 tháng trước đến ngày 14 tháng báo cáo (Nghị định 09/2019/NĐ-CP)</source>
            <translation>From the &amp;15th of the previous month to the 14th of the reporting month (Decree 09/2019/NĐ-CP)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="196" />
            <source>Ví dụ: báo cáo tháng 6 năm 2021 cần gửi chậm nhất ngày {due}.</source>
            <translation>Example: the report for June 2021 must be sent by {due} at the latest.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="190" />
            <source>Ví dụ: báo cáo tháng 6 năm 2021 tính từ ngày {start} đến ngày {end}; quý II từ ngày {q_start} đến ngày {q_end}.</source>
            <translation>Example: the report for June 2021 covers {start} to {end}; the second quarter {q_start} to {q_end}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="144" />
            <source>ngày sau khi hết kỳ báo cáo.</source>
            <translation>days after the reporting period ends.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="185" />
            <source>tháng trước đến ngày {day} tháng báo cáo</source>
            <translation>of the previous month to day {day} of the reporting month</translation>
        </message>
    </context>
    <context>
        <name>ProblemTexts</name>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="936" />
            <source>(không ghi lý do)</source>
            <translation>(no reason given)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="168" />
            <source>Buổi phát đã qua nên không sửa được; các buổi đã qua giữ nguyên như đã lập lịch.</source>
            <translation>This airing is in the past and cannot be changed; past airings stay as they were scheduled.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="84" />
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="626" />
            <source>Báo cáo dùng định dạng phiên bản {value}, phần mềm này chỉ đọc được phiên bản {supported}. Hãy cập nhật OCOP Desktop lên phiên bản mới nhất.</source>
            <translation>The report uses format version {value}; this program reads only version {supported}. Please update OCOP Desktop to the latest version.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="875" />
            <source>Báo cáo không có chữ ký (lập bằng phiên bản cũ hoặc không phải do phần mềm lập).</source>
            <translation>The report is not signed (made with an older version, or not made by the program).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="873" />
            <source>Báo cáo ký bằng khóa lần đầu thấy của đơn vị này; khi nhận, khóa được ghi nhận (nên gọi điện đối chiếu mã khóa).</source>
            <translation>The report is signed with a key seen for the first time for this unit; accepting it records the key (check the key's code by phone).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="871" />
            <source>Báo cáo này sẽ xóa bản ghi đã nhận trước đây.</source>
            <translation>This report will remove records received before.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="666" />
            <source>Bản ghi của đơn vị {value}, không thuộc đơn vị gửi {sender}.</source>
            <translation>A record of unit {value}, which does not belong to the sending unit {sender}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="635" />
            <source>Bảng có {value} dòng dữ liệu nhưng báo cáo ghi {expected} bản ghi: có dòng đã bị thêm hoặc xóa bằng tay.</source>
            <translation>The sheet has {value} data rows but the report states {expected} records: rows were added or deleted by hand.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="632" />
            <source>Bảng dữ liệu thiếu cột: {value}.</source>
            <translation>The data sheet lacks columns: {value}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="621" />
            <source>Bảng tính không có trang “Dữ liệu”, nên không phải là báo cáo do OCOP Desktop lập (các trang có trong tệp: {sheets}).</source>
            <translation>The workbook has no “Dữ liệu” sheet, so it is not a report made by OCOP Desktop (sheets in the file: {sheets}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="80" />
            <source>Bảo mật</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="936" />
            <source>Bị trả lại: {reason}</source>
            <translation>Returned: {reason}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="702" />
            <source>Bị từ chối</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="801" />
            <source>Bỏ qua</source>
            <translation>Ignored</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="98" />
            <source>Bộ phận tham mưu</source>
            <translation>Drafted by</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="732" />
            <source>Chưa báo cáo</source>
            <translation>Not reported</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="886" />
            <source>Chưa cài đặt hộp thư đến. Hãy vào Cài đặt → Hộp thư đến, nhập máy chủ IMAP và tên đăng nhập.</source>
            <translation>The inbox is not set up. Open Settings → Inbox and enter the IMAP server and user name.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="418" />
            <source>Chưa cài đặt máy chủ thư. Hãy vào Cài đặt → Thư điện tử, nhập máy chủ và địa chỉ người gửi.</source>
            <translation>No mail server is set up. Go to Settings → Email and enter the server and the sender's address.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="889" />
            <source>Chưa có mật khẩu hộp thư đến. Hãy vào Cài đặt → Hộp thư đến để nhập mật khẩu.</source>
            <translation>No inbox password yet. Open Settings → Inbox to enter it.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="421" />
            <source>Chưa có mật khẩu thư điện tử. Hãy vào Cài đặt → Thư điện tử để nhập mật khẩu.</source>
            <translation>No email password yet. Go to Settings → Email to enter the password.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="181" />
            <source>Chưa khai báo thông tin đơn vị (mã đơn vị, cơ quan ban hành, người ký) nên chưa lập được báo cáo. Hãy vào Cài đặt → Thông tin đơn vị.</source>
            <translation>The unit's details (unit code, issuing body, signer) are not set, so no report can be made. Go to Settings → Unit details.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="658" />
            <source>Chưa khai báo đơn vị sử dụng phần mềm. Hãy khai báo thông tin đơn vị trước khi nhập báo cáo.</source>
            <translation>The unit using this program is not set. Enter the unit's details before importing reports.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="116" />
            <source>Chưa nhập, đây là thông tin bắt buộc.</source>
            <translation>Missing; this is required.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="76" />
            <source>Chỉ tiêu</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="127" />
            <source>Chỉ tiêu này không áp dụng cho hình thức “{form}”.</source>
            <translation>This target does not apply to the form “{form}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="800" />
            <source>Chờ xử lý</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="53" />
            <source>Chủ đề</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="134" />
            <source>Chủ đề “{code}” không còn hiệu lực vào ngày này (hiệu lực {from} – {to}).</source>
            <translation>Topic “{code}” is not valid on this date (valid {from} – {to}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="65" />
            <source>Chức vụ người ký</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="443" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="906" />
            <source>Chứng chỉ bảo mật của máy chủ thư không đáng tin cậy (tự cấp, hết hạn hoặc không đúng tên máy chủ). Hãy kiểm tra tên máy chủ hoặc hỏi người quản trị thư.</source>
            <translation>The mail server's security certificate is not trusted (self-signed, expired, or not matching the server name). Check the server name or ask the mail administrator.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="497" />
            <source>Chữ ký số</source>
            <translation>Digital signature</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="640" />
            <source>Chữ ký số không khớp nội dung tệp: tệp đã bị sửa sau khi đơn vị gửi ký (số liệu, đơn vị gửi, kỳ báo cáo hoặc thời điểm lập). Hãy xin đơn vị gửi lại tệp gốc.</source>
            <translation>The digital signature does not match the file: it was changed after the sending unit signed it (figures, sender, period or generation time). Ask the unit to send the original file again.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="144" />
            <source>Còn {count} bản ghi dùng “{name}” nằm ngoài thời gian {from} – {to} (ví dụ ngày {date}); hãy sửa các bản ghi đó trước.</source>
            <translation>{count} records use “{name}” outside {from} – {to} (e.g. on {date}); correct them first.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="870" />
            <source>Có bản ghi trùng với bản đã nhận theo đường khác (xem phần xung đột).</source>
            <translation>Some records were already received by another path (see the conflicts).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="196" />
            <source>Có ký tự điều khiển không được phép ({char}, ví dụ ký tự NUL, ESC hoặc ngắt dòng đặc biệt); hãy xóa ký tự đó rồi nhập lại.</source>
            <translation>Contains a control character that is not allowed ({char}, e.g. NUL, ESC or a special line break); remove it and enter the text again.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="467" />
            <source>Có lỗi không xác định khi gửi thư.</source>
            <translation>An unknown error occurred while sending mail.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="923" />
            <source>Có lỗi không xác định khi đọc thư.</source>
            <translation>An unknown error occurred while reading mail.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="59" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="67" />
            <source>Cơ quan ban hành báo cáo</source>
            <translation>Body issuing the report</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="66" />
            <source>Cơ quan chủ quản</source>
            <translation>Parent body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="64" />
            <source>Cấp</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="491" />
            <source>Cấp của đơn vị gửi</source>
            <translation>Level of the sending unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="336" />
            <source>Cấp “{value}” không hợp lệ (cần province, district hoặc commune).</source>
            <translation>Level “{value}” is not valid (province, district or commune).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="80" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="87" />
            <source>Cổng</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="96" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="96" />
            <source>Cụm loa</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="225" />
            <source>Cụm loa “{name}” chưa có trong sổ vào ngày {date} (có từ ngày {since}).</source>
            <translation>Cluster “{name}” was not in the register on {date} (it is from {since}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="148" />
            <source>Cụm loa “{name}” không hoạt động vào ngày {date} (tình trạng từ {since}: {status}).</source>
            <translation>Cluster “{name}” was not working on {date} (since {since}: {status}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="287" />
            <source>Dòng {row}</source>
            <translation>Row {row}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="637" />
            <source>Dữ liệu đã bị sửa bằng tay sau khi lập báo cáo (mã kiểm tra không khớp). Hãy xin đơn vị gửi lại tệp gốc; không sửa trang “Dữ liệu”.</source>
            <translation>The data was edited by hand after the report was made (the check code does not match). Ask the unit to send the original file again; do not edit the “Dữ liệu” sheet.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="59" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="97" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="564" />
            <source>Ghi chú</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="724" />
            <source>Ghi nhận lần đầu</source>
            <translation>Pinned on first use</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="126" />
            <source>Giá trị quá lớn (tối đa {max}).</source>
            <translation>The value is too large (at most {max}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="543" />
            <source>Giá trị “{value}” không đúng kiểu của cột.</source>
            <translation>The value “{value}” does not have the column's type.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="53" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="550" />
            <source>Giờ</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="131" />
            <source>Giờ không hợp lệ: “{value}” (cần dạng HH:MM).</source>
            <translation>Invalid time: “{value}” (use HH:MM).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="54" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="552" />
            <source>Hình thức</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="162" />
            <source>Hình thức “{code}” không phát sóng nên không xếp lịch được (chọn hình thức có lượt phát: đài truyền thanh, tiếp sóng, truyền hình).</source>
            <translation>The form “{code}” is not broadcast, so it cannot be scheduled (choose a form with airings: radio, relay, television).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="138" />
            <source>Hình thức “{name}” chỉ có hiệu lực từ {from} đến {to}, không dùng được cho ngày {date}.</source>
            <translation>Form “{name}” is valid only from {from} to {to}; it cannot be used on {date}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="60" />
            <source>Hạn báo cáo</source>
            <translation>Report deadline</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="68" />
            <source>Hạn gửi báo cáo</source>
            <translation>Report deadline</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="75" />
            <source>Khung giờ phát</source>
            <translation>Airing slot</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="166" />
            <source>Khung giờ số {slot} không có lịch phát vào ngày {date}.</source>
            <translation>Slot no. {slot} has no airing on {date}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="496" />
            <source>Khóa công khai</source>
            <translation>Public key</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="643" />
            <source>Khóa ký khác với khóa đã ghi nhận của {name}; nếu xã đã cài lại máy, hãy gọi điện đối chiếu mã khóa rồi chấp nhận khóa mới (mã khóa trong tệp: {fingerprint}; mã khóa đã ghi nhận: {held}).</source>
            <translation>The signing key differs from the key recorded for {name}; if the commune reinstalled its computer, call them to check the fingerprint, then accept the new key (fingerprint in the file: {fingerprint}; recorded fingerprint: {held}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="117" />
            <source>Không có chủ đề mã “{code}”.</source>
            <translation>There is no topic with the code “{code}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="147" />
            <source>Không có cụm loa số {value} của đơn vị này.</source>
            <translation>This unit has no cluster number {value}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="631" />
            <source>Không có dòng tên cột của bảng dữ liệu.</source>
            <translation>The data sheet has no row of column names.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="697" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="701" />
            <source>Không có gì mới</source>
            <translation>Nothing new</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="118" />
            <source>Không có hình thức tuyên truyền mã “{code}”.</source>
            <translation>There is no form of propaganda with the code “{code}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="167" />
            <source>Không có khung giờ phát nào vào ngày {date}.</source>
            <translation>There is no airing slot on {date}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="165" />
            <source>Không có khung giờ phát số {value}.</source>
            <translation>There is no airing slot no. {value}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="672" />
            <source>Không có lần nhập số {id}.</source>
            <translation>There is no import no. {id}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="173" />
            <source>Không có mục số {value}.</source>
            <translation>There is no item no. {value}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="122" />
            <source>Không có mức độ ưu tiên mã “{code}”.</source>
            <translation>There is no priority with the code “{code}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="121" />
            <source>Không có nguồn phát mã “{code}”.</source>
            <translation>There is no source with the code “{code}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="120" />
            <source>Không có ngôn ngữ mã “{code}”.</source>
            <translation>There is no language with the code “{code}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="917" />
            <source>Không có thư mục thư này trong hộp thư. Thư mục thư đến thường là INBOX.</source>
            <translation>The mailbox has no such folder. The incoming folder is usually INBOX.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="123" />
            <source>Không có văn bản chỉ đạo số “{value}”.</source>
            <translation>There is no directive numbered “{value}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="119" />
            <source>Không có đơn vị mã “{code}” trong danh mục.</source>
            <translation>There is no unit with the code “{code}” in the catalogue.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="193" />
            <source>Không ghi được “{value}” ({detail}); tệp cũ (nếu có) vẫn giữ nguyên.</source>
            <translation>Could not write “{value}” ({detail}); the old file (if any) is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="189" />
            <source>Không ghi được “{value}”: tệp đang mở trong chương trình khác (như Excel) hoặc thư mục không cho phép ghi; tệp cũ (nếu có) vẫn giữ nguyên. Hãy đóng tệp hoặc chọn thư mục khác.</source>
            <translation>Could not write “{value}”: the file is open in another program (such as Excel) or the folder does not allow writing; the old file (if any) is unchanged. Close the file or choose another folder.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="407" />
            <source>Không gửi được</source>
            <translation>Could not send</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="607" />
            <source>Không hoàn tác được lần nhập số {id}: {count} bản ghi của lần nhập này đã được sửa hoặc xóa trực tiếp sau đó; hoàn tác sẽ làm mất các thay đổi ấy.</source>
            <translation>Cannot undo import no. {id}: {count} records of this import were edited or deleted directly afterwards; undoing would lose those changes.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="674" />
            <source>Không hoàn tác được lần nhập số {id}: {count} bản ghi đã được lần nhập số {later_id} (“{later_file}”) thay đổi sau đó. Hãy hoàn tác lần nhập số {later_id} trước.</source>
            <translation>Cannot undo import no. {id}: {count} records were changed afterwards by import no. {later_id} (“{later_file}”). Undo import no. {later_id} first.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="379" />
            <source>Không khôi phục được từ {path}: {detail}. Dữ liệu hiện tại không bị thay đổi.</source>
            <translation>Could not restore from {path}: {detail}. The current data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="901" />
            <source>Không kết nối được với máy chủ thư: mạng đang mất, máy chủ tạm ngừng, hoặc cổng không đúng.</source>
            <translation>Cannot connect to the mail server: the network is down, the server is unavailable, or the port is wrong.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="437" />
            <source>Không kết nối được với máy chủ thư: mạng đang mất, máy chủ tạm ngừng, hoặc cổng không đúng. Thư sẽ tự gửi khi có mạng.</source>
            <translation>Cannot connect to the mail server: the network is down, the server is temporarily unavailable, or the port is wrong. The message will be sent automatically when online.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="446" />
            <source>Không lập được kết nối bảo mật. Kiểu bảo mật có thể không khớp với cổng: SSL/TLS thường dùng cổng 465, STARTTLS dùng cổng 587.</source>
            <translation>Could not make a secure connection. The security type may not match the port: SSL/TLS usually uses port 465, STARTTLS port 587.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="909" />
            <source>Không lập được kết nối bảo mật. Kiểu bảo mật có thể không khớp với cổng: SSL/TLS thường dùng cổng 993, STARTTLS dùng cổng 143.</source>
            <translation>A secure connection could not be made. The security mode may not match the port: SSL/TLS usually uses port 993, STARTTLS port 143.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="301" />
            <source>Không mở được tệp dữ liệu {path}: {detail}</source>
            <translation>Cannot open the data file {path}: {detail}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="330" />
            <source>Không nhận ra bảng mã của tệp (cần UTF-8 hoặc Windows-1258).</source>
            <translation>The file's encoding is not recognised (UTF-8 or Windows-1258 needed).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="325" />
            <source>Không nhận ra dòng tiêu đề ({value}). Cần các cột của danh mục Tổng cục Thống kê (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX) hoặc của tệp CSV riêng (code, name, level, parent_code, valid_from, valid_to).</source>
            <translation>The header row is not recognised ({value}). The columns of the General Statistics Office list are needed (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX), or those of the app's own CSV file (code, name, level, parent_code, valid_from, valid_to).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="698" />
            <source>Không nhập được</source>
            <translation>Could not import</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="356" />
            <source>Không thể sao lưu đè lên chính tệp dữ liệu {path}; hãy chọn tệp khác.</source>
            <translation>Cannot back up onto the data file itself ({path}); choose another file.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="899" />
            <source>Không tìm thấy máy chủ thư: mạng đang mất, hoặc tên máy chủ bị gõ sai.</source>
            <translation>Mail server not found: the network is down, or the server name is mistyped.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="434" />
            <source>Không tìm thấy máy chủ thư: mạng đang mất, hoặc tên máy chủ bị gõ sai. Thư sẽ tự gửi khi có mạng.</source>
            <translation>Mail server not found: the network is down, or the server name is mistyped. The message will be sent automatically when online.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="613" />
            <source>Không tìm thấy tệp.</source>
            <translation>File not found.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="171" />
            <source>Không tìm thấy “{value}”.</source>
            <translation>“{value}” not found.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="358" />
            <source>Không tạo được bản sao lưu {path}: {detail}. Dữ liệu không bị thay đổi; hãy kiểm tra chỗ trống trên ổ đĩa và quyền ghi thư mục.</source>
            <translation>Could not make the backup {path}: {detail}. The data is unchanged; check the free space on the disk and the permission to write to the folder.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="125" />
            <source>Không được là số âm.</source>
            <translation>Must not be negative.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="172" />
            <source>Không đọc hoặc ghi được “{value}”: {detail}</source>
            <translation>Could not read or write “{value}”: {detail}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="891" />
            <source>Không đọc được mật khẩu vì máy tính này chưa có kho mật khẩu của hệ điều hành. Hãy đặt biến môi trường OCOP_IMAP_PASSWORD, hoặc cài kho mật khẩu rồi nhập lại mật khẩu trong Cài đặt → Hộp thư đến.</source>
            <translation>The password cannot be read because this computer has no operating-system password store. Set the OCOP_IMAP_PASSWORD environment variable, or install a password store and enter the password again in Settings → Inbox.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="423" />
            <source>Không đọc được mật khẩu vì máy tính này chưa có kho mật khẩu của hệ điều hành. Hãy đặt biến môi trường OCOP_SMTP_PASSWORD, hoặc cài kho mật khẩu rồi nhập lại mật khẩu trong Cài đặt → Thư điện tử.</source>
            <translation>Cannot read the password because this computer has no operating-system password store. Set the environment variable OCOP_SMTP_PASSWORD, or install a password store and enter the password again in Settings → Email.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="614" />
            <source>Không đọc được tệp ({detail}).</source>
            <translation>Cannot read the file ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="329" />
            <source>Không đọc được tệp: {value}</source>
            <translation>Cannot read the file: {value}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="70" />
            <source>Kính gửi</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="94" />
            <source>Ký hiệu báo cáo</source>
            <translation>Report symbol</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="64" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="492" />
            <source>Kỳ báo cáo</source>
            <translation>Reporting period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="154" />
            <source>Kỳ báo cáo “{value}” không hợp lệ (ví dụ: 2021-06, 2021-Q2, 2021-H1, 2021-9M, 2021).</source>
            <translation>Reporting period “{value}” is not valid (for example: 2021-06, 2021-Q2, 2021-H1, 2021-9M, 2021).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="75" />
            <source>Lý do không phát</source>
            <translation>Reason for not airing</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="90" />
            <source>Lý do trả lại</source>
            <translation>Reason for returning</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="464" />
            <source>Lần gửi trước bị gián đoạn (phần mềm bị tắt hoặc mất điện), thư sẽ được gửi lại. Nếu nơi nhận có hai thư giống nhau, chúng có cùng mã thư (Message-ID).</source>
            <translation>The previous attempt was interrupted (the program was closed or the power failed); the message will be sent again. If the recipient gets two identical messages, they have the same Message-ID.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="673" />
            <source>Lần nhập số {id} đã được hoàn tác lúc {at}.</source>
            <translation>Import no. {id} was undone at {at}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="731" />
            <source>Muộn</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="431" />
            <source>Máy chủ không cho đăng nhập theo cách này, thường do chưa chọn bảo mật. Hãy chọn SSL/TLS (cổng 465) hoặc STARTTLS (cổng 587).</source>
            <translation>The server does not accept logging in this way, usually because no security is chosen. Choose SSL/TLS (port 465) or STARTTLS (port 587).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="449" />
            <source>Máy chủ không hỗ trợ STARTTLS trên cổng này. Hãy thử SSL/TLS với cổng 465.</source>
            <translation>The server does not support STARTTLS on this port. Try SSL/TLS with port 465.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="912" />
            <source>Máy chủ không hỗ trợ STARTTLS trên cổng này. Hãy thử SSL/TLS với cổng 993.</source>
            <translation>The server does not offer STARTTLS on this port. Try SSL/TLS with port 993.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="80" />
            <source>Máy chủ thư (SMTP)</source>
            <translation>Mail server (SMTP)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="922" />
            <source>Máy chủ thư báo lỗi.</source>
            <translation>The mail server reported an error.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="914" />
            <source>Máy chủ thư không nằm trong mạng nội bộ nên không được kết nối không mã hóa (mật khẩu sẽ đi qua mạng dưới dạng chữ thường). Hãy chọn SSL/TLS hoặc STARTTLS.</source>
            <translation>The mail server is not on the local network, so an unencrypted connection is not allowed (the password would cross the network as plain text). Choose SSL/TLS or STARTTLS.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="904" />
            <source>Máy chủ thư không trả lời kịp (hết thời gian chờ); mạng có thể đang chập chờn.</source>
            <translation>The mail server did not answer in time; the network may be unstable.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="440" />
            <source>Máy chủ thư không trả lời kịp (hết thời gian chờ); mạng có thể đang chập chờn. Thư sẽ tự gửi lại.</source>
            <translation>The mail server did not answer in time (timed out); the network may be unstable. The message will be sent again automatically.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="462" />
            <source>Máy chủ thư ngắt kết nối giữa chừng. Thư sẽ tự gửi lại.</source>
            <translation>The mail server dropped the connection midway. The message will be sent again automatically.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="919" />
            <source>Máy chủ thư ngắt kết nối giữa chừng; những thư đã đọc được vẫn giữ nguyên, lần sau sẽ đọc tiếp.</source>
            <translation>The mail server closed the connection part-way; what was read is kept and the next check goes on from there.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="459" />
            <source>Máy chủ thư tạm thời chưa nhận thư. Thư sẽ tự gửi lại sau.</source>
            <translation>The mail server is temporarily not accepting mail. The message will be sent again later.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="461" />
            <source>Máy chủ thư từ chối nhận thư này.</source>
            <translation>The mail server refused this message.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="87" />
            <source>Máy chủ thư đến (IMAP)</source>
            <translation>Incoming mail server (IMAP)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="451" />
            <source>Máy chủ từ chối địa chỉ người gửi; địa chỉ gửi thường phải là địa chỉ của chính tài khoản đăng nhập.</source>
            <translation>The server refused the sender's address; the sender address usually has to be the address of the account that logs in.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="454" />
            <source>Máy chủ từ chối địa chỉ người nhận. Hãy kiểm tra lại địa chỉ.</source>
            <translation>The server refused the recipient's address. Check the address.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="205" />
            <source>Máy tính này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. Trên Windows kho này có sẵn; khi chạy bằng lệnh, hãy đặt mật khẩu vào biến môi trường OCOP_IMAP_PASSWORD.</source>
            <translation>This computer has no operating-system password store, so the password cannot be saved. Windows has one; for the command line, put the password in the OCOP_IMAP_PASSWORD environment variable.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="176" />
            <source>Máy tính này chưa có kho mật khẩu của hệ điều hành nên không lưu được mật khẩu. Trên Windows kho này có sẵn; trên máy gửi tự động, hãy đặt mật khẩu vào biến môi trường OCOP_SMTP_PASSWORD.</source>
            <translation>This computer has no operating-system password store, so the password cannot be saved. Windows has one built in; on a computer that sends automatically, put the password in the environment variable OCOP_SMTP_PASSWORD.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="60" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="63" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="547" />
            <source>Mã bản ghi</source>
            <translation>Record ID</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="649" />
            <source>Mã bản ghi {value} là bản ghi đã có của {unit_name} ({unit}), không thuộc đơn vị gửi {sender}: đơn vị gửi không được sửa bản ghi của đơn vị khác.</source>
            <translation>Record ID {value} is an existing record of {unit_name} ({unit}), which is not under the sender {sender}: a sender may not change another unit's records.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="634" />
            <source>Mã bản ghi “{value}” trùng với dòng {first_row}.</source>
            <translation>Record ID “{value}” repeats row {first_row}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="551" />
            <source>Mã chủ đề</source>
            <translation>Topic code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="100" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="497" />
            <source>Mã khóa</source>
            <translation>Key fingerprint</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="213" />
            <source>Mã khóa {value} không phải mã của khóa trong tệp ({key}); hãy đối chiếu lại.</source>
            <translation>Fingerprint {value} is not the fingerprint of the key in the file ({key}); check it again.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="496" />
            <source>Mã kiểm tra dữ liệu</source>
            <translation>Data check code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="97" />
            <source>Mã xã cũ</source>
            <translation>Former commune code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="156" />
            <source>Mã {value}: danh mục đang có “{existing}”, tệp ghi “{name}”. Nếu đây là danh mục mới thay cho danh mục cũ, hãy nhập lại và chọn ngày có hiệu lực.</source>
            <translation>Code {value}: the catalogue has “{existing}”, the file says “{name}”. If this is a new catalogue replacing the old one, import it again and choose the date it takes effect.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="548" />
            <source>Mã đơn vị</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="490" />
            <source>Mã đơn vị gửi</source>
            <translation>Sending unit code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="491" />
            <source>Mã đơn vị nhận</source>
            <translation>Receiving unit code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="332" />
            <source>Mã đơn vị “{value}” không hợp lệ (cần chữ số: tỉnh 2, huyện 3, xã 5 chữ số).</source>
            <translation>Unit code “{value}” is not valid (digits needed: province 2, district 3, commune 5).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="335" />
            <source>Mã đơn vị “{value}” xuất hiện hai lần.</source>
            <translation>Unit code “{value}” appears twice.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="152" />
            <source>Mã “{value}” không hợp lệ hoặc đang được dùng.</source>
            <translation>Code “{value}” is not valid or is already in use.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="81" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="88" />
            <source>Mật khẩu</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="203" />
            <source>Mục số {value} không còn chờ xử lý (đã nhận, đã trả lại hoặc bị bỏ qua).</source>
            <translation>Item {value} is no longer waiting (accepted, returned or ignored).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="174" />
            <source>Mục số {value} đang được gửi, đã gửi xong hoặc đã hủy nên không thay đổi được.</source>
            <translation>Item no. {value} is being sent, has been sent or was cancelled, so it cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="83" />
            <source>Mục trong hộp thư đi</source>
            <translation>Outbox item</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="89" />
            <source>Mục trong hộp thư đến</source>
            <translation>Inbox item</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="76" />
            <source>Mức chỉ tiêu</source>
            <translation>Target amount</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="561" />
            <source>Mức độ</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="57" />
            <source>Mức độ ưu tiên</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="57" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="560" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="141" />
            <source>Nguồn “{name}” chỉ có hiệu lực từ {from} đến {to}, không dùng được cho ngày {date}.</source>
            <translation>Source “{name}” is valid only from {from} to {to}; it cannot be used on {date}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="53" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="549" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="63" />
            <source>Ngày chốt số liệu</source>
            <translation>Cut-off day</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="493" />
            <source>Ngày cuối kỳ</source>
            <translation>Last day of the period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="338" />
            <source>Ngày hết hiệu lực “{value}” đứng trước ngày có hiệu lực.</source>
            <translation>The end date “{value}” is before the start date.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="223" />
            <source>Ngày không có thật: “{value}” — {why}.</source>
            <translation>No such date: “{value}” — {why}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="130" />
            <source>Ngày không hợp lệ: “{value}” (cần dạng {format}).</source>
            <translation>Invalid date: “{value}” (use {format}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="136" />
            <source>Ngày kết thúc đứng trước ngày bắt đầu.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="74" />
            <source>Ngày phát</source>
            <translation>Airing date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="74" />
            <source>Ngày phát trong tuần</source>
            <translation>Airing days of the week</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="133" />
            <source>Ngày quá xa trong quá khứ (sớm nhất {min}).</source>
            <translation>The date is too far in the past (earliest {min}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="668" />
            <source>Ngày {value} nằm ngoài kỳ báo cáo ({start} – {end}).</source>
            <translation>The date {value} is outside the reporting period ({start} – {end}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="492" />
            <source>Ngày đầu kỳ</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="132" />
            <source>Ngày ở tương lai (hôm nay là {today}).</source>
            <translation>The date is in the future (today is {today}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="337" />
            <source>Ngày “{value}” không hợp lệ (cần dạng 2025-07-01 hoặc 01/07/2025).</source>
            <translation>Date “{value}” is not valid (use 2025-07-01 or 01/07/2025).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="57" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="559" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="65" />
            <source>Người ký</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="78" />
            <source>Người nhận</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="58" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="563" />
            <source>Người thực hiện</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="565" />
            <source>Nhập thay bởi</source>
            <translation>Entered on behalf by</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="66" />
            <source>Nơi nhận báo cáo</source>
            <translation>Report recipient</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="79" />
            <source>Nội dung thư</source>
            <translation>Message body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="495" />
            <source>Phiên bản phần mềm</source>
            <translation>Program version</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="489" />
            <source>Phiên bản định dạng</source>
            <translation>Format version</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="72" />
            <source>Phương hướng, nhiệm vụ kỳ tới</source>
            <translation>Tasks for the next period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="124" />
            <source>Phải là một số nguyên.</source>
            <translation>Must be a whole number.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="160" />
            <source>Phải lớn hơn 0.</source>
            <translation>Must be greater than 0.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="598" />
            <source>Phần “{value}” trong tệp bị nén với tỉ lệ bất thường (hơn {limit} lần, dấu hiệu “bom nén”); không đọc tệp này.</source>
            <translation>The part “{value}” of the file is compressed at an abnormal ratio (more than {limit} times, a sign of a “zip bomb”); the file is not read.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="596" />
            <source>Phần “{value}” trong tệp khi giải nén lớn bất thường (quá {limit} byte); không đọc tệp này.</source>
            <translation>The part “{value}” of the file is abnormally large when unpacked (more than {limit} bytes); the file is not read.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="98" />
            <source>Quan hệ báo cáo</source>
            <translation>Reporting relationships</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="129" />
            <source>Quá dài (tối đa {max} ký tự).</source>
            <translation>Too long (at most {max} characters).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="895" />
            <source>Sai tên đăng nhập hoặc mật khẩu: máy chủ thư từ chối đăng nhập. Hãy kiểm tra lại trong Cài đặt → Hộp thư đến (với Gmail phải bật IMAP và dùng “mật khẩu ứng dụng”).</source>
            <translation>Wrong user name or password: the mail server refused the login. Check Settings → Inbox (Gmail needs IMAP turned on and an “app password”).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="427" />
            <source>Sai tên đăng nhập hoặc mật khẩu: máy chủ thư từ chối đăng nhập. Hãy kiểm tra lại trong Cài đặt → Thư điện tử (với Gmail phải dùng “mật khẩu ứng dụng”). Thư sẽ không tự gửi lại cho đến khi sửa cài đặt hoặc bấm “Gửi ngay”.</source>
            <translation>Wrong user name or password: the mail server refused the login. Check them in Settings → Email (Gmail needs an “app password”). The message will not be resent automatically until the settings are corrected or you click “Send now”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="696" />
            <source>Sẽ nhập</source>
            <translation>Will be imported</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="93" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="494" />
            <source>Số báo cáo</source>
            <translation>Report number</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="56" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="557" />
            <source>Số bản</source>
            <translation>Copies</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="85" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="495" />
            <source>Số bản ghi</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="55" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="555" />
            <source>Số lượt phát</source>
            <translation>Airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="56" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="558" />
            <source>Số người dự</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="55" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="556" />
            <source>Số phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="55" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="554" />
            <source>Số tin, bài</source>
            <translation>Items</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="184" />
            <source>Số {value} của năm {year} đã dùng cho báo cáo khác.</source>
            <translation>Number {value} of {year} is already used by another report.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="59" />
            <source>Số, ký hiệu</source>
            <translation>Number, symbol</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="567" />
            <source>Sửa lúc</source>
            <translation>Edited at</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="629" />
            <source>Thiếu thông tin “{field}” ở phần đầu trang “Dữ liệu”.</source>
            <translation>The information “{field}” is missing at the top of the “Dữ liệu” sheet.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="334" />
            <source>Thiếu tên đơn vị.</source>
            <translation>The unit name is missing.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="58" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="562" />
            <source>Thôn, cụm loa</source>
            <translation>Village/cluster</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="96" />
            <source>Thôn, xã cũ</source>
            <translation>Village, former commune</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="92" />
            <source>Thông tin đơn vị</source>
            <translation>Unit details</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="630" />
            <source>Thông tin “{field}” không hợp lệ: “{value}”.</source>
            <translation>The information “{field}” is not valid: “{value}”.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="835" />
            <source>Thư có quá nhiều phần hoặc tệp đính kèm; không mở để bảo vệ máy.</source>
            <translation>The message has too many parts or attachments; not opened, to protect this computer.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="837" />
            <source>Thư hoặc tệp đính kèm bị hỏng, không đọc được.</source>
            <translation>The message or attachment is damaged and cannot be read.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="825" />
            <source>Thư không có tệp đính kèm nào để nhập.</source>
            <translation>The message has no attachment to import.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="79" />
            <source>Thư mục</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="89" />
            <source>Thư mục thư</source>
            <translation>Mail folder</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="830" />
            <source>Thư quá lớn ({size}); không tải về để bảo vệ máy. Nếu là báo cáo, hãy xin đơn vị gửi lại hoặc tải tệp từ trang thư điện tử.</source>
            <translation>The message is too large ({size}); not downloaded, to protect this computer. If it is a report, ask the unit to send it again or download the file from webmail.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="839" />
            <source>Thư trả lời của OCOP Desktop về một báo cáo không có trong sổ báo cáo của máy này.</source>
            <translation>An OCOP Desktop reply about a report that is not in this computer's register.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="62" />
            <source>Thư điện tử nơi nhận</source>
            <translation>Recipient's email</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="70" />
            <source>Thẩm quyền ký</source>
            <translation>Signing authority</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="494" />
            <source>Thời điểm lập</source>
            <translation>Generated at</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="655" />
            <source>Thời điểm lập báo cáo “{value}” ở tương lai so với đồng hồ máy này; có thể đồng hồ máy đơn vị gửi bị sai. Hãy chỉnh đồng hồ rồi lập lại báo cáo.</source>
            <translation>The report's generation time “{value}” is in the future by this computer's clock; the sending unit's clock may be wrong. Have them set the clock and export the report again.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="652" />
            <source>Thời điểm “{value}” muộn hơn lúc lập báo cáo ({generated_at}): bản ghi không thể sửa sau khi đã lập báo cáo.</source>
            <translation>Time “{value}” is later than the report's generation time ({generated_at}): a record cannot have changed after the report was made.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="54" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="553" />
            <source>Tiêu đề</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="78" />
            <source>Tiêu đề thư</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="592" />
            <source>Trang tính có ô ở địa chỉ {value}, vượt xa phạm vi một trang dữ liệu báo cáo có thể có; không đọc tệp này.</source>
            <translation>The sheet has a cell at {value}, far beyond what a report's data sheet can hold; the file is not read.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="594" />
            <source>Trang tính khai báo phạm vi {value}, vượt xa phạm vi một trang dữ liệu báo cáo có thể có; không đọc tệp này.</source>
            <translation>The sheet declares the range {value}, far beyond what a report's data sheet can hold; the file is not read.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="600" />
            <source>Trang tính “{value}” có ô hoặc dòng không ghi địa chỉ, không phải bảng tính do Excel, LibreOffice hay OCOP Desktop ghi; không đọc tệp này.</source>
            <translation>The sheet “{value}” has cells or rows without an address: it was not written by Excel, LibreOffice or OCOP Desktop; the file is not read.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="623" />
            <source>Trang “Dữ liệu” không có phần thông tin báo cáo ở đầu trang.</source>
            <translation>The “Dữ liệu” sheet has no report information at its top.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="624" />
            <source>Trang “Dữ liệu” không theo định dạng báo cáo của OCOP Desktop (“{value}”).</source>
            <translation>The “Dữ liệu” sheet is not in the OCOP Desktop report format (“{value}”).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="60" />
            <source>Trích yếu</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="61" />
            <source>Tên</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="568" />
            <source>Tên chủ đề</source>
            <translation>Topic name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="82" />
            <source>Tên người gửi</source>
            <translation>Sender name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="81" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="88" />
            <source>Tên đăng nhập</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="490" />
            <source>Tên đơn vị gửi</source>
            <translation>Sending unit name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="76" />
            <source>Tính theo</source>
            <translation>Per</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="566" />
            <source>Tạo lúc</source>
            <translation>Created at</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="79" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="92" />
            <source>Tệp báo cáo</source>
            <translation>Report file</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="619" />
            <source>Tệp bị hỏng hoặc không trọn vẹn (có thể tải về chưa xong). Hãy tải lại tệp từ thư điện tử hoặc xin đơn vị gửi lại.</source>
            <translation>The file is damaged or incomplete (perhaps not fully downloaded). Download it again from the email or ask the unit to send it again.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="646" />
            <source>Tệp chưa ký nhưng đã ghi nhận khóa của {name} (mã khóa {held}): chỉ nhận báo cáo có chữ ký của đơn vị. Hãy xin đơn vị gửi lại tệp lập bằng phiên bản mới.</source>
            <translation>The file is unsigned, but a key is recorded for {name} (fingerprint {held}): only signed reports from this unit are accepted. Ask the unit to send a file made with the new version.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="299" />
            <source>Tệp dữ liệu {path} bị hỏng. Hãy khôi phục từ bản sao lưu (menu Tệp → Khôi phục).</source>
            <translation>The data file {path} is damaged. Restore it from a backup (menu File → Restore).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="294" />
            <source>Tệp dữ liệu {path} do phiên bản mới hơn của phần mềm tạo ra. Hãy cài phiên bản mới nhất để mở tệp này; tệp không bị thay đổi.</source>
            <translation>The data file {path} was made by a newer version of the program. Install the latest version to open it; the file is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="305" />
            <source>Tệp dữ liệu {path} nằm trên ổ chỉ đọc (hoặc không có quyền ghi): xem và xuất báo cáo sang thư mục khác được, nhưng không lưu được thay đổi.</source>
            <translation>The data file {path} is on read-only media (or may not be written): you can view it and export reports to another folder, but changes cannot be saved.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="388" />
            <source>Tệp dữ liệu {path} nằm trên ổ chỉ đọc (hoặc không có quyền ghi); không khôi phục được. Dữ liệu hiện tại không bị thay đổi.</source>
            <translation>The data file {path} is on read-only media (or may not be written); it cannot be restored. The current data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="381" />
            <source>Tệp dữ liệu {path} đang bận (một cửa sổ OCOP Desktop khác đang ghi). Hãy đóng cửa sổ đó rồi thử lại; dữ liệu hiện tại không bị thay đổi.</source>
            <translation>The data file {path} is busy (another OCOP Desktop window is writing to it). Close that window and try again; the current data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="316" />
            <source>Tệp dữ liệu {path} đang bận vì một chương trình khác đang ghi; chưa lưu được. Hãy thử lại sau giây lát.</source>
            <translation>The data file {path} is busy: another program is writing to it; nothing was saved. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="302" />
            <source>Tệp dữ liệu {path} đang được một chương trình khác sử dụng. Hãy đóng cửa sổ OCOP Desktop khác rồi thử lại.</source>
            <translation>The data file {path} is in use by another program. Close the other OCOP Desktop window and try again.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="324" />
            <source>Tệp không có dòng dữ liệu nào.</source>
            <translation>The file has no data rows.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="331" />
            <source>Tệp không phải là bảng tính hay tệp CSV.</source>
            <translation>The file is not a spreadsheet or a CSV file.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="669" />
            <source>Tệp này cũ hơn báo cáo đã nhập của cùng đơn vị, cùng kỳ (“{latest_file}”, lập lúc {latest_generated_at}); không nhập để khỏi ghi đè số liệu mới bằng số liệu cũ.</source>
            <translation>This file is older than the report already imported from the same unit for the same period (“{latest_file}”, made at {latest_generated_at}); it is not imported, so that old figures do not overwrite newer ones.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="376" />
            <source>Tệp sao lưu {path} bị hỏng, không thể khôi phục từ tệp này; hãy chọn bản sao lưu khác. Dữ liệu hiện tại không bị thay đổi.</source>
            <translation>The backup file {path} is damaged and cannot be restored from; choose another backup. The current data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="384" />
            <source>Tệp sao lưu {path} có bảng, chỉ mục, trigger hoặc view khác với cấu trúc của OCOP Desktop ({detail}); không khôi phục từ tệp này. Dữ liệu hiện tại không bị thay đổi.</source>
            <translation>The backup {path} has tables, indexes, triggers or views that differ from OCOP Desktop's structure ({detail}); it is not restored. The current data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="370" />
            <source>Tệp sao lưu {path} do phiên bản mới hơn của phần mềm tạo ra; hãy cài phiên bản mới nhất rồi khôi phục. Dữ liệu hiện tại không bị thay đổi.</source>
            <translation>The backup file {path} was made by a newer version of the program; install the latest version, then restore. The current data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="341" />
            <source>Tệp {file}</source>
            <translation>File {file}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="367" />
            <source>Tệp {path} chính là tệp dữ liệu đang dùng; hãy chọn một bản sao lưu.</source>
            <translation>The file {path} is the data file in use; choose a backup.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="311" />
            <source>Tệp {path} có cấu trúc khác với cấu trúc của OCOP Desktop ({detail}).</source>
            <translation>The file {path} has a structure different from OCOP Desktop's ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="373" />
            <source>Tệp {path} không phải là bản sao lưu của OCOP Desktop. Dữ liệu hiện tại không bị thay đổi.</source>
            <translation>The file {path} is not an OCOP Desktop backup. The current data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="297" />
            <source>Tệp {path} không phải là tệp dữ liệu của OCOP Desktop.</source>
            <translation>The file {path} is not an OCOP Desktop data file.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="456" />
            <source>Tệp đính kèm vượt giới hạn của máy chủ thư. Hãy lưu bản sao ra USB hoặc gửi bằng cách khác.</source>
            <translation>The attachment exceeds the mail server's limit. Save a copy to a USB drive or send it another way.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="617" />
            <source>Tệp ở định dạng Excel cũ (.xls), không phải tệp báo cáo .xlsx do OCOP Desktop xuất ra. Hãy xin đơn vị gửi lại tệp gốc.</source>
            <translation>The file is in the old Excel format (.xls), not an .xlsx report exported by OCOP Desktop. Ask the unit to send the original file again.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="516" />
            <source>Tệp “{file}”</source>
            <translation>File “{file}”</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="822" />
            <source>Tệp “{file}” không phải báo cáo do OCOP Desktop lập: {why}</source>
            <translation>“{file}” is not a report made by OCOP Desktop: {why}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="826" />
            <source>Tệp “{file}” không phải tệp Excel (.xlsx) nên không phải báo cáo.</source>
            <translation>“{file}” is not an Excel (.xlsx) file, so it is not a report.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="828" />
            <source>Tệp “{file}” là báo cáo do chính đơn vị mình lập (bản gửi kèm cho mình).</source>
            <translation>“{file}” is this unit's own report (a copy sent to itself).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="833" />
            <source>Tệp “{file}” quá lớn ({size}); không mở để bảo vệ máy.</source>
            <translation>“{file}” is too large ({size}); not opened, to protect this computer.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="185" />
            <source>Tệp “{value}” phải có đuôi .xlsx.</source>
            <translation>The file “{value}” must end in .xlsx.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="61" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="93" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="97" />
            <source>Từ ngày</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="68" />
            <source>Vai trò</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="61" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="493" />
            <source>Văn bản chỉ đạo</source>
            <translation>Directive</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="714" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="718" />
            <source>chưa ký</source>
            <translation>unsigned</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="229" />
            <source>chưa lắp đặt</source>
            <translation>not installed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="716" />
            <source>chữ ký không khớp nội dung tệp</source>
            <translation>signature does not match the file</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="347" />
            <source>cột {column}</source>
            <translation>column {column}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="524" />
            <source>cột {letter} ({name})</source>
            <translation>column {letter} ({name})</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="345" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="520" />
            <source>dòng {row}</source>
            <translation>row {row}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="760" />
            <source>huyện</source>
            <translation>districts</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="228" />
            <source>hỏng</source>
            <translation>broken</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="715" />
            <source>khóa ký khác khóa đã ghi nhận: {fingerprint}</source>
            <translation>signed with another key than recorded: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="712" />
            <source>khóa mới, ghi nhận lần đầu: {fingerprint}</source>
            <translation>new key, recorded on first use: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="273" />
            <source>không có ngày 0</source>
            <translation>there is no day 0</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="271" />
            <source>không có tháng {month}</source>
            <translation>there is no month {month}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="527" />
            <source>mục “{name}”</source>
            <translation>item “{name}”</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="278" />
            <source>tháng 2 năm {year} chỉ có {days} ngày</source>
            <translation>February {year} has only {days} days</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="279" />
            <source>tháng {month} chỉ có {days} ngày</source>
            <translation>month {month} has only {days} days</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="343" />
            <source>trang {sheet}</source>
            <translation>sheet {sheet}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="518" />
            <source>trang “{sheet}”</source>
            <translation>sheet “{sheet}”</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="758" />
            <source>xã</source>
            <translation>communes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="771" />
            <source>{reported}/{total} {noun} đã báo cáo, {late} muộn</source>
            <translation>{reported}/{total} {noun} reported, {late} late</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="215" />
            <source>{value} là đơn vị mình; khóa của đơn vị mình là khóa của bản cài đặt này.</source>
            <translation>{value} is this office's own unit; its key is this installation's key.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="539" />
            <source>Ô bị bỏ trống, đây là thông tin bắt buộc.</source>
            <translation>The cell is empty; this is required.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="404" />
            <source>Đang chờ gửi</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="405" />
            <source>Đang gửi</source>
            <translation>Sending</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="71" />
            <source>Đánh giá</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="615" />
            <source>Đây không phải là tệp Excel (.xlsx). Hãy chọn đúng tệp báo cáo do OCOP Desktop xuất ra.</source>
            <translation>This is not an Excel file (.xlsx). Choose the report file exported by OCOP Desktop.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="665" />
            <source>Đây là báo cáo do chính đơn vị mình lập, không cần nhập.</source>
            <translation>This report was made by your own unit; it does not need importing.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="804" />
            <source>Đã có từ trước</source>
            <translation>Already listed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="406" />
            <source>Đã gửi</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="83" />
            <source>Đã gửi cho</source>
            <translation>Sent to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="408" />
            <source>Đã hủy</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="802" />
            <source>Đã nhận</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="700" />
            <source>Đã nhập</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="725" />
            <source>Đã thay</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="803" />
            <source>Đã trả lại</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="935" />
            <source>Đã được nhận</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="724" />
            <source>Đã đối chiếu</source>
            <translation>Checked by phone</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="731" />
            <source>Đúng hạn</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="54" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="100" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="64" />
            <source>Đơn vị cấp trên</source>
            <translation>Parent unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="660" />
            <source>Đơn vị gửi {value} ({name}) không có trong danh mục đơn vị hành chính của kỳ {start} – {end}. Hãy nhập danh mục đơn vị mới nhất.</source>
            <translation>The sending unit {value} ({name}) is not in the list of administrative units for {start} – {end}. Import the latest unit catalogue.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="663" />
            <source>Đơn vị gửi {value} ({name}) không trực thuộc {office}: báo cáo này không gửi cho đơn vị mình.</source>
            <translation>The sending unit {value} ({name}) is not under {office}: this report was not sent to your unit.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="199" />
            <source>Đơn vị mã “{code}” không phải đơn vị sử dụng phần mềm hay đơn vị trực thuộc vào ngày {date}, nên không ghi hoạt động cho đơn vị này được.</source>
            <translation>Unit “{code}” is neither this installation's unit nor one under it on {date}, so activities cannot be logged for it.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="872" />
            <source>Đơn vị mình đã nhập thay một số bản ghi của đơn vị gửi trong kỳ.</source>
            <translation>This office entered some of the sender's records for the period on its behalf.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="71" />
            <source>Đơn vị soạn thảo</source>
            <translation>Drafting office</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="62" />
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="94" />
            <source>Đến ngày</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="72" />
            <source>Đề xuất, kiến nghị</source>
            <translation>Proposals</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="82" />
            <source>Địa chỉ người gửi</source>
            <translation>Sender address</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="153" />
            <source>Địa chỉ thư điện tử “{value}” không hợp lệ.</source>
            <translation>The email address “{value}” is not valid.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="67" />
            <source>Địa danh</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="489" />
            <source>Định dạng</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="78" />
            <source>Đồng gửi (CC)</source>
            <translation>CC</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="228" />
            <source>đã dỡ bỏ</source>
            <translation>removed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="713" />
            <source>đã ký, đúng khóa đã ghi nhận: {fingerprint}</source>
            <translation>signed with the recorded key: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="717" />
            <source>đã ký: {fingerprint}</source>
            <translation>signed: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="761" />
            <source>đơn vị</source>
            <translation>units</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="779" />
            <source>đơn vị mình</source>
            <translation>your unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="308" />
            <source>Ổ đĩa chứa tệp dữ liệu {path} đã đầy; chưa lưu được. Hãy giải phóng chỗ trống rồi thử lại; dữ liệu đã lưu không bị ảnh hưởng.</source>
            <translation>The disk holding the data file {path} is full; nothing was saved. Free some space and try again; saved data is not affected.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="186" />
            <source>Ổ đĩa chứa “{value}” đã đầy nên báo cáo chưa được ghi; tệp cũ (nếu có) vẫn giữ nguyên. Hãy giải phóng chỗ trống hoặc chọn thư mục khác.</source>
            <translation>The disk holding “{value}” is full, so the report was not written; the old file (if any) is unchanged. Free some space or choose another folder.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="391" />
            <source>Ổ đĩa đã đầy, không khôi phục được từ {path}. Hãy giải phóng chỗ trống rồi thử lại; dữ liệu hiện tại không bị thay đổi.</source>
            <translation>The disk is full; {path} could not be restored. Free some space and try again; the current data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="783" />
            <source>“{title}” ({unit}, {date}) không có trong tệp này nhưng đã nhận trực tiếp từ {source}: giữ lại, chờ báo cáo của chính đơn vị đó.</source>
            <translation>“{title}” ({unit}, {date}) is not in this file but was received directly from {source}: kept, until that unit's own report arrives.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="786" />
            <source>“{title}” ({unit}, {date}): bản trong tệp (sửa lúc {theirs}) mới hơn bản đã nhận từ {source} (sửa lúc {mine}), dùng bản trong tệp.</source>
            <translation>“{title}” ({unit}, {date}): the copy in the file (edited at {theirs}) is newer than the one received from {source} (edited at {mine}); using the copy in the file.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="791" />
            <source>“{title}” ({unit}, {date}): bản đã nhận từ {source} (sửa lúc {mine}) mới hơn bản trong tệp (sửa lúc {theirs}), giữ bản đã có.</source>
            <translation>“{title}” ({unit}, {date}): the copy received from {source} (edited at {mine}) is newer than the one in the file (edited at {theirs}); keeping the existing one.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="789" />
            <source>“{title}” ({unit}, {date}): đã được xóa theo báo cáo mới hơn; bản trong tệp (sửa lúc {theirs}) cũ hơn nên không lấy lại.</source>
            <translation>“{title}” ({unit}, {date}): deleted by a newer report; the copy in the file (edited at {theirs}) is older, so it is not brought back.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="161" />
            <source>“{value}” không hợp lệ (chọn một trong: {allowed}).</source>
            <translation>“{value}” is not valid (choose one of: {allowed}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="537" />
            <source>“{value}” không phải là giờ (cần dạng HH:MM).</source>
            <translation>“{value}” is not a time (use HH:MM).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="633" />
            <source>“{value}” không phải là mã bản ghi hợp lệ.</source>
            <translation>“{value}” is not a valid record ID.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="210" />
            <source>“{value}” không phải là mã khóa: mã khóa gồm 20 chữ số, chia 5 nhóm 4 chữ số (ví dụ 4821-9930-1274-5586-0032).</source>
            <translation>“{value}” is not a key fingerprint: a fingerprint has 20 digits in 5 groups of 4 (e.g. 4821-9930-1274-5586-0032).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="535" />
            <source>“{value}” không phải là ngày (cần dạng YYYY-MM-DD).</source>
            <translation>“{value}” is not a date (use YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="534" />
            <source>“{value}” không phải là số nguyên.</source>
            <translation>“{value}” is not a whole number.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="540" />
            <source>“{value}” không phải là thời điểm hợp lệ.</source>
            <translation>“{value}” is not a valid timestamp.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/texts/problem_texts.py" line="151" />
            <source>“{value}” đã có, không thể tạo trùng.</source>
            <translation>“{value}” already exists; it cannot be created twice.</translation>
        </message>
    </context>
    <context>
        <name>RecordFields</name>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="244" />
            <source>* bắt buộc</source>
            <translation>* required</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="239" />
            <source>Bắt đầu một bản ghi mới (Ctrl+N, Esc)</source>
            <translation>Start a new record (Ctrl+N, Esc)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="288" />
            <source>Chủ đề</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="295" />
            <source>Ghi chú</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="235" />
            <source>Ghi mới</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="288" />
            <source>Giờ</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="289" />
            <source>Hình thức</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="237" />
            <source>Lưu (Enter)</source>
            <translation>Save (Enter)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="241" />
            <source>Lưu rồi bắt đầu bản ghi tiếp theo, điền sẵn như bản vừa lưu (Enter, Ctrl+Enter, Ctrl+S)</source>
            <translation>Save, then start the next record, prefilled like the one just saved (Enter, Ctrl+Enter, Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="290" />
            <source>Lượt phát</source>
            <translation>Airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="293" />
            <source>Mức độ</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="293" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="288" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="292" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="292" />
            <source>Người dự</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="294" />
            <source>Người thực hiện</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="236" />
            <source>Nhân bản</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="291" />
            <source>Phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="291" />
            <source>Số bản</source>
            <translation>Copies</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="204" />
            <source>Số liệu</source>
            <translation>Figures</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="294" />
            <source>Thôn, cụm loa</source>
            <translation>Village/cluster</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="290" />
            <source>Tin, bài</source>
            <translation>Items</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="289" />
            <source>Tiêu đề</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="240" />
            <source>Tạo bản ghi mới giống bản ghi này (Ctrl+D)</source>
            <translation>New record like this one (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="107" />
            <source>ghi chú (không bắt buộc)</source>
            <translation>notes (optional)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="88" />
            <source>gõ mã hoặc tên chủ đề để tìm</source>
            <translation>type a topic code or name to search</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="100" />
            <source>thôn, bản, cụm loa</source>
            <translation>village, hamlet, cluster</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="93" />
            <source>tên tin, bài, chương trình hoặc hoạt động</source>
            <translation>name of the news item, article, programme or activity</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/fields.py" line="295" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="330" />
            <source>Bản ghi mới</source>
            <translation>New record</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="383" />
            <source>Bản ghi mới (nhân bản)</source>
            <translation>New record (duplicate)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="309" />
            <source>Bản ghi đang nhập có thay đổi chưa lưu. Bỏ các thay đổi này?</source>
            <translation>The record being entered has unsaved changes. Discard them?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="308" />
            <source>Bỏ thay đổi?</source>
            <translation>Discard changes?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="124" />
            <source>Chưa khai báo đơn vị</source>
            <translation>Unit not set</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="284" />
            <source>Chưa lưu: có {count} lỗi cần sửa.</source>
            <translation>Not saved: {count} problems to correct.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="468" />
            <source>Có một bản ghi đang nhập dở lúc {time} — Khôi phục?

(Lần trước chương trình bị tắt đột ngột, ví dụ do mất điện, khi bản ghi này chưa được lưu.)</source>
            <translation>A record was being typed at {time} — Restore it?

(Last time the program stopped suddenly, for example in a power cut, before this record was saved.)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="125" />
            <source>Hãy khai báo đơn vị của máy này (Công cụ → Cài đặt) trước khi ghi sổ.</source>
            <translation>Set this computer's unit (Tools → Settings) before logging.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="467" />
            <source>Khôi phục bản ghi đang nhập dở?</source>
            <translation>Restore the unfinished record?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="430" />
            <source>Không có gì thay đổi.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="530" />
            <source>Không hoàn tác được</source>
            <translation>Cannot undo</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="365" />
            <source>Sửa bản ghi ngày {date}</source>
            <translation>Edit the record of {date}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="384" />
            <source>Sửa ngày, giờ hoặc nội dung rồi lưu.</source>
            <translation>Correct the date, time or content, then save.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="506" />
            <source>Thêm chủ đề mới “{name}”?</source>
            <translation>Add the new topic “{name}”?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="505" />
            <source>Thêm chủ đề mới?</source>
            <translation>Add a new topic?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="352" />
            <source>Đang sửa bản ghi ngày {date}: “{title}” — Enter lưu, Esc thôi sửa.</source>
            <translation>Editing the record of {date}: “{title}” — Enter saves, Esc stops editing.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="432" />
            <source>Đã ghi “{title}” lúc {time}.</source>
            <translation>Saved “{title}” at {time}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="490" />
            <source>Đã khôi phục bản ghi đang nhập dở; kiểm tra rồi bấm Enter để lưu.</source>
            <translation>The unfinished record is back; check it and press Enter to save.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="434" />
            <source>Đã lưu thay đổi lúc {time}.</source>
            <translation>Changes saved at {time}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/record_form/form.py" line="526" />
            <source>Đã thêm chủ đề “{name}” (mã {code}).</source>
            <translation>Added the topic “{name}” (code {code}).</translation>
        </message>
    </context>
    <context>
        <name>RelationDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="72" />
            <source>(một đơn vị, nhập mã bên dưới)</source>
            <translation>(one unit, type its code below)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="97" />
            <source>Báo cáo gửi (Kính gửi):</source>
            <translation>Reports to (Kính gửi):</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="100" />
            <source>Bộ phận tham mưu:</source>
            <translation>Drafted by:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="102" />
            <source>Căn cứ, ghi chú:</source>
            <translation>Legal basis, note:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="98" />
            <source>Cơ quan ban hành:</source>
            <translation>Issuing body:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="99" />
            <source>Cơ quan chủ quản:</source>
            <translation>Parent body:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="94" />
            <source>Hoặc đơn vị (mã):</source>
            <translation>Or unit (code):</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="101" />
            <source>Người ký:</source>
            <translation>Signer:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="69" />
            <source>Sửa quan hệ báo cáo</source>
            <translation>Edit reporting relationship</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="70" />
            <source>Thêm quan hệ báo cáo</source>
            <translation>Add reporting relationship</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="103" />
            <source>Trong các ô tên có thể dùng {unit} (tên đơn vị), {parent} (đơn vị cấp trên), {province} (tỉnh) — phần mềm điền tên có hiệu lực vào ngày của kỳ báo cáo.</source>
            <translation>Names may use {unit} (the unit), {parent} (its parent unit) and {province} (the province); the names valid on the reported period's dates are filled in.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="95" />
            <source>Từ ngày:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="82" />
            <source>ví dụ: Sở Văn hóa, Thể thao và Du lịch {province}</source>
            <translation>e.g. Sở Văn hóa, Thể thao và Du lịch {province}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="89" />
            <source>ví dụ: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH</source>
            <translation>e.g. TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="84" />
            <source>ví dụ: Ủy ban nhân dân {unit}</source>
            <translation>e.g. Ủy ban nhân dân {unit}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="93" />
            <source>Áp dụng cho cấp:</source>
            <translation>Applies to level:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="96" />
            <source>Đến ngày:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="86" />
            <source>để trống nếu không có</source>
            <translation>empty if none</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="78" />
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="79" />
            <source>để trống: không giới hạn</source>
            <translation>empty: no limit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="77" />
            <source>để trống: mọi đơn vị của cấp đã chọn</source>
            <translation>empty: every unit of the chosen level</translation>
        </message>
    </context>
    <context>
        <name>RelationsPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="162" />
            <source>&amp;Sửa…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="161" />
            <source>&amp;Thêm…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="163" />
            <source>&amp;Xóa</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="159" />
            <source>&lt;b&gt;Quan hệ báo cáo theo thời gian&lt;/b&gt;</source>
            <translation>&lt;b&gt;Reporting relationships over time&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="229" />
            <source>Bộ phận tham mưu</source>
            <translation>Drafted by</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="228" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="227" />
            <source>Cơ quan chủ quản</source>
            <translation>Parent body</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="226" />
            <source>Kính gửi</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="230" />
            <source>Người ký</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="247" />
            <source>Xóa dòng “{recipient}”?</source>
            <translation>Delete the line “{recipient}”?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="247" />
            <source>Xóa quan hệ báo cáo</source>
            <translation>Delete reporting relationship</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="226" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/administration_pages/relations.py" line="173" />
            <source>Đơn vị của máy này vào ngày:</source>
            <translation>This installation's unit on:</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="64" />
            <source>6 tháng</source>
            <translation>6 months</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="131" />
            <source>6 tháng cuối năm</source>
            <translation>Second half of the year</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="130" />
            <source>6 tháng đầu năm</source>
            <translation>First half of the year</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="65" />
            <source>9 tháng</source>
            <translation>9 months</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="348" />
            <source>Chép nội dung đã viết cho kỳ {period} để sửa tiếp.</source>
            <translation>Copy the texts written for the period {period} to edit them.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="277" />
            <source>Chưa chọn đủ kỳ báo cáo (từ ngày, đến ngày).</source>
            <translation>The reporting period is incomplete (from date, to date).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="448" />
            <source>Chưa chọn đủ kỳ báo cáo.</source>
            <translation>The reporting period is incomplete.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="349" />
            <source>Chưa có kỳ nào trước đây có nội dung.</source>
            <translation>No earlier period has texts yet.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="259" />
            <source>Chưa lưu (sẽ lưu khi xuất báo cáo).</source>
            <translation>Not saved yet (saved when the report is exported).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="401" />
            <source>Chưa thiết lập đơn vị hoặc chưa chọn kỳ báo cáo.</source>
            <translation>The unit is not set up, or no period is chosen.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="188" />
            <source>Chờ gửi</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="134" />
            <source>Chủ đề</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="266" />
            <source>Gửi cho: {to}</source>
            <translation>Send to: {to}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="544" />
            <source>Không còn tệp</source>
            <translation>File missing</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="544" />
            <source>Không tìm thấy {path}; tệp có thể đã được chuyển đi hoặc xóa.</source>
            <translation>{path} not found; the file may have been moved or deleted.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="305" />
            <source>Không tính được số liệu tổng hợp ({error}).</source>
            <translation>Could not compute the summary figures ({error}).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="517" />
            <source>Không xuất được báo cáo</source>
            <translation>Could not export the report</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="507" />
            <source>Không xuất được báo cáo do lỗi không mong đợi ({error}). Tệp cũ (nếu có) vẫn giữ nguyên; hãy thử lại hoặc báo cho người hỗ trợ.</source>
            <translation>Could not export the report because of an unexpected error ({error}). The old file (if any) is unchanged; try again or tell your support person.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="203" />
            <source>Kỳ báo cáo</source>
            <translation>Reporting period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="119" />
            <source>Kỳ báo cáo:</source>
            <translation>Reporting period:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="217" />
            <source>Lưu nội dung</source>
            <translation>Save texts</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="216" />
            <source>Lấy nội dung kỳ trước</source>
            <translation>Start from the last period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="207" />
            <source>Mã băm</source>
            <translation>Hash</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="163" />
            <source>Mở thư mục</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="165" />
            <source>Mở tệp</source>
            <translation>Open file</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="202" />
            <source>Ngày ban hành</source>
            <translation>Date of issue</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="126" />
            <source>Ngày ban hành:</source>
            <translation>Date of issue:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="175" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="189" />
            <source>Nhiệm vụ trọng tâm kỳ tới…</source>
            <translation>Main tasks for the next period…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="65" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="209" />
            <source>Nơi nhận trả lời</source>
            <translation>Reply from the recipient</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="147" />
            <source>Nội dung báo cáo và xem trước</source>
            <translation>Report texts and preview</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="145" />
            <source>Phát thanh theo ngôn ngữ, nguồn (phút)</source>
            <translation>Radio by language and source (minutes)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="204" />
            <source>Phạm vi</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="120" />
            <source>Phạm vi:</source>
            <translation>Scope:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="64" />
            <source>Quý</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="261" />
            <source>SHA-256 của tệp: {file}
Mã băm dữ liệu: {data}</source>
            <translation>SHA-256 of the file: {file}
Data hash: {data}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="201" />
            <source>Số</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="205" />
            <source>Số bản ghi</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="131" />
            <source>Số:</source>
            <translation>No.:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="439" />
            <source>Sổ tính Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="180" />
            <source>Sổ đăng ký báo cáo đã xuất</source>
            <translation>Register of exported reports</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="143" />
            <source>Theo chủ đề</source>
            <translation>By topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="144" />
            <source>Theo đơn vị</source>
            <translation>By unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="64" />
            <source>Tháng</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="269" />
            <source>Thư trả lời của {sender} lúc {at}</source>
            <translation>Reply from {sender} at {at}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="208" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="65" />
            <source>Tùy chọn</source>
            <translation>Options</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="240" />
            <location filename="../../ocop_desktop/ui/report/page.py" line="220" />
            <source>Tất cả chủ đề</source>
            <translation>All topics</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="206" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="81" />
            <location filename="../../ocop_desktop/ui/report/models.py" line="153" />
            <source>Tổng cộng</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="181" />
            <source>Tổng cộng (phút)</source>
            <translation>Total (minutes)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="106" />
            <source>Xuất Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="438" />
            <source>Xuất báo cáo ra Excel</source>
            <translation>Export the report to Excel</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="274" />
            <source>bảng số liệu</source>
            <translation>table of figures</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="73" />
            <source>năm </source>
            <translation>year </translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="128" />
            <source>quý {roman}</source>
            <translation>quarter {roman}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="125" />
            <source>tháng {month}</source>
            <translation>month {month}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="74" />
            <source>từ ngày</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="94" />
            <source>{name} (mã {code}): {count} hoạt động</source>
            <translation>{name} (code {code}): {count} activities</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="258" />
            <source>{path} (không còn tệp ở vị trí này)</source>
            <translation>{path} (the file is no longer there)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="292" />
            <source>{range} · {count} hoạt động được ghi trong kỳ</source>
            <translation>{range} · {count} activities logged in the period</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="466" />
            <source>Đang ghi các bản ghi…</source>
            <translation>Writing the records…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="466" />
            <source>Đang nén tệp…</source>
            <translation>Compressing the file…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="309" />
            <source>Đang tính số liệu {range}…</source>
            <translation>Computing the figures {range}…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="482" />
            <source>Đang xuất báo cáo…</source>
            <translation>Exporting the report…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="190" />
            <source>Đã bàn giao</source>
            <translation>Handed over</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="189" />
            <source>Đã gửi</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="513" />
            <source>Đã hủy xuất báo cáo; không có tệp nào được ghi.</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="380" />
            <source>Đã lưu nội dung báo cáo {period}.</source>
            <translation>Saved the report texts of {period}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="259" />
            <source>Đã lưu.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/models.py" line="187" />
            <source>Đã xuất</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="493" />
            <source>Đã xuất báo cáo số &lt;b&gt;{number}&lt;/b&gt; ({count} bản ghi) vào &lt;a href="{file}"&gt;{path}&lt;/a&gt; — &lt;a href="{folder}"&gt;Mở thư mục&lt;/a&gt;</source>
            <translation>Report no. &lt;b&gt;{number}&lt;/b&gt; ({count} records) exported to &lt;a href="{file}"&gt;{path}&lt;/a&gt; — &lt;a href="{folder}"&gt;Open folder&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="498" />
            <source>Đã xuất báo cáo số {number}.</source>
            <translation>Report no. {number} exported.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/page.py" line="135" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="190" />
            <source>Đề xuất, kiến nghị với cấp trên…</source>
            <translation>Proposals to the higher level…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="75" />
            <source>đến ngày</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/report/widgets.py" line="186" />
            <source>Ưu điểm: …
Hạn chế, khó khăn: …
(mỗi dòng là một đoạn; để trống thì báo cáo bỏ phần này)</source>
            <translation>Strengths: …
Weaknesses, difficulties: …
(each line is a paragraph; left empty, the part is left out of the report)</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="111" />
            <source>&amp;Khôi phục…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="92" />
            <source>&lt;b&gt;Các bản sao lưu của tệp dữ liệu này&lt;/b&gt; (mới nhất ở trên):</source>
            <translation>&lt;b&gt;Backups of this data file&lt;/b&gt; (newest first):</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="100" />
            <source>Chưa có bản sao lưu tự động nào. Bấm “Chọn tệp khác…” để chọn một tệp sao lưu, ví dụ trên USB.</source>
            <translation>There are no automatic backups yet. Click “Choose another file…” to pick a backup file, for example on a USB drive.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="106" />
            <source>Chọn &amp;tệp khác…</source>
            <translation>Choose another &amp;file…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="155" />
            <source>Chọn tệp sao lưu</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="86" />
            <source>Dữ liệu đang dùng sẽ được thay bằng dữ liệu của bản sao lưu được chọn. Trước khi khôi phục, phần mềm tự giữ một bản sao của dữ liệu hiện tại (loại “dữ liệu trước lần khôi phục”), nên vẫn quay lại được nếu chọn nhầm.</source>
            <translation>The data in use will be replaced by the data of the chosen backup. Before restoring, the program keeps a copy of the current data (kind “data before a restore”), so you can go back if you chose the wrong one.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="114" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="175" />
            <source>Khôi phục dữ liệu?</source>
            <translation>Restore the data?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="84" />
            <source>Khôi phục từ bản sao lưu</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="176" />
            <source>Thay toàn bộ dữ liệu đang dùng bằng bản sao lưu:
{what}

Những gì ghi sau thời điểm sao lưu sẽ không còn trong dữ liệu đang dùng (vẫn nằm trong bản sao “dữ liệu trước lần khôi phục”).</source>
            <translation>Replace all the data in use with the backup:
{what}

Whatever was recorded after the backup was taken will no longer be in the data in use (it stays in the copy “data before a restore”).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/backup_actions.py" line="144" />
            <source>Tệp {name} — {folder}</source>
            <translation>File {name} — {folder}</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="147" />
            <source>Báo cáo “{file}” của {sender} sẽ không được nhập. Lý do dưới đây được gửi tới {to} qua hộp thư đi để đơn vị sửa và gửi lại.</source>
            <translation>The report “{file}” from {sender} will not be imported. The reason below is sent to {to} through the outbox so the unit can correct it and send it again.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="164" />
            <source>Trả lại</source>
            <translation>Return</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="144" />
            <source>Trả lại báo cáo</source>
            <translation>Return the report</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/inbox_page.py" line="156" />
            <source>Ví dụ: Thiếu số liệu buổi phát ngày 21/6.</source>
            <translation>For example: the broadcast of 21/6 is missing.</translation>
        </message>
    </context>
    <context>
        <name>RoleChooser</name>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/editor.py" line="51" />
            <source>Cơ quan &amp;tổng hợp (phòng Văn hóa – Thông tin, Sở)</source>
            <translation>&amp;Consolidating office (culture and information office, provincial department)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/editor.py" line="65" />
            <source>Cơ quan này cũng quản lý &amp;đài truyền thanh (có trang Lịch phát sóng)</source>
            <translation>This office also runs a radio &amp;station (shows the Broadcast schedule page)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/editor.py" line="48" />
            <source>Ghi nhật ký từng buổi phát, từng hoạt động tuyên truyền; lập và gửi báo cáo lên cấp trên.</source>
            <translation>Log every broadcast and every propaganda activity; make reports and send them to the level above.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/editor.py" line="53" />
            <source>Nhận báo cáo của các xã qua thư điện tử, xem đơn vị nào chưa báo cáo, tổng hợp gửi cấp trên.</source>
            <translation>Receive the communes' reports by email, see which units have not reported, consolidate and send to the level above.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/editor.py" line="67" />
            <source>Ví dụ Phòng Văn hóa – Xã hội của xã trực tiếp vận hành đài truyền thanh.</source>
            <translation>For example a commune’s culture and social office that runs the radio station itself.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/editor.py" line="47" />
            <source>Đài truyền thanh &amp;xã</source>
            <translation>Commune &amp;radio station</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="284" />
            <source> · {count} buổi trước chưa đánh dấu</source>
            <translation> · {count} earlier airings not ticked</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="189" />
            <source>&amp;Bỏ đánh dấu</source>
            <translation>&amp;Untick</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="187" />
            <source>&amp;Không phát…</source>
            <translation>&amp;Not aired…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="123" />
            <source>&amp;Ngừng phát</source>
            <translation>&amp;Stop airing</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="468" />
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="481" />
            <source>Buổi phát này chưa tới ngày.</source>
            <translation>This airing is not due yet.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="471" />
            <source>Buổi phát này đã được ghi vào sổ.</source>
            <translation>This airing has been written to the log.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="188" />
            <source>Buổi phát đang chọn không phát được (Alt+K)</source>
            <translation>The selected airing could not be aired (Alt+K)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="190" />
            <source>Bỏ đánh dấu buổi phát đang chọn (Alt+B)</source>
            <translation>Untick the selected airing (Alt+B)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="19" />
            <source>CN</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="161" />
            <source>Chưa có khung giờ phát nào trong tuần này. Bấm “Thêm khung giờ” (Alt+M) để lập lịch, ví dụ bản tin của xã lúc 17:00 hằng ngày.</source>
            <translation>No airing slots this week. Click “Add slot” (Alt+M) to make a schedule, for example the commune bulletin at 17:00 every day.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="43" />
            <source>Chưa đánh dấu</source>
            <translation>Not ticked</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="143" />
            <source>Chương trình</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="126" />
            <source>Chỉ t&amp;iêu…</source>
            <translation>&amp;Targets…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="127" />
            <source>Chỉ tiêu của các chủ đề (Alt+I)</source>
            <translation>Targets of the topics (Alt+I)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="24" />
            <source>Chủ nhật</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="144" />
            <source>Chủ đề</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="169" />
            <source>Enter: Đã phát (ghi vào sổ) · Alt+K: Không phát · Alt+B: Bỏ đánh dấu</source>
            <translation>Enter: Aired (write to the log) · Alt+K: Not aired · Alt+B: Untick</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="186" />
            <source>Ghi buổi phát đang chọn vào sổ (Enter)</source>
            <translation>Write the selected airing to the log (Enter)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="142" />
            <source>Giờ</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="174" />
            <source>Hôm nay</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="280" />
            <source>Hôm nay, {day} {date}: {count} buổi theo lịch</source>
            <translation>Today, {day} {date}: {count} scheduled airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="30" />
            <source>Hỏng thiết bị</source>
            <translation>Equipment failure</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="118" />
            <source>Khung giờ</source>
            <translation>Slot</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="40" />
            <source>Không phát: {reason}</source>
            <translation>Not aired: {reason}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="32" />
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="33" />
            <source>Lý do khác</source>
            <translation>Other reason</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="29" />
            <source>Mất điện</source>
            <translation>Power cut</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="141" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="124" />
            <source>Ngừng khung giờ đang chọn từ hôm nay; các buổi đã qua được giữ lại (Alt+N)</source>
            <translation>Stop the selected slot from today; past airings are kept (Alt+N)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="145" />
            <source>Phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="121" />
            <source>Sử&amp;a khung giờ…</source>
            <translation>&amp;Edit slot…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="122" />
            <source>Sửa khung giờ đang chọn từ hôm nay (Alt+A)</source>
            <translation>Edit the selected slot from today (Alt+A)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="19" />
            <source>T2</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="19" />
            <source>T3</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="19" />
            <source>T4</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="19" />
            <source>T5</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="19" />
            <source>T6</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="19" />
            <source>T7</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="44" />
            <source>Theo lịch</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="119" />
            <source>Thê&amp;m khung giờ…</source>
            <translation>&amp;Add slot…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="120" />
            <source>Thêm một khung giờ phát (Alt+M)</source>
            <translation>Add an airing slot (Alt+M)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="31" />
            <source>Thời tiết</source>
            <translation>Weather</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="23" />
            <source>Thứ Ba</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="24" />
            <source>Thứ Bảy</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="23" />
            <source>Thứ Hai</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="23" />
            <source>Thứ Năm</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="23" />
            <source>Thứ Sáu</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="23" />
            <source>Thứ Tư</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="146" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="104" />
            <source>Tuần này</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="106" />
            <source>Tuần sau ▶</source>
            <translation>Next week ▶</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="265" />
            <source>Tuần từ {start} đến {end}</source>
            <translation>Week from {start} to {end}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="105" />
            <source>Về tuần hiện tại (Home trong bảng lịch)</source>
            <translation>Back to this week (Home in the schedule table)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="107" />
            <source>Xem tuần sau (PageDown trong bảng lịch)</source>
            <translation>See next week (PageDown in the schedule table)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="103" />
            <source>Xem tuần trước (PageUp trong bảng lịch)</source>
            <translation>See last week (PageUp in the schedule table)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="67" />
            <source>hằng ngày</source>
            <translation>daily</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="72" />
            <source>lượt phát</source>
            <translation>airings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="77" />
            <source>mỗi tháng</source>
            <translation>a month</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="77" />
            <source>mỗi tuần</source>
            <translation>a week</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="65" />
            <source>một lần, ngày {date}</source>
            <translation>once, on {date}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="72" />
            <source>phút</source>
            <translation>minutes</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="73" />
            <source>tin, bài</source>
            <translation>news items, articles</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="192" />
            <source>{day} {date}</source>
            <translation>{day} {date}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="104" />
            <source>{day} {date}, {time}: {state}</source>
            <translation>{day} {date}, {time}: {state}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="268" />
            <source>{planned} buổi theo lịch: đã phát {aired}, không phát {missed}, chưa đánh dấu {pending}, chưa tới giờ {upcoming}.</source>
            <translation>{planned} scheduled airings: aired {aired}, not aired {missed}, not ticked {pending}, not due yet {upcoming}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="59" />
            <source>{time} · {minutes} phút — {title}</source>
            <translation>{time} · {minutes} min — {title}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/models.py" line="82" />
            <source>{title}
Chủ đề: {topic}
Ngày phát: {days}
Số {id}</source>
            <translation>{title}
Topic: {topic}
Airing days: {days}
No. {id}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="185" />
            <source>Đã &amp;phát…</source>
            <translation>&amp;Aired…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="491" />
            <source>Đã bỏ đánh dấu buổi phát {time} ngày {date}.</source>
            <translation>Unticked the airing at {time} on {date}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="456" />
            <source>Đã ngừng khung giờ “{title}” từ hôm nay; các buổi đã qua được giữ lại.</source>
            <translation>Stopped the slot “{title}” from today; past airings are kept.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/texts.py" line="38" />
            <source>Đã phát</source>
            <translation>Aired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/page.py" line="102" />
            <source>◀ Tuần trước</source>
            <translation>◀ Last week</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="64" />
            <source>&amp;Gửi tới:</source>
            <translation>&amp;Send to:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="218" />
            <source>&amp;Gửi…</source>
            <translation>&amp;Send…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="87" />
            <source>&amp;Lưu bản sao…</source>
            <translation>Save a &amp;copy…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="91" />
            <source>&amp;Mở thư mục</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="75" />
            <source>&amp;Nội dung:</source>
            <translation>&amp;Message:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="71" />
            <source>&amp;Tiêu đề:</source>
            <translation>&amp;Subject:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="88" />
            <source>Chép tệp báo cáo ra thư mục khác hoặc ổ USB</source>
            <translation>Copy the report file to another folder or a USB drive</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="151" />
            <source>Chưa gửi: </source>
            <translation>Not sent: </translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="156" />
            <source>Chọn thư mục hoặc ổ USB để lưu bản sao</source>
            <translation>Choose a folder or USB drive to save the copy to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="97" />
            <source>Ghi nhận báo cáo đã được gửi bằng cách khác</source>
            <translation>Record that the report was handed over another way</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="56" />
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="208" />
            <source>Gửi báo cáo</source>
            <translation>Send report</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="220" />
            <source>Gửi báo cáo đã chọn lên cấp trên qua thư điện tử (tự gửi khi có mạng), hoặc lưu bản sao ra USB</source>
            <translation>Send the selected report to the level above by email (sent automatically when online), or save a copy to a USB drive</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="86" />
            <source>Không gửi được thư?</source>
            <translation>Mail cannot be sent?</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="172" />
            <source>Không tìm thấy thư mục {path}.</source>
            <translation>Folder {path} not found.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="123" />
            <source>Không tìm thấy tệp {path}: tệp đã bị xóa hoặc chuyển chỗ. Hãy xuất lại báo cáo.</source>
            <translation>File {path} not found: it was deleted or moved. Export the report again.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="92" />
            <source>Mở thư mục chứa tệp để đính kèm bằng tay (webmail, Zalo…)</source>
            <translation>Open the folder holding the file, to attach it by hand (webmail, Zalo…)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="175" />
            <source>Sau khi gửi tệp bằng cách khác, bấm “Đã gửi cách khác…” để ghi nhận.</source>
            <translation>After sending the file another way, click “Sent another way…” to record it.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="110" />
            <source>Thư được gửi ngay khi có mạng; nếu mất mạng, thư chờ và tự gửi sau</source>
            <translation>The message is sent as soon as the network is up; if it is down, the message waits and is sent later by itself</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="131" />
            <source>Tệp đã bị sửa sau khi xuất báo cáo; bản gửi đi là tệp như hiện nay.</source>
            <translation>The file was changed after the report was exported; what is sent is the file as it is now.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="79" />
            <source>Tệp đính kèm:</source>
            <translation>Attachment:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="66" />
            <source>không bắt buộc</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="192" />
            <source>Đã ghi nhận: báo cáo đã gửi cho {to}.</source>
            <translation>Recorded: the report was sent to {to}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="182" />
            <source>Đã gửi cho ai, bằng cách nào? (ví dụ: Zalo nhóm Phòng Văn hóa)</source>
            <translation>Sent to whom, and how? (for example: the Culture Office's Zalo group)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="96" />
            <source>Đã gửi cách &amp;khác…</source>
            <translation>Sent another &amp;way…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="181" />
            <source>Đã gửi cách khác</source>
            <translation>Sent another way</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="165" />
            <source>Đã lưu bản sao: {path}. Báo cáo được ghi là đã bàn giao.</source>
            <translation>Copy saved: {path}. The report is recorded as handed over.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="114" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="108" />
            <source>Đưa vào &amp;hộp thư đi</source>
            <translation>Put in the &amp;outbox</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="68" />
            <source>Đồng gửi (&amp;CC):</source>
            <translation>&amp;CC:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/send_dialog.py" line="61" />
            <source>địa chỉ thư; nhiều địa chỉ cách nhau bằng dấu phẩy</source>
            <translation>email address; separate several addresses with commas</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="124" />
            <source>&amp;Bảo mật:</source>
            <translation>&amp;Security:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="128" />
            <source>&amp;Cổng:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="157" />
            <source>&amp;Kiểm tra kết nối</source>
            <translation>&amp;Test the connection</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="141" />
            <source>&amp;Mật khẩu:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="324" />
            <source>(Chi tiết: {detail})</source>
            <translation>(Details: {detail})</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="299" />
            <source>Chưa kiểm tra được: hãy sửa những chỗ được đánh dấu đỏ.</source>
            <translation>Cannot test yet: correct the places marked in red.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="329" />
            <source>Không kiểm tra được: {detail}</source>
            <translation>Could not test: {detail}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="122" />
            <source>Không mã hóa (chỉ dùng trong mạng nội bộ)</source>
            <translation>No encryption (only inside a local network)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="313" />
            <source>Kiểm tra kết nối</source>
            <translation>Test the connection</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="113" />
            <source>Máy chủ</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="147" />
            <source>Mật khẩu được cất trong kho mật khẩu của hệ điều hành, không lưu trong tệp dữ liệu.</source>
            <translation>The password is kept in the operating system's password store, not in the data file.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="136" />
            <source>Tên đăng &amp;nhập:</source>
            <translation>User &amp;name:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="306" />
            <source>Đang kết nối tới {host}…</source>
            <translation>Connecting to {host}…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/server_settings.py" line="139" />
            <source>để trống nếu không đổi mật khẩu đã lưu</source>
            <translation>leave empty to keep the saved password</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="310" />
            <source>&amp;Lưu</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="366" />
            <source>Chưa lưu: </source>
            <translation>Not saved: </translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="349" />
            <source>Chưa lưu: hãy sửa những chỗ được đánh dấu đỏ.</source>
            <translation>Not saved: correct the places marked in red.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="280" />
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="310" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="385" />
            <source>Ngôn ngữ giao diện</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/settings_dialog.py" line="385" />
            <source>Ngôn ngữ mới sẽ được dùng từ lần mở phần mềm sau.</source>
            <translation>The new language is used from the next time the program starts.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="446" />
            <source>&amp;Hoàn tất</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="445" />
            <source>&amp;Tiếp theo &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="444" />
            <source>&lt; &amp;Quay lại</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="539" />
            <source>Dữ liệu mẫu</source>
            <translation>Sample data</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="447" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="560" />
            <source>Không tạo được dữ liệu mẫu: {reason}. Thông tin đơn vị đã được lưu; bấm “Hoàn tất” để tiếp tục không có dữ liệu mẫu.</source>
            <translation>Could not make the sample data: {reason}. The unit's details are saved; click “Finish” to go on without sample data.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="440" />
            <source>Thiết lập OCOP Desktop</source>
            <translation>OCOP Desktop setup</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="532" />
            <source>Đang tạo dữ liệu mẫu: {done} / {total} bản ghi…</source>
            <translation>Making sample data: {done} / {total} records…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="567" />
            <source>Đã hủy tạo dữ liệu mẫu, không bản ghi mẫu nào được thêm. Thông tin đơn vị đã được lưu; bấm “Hoàn tất” để tiếp tục.</source>
            <translation>Making the sample data was cancelled; no sample record was added. The unit's details are saved; click “Finish” to go on.</translation>
        </message>
    </context>
    <context>
        <name>SlotDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="154" />
            <source>Chương trình *</source>
            <translation>Programme *</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="155" />
            <source>Chủ đề *</source>
            <translation>Topic *</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="171" />
            <source>Giờ bắt đầu *</source>
            <translation>Start time *</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="156" />
            <source>Hình thức *</source>
            <translation>Form *</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="118" />
            <source>Hằng tuần vào:</source>
            <translation>Weekly on:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="192" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="192" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="162" />
            <source>Lịch phát *</source>
            <translation>Airing days *</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="119" />
            <source>Một lần vào ngày:</source>
            <translation>Once, on:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="173" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="172" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="106" />
            <source>Sửa khung giờ phát</source>
            <translation>Edit airing slot</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="187" />
            <source>Thay đổi có hiệu lực từ hôm nay (từ ngày mai nếu buổi phát hôm nay đã được đánh dấu); các buổi đã qua giữ nguyên như đã lập lịch.</source>
            <translation>Changes take effect from today (from tomorrow if today's airing is already ticked); past airings stay as they were scheduled.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="107" />
            <source>Thêm khung giờ phát</source>
            <translation>Add airing slot</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="168" />
            <source>Thời lượng (phút) *</source>
            <translation>Duration (minutes) *</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="150" />
            <source>không thời hạn</source>
            <translation>no end date</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="109" />
            <source>ví dụ: Bản tin thời sự của xã</source>
            <translation>for example: Commune news bulletin</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="181" />
            <source>Áp dụng từ ngày</source>
            <translation>Applies from</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="178" />
            <source>đến ngày</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="146" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="463" />
            <source>&amp;Bỏ chỉ tiêu đang chọn</source>
            <translation>&amp;Remove the selected target</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="477" />
            <source>&amp;Lưu chỉ tiêu</source>
            <translation>&amp;Save targets</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="452" />
            <source>Chỉ tiêu</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="447" />
            <source>Chỉ tiêu của chủ đề</source>
            <translation>Topic targets</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="452" />
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="481" />
            <source>Chủ đề</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="479" />
            <source>Thêm hoặc sửa chỉ tiêu</source>
            <translation>Add or edit targets</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="453" />
            <source>Tính theo</source>
            <translation>Per</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="448" />
            <source>Văn bản chỉ đạo có thể giao chỉ tiêu, ví dụ “phát ít nhất 3 lượt mỗi tuần”. Trang Tổng quan cho thấy tiến độ.</source>
            <translation>A directive may set targets, for example “at least 3 airings a week”. The Overview page shows the progress.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="483" />
            <source>Ít nhất</source>
            <translation>At least</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="508" />
            <source>ít nhất {amount} {measure}</source>
            <translation>at least {amount} {measure}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/schedule/dialogs.py" line="489" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../../ocop_desktop/ui/tasks.py" line="275" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>TimeEdit</name>
        <message>
            <location filename="../../ocop_desktop/ui/widgets.py" line="311" />
            <source>Giờ phát, ví dụ 6:30 hoặc 0630; để trống nếu không ghi giờ.</source>
            <translation>Time of the broadcast, e.g. 6:30 or 0630; leave empty if there is no time.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/widgets.py" line="309" />
            <source>giờ:phút</source>
            <translation>hh:mm</translation>
        </message>
    </context>
    <context>
        <name>TopicDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="161" />
            <source>(không gắn văn bản)</source>
            <translation>(no directive)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="170" />
            <source>Mã chủ đề:</source>
            <translation>Topic code:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="151" />
            <source>Sửa chủ đề</source>
            <translation>Edit topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="172" />
            <source>Theo văn bản:</source>
            <translation>Per directive:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="151" />
            <source>Thêm chủ đề</source>
            <translation>Add topic</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="173" />
            <source>Tuyên truyền từ ngày:</source>
            <translation>Propaganda from:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="171" />
            <source>Tên chủ đề:</source>
            <translation>Topic name:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="153" />
            <source>ngắn, không dấu, ví dụ: OCOP (để trống: tự tạo từ tên)</source>
            <translation>short, no diacritics, e.g. OCOP (empty: made from the name)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="157" />
            <source>ví dụ: Chương trình mỗi xã một sản phẩm (OCOP) giai đoạn 2021–2025</source>
            <translation>for example: One Commune One Product (OCOP) programme 2021–2025</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="174" />
            <source>Đến ngày:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="168" />
            <location filename="../../ocop_desktop/ui/catalogue/dialogs.py" line="169" />
            <source>để trống: không giới hạn</source>
            <translation>empty: no limit</translation>
        </message>
    </context>
    <context>
        <name>TopicsPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="276" />
            <source>Bỏ dấu chọn (phím cách) để không dùng chủ đề này</source>
            <translation>Untick (space bar) to leave this topic out</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="222" />
            <source>Chủ đề tuyên truyền</source>
            <translation>Propaganda topics</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="301" />
            <source>Dòng {row}</source>
            <translation>Row {row}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="229" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="223" />
            <source>Mỗi bản ghi trong sổ thuộc một chủ đề. Đây là các chủ đề thường gặp, có hiệu lực trong năm nay; bỏ dấu chọn chủ đề không dùng, sửa tên hoặc ngày nếu cần.</source>
            <translation>Every record in the log belongs to a topic. These are common topics, valid this year; untick those you do not use, change names or dates if needed.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="244" />
            <source>Sau này: Danh mục → Thêm chủ đề, hoặc gõ tên chủ đề mới ngay ở ô Chủ đề khi ghi sổ.</source>
            <translation>Later: Catalogues → Add topic, or type a new topic name in the Topic field when logging.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="241" />
            <source>Thêm &amp;dòng</source>
            <translation>Add &amp;row</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="229" />
            <source>Tên chủ đề</source>
            <translation>Topic name</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="229" />
            <source>Từ ngày</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="314" />
            <source>từ ngày</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="303" />
            <source>{where}: chưa có tên chủ đề.</source>
            <translation>{where}: the topic has no name.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="307" />
            <source>{where}: mã “{code}” chỉ được có chữ không dấu, số, dấu - _ .</source>
            <translation>{where}: the code “{code}” may contain only letters without diacritics, digits, - _ .</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="310" />
            <source>{where}: mã “{code}” trùng với dòng trên.</source>
            <translation>{where}: the code “{code}” repeats a row above.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="323" />
            <source>{where}: ngày kết thúc trước ngày bắt đầu.</source>
            <translation>{where}: the end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="318" />
            <source>{where}: {label} “{text}” không phải ngày (dạng dd/mm/yyyy).</source>
            <translation>{where}: {label} “{text}” is not a date (dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="229" />
            <source>Đến ngày</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="314" />
            <source>đến ngày</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>TrustKeyDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="98" />
            <source>Chấp nhận khóa</source>
            <translation>Accept key</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="72" />
            <source>Chấp nhận khóa của đơn vị</source>
            <translation>Accept a unit's key</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="74" />
            <source>Gọi điện cho đơn vị gửi báo cáo, nhờ họ mở Cài đặt → Khóa ký báo cáo và đọc mã khóa (20 chữ số). Khóa này thay khóa đã ghi nhận trước đó của đơn vị.</source>
            <translation>Call the sending unit and ask them to open Settings → Report signing keys and read the fingerprint (20 digits). This key replaces the key recorded for the unit before.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="99" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="89" />
            <source>Mã khóa:</source>
            <translation>Fingerprint:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/keys_page.py" line="88" />
            <source>Mã đơn vị:</source>
            <translation>Unit code:</translation>
        </message>
    </context>
    <context>
        <name>UnitChooser</name>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="180" />
            <source>&amp;Chọn trong danh mục đơn vị hành chính</source>
            <translation>&amp;Choose from the list of administrative units</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="181" />
            <source>&amp;Nhập tay (đơn vị chưa có trong danh mục)</source>
            <translation>&amp;Type it in (a unit not in the catalogue)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="197" />
            <source>Cả đơn vị đã hết hiệu lực</source>
            <translation>The whole unit has expired</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="237" />
            <source>Cấp:</source>
            <translation>Level:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="291" />
            <source>Danh mục đơn vị đang trống: hãy nhập danh mục từ tệp, hoặc nhập tay đơn vị của bạn.</source>
            <translation>The unit catalogue is empty: import it from a file, or type in your unit.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="194" />
            <source>Gõ tên hoặc mã để tìm, không cần dấu: hoang dong, 05986…</source>
            <translation>Type a name or code to search, no diacritics needed: hoang dong, 05986…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="192" />
            <source>Gõ tên hoặc mã, không cần dấu</source>
            <translation>Name or code, no diacritics needed</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="198" />
            <source>Hiện cả các đơn vị đã giải thể hoặc sáp nhập (ví dụ các huyện, xã trước ngày 01/07/2025).</source>
            <translation>Also show units that were dissolved or merged (for example the districts and communes before 01/07/2025).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="150" />
            <source>Huyện, quận, thị xã, thành phố thuộc tỉnh</source>
            <translation>District, urban district, town, provincial city</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="395" />
            <source>Hãy chọn đơn vị của bạn trong danh sách.</source>
            <translation>Choose your unit in the list.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="417" />
            <source>Mã cấp trên “{code}” không hợp lệ: mã huyện 3 chữ số, mã tỉnh 2 chữ số; đơn vị cấp tỉnh không có cấp trên.</source>
            <translation>Parent code “{code}” is not valid: a district code has 3 digits, a province code 2; a province has no parent.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="408" />
            <source>Mã {code} đã có trong danh mục ({name}): hãy chọn trong danh mục.</source>
            <translation>Code {code} is already in the catalogue ({name}): choose it from the catalogue.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="238" />
            <source>Mã đơn vị cấp trên:</source>
            <translation>Parent unit code:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="235" />
            <source>Mã đơn vị:</source>
            <translation>Unit code:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="404" />
            <source>Mã “{code}” không hợp lệ: {rule}.</source>
            <translation>Code “{code}” is not valid: {rule}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="236" />
            <source>Tên đơn vị:</source>
            <translation>Unit name:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="297" />
            <source>Tìm thấy {shown} trong {total} đơn vị.</source>
            <translation>Found {shown} of {total} units.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="151" />
            <source>Tỉnh, thành phố trực thuộc trung ương</source>
            <translation>Province, centrally governed city</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="149" />
            <source>Xã, phường, thị trấn</source>
            <translation>Commune, ward, township</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="221" />
            <source>mã của Tổng cục Thống kê, ví dụ 05986</source>
            <translation>the General Statistics Office's code, for example 05986</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="159" />
            <source>mã huyện, quận, thị xã gồm 3 chữ số</source>
            <translation>district code of 3 digits</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="160" />
            <source>mã tỉnh, thành phố gồm 2 chữ số</source>
            <translation>province code of 2 digits</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="158" />
            <source>mã xã, phường, thị trấn gồm 5 chữ số</source>
            <translation>commune code of 5 digits</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="229" />
            <source>ví dụ 178; có thể để trống</source>
            <translation>e.g. 178; may be empty</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="224" />
            <source>ví dụ: Xã Hoàng Đồng</source>
            <translation>for example: Xã Hoàng Đồng</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/installation_form/unit_chooser.py" line="295" />
            <source>{n} đơn vị trong danh mục.</source>
            <translation>Units in the catalogue: {n}.</translation>
        </message>
    </context>
    <context>
        <name>UnitImportDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="162" />
            <source>&amp;Nhập</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="149" />
            <source>Nhập danh mục đơn vị hành chính</source>
            <translation>Import administrative units</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="151" />
            <source>Tệp: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;&lt;span&gt;{folder}&lt;/span&gt;</source>
            <translation>File: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;&lt;span&gt;{folder}&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="186" />
            <source>Xong</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="165" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>UnitPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="156" />
            <source>Chọn đơn vị mà máy này ghi sổ và báo cáo, và vai trò của đơn vị.</source>
            <translation>Choose the unit this computer logs and reports for, and the unit's role.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="162" />
            <source>Vai trò</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="155" />
            <source>Đơn vị của bạn</source>
            <translation>Your unit</translation>
        </message>
    </context>
    <context>
        <name>UnitsPage</name>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="62" />
            <source>&amp;Nhập danh mục…</source>
            <translation>&amp;Import catalogue…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="66" />
            <source>&amp;Xuất danh mục…</source>
            <translation>&amp;Export catalogue…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="90" />
            <source>Chưa có đơn vị nào có hiệu lực vào ngày này. Bấm “Nhập danh mục…” để nhập tệp danh mục đơn vị hành chính của Tổng cục Thống kê (Excel hoặc CSV).</source>
            <translation>No unit is valid on this date. Click “Import catalogue…” to import the list of administrative units of the General Statistics Office (Excel or CSV).</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="49" />
            <source>Danh mục có hiệu lực ngày:</source>
            <translation>Catalogue valid on:</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="56" />
            <source>Hôm nay</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="182" />
            <source>Không ghi được tệp {file}: {reason}</source>
            <translation>Could not write the file {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="170" />
            <source>Lưu danh mục đơn vị</source>
            <translation>Save the unit catalogue</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="67" />
            <source>Lưu toàn bộ danh mục (mọi thời kỳ) ra tệp CSV, để chép sang máy khác.</source>
            <translation>Save the whole catalogue (all periods) to a CSV file, to copy it to another computer.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="144" />
            <source>Ngày {day}: {counts}.</source>
            <translation>{day}: {counts}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="63" />
            <source>Nhập danh mục đơn vị hành chính của Tổng cục Thống kê (Excel hoặc CSV) hoặc tệp CSV danh mục riêng của phần mềm.</source>
            <translation>Import the General Statistics Office's list of administrative units (Excel or CSV) or the program's own CSV catalogue file.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="59" />
            <source>Tìm tên hoặc mã, không cần dấu…</source>
            <translation>Search a name or code, no diacritics needed…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="171" />
            <source>Tệp CSV (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="145" />
            <source>không có đơn vị nào</source>
            <translation>no units</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="140" />
            <source>{n} huyện</source>
            <translation>districts: {n}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="138" />
            <source>{n} tỉnh</source>
            <translation>provinces: {n}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="142" />
            <source>{n} xã, phường, thị trấn</source>
            <translation>communes, wards, townships: {n}</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="185" />
            <source>Đã lưu {n} đơn vị vào tệp {file}.</source>
            <translation>Saved {n} units to the file {file}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/units_page.py" line="52" />
            <source>Đơn vị hành chính thay đổi theo thời gian: chọn ngày để xem danh mục lúc đó (ví dụ 01/06/2021 có cấp huyện, 01/07/2025 không còn cấp huyện).</source>
            <translation>Administrative units change over time: choose a date to see the catalogue on that day (for example 01/06/2021 has districts, 01/07/2025 has none).</translation>
        </message>
    </context>
    <context>
        <name>ValidFromField</name>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="114" />
            <source>Chọn khi tệp là danh mục mới thay cho danh mục cũ (ví dụ danh mục sau sắp xếp đơn vị hành chính từ 01/07/2025): đơn vị đổi tên hoặc giải thể sẽ hết hiệu lực từ ngày hôm trước; số liệu cũ vẫn gắn với đơn vị cũ.</source>
            <translation>Tick this when the file is a new catalogue replacing the old one (for example the catalogue after the administrative reorganisation of 01/07/2025): units renamed or dissolved end on the day before; old figures stay attached to the old units.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/catalogue/unit_import.py" line="105" />
            <source>Danh mục mới, có &amp;hiệu lực từ ngày:</source>
            <translation>New catalogue, &amp;valid from:</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="113" />
            <source>&amp;Nhập danh mục từ tệp…</source>
            <translation>&amp;Import the catalogue from a file…</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="89" />
            <source>Chào mừng đến với OCOP Desktop</source>
            <translation>Welcome to OCOP Desktop</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="129" />
            <source>Danh mục hiện có {n} đơn vị.</source>
            <translation>Units in the catalogue: {n}.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="131" />
            <source>Danh mục hiện đang trống.</source>
            <translation>The catalogue is empty.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="102" />
            <source>Danh mục đơn vị hành chính (không bắt buộc)</source>
            <translation>Administrative units (optional)</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="104" />
            <source>Nếu có tệp danh mục đơn vị hành chính của Tổng cục Thống kê (Excel hoặc CSV, tải tại danhmuchanhchinh.gso.gov.vn), hãy nhập vào đây để chọn đơn vị của bạn trong danh sách. Không có tệp thì có thể nhập tay đơn vị ở bước sau.</source>
            <translation>If you have the General Statistics Office's list of administrative units (Excel or CSV, from danhmuchanhchinh.gso.gov.vn), import it here to choose your unit from the list. Without the file you can type in your unit in the next step.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="93" />
            <source>Phần mềm giúp ghi lại từng buổi phát thanh, từng hoạt động tuyên truyền, lập báo cáo theo mẫu văn bản hành chính và gửi báo cáo lên cấp trên qua thư điện tử. Mọi số liệu được lưu ngay trên máy này, không cần mạng.&lt;br&gt;&lt;br&gt;Vài bước sau đây cho phần mềm biết đơn vị của bạn và người ký báo cáo. Mọi thông tin đều sửa lại được trong &lt;b&gt;Công cụ → Cài đặt&lt;/b&gt;.</source>
            <translation>This program records every radio broadcast and every propaganda activity, makes reports in the official document format and sends them to the level above by email. Every figure is saved on this computer at once; no network is needed.&lt;br&gt;&lt;br&gt;The next few steps tell the program your unit and who signs the reports. Everything can be changed later in &lt;b&gt;Tools → Settings&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../ocop_desktop/ui/setup_wizard.py" line="90" />
            <source>Sổ ghi và báo cáo kết quả tuyên truyền của đài truyền thanh cấp xã.</source>
            <translation>Log and reports of the propaganda work of commune radio stations.</translation>
        </message>
    </context>
    <context>
        <name>_TaskDialog</name>
        <message>
            <location filename="../../ocop_desktop/ui/tasks.py" line="168" />
            <source>Đang hủy…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
</TS>
