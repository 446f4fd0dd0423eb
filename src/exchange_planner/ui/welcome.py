"""What a first start on an empty database shows: what the program is for and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from exchange_planner.ui.icons import icon


class WelcomePage(QWidget):
    open_sample = Signal()
    start_planning = Signal()
    import_file = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writing_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("<h1>Welcome to Exchange Planner</h1>"), self)
        text = QLabel(
            self.tr(
                "Plan official visits, artist residencies and exhibitions with your partner "
                "cities, and print itineraries and gift protocols.<br><br>"
                "This database is still empty. Start with one of these:"
            ),
            self,
        )
        text.setWordWrap(True)
        text.setFixedWidth(560)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, alignment=Qt.AlignmentFlag.AlignHCenter)
        for label, icon_name, signal, tip in (
            (
                self.tr("Explore the Leipzig–Gwangju sample"),
                "sample",
                self.open_sample,
                self.tr("Opens a temporary copy of the sample; your database stays as it is."),
            ),
            (
                self.tr("Start planning: add a partnership"),
                "partnership",
                self.start_planning,
                self.tr("Opens the directory, where partner cities, people and venues live."),
            ),
            (
                self.tr("Import an exchange file (JSON)…"),
                "import",
                self.import_file,
                self.tr("Reads a file written by “Export”, all or nothing."),
            ),
        ):
            button = QPushButton(icon(icon_name), label, self)
            if icon_name != "sample":  # the sample is a copy of its own; the others write here
                self._writing_buttons.append(button)
            button.setToolTip(tip)
            button.setMinimumWidth(360)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only database: only the sample is offered (planning and importing write)."""
        for button in self._writing_buttons:
            button.setEnabled(not read_only)
