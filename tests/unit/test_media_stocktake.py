"""Stocktakes (issue 13 §4, domain/media/stocktake.py): expected, found, missing, unexpected
(with why) and scanned twice from the scans in order; which media are due to be counted."""

from __future__ import annotations

from datetime import date, timedelta

from records_desk.domain.media.stocktake import (
    MediumOnRecord,
    ScanResult,
    Stocktake,
    StocktakeScope,
    Unexpected,
    Unexpectedly,
    count_stocktake,
    current_since,
    due_for_stocktake,
    is_due,
)
from records_desk.domain.media.vocabulary import MediumState

S = MediumState
ARCHIVE, IT = "檔案室", "信息科"
RECORD = [
    MediumOnRecord("USB-0001", ARCHIVE, "A-1", S.READY),
    MediumOnRecord("USB-0002", ARCHIVE, "A-1", S.REGISTERED),
    MediumOnRecord("HD-0001", ARCHIVE, "A-2", S.RETURNED),
    MediumOnRecord("USB-0003", ARCHIVE, "A-1", S.ISSUED),
    MediumOnRecord("USB-0004", ARCHIVE, "A-1", S.IN_REPAIR),
    MediumOnRecord("USB-0005", ARCHIVE, "A-1", S.DISPOSED),
    MediumOnRecord("USB-0006", ARCHIVE, "A-1", S.LOST),
    MediumOnRecord("CD-0001", IT, "B-1", S.READY),
]
BY_NUMBER = {m.number: m for m in RECORD}


def lookup(number: str) -> MediumOnRecord | None:
    return BY_NUMBER.get(number)


def test_a_stocktake_counts_found_missing_unexpected_and_twice() -> None:
    scans = [
        "usb-1",
        "USB-0001",
        "HD 0001",
        "CD-0001",
        "USB-0099",
        "garbage",
        "USB-0003",
        "USB-0005",
        "USB-0006",
        "USB-0004",
        "ｃｄ－０００１",
    ]
    count = count_stocktake(StocktakeScope(department=ARCHIVE), RECORD, scans, lookup)
    assert count.expected == ("HD-0001", "USB-0001", "USB-0002")
    assert count.found == ("USB-0001", "HD-0001")
    assert count.missing == ("USB-0002",)
    assert count.twice == ("USB-0001", "CD-0001")
    assert count.away == ("USB-0003", "USB-0004")
    assert count.unexpected == (
        Unexpected("CD-0001", Unexpectedly.ELSEWHERE, IT, "B-1"),
        Unexpected("USB-0099", Unexpectedly.UNKNOWN),
        Unexpected("garbage", Unexpectedly.NOT_A_NUMBER),
        Unexpected("USB-0003", Unexpectedly.ISSUED),
        Unexpected("USB-0005", Unexpectedly.DISPOSED),
        Unexpected("USB-0006", Unexpectedly.LOST),
        Unexpected("USB-0004", Unexpectedly.IN_REPAIR),
    )


def test_a_stocktake_of_one_location_and_of_everything() -> None:
    shelf = count_stocktake(StocktakeScope(location="A-2"), RECORD, ["USB-0001"], lookup)
    assert shelf.expected == ("HD-0001",) and shelf.missing == ("HD-0001",)
    assert shelf.unexpected == (Unexpected("USB-0001", Unexpectedly.ELSEWHERE, ARCHIVE, "A-1"),)
    everything = count_stocktake(StocktakeScope(), RECORD, ["CD-0001"], lookup)
    assert everything.expected == ("CD-0001", "HD-0001", "USB-0001", "USB-0002")
    assert everything.found == ("CD-0001",) and everything.unexpected == ()


def test_each_scan_says_at_once_what_it_was() -> None:
    stocktake = Stocktake(StocktakeScope(department=ARCHIVE), RECORD)
    first = stocktake.scan("USB-0001", lookup)
    assert (first.number, first.result) == ("USB-0001", ScanResult.FOUND)
    assert stocktake.scan(" usb 0001 ", lookup).result is ScanResult.TWICE
    stray = stocktake.scan("USB-0099", lookup)
    assert stray.result is ScanResult.UNEXPECTED and stray.unexpected is not None
    assert stray.unexpected.reason is Unexpectedly.UNKNOWN
    again = stocktake.scan("USB-0099", lookup)
    assert again.result is ScanResult.TWICE and again.unexpected == stray.unexpected
    count = stocktake.count()
    assert count.found == ("USB-0001",) and len(count.unexpected) == 1
    assert count.twice == ("USB-0001", "USB-0099")


def test_media_never_counted_or_not_in_the_last_12_months_are_due() -> None:
    today = date(2026, 12, 5)
    assert is_due(None, today)
    assert not is_due(date(2025, 12, 5), today)
    assert is_due(date(2025, 12, 4), today)
    assert not is_due(date(2026, 6, 1), today)
    media = {
        "USB-0001": (S.READY, None),
        "USB-0002": (S.ISSUED, date(2025, 1, 1)),
        "USB-0003": (S.READY, date(2026, 3, 1)),
        "USB-0004": (S.DISPOSED, None),
        "USB-0005": (S.LOST, date(2020, 1, 1)),
        "HD-0001": (S.IN_REPAIR, date(2025, 12, 4)),
    }
    assert due_for_stocktake(media, today) == ["HD-0001", "USB-0001", "USB-0002"]


def test_the_first_current_day_is_the_bound_of_is_due_even_at_month_ends() -> None:
    assert current_since(date(2026, 12, 5)) == date(2025, 12, 5)
    assert current_since(date(2028, 2, 29)) == date(2027, 3, 1)
    for today in (date(2026, 12, 5), date(2028, 2, 29), date(2027, 2, 28), date(2026, 3, 31)):
        bound = current_since(today)
        for offset in range(-400, -300):
            last = today + timedelta(days=offset)
            assert is_due(last, today) == (last < bound)
