"""OCOP Desktop: propaganda log and reports for commune radio stations."""

__version__ = "0.1.0"
