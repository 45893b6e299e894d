"""The pure rules of the removable-media inventory (R-MED-1…8, seed 第三篇 1, 3, 10).

- vocabulary.py: MediumType (+ PREFIXES), Classification, MediumState, Action, Preparation,
  VirusResult, DisposalMethod;
- numbers.py: `format_medium_number`, `parse_medium_number`, `normalise_medium_number` (what
  a scanner may type), `parse_medium_type`;
- evidence.py: one dataclass per step (SecurityLabel, Encryption, VirusCheck, Issue, Return,
  RepairSend, RepairBack, Disposal, Loss, Classify), readers of the command line's compact
  forms, `evidence_record` / `evidence_from_record` (an event's evidence as flat JSON);
- checks.py: `StepContext` (day, actor, repair units) and `check_evidence`;
- lifecycle.py: `MediumFacts`, `allowed(facts, action) -> Refusal | None` (no raising: a
  disabled action's tooltip), `refusals(facts)`, `step` / `record` (raise MediumActionRefused
  or MediumEvidenceInvalid), `replay` (facts from an event log);
- stocktake.py: `Stocktake` (incremental scans), `count_stocktake`, `is_due`, `current_since`,
  `due_for_stocktake`;
- backups.py: `check_backup_disc` (R-MED-5);
- errors.py: the typed errors, worded by records_desk/wording/media/errors.py.
"""
