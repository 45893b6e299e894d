"""Words for the user, in the user's language, with no Qt: the one place that words an error
or names a term, used alike by the window, the command line and the Excel error report.

- language.py: the language in force and `translate(context, text)`, read from the same
  Linguist files (resources/i18n/*.ts) the window's Qt translator is compiled from — one master
  for every string.
- describe.py: `describe(error)`, one describer per error type (functools.singledispatch),
  registered by common.py and by each feature's module (records_desk/features.py `wording`).
- terms: one table per enum (roles, permission actions here; each feature its own).

A layer of its own: above the domain, exchange, printing and store (whose errors it words),
below the services, the window and the command line (which show them).
"""

from records_desk.wording.describe import describe
from records_desk.wording.language import current_language, set_language, translate

__all__ = ["current_language", "describe", "set_language", "translate"]
