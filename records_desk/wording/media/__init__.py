"""The removable-media inventory's words and error messages in the user's language."""
