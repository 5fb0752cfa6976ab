<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
    <context>
        <name>AddPositionDialog</name>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="375" />
            <source>Add a position</source>
            <translation>Functie toevoegen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="381" />
            <source>for example 2004-09 or 2004</source>
            <translation>bv. 2004-09 of 2004</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="383" />
            <source>empty while you work there</source>
            <translation>leeg als je er nog werkt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="384" />
            <source>&amp;Company:</source>
            <translation>&amp;Bedrijf:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="385" />
            <source>&amp;Title:</source>
            <translation>&amp;Functie:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="386" />
            <source>&amp;Started:</source>
            <translation>&amp;Van:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="387" />
            <source>&amp;Ended:</source>
            <translation>&amp;Tot:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="403" />
            <source>Write dates as year-month (2004-09), a year, or a full date.</source>
            <translation>Schrijf datums als jaar-maand (2004-09), als jaar of als volledige datum.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="407" />
            <source>A position needs the company's name.</source>
            <translation>Een functie heeft de naam van het bedrijf nodig.</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="49" />
            <source>Taken</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="49" />
            <source>Why</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="49" />
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="58" />
            <source>Made by you</source>
            <translation>Door jou gemaakt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="59" />
            <source>Before an import</source>
            <translation>Vóór een import</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="60" />
            <source>Before merging people</source>
            <translation>Vóór het samenvoegen van personen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="61" />
            <source>Before an update of hrconnect</source>
            <translation>Vóór een update van hrconnect</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="62" />
            <source>Before a restore</source>
            <translation>Vóór het terugzetten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="63" />
            <source>Before forgetting someone</source>
            <translation>Vóór het vergeten van iemand</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="90" />
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="95" />
            <source>hrconnect backs up your contacts before every import and every merge. Restoring a backup first backs up what you have now, so a restore can itself be undone.</source>
            <translation>hrconnect maakt vóór elke import en elke samenvoeging een back-up van je contacten. Voordat een back-up wordt teruggezet, wordt eerst een back-up gemaakt van wat je nu hebt, zodat je ook het terugzetten ongedaan kunt maken.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="121" />
            <source>&amp;Back up now</source>
            <translation>&amp;Back-up maken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="124" />
            <source>&amp;Restore…</source>
            <translation>&amp;Terugzetten…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="127" />
            <source>Open the &amp;folder</source>
            <translation>&amp;Map openen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="131" />
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="148" />
            <source>No backups yet.</source>
            <translation>Nog geen back-ups.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="167" />
            <source>Backing up…</source>
            <translation>Back-up maken…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="175" />
            <source>Backed up. Backups you make yourself are never removed automatically.</source>
            <translation>Back-up gemaakt. Back-ups die je zelf maakt, worden nooit automatisch verwijderd.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="181" />
            <source>Restore the backup of %1 (%2)?

Your contacts as they are now are backed up first, as “Before a restore”. Restore that backup to undo this.</source>
            <translation>De back-up van %1 (%2) terugzetten?

