<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <name>RiskTrend</name>
        <message numerus="yes">
            <source>%n incident(s) logged since %1.</source>
            <translation>
                <numerusform>%n incident logged since %1.</numerusform>
                <numerusform>%n incidents logged since %1.</numerusform>
            </translation>
        </message>
    </context>
</TS>
