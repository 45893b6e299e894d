"""The window's pieces every feature shares: the feature registry's window part, the change
bus, background jobs with progress and cancel, the row model and table helpers."""
