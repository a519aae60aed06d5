"""hrd-desk: an encrypted, offline-first desk for caseworkers who protect human rights defenders."""

__version__ = "0.1.0"
