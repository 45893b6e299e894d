"""Reusable widgets and the dialog base class."""
