from pathlib import Path

import pytest
from openpyxl import Workbook

from exchange_planner.domain.errors import ImportFormatError, ValidationError
from exchange_planner.services.member_import import guess_mapping, read_table

HEADER = "Family name,Given name,Native name,Title,Role,Arrival\n"
ROWS = (
    "Kim,Min-su,김민수,Councillor,official,2023-07-25 17:40\n"
    "Müller,Jürgen,,Interpreter,interpreter,\n"
    "Cohen,Dana,דנה כהן,Guest 🎨,guest,\n"
)


def write(tmp_path: Path, text: str, encoding: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_and_without_bom(tmp_path, encoding):
    table = read_table(write(tmp_path, HEADER + ROWS, encoding))
    assert table.headers[0] == "Family name"  # no BOM glued to the header
    assert table.rows[0][2] == "김민수" and table.rows[2][2] == "דנה כהן"


def test_cp1252_and_semicolons(tmp_path):
    text = "Nachname;Vorname;Funktion\nMüller;Jürgen;Dolmetscher\n"
    table = read_table(write(tmp_path, text, "cp1252"))
    assert table.encoding == "Windows-1252" and table.rows[0][:2] == ["Müller", "Jürgen"]
    assert guess_mapping(table.headers) == {"family_name": 0, "given_name": 1, "title": 2}


def test_preview_then_commit_all_in_one_go(services, sample_ids, tmp_path):
    visit_id = sample_ids["visit"]
    table = read_table(write(tmp_path, HEADER + ROWS, "utf-8-sig"))
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), visit_id, timezone="Europe/Berlin"
    )
    assert preview.ok, preview.errors
    people_before = len(services.people.list())
    result = services.member_import.commit(preview)
    assert len(result.member_ids) == 3 and len(result.created_person_ids) == 3
    rows = services.members.rows(visit_id)
    assert [r.precedence for r in rows][-3:] == [21, 22, 23]
    kim = next(r for r in rows if r.native_name == "김민수")
    assert kim.latin_name == "Kim Min-su"  # Hangul name: family name first
    assert len(services.people.list()) == people_before + 3
    services.member_import.undo(result)
    assert len(services.members.rows(visit_id)) == 20
    assert len(services.people.list()) == people_before


def test_row_errors_are_listed_and_nothing_is_written(services, sample_ids, tmp_path):
    visit_id = sample_ids["visit"]
    text = HEADER + (
        "   ,Nobody,,,,\n"  # empty family name
        "Kang,Gi-jung,강기정,,head,\n"  # already on the delegation
        "Lee,Ann,,,astronaut,\n"  # unknown role
        "Park,Bo,,,,yesterday\n"  # bad arrival
        "Roe,Jo,,,,\n"
        "roe,jo,,,,\n"  # listed twice
        "Long," + "x" * 5000 + ",,,,\n"
    )
    table = read_table(write(tmp_path, text, "utf-8"))
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), visit_id, timezone="Europe/Berlin"
    )
    errors = "\n".join(preview.errors)
    assert "row 2, family_name: must not be empty" in errors
    assert "row 3" in errors and "already on this delegation" in errors
    assert "row 4, role" in errors and "row 5, arrival" in errors
    assert "row 7" in errors and "listed twice" in errors
    assert "row 8, given_name" in errors
    before = (len(services.people.list()), len(services.members.for_visit(visit_id)))
    with pytest.raises(ValidationError):
        services.member_import.commit(preview)
    assert (len(services.people.list()), len(services.members.for_visit(visit_id))) == before


def test_missing_required_column_names_it(services, sample_ids, tmp_path):
    table = read_table(write(tmp_path, "Given name,Title\nAnna,Guest\n", "utf-8"))
    with pytest.raises(ValidationError) as error:
        services.member_import.preview(
            table, guess_mapping(table.headers), sample_ids["visit"], timezone="Europe/Berlin"
        )
    assert error.value.field == "family_name"


def test_xlsx_and_existing_people_are_reused(services, sample_ids, tmp_path):
    visit = services.visits.duplicate(sample_ids["visit"], title="Other visit")
    for member in services.members.for_visit(visit.id):
        services.members.delete(member.id)
    book = Workbook()
    sheet = book.active
    sheet.append(["Surname", "First name", "Hangul", "Role"])
    sheet.append(["Kang", "Gi-jung", "강기정", "Head of delegation"])
    sheet.append(["Neu", "Nina", None, None])
    path = tmp_path / "list.xlsx"
    book.save(path)
    table = read_table(path)
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), visit.id, timezone="Europe/Berlin"
    )
    assert preview.ok and preview.rows[0].existing_person_id == sample_ids["mayor"]
    result = services.member_import.commit(preview)
    assert len(result.created_person_ids) == 1
    assert services.members.rows(visit.id)[0].role.value == "head"


def test_unreadable_files(tmp_path):
    with pytest.raises(ImportFormatError):
        read_table(write(tmp_path, "", "utf-8"))
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ImportFormatError):
        read_table(bad)
    with pytest.raises(ImportFormatError):
        read_table(write(tmp_path, "a", "utf-8", "list.pdf"))


def test_titles_in_hangul_become_korean_originals(services, sample_ids, tmp_path):
    visit_id = sample_ids["visit"]
    text = (
        "성명,Family name,Given name,직위,Organisation\n"
        "김민수,Kim,Min-su,광주광역시의회 의원,광주광역시\n"
        "이서연,Lee,Seo-yeon,Councillor,Gwangju City Council\n"
    )
    table = read_table(write(tmp_path, text, "utf-8"))
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), visit_id, timezone="Europe/Berlin"
    )
    assert preview.ok, preview.errors
    result = services.member_import.commit(preview)
    kim, lee = (services.people.get(pid) for pid in result.created_person_ids)
    assert (kim.title, kim.original_language) == ("광주광역시의회 의원", "ko")
    # Latin text: the office's language (German in the sample), which can be changed.
    assert (lee.title, lee.original_language) == ("Councillor", "de")
    services.member_import.undo(result)
    services.settings.set_office_language("en")
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), visit_id, timezone="Europe/Berlin"
    )
    result = services.member_import.commit(preview)
    assert services.people.get(result.created_person_ids[1]).original_language == "en"


def test_a_dietary_column_becomes_codes_and_what_is_left_the_note(services, sample_ids, tmp_path):
    """A partner city's "식단" / "Dietary requirements" column: the requirements it names in
    any of the three languages are stored as codes (the catering summary counts them), the
    rest stays the dietary note."""
    text = (
        "Family name,Given name,Role,Dietary requirements\n"
        'Seo,Yun,official,"Vegetarian; nut allergy, keine Zwiebeln"\n'
        "Oh,Jin,official,돼지고기 제외\n"
        "Ahn,Mi,official,Gluten free\n"
        "Yoo,Na,official,Fisch bitte ohne Gräten\n"
    )
    table = read_table(write(tmp_path, text, "utf-8"))
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), sample_ids["visit"], timezone="Europe/Berlin"
    )
    assert preview.ok, preview.errors
    result = services.member_import.commit(preview)
    people = {p.family_name: p for p in map(services.people.get, result.created_person_ids)}
    stored = {name: (p.dietary_requirements, p.dietary_notes) for name, p in people.items()}
    assert stored == {
        "Seo": ("vegetarian,nut_allergy", "keine Zwiebeln"),
        "Oh": ("no_pork", ""),
        "Ahn": ("gluten_free", ""),
        "Yoo": ("", "Fisch bitte ohne Gräten"),
    }
