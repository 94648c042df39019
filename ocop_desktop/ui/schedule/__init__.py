"""The "Lịch phát sóng" page: ``page`` (the page), ``models`` (its two tables), ``dialogs``
(slot, aired, not aired, targets) and ``texts`` (the words and colours they share).

Nothing is imported here, so that the dashboard can use ``texts`` without loading the page.
"""
