"""The cues of a programme item: what is to happen at which minute, and who sees to it.

A cue belongs to one item (``program_cue``, deleted with it) and lies on a day the item
covers in the item's own time zone: a reception on 26 July from 10:00 may have a cue at 09:45
(music starts) or at 10:05 (welcome), never one on 27 July. The run-of-show prints an item's
cues in time order below it; no guest document prints them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.timeutil import to_local, to_utc
from exchange_planner.services import records as read
from exchange_planner.services.crud import RecordService
from exchange_planner.storage.tables import ProgramCue, ProgramItem

#: The longest responsible text (the column's length).
RESPONSIBLE_LENGTH = 300


def item_days(item: Any) -> tuple[date, date]:
    """The first and the last local day an item covers, in its own time zone."""
    first = to_local(item.starts_at, item.timezone).date()
    last = to_local(item.ends_at, item.timezone).date()
    return first, max(first, last)


def cue_instant(item: Any, clock: time) -> datetime:
    """The instant of a cue typed as a time of day: on the item's first day, or on its last
    when the item runs past midnight and the time lies before its start."""
    first, last = item_days(item)
    start = to_local(item.starts_at, item.timezone)
    day = last if last > first and clock < start.time().replace(second=0, microsecond=0) else first
    return to_utc(datetime.combine(day, clock), item.timezone)


class ProgramCueService(RecordService[read.ProgramCue]):
    model = ProgramCue
    read_model = read.ProgramCue
    noun = "cue"

    def for_item(self, item_id: int) -> list[read.ProgramCue]:
        """The item's cues in time order (then by position, then as entered)."""
        with self.db.session() as session:
            rows = session.exec(
                select(ProgramCue)
                .where(ProgramCue.program_item_id == item_id)
                .order_by(ProgramCue.at, ProgramCue.position, ProgramCue.id)
            ).all()
            return self._read_all(rows)

    def for_visit(self, visit_id: int) -> list[read.ProgramCue]:
        with self.db.session() as session:
            rows = session.exec(
                select(ProgramCue)
                .join(ProgramItem, col(ProgramItem.id) == ProgramCue.program_item_id)
                .where(ProgramItem.visit_id == visit_id)
                .order_by(ProgramCue.program_item_id, ProgramCue.at, ProgramCue.position)
            ).all()
            return self._read_all(rows)

    def add(self, item_id: int, at: datetime, cue: str, responsible: str = "") -> read.ProgramCue:
        """A new cue of ``item_id``, placed after the item's other cues."""
        return self.create(program_item_id=item_id, at=at, cue=cue, responsible=responsible)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        item_id = values.get("program_item_id")
        item = session.get(ProgramItem, item_id) if item_id is not None else None
        if item is None:
            raise ValidationError("program_item_id", f"there is no program_item #{item_id}")
        values["cue"] = v.required_text("cue", values.get("cue"), max_length=v.MAX_TEXT)
        values["responsible"] = v.optional_text(
            "responsible", values.get("responsible"), max_length=RESPONSIBLE_LENGTH
        )
        at = v.instant_value("at", values.get("at"))
        first, last = item_days(item)
        day = to_local(at, item.timezone).date()
        if not first <= day <= last:
            shown = f"{first:%Y-%m-%d}" if first == last else f"{first:%Y-%m-%d}–{last:%Y-%m-%d}"
            raise ValidationError(
                "at",
                f"the cue at {to_local(at, item.timezone):%Y-%m-%d %H:%M} lies outside its "
                f"item's day ({shown})",
                reason="cue_outside_day",
                values={"date": day, "first": first, "last": last},
            )
        values["at"] = at
        position = values.get("position")
        if position in (None, ""):
            position = self._next_position(session, item.id)
        try:
            values["position"] = int(position)
        except (TypeError, ValueError):
            raise ValidationError(
                "position",
                f"“{position}” is not a number",
                reason="not_number",
                values={"text": str(position)},
            ) from None
        if values["position"] < 0:
            raise ValidationError("position", "must be zero or more", reason="negative")
        return values

    def _next_position(self, session: Session, item_id: int) -> int:
        highest = session.exec(
            select(func.max(ProgramCue.position)).where(ProgramCue.program_item_id == item_id)
        ).first()
        return int(highest) + 1 if highest is not None else 0

    def describe(self, record: read.ProgramCue) -> str:
        return f"Cue “{record.cue}”"

    # --- moving with their item ----------------------------------------------------------
    def shift_for_items(self, session: Session, item_ids: Sequence[int], delta: timedelta) -> None:
        """Move the cues of ``item_ids`` by ``delta`` (inside the caller's session)."""
        if not delta:
            return
        for cue in session.exec(
            select(ProgramCue).where(col(ProgramCue.program_item_id).in_(list(item_ids)))
        ).all():
            cue.at = cue.at + delta

    @staticmethod
    def check_within(session: Session, item: Any, field: str) -> None:
        """Refuse an item's new times (``field``: the one changed) that would leave one of
        its cues outside the item's days; the caller's transaction is then rolled back."""
        first, last = item_days(item)
        outside = [
            cue
            for cue in session.exec(
                select(ProgramCue)
                .where(ProgramCue.program_item_id == item.id)
                .order_by(ProgramCue.at, ProgramCue.position)
            ).all()
            if not first <= to_local(cue.at, item.timezone).date() <= last
        ]
        if not outside:
            return
        cue = outside[0]
        shown = f"{first:%Y-%m-%d}" if first == last else f"{first:%Y-%m-%d}–{last:%Y-%m-%d}"
        more = f" (and {len(outside) - 1} more)" if len(outside) > 1 else ""
        raise ValidationError(
            field,
            f"the cue “{cue.cue}” at {to_local(cue.at, item.timezone):%Y-%m-%d %H:%M}{more} "
            f"would lie outside the item's day ({shown}); move or delete it first",
            reason="cues_outside_item",
            values={"cue": cue.cue, "count": len(outside), "first": first, "last": last},
        )

    @staticmethod
    def snapshots_in(session: Session, item_id: int) -> list[dict[str, Any]]:
        """The item's cues as plain values (for an undo that brings the item back)."""
        rows = session.exec(
            select(ProgramCue).where(ProgramCue.program_item_id == item_id).order_by(ProgramCue.id)
        ).all()
        return [row.model_dump() for row in rows]

    @staticmethod
    def restore_in(session: Session, snapshots: Sequence[Mapping[str, Any]]) -> None:
        for snapshot in snapshots:
            values = dict(snapshot)
            values.pop("row_version", None)
            session.add(ProgramCue(**values))
