"""The loan register's use cases (R-LOAN-1…9, R-ACC-5): lending, approval, returns and fines,
re-shelving, copies, the register's lists, the deputy archivist and the closing time. Grouped
under `services.loans` (container.py), built on first use."""
