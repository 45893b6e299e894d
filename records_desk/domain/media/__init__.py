"""The pure rules of the removable-media inventory (R-MED-1…8, seed 第三篇 1, 3, 10): numbers,
the life cycle with its evidence, stocktakes and optical-disc backups."""
