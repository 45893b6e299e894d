"""The loan register tab and its widgets."""
