"""The member import's role table, Korean headers, skipping rows with errors and placing
members by their role's precedence, through the services."""

from __future__ import annotations

from pathlib import Path

import pytest

from exchange_planner.domain.enums import MemberRole
from exchange_planner.domain.errors import ValidationError
from exchange_planner.services.member_import import (
    guess_mapping,
    header_problem,
    known_role,
    placed_by_role,
    read_table,
)
from exchange_planner.services.settings import MEMBER_ROLES_KEY

GWANGJU_LIST = Path(__file__).parents[1] / "data" / "member_lists" / "gwangju_delegation.xlsx"
HEAD, DEPUTY, OFF, STAFF, INTERP, PRESS, GUEST = (
    MemberRole.HEAD,
    MemberRole.DEPUTY,
    MemberRole.OFFICIAL,
    MemberRole.STAFF,
    MemberRole.INTERPRETER,
    MemberRole.PRESS,
    MemberRole.GUEST,
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["번호", "구분", "한글 성명", "영문 성", "영문 이름", "소속", "직책"],
            {
                "role": 1,
                "native_name": 2,
                "family_name": 3,
                "given_name": 4,
                "organisation": 5,
                "title": 6,
            },
        ),
        (
            ["성(영문)", "이름(영문)", "성명(한글)", "Position", "E-Mail", "국적"],
            {
                "family_name": 0,
                "given_name": 1,
                "native_name": 2,
                "title": 3,
                "email": 4,
                "country": 5,
            },
        ),
        (
            ["Surname / 영문 성", "Given name / 영문 이름", "Name in Hangul", "직위"],
            {"family_name": 0, "given_name": 1, "native_name": 2, "title": 3},
        ),
        # 성 and 이름 beside romanised columns are the Hangul name's parts, not a second
        # family and given name: no refusal, 이름 is the name in Hangul.
        (
            ["성", "이름", "영문성", "영문이름", "휴대폰", "도착일시"],
            {"native_name": 1, "family_name": 2, "given_name": 3, "phone": 4, "arrival": 5},
        ),
    ],
)
def test_headers_of_korean_city_office_lists(headers, expected):
    assert guess_mapping(headers) == expected
    assert header_problem(headers) is None


def test_two_columns_for_one_field_are_still_refused():
    assert "both hold “Family name”" in (header_problem(["Surname", "영문 성"]) or "")


def test_a_cp949_list_with_the_new_headers(services, sample_ids, tmp_path):
    text = (
        "한글 성명,영문 성,영문 이름,직책,구분\n유진,Yoo,Jin,의원,단원\n서윤,Seo,Yun,통역사,통역\n"
    )
    table = read_table(write(tmp_path, text, "cp949"))
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), sample_ids["visit"], timezone="Europe/Berlin"
    )
    assert preview.ok, preview.errors
    assert [row.values["role"] for row in preview.rows] == [OFF, INTERP]
    assert [row.values["native_name"] for row in preview.rows] == ["유진", "서윤"]


def test_default_roles_in_korean_english_and_german():
    assert [known_role(v) for v in ("단원", "언론", "수행", "통역", "수행원", "기자")] == [
        OFF,
        PRESS,
        STAFF,
        INTERP,
        STAFF,
        PRESS,
    ]
    assert [known_role(v) for v in ("Journalist", "Delegation member", "Dolmetscherin")] == [
        PRESS,
        OFF,
        INTERP,
    ]
    assert known_role("  head  of   Delegation ") == HEAD and known_role("") == OFF
    assert known_role("Ehrengast") is None
    # The user's table comes first; None there leaves a value unmapped.
    assert known_role("단원", {"단원": STAFF}) == STAFF
    assert known_role("단원", {"단원": None}) is None


def test_placed_by_role_keeps_the_present_order():
    order = placed_by_role([HEAD, OFF, OFF, PRESS], [PRESS, OFF, GUEST, DEPUTY])
    assert order == [
        ("old", 0),
        ("new", 3),  # deputy after the head
        ("old", 1),
        ("old", 2),
        ("new", 1),  # official after the officials
        ("old", 3),
        ("new", 0),  # press after the press
        ("new", 2),  # guest at the end
    ]
    # A list the user ordered by hand: after the last member whose role comes first.
    assert placed_by_role([OFF, HEAD], [STAFF]) == [("old", 0), ("old", 1), ("new", 0)]
    assert placed_by_role([PRESS], [HEAD]) == [("new", 0), ("old", 0)]


