"""Plain dataclasses and controlled vocabularies: no I/O, no Qt."""
