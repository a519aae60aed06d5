"""Why a value was refused, in the user's language (issue 18).

The services raise typed errors carrying facts (errors.InvalidValue and model.dates.
DateFormatError: a `code` and its `values`) beside the CLI's English `reason`; this words the
facts with translate(). A value the person typed is put in as typed (in a first-strong isolate
in a right-to-left window), an ISO date in a left-to-right isolate. An error without a code
keeps its English words."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..errors import HrdDeskError, InvalidValue, StorageFailure
from ..model.dates import DateFormatError
from ..model.fields import field_infos
from ..model.outside import visible
from ..model.records import KINDS
from .i18n import field_label, filled, isolated, isolated_data, plural, translate


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
        return isolated_data(visible(v[0] if v else ""))

    if code == "file-missing":
        return filled(translate("Errors", "“%1” does not exist."), path())
    if code == "file-unreadable":
        return filled(translate("Errors", "“%1” cannot be read (%2)."), path(),
                      v[1] if len(v) > 1 else "")
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
                      isolated_data(visible(v[1])) if len(v) > 1 else "", *v[2:4])
    if code == "folder-unreadable":
        return filled(translate("Errors", "The folder “%1” cannot be read (%2)."), path(),
                      v[1] if len(v) > 1 else "")
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
    return None


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
                                          "changed"), exc.strerror or type(exc).__name__)
    return filled(translate("Errors", "an unexpected error stopped the change (%1); nothing "
                                      "was changed"), type(exc).__name__)


def failure_sentence(exc: Exception) -> str:
    """failure_text as a dialog's sentence: from a capital."""
    text = failure_text(exc)
    return text[:1].upper() + text[1:]
