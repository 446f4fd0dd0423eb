"""A small base for record services: validated create/update, guarded delete, snapshots.

Inside a service, ORM rows are read and written within one session; what a public method
returns is a read model (``services/records.py``), never a live row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel, col, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.errors import (
    ConflictError,
    InUseError,
    NotFoundError,
    ValidationError,
)
from exchange_planner.domain.texts import DEFAULT_LANGUAGE, TRANSLATABLE, Translations
from exchange_planner.services.records import ReadModel
from exchange_planner.services.references import find_uses
from exchange_planner.storage.audit import as_text
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import ChangeLog, Setting

#: The setting naming the language new records are written in.
OFFICE_LANGUAGE_KEY = "office_language"

M = TypeVar("M", bound=ReadModel)
R = TypeVar("R")

#: How often a write that lost a race (another commit between our read and our write)
#: is re-checked and tried again before it is reported.
_RACE_RETRIES = 3


@dataclass(frozen=True)
class LastChange:
    """Who last changed a record (or one of its fields) and when, from the change log."""

    user: str
    at: datetime
    value: str | None
    action: str


def last_change(
    session: Session, table: str, record_id: int, field: str | None = None
) -> LastChange | None:
    statement = select(ChangeLog).where(
        ChangeLog.table_name == table, ChangeLog.record_id == record_id
    )
    if field is not None:
        statement = statement.where(ChangeLog.field == field)
    row = session.exec(statement.order_by(col(ChangeLog.id).desc()).limit(1)).first()
    if row is None:
        return None
    return LastChange(row.user_name, row.at, row.new_value, row.action)


def retry_lost_races(work: Callable[[], R], *, also: tuple[type[Exception], ...] = ()) -> R:
    """Run ``work`` (one whole transaction) again when another commit overtook it.

    A row's version moved between our read and our UPDATE (``StaleDataError``): the work
    reads the row afresh and checks again, so the second writer merges or is refused, never
    overwrites blindly. ``also`` names more errors that mean the same (e.g. an
    ``IntegrityError`` when two first writes of a keyed row met).
    """
    for attempt in range(_RACE_RETRIES):
        try:
            return work()
        except (StaleDataError, *also):
            if attempt == _RACE_RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _same(a: Any, b: Any) -> bool:
    return a == b or (a in ("", None) and b in ("", None))


def require(session: Session, model: type[SQLModel], record_id: int | None, field: str) -> None:
    """A foreign key given by the user must point at an existing row."""
    if record_id is not None and session.get(model, record_id) is None:
        raise ValidationError(field, f"there is no {model.__tablename__} #{record_id}")


class RecordService(Generic[M]):
    """CRUD for one table. Subclasses set ``model`` (the ORM table), ``read_model`` (its
    read model ``M``, what callers get) and ``noun``, and override ``clean``. The hooks and
    ``_load`` work on ORM rows inside a session."""

    model: ClassVar[type[SQLModel]]
    read_model: ClassVar[type[ReadModel]]
    noun: ClassVar[str]

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading -------------------------------------------------------------------------
    def get(self, record_id: int) -> M:
        with self.db.session() as session:
            return self._read(self._load(session, record_id))

    def list(self) -> list[M]:
        with self.db.session() as session:
            statement = select(self.model).order_by(*self.default_order())
            return self._read_all(session.exec(statement).all())

    def default_order(self) -> list[Any]:
        return [self.model.id]  # type: ignore[attr-defined]

    def is_empty(self) -> bool:
        """True when the table has no row (one indexed look-up, whatever its size)."""
        with self.db.session() as session:
            return session.exec(select(self.model.id).limit(1)).first() is None  # type: ignore[attr-defined]

    def list_where(self, column: Any, value: Any, *order: Any) -> list[M]:
        """The rows whose ``column`` equals ``value`` (e.g. the members of one visit), in
        ``order`` and then by id."""
        with self.db.session() as session:
            statement = (
                select(self.model).where(column == value).order_by(*order, self.model.id)  # type: ignore[attr-defined]
            )
            return self._read_all(session.exec(statement).all())

    # --- read models ---------------------------------------------------------------------
    def _read(self, row: Any) -> M:
        """The read model of an ORM row of this table (call inside the row's session)."""
        return self.read_model.of(row)  # type: ignore[return-value]

    def _read_all(self, rows: Iterable[Any]) -> list[M]:
        return [self._read(row) for row in rows]

    # --- writing -------------------------------------------------------------------------
    def create(self, **values: Any) -> M:
        # A new record is a new identity, even when its values are copied from another one.
        values.pop("uuid", None)
        with self.db.session() as session:
            cleaned = self.clean_record(session, dict(values), None)
            record = self.model(**cleaned)
            session.add(record)
            session.flush()
            session.refresh(record)
            self.after_write(session, record)
            return self._read(record)

    def update(self, record_id: int, **changes: Any) -> M:
        """Change fields unconditionally (commands and imports; editors use
        ``update_checked`` so that a colleague's edit is never overwritten unseen)."""

        def attempt() -> M:
            with self.db.session() as session:
                record = self._load(session, record_id)
                return self._read(self._apply(session, record, record_id, changes))

        return retry_lost_races(attempt)

    def update_checked(
        self,
        record_id: int,
        changes: Mapping[str, Any],
        *,
        expected: Mapping[str, Any],
        base_version: int | None = None,
        overwrite: bool = False,
        undo: bool = False,
    ) -> M:
        """Change fields that this caller saw holding ``expected`` (field → value).

        Optimistic concurrency: when the row's version is still ``base_version`` nobody
        else wrote it and the change goes in. Otherwise each changed field is compared with
        what the caller saw: a field someone else changed to another value than ours is a
        conflict (``ConflictError`` naming their value, who and when; nothing is written),
        a field nobody else touched is merged with their edits of other fields. ``overwrite``
        writes regardless (the user chose to); ``undo`` words the refusal for an undo.
        """

        def attempt() -> M:
            with self.db.session() as session:
                record = session.get(self.model, record_id)
                if record is None:
                    raise self._gone(session, record_id)
                same_version = (
                    base_version is not None
                    and getattr(record, "row_version", None) == base_version
                )
                if not overwrite and not same_version:
                    merged_changes = dict(changes)
                    if "translations" in changes and "translations" in expected:
                        merged_changes["translations"] = self._merge_translations(
                            session,
                            record,
                            changes["translations"],
                            expected["translations"],
                            undo=undo,
                        )
                    for name, value in changes.items():
                        if name not in expected or name == "translations":
                            continue
                        current = getattr(record, name)
                        if _same(current, expected[name]) or _same(current, value):
                            continue
                        raise self._conflict(session, record_id, name, current, undo=undo)
                    return self._read(self._apply(session, record, record_id, merged_changes))
                return self._read(self._apply(session, record, record_id, changes))

        return retry_lost_races(attempt)

    def _merge_translations(
        self, session: Session, record: Any, ours: Any, seen: Any, *, undo: bool
    ) -> dict[str, dict[str, str]]:
        """Our translations merged into the stored ones text by text (field and language):
        a text only we changed is written, one only they changed is kept, one both changed
        differently is a conflict named ``field@language``."""
        mine = Translations(ours).keys_and_texts()
        before = Translations(seen).keys_and_texts()
        stored = Translations(record.translations).keys_and_texts()
        result = dict(stored)
        for key in set(mine) | set(before):
            value, shown_before = mine.get(key, ""), before.get(key, "")
            if _same(value, shown_before):
                continue
            current = stored.get(key, "")
            if not (_same(current, shown_before) or _same(current, value)):
                raise self._conflict(session, record.id, key, current, undo=undo)
            result[key] = value
        return Translations.from_keys(result).to_dict()

    def clean_record(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        """``clean`` plus the checks of the record's language and translations: what every
        write (an edit, an import) runs before it stores ``values``."""
        texts = _take_texts(values)
        cleaned = _plain_texts(self.model, self.clean(session, values, record_id))
        cleaned.update(self._clean_texts(session, texts, record_id))
        return cleaned

    def _clean_texts(
        self,
        session: Session,
        texts: Mapping[str, Any],
        record_id: int | None,
    ) -> dict[str, Any]:
        """The record's ``original_language`` and ``translations``, checked (translatable
        tables only); a new record without a language is in the office's language."""
        fields = TRANSLATABLE.get(self.table)
        if fields is None:
            if any(value not in (None, "", {}) for value in texts.values()):
                raise ValidationError(next(iter(texts)), f"a {self.noun} has no translations")
            return {}
        language = texts.get("original_language")
        if language in (None, ""):
            language = office_language(session) if record_id is None else DEFAULT_LANGUAGE
        language = v.content_language("original_language", language)
        limits = {name: _max_length(self.model, name) for name in fields}
        translations = v.translations(
            texts.get("translations"), fields=limits, original_language=language
        )
        return {"original_language": language, "translations": translations}

    def delete_checked(
        self, record_id: int, *, base_version: int, undo: bool = False, own: bool = False
    ) -> None:
        """Delete the record only if nobody changed it since ``base_version``.

        With ``own`` the changes made through this open database since then (this window's
        own later edits, undone or not) do not count: only someone else's do."""

        def attempt() -> None:
            with self.db.session() as session:
                record = self._unchanged_since(session, record_id, base_version, undo, own)
                self._delete_in(session, record)

        retry_lost_races(attempt)

    def require_unchanged_since(
        self, record_id: int, base_version: int, *, undo: bool = True, own: bool = True
    ) -> None:
        """Refuse (``ConflictError``) as ``delete_checked`` would, without deleting: the check
        an undo makes on all its records before it deletes any."""
        with self.db.session() as session:
            self._unchanged_since(session, record_id, base_version, undo, own)

    def _unchanged_since(
        self, session: Session, record_id: int, base_version: int, undo: bool, own: bool
    ) -> Any:
        record = session.get(self.model, record_id)
        if record is None:
            raise self._gone(session, record_id)
        moved = getattr(record, "row_version", base_version) != base_version
        if moved and own:
            theirs = self._changed_by_others(session, record_id, base_version)
            if theirs is None:
                return record
            field = theirs.field if theirs.field in self.model.model_fields else ""
            raise ConflictError(
                self.noun,
                field or "record",
                _shown(getattr(record, field)) if field else "",
                theirs.user_name,
                theirs.at,
                undo=undo,
            )
        if moved:
            change = last_change(session, self.table, record_id)
            field = self._last_field(session, record_id)
            current = getattr(record, field) if field else ""
            raise ConflictError(
                self.noun,
                field or "record",
                _shown(current),
                change.user if change else "",
                change.at if change else None,
                undo=undo,
            )
        return record

    def _changed_by_others(
        self, session: Session, record_id: int, base_version: int
    ) -> ChangeLog | None:
        """The latest change someone else (another open database) made to the record after
        ``base_version`` in its present life (since it was last created or restored)."""
        created = session.exec(
            select(ChangeLog.id)
            .where(
                ChangeLog.table_name == self.table,
                ChangeLog.record_id == record_id,
                ChangeLog.action == "create",
            )
            .order_by(col(ChangeLog.id).desc())
            .limit(1)
        ).first()
        statement = select(ChangeLog).where(
            ChangeLog.table_name == self.table,
            ChangeLog.record_id == record_id,
            col(ChangeLog.row_version) > base_version,
            ChangeLog.origin != self.db.origin,
        )
        if created is not None:
            statement = statement.where(col(ChangeLog.id) > created)
        return session.exec(statement.order_by(col(ChangeLog.id).desc()).limit(1)).first()

    def require_unchanged(
        self, record_id: int, expected: Mapping[str, Any], *, undo: bool = False
    ) -> None:
        """Refuse (``ConflictError``) unless every field still holds ``expected``: the check an
        undo makes before it reverts a step that wrote more than plain fields."""
        with self.db.session() as session:
            record = session.get(self.model, record_id)
            if record is None:
                raise self._gone(session, record_id)
            for name, value in expected.items():
                current = getattr(record, name)
                if not _same(current, value):
                    raise self._conflict(session, record_id, name, current, undo=undo)

    def _apply(
        self, session: Session, record: Any, record_id: int, changes: Mapping[str, Any]
    ) -> Any:
        unknown = set(changes) - set(self.model.model_fields) - {"id"}
        if unknown:
            raise ValidationError(sorted(unknown)[0], f"is not a field of a {self.noun}")
        if "uuid" in changes and changes["uuid"] != getattr(record, "uuid", changes["uuid"]):
            # The identity other databases know the record by: a merge matches on it.
            raise ValidationError("uuid", "is the record's identity and cannot be changed")
        merged = {**record.model_dump(), **changes}
        merged.pop("row_version", None)
        cleaned = self.clean_record(session, merged, record_id)
        for name, value in cleaned.items():
            setattr(record, name, value)
        session.flush()
        session.refresh(record)
        self.after_write(session, record)
        return record

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    def _last_field(self, session: Session, record_id: int) -> str:
        row = session.exec(
            select(ChangeLog.field)
            .where(
                ChangeLog.table_name == self.table,
                ChangeLog.record_id == record_id,
                ChangeLog.action == "update",
            )
            .order_by(col(ChangeLog.id).desc())
            .limit(1)
        ).first()
        return row if row and row in self.model.model_fields else ""

    def _conflict(
        self, session: Session, record_id: int, field: str, current: Any, *, undo: bool
    ) -> ConflictError:
        change = last_change(session, self.table, record_id, field)
        return ConflictError(
            self.noun,
            field,
            _shown(current),
            change.user if change else "",
            change.at if change else None,
            undo=undo,
        )

    def _gone(self, session: Session, record_id: int) -> Exception:
        change = last_change(session, self.table, record_id)
        if change is not None and change.action == "delete":
            return ConflictError(self.noun, "", "", change.user, change.at, deleted=True)
        return NotFoundError(f"There is no {self.noun} #{record_id} (it may have been deleted).")

    def delete(self, record_id: int) -> None:
        with self.db.session() as session:
            record = self._load(session, record_id)
            self._delete_in(session, record)

    def _delete_in(self, session: Session, record: Any) -> None:
        record_id = record.id
        uses = find_uses(session, self.table, record_id)
        if uses:
            references = [str(use) for use in uses]
            shown = "; ".join(references[:6])
            name = self.describe(self._read(record))
            raise InUseError(
                f"{name} cannot be deleted while still used as: {shown}",
                references,
                uses,
            )
        session.delete(record)

    # --- undo support --------------------------------------------------------------------
    def snapshot(self, record_id: int) -> dict[str, Any]:
        """Everything needed to recreate the record with the same id after a delete."""
        values = self.get(record_id).model_dump()
        values.pop("row_version", None)  # a restored record starts a new history
        return values

    def restore(self, snapshot: Mapping[str, Any]) -> M:
        with self.db.session() as session:
            record = self.model(**snapshot)
            session.add(record)
            session.flush()
            session.refresh(record)
            return self._read(record)

    # --- hooks ---------------------------------------------------------------------------
    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        """Validate and normalise ``values``; raise ValidationError naming the field."""
        values.pop("id", None)
        return values

    def after_write(self, session: Session, record: Any) -> None:
        """Checks that need the written row (e.g. across rows); raise to roll back."""

    def describe(self, record: M) -> str:
        """How messages name the record."""
        return f"{self.noun.capitalize()} #{record.id}"

    def _load(self, session: Session, record_id: int) -> Any:
        """The ORM row, for work inside ``session``; callers outside get ``_read`` of it."""
        record = session.get(self.model, record_id)
        if record is None:
            raise NotFoundError(f"There is no {self.noun} #{record_id} (it may have been deleted).")
        return record


def _take_texts(values: dict[str, Any]) -> dict[str, Any]:
    """Take a record's language and translations out of ``values``, to be checked apart
    from its other fields (a service's ``clean`` need not know of them)."""
    return {
        name: values.pop(name) for name in ("original_language", "translations") if name in values
    }


def _plain_texts(model: type[SQLModel], values: dict[str, Any]) -> dict[str, Any]:
    """Every text column as every text field stores it: line ends as line feeds, trimmed,
    within the column's length, no forbidden characters. A service's ``clean`` does this
    field by field with its own messages; this pass holds for a field it does not name yet,
    so no text is stored unchecked. Idempotent on text already cleaned."""
    columns = model.__table__.c  # type: ignore[attr-defined]
    for name, value in values.items():
        if not isinstance(value, str) or name not in columns:
            continue
        kind = columns[name].type
        if isinstance(kind, sa.String) and not isinstance(kind, sa.Enum):
            values[name] = v.optional_text(name, value, max_length=_max_length(model, name))
    return values


def _max_length(model: type[SQLModel], field: str) -> int:
    length = getattr(model.__table__.c[field].type, "length", None)  # type: ignore[attr-defined]
    return int(length) if length else v.MAX_TEXT


def office_language(session: Session) -> str:
    """The language the office writes in (Settings; German unless told otherwise)."""
    row = session.get(Setting, OFFICE_LANGUAGE_KEY)
    return (row.value if row is not None else "") or DEFAULT_LANGUAGE


def _shown(value: Any) -> str:
    text = as_text(value)
    return "" if text is None else text
