"""Reception rotation (R-REC-1…13, seed 第四篇): who receives each visitor of the day, and why.

A day is a list of events (events.py); the state — the order, the pointer, who is busy with
what kind of customer, who is away and why, the turns owed in the order they were earned, the
cancelled turns — is what replaying them gives (rotation.py `Rotation`), so the same events
always give the same assignments (vocabulary.py `Assignment`). Registrations and the
relations between them decide who is a returning customer and whose (registrations.py).
day_file.py reads a day written as JSON-like data (the `reception replay` input);
fairness.py sums a day's (or a month's) assignments per consultant; commission.py proposes
the split of a disputed deal's commission (R-REC-7, 8, 9, 10).

Pure: no database, no Qt, no clock, no files.

The public API (kept stable for the services and the live day):
- `Rotation(day, registry)`: `.apply(event) -> list[Assignment]`, `.next_up() -> NextUp`,
  `.preview(visitor, designated) -> NextUp`, `.statuses() -> list[ConsultantStatus]`,
  `.order`, `.pointer`, `.owed`, `.events_applied`, `.enquiries`, `.refused_switches`;
- `replay(day, events, registry) -> Replay` (`.assignments`, `.rotation`);
- `Registry(registrations, relations)`: `.match(visitor, day) -> Match | None`;
- `valid_through(last_follow_up)`; errors.py `EventRefused`, `DayFileInvalid`;
- `day_fairness(events, assignments)`, `combined(reports)`; `propose(deal, visits, registry,
  facts) -> Proposal`.
"""
