"""Pure domain: records, catalogues, validation and aggregation. No Qt, SQL or Excel here."""
