"""All services of one open database, built once and handed to the user interface."""

from __future__ import annotations

from dataclasses import dataclass

from exchange_planner.services.balance import BalanceService
from exchange_planner.services.calendar import CalendarService
from exchange_planner.services.change_history import ChangeHistoryService
from exchange_planner.services.conflicts import ConflictService
from exchange_planner.services.directory import PartnershipService, PersonService, VenueService
from exchange_planner.services.documents import DocumentService
from exchange_planner.services.exhibitions import ExhibitionService
from exchange_planner.services.history import HistoryService
from exchange_planner.services.member_import import MemberImportService
from exchange_planner.services.precedence import (
    PrecedenceService,
    RankService,
    RankTableService,
    VisitHostService,
)
from exchange_planner.services.residencies import (
    ChecklistService,
    DeliverableService,
    ResidencyService,
)
from exchange_planner.services.seating import (
    SeatingPlanService,
    SeatingService,
    SeatingTableService,
)
from exchange_planner.services.settings import SettingsService
from exchange_planner.services.translations import TranslationService
from exchange_planner.services.visits import (
    GiftService,
    GuestbookService,
    MemberService,
    ProgramService,
    VisitService,
)
from exchange_planner.storage.database import Database


@dataclass
class Services:
    db: Database
    partnerships: PartnershipService
    people: PersonService
    venues: VenueService
    visits: VisitService
    members: MemberService
    program: ProgramService
    gifts: GiftService
    guestbook: GuestbookService
    residencies: ResidencyService
    deliverables: DeliverableService
    checklist: ChecklistService
    exhibitions: ExhibitionService
    settings: SettingsService
    calendar: CalendarService
    conflicts: ConflictService
    member_import: MemberImportService
    balance: BalanceService
    history: HistoryService
    change_history: ChangeHistoryService
    documents: DocumentService
    translations: TranslationService
    rank_tables: RankTableService
    ranks: RankService
    hosts: VisitHostService
    precedence: PrecedenceService
    seating: SeatingService
    seating_plans: SeatingPlanService
    seating_tables: SeatingTableService

    @classmethod
    def for_database(cls, db: Database) -> Services:
        seating = SeatingService(db)
        return cls(
            db=db,
            partnerships=PartnershipService(db),
            people=PersonService(db),
            venues=VenueService(db),
            visits=VisitService(db),
            members=MemberService(db),
            program=ProgramService(db),
            gifts=GiftService(db),
            guestbook=GuestbookService(db),
            residencies=ResidencyService(db),
            deliverables=DeliverableService(db),
            checklist=ChecklistService(db),
            exhibitions=ExhibitionService(db),
            settings=SettingsService(db),
            calendar=CalendarService(db),
            conflicts=ConflictService(db),
            member_import=MemberImportService(db),
            balance=BalanceService(db),
            history=HistoryService(db),
            change_history=ChangeHistoryService(db),
            documents=DocumentService(db),
            translations=TranslationService(db),
            rank_tables=RankTableService(db),
            ranks=RankService(db),
            hosts=VisitHostService(db),
            precedence=PrecedenceService(db),
            seating=seating,
            seating_plans=seating.plans,
            seating_tables=seating.tables,
        )
