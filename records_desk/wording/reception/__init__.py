"""Reception rotation's words: the describers of its errors (errors.py, registered when
records_desk/features.py's `wording` imports it) and its terms (terms.py)."""
