"""Residency sheet and balance PDFs from the Residencies tab, written off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.reports.balance import build_balance_pdf
from exchange_planner.reports.residency_sheet import build_residency_sheet
from exchange_planner.services.documents import safe_file_name
from exchange_planner.ui import workers

if TYPE_CHECKING:
    from exchange_planner.ui.residencies.tab import ResidenciesTab


def document_language(tab: ResidenciesTab, partnership_id: int) -> str:
    """German with the partner's language where the documents support it (ko), else English."""
    languages = tab.services.partnerships.get(partnership_id).languages
    return "de+ko" if "ko" in [part.strip() for part in languages.split(",")] else "de+en"


def _run(tab: ResidenciesTab, build: Any, data: Any, path: str, lang: str, what: str) -> Any:
    def work(control: workers.TaskControl) -> int:
        control.check()
        return int(build(data, path, lang=lang))

    def done(pages: int) -> None:
        tab.context.events.status.emit(
            QCoreApplication.translate("ResidencyPrinting", "%s written to %s (%d pages)")
            % (what, path, pages)
        )
        tab.last_pdf = Path(path)

    def failed(error: Exception, _trace: str) -> None:
        tab.context.events.status.emit(
            QCoreApplication.translate("ResidencyPrinting", "%s could not be written: %s")
            % (what, error)
        )
        tab.last_pdf_error = str(error)

    tab.last_task = workers.start(work, on_done=done, on_error=failed)
    return tab.last_task


def print_residency_sheet(tab: ResidenciesTab, residency_id: int) -> Any:
    record = tab.services.residencies.get(residency_id)
    path = tab.ask_path(
        tab,
        QCoreApplication.translate("ResidencyPrinting", "Save residency sheet"),
        f"residency-{safe_file_name(record.title or str(residency_id), fallback='document')}.pdf",
    )
    if not path:
        return None
    try:
        data = tab.services.residencies.sheet_data(residency_id, tab.today())
    except ExchangePlannerError as error:
        tab.context.events.status.emit(str(error))
        return None
    lang = document_language(tab, record.partnership_id)
    return _run(
        tab,
        build_residency_sheet,
        data,
        path,
        lang,
        QCoreApplication.translate("ResidencyPrinting", "Residency sheet"),
    )


def print_balance(tab: ResidenciesTab, partnership_id: int) -> Any:
    partnership = tab.services.partnerships.get(partnership_id)
    path = tab.ask_path(
        tab,
        QCoreApplication.translate("ResidencyPrinting", "Save partnership balance"),
        f"balance-{safe_file_name(partnership.partner_city, fallback='document')}.pdf",
    )
    if not path:
        return None
    data = tab.services.balance.report_data(partnership_id, tab.today())
    lang = document_language(tab, partnership_id)
    return _run(
        tab,
        build_balance_pdf,
        data,
        path,
        lang,
        QCoreApplication.translate("ResidencyPrinting", "Partnership balance"),
    )
