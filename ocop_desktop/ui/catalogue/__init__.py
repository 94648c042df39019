"""The catalogues: administrative units (a tree on a chosen day), directives and topics.

* ``models``: the unit tree and the directive and topic tables;
* ``unit_import``: importing a unit list (the Units page and the setup wizard share it);
* ``dialogs``: adding and editing a directive or a topic (``EditDialog``: their base);
* ``units_page``, ``directives_page``: the two catalogue pages;
* ``page``: ``CataloguePage``, the "Danh mục" page holding them and the administration
  pages (clusters, reporting relationships, forms and sources).

Every write goes through ``operations`` via ``AppContext.apply``; reads through
``operations.queries``.
"""
