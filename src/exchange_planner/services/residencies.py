"""Artist residencies, their deliverables and preparation checklists."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import ChecklistKind, Direction, ResidencyStatus
from exchange_planner.domain.errors import ValidationError
from exchange_planner.services.crud import RecordService, require
from exchange_planner.services.visits import _as_date
from exchange_planner.storage.tables import (
    ChecklistItem,
    Partnership,
    Person,
    Residency,
    ResidencyDeliverable,
    Venue,
)


class ResidencyService(RecordService[Residency]):
    model = Residency
    noun = "residency"

    def default_order(self) -> list[Any]:
        return [col(Residency.start_date).desc(), Residency.id]

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        values["title"] = v.optional_text("title", values.get("title"), max_length=300)
        if values.get("partnership_id") is None:
            raise ValidationError("partnership_id", "a residency belongs to a partnership")
        require(session, Partnership, values["partnership_id"], "partnership_id")
        require(session, Person, values.get("artist_id"), "artist_id")
        require(session, Venue, values.get("studio_id"), "studio_id")
        values["direction"] = v.enum_value("direction", Direction, values.get("direction"))
        values["status"] = v.enum_value(
            "status", ResidencyStatus, values.get("status") or ResidencyStatus.PROPOSED
        )
        values["start_date"] = _as_date("start_date", values.get("start_date"))
        values["end_date"] = _as_date("end_date", values.get("end_date"))
        v.date_range(values["start_date"], values["end_date"])
        for field in ("home_institution", "host_institution"):
            values[field] = v.optional_text(field, values.get(field), max_length=300)
        values["budget_amount"] = v.money("budget_amount", values.get("budget_amount"))
        values["budget_currency"] = v.currency_code(
            "budget_currency", values.get("budget_currency") or "EUR"
        )
        values["notes"] = v.optional_text("notes", values.get("notes"))
        self._check_counterpart(session, values, record_id)
        return values

    def _check_counterpart(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> None:
        counterpart_id = values.get("counterpart_id")
        if counterpart_id is None:
            return
        if counterpart_id == record_id:
            raise ValidationError("counterpart_id", "a residency cannot answer itself")
        counterpart = session.get(Residency, counterpart_id)
        if counterpart is None:
            raise ValidationError("counterpart_id", f"there is no residency #{counterpart_id}")
        if counterpart.partnership_id != values["partnership_id"]:
            raise ValidationError(
                "counterpart_id", "the counterpart belongs to another partnership"
            )
        if counterpart.direction == values["direction"]:
            raise ValidationError(
                "counterpart_id", "the counterpart must go the other way (incoming/outgoing)"
            )
        # Follow the chain: it may come back to this residency (a pair) but not loop elsewhere.
        seen = {counterpart_id}
        current = counterpart.counterpart_id
        while current is not None and current != record_id:
            if current in seen:
                raise ValidationError("counterpart_id", "the counterpart links form a loop")
            seen.add(current)
            nxt = session.get(Residency, current)
            current = nxt.counterpart_id if nxt else None

    def describe(self, record: Residency) -> str:
        return f"Residency “{record.title or record.id}”"


class DeliverableService(RecordService[ResidencyDeliverable]):
    model = ResidencyDeliverable
    noun = "deliverable"

    def for_residency(self, residency_id: int) -> list[ResidencyDeliverable]:
        with self.db.session() as session:
            statement = (
                select(ResidencyDeliverable)
                .where(ResidencyDeliverable.residency_id == residency_id)
                .order_by(ResidencyDeliverable.due_date, ResidencyDeliverable.id)
            )
            return list(session.exec(statement).all())

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Residency, values.get("residency_id"), "residency_id")
        values["title"] = v.required_text("title", values.get("title"), max_length=300)
        if values.get("due_date") is not None:
            values["due_date"] = _as_date("due_date", values["due_date"])
        values["done"] = bool(values.get("done", False))
        return values


class ChecklistService(RecordService[ChecklistItem]):
    model = ChecklistItem
    noun = "checklist item"

    def for_residency(self, residency_id: int) -> list[ChecklistItem]:
        order = {kind: index for index, kind in enumerate(ChecklistKind)}
        with self.db.session() as session:
            statement = select(ChecklistItem).where(ChecklistItem.residency_id == residency_id)
            items = list(session.exec(statement).all())
        return sorted(items, key=lambda item: order[ChecklistKind(item.kind)])

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        require(session, Residency, values.get("residency_id"), "residency_id")
        values["kind"] = v.enum_value("kind", ChecklistKind, values.get("kind"))
        for field in ("due_date", "done_on"):
            if values.get(field) is not None:
                values[field] = _as_date(field, values[field])
        return values
