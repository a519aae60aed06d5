"""Light and dark palettes, and the few style rules that make the app look calm and serious.

Sizes follow the system font: nothing sets a point size, headings are the system font scaled, and
spacing in the style sheet is in `em`, so a larger system font or 200% scaling keeps proportions.
Colours are muted; the accent is a quiet blue; errors are red with enough contrast in both palettes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .control_style import ControlEdgeStyle


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    border: str  # decorative lines (cards, the top bar)
    edge: str  # edges of controls: at least 3:1 against window, base, button and card
    accent: str
    accent_text: str
    error: str
    warning_bg: str
    warning_text: str
    link: str
    card: str


LIGHT = Colours(
    window="#f3f4f6", base="#ffffff", alternate="#f7f8fa", text="#1d2430", muted="#5b6472",
    button="#e9ebef", border="#c9ced6", edge="#7c8593", accent="#2c5d7c", accent_text="#ffffff",
    error="#b3261e",
    warning_bg="#fbf3e0", warning_text="#5c4300", link="#245a8a", card="#ffffff",
)
DARK = Colours(
    window="#1c1f24", base="#16191d", alternate="#282d34", text="#e4e7eb", muted="#a3abb6",
    button="#2f343c", border="#454c56", edge="#838d99", accent="#6ea3c4", accent_text="#0d1116",
    error="#ff8a80",
    warning_bg="#3a3220", warning_text="#f3dfa2", link="#8cc0e3", card="#262a31",
)


def palette_for(colours: Colours) -> QPalette:
    p = QPalette()
    c = {name: QColor(value) for name, value in colours.__dict__.items()}
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, role.Window, c["window"])
        p.setColor(group, role.WindowText, c["text"])
        p.setColor(group, role.Base, c["base"])
        p.setColor(group, role.AlternateBase, c["alternate"])
        p.setColor(group, role.Text, c["text"])
        p.setColor(group, role.Button, c["button"])
        p.setColor(group, role.ButtonText, c["text"])
        p.setColor(group, role.ToolTipBase, c["base"])
        p.setColor(group, role.ToolTipText, c["text"])
        p.setColor(group, role.PlaceholderText, c["muted"])
        p.setColor(group, role.Highlight, c["accent"])
        p.setColor(group, role.HighlightedText, c["accent_text"])
        p.setColor(group, role.Link, c["link"])
        p.setColor(group, role.Mid, c["edge"])
        p.setColor(group, role.Midlight, c["alternate"])
        p.setColor(group, role.Dark, c["edge"])
        p.setColor(group, role.BrightText, c["error"])
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, c["muted"])
    p.setColor(disabled, role.Base, c["window"])
    p.setColor(disabled, role.Button, c["window"])
    p.setColor(disabled, role.Highlight, c["border"])
    return p


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt < 6.5
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours_for(theme: str) -> Colours:
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    return DARK if dark else LIGHT


def _style_sheet(c: Colours) -> str:
    return f"""
    QWidget#navigation {{ background: {c.window}; border: none; }}
    QListWidget#navigation {{ border: none; border-right: 1px solid {c.border};
        background: {c.window}; outline: 0; }}
    QListWidget#navigation::item {{ padding: 0.5em 0.8em; border-radius: 4px; margin: 1px 4px; }}
    QListWidget#navigation::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QListWidget#navigation::item {{ border: 2px solid transparent; background-clip: padding; }}
    QListWidget#navigation::item:selected:focus {{ border: 2px solid {c.text}; }}
    QFrame#card {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 8px; }}
    QFrame#topBar {{ background: {c.card}; border-bottom: 1px solid {c.border}; }}
    QLabel#muted {{ color: {c.muted}; }}
    QLabel#inlineError {{ color: {c.error}; }}
    QLabel#notice {{ background: {c.alternate}; border-left: 4px solid {c.accent};
        padding: 0.3em 0.6em; }}
    QLabel#warningBox {{ background: {c.warning_bg}; color: {c.warning_text};
        border-radius: 6px; padding: 0.6em 0.8em; }}
    QPushButton#primary {{ background: {c.accent}; color: {c.accent_text};
        border: 2px solid {c.accent}; border-radius: 4px; padding: 0.4em 1.3em; }}
    QPushButton#primary:disabled {{ background: {c.border}; color: {c.muted};
        border-color: {c.border}; }}
    QPushButton#primary:focus {{ border-color: {c.text}; }}
    """


def apply_theme(app: QApplication, theme: str) -> Colours:
    """Fusion style (the same on every OS) with our palette; returns the colours used."""
    colours = colours_for(theme)
    app.setStyle(ControlEdgeStyle("Fusion"))
    app.setPalette(palette_for(colours))
    app.setStyleSheet(_style_sheet(colours))
    return colours


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's (system) font scaled, for headings: follows the user's font size."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font
