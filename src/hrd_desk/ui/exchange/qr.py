"""Fingerprints as QR codes, drawn in memory (never a temporary file).

segno encodes (a small, well-kept, pure-Python encoder: better than writing our own); Qt draws.
The code holds only the fingerprint text, so any phone's camera app shows the same groups a
caseworker reads aloud.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
DARK, LIGHT = 0, 255


def qr_image(text: str) -> QImage:
    """One pixel per module, quiet zone included, dark on white (greyscale)."""
    code = segno.make_qr(text, error="m")
    rows = [bytes(DARK if dark else LIGHT for dark in row)
            for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    side = len(rows)
    data = b"".join(rows)
    image = QImage(data, side, side, side, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: `data` goes away with this frame


def qr_pixmap(text: str, side_px: int) -> QPixmap:
    """The code scaled to about `side_px`, by whole pixels per module so edges stay sharp."""
    image = qr_image(text)
    factor = max(2, round(side_px / max(1, image.width())))
    return QPixmap.fromImage(image.scaled(
        image.width() * factor, image.height() * factor,
        Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation))
