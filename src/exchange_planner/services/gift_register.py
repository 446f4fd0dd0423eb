"""Gift rules by jurisdiction, exchange rates, where gifts went, and the yearly gift register.

- ``GiftRuleService`` / ``GiftRuleLimitService``: the rules of each office with their
  periods, limits and sources (tables ``gift_rule``, ``gift_rule_limit``).
- ``ExchangeRateService``: rates entered by hand or imported from a CSV file (the ECB's
  reference-rate layout or one rate a line), never fetched; an import is all or nothing.
- ``GiftDispositionService``: the history of where a gift went; the latest step is current.
- ``GiftRegisterService``: the register of a year (``domain.gift_register``), its XLSX
  export and its PDF; applying a stored rate to a gift.

The earlier per-country thresholds (settings ``gift_threshold_*``) stay readable
(``GiftRegisterService.old_thresholds``) and can be turned into rules once
(``rules_from_old_thresholds``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import and_, extract, or_
from sqlmodel import Session, col, select

from exchange_planner.domain import validation as v
from exchange_planner.domain.enums import DispositionKind
from exchange_planner.domain.errors import NotFoundError, ValidationError
from exchange_planner.domain.exchange_rates import RateLine, parse_rates_csv, parse_units
from exchange_planner.domain.gift_register import (
    DispositionInfo,
    GiftRegisterData,
    RegisterRow,
    current_disposition,
)
from exchange_planner.domain.gift_rules import (
    EUR,
    RuleInfo,
    RuleLimit,
    eur_value,
    judge,
    limit_text,
    normal_jurisdiction,
    rule_in_force,
)
from exchange_planner.domain.names import full_name
from exchange_planner.domain.texts import texts_of
from exchange_planner.services import records as read
from exchange_planner.services.crud import RecordService, require
from exchange_planner.storage.database import Database
from exchange_planner.storage.tables import (
    ExchangeRate,
    Gift,
    GiftDisposition,
    GiftRule,
    GiftRuleLimit,
    Person,
    Setting,
    Visit,
)

GiftRuleRow = read.GiftRule
GiftRuleLimitRow = read.GiftRuleLimit
ExchangeRateRow = read.ExchangeRate
GiftDispositionRow = read.GiftDisposition


def _units(field: str, value: object) -> Decimal:
    """Units of a currency per euro as typed: a number more than zero."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, "give the units of the currency one euro buys", reason="empty")
    text = str(value)
    try:
        number = Decimal(text.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise ValidationError(
            field, f"{v.shown(value)} is not a number", reason="not_number", values={"text": text}
        ) from None
    if not number.is_finite():
        raise ValidationError(
            field, f"{v.shown(value)} is not a number", reason="not_number", values={"text": text}
        )
    try:
        return parse_units(text)
    except (InvalidOperation, ValueError):
        if number <= 0:
            raise ValidationError(
                field, "an exchange rate must be more than zero", reason="zero_rate"
            ) from None
        raise ValidationError(
            field, "is implausibly large", reason="too_large", values={"text": text}
        ) from None


def clean_jurisdiction(value: object, field: str = "gift_jurisdiction") -> str:
    """A gift jurisdiction as stored: upper case, no spaces, at most 40 characters; "" for
    none."""
    code = normal_jurisdiction(str(value) if value is not None else "")
    if " " in code:
        raise ValidationError(
            field,
            "must be a code without spaces, e.g. DE-SN-KOMMUNAL",
            reason="jurisdiction_spaces",
        )
    return v.optional_text(field, code, max_length=40)


def clean_gift_rate(values: dict[str, Any]) -> dict[str, Any]:
    """A gift's rate fields, checked: units per EUR (more than 0, or none), its day, its
    source (at most 300 characters). A rate on a EUR gift is kept as typed (unused)."""
    units = values.get("rate_units_per_eur")
    cleaned: dict[str, Any] = {
        "rate_units_per_eur": None
        if units is None or (isinstance(units, str) and not units.strip())
        else _units("rate_units_per_eur", units),
        "rate_date": None,
        "rate_source": v.optional_text("rate_source", values.get("rate_source"), max_length=300),
    }
    if values.get("rate_date") not in (None, ""):
        cleaned["rate_date"] = v.date_value("rate_date", values["rate_date"])
    return cleaned


# --- rules ------------------------------------------------------------------------------------


class GiftRuleService(RecordService[GiftRuleRow]):
    model = GiftRule
    read_model = GiftRuleRow
    noun = "gift rule"

    def default_order(self) -> list[Any]:
        return [GiftRule.jurisdiction, GiftRule.effective_from, GiftRule.id]

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        code = clean_jurisdiction(values.get("jurisdiction"), "jurisdiction")
        values["jurisdiction"] = v.required_text("jurisdiction", code, max_length=40)
        values["name"] = v.required_text("name", values.get("name"), max_length=300)
        for name, length in (
            ("applies_to", 500),
            ("source", 500),
            ("source_url", 500),
            ("valuation", 500),
        ):
            values[name] = v.optional_text(name, values.get(name), max_length=length)
        values["notes"] = v.optional_text("notes", values.get("notes"))
        if values.get("effective_from") in (None, ""):
            raise ValidationError("effective_from", "must not be empty", reason="empty")
        values["effective_from"] = v.date_value("effective_from", values["effective_from"])
        if values.get("effective_to") in (None, ""):
            values["effective_to"] = None
        else:
            values["effective_to"] = v.date_value("effective_to", values["effective_to"])
            v.date_range(values["effective_from"], values["effective_to"], end_field="effective_to")
        return values

    def describe(self, record: GiftRuleRow) -> str:
        return f"Gift rule {record.jurisdiction} “{record.name}”"

    def infos(self) -> list[RuleInfo]:
        """Every rule with its limits (the domain's view)."""
        with self.db.session() as session:
            return rule_infos(session)


def rule_infos(session: Session) -> list[RuleInfo]:
    limits: dict[int, list[RuleLimit]] = {}
    for limit in session.exec(select(GiftRuleLimit).order_by(GiftRuleLimit.tier)).all():
        limits.setdefault(limit.rule_id, []).append(
            RuleLimit(limit.tier, Decimal(limit.amount), limit.currency, limit.consequence)
        )
    rules = session.exec(
        select(GiftRule).order_by(GiftRule.jurisdiction, GiftRule.effective_from, GiftRule.id)
    ).all()
    return [
        RuleInfo(
            id=int(rule.id or 0),
            jurisdiction=rule.jurisdiction,
            name=rule.name,
            effective_from=rule.effective_from,
            effective_to=rule.effective_to,
            applies_to=rule.applies_to,
            source=rule.source,
            source_url=rule.source_url,
            valuation=rule.valuation,
            notes=rule.notes,
            limits=tuple(limits.get(int(rule.id or 0), ())),
            names=texts_of(rule, "name"),
        )
        for rule in rules
    ]


class GiftRuleLimitService(RecordService[GiftRuleLimitRow]):
    model = GiftRuleLimit
    read_model = GiftRuleLimitRow
    noun = "gift rule limit"

    def for_rule(self, rule_id: int) -> list[GiftRuleLimitRow]:
        return self.list_where(GiftRuleLimit.rule_id, rule_id, GiftRuleLimit.tier)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        if values.get("rule_id") is None:
            raise ValidationError("rule_id", "a limit belongs to a rule")
        require(session, GiftRule, values.get("rule_id"), "rule_id")
        try:
            tier = int(str(values.get("tier", 1)).strip())
        except ValueError:
            raise ValidationError(
                "tier", "must be a tier from 1 to 9 (1: the lowest limit)", reason="tier_range"
            ) from None
        if not 1 <= tier <= 9:
            raise ValidationError(
                "tier", "must be a tier from 1 to 9 (1: the lowest limit)", reason="tier_range"
            )
        values["tier"] = tier
        amount = v.money("amount", values.get("amount"))
        if amount is None or amount <= 0:
            raise ValidationError(
                "amount", "a limit must be more than zero", reason="limit_positive"
            )
        values["amount"] = amount
        values["currency"] = v.currency_code("currency", values.get("currency") or EUR)
        values["consequence"] = v.optional_text(
            "consequence", values.get("consequence"), max_length=500
        )
        return values

    def describe(self, record: GiftRuleLimitRow) -> str:
        return f"Limit {record.currency} {record.amount} (tier {record.tier})"


# --- exchange rates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RateImport:
    new: int
    changed: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.new + self.changed + self.unchanged


class ExchangeRateService(RecordService[ExchangeRateRow]):
    model = ExchangeRate
    read_model = ExchangeRateRow
    noun = "exchange rate"

    def default_order(self) -> list[Any]:
        return [ExchangeRate.currency, col(ExchangeRate.rate_date).desc()]

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        currency = v.currency_code("currency", values.get("currency"))
        if currency == EUR:
            raise ValidationError("currency", "EUR needs no rate", reason="eur_rate")
        values["currency"] = currency
        if values.get("rate_date") in (None, ""):
            raise ValidationError("rate_date", "must not be empty", reason="empty")
        values["rate_date"] = v.date_value("rate_date", values["rate_date"])
        values["units_per_eur"] = _units("units_per_eur", values.get("units_per_eur"))
        values["source"] = v.required_text("source", values.get("source"), max_length=300)
        same = session.exec(
            select(ExchangeRate.id).where(
                ExchangeRate.currency == currency, ExchangeRate.rate_date == values["rate_date"]
            )
        ).first()
        if same is not None and same != record_id:
            raise ValidationError(
                "rate_date",
                f"there is already a rate of {currency} on {values['rate_date']:%Y-%m-%d}",
                reason="rate_exists",
            )
        return values

    def describe(self, record: ExchangeRateRow) -> str:
        return f"Rate {record.currency} {record.rate_date:%Y-%m-%d}"

    def add(
        self, currency: str, rate_date: date | str, units: object, source: str
    ) -> ExchangeRateRow:
        return self.create(
            currency=currency, rate_date=rate_date, units_per_eur=units, source=source
        )

    def rate_on(self, currency: str, on: date) -> ExchangeRateRow | None:
        """The latest stored rate of ``currency`` on ``on`` or up to a week before."""
        with self.db.session() as session:
            row = _rate_on(session, currency, on)
            return self._read(row) if row is not None else None

    def import_csv(self, text: str, *, source: str) -> RateImport:
        """Import the rates of a CSV file (``domain.exchange_rates``): all of them in one
        commit, or none (``RateFileError`` names the bad line). A stored rate of the same
        currency and day is replaced by the file's."""
        lines = parse_rates_csv(text, source=source)
        for line in lines:
            if not line.source:
                raise ValidationError("source", "name the source of the rates (e.g. the ECB)")
        new = changed = unchanged = 0
        with self.db.session() as session:
            stored = {
                (rate.currency, rate.rate_date): rate
                for rate in session.exec(
                    select(ExchangeRate).where(
                        col(ExchangeRate.currency).in_(sorted({line.currency for line in lines}))
                    )
                ).all()
            }
            for line in lines:
                rate = stored.get((line.currency, line.rate_date))
                if rate is None:
                    session.add(_rate_row(line))
                    new += 1
                elif (
                    Decimal(rate.units_per_eur) != line.units_per_eur or rate.source != line.source
                ):
                    rate.units_per_eur = line.units_per_eur
                    rate.source = line.source[:300]
                    changed += 1
                else:
                    unchanged += 1
        return RateImport(new, changed, unchanged)

    def import_file(self, path: str | Path, *, source: str = "") -> RateImport:
        file = Path(path)
        try:
            raw = file.read_bytes()
        except OSError as error:
            raise NotFoundError(f"{file}: cannot be read ({error.strerror or error})") from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        return self.import_csv(text, source=source or f"ECB euro reference rates ({file.name})")


def _rate_row(line: RateLine) -> ExchangeRate:
    return ExchangeRate(
        currency=line.currency,
        rate_date=line.rate_date,
        units_per_eur=line.units_per_eur,
        source=line.source[:300],
    )


#: How much older than the gift's day a stored rate may be and still be its day's rate (the
#: ECB publishes none on weekends and TARGET holidays: Easter takes four days).
MAX_RATE_AGE = timedelta(days=7)


def _rate_on(session: Session, currency: str, on: date) -> ExchangeRate | None:
    """The latest stored rate of ``currency`` on ``on`` or up to a week before."""
    return session.exec(
        select(ExchangeRate)
        .where(
            ExchangeRate.currency == currency.upper(),
            col(ExchangeRate.rate_date) <= on,
            col(ExchangeRate.rate_date) >= on - MAX_RATE_AGE,
        )
        .order_by(col(ExchangeRate.rate_date).desc())
        .limit(1)
    ).first()


# --- dispositions -----------------------------------------------------------------------------


class GiftDispositionService(RecordService[GiftDispositionRow]):
    model = GiftDisposition
    read_model = GiftDispositionRow
    noun = "disposition"

    def for_gift(self, gift_id: int) -> list[GiftDispositionRow]:
        """The gift's history, oldest first (the last is where it is now)."""
        return self.list_where(GiftDisposition.gift_id, gift_id, GiftDisposition.dated_on)

    def clean(
        self, session: Session, values: dict[str, Any], record_id: int | None
    ) -> dict[str, Any]:
        values.pop("id", None)
        if values.get("gift_id") is None:
            raise ValidationError("gift_id", "a disposition belongs to a gift")
        require(session, Gift, values.get("gift_id"), "gift_id")
        if values.get("dated_on") in (None, ""):
            raise ValidationError("dated_on", "must not be empty", reason="empty")
        values["dated_on"] = v.date_value("dated_on", values["dated_on"])
        values["kind"] = v.enum_value("kind", DispositionKind, values.get("kind"))
        values["place"] = v.optional_text("place", values.get("place"), max_length=300)
        values["inventory_number"] = v.optional_text(
            "inventory_number", values.get("inventory_number"), max_length=100
        )
        values["note"] = v.optional_text("note", values.get("note"))
        return values

    def describe(self, record: GiftDispositionRow) -> str:
        return f"Disposition of {record.dated_on:%Y-%m-%d} ({record.kind})"


def _disposition_info(row: GiftDisposition | GiftDispositionRow) -> DispositionInfo:
    return DispositionInfo(
        id=int(row.id or 0),
        gift_id=row.gift_id,
        dated_on=row.dated_on,
        kind=DispositionKind(row.kind),
        place=row.place,
        inventory_number=row.inventory_number,
        note=row.note,
        row_version=int(getattr(row, "row_version", 0) or 0),
    )


# --- the register -----------------------------------------------------------------------------

#: The old settings (``domain.gifts``) and the rule each becomes when turned into rules.
_OLD_PREFIX = "gift_threshold_"


@dataclass(frozen=True)
class GiftValuation:
    """A gift's value as the Records section shows it: EUR, the rule, the limit crossed."""

    gift_id: int
    value_eur: Decimal | None
    rate_missing: bool
    rule: str
    crossed_limit: str
    consequence: str
    undetermined: bool


class GiftRegisterService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.rules = GiftRuleService(db)
        self.limits = GiftRuleLimitService(db)
        self.rates = ExchangeRateService(db)
        self.dispositions = GiftDispositionService(db)

    # --- a gift's rate --------------------------------------------------------------------
    def apply_rate(self, gift_id: int) -> tuple[Decimal, date, str] | None:
        """Store on the gift the latest rate of its currency on or before its date (from the
        rates table); returns what was stored, None when there is none (nothing changed)."""
        with self.db.session() as session:
            gift = session.get(Gift, gift_id)
            if gift is None:
                raise NotFoundError(f"There is no gift #{gift_id} (it may have been deleted).")
            if gift.value_currency.upper() == EUR:
                return None
            on = _gift_day(session, gift)
            if on is None:
                raise ValidationError("presented_on", "give the day the gift was presented")
            rate = _rate_on(session, gift.value_currency, on)
            if rate is None:
                return None
            gift.rate_units_per_eur = rate.units_per_eur
            gift.rate_date = rate.rate_date
            gift.rate_source = rate.source
            return Decimal(rate.units_per_eur), rate.rate_date, rate.source

    def rate_suggestion(self, gift_id: int) -> ExchangeRateRow | None:
        """The rate ``apply_rate`` would store (for the editor's button), or None."""
        with self.db.session() as session:
            gift = session.get(Gift, gift_id)
            if gift is None or gift.value_currency.upper() == EUR:
                return None
            on = _gift_day(session, gift)
            rate = _rate_on(session, gift.value_currency, on) if on else None
            return ExchangeRateRow.of(rate) if rate is not None else None

    def valuation(self, gift_id: int) -> GiftValuation:
        with self.db.session() as session:
            gift = session.get(Gift, gift_id)
            if gift is None:
                raise NotFoundError(f"There is no gift #{gift_id} (it may have been deleted).")
            row = self._row(session, gift, rule_infos(session), {}, {})
        return GiftValuation(
            gift_id,
            row.value_eur,
            row.rate_missing,
            " ".join(x for x in (row.rule_jurisdiction, row.rule_name) if x),
            row.crossed_limit,
            row.consequence,
            row.undetermined,
        )

    # --- the register ---------------------------------------------------------------------
    def years(self) -> list[int]:
        with self.db.session() as session:
            years = {d.year for d in session.exec(select(Gift.presented_on)).all() if d is not None}
            years |= {
                d.year
                for d in session.exec(
                    select(Visit.start_date)
                    .join(Gift, col(Gift.visit_id) == Visit.id)
                    .where(col(Gift.presented_on).is_(None))
                ).all()
            }
        return sorted(years, reverse=True)

    def register(self, year: int, *, as_of: date | None = None) -> GiftRegisterData:
        if not 1900 <= int(year) <= 2200:
            raise ValidationError("year", f"{year} is not a plausible year")
        from exchange_planner.services.documents import _settings, home_city_names
        from exchange_planner.services.settings import DEFAULTS, letterhead_from_settings

        with self.db.session() as session:
            settings = _settings(session)
            rules = rule_infos(session)
            gifts = session.exec(
                select(Gift)
                .join(Visit, col(Visit.id) == Gift.visit_id, isouter=True)
                .where(
                    or_(
                        extract("year", Gift.presented_on) == year,
                        and_(
                            col(Gift.presented_on).is_(None),
                            extract("year", Visit.start_date) == year,
                        ),
                    )
                )
                .order_by(
                    col(Gift.presented_on).is_(None),
                    col(Gift.presented_on),
                    Gift.direction,
                    Gift.id,
                )
            ).all()
            ids = {g.giver_id for g in gifts} | {g.recipient_id for g in gifts}
            people = {
                p.id: p
                for p in session.exec(
                    select(Person).where(col(Person.id).in_([i for i in ids if i is not None]))
                ).all()
            }
            steps: dict[int, list[DispositionInfo]] = {}
            gift_ids = [g.id for g in gifts]
            if gift_ids:
                for step in session.exec(
                    select(GiftDisposition).where(col(GiftDisposition.gift_id).in_(gift_ids))
                ).all():
                    steps.setdefault(step.gift_id, []).append(_disposition_info(step))
            rows = [self._row(session, gift, rules, people, steps) for gift in gifts]
            used = {(row.rule_jurisdiction, row.rule_name) for row in rows if row.rule_name}
            return GiftRegisterData(
                year=int(year),
                rows=tuple(rows),
                rules=tuple(r for r in rules if (r.jurisdiction, r.name) in used),
                as_of=as_of or date.today(),
                home_city=settings.get("home_city") or DEFAULTS["home_city"],
                home_city_names=tuple(home_city_names(settings)),
                letterhead=letterhead_from_settings(settings),
            )

    def _row(
        self,
        session: Session,
        gift: Gift,
        rules: list[RuleInfo],
        people: dict[Any, Person],
        steps: dict[int, list[DispositionInfo]],
    ) -> RegisterRow:
        def person(person_id: int | None) -> Person | None:
            if person_id is None:
                return None
            if person_id not in people:
                found = session.get(Person, person_id)
                if found is None:
                    return None
                people[person_id] = found
            return people[person_id]

        giver, recipient = person(gift.giver_id), person(gift.recipient_id)
        currency = (gift.value_currency or EUR).upper()
        units = gift.rate_units_per_eur
        value = eur_value(gift.value_amount, currency, Decimal(units) if units else None)
        rate_missing = gift.value_amount is not None and currency != EUR and value is None
        day = _gift_day(session, gift)
        jurisdiction = getattr(recipient, "gift_jurisdiction", "") if recipient else ""
        rule = rule_in_force(rules, jurisdiction, day) if day else None
        crossed = consequence = ""
        undetermined = False
        if rule is not None and gift.value_amount is not None:
            rates = {}
            for limit in rule.limits:
                code = limit.currency.upper()
                if code in (EUR, currency) or code in rates:
                    continue
                stored = _rate_on(session, code, day) if day else None
                if stored is not None:
                    rates[code] = Decimal(stored.units_per_eur)
            judgement = judge(rule, Decimal(gift.value_amount), currency, value, rates)
            highest = judgement.highest
            if highest is not None and highest.crossed_by is not None:
                crossed = limit_text([highest.crossed_by])
                consequence = highest.crossed_by.consequence
            undetermined = judgement.undetermined and not rate_missing
        history = steps.get(int(gift.id or 0))
        if history is None:
            history = [
                _disposition_info(step)
                for step in session.exec(
                    select(GiftDisposition).where(GiftDisposition.gift_id == gift.id)
                ).all()
            ]
        now = current_disposition(history)
        inventory = next(
            (
                step.inventory_number
                for step in sorted(history, key=lambda s: (s.dated_on, s.id), reverse=True)
                if step.inventory_number
            ),
            gift.inventory_number,
        )
        visit = session.get(Visit, gift.visit_id) if gift.visit_id else None
        return RegisterRow(
            gift_id=int(gift.id or 0),
            direction=str(gift.direction),
            description=gift.description,
            presented_on=gift.presented_on,
            giver=full_name(giver) if giver else "",
            recipient=full_name(recipient) if recipient else "",
            recipient_jurisdiction=jurisdiction or "",
            value_amount=gift.value_amount,
            value_currency=currency,
            rate_units_per_eur=Decimal(units) if units is not None and currency != EUR else None,
            rate_date=gift.rate_date if currency != EUR else None,
            rate_source=gift.rate_source if currency != EUR else "",
            value_eur=value,
            rate_missing=rate_missing,
            rule_jurisdiction=rule.jurisdiction if rule else "",
            rule_name=rule.name if rule else "",
            rule_source=rule.source if rule else "",
            crossed_limit=crossed,
            consequence=consequence,
            undetermined=undetermined,
            disposition=now,
            inventory_number=inventory,
            visit_title=visit.title if visit else "",
            texts={
                "description": texts_of(gift, "description"),
                "rule_name": dict(rule.names) if rule else {},
                "visit_title": texts_of(visit, "title") if visit else {},
            },
        )

    # --- files ------------------------------------------------------------------------------
    def write_xlsx(self, year: int, target: str | Path, *, lang: str = "en") -> int:
        """Write the register of ``year`` as XLSX (whole or not at all); returns the rows."""
        from exchange_planner.services.gift_register_xlsx import write_register_xlsx

        data = self.register(year)
        write_register_xlsx(data, target, lang=lang)
        return len(data.rows)

    def write_pdf(
        self,
        year: int,
        target: str | Path | BinaryIO,
        *,
        lang: str = "de",
        font_path: str | None = None,
        as_of: date | None = None,
    ) -> int:
        from exchange_planner.reports.gift_register import build_gift_register
        from exchange_planner.services.itinerary_reading import check_print_options

        check_print_options(lang, font_path)
        data = self.register(year, as_of=as_of)
        return build_gift_register(data, target, lang=lang, font_path=font_path or None)

    # --- the earlier thresholds -------------------------------------------------------------
    def old_thresholds(self) -> dict[str, str]:
        """The per-country threshold settings stored by earlier versions (key -> value), as
        they were typed; empty when none was ever changed."""
        with self.db.session() as session:
            rows = session.exec(select(Setting).where(col(Setting.key).startswith(_OLD_PREFIX)))
            return {row.key: row.value for row in rows.all() if row.value.strip()}

    def rules_from_old_thresholds(self, *, effective_from: date | None = None) -> list[int]:
        """Make one rule per country of the stored old thresholds (``LEGACY-DE``, …) that has
        no rule yet, with the limits as tier 1; returns the new rules' ids."""
        by_country: dict[str, list[tuple[str, Decimal]]] = {}
        for key, value in self.old_thresholds().items():
            parts = key[len(_OLD_PREFIX) :].split("_")
            if len(parts) != 2:
                continue
            try:
                amount = Decimal(value.strip().replace(",", "."))
            except InvalidOperation:
                continue
            if amount.is_finite() and amount > 0:
                by_country.setdefault(parts[0].upper(), []).append((parts[1].upper(), amount))
        made: list[int] = []
        existing = {rule.jurisdiction for rule in self.rules.infos()}
        for country, limits in sorted(by_country.items()):
            code = f"LEGACY-{country}"
            if code in existing:
                continue
            rule = self.rules.create(
                jurisdiction=code,
                name=f"Earlier reporting threshold ({country})",
                effective_from=effective_from or date(2000, 1, 1),
                source="Settings of an earlier version (gift_threshold_*)",
            )
            for currency, amount in sorted(limits):
                self.limits.create(
                    rule_id=rule.id,
                    tier=1,
                    amount=amount,
                    currency=currency,
                    consequence="report the gift",
                )
            made.append(rule.id)
        return made


def _gift_day(session: Session, gift: Gift) -> date | None:
    if gift.presented_on is not None:
        return gift.presented_on
    if gift.visit_id is not None:
        visit = session.get(Visit, gift.visit_id)
        return visit.start_date if visit is not None else None
    return None


def rules_overview(rules: Iterable[RuleInfo]) -> list[str]:
    """One line per rule (the ``rules list`` command)."""
    lines = []
    for rule in rules:
        until = f"{rule.effective_to:%Y-%m-%d}" if rule.effective_to else "open"
        tiers = "; ".join(
            f"{tier}: {limit_text(limits)}"
            + (f" ({limits[0].consequence})" if limits and limits[0].consequence else "")
            for tier, limits in rule.tiers()
        )
        lines.append(
            f"{rule.id:>3}  {rule.jurisdiction:<16} {rule.effective_from:%Y-%m-%d} – {until:<10}  "
            f"{rule.name}  [{tiers or 'no limits'}]  source: {rule.source or '—'}"
        )
    return lines
