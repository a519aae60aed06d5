"""Exchange wording: what a summary or a refusal says, from the services' own results."""

from __future__ import annotations

import pytest

from hrd_desk.errors import IMPORT_CATEGORIES, BundleRejected, EvidenceDamaged
from hrd_desk.services.dropfolder import SyncSummary
from hrd_desk.services.exchange import ImportSummary, Inspection
from hrd_desk.ui.exchange.summaries import (
    counts_text,
    import_text,
    preview_of,
    refusal_text,
    sync_text,
)


def _summary(new_conflicts: int = 0, **outcomes: int) -> ImportSummary:
    return ImportSummary("Kampala", "c1", "ab" * 16, 1_700_000_000, {"defender": 1},
                         outcomes=dict(outcomes), new_records=2, future_clocks=0,
                         new_conflicts=new_conflicts, sender_verified=True)


def test_an_import_summary_counts_new_records_conflicts_and_far_future_clocks() -> None:
    summary = _summary(applied=5, stale=1, pending=2, new_conflicts=1)
    summary.future_clocks = 3
    text = import_text(summary)
    assert "From Kampala: 2 new records, 5 changes applied." in text
    assert "1 older change kept in the history only" in text
    assert "2 changes wait for earlier changes" in text
    assert "3 changes came with a clock far in the future" in text
    assert "1 record now has a conflict" in text and "Conflicts" in text
    calm = import_text(_summary(applied=1))
    assert "conflict" not in calm and "future" not in calm and "wait" not in calm
    assert "consent notice" not in calm


def test_an_import_summary_names_a_colleagues_consent_notice() -> None:
    summary = _summary()
    summary.consent_notices = 1
    text = import_text(summary)
    assert "1 consent notice: Kampala changed a defender's consent" in text
    assert "Profile" in text


def test_sync_and_import_name_trust_and_what_waits_for_a_decision() -> None:
    """Issue 11: `sync` reports trust the way `import` does; proposals, refusals and quarantine
    are counted; names from outside are shown with controls made visible."""
    summary = _summary(applied=1, proposed=2, refused=3, quarantined=1)
    summary.sender, summary.sender_verified = "Kam\u202epala", False
    text = sync_text(SyncSummary(imported=[summary]))
    assert "From Kam<U+202E>pala (NOT VERIFIED: compare fingerprints with them): " in text
    assert ("2 changes to consent, to what a record belongs to or to fields the colleague was "
            "not given wait for your decision") in text
    assert "3 changes refused" in text and "1 change kept aside" in text
    summary.sender_revoked = True
    assert "(REVOKED)" in import_text(summary)


def test_a_sync_summary_says_what_came_in_went_out_and_what_was_left() -> None:
    summary = SyncSummary(imported=[_summary(applied=2)],
                          written=[("Lusaka", "f1", 4), ("Kampala", "f2", 0)],
                          incomplete=["f3"], not_addressed=2,
                          damaged=[("f4", "mac failure: altered")], ignored=[("f5", "link")])
    text = sync_text(summary)
    for line in ("From Kampala: 2 new records, 2 changes applied.", "Sent to Lusaka: 4 changes.",
                 "Sent to Kampala: receipts for what arrived.", "1 file still being copied",
                 "A damaged file was not imported (mac failure: altered).",
                 "2 files for other vaults left alone.", "1 item ignored (not plain files)."):
        assert line in text, line
    assert sync_text(SyncSummary()) == "Nothing new to receive or send."
    damaged = EvidenceDamaged("attachment x: chunk 1 does not authenticate",
                              code="evidence-damaged")
    text = sync_text(SyncSummary(not_sent=[("Lusaka", damaged)]))
    assert text == ("Nothing sent to Lusaka: an evidence file that goes to them is damaged or "
                    "missing in this vault. Find it with Verify in Attachments… on their "
                    "records.")


