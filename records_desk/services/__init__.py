"""Use cases: check permission -> open unit of work -> call domain -> audit -> commit."""
