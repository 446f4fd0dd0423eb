<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BalanceView</name>
    <message numerus="yes">
        <location filename="../../ui/residencies/balance.py" line="283"/>
        <source>(%n proposed)</source>
        <translation>
            <numerusform>(%n proposed)</numerusform>
            <numerusform>(%n proposed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message numerus="yes">
        <location filename="../../ui/calendar/tab.py" line="603"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingSection</name>
    <message numerus="yes">
        <location filename="../../ui/delegations/missing.py" line="117"/>
        <source>A print in %1 shows the original of %n text(s):</source>
        <translation>
            <numerusform>A print in %1 shows the original of %n text:</numerusform>
            <numerusform>A print in %1 shows the original of %n texts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="94"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