@pytest.mark.parametrize("category", sorted(IMPORT_CATEGORIES))
def test_every_refusal_names_its_category_in_one_message(category: str) -> None:
    text = refusal_text(BundleRejected(category, "detail"))
    assert text.startswith(f"Refused ({category}). ") and "Nothing in this vault" in text
    assert text.count("Refused") == 1


def test_counts_name_kinds_in_words_and_skip_what_is_absent() -> None:
    assert counts_text({"incident": 3, "related": 1, "versions": 9}) == (
        "1 related person, 3 incidents")
    assert counts_text({}) == "no records"


def test_a_damaged_bundle_preview_names_the_category() -> None:
    seen = Inspection(size=10, possible_bundle=True, reason="bundle rejected (payload "
                      "failure): chunk 1 does not authenticate", addressed_to_me=True)
    shown = preview_of(seen, "x.hrdb")
    assert not shown.can_import
    assert shown.warning.startswith("Refused (payload failure).")


def test_an_import_says_a_colleague_changed_keys_and_that_this_vault_was_restored() -> None:
    summary = _summary(applied=1)
    calm = import_text(summary)
    assert "identity keys" not in calm and "restored" not in calm
    summary.rotated, summary.new_epoch = 1, True
    text = import_text(summary)
    assert "Kampala changed its identity keys" in text and "keeps its trust" in text
    assert "This vault was restored from a copy" in text and "new epoch" in text
    assert "They are back." in text and "kept aside" not in text.split("They are back.")[0]


def test_lost_changes_whose_numbers_were_used_again_are_not_said_to_be_back() -> None:
    """Its own lost change clashing with one made since the restore is kept aside here: the
    summary says so, and does not count it as a colleague's reused number."""
    summary = _summary(applied=1, quarantined=1)
    summary.new_epoch, summary.lost_kept_aside = True, 1
    text = import_text(summary)
    assert "They are back, except 1 change kept aside here" in text
    assert "may show differently here and at colleagues" in text
    assert "They are back." not in text and "its maker sent two" not in text
    summary.outcomes["quarantined"] = 2  # and one from the sender itself
    assert "1 change kept aside: its maker sent two" in import_text(summary)
    summary.new_epoch = False  # a later bundle carries the same lost change again
    later = import_text(summary)
    assert "1 change made here and lost in a restore kept aside here" in later


def test_evidence_files_and_a_tidied_folder_are_told() -> None:
    """The GUI says what the CLI says: evidence files received or not kept, and the files of
    this vault's a sync removed from the drop folder."""
    summary = _summary(applied=1)
    summary.attachments, summary.attachments_refused = 2, 1
    text = import_text(summary)
    assert "2 evidence files received: see Attachments… on their records." in text
    assert "1 evidence file not kept: the sender may not attach files to its record here." in text
    assert "evidence" not in import_text(_summary(applied=1))
    tidied = sync_text(SyncSummary(imported=[_summary(applied=1)], removed=3))
    assert "3 files of this vault's that colleagues no longer need removed from the folder." \
        in tidied
    assert "removed" not in sync_text(SyncSummary(imported=[_summary(applied=1)]))


def test_what_a_bundle_holds_names_its_evidence_files() -> None:
    """Seen at a real window: a bundle carrying a photo said "Holds: 1 defender, 2 incidents…"
    before import and on export, and only the import result mentioned the evidence file."""
    from pathlib import Path

    from hrd_desk.services.exchange import ExportSummary
    from hrd_desk.ui.exchange.summaries import export_text

    assert counts_text({"incident": 2, "attachments": 1}) == "2 incidents, 1 evidence file"
    assert counts_text({"defender": 1, "attachments": 3}) == "1 defender, 3 evidence files"
    assert counts_text({"attachments": 0, "case": 1}) == "1 case"
    written = ExportSummary(Path("/x/to-geneva.hrdb"), ("c1",), {"defender": 1}, 4,
                            attachments=2)
    assert "For Geneva: 1 defender, 2 evidence files." in export_text(written, ["Geneva"], False)
