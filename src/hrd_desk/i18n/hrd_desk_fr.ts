<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About hrd-desk</source>
            <translation type="unfinished">À propos de hrd-desk</translation>
        </message>
        <message>
            <source>hrd-desk %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release key: %1. Compare it with the key id your office was given: releases signed with another key are not ours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release key: none in this copy (not an official release).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An encrypted, offline desk for caseworkers who protect human rights defenders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: %1 (GNU General Public License, version 3 or later). You may share and change it under its terms; it comes with no warranty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packaged app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running from source.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentsDialog</name>
        <message>
            <source>%1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> It includes a GPS location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This image carries %1 metadata.%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachments of this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence files, encrypted in the vault. Drop files here or choose Add file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">Du</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export decrypted copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Fermer</translation>
        </message>
        <message>
            <source>Only images and plain text are shown inside the app: export a decrypted copy to open this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypting %1 into the vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adding an attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file was not attached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot show it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a decrypted copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” will be written DECRYPTED outside the vault. Anyone with access to that disk can read it. Keep it on an encrypted disk and delete it when done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export decrypted copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image metadata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Leave it out of the copy? The original in the vault keeps it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strip metadata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep metadata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A decrypted copy of “%1” was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” matches the SHA-256 taken at intake:
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DAMAGED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This image cannot be shown (damaged, or a format Qt cannot read): export a decrypted copy to open it elsewhere.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditDialogs</name>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">Supprimés</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No longer shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fields: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Fermer</translation>
        </message>
        <message>
            <source>History of this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done to this record in this vault, newest first: when, what and which fields. Contents are never kept here. Changes from colleagues arrive with their bundles and show in Vault &gt; Audit trail as imports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">Quand</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">Quoi</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing recorded for it yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit trail is whole: %1 event(s), each linked to the one before, and none removed from the end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audit trail is broken at event %1: events were changed or removed. Keep a copy of the vault folder and ask the person who supports your office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest %1 events are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ids and field names only, never contents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record or colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Colleagues</name>
        <message>
            <source>Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT VERIFIED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You compared fingerprints with them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare fingerprints with them before sending anything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is sent to them, and their bundles are refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receives the records you share whole</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receives records redacted: codenames instead of names; no legal names, contact details, addresses, exact places, related people's names or notes, or free text marked sensitive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues are the offices and caseworkers you exchange records with. Add one from the identity card they gave you, then compare fingerprints with them before you send them anything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add from card file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a colleague from the identity card they gave you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare fingerprints…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare fingerprints with the selected colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop all exchange with the selected colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make partner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change whether the selected colleague is a programme office or a partner organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name on their card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No colleagues yet. Ask the office you will exchange with for their identity card, and give them yours (under My identity).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name for this colleague (only you see it; it must differ from your other colleagues' names):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name for this colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A partner organisation (not an office of the programme)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A partner organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partners receive records redacted, and only about defenders whose consent covers partners.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel adding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Fermer</translation>
        </message>
        <message>
            <source>Close the comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every group matches: mark verified…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every group matches: mark verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspect: %1; those changes are kept aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 says it revoked them (%2). Revoke them here too if you agree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · SUSPECT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · revoked by a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare fingerprints again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a colleague's identity card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This card names itself “%1”. Choose your own name for this colleague below. Adding them does not make them trusted: compare fingerprints with them next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint on this card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added %1. Not verified yet: compare fingerprints with them before sending anything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleague not added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare fingerprints with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meet %1, or call them on a line where you know their voice. Each of you reads your own fingerprint aloud, group by group, while the other checks it here. In person, you can instead scan the QR code on their screen with a phone camera and compare the groups it shows with theirs below. Mark them verified only if every group matches. If any group differs, do not verify: someone may be posing as them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault (yours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (theirs, from their card)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did all ten groups match, compared with %1 in person or on a call where you knew their voice?

Once verified, records can be sent to them and synced with them without further warnings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They matched: mark as verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make %1 a partner organisation?

From now on they receive records redacted, and only about defenders whose consent covers partners.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make %1 an office of the programme?

From now on what you share with them leaves whole. What they already received stays as it was sent: nothing is sent again unredacted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change colleague kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is now a partner organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is now a programme office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke %1?

Nothing will be sent to them again, and bundles from them will be refused from now on. What they already received stays with them; records they sent you stay here.

