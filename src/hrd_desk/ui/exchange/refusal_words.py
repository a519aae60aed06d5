"""A refused bundle's detail in the GUI's language, from the code its raiser gave
(errors.BundleRejected: `code`, `values`); the CLI keeps the English `detail`.

Each detail follows the category's own sentence (summaries.REFUSAL_REASONS) in brackets, so it
starts lower-case and ends without a stop. Values are typed by one letter each: a file, folder or
fingerprint (`n`, put in as given, control and reordering characters made visible, in a
first-strong isolate), a size in bytes (`d`, the language's data size), a count (`c`).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...errors import BundlePartsMissing, BundleRejected
from ...model.outside import visible
from ..i18n import QT_TRANSLATE_NOOP, filled, outside_data, plural, translate

_DETAILS: dict[str, tuple[str, str]] = {
    # parts (services/bundle_parts.py)
    "part-too-short": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "%1 is too short to be a bundle part: it may have been cut short"), "n"),
    "part-trailer-invalid": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "%1 is not a whole bundle part: its end is not valid (cut short, "
                         "damaged or altered)"), "n"),
    "part-count-over": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "%1 claims %2 parts, more than the %3 a bundle may have"), "ncc"),
    "part-claims-too-large": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "%1 claims a bundle larger than any may be"), "n"),
    "part-wrong-size": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "%1 holds %2 where part %3 of %4 holds %5: cut short or altered"),
        "ndccd"),
    "parts-folder-over": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "the folder %1 holds more than %2 files named as bundle parts"), "nc"),
    "parts-disagree": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "%1 and %2 disagree about the bundle they belong to: altered"), "nn"),
    "part-changed": (QT_TRANSLATE_NOOP("BundleRefusal", "%1 changed while it was read"), "n"),
    "part-ended-early": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "%1 ended early while it was read"), "n"),
    # the file and its header (crypto/bundle_reader.py, crypto/ack_file.py, bundle_files.py)
    "bundle-too-large": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "the file is larger than any bundle may be"), ""),
    "file-over": (QT_TRANSLATE_NOOP("BundleRefusal", "the file is larger than %1"), "d"),
    "ends-early": (QT_TRANSLATE_NOOP("BundleRefusal", "the file ends before its last part"), ""),
    "not-a-bundle": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "this is not a bundle of a version this app reads"), ""),
    "newer-format": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "bundle format %1, newer than this hrd-desk reads"), "c"),
    "newer-schema": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "its records are of schema %1; this hrd-desk knows up to %2"), "cc"),
    "header-altered": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "its header was altered or damaged"), ""),
    "header-malformed": (QT_TRANSLATE_NOOP("BundleRefusal", "its header is malformed"), ""),
    "manifest-malformed": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "its signed list of contents is malformed"), ""),
    "limits-exceeded": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "it goes past one of the limits every bundle keeps to"), ""),
    "contents-malformed": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "its contents do not follow the format"), ""),
    "not-for-this-vault": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "none of its recipients is this vault"), ""),
    "forwarded": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "the sender did not address it to this vault: someone re-encrypted or "
                         "forwarded it"), ""),
    "re-encrypted": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "its header is not the one the sender signed: someone re-encrypted "
                         "it"), ""),
    "not-acks": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "this is not an acknowledgement file"), ""),
    "newer-acks": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "acknowledgements in a format this hrd-desk does not know"), ""),
    # the sender
    "sender-unknown": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "the sender is not one of your colleagues"), ""),
    "sender-unknown-fingerprint": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "the sender's fingerprint: %1"), "n"),
    "sender-revoked": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "the sender is a revoked colleague"), ""),
    "signature-fails": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "the sender's signature does not verify"), ""),
    "successor-refused": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "a colleague's new identity card in it is not signed as it must be"),
        ""),
    "already-imported": (QT_TRANSLATE_NOOP("BundleRefusal", "it was imported before"), ""),
    # what it holds (services/exchange.py, services/evidence_exchange.py)
    "record-invalid": (QT_TRANSLATE_NOOP("BundleRefusal", "a record in it is malformed"), ""),
    "attachment-malformed": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "the description of an evidence file in it is malformed"), ""),
    "attachments-over": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "it holds more than %1 evidence files"), "c"),
    "attachment-over": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "an evidence file in it is larger than %1"), "d"),
    "attachment-id-reused": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "an evidence file in it reuses the id of another one held here"), ""),
    "attachment-overlong": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "an evidence file in it holds more data than it declares"), ""),
    "attachment-truncated": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "an evidence file in it ends before its declared size"), ""),
    "attachment-hash": (QT_TRANSLATE_NOOP(
        "BundleRefusal", "an evidence file in it does not match its SHA-256: altered or "
                         "damaged"), ""),
}


def known_codes() -> frozenset[str]:
    return frozenset(_DETAILS)


def _value(kind: str, value: str) -> str:
    if kind == "d":
        return QLocale().formattedDataSize(int(value)) if value.isdigit() else value
    if kind == "n":  # from outside: a file's name is anything a file system allows
        return outside_data(value)
    return value


def refusal_detail(exc: BundleRejected) -> str:
    """The detail after a refusal's category sentence, in the current language; the English
    detail for a code this does not know (a raiser that gives none)."""
    if isinstance(exc, BundlePartsMissing):
        return _missing_parts(exc)
    found = _DETAILS.get(exc.code)
    if found is None:
        return visible(exc.detail)
    template, kinds = found
    values = [_value(kind, value) for kind, value in zip(kinds, exc.values, strict=False)]
    return filled(translate("BundleRefusal", template), *values)


def _missing_parts(exc: BundlePartsMissing) -> str:
    numbers = translate("BundleRefusal", ", ").join(str(n) for n in exc.missing)
    lines = [filled(plural("BundleRefusal", "missing: part(s) %1 of %2", len(exc.missing)), numbers,
                    exc.count)]
    for name, state in exc.notes:
        lines.append(filled(translate("BundleRefusal", "%1 is there but belongs to another bundle")
                            if state == "other bundle" else
                            translate("BundleRefusal", "%1 is there but damaged or cut short"),
                            outside_data(name)))
    return translate("BundleRefusal", "; ").join(lines)
