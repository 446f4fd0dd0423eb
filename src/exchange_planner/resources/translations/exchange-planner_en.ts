<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BalanceView</name>
    <message numerus="yes">
        <location filename="../../ui/residencies/balance.py" line="385"/>
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
        <location filename="../../ui/calendar/tab.py" line="632"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/delegations/member_import_dialog.py" line="865"/>
        <source>%n value(s) not mapped to a role; their rows are rows with errors.</source>
        <translation>
            <numerusform>%n value not mapped to a role; its rows are rows with errors.</numerusform>
            <numerusform>%n values not mapped to a role; their rows are rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/delegations/member_import_dialog.py" line="958"/>
        <source>%1: %n row(s) skipped, not imported</source>
        <translation>
            <numerusform>%1: %n row skipped, not imported</numerusform>
            <numerusform>%1: %n rows skipped, not imported</numerusform>
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
        <location filename="../../ui/documents/preview.py" line="101"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <location filename="../../ui/privacy_dialog.py" line="219"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy_dialog.py" line="222"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
