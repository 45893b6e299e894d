"""Excel import and export (openpyxl); no Qt. Filled in by the customer-files issue."""
