"""The partnership balance table in the Residencies tab: every column as wide as its heading
and its cells (nothing elided), figures right-aligned under right-aligned headings, a dash
in empty cells."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from exchange_planner.ui.residencies.tab import ResidenciesTab

RIGHT = Qt.AlignmentFlag.AlignRight


@pytest.fixture(params=["en_US", "de_DE"])
def ui_locale(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def _balance(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.resize(1366, 768)
    residencies = main_window.page(ResidenciesTab)
    main_window.tabs.setCurrentWidget(residencies)
    residencies.pages.setCurrentWidget(residencies.balance)
    view = residencies.balance
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return view


def test_balance_table_columns_fit_and_figures_align(ui_locale, main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _balance(main_window, qtbot)
    table, model = view.table, view.model
    header = table.horizontalHeader()
    rows = range(model.rowCount())
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        # Neither the heading nor any cell is cut: the column is as wide as both need.
        assert table.columnWidth(column) >= header.sectionSizeHint(column), title
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), title
        if column == 0:  # the year
            continue
        header_alignment = model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
        )
        assert header_alignment is not None and header_alignment & RIGHT, title
        for row in rows:
            alignment = model.index(row, column).data(Qt.ItemDataRole.TextAlignmentRole)
            assert alignment is not None and alignment & RIGHT, (title, row)
    # 2024 has no valued gift: its value cells show a dash, not nothing.
    year_2024 = next(r for r in rows if model.index(r, 0).data() == "2024")
    for column in (model.columnCount() - 2, model.columnCount() - 1):
        assert model.index(year_2024, column).data() == "—"
    # Filled cells are unchanged: the totals row shows the sum.
    totals = model.rowCount() - 1
    assert "185" in model.index(totals, model.columnCount() - 2).data()
    shots = os.environ.get("EXCHANGE_PLANNER_SHOTS")
    if shots:
        main_window.grab().save(os.path.join(shots, f"balance-table-{ui_locale}.png"))


def test_last_balance_column_stays_under_its_heading(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The last column is not stretched over the rest of the table: its figures stand
    under their heading, as wide as they need."""
    view = _balance(main_window, qtbot)
    table = view.table
    last = view.model.columnCount() - 1
    needed = max(table.horizontalHeader().sectionSizeHint(last), table.sizeHintForColumn(last))
    assert table.columnWidth(last) <= needed + 8
