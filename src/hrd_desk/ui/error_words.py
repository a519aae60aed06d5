"""Why a value was refused, in the user's language (issue 18).

The services raise typed errors carrying facts (errors.InvalidValue and model.dates.
DateFormatError: a `code` and its `values`) beside the CLI's English `reason`; this words the
facts with translate(). A value the person typed is put in as typed (in a first-strong isolate
in a right-to-left window), an ISO date in a left-to-right isolate. An error without a code
keeps its English words."""

from __future__ import annotations

import errno

from PySide6.QtCore import QLocale

from ..errors import HrdDeskError, InvalidValue, StorageFailure
from ..model.dates import DateFormatError
from ..model.fields import field_infos
from ..model.outside import visible
from ..model.records import KINDS
from .i18n import (
    QT_TRANSLATE_NOOP,
    field_label,
    filled,
    isolated,
    isolated_data,
    outside_data,
    plural,
    translate,
)

# Why the system refused a file operation, by errno name: services give the name as a value
# (errors.os_code), an OSError has it; its strerror is in the system's language, not the GUI's.
_OS_REASONS = {
    "EACCES": QT_TRANSLATE_NOOP("Errors", "access refused"),
    "EPERM": QT_TRANSLATE_NOOP("Errors", "access refused"),
    "ENOENT": QT_TRANSLATE_NOOP("Errors", "it does not exist"),
    "ENOTDIR": QT_TRANSLATE_NOOP("Errors", "a name in its path is not a folder"),
    "EISDIR": QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    "ELOOP": QT_TRANSLATE_NOOP("Errors", "it is a link, which is not followed"),
    "EIO": QT_TRANSLATE_NOOP("Errors", "the disk reported an error"),
    "ENOSPC": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "EDQUOT": QT_TRANSLATE_NOOP("Errors", "the disk quota is used up"),
    "EFBIG": QT_TRANSLATE_NOOP("Errors", "the file is too large for this disk"),
    "EROFS": QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("Errors", "the name is too long"),
    "EBUSY": QT_TRANSLATE_NOOP("Errors", "it is in use"),
    "ETXTBSY": QT_TRANSLATE_NOOP("Errors", "it is in use"),
    "EMFILE": QT_TRANSLATE_NOOP("Errors", "too many files are open"),
    "ENFILE": QT_TRANSLATE_NOOP("Errors", "too many files are open"),
    "ENXIO": QT_TRANSLATE_NOOP("Errors", "the device is not there"),
    "ENODEV": QT_TRANSLATE_NOOP("Errors", "the device is not there"),
    "ENOMEDIUM": QT_TRANSLATE_NOOP("Errors", "the device is not there"),
    "ETIMEDOUT": QT_TRANSLATE_NOOP("Errors", "the device did not answer in time"),
}


def os_reason(error: OSError | str) -> str:
    """Why the system refused a file operation (an OSError, or the errno name a service gave),
    in the current language; the errno's name itself (EXDEV) for one not worded here, the
    error's type for an OSError without an errno."""
    if isinstance(error, OSError):
        name = errno.errorcode.get(error.errno or 0, "")
        if not name:
            return type(error).__name__
    else:
        name = error
    source = _OS_REASONS.get(name)
    return translate("Errors", source) if source else visible(name)


def _day(text: str) -> str:
    return isolated(text)


