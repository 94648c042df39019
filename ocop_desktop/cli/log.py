"""Commands for the log, catalogue, directives, topics, demo data and backups."""
