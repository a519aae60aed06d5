"""Every error a user can cause, each with one clear message and an exit code.

The CLI maps these to exit codes, the GUI to inline messages or dialogs. Messages never carry
record contents, passphrases or keys: only ids, counts and what went wrong.
"""

from __future__ import annotations

import errno


class ExitCode:
    """Documented process exit codes (docs/cli.md)."""

    OK = 0
    INTERNAL = 1
    USAGE = 2
    WRONG_PASSPHRASE = 3
    DAMAGED_VAULT = 4
    REJECTED_INPUT = 5
    NO_VAULT = 6
    NO_WINDOW = 7


class HrdDeskError(Exception):
    """Base of every error that is the user's or the environment's, not a bug.

    `message` is the CLI's English. `code` and `values`, where a raiser gives them, are the same
    facts for a face that words them in its own language (ui/error_words.py): "no-attachment"
    with the id, "output-exists" with the path... An empty code: words only in English."""

    exit_code = ExitCode.INTERNAL

    def __init__(self, message: str, *, code: str = "", values: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.values = values

    def __str__(self) -> str:
        return self.message


def os_code(exc: OSError) -> str:
    """An OSError's errno name (EACCES, ENOSPC...), given as a value beside a message that says
    the system's reason: a face words the name in its own language, where strerror is in the
    system's (ui/error_words.os_reason). Empty for an error without an errno."""
    return errno.errorcode.get(exc.errno or 0, "")


class Cancelled(Exception):
    """The caseworker stopped a long job through its progress (an attachment's intake, a list
    export): the job raised before writing anything."""


class UsageError(HrdDeskError):
    exit_code = ExitCode.USAGE


class WrongPassphrase(HrdDeskError):
    """The keyslot did not authenticate.

    Indistinguishable, by design, from a keyslot whose ciphertext was damaged: both fail the same
    authentication check, and telling them apart would need information an attacker could use.
    """

    exit_code = ExitCode.WRONG_PASSPHRASE

    def __init__(self, message: str = "wrong passphrase") -> None:
        super().__init__(message)


class DamagedVault(HrdDeskError):
    """Structural damage: unparsable or truncated keyslot, missing file, failing page HMAC."""

    exit_code = ExitCode.DAMAGED_VAULT

    def __init__(self, what: str, *, code: str = "", values: tuple[str, ...] = ()) -> None:
        super().__init__(f"damaged vault: {what}", code=code, values=values)


class StorageFailure(DamagedVault):
    """The database driver failed after the vault opened: a page failing its HMAC deep in the
    file, a full disk, a statement interrupted at lock. The door (services/desk.py) turns every
    driver exception into this; `driver_error` names the driver's exception type for the faces'
    own wording ("the vault could not be written (OperationalError)")."""

    def __init__(self, driver_error: str, detail: str) -> None:
        super().__init__(f"the database could not be read ({driver_error}: {detail})")
        self.driver_error = driver_error


class EvidenceDamaged(DamagedVault):
    """An attachment's stored file no longer decrypts to the bytes whose hash was taken at intake
    (altered, cut short or missing on disk): `attach verify` and `attach export` exit 4."""


class NoVault(HrdDeskError):
    exit_code = ExitCode.NO_VAULT


class NoWindow(HrdDeskError):
    """The desktop app cannot open a window here: no display, or Qt's platform plugin cannot load.

    Found before Qt is started (Qt aborts the process in that case); the message says why and what
    to install or set.
    """

    exit_code = ExitCode.NO_WINDOW

    def __init__(self, why: str) -> None:
        super().__init__(f"cannot open a window: {why}")


class RejectedInput(HrdDeskError):
    """Input that was refused and changed nothing: bad values, unknown ids, hostile files."""

    exit_code = ExitCode.REJECTED_INPUT


class WeakPassphrase(RejectedInput):
    """A new passphrase the policy refuses (services.passphrase_policy); says why."""


class InvalidValue(RejectedInput):
    """A field value that does not fit; `field` names the field for forms to show it beside.

    `reason` is the CLI's English beside the field; its codes: "required", "date-month" with
    the text typed and the month, "departure-order" with both dates..."""

    def __init__(self, field: str, message: str, code: str = "",
                 values: tuple[str, ...] = ()) -> None:
        super().__init__(f"{field}: {message}", code=code, values=values)
        self.field = field
        self.reason = message


class NotFound(RejectedInput):
    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"no {kind.replace('_', ' ')} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class VaultExists(RejectedInput):
    pass


class ConsentRefused(RejectedInput):
    pass


class ConsentIncomplete(ConsentRefused):
    """A level that allows sharing was recorded without when or how consent was obtained."""


class RefusedSuccessor(RejectedInput):
    """A successor card (identity rotation) that does not prove the colleague moved: not from
    the colleague it replaces, signed by a revoked or replaced key, or naming a key in use."""


class BundleRejected(RejectedInput):
    """A bundle that was refused. `category` is one of IMPORT_CATEGORIES (docs/bundle-format.md).

    `message` is the English detail after the category; `code` and `values`, where the raiser
    gives them, are the same detail for the GUI to word (ui/exchange/refusal_words.py)."""

    def __init__(self, category: str, message: str, *, code: str = "",
                 values: tuple[str, ...] = ()) -> None:
        if category not in IMPORT_CATEGORIES:
            raise ValueError(f"unknown bundle rejection category {category!r}")
        super().__init__(f"bundle rejected ({category}): {message}", code=code, values=values)
        self.category = category
        self.detail = message


class BundlePartsMissing(BundleRejected):
    """A bundle split into parts (services/bundle_parts.py) with parts not (yet) there: nothing
    is read until all are. `missing` holds their numbers (from 1), `count` how many there are."""

    def __init__(self, count: int, missing: list[int],
                 notes: tuple[tuple[str, str], ...] = ()) -> None:
        numbers = ", ".join(str(i) for i in missing)
        words = {"damaged": "is there but damaged or cut short",
                 "other bundle": "is there but belongs to another bundle"}
        detail = "; ".join(f"{name} {words[state]}" for name, state in notes)
        super().__init__("incomplete", f"part{'s' if len(missing) > 1 else ''} {numbers} of "
                         f"{count} {'are' if len(missing) > 1 else 'is'} missing: put every "
                         f"part in the same folder and import again"
                         + (f" ({detail})" if detail else ""))
        self.count = count
        self.missing = tuple(missing)
        self.notes = notes  # (a missing part's file name, "damaged" | "other bundle")


BUNDLE_CATEGORIES = frozenset(
    {
        "no match",
        "header failure",
        "newer format",
        "mac failure",
        "payload failure",
        "signature failure",
        "unknown sender",
        "revoked sender",
        "replay",
        "over cap",
        "not addressed",
        "incomplete",
    }
)
# The reader's categories (docs/bundle-format.md, each with test vectors), and those the
# importer adds once a bundle authenticated: its records' schema is newer than this hrd-desk's.
# A bundle carrying a successor card this vault refuses (RefusedSuccessor) is refused whole.
IMPORT_CATEGORIES = BUNDLE_CATEGORIES | {"newer schema", "refused successor"}
