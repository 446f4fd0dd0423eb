"""A small base for record services: validated create/update, guarded delete, snapshots."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar

from sqlmodel import Session, SQLModel, select

from exchange_planner.domain.errors import InUseError, NotFoundError, ValidationError
from exchange_planner.services.references import find_references
from exchange_planner.storage.database import Database

T = TypeVar("T", bound=SQLModel)


def require(session: Session, model: type[SQLModel], record_id: int | None, field: str) -> None:
    """A foreign key given by the user must point at an existing row."""
    if record_id is not None and session.get(model, record_id) is None:
        raise ValidationError(field, f"there is no {model.__tablename__} #{record_id}")


class RecordService(Generic[T]):
    """CRUD for one table. Subclasses set ``model`` and ``noun`` and override ``clean``."""

    model: ClassVar[type[SQLModel]]
    noun: ClassVar[str]

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading -------------------------------------------------------------------------
    def get(self, record_id: int) -> T:
        with self.db.session() as session:
            return self._load(session, record_id)

    def list(self) -> list[T]:
        with self.db.session() as session:
            statement = select(self.model).order_by(*self.default_order())
            return list(session.exec(statement).all())  # type: ignore[arg-type]

    def default_order(self) -> list[Any]:
        return [self.model.id]  # type: ignore[attr-defined]

    def is_empty(self) -> bool:
        """True when the table has no row (one indexed look-up, whatever its size)."""
        with self.db.session() as session:
            return session.exec(select(self.model.id).limit(1)).first() is None  # type: ignore[attr-defined]

    def list_where(self, column: Any, value: Any, *order: Any) -> list[T]:
        """The rows whose ``column`` equals ``value`` (e.g. the members of one visit), in
        ``order`` and then by id."""
        with self.db.session() as session:
            statement = (
                select(self.model).where(column == value).order_by(*order, self.model.id)  # type: ignore[attr-defined]
            )
            return list(session.exec(statement).all())  # type: ignore[arg-type]

    # --- writing -------------------------------------------------------------------------
    def create(self, **values: Any) -> T:
        with self.db.session() as session:
            cleaned = self.clean(session, dict(values), None)
            record = self.model(**cleaned)
            session.add(record)
            session.flush()
            session.refresh(record)
            self.after_write(session, record)
            return record  # type: ignore[return-value]

    def update(self, record_id: int, **changes: Any) -> T:
        with self.db.session() as session:
            record = self._load(session, record_id)
            unknown = set(changes) - set(self.model.model_fields) - {"id"}
            if unknown:
                raise ValidationError(sorted(unknown)[0], f"is not a field of a {self.noun}")
            merged = {**record.model_dump(), **changes}
            cleaned = self.clean(session, merged, record_id)
            for name, value in cleaned.items():
                setattr(record, name, value)
            session.flush()
            session.refresh(record)
            self.after_write(session, record)
            return record

    def delete(self, record_id: int) -> None:
        with self.db.session() as session:
            record = self._load(session, record_id)
            references = find_references(session, str(self.model.__tablename__), record_id)
            if references:
                shown = "; ".join(references[:6])
                raise InUseError(
                    f"{self.describe(record)} cannot be deleted while still used as: {shown}",
                    references,
                )
            session.delete(record)

    # --- undo support --------------------------------------------------------------------
    def snapshot(self, record_id: int) -> dict[str, Any]:
        """Everything needed to recreate the record with the same id after a delete."""
        return self.get(record_id).model_dump()

    def restore(self, snapshot: Mapping[str, Any]) -> T:
        with self.db.session() as session:
            record = self.model(**snapshot)
            session.add(record)
            session.flush()
            return record  # type: ignore[return-value]

    # --- hooks ---------------------------------------------------------------------------
    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        """Validate and normalise ``values``; raise ValidationError naming the field."""
        values.pop("id", None)
        return values

    def after_write(self, session: Session, record: T) -> None:
        """Checks that need the written row (e.g. across rows); raise to roll back."""

    def describe(self, record: T) -> str:
        return f"{self.noun.capitalize()} #{record.id}"  # type: ignore[attr-defined]

    def _load(self, session: Session, record_id: int) -> T:
        record = session.get(self.model, record_id)
        if record is None:
            raise NotFoundError(f"There is no {self.noun} #{record_id} (it may have been deleted).")
        return record  # type: ignore[return-value]
