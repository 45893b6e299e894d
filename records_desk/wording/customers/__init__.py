"""The customer files' words: their terms (terms.py), the describers of their errors
(errors.py, registered when records_desk/features.py's `wording` imports it) and the import's
error report (import_report.py)."""
