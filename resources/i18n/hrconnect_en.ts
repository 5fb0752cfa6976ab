<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>BulkIntervalDialog</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_interval.py" line="30" />
            <source>How often do you want to hear from these %n people?</source>
            <translation>
                <numerusform>How often do you want to hear from this %n person?</numerusform>
                <numerusform>How often do you want to hear from these %n people?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkTagDialog</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_tag.py" line="37" />
            <source>%n people selected.</source>
            <translation>
                <numerusform>%n person selected.</numerusform>
                <numerusform>%n people selected.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/chart_bars.py" line="142" />
            <source>%1: %n people</source>
            <translation>
                <numerusform>%1: %n person</numerusform>
                <numerusform>%1: %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/chart_bars.py" line="166" />
            <source>%1: %n connections</source>
            <translation>
                <numerusform>%1: %n connection</numerusform>
                <numerusform>%1: %n connections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DailyNotifier</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/tray.py" line="50" />
            <source>%n person(s) to get in touch with today</source>
            <translation>
                <numerusform>%n person to get in touch with today</numerusform>
                <numerusform>%n people to get in touch with today</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/export_dialog.py" line="65" />
            <source>Export %n people</source>
            <translation>
                <numerusform>Export %n person</numerusform>
                <numerusform>Export %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/export_dialog.py" line="133" />
            <source>Exported %n people to %1</source>
            <translation>
                <numerusform>Exported %n person to %1</numerusform>
                <numerusform>Exported %n people to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ForgetDialog</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="51" />
            <source>Forget %n people for good?</source>
            <translation>
                <numerusform>Forget %n person for good?</numerusform>
                <numerusform>Forget %n people for good?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="62" />
            <source>…and %n more</source>
            <translation>
                <numerusform>…and %n more</numerusform>
                <numerusform>…and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="84" />
            <source>&amp;Forget %n people</source>
            <translation>
                <numerusform>&amp;Forget %n person</numerusform>
                <numerusform>&amp;Forget %n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="158" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/main_window.py" line="237" />
            <location filename="../../hrconnect/ui/main_window.py" line="259" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordCard</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="135" />
            <source>Also known from %n other record(s)</source>
            <translation>
                <numerusform>Also known from %n other record</numerusform>
                <numerusform>Also known from %n other records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="162" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="163" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="164" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="165" />
            <source>%n invitation(s)</source>
            <translation>
                <numerusform>%n invitation</numerusform>
                <numerusform>%n invitations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="167" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="238" />
            <source>every %n year(s)</source>
            <translation>
                <numerusform>every %n year</numerusform>
                <numerusform>every %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="240" />
            <source>every %n month(s)</source>
            <translation>
                <numerusform>every %n month</numerusform>
                <numerusform>every %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="242" />
            <source>every %n week(s)</source>
            <translation>
                <numerusform>every %n week</numerusform>
                <numerusform>every %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="243" />
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every %n day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="252" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="254" />
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>%n week ago</numerusform>
                <numerusform>%n weeks ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="256" />
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>%n month ago</numerusform>
                <numerusform>%n months ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="257" />
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>%n year ago</numerusform>
                <numerusform>%n years ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="61" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="63" />
            <source>%n week(s) overdue</source>
            <translation>
                <numerusform>%n week overdue</numerusform>
                <numerusform>%n weeks overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="65" />
            <source>%n month(s) overdue</source>
            <translation>
                <numerusform>%n month overdue</numerusform>
                <numerusform>%n months overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="66" />
            <source>%n year(s) overdue</source>
            <translation>
                <numerusform>%n year overdue</numerusform>
                <numerusform>%n years overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="86" />
            <source>turns %n</source>
            <translation>
                <numerusform>turns %n</numerusform>
                <numerusform>turns %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="89" />
            <source>%n year(s) connected</source>
            <translation>
                <numerusform>%n year connected</numerusform>
                <numerusform>%n years connected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/pages/today.py" line="238" />
            <source>%n person(s) to get in touch with, most overdue first.</source>
            <translation>
                <numerusform>%n person to get in touch with, most overdue first.</numerusform>
                <numerusform>%n people to get in touch with, most overdue first.</numerusform>
            </translation>
        </message>
    </context>
</TS>
