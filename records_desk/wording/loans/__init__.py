"""The loan register's words: its terms (terms.py) and the describers of its errors
(errors.py, registered when records_desk/features.py's `wording` imports it)."""