Eerst wordt een back-up gemaakt van je contacten zoals ze nu zijn, als “Vóór het terugzetten”. Zet die back-up terug om dit ongedaan te maken.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="190" />
            <source>Restore a backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="196" />
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="207" />
            <source>Restoring…</source>
            <translation>Terugzetten…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/backups_dialog.py" line="216" />
            <source>Restored. To undo, restore the backup “Before a restore” at the top.</source>
            <translation>Teruggezet. Om dit ongedaan te maken, zet je de back-up “Vóór het terugzetten” bovenaan terug.</translation>
        </message>
    </context>
    <context>
        <name>BulkActions</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_actions.py" line="58" />
            <source>&amp;Tag…</source>
            <translation>&amp;Tag…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_actions.py" line="59" />
            <source>&amp;Keep in touch…</source>
            <translation>&amp;Contact houden…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_actions.py" line="61" />
            <source>E&amp;xport selection…</source>
            <translation>Selectie e&amp;xporteren…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_actions.py" line="64" />
            <source>&amp;Forget…</source>
            <translation>&amp;Vergeten…</translation>
        </message>
    </context>
    <context>
        <name>BulkIntervalDialog</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_interval.py" line="26" />
            <source>Keep in touch</source>
            <translation>Contact houden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_interval.py" line="30" />
            <source>How often do you want to hear from these %n people?</source>
            <translation>
                <numerusform>Hoe vaak wil je iets horen van deze %n persoon?</numerusform>
                <numerusform>Hoe vaak wil je iets horen van deze %n personen?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_interval.py" line="39" />
            <source>No interval of their own (tags decide)</source>
            <translation>Geen eigen interval (tags bepalen)</translation>
        </message>
    </context>
    <context>
        <name>BulkTagDialog</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_tag.py" line="33" />
            <source>Tag people</source>
            <translation>Personen taggen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_tag.py" line="37" />
            <source>%n people selected.</source>
            <translation>
                <numerusform>%n persoon geselecteerd.</numerusform>
                <numerusform>%n personen geselecteerd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_tag.py" line="40" />
            <source>&amp;Add the tag</source>
            <translation>Tag &amp;toevoegen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_tag.py" line="42" />
            <source>&amp;Remove the tag</source>
            <translation>Tag &amp;verwijderen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_tag.py" line="53" />
            <source>Tag name</source>
            <translation>Naam van de tag</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/chart_bars.py" line="137" />
            <source>Where your network works</source>
            <translation>Waar je netwerk werkt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/chart_bars.py" line="141" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/chart_bars.py" line="142" />
            <source>%1: %n people</source>
            <translation>
                <numerusform>%1: %n persoon</numerusform>
                <numerusform>%1: %n personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/chart_bars.py" line="162" />
            <source>Connections made per year</source>
            <translation>Nieuwe connecties per jaar</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/chart_bars.py" line="163" />
            <source>Connections</source>
            <translation>Connecties</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/chart_bars.py" line="166" />
            <source>%1: %n connections</source>
            <translation>
                <numerusform>%1: %n connectie</numerusform>
                <numerusform>%1: %n connecties</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <location filename="../../hrconnect/ui/pages/charts.py" line="60" />
            <source>Charts</source>
            <translation>Grafieken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/charts.py" line="92" />
            <source>Import your contacts to see your network here.</source>
            <translation>Importeer je contacten om hier je netwerk te zien.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/charts.py" line="93" />
            <source>%1 people.</source>
            <translation>%1 personen.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/charts.py" line="96" />
            <source>%1 work at other companies.</source>
            <translation>%1 werken bij andere bedrijven.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/charts.py" line="102" />
            <source>%1 have no company.</source>
            <translation>%1 hebben geen bedrijf.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/charts.py" line="106" />
            <source>%1 have no connection date (address-book contacts, mostly).</source>
            <translation>%1 hebben geen connectiedatum (vooral contacten uit adresboeken).</translation>
        </message>
    </context>
    <context>
        <name>ColleaguesPage</name>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="91" />
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="102" />
            <source>now</source>
            <translation>nu</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="98" />
            <source>current company %1</source>
            <translation>huidig bedrijf %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="98" />
            <source>past company %1</source>
            <translation>vroeger bedrijf %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="105" />
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="131" />
            <source>entered by you</source>
            <translation>door jou ingevoerd</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="111" />
            <source>e-mail domain %1</source>
            <translation>e-maildomein %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="114" />
            <source>%1 while you worked there</source>
            <translation>%1 toen je daar werkte</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="117" />
            <source>connected while you worked there (%1)</source>
            <translation>geconnecteerd toen je daar werkte (%1)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="123" />
            <source>Contact at the time</source>
            <translation>Contact in die periode</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="124" />
            <source>Connected at the time</source>
            <translation>Connectie in die periode</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="137" />
            <source>Tell hrconnect where you worked: import your LinkedIn archive (it holds your positions), or add your positions by hand. Then everyone in your network who worked there shows up here.</source>
            <translation>Vertel hrconnect waar je gewerkt hebt: importeer je LinkedIn-archief (daarin staan je functies) of voeg je functies zelf toe. Dan verschijnt hier iedereen uit je netwerk die daar gewerkt heeft.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="142" />
            <source>People who worked where you worked: the company on their profile or card, or an e-mail address at the company's domain. Messages from that time are shown as extra evidence.</source>
            <translation>Personen die werkten waar jij werkte, herkend aan het bedrijf op hun profiel of kaart of aan een e-mailadres op het domein van het bedrijf. Berichten uit die periode worden getoond als extra aanwijzing.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="149" />
            <source>Not employers, so left out: %1.</source>
            <translation>Geen werkgevers, dus weggelaten: %1.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="155" />
            <source>your current employer</source>
            <translation>je huidige werkgever</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="211" />
            <source>Add a position…</source>
            <translation>Functie toevoegen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="219" />
            <source>Employer</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="219" />
            <source>Your period</source>
            <translation>Jouw periode</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="219" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="249" />
            <source>Your position</source>
            <translation>Jouw functie</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="249" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="249" />
            <source>From</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="256" />
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="357" />
            <source>Remove position</source>
            <translation>Functie verwijderen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="262" />
            <source>Person, and why we think so</source>
            <translation>Persoon, en waarom we dat denken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="262" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="269" />
            <source>Double-click a person, or press Enter, to open them in People.</source>
            <translation>Dubbelklik op een persoon of druk op Enter om die persoon te openen in Personen.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="276" />
            <source>Former colleagues</source>
            <translation>Oud-collega's</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="336" />
            <source>Positions from an export come back with the next import.</source>
            <translation>Functies uit een export komen terug bij de volgende import.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/colleagues.py" line="358" />
            <source>Remove your position at %1?</source>
            <translation>Je functie bij %1 verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>DailyNotifier</name>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/tray.py" line="50" />
            <source>%n person(s) to get in touch with today</source>
            <translation>
                <numerusform>%n persoon om vandaag contact mee op te nemen</numerusform>
                <numerusform>%n personen om vandaag contact mee op te nemen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/tray.py" line="122" />
            <source>Show Today</source>
            <translation>Vandaag tonen</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_evidence.py" line="46" />
            <source>Very likely the same person: please confirm</source>
            <translation>Zeer waarschijnlijk dezelfde persoon: bevestig dit</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_evidence.py" line="48" />
            <source>Likely the same person: please confirm</source>
            <translation>Waarschijnlijk dezelfde persoon: bevestig dit</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_evidence.py" line="49" />
            <source>Possibly the same person: please check</source>
            <translation>Mogelijk dezelfde persoon: kijk dit na</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_evidence.py" line="101" />
            <source>Evidence</source>
            <translation>Aanwijzing</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_evidence.py" line="102" />
            <source>Points</source>
            <translation>Punten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_evidence.py" line="103" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/export_dialog.py" line="48" />
            <source>vCard 4.0, for address books (*.vcf)</source>
            <translation>vCard 4.0, voor adresboeken (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/export_dialog.py" line="49" />
            <source>vCard 3.0, for older phones and Outlook (*.vcf)</source>
            <translation>vCard 3.0, voor oudere telefoons en Outlook (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/export_dialog.py" line="50" />
            <source>CSV spreadsheet (*.csv)</source>
            <translation>CSV-rekenblad (*.csv)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/export_dialog.py" line="51" />
            <source>JSON, everything including job history (*.json)</source>
            <translation>JSON, alles inclusief loopbaan (*.json)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/export_dialog.py" line="63" />
            <source>Export everyone</source>
            <translation>Iedereen exporteren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/export_dialog.py" line="65" />
            <source>Export %n people</source>
            <translation>
                <numerusform>%n persoon exporteren</numerusform>
                <numerusform>%n personen exporteren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/export_dialog.py" line="133" />
            <source>Exported %n people to %1</source>
            <translation>
                <numerusform>%n persoon geëxporteerd naar %1</numerusform>
                <numerusform>%n personen geëxporteerd naar %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ForgetDialog</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="47" />
            <source>Forget people</source>
            <translation>Personen vergeten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="51" />
            <source>Forget %n people for good?</source>
            <translation>
                <numerusform>%n persoon definitief vergeten?</numerusform>
                <numerusform>%n personen definitief vergeten?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="62" />
            <source>…and %n more</source>
            <translation>
                <numerusform>…en nog %n</numerusform>
                <numerusform>…en nog %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="69" />
            <source>Their imported records, interactions, notes and tags are deleted from hrconnect and wiped from the database file. This cannot be undone. Backups made earlier still hold them until they are deleted.</source>
            <translation>Hun geïmporteerde records, contactmomenten, notities en tags worden uit hrconnect verwijderd en uit het databasebestand gewist. Dit kan niet ongedaan worden gemaakt. Eerder gemaakte back-ups bevatten ze nog tot die back-ups verwijderd worden.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="77" />
            <source>Let a later &amp;import bring them back</source>
            <translation>Een latere &amp;import mag ze terugbrengen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="79" />
            <source>Unticked, hrconnect skips them in every future import</source>
            <translation>Niet aangevinkt: hrconnect slaat ze bij elke volgende import over</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/dialogs/bulk_forget.py" line="84" />
            <source>&amp;Forget %n people</source>
            <translation>
                <numerusform>%n persoon &amp;vergeten</numerusform>
                <numerusform>%n personen &amp;vergeten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="46" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="47" />
            <source>Files</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="48" />
            <source>Created</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="49" />
            <source>Updated</source>
            <translation>Bijgewerkt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="50" />
            <source>Unchanged</source>
            <translation>Ongewijzigd</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="51" />
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="52" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="53" />
            <source>To review</source>
            <translation>Na te kijken</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="76" />
            <source>Import contacts</source>
            <translation>Contacten importeren</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="110" />
            <source>Choose your exports: the LinkedIn or Facebook ZIP as downloaded, vCard files from a phone, Google or Outlook CSV files, or a folder holding them. You can also drop them onto this window.</source>
            <translation>Kies je exports: de ZIP van LinkedIn of Facebook zoals je die downloadde, vCard-bestanden van een telefoon, CSV-bestanden van Google of Outlook, of een map waarin ze staan. Je kunt ze ook naar dit venster slepen.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="121" />
            <source>&amp;Preview</source>
            <translation>&amp;Voorbeeld</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="123" />
            <source>&amp;Import without preview</source>
            <translation>&amp;Importeren zonder voorbeeld</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="138" />
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="140" />
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="160" />
            <source>Open &amp;Review</source>
            <translation>Naar &amp;Nakijken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="169" />
            <source>Import &amp;more…</source>
            <translation>&amp;Meer importeren…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="171" />
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="183" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="224" />
            <source>Looking at your files…</source>
            <translation>Je bestanden bekijken…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="235" />
            <source>Importing…</source>
            <translation>Importeren…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="279" />
            <source>Your contacts were backed up before this import; File › Backups… can bring them back.</source>
            <translation>Vóór deze import is een back-up van je contacten gemaakt; met Bestand › Back-ups… kun je ze terugzetten.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="292" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Geannuleerd. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="294" />
            <source>This cannot be imported (%1):
%2</source>
            <translation>Dit kan niet worden geïmporteerd (%1):
%2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="300" />
            <source>The import failed and nothing was changed:
%1</source>
            <translation>De import is mislukt en er is niets gewijzigd:
%1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="312" />
            <source>None of these can be imported. The reasons are listed below.</source>
            <translation>Geen van deze bestanden kan worden geïmporteerd. De redenen staan hieronder.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="314" />
            <source>Importing these files would add %1 new contacts, update %2 and leave %3 unchanged.</source>
            <translation>Als je deze bestanden importeert, komen er %1 nieuwe contacten bij, worden er %2 bijgewerkt en blijven er %3 ongewijzigd.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="320" />
            <source>%1 items would be skipped and %2 could not be read.</source>
            <translation>%1 items zouden worden overgeslagen en %2 konden niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="324" />
            <source>Files that cannot be imported are left out.</source>
            <translation>Bestanden die niet kunnen worden geïmporteerd, worden weggelaten.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="332" />
            <source>%1 would be merged automatically; %2 would wait for your review.</source>
            <translation>%1 zouden automatisch worden samengevoegd; %2 zouden wachten tot je ze nakijkt.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="334" />
            <source>%1 merged automatically; %2 waiting for your review.</source>
            <translation>%1 automatisch samengevoegd; %2 wachten tot je ze nakijkt.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="341" />
            <source>Import complete</source>
            <translation>Import voltooid</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/import_dialog.py" line="342" />
            <source>Created %1 · Updated %2 · Unchanged %3 · Skipped %4 · Failed %5</source>
            <translation>Nieuw %1 · Bijgewerkt %2 · Ongewijzigd %3 · Overgeslagen %4 · Mislukt %5</translation>
        </message>
    </context>
    <context>
        <name>ImportPaths</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_paths.py" line="41" />
            <source>Contact exports (*.zip *.csv *.vcf *.vcard *.json *.html)</source>
            <translation>Contactexports (*.zip *.csv *.vcf *.vcard *.json *.html)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_paths.py" line="42" />
            <source>All files (*)</source>
            <translation>Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_paths.py" line="119" />
            <source>Add &amp;files…</source>
            <translation>&amp;Bestanden toevoegen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_paths.py" line="122" />
            <source>Add a f&amp;older…</source>
            <translation>&amp;Map toevoegen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_paths.py" line="125" />
            <source>&amp;Remove</source>
            <translation>Ver&amp;wijderen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_paths.py" line="144" />
            <source>Choose contact exports</source>
            <translation>Contactexports kiezen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_paths.py" line="150" />
            <source>Choose a folder</source>
            <translation>Map kiezen</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="56" />
            <source>imported before, nothing new</source>
            <translation>al eerder geïmporteerd, niets nieuws</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="80" />
            <source>cannot be imported: %1</source>
            <translation>kan niet worden geïmporteerd: %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="94" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="95" />
            <source>Format</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="96" />
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="97" />
            <source>Updated</source>
            <translation>Bijgewerkt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="98" />
            <source>Unchanged</source>
            <translation>Ongewijzigd</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="99" />
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="100" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_preview.py" line="101" />
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="31" />
            <source>Reading your files…</source>
            <translation>Je bestanden lezen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="32" />
            <source>Saving contacts…</source>
            <translation>Contacten opslaan…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="33" />
            <source>Updating the people list…</source>
            <translation>De lijst met personen bijwerken…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="34" />
            <source>Looking for the same person in several sources…</source>
            <translation>Dezelfde persoon zoeken in verschillende bronnen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="36" />
            <source>Working…</source>
            <translation>Bezig…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="52" />
            <source>%1 of %2</source>
            <translation>%1 van %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="57" />
            <source>%1 read</source>
            <translation>%1 gelezen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="59" />
            <source>%1 contacts</source>
            <translation>%1 contacten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="77" />
            <source>Starting…</source>
            <translation>Starten…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="95" />
            <source>You can cancel at any time: nothing is changed until the import is complete.</source>
            <translation>Je kunt altijd annuleren: er verandert niets zolang de import niet voltooid is.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="102" />
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="114" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="131" />
            <source>Cancelling…</source>
            <translation>Annuleren…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_progress.py" line="132" />
            <source>Cancelling… nothing will be changed.</source>
            <translation>Annuleren… er wordt niets gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="63" />
            <source>drafts left out</source>
            <translation>concepten weggelaten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="64" />
            <source>spam left out</source>
            <translation>spam weggelaten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="65" />
            <source>unsent messages left out</source>
            <translation>niet-verzonden berichten weggelaten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="66" />
            <source>messages whose partner is unknown</source>
            <translation>berichten met een onbekende gesprekspartner</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="67" />
            <source>listed twice</source>
            <translation>dubbel vermeld</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="68" />
            <source>dates that could not be read</source>
            <translation>onleesbare datums</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="69" />
            <source>messages that could not be read</source>
            <translation>onleesbare berichten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="70" />
            <source>empty conversations</source>
            <translation>lege gesprekken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="94" />
            <source>Not used</source>
            <translation>Niet gebruikt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="95" />
            <source>Files in the folders or archives that are not contact exports.</source>
            <translation>Bestanden in de mappen of archieven die geen contactexports zijn.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="113" />
            <source>Created</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="114" />
            <source>Updated</source>
            <translation>Bijgewerkt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="115" />
            <source>Unchanged</source>
            <translation>Ongewijzigd</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="120" />
            <source>the same file was imported before</source>
            <translation>hetzelfde bestand werd al eerder geïmporteerd</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="123" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="124" />
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="125" />
            <source>Imported with a warning</source>
            <translation>Geïmporteerd met een waarschuwing</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="136" />
            <source>Messages and other contacts added</source>
            <translation>Berichten en andere contactmomenten toegevoegd</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="139" />
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="158" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… en nog %n</numerusform>
                <numerusform>… en nog %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="169" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="169" />
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/import_report.py" line="169" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>ImportsPage</name>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="91" />
            <source>Import…</source>
            <translation>Importeren…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="96" />
            <source>No imports yet. Import your LinkedIn, Facebook, phone or mail exports.</source>
            <translation>Nog geen imports. Importeer je exports van LinkedIn, Facebook, je telefoon of je mail.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="129" />
            <source>Imports</source>
            <translation>Imports</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="155" />
            <source>Import of %1</source>
            <translation>Import van %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/imports.py" line="157" />
            <source>did not finish</source>
            <translation>niet voltooid</translation>
        </message>
    </context>
    <context>
        <name>InteractionsModel</name>
        <message>
            <location filename="../../hrconnect/ui/models/interactions_model.py" line="60" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/interactions_model.py" line="61" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/interactions_model.py" line="62" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/interactions_model.py" line="76" />
            <source>%1 (received)</source>
            <translation>%1 (ontvangen)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/interactions_model.py" line="78" />
            <source>%1 (sent)</source>
            <translation>%1 (verzonden)</translation>
        </message>
    </context>
    <context>
        <name>IntervalChooser</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_interval.py" line="33" />
            <source>No interval of their own</source>
            <translation>Geen eigen interval</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_interval.py" line="36" />
            <source>Other…</source>
            <translation>Zelf kiezen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_interval.py" line="42" />
            <source> days</source>
            <translation> dagen</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/log_dialog.py" line="61" />
            <source>Log an interaction</source>
            <translation>Contactmoment vastleggen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/log_dialog.py" line="74" />
            <source>&amp;Kind:</source>
            <translation>&amp;Soort:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/log_dialog.py" line="78" />
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/log_dialog.py" line="80" />
            <source>What did you talk about? (optional)</source>
            <translation>Waarover hebben jullie gepraat? (optioneel)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/log_dialog.py" line="83" />
            <source>&amp;Note:</source>
            <translation>&amp;Notitie:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/log_dialog.py" line="85" />
            <source>Log</source>
            <translation>Vastleggen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="55" />
            <source>hrconnect — demo network</source>
            <translation>hrconnect — demonetwerk</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="124" />
            <source>Opening your contacts…</source>
            <translation>Je contacten openen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="130" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="132" />
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="134" />
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="136" />
            <source>&amp;Backups…</source>
            <translation>&amp;Back-ups…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="139" />
            <source>&amp;Settings…</source>
            <translation>I&amp;nstellingen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="144" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="145" />
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="147" />
            <source>&amp;Find people</source>
            <translation>&amp;Personen zoeken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="149" />
            <source>Find the &amp;same person again</source>
            <translation>&amp;Dezelfde persoon opnieuw zoeken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="150" />
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="158" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="159" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="160" />
            <source>Open the &amp;data folder</source>
            <translation>&amp;Gegevensmap openen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="161" />
            <source>&amp;About hrconnect</source>
            <translation>&amp;Over hrconnect</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/main_window.py" line="237" />
            <location filename="../../hrconnect/ui/main_window.py" line="259" />
            <source>%n people</source>
            <translation>
                <numerusform>%n persoon</numerusform>
                <numerusform>%n personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="249" />
            <source>Your contacts could not be opened.</source>
            <translation>Je contacten konden niet worden geopend.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="250" />
            <source>Cannot open your contacts</source>
            <translation>Kan je contacten niet openen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="317" />
            <source>%1 merged, %2 to review</source>
            <translation>%1 samengevoegd, %2 na te kijken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="370" />
            <source>Something went wrong</source>
            <translation>Er ging iets mis</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="381" />
            <source>Ctrl+I  Import files</source>
            <translation>Ctrl+I  Bestanden importeren</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="382" />
            <source>Ctrl+F  Find people</source>
            <translation>Ctrl+F  Personen zoeken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="383" />
            <source>Ctrl+1…6  Switch pages</source>
            <translation>Ctrl+1…6  Naar een andere pagina</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="384" />
            <source>In Review: M merge, N not the same person, S skip, Ctrl+Z undo</source>
            <translation>In Nakijken: M samenvoegen, N niet dezelfde persoon, S overslaan, Ctrl+Z ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="385" />
            <source>In Today: Space mark as contacted, L log, Z snooze, Enter open in People</source>
            <translation>In Vandaag: Spatiebalk als gecontacteerd markeren, L vastleggen, Z uitstellen, Enter openen in Personen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="389" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="405" />
            <source>About hrconnect</source>
            <translation>Over hrconnect</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/main_window.py" line="406" />
            <source>hrconnect %1

Your network in one private, offline place.</source>
            <translation>hrconnect %1

Je netwerk op één plek: privé en offline.</translation>
        </message>
    </context>
    <context>
        <name>PeopleFilterBar</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="65" />
            <source>Smart lists: searches you saved</source>
            <translation>Slimme lijsten: je opgeslagen zoekopdrachten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="74" />
            <source>Search names, companies, titles, tags… or company:acme</source>
            <translation>Zoek op naam, bedrijf, functie, tag… of bedrijf:acme</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="77" />
            <source>Plain words filter as you type. Also: company:, title:, tag:, name:, note:, "exact phrase", -leave_out, an e-mail address or a phone number.</source>
            <translation>Gewone woorden filteren terwijl je typt. Ook: bedrijf:, functie:, tag:, name:, notitie:, "exacte woordgroep", -weglaten, een e-mailadres of een telefoonnummer.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="86" />
            <source>Save…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="87" />
            <source>Keep this search as a smart list</source>
            <translation>Deze zoekopdracht bewaren als slimme lijst</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="98" />
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="135" />
            <source>Any tag</source>
            <translation>Alle tags</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="105" />
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="116" />
            <source>Any source</source>
            <translation>Alle bronnen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="122" />
            <source>&amp;Overdue only</source>
            <translation>Alleen &amp;achterstallig</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_filters.py" line="147" />
            <source>All people</source>
            <translation>Alle personen</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="154" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="155" />
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="156" />
            <source>Title</source>
            <translation>Functie</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="157" />
            <source>Last contact</source>
            <translation>Laatste</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="158" />
            <source>Due</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="159" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="160" />
            <source>Sources</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="195" />
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="218" />
            <source>overdue</source>
            <translation>achterstallig</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../hrconnect/ui/pages/people.py" line="132" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/people.py" line="277" />
            <source>The list could not be read: %1</source>
            <translation>De lijst kon niet worden gelezen: %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/people.py" line="331" />
            <source>Save as smart list</source>
            <translation>Opslaan als slimme lijst</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/people.py" line="331" />
            <source>Name of the smart list:</source>
            <translation>Naam van de slimme lijst:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/people.py" line="382" />
            <source>%1 people</source>
            <translation>%1 personen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/people.py" line="385" />
            <source>%1 of %2 people</source>
            <translation>%1 van %2 personen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/people.py" line="391" />
            <source>%1 selected</source>
            <translation>%1 geselecteerd</translation>
        </message>
    </context>
    <context>
        <name>PersonDetailPane</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="84" />
            <source>Choose a person to see everything about them.</source>
            <translation>Kies een persoon om er alles over te zien.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="108" />
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="109" />
            <source>Edit</source>
            <translation>Bewerken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="110" />
            <source>Sources</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="111" />
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="176" />
            <source>Sources (%1)</source>
            <translation>Bronnen (%1)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="178" />
            <source>Timeline (%1)</source>
            <translation>Tijdlijn (%1)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="219" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="220" />
            <source>Your changes could not be saved: %1</source>
            <translation>Je wijzigingen konden niet worden opgeslagen: %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="264" />
            <source>Split %1 back into the people that were merged?

Each gets back their own records, notes and tags, and hrconnect will not suggest merging them again.</source>
            <translation>%1 weer opsplitsen in de personen die werden samengevoegd?

Iedereen krijgt zijn eigen records, notities en tags terug, en hrconnect stelt niet meer voor om ze samen te voegen.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="269" />
            <source>Unmerge</source>
            <translation>Splitsen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="277" />
            <source>Make this record a person of its own?

hrconnect will remember that they are not %1.</source>
            <translation>Van dit record een aparte persoon maken?

hrconnect onthoudt dat dit niet %1 is.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_detail.py" line="281" />
            <source>Split off</source>
            <translation>Afsplitsen</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="128" />
            <source>Shown name</source>
            <translation>Getoonde naam</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="129" />
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="130" />
            <source>Middle name</source>
            <translation>Tweede voornaam</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="131" />
            <source>Last name</source>
            <translation>Familienaam</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="132" />
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="133" />
            <source>Title</source>
            <translation>Functie</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="134" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="143" />
            <source>Contact details you added</source>
            <translation>Contactgegevens die je zelf toevoegde</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="148" />
            <source>Your edits are kept apart from the imported data: later imports never undo them. Empty a field to show the imported value again.</source>
            <translation>Je wijzigingen worden apart van de geïmporteerde gegevens bewaard: latere imports maken ze nooit ongedaan. Maak een veld leeg om weer de geïmporteerde waarde te tonen.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="158" />
            <source>&amp;Revert</source>
            <translation>&amp;Terugdraaien</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_editor.py" line="161" />
            <source>&amp;Save changes</source>
            <translation>Wijzigingen &amp;opslaan</translation>
        </message>
    </context>
    <context>
        <name>PersonHeader</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_header.py" line="85" />
            <source>&amp;Log interaction…</source>
            <translation>Contact &amp;vastleggen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_header.py" line="88" />
            <source>Open Linked&amp;In profile</source>
            <translation>&amp;LinkedIn-profiel</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_header.py" line="91" />
            <source>&amp;Unmerge…</source>
            <translation>&amp;Splitsen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_header.py" line="92" />
            <source>Split this person back into the people merged</source>
            <translation>Deze persoon weer opsplitsen in de samengevoegde personen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_header.py" line="102" />
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
    </context>
    <context>
        <name>PersonOverview</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="117" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="121" />
            <source>Job history</source>
            <translation>Loopbaan</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="125" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="137" />
            <source>New or existing tag</source>
            <translation>Nieuwe of bestaande tag</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="140" />
            <source>&amp;Add tag</source>
            <translation>&amp;Tag toevoegen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="146" />
            <source>Keep in touch</source>
            <translation>Contact houden</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="154" />
            <source>&amp;Set</source>
            <translation>&amp;Instellen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="159" />
            <source>Cancel snooze</source>
            <translation>Uitstel opheffen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="178" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="179" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="180" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="188" />
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="190" />
            <source>Birthday</source>
            <translation>Verjaardag</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="192" />
            <source>Connected</source>
            <translation>Connectie sinds</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="194" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="204" />
            <source>No e-mail, phone or web address.</source>
            <translation>Geen e-mailadres, telefoonnummer of webadres.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="210" />
            <source>No jobs known.</source>
            <translation>Geen jobs bekend.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="215" />
            <source>now</source>
            <translation>nu</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="219" />
            <source>until</source>
            <translation>tot</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="236" />
            <source>Remove the tag %1</source>
            <translation>De tag %1 verwijderen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="240" />
            <source>No tags yet.</source>
            <translation>Nog geen tags.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="256" />
            <source>set for this person</source>
            <translation>ingesteld voor deze persoon</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="258" />
            <source>from the tag %1</source>
            <translation>via de tag %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="262" />
            <source>No keep-in-touch interval</source>
            <translation>Geen interval om contact te houden</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="264" />
            <source>Due %1</source>
            <translation>Volgend contact: %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="267" />
            <source>Last contact %1 (%2)</source>
            <translation>Laatste contact: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_overview.py" line="273" />
            <source>Snoozed until %1</source>
            <translation>Uitgesteld tot %1</translation>
        </message>
    </context>
    <context>
        <name>PersonPointsEditor</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_points.py" line="76" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_points.py" line="77" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_points.py" line="78" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_points.py" line="79" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_points.py" line="80" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_points.py" line="86" />
            <source>Add a contact detail</source>
            <translation>Contactgegeven toevoegen</translation>
        </message>
    </context>
    <context>
        <name>PersonSources</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="78" />
            <source>Your edits in hrconnect (kept across imports)</source>
            <translation>Je wijzigingen in hrconnect (blijven bewaard bij imports)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="87" />
            <source>Split off…</source>
            <translation>Afsplitsen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="88" />
            <source>This record is someone else: make it a person of its own</source>
            <translation>Dit record is iemand anders: maak er een aparte persoon van</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="96" />
            <source>Created %1, last changed %2</source>
            <translation>Aangemaakt %1, gewijzigd %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="98" />
            <source>Imported %1, last changed %2</source>
            <translation>Geïmporteerd %1, gewijzigd %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="121" />
            <source>Birthday: %1</source>
            <translation>Verjaardag: %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="124" />
            <source>Connected on %1</source>
            <translation>Connectie sinds %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="127" />
            <source>Labels: %1</source>
            <translation>Labels: %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="136" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="137" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="138" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="139" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_sources.py" line="140" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
    </context>
    <context>
        <name>PersonTimeline</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_timeline.py" line="56" />
            <source>No interactions yet.</source>
            <translation>Nog geen contactmomenten.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_timeline.py" line="60" />
            <source>Log interaction…</source>
            <translation>Contact vastleggen…</translation>
        </message>
    </context>
    <context>
        <name>RecordCard</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="38" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="39" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="40" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="41" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="42" />
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="43" />
            <source>Job title</source>
            <translation>Functie</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="44" />
            <source>Birthday</source>
            <translation>Verjaardag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="135" />
            <source>Also known from %n other record(s)</source>
            <translation>
                <numerusform>Ook bekend uit %n ander record</numerusform>
                <numerusform>Ook bekend uit %n andere records</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="162" />
            <location filename="../../hrconnect/ui/widgets/review_card.py" line="163" />
            <source>Differs from the other card</source>
            <translation>Verschilt van de andere kaart</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="72" />
            <source>Review</source>
            <translation>Nakijken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="81" />
            <source>Possible duplicates</source>
            <translation>Mogelijke dubbels</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="93" />
            <source>Are these two the same person? M merges them, N keeps them apart for good, S leaves them for later. Ctrl+Z undoes your last decision.</source>
            <translation>Zijn deze twee dezelfde persoon? M voegt ze samen, N houdt ze voorgoed apart, S bewaart ze voor later. Ctrl+Z maakt je laatste beslissing ongedaan.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="121" />
            <source>Why they might be the same person</source>
            <translation>Waarom het dezelfde persoon kan zijn</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="142" />
            <source>Nothing to review</source>
            <translation>Niets na te kijken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="150" />
            <source>hrconnect merges people it is sure about by itself. Pairs it is unsure about wait here for you, so nobody is joined by mistake.

After your next import, new pairs show up here; Edit › Find the same person again looks through everyone once more.</source>
            <translation>hrconnect voegt personen over wie het zeker is zelf samen. Paren waarover het twijfelt, wachten hier op jou, zodat niemand per vergissing wordt samengevoegd.

Na je volgende import verschijnen hier nieuwe paren; met Bewerken › Dezelfde persoon opnieuw zoeken wordt iedereen nog eens doorzocht.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="172" />
            <source>Merge</source>
            <translation>Samenvoegen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="172" />
            <source>Merge these two (M)</source>
            <translation>Deze twee samenvoegen (M)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="174" />
            <source>Not the same</source>
            <translation>Niet dezelfde</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="174" />
            <source>Keep them apart, now and after imports (N)</source>
            <translation>Apart houden, nu en na imports (N)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="176" />
            <source>Skip</source>
            <translation>Overslaan</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="176" />
            <source>Decide later (S)</source>
            <translation>Later beslissen (S)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="178" />
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="178" />
            <source>Undo your last decision (Ctrl+Z)</source>
            <translation>Je laatste beslissing ongedaan maken (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="352" />
            <source>These two cannot be merged</source>
            <translation>Deze twee kunnen niet worden samengevoegd</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="353" />
            <source>These two cannot be merged. Choose “Not the same” to keep them apart.</source>
            <translation>Deze twee kunnen niet worden samengevoegd. Kies “Niet dezelfde” om ze apart te houden.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="375" />
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="382" />
            <source>%1 of %2</source>
            <translation>%1 van %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/review.py" line="393" />
            <source>Total %1 points. %2</source>
            <translation>Totaal %1 punten. %2</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="59" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="64" />
            <source>System language</source>
            <translation>Systeemtaal</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="68" />
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="70" />
            <source>The new language is used the next time you start hrconnect.</source>
            <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat je hrconnect start.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="80" />
            <source>Used to read phone numbers written without a country code (+32…).</source>
            <translation>Gebruikt om telefoonnummers zonder landcode (+32…) te lezen.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="82" />
            <source>Default &amp;phone region:</source>
            <translation>Telefoon&amp;regio:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="83" />
            <source>Merge sure matches &amp;automatically</source>
            <translation>Zekere dubbels &amp;automatisch samenvoegen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="84" />
            <source>Likely matches always wait for your review.</source>
            <translation>Waarschijnlijke dubbels wachten altijd tot je ze nakijkt.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="86" />
            <source>Keep contact &amp;photos from address books</source>
            <translation>Contact&amp;foto's uit adresboeken bewaren</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="88" />
            <source>Show a &amp;daily reminder of whom to contact</source>
            <translation>&amp;Dagelijks melden wie je kunt contacteren</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="93" />
            <source>Backups taken before imports and merges; one per month is kept as well, and backups you make yourself are never removed.</source>
            <translation>Back-ups die vóór imports en samenvoegingen worden gemaakt; daarnaast wordt er één per maand bewaard, en back-ups die je zelf maakt, worden nooit verwijderd.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="98" />
            <source>Automatic &amp;backups to keep:</source>
            <translation>Te bewaren &amp;back-ups:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="146" />
            <source>The phone region is a two-letter country code, such as BE.</source>
            <translation>De regio voor telefoonnummers is een landcode van twee letters, zoals BE.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/settings_dialog.py" line="158" />
            <source>The settings could not be saved: %1</source>
            <translation>De instellingen konden niet worden opgeslagen: %1</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <location filename="../../hrconnect/ui/dialogs/snooze_dialog.py" line="45" />
            <location filename="../../hrconnect/ui/dialogs/snooze_dialog.py" line="75" />
            <source>Snooze</source>
            <translation>Uitstellen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/snooze_dialog.py" line="53" />
            <source>Remind me again in:</source>
            <translation>Herinner me opnieuw over:</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/snooze_dialog.py" line="56" />
            <source>1 &amp;week</source>
            <translation>1 &amp;week</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/snooze_dialog.py" line="57" />
            <source>1 &amp;month</source>
            <translation>1 &amp;maand</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/snooze_dialog.py" line="58" />
            <source>&amp;3 months</source>
            <translation>&amp;3 maanden</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/dialogs/snooze_dialog.py" line="73" />
            <source>Or on this &amp;day:</source>
            <translation>Of op deze &amp;dag:</translation>
        </message>
    </context>
    <context>
        <name>SourceBadge</name>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="45" />
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="46" />
            <source>fb</source>
            <translation>fb</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="47" />
            <source>tel</source>
            <translation>tel</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="48" />
            <source>G</source>
            <translation>G</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="49" />
            <source>OL</source>
            <translation>OL</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/models/people_model.py" line="50" />
            <source>you</source>
            <translation>jij</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="35" />
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="36" />
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="37" />
            <source>Phone or address book</source>
            <translation>Telefoon of adresboek</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="38" />
            <source>Google Contacts</source>
            <translation>Google Contacts</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="39" />
            <source>Outlook</source>
            <translation>Outlook</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="40" />
            <source>Your edits</source>
            <translation>Je wijzigingen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="53" />
            <source>You</source>
            <translation>Jij</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="61" />
            <source>LinkedIn archive</source>
            <translation>LinkedIn-archief</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="62" />
            <source>LinkedIn connections</source>
            <translation>LinkedIn-connecties</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="63" />
            <source>Facebook archive</source>
            <translation>Facebook-archief</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="64" />
            <source>vCard file</source>
            <translation>vCard-bestand</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="65" />
            <source>Google Contacts CSV</source>
            <translation>Google Contacts-CSV</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="66" />
            <source>Outlook CSV</source>
            <translation>Outlook-CSV</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="74" />
            <source>call</source>
            <translation>telefoongesprek</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="75" />
            <source>message</source>
            <translation>bericht</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="76" />
            <source>meeting</source>
            <translation>afspraak</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="77" />
            <source>note</source>
            <translation>notitie</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="78" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="79" />
            <source>LinkedIn message</source>
            <translation>LinkedIn-bericht</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="80" />
            <source>LinkedIn invitation</source>
            <translation>LinkedIn-uitnodiging</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="81" />
            <source>Facebook message</source>
            <translation>Facebook-bericht</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="82" />
            <source>connection date</source>
            <translation>connectiedatum</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="84" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="90" />
            <source>hidden LinkedIn member (only a date)</source>
            <translation>verborgen LinkedIn-lid (alleen een datum)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="91" />
            <source>no real name (placeholder)</source>
            <translation>geen echte naam (plaatsvervanger)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="92" />
            <source>no name</source>
            <translation>geen naam</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="93" />
            <source>empty row</source>
            <translation>lege rij</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="94" />
            <source>empty card</source>
            <translation>lege kaart</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="95" />
            <source>this is you</source>
            <translation>dit ben jij</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="96" />
            <location filename="../../hrconnect/ui/texts.py" line="97" />
            <source>listed twice in the same file</source>
            <translation>dubbel vermeld in hetzelfde bestand</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="98" />
            <source>forgotten at your request</source>
            <translation>vergeten op jouw verzoek</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="99" />
            <source>date could not be read</source>
            <translation>datum onleesbaar</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="100" />
            <source>birthday could not be read</source>
            <translation>verjaardag onleesbaar</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="101" />
            <source>photo damaged or too large; left out</source>
            <translation>foto beschadigd of te groot; weggelaten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="102" />
            <source>row could not be read</source>
            <translation>rij onleesbaar</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="103" />
            <location filename="../../hrconnect/ui/texts.py" line="104" />
            <source>row is cut short</source>
            <translation>rij is onvolledig</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="105" />
            <source>file ends in the middle of a row</source>
            <translation>bestand stopt midden in een rij</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="106" />
            <source>a field is absurdly long</source>
            <translation>een veld is absurd lang</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="107" />
            <source>too many broken rows; the rest of the file was not read</source>
            <translation>te veel beschadigde rijen; de rest van het bestand werd niet gelezen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="108" />
            <source>card could not be read</source>
            <translation>kaart onleesbaar</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="109" />
            <source>last card is not finished</source>
            <translation>laatste kaart is onvolledig</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="110" />
            <source>entry could not be read</source>
            <translation>item onleesbaar</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="111" />
            <source>the file is not valid JSON</source>
            <translation>het bestand is geen geldige JSON</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="112" />
            <source>the file is nested too deeply</source>
            <translation>het bestand is te diep genest</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="113" />
            <source>the file has an unexpected structure</source>
            <translation>het bestand heeft een onverwachte structuur</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="114" />
            <source>not a contact export</source>
            <translation>geen contactexport</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="115" />
            <source>unsafe path inside the archive (never written to disk)</source>
            <translation>onveilig pad in het archief (nooit naar schijf geschreven)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="116" />
            <source>unpacks to far more than its size (refused)</source>
            <translation>wordt uitgepakt veel groter dan het archief (geweigerd)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="117" />
            <source>encrypted inside the archive</source>
            <translation>versleuteld in het archief</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="118" />
            <source>too large</source>
            <translation>te groot</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="119" />
            <source>too many files</source>
            <translation>te veel bestanden</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="120" />
            <source>damaged archive</source>
            <translation>beschadigd archief</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="121" />
            <source>not a text file</source>
            <translation>geen tekstbestand</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="122" />
            <source>empty file</source>
            <translation>leeg bestand</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="123" />
            <source>no header row found</source>
            <translation>geen kopregel gevonden</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="124" />
            <source>no rows</source>
            <translation>geen rijen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="125" />
            <source>no contact cards</source>
            <translation>geen contactkaarten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="126" />
            <source>no friends or messages</source>
            <translation>geen vrienden of berichten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="127" />
            <source>not a LinkedIn, Facebook, vCard, Google or Outlook export</source>
            <translation>geen export van LinkedIn, Facebook, vCard, Google of Outlook</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="128" />
            <location filename="../../hrconnect/ui/texts.py" line="129" />
            <location filename="../../hrconnect/ui/texts.py" line="130" />
            <location filename="../../hrconnect/ui/texts.py" line="131" />
            <location filename="../../hrconnect/ui/texts.py" line="132" />
            <source>could not be read</source>
            <translation>kon niet worden gelezen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="133" />
            <source>message partner unknown</source>
            <translation>gesprekspartner onbekend</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="141" />
            <source>LinkedIn profile</source>
            <translation>LinkedIn-profiel</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="142" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="143" />
            <source>Mobile number</source>
            <translation>Gsm-nummer</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="144" />
            <source>Phone number</source>
            <translation>Telefoonnummer</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="145" />
            <source>Last name</source>
            <translation>Familienaam</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="146" />
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="147" />
            <source>Name order</source>
            <translation>Volgorde van de namen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="148" />
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="149" />
            <source>E-mail domain</source>
            <translation>E-maildomein</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="150" />
            <source>E-mail address</source>
            <translation>E-mailadres</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="151" />
            <source>Job title</source>
            <translation>Functie</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="152" />
            <source>Birthday</source>
            <translation>Verjaardag</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="153" />
            <source>Numbered mailbox</source>
            <translation>Genummerde mailbox</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="154" />
            <source>Same address book</source>
            <translation>Hetzelfde adresboek</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="162" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n telefoongesprek</numerusform>
                <numerusform>%n telefoongesprekken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="163" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n afspraak</numerusform>
                <numerusform>%n afspraken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="164" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n notitie</numerusform>
                <numerusform>%n notities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="165" />
            <source>%n invitation(s)</source>
            <translation>
                <numerusform>%n uitnodiging</numerusform>
                <numerusform>%n uitnodigingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="167" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n bericht</numerusform>
                <numerusform>%n berichten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="173" />
            <source>same LinkedIn profile %1</source>
            <translation>zelfde LinkedIn-profiel %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="174" />
            <source>different LinkedIn profiles %1 / %2</source>
            <translation>verschillende LinkedIn-profielen %1 / %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="175" />
            <source>same e-mail %1</source>
            <translation>zelfde e-mailadres %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="176" />
            <source>same mobile %1</source>
            <translation>zelfde gsm-nummer %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="177" />
            <source>mobiles one digit apart %1 / %2</source>
            <translation>gsm-nummers één cijfer verschillend %1 / %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="178" />
            <source>same phone %1</source>
            <translation>zelfde telefoonnummer %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="179" />
            <source>same switchboard %1 (shared by %2 people)</source>
            <translation>zelfde centrale %1 (gedeeld door %2 personen)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="180" />
            <source>first and last name read the other way round</source>
            <translation>voor- en familienaam omgekeerd gelezen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="182" />
            <source>%1 = %2 (rare)</source>
            <translation>%1 = %2 (zeldzaam)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="183" />
            <source>%1 = %2 (common)</source>
            <translation>%1 = %2 (veelvoorkomend)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="184" />
            <source>%1 ~ %2 (part of the surname)</source>
            <translation>%1 ~ %2 (deel van de familienaam)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="185" />
            <source>%1 ≈ %2 (spelling)</source>
            <translation>%1 ≈ %2 (schrijfwijze)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="186" />
            <source>%1 ≈ %2 (sounds alike)</source>
            <translation>%1 ≈ %2 (klinkt gelijk)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="188" />
            <source>%1 / %2 (different people)</source>
            <translation>%1 / %2 (verschillende personen)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="189" />
            <source>%1 ~ %2 (nickname)</source>
            <translation>%1 ~ %2 (roepnaam)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="190" />
            <source>%1 / %2 differ</source>
            <translation>%1 / %2 verschillen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="191" />
            <source>%1 / %2 (initials fit)</source>
            <translation>%1 / %2 (initialen kloppen)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="192" />
            <source>%1 / %2 (initials differ)</source>
            <translation>%1 / %2 (initialen verschillen)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="193" />
            <source>the e-mail %1@… fits %2</source>
            <translation>het e-mailadres %1@… past bij %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="194" />
            <source>%1@… is numbered: the company may have namesakes</source>
            <translation>%1@… is genummerd: het bedrijf heeft mogelijk naamgenoten</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="195" />
            <source>two cards in one address book, nothing shared</source>
            <translation>twee kaarten in één adresboek, niets gemeenschappelijk</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="196" />
            <source>different mobiles %1 / %2</source>
            <translation>verschillende gsm-nummers %1 / %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="197" />
            <source>e-mail domain %1 ~ %2</source>
            <translation>e-maildomein %1 ~ %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="198" />
            <source>different mailboxes at %1</source>
            <translation>verschillende mailboxen bij %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="199" />
            <source>job titles share %1</source>
            <translation>functies delen %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="200" />
            <source>same birthday %1</source>
            <translation>zelfde verjaardag %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="201" />
            <source>same birthday --%1</source>
            <translation>zelfde verjaardag --%1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="202" />
            <source>birthdays nearly equal (%1 / %2)</source>
            <translation>verjaardagen bijna gelijk (%1 / %2)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="203" />
            <source>birthdays differ (%1 / %2)</source>
            <translation>verjaardagen verschillen (%1 / %2)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="234" />
            <source>every day</source>
            <translation>elke dag</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="234" />
            <source>every week</source>
            <translation>elke week</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="234" />
            <source>every month</source>
            <translation>elke maand</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="236" />
            <source>every year</source>
            <translation>elk jaar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="238" />
            <source>every %n year(s)</source>
            <translation>
                <numerusform>om de %n jaar</numerusform>
                <numerusform>om de %n jaar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="240" />
            <source>every %n month(s)</source>
            <translation>
                <numerusform>om de %n maand</numerusform>
                <numerusform>om de %n maanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="242" />
            <source>every %n week(s)</source>
            <translation>
                <numerusform>om de %n week</numerusform>
                <numerusform>om de %n weken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="243" />
            <source>every %n day(s)</source>
            <translation>
                <numerusform>om de %n dag</numerusform>
                <numerusform>om de %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="250" />
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="252" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n dag geleden</numerusform>
                <numerusform>%n dagen geleden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="254" />
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>%n week geleden</numerusform>
                <numerusform>%n weken geleden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="256" />
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>%n maand geleden</numerusform>
                <numerusform>%n maanden geleden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/texts.py" line="257" />
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>%n jaar geleden</numerusform>
                <numerusform>%n jaar geleden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="269" />
            <source>set for this person</source>
            <translation>ingesteld voor deze persoon</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="271" />
            <source>from the tag %1</source>
            <translation>via de tag %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="274" />
            <source>No contact yet; %1, %2</source>
            <translation>Nog geen contact; %1, %2</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="275" />
            <source>Last contact %1 (%2 of %3); %4, %5</source>
            <translation>Laatste contact %1 (%2 van %3); %4, %5</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="285" />
            <source>; snoozed until today</source>
            <translation>; uitgesteld tot vandaag</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="295" />
            <source>line %1</source>
            <translation>regel %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="296" />
            <source>card %1</source>
            <translation>kaart %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="297" />
            <source>item %1</source>
            <translation>item %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="298" />
            <source>row %1</source>
            <translation>rij %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="299" />
            <source>conversation %1</source>
            <translation>gesprek %1</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/texts.py" line="300" />
            <source>message %1</source>
            <translation>bericht %1</translation>
        </message>
    </context>
    <context>
        <name>Today</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="59" />
            <source>due today</source>
            <translation>vandaag aan de beurt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="61" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n dag te laat</numerusform>
                <numerusform>%n dagen te laat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="63" />
            <source>%n week(s) overdue</source>
            <translation>
                <numerusform>%n week te laat</numerusform>
                <numerusform>%n weken te laat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="65" />
            <source>%n month(s) overdue</source>
            <translation>
                <numerusform>%n maand te laat</numerusform>
                <numerusform>%n maanden te laat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="66" />
            <source>%n year(s) overdue</source>
            <translation>
                <numerusform>%n jaar te laat</numerusform>
                <numerusform>%n jaar te laat</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="73" />
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="75" />
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="86" />
            <source>turns %n</source>
            <translation>
                <numerusform>wordt %n</numerusform>
                <numerusform>wordt %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="87" />
            <source>birthday</source>
            <translation>verjaardag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/widgets/today_models.py" line="89" />
            <source>%n year(s) connected</source>
            <translation>
                <numerusform>%n jaar in je netwerk</numerusform>
                <numerusform>%n jaar in je netwerk</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="89" />
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="98" />
            <source>Get in touch today</source>
            <translation>Vandaag contact opnemen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="111" />
            <source>People to get in touch with</source>
            <translation>Personen om contact mee op te nemen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="116" />
            <source>Nobody to contact today</source>
            <translation>Vandaag niemand te contacteren</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="117" />
            <source>People show up here when it is time to get back in touch. Choose how often for whom: on the People page, select one or more people and choose “Keep in touch…”, or give a tag an interval, for example every 6 months for your former colleagues. Snoozed people come back on the day you chose.</source>
            <translation>Hier verschijnen personen zodra het tijd is om opnieuw contact op te nemen. Kies hoe vaak voor wie: selecteer op de pagina Personen een of meer personen en kies “Contact houden…”, of geef een tag een interval, bijvoorbeeld om de 6 maanden voor je oud-collega's. Uitgestelde personen komen terug op de dag die je koos.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="130" />
            <source>Coming up this week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="134" />
            <source>Birthdays and anniversaries this week</source>
            <translation>Verjaardagen en jubilea deze week</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="142" />
            <source>Mark contacted</source>
            <translation>Gecontacteerd</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="142" />
            <source>You were in touch today (Space)</source>
            <translation>Je had vandaag contact (Spatiebalk)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="145" />
            <source>Log interaction…</source>
            <translation>Contact vastleggen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="145" />
            <source>A call, message, meeting or note (L)</source>
            <translation>Een telefoongesprek, bericht, afspraak of notitie (L)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="147" />
            <source>Snooze…</source>
            <translation>Uitstellen…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="147" />
            <source>Remind me later (Z)</source>
            <translation>Herinner me later (Z)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="149" />
            <source>Open LinkedIn profile</source>
            <translation>LinkedIn-profiel openen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="149" />
            <source>Open the profile in your browser</source>
            <translation>Het profiel openen in je browser</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="152" />
            <source>Open in People</source>
            <translation>Openen in Personen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="152" />
            <source>Show everything about this person</source>
            <translation>Alles over deze persoon tonen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hrconnect/ui/pages/today.py" line="238" />
            <source>%n person(s) to get in touch with, most overdue first.</source>
            <translation>
                <numerusform>%n persoon om contact mee op te nemen, wie het langst wacht eerst.</numerusform>
                <numerusform>%n personen om contact mee op te nemen, wie het langst wacht eerst.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="243" />
            <source>Showing the first %1; the People page lists everyone overdue.</source>
            <translation>Hier staan de eerste %1; de pagina Personen toont iedereen die achterstallig is.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="305" />
            <source>Marked as contacted</source>
            <translation>Gemarkeerd als gecontacteerd</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="309" />
            <source>Marked as contacted today.</source>
            <translation>Vandaag als gecontacteerd gemarkeerd.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="324" />
            <source>Interaction logged.</source>
            <translation>Contactmoment vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/today.py" line="340" />
            <source>Snoozed.</source>
            <translation>Uitgesteld.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="23" />
            <source>Bring your network home</source>
            <translation>Haal je netwerk in huis</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="31" />
            <source>hrconnect keeps your LinkedIn connections, Facebook friends, phone contacts and mail contacts together on this computer, recognises the same person across them, and tells you whom to get back in touch with. Nothing leaves your computer.</source>
            <translation>hrconnect brengt je LinkedIn-connecties, Facebook-vrienden, telefooncontacten en mailcontacten samen op deze computer, herkent dezelfde persoon in al die bronnen en vertelt je met wie je weer contact kunt opnemen. Niets verlaat je computer.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="46" />
            <source>Import files…</source>
            <translation>Bestanden importeren…</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="50" />
            <source>Explore the demo network</source>
            <translation>Het demonetwerk verkennen</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="55" />
            <source>You can also drop ZIP files, folders or files onto this window.</source>
            <translation>Je kunt ook ZIP-bestanden, mappen of bestanden naar dit venster slepen.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="63" />
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="64" />
            <source>1. Open Settings &amp; Privacy › Data privacy › Get a copy of your data.
2. Choose Connections, Messages, Invitations, Profile and Positions (or the full archive).
3. Download the ZIP from the e-mail LinkedIn sends you.</source>
            <translation>1. Open Instellingen en privacy › Gegevensprivacy › Een kopie van je gegevens downloaden.
2. Kies Connecties, Berichten, Uitnodigingen, Profiel en Functies (of het volledige archief).
3. Download de ZIP uit de e-mail die LinkedIn je stuurt.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="72" />
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="73" />
            <source>1. Open Settings › Accounts Centre › Your information and permissions › Download your information.
2. Pick Friends and Messages, format JSON.
3. Download the ZIP when it is ready.</source>
            <translation>1. Open Instellingen › Accountcentrum › Je gegevens en rechten › Je gegevens downloaden.
2. Kies Vrienden en Berichten, indeling JSON.
3. Download de ZIP zodra die klaar is.</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="81" />
            <source>Phone and mail</source>
            <translation>Telefoon en mail</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/pages/welcome.py" line="82" />
            <source>iPhone or Android: share or export all contacts as a .vcf file.
Google Contacts: Export › Google CSV or vCard.
Outlook: File › Open &amp; Export › Import/Export › Export to a file › CSV.</source>
            <translation>iPhone of Android: deel of exporteer alle contacten als .vcf-bestand.
Google Contacts: Exporteren › Google CSV of vCard.
Outlook: Bestand › Openen en exporteren › Importeren/exporteren › Exporteren naar een bestand › CSV.</translation>
        </message>
    </context>
    <context>
        <name>_PointRow</name>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_points.py" line="44" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_points.py" line="47" />
            <source>Label (work, home…)</source>
            <translation>Label (werk, thuis…)</translation>
        </message>
        <message>
            <location filename="../../hrconnect/ui/widgets/person_points.py" line="51" />
            <source>Remove this contact detail</source>
            <translation>Dit contactgegeven verwijderen</translation>
        </message>
    </context>
</TS>
