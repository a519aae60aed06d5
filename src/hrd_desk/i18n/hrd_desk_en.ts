<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AuditDialogs</name>
        <message numerus="yes">
            <source>The audit trail is whole: %n event(s), each linked to the one before, and none removed from the end.</source>
            <translation>
                <numerusform>The audit trail is whole: %n event, linked to the one before, and none removed from the end.</numerusform>
                <numerusform>The audit trail is whole: %n events, each linked to the one before, and none removed from the end.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DefenderView</name>
        <message numerus="yes">
            <source>%n incident(s), newest first. Open a group to see its incidents; Enter edits the selected one.</source>
            <translation>
                <numerusform>%n incident, newest first. Open a group to see its incidents; Enter edits the selected one.</numerusform>
                <numerusform>%n incidents, newest first. Open a group to see its incidents; Enter edits the selected one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message numerus="yes">
            <source>“%1”: day %2 does not exist in %3 %4, which has %n day(s).</source>
            <translation>
                <numerusform>“%1”: day %2 does not exist in %3 %4, which has %n day.</numerusform>
                <numerusform>“%1”: day %2 does not exist in %3 %4, which has %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n defender</numerusform>
                <numerusform>%n defenders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BundleRefusal</name>
        <message numerus="yes">
            <source>missing: part(s) %1 of %2</source>
            <translation>
                <numerusform>missing: part %1 of %2</numerusform>
                <numerusform>missing: parts %1 of %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) now has a conflict (the same field changed here and there): choose what to keep under Conflicts.</source>
            <translation>
                <numerusform>%n record now has a conflict (the same field changed here and there): choose what to keep under Conflicts.</numerusform>
                <numerusform>%n records now have a conflict (the same field changed here and there): choose what to keep under Conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) came with a clock far in the future (kept, but flagged: the sender's computer clock may be wrong).</source>
            <translation>
                <numerusform>%n change came with a clock far in the future (kept, but flagged: the sender's computer clock may be wrong).</numerusform>
                <numerusform>%n changes came with a clock far in the future (kept, but flagged: the sender's computer clock may be wrong).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n defender</numerusform>
                <numerusform>%n defenders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n related people</source>
            <translation>
                <numerusform>%n related person</numerusform>
                <numerusform>%n related people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s)</source>
            <translation>
                <numerusform>%n stay</numerusform>
                <numerusform>%n stays</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s)</source>
            <translation>
                <numerusform>%n check-in</numerusform>
                <numerusform>%n check-ins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training(s)</source>
            <translation>
                <numerusform>%n training</numerusform>
                <numerusform>%n trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training participant(s)</source>
            <translation>
                <numerusform>%n training participant</numerusform>
                <numerusform>%n training participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk assessment(s)</source>
            <translation>
                <numerusform>%n risk assessment</numerusform>
                <numerusform>%n risk assessments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk item(s)</source>
            <translation>
                <numerusform>%n risk item</numerusform>
                <numerusform>%n risk items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n security measure(s)</source>
            <translation>
                <numerusform>%n security measure</numerusform>
                <numerusform>%n security measures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n network contact(s)</source>
            <translation>
                <numerusform>%n network contact</numerusform>
                <numerusform>%n network contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advocacy action(s)</source>
            <translation>
                <numerusform>%n advocacy action</numerusform>
                <numerusform>%n advocacy actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n task</numerusform>
                <numerusform>%n tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s)</source>
            <translation>
                <numerusform>%n evidence file</numerusform>
                <numerusform>%n evidence files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new record(s)</source>
            <translation>
                <numerusform>%n new record</numerusform>
                <numerusform>%n new records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) applied</source>
            <translation>
                <numerusform>%n change applied</numerusform>
                <numerusform>%n changes applied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older change(s) kept in the history only (this vault already had something newer).</source>
            <translation>
                <numerusform>%n older change kept in the history only (this vault already had something newer).</numerusform>
                <numerusform>%n older changes kept in the history only (this vault already had something newer).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) wait for earlier changes that have not arrived yet; they apply when those come.</source>
            <translation>
                <numerusform>%n change waits for earlier changes that have not arrived yet; it applies when those come.</numerusform>
                <numerusform>%n changes wait for earlier changes that have not arrived yet; they apply when those come.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to consent, to what a record belongs to or to fields the colleague was not given wait for your decision under Conflicts (proposals).</source>
            <translation>
                <numerusform>%n change to consent, to what a record belongs to or to fields the colleague was not given waits for your decision under Conflicts (proposals).</numerusform>
                <numerusform>%n changes to consent, to what a record belongs to or to fields the colleague was not given wait for your decision under Conflicts (proposals).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused: records outside what you share with them, purged here, or from a revoked colleague.</source>
            <translation>
                <numerusform>%n change refused: records outside what you share with them, purged here, or from a revoked colleague.</numerusform>
                <numerusform>%n changes refused: records outside what you share with them, purged here, or from a revoked colleague.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) kept aside: its maker sent two different changes under one number (shown as suspect under Colleagues).</source>
            <translation>
                <numerusform>%n change kept aside: its maker sent two different changes under one number (shown as suspect under Colleagues).</numerusform>
                <numerusform>%n changes kept aside: their maker sent two different changes under one number (shown as suspect under Colleagues).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They are back, except %n change(s) kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</source>
            <translation>
                <numerusform>They are back, except %n change kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</numerusform>
                <numerusform>They are back, except %n changes kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received: see Attachments… on their records.</source>
            <translation>
                <numerusform>%n evidence file received: see Attachments… on its record.</numerusform>
                <numerusform>%n evidence files received: see Attachments… on their records.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) not kept: the sender may not attach files to their record here.</source>
            <translation>
                <numerusform>%n evidence file not kept: the sender may not attach files to its record here.</numerusform>
                <numerusform>%n evidence files not kept: the sender may not attach files to their record here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) not kept: deleted here before.</source>
            <translation>
                <numerusform>%n evidence file not kept: deleted here before.</numerusform>
                <numerusform>%n evidence files not kept: deleted here before.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) left out because a defender they concern has not consented to sharing.</source>
            <translation>
                <numerusform>%n record left out because a defender it concerns has not consented to sharing.</numerusform>
                <numerusform>%n records left out because a defender they concern has not consented to sharing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) still being copied: tried again at the next sync.</source>
            <translation>
                <numerusform>%n file still being copied: tried again at the next sync.</numerusform>
                <numerusform>%n files still being copied: tried again at the next sync.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) for other vaults left alone.</source>
            <translation>
                <numerusform>%n file for other vaults left alone.</numerusform>
                <numerusform>%n files for other vaults left alone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ignored (not plain files).</source>
            <translation>
                <numerusform>%n item ignored (not plain files).</numerusform>
                <numerusform>%n items ignored (not plain files).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this vault's that colleagues no longer need removed from the folder.</source>
            <translation>
                <numerusform>%n file of this vault's that colleagues no longer need removed from the folder.</numerusform>
                <numerusform>%n files of this vault's that colleagues no longer need removed from the folder.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made here and lost in a restore kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</source>
            <translation>
                <numerusform>%n change made here and lost in a restore kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</numerusform>
                <numerusform>%n changes made here and lost in a restore kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent notice(s): %1 changed a defender's consent; nothing about them leaves this vault beyond it (see the defender's Profile).</source>
            <translation>
                <numerusform>%n consent notice: %1 changed a defender's consent; nothing about them leaves this vault beyond it (see the defender's Profile).</numerusform>
                <numerusform>%n consent notices: %1 changed a defender's consent; nothing about them leaves this vault beyond it (see the defender's Profile).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportBatches</name>
        <message numerus="yes">
            <source>%n record(s) moved to the Deleted view.</source>
            <translation>
                <numerusform>%n record moved to the Deleted view.</numerusform>
                <numerusform>%n records moved to the Deleted view.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) restored.</source>
            <translation>
                <numerusform>%n record restored.</numerusform>
                <numerusform>%n records restored.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move the %n live record(s) of import %1 to the Deleted view?</source>
            <translation>
                <numerusform>Move the %n live record of import %1 to the Deleted view?</numerusform>
                <numerusform>Move the %n live records of import %1 to the Deleted view?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyActions</name>
        <message numerus="yes">
            <source>%n failed attempt(s) to unlock this vault since it was last opened. If that was not you, someone may have tried to open it.</source>
            <translation>
                <numerusform>%n failed attempt to unlock this vault since it was last opened. If that was not you, someone may have tried to open it.</numerusform>
                <numerusform>%n failed attempts to unlock this vault since it was last opened. If that was not you, someone may have tried to open it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n wrong passphrase(s) in a row the vault destroys itself. Enter your passphrase to apply this.</source>
            <translation>
                <numerusform>After %n wrong passphrase in a row the vault destroys itself. Enter your passphrase to apply this.</numerusform>
                <numerusform>After %n wrong passphrases in a row the vault destroys itself. Enter your passphrase to apply this.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The vault now destroys itself after %n wrong passphrase(s) in a row.</source>
            <translation>
                <numerusform>The vault now destroys itself after %n wrong passphrase in a row.</numerusform>
                <numerusform>The vault now destroys itself after %n wrong passphrases in a row.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KindCount</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n defender</numerusform>
                <numerusform>%n defenders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n related person(s)</source>
            <translation>
                <numerusform>%n related person</numerusform>
                <numerusform>%n related people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s)</source>
            <translation>
                <numerusform>%n stay</numerusform>
                <numerusform>%n stays</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n task</numerusform>
                <numerusform>%n tasks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListExport</name>
        <message numerus="yes">
            <source>%n record(s) left out: the consent of a defender they concern does not allow this profile.</source>
            <translation>
                <numerusform>%n record left out: the consent of a defender it concerns does not allow this profile.</numerusform>
                <numerusform>%n records left out: the consent of a defender they concern does not allow this profile.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockReason</name>
        <message numerus="yes">
            <source>Locked after %n minute(s) without activity.</source>
            <translation>
                <numerusform>Locked after %n minute without activity.</numerusform>
                <numerusform>Locked after %n minutes without activity.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
                <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved form(s) could not be kept when the vault locked.</source>
            <translation>
                <numerusform>%n unsaved form could not be kept when the vault locked.</numerusform>
                <numerusform>%n unsaved forms could not be kept when the vault locked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n defender</numerusform>
                <numerusform>%n defenders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>%n deleted record</numerusform>
                <numerusform>%n deleted records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s)</source>
            <translation>
                <numerusform>%n stay</numerusform>
                <numerusform>%n stays</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n task</numerusform>
                <numerusform>%n tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edition(s)</source>
            <translation>
                <numerusform>%n edition</numerusform>
                <numerusform>%n editions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message numerus="yes">
            <source>%n incident(s) in the last 30 days</source>
            <translation>
                <numerusform>%n incident in the last 30 days</numerusform>
                <numerusform>%n incidents in the last 30 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>until %1 (%n day left)</numerusform>
                <numerusform>until %1 (%n days left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DefenderTabs</name>
        <message numerus="yes">
            <source>Reviewed today; the next review in %n month(s) (change it with Open…)</source>
            <translation>
                <numerusform>Reviewed today; the next review in %n month (change it with Open…)</numerusform>
                <numerusform>Reviewed today; the next review in %n months (change it with Open…)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dossier</name>
        <message numerus="yes">
            <source>%n incident(s) left out: the consent of a defender they concern does not allow this profile.</source>
            <translation>
                <numerusform>%n incident left out: the consent of a defender it concerns does not allow this profile.</numerusform>
                <numerusform>%n incidents left out: the consent of a defender they concern does not allow this profile.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s) left out (consent).</source>
            <translation>
                <numerusform>%n stay left out (consent).</numerusform>
                <numerusform>%n stays left out (consent).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) left out (consent).</source>
            <translation>
                <numerusform>%n action left out (consent).</numerusform>
                <numerusform>%n actions left out (consent).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) left out (consent).</source>
            <translation>
                <numerusform>%n assessment left out (consent).</numerusform>
                <numerusform>%n assessments left out (consent).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk item(s) left out (consent).</source>
            <translation>
                <numerusform>%n risk item left out (consent).</numerusform>
                <numerusform>%n risk items left out (consent).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) left out (consent).</source>
            <translation>
                <numerusform>%n measure left out (consent).</numerusform>
                <numerusform>%n measures left out (consent).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RiskTrend</name>
        <message numerus="yes">
            <source>%n incident(s) logged since %1.</source>
            <translation>
                <numerusform>%n incident logged since %1.</numerusform>
                <numerusform>%n incidents logged since %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SheetImport</name>
        <message numerus="yes">
            <source>Check that each column goes to the right field; the first %n row(s) are shown as they will be read.</source>
            <translation>
                <numerusform>Check that each column goes to the right field; the first row is shown as it will be read.</numerusform>
                <numerusform>Check that each column goes to the right field; the first %n rows are shown as they will be read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file cannot be imported as it is: %n problem(s) (nothing was changed). Correct them in the spreadsheet, or go Back and change how columns are matched.</source>
            <translation>
                <numerusform>The file cannot be imported as it is: %n problem (nothing was changed). Correct it in the spreadsheet, or go Back and change how columns are matched.</numerusform>
                <numerusform>The file cannot be imported as it is: %n problems (nothing was changed). Correct them in the spreadsheet, or go Back and change how columns are matched.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are fine. To be created, in one step: %1.</source>
            <translation>
                <numerusform>The %n row is fine. To be created, in one step: %1.</numerusform>
                <numerusform>All %n rows are fine. To be created, in one step: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) look like records you already have; they are imported as new records unless you leave them out.</source>
            <translation>
                <numerusform>%n row looks like a record you already have; it is imported as a new record unless you leave it out.</numerusform>
                <numerusform>%n rows look like records you already have; they are imported as new records unless you leave them out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out as duplicates.</source>
            <translation>
                <numerusform>%n row left out as a duplicate.</numerusform>
                <numerusform>%n rows left out as duplicates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s) have this codename or name: give the codename</source>
            <translation>
                <numerusform>%n defender has this codename or name: give the codename</numerusform>
                <numerusform>%n defenders have this codename or name: give the codename</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records (%1) of this row's defender have this %2: give the id</source>
            <translation>
                <numerusform>%n record (%1) of this row's defender has this %2: give the id</numerusform>
                <numerusform>%n records (%1) of this row's defender have this %2: give the id</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VaultMaintenance</name>
        <message numerus="yes">
            <source>%n check(s) failed. Do not delete anything; keep a copy of the vault folder and ask the person who supports your office.</source>
            <translation>
                <numerusform>%n check failed. Do not delete anything; keep a copy of the vault folder and ask the person who supports your office.</numerusform>
                <numerusform>%n checks failed. Do not delete anything; keep a copy of the vault folder and ask the person who supports your office.</numerusform>
            </translation>
        </message>
    </context>
</TS>