def test_skip_rows_with_errors_imports_the_good_rows_by_role_and_undo_restores(
    services, sample_ids
):
    visit_id = sample_ids["visit"]
    before = [(r.id, r.precedence) for r in services.members.rows(visit_id)]
    table = read_table(GWANGJU_LIST)
    preview = services.member_import.preview(
        table,
        guess_mapping(table.headers),
        visit_id,
        timezone="Europe/Berlin",
        roles={"VIP": MemberRole.GUEST},
    )
    assert [row.number for row in preview.bad_rows] == [9]
    with pytest.raises(ValidationError):
        services.member_import.commit(preview)  # not without skipping
    result = services.member_import.commit(preview, skip_errors=True)
    assert [(row.number, row.reasons) for row in result.skipped] == [
        (9, ("row 9, family_name: must not be empty",))
    ]
    rows = services.members.rows(visit_id)
    assert [r.precedence for r in rows] == list(range(1, 27))
    names = [r.native_name for r in rows]
    assert names.index("박민준") == 11 and names.index("최서연") == 16
    assert names[-1] == "정우진" and rows[-1].role == MemberRole.GUEST
    assert result.precedence_before  # the members after them moved down
    services.member_import.undo(result)
    assert [(r.id, r.precedence) for r in services.members.rows(visit_id)] == before


def test_only_errors_and_skip_imports_nothing(services, sample_ids, tmp_path):
    visit_id = sample_ids["visit"]
    table = read_table(write(tmp_path, "Surname,Role\n,official\nKim,astronaut\n"))
    preview = services.member_import.preview(
        table, guess_mapping(table.headers), visit_id, timezone="Europe/Berlin"
    )
    with pytest.raises(ValidationError, match="every row has a problem"):
        services.member_import.commit(preview, skip_errors=True)
    assert len(services.members.rows(visit_id)) == 20


def test_the_role_table_is_remembered_without_the_defaults(services, sample_ids):
    visit_id, partnership = sample_ids["visit"], sample_ids["partnership"]
    imports = services.member_import
    imports.remember_roles(
        visit_id,
        {"VIP": MemberRole.GUEST, "단원": MemberRole.OFFICIAL, "x" * 101: MemberRole.STAFF},
    )
    assert services.settings.member_roles(partnership) == {"vip": MemberRole.GUEST}
    assert imports.remembered_roles(visit_id) == {"vip": MemberRole.GUEST}
    imports.remember_roles(visit_id, {"단원": MemberRole.STAFF, "vip": None})
    assert imports.remembered_roles(visit_id) == {"단원": MemberRole.STAFF}
    imports.remember_roles(visit_id, {"단원": MemberRole.OFFICIAL})  # back to the default
    assert imports.remembered_roles(visit_id) == {}
    assert services.settings.get(MEMBER_ROLES_KEY.format(id=partnership)) == ""


def test_bad_role_tables_are_refused_and_damaged_ones_read_as_empty(services, sample_ids):
    partnership = sample_ids["partnership"]
    settings = services.settings
    settings.set_member_roles(partnership, {"VIP": "guest"})
    for bad in ({"VIP": "astronaut"}, {"  ": "guest"}, {"a\x00b": "guest"}):
        with pytest.raises(ValidationError):
            settings.set_member_roles(partnership, bad)
    assert settings.member_roles(partnership) == {"vip": MemberRole.GUEST}  # unchanged
    settings.set(MEMBER_ROLES_KEY.format(id=partnership), "{not json")
    assert settings.member_roles(partnership) == {}
    settings.set(MEMBER_ROLES_KEY.format(id=partnership), '{"vip": "astronaut", "a": "press"}')
    assert settings.member_roles(partnership) == {"a": MemberRole.PRESS}
