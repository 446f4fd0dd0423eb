"""Help > About: version, licence, credits with the versions in use, and where things are kept.

Every text the user or the system controls (paths, the database URL) is shown as plain text in
selectable labels; "Copy" puts all of it on the clipboard as plain text for a support request.
The licence texts (the program's GPL and the bundled fonts' licences) open in a read-only
viewer; a licence text that this installation does not carry is replaced by where to read it.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchange_planner import APP_NAME, DISTRIBUTION, __version__, resources
from exchange_planner.logs import log_dir
from exchange_planner.storage.database import default_database_path
from exchange_planner.ui.plain import plain_label

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
#: The licence file in the distribution's metadata: ``.dist-info/licenses/LICENSE`` (core
#: metadata 2.4; pyproject's ``license-files``), in a wheel, an editable install and the frozen
#: build (which copies the metadata).
LICENCE_FILE = "LICENSE"


def program_licence_text() -> str | None:
    """The GPL text this installation carries, or None (sources run without an install)."""
    try:
        distribution = importlib.metadata.distribution(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None
    for name in (f"licenses/{LICENCE_FILE}", LICENCE_FILE):
        text = distribution.read_text(name)
        if text:
            return text
    for file in distribution.files or []:
        if file.name == LICENCE_FILE and "dist-info" in str(file):
            try:
                return Path(str(distribution.locate_file(file))).read_text(encoding="utf-8")
            except OSError:
                continue
    return None


def component_version(module: str, attribute: str = "__version__", distribution: str = "") -> str:
    """The version of an imported component: its module's own attribute (there in the frozen
    build too), else its distribution's metadata; "" when neither tells."""
    try:
        value = getattr(importlib.import_module(module), attribute, "")
    except ImportError:
        value = ""
    if value:
        return str(value)
    try:
        return importlib.metadata.version(distribution or module)
    except importlib.metadata.PackageNotFoundError:
        return ""


@dataclass(frozen=True)
class Credit:
    name: str
    version: str
    licence: str
    #: Reads the licence text (for the bundled fonts); None: no text shipped here.
    licence_text: Callable[[], str] | None = None


def library_credits() -> list[Credit]:
    """The libraries the program is built on, with the versions running now."""
    return [
        Credit("Qt", qVersion(), "LGPL-3.0-only"),
        Credit(
            "PySide6",
            component_version("PySide6", distribution="PySide6-Essentials"),
            "LGPL-3.0-only",
        ),
        Credit("ReportLab", component_version("reportlab", "Version"), "BSD"),
        Credit("SQLAlchemy", component_version("sqlalchemy"), "MIT"),
        Credit("SQLModel", component_version("sqlmodel"), "MIT"),
        Credit("Alembic", component_version("alembic"), "MIT"),
        Credit("QtAwesome", component_version("qtawesome"), "MIT"),
        Credit("Python", platform.python_version(), "PSF-2.0"),
    ]