def _reason(code: str, v: tuple[str, ...]) -> str | None:
    """The sentence for a code and its values, or None for a code this does not know."""
    def at(index: int) -> str:
        return v[index] if index < len(v) else ""

    if code == "required":
        return translate("Errors", "This is required.")
    if code == "too-long":
        return translate("Errors", "This is longer than 1 MiB.")
    if code == "control-characters":
        return translate("Errors", "This holds characters that cannot be kept (control "
                                   "characters, or a line break where one line is expected).")
    if code == "not-a-choice":
        return filled(translate("Errors", "“%1” is not one of the choices."),
                      isolated_data(at(0)))
    if code == "not-a-number":
        return filled(translate("Errors", "“%1” is not a whole number."), isolated_data(at(0)))
    if code == "out-of-range":
        return filled(translate("Errors", "Give a whole number from %1 to %2."), at(0), at(1))
    if code == "not-a-country":
        return filled(translate("Errors", "“%1” is not a two-letter country code."),
                      isolated_data(at(0)))
    if code == "too-many":
        return translate("Errors", "There are too many items.")
    if code == "date-form":
        return filled(translate("Errors", "“%1” is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, "
                                          "YYYY-MM-DDTHH:MM, a range A..B or about YYYY."),
                      isolated_data(at(0)))
    if code == "date-year":
        return filled(translate("Errors", "“%1”: the year %2 is outside 1900–2200."),
                      isolated_data(at(0)), at(1))
    if code == "date-month":
        return filled(translate("Errors", "“%1”: month %2 does not exist (months are 01 to 12)."),
                      isolated_data(at(0)), at(1))
    if code == "date-day":
        month = QLocale().standaloneMonthName(int(at(2) or 1), QLocale.FormatType.LongFormat)
        return filled(plural("Errors", "“%1”: day %2 does not exist in %3 %4, which has %n "
                                       "day(s).", int(at(4) or 0)),
                      isolated_data(at(0)), at(1), month, at(3))
    if code == "date-time":
        return filled(translate("Errors", "“%1”: %2 is not a time of day (00:00 to 23:59)."),
                      isolated_data(at(0)), _day(at(1)))
    if code == "date-slashes":
        return filled(translate("Errors", "“%1”: write dates as YYYY-MM-DD (e.g. 2024-03-15)."),
                      isolated_data(at(0)))
    if code == "date-slashed":
        return filled(translate("Errors", "“%1” is not a date: write %2, MM/YYYY or "
                                          "YYYY-MM-DD."), isolated_data(at(0)), at(1))
    if code == "date-range":
        return filled(translate("Errors", "“%1”: the range ends before it starts."),
                      isolated_data(at(0)))
    if code == "date-future":
        return filled(translate("Errors", "%1 is in the future (today is %2)."), _day(at(0)),
                      _day(at(1)))
    if code == "departure-order":
        return filled(translate("Errors", "The departure (%1) must be after the arrival (%2)."),
                      _day(at(0)), _day(at(1)))
    if code == "stay-overlap":
        return filled(translate("Errors", "This stay (%1 to %2) overlaps another stay of the "
                                          "defender (%3 to %4): change the dates or cancel one "
                                          "of them."),
                      _day(at(0)), _day(at(1)), _day(at(2)), _day(at(3)))
    if code == "other-defender":
        return translate("Errors", "This belongs to another defender.")
    if code == "not-relocation":
        return translate("Errors", "This case is not in the relocation programme.")
    if code == "not-related":
        return translate("Errors", "This person is not related to the defender.")
    if code == "checkin-before-stay":
        return filled(translate("Errors", "A check-in falls during or after the stay, which "
                                          "starts %1; %2 is before it."), _day(at(0)), _day(at(1)))
    if code == "only-when-done":
        return translate("Errors", "Only a check-in recorded as done has this.")
    if code == "deleted":
        return translate("Errors", "That record is deleted: restore it or choose another.")
    if code == "subtype-category":
        return translate("Errors", "This sub-type belongs to none of the incident's categories.")
    if code == "none-and-bodies":
        return translate("Errors", "“None” cannot stand beside the bodies it was reported to: "
                                   "give either.")
    if code == "consent-when":
        return translate("Errors", "Required when consent allows sharing: record when consent "
                                   "was given (or leave consent “not recorded”).")
    if code == "consent-how":
        return translate("Errors", "Required when consent allows sharing: record how consent "
                                   "was given (or leave consent “not recorded”).")
    if code == "codename-taken":
        return filled(translate("Errors", "“%1” is already the codename of %2: choose another."),
                      isolated_data(at(0)), isolated_data(at(1)))
    return _file_reason(code, v)


