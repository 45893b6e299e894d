"""The loan register's rules (R-LOAN-1…9, R-ACC-5): the vocabulary of loans, loan numbers,
lending, approval, returns and fines, copies, re-shelving, overdue, and the deputy archivist.
Pure: no database, no Qt, no clock of its own (every moment is given)."""
