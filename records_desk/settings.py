"""Every user setting declared once, with its type and default (STYLE.md: no string keys
scattered in the code). The storage backend is pluggable: QSettings in the GUI
(ui/settings_store.py), a dict in the CLI and in tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from records_desk.domain.archive_numbers import ArchiveCodes
    from records_desk.domain.evaluations import EvaluationPolicy

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T

    def coerce(self, raw: Any) -> T:
        """Values come back from QSettings as strings on some platforms; bad ones fall back."""
        if raw is None:
            return self.default
        try:
            if self.type is bool and isinstance(raw, str):
                return raw.lower() in ("1", "true", "yes")  # type: ignore[return-value]
            if self.type is bytes:
                return bytes(raw)  # type: ignore[return-value]
            return self.type(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return self.default


class Options:
    LANGUAGE = Option[str]("ui/language", str, "zh_TW")
    IDLE_LOCK_MINUTES = Option[int]("security/idle_lock_minutes", int, 10)
    ARGON2_TIME_COST = Option[int]("security/argon2_time_cost", int, 3)
    ARGON2_MEMORY_KIB = Option[int]("security/argon2_memory_kib", int, 65536)
    ARGON2_PARALLELISM = Option[int]("security/argon2_parallelism", int, 4)
    MAIN_GEOMETRY = Option[bytes]("main_window/geometry", bytes, b"")
    MAIN_STATE = Option[bytes]("main_window/state", bytes, b"")
    LAST_TAB = Option[int]("main_window/last_tab", int, 0)
    LAST_USER = Option[str]("login/last_user", str, "")
    LABEL_COLUMNS = Option[int]("printing/label_columns", int, 3)
    LABEL_ROWS = Option[int]("printing/label_rows", int, 8)
    LABEL_OFFSET_X_MM = Option[float]("printing/label_offset_x_mm", float, 0.0)
    LABEL_OFFSET_Y_MM = Option[float]("printing/label_offset_y_mm", float, 0.0)
    # R-CUS-2 category code per record type (domain.customers.DEFAULT_ARCHIVE_CODES).
    ARCHIVE_CODE_CLOSED_SALES = Option[str]("customers/archive_code_closed_sales", str, "CS")
    ARCHIVE_CODE_AFTER_SALES = Option[str]("customers/archive_code_after_sales", str, "AS")
    ARCHIVE_CODE_INTERNAL = Option[str]("customers/archive_code_internal", str, "IN")
    ARCHIVE_CODE_KEY_CUSTOMER = Option[str]("customers/archive_code_key_customer", str, "KC")
    ARCHIVE_CODE_CAMPAIGN = Option[str]("customers/archive_code_campaign", str, "CP")
    # R-GRD-3 附件1 weights in whole percent, summing to 100 (domain.evaluations.DEFAULT_WEIGHTS).
    EVAL_WEIGHT_BUSINESS_VOLUME = Option[int]("evaluation/weight_business_volume", int, 25)
    EVAL_WEIGHT_RECEIVABLES = Option[int]("evaluation/weight_receivables", int, 20)
    EVAL_WEIGHT_REPUTATION = Option[int]("evaluation/weight_reputation", int, 20)
    EVAL_WEIGHT_LOYALTY = Option[int]("evaluation/weight_loyalty", int, 15)
    EVAL_WEIGHT_SCALE = Option[int]("evaluation/weight_scale", int, 10)
    EVAL_WEIGHT_PARTNERSHIP = Option[int]("evaluation/weight_partnership", int, 10)
    # R-CUS-6 entries drawn for the weekly spot check.
    SPOT_CHECK_SAMPLE_SIZE = Option[int]("quality/spot_check_sample_size", int, 10)

    @classmethod
    def all(cls) -> list[Option[Any]]:
        return [v for v in vars(cls).values() if isinstance(v, Option)]


LANGUAGES = ("zh_TW", "en")

# Record type (domain.customers.RecordType value) -> its archive-code option (R-CUS-2).
ARCHIVE_CODE_OPTIONS: dict[str, Option[str]] = {
    "closed_sales": Options.ARCHIVE_CODE_CLOSED_SALES,
    "after_sales": Options.ARCHIVE_CODE_AFTER_SALES,
    "internal": Options.ARCHIVE_CODE_INTERNAL,
    "key_customer": Options.ARCHIVE_CODE_KEY_CUSTOMER,
    "campaign": Options.ARCHIVE_CODE_CAMPAIGN,
}

# 附件1 criterion (domain.evaluations.Criterion value) -> its weight option (R-GRD-3).
EVALUATION_WEIGHT_OPTIONS: dict[str, Option[int]] = {
    "business_volume": Options.EVAL_WEIGHT_BUSINESS_VOLUME,
    "receivables": Options.EVAL_WEIGHT_RECEIVABLES,
    "reputation": Options.EVAL_WEIGHT_REPUTATION,
    "loyalty": Options.EVAL_WEIGHT_LOYALTY,
    "scale": Options.EVAL_WEIGHT_SCALE,
    "partnership": Options.EVAL_WEIGHT_PARTNERSHIP,
}


class Backend(Protocol):
    def value(self, key: str) -> Any: ...

    def set_value(self, key: str, value: Any) -> None: ...


class MemoryBackend:
    def __init__(self, values: dict[str, Any] | None = None) -> None:
        self.values = dict(values or {})

    def value(self, key: str) -> Any:
        return self.values.get(key)

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value


class Settings:
    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def get(self, option: Option[T]) -> T:
        return option.coerce(self.backend.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        self.backend.set_value(option.key, value)


# --- settings read into the domain's policies (imported on first use: start-up time) ---------


def archive_codes(settings: Settings) -> ArchiveCodes:
    """R-CUS-2: the configured category codes as domain ArchiveCodes; a blank, malformed or
    shared code raises ArchiveNumberInvalid (a file must never get a wrong number)."""
    from records_desk.domain.archive_numbers import ArchiveCodes  # noqa: F811
    from records_desk.domain.customers import RecordType

    return ArchiveCodes(
        {
            RecordType(kind): settings.get(option).strip().upper()
            for kind, option in ARCHIVE_CODE_OPTIONS.items()
        }
    )


def evaluation_policy(settings: Settings) -> EvaluationPolicy:
    """R-GRD-3: 附件1 with the configured weights; weights that do not total 100 raise
    WeightsInvalid."""
    from records_desk.domain.evaluations import Criterion, EvaluationPolicy  # noqa: F811

    return EvaluationPolicy(
        weights={
            Criterion(name): settings.get(option)
            for name, option in EVALUATION_WEIGHT_OPTIONS.items()
        }
    )