def _file_reason(code: str, v: tuple[str, ...]) -> str | None:
    """Files, bundle parts and attachments (services/bundle_files, bundle_parts, evidence): a
    path is put in as given (control and reordering characters made visible), in a
    first-strong isolate."""
    def path() -> str:
        return outside_data(v[0] if v else "")

    if code == "file-missing":
        return filled(translate("Errors", "“%1” does not exist."), path())
    if code == "file-unreadable":
        return filled(translate("Errors", "“%1” cannot be read (%2)."), path(),
                      os_reason(v[1] if len(v) > 1 else ""))
    if code == "not-regular-file":
        return filled(translate("Errors", "“%1” is not a regular file: a folder, a link or a "
                                          "device cannot be used."), path())
    if code == "output-is-folder":
        return filled(translate("Errors", "“%1” is a folder: give a file name."), path())
    if code == "no-such-folder":
        return filled(translate("Errors", "The folder “%1” does not exist."), path())
    if code == "output-in-vault":
        return filled(translate("Errors", "“%1” is inside the vault folder, where it could "
                                          "replace the vault's own files: choose another "
                                          "place."), path())
    if code == "output-exists":
        return filled(translate("Errors", "“%1” exists: choose a new file name."), path())
    if code == "note-too-long":
        return filled(translate("Errors", "The source and the note hold at most %1 characters "
                                          "each, without control characters."),
                      v[0] if v else "")
    if code == "no-attachment":
        return translate("Errors", "This attachment is no longer in the vault.")
    if code == "not-attachable":
        return translate("Errors", "Files can be attached only to a defender, a case, an "
                                   "incident, a stay or an advocacy action.")
    if code == "file-too-large":
        size = QLocale().formattedDataSize(int(v[0]) if v and v[0].isdigit() else 0)
        return filled(translate("Errors", "The file is larger than %1, the most an attachment "
                                          "may be."), size)
    if code == "not-viewable":
        return translate("Errors", "Only images and plain text up to 64 MiB are shown inside the "
                                   "app: export a decrypted copy to open this one.")
    if code == "evidence-missing":
        return translate("Errors", "Its encrypted file is missing from the vault folder.")
    if code == "no-parts":
        return filled(translate("Errors", "The folder “%1” holds no bundle parts (files named "
                                          "NAME.part1of3 and so on)."), path())
    if code == "parts-of-many":
        return filled(translate("Errors", "The folder “%1” holds parts of %2 different bundles: "
                                          "choose one part of the bundle to import."),
                      path(), v[1] if len(v) > 1 else "")
    if code == "duplicate-part":
        return filled(translate("Errors", "“%1” and “%2” are both part %3 of %4: keep one of "
                                          "them."), path(),
                      outside_data(v[1]) if len(v) > 1 else "", *v[2:4])
    if code == "folder-unreadable":
        return filled(translate("Errors", "The folder “%1” cannot be read (%2)."), path(),
                      os_reason(v[1] if len(v) > 1 else ""))
    if code == "card-too-large":
        return filled(translate("Errors", "“%1” is too large to be an identity card."), path())
    if code == "card-invalid":
        return translate("Errors", "This file is not a valid identity card: it is damaged, was "
                                   "altered, or is another kind of file.")
    if code == "own-card":
        return translate("Errors", "This is this vault's own identity card: add your colleagues' "
                                   "cards here.")
    if code == "name-unprintable":
        return filled(translate("Errors", "A name holds 1 to %1 characters, without control "
                                          "characters."), v[0] if v else "")
    if code == "colleague-revoked":
        return translate("Errors", "This colleague was revoked.")
    if code == "evidence-damaged":
        return translate("Errors", "Its encrypted file no longer holds the bytes taken in (their "
                                   "SHA-256 differs, or it does not decrypt): it was altered or "
                                   "damaged on disk.")
    return _key_reason(code, v)


def _key_reason(code: str, v: tuple[str, ...]) -> str | None:
    """Passphrases, recovery codes and shares (crypto/keyslot, store/vault_keys,
    services/recovery_shares), colleagues' names and the sync folder."""
    def at(index: int) -> str:
        return v[index] if index < len(v) else ""

    sentences = {
        "passphrase-empty": QT_TRANSLATE_NOOP("Errors", "An empty passphrase cannot protect a "
                                                        "vault."),
        "passphrase-not-text": QT_TRANSLATE_NOOP("Errors", "The passphrase holds characters "
                                                           "that are not valid text: choose "
                                                           "another."),
        "passphrase-taken": QT_TRANSLATE_NOOP("Errors", "That passphrase already opens this "
                                                        "vault: choose another."),
        "passphrase-not-code": QT_TRANSLATE_NOOP("Errors", "Give the passphrase, not the "
                                                           "recovery code, for this change."),
        "duress-same": QT_TRANSLATE_NOOP("Errors", "The duress passphrase must differ from the "
                                                   "passphrase."),
        "not-recovery-code": QT_TRANSLATE_NOOP("Errors", "That is not a recovery code."),
        "no-shares": QT_TRANSLATE_NOOP("Errors", "No shares were given."),
        "shares-mistyped": QT_TRANSLATE_NOOP("Errors", "A share has a mistyped word: check "
                                                       "each word against the paper."),
        "shares-mixed": QT_TRANSLATE_NOOP("Errors", "The shares belong to different recovery "
                                                    "codes."),
        "shares-words": QT_TRANSLATE_NOOP("Errors", "A share has a word missing, too many words, "
                                                    "or a word that is not in the list."),
        "shares-incomplete": QT_TRANSLATE_NOOP("Errors", "A share is mistyped or incomplete."),
        "shares-foreign": QT_TRANSLATE_NOOP("Errors", "These shares are not of an hrd-desk "
                                                      "recovery code."),
    }
    if code in sentences:
        return translate("Errors", sentences[code])
    if code == "shares-too-few":
        return filled(translate("Errors", "%1 different shares are needed and %2 were given."),
                      at(0), at(1))
    if code == "shares-split":
        return filled(translate("Errors", "Choose how many shares are needed (at least 2) and "
                                          "how many to make (at most %1)."), at(0))
    if code == "wipe-after":
        return filled(translate("Errors", "Choose 0 (off), or 3 to %1 failed unlocks."), at(0))
    if code == "card-known":
        return filled(translate("Errors", "This card is already your colleague “%1”."),
                      outside_data(at(0)))
    if code == "colleague-name-taken":
        return filled(translate("Errors", "Another colleague is already called “%1”: choose "
                                          "another name."), outside_data(at(0)))
    if code == "not-a-folder":
        return filled(translate("Errors", "“%1” is not a folder."), outside_data(at(0)))
    return None


