"""Prints and their stamps are race-free: two prints of one document at the same moment both
succeed, with versions that agree (issue: team mode, item 5). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from exchange_planner.domain.enums import DocumentKind
from exchange_planner.services import documents
from exchange_planner.services.registry import Services
from exchange_planner.services.sample import build_sample
from exchange_planner.storage.database import Database, open_database


def _at_once(work: list[Callable[[], Any]]) -> list[Any]:
    """Run each function in its own thread, released together; their results in order."""
    barrier = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)
    errors: list[BaseException] = []

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = work[index]()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    return results


@pytest.fixture
def second(db: Database) -> Database:
    other = open_database(db.url)
    other.user = "anna"
    yield other
    other.dispose()


def _stored(db: Database, subject: str) -> tuple[int, str]:
    from sqlmodel import select

    from exchange_planner.storage.tables import DocumentPrint

    with db.session() as session:
        rows = list(session.exec(select(DocumentPrint).where(DocumentPrint.subject_key == subject)))
    assert len(rows) == 1
    return rows[0].version, rows[0].content_hash


@pytest.mark.parametrize("round_", range(5))
def test_two_first_prints_of_the_same_content_at_once_both_get_version_1(
    db: Database, second: Database, round_: int
) -> None:
    subject = f"visit:{round_ + 100}"
    stamps = _at_once(
        [
            lambda d=d: documents._record_print(d, DocumentKind.ITINERARY, subject, "same", _now())
            for d in (db, second)
        ]
    )
    assert [s.version for s in stamps] == [1, 1]
    assert _stored(db, subject) == (1, "same")


@pytest.mark.parametrize("round_", range(5))
def test_two_first_prints_of_different_content_at_once_count_two_versions(
    db: Database, second: Database, round_: int
) -> None:
    subject = f"visit:{round_ + 200}"
    stamps = _at_once(
        [
            lambda d=d, digest=digest: documents._record_print(
                d, DocumentKind.ITINERARY, subject, digest, _now()
            )
            for d, digest in ((db, "first"), (second, "second"))
        ]
    )
    assert sorted(s.version for s in stamps) == [1, 2]
    version, digest = _stored(db, subject)
    # The stored print is the one that got version 2.
    assert version == 2
    assert digest == ("first", "second")[[s.version for s in stamps].index(2)]


def test_two_first_itinerary_prints_through_the_service_both_succeed(
    db: Database, second: Database
) -> None:
    ids = build_sample(Services.for_database(db))
    visit_id = ids["visit"]
    stamps = _at_once(
        [
            lambda d=d: Services.for_database(d).documents.itinerary(visit_id).stamp
            for d in (db, second)
        ]
    )
    assert [s.version for s in stamps] == [1, 1]
    # A third print of unchanged content keeps the version and the first print's time.
    again = Services.for_database(db).documents.itinerary(visit_id).stamp
    assert again.version == 1 and again.as_of == stamps[0].as_of


def _now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
