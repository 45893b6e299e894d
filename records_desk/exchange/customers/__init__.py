"""Excel import and export of customer files: cells, columns, rows, the list reader and the
writers."""
