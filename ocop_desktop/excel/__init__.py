"""Excel and CSV files: reports written with openpyxl, imports read back (no Qt here)."""
