"""The reception rotation tab and its widgets."""
