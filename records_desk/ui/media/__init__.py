"""The removable media tab and its widgets."""
