"""The Reports page ("Báo cáo"), in three modules: ``models`` (the summary tables, the
register and the two-level header), ``widgets`` (the period chooser, also used by the
completeness page, and the editor of the parts in words) and ``page`` (``ReportPage``).

Nothing is imported here, so that a module of the package loads only what it needs (the
window builds the page when it is first shown: ``ocop_desktop.ui.report.page:ReportPage``).
"""
