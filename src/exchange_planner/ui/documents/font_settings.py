"""Choose the font the documents use first (QSettings ``documents/font_path``; empty = default)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchange_planner.reports.fonts import FontError, check_font_file, font_set
from exchange_planner.ui.documents.actions import FONT_KEY
from exchange_planner.ui.plain import plain_label


class FontSettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Document font"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Documents embed DejaVu Sans for Latin text and NanumGothic for Hangul. "
                "You may choose a TrueType font (.ttf) to use first, for example your "
                "office's house font; characters it lacks still come from the defaults. "
                "OpenType fonts with PostScript outlines (.otf) cannot be embedded."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path = QLineEdit(str(settings.value(FONT_KEY, "") or ""), self)
        self.path.setPlaceholderText(self.tr("Default fonts"))
        self.path.textChanged.connect(self._describe)
        row.addWidget(self.path, 1)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        default = QPushButton(self.tr("Use &default"), self)
        default.clicked.connect(lambda: self.path.setText(""))
        row.addWidget(default)
        layout.addLayout(row)
        self.info = plain_label(parent=self)  # names a font file
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._describe()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a TrueType font"),
            str(Path(self.path.text()).parent if self.path.text() else Path.home()),
            self.tr("TrueType fonts (*.ttf *.ttc);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def _check(self) -> str | None:
        """None when usable, else the reason."""
        value = self.path.text().strip()
        try:
            if value:
                self.info.setText(check_font_file(value))
            else:
                self.info.setText(self.tr("Default: %s") % font_set().describe())
        except FontError as error:
            return str(error)
        return None

    def _describe(self) -> None:
        problem = self._check()
        if problem:
            self.info.setText(problem)

    def accept(self) -> None:
        problem = self._check()
        if problem:
            self.info.setText(problem)
            self.path.setFocus()
            return
        self.settings.setValue(FONT_KEY, self.path.text().strip())
        super().accept()
