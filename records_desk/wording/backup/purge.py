"""The describer of a refused purge (domain/backup/purge.py PurgeRefused) in the user's
language; imported by wording/backup/errors.py, the backup feature's `wording`."""

from __future__ import annotations

from records_desk.domain.backup.purge import PurgeProblem, PurgeRefused
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate
from records_desk.wording.terms import local_time


@describer.register
def _purge_refused(e: PurgeRefused) -> str:
    if e.problem is PurgeProblem.TOO_RECENT:
        text = translate(
            "BackupMessages",
            "Records are kept at least %1 years: a purge of data older than %2 years is "
            "refused. Nothing was changed.",
        )
        return sub(text, str(e.minimum), str(e.years))
    if e.problem is PurgeProblem.TOO_SOON and e.last and e.next_allowed:
        text = translate(
            "BackupMessages",
            "Old data is purged once every six months: the last purge was on %1, the next "
            "may run from %2. Nothing was changed.",
        )
        return sub(text, local_time(e.last), local_time(e.next_allowed))
    return translate(
        "BackupMessages", "A purge removes the records listed for good; add --yes to confirm."
    )
