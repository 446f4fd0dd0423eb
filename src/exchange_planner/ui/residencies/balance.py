"""The partnership balance: a table per year, a small bar chart, the open exchanges."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.domain.ledger import Ledger, OpenKind, YearBalance
from exchange_planner.ui import accessible
from exchange_planner.ui.accessible import AccessibleItem
from exchange_planner.ui.amounts import ui_money
from exchange_planner.ui.icons import icon
from exchange_planner.ui.models.record_table import Column, RecordTableModel
from exchange_planner.ui.widgets.date_field import ui_date
from exchange_planner.ui.widgets.forms import fill_combo

#: (attribute, colour) of the bars per year: out/in pairs for residencies, visits, gifts.
SERIES: list[tuple[str, QColor]] = [
    ("residencies_sent", QColor("#1565c0")),
    ("residencies_received", QColor("#64b5f6")),
    ("visits_made", QColor("#2e7d32")),
    ("visits_hosted", QColor("#81c784")),
    ("gifts_given", QColor("#ef6c00")),
    ("gifts_received", QColor("#ffb74d")),
]


def money_text(values: dict[str, Decimal]) -> str:
    """Sums per currency as the interface's locale writes them: €1,185.00; 1.185,00 € in
    German (domain/amounts.py); a dash for none."""
    return "; ".join(ui_money(values[c], c) for c in sorted(values)) or EMPTY


#: What an empty cell of figures shows.
EMPTY = "—"
#: Figures are right-aligned, so that their places line up.
FIGURES = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BalanceChart(QWidget):
    """Grouped bars per year; painted, so it prints as it shows.

    Left and Right walk the bars (a frame marks the one in focus); screen readers get each
    bar as an accessible child named by its series, year and count.
    """

    accessible_role = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years: list[YearBalance] = []
        #: The bar in keyboard focus: (year, series attribute).
        self.focus_bar: tuple[int, str] | None = None
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accessible.install()
        self.setAccessibleName(self.tr("Exchanges per year"))
        self.setAccessibleDescription(self.tr("Left and Right move from bar to bar."))

    def series_labels(self) -> dict[str, str]:
        return {
            "residencies_sent": self.tr("Residencies sent"),
            "residencies_received": self.tr("Residencies received"),
            "visits_made": self.tr("Visits made"),
            "visits_hosted": self.tr("Visits hosted"),
            "gifts_given": self.tr("Gifts given"),
            "gifts_received": self.tr("Gifts received"),
        }

    def set_years(self, years: list[YearBalance]) -> None:
        self.years = list(years)
        if self.focus_bar is not None and self.focus_bar[0] not in {y.year for y in years}:
            self.focus_bar = None
        self.update()

    def _frame(self, area: QRectF, metrics: QFontMetrics) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the bars' area inside ``area``."""
        legend_h = metrics.height() + 8
        left, top = area.left() + 34, area.top() + 8
        bottom = area.bottom() - metrics.height() - 8 - legend_h
        return left, top, area.right() - 8, bottom

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font

    def bar_rects(self, area: QRectF) -> list[tuple[YearBalance, str, int, QRectF]]:
        """Each bar, year by year in the order of the series: (year, series, value, rect)."""
        if not self.years:
            return []
        left, top, right, bottom = self._frame(area, QFontMetrics(self._font()))
        peak = max(max(max(getattr(y, name) for name, _ in SERIES) for y in self.years), 1)
        height = max(10.0, bottom - top)
        group = (right - left) / len(self.years)
        bar_w = min(22.0, group * 0.8 / len(SERIES))
        bars = []
        for i, year in enumerate(self.years):
            x0 = left + i * group + (group - bar_w * len(SERIES)) / 2
            for j, (name, _colour) in enumerate(SERIES):
                value = getattr(year, name)
                h = value / peak * height
                bars.append((year, name, value, QRectF(x0 + j * bar_w, bottom - h, bar_w - 2, h)))
        return bars

    # --- keyboard and screen readers ---------------------------------------------------
    def accessible_focus_key(self) -> tuple[int, str] | None:
        return self.focus_bar

    def accessible_items(self) -> list[AccessibleItem]:
        labels = self.series_labels()
        items = []
        for year, name, value, rect in self.bar_rects(QRectF(self.rect())):
            label = labels[name]
            items.append(
                AccessibleItem(
                    key=(year.year, name),
                    name=self.tr("%1 %2: %3")
                    .replace("%1", label)
                    .replace("%2", str(year.year))
                    .replace("%3", str(value)),
                    description=label,
                    # A bar of 0 has no height: it is reported one pixel tall on the axis.
                    rect=rect.adjusted(0, -1 if rect.height() < 1 else 0, 0, 0).toAlignedRect(),
                    role=QAccessible.Role.ListItem,
                )
            )
        return items

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.years:
            keys = [(year.year, name) for year, name, _v, _r in self.bar_rects(QRectF(self.rect()))]
            step = -1 if key == Qt.Key.Key_Left else 1
            if self.focus_bar in keys:
                index = min(max(keys.index(self.focus_bar) + step, 0), len(keys) - 1)
            else:
                index = 0 if step > 0 else len(keys) - 1
            self.focus_bar = keys[index]
            self.update()
            accessible.announce_focus(self, self.focus_bar)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.rect()))
        painter.end()

    def paint(self, painter: QPainter, area: QRectF) -> None:
        palette = self.palette()
        painter.fillRect(area, palette.base())
        font = self._font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        legend_h = metrics.height() + 8
        left, top, right, bottom = self._frame(area, metrics)
        if not self.years:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No exchanges recorded"))
            return
        peak = max(max(getattr(y, name) for name, _ in SERIES) for y in self.years)
        peak = max(peak, 1)
        height = max(10.0, bottom - top)
        # Integer gridlines.
        step = max(1, round(peak / 4))
        painter.setPen(QPen(palette.mid().color(), 0.5))
        for value in range(0, peak + 1, step):
            y = bottom - value / peak * height
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(palette.text().color())
            painter.drawText(
                QRectF(area.left(), y - 8, 28, 16), Qt.AlignmentFlag.AlignRight, str(value)
            )
            painter.setPen(QPen(palette.mid().color(), 0.5))
        group = (right - left) / len(self.years)
        colours = dict(SERIES)
        for year, name, _value, rect in self.bar_rects(area):
            painter.fillRect(rect, colours[name])
            if (year.year, name) == self.focus_bar and self.hasFocus():
                painter.setPen(QPen(palette.highlight().color(), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        for i, year in enumerate(self.years):
            painter.setPen(palette.text().color())
            painter.drawText(
                QRectF(left + i * group, bottom + 2, group, metrics.height() + 4),
                Qt.AlignmentFlag.AlignCenter,
                str(year.year),
            )
        painter.setPen(QPen(palette.text().color(), 1))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        # Legend.
        x = left
        y = area.bottom() - legend_h + 4
        for name, colour in SERIES:
            label = self.series_labels()[name]
            painter.fillRect(QRectF(x, y + 2, 12, 10), colour)
            painter.setPen(palette.text().color())
            painter.drawText(QPointF(x + 16, y + 11), label)
            x += 28 + metrics.horizontalAdvance(label)


class BalanceView(QWidget):
    """Choose a partnership; see its ledger as table, chart and open list; print it."""

    #: Open a record (kind, id) from the open exchanges list.
    navigate = Signal(str, int)
    #: Print the ledger of this partnership id to PDF.
    print_requested = Signal(int)

    def __init__(self, services, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.services = services
        self.ledger: Ledger | None = None
        self.partnership = QComboBox(self)
        self.partnership.currentIndexChanged.connect(self.refresh)
        caption = QLabel(self.tr("&Partnership:"), self)
        caption.setBuddy(self.partnership)
        self.print_button = QPushButton(icon("pdf"), self.tr("P&rint balance (PDF)…"), self)
        self.print_button.clicked.connect(self._print)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.partnership, 1)
        top.addStretch(1)
        top.addWidget(self.print_button)

        def count(header: str, name: str) -> Column[YearBalance]:
            return Column(
                header,
                lambda y: str(getattr(y, name)),
                sort_key=lambda y: getattr(y, name),
                alignment=FIGURES,
            )

        columns = [
            Column(self.tr("Year"), lambda y: str(y.year) if y.year else self.tr("Total")),
            Column(
                self.tr("Residencies sent"),
                lambda y: _with_pending(y.residencies_sent, y.residencies_sent_pending, self),
                alignment=FIGURES,
            ),
            Column(
                self.tr("Residencies received"),
                lambda y: _with_pending(
                    y.residencies_received, y.residencies_received_pending, self
                ),
                alignment=FIGURES,
            ),
            count(self.tr("Visits hosted"), "visits_hosted"),
            count(self.tr("Visits made"), "visits_made"),
            count(self.tr("Gifts given"), "gifts_given"),
            count(self.tr("Gifts received"), "gifts_received"),
            Column(self.tr("Value given"), lambda y: money_text(y.value_given), alignment=FIGURES),
            Column(
                self.tr("Value received"), lambda y: money_text(y.value_received), alignment=FIGURES
            ),
        ]
        self.model: RecordTableModel[YearBalance] = RecordTableModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        # Each column as wide as its heading and figures; the last one is not stretched, so
        # its figures stay under their heading.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.chart = BalanceChart(self)
        self.open_list = QListWidget(self)
        self.open_list.itemActivated.connect(self._open_item)
        open_caption = QLabel(self.tr("&Open exchanges (not yet answered):"), self)
        open_caption.setBuddy(self.open_list)

        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(open_caption)
        lower_box.addWidget(self.open_list)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.addWidget(lower)
        splitter.setSizes([180, 240, 120])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.reload_partnerships()

    def reload_partnerships(self) -> None:
        items = []
        for p in self.services.partnerships.list():
            since = (
                " " + self.tr("(since %1)").replace("%1", str(p.since_year)) if p.since_year else ""
            )
            items.append((f"{p.partner_city}{since}", p.id))
        fill_combo(self.partnership, items, icon("partnership"))
        self.refresh()

    def refresh(self) -> None:
        partnership_id = self.partnership.currentData()
        self.print_button.setEnabled(partnership_id is not None)
        if partnership_id is None:
            self.ledger = None
            self.model.set_rows([])
            self.chart.set_years([])
            self.open_list.clear()
            return
        self.ledger = self.services.balance.ledger(partnership_id)
        rows = list(self.ledger.years)
        if rows:
            rows.append(self.ledger.totals())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.chart.set_years(self.ledger.years)
        self.open_list.clear()
        for item in self.ledger.open:
            kind = "visit" if item.kind is OpenKind.VISIT_NOT_RETURNED else "residency"
            when = ui_date(item.day)
            if item.kind is OpenKind.VISIT_NOT_RETURNED:
                text = (
                    self.tr("Visit “%s” (%s, hosted here) has not been returned yet")
                    if item.direction == "incoming"
                    else self.tr("Visit “%s” (%s, made by us) has not been returned yet")
                ) % (item.title, when)
            else:
                text = self.tr("Residency “%s” (%s) has no counterpart yet") % (item.title, when)
            entry = QListWidgetItem(icon("warning", "#e65100"), text)
            entry.setData(Qt.ItemDataRole.UserRole, (kind, item.record_id))
            self.open_list.addItem(entry)
        if not self.ledger.open:
            self.open_list.addItem(
                QListWidgetItem(icon("ok", "#2e7d32"), self.tr("None: every exchange is answered."))
            )

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.navigate.emit(*target)

    def _print(self) -> None:
        partnership_id = self.partnership.currentData()
        if partnership_id is not None:
            self.print_requested.emit(partnership_id)


def _with_pending(count: int, pending: int, widget: QWidget) -> str:
    if pending:
        proposed = QCoreApplication.translate("BalanceView", "(%n proposed)", "", pending)
        return f"{count} {proposed}"
    return str(count)
