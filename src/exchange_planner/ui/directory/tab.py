"""The People & Venues tab: partnerships, people and venues, each a list beside its editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from exchange_planner.domain.catering import REQUIREMENTS
from exchange_planner.domain.enums import NameOrder
from exchange_planner.domain.names import usual_name_order
from exchange_planner.domain.timezones import timezone_names, zones_for_country
from exchange_planner.ui.change_feed import OncePerCommit
from exchange_planner.ui.content_language import shown
from exchange_planner.ui.context import UiContext
from exchange_planner.ui.directory.fields import FieldSpec
from exchange_planner.ui.directory.lists import (
    PartnershipListModel,
    PersonListModel,
    VenueListModel,
)
from exchange_planner.ui.directory.ranks import RanksSection, rank_groups
from exchange_planner.ui.directory.section import DirectorySection
from exchange_planner.ui.icons import icon
from exchange_planner.ui.names import person_name
from exchange_planner.ui.tabs import TabPage


class DirectoryTab(TabPage):
    handles = ("partnership", "person", "venue", "rank_table")

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sections = QTabWidget(self)
        self.sections.setDocumentMode(True)
        self.partnerships = self._partnership_section()
        self.people = self._people_section()
        self.venues = self._venue_section()
        self.ranks = RanksSection(context, self)
        self.by_kind: dict[str, Any] = {
            "partnership": self.partnerships,
            "person": self.people,
            "venue": self.venues,
            "rank_table": self.ranks,
        }
        self.sections.addTab(self.partnerships, icon("partnership"), self.tr("Partnerships"))
        self.sections.addTab(self.people, icon("person"), self.tr("People"))
        self.sections.addTab(self.venues, icon("venue"), self.tr("Venues"))
        self.sections.addTab(self.ranks, icon("person"), self.tr("Ranks"))
        #: Sections that missed changes while hidden: read again when shown. People,
        #: venues and ranks are read when first shown (the tab opens on the partnerships).
        self._stale: set[Any] = {self.people, self.venues, self.ranks}
        self._rank_choices_stale = True
        self._once = OncePerCommit()
        self.sections.currentChanged.connect(lambda _index: self._catch_up())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)

    def title(self) -> str:
        return self.tr("People && Venues")

    def icon(self) -> QIcon:
        return icon("directory")

    def _home_timezone(self) -> str:
        return self.services.settings.get("home_timezone") or "Europe/Berlin"

    def _new_partnership_values(self) -> dict[str, Any]:
        # The zone is a placeholder until the country is typed: say so, not silently.
        self.context.events.status.emit(
            self.tr("Type the partner's country: its time zone is then set from it")
        )
        return {
            "partner_city": self.tr("New partner city"),
            "country": self.tr("Country"),
            "timezone": self._home_timezone(),
        }

    def _zone_from_country(self, field: str, value: Any, partnership: Any) -> dict[str, Any]:
        """A typed country sets the time zone to its zone (one undo step); several are offered."""
        if field != "country":
            return {}
        zones = zones_for_country(str(value or ""))
        if not zones:
            return {}
        editor = self.partnerships.fields["timezone"].widget
        completer = editor.completer() if hasattr(editor, "completer") else None
        if completer is not None:
            others = [name for name in timezone_names() if name not in zones]
            completer.model().setStringList([*zones, *others])
        if partnership.timezone in zones:
            return {}
        if len(zones) > 1:
            self.context.events.status.emit(
                self.tr("Time zone set to %1; %2 has %3 zones, the time zone list shows them first")
                .replace("%1", zones[0])
                .replace("%2", str(value))
                .replace("%3", str(len(zones)))
            )
        else:
            self.context.events.status.emit(
                self.tr("Time zone set to %1 from the country").replace("%1", zones[0])
            )
        return {"timezone": zones[0]}

    # --- sections --------------------------------------------------------------------------
    def _partnership_section(self) -> DirectorySection:
        return DirectorySection(
            self.context,
            kind="partnership",
            texts={
                "new": self.tr("New partnership"),
                "duplicate": self.tr("Duplicate partnership"),
                "delete": self.tr("Delete partnership"),
            },
            service=self.services.partnerships,
            model=PartnershipListModel(self.services.partnerships),
            fields=[
                FieldSpec(
                    "partner_city", self.tr("Partner &city"), placeholder=self.tr("e.g. Gwangju")
                ),
                FieldSpec("city_native", self.tr("City in own &script"), placeholder="광주"),
                FieldSpec("country", self.tr("C&ountry"), placeholder=self.tr("e.g. South Korea")),
                FieldSpec("since_year", self.tr("Partner s&ince"), "number", options=(1900, 2200)),
                FieldSpec(
                    "timezone",
                    self.tr("&Time zone"),
                    "timezone",
                    placeholder="Asia/Seoul",
                    tooltip=self.tr("Type part of a name, e.g. Seoul, and pick from the list."),
                ),
                FieldSpec(
                    "languages",
                    self.tr("&Languages"),
                    placeholder="ko,en",
                    tooltip=self.tr("Language codes, separated by commas."),
                ),
                FieldSpec("notes", self.tr("&Notes"), "text"),
            ],
            new_values=self._new_partnership_values,
            copy_field="partner_city",
            follow_up=self._zone_from_country,
            heading=lambda p: " ".join(part for part in (p.partner_city, p.city_native) if part),
            empty_hint=self.tr("No partnership selected. Press Ctrl+N to add one."),
            read_only_hint=self.tr("No partnership selected."),
            parent=self,
        )

    def _people_section(self) -> DirectorySection:
        return DirectorySection(
            self.context,
            kind="person",
            texts={
                "new": self.tr("New person"),
                "duplicate": self.tr("Duplicate person"),
                "delete": self.tr("Delete person"),
            },
            service=self.services.people,
            model=PersonListModel(self.services.people, read_now=False),
            fields=[
                FieldSpec("family_name", self.tr("Famil&y name"), placeholder=self.tr("e.g. Kang")),
                FieldSpec(
                    "given_name", self.tr("&Given name"), placeholder=self.tr("e.g. Gi-jung")
                ),
                FieldSpec("native_name", self.tr("Name in own &script"), placeholder="강기정"),
                FieldSpec(
                    "name_order",
                    self.tr("Name &order"),
                    "choice",
                    options=(
                        (NameOrder.GIVEN_FIRST.value, self.tr("Given name first (Gi-jung Kang)")),
                        (NameOrder.FAMILY_FIRST.value, self.tr("Family name first (Kang Gi-jung)")),
                    ),
                    tooltip=self.tr("Korean names are written family name first."),
                ),
                FieldSpec("title", self.tr("&Title / position")),
                FieldSpec("organisation", self.tr("O&rganisation")),
                FieldSpec("country", self.tr("Co&untry")),
                FieldSpec(
                    "gift_jurisdiction",
                    self.tr("Gift &jurisdiction"),
                    placeholder=self.tr("e.g. DE-SN-KOMMUNAL"),
                    tooltip=self.tr(
                        "The gift rules of this person's office (Delegations ▸ Gifts ▸ Gift rules)"
                    ),
                ),
                FieldSpec("email", self.tr("E-&mail")),
                FieldSpec("phone", self.tr("&Phone")),
                FieldSpec("language", self.tr("&Language"), placeholder="ko"),
                FieldSpec(
                    "rank_id",
                    self.tr("Ran&k"),
                    "record",
                    options=(self.tr("(no rank)"),),
                    tooltip=self.tr("The rank in the order of precedence, from the Ranks list"),
                ),
                FieldSpec(
                    "elected",
                    self.tr("Ele&cted"),
                    "tristate",
                    options=(self.tr("Yes, elected"), self.tr("No, appointed"), self.tr("Unknown")),
                    tooltip=self.tr("Of two people of equal rank, the elected one goes first"),
                ),
                FieldSpec(
                    "in_office_since",
                    self.tr("In office si&nce"),
                    "date",
                    tooltip=self.tr("Of equal rank, the one longer in office goes first"),
                ),
                FieldSpec("born_on", self.tr("&Born"), "date"),
                FieldSpec(
                    "dietary_requirements",
                    self.tr("Dietary re&quirements"),
                    "codes",
                    options=self._dietary_choices(),
                    tooltip=self.tr(
                        "Counted on the catering summary; allergies and “other” are named "
                        "to the caterer"
                    ),
                ),
                FieldSpec("dietary_notes", self.tr("D&ietary notes"), "text"),
                FieldSpec("accessibility_notes", self.tr("&Accessibility notes"), "text"),
                FieldSpec(
                    "notes_consent",
                    self.tr("Consent for health notes"),
                    "check",
                    options=(self.tr("Agreed: health and religion notes may be kept and printed"),),
                    tooltip=self.tr(
                        "Without consent, allergies, intolerances, religious diets and the "
                        "notes are not printed: the catering summary only counts them as "
                        "withheld"
                    ),
                ),
                FieldSpec(
                    "notes_consent_on",
                    self.tr("Consent dated"),
                    "date",
                    tooltip=self.tr("Set to today when the consent is ticked"),
                ),
            ],
            new_values=lambda: {"family_name": self.tr("New person")},
            copy_field="family_name",
            heading=_person_heading,
            empty_hint=self.tr("No person selected. Press Ctrl+N to add one."),
            read_only_hint=self.tr("No person selected."),
            follow_up=_name_order_follow_up,
            parent=self,
        )

    def _dietary_choices(self) -> tuple[tuple[str, str], ...]:
        """The dietary requirement codes (``domain.catering.REQUIREMENTS``) as offered."""
        texts = {
            "vegetarian": self.tr("Vegetarian"),
            "vegan": self.tr("Vegan"),
            "no_pork": self.tr("No pork"),
            "halal": self.tr("Halal"),
            "kosher": self.tr("Kosher"),
            "no_alcohol": self.tr("No alcohol"),
            "gluten_free": self.tr("Gluten-free"),
            "lactose_free": self.tr("Lactose-free"),
            "nut_allergy": self.tr("Nut allergy"),
            "seafood_allergy": self.tr("Seafood allergy"),
            "diabetic": self.tr("Diabetic"),
            "other": self.tr("Other (see the notes)"),
        }
        return tuple((code.value, texts.get(code.value, code.value)) for code in REQUIREMENTS)

    def _venue_section(self) -> DirectorySection:
        return DirectorySection(
            self.context,
            kind="venue",
            texts={
                "new": self.tr("New venue"),
                "duplicate": self.tr("Duplicate venue"),
                "delete": self.tr("Delete venue"),
            },
            service=self.services.venues,
            model=VenueListModel(self.services.venues, read_now=False),
            fields=[
                FieldSpec("name", self.tr("&Name"), placeholder=self.tr("e.g. Neues Rathaus")),
                FieldSpec("room", self.tr("&Room")),
                FieldSpec("address", self.tr("&Address")),
                FieldSpec("city", self.tr("&City")),
                FieldSpec(
                    "timezone",
                    self.tr("&Time zone"),
                    "timezone",
                    placeholder="Europe/Berlin",
                    tooltip=self.tr("Type part of a name, e.g. Berlin, and pick from the list."),
                ),
                FieldSpec("capacity", self.tr("Ca&pacity"), "number", options=(0, 100_000)),
                FieldSpec("contact", self.tr("C&ontact")),
            ],
            new_values=lambda: {"name": self.tr("New venue"), "timezone": self._home_timezone()},
            copy_field="name",
            heading=lambda v: ", ".join(part for part in (v.name, v.room, v.city) if part),
            empty_hint=self.tr("No venue selected. Press Ctrl+N to add one."),
            read_only_hint=self.tr("No venue selected."),
            parent=self,
        )

    # --- TabPage ---------------------------------------------------------------------------
    def on_data_changed(self, kind: str, record_id: int) -> None:
        if kind in ("rank", "rank_table", "*"):
            self._rank_choices_stale = True  # the people's rank field offers them
            kind = "rank_table" if kind == "rank" else kind
        sections = list(self.by_kind.values()) if kind == "*" else [self.by_kind.get(kind)]
        for section in sections:
            if section is None or not self._once.first(section):
                continue
            # The section on screen is read again now; the others when they are shown.
            self._stale.add(section)
        self._catch_up()

    def _catch_up(self, section: DirectorySection | None = None) -> None:
        """Read again the section on screen (or ``section``) if it missed changes."""
        if section is None:
            if not self.isVisible():
                return
            section = self.sections.currentWidget()  # type: ignore[assignment]
        if section is self.people and self._rank_choices_stale:
            self.fill_rank_choices()
        if section in self._stale:
            self._stale.discard(section)
            section.reload()  # type: ignore[union-attr]

    def fill_rank_choices(self) -> None:
        """The ranks a person can hold, grouped by their table."""
        self._rank_choices_stale = False
        groups = [
            (heading, [(r.id, shown(r, "title")) for r in ranks])
            for heading, ranks in rank_groups(self.services)
        ]
        field = self.people.fields["rank_id"]
        field.set_groups(groups)
        if self.people.record is not None:  # the choice shown follows the stored rank
            field.set_value(self.people.record.rank_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._catch_up()

    def create_new(self, kind: str) -> None:
        """Show the section of ``kind`` and add a record there, its first field focused."""
        section = self.by_kind[kind]
        self.sections.setCurrentWidget(section)
        section.create_new()

    def show_record(self, kind: str, record_id: int) -> bool:
        section = self.by_kind.get(kind)
        if section is None:
            return False
        self._catch_up(section)
        if not section.select(record_id):
            return False
        self.sections.setCurrentWidget(section)
        return True


def _person_heading(person: Any) -> str:
    return person_name(person)


def _name_order_follow_up(field: str, value: Any, person: Any) -> dict[str, Any]:
    """A name typed in Hangul switches the Latin order to family name first (one undo step)."""
    if field != "native_name":
        return {}
    suggested = usual_name_order(value)
    if suggested is not None and suggested != person.name_order:
        return {"name_order": suggested}
    return {}
