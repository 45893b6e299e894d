"""The backup feature's words and error messages in the user's language."""
