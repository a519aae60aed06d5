"""The command-line face, beside ui/: `hrd-desk ...` over the same services as the desktop app.

program.py parses and dispatches (`main` is the console entry point); records.py, vault.py and
exchange.py hold the commands; invocation.py one run's streams, vault and passphrases; output.py
turns results into JSON, labelled text and tables.
"""

from .program import main

__all__ = ["main"]
