"""What a Korean or English print of a visit will lack: every text without a translation."""

from __future__ import annotations

from exchange_planner.domain.texts import TRANSLATABLE
from exchange_planner.services.translations import partnership_languages


def _german_only(services, visit_id):
    """Everything the visit's documents print in German only, whatever the sample holds."""
    s = services
    visit = s.visits.get(visit_id)
    s.visits.update(visit_id, original_language="de", translations={}, notes="Notizen")
    s.partnerships.update(visit.partnership_id, languages="ko,en", translations={})
    for item in s.program.for_visit(visit_id):
        s.program.update(item.id, original_language="de", translations={})
        if item.venue_id:
            s.venues.update(item.venue_id, original_language="de", translations={})
    for member in s.members.for_visit(visit_id):
        s.people.update(member.person_id, original_language="de", translations={})
    for gift in s.gifts.for_visit(visit_id):
        s.gifts.update(gift.id, original_language="de", translations={})


def _expected(services, visit_id, languages):
    """Every (kind, id, field) with an original, worked out from the records directly."""
    s = services
    visit = s.visits.get(visit_id)
    records = [("visit", visit), ("partnership", s.partnerships.get(visit.partnership_id))]
    venues = []
    for item in s.program.for_visit(visit_id):
        records.append(("program_item", item))
        if item.venue_id and item.venue_id not in venues:
            venues.append(item.venue_id)
            records.append(("venue", s.venues.get(item.venue_id)))
    records += [("person", s.people.get(m.person_id)) for m in s.members.for_visit(visit_id)]
    records += [("gift", g) for g in s.gifts.for_visit(visit_id)]
    return [
        (kind, record.id, field)
        for kind, record in records
        for field in TRANSLATABLE[kind]
        if getattr(record, field)
    ]


def test_every_untranslated_text_of_the_visit_is_listed_in_reading_order(services, sample_ids):
    visit_id = sample_ids["visit"]
    _german_only(services, visit_id)
    missing = services.translations.missing_for_visit(visit_id)
    assert [(m.kind, m.record_id, m.field) for m in missing] == _expected(
        services, visit_id, ("ko", "en")
    )
    assert {m.languages for m in missing} == {("ko", "en")}
    first = missing[0]
    assert (first.kind, first.field, first.label) == (
        "visit",
        "title",
        services.visits.get(visit_id).title,
    )
    kinds = {m.kind for m in missing}
    assert {"visit", "partnership", "program_item", "venue", "person", "gift"} <= kinds


def test_a_translation_takes_its_text_off_the_list_for_that_language(services, sample_ids):
    visit_id = sample_ids["visit"]
    _german_only(services, visit_id)
    item = services.program.for_visit(visit_id)[0]
    services.program.update(item.id, translations={"title": {"ko": "환영"}})
    korean = services.translations.missing_for_visit(visit_id, ["ko"])
    english = services.translations.missing_for_visit(visit_id, ["en"])
    assert ("program_item", item.id, "title") not in {
        (m.kind, m.record_id, m.field) for m in korean
    }
    entry = next(
        m for m in english if (m.kind, m.record_id, m.field) == ("program_item", item.id, "title")
    )
    assert entry.languages == ("en",)
    # both languages asked: only English is missing for that title
    both = services.translations.missing_for_visit(visit_id, ["ko", "en"])
    entry = next(
        m for m in both if (m.kind, m.record_id, m.field) == ("program_item", item.id, "title")
    )
    assert entry.languages == ("en",)


def test_the_original_language_and_empty_texts_lack_nothing(services, sample_ids):
    visit_id = sample_ids["visit"]
    _german_only(services, visit_id)
    assert services.translations.missing_for_visit(visit_id, ["de"]) == []
    services.visits.update(visit_id, notes="")
    fields = {
        m.field for m in services.translations.missing_for_visit(visit_id) if m.kind == "visit"
    }
    assert fields == {"title"}


def test_a_visit_asks_for_its_partnerships_languages_and_the_office_language(services, sample_ids):
    visit_id = sample_ids["visit"]
    _german_only(services, visit_id)
    assert services.translations.languages_for_visit(visit_id) == ["de", "ko", "en"]
    services.settings.set_office_language("en")
    assert services.translations.languages_for_visit(visit_id) == ["en", "ko"]
    assert partnership_languages(" ko , xx,en", "de") == ["de", "ko", "en"]
    assert services.translations.languages_for_partnership(None) == ["de", "ko", "en"]


def test_people_and_venues_ask_for_the_languages_of_their_partnerships(services, sample_ids):
    s, visit_id = services, sample_ids["visit"]
    visit = s.visits.get(visit_id)
    s.partnerships.update(visit.partnership_id, languages="en")
    member = s.members.for_visit(visit_id)[0].person_id
    venue = next(i.venue_id for i in s.program.for_visit(visit_id) if i.venue_id)
    assert s.translations.languages_for_record("person", member) == ["de", "en"]
    assert s.translations.languages_for_record("venue", venue) == ["de", "en"]
    s.partnerships.update(visit.partnership_id, languages="ko")
    assert s.translations.languages_for_record("venue", venue) == ["de", "ko"]
    nobody = s.people.create(family_name="Niemand")
    assert s.translations.languages_for_record("person", nobody.id) == ["de", "ko", "en"]
