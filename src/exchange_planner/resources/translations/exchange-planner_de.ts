<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="159"/>
        <source>About Exchange Planner</source>
        <extracomment>The licence file in the distribution&apos;s metadata: ``.dist-info/licenses/LICENSE`` (core metadata 2.4; pyproject&apos;s ``license-files``), in a wheel, an editable install and the frozen build (which copies the metadata). Reads the licence text (for the bundled fonts); None: no text shipped here.</extracomment>
        <translation>Über Exchange Planner</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="171"/>
        <source>Plans the official visits, artist residencies and exhibitions of a city&apos;s international partnerships, and prints itineraries and gift protocols.</source>
        <translation>Plant die offiziellen Besuche, Künstlerresidenzen und Ausstellungen der internationalen Städtepartnerschaften einer Stadt und druckt Besuchsprogramme und Geschenkprotokolle.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="182"/>
        <source>Free software under the GNU General Public License, version 3 or later (%1).</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="188"/>
        <source>Show &amp;licence</source>
        <translation>&amp;Lizenz anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="194"/>
        <location filename="../../ui/about.py" line="270"/>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="205"/>
        <location filename="../../ui/about.py" line="273"/>
        <source>Fonts shipped with the program:</source>
        <translation>Mitgelieferte Schriften:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="212"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="213"/>
        <location filename="../../ui/about.py" line="304"/>
        <source>Licence of %1</source>
        <translation>Lizenz von %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="219"/>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="225"/>
        <location filename="../../ui/about.py" line="275"/>
        <source>Where things are kept</source>
        <translation>Wo was gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="228"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="229"/>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="230"/>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="231"/>
        <source>Current database:</source>
        <translation>Aktuelle Datenbank:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="245"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="247"/>
        <source>Copy all of this as text, for a support request</source>
        <translation>All dies als Text kopieren, für eine Supportanfrage</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="250"/>
        <source>Open lo&amp;g folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="287"/>
        <source>The licence text is not included in this installation. Exchange Planner is free software under the GNU General Public License, version 3 or later; read it at %1</source>
        <translation>Der Lizenztext ist in dieser Installation nicht enthalten. Exchange Planner ist freie Software unter der GNU General Public License, Version 3 oder später; Sie finden sie unter %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="291"/>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="301"/>
        <source>The licence text of %1 is not included in this installation.</source>
        <translation>Der Lizenztext von %1 ist in dieser Installation nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../ui/residencies/balance.py" line="83"/>
        <source>Exchanges per year</source>
        <extracomment>(attribute, colour) of the bars per year: out/in pairs for residencies, visits, gifts. What an empty cell of figures shows. Figures are right-aligned, so that their places line up. The bar in keyboard focus: (year, series attribute).</extracomment>
        <translation>Austausch pro Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="84"/>
        <source>Left and Right move from bar to bar.</source>
        <translation>Links und Rechts gehen von Balken zu Balken.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="88"/>
        <source>Residencies sent</source>
        <translation>Entsandte Residenzen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="89"/>
        <source>Residencies received</source>
        <translation>Aufgenommene Residenzen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="90"/>
        <source>Visits made</source>
        <translation>Unternommene Besuche</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="91"/>
        <source>Visits hosted</source>
        <translation>Empfangene Besuche</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="92"/>
        <source>Gifts given</source>
        <translation>Überreichte Geschenke</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="93"/>
        <source>Gifts received</source>
        <translation>Erhaltene Geschenke</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="144"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="199"/>
        <source>No exchanges recorded</source>
        <translation>Kein Austausch erfasst</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../ui/residencies/balance.py" line="257"/>
        <source>&amp;Partnership:</source>
        <extracomment>Open a record (kind, id) from the open exchanges list. Print the ledger of this partnership id to PDF.</extracomment>
        <translation>&amp;Partnerschaft:</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="259"/>
        <source>P&amp;rint balance (PDF)…</source>
        <translation>Bilanz dr&amp;ucken (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="276"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="276"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="278"/>
        <source>Residencies sent</source>
        <translation>Entsandte Residenzen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="283"/>
        <source>Residencies received</source>
        <translation>Aufgenommene Residenzen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="289"/>
        <source>Visits hosted</source>
        <translation>Empfangene Besuche</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="290"/>
        <source>Visits made</source>
        <translation>Unternommene Besuche</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="291"/>
        <source>Gifts given</source>
        <translation>Überreichte Geschenke</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="292"/>
        <source>Gifts received</source>
        <translation>Erhaltene Geschenke</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="293"/>
        <source>Value given</source>
        <translation>Wert überreicht</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="295"/>
        <source>Value received</source>
        <translation>Wert erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="308"/>
        <source>&amp;Open exchanges (not yet answered):</source>
        <translation>Offe&amp;ne Posten (noch nicht erwidert):</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="330"/>
        <source>(since %1)</source>
        <translation>(seit %1)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="358"/>
        <source>Visit “%s” (%s, hosted here) has not been returned yet</source>
        <translation>Besuch „%s“ (%s, bei uns empfangen) wurde noch nicht erwidert</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="360"/>
        <source>Visit “%s” (%s, made by us) has not been returned yet</source>
        <translation>Besuch „%s“ (%s, von uns unternommen) wurde noch nicht erwidert</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="363"/>
        <source>Residency “%s” (%s) has no counterpart yet</source>
        <translation>Residenz „%s“ (%s) hat noch kein Gegenstück</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="369"/>
        <source>None: every exchange is answered.</source>
        <translation>Keine: Jeder Austausch ist erwidert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/residencies/balance.py" line="385"/>
        <source>(%n proposed)</source>
        <translation>
            <numerusform>(%n vorgeschlagen)</numerusform>
            <numerusform>(%n vorgeschlagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/calendar/render.py" line="523"/>
        <source>+%n more</source>
        <translation>+%n weitere</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="459"/>
        <location filename="../../ui/calendar/render.py" line="661"/>
        <location filename="../../ui/calendar/render.py" line="917"/>
        <source>all day</source>
        <extracomment>Captions of zones above the week&apos;s ruler, e.g. {&quot;Europe/Berlin&quot;: &quot;Leipzig&quot;}. The colours: light on paper; a view passes the one of its palette (dark mode). Entry lines an empty week keeps room for, so a quiet week does not collapse.</extracomment>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="875"/>
        <source>Nothing planned</source>
        <extracomment>Entries longer than this many days are listed once in the agenda, not on each day.</extracomment>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="892"/>
        <source>Nothing planned in %s</source>
        <translation>Nichts geplant im %s</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="921"/>
        <source>day %1 of %2</source>
        <translation>Tag %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="966"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="1046"/>
        <location filename="../../ui/calendar/views.py" line="82"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="68"/>
        <source>Visit</source>
        <extracomment>Keys the tab handles for navigation; views pass them on instead of using them. An entry&apos;s identity in a view: (kind, record id).</extracomment>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="69"/>
        <source>Program item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="70"/>
        <source>Residency</source>
        <translation>Residenz</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="71"/>
        <source>Exhibition</source>
        <translation>Ausstellung</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="72"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="122"/>
        <source>Tab and Shift+Tab move from entry to entry; Enter opens the entry.</source>
        <extracomment>Double-click on an entry. Double-click on an empty day or time slot: (date, hour or -1 for &quot;no time&quot;). Single click on a day or slot: the date in focus moves there. Click on &quot;+N more&quot;. Right click: (entry or None, date or None, hour or -1, global position). Mouse wheel: -1 back, +1 forward. What screen readers are told the view is. The entry Tab / Shift+Tab walked to (framed; Enter opens it).</extracomment>
        <translation>Tab und Umschalt+Tab gehen von Eintrag zu Eintrag; Eingabe öffnet den Eintrag.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="129"/>
        <source>Calendar month</source>
        <translation>Kalender: Monat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="131"/>
        <source>Calendar week</source>
        <translation>Kalender: Woche</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="132"/>
        <source>Calendar agenda</source>
        <translation>Kalender: Agenda</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/calendar/tab.py" line="165"/>
        <source>Previous</source>
        <extracomment>Record kinds whose changes alter what the calendar shows: the entries, the names and places on them, their conflict marks (members, attendance) and the home zone; &quot;*&quot; is all. Zone modes: the home zone, a partner&apos;s zone, or home with both rulers in the week view. Today&apos;s date; tests replace it to show a fixed &quot;today&quot;. Made with the first change announced (the first screen is shown before the change feed&apos;s module and the storage layer are loaded). Hooks tests replace: where to save a file, and how to show a dialog. The options of an .ics export (None: cancelled); the visit&apos;s id offers its members. The message shown after the last export that held no events. The last &quot;Print to PDF&quot; (its options dialog and preview), for tests and checks.</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="166"/>
        <source>Previous month or week (PgUp, mouse wheel)</source>
        <translation>Vorheriger Monat bzw. vorherige Woche (Bild↑, Mausrad)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="167"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="168"/>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="169"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="170"/>
        <source>Next month or week (PgDn, mouse wheel)</source>
        <translation>Nächster Monat bzw. nächste Woche (Bild↓, Mausrad)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="185"/>
        <source>Jump to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="202"/>
        <source>Highlight…</source>
        <translation>Hervorheben…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="205"/>
        <source>Entries matching the text stand out, the rest fades</source>
        <translation>Passende Einträge werden hervorgehoben, die übrigen blassen ab</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="212"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="213"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="214"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="226"/>
        <source>Print to PDF…</source>
        <translation>Als PDF drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="232"/>
        <source>Export .ics…</source>
        <translation>.ics exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="234"/>
        <source>Export the month or week shown as .ics</source>
        <translation>Angezeigten Monat bzw. angezeigte Woche als .ics exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="237"/>
        <location filename="../../ui/calendar/tab.py" line="240"/>
        <location filename="../../ui/calendar/tab.py" line="395"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="253"/>
        <source>Export the current visit as .ics…</source>
        <translation>Aktuellen Besuch als .ics exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="260"/>
        <source>Export the current residency as .ics…</source>
        <translation>Aktuelle Residenz als .ics exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="273"/>
        <source>Time zone the calendar shows</source>
        <translation>Im Kalender angezeigte Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="283"/>
        <source>Show or hide visits</source>
        <translation>Besuche ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="284"/>
        <source>Show or hide program items</source>
        <translation>Programmpunkte ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="285"/>
        <source>Show or hide residencies</source>
        <translation>Residenzen ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="286"/>
        <source>Show or hide exhibitions</source>
        <translation>Ausstellungen ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="287"/>
        <source>Show or hide deadlines</source>
        <translation>Fristen ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="782"/>
        <source>Select a visit first (in its tab or by a right click in the calendar).</source>
        <translation>Bitte zuerst einen Besuch auswählen (im Reiter Delegationen oder per Rechtsklick im Kalender).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="785"/>
        <source>Select a residency first (in its tab or by a right click in the calendar).</source>
        <translation>Bitte zuerst eine Residenz auswählen (im Reiter Residenzen oder per Rechtsklick im Kalender).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="300"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="177"/>
        <source>Jump to a date (Ctrl+G): for example 26.07.2023, 26072023 or 2023-07-26</source>
        <translation>Zu einem Datum springen (Strg+G): zum Beispiel 26.07.2023, 26072023 oder 2023-07-26</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="245"/>
        <source>The month or week shown as a document: in German, Korean, English or both, with the letterhead, previewed before saving or printing</source>
        <translation>Der gezeigte Monat oder die Woche als Dokument: auf Deutsch, Koreanisch, Englisch oder zweisprachig, mit dem Briefkopf, vor dem Speichern oder Drucken in der Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="334"/>
        <source>%s (home)</source>
        <translation>%s (Heimatzeitzone)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="347"/>
        <source>%1 + %2 (week ruler)</source>
        <translation>%1 + %2 (zwei Zeitleisten)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="358"/>
        <source>Show one partnership only</source>
        <translation>Nur eine Partnerschaft anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="359"/>
        <source>All partnerships</source>
        <translation>Alle Partnerschaften</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="624"/>
        <source>Week %1 · %2 – %3</source>
        <translation>KW %1 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/tab.py" line="632"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="666"/>
        <source>New program item “%s”</source>
        <translation>Neuer Programmpunkt „%s“</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="669"/>
        <source>New visit “%s”</source>
        <translation>Neuer Besuch „%s“</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="687"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="705"/>
        <source>Export the visit&apos;s program as .ics…</source>
        <translation>Besuchsprogramm als .ics exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="711"/>
        <source>Export the residency as .ics…</source>
        <translation>Residenz als .ics exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="718"/>
        <source>New program item or visit on %s…</source>
        <translation>Neuer Programmpunkt oder Besuch am %s…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="779"/>
        <location filename="../../ui/calendar/tab.py" line="845"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="822"/>
        <source>Export as iCalendar</source>
        <translation>Als iCalendar exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="822"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="847"/>
        <source>Nothing is planned there: the calendar file %1 was written without events.</source>
        <translation>Dort ist nichts geplant: Die Kalenderdatei %1 wurde ohne Termine geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="852"/>
        <source>Calendar exported to %1 (%2 events)</source>
        <translation>Kalender nach %1 exportiert (%2 Termine)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="858"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CalendarText</name>
    <message>
        <location filename="../../ui/calendar/texts.py" line="25"/>
        <source>Invitation letter due</source>
        <translation>Einladungsschreiben fällig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="26"/>
        <source>Visa due</source>
        <translation>Visum fällig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="27"/>
        <source>Travel booking due</source>
        <translation>Reisebuchung fällig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="28"/>
        <source>Accommodation due</source>
        <translation>Unterkunft fällig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="29"/>
        <source>Insurance due</source>
        <translation>Versicherung fällig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="30"/>
        <source>Arrival due</source>
        <translation>Ankunft fällig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="31"/>
        <source>Open studio due</source>
        <translation>Offenes Atelier fällig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="32"/>
        <source>Report due</source>
        <translation>Bericht fällig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="54"/>
        <source>artist not yet named</source>
        <translation>Künstler/in noch offen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="61"/>
        <source>Residency #%1</source>
        <translation>Residenz Nr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="79"/>
        <location filename="../../ui/calendar/texts.py" line="190"/>
        <source>Residency: %1</source>
        <translation>Residenz: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="117"/>
        <source>Delegation from %1</source>
        <translation>Delegation aus %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="119"/>
        <source>Delegation to %1</source>
        <translation>Delegation nach %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="124"/>
        <location filename="../../ui/calendar/texts.py" line="161"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="129"/>
        <source>Hotel: %1</source>
        <translation>Hotel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="137"/>
        <location filename="../../ui/calendar/texts.py" line="171"/>
        <source>Venue: %1</source>
        <translation>Veranstaltungsort: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="140"/>
        <source>Visit: %1</source>
        <translation>Besuch: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="143"/>
        <source>Dress code: %1</source>
        <translation>Kleiderordnung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="152"/>
        <source>Artist: %1</source>
        <translation>Künstler/in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="154"/>
        <source>Studio: %1</source>
        <translation>Atelier: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="157"/>
        <source>Host: %1</source>
        <translation>Gastinstitution: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="174"/>
        <source>Partnership: %1</source>
        <translation>Partnerschaft: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="182"/>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="186"/>
        <source>%1 — overdue</source>
        <translation>%1 – überfällig</translation>
    </message>
</context>
<context>
    <name>CateringDialog</name>
    <message>
        <location filename="../../ui/documents/catering.py" line="46"/>
        <source>Catering summary</source>
        <translation>Verpflegungsübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="53"/>
        <source>All meals and receptions</source>
        <translation>Alle Essen und Empfänge</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="57"/>
        <source>&amp;Meal or reception:</source>
        <translation>&amp;Essen oder Empfang:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="59"/>
        <source>&amp;Name everyone with a requirement, not only allergies and notes</source>
        <translation>Alle mit Vorgabe &amp;namentlich nennen, nicht nur Allergien und Hinweise</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="69"/>
        <source>This visit has no meal or reception yet: add one to its programme.</source>
        <translation>Dieser Besuch hat noch kein Essen und keinen Empfang: fügen Sie einen zum Programm hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="74"/>
        <source>&amp;Create PDF</source>
        <translation>&amp;PDF erstellen</translation>
    </message>
</context>
<context>
    <name>CateringRun</name>
    <message>
        <location filename="../../ui/documents/catering.py" line="129"/>
        <source>Creating PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="144"/>
        <source>PDF ready</source>
        <translation>PDF fertig</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="40"/>
        <source>Visit</source>
        <extracomment>Record kinds whose names appear in a history (a renamed person or venue re-reads it).</extracomment>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="41"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="42"/>
        <source>Program item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="43"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="44"/>
        <source>Guestbook entry</source>
        <translation>Gästebucheintrag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="45"/>
        <source>Exhibition</source>
        <translation>Ausstellung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="46"/>
        <source>Residency</source>
        <translation>Residenz</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="47"/>
        <source>Deliverable</source>
        <translation>Vereinbarte Leistung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="48"/>
        <source>Checklist step</source>
        <translation>Schritt der Checkliste</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="54"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="55"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="56"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="98"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="99"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="100"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="101"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="102"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="103"/>
        <source>From</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="104"/>
        <source>To</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="163"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="198"/>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen verzeichnet.</translation>
    </message>
</context>
<context>
    <name>ChecklistKind</name>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Invitation letter</source>
        <translation>Einladungsschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Travel booked</source>
        <translation>Reise gebucht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Accommodation</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Open studio</source>
        <translation>Offenes Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflicts.py" line="55"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="57"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="66"/>
        <source>by %1 at %2</source>
        <translation>von %1 um %2</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="71"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="73"/>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="81"/>
        <source>%1 was changed to %2 %3</source>
        <translation>%1 wurde %3 in %2 geändert</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="83"/>
        <source>%1 was changed to %2</source>
        <translation>%1 wurde in %2 geändert</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="93"/>
        <source>This record was deleted %1; your change was not saved.</source>
        <translation>Dieser Eintrag wurde %1 gelöscht; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="96"/>
        <source>This record was deleted; your change was not saved.</source>
        <translation>Dieser Eintrag wurde gelöscht; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="99"/>
        <source>%1; your change was not saved.</source>
        <translation>%1; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="111"/>
        <source>the record was deleted %1</source>
        <translation>der Eintrag wurde %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="115"/>
        <source>the record was deleted</source>
        <translation>der Eintrag wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="120"/>
        <source>Redo did nothing: %1.</source>
        <translation>Wiederholen hat nichts geändert: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="121"/>
        <source>Undo did nothing: %1.</source>
        <translation>Rückgängig hat nichts geändert: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="126"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="137"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="140"/>
        <source>&amp;Overwrite</source>
        <translation>Über&amp;schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="153"/>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
</context>
<context>
    <name>CuesEditor</name>
    <message>
        <location filename="../../ui/delegations/cues.py" line="103"/>
        <source>Cues (run of sho&amp;w only):</source>
        <extracomment>The table&apos;s columns and the cue field each edits. Emitted with a message after an edit was refused (&quot;&quot; after a good one). The cues shown and the item&apos;s start and zone they are shown for.</extracomment>
        <translation>Stich&amp;worte (nur Ablaufplan):</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="108"/>
        <location filename="../../ui/delegations/cues.py" line="238"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="108"/>
        <location filename="../../ui/delegations/cues.py" line="239"/>
        <source>Cue</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="108"/>
        <location filename="../../ui/delegations/cues.py" line="240"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="122"/>
        <source>Type to edit a cell (the time as HH:MM on the item&apos;s day). Insert adds a cue, Delete removes the selected one.</source>
        <translation>Tippen ändert eine Zelle (die Zeit als HH:MM am Tag des Programmpunkts). Einfg fügt ein Stichwort hinzu, Entf entfernt das ausgewählte.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="129"/>
        <source>&amp;Add cue</source>
        <translation>Stichwort &amp;neu</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="132"/>
        <source>Remove &amp;cue</source>
        <translation>Sti&amp;chwort entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="236"/>
        <source>Time: the cue must lie on the item&apos;s day (%s).</source>
        <translation>Zeit: Das Stichwort muss am Tag des Programmpunkts liegen (%s).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="271"/>
        <source>Time: “%s” is not a time; type it as HH:MM, e.g. 10:05.</source>
        <translation>Zeit: „%s“ ist keine Uhrzeit; bitte als HH:MM eingeben, z. B. 10:05.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="280"/>
        <source>Change cue</source>
        <translation>Stichwort ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="307"/>
        <source>New cue</source>
        <translation>Neues Stichwort</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="312"/>
        <source>Add cue</source>
        <translation>Stichwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="329"/>
        <source>Remove cue</source>
        <translation>Stichwort entfernen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="152"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <extracomment>A valid value (or, if optional, nothing) was entered and is shown. The typed text is no value; the message says why. The value is unchanged.</extracomment>
        <translation>Aus dem Kalender wählen (Alt+Unten)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="155"/>
        <source>Type a date, e.g. %1, 20.7.27, 20072027 or 2027-07-20</source>
        <translation>Datum eingeben, z. B. %1, 20.7.27, 20072027 oder 2027-07-20</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="180"/>
        <source>Enter a date, e.g. %1.</source>
        <translation>Bitte ein Datum eingeben, z. B. %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="183"/>
        <source>“%1”: there is no month %2.</source>
        <translation>„%1“: Einen Monat %2 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="190"/>
        <source>“%1”: %2 has %3 days, not %4.</source>
        <translation>„%1“: %2 hat %3 Tage, nicht %4.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="197"/>
        <source>“%1” is not a date; type it like %2.</source>
        <translation>„%1“ ist kein Datum; bitte so eingeben: %2.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="304"/>
        <source>Enter the day as well.</source>
        <translation>Bitte auch den Tag eingeben.</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <location filename="../../ui/delegations/tab.py" line="118"/>
        <source>Overview</source>
        <extracomment>Which editor section shows each kind of change (&quot;*&quot;: everything). Kinds the visit list shows (titles, dates, status, the partner city).</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="119"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="120"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="121"/>
        <source>Seating</source>
        <translation>Tischordnung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="122"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="123"/>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="124"/>
        <source>Guestbook</source>
        <translation>Gästebuch</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="125"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="126"/>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="144"/>
        <source>Choose a visit on the left, or create one (Ctrl+Shift+V).</source>
        <extracomment>True while a field still being typed in is saved to the visit shown until now. The list missed changes while the tab was hidden. Who changed the visit shown (set while a change of someone else&apos;s is read).</extracomment>
        <translation>Wählen Sie links einen Besuch aus oder legen Sie einen neuen an (Strg+Umschalt+V).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="183"/>
        <location filename="../../ui/delegations/tab.py" line="403"/>
        <location filename="../../ui/delegations/tab.py" line="410"/>
        <source>New visit</source>
        <translation>Neuer Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="184"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="186"/>
        <location filename="../../ui/delegations/tab.py" line="427"/>
        <source>Duplicate visit</source>
        <translation>Besuch duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="188"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="189"/>
        <location filename="../../ui/delegations/tab.py" line="442"/>
        <location filename="../../ui/delegations/tab.py" line="453"/>
        <source>Delete visit</source>
        <translation>Besuch löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="190"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="198"/>
        <source>Delete visit (Del in the list)</source>
        <translation>Besuch löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="205"/>
        <location filename="../../ui/delegations/tab.py" line="230"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="209"/>
        <source>Print itinerary…</source>
        <translation>Besuchsprogramm drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="210"/>
        <source>Personal itineraries…</source>
        <translation>Persönliche Programme…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="211"/>
        <source>Gift protocol…</source>
        <translation>Geschenkprotokoll…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="219"/>
        <source>Missing translations…</source>
        <translation>Fehlende Übersetzungen…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="221"/>
        <source>What a print in the partner&apos;s languages shows untranslated</source>
        <translation>Was ein Druck in den Sprachen des Partners unübersetzt zeigt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="232"/>
        <source>Itinerary (Ctrl+P), personal itineraries, gift protocol (Documents menu)</source>
        <translation>Besuchsprogramm (Strg+P), persönliche Programme, Geschenkprotokoll (Menü Dokumente)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="272"/>
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="331"/>
        <source>The visit shown was deleted by %1.</source>
        <translation>Der angezeigte Besuch wurde von %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="333"/>
        <source>The visit shown was deleted meanwhile.</source>
        <translation>Der angezeigte Besuch wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="396"/>
        <source>Add a partnership in the Directory before planning a visit.</source>
        <translation>Legen Sie unter „Personen &amp; Orte“ eine Partnerschaft an, bevor Sie einen Besuch planen.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="444"/>
        <source>Delete “%s” with its members, program, gifts and guestbook entries?
You can undo this with Ctrl+Z.</source>
        <translation>„%s“ mit Mitgliedern, Programm, Geschenken und Gästebucheinträgen löschen?
Mit Strg+Z können Sie dies rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
</context>
<context>
    <name>DirectorySection</name>
    <message>
        <location filename="../../ui/directory/section.py" line="100"/>
        <source>New</source>
        <extracomment>(field, new value, record) -&gt; further fields to change in the same undoable step. Shown instead when nothing can be added (a read-only database). Fields whose unsaved input someone else overtook: their stored value.</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="103"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="106"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="218"/>
        <source>“%1” was deleted by %2.</source>
        <extracomment>The texts of the translatable fields in other languages (a partnership should have its own and the office&apos;s; people and venues those of the partnerships they appear in, every content language while they are in none).</extracomment>
        <translation>„%1“ wurde von %2 gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="220"/>
        <source>“%1” was deleted meanwhile.</source>
        <translation>„%1“ wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="361"/>
        <source>Change %s</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>%s ändern</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="413"/>
        <location filename="../../ui/directory/section.py" line="417"/>
        <source>%s (copy)</source>
        <translation>%s (Kopie)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="458"/>
        <source>Deleted; Ctrl+Z brings it back.</source>
        <translation>Gelöscht; Strg+Z stellt es wieder her.</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../ui/directory/tab.py" line="47"/>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="48"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="49"/>
        <source>Venues</source>
        <translation>Veranstaltungsorte</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="50"/>
        <source>Ranks</source>
        <translation>Ränge</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="62"/>
        <source>People &amp;&amp; Venues</source>
        <extracomment>Sections that missed changes while hidden: read again when shown. People, venues and ranks are read when first shown (the tab opens on the partnerships).</extracomment>
        <translation>Personen &amp;&amp; Orte</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="73"/>
        <source>Type the partner&apos;s country: its time zone is then set from it</source>
        <translation>Geben Sie das Land der Partnerstadt ein: die Zeitzone wird dann danach gesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="97"/>
        <source>Time zone set to %1; %2 has %3 zones, the time zone list shows them first</source>
        <translation>Zeitzone auf %1 gesetzt; %2 hat %3 Zeitzonen, die Zeitzonenliste zeigt sie zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="104"/>
        <source>Time zone set to %1 from the country</source>
        <translation>Zeitzone nach dem Land auf %1 gesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="114"/>
        <source>New partnership</source>
        <translation>Neue Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="115"/>
        <source>Duplicate partnership</source>
        <translation>Partnerschaft duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="116"/>
        <source>Delete partnership</source>
        <translation>Partnerschaft löschen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="165"/>
        <source>Partner city</source>
        <extracomment>How many rows the columns are fitted to when a list first shows. Going to a record at most this many rows past the rows read reads the rows up to it; farther, the list is read afresh around the record. False until the first read: a list not on screen reads when it is first shown.</extracomment>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="166"/>
        <source>Own script</source>
        <translation>Originalschrift</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="167"/>
        <location filename="../../ui/directory/lists.py" line="185"/>
        <location filename="../../ui/directory/tab.py" line="77"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="168"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="169"/>
        <location filename="../../ui/directory/lists.py" line="201"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="122"/>
        <source>Partner &amp;city</source>
        <translation>&amp;Partnerstadt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="122"/>
        <source>e.g. Gwangju</source>
        <translation>z. B. Gwangju</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="124"/>
        <source>City in own &amp;script</source>
        <translation>Stadt in Ori&amp;ginalschrift</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="125"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="125"/>
        <source>e.g. South Korea</source>
        <translation>z. B. Südkorea</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="129"/>
        <location filename="../../ui/directory/tab.py" line="288"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="132"/>
        <source>Type part of a name, e.g. Seoul, and pick from the list.</source>
        <translation>Einen Teil des Namens eingeben, z. B. Seoul, und aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="136"/>
        <source>&amp;Languages</source>
        <translation>Sp&amp;rachen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="138"/>
        <source>Language codes, separated by commas.</source>
        <translation>Sprachcodes, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="140"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="76"/>
        <source>New partner city</source>
        <translation>Neue Partnerstadt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="126"/>
        <source>Partner s&amp;ince</source>
        <translation>Partnerschaft &amp;seit</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="146"/>
        <source>No partnership selected. Press Ctrl+N to add one.</source>
        <translation>Keine Partnerschaft ausgewählt. Mit Strg+N legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="147"/>
        <source>No partnership selected.</source>
        <translation>Keine Partnerschaft ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="156"/>
        <location filename="../../ui/directory/tab.py" line="243"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="157"/>
        <source>Duplicate person</source>
        <translation>Person duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="158"/>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="182"/>
        <location filename="../../ui/directory/lists.py" line="198"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="183"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="184"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="163"/>
        <source>e.g. Kang</source>
        <translation>z. B. Kang</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="163"/>
        <source>Famil&amp;y name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="165"/>
        <source>&amp;Given name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="165"/>
        <source>e.g. Gi-jung</source>
        <translation>z. B. Gi-jung</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="167"/>
        <source>Name in own &amp;script</source>
        <translation>Name in Originals&amp;chrift</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="170"/>
        <source>Name &amp;order</source>
        <translation>Namens&amp;reihenfolge</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="173"/>
        <source>Given name first (Gi-jung Kang)</source>
        <translation>Vorname zuerst (Gi-jung Kang)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="174"/>
        <source>Family name first (Kang Gi-jung)</source>
        <translation>Nachname zuerst (Kang Gi-jung)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="176"/>
        <source>Korean names are written family name first.</source>
        <translation>Koreanische Namen werden mit dem Nachnamen zuerst geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="178"/>
        <source>&amp;Title / position</source>
        <translation>Funk&amp;tion</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="179"/>
        <source>O&amp;rganisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="180"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="183"/>
        <source>Gift &amp;jurisdiction</source>
        <translation>Geschen&amp;k-Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="184"/>
        <source>e.g. DE-SN-KOMMUNAL</source>
        <translation>z. B. DE-SN-KOMMUNAL</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="186"/>
        <source>The gift rules of this person&apos;s office (Delegations ▸ Gifts ▸ Gift rules)</source>
        <translation>Die Geschenkregeln des Amtes dieser Person (Delegationen ▸ Geschenke ▸ Geschenkregeln)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="190"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="191"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="194"/>
        <source>Ran&amp;k</source>
        <translation>&amp;Protokollarischer Rang</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="196"/>
        <source>(no rank)</source>
        <translation>(kein Rang)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="197"/>
        <source>The rank in the order of precedence, from the Ranks list</source>
        <translation>Der Rang in der Rangfolge, aus der Liste „Ränge“</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="201"/>
        <source>Ele&amp;cted</source>
        <translation>Durch Wahl &amp;im Amt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="203"/>
        <source>Yes, elected</source>
        <translation>Ja, gewählt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="203"/>
        <source>No, appointed</source>
        <translation>Nein, ernannt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="203"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="204"/>
        <source>Of two people of equal rank, the elected one goes first</source>
        <translation>Bei gleichem Rang geht die gewählte Person vor</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="208"/>
        <source>In office si&amp;nce</source>
        <translation>I&amp;m Amt seit</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="210"/>
        <source>Of equal rank, the one longer in office goes first</source>
        <translation>Bei gleichem Rang geht vor, wer länger im Amt ist</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="212"/>
        <source>&amp;Born</source>
        <translation>Geb&amp;urtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="215"/>
        <source>Dietary re&amp;quirements</source>
        <translation>Ern&amp;ährungsvorgaben</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="219"/>
        <source>Counted on the catering summary; allergies and “other” are named to the caterer</source>
        <translation>Werden in der Verpflegungsübersicht gezählt; Allergien und „Sonstiges“ werden der Küche namentlich genannt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="227"/>
        <source>Consent for health notes</source>
        <translation>Einwilligung für Gesundheitshinweise</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="229"/>
        <source>Agreed: health and religion notes may be kept and printed</source>
        <translation>Zugestimmt: Gesundheits- und Religionsangaben speichern und drucken</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="231"/>
        <source>Without consent, allergies, intolerances, religious diets and the notes are not printed: the catering summary only counts them as withheld</source>
        <translation>Ohne Einwilligung werden Allergien, Unverträglichkeiten, religiöse Speisevorschriften und die Hinweise nicht gedruckt: die Verpflegungsübersicht zählt sie nur als zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="238"/>
        <source>Consent dated</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="240"/>
        <source>Set to today when the consent is ticked</source>
        <translation>Wird beim Ankreuzen der Einwilligung auf heute gesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="255"/>
        <source>Vegetarian</source>
        <translation>Vegetarisch</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="256"/>
        <source>Vegan</source>
        <translation>Vegan</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="257"/>
        <source>No pork</source>
        <translation>Kein Schweinefleisch</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="258"/>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="259"/>
        <source>Kosher</source>
        <translation>Koscher</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="260"/>
        <source>No alcohol</source>
        <translation>Kein Alkohol</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="261"/>
        <source>Gluten-free</source>
        <translation>Glutenfrei</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="262"/>
        <source>Lactose-free</source>
        <translation>Laktosefrei</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="263"/>
        <source>Nut allergy</source>
        <translation>Nussallergie</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="264"/>
        <source>Seafood allergy</source>
        <translation>Allergie gegen Meeresfrüchte</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="265"/>
        <source>Diabetic</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="266"/>
        <source>Other (see the notes)</source>
        <translation>Sonstiges (siehe Hinweise)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="300"/>
        <source>No venue selected.</source>
        <translation>Kein Veranstaltungsort ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="189"/>
        <source>E-&amp;mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="223"/>
        <source>D&amp;ietary notes</source>
        <translation>Ernährungshin&amp;weise</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="224"/>
        <source>&amp;Accessibility notes</source>
        <translation>Hinweise &amp;zur Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="246"/>
        <source>No person selected. Press Ctrl+N to add one.</source>
        <translation>Keine Person ausgewählt. Mit Strg+N legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="247"/>
        <source>No person selected.</source>
        <translation>Keine Person ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="275"/>
        <location filename="../../ui/directory/tab.py" line="296"/>
        <source>New venue</source>
        <translation>Neuer Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="276"/>
        <source>Duplicate venue</source>
        <translation>Veranstaltungsort duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="277"/>
        <source>Delete venue</source>
        <translation>Veranstaltungsort löschen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="199"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="200"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="202"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="282"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="282"/>
        <source>e.g. Neues Rathaus</source>
        <translation>z. B. Neues Rathaus</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="283"/>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="284"/>
        <source>&amp;Address</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="285"/>
        <source>&amp;City</source>
        <translation>&amp;Stadt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="291"/>
        <source>Type part of a name, e.g. Berlin, and pick from the list.</source>
        <translation>Einen Teil des Namens eingeben, z. B. Berlin, und aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="293"/>
        <source>Ca&amp;pacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="294"/>
        <source>C&amp;ontact</source>
        <translation>Kon&amp;takt</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="299"/>
        <source>No venue selected. Press Ctrl+N to add one.</source>
        <translation>Kein Veranstaltungsort ausgewählt. Mit Strg+N legen Sie einen neuen an.</translation>
    </message>
</context>
<context>
    <name>DispositionsEditor</name>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="429"/>
        <location filename="../../ui/delegations/gift_rules.py" line="446"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="430"/>
        <source>Disposition</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="431"/>
        <location filename="../../ui/delegations/gift_rules.py" line="452"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="432"/>
        <source>Inventory number</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="438"/>
        <source>Add disposition</source>
        <translation>Verbleib hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="439"/>
        <source>Delete disposition</source>
        <translation>Verbleib löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="440"/>
        <source>Change disposition</source>
        <translation>Verbleib ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="449"/>
        <source>Dispos&amp;ition</source>
        <translation>Verble&amp;ib</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="453"/>
        <source>I&amp;nventory number</source>
        <translation>I&amp;nventarnummer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="454"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>DocumentOptionsDialog</name>
    <message>
        <location filename="../../ui/documents/options.py" line="122"/>
        <source>Print itinerary</source>
        <extracomment>The calendar document&apos;s views (reports/calendar_sheet.py ``VIEWS``). Personal itineraries: one member (``person_id``) or all into ``folder``. Itinerary: add a page of changes since this printed version. Personal itineraries: all members in one booklet (for duplex printing). Balance: one partnership, or every partnership when None. Calendar: the period and the view. Seating plan: the programme item. Place cards and badges: the layout (``reports.layouts``); place cards: the item whose seating plan gives the cards (None: everyone in the order of precedence). The layouts the dialog offers (``reports.layouts`` PLACE_CARD_KEYS / BADGE_KEYS, whose module loads ReportLab); tests check the two lists agree.</extracomment>
        <translation>Besuchsprogramm drucken</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="123"/>
        <source>Personal itineraries</source>
        <translation>Persönliche Programme</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="124"/>
        <source>Gift protocol</source>
        <translation>Geschenkprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="125"/>
        <source>Gift protocol for a year</source>
        <translation>Geschenkprotokoll eines Jahres</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="126"/>
        <source>Residency sheet</source>
        <translation>Residenzblatt</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="127"/>
        <source>Partnership balance</source>
        <translation>Bilanz der Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="128"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="129"/>
        <source>Order of precedence</source>
        <translation>Protokollarische Rangfolge</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="130"/>
        <source>Seating plan</source>
        <translation>Sitzordnung</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="131"/>
        <source>Place cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="132"/>
        <source>Name badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="133"/>
        <source>Gift register for a year</source>
        <translation>Geschenkregister eines Jahres</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="134"/>
        <source>Run of show (internal)</source>
        <translation>Ablaufplan (intern)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="142"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="145"/>
        <source>Second time column in the delegation&apos;s home time zone</source>
        <translation>Zweite Zeitspalte in der Heimatzeitzone der Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="155"/>
        <source>Add a page of c&amp;hanges since version:</source>
        <translation>Seite mit Ä&amp;nderungen seit Version:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="166"/>
        <source>This itinerary has not been printed yet.</source>
        <translation>Dieses Besuchsprogramm wurde noch nicht gedruckt.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="171"/>
        <source>&amp;One member:</source>
        <translation>&amp;Ein Mitglied:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="172"/>
        <source>&amp;All members, one file each, into:</source>
        <translation>&amp;Alle Mitglieder, je eine Datei, in:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="177"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="180"/>
        <source>All members in one boo&amp;klet (each part on a new sheet, for duplex printing)</source>
        <translation>Alle Mitglieder in einem &amp;Heft (jeder Teil auf neuem Blatt, für beidseitigen Druck)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="213"/>
        <source>&amp;Residency:</source>
        <translation>&amp;Residenz:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="219"/>
        <source>All partnerships</source>
        <translation>Alle Partnerschaften</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="225"/>
        <source>&amp;Partnership:</source>
        <translation>Pa&amp;rtnerschaft:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="234"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="235"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="236"/>
        <source>Agenda</source>
        <translation>Terminliste</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="249"/>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="250"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="251"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="263"/>
        <source>&amp;Meal or reception:</source>
        <translation>&amp;Essen oder Empfang:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="272"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="275"/>
        <source>Years with gifts: %s</source>
        <translation>Jahre mit Geschenken: %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="289"/>
        <source>&amp;Create PDF</source>
        <translation>&amp;PDF erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="306"/>
        <source>A4, two tent cards (190 × 135 mm)</source>
        <translation>A4, zwei Tischaufsteller (190 × 135 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="307"/>
        <source>A4, four tent cards (95 × 135 mm)</source>
        <translation>A4, vier Tischaufsteller (95 × 135 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="308"/>
        <source>A6, one badge per sheet</source>
        <translation>A6, ein Namensschild je Blatt</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="309"/>
        <source>Avery L4785 labels, 80 × 50 mm, 10 per A4</source>
        <translation>Avery L4785 Etiketten, 80 × 50 mm, 10 je A4</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="310"/>
        <source>Avery Zweckform C32011 cards, 85 × 54 mm, 10 per A4</source>
        <translation>Avery Zweckform C32011 Karten, 85 × 54 mm, 10 je A4</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="311"/>
        <source>Avery L7414 cards, 90 × 52 mm, 10 per A4</source>
        <translation>Avery L7414 Karten, 90 × 52 mm, 10 je A4</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="325"/>
        <source>La&amp;yout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="330"/>
        <source>Seating plan: %s</source>
        <translation>Sitzordnung: %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="331"/>
        <source>Everyone, in the order of precedence</source>
        <translation>Alle, in der Rangfolge</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="332"/>
        <source>Cards &amp;for:</source>
        <translation>Karten &amp;für:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="343"/>
        <source>Folder for the personal itineraries</source>
        <translation>Ordner für die persönlichen Programme</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="391"/>
        <source>There is no residency to print.</source>
        <translation>Es gibt keine Residenz zum Drucken.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="396"/>
        <source>This visit has no seating plan yet: make one for a meal or a reception in the visit&apos;s Seating section.</source>
        <translation>Dieser Besuch hat noch keine Sitzordnung: Legen Sie eine für ein Essen oder einen Empfang im Abschnitt Sitzordnung des Besuchs an.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="403"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="409"/>
        <source>This visit has no members or hosts yet: add them in the visit&apos;s Members section.</source>
        <translation>Dieser Besuch hat noch keine Mitglieder und keine Gastgeber: Fügen Sie sie im Abschnitt Mitglieder des Besuchs hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="416"/>
        <source>Choose a folder for the personal itineraries.</source>
        <translation>Wählen Sie einen Ordner für die persönlichen Programme.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="420"/>
        <source>%s is a file, not a folder.</source>
        <translation>%s ist eine Datei, kein Ordner.</translation>
    </message>
</context>
<context>
    <name>DocumentRun</name>
    <message>
        <location filename="../../ui/documents/actions.py" line="194"/>
        <source>Creating PDF…</source>
        <extracomment>The partnership the document is about (its language is preselected).</extracomment>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="219"/>
        <source>Writing personal itineraries…</source>
        <translation>Persönliche Programme werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="200"/>
        <location filename="../../ui/documents/actions.py" line="220"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="116"/>
        <source>%1 (host)</source>
        <extracomment>Emitted with the written path (single document) or the list of paths (batch). Emitted with a message when building failed. The day the document is printed as of (the residency sheet, the balance, the calendar&apos;s today); None for today. The calendar: the kinds of entries shown (None: all), the zone of its times and the one partnership shown (None: all).</extracomment>
        <translation>%1 (Gastgeber/in)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="198"/>
        <location filename="../../ui/documents/actions.py" line="218"/>
        <source>Personal itineraries</source>
        <translation>Persönliche Programme</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="199"/>
        <source>Making the booklet of personal itineraries…</source>
        <translation>Heft der persönlichen Programme wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="261"/>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="280"/>
        <source>PDF ready</source>
        <translation>PDF fertig</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="304"/>
        <source>%1 personal itineraries written to %2</source>
        <translation>%1 persönliche Programme nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="312"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="66"/>
        <source>The PDF could not be created</source>
        <extracomment>The document language chosen last, shared by every document&apos;s options.</extracomment>
        <translation>Das PDF konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../ui/documents/menu.py" line="33"/>
        <source>&amp;Documents</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="36"/>
        <source>Select a visit to print its documents</source>
        <translation>Besuch auswählen, um seine Dokumente zu drucken</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="42"/>
        <source>Print &amp;itinerary…</source>
        <translation>&amp;Besuchsprogramm drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="48"/>
        <source>&amp;Personal itineraries…</source>
        <translation>&amp;Persönliche Programme…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="54"/>
        <source>&amp;Gift protocol…</source>
        <translation>&amp;Geschenkprotokoll…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="61"/>
        <source>&amp;Order of precedence…</source>
        <translation>Protokollarische Rang&amp;folge…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="63"/>
        <source>S&amp;eating plan…</source>
        <translation>Sitz&amp;ordnung…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="65"/>
        <source>Pl&amp;ace cards…</source>
        <translation>Tis&amp;chkarten…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="67"/>
        <source>&amp;Name badges…</source>
        <translation>&amp;Namensschilder…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="68"/>
        <source>Roo&amp;ming list…</source>
        <translation>Zi&amp;mmerliste…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="69"/>
        <source>Catering s&amp;ummary…</source>
        <translation>&amp;Verpflegungsübersicht…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="73"/>
        <source>Transpor&amp;t plan…</source>
        <translation>&amp;Transportplan…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="74"/>
        <source>Dri&amp;ver sheets…</source>
        <translation>Fahrerbl&amp;ätter…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="76"/>
        <source>Run of s&amp;how…</source>
        <translation>&amp;Ablaufplan (intern)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="78"/>
        <source>Gift protocol for a &amp;year…</source>
        <translation>Geschenkprotokoll eines &amp;Jahres…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="81"/>
        <source>Gift &amp;register for a year…</source>
        <translation>Geschenk&amp;register eines Jahres…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="86"/>
        <source>Residency &amp;sheet…</source>
        <translation>Residen&amp;zblatt…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="89"/>
        <source>Partnership &amp;balance…</source>
        <translation>Bi&amp;lanz der Partnerschaft…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="92"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="96"/>
        <source>Document &amp;font…</source>
        <translation>Dokument&amp;schrift…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="148"/>
        <source>Select a visit first (Delegations tab)</source>
        <translation>Zuerst einen Besuch auswählen (Reiter Delegationen)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="139"/>
        <location filename="../../ui/documents/menu.py" line="180"/>
        <location filename="../../ui/documents/menu.py" line="193"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Program items</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Residencies</source>
        <translation>Residenzen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Exhibitions</source>
        <translation>Ausstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Your last change was saved.</source>
        <extracomment>Not a defect but a known condition with its own message (the database server went away): the dialog says just that, not &quot;Something went wrong&quot;.</extracomment>
        <translation>Ihre letzte Änderung wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>The change you were making was not saved.</source>
        <translation>Die Änderung, die Sie gerade vorgenommen haben, wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Details are in the log: %1</source>
        <translation>Einzelheiten stehen im Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Database server unreachable</source>
        <translation>Datenbankserver nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>Show &amp;log folder</source>
        <translation>&amp;Protokollordner anzeigen</translation>
    </message>
</context>
<context>
    <name>ExhibitionEditor</name>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="91"/>
        <source>&amp;Title</source>
        <extracomment>Record kinds whose changes alter what this tab shows (links arrive as &quot;exhibition&quot;; &quot;*&quot; means re-read everything).</extracomment>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="99"/>
        <source>&amp;Until</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="103"/>
        <source>&amp;Curator</source>
        <translation>&amp;Kurator/in</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="106"/>
        <source>&amp;Partnership</source>
        <translation>&amp;Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="136"/>
        <source>Type a name to find an artist…</source>
        <translation>Namen eingeben, um Künstler/in zu finden…</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="142"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="144"/>
        <source>Remove the selected artist (undo with Ctrl+Z)</source>
        <translation>Markierte Künstler/in entfernen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="150"/>
        <source>Linked records</source>
        <translation>Verknüpfte Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="153"/>
        <source>Residencies (tick to link):</source>
        <translation>Residenzen (zum Verknüpfen ankreuzen):</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="154"/>
        <source>Delegation visits (tick to link):</source>
        <translation>Delegationsbesuche (zum Verknüpfen ankreuzen):</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="155"/>
        <source>Artists:</source>
        <translation>Künstler/innen:</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="184"/>
        <source>No exhibition selected</source>
        <translation>Keine Ausstellung ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="96"/>
        <location filename="../../ui/exhibitions/tab.py" line="104"/>
        <location filename="../../ui/exhibitions/tab.py" line="206"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="95"/>
        <source>Ve&amp;nue</source>
        <translation>V&amp;eranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="98"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="107"/>
        <source>De&amp;scription</source>
        <translation>Be&amp;schreibung</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="139"/>
        <source>Add &amp;artist</source>
        <translation>Künstler/in hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="299"/>
        <source>Change %s</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>%s ändern</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="312"/>
        <source>The end moved along to %s, keeping the duration</source>
        <translation>Das Ende wurde auf den %s verschoben, die Dauer bleibt gleich</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="357"/>
        <source>Unlink residency</source>
        <translation>Verknüpfung mit Residenz lösen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="357"/>
        <source>Link residency</source>
        <translation>Residenz verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="359"/>
        <source>Unlink visit</source>
        <translation>Verknüpfung mit Besuch lösen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="359"/>
        <source>Link visit</source>
        <translation>Besuch verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="363"/>
        <source>Link removed; Ctrl+Z brings it back</source>
        <translation>Verknüpfung gelöst; Strg+Z stellt sie wieder her</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="376"/>
        <source>Type a name and choose one person from the suggestions.</source>
        <translation>Namen eingeben und eine Person aus den Vorschlägen wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="384"/>
        <source>Add artist</source>
        <translation>Künstler/in hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="394"/>
        <source>Remove artist</source>
        <translation>Künstler/in entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="397"/>
        <source>%s is no longer linked; Ctrl+Z brings the link back</source>
        <translation>%s ist nicht mehr verknüpft; Strg+Z stellt die Verknüpfung wieder her</translation>
    </message>
</context>
<context>
    <name>ExhibitionsTab</name>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="469"/>
        <source>Search title and description…</source>
        <translation>Titel und Beschreibung durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="431"/>
        <source>Ne&amp;w exhibition</source>
        <extracomment>Asks before an exhibition is deleted; replaced in tests. Who changed the exhibition shown, while someone else&apos;s change is being read.</extracomment>
        <translation>&amp;Neue Ausstellung</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="432"/>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="435"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="436"/>
        <source>Delete the selected exhibition (undo with Ctrl+Z)</source>
        <translation>Ausgewählte Ausstellung löschen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="444"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="449"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="453"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="458"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="463"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="497"/>
        <source>Pa&amp;rtnership:</source>
        <translation>Pa&amp;rtnerschaft:</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="498"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="535"/>
        <source>All partnerships</source>
        <translation>Alle Partnerschaften</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="538"/>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="551"/>
        <source>The exhibition shown was deleted by %1.</source>
        <translation>Die angezeigte Ausstellung wurde von %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="553"/>
        <source>The exhibition shown was deleted meanwhile.</source>
        <translation>Die angezeigte Ausstellung wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="589"/>
        <location filename="../../ui/exhibitions/tab.py" line="594"/>
        <source>New exhibition</source>
        <translation>Neue Ausstellung</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="623"/>
        <location filename="../../ui/exhibitions/tab.py" line="631"/>
        <source>Delete exhibition</source>
        <translation>Ausstellung löschen</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="624"/>
        <source>Delete “%s” with its links?
You can undo this with Ctrl+Z.</source>
        <translation>Ausstellung „%s“ mit allen Verknüpfungen löschen?
Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="643"/>
        <source>Exhibition deleted; Ctrl+Z brings it back</source>
        <translation>Ausstellung gelöscht; Strg+Z stellt sie wieder her</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="523"/>
        <source>Exhibitions</source>
        <translation>Ausstellungen</translation>
    </message>
</context>
<context>
    <name>FontSettingsDialog</name>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="29"/>
        <source>Document font</source>
        <translation>Dokumentschrift</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="34"/>
        <source>Documents embed DejaVu Sans for Latin text and NanumGothic for Hangul. You may choose a TrueType font (.ttf) to use first, for example your office&apos;s house font; characters it lacks still come from the defaults. OpenType fonts with PostScript outlines (.otf) cannot be embedded.</source>
        <translation>Dokumente betten DejaVu Sans für lateinischen Text und NanumGothic für Hangul ein. Sie können eine TrueType-Schrift (.ttf) wählen, die vorrangig verwendet wird, etwa die Hausschrift Ihres Amtes; fehlende Zeichen kommen weiterhin aus den Standardschriften. OpenType-Schriften mit PostScript-Konturen (.otf) können nicht eingebettet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="45"/>
        <source>Default fonts</source>
        <translation>Standardschriften</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="48"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="51"/>
        <source>Use &amp;default</source>
        <translation>&amp;Standard verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="69"/>
        <source>Choose a TrueType font</source>
        <translation>TrueType-Schrift wählen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="71"/>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType-Schriften (*.ttf *.ttc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="83"/>
        <source>Default: %s</source>
        <translation>Standard: %s</translation>
    </message>
</context>
<context>
    <name>FullOpen</name>
    <message>
        <location filename="../../ui/first_screen.py" line="201"/>
        <source>%1 cannot be opened: %2</source>
        <extracomment>Completes the open at once (set by :class:`FullOpen`): a tab other than the calendar needs the real services. What a person does (and a program acting for one): these wait for the open to finish. Emitted by the worker thread when the storage layer is loaded (or failed to load).</extracomment>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>GiftDirection</name>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Given</source>
        <translation>Überreicht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
</context>
<context>
    <name>GiftDispositions</name>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="47"/>
        <source>Kept</source>
        <extracomment>The disposition kinds as the interface names them (context &quot;GiftDispositions&quot;).</extracomment>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="48"/>
        <source>Handed over</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="49"/>
        <source>Displayed</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="50"/>
        <source>Stored</source>
        <translation>Eingelagert</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="51"/>
        <source>Loaned</source>
        <translation>Verliehen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="52"/>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="53"/>
        <source>Disposed of</source>
        <translation>Ausgesondert</translation>
    </message>
</context>
<context>
    <name>GiftRulesDialog</name>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="261"/>
        <source>Gift rules</source>
        <translation>Geschenkregeln</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="266"/>
        <source>A gift is judged by the rule of its recipient&apos;s office (the person&apos;s gift jurisdiction, e.g. DE-SN-KOMMUNAL) in force on the gift&apos;s day. Each rule has its limits in tiers, each with its consequence, and its source.</source>
        <translation>Ein Geschenk wird nach der Regel des Amtes seines Empfängers beurteilt (die Geschenk-Zuständigkeit der Person, z. B. DE-SN-KOMMUNAL), die am Tag des Geschenks gilt. Jede Regel hat ihre Grenzen in Stufen, jede mit ihrer Folge, und ihre Quelle.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="278"/>
        <source>Jurisdiction</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="279"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="280"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="282"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="284"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="290"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="291"/>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="292"/>
        <source>Change gift rule</source>
        <translation>Geschenkregel ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="301"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="303"/>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="307"/>
        <source>Consequence</source>
        <translation>Folge</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="313"/>
        <source>Add limit</source>
        <translation>Grenze hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="314"/>
        <source>Delete limit</source>
        <translation>Grenze löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="315"/>
        <source>Change limit</source>
        <translation>Grenze ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="327"/>
        <source>Make rules of the earlier thresholds</source>
        <translation>Regeln aus den früheren Meldegrenzen machen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="351"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="352"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="353"/>
        <source>Applies &amp;to</source>
        <translation>Gilt &amp;für</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="354"/>
        <source>In force &amp;from</source>
        <translation>Gültig a&amp;b</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="355"/>
        <source>In force &amp;until</source>
        <translation>Gültig b&amp;is</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="356"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="357"/>
        <source>Source add&amp;ress</source>
        <translation>Quellen&amp;adresse</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="358"/>
        <source>&amp;Valuation</source>
        <translation>B&amp;ewertung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="359"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="362"/>
        <source>T&amp;ier</source>
        <translation>S&amp;tufe</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="363"/>
        <source>&amp;Amount</source>
        <translation>Betra&amp;g</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="364"/>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="365"/>
        <source>C&amp;onsequence</source>
        <translation>F&amp;olge</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="370"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="400"/>
        <source>Thresholds set in an earlier version (per country): %s</source>
        <translation>In einer früheren Version gesetzte Meldegrenzen (je Land): %s</translation>
    </message>
</context>
<context>
    <name>GiftValuationPanel</name>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="37"/>
        <source>Where the gift went</source>
        <translation>Verbleib des Geschenks</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="79"/>
        <source>Use the rate of %1: 1 EUR = %2 %3 (%4)</source>
        <translation>Kurs vom %1 übernehmen: 1 EUR = %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="91"/>
        <source>⚠ Rate missing: this gift is left out of the register&apos;s EUR totals.</source>
        <translation>⚠ Kurs fehlt: Dieses Geschenk fehlt in den EUR-Summen des Registers.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="95"/>
        <source>Value in EUR: %s</source>
        <translation>Wert in EUR: %s</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="98"/>
        <source>Rule: %s</source>
        <translation>Regel: %s</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="103"/>
        <source>Limit reached: %1 — %2</source>
        <translation>Grenze erreicht: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="108"/>
        <source>A limit cannot be checked: no rate for its currency.</source>
        <translation>Eine Grenze ist nicht prüfbar: Kurs ihrer Währung fehlt.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="122"/>
        <source>Use the stored rate</source>
        <translation>Gespeicherten Kurs übernehmen</translation>
    </message>
</context>
<context>
    <name>GiftsSection</name>
    <message>
        <location filename="../../ui/delegations/records.py" line="284"/>
        <source>Add gift</source>
        <translation>Geschenk hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="285"/>
        <source>Delete gift</source>
        <translation>Geschenk löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="286"/>
        <source>Change gift</source>
        <translation>Geschenk ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="332"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="334"/>
        <location filename="../../ui/delegations/records.py" line="351"/>
        <source>Given</source>
        <translation>Überreicht</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="334"/>
        <location filename="../../ui/delegations/records.py" line="352"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="339"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="340"/>
        <source>Maker</source>
        <translation>Hersteller/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="341"/>
        <source>Giver</source>
        <translation>Überreicht von</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="342"/>
        <source>Recipient</source>
        <translation>Empfänger/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="343"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="349"/>
        <source>Direc&amp;tion</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="360"/>
        <source>Estimated va&amp;lue</source>
        <translation>Geschätzter &amp;Wert</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="355"/>
        <source>De&amp;scription</source>
        <translation>Be&amp;schreibung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="293"/>
        <source>Gift rules…</source>
        <translation>Geschenkregeln…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="295"/>
        <source>The gift rules of each office: limits, consequences, periods and sources</source>
        <translation>Die Geschenkregeln jedes Amtes: Grenzen, Folgen, Geltungszeiten und Quellen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="356"/>
        <source>&amp;Maker</source>
        <translation>Herste&amp;ller/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="357"/>
        <source>&amp;Giver</source>
        <translation>Überreicht &amp;von</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="358"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Empfänger/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="359"/>
        <source>&amp;Presented on</source>
        <translation>Überreicht a&amp;m</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="361"/>
        <source>C&amp;urrency</source>
        <translation>W&amp;ährung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="362"/>
        <source>Valuation basis</source>
        <translation>Bewertungsgrundlage</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="363"/>
        <source>Circumstances</source>
        <translation>Umstände der Übergabe</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="364"/>
        <source>R&amp;ate (units per 1 EUR)</source>
        <translation>&amp;Kurs (Einheiten je 1 EUR)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="365"/>
        <source>Date &amp;of the rate</source>
        <translation>Kursdat&amp;um</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="366"/>
        <source>Rate sour&amp;ce</source>
        <translation>Kurs&amp;quelle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="367"/>
        <source>Disposition</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="368"/>
        <source>Inventory number</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="407"/>
        <source>New gift</source>
        <translation>Neues Geschenk</translation>
    </message>
</context>
<context>
    <name>GuestbookKind</name>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>City guestbook</source>
        <translation>Gästebuch der Stadt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Golden Book</source>
        <translation>Goldenes Buch</translation>
    </message>
</context>
<context>
    <name>GuestbookSection</name>
    <message>
        <location filename="../../ui/delegations/records.py" line="417"/>
        <source>Add guestbook entry</source>
        <translation>Gästebucheintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="418"/>
        <source>Delete guestbook entry</source>
        <translation>Gästebucheintrag löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="419"/>
        <source>Change guestbook entry</source>
        <translation>Gästebucheintrag ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="428"/>
        <location filename="../../ui/delegations/records.py" line="445"/>
        <source>Golden Book</source>
        <translation>Goldenes Buch</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="429"/>
        <location filename="../../ui/delegations/records.py" line="444"/>
        <source>City guestbook</source>
        <translation>Gästebuch der Stadt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="432"/>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="433"/>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="434"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="435"/>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="436"/>
        <source>Volume/page</source>
        <translation>Band/Seite</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="442"/>
        <source>&amp;Book</source>
        <translation>Bu&amp;ch</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="448"/>
        <source>&amp;Signed by</source>
        <translation>&amp;Unterzeichnet von</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="449"/>
        <source>Da&amp;te</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="451"/>
        <source>Vo&amp;lume</source>
        <translation>Ba&amp;nd</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="450"/>
        <source>&amp;Occasion</source>
        <translation>An&amp;lass</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="452"/>
        <source>&amp;Page</source>
        <translation>&amp;Seite</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/residencies/history.py" line="41"/>
        <source>&amp;Partnership:</source>
        <translation>&amp;Partnerschaft:</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="44"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="45"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="46"/>
        <source>Residency</source>
        <translation>Residenz</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="47"/>
        <source>Exhibition</source>
        <translation>Ausstellung</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="48"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="49"/>
        <source>Guestbook</source>
        <translation>Gästebuch</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="51"/>
        <source>to us</source>
        <translation>an uns</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="51"/>
        <source>from us</source>
        <translation>von uns</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="53"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="54"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="55"/>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="56"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="57"/>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="58"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="59"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="60"/>
        <source>city guestbook</source>
        <translation>Gästebuch der Stadt</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="61"/>
        <source>Golden Book</source>
        <translation>Goldenes Buch</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="66"/>
        <source>Partnership with %s begins</source>
        <translation>Beginn der Partnerschaft mit %s</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="69"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="74"/>
        <source>artist to be named</source>
        <translation>Künstler/in noch offen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="86"/>
        <source>vol. %1, p. %2</source>
        <translation>Bd. %1, S. %2</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="89"/>
        <source>vol. %1</source>
        <translation>Bd. %1</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="91"/>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="103"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="105"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="109"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="110"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="111"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="129"/>
        <source>Enter or double-click opens the record.</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Eintrag.</translation>
    </message>
</context>
<context>
    <name>HostsPanel</name>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="233"/>
        <source>Precedence</source>
        <extracomment>person id -&gt; name, for the &quot;interprets for&quot; choices (set by the section).</extracomment>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="237"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="238"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="239"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="257"/>
        <source>Find a person by name…</source>
        <translation>Person suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="260"/>
        <source>Add h&amp;ost</source>
        <translation>&amp;Gastgeber hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="262"/>
        <source>Add the chosen person to the hosts of this visit</source>
        <translation>Die gewählte Person zu den Gastgebern dieses Besuchs hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="264"/>
        <location filename="../../ui/delegations/precedence.py" line="425"/>
        <source>Remove host</source>
        <translation>Gastgeber entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="278"/>
        <source>Add a host</source>
        <translation>Gastgeber hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="285"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="287"/>
        <source>In&amp;terprets for</source>
        <translation>Dol&amp;metscht für</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="289"/>
        <source>Selected host</source>
        <translation>Ausgewählter Gastgeber</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="309"/>
        <source>Host</source>
        <translation>Gastgeber/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="349"/>
        <source>(nobody)</source>
        <translation>(niemanden)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="369"/>
        <source>Change host</source>
        <translation>Gastgeber ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="382"/>
        <source>Choose a person from the list.</source>
        <translation>Wählen Sie eine Person aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="397"/>
        <source>Add host</source>
        <translation>Gastgeber hinzufügen</translation>
    </message>
</context>
<context>
    <name>IcsOptionsDialog</name>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="60"/>
        <source>Export as iCalendar</source>
        <extracomment>QSettings keys of the remembered choices. The same limit as the export&apos;s (services/ics.py MAX_ALARM_MINUTES: a week).</extracomment>
        <translation>Als iCalendar exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="71"/>
        <source>The language of the titles, places and descriptions</source>
        <translation>Die Sprache der Titel, Orte und Beschreibungen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="72"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="78"/>
        <source>The whole program</source>
        <translation>Das ganze Programm</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="82"/>
        <source>A member&apos;s calendar holds only the items that member attends</source>
        <translation>Der Kalender eines Mitglieds enthält nur die Programmpunkte, an denen es teilnimmt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="84"/>
        <source>Calendar &amp;for:</source>
        <translation>Kalender &amp;für:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="87"/>
        <source>&amp;Remind</source>
        <translation>&amp;Erinnern</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="93"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="94"/>
        <source>Minutes before each program item</source>
        <translation>Minuten vor jedem Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="95"/>
        <source>before each program item</source>
        <translation>vor jedem Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="105"/>
        <source>Reminder:</source>
        <translation>Erinnerung:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="115"/>
        <source>No office e-mail is set (Settings &gt; Letterhead): the calendar is exported without an organizer, as a plain calendar.</source>
        <translation>Keine E-Mail-Adresse des Büros eingetragen (Einstellungen &gt; Briefkopf): Der Kalender wird ohne Organisator exportiert, als einfacher Kalender.</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../ui/interchange.py" line="43"/>
        <source>settings: %1</source>
        <extracomment>The sections the interchange service counts on import, as &quot;name: count&quot; texts.</extracomment>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="44"/>
        <source>partnerships: %1</source>
        <translation>Partnerschaften: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="45"/>
        <source>people: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="46"/>
        <source>venues: %1</source>
        <translation>Veranstaltungsorte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="47"/>
        <source>visits: %1</source>
        <translation>Besuche: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="48"/>
        <source>delegation members: %1</source>
        <translation>Delegationsmitglieder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="49"/>
        <source>program items: %1</source>
        <translation>Programmpunkte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="50"/>
        <source>gifts: %1</source>
        <translation>Geschenke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="51"/>
        <source>guestbook entries: %1</source>
        <translation>Gästebucheinträge: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="52"/>
        <source>residencies: %1</source>
        <translation>Residenzen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="53"/>
        <source>deliverables: %1</source>
        <translation>Vereinbarte Leistungen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="54"/>
        <source>checklist items: %1</source>
        <translation>Checklistenpunkte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="55"/>
        <source>exhibitions: %1</source>
        <translation>Ausstellungen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="56"/>
        <source>printed documents: %1</source>
        <translation>Gedruckte Dokumente: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="66"/>
        <source>Exchange Planner files (*.json);;All files (*)</source>
        <translation>Exchange-Planner-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="76"/>
        <source>Export exchange file</source>
        <translation>Austauschdatei exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="85"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="87"/>
        <source>Exported to %s</source>
        <translation>Exportiert nach %s</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="113"/>
        <source>Reading %s…</source>
        <translation>%s wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="114"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="112"/>
        <location filename="../../ui/interchange.py" line="218"/>
        <source>Import exchange file</source>
        <extracomment>Emitted with the counts per section when the records are written. Emitted with the message shown when the file was refused or could not be read.</extracomment>
        <translation>Austauschdatei importieren</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="162"/>
        <source>Import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="177"/>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="185"/>
        <source>Reading the file…</source>
        <extracomment>The steps of an import as the progress dialog names them.</extracomment>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="186"/>
        <source>Reading the JSON…</source>
        <translation>Das JSON wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="187"/>
        <source>Checking every record…</source>
        <translation>Alle Einträge werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="188"/>
        <source>Writing the records (all or nothing)…</source>
        <translation>Die Einträge werden geschrieben (alle oder keiner)…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="173"/>
        <source>Nothing was imported.

%s</source>
        <translation>Es wurde nichts importiert.

%s</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="153"/>
        <source>Imported %s</source>
        <translation>Importiert: %s</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="154"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>LetterheadPage</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>Printed at the top of the first page of every document, in the document&apos;s languages. Empty: documents have no letterhead.</source>
        <extracomment>The longest side, in pixels, of the PNG an SVG logo is printed as (300 dpi at 45 mm).</extracomment>
        <translation>Steht oben auf der ersten Seite jedes Dokuments, in den Sprachen des Dokuments. Leer: Dokumente ohne Briefkopf.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>Office</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Office name</source>
        <translation>Name der Dienststelle</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>Address lines</source>
        <translation>Anschrift (Zeilen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Exported calendars name the office as their organizer with this address; empty: calendars are exported without an organizer</source>
        <translation>Exportierte Kalender nennen das Büro mit dieser Adresse als Organisator; leer: Kalender werden ohne Organisator exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Office e-ma&amp;il:</source>
        <translation>Büro-E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="195"/>
        <source>Choose l&amp;ogo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>A PNG or SVG file of at most 2 MB</source>
        <translation>Eine PNG- oder SVG-Datei von höchstens 2 MB</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="199"/>
        <source>Re&amp;move logo</source>
        <translation>Logo ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="222"/>
        <source>No logo</source>
        <extracomment>The logo shown (None: none); stored on OK.</extracomment>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="244"/>
        <source>Logos (*.png *.svg);;All files (*)</source>
        <translation>Logos (*.png *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>“%1” is larger than %2 MB; choose a smaller file.</source>
        <translation>„%1“ ist größer als %2 MB; wählen Sie eine kleinere Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="287"/>
        <source>“%1” is neither a PNG nor an SVG file.</source>
        <translation>„%1“ ist weder eine PNG- noch eine SVG-Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="289"/>
        <source>“%1” could not be read as an image.</source>
        <translation>„%1“ konnte nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="292"/>
        <source>“%1” is larger than %2 pixels on a side; choose a smaller image.</source>
        <translation>„%1“ ist größer als %2 Pixel pro Seite; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="313"/>
        <source>The office name in %1 is too long.</source>
        <translation>Der Name der Dienststelle auf %1 ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="315"/>
        <source>The address in %1 is too long.</source>
        <translation>Die Anschrift auf %1 ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="319"/>
        <source>The address in %1 has more than %2 lines.</source>
        <translation>Die Anschrift auf %1 hat mehr als %2 Zeilen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="343"/>
        <source>The e-mail address is too long.</source>
        <translation>Die E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="346"/>
        <source>“%1” is not an e-mail address; write it like protocol@example.org.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie sie wie protocol@example.org.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="239"/>
        <source>Delete %s?</source>
        <translation>%s löschen?</translation>
    </message>
</context>
<context>
    <name>ListFrame</name>
    <message>
        <location filename="../../ui/widgets/record_list.py" line="55"/>
        <source>Search…</source>
        <extracomment>The current row&apos;s record id, or None when no row is current.</extracomment>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>LockWaitFeedback</name>
    <message>
        <location filename="../../ui/lock_wait.py" line="38"/>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <location filename="../../ui/lock_wait.py" line="40"/>
        <source>Waiting for %1: locked by another program (%2); giving up after %3 s…</source>
        <translation>Warte auf %1: von einem anderen Programm gesperrt (%2); Abbruch nach %3 s …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Read-only: changes cannot be saved</source>
        <extracomment>The tabs in their order; each area stays in its own package, imported when first shown. Windows opened with File &gt; New window, kept alive until they are closed. The database server connection&apos;s state (&quot;connected&quot;, &quot;lost&quot;, &quot;reconnected&quot;), emitted by the change listener&apos;s thread; shown in the status bar. How long &quot;Reconnected&quot; stays in the status bar (milliseconds). Set while the tabs are filled or a page replaces its placeholder.</extracomment>
        <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Network folder: not safe for a team</source>
        <translation>Netzwerkordner: für ein Team nicht sicher</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;File</source>
        <extracomment>A save waiting for another program&apos;s lock shows a busy cursor and the holder here (made with the database, ``_watch_lock_waits``). The record last selected per kind (e.g. {&quot;visit&quot;: 3}); actions on &quot;the current visit&quot;. The open still to finish after the first screen (``ui/first_screen.FullOpen``). The first screen shown before the database is fully open (None once it is).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>New &amp;window</source>
        <translation>Neues Fens&amp;ter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Another window on the same database; both show each other&apos;s changes</source>
        <translation>Ein weiteres Fenster auf derselben Datenbank; beide zeigen die Änderungen des anderen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Open the &amp;sample (temporary copy)</source>
        <translation>Beis&amp;piel öffnen (temporäre Kopie)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Import exchange file…</source>
        <translation>Austauschdatei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Export exchange file…</source>
        <translation>Austauschdatei &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Show &amp;log folder</source>
        <translation>&amp;Protokollordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Open the folder with the log file, which records unexpected errors</source>
        <translation>Öffnet den Ordner mit der Protokolldatei, in der unerwartete Fehler festgehalten werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;About Exchange Planner</source>
        <translation>&amp;Über Exchange Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Sample (temporary copy)</source>
        <translation>Beispiel (temporäre Kopie)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>%s (read-only)</source>
        <translation>%s (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>New window</source>
        <translation>Neues Fenster</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>%1 lies on a network folder (%2). SQLite cannot share a file safely over a network: when several people write it at once, changes can be lost or the file damaged. Work on it alone, or move the plans to a PostgreSQL server for a team (File &gt; Open database… takes a postgresql:// address).</source>
        <translation>%1 liegt in einem Netzwerkordner (%2). SQLite kann eine Datei über ein Netzwerk nicht sicher teilen: Wenn mehrere Personen gleichzeitig darin schreiben, können Änderungen verloren gehen oder die Datei beschädigt werden. Arbeiten Sie allein damit, oder legen Sie die Planung für ein Team auf einen PostgreSQL-Server (Datei &gt; Datenbank öffnen… nimmt eine postgresql://-Adresse).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Network folder</source>
        <translation>Netzwerkordner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>Database server unreachable — reconnecting…</source>
        <translation>Datenbankserver nicht erreichbar – neue Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="555"/>
        <source>The connection to the database server was lost. Changes cannot be saved until it is back; what you typed stays in its field.</source>
        <translation>Die Verbindung zum Datenbankserver ist unterbrochen. Änderungen können erst gespeichert werden, wenn sie wiederhergestellt ist; Ihre Eingaben bleiben in den Feldern erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Reconnected</source>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>The database server answers again; everything shown was re-read.</source>
        <translation>Der Datenbankserver antwortet wieder; alles Angezeigte wurde neu gelesen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="580"/>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="584"/>
        <source>Opened %s</source>
        <translation>%s geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590"/>
        <location filename="../../ui/main_window.py" line="599"/>
        <location filename="../../ui/main_window.py" line="694"/>
        <location filename="../../ui/main_window.py" line="703"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <location filename="../../ui/main_window.py" line="611"/>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Exchange Planner databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Exchange-Planner-Datenbanken (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <location filename="../../ui/main_window.py" line="704"/>
        <source>%s already exists. Use Open to work with it, or choose another name.</source>
        <translation>%s ist bereits vorhanden. Öffnen Sie die Datei über „Datenbank öffnen“ oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>This database is not a local file; back it up with the server&apos;s tools.</source>
        <translation>Diese Datenbank ist keine lokale Datei; sichern Sie sie mit den Werkzeugen des Servers.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="647"/>
        <source>Backup written to %s</source>
        <translation>Sicherung geschrieben nach %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>Import exchange file</source>
        <translation>Austauschdatei importieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>%1 is read-only; the exchange file %2 was not imported.</source>
        <translation>%1 ist schreibgeschützt; die Austauschdatei %2 wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="677"/>
        <source>Import the exchange file %1 into the database %2?

The file is read and checked first; nothing is written unless every record in it passes.</source>
        <translation>Die Austauschdatei %1 in die Datenbank %2 importieren?

Die Datei wird zuerst gelesen und geprüft; geschrieben wird nur, wenn jeder Datensatz darin die Prüfung besteht.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681"/>
        <location filename="../../ui/main_window.py" line="690"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="685"/>
        <source>%1 is an exchange file. An exchange file is imported only into an empty database, and %2 already holds plans.

Create a new database and import the file into it?</source>
        <translation>%1 ist eine Austauschdatei. Eine Austauschdatei wird nur in eine leere Datenbank importiert, und %2 enthält bereits Planungen.

Eine neue Datenbank anlegen und die Datei dorthin importieren?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="722"/>
        <source>Personal &amp;data…</source>
        <translation>Personenbezogene &amp;Daten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="725"/>
        <source>Retention of personal data, what is due, and its erasure with an export</source>
        <translation>Aufbewahrung personenbezogener Daten, was fällig ist, und ihre Löschung mit Export</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="759"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="841"/>
        <source>Cannot show record #%d (%s)</source>
        <translation>Datensatz Nr. %d (%s) kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="854"/>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="855"/>
        <source>The log folder is %s</source>
        <translation>Der Protokollordner ist %s</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="422"/>
        <source>Import delegation members</source>
        <extracomment>The dialog has settled: a preview is shown, the file was refused, or reading stopped.</extracomment>
        <translation>Delegationsmitglieder importieren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="452"/>
        <source>No file chosen (CSV or XLSX).</source>
        <extracomment>The role table: what was kept for the visit&apos;s partnership, and this dialog&apos;s edits. The skipped-rows report of the last import (&quot;&quot; when none was skipped), and its window.</extracomment>
        <translation>Keine Datei gewählt (CSV oder XLSX).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="454"/>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="491"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="595"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="626"/>
        <location filename="../../ui/delegations/member_import_dialog.py" line="959"/>
        <source>Member list</source>
        <translation>Mitgliederliste</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="628"/>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Mitgliederlisten (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="788"/>
        <source>Cannot read the file.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="831"/>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="833"/>
        <source>column %d</source>
        <translation>Spalte %d</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="783"/>
        <source>The columns need attention.</source>
        <translation>Bitte die Spaltenzuordnung prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="110"/>
        <source>Family name</source>
        <extracomment>Preview columns that hold times: their headers name the zone they are shown in. The problems list shows at most this many messages (and how many more there are). The service&apos;s field names as the dialog shows them (the keys of the service&apos;s ``FIELDS``).</extracomment>
        <translation>Familienname</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="111"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="112"/>
        <source>Name in own script</source>
        <translation>Name in eigener Schrift</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="113"/>
        <source>Name order</source>
        <translation>Namensreihenfolge</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="114"/>
        <source>Title / function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="115"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="116"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="117"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="118"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="119"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="120"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="121"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="122"/>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="123"/>
        <source>Hotel room</source>
        <translation>Hotelzimmer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="124"/>
        <source>Dietary notes</source>
        <translation>Ernährungshinweise</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="138"/>
        <source>UTF-8</source>
        <extracomment>The encodings as the dialog names them (the keys of the service&apos;s ``ENCODINGS``).</extracomment>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="139"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="140"/>
        <source>CP949 (Korean)</source>
        <translation>CP949 (Koreanisch)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="141"/>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (Koreanisch)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="142"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="329"/>
        <source>Role change</source>
        <translation>Rollenänderung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="469"/>
        <source>&amp;Read as:</source>
        <translation>Lesen &amp;als:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="476"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="478"/>
        <source>The row of the file that holds the column names</source>
        <translation>Die Zeile der Datei, die die Spaltennamen enthält</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="505"/>
        <source>Ro&amp;les</source>
        <translation>Ro&amp;llen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="522"/>
        <source>How the values of the role column are taken; kept for the next list of this partnership</source>
        <translation>Wie die Werte der Rollenspalte übernommen werden; für die nächste Liste dieser Partnerschaft gemerkt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="526"/>
        <source>&amp;Undo role change</source>
        <translation>Rollenänderung &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="569"/>
        <source>Times are read and shown in %s, the visit&apos;s local time.</source>
        <translation>Zeiten werden in %s gelesen und angezeigt, der Ortszeit des Besuchs.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="573"/>
        <source>S&amp;kip rows with errors</source>
        <translation>&amp;Fehlerhafte Zeilen überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="576"/>
        <source>Import the rows without problems and list the others in a report</source>
        <translation>Die Zeilen ohne Probleme importieren und die übrigen in einem Bericht auflisten</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="582"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="653"/>
        <source>Reading the header row…</source>
        <translation>Die Kopfzeile wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="665"/>
        <source>Reading %s…</source>
        <translation>%s wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="684"/>
        <source>Checking the rows…</source>
        <translation>Die Zeilen werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="735"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="771"/>
        <source>Stopped; nothing was imported. Choose the file again.</source>
        <translation>Angehalten; nichts wurde importiert. Bitte die Datei erneut wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="790"/>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="794"/>
        <source>The file could not be read because of an internal error.</source>
        <translation>Die Datei konnte wegen eines internen Fehlers nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="804"/>
        <source>%1 — %2 rows below the header</source>
        <translation>%1 — %2 Zeilen unter der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="810"/>
        <source>Encoding: %s</source>
        <translation>Zeichenkodierung: %s</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="814"/>
        <source>Format: Excel workbook (XLSX)</source>
        <translation>Format: Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="818"/>
        <source>This file is named .xlsx but holds text; it is read as text.</source>
        <translation>Diese Datei heißt .xlsx, enthält aber Text; sie wird als Text gelesen.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="850"/>
        <source>… and %d more problems</source>
        <translation>… und %d weitere Probleme</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/delegations/member_import_dialog.py" line="865"/>
        <source>%n value(s) not mapped to a role; their rows are rows with errors.</source>
        <translation>
            <numerusform>%n Wert ist keiner Rolle zugeordnet; seine Zeilen sind fehlerhaft.</numerusform>
            <numerusform>%n Werte sind keiner Rolle zugeordnet; ihre Zeilen sind fehlerhaft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="871"/>
        <source>Kept for the next list of this partnership.</source>
        <translation>Für die nächste Liste dieser Partnerschaft gemerkt.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="874"/>
        <source>The file has no role column; everyone is an Official.</source>
        <translation>Die Datei hat keine Rollenspalte; alle sind offizielle Mitglieder.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="884"/>
        <source>%1 of %2 rows have problems; they are skipped and listed in a report, %3 members are imported.</source>
        <translation>%1 von %2 Zeilen haben Probleme; sie werden übersprungen und in einem Bericht aufgeführt, %3 Mitglieder werden importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="894"/>
        <source>Every row has a problem: there is nothing to import, even with “Skip rows with errors”.</source>
        <translation>Jede Zeile hat ein Problem: Es gibt nichts zu importieren, auch nicht mit „Fehlerhafte Zeilen überspringen“.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="900"/>
        <source>%d of %d rows have problems; nothing is imported until all are fixed.</source>
        <translation>%d von %d Zeilen sind fehlerhaft; es wird erst importiert, wenn alle behoben sind.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="906"/>
        <source>%d members ready to import (%d already in the directory).</source>
        <translation>%d Mitglieder bereit zum Import (%d bereits im Verzeichnis).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="932"/>
        <source>Import %d members</source>
        <translation>%d Mitglieder importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/delegations/member_import_dialog.py" line="958"/>
        <source>%1: %n row(s) skipped, not imported</source>
        <translation>
            <numerusform>%1: %n Zeile übersprungen, nicht importiert</numerusform>
            <numerusform>%1: %n Zeilen übersprungen, nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="965"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Head</source>
        <translation>Delegationsleitung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Official</source>
        <translation>Amtsträger/in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Staff</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Driver</source>
        <translation>Fahrer/in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>MemberTravel</name>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="25"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="26"/>
        <source>Train</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="27"/>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="28"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="29"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="32"/>
        <source>single</source>
        <translation>Einzelzimmer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="33"/>
        <source>double</source>
        <translation>Doppelzimmer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="34"/>
        <source>twin</source>
        <translation>Zweibettzimmer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="35"/>
        <source>triple</source>
        <translation>Dreibettzimmer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="36"/>
        <source>suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="60"/>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="71"/>
        <source>Pick-up: %1</source>
        <translation>Abholung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="85"/>
        <source>shares with %1</source>
        <translation>gemeinsam mit %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="94"/>
        <source>Own hotel: %1</source>
        <translation>Eigenes Hotel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="96"/>
        <source>Hotel of the visit: %1</source>
        <translation>Hotel des Besuchs: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="101"/>
        <source>Special requests: %1</source>
        <translation>Besondere Wünsche: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="118"/>
        <location filename="../../ui/delegations/member_travel.py" line="161"/>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="123"/>
        <source>Arrives by</source>
        <translation>Anreise mit</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="124"/>
        <source>Arrival carrier</source>
        <translation>Anreise: Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="125"/>
        <source>Arrival flight / train no.</source>
        <translation>Anreise: Flug-/Zugnummer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="126"/>
        <source>Arrival airport / station</source>
        <translation>Anreise: Flughafen / Bahnhof</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="127"/>
        <source>Arrival terminal</source>
        <translation>Anreise: Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="128"/>
        <source>Pick-up on arrival</source>
        <translation>Abholung bei Anreise</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="131"/>
        <source>Departs by</source>
        <translation>Abreise mit</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="132"/>
        <source>Departure carrier</source>
        <translation>Abreise: Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="133"/>
        <source>Departure flight / train no.</source>
        <translation>Abreise: Flug-/Zugnummer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="134"/>
        <source>Departure airport / station</source>
        <translation>Abreise: Flughafen / Bahnhof</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="135"/>
        <source>Departure terminal</source>
        <translation>Abreise: Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="136"/>
        <source>Pick-up on departure</source>
        <translation>Abholung bei Abreise</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="146"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="150"/>
        <source>(the visit&apos;s hotel)</source>
        <translation>(Hotel des Besuchs)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="155"/>
        <source>Leave empty when the member stays at the visit&apos;s hotel</source>
        <translation>Leer lassen, wenn das Mitglied im Hotel des Besuchs wohnt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="164"/>
        <source>Room type</source>
        <translation>Zimmerart</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="167"/>
        <source>Special requests</source>
        <translation>Besondere Wünsche</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="171"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <location filename="../../ui/delegations/members.py" line="143"/>
        <source>Name</source>
        <extracomment>The planning checks naming each member (by person), computed in the background.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="149"/>
        <source>Precedence</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="153"/>
        <location filename="../../ui/delegations/members.py" line="278"/>
        <source>Own script</source>
        <translation>Originalschrift</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="154"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="156"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="161"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="166"/>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="171"/>
        <location filename="../../ui/delegations/members.py" line="296"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="175"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="192"/>
        <source>Drag a member, or use Ctrl+Up / Ctrl+Down, to change the order</source>
        <translation>Mitglied ziehen oder Strg+↑ / Strg+↓ verwenden, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="201"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="204"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="207"/>
        <source>Remove from delegation</source>
        <translation>Aus der Delegation entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="214"/>
        <source>Import list…</source>
        <translation>Liste importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="218"/>
        <source>Override place…</source>
        <translation>Platz festlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="223"/>
        <source>Put the selected participant at another place, with a reason</source>
        <translation>Den ausgewählten Teilnehmer mit Begründung auf einen anderen Platz setzen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="226"/>
        <source>Clear override</source>
        <translation>Festlegung aufheben</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="231"/>
        <source>Put the selected participant back at the computed place</source>
        <translation>Den ausgewählten Teilnehmer wieder auf den berechneten Platz setzen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="262"/>
        <source>Find a person by name…</source>
        <extracomment>member id -&gt; its entry in the visit&apos;s computed order of precedence.</extracomment>
        <translation>Person suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="265"/>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="266"/>
        <source>Add the chosen person to the delegation</source>
        <translation>Gewählte Person zur Delegation hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="276"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="277"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="279"/>
        <source>Add &amp;new person</source>
        <translation>&amp;Neue Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="285"/>
        <source>Add a member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="293"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="294"/>
        <source>Arr&amp;ival</source>
        <translation>An&amp;kunft</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="295"/>
        <source>De&amp;parture</source>
        <translation>Abre&amp;ise</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="297"/>
        <source>In&amp;terprets for</source>
        <translation>Dol&amp;metscht für</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="308"/>
        <source>Selected member</source>
        <extracomment>Travel and stay: how the member arrives and departs, the hotel, the mobile number.</extracomment>
        <translation>Ausgewähltes Mitglied</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="312"/>
        <source>Travel and stay</source>
        <translation>Reise und Unterkunft</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="347"/>
        <source>Delegation</source>
        <extracomment>The delegation and the home city&apos;s hosts: one order of precedence, two lists.</extracomment>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="348"/>
        <source>Hosts (home city)</source>
        <translation>Gastgeber (eigene Stadt)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="456"/>
        <source>(nobody)</source>
        <translation>(niemanden)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="488"/>
        <location filename="../../ui/delegations/members.py" line="499"/>
        <source>Change member</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>Mitglied ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="524"/>
        <source>Choose a person from the list, or enter a new person below.</source>
        <translation>Wählen Sie eine Person aus der Liste oder erfassen Sie unten eine neue Person.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="529"/>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="575"/>
        <source>Add new person</source>
        <translation>Neue Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="604"/>
        <source>Change precedence</source>
        <translation>Rangfolge ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="627"/>
        <location filename="../../ui/delegations/members.py" line="635"/>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="628"/>
        <source>Remove %s from this delegation?</source>
        <translation>%s aus dieser Delegation entfernen?</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <location filename="../../ui/interchange.py" line="235"/>
        <source>Partnership</source>
        <extracomment>Record kinds as the preview names them.</extracomment>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="236"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="237"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="238"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="239"/>
        <source>Delegation member</source>
        <translation>Delegationsmitglied</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="240"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="241"/>
        <source>Rank table</source>
        <translation>Rangtabelle</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="242"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="243"/>
        <source>Program item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="252"/>
        <source>Merge exchange file</source>
        <translation>Austauschdatei zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="259"/>
        <source>Nothing was merged.

%s</source>
        <translation>Es wurde nichts zusammengeführt.

%s</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="278"/>
        <location filename="../../ui/interchange.py" line="435"/>
        <source>Merge %1</source>
        <extracomment>Instants are shown on the home city&apos;s clock, as the editors show them.</extracomment>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="287"/>
        <source>Record / field</source>
        <translation>Datensatz / Feld</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="287"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="287"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="298"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="301"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="316"/>
        <source>%1 new, %2 changed, %3 conflicting records.</source>
        <translation>%1 neue, %2 geänderte, %3 widersprüchliche Datensätze.</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="323"/>
        <source>Conflicting records were changed here and in the file since the file was made; nothing can be merged until they agree (change them here or ask the partner office for a new file).</source>
        <translation>Widersprüchliche Datensätze wurden hier und in der Datei geändert, seit die Datei erstellt wurde; es kann nichts zusammengeführt werden, bis sie übereinstimmen (ändern Sie sie hier oder bitten Sie das Partnerbüro um eine neue Datei).</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="329"/>
        <source>The file holds nothing that is not already here.</source>
        <translation>Die Datei enthält nichts, was nicht schon hier ist.</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="333"/>
        <source>Not merged: %1 (a merge takes visits, partnerships, people and venues).</source>
        <translation>Nicht zusammengeführt: %1 (zusammengeführt werden Besuche, Partnerschaften, Personen und Orte).</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="339"/>
        <source>Conflicts (%1)</source>
        <translation>Widersprüche (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="340"/>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="341"/>
        <source>New (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="386"/>
        <source>Deleted here by %1 at %2</source>
        <translation>Hier gelöscht von %1 am %2</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="390"/>
        <source>Changed here by %1 at %2</source>
        <translation>Hier geändert von %1 am %2</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="392"/>
        <source>Changed here; no common base</source>
        <translation>Hier geändert; kein gemeinsamer Ausgangsstand</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="400"/>
        <source>Nothing was merged: %1</source>
        <translation>Es wurde nichts zusammengeführt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="404"/>
        <source>Merged %1: %2 new, %3 changed</source>
        <translation>%1 zusammengeführt: %2 neu, %3 geändert</translation>
    </message>
</context>
<context>
    <name>MissingSection</name>
    <message>
        <location filename="../../ui/delegations/missing.py" line="48"/>
        <source>&amp;Print language:</source>
        <extracomment>Item data: the ``Missing`` entry of a line. A line was activated: the entry and the language to open.</extracomment>
        <translation>Druck&amp;sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/missing.py" line="59"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/missing.py" line="59"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/missing.py" line="73"/>
        <source>Enter or a double-click opens the field&apos;s translations.</source>
        <translation>Eingabetaste oder Doppelklick öffnet die Übersetzungen des Felds.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/delegations/missing.py" line="117"/>
        <source>A print in %1 shows the original of %n text(s):</source>
        <translation>
            <numerusform>Ein Ausdruck in %1 zeigt bei %n Text das Original:</numerusform>
            <numerusform>Ein Ausdruck in %1 zeigt bei %n Texten das Original:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/missing.py" line="121"/>
        <source>Every text has its %1 translation.</source>
        <translation>Jeder Text hat seine Übersetzung auf %1.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/delegations/seating.py" line="344"/>
        <source>&amp;Seat:</source>
        <extracomment>The field label of a refusal (``ui/undo.py`` asks it for the message).</extracomment>
        <translation>&amp;Platz:</translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="51"/>
        <source>New entry on %s</source>
        <translation>Neuer Eintrag am %s</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="54"/>
        <source>&amp;Program item of a visit</source>
        <translation>&amp;Programmpunkt eines Besuchs</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="55"/>
        <source>&amp;Visit</source>
        <translation>&amp;Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="68"/>
        <source>e.g. Meeting with the cultural office</source>
        <translation>z. B. Gespräch im Kulturamt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="82"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="83"/>
        <location filename="../../ui/calendar/dialogs.py" line="104"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="84"/>
        <location filename="../../ui/calendar/dialogs.py" line="105"/>
        <location filename="../../ui/calendar/dialogs.py" line="112"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="85"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="86"/>
        <location filename="../../ui/calendar/dialogs.py" line="106"/>
        <source>Starts (%s)</source>
        <translation>Beginn (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="87"/>
        <location filename="../../ui/calendar/dialogs.py" line="107"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="97"/>
        <source>Incoming (they come here)</source>
        <translation>Eingehend (Gäste kommen zu uns)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="98"/>
        <source>Outgoing (we travel)</source>
        <translation>Ausgehend (wir reisen)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="108"/>
        <location filename="../../ui/calendar/dialogs.py" line="113"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="114"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="200"/>
        <source>enter a date and a time</source>
        <translation>Datum und Uhrzeit eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="212"/>
        <source>enter a date</source>
        <translation>Datum eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="109"/>
        <location filename="../../ui/calendar/dialogs.py" line="115"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="110"/>
        <location filename="../../ui/calendar/dialogs.py" line="116"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="144"/>
        <source>No visit near this day</source>
        <translation>Kein Besuch in der Nähe dieses Tages</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="150"/>
        <source>No partnership yet</source>
        <translation>Noch keine Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="157"/>
        <source>A visit belongs to a partnership: add the partner city first (People &amp; Venues &gt; Partnerships, or Start planning on the welcome page).</source>
        <translation>Ein Besuch gehört zu einer Partnerschaft: Legen Sie zuerst die Partnerstadt an (Personen &amp; Orte &gt; Partnerschaften oder „Mit der Planung beginnen“ auf der Startseite).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="167"/>
        <source>choose a visit</source>
        <translation>Besuch wählen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="179"/>
        <source>choose a partnership</source>
        <translation>Partnerschaft wählen</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../ui/app.py" line="180"/>
        <source>There is no file %1.</source>
        <extracomment>``storage.database.DB_ENV_VAR`` (that module is loaded only to open a database). Diagnostic only (like the hidden ``--self-test``): when set, the window quits with 0 right after its first paint of the first screen (the calendar&apos;s view with the entries of the period shown, or the welcome page of an empty database) and prints one line ``first-paint view=... entries=N``. ``benchmarks/bench_startup.py`` times start-up with it; it changes nothing that is imported or built, nor when. How long the end of the application waits for background tasks (a print, a read) to end. The instance part of the X11 window class; equals the desktop file&apos;s StartupWMClass. Families registered by :func:`install_hangul_fallback` (for tests and diagnostics). The translators :func:`install_interface_language` installed last (replaced on a new call). The messages for a file given to open that is not opened (``cli/open_file.Problem``).</extracomment>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="181"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="183"/>
        <source>%1 is neither an Exchange Planner database (SQLite) nor an exchange file (JSON); nothing was opened.</source>
        <translation>%1 ist weder eine Exchange-Planner-Datenbank (SQLite) noch eine Austauschdatei (JSON); es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="188"/>
        <source>%1 is not a file on this computer; a server database opens with --db ADDRESS.</source>
        <translation>%1 ist keine Datei auf diesem Computer; eine Serverdatenbank öffnet --db ADRESSE.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="148"/>
        <source>Override place</source>
        <extracomment>The widest the Precedence column grows to show an override&apos;s reason: a long reason is cut off (its tooltip has it whole) rather than pushing the names out of sight.</extracomment>
        <translation>Platz festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="153"/>
        <source>%1 is at place %2 (computed: %3).</source>
        <translation>%1 steht auf Platz %2 (berechnet: %3).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="166"/>
        <source>e.g. guest of honour at this visit</source>
        <translation>z. B. Ehrengast bei diesem Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="171"/>
        <source>&amp;Place</source>
        <translation>&amp;Platz</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="172"/>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../../ui/delegations/overview.py" line="72"/>
        <source>&amp;Partnership</source>
        <translation>&amp;Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="73"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="78"/>
        <source>T&amp;o</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="80"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="89"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="87"/>
        <location filename="../../ui/delegations/overview.py" line="120"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="75"/>
        <source>Di&amp;rection</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="77"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="82"/>
        <source>Head of dele&amp;gation</source>
        <translation>Delegations&amp;leitung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="86"/>
        <source>Hote&amp;l</source>
        <translation>Hot&amp;el</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="147"/>
        <location filename="../../ui/delegations/overview.py" line="158"/>
        <source>Change %s</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>%s ändern</translation>
    </message>
</context>
<context>
    <name>PaintedView</name>
    <message>
        <location filename="../../ui/calendar/views.py" line="397"/>
        <source>Show all entries of this day</source>
        <translation>Alle Einträge dieses Tages anzeigen</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="83"/>
        <source>&amp;Save as…</source>
        <extracomment>Where the preview&apos;s size and position are remembered (QSettings). The size the preview asks for the first time, when the screen has room for it. Asks where to save (title, suggested path, filter) -&gt; path or &quot;&quot;; tests replace it. The message shown when saving failed (for tests).</extracomment>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="86"/>
        <source>&amp;Open in viewer</source>
        <translation>Im &amp;Betrachter öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="87"/>
        <source>Open the PDF in the system&apos;s PDF viewer</source>
        <translation>PDF im PDF-Betrachter des Systems öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="89"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="93"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="96"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="99"/>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="101"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="182"/>
        <location filename="../../ui/documents/preview.py" line="195"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="184"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="174"/>
        <source>Row</source>
        <extracomment>Arrival times show as the members section shows them: in the visit&apos;s zone.</extracomment>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="192"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="79"/>
        <source>Personal data</source>
        <extracomment>The message shown when an erasure ended (kept for whoever looks, e.g. tests). Where the export goes (replaceable, e.g. in tests): (title, suggested) -&gt; path or &quot;&quot;. The last question before erasing (replaceable): (title, text) -&gt; yes.</extracomment>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="84"/>
        <source>Personal data of the people on visits is kept for the months below after the end of their last visit, then erased. Before it is erased, an export is written to be offered to the city archive. The official record of a visit (program, gifts, guestbook, names) is kept.</source>
        <translation>Personenbezogene Daten der Teilnehmenden von Besuchen werden nach dem Ende ihres letzten Besuchs für die unten genannten Monate aufbewahrt und dann gelöscht. Vor der Löschung wird ein Export geschrieben, der dem Stadtarchiv angeboten wird. Die amtliche Überlieferung eines Besuchs (Programm, Geschenke, Gästebuch, Namen) bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="94"/>
        <source>Retention (months after the last visit)</source>
        <translation>Aufbewahrung (Monate nach dem letzten Besuch)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="103"/>
        <source>&amp;Save retention</source>
        <translation>Aufbewahrung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="111"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="119"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="120"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="121"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="122"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="123"/>
        <source>Visit ended</source>
        <translation>Besuch endete</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="124"/>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="134"/>
        <source>Category to erase</source>
        <translation>Zu löschende Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="137"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="142"/>
        <source>The database is read-only: nothing can be changed or erased.</source>
        <translation>Die Datenbank ist schreibgeschützt: Es kann nichts geändert oder gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="147"/>
        <source>Due on:</source>
        <translation>Fällig am:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="151"/>
        <source>Erase the data of:</source>
        <translation>Daten löschen aus:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="180"/>
        <source>Contact data (e-mail, phone, mobile)</source>
        <translation>Kontaktdaten (E-Mail, Telefon, Mobilnummer)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="181"/>
        <source>Travel data (arrival, departure, hotel, room)</source>
        <translation>Reisedaten (Anreise, Abreise, Hotel, Zimmer)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="182"/>
        <source>Dietary, accessibility notes and consent</source>
        <translation>Ernährungs-, Barrierefreiheitshinweise und Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="188"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="189"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="190"/>
        <source>mobile</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="191"/>
        <source>arrival</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="192"/>
        <source>arrival: travel mode</source>
        <translation>Anreise: Verkehrsmittel</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="193"/>
        <source>arrival: carrier</source>
        <translation>Anreise: Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="194"/>
        <source>arrival: flight or train number</source>
        <translation>Anreise: Flug- oder Zugnummer</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="195"/>
        <source>arrival: place</source>
        <translation>Anreise: Ort</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="196"/>
        <source>arrival: terminal</source>
        <translation>Anreise: Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="197"/>
        <source>arrival: pick-up</source>
        <translation>Anreise: Abholung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="198"/>
        <source>departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="199"/>
        <source>departure: travel mode</source>
        <translation>Abreise: Verkehrsmittel</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="200"/>
        <source>departure: carrier</source>
        <translation>Abreise: Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="201"/>
        <source>departure: flight or train number</source>
        <translation>Abreise: Flug- oder Zugnummer</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="202"/>
        <source>departure: place</source>
        <translation>Abreise: Ort</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="203"/>
        <source>departure: terminal</source>
        <translation>Abreise: Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="204"/>
        <source>departure: pick-up</source>
        <translation>Abreise: Abholung</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="205"/>
        <source>hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="206"/>
        <source>room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="207"/>
        <source>room type</source>
        <translation>Zimmerart</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="208"/>
        <source>special requests</source>
        <translation>Sonderwünsche</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="209"/>
        <source>dietary notes</source>
        <translation>Ernährungshinweise</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="210"/>
        <source>accessibility notes</source>
        <translation>Hinweise zur Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="211"/>
        <source>dietary requirements</source>
        <translation>Ernährungsanforderungen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="212"/>
        <source>consent to the notes</source>
        <translation>Einwilligung zu den Hinweisen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="213"/>
        <source>consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy_dialog.py" line="219"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Angabe</numerusform>
            <numerusform>%n Angaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy_dialog.py" line="222"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="226"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="227"/>
        <source>travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="228"/>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="240"/>
        <source>Retention not saved</source>
        <translation>Aufbewahrung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="242"/>
        <source>Retention saved</source>
        <translation>Aufbewahrung gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="267"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="308"/>
        <source>First the export %1 is written, to be offered to the city archive. Then %2 of %3 (%4 data) are erased and %5 entries of the change history show [erased] instead of them. This cannot be undone. Go on?</source>
        <translation>Zuerst wird der Export %1 geschrieben, der dem Stadtarchiv angeboten wird. Dann werden %2 von %3 (Daten „%4“) gelöscht, und %5 Einträge im Änderungsverlauf zeigen statt ihrer [erased]. Das kann nicht rückgängig gemacht werden. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="377"/>
        <source>The export %1 was written: offer it to the city archive. %2 of %3 were erased; %4 entries of the change history were redacted.</source>
        <translation>Der Export %1 wurde geschrieben: Bieten Sie ihn dem Stadtarchiv an. %2 von %3 wurden gelöscht; %4 Einträge im Änderungsverlauf wurden geschwärzt.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="278"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="286"/>
        <location filename="../../ui/privacy_dialog.py" line="371"/>
        <location filename="../../ui/privacy_dialog.py" line="392"/>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="297"/>
        <source>Nothing of the %1 data is due on %2; nothing was exported or erased.</source>
        <translation>Von den Daten „%1“ ist am %2 nichts fällig; nichts wurde exportiert oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="303"/>
        <source>Export for the city archive</source>
        <translation>Export für das Stadtarchiv</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="324"/>
        <location filename="../../ui/privacy_dialog.py" line="350"/>
        <source>Writing the export…</source>
        <translation>Export wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="325"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="349"/>
        <source>Reading what is due…</source>
        <translation>Fällige Daten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="351"/>
        <source>Erasing and redacting the change history…</source>
        <translation>Löschen und Schwärzen im Änderungsverlauf…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="352"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="373"/>
        <source>Nothing was due any more; nothing was exported or erased.</source>
        <translation>Es war nichts mehr fällig; nichts wurde exportiert oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="393"/>
        <source>Nothing was erased: %1</source>
        <translation>Nichts wurde gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>ProgramKind</name>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Guestbook signing</source>
        <translation>Eintrag ins Gästebuch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Gift exchange</source>
        <translation>Geschenkübergabe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Tour</source>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Museum visit</source>
        <translation>Museumsbesuch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Press</source>
        <translation>Pressetermin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Free time</source>
        <translation>Freie Zeit</translation>
    </message>
</context>
<context>
    <name>ProgramSection</name>
    <message>
        <location filename="../../ui/delegations/program.py" line="73"/>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="75"/>
        <source>Duplicate item</source>
        <translation>Punkt duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="78"/>
        <source>Delete item</source>
        <translation>Punkt löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="101"/>
        <source>Where the reception takes place</source>
        <translation>Wo der Empfang stattfindet</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="102"/>
        <source> Template on </source>
        <translation> Vorlage am </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="105"/>
        <source> at </source>
        <translation> Ort: </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="108"/>
        <location filename="../../ui/delegations/program.py" line="597"/>
        <source>Official reception</source>
        <translation>Offizieller Empfang</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="116"/>
        <source>Create reception, Golden Book signing, gift exchange and council chamber tour one after another (Ctrl+Shift+R)</source>
        <translation>Empfang, Eintrag ins Goldene Buch, Geschenkübergabe und Führung durch den Ratssaal nacheinander anlegen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Host</source>
        <translation>Gastgeber/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="136"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="137"/>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="138"/>
        <source>&amp;Starts</source>
        <translation>Beg&amp;inn</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="150"/>
        <source>Fro&amp;m (transfer)</source>
        <translation>Von (Trans&amp;fer)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="160"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="161"/>
        <source>Dress code</source>
        <translation>Kleiderordnung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="162"/>
        <source>Notes (printed)</source>
        <translation>Hinweise (gedruckt)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="163"/>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="177"/>
        <source>The whole delegation attends</source>
        <translation>Die gesamte Delegation nimmt teil</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="144"/>
        <location filename="../../ui/delegations/program.py" line="151"/>
        <location filename="../../ui/delegations/program.py" line="157"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="97"/>
        <source>(no venue)</source>
        <translation>(kein Ort)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="139"/>
        <source>E&amp;nds</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="143"/>
        <source>Ven&amp;ue</source>
        <translation>&amp;Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="156"/>
        <source>H&amp;ost</source>
        <translation>&amp;Gastgeber/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="190"/>
        <source>Sh&amp;ift them</source>
        <translation>Ver&amp;schieben</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="192"/>
        <source>Kee&amp;p times</source>
        <translation>Zeiten beibeha&amp;lten</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="276"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="276"/>
        <source>selected</source>
        <translation>ausgewählte</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="321"/>
        <source>Conflicts could not be checked: %s</source>
        <translation>Konflikte konnten nicht geprüft werden: %s</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="379"/>
        <source>Times in %s (the venue&apos;s time zone)</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>Zeiten in %s (Zeitzone des Veranstaltungsorts)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="421"/>
        <source>Change program item</source>
        <translation>Programmpunkt ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="441"/>
        <source>The end moved by %+d min. Shift the %d following item(s) of this day too?</source>
        <translation>Das Ende hat sich um %+d Min. verschoben. Die folgenden Programmpunkte dieses Tages (%d) ebenfalls verschieben?</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="458"/>
        <source>Shift following items</source>
        <translation>Folgende Programmpunkte verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="488"/>
        <source>Change who attends</source>
        <translation>Teilnehmende ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="519"/>
        <source>New item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="531"/>
        <source>Add program item</source>
        <translation>Programmpunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="547"/>
        <source>Duplicate program item</source>
        <translation>Programmpunkt duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="562"/>
        <location filename="../../ui/delegations/program.py" line="568"/>
        <source>Delete program item</source>
        <translation>Programmpunkt löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="562"/>
        <source>Delete “%s”?</source>
        <translation>„%s“ löschen?</translation>
    </message>
</context>
<context>
    <name>RanksSection</name>
    <message>
        <location filename="../../ui/directory/ranks.py" line="73"/>
        <source>Rank table</source>
        <translation>Rangtabelle</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="74"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="84"/>
        <location filename="../../ui/directory/ranks.py" line="406"/>
        <location filename="../../ui/directory/ranks.py" line="410"/>
        <source>New rank table</source>
        <translation>Neue Rangtabelle</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="92"/>
        <location filename="../../ui/directory/ranks.py" line="446"/>
        <source>Delete rank table</source>
        <translation>Rangtabelle löschen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="112"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="113"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="114"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="116"/>
        <source>e.g. Deutschland / Sachsen — Kommunen</source>
        <translation>z. B. Deutschland / Sachsen — Kommunen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="125"/>
        <source>Position</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="129"/>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="131"/>
        <source>Ranks with</source>
        <translation>Gleichrangig mit</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="143"/>
        <location filename="../../ui/directory/ranks.py" line="426"/>
        <source>Add rank</source>
        <translation>Rang hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="151"/>
        <location filename="../../ui/directory/ranks.py" line="454"/>
        <source>Delete rank</source>
        <translation>Rang löschen</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="160"/>
        <source>1 is the highest rank of the table; equal numbers rank equal</source>
        <translation>1 ist der höchste Rang der Tabelle; gleiche Zahlen sind gleichrangig</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="163"/>
        <source>&amp;Position</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="169"/>
        <source>T&amp;itle</source>
        <translation>Be&amp;zeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="170"/>
        <source>Ranks &amp;with</source>
        <translation>&amp;Gleichrangig mit</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="172"/>
        <source>The rank of another country&apos;s table this one ranks with</source>
        <translation>Der gleichrangige Rang in der Tabelle eines anderen Landes</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="176"/>
        <source>Ranks of this table</source>
        <translation>Ränge dieser Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="336"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="365"/>
        <source>Change rank table</source>
        <translation>Rangtabelle ändern</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="379"/>
        <source>Change rank</source>
        <translation>Rang ändern</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="430"/>
        <source>New rank</source>
        <translation>Neuer Rang</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="61"/>
        <source>(none)</source>
        <extracomment>One search result: (label shown in the field, record id, detail shown beside it). (text, limit) -&gt; matches, best first. Stands for &quot;none&quot; in the popup (None cannot travel through an item&apos;s data reliably).</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="64"/>
        <source>Nothing matches “%s”: choose one of the suggestions.</source>
        <extracomment>The message for a text that names no single record (&quot;%s&quot; is the text).</extracomment>
        <translation>Kein Treffer für „%s“: Bitte einen der Vorschläge wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="83"/>
        <source>Type to search…</source>
        <translation>Suchbegriff eingeben…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="86"/>
        <source>Show matches (Down)</source>
        <translation>Treffer anzeigen (Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="267"/>
        <source>No single person matches “%s”: choose one of the suggestions.</source>
        <translation>Keine eindeutige Person passt zu „%s“: Bitte einen der Vorschläge wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="299"/>
        <source>No single venue matches “%s”: choose one of the suggestions.</source>
        <translation>Kein eindeutiger Veranstaltungsort passt zu „%s“: Bitte einen der Vorschläge wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="320"/>
        <source>Choose one of the suggestions.</source>
        <translation>Bitte einen der Vorschläge wählen.</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../ui/delegations/records.py" line="70"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="78"/>
        <location filename="../../ui/delegations/records.py" line="249"/>
        <source>Delete</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="142"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="249"/>
        <source>Delete %s?</source>
        <translation>%s löschen?</translation>
    </message>
</context>
<context>
    <name>Residencies</name>
    <message>
        <location filename="../../ui/residencies/editor.py" line="74"/>
        <source>Outgoing (sent)</source>
        <translation>Ausgehend (entsandt)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="75"/>
        <source>Incoming (received)</source>
        <translation>Eingehend (aufgenommen)</translation>
    </message>
</context>
<context>
    <name>ResidenciesTab</name>
    <message>
        <location filename="../../ui/residencies/tab.py" line="192"/>
        <source>Studio timeline</source>
        <translation>Atelierbelegung</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="193"/>
        <source>Partnership balance</source>
        <translation>Partnerschaftsbilanz</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="194"/>
        <source>Exchange history</source>
        <translation>Austauschchronik</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="221"/>
        <source>Ne&amp;w residency</source>
        <translation>&amp;Neue Residenz</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="234"/>
        <source>Search title, artist, institution…</source>
        <translation>Titel, Künstler/in, Institution durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="212"/>
        <source>All directions</source>
        <translation>Alle Richtungen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="215"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="222"/>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="224"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="225"/>
        <source>Delete the selected residency (undo with Ctrl+Z)</source>
        <translation>Ausgewählte Residenz löschen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="145"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="148"/>
        <source>to be named</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="269"/>
        <source>Pa&amp;rtnership:</source>
        <translation>Pa&amp;rtnerschaft:</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="270"/>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="271"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="272"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="305"/>
        <source>All partnerships</source>
        <translation>Alle Partnerschaften</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="310"/>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="339"/>
        <source>The residency shown was deleted by %1.</source>
        <translation>Die angezeigte Residenz wurde von %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="341"/>
        <source>The residency shown was deleted meanwhile.</source>
        <translation>Die angezeigte Residenz wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="367"/>
        <source>Add a partnership first (Directory tab): a residency belongs to one.</source>
        <translation>Legen Sie zuerst eine Partnerschaft an (Reiter „Personen &amp; Orte“): Jede Residenz gehört zu einer.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="372"/>
        <location filename="../../ui/residencies/tab.py" line="374"/>
        <source>New residency</source>
        <translation>Neue Residenz</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="405"/>
        <location filename="../../ui/residencies/tab.py" line="416"/>
        <source>Delete residency</source>
        <translation>Residenz löschen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="407"/>
        <source>Delete “%s” with its checklist and deliverables?
You can undo this with Ctrl+Z.</source>
        <translation>Residenz „%s“ mit Checkliste und vereinbarten Leistungen löschen?
Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="409"/>
        <source>Residency #%d</source>
        <translation>Residenz Nr. %d</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="427"/>
        <source>Residency deleted; Ctrl+Z brings it back</source>
        <translation>Residenz gelöscht; Strg+Z stellt sie wieder her</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="442"/>
        <source>%d months</source>
        <translation>%d Monate</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="446"/>
        <source>Earlier (six months)</source>
        <translation>Früher (sechs Monate)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="449"/>
        <source>Later (six months)</source>
        <translation>Später (sechs Monate)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="451"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="465"/>
        <source>Drag a bar (or Shift+←/→, Ctrl+Shift+←/→ for a week) to move a residency; double-click or Enter opens it.</source>
        <translation>Balken ziehen (oder Umschalt+←/→, Strg+Umschalt+←/→ für eine Woche), um eine Residenz zu verschieben; Doppelklick oder Eingabetaste öffnet sie.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="524"/>
        <source>%d residencies share a studio on the same days (hatched red).</source>
        <translation>%d Residenzen belegen an denselben Tagen dasselbe Atelier (rot schraffiert).</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="540"/>
        <source>The dates cannot move that far.</source>
        <translation>So weit lassen sich die Daten nicht verschieben.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="549"/>
        <source>Move residency</source>
        <translation>Residenz verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="574"/>
        <source>Moved to %s – %s (Ctrl+Z undoes)</source>
        <translation>Verschoben auf %s – %s (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="191"/>
        <location filename="../../ui/residencies/tab.py" line="596"/>
        <source>Residencies</source>
        <extracomment>Asks before a residency is deleted; replaced in tests. Who changed the residency shown, while someone else&apos;s change is being read. The last residency sheet or balance asked for (its options dialog and preview).</extracomment>
        <translation>Residenzen</translation>
    </message>
</context>
<context>
    <name>ResidencyEditor</name>
    <message>
        <location filename="../../ui/residencies/editor.py" line="115"/>
        <source>&amp;Title</source>
        <extracomment>The user wants a PDF sheet of the residency shown (id).</extracomment>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="119"/>
        <source>&amp;Artist</source>
        <translation>&amp;Künstler/in</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="122"/>
        <source>&amp;Partnership</source>
        <translation>&amp;Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="124"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="385"/>
        <source>Change %s</source>
        <translation>%s ändern</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="399"/>
        <source>The counterpart no longer fits and was unlinked; Ctrl+Z brings it back</source>
        <translation>Das Gegenstück passt nicht mehr und wurde entkoppelt; Strg+Z stellt die Verknüpfung wieder her</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="403"/>
        <source>The end moved along to %s, keeping the duration</source>
        <translation>Das Ende wurde auf den %s verschoben, die Dauer bleibt gleich</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="507"/>
        <source>Deliverable “%s” removed; Ctrl+Z brings it back</source>
        <translation>Leistung „%s“ entfernt; Strg+Z stellt sie wieder her</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="136"/>
        <source>&amp;Until</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="137"/>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="138"/>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="190"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="194"/>
        <source>Preparation checklist</source>
        <translation>Checkliste zur Vorbereitung</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="196"/>
        <source>Deliverables</source>
        <translation>Vereinbarte Leistungen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="257"/>
        <source>No residency selected</source>
        <translation>Keine Residenz ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="280"/>
        <source>Residency #%d</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>Residenz Nr. %d</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="120"/>
        <source>— to be named —</source>
        <translation>— noch offen —</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="123"/>
        <source>Direction</source>
        <translation>Ri&amp;chtung</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="125"/>
        <source>H&amp;ome institution</source>
        <translation>&amp;Entsendende Institution</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="126"/>
        <source>Host institution</source>
        <translation>&amp;Gastinstitution</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="130"/>
        <source>Stud&amp;io</source>
        <translation>Ate&amp;lier</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="132"/>
        <source>— none (host institution) —</source>
        <translation>— keines (Gastinstitution) —</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="135"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="139"/>
        <source>Counterpart</source>
        <translation>Gegenstück</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="140"/>
        <source>&amp;Notes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="168"/>
        <source>Residency sheet (PDF)…</source>
        <translation>Residenzblatt (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="188"/>
        <source>Add de&amp;liverable</source>
        <translation>Leistung hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="206"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="299"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="328"/>
        <source>Studio conflict: </source>
        <translation>Atelierkonflikt: </translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="435"/>
        <source>Edit checklist</source>
        <extracomment>The row as the table shows it: the base of the edit.</extracomment>
        <translation>Checkliste bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="435"/>
        <source>Edit deliverable</source>
        <translation>Leistung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="463"/>
        <source>Add deliverable</source>
        <translation>Leistung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="469"/>
        <location filename="../../ui/residencies/editor.py" line="482"/>
        <source>New deliverable</source>
        <translation>Neue Leistung</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="498"/>
        <source>Remove deliverable</source>
        <translation>Leistung entfernen</translation>
    </message>
</context>
<context>
    <name>ResidencyListModel</name>
    <message>
        <location filename="../../ui/residencies/tab.py" line="82"/>
        <source>Title</source>
        <extracomment>Record kinds whose changes alter what this tab shows. (sort key in the service, header)</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="83"/>
        <source>Artist</source>
        <translation>Künstler/in</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="84"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="86"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="87"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="88"/>
        <source>Studio / host</source>
        <translation>Atelier / Gastgeber</translation>
    </message>
</context>
<context>
    <name>ResidencyParts</name>
    <message>
        <location filename="../../ui/residencies/parts.py" line="136"/>
        <source>Step</source>
        <extracomment>The typed text is no date; the message says why (shown beside the table). A date was taken: an earlier refusal no longer applies.</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="137"/>
        <location filename="../../ui/residencies/parts.py" line="217"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="138"/>
        <location filename="../../ui/residencies/parts.py" line="218"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="139"/>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="185"/>
        <source>Overdue since %s</source>
        <translation>Überfällig seit %s</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="216"/>
        <source>Deliverable</source>
        <translation>Vereinbarte Leistung</translation>
    </message>
</context>
<context>
    <name>ResidencyStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Ongoing</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="254"/>
        <source>In the file</source>
        <extracomment>The role table&apos;s columns: the value as the file writes it, how many rows hold it, the role.</extracomment>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="254"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="254"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="273"/>
        <location filename="../../ui/delegations/member_import_dialog.py" line="308"/>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="281"/>
        <source>Choose the role of the rows that hold this value; until then they are rows with errors.</source>
        <translation>Wählen Sie die Rolle der Zeilen mit diesem Wert; bis dahin sind es fehlerhafte Zeilen.</translation>
    </message>
</context>
<context>
    <name>RoomingOptionsDialog</name>
    <message>
        <location filename="../../ui/documents/rooming.py" line="54"/>
        <source>Rooming list</source>
        <translation>Zimmerliste</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="60"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="62"/>
        <source>&amp;PDF (preview, print)</source>
        <translation>&amp;PDF (Vorschau, Drucken)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="63"/>
        <source>&amp;XLSX workbook (for the hotel)</source>
        <translation>&amp;XLSX-Arbeitsmappe (für das Hotel)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="74"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="77"/>
        <source>All hotels</source>
        <translation>Alle Hotels</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="81"/>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="87"/>
        <source>Only what the hotel needs: names with titles, rooms, arrival and departure, sharing and special requests.</source>
        <translation>Nur was das Hotel braucht: Namen mit Funktion, Zimmer, An- und Abreise, Zimmerteilung und besondere Wünsche.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="97"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>RoomingRun</name>
    <message>
        <location filename="../../ui/documents/rooming.py" line="169"/>
        <source>Save rooming list</source>
        <extracomment>Emitted with the written path. Asks where the workbook goes (title, suggested path, filter) -&gt; path or &quot;&quot;.</extracomment>
        <translation>Zimmerliste speichern</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="171"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="182"/>
        <source>Creating the rooming list…</source>
        <translation>Zimmerliste wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="202"/>
        <source>Rooming list saved to %1</source>
        <translation>Zimmerliste gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="204"/>
        <source>PDF ready</source>
        <translation>PDF fertig</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="214"/>
        <source>Rooms with more people than their type allows: %1</source>
        <translation>Zimmer mit mehr Personen, als die Zimmerart zulässt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="222"/>
        <source>The rooming list could not be created</source>
        <translation>Die Zimmerliste konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>SeatingSection</name>
    <message>
        <location filename="../../ui/delegations/seating.py" line="88"/>
        <source>Table %1, behind seat %2</source>
        <extracomment>The kinds of program items that can have a seating plan. The warnings about where people sit (the others are about the order of precedence).</extracomment>
        <translation>Tisch %1, hinter Platz %2</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="90"/>
        <source>Table %1, seat %2</source>
        <translation>Tisch %1, Platz %2</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="97"/>
        <source>Round</source>
        <translation>Rund</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="98"/>
        <source>Long, with head ends</source>
        <translation>Lang, mit Stirnseiten</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="99"/>
        <source>U-shape</source>
        <translation>U-Form</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="105"/>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="106"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="112"/>
        <source>Beside their principal</source>
        <translation>Neben der Person</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="115"/>
        <source>Behind their principal</source>
        <translation>Hinter der Person</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="127"/>
        <source>%1 interprets for %2 but sits neither beside nor behind them</source>
        <translation>%1 dolmetscht für %2, sitzt aber weder daneben noch dahinter</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="130"/>
        <source>%1 and %2 sit side by side, both of one side (alternation was asked for)</source>
        <translation>%1 und %2 sitzen nebeneinander und gehören zur selben Seite (abwechselnd war gewünscht)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="134"/>
        <source>%1 is seated twice</source>
        <translation>%1 ist zweimal platziert</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="135"/>
        <source>%1 is seated but does not attend</source>
        <translation>%1 hat einen Platz, nimmt aber nicht teil</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="138"/>
        <source>No seat for %1</source>
        <translation>Kein Platz für %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="139"/>
        <source>%1 has no rank: placed after everyone ranked</source>
        <translation>%1 hat keinen Rang: nach allen mit Rang platziert</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="142"/>
        <source>%1 and %2 rank equally; only their names decided the order</source>
        <translation>%1 und %2 sind ranggleich; nur der Name hat die Reihenfolge entschieden</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="154"/>
        <source>%1 have no rank: placed after everyone ranked</source>
        <translation>%1 haben keinen Rang: nach allen mit Rang platziert</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="384"/>
        <source>&amp;Meal or reception:</source>
        <extracomment>Whom the seat actions act on: a seat, or a guest of the unseated list.</extracomment>
        <translation>&amp;Essen oder Empfang:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="390"/>
        <location filename="../../ui/delegations/seating.py" line="994"/>
        <source>Place automatically</source>
        <translation>Automatisch platzieren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="394"/>
        <source>Seat everyone by the order of precedence; locked seats stay</source>
        <translation>Alle nach der protokollarischen Rangfolge platzieren; gesperrte Plätze bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="397"/>
        <source>Move to seat…</source>
        <translation>Auf Platz setzen…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="400"/>
        <location filename="../../ui/delegations/seating.py" line="886"/>
        <source>Lock seat</source>
        <translation>Platz sperren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="404"/>
        <source>Unseat</source>
        <translation>Platz freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="416"/>
        <location filename="../../ui/delegations/seating.py" line="467"/>
        <location filename="../../ui/delegations/seating.py" line="1076"/>
        <source>Alternate the two sides</source>
        <translation>Beide Seiten abwechseln</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="424"/>
        <source>&amp;Create seating plan</source>
        <translation>Tischordnung an&amp;legen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="429"/>
        <location filename="../../ui/delegations/seating.py" line="475"/>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="431"/>
        <location filename="../../ui/delegations/seating.py" line="477"/>
        <source>Interpreters:</source>
        <translation>Dolmetscher:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="432"/>
        <source>First table:</source>
        <translation>Erster Tisch:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="433"/>
        <source>Seats:</source>
        <translation>Plätze:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="454"/>
        <source>Seating plan</source>
        <translation>Tischordnung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="457"/>
        <source>Arrow keys choose a seat; Ctrl+M moves the guest, Ctrl+L locks, Ctrl+U unseats</source>
        <translation>Pfeiltasten wählen einen Platz; Strg+M setzt den Gast um, Strg+L sperrt, Strg+U gibt den Platz frei</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="473"/>
        <source>Plan</source>
        <translation>Tischordnung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="480"/>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="488"/>
        <location filename="../../ui/delegations/seating.py" line="1125"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="503"/>
        <source>Add &amp;table</source>
        <translation>&amp;Tisch hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="506"/>
        <source>&amp;Remove table</source>
        <translation>Tisch ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="584"/>
        <source>International: the guest of honour sits on the host&apos;s right, the second guest on the host&apos;s left. German: the guest of honour on the host&apos;s left.</source>
        <translation>International: Der Ehrengast sitzt rechts vom Gastgeber, der zweite Gast links. Deutsch: Der Ehrengast sitzt links vom Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="615"/>
        <source>Choose a visit.</source>
        <translation>Wählen Sie einen Besuch.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="664"/>
        <source>This visit has no meal or reception. Give a program item the kind Meal or Reception to plan its seating.</source>
        <translation>Dieser Besuch hat kein Essen und keinen Empfang. Geben Sie einem Programmpunkt die Art Essen oder Empfang, um seine Tischordnung zu planen.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="674"/>
        <source>“%1” has no seating plan yet.</source>
        <translation>„%1“ hat noch keine Tischordnung.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="717"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="718"/>
        <source>Home city</source>
        <translation>Gastgeberstadt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="719"/>
        <location filename="../../ui/delegations/seating.py" line="815"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="720"/>
        <location filename="../../ui/delegations/seating.py" line="817"/>
        <source>Guest of honour</source>
        <translation>Ehrengast</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="721"/>
        <location filename="../../ui/delegations/seating.py" line="819"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="731"/>
        <source>%1 · %2, %3 seats</source>
        <translation>%1 · %2, %3 Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="754"/>
        <source>Unseated: %1 (not enough seats)</source>
        <translation>Ohne Platz: %1 (zu wenige Plätze)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="756"/>
        <source>Unseated: %1</source>
        <translation>Ohne Platz: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="767"/>
        <source>Warnings: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="811"/>
        <location filename="../../ui/delegations/seating.py" line="1018"/>
        <source>(free)</source>
        <translation>(frei)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="886"/>
        <source>Unlock seat</source>
        <translation>Platz entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="909"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="958"/>
        <source>Swap %1 and %2</source>
        <translation>%1 und %2 tauschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="961"/>
        <source>Seat %1 at %2</source>
        <translation>%1 an %2 setzen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="971"/>
        <source>Unseat %1</source>
        <translation>Platz von %1 freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="985"/>
        <source>Lock %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="985"/>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1000"/>
        <source>Placed by the order of precedence; %1 without a seat: the tables have too few seats.</source>
        <translation>Nach der Rangfolge platziert; %1 ohne Platz: Die Tische haben zu wenige Plätze.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1004"/>
        <source>Placed by the order of precedence; everyone has a seat.</source>
        <translation>Nach der Rangfolge platziert; alle haben einen Platz.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1021"/>
        <source>Move %1 to seat</source>
        <translation>%1 auf Platz setzen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1061"/>
        <source>Create seating plan</source>
        <translation>Tischordnung anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1075"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1077"/>
        <source>Interpreters</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1080"/>
        <source>Change seating plan</source>
        <translation>Tischordnung ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1122"/>
        <source>A table needs a label, e.g. 1 or Ehrentisch.</source>
        <translation>Ein Tisch braucht eine Bezeichnung, z. B. 1 oder Ehrentisch.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1125"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1125"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1127"/>
        <source>Change table %1</source>
        <translation>Tisch %1 ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1157"/>
        <source>Add table %1</source>
        <translation>Tisch %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1173"/>
        <source>Remove table %1</source>
        <translation>Tisch %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1206"/>
        <source>Drop on a seat to seat or swap, on the unseated list to unseat; Esc cancels</source>
        <translation>Auf einem Platz ablegen: setzen oder tauschen; auf der Liste ohne Platz: Platz freigeben; Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1262"/>
        <source>Drag cancelled: nothing changed</source>
        <translation>Ziehen abgebrochen: nichts geändert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="364"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="370"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="372"/>
        <source>L&amp;etterhead</source>
        <translation>&amp;Briefkopf</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="375"/>
        <source>Home</source>
        <translation>Eigene Stadt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="379"/>
        <source>e.g. Leipzig</source>
        <translation>z. B. Leipzig</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="381"/>
        <source>The city shown for the home zone in the calendar and on documents</source>
        <translation>Die Stadt, die im Kalender und in Dokumenten für die eigene Zeitzone genannt wird</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="384"/>
        <source>Home &amp;city:</source>
        <translation>&amp;Heimatstadt:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="400"/>
        <source>City name per language:</source>
        <translation>Stadtname je Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="406"/>
        <source>Type part of a name, e.g. Berlin, and pick from the list.</source>
        <translation>Einen Teil des Namens eingeben, z. B. Berlin, und aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="410"/>
        <source>Home time &amp;zone:</source>
        <translation>&amp;Zeitzone der Heimatstadt:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="422"/>
        <source>The language of the texts this office writes: a new record&apos;s texts are its original in this language, translations are added beside them</source>
        <translation>Die Sprache, in der dieses Büro schreibt: Die Texte eines neuen Eintrags sind sein Original in dieser Sprache, Übersetzungen kommen daneben</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="426"/>
        <source>Language of new te&amp;xts:</source>
        <translation>Sprache neuer Te&amp;xte:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="429"/>
        <source>You</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="437"/>
        <source>How your changes are signed in the change history that colleagues see; empty: your login name</source>
        <translation>So werden Ihre Änderungen im Änderungsverlauf gezeichnet, den Ihre Kolleginnen und Kollegen sehen; leer: Ihr Anmeldename</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="441"/>
        <source>Your &amp;name in the history:</source>
        <translation>Ihr &amp;Name im Verlauf:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="444"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="450"/>
        <source>Language of the &amp;program:</source>
        <translation>Sprache des &amp;Programms:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="452"/>
        <source>A change of language takes effect when the program is next started.</source>
        <translation>Eine andere Sprache gilt ab dem nächsten Start des Programms.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="459"/>
        <source>Document language per partnership</source>
        <translation>Dokumentsprache je Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="467"/>
        <source>As last printed</source>
        <translation>Wie zuletzt gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="477"/>
        <source>No partnerships yet.</source>
        <translation>Noch keine Partnerschaften.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="484"/>
        <source>Gift &amp;rules…</source>
        <translation>Geschenk&amp;regeln…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="487"/>
        <source>Document &amp;font…</source>
        <translation>Dokument&amp;schrift…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="565"/>
        <source>Choose a time zone, e.g. Europe/Berlin.</source>
        <extracomment>The stored values the fields started from: a colleague&apos;s later change to one of them is not overwritten unseen. Whether OK changed the home city or zone (the calendar then rebuilds its zones).</extracomment>
        <translation>Wählen Sie eine Zeitzone, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="599"/>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="636"/>
        <source>Change letterhead</source>
        <translation>Briefkopf ändern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="654"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="657"/>
        <source>%1 changed this to “%2” at %3; yours (“%4”) was not saved.</source>
        <translation>%1 hat dies um %3 in „%2“ geändert; Ihre Eingabe („%4“) wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="668"/>
        <source>Enter the name of your city.</source>
        <translation>Geben Sie den Namen Ihrer Stadt ein.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="669"/>
        <source>The city name is too long.</source>
        <translation>Der Name der Stadt ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="671"/>
        <source>“%s” is not a time zone; pick one from the list.</source>
        <translation>„%s“ ist keine Zeitzone; wählen Sie eine aus der Liste.</translation>
    </message>
</context>
<context>
    <name>SkippedRowsDialog</name>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="350"/>
        <source>Rows skipped</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="363"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="368"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="376"/>
        <source>These rows had problems and were not imported; fix them and import them again:</source>
        <translation>Diese Zeilen hatten Probleme und wurden nicht importiert; korrigieren Sie sie und importieren Sie sie erneut:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="389"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="392"/>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="395"/>
        <source>Save the skipped rows</source>
        <translation>Übersprungene Zeilen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="396"/>
        <source>%s - skipped rows</source>
        <translation>%s - übersprungene Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="397"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="405"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="410"/>
        <source>Saved as %s.</source>
        <translation>Gespeichert als %s.</translation>
    </message>
</context>
<context>
    <name>StudioTimeline</name>
    <message>
        <location filename="../../ui/residencies/timeline.py" line="112"/>
        <source>Studio timeline</source>
        <extracomment>(residency id, days) — the user dragged a bar by that many days. A bar was double-clicked or Enter pressed on it. The selected bar changed (0: none).</extracomment>
        <translation>Atelierbelegung</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/timeline.py" line="114"/>
        <source>Left and Right select the previous or next residency; Enter opens it.</source>
        <translation>Links und Rechts wählen die vorige oder nächste Residenz; Eingabe öffnet sie.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/timeline.py" line="246"/>
        <source>No residencies in %s – %s</source>
        <translation>Keine Residenzen von %s bis %s</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/timeline.py" line="341"/>
        <source>Studio booked twice</source>
        <translation>Atelier doppelt belegt</translation>
    </message>
</context>
<context>
    <name>TheirsNote</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="271"/>
        <source>Use theirs</source>
        <extracomment>Asks a yes/no question; replaced in tests. (parent, title, text) -&gt; bool Room a title bar needs beside its text: the window icon and the minimise, maximise and close buttons. What a field with unsaved input does when the stored value changed under it (``merge_typing``): take the stored value, keep the typing quietly, or ask the user. Longest stored value quoted in full; longer ones end in &quot;…&quot;.</extracomment>
        <translation>Ihren Wert übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="273"/>
        <source>Show the stored value; your typing is dropped</source>
        <translation>Den gespeicherten Wert zeigen; Ihre Eingabe wird verworfen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="274"/>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="276"/>
        <source>Save your text over theirs (Ctrl+Z undoes it)</source>
        <translation>Ihren Text über den anderen speichern (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="296"/>
        <source>%1 changed this to “%2”</source>
        <translation>%1 hat dies geändert in „%2“</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="298"/>
        <source>This was changed meanwhile to “%1”</source>
        <translation>Dies wurde inzwischen geändert in „%1“</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="252"/>
        <source>Type a time, e.g. 10:30, 1030 or 10.30</source>
        <translation>Uhrzeit eingeben, z. B. 10:30, 1030 oder 10.30</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="266"/>
        <source>Enter a time, e.g. 10:30.</source>
        <translation>Bitte eine Uhrzeit eingeben, z. B. 10:30.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="267"/>
        <source>“%1” is not a time; type it like 10:30.</source>
        <translation>„%1“ ist keine Uhrzeit; bitte so eingeben: 10:30.</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <location filename="../../ui/widgets/translations.py" line="186"/>
        <source>Make original</source>
        <extracomment>The field the texts belong to: Tab goes from it through the open texts.</extracomment>
        <translation>Zum Original machen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="189"/>
        <source>Make this text the original; the others become its translations</source>
        <translation>Diesen Text zum Original machen; die anderen werden seine Übersetzungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="240"/>
        <source>%1 (original)</source>
        <translation>%1 (Original)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../../ui/widgets/translations.py" line="57"/>
        <source>German</source>
        <extracomment>Opens (and closes) the translations of the field that has the focus.</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="58"/>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="59"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="67"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="68"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="69"/>
        <source>Dress code</source>
        <translation>Kleiderordnung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="71"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="72"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="73"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="74"/>
        <source>Partner city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="75"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="76"/>
        <source>Circumstances</source>
        <translation>Umstände der Übergabe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="87"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="88"/>
        <source>Program item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="89"/>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="90"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="91"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="92"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="93"/>
        <source>Residency</source>
        <translation>Residenz</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="94"/>
        <source>Exhibition</source>
        <translation>Ausstellung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="107"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="117"/>
        <source>No %1 translation</source>
        <translation>Keine Übersetzung auf %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="121"/>
        <source>No %1 and %2 translation</source>
        <translation>Keine Übersetzung auf %1 und %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="329"/>
        <source>Other languages of %1</source>
        <translation>%1 in anderen Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="504"/>
        <source>Change %1</source>
        <extracomment>A translation or the original language was saved (field).</extracomment>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="529"/>
        <source>%1 has no %2 text yet: write it before making %2 the original.</source>
        <translation>%1: Der Text auf %2 fehlt noch. Erst ihn schreiben, dann %2 zum Original machen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="542"/>
        <source>Make %1 the original</source>
        <translation>%1 zum Original machen</translation>
    </message>
</context>
<context>
    <name>TransportOptionsDialog</name>
    <message>
        <location filename="../../ui/documents/transport.py" line="42"/>
        <source>Driver sheets</source>
        <translation>Fahrerblätter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="42"/>
        <source>Transport plan</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="45"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="45"/>
        <source>&amp;Language otherwise:</source>
        <translation>&amp;Sprache sonst:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="49"/>
        <source>Every vehicle</source>
        <translation>Alle Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="53"/>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Fahrzeug:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="56"/>
        <source>Each sheet is printed in its driver&apos;s language (de, en or ko).</source>
        <translation>Jedes Blatt wird in der Sprache seines Fahrers gedruckt (de, en oder ko).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="68"/>
        <source>This visit has no vehicles yet: add them in its Transport section.</source>
        <translation>Dieser Besuch hat noch keine Fahrzeuge: Legen Sie sie im Abschnitt Transport des Besuchs an.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="74"/>
        <source>&amp;Create PDF</source>
        <translation>&amp;PDF erstellen</translation>
    </message>
</context>
<context>
    <name>TransportRun</name>
    <message>
        <location filename="../../ui/documents/transport.py" line="145"/>
        <source>Creating PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="160"/>
        <source>PDF ready</source>
        <translation>PDF fertig</translation>
    </message>
</context>
<context>
    <name>TransportSection</name>
    <message>
        <location filename="../../ui/delegations/transport.py" line="50"/>
        <source>%vehicle has %seats seats but %people people are aboard on “%title”</source>
        <extracomment>What the rows of the transfer tree hold (Qt.UserRole): (&quot;vehicle&quot;, id) or (&quot;person&quot;, id). ``services.transport.PROBLEM_SENTENCES`` as the interface translates them.</extracomment>
        <translation>%vehicle hat %seats Plätze, aber %people Personen fahren bei „%title“ mit</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="54"/>
        <source>%vehicle has seats 1 to %seats, not %seat (%names)</source>
        <translation>%vehicle hat die Plätze 1 bis %seats, nicht %seat (%names)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="57"/>
        <source>Seat %seat of %vehicle is given twice on “%title”: %names</source>
        <translation>Platz %seat in %vehicle ist bei „%title“ doppelt vergeben: %names</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="60"/>
        <source>%names is in two vehicles on “%title”: %vehicles</source>
        <translation>%names sitzt bei „%title“ in zwei Fahrzeugen: %vehicles</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="63"/>
        <source>%names is in vehicles of two transfers at the same time: “%other” and “%title”</source>
        <translation>%names sitzt zur selben Zeit in Fahrzeugen zweier Transfers: „%other“ und „%title“</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="67"/>
        <source>Without a seat on “%title”: %names</source>
        <translation>Ohne Platz bei „%title“: %names</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="68"/>
        <source>Aboard on “%title” without attending it: %names</source>
        <translation>Bei „%title“ im Fahrzeug, ohne teilzunehmen: %names</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="71"/>
        <source>%names: the interpreter does not ride with the head on “%title”</source>
        <translation>%names: Die Dolmetschung fährt bei „%title“ nicht mit der Delegationsleitung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="74"/>
        <source>%vehicle is on two transfers at the same time: “%other” and “%title”</source>
        <translation>%vehicle ist zur selben Zeit für zwei Transfers eingeteilt: „%other“ und „%title“</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="151"/>
        <source>Add vehicle</source>
        <translation>Fahrzeug hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="152"/>
        <source>Delete vehicle</source>
        <translation>Fahrzeug löschen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="153"/>
        <source>Change vehicle</source>
        <translation>Fahrzeug ändern</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="158"/>
        <source>Car</source>
        <translation>Pkw</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="159"/>
        <source>Van</source>
        <translation>Kleinbus</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="160"/>
        <source>Minibus</source>
        <translation>Minibus</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="161"/>
        <source>Bus</source>
        <translation>Reisebus</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="167"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="168"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="169"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="170"/>
        <source>Driver</source>
        <translation>Fahrer/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="171"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="172"/>
        <source>Plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="176"/>
        <source>&amp;Label</source>
        <translation>Bezei&amp;chnung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="177"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="178"/>
        <source>Se&amp;ats</source>
        <translation>&amp;Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="179"/>
        <source>D&amp;river</source>
        <translation>&amp;Fahrer/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="180"/>
        <source>Driver&apos;s &amp;phone</source>
        <translation>&amp;Telefon Fahrer/in</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="181"/>
        <source>Driver&apos;s lan&amp;guage (de, en, ko)</source>
        <translation>&amp;Sprache Fahrer/in (de, en, ko)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="182"/>
        <source>Num&amp;ber plate</source>
        <translation>&amp;Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="183"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="184"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="190"/>
        <source>Vehicle %1</source>
        <translation>Fahrzeug %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="202"/>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="207"/>
        <source>&amp;Transfer:</source>
        <translation>T&amp;ransfer:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="215"/>
        <source>Vehicle / passenger</source>
        <translation>Fahrzeug / Fahrgast</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="215"/>
        <source>Seat</source>
        <comment>seat number column</comment>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="465"/>
        <source>%1 people already have a seat on “%2”. Seat everyone again in the order of precedence? Seats given by hand are replaced (Undo brings them back).</source>
        <translation>%1 Personen haben bei „%2“ schon einen Platz. Alle neu in der Rangfolge einteilen? Von Hand vergebene Plätze werden ersetzt (Rückgängig stellt sie wieder her).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="492"/>
        <source>Seat</source>
        <translation>Einteilen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="225"/>
        <source>&amp;Use selected vehicle</source>
        <translation>Gewähltes Fahrzeug &amp;einsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="226"/>
        <source>Put the vehicle selected above on this transfer</source>
        <translation>Das oben gewählte Fahrzeug für diesen Transfer einsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="228"/>
        <source>Take vehi&amp;cle off</source>
        <translation>Fahrzeug ab&amp;ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="230"/>
        <source>Seat ever&amp;yone automatically</source>
        <translation>A&amp;lle automatisch einteilen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="233"/>
        <source>Everyone attending, in the order of precedence, vehicle after vehicle; the head of delegation with the interpreter (Ctrl+Shift+E)</source>
        <translation>Alle Teilnehmenden nach der Rangfolge, Fahrzeug für Fahrzeug; die Delegationsleitung mit der Dolmetschung (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="245"/>
        <source>any seat</source>
        <extracomment>Asks (title, text) before seats already given are replaced (tests answer it).</extracomment>
        <translation>beliebiger Platz</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="246"/>
        <source>&amp;Seat</source>
        <translation>Ei&amp;nteilen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="247"/>
        <source>Seat the selected person in the chosen vehicle</source>
        <translation>Die gewählte Person in das gewählte Fahrzeug einteilen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="249"/>
        <source>U&amp;nseat</source>
        <translation>Herausneh&amp;men</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="283"/>
        <source>Seat &amp;in:</source>
        <translation>E&amp;inteilen in:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="335"/>
        <source>This visit has no transfers; add program items of kind Transfer.</source>
        <translation>Dieser Besuch hat keine Transfers; legen Sie Programmpunkte der Art Transfer an.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="342"/>
        <source>(start not set)</source>
        <translation>(Abfahrtsort fehlt)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="343"/>
        <source>(destination not set)</source>
        <translation>(Ziel fehlt)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="350"/>
        <source>%1 (%2 of %3 seats)</source>
        <translation>%1 (%2 von %3 Plätzen)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="373"/>
        <source>Without a seat (%1)</source>
        <translation>Ohne Platz (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="393"/>
        <source>✓ The transport plan has no problems.</source>
        <translation>✓ Der Transportplan ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="444"/>
        <source>Use vehicle on transfer</source>
        <translation>Fahrzeug für Transfer einsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="453"/>
        <source>Take vehicle off transfer</source>
        <translation>Fahrzeug vom Transfer abziehen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="463"/>
        <location filename="../../ui/delegations/transport.py" line="473"/>
        <source>Seat everyone automatically</source>
        <translation>Alle automatisch einteilen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="479"/>
        <source>%1 found no seat: add a vehicle or seats.</source>
        <translation>%1 ohne Platz: Fahrzeug oder Plätze ergänzen.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="501"/>
        <source>Unseat</source>
        <translation>Herausnehmen</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="44"/>
        <source>Show the visits of one partnership</source>
        <translation>Besuche einer Partnerschaft anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="47"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="54"/>
        <source>Search title, partner city, notes…</source>
        <translation>Titel, Partnerstadt, Notizen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="119"/>
        <source>All partnerships</source>
        <translation>Alle Partnerschaften</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="130"/>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="23"/>
        <source>Title</source>
        <extracomment>(sort key in the service, header)</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="24"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="25"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="26"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="27"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>WeekEditing</name>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="211"/>
        <source>Drag to move, drag the lower edge to change the length; Alt+↑/↓: 15 minutes, Alt+Shift+↑/↓: length, Alt+←/→: a day</source>
        <extracomment>The step of every drag and key: a quarter of an hour. How close (pixels) to an item&apos;s lower edge the pointer changes the item&apos;s length. True once the pointer moved farther than the drag distance (a click is no drag). The conflicts the item would have at ``start``..``end`` (moves and resizes). The program item the keys act on (chosen by a click): its id. Where a drag that creates an item opens its dialog (tests look at it). After a key moved the selected item: scroll to it when the view is redrawn. Replaced in tests: reads the conflicts of a trial time.</extracomment>
        <translation>Zum Verschieben ziehen, zum Ändern der Dauer die Unterkante ziehen; Alt+↑/↓: 15 Minuten, Alt+Umschalt+↑/↓: Dauer, Alt+←/→: ein Tag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="299"/>
        <source>Drag cancelled: nothing changed</source>
        <translation>Ziehen abgebrochen: nichts geändert</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="343"/>
        <source>Click a program item first; then Alt and the arrow keys move it</source>
        <translation>Klicken Sie zuerst auf einen Programmpunkt; dann verschieben ihn Alt und die Pfeiltasten</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="375"/>
        <source>Change the length of “%s”</source>
        <translation>Dauer von „%s“ ändern</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="377"/>
        <source>Move “%s”</source>
        <translation>„%s“ verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="387"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="387"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="392"/>
        <source>Not changed: %s</source>
        <translation>Nicht geändert: %s</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="516"/>
        <source>New program item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="21"/>
        <source>&lt;h1&gt;Welcome to Exchange Planner&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Exchange Planner&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="24"/>
        <source>Plan official visits, artist residencies and exhibitions with your partner cities, and print itineraries and gift protocols.&lt;br&gt;&lt;br&gt;This database is still empty. Start with one of these:</source>
        <translation>Planen Sie offizielle Besuche, Künstlerresidenzen und Ausstellungen mit Ihren Partnerstädten und drucken Sie Besuchsprogramme und Geschenkprotokolle.&lt;br&gt;&lt;br&gt;Diese Datenbank ist noch leer. Beginnen Sie mit einer dieser Möglichkeiten:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="37"/>
        <source>Explore the Leipzig–Gwangju sample</source>
        <translation>Beispiel Leipzig–Gwangju erkunden</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="40"/>
        <source>Opens a temporary copy of the sample; your database stays as it is.</source>
        <translation>Öffnet eine temporäre Kopie des Beispiels; Ihre Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="43"/>
        <source>Start planning: add a partnership</source>
        <translation>Mit der Planung beginnen: Partnerschaft anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="46"/>
        <source>Opens the directory, where partner cities, people and venues live.</source>
        <translation>Öffnet das Verzeichnis mit Partnerstädten, Personen und Veranstaltungsorten.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="49"/>
        <source>Import an exchange file (JSON)…</source>
        <translation>Austauschdatei importieren (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="52"/>
        <source>Reads a file written by “Export”, all or nothing.</source>
        <translation>Liest eine mit „Exportieren“ geschriebene Datei – vollständig oder gar nicht.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/wording.py" line="92"/>
        <source>“%1” (%2)</source>
        <extracomment>Currencies whose amounts have no minor unit worth showing. The quoted title of a place (&quot;„%1“&quot;, &quot;#%1&quot;), left out where only the place is named.</extracomment>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="111"/>
        <source>%1 and %2 others are expected at two places at once: %3 and %4 overlap</source>
        <translation>%1 und %2 weitere werden gleichzeitig an zwei Orten erwartet: %3 und %4 überschneiden sich</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="122"/>
        <source>%1 are expected at two places at once: %2 and %3 overlap</source>
        <translation>%1 werden gleichzeitig an zwei Orten erwartet: %2 und %3 überschneiden sich</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="130"/>
        <source>%1 is expected at two places at once: %2 and %3 overlap</source>
        <translation>%1 wird gleichzeitig an zwei Orten erwartet: %2 und %3 überschneiden sich</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="145"/>
        <source>“%1” on %2 lies outside the dates of “%3” (%4)</source>
        <translation>„%1“ am %2 liegt außerhalb der Tage von „%3“ (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="154"/>
        <source>the partner</source>
        <translation>den Partner</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="157"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="161"/>
        <source>“%1” by %2: a similar gift “%3” was already given to %4 on %5 during “%6”</source>
        <translation>„%1“ von %2: Ein ähnliches Geschenk, „%3“, wurde bereits am %5 während „%6“ an %4 überreicht</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="167"/>
        <source>“%1” by %2: a similar gift “%3” was already given to %4 on %5</source>
        <translation>„%1“ von %2: Ein ähnliches Geschenk, „%3“, wurde bereits am %5 an %4 überreicht</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="172"/>
        <source>“%1” by %2: a similar gift “%3” was already given to %4 during “%5”</source>
        <translation>„%1“ von %2: Ein ähnliches Geschenk, „%3“, wurde bereits während „%5“ an %4 überreicht</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="177"/>
        <source>“%1” by %2: a similar gift “%3” was already given to %4 at an earlier visit</source>
        <translation>„%1“ von %2: Ein ähnliches Geschenk, „%3“, wurde bereits bei einem früheren Besuch an %4 überreicht</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="189"/>
        <source>%1 reaches the reporting threshold of %2 for the recipient&apos;s office</source>
        <translation>%1 erreicht die Meldegrenze von %2 für das Amt des Empfängers</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="203"/>
        <source>“%1” for %2: %3</source>
        <translation>„%1“ für %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="208"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="217"/>
        <source>%1 and %2 others</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="223"/>
        <source>Interpreter %1 is booked for two overlapping items: %2 and %3</source>
        <translation>Dolmetscher/in %1 ist für zwei sich überschneidende Programmpunkte eingeplant: %2 und %3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="237"/>
        <source>%1 starts before the arrival of %2 (%3)</source>
        <translation>%1 beginnt vor der Ankunft von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="239"/>
        <source>%1 ends after the departure of %2 (%3)</source>
        <translation>%1 endet nach der Abreise von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="243"/>
        <source>%1 starts before the arrival of %2</source>
        <translation>%1 beginnt vor der Ankunft von %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="245"/>
        <source>%1 ends after the departure of %2</source>
        <translation>%1 endet nach der Abreise von %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="253"/>
        <source>%1 has no venue</source>
        <translation>%1: Ort fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="255"/>
        <source>%1 has no host</source>
        <translation>%1: Gastgeber/in fehlt</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="257"/>
        <source>%1 has neither a venue nor a host</source>
        <translation>%1: Ort und Gastgeber/in fehlen</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="263"/>
        <source>confirmed</source>
        <extracomment>The statuses from which arrivals are expected, as a sentence names them.</extracomment>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="264"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="270"/>
        <source>No arrival time for %1, though “%2” is %3</source>
        <translation>Keine Ankunftszeit für %1, obwohl „%2“ %3 ist</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="274"/>
        <source>No departure time for %1, though “%2” is %3</source>
        <translation>Keine Abreisezeit für %1, obwohl „%2“ %3 ist</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="278"/>
        <source>No arrival or departure time for %1, though “%2” is %3</source>
        <translation>Keine Ankunfts- oder Abreisezeit für %1, obwohl „%2“ %3 ist</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="292"/>
        <source>vegetarian</source>
        <extracomment>The dietary requirement codes within a sentence (``domain.conflicts.requirement_words``).</extracomment>
        <translation>vegetarisch</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="293"/>
        <source>vegan</source>
        <translation>vegan</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="294"/>
        <source>no pork</source>
        <translation>kein Schweinefleisch</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="295"/>
        <source>halal</source>
        <translation>halal</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="296"/>
        <source>kosher</source>
        <translation>koscher</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="297"/>
        <source>no alcohol</source>
        <translation>kein Alkohol</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="298"/>
        <source>gluten-free</source>
        <translation>glutenfrei</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="299"/>
        <source>lactose-free</source>
        <translation>laktosefrei</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="300"/>
        <source>nut allergy</source>
        <translation>Nussallergie</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="301"/>
        <source>seafood allergy</source>
        <translation>Allergie gegen Meeresfrüchte</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="302"/>
        <source>diabetic</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="303"/>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="316"/>
        <source>%1 has a dietary note (“%2”) but attends no meal or reception of “%3”</source>
        <translation>%1 hat einen Ernährungshinweis („%2“), nimmt aber an keinem Essen und keinem Empfang von „%3“ teil</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="333"/>
        <source>%1 is booked twice: %2 and %3 overlap</source>
        <translation>%1 ist doppelt belegt: %2 und %3 überschneiden sich</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="359"/>
        <source>%1 (the other item belongs to “%2”)</source>
        <translation>%1 (der andere Programmpunkt gehört zu „%2“)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="386"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="387"/>
        <source>must be zero or more</source>
        <translation>muss null oder größer sein</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="388"/>
        <source>is implausibly large</source>
        <translation>ist unplausibel groß</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="389"/>
        <source>an exchange rate must be more than zero</source>
        <translation>ein Wechselkurs muss größer als null sein</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="390"/>
        <source>must be a date and time with a time zone</source>
        <translation>muss ein Datum mit Uhrzeit und Zeitzone sein</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="391"/>
        <source>must name a time zone such as Europe/Berlin</source>
        <translation>muss eine Zeitzone wie Europe/Berlin nennen</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="392"/>
        <source>must be a whole number, zero or more</source>
        <translation>muss eine ganze Zahl von null an sein</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="393"/>
        <source>choose a person</source>
        <translation>eine Person auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="394"/>
        <source>choose who signed</source>
        <translation>auswählen, wer unterschrieben hat</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="395"/>
        <source>departs before arriving</source>
        <translation>die Abreise liegt vor der Ankunft</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="396"/>
        <source>a residency cannot answer itself</source>
        <translation>eine Residenz kann nicht ihr eigenes Gegenstück sein</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="397"/>
        <source>the counterpart belongs to another partnership</source>
        <translation>das Gegenstück gehört zu einer anderen Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="400"/>
        <source>the counterpart must go the other way (incoming/outgoing)</source>
        <translation>das Gegenstück muss in die andere Richtung gehen (eingehend/ausgehend)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="403"/>
        <source>the counterpart is cancelled</source>
        <translation>das Gegenstück ist abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="404"/>
        <source>the counterpart links form a loop</source>
        <translation>die Verknüpfungen der Gegenstücke bilden einen Kreis</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="406"/>
        <source>a limit must be more than zero</source>
        <translation>eine Grenze muss größer als null sein</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="407"/>
        <source>must be a tier from 1 to 9 (1: the lowest limit)</source>
        <translation>muss eine Stufe von 1 bis 9 sein (1: die niedrigste Grenze)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="410"/>
        <source>there is already a rate of this currency on this day</source>
        <translation>für diese Währung gibt es an diesem Tag schon einen Kurs</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="413"/>
        <source>EUR needs no rate</source>
        <translation>EUR braucht keinen Kurs</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="414"/>
        <source>must be a code without spaces, e.g. DE-SN-KOMMUNAL</source>
        <translation>muss ein Kürzel ohne Leerzeichen sein, z. B. DE-SN-KOMMUNAL</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="421"/>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="422"/>
        <source>“%1” is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="423"/>
        <source>“%1” is not a three-letter currency code like EUR</source>
        <translation>„%1“ ist kein dreibuchstabiger Währungscode wie EUR</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="426"/>
        <source>“%1” is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="427"/>
        <source>“%1” is not a date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="428"/>
        <source>“%1” is not a known time zone</source>
        <translation>„%1“ ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="429"/>
        <source>“%1” is not one of the choices</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="430"/>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="436"/>
        <source>is %1 characters long; at most %2</source>
        <translation>ist %1 Zeichen lang; höchstens %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="445"/>
        <source>the rank equivalences would contradict the order of the rank tables (ranks concerned: %1)</source>
        <translation>die Gleichrangigkeiten widersprächen der Reihenfolge der Rangtabellen (betroffene Ränge: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="457"/>
        <source>say why %1 is placed at %2 instead of the computed place (the reason is shown in the order of precedence)</source>
        <translation>bitte begründen, warum %1 auf Platz %2 statt auf dem berechneten Platz steht (die Begründung steht in der Rangfolge)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="471"/>
        <source>the cue “%1” would lie outside the item&apos;s day (%2); move or delete it first</source>
        <translation>das Stichwort „%1“ läge außerhalb des Tages des Programmpunkts (%2); verschieben oder löschen Sie es zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="480"/>
        <source>room %1 would hold %2 people; a room of this type takes %3</source>
        <translation>Zimmer %1 wäre mit %2 Personen belegt; ein Zimmer dieser Art fasst %3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="489"/>
        <source>there is no venue #%1 to stay at</source>
        <translation>es gibt keinen Veranstaltungsort #%1 als Unterkunft</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="494"/>
        <source>a vehicle has 1 to 80 passenger seats, not %1</source>
        <translation>ein Fahrzeug hat 1 bis 80 Sitzplätze, nicht %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="499"/>
        <source>too few seats: %1 people ride in it on “%2”</source>
        <translation>zu wenige Sitzplätze: bei „%2“ fahren %1 Personen darin mit</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="504"/>
        <source>is not a language code (for example de, en, ko)</source>
        <translation>ist kein Sprachcode (zum Beispiel de, en, ko)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="509"/>
        <source>place %1 is outside the order of precedence: places 1 to %2</source>
        <translation>Platz %1 liegt außerhalb der Rangfolge: Plätze 1 bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="519"/>
        <source>ends before it starts</source>
        <translation>endet, bevor es beginnt</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="521"/>
        <source>ends on %1, before it starts on %2</source>
        <translation>endet am %1, vor dem Beginn am %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="527"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1 liegt außerhalb von %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="534"/>
        <source>%1 is not a plausible year</source>
        <translation>%1 ist kein plausibles Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="539"/>
        <source>contains the control character %1 (character %2); only tab and line breaks are allowed</source>
        <translation>enthält das Steuerzeichen %1 (Zeichen %2); erlaubt sind nur Tabulator und Zeilenumbrüche</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="549"/>
        <source>contains the lone surrogate %1 (character %2), half of a UTF-16 pair that is not a character</source>
        <translation>enthält das einzelne Ersatzzeichen %1 (Zeichen %2), die Hälfte eines UTF-16-Paars und kein Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="559"/>
        <source>“%1” already answers another residency</source>
        <translation>„%1“ ist bereits das Gegenstück einer anderen Residenz</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="564"/>
        <source>“%1” is already answered by residency #%2</source>
        <translation>„%1“ hat bereits Residenz #%2 als Gegenstück</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="574"/>
        <source>head of delegation of visit “%1”</source>
        <extracomment>What a record is at the place that refers to it, keyed by (table, column) of that place.</extracomment>
        <translation>Delegationsleitung des Besuchs „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="575"/>
        <source>hotel of visit “%1”</source>
        <translation>Hotel des Besuchs „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="576"/>
        <source>partnership of visit “%1”</source>
        <translation>Partnerschaft des Besuchs „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="577"/>
        <source>member of visit “%1”</source>
        <translation>Mitglied des Besuchs „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="578"/>
        <source>host of program item “%1”</source>
        <translation>Gastgeber/in des Programmpunkts „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="579"/>
        <source>venue of program item “%1”</source>
        <translation>Veranstaltungsort des Programmpunkts „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="580"/>
        <source>attendee of program item “%1”</source>
        <translation>Teilnehmer/in des Programmpunkts „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="583"/>
        <source>giver of gift “%1”</source>
        <translation>Überreichende/r des Geschenks „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="584"/>
        <source>recipient of gift “%1”</source>
        <translation>Empfänger/in des Geschenks „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="585"/>
        <source>signer of guestbook entry #%1</source>
        <translation>Unterzeichner/in des Gästebucheintrags #%1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="586"/>
        <source>artist of residency “%1”</source>
        <translation>Künstler/in der Residenz „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="587"/>
        <source>studio of residency “%1”</source>
        <translation>Atelier der Residenz „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="588"/>
        <source>partnership of residency “%1”</source>
        <translation>Partnerschaft der Residenz „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="589"/>
        <source>curator of exhibition “%1”</source>
        <translation>Kurator/in der Ausstellung „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="590"/>
        <source>venue of exhibition “%1”</source>
        <translation>Veranstaltungsort der Ausstellung „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="591"/>
        <source>partnership of exhibition “%1”</source>
        <translation>Partnerschaft der Ausstellung „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="594"/>
        <source>artist of exhibition “%1”</source>
        <translation>Künstler/in der Ausstellung „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="595"/>
        <source>rank of “%1”</source>
        <translation>Rang von „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="596"/>
        <source>host of visit “%1”</source>
        <translation>Gastgeber des Besuchs „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="597"/>
        <source>seated at “%1”</source>
        <translation>Platz bei „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="598"/>
        <source>passenger of transfer “%1”</source>
        <translation>Fahrgast des Transfers „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="599"/>
        <source>start of program item “%1”</source>
        <translation>Abfahrtsort des Programmpunkts „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="600"/>
        <source>hotel of a member of visit “%1”</source>
        <translation>Hotel eines Mitglieds des Besuchs „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="610"/>
        <source>%1: more</source>
        <translation>%1: weitere</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="616"/>
        <source>%1, table %2, seat %3</source>
        <translation>%1, Tisch %2, Platz %3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="626"/>
        <source>“%1” cannot be deleted while still used as: %2</source>
        <translation>„%1“ kann nicht gelöscht werden, solange es noch verwendet wird als: %2</translation>
    </message>
</context>
</TS>
