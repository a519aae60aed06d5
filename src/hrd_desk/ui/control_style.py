"""Fusion with control edges and keyboard focus that can be seen in both themes.

Fusion draws the edge of a field, a combo box or a check box a little darker than the window
(`window.darker(140)`): on a dark window that is about 1.07:1, so fields disappear, and its focus
mark is a 1 px tint. WCAG 2.1 (1.4.11) asks 3:1 for the edges of controls. This proxy keeps
Fusion's drawing and adds, from the palette only:

- a 1 px edge in `QPalette.Mid` (the theme sets it to a colour with at least 3:1 against the
  window, the field background and the button face: tests/ui/test_theme_contrast.py);
- a 2 px ring in `QPalette.Highlight` around whatever has keyboard focus (fields, combo and spin
  boxes, check boxes, buttons and list or tree items);
- and no icons on dialog buttons (Fusion puts them on Save and Cancel only, so Settings looked
  unlike every other dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFocusRect,
    QTextEdit,
    QWidget,
)

FOCUS_WIDTH = 2
_EDGED = (QStyle.PrimitiveElement.PE_PanelLineEdit, QStyle.PrimitiveElement.PE_IndicatorCheckBox,
          QStyle.PrimitiveElement.PE_IndicatorRadioButton)
_EDGED_COMPLEX = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
_FRAMED_PARENTS = (QComboBox, QAbstractSpinBox)  # their line edit is inside their own edge
_BOXES = (QPlainTextEdit, QTextEdit, QAbstractItemView)  # framed areas a person types or picks in


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.1 contrast ratio, 1.0 to 21.0."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def focus_colour(palette: QPalette, background: QColor | None = None) -> QColor:
    """Highlight, unless the thing focused is itself highlighted (a selected item): then
    whichever of highlighted text and text stands out most against it."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if background is None or not background.isValid() or background.alpha() == 0:
        return highlight
    candidates = [highlight, palette.color(QPalette.ColorRole.HighlightedText),
                  palette.color(QPalette.ColorRole.Text)]
    return max(candidates, key=lambda c: contrast_ratio(c, background))


def _ring(painter: QPainter, rect: QRect, palette: QPalette, *, focused: bool,
          colour: QColor | None = None, round_: bool = False) -> None:
    """An edge (1 px, Mid) or a focus ring (2 px, Highlight) just inside `rect`; `round_` for a
    radio button's indicator (a square edge made it look like a check box)."""
    width = FOCUS_WIDTH if focused else 1
    role = QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    pen = QPen(colour if colour is not None else palette.color(role))
    pen.setWidth(width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = width // 2
    inner = rect.adjusted(inset, inset, -inset - (width % 2), -inset - (width % 2))
    if round_:
        painter.drawEllipse(inner)
    else:
        painter.drawRect(inner)
    painter.restore()


class ControlEdgeStyle(QProxyStyle):
    """See the module docstring."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            background = (option.backgroundColor
                          if isinstance(option, QStyleOptionFocusRect) else None)
            palette: QPalette = option.palette
            _ring(painter, option.rect, palette,
                  focused=True, colour=focus_colour(palette, background))
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _EDGED:
            if (element == QStyle.PrimitiveElement.PE_PanelLineEdit and widget is not None
                    and isinstance(widget.parentWidget(), _FRAMED_PARENTS)):
                return  # the line inside a combo or spin box: its box draws the edge
            focused = _has_focus(option) and element == QStyle.PrimitiveElement.PE_PanelLineEdit
            _ring(painter, option.rect, option.palette, focused=focused,
                  round_=element == QStyle.PrimitiveElement.PE_IndicatorRadioButton)
        elif element == QStyle.PrimitiveElement.PE_Frame and isinstance(widget, _BOXES):
            _ring(painter, option.rect, option.palette, focused=widget.hasFocus())
        elif element == QStyle.PrimitiveElement.PE_PanelButtonCommand and _has_focus(option):
            _ring(painter, option.rect, option.palette, focused=True)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _EDGED_COMPLEX:
            _ring(painter, option.rect, option.palette,
                  focused=_has_focus(option))

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None, data: object = None) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0  # words only, in every dialog alike
        return int(super().styleHint(hint, option, widget, data))  # type: ignore[arg-type]
