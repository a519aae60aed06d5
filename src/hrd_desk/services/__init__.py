"""Use cases shared by the CLI and the GUI. Qt-free."""
