"""Excel exchange of the removable-media inventory (issue 13 §7): its export and the import of
an office's existing media list."""
