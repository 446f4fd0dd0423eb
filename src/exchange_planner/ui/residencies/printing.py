"""Residency sheet and balance from the Residencies tab: the Documents menu's options dialog
(language first) and preview, with the residency or its partnership chosen already."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from exchange_planner.ui.documents.actions import DocumentRun
    from exchange_planner.ui.residencies.tab import ResidenciesTab


def document_language(tab: ResidenciesTab, partnership_id: int) -> str:
    """The partnership's document language from Settings; without one, German with the
    partner's language where the documents support it (ko), else English."""
    chosen = tab.services.settings.document_language(partnership_id)
    if chosen:
        return chosen
    languages = tab.services.partnerships.get(partnership_id).languages
    return "de+ko" if "ko" in [part.strip() for part in languages.split(",")] else "de+en"


def _preselect_language(run: DocumentRun, lang: str) -> None:
    index = run.dialog.language.findData(lang)
    if index >= 0:
        run.dialog.language.setCurrentIndex(index)


def print_residency_sheet(tab: ResidenciesTab, residency_id: int) -> DocumentRun:
    """The options dialog of the residency sheet, ``residency_id`` chosen; then the preview."""
    from exchange_planner.ui.documents import actions  # ReportLab, the preview: when used
    from exchange_planner.ui.documents.options import DocumentKind

    record = tab.services.residencies.get(residency_id)
    run = actions.DocumentRun(
        tab.window(),
        tab.context,
        DocumentKind.RESIDENCY,
        residency_id=residency_id,
        as_of=tab.today(),
    )
    _preselect_language(run, document_language(tab, record.partnership_id))
    tab.last_run = run.open()
    return run


def print_balance(tab: ResidenciesTab, partnership_id: int) -> DocumentRun:
    """The options dialog of the balance, ``partnership_id`` chosen; then the preview."""
    from exchange_planner.ui.documents import actions
    from exchange_planner.ui.documents.options import DocumentKind

    run = actions.DocumentRun(
        tab.window(),
        tab.context,
        DocumentKind.BALANCE,
        partnership_id=partnership_id,
        as_of=tab.today(),
    )
    _preselect_language(run, document_language(tab, partnership_id))
    tab.last_run = run.open()
    return run
