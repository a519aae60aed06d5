"""The pure version model: signed versions of a record, how they supersede one another and
what a history displays (docs/design/merge.md). Below store/, beside model/: no I/O."""
