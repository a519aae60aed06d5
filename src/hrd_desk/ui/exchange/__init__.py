"""The Exchange section: this vault's identity, colleagues, sending and receiving sealed bundles,
sync through a drop folder, and conflicts (page.py puts them together as tabs); sharing.py is
the share control the defender page and the Cases page use."""

from __future__ import annotations

from .page import ExchangePage
from .sharing import SharingPanel, SharingWindow

__all__ = ["ExchangePage", "SharingPanel", "SharingWindow"]
