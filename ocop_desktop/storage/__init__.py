"""Storage: the only code that talks SQL (sqlite-utils).

One style: a class per area wraps one open ``Database`` and turns rows into domain objects
and back — ``Repository`` (settings, units, catalogue, directives and topics, records, audit;
also the handle every caller holds) and ``ImportStore``, ``InboxStore``, ``KeyStore``,
``ReportStore``, ``DemoStore``, ``AdministrationStore``, ``ScheduleStore``, ``OutboxStore``
beside it, each made on the handle's connection where needed (``KeyStore(repo.db)``; it holds
nothing else, so making one is free). Stores leave transactions to the operations layer,
which wraps writes in ``db.atomic()``.

The other modules are not table access: ``database`` opens and classifies failures,
``migrations`` is the schema, ``backup`` copies and checks whole files, ``rows`` holds what
every store shares (dates in TEXT columns, the validity-window condition).
"""