def damage_reason(exc: Exception) -> str:
    """Why a vault cannot be opened, as the part of a sentence after "This vault cannot be
    opened:" in the current language (the English words for a damage with no code)."""
    code = exc.code if isinstance(exc, HrdDeskError) else ""
    v = exc.values if isinstance(exc, HrdDeskError) else ()
    fragments = {
        "keyslot-damaged": QT_TRANSLATE_NOOP("Errors", "its key file (keyslot) is damaged or "
                                                       "was altered"),
        "keyslot-missing": QT_TRANSLATE_NOOP("Errors", "its key file (keyslot) is missing"),
        "keyslot-other-vault": QT_TRANSLATE_NOOP("Errors", "its key file (keyslot) belongs to "
                                                           "another vault"),
        "keyslot-memory": QT_TRANSLATE_NOOP("Errors", "its key file asks for more memory than "
                                                      "this computer has"),
        "database-damaged": QT_TRANSLATE_NOOP("Errors", "its database file is damaged"),
        "database-undecryptable": QT_TRANSLATE_NOOP("Errors", "its database file cannot be "
                                                              "decrypted: it is damaged, or "
                                                              "belongs to another key file"),
        "identity-missing": QT_TRANSLATE_NOOP("Errors", "its identity keys are missing"),
    }
    if code in fragments:
        return translate("Errors", fragments[code])
    if code == "keyslot-unreadable":
        return filled(translate("Errors", "its key file (keyslot) cannot be read (%1)"),
                      os_reason(v[0] if v else ""))
    if code == "database-missing":
        return filled(translate("Errors", "its database file %1 is missing"),
                      outside_data(v[0] if v else ""))
    if code == "vault-newer":
        return filled(translate("Errors", "a newer hrd-desk made it (schema %1; this one knows "
                                          "up to %2): update hrd-desk to open it"),
                      v[0] if v else "", v[1] if len(v) > 1 else "")
    text = exc.message if isinstance(exc, HrdDeskError) else type(exc).__name__
    return text.removeprefix("damaged vault: ")


def coded_reason(code: str, values: tuple[str, ...]) -> str | None:
    """The sentence for a service's code and values (InvalidValue's, DateFormatError's), or None
    for a code this does not know."""
    return _reason(code, values) if code else None


def reason_text(exc: InvalidValue | DateFormatError) -> str:
    """Why the value was refused, as a sentence in the current language (English words for an
    error that carries no code)."""
    worded = coded_reason(exc.code, exc.values)
    if worded is not None:
        return worded
    english = exc.reason if isinstance(exc, InvalidValue) else str(exc)
    return english[:1].upper() + english[1:]


def _field_name(name: str) -> str:
    """A field's label in the current language, by its name in any record kind."""
    for kind in KINDS.values():
        info = field_infos(kind.cls).get(name)
        if info is not None:
            return field_label(info)
    return name


def failure_text(exc: Exception) -> str:
    """One line for a failed write, without record contents, in the current language."""
    if isinstance(exc, StorageFailure):
        return filled(translate("Errors", "the vault could not be written (%1); nothing was "
                                          "changed"), exc.driver_error)
    if isinstance(exc, InvalidValue) and exc.code:
        return filled(translate("Errors", "%1: %2"), _field_name(exc.field), reason_text(exc))
    if isinstance(exc, HrdDeskError):
        return coded_reason(exc.code, exc.values) or exc.message
    if isinstance(exc, OSError):
        return filled(translate("Errors", "a file could not be read or written (%1); nothing was "
                                          "changed"), os_reason(exc))
    return filled(translate("Errors", "an unexpected error stopped the change (%1); nothing "
                                      "was changed"), type(exc).__name__)


def failure_sentence(exc: Exception) -> str:
    """failure_text as a dialog's sentence: from a capital."""
    text = failure_text(exc)
    return text[:1].upper() + text[1:]


def failure_fragment(exc: Exception) -> str:
    """failure_text as the end of a sentence ("Change failed: %1."): a worded sentence loses
    its capital and its stop."""
    text = failure_text(exc).removesuffix(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text
