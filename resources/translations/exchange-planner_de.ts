<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../src/exchange_planner/ui/calendar/tab.py" line="22"/>
        <source>Starts (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/calendar/tab.py" line="24"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/calendar/tab.py" line="32"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <location filename="../../src/exchange_planner/ui/delegations/tab.py" line="21"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/delegations/tab.py" line="22"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/delegations/tab.py" line="23"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/delegations/tab.py" line="24"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/delegations/tab.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/delegations/tab.py" line="33"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="23"/>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="24"/>
        <source>Own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="25"/>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="35"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="26"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="27"/>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="43"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="32"/>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="40"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="33"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="34"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="41"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="42"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="46"/>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="47"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="48"/>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/directory/tab.py" line="53"/>
        <source>People &amp;&amp; Venues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExhibitionsTab</name>
    <message>
        <location filename="../../src/exchange_planner/ui/exhibitions/tab.py" line="21"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/exhibitions/tab.py" line="22"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/exhibitions/tab.py" line="23"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/exhibitions/tab.py" line="31"/>
        <source>Exhibitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="92"/>
        <source>&amp;File</source>
        <extracomment>The record last selected per kind (e.g. {&quot;visit&quot;: 3}); actions on &quot;the current visit&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="95"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="103"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="109"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="112"/>
        <source>Open the &amp;sample (temporary copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="117"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="121"/>
        <source>&amp;Import exchange file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="124"/>
        <source>&amp;Export exchange file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="132"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="133"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="136"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="143"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="145"/>
        <source>&amp;About Exchange Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="178"/>
        <source>Sample (temporary copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="199"/>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="202"/>
        <source>Opened %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="208"/>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="217"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="210"/>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="229"/>
        <source>Exchange Planner databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="218"/>
        <source>%s already exists. Use Open to work with it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="227"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="251"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="256"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="257"/>
        <source>This database is not a local file; back it up with the server&apos;s tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="260"/>
        <source>Backup written to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="288"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="312"/>
        <source>Cannot show %s #%d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="318"/>
        <source>About Exchange Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/main_window.py" line="320"/>
        <source>&lt;h3&gt;Exchange Planner %s&lt;/h3&gt;&lt;p&gt;Plans the official visits, artist residencies and exhibitions of a city&apos;s international partnerships, and prints itineraries and gift protocols.&lt;/p&gt;&lt;p&gt;Database: %s&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/exchange_planner/ui/widgets/record_list.py" line="44"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidenciesTab</name>
    <message>
        <location filename="../../src/exchange_planner/ui/residencies/tab.py" line="21"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/residencies/tab.py" line="22"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/residencies/tab.py" line="23"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/residencies/tab.py" line="24"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/residencies/tab.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/residencies/tab.py" line="33"/>
        <source>Residencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/exchange_planner/ui/welcome.py" line="20"/>
        <source>&lt;h1&gt;Welcome to Exchange Planner&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/welcome.py" line="23"/>
        <source>Plan official visits, artist residencies and exhibitions with your partner cities, and print itineraries and gift protocols.&lt;br&gt;&lt;br&gt;This database is still empty. Start with one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/welcome.py" line="35"/>
        <source>Explore the Leipzig–Gwangju sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/welcome.py" line="38"/>
        <source>Opens a temporary copy of the sample; your database stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/welcome.py" line="41"/>
        <source>Start planning: add a partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/welcome.py" line="44"/>
        <source>Opens the directory, where partner cities, people and venues live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/welcome.py" line="47"/>
        <source>Import an exchange file (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/welcome.py" line="50"/>
        <source>Reads a file written by “Export”, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/exchange_planner/ui/interchange.py" line="20"/>
        <source>Export exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/interchange.py" line="27"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/interchange.py" line="29"/>
        <source>Exported to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/interchange.py" line="38"/>
        <source>Import exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/interchange.py" line="47"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/interchange.py" line="48"/>
        <source>Nothing was imported.

%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/interchange.py" line="52"/>
        <source>Imported %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/exchange_planner/ui/interchange.py" line="52"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