This cannot be undone: their card cannot be added again. Revoke only if their key may be lost, stolen or no longer theirs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not revoked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <source>Defender</source>
            <translation>Défenseur·e</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Last incident</source>
            <translation>Dernier incident</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>Incidents ouverts</translation>
        </message>
        <message>
            <source>Severity (90 days)</source>
            <translation>Gravité (90 jours)</translation>
        </message>
        <message>
            <source>Active case</source>
            <translation>Dossier actif</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Statut du dossier</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">Supprimés</translation>
        </message>
        <message>
            <source>This vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2 (deleted it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault's version (mine), %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's version, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault's own latest version (mine)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A conflict is a field changed here and by a colleague before either saw the other's change (or a record deleted on one side while edited on the other). Both versions are kept until you choose; meanwhile the record shows the latest change and stays visible. A proposal is a colleague's change to consent or to what a record belongs to: only this office decides those, so it waits here until you accept or refuse it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts. Nothing needs your decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values in each version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show hidden values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show sensitive values until you leave this conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the chosen version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 proposes a change: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted on one side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each column is one version: where and when it was made, and what it held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> One side deleted this record while the other changed it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (sent on by %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1%2 proposes to change what only this office decides: consent, or which defender, case or stay this record belongs to. Nothing changes, and nothing is sent on, until you accept it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuse: keep this vault's values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept %1's proposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 proposes, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record is not kept updated for any colleague, so your choice stays in this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your choice is sent at the next exchange to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept %1's change to “%2”?

It becomes this office's own decision. %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuse %1's change to “%2”?

The record keeps this vault's values; the proposal is dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuse the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide on a proposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve the conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep %1 for “%2”?

The record then shows that version's values for the fields that differ. The other versions stay in the record's history. %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not resolved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CopyGuard</name>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DefenderView</name>
        <message>
            <source>Dossier PDF</source>
            <translation>Dossier PDF</translation>
        </message>
        <message>
            <source>This defender's dossier as PDF, for an office, a partner or the public (what each may see: docs/sharing.md)</source>
            <translation>Le dossier de ce·tte défenseur·e en PDF, pour un bureau, un partenaire ou le public (ce que chacun peut voir : docs/sharing.md)</translation>
        </message>
        <message>
            <source>For a programme office…</source>
            <translation>Pour un bureau du programme…</translation>
        </message>
        <message>
            <source>For a partner organisation…</source>
            <translation>Pour une organisation partenaire…</translation>
        </message>
        <message>
            <source>For the public…</source>
            <translation>Pour le public…</translation>
        </message>
        <message>
            <source>The dossier will hold this defender's profile, incidents and stays in full, names and places included, for a programme office.</source>
            <translation>Le dossier contiendra le profil, les incidents et les séjours de ce·tte défenseur·e en entier, noms et lieux compris, pour un bureau du programme.</translation>
        </message>
        <message>
            <source>The dossier will hold what a partner organisation may see: the codename instead of the name, countries instead of places, no contact details, addresses or host cities.</source>
            <translation>Le dossier contiendra ce qu'une organisation partenaire peut voir : le nom de code au lieu du nom, les pays au lieu des lieux, ni coordonnées, ni adresses, ni villes d'accueil.</translation>
        </message>
        <message>
            <source>The dossier will hold what may be published, if the defender's consent allows it: as for a partner, with dates as months.</source>
            <translation>Le dossier contiendra ce qui peut être publié, si le consentement du/de la défenseur·e le permet : comme pour un partenaire, avec les dates réduites au mois.</translation>
        </message>
        <message>
            <source>It is not encrypted, and hrd-desk keeps no copy: save it only where it is safe.</source>
            <translation>Il n'est pas chiffré et hrd-desk n'en garde aucune copie : enregistrez-le seulement en lieu sûr.</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n jour de retard</numerusform>
                <numerusform>%n jours de retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed bundles (*%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: fingerprint as a QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange</source>
            <translation type="unfinished">Échanges</translation>
        </message>
        <message>
            <source>Share records with colleagues as sealed files, and receive theirs, without any server: by USB stick, e-mail or a synced folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My identity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receive a bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message>
            <source>Sender's fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not addressed to this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is damaged, or it is not a bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is damaged or was altered after it was sealed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender's signature does not match: the file was altered or forged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender is not one of your colleagues. Add their identity card and compare fingerprints first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender was revoked: bundles from them are refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bundle was imported before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is larger than any bundle may be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file ends early: it may still be copying. Try again when it is complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A newer hrd-desk made it: update hrd-desk, then import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an impossible time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>far in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 and %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused (%1). %2 (%3)

Nothing in this vault was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused (%1). %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be read: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read or written (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected stopped it (%1). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (REVOKED)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (NOT VERIFIED: compare fingerprints with them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bundle from %1 was imported before. Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From %1%2: %3, %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved in %1. Carry the file to them by any means: it is sealed, and only they can open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These records are now shared with them: each sync sends them the changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to %1: receipts for what arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new to receive or send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A damaged file was not imported (%1).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) now has a conflict (the same field changed here and there): choose what to keep under Conflicts.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) came with a clock far in the future (kept, but flagged: the sender's computer clock may be wrong).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n related people</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training participant(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk assessment(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk item(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n security measure(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n network contact(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advocacy action(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new record(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) applied</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older change(s) kept in the history only (this vault already had something newer).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) wait for earlier changes that have not arrived yet; they apply when those come.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to consent or to what a record belongs to wait for your decision under Conflicts (proposals).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused: records outside what you share with them, purged here, or from a revoked colleague.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) kept aside: its maker sent two different changes under one number (shown as suspect under Colleagues).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) left out because a defender they concern has not consented to sharing.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) still being copied: tried again at the next sync.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) for other vaults left alone.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ignored (not plain files).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent notice(s): %1 changed a defender's consent; nothing about them leaves this vault beyond it (see the defender's Profile).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Everyone you choose receives the same file. Each of them can see who else received it, and can prove to anyone that the file came from this vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. What to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Who receives it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Write the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also share these records with them, so each sync sends them every later change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished">Retour</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A defender comes with their related people, cases and incidents. A case comes with its defender and the incidents linked to it. Defenders whose consent is None never leave this vault and cannot be chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The defenders and cases I choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every consenting defender, with all their records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every defender who consented to sharing with colleagues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a defender or case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of a name or case title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defenders and cases to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues to send to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have no colleagues to send to yet. Add one under Colleagues first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep them updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save and write…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save and write the bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send something else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defenders</source>
            <translation type="unfinished">Défenseur·es</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished">Dossiers</translation>
        </message>
        <message>
            <source>No consent to share: nothing about this defender leaves this vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1  (NOT VERIFIED)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every defender who consented will be sent, with all their records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen: %1, %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not verified: %1. You have not compared fingerprints, so the file could reach someone posing as them. You will be asked to confirm by typing %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every defender who consented, with all their records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, with what belongs to them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are sending %1, to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They will also be kept updated: each sync sends them later changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next, choose where to save the file (a USB stick, or a folder a file sync tool carries).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send to unverified colleagues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not verified: %1. You have not compared fingerprints with them, so this file could be read by someone posing as them.

Type %2 to write it anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundle was not written</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>Vault folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault could not be opened (%1). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault could not be created (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <source>Identity cards (*.card);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues add this vault from its identity card. Before they trust the card, compare this fingerprint with them: read it aloud on a call or in person, group by group, or let them scan the QR code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault's fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name on your card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues see this name when they add your card; each of them still chooses their own name for you. An office name is safer than a person's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Nairobi office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this name on cards you save from now on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your identity card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give this file to colleagues you will exchange records with (it holds only the name above and public keys, nothing secret).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save identity card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your public identity card to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name saved. Cards you save from now on carry it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your identity card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %1. Give it to your colleague, then compare fingerprints with them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import a bundle a colleague sent you: choose the file, or drop it anywhere on this page. You see who sent it and what it holds before anything is imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a bundle file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import this bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the import did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Fermer</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>defender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>related person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>training participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>risk assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>risk item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>security measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>network contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>advocacy action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>task</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Log incident…</source>
            <translation>Consigner un incident…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Panic: lock and minimise</source>
            <translation>Panique : verrouiller et réduire</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Changer la phrase secrète…</translation>
        </message>
        <message>
            <source>Check vault integrity…</source>
            <translation>Vérifier l'intégrité du coffre…</translation>
        </message>
        <message>
            <source>Security…</source>
            <translation>Sécurité…</translation>
        </message>
        <message>
            <source>Audit trail…</source>
            <translation>Journal d'audit…</translation>
        </message>
        <message>
            <source>Emergency wipe…</source>
            <translation>Effacement d'urgence…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>About hrd-desk</source>
            <translation>À propos de hrd-desk</translation>
        </message>
        <message>
            <source>&amp;Vault</source>
            <translation>&amp;Coffre</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Aller</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>No defenders to show. Add one with “New defender…”.</source>
            <translation>Aucun·e défenseur·e à afficher. Ajoutez-en avec « Nouveau·elle défenseur·e… ».</translation>
        </message>
        <message>
            <source>New defender…</source>
            <translation>Nouveau·elle défenseur·e…</translation>
        </message>
        <message>
            <source>Add a defender</source>
            <translation>Ajouter un·e défenseur·e</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open the selected defender's page (Enter)</source>
            <translation>Ouvrir la page du/de la défenseur·e sélectionné·e (Entrée)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Move the selected defender to Deleted</source>
            <translation>Déplacer le/la défenseur·e sélectionné·e vers Supprimés</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtrer</translation>
        </message>
        <message>
            <source>Name or codename</source>
            <translation>Nom ou nom de code</translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n défenseur·e</numerusform>
                <numerusform>%n défenseur·es</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Too short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at least %1 characters; four or more random words are easier to remember.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add more words or characters; avoid repeats and common words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acceptable. Another random word would make it good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A good passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A strong passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength: %1. %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Type %1 to confirm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>Delete %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the %1 “%2”?

It moves to Deleted, where it can be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purge %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purge the deleted %1 “%2” for good?

Its content is removed from this vault, its history and the search index. This cannot be undone.

Type %3 to confirm.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Choose where…</source>
            <translation>Choisir où…</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was written: %1</source>
            <translation>Rien n'a été écrit : %1</translation>
        </message>
        <message>
            <source>Saved. The file is not encrypted.</source>
            <translation>Enregistré. Le fichier n'est pas chiffré.</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Defenders</source>
            <translation>Défenseur·es</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Threat log</source>
            <translation>Journal des menaces</translation>
        </message>
        <message>
            <source>Relocations</source>
            <translation>Relocalisations</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Formations</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <source>This part of hrd-desk is not available in this version yet.</source>
            <translation>Cette partie de hrd-desk n'est pas encore disponible dans cette version.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimés</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>Comme le système ({language})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Verrouiller après ce nombre de minutes d'inactivité</translation>
        </message>
        <message>
            <source>Lock after idle time</source>
            <translation>Verrouiller après inactivité</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Thème de couleurs</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Settings are kept on this computer outside the vault, so they never hold anything about your records.</source>
            <translation>Les paramètres sont conservés sur cet ordinateur hors du coffre : ils ne contiennent jamais rien de vos dossiers.</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Colleagues ticked here receive this defender at each sync, with their related people, cases and incidents, and every later change. Only verified colleagues are synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues ticked here receive this case at each sync, with the incidents linked to it and its defender's non-sensitive details, and every later change. Only verified colleagues are synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues this record is shared with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This defender's consent: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This defender's consent does not cover colleagues: nothing about them leaves this vault, so this cannot be shared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The defender's consent: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The defender's consent does not cover colleagues: nothing about them leaves this vault, so this cannot be shared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No colleagues yet: add them in the Exchange section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1  (NOT VERIFIED: not synced until verified)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop sharing with %1?

They keep everything they already received; from now on, changes are no longer sent to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No longer shared with %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sharing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Search everything</source>
            <translation>Tout rechercher</translation>
        </message>
        <message>
            <source>Log an incident for the selected defender</source>
            <translation>Consigner un incident pour le/la défenseur·e sélectionné·e</translation>
        </message>
        <message>
            <source>Today: what needs attention (the start screen)</source>
            <translation>Aujourd'hui : ce qui demande attention (l'écran d'accueil)</translation>
        </message>
        <message>
            <source>Go to a section (Ctrl+1 shows the list of defenders)</source>
            <translation>Aller à une section (Ctrl+1 affiche la liste des défenseur·es)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Show or hide every hidden value in a form or on a page</source>
            <translation>Afficher ou masquer toutes les valeurs cachées d'un formulaire ou d'une page</translation>
        </message>
        <message>
            <source>Save a form; record a check-in as done</source>
            <translation>Enregistrer un formulaire ; marquer un point de contact comme fait</translation>
        </message>
        <message>
            <source>Tasks: mark the selected task done</source>
            <translation>Tâches : marquer la tâche sélectionnée comme faite</translation>
        </message>
        <message>
            <source>Close a form; back to the list from a defender's page</source>
            <translation>Fermer un formulaire ; revenir à la liste depuis la page d'un·e défenseur·e</translation>
        </message>
        <message>
            <source>Lock the vault</source>
            <translation>Verrouiller le coffre</translation>
        </message>
        <message>
            <source>Panic: lock and minimise at once</source>
            <translation>Panique : verrouiller et réduire immédiatement</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Quit (locks first)</source>
            <translation>Quitter (verrouille d'abord)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>%1 in the 90 before</source>
            <translation>%1 dans les 90 précédents</translation>
        </message>
        <message>
            <source>severity %1</source>
            <translation>gravité %1</translation>
        </message>
        <message>
            <source>, was %1</source>
            <translation>, était %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open the selected line's record (Enter)</source>
            <translation>Ouvrir la fiche de la ligne sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>What needs attention: overdue first (a missed check-in stays until someone records a contact), then today and the next seven days. Enter opens a line.</source>
            <translation>Ce qui demande attention : d'abord le retard (un point de contact manqué reste jusqu'à ce que quelqu'un consigne un contact), puis aujourd'hui et les sept prochains jours. Entrée ouvre une ligne.</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Ce qui demande attention</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Rien en retard.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>Rien à faire aujourd'hui.</translation>
        </message>
        <message>
            <source>Next 7 days</source>
            <translation>7 prochains jours</translation>
        </message>
        <message>
            <source>Nothing due in the next seven days.</source>
            <translation>Rien à faire dans les sept prochains jours.</translation>
        </message>
        <message>
            <source>Threats escalating (last 30 days against the 90 before)</source>
            <translation>Menaces en hausse (30 derniers jours contre les 90 précédents)</translation>
        </message>
        <message>
            <source>No defender's threats are escalating.</source>
            <translation>Aucune menace en hausse.</translation>
        </message>
        <message>
            <source>Open incidents by category</source>
            <translation>Incidents ouverts par catégorie</translation>
        </message>
        <message>
            <source>No open incidents.</source>
            <translation>Aucun incident ouvert.</translation>
        </message>
        <message>
            <source>Stays in progress</source>
            <translation>Séjours en cours</translation>
        </message>
        <message>
            <source>%1, in stay since %2</source>
            <translation>%1, en séjour depuis le %2</translation>
        </message>
        <message>
            <source>No stay in progress.</source>
            <translation>Aucun séjour en cours.</translation>
        </message>
        <message>
            <source>Enter opens it</source>
            <translation>Entrée l'ouvre</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) in the last 30 days</source>
            <translation>
                <numerusform>%n incident ces 30 derniers jours</numerusform>
                <numerusform>%n incidents ces 30 derniers jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>jusqu'au %1 (%n jour restant)</numerusform>
                <numerusform>jusqu'au %1 (%n jours restants)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Perpetrator type</source>
            <translation>Type d'auteur</translation>
        </message>
        <message>
            <source>Field of work</source>
            <translation>Domaine d'action</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Incidents counted once each, in the period that holds their whole date; a date that fits no single period (a year-only date counted by month) is counted as imprecise. Only defenders whose consent allows statistics are counted.</source>
            <translation>Chaque incident compte une seule fois, dans la période qui contient toute sa date ; une date qui ne tient dans aucune période (une année seule comptée par mois) est comptée comme imprécise. Seul·es les défenseur·es dont le consentement autorise les statistiques sont compté·es.</translation>
        </message>
        <message>
            <source>e.g. 2024 or 2024-01</source>
            <translation>ex. 2024 ou 2024-01</translation>
        </message>
        <message>
            <source>e.g. 2024-12</source>
            <translation>ex. 2024-12</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(rien)</translation>
        </message>
        <message>
            <source>Every programme</source>
            <translation>Tous les programmes</translation>
        </message>
        <message>
            <source>Every defender (inside the office only: no export)</source>
            <translation>Tou·tes les défenseur·es (au bureau seulement : pas d'export)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Grouper par</translation>
        </message>
        <message>
            <source>Then by</source>
            <translation>Puis par</translation>
        </message>
        <message>
            <source>Chart of the counts</source>
            <translation>Graphique des comptes</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Total : %1</translation>
        </message>
        <message>
            <source>Imprecise: %1</source>
            <translation>Imprécis : %1</translation>
        </message>
        <message>
            <source>Not counted (consent): %1</source>
            <translation>Non comptés (consentement) : %1</translation>
        </message>
        <message>
            <source>Every defender counted: not for use outside the office</source>
            <translation>Tou·tes les défenseur·es comptés : pas pour un usage hors du bureau</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Exporter les statistiques</translation>
        </message>
        <message>
            <source>The file will hold incident counts (no names, no descriptions) of defenders whose consent allows statistics. It is not encrypted, and hrd-desk keeps no copy: save it only where it may be read.</source>
            <translation>Le fichier contiendra des nombres d'incidents (ni noms ni descriptions) des défenseur·es dont le consentement autorise les statistiques. Il n'est pas chiffré et hrd-desk n'en garde aucune copie : enregistrez-le seulement là où il peut être lu.</translation>
        </message>
    </context>
    <context>
        <name>SyncFolder</name>
        <message>
            <source>Starting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync when bundles arrive there (the folder is also checked every minute).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync through a folder that another tool carries between offices: a Syncthing folder, a network share, or a USB stick. Each pair of offices has its own subfolder there, named by a code only the two can work out, so a partner that carries only its own subfolder sees nothing of the others. Each sync imports what colleagues left for this vault and leaves a sealed bundle for each verified colleague that has new changes to the records shared with them (nothing when there is nothing new). Unverified colleagues are never synced. File and folder names carry no names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No folder chosen yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the drop folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Watch this folder while the vault is unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Watch the drop folder while unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receive and send through the drop folder now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the last sync did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The drop folder %1 is not there right now (a USB stick or a network share not connected?). Nothing was synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync did not start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last checked %1 (automatically).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last synced %1 (automatically).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last synced %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync at %1 did not finish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync did not finish</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>Afficher la phrase secrète</translation>
        </message>
        <message>
            <source>Show or hide the passphrase as you type</source>
            <translation>Afficher ou masquer la phrase secrète pendant la saisie</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock your vault</source>
            <translation>Déverrouiller votre coffre</translation>
        </message>
        <message>
            <source>Enter the passphrase, or the recovery code if the vault has one.</source>
            <translation>Saisissez la phrase secrète, ou le code de récupération si le coffre en a un.</translation>
        </message>
        <message>
            <source>Passphrase or recovery code</source>
            <translation>Phrase secrète ou code de récupération</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Emergency wipe…</source>
            <translation>Effacement d'urgence…</translation>
        </message>
        <message>
            <source>Emergency wipe</source>
            <translation>Effacement d'urgence</translation>
        </message>
        <message>
            <source>Destroy this vault for good (asks first)</source>
            <translation>Détruire ce coffre définitivement (demande d'abord)</translation>
        </message>
        <message>
            <source>Use recovery shares…</source>
            <translation>Utiliser des parts de récupération…</translation>
        </message>
        <message>
            <source>Use recovery shares</source>
            <translation>Utiliser des parts de récupération</translation>
        </message>
        <message>
            <source>Open the vault with enough shares of its recovery code</source>
            <translation>Ouvrir le coffre avec assez de parts de son code de récupération</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Why the vault locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the vault. This takes a second or two.</source>
            <translation>Ouverture du coffre. Cela prend une ou deux secondes.</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This vault cannot be opened: %1. Nothing was changed. If you have a backup of the vault folder, restore it; otherwise ask the person who supports your office. Do not delete the folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create your vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you record is kept in this vault, encrypted on this computer. Choose a passphrase you will use to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Four or more random words make a strong, memorable passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no way to recover a lost passphrase. If it is forgotten, everything in this vault is lost for good: nobody can open it, not your colleagues and not the people who make hrd-desk. Write it down and keep it somewhere safe, away from this computer. Once the vault is open you can also make a recovery code (Vault &gt; Security).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: a lost passphrase cannot be recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand that it cannot be recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrases match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrases do not match yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the vault and tuning it to this computer. This takes a few seconds.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VaultMaintenance</name>
        <message>
            <source>Keyslot file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase opens the vault key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every page is intact (encryption checksums)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database structure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail is unbroken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Four or more random words make a strong, memorable passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new passphrases do not match yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault locks for a few seconds while it is re-encrypted for the new passphrase (open forms are kept as drafts), then opens again. There is still no way to recover a lost passphrase: write the new one down and keep it somewhere safe, away from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">Phrase secrète</translation>
        </message>
        <message>
            <source>Vault integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every check passed. The vault is intact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 check(s) failed. Do not delete anything; keep a copy of the vault folder and ask the person who supports your office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integrity checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAILED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Fermer</translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <source>Physical harassment and direct threats</source>
            <translation>Harcèlement physique et menaces directes</translation>
        </message>
        <message>
            <source>Digital surveillance and online threats</source>
            <translation>Surveillance numérique et menaces en ligne</translation>
        </message>
        <message>
            <source>Threats to family members</source>
            <translation>Menaces contre des proches</translation>
        </message>
        <message>
            <source>Phone surveillance and SMS threats</source>
            <translation>Surveillance téléphonique et menaces par SMS</translation>
        </message>
        <message>
            <source>Obstruction through laws and courts</source>
            <translation>Entraves par les lois et les tribunaux</translation>
        </message>
        <message>
            <source>Defamation and stigmatisation</source>
            <translation>Diffamation et stigmatisation</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Assessing</source>
            <translation>En évaluation</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>State security forces</source>
            <translation>Forces de sécurité de l'État</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <source>Judiciary</source>
            <translation>Justice</translation>
        </message>
        <message>
            <source>Other state officials</source>
            <translation>Autres agents de l'État</translation>
        </message>
        <message>
            <source>Pro-government groups</source>
            <translation>Groupes progouvernementaux</translation>
        </message>
        <message>
            <source>Non-state armed groups</source>
            <translation>Groupes armés non étatiques</translation>
        </message>
        <message>
            <source>Corporations or their security</source>
            <translation>Entreprises ou leur sécurité</translation>
        </message>
        <message>
            <source>Private individuals</source>
            <translation>Particuliers</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Land and environment</source>
            <translation>Terre et environnement</translation>
        </message>
        <message>
            <source>Journalism and media</source>
            <translation>Journalisme et médias</translation>
        </message>
        <message>
            <source>LGBTI rights</source>
            <translation>Droits LGBTI</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>Droits des femmes</translation>
        </message>
        <message>
            <source>Labour rights</source>
            <translation>Droits du travail</translation>
        </message>
        <message>
            <source>Indigenous rights</source>
            <translation>Droits des peuples autochtones</translation>
        </message>
        <message>
            <source>Anti-corruption</source>
            <translation>Lutte contre la corruption</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Aide juridique</translation>
        </message>
        <message>
            <source>Civil and political rights</source>
            <translation>Droits civils et politiques</translation>
        </message>
        <message>
            <source>Police accountability</source>
            <translation>Responsabilité de la police</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <source>Relocation</source>
            <translation>Relocalisation</translation>
        </message>
        <message>
            <source>Training course</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Emergency support</source>
            <translation>Soutien d'urgence</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Plaidoyer</translation>
        </message>
        <message>
            <source>UN mechanism</source>
            <translation>Mécanisme de l'ONU</translation>
        </message>
        <message>
            <source>Embassy</source>
            <translation>Ambassade</translation>
        </message>
        <message>
            <source>National human rights institution</source>
            <translation>Institution nationale des droits humains</translation>
        </message>
        <message>
            <source>Police oversight body</source>
            <translation>Organe de contrôle de la police</translation>
        </message>
        <message>
            <source>Courts</source>
            <translation>Tribunaux</translation>
        </message>
        <message>
            <source>Regional mechanism (such as the African Commission)</source>
            <translation>Mécanisme régional (comme la Commission africaine)</translation>
        </message>
        <message>
            <source>Protection NGO</source>
            <translation>ONG de protection</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Names, places, descriptions (Ctrl+F)</source>
            <translation>Noms, lieux, descriptions (Ctrl+F)</translation>
        </message>
        <message>
            <source>Results appear as you type; Enter goes to them, Escape empties the field</source>
            <translation>Les résultats apparaissent pendant la saisie ; Entrée y mène, Échap vide le champ</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Tout rechercher</translation>
        </message>
        <message>
            <source>Log incident</source>
            <translation>Consigner un incident</translation>
        </message>
        <message>
            <source>Log an incident for the selected defender (Ctrl+N)</source>
            <translation>Consigner un incident pour le/la défenseur·e sélectionné·e (Ctrl+N)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
        </message>
        <message>
            <source>This kind of record cannot be opened here yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search is not available in this version yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
