"""The removable-media inventory's use cases (R-MED-1…8)."""