def font_credits() -> list[Credit]:
    """The fonts shipped with the program, each with its licence text."""
    return [
        Credit(
            font.family,
            font.source,
            font.licence_name,
            licence_text=lambda font=font: resources.licence_text(font),
        )
        for font in resources.BUNDLED_FONTS
    ]


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class LicenceViewer(QDialog):
    """A licence text, read-only, in a fixed-width font; Esc or Close closes it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setFont(QFont("monospace"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)


class AboutDialog(QDialog):
    """Help > About Exchange Planner."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        database: str,
        settings_file: str,
        open_log_folder: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Exchange Planner"))
        self.licence_viewer: LicenceViewer | None = None
        layout = QVBoxLayout(self)

        self.title = plain_label(f"{APP_NAME} {__version__}", self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.summary = plain_label(
            self.tr(
                "Plans the official visits, artist residencies and exhibitions of a city's "
                "international partnerships, and prints itineraries and gift protocols."
            ),
            self,
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        licence_row = QHBoxLayout()
        self.licence = plain_label(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later (%1)."
            ).replace("%1", LICENCE),
            self,
        )
        self.licence.setWordWrap(True)
        licence_row.addWidget(self.licence, 1)
        self.licence_button = QPushButton(self.tr("Show &licence"), self)
        self.licence_button.clicked.connect(self.show_licence)
        licence_row.addWidget(self.licence_button)
        layout.addLayout(licence_row)

        # Credits: libraries with their versions, then the bundled fonts with their licences.
        credits_box = QGroupBox(self.tr("Built with"), self)
        grid = QGridLayout(credits_box)
        self.credits = library_credits()
        self.fonts = font_credits()
        self.font_buttons: list[QPushButton] = []
        for row, credit in enumerate(self.credits):
            grid.addWidget(plain_label(credit.name, credits_box), row, 0)
            grid.addWidget(_selectable(plain_label(credit.version, credits_box)), row, 1)
            grid.addWidget(plain_label(credit.licence, credits_box), row, 2)
        fonts_row = len(self.credits)
        grid.addWidget(
            plain_label(self.tr("Fonts shipped with the program:"), credits_box), fonts_row, 0, 1, 4
        )
        for offset, credit in enumerate(self.fonts, start=1):
            row = fonts_row + offset
            grid.addWidget(plain_label(credit.name, credits_box), row, 0)
            grid.addWidget(plain_label(credit.version, credits_box), row, 1)
            grid.addWidget(plain_label(credit.licence, credits_box), row, 2)
            button = QPushButton(self.tr("Licence"), credits_box)
            button.setAccessibleName(self.tr("Licence of %1").replace("%1", credit.name))
            button.clicked.connect(lambda _=False, c=credit: self.show_font_licence(c))
            grid.addWidget(button, row, 3)
            self.font_buttons.append(button)
        grid.setColumnStretch(2, 1)
        self.system = _selectable(
            plain_label(self.tr("System: %1").replace("%1", platform.platform()), credits_box)
        )
        grid.addWidget(self.system, grid.rowCount(), 0, 1, 4)
        layout.addWidget(credits_box)

        # Where things are kept: every path selectable, as plain text.
        places_box = QGroupBox(self.tr("Where things are kept"), self)
        places = QGridLayout(places_box)
        self.places: list[tuple[str, str]] = [
            (self.tr("Data folder:"), str(default_database_path().parent)),
            (self.tr("Settings file:"), settings_file),
            (self.tr("Log folder:"), str(log_dir())),
            (self.tr("Current database:"), database),
        ]
        self.place_labels: list[QLabel] = []
        for row, (caption, value) in enumerate(self.places):
            places.addWidget(plain_label(caption, places_box), row, 0, Qt.AlignmentFlag.AlignTop)
            shown = _selectable(plain_label(value, places_box))
            shown.setWordWrap(True)
            places.addWidget(shown, row, 1)
            self.place_labels.append(shown)
        places.setColumnStretch(1, 1)
        layout.addWidget(places_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("Copy all of this as text, for a support request"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.log_button = self.buttons.addButton(
            self.tr("Open lo&g folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self._open_log_folder = open_log_folder
        self.log_button.clicked.connect(self.open_log_folder)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def open_log_folder(self) -> None:
        if self._open_log_folder is not None:
            self._open_log_folder()
            return
        from exchange_planner.ui.errors import open_log_folder

        open_log_folder()

    # --- what is shown ---------------------------------------------------------------------
    def as_text(self) -> str:
        """Everything the dialog shows, as plain text (what Copy puts on the clipboard)."""
        lines = [self.title.text(), self.licence.text(), ""]
        lines.append(self.tr("Built with") + ":")
        lines += [f"  {c.name} {c.version} ({c.licence})" for c in self.credits]
        lines.append(self.system.text())
        lines.append(self.tr("Fonts shipped with the program:"))
        lines += [f"  {c.name}, {c.version} ({c.licence})" for c in self.fonts]
        lines += ["", self.tr("Where things are kept") + ":"]
        lines += [f"  {caption} {value}" for caption, value in self.places]
        return "\n".join(lines) + "\n"

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    # --- licence texts ---------------------------------------------------------------------
    def show_licence(self) -> LicenceViewer:
        text = program_licence_text()
        if text is None:
            text = self.tr(
                "The licence text is not included in this installation. Exchange Planner is "
                "free software under the GNU General Public License, version 3 or later; "
                "read it at %1"
            ).replace("%1", LICENCE_URL)
        return self._view(self.tr("GNU General Public License"), text)

    def show_font_licence(self, credit: Credit) -> LicenceViewer:
        text = ""
        if credit.licence_text is not None:
            try:
                text = credit.licence_text()
            except OSError:
                text = ""
        if not text:
            text = self.tr("The licence text of %1 is not included in this installation.").replace(
                "%1", credit.name
            )
        return self._view(self.tr("Licence of %1").replace("%1", credit.name), text)

    def _view(self, title: str, text: str) -> LicenceViewer:
        if self.licence_viewer is not None:
            self.licence_viewer.close()
            self.licence_viewer.deleteLater()
        self.licence_viewer = LicenceViewer(title, text, self)
        self.licence_viewer.open()
        return self.licence_viewer
