"""The customer files tab and its widgets."""
