<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="159"/>
        <source>About Exchange Planner</source>
        <extracomment>The licence file in the distribution&apos;s metadata: ``.dist-info/licenses/LICENSE`` (core metadata 2.4; pyproject&apos;s ``license-files``), in a wheel, an editable install and the frozen build (which copies the metadata). Reads the licence text (for the bundled fonts); None: no text shipped here.</extracomment>
        <translation>Exchange Planner 정보</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="171"/>
        <source>Plans the official visits, artist residencies and exhibitions of a city&apos;s international partnerships, and prints itineraries and gift protocols.</source>
        <translation>도시의 국제 파트너십에 따른 공식 방문, 예술가 레지던시, 전시를 계획하고 일정표와 선물 기록부를 인쇄합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="182"/>
        <source>Free software under the GNU General Public License, version 3 or later (%1).</source>
        <translation>GNU 일반 공중 사용 허가서 버전 3 이상(%1)에 따른 자유 소프트웨어입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="188"/>
        <source>Show &amp;licence</source>
        <translation>라이선스 보기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="194"/>
        <location filename="../../ui/about.py" line="270"/>
        <source>Built with</source>
        <translation>사용한 구성 요소</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="205"/>
        <location filename="../../ui/about.py" line="273"/>
        <source>Fonts shipped with the program:</source>
        <translation>함께 제공되는 글꼴:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="212"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="213"/>
        <location filename="../../ui/about.py" line="304"/>
        <source>Licence of %1</source>
        <translation>%1 라이선스</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="219"/>
        <source>System: %1</source>
        <translation>시스템: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="225"/>
        <location filename="../../ui/about.py" line="275"/>
        <source>Where things are kept</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="228"/>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="229"/>
        <source>Settings file:</source>
        <translation>설정 파일:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="230"/>
        <source>Log folder:</source>
        <translation>로그 폴더:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="231"/>
        <source>Current database:</source>
        <translation>현재 데이터베이스:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="245"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="247"/>
        <source>Copy all of this as text, for a support request</source>
        <translation>지원 요청용으로 이 내용을 모두 텍스트로 복사합니다</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="250"/>
        <source>Open lo&amp;g folder</source>
        <translation>로그 폴더 열기(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="287"/>
        <source>The licence text is not included in this installation. Exchange Planner is free software under the GNU General Public License, version 3 or later; read it at %1</source>
        <translation>이 설치본에는 라이선스 전문이 포함되어 있지 않습니다. Exchange Planner는 GNU 일반 공중 사용 허가서 버전 3 이상에 따른 자유 소프트웨어입니다. 전문은 %1에서 볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="291"/>
        <source>GNU General Public License</source>
        <translation>GNU 일반 공중 사용 허가서</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="301"/>
        <source>The licence text of %1 is not included in this installation.</source>
        <translation>이 설치본에는 %1 라이선스 전문이 포함되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../ui/residencies/balance.py" line="83"/>
        <source>Exchanges per year</source>
        <extracomment>(attribute, colour) of the bars per year: out/in pairs for residencies, visits, gifts. What an empty cell of figures shows. Figures are right-aligned, so that their places line up. The bar in keyboard focus: (year, series attribute).</extracomment>
        <translation>연도별 교류</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="84"/>
        <source>Left and Right move from bar to bar.</source>
        <translation>왼쪽·오른쪽 화살표로 막대 사이를 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="88"/>
        <source>Residencies sent</source>
        <translation>파견 레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="89"/>
        <source>Residencies received</source>
        <translation>초청 레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="90"/>
        <source>Visits made</source>
        <translation>파견 방문</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="91"/>
        <source>Visits hosted</source>
        <translation>초청 방문</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="92"/>
        <source>Gifts given</source>
        <translation>증정한 선물</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="93"/>
        <source>Gifts received</source>
        <translation>받은 선물</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="144"/>
        <source>%1 %2: %3</source>
        <translation>%2년 %1: %3</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="199"/>
        <source>No exchanges recorded</source>
        <translation>기록된 교류가 없습니다</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../ui/residencies/balance.py" line="257"/>
        <source>&amp;Partnership:</source>
        <extracomment>Open a record (kind, id) from the open exchanges list. Print the ledger of this partnership id to PDF.</extracomment>
        <translation>파트너십(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="259"/>
        <source>P&amp;rint balance (PDF)…</source>
        <translation>교류 균형 인쇄 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="276"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="276"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="278"/>
        <source>Residencies sent</source>
        <translation>파견 레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="283"/>
        <source>Residencies received</source>
        <translation>초청 레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="289"/>
        <source>Visits hosted</source>
        <translation>초청 방문</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="290"/>
        <source>Visits made</source>
        <translation>파견 방문</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="291"/>
        <source>Gifts given</source>
        <translation>증정한 선물</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="292"/>
        <source>Gifts received</source>
        <translation>받은 선물</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="293"/>
        <source>Value given</source>
        <translation>증정 가액</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="295"/>
        <source>Value received</source>
        <translation>수령 가액</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="308"/>
        <source>&amp;Open exchanges (not yet answered):</source>
        <translation>미완료 교류 (아직 답례 없음)(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="330"/>
        <source>(since %1)</source>
        <translation>(%1부터)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="358"/>
        <source>Visit “%s” (%s, hosted here) has not been returned yet</source>
        <translation>방문 “%s”(%s, 초청)에 대한 답방이 아직 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="360"/>
        <source>Visit “%s” (%s, made by us) has not been returned yet</source>
        <translation>방문 “%s”(%s, 파견)에 대한 답방이 아직 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="363"/>
        <source>Residency “%s” (%s) has no counterpart yet</source>
        <translation>레지던시 “%s”(%s)에 대응하는 교환 레지던시가 아직 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/balance.py" line="369"/>
        <source>None: every exchange is answered.</source>
        <translation>없음: 모든 교류에 답례가 이루어졌습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/residencies/balance.py" line="385"/>
        <source>(%n proposed)</source>
        <translation>
            <numerusform>(제안 %n건)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/calendar/render.py" line="459"/>
        <location filename="../../ui/calendar/render.py" line="661"/>
        <location filename="../../ui/calendar/render.py" line="917"/>
        <source>all day</source>
        <extracomment>Captions of zones above the week&apos;s ruler, e.g. {&quot;Europe/Berlin&quot;: &quot;Leipzig&quot;}. The colours: light on paper; a view passes the one of its palette (dark mode). Entry lines an empty week keeps room for, so a quiet week does not collapse.</extracomment>
        <translation>종일</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="523"/>
        <source>+%n more</source>
        <translation>+%n개 더</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="875"/>
        <source>Nothing planned</source>
        <extracomment>Entries longer than this many days are listed once in the agenda, not on each day.</extracomment>
        <translation>예정된 일정 없음</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="892"/>
        <source>Nothing planned in %s</source>
        <translation>%s 예정된 일정 없음</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="921"/>
        <source>day %1 of %2</source>
        <translation>%2일 중 %1일째</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="966"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/render.py" line="1046"/>
        <location filename="../../ui/calendar/views.py" line="82"/>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="68"/>
        <source>Visit</source>
        <extracomment>Keys the tab handles for navigation; views pass them on instead of using them. An entry&apos;s identity in a view: (kind, record id).</extracomment>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="69"/>
        <source>Program item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="70"/>
        <source>Residency</source>
        <translation>레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="71"/>
        <source>Exhibition</source>
        <translation>전시</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="72"/>
        <source>Deadline</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="122"/>
        <source>Tab and Shift+Tab move from entry to entry; Enter opens the entry.</source>
        <extracomment>Double-click on an entry. Double-click on an empty day or time slot: (date, hour or -1 for &quot;no time&quot;). Single click on a day or slot: the date in focus moves there. Click on &quot;+N more&quot;. Right click: (entry or None, date or None, hour or -1, global position). Mouse wheel: -1 back, +1 forward. What screen readers are told the view is. The entry Tab / Shift+Tab walked to (framed; Enter opens it).</extracomment>
        <translation>Tab과 Shift+Tab으로 항목 사이를 이동하고 Enter로 항목을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="129"/>
        <source>Calendar month</source>
        <translation>달력: 월간</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="131"/>
        <source>Calendar week</source>
        <translation>달력: 주간</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/views.py" line="132"/>
        <source>Calendar agenda</source>
        <translation>달력: 목록</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/calendar/tab.py" line="165"/>
        <source>Previous</source>
        <extracomment>Record kinds whose changes alter what the calendar shows: the entries, the names and places on them, their conflict marks (members, attendance) and the home zone; &quot;*&quot; is all. Zone modes: the home zone, a partner&apos;s zone, or home with both rulers in the week view. Today&apos;s date; tests replace it to show a fixed &quot;today&quot;. Made with the first change announced (the first screen is shown before the change feed&apos;s module and the storage layer are loaded). Hooks tests replace: where to save a file, and how to show a dialog. The options of an .ics export (None: cancelled); the visit&apos;s id offers its members. The message shown after the last export that held no events. The last &quot;Print to PDF&quot; (its options dialog and preview), for tests and checks.</extracomment>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="166"/>
        <source>Previous month or week (PgUp, mouse wheel)</source>
        <translation>이전 달 또는 주 (PgUp, 마우스 휠)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="167"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="168"/>
        <source>Go to today (T)</source>
        <translation>오늘로 이동 (T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="169"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="170"/>
        <source>Next month or week (PgDn, mouse wheel)</source>
        <translation>다음 달 또는 주 (PgDn, 마우스 휠)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="177"/>
        <source>Jump to a date (Ctrl+G): for example 26.07.2023, 26072023 or 2023-07-26</source>
        <translation>날짜로 이동 (Ctrl+G): 예: 26.07.2023, 26072023 또는 2023-07-26</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="185"/>
        <source>Jump to date</source>
        <translation>날짜로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="202"/>
        <source>Highlight…</source>
        <translation>강조 표시…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="205"/>
        <source>Entries matching the text stand out, the rest fades</source>
        <translation>텍스트와 일치하는 항목은 강조되고 나머지는 흐리게 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="212"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="213"/>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="214"/>
        <source>Agenda</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="226"/>
        <source>Print to PDF…</source>
        <translation>PDF로 인쇄…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="232"/>
        <source>Export .ics…</source>
        <translation>.ics 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="234"/>
        <source>Export the month or week shown as .ics</source>
        <translation>표시된 달 또는 주를 .ics로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="237"/>
        <location filename="../../ui/calendar/tab.py" line="240"/>
        <location filename="../../ui/calendar/tab.py" line="395"/>
        <source>Calendar</source>
        <translation>캘린더</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="245"/>
        <source>The month or week shown as a document: in German, Korean, English or both, with the letterhead, previewed before saving or printing</source>
        <translation>표시된 월 또는 주를 문서로: 독일어, 한국어, 영어 또는 두 언어로, 레터헤드와 함께, 저장하거나 인쇄하기 전에 미리 보기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="253"/>
        <source>Export the current visit as .ics…</source>
        <translation>현재 방문을 .ics로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="260"/>
        <source>Export the current residency as .ics…</source>
        <translation>현재 레지던시를 .ics로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="273"/>
        <source>Time zone the calendar shows</source>
        <translation>캘린더에 표시할 시간대</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="283"/>
        <source>Show or hide visits</source>
        <translation>방문 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="284"/>
        <source>Show or hide program items</source>
        <translation>일정 항목 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="285"/>
        <source>Show or hide residencies</source>
        <translation>레지던시 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="286"/>
        <source>Show or hide exhibitions</source>
        <translation>전시 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="287"/>
        <source>Show or hide deadlines</source>
        <translation>마감일 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="300"/>
        <source>conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="334"/>
        <source>%s (home)</source>
        <translation>%s (우리 도시)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="347"/>
        <source>%1 + %2 (week ruler)</source>
        <translation>%1 + %2 (시간 눈금 두 개)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="358"/>
        <source>Show one partnership only</source>
        <translation>한 파트너십만 표시</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="359"/>
        <source>All partnerships</source>
        <translation>모든 파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="624"/>
        <source>Week %1 · %2 – %3</source>
        <translation>%1주차 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/tab.py" line="632"/>
        <source>%n entries</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="666"/>
        <source>New program item “%s”</source>
        <translation>새 일정 항목 “%s”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="669"/>
        <source>New visit “%s”</source>
        <translation>새 방문 “%s”</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="687"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="705"/>
        <source>Export the visit&apos;s program as .ics…</source>
        <translation>방문 일정을 .ics로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="711"/>
        <source>Export the residency as .ics…</source>
        <translation>레지던시를 .ics로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="718"/>
        <source>New program item or visit on %s…</source>
        <translation>%s에 새 일정 항목 또는 방문…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="779"/>
        <location filename="../../ui/calendar/tab.py" line="845"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="782"/>
        <source>Select a visit first (in its tab or by a right click in the calendar).</source>
        <translation>먼저 방문을 선택하십시오(대표단 탭에서 또는 캘린더에서 마우스 오른쪽 버튼 클릭).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="785"/>
        <source>Select a residency first (in its tab or by a right click in the calendar).</source>
        <translation>먼저 레지던시를 선택하십시오(레지던시 탭에서 또는 캘린더에서 마우스 오른쪽 버튼 클릭).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="822"/>
        <source>Export as iCalendar</source>
        <translation>iCalendar로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="822"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 파일 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="847"/>
        <source>Nothing is planned there: the calendar file %1 was written without events.</source>
        <translation>그 기간에는 계획된 일정이 없습니다. 일정 없이 캘린더 파일 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="852"/>
        <source>Calendar exported to %1 (%2 events)</source>
        <translation>캘린더를 %1(으)로 내보냈습니다(일정 %2개)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="858"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>CalendarText</name>
    <message>
        <location filename="../../ui/calendar/texts.py" line="25"/>
        <source>Invitation letter due</source>
        <translation>초청장 기한</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="26"/>
        <source>Visa due</source>
        <translation>비자 기한</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="27"/>
        <source>Travel booking due</source>
        <translation>여행 예약 기한</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="28"/>
        <source>Accommodation due</source>
        <translation>숙소 기한</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="29"/>
        <source>Insurance due</source>
        <translation>보험 기한</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="30"/>
        <source>Arrival due</source>
        <translation>도착 기한</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="31"/>
        <source>Open studio due</source>
        <translation>오픈 스튜디오 기한</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="32"/>
        <source>Report due</source>
        <translation>보고서 기한</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="54"/>
        <source>artist not yet named</source>
        <translation>예술가 미정</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="61"/>
        <source>Residency #%1</source>
        <translation>레지던시 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="79"/>
        <location filename="../../ui/calendar/texts.py" line="190"/>
        <source>Residency: %1</source>
        <translation>레지던시: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="117"/>
        <source>Delegation from %1</source>
        <translation>%1 대표단 (초청)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="119"/>
        <source>Delegation to %1</source>
        <translation>%1 파견 대표단</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="124"/>
        <location filename="../../ui/calendar/texts.py" line="161"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="129"/>
        <source>Hotel: %1</source>
        <translation>호텔: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="137"/>
        <location filename="../../ui/calendar/texts.py" line="171"/>
        <source>Venue: %1</source>
        <translation>장소: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="140"/>
        <source>Visit: %1</source>
        <translation>방문: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="143"/>
        <source>Dress code: %1</source>
        <translation>복장: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="152"/>
        <source>Artist: %1</source>
        <translation>예술가: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="154"/>
        <source>Studio: %1</source>
        <translation>스튜디오: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="157"/>
        <source>Host: %1</source>
        <translation>초청 기관: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="174"/>
        <source>Partnership: %1</source>
        <translation>파트너십: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="182"/>
        <source>Due: %1</source>
        <translation>기한: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/texts.py" line="186"/>
        <source>%1 — overdue</source>
        <translation>%1 — 기한 초과</translation>
    </message>
</context>
<context>
    <name>CateringDialog</name>
    <message>
        <location filename="../../ui/documents/catering.py" line="46"/>
        <source>Catering summary</source>
        <translation>케이터링 요약</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="53"/>
        <source>All meals and receptions</source>
        <translation>모든 식사 및 리셉션</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="57"/>
        <source>&amp;Meal or reception:</source>
        <translation>식사 또는 리셉션(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="59"/>
        <source>&amp;Name everyone with a requirement, not only allergies and notes</source>
        <translation>요구 사항이 있는 모든 사람의 이름 표시(&amp;N) (알레르기·참고 사항 외에도)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="69"/>
        <source>This visit has no meal or reception yet: add one to its programme.</source>
        <translation>이 방문에는 아직 식사나 리셉션이 없습니다. 일정에 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="74"/>
        <source>&amp;Create PDF</source>
        <translation>PDF 만들기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CateringRun</name>
    <message>
        <location filename="../../ui/documents/catering.py" line="129"/>
        <source>Creating PDF…</source>
        <translation>PDF 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/catering.py" line="144"/>
        <source>PDF ready</source>
        <translation>PDF 완료</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="40"/>
        <source>Visit</source>
        <extracomment>Record kinds whose names appear in a history (a renamed person or venue re-reads it).</extracomment>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="41"/>
        <source>Member</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="42"/>
        <source>Program item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="43"/>
        <source>Gift</source>
        <translation>선물</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="44"/>
        <source>Guestbook entry</source>
        <translation>방명록 기록</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="45"/>
        <source>Exhibition</source>
        <translation>전시</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="46"/>
        <source>Residency</source>
        <translation>레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="47"/>
        <source>Deliverable</source>
        <translation>결과물</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="48"/>
        <source>Checklist step</source>
        <translation>체크리스트 단계</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="54"/>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="55"/>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="56"/>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="98"/>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="99"/>
        <source>Who</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="100"/>
        <source>What</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="101"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="102"/>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="103"/>
        <source>From</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="104"/>
        <source>To</source>
        <translation>새 값</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="163"/>
        <source>Change history</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/change_history.py" line="198"/>
        <source>No changes recorded.</source>
        <translation>기록된 변경 사항이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ChecklistKind</name>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Invitation letter</source>
        <translation>초청장</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Visa</source>
        <translation>비자</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Travel booked</source>
        <translation>여행 예약 완료</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Accommodation</source>
        <translation>숙소</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Insurance</source>
        <translation>보험</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Arrival</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Open studio</source>
        <translation>오픈 스튜디오</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflicts.py" line="55"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="57"/>
        <source>empty</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="66"/>
        <source>by %1 at %2</source>
        <translation>%2에 %1 님이</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="71"/>
        <source>by %1</source>
        <translation>%1 님이</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="73"/>
        <source>at %1</source>
        <translation>%1에</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="81"/>
        <source>%1 was changed to %2 %3</source>
        <translation>%3 %1 값을 %2(으)로 변경했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="83"/>
        <source>%1 was changed to %2</source>
        <translation>%1 값이 %2(으)로 변경되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="93"/>
        <source>This record was deleted %1; your change was not saved.</source>
        <translation>%1 이 항목을 삭제했습니다. 변경 내용은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="96"/>
        <source>This record was deleted; your change was not saved.</source>
        <translation>이 항목이 삭제되었습니다. 변경 내용은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="99"/>
        <source>%1; your change was not saved.</source>
        <translation>%1. 변경 내용은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="111"/>
        <source>the record was deleted %1</source>
        <translation>%1 항목을 삭제했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="115"/>
        <source>the record was deleted</source>
        <translation>항목이 삭제되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="120"/>
        <source>Redo did nothing: %1.</source>
        <translation>다시 실행이 적용되지 않았습니다: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="121"/>
        <source>Undo did nothing: %1.</source>
        <translation>실행 취소가 적용되지 않았습니다: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="126"/>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="137"/>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="140"/>
        <source>&amp;Overwrite</source>
        <translation>덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="153"/>
        <source>Nothing changed</source>
        <translation>변경된 내용 없음</translation>
    </message>
</context>
<context>
    <name>CuesEditor</name>
    <message>
        <location filename="../../ui/delegations/cues.py" line="103"/>
        <source>Cues (run of sho&amp;w only):</source>
        <extracomment>The table&apos;s columns and the cue field each edits. Emitted with a message after an edit was refused (&quot;&quot; after a good one). The cues shown and the item&apos;s start and zone they are shown for.</extracomment>
        <translation>진행 큐 (세부 진행 계획 전용)(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="108"/>
        <location filename="../../ui/delegations/cues.py" line="238"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="108"/>
        <location filename="../../ui/delegations/cues.py" line="239"/>
        <source>Cue</source>
        <translation>큐</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="108"/>
        <location filename="../../ui/delegations/cues.py" line="240"/>
        <source>Responsible</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="122"/>
        <source>Type to edit a cell (the time as HH:MM on the item&apos;s day). Insert adds a cue, Delete removes the selected one.</source>
        <translation>셀을 선택하고 입력하면 수정됩니다 (시간은 일정 당일의 HH:MM). Insert 키로 큐를 추가하고 Delete 키로 선택한 큐를 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="129"/>
        <source>&amp;Add cue</source>
        <translation>큐 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="132"/>
        <source>Remove &amp;cue</source>
        <translation>큐 삭제(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="236"/>
        <source>Time: the cue must lie on the item&apos;s day (%s).</source>
        <translation>시간: 큐는 해당 일정의 날짜(%s) 안에 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="271"/>
        <source>Time: “%s” is not a time; type it as HH:MM, e.g. 10:05.</source>
        <translation>시간: “%s”은(는) 시각이 아닙니다. HH:MM 형식으로 입력하십시오 (예: 10:05).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="280"/>
        <source>Change cue</source>
        <translation>큐 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="307"/>
        <source>New cue</source>
        <translation>새 큐</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="312"/>
        <source>Add cue</source>
        <translation>큐 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/cues.py" line="329"/>
        <source>Remove cue</source>
        <translation>큐 삭제</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="152"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <extracomment>A valid value (or, if optional, nothing) was entered and is shown. The typed text is no value; the message says why. The value is unchanged.</extracomment>
        <translation>달력에서 선택 (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="155"/>
        <source>Type a date, e.g. %1, 20.7.27, 20072027 or 2027-07-20</source>
        <translation>날짜를 입력하십시오. 예: %1, 20.7.27, 20072027 또는 2027-07-20</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="180"/>
        <source>Enter a date, e.g. %1.</source>
        <translation>날짜를 입력하십시오. 예: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="183"/>
        <source>“%1”: there is no month %2.</source>
        <translation>“%1”: %2월은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="190"/>
        <source>“%1”: %2 has %3 days, not %4.</source>
        <translation>“%1”: %2은(는) %4일이 아니라 %3일까지 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="197"/>
        <source>“%1” is not a date; type it like %2.</source>
        <translation>“%1”은(는) 날짜가 아닙니다. %2처럼 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="304"/>
        <source>Enter the day as well.</source>
        <translation>날짜도 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <location filename="../../ui/delegations/tab.py" line="118"/>
        <source>Overview</source>
        <extracomment>Which editor section shows each kind of change (&quot;*&quot;: everything). Kinds the visit list shows (titles, dates, status, the partner city).</extracomment>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="119"/>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="120"/>
        <source>Program</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="121"/>
        <source>Seating</source>
        <translation>좌석 배치</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="122"/>
        <source>Transport</source>
        <translation>차량</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="123"/>
        <source>Gifts</source>
        <translation>선물</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="124"/>
        <source>Guestbook</source>
        <translation>방명록</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="125"/>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="126"/>
        <source>Translations</source>
        <translation>번역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="144"/>
        <source>Choose a visit on the left, or create one (Ctrl+Shift+V).</source>
        <extracomment>True while a field still being typed in is saved to the visit shown until now. The list missed changes while the tab was hidden. Who changed the visit shown (set while a change of someone else&apos;s is read).</extracomment>
        <translation>왼쪽에서 방문을 선택하거나 새로 만드십시오(Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="183"/>
        <location filename="../../ui/delegations/tab.py" line="403"/>
        <location filename="../../ui/delegations/tab.py" line="410"/>
        <source>New visit</source>
        <translation>새 방문</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="184"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="186"/>
        <location filename="../../ui/delegations/tab.py" line="427"/>
        <source>Duplicate visit</source>
        <translation>방문 복제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="188"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="189"/>
        <location filename="../../ui/delegations/tab.py" line="442"/>
        <location filename="../../ui/delegations/tab.py" line="453"/>
        <source>Delete visit</source>
        <translation>방문 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="190"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="198"/>
        <source>Delete visit (Del in the list)</source>
        <translation>방문 삭제 (목록에서 Del)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="205"/>
        <location filename="../../ui/delegations/tab.py" line="230"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="209"/>
        <source>Print itinerary…</source>
        <translation>일정표 인쇄…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="210"/>
        <source>Personal itineraries…</source>
        <translation>개인 일정표…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="211"/>
        <source>Gift protocol…</source>
        <translation>선물 기록부…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="219"/>
        <source>Missing translations…</source>
        <translation>누락된 번역…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="221"/>
        <source>What a print in the partner&apos;s languages shows untranslated</source>
        <translation>파트너 언어로 인쇄할 때 번역되지 않은 채 표시되는 항목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="232"/>
        <source>Itinerary (Ctrl+P), personal itineraries, gift protocol (Documents menu)</source>
        <translation>일정표 (Ctrl+P), 개인 일정표, 선물 기록부 (문서 메뉴)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="272"/>
        <source>Delegations</source>
        <translation>대표단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="331"/>
        <source>The visit shown was deleted by %1.</source>
        <translation>표시 중인 방문을 %1 님이 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="333"/>
        <source>The visit shown was deleted meanwhile.</source>
        <translation>표시 중인 방문이 그사이에 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="396"/>
        <source>Add a partnership in the Directory before planning a visit.</source>
        <translation>방문을 계획하기 전에 ‘인물 및 장소’에서 파트너십을 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/tab.py" line="444"/>
        <source>Delete “%s” with its members, program, gifts and guestbook entries?
You can undo this with Ctrl+Z.</source>
        <translation>“%s”을(를) 구성원, 일정, 선물, 방명록 기록과 함께 삭제하시겠습니까?
Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Incoming</source>
        <translation>초청</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Outgoing</source>
        <translation>파견</translation>
    </message>
</context>
<context>
    <name>DirectorySection</name>
    <message>
        <location filename="../../ui/directory/section.py" line="100"/>
        <source>New</source>
        <extracomment>(field, new value, record) -&gt; further fields to change in the same undoable step. Shown instead when nothing can be added (a read-only database). Fields whose unsaved input someone else overtook: their stored value.</extracomment>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="103"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="106"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="218"/>
        <source>“%1” was deleted by %2.</source>
        <extracomment>The texts of the translatable fields in other languages (a partnership should have its own and the office&apos;s; people and venues those of the partnerships they appear in, every content language while they are in none).</extracomment>
        <translation>%2 님이 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="220"/>
        <source>“%1” was deleted meanwhile.</source>
        <translation>“%1”이(가) 그사이에 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="361"/>
        <source>Change %s</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>%s 변경</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="413"/>
        <location filename="../../ui/directory/section.py" line="417"/>
        <source>%s (copy)</source>
        <translation>%s (사본)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/section.py" line="458"/>
        <source>Deleted; Ctrl+Z brings it back.</source>
        <translation>삭제했습니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../ui/directory/tab.py" line="47"/>
        <source>Partnerships</source>
        <translation>파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="48"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="49"/>
        <source>Venues</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="50"/>
        <source>Ranks</source>
        <translation>직급</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="62"/>
        <source>People &amp;&amp; Venues</source>
        <extracomment>Sections that missed changes while hidden: read again when shown. People, venues and ranks are read when first shown (the tab opens on the partnerships).</extracomment>
        <translation>인물 및 장소</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="73"/>
        <source>Type the partner&apos;s country: its time zone is then set from it</source>
        <translation>파트너 도시의 국가를 입력하면 그에 맞춰 시간대가 설정됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="76"/>
        <source>New partner city</source>
        <translation>새 파트너 도시</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="167"/>
        <location filename="../../ui/directory/lists.py" line="185"/>
        <location filename="../../ui/directory/tab.py" line="77"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="97"/>
        <source>Time zone set to %1; %2 has %3 zones, the time zone list shows them first</source>
        <translation>시간대를 %1(으)로 설정했습니다. %2에는 시간대가 %3개 있으며 시간대 목록에 먼저 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="104"/>
        <source>Time zone set to %1 from the country</source>
        <translation>국가에 맞춰 시간대를 %1(으)로 설정했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="114"/>
        <source>New partnership</source>
        <translation>새 파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="115"/>
        <source>Duplicate partnership</source>
        <translation>파트너십 복제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="116"/>
        <source>Delete partnership</source>
        <translation>파트너십 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="165"/>
        <source>Partner city</source>
        <extracomment>How many rows the columns are fitted to when a list first shows. Going to a record at most this many rows past the rows read reads the rows up to it; farther, the list is read afresh around the record. False until the first read: a list not on screen reads when it is first shown.</extracomment>
        <translation>파트너 도시</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="166"/>
        <source>Own script</source>
        <translation>고유 문자 표기</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="168"/>
        <source>Since</source>
        <translation>결연일</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="169"/>
        <location filename="../../ui/directory/lists.py" line="201"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="122"/>
        <source>Partner &amp;city</source>
        <translation>파트너 도시(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="122"/>
        <source>e.g. Gwangju</source>
        <translation>예: Leipzig</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="124"/>
        <source>City in own &amp;script</source>
        <translation>고유 문자 표기 도시명(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="125"/>
        <source>C&amp;ountry</source>
        <translation>국가(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="125"/>
        <source>e.g. South Korea</source>
        <translation>예: 독일</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="126"/>
        <source>Partner s&amp;ince</source>
        <translation>결연일(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="129"/>
        <location filename="../../ui/directory/tab.py" line="288"/>
        <source>&amp;Time zone</source>
        <translation>시간대(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="132"/>
        <source>Type part of a name, e.g. Seoul, and pick from the list.</source>
        <translation>이름의 일부(예: Seoul)를 입력하고 목록에서 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="136"/>
        <source>&amp;Languages</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="138"/>
        <source>Language codes, separated by commas.</source>
        <translation>쉼표로 구분한 언어 코드입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="140"/>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="146"/>
        <source>No partnership selected. Press Ctrl+N to add one.</source>
        <translation>선택한 파트너십이 없습니다. Ctrl+N을 눌러 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="147"/>
        <source>No partnership selected.</source>
        <translation>선택한 파트너십이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="156"/>
        <location filename="../../ui/directory/tab.py" line="243"/>
        <source>New person</source>
        <translation>새 인물</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="157"/>
        <source>Duplicate person</source>
        <translation>인물 복제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="158"/>
        <source>Delete person</source>
        <translation>인물 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="182"/>
        <location filename="../../ui/directory/lists.py" line="198"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="183"/>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="184"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="163"/>
        <source>Famil&amp;y name</source>
        <translation>성(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="163"/>
        <source>e.g. Kang</source>
        <translation>예: Kang</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="165"/>
        <source>&amp;Given name</source>
        <translation>이름(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="165"/>
        <source>e.g. Gi-jung</source>
        <translation>예: Gi-jung</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="167"/>
        <source>Name in own &amp;script</source>
        <translation>고유 문자 표기 이름(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="170"/>
        <source>Name &amp;order</source>
        <translation>이름 순서(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="173"/>
        <source>Given name first (Gi-jung Kang)</source>
        <translation>이름 먼저 (Gi-jung Kang)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="174"/>
        <source>Family name first (Kang Gi-jung)</source>
        <translation>성 먼저 (Kang Gi-jung)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="176"/>
        <source>Korean names are written family name first.</source>
        <translation>한국 이름은 성을 먼저 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="178"/>
        <source>&amp;Title / position</source>
        <translation>직함/직위(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="179"/>
        <source>O&amp;rganisation</source>
        <translation>소속 기관(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="180"/>
        <source>Co&amp;untry</source>
        <translation>국가(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="183"/>
        <source>Gift &amp;jurisdiction</source>
        <translation>선물 관할(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="184"/>
        <source>e.g. DE-SN-KOMMUNAL</source>
        <translation>예: DE-SN-KOMMUNAL</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="186"/>
        <source>The gift rules of this person&apos;s office (Delegations ▸ Gifts ▸ Gift rules)</source>
        <translation>이 인물 직위의 선물 규정(대표단 ▸ 선물 ▸ 선물 규정)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="189"/>
        <source>E-&amp;mail</source>
        <translation>이메일(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="190"/>
        <source>&amp;Phone</source>
        <translation>전화(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="191"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="194"/>
        <source>Ran&amp;k</source>
        <translation>직급(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="196"/>
        <source>(no rank)</source>
        <translation>(직급 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="197"/>
        <source>The rank in the order of precedence, from the Ranks list</source>
        <translation>의전 서열상의 직급(&apos;직급&apos; 목록에서 선택)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="201"/>
        <source>Ele&amp;cted</source>
        <translation>선출직(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="203"/>
        <source>Yes, elected</source>
        <translation>예, 선출직</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="203"/>
        <source>No, appointed</source>
        <translation>아니요, 임명직</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="203"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="204"/>
        <source>Of two people of equal rank, the elected one goes first</source>
        <translation>직급이 같으면 선출직이 먼저입니다</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="208"/>
        <source>In office si&amp;nce</source>
        <translation>재임 시작일(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="210"/>
        <source>Of equal rank, the one longer in office goes first</source>
        <translation>직급이 같으면 재임 기간이 긴 사람이 먼저입니다</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="212"/>
        <source>&amp;Born</source>
        <translation>생년월일(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="215"/>
        <source>Dietary re&amp;quirements</source>
        <translation>식단 요구 사항(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="219"/>
        <source>Counted on the catering summary; allergies and “other” are named to the caterer</source>
        <translation>케이터링 요약에 인원수로 집계되며, 알레르기와 ‘기타’는 이름과 함께 케이터링 업체에 전달됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="223"/>
        <source>D&amp;ietary notes</source>
        <translation>식이 참고 사항(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="224"/>
        <source>&amp;Accessibility notes</source>
        <translation>접근성 참고 사항(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="227"/>
        <source>Consent for health notes</source>
        <translation>건강 관련 정보 동의</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="229"/>
        <source>Agreed: health and religion notes may be kept and printed</source>
        <translation>동의함: 건강·종교 관련 정보 보관 및 인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="231"/>
        <source>Without consent, allergies, intolerances, religious diets and the notes are not printed: the catering summary only counts them as withheld</source>
        <translation>동의가 없으면 알레르기, 불내증, 종교적 식단과 참고 사항은 인쇄되지 않으며, 케이터링 요약에는 비공개 건수로만 집계됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="238"/>
        <source>Consent dated</source>
        <translation>동의 일자</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="240"/>
        <source>Set to today when the consent is ticked</source>
        <translation>동의를 선택하면 오늘 날짜로 설정됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="246"/>
        <source>No person selected. Press Ctrl+N to add one.</source>
        <translation>선택한 인물이 없습니다. Ctrl+N을 눌러 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="247"/>
        <source>No person selected.</source>
        <translation>선택한 인물이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="255"/>
        <source>Vegetarian</source>
        <translation>채식</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="256"/>
        <source>Vegan</source>
        <translation>비건</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="257"/>
        <source>No pork</source>
        <translation>돼지고기 제외</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="258"/>
        <source>Halal</source>
        <translation>할랄</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="259"/>
        <source>Kosher</source>
        <translation>코셔</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="260"/>
        <source>No alcohol</source>
        <translation>무알코올</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="261"/>
        <source>Gluten-free</source>
        <translation>글루텐 제외</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="262"/>
        <source>Lactose-free</source>
        <translation>유당 제외</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="263"/>
        <source>Nut allergy</source>
        <translation>견과류 알레르기</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="264"/>
        <source>Seafood allergy</source>
        <translation>해산물 알레르기</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="265"/>
        <source>Diabetic</source>
        <translation>당뇨</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="266"/>
        <source>Other (see the notes)</source>
        <translation>기타 (참고 사항 참조)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="275"/>
        <location filename="../../ui/directory/tab.py" line="296"/>
        <source>New venue</source>
        <translation>새 장소</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="276"/>
        <source>Duplicate venue</source>
        <translation>장소 복제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="277"/>
        <source>Delete venue</source>
        <translation>장소 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="199"/>
        <source>Room</source>
        <translation>호실</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="200"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/directory/lists.py" line="202"/>
        <source>Capacity</source>
        <translation>수용 인원</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="282"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="282"/>
        <source>e.g. Neues Rathaus</source>
        <translation>예: Neues Rathaus</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="283"/>
        <source>&amp;Room</source>
        <translation>호실(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="284"/>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="285"/>
        <source>&amp;City</source>
        <translation>도시(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="291"/>
        <source>Type part of a name, e.g. Berlin, and pick from the list.</source>
        <translation>이름의 일부(예: Berlin)를 입력하고 목록에서 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="293"/>
        <source>Ca&amp;pacity</source>
        <translation>수용 인원(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="294"/>
        <source>C&amp;ontact</source>
        <translation>연락처(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="299"/>
        <source>No venue selected. Press Ctrl+N to add one.</source>
        <translation>선택한 장소가 없습니다. Ctrl+N을 눌러 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/directory/tab.py" line="300"/>
        <source>No venue selected.</source>
        <translation>선택한 장소가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DispositionsEditor</name>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="429"/>
        <location filename="../../ui/delegations/gift_rules.py" line="446"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="430"/>
        <source>Disposition</source>
        <translation>처리</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="431"/>
        <location filename="../../ui/delegations/gift_rules.py" line="452"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="432"/>
        <source>Inventory number</source>
        <translation>목록 번호</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="438"/>
        <source>Add disposition</source>
        <translation>처리 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="439"/>
        <source>Delete disposition</source>
        <translation>처리 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="440"/>
        <source>Change disposition</source>
        <translation>처리 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="449"/>
        <source>Dispos&amp;ition</source>
        <translation>처리(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="453"/>
        <source>I&amp;nventory number</source>
        <translation>목록 번호(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="454"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>DocumentOptionsDialog</name>
    <message>
        <location filename="../../ui/documents/options.py" line="122"/>
        <source>Print itinerary</source>
        <extracomment>The calendar document&apos;s views (reports/calendar_sheet.py ``VIEWS``). Personal itineraries: one member (``person_id``) or all into ``folder``. Itinerary: add a page of changes since this printed version. Personal itineraries: all members in one booklet (for duplex printing). Balance: one partnership, or every partnership when None. Calendar: the period and the view. Seating plan: the programme item. Place cards and badges: the layout (``reports.layouts``); place cards: the item whose seating plan gives the cards (None: everyone in the order of precedence). The layouts the dialog offers (``reports.layouts`` PLACE_CARD_KEYS / BADGE_KEYS, whose module loads ReportLab); tests check the two lists agree.</extracomment>
        <translation>일정표 인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="123"/>
        <source>Personal itineraries</source>
        <translation>개인 일정표</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="124"/>
        <source>Gift protocol</source>
        <translation>선물 기록부</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="125"/>
        <source>Gift protocol for a year</source>
        <translation>연간 선물 기록부</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="126"/>
        <source>Residency sheet</source>
        <translation>레지던시 개요서</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="127"/>
        <source>Partnership balance</source>
        <translation>자매결연 교류 현황</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="128"/>
        <source>Calendar</source>
        <translation>일정표</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="129"/>
        <source>Order of precedence</source>
        <translation>의전 서열</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="130"/>
        <source>Seating plan</source>
        <translation>좌석 배치도</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="131"/>
        <source>Place cards</source>
        <translation>좌석 명패</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="132"/>
        <source>Name badges</source>
        <translation>명찰</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="133"/>
        <source>Gift register for a year</source>
        <translation>연간 선물 등록부</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="134"/>
        <source>Run of show (internal)</source>
        <translation>세부 진행 계획 (내부용)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="142"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="145"/>
        <source>Second time column in the delegation&apos;s home time zone</source>
        <translation>대표단 본국 시간대의 두 번째 시간 열</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="155"/>
        <source>Add a page of c&amp;hanges since version:</source>
        <translation>다음 버전 이후 변경 사항 페이지 추가(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="166"/>
        <source>This itinerary has not been printed yet.</source>
        <translation>이 일정표는 아직 인쇄된 적이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="171"/>
        <source>&amp;One member:</source>
        <translation>구성원 한 명(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="172"/>
        <source>&amp;All members, one file each, into:</source>
        <translation>모든 구성원을 각각 한 파일로 저장할 위치(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="177"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="180"/>
        <source>All members in one boo&amp;klet (each part on a new sheet, for duplex printing)</source>
        <translation>전원 일정을 한 권으로(&amp;K) (각자 새 장에서 시작, 양면 인쇄용)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="213"/>
        <source>&amp;Residency:</source>
        <translation>레지던시(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="219"/>
        <source>All partnerships</source>
        <translation>모든 자매결연</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="225"/>
        <source>&amp;Partnership:</source>
        <translation>자매결연(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="234"/>
        <source>Month</source>
        <translation>월간</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="235"/>
        <source>Week</source>
        <translation>주간</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="236"/>
        <source>Agenda</source>
        <translation>일정 목록</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="249"/>
        <source>&amp;View:</source>
        <translation>보기(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="250"/>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="251"/>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="263"/>
        <source>&amp;Meal or reception:</source>
        <translation>식사 또는 리셉션(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="272"/>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="275"/>
        <source>Years with gifts: %s</source>
        <translation>선물이 있는 연도: %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="289"/>
        <source>&amp;Create PDF</source>
        <translation>PDF 만들기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="306"/>
        <source>A4, two tent cards (190 × 135 mm)</source>
        <translation>A4, 삼각 명패 2장 (190 × 135 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="307"/>
        <source>A4, four tent cards (95 × 135 mm)</source>
        <translation>A4, 삼각 명패 4장 (95 × 135 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="308"/>
        <source>A6, one badge per sheet</source>
        <translation>A6, 한 장에 명찰 1개</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="309"/>
        <source>Avery L4785 labels, 80 × 50 mm, 10 per A4</source>
        <translation>Avery L4785 라벨, 80 × 50 mm, A4당 10개</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="310"/>
        <source>Avery Zweckform C32011 cards, 85 × 54 mm, 10 per A4</source>
        <translation>Avery Zweckform C32011 카드, 85 × 54 mm, A4당 10개</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="311"/>
        <source>Avery L7414 cards, 90 × 52 mm, 10 per A4</source>
        <translation>Avery L7414 카드, 90 × 52 mm, A4당 10개</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="325"/>
        <source>La&amp;yout:</source>
        <translation>레이아웃(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="330"/>
        <source>Seating plan: %s</source>
        <translation>좌석 배치: %s</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="331"/>
        <source>Everyone, in the order of precedence</source>
        <translation>전원, 의전 서열 순</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="332"/>
        <source>Cards &amp;for:</source>
        <translation>명패 대상(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="343"/>
        <source>Folder for the personal itineraries</source>
        <translation>개인 일정표를 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="391"/>
        <source>There is no residency to print.</source>
        <translation>인쇄할 레지던시가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="396"/>
        <source>This visit has no seating plan yet: make one for a meal or a reception in the visit&apos;s Seating section.</source>
        <translation>이 방문에는 아직 좌석 배치도가 없습니다. 방문의 좌석 배치 항목에서 식사나 리셉션의 좌석 배치도를 만드십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="403"/>
        <source>The period ends before it starts.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="409"/>
        <source>This visit has no members or hosts yet: add them in the visit&apos;s Members section.</source>
        <translation>이 방문에는 아직 구성원도 주최자도 없습니다. 방문의 구성원 섹션에서 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="416"/>
        <source>Choose a folder for the personal itineraries.</source>
        <translation>개인 일정표를 저장할 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/options.py" line="420"/>
        <source>%s is a file, not a folder.</source>
        <translation>%s은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
</context>
<context>
    <name>DocumentRun</name>
    <message>
        <location filename="../../ui/documents/actions.py" line="194"/>
        <source>Creating PDF…</source>
        <extracomment>The partnership the document is about (its language is preselected).</extracomment>
        <translation>PDF 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="198"/>
        <location filename="../../ui/documents/actions.py" line="218"/>
        <source>Personal itineraries</source>
        <translation>개인 일정표</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="219"/>
        <source>Writing personal itineraries…</source>
        <translation>개인 일정표 작성 중…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="200"/>
        <location filename="../../ui/documents/actions.py" line="220"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="116"/>
        <source>%1 (host)</source>
        <extracomment>Emitted with the written path (single document) or the list of paths (batch). Emitted with a message when building failed. The day the document is printed as of (the residency sheet, the balance, the calendar&apos;s today); None for today. The calendar: the kinds of entries shown (None: all), the zone of its times and the one partnership shown (None: all).</extracomment>
        <translation>%1 (주최 측)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="199"/>
        <source>Making the booklet of personal itineraries…</source>
        <translation>개인 일정 책자를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="261"/>
        <source>%1 of %2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="280"/>
        <source>PDF ready</source>
        <translation>PDF 완료</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="304"/>
        <source>%1 personal itineraries written to %2</source>
        <translation>개인 일정표 %1개를 저장했습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="312"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/documents/common.py" line="66"/>
        <source>The PDF could not be created</source>
        <extracomment>The document language chosen last, shared by every document&apos;s options.</extracomment>
        <translation>PDF를 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../ui/documents/menu.py" line="33"/>
        <source>&amp;Documents</source>
        <translation>문서(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="36"/>
        <source>Select a visit to print its documents</source>
        <translation>문서를 인쇄하려면 방문을 선택하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="42"/>
        <source>Print &amp;itinerary…</source>
        <translation>일정표 인쇄(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="48"/>
        <source>&amp;Personal itineraries…</source>
        <translation>개인 일정표(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="54"/>
        <source>&amp;Gift protocol…</source>
        <translation>선물 기록부(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="61"/>
        <source>&amp;Order of precedence…</source>
        <translation>의전 서열(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="63"/>
        <source>S&amp;eating plan…</source>
        <translation>좌석 배치도(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="65"/>
        <source>Pl&amp;ace cards…</source>
        <translation>좌석 명패(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="67"/>
        <source>&amp;Name badges…</source>
        <translation>명찰(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="68"/>
        <source>Roo&amp;ming list…</source>
        <translation>객실 배정표(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="69"/>
        <source>Catering s&amp;ummary…</source>
        <translation>케이터링 요약(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="73"/>
        <source>Transpor&amp;t plan…</source>
        <translation>차량 운행 계획(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="74"/>
        <source>Dri&amp;ver sheets…</source>
        <translation>운전기사 안내서(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="76"/>
        <source>Run of s&amp;how…</source>
        <translation>세부 진행 계획(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="78"/>
        <source>Gift protocol for a &amp;year…</source>
        <translation>연간 선물 기록부(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="81"/>
        <source>Gift &amp;register for a year…</source>
        <translation>연간 선물 등록부(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="86"/>
        <source>Residency &amp;sheet…</source>
        <translation>레지던시 개요서(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="89"/>
        <source>Partnership &amp;balance…</source>
        <translation>자매결연 교류 현황(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="92"/>
        <source>&amp;Calendar…</source>
        <translation>일정표(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="96"/>
        <source>Document &amp;font…</source>
        <translation>문서 글꼴(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="148"/>
        <source>Select a visit first (Delegations tab)</source>
        <translation>먼저 방문을 선택하십시오 (대표단 탭)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/menu.py" line="139"/>
        <location filename="../../ui/documents/menu.py" line="180"/>
        <location filename="../../ui/documents/menu.py" line="193"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Program items</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Residencies</source>
        <translation>레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Exhibitions</source>
        <translation>전시</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Deadlines</source>
        <translation>마감일</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Your last change was saved.</source>
        <extracomment>Not a defect but a known condition with its own message (the database server went away): the dialog says just that, not &quot;Something went wrong&quot;.</extracomment>
        <translation>마지막 변경 사항은 저장되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>The change you were making was not saved.</source>
        <translation>진행 중이던 변경 사항은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Details are in the log: %1</source>
        <translation>자세한 내용은 로그에 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Database server unreachable</source>
        <translation>데이터베이스 서버에 연결할 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>Show &amp;log folder</source>
        <translation>로그 폴더 표시(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ExhibitionEditor</name>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="91"/>
        <source>&amp;Title</source>
        <extracomment>Record kinds whose changes alter what this tab shows (links arrive as &quot;exhibition&quot;; &quot;*&quot; means re-read everything).</extracomment>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="95"/>
        <source>Ve&amp;nue</source>
        <translation>장소(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="96"/>
        <location filename="../../ui/exhibitions/tab.py" line="104"/>
        <location filename="../../ui/exhibitions/tab.py" line="206"/>
        <source>— none —</source>
        <translation>— 없음 —</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="98"/>
        <source>Fro&amp;m</source>
        <translation>시작일(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="99"/>
        <source>&amp;Until</source>
        <translation>종료일(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="103"/>
        <source>&amp;Curator</source>
        <translation>큐레이터(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="106"/>
        <source>&amp;Partnership</source>
        <translation>파트너십(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="107"/>
        <source>De&amp;scription</source>
        <translation>설명(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="136"/>
        <source>Type a name to find an artist…</source>
        <translation>이름을 입력하여 예술가 찾기…</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="139"/>
        <source>Add &amp;artist</source>
        <translation>예술가 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="142"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="144"/>
        <source>Remove the selected artist (undo with Ctrl+Z)</source>
        <translation>선택한 예술가 제거 (Ctrl+Z로 실행 취소)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="150"/>
        <source>Linked records</source>
        <translation>연결된 항목</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="153"/>
        <source>Residencies (tick to link):</source>
        <translation>레지던시 (연결하려면 체크):</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="154"/>
        <source>Delegation visits (tick to link):</source>
        <translation>대표단 방문 (연결하려면 체크):</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="155"/>
        <source>Artists:</source>
        <translation>예술가:</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="184"/>
        <source>No exhibition selected</source>
        <translation>선택한 전시 없음</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="299"/>
        <source>Change %s</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>%s 변경</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="312"/>
        <source>The end moved along to %s, keeping the duration</source>
        <translation>기간을 유지하도록 종료일을 %s(으)로 옮겼습니다</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="357"/>
        <source>Unlink residency</source>
        <translation>레지던시 연결 해제</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="357"/>
        <source>Link residency</source>
        <translation>레지던시 연결</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="359"/>
        <source>Unlink visit</source>
        <translation>방문 연결 해제</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="359"/>
        <source>Link visit</source>
        <translation>방문 연결</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="363"/>
        <source>Link removed; Ctrl+Z brings it back</source>
        <translation>연결이 해제되었습니다. Ctrl+Z로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="376"/>
        <source>Type a name and choose one person from the suggestions.</source>
        <translation>이름을 입력하고 제안 목록에서 인물 한 명을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="384"/>
        <source>Add artist</source>
        <translation>예술가 추가</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="394"/>
        <source>Remove artist</source>
        <translation>예술가 제거</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="397"/>
        <source>%s is no longer linked; Ctrl+Z brings the link back</source>
        <translation>%s은(는) 더 이상 연결되어 있지 않습니다. Ctrl+Z로 연결을 되돌릴 수 있습니다</translation>
    </message>
</context>
<context>
    <name>ExhibitionsTab</name>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="431"/>
        <source>Ne&amp;w exhibition</source>
        <extracomment>Asks before an exhibition is deleted; replaced in tests. Who changed the exhibition shown, while someone else&apos;s change is being read.</extracomment>
        <translation>새 전시(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="432"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="435"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="436"/>
        <source>Delete the selected exhibition (undo with Ctrl+Z)</source>
        <translation>선택한 전시 삭제 (Ctrl+Z로 실행 취소)</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="444"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="449"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="453"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="458"/>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="463"/>
        <source>Partnership</source>
        <translation>파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="469"/>
        <source>Search title and description…</source>
        <translation>제목 및 설명 검색…</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="497"/>
        <source>Pa&amp;rtnership:</source>
        <translation>파트너십(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="498"/>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="523"/>
        <source>Exhibitions</source>
        <translation>전시</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="535"/>
        <source>All partnerships</source>
        <translation>모든 파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="538"/>
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="551"/>
        <source>The exhibition shown was deleted by %1.</source>
        <translation>표시 중인 전시를 %1 님이 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="553"/>
        <source>The exhibition shown was deleted meanwhile.</source>
        <translation>표시 중인 전시가 그 사이에 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="589"/>
        <location filename="../../ui/exhibitions/tab.py" line="594"/>
        <source>New exhibition</source>
        <translation>새 전시</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="623"/>
        <location filename="../../ui/exhibitions/tab.py" line="631"/>
        <source>Delete exhibition</source>
        <translation>전시 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="624"/>
        <source>Delete “%s” with its links?
You can undo this with Ctrl+Z.</source>
        <translation>“%s” 전시와 모든 연결을 삭제하시겠습니까?
Ctrl+Z로 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/exhibitions/tab.py" line="643"/>
        <source>Exhibition deleted; Ctrl+Z brings it back</source>
        <translation>전시가 삭제되었습니다. Ctrl+Z로 되돌릴 수 있습니다</translation>
    </message>
</context>
<context>
    <name>FontSettingsDialog</name>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="29"/>
        <source>Document font</source>
        <translation>문서 글꼴</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="34"/>
        <source>Documents embed DejaVu Sans for Latin text and NanumGothic for Hangul. You may choose a TrueType font (.ttf) to use first, for example your office&apos;s house font; characters it lacks still come from the defaults. OpenType fonts with PostScript outlines (.otf) cannot be embedded.</source>
        <translation>문서에는 라틴 문자용 DejaVu Sans와 한글용 NanumGothic 글꼴이 포함됩니다. 기관 전용 글꼴처럼 우선 사용할 TrueType 글꼴(.ttf)을 선택할 수 있으며, 이 글꼴에 없는 문자는 계속 기본 글꼴에서 가져옵니다. PostScript 윤곽선을 사용하는 OpenType 글꼴(.otf)은 포함할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="45"/>
        <source>Default fonts</source>
        <translation>기본 글꼴</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="48"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="51"/>
        <source>Use &amp;default</source>
        <translation>기본값 사용(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="69"/>
        <source>Choose a TrueType font</source>
        <translation>TrueType 글꼴 선택</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="71"/>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType 글꼴 (*.ttf *.ttc);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/font_settings.py" line="83"/>
        <source>Default: %s</source>
        <translation>기본값: %s</translation>
    </message>
</context>
<context>
    <name>FullOpen</name>
    <message>
        <location filename="../../ui/first_screen.py" line="201"/>
        <source>%1 cannot be opened: %2</source>
        <extracomment>Completes the open at once (set by :class:`FullOpen`): a tab other than the calendar needs the real services. What a person does (and a program acting for one): these wait for the open to finish. Emitted by the worker thread when the storage layer is loaded (or failed to load).</extracomment>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>GiftDirection</name>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Given</source>
        <translation>증정</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Received</source>
        <translation>수령</translation>
    </message>
</context>
<context>
    <name>GiftDispositions</name>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="47"/>
        <source>Kept</source>
        <extracomment>The disposition kinds as the interface names them (context &quot;GiftDispositions&quot;).</extracomment>
        <translation>보유</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="48"/>
        <source>Handed over</source>
        <translation>인계</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="49"/>
        <source>Displayed</source>
        <translation>전시</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="50"/>
        <source>Stored</source>
        <translation>보관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="51"/>
        <source>Loaned</source>
        <translation>대여</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="52"/>
        <source>Returned</source>
        <translation>반환</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="53"/>
        <source>Disposed of</source>
        <translation>폐기</translation>
    </message>
</context>
<context>
    <name>GiftRulesDialog</name>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="261"/>
        <source>Gift rules</source>
        <translation>선물 규정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="266"/>
        <source>A gift is judged by the rule of its recipient&apos;s office (the person&apos;s gift jurisdiction, e.g. DE-SN-KOMMUNAL) in force on the gift&apos;s day. Each rule has its limits in tiers, each with its consequence, and its source.</source>
        <translation>선물은 선물 일자에 시행 중인 수령자 직위의 규정(인물의 선물 관할, 예: DE-SN-KOMMUNAL)에 따라 판단합니다. 규정마다 단계별 기준과 그 조치, 출처가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="278"/>
        <source>Jurisdiction</source>
        <translation>관할</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="279"/>
        <source>Rule</source>
        <translation>규정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="280"/>
        <source>From</source>
        <translation>시행일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="282"/>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="284"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="290"/>
        <source>Add rule</source>
        <translation>규정 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="291"/>
        <source>Delete rule</source>
        <translation>규정 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="292"/>
        <source>Change gift rule</source>
        <translation>선물 규정 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="301"/>
        <source>Tier</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="303"/>
        <source>Limit</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="307"/>
        <source>Consequence</source>
        <translation>조치</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="313"/>
        <source>Add limit</source>
        <translation>기준 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="314"/>
        <source>Delete limit</source>
        <translation>기준 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="315"/>
        <source>Change limit</source>
        <translation>기준 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="327"/>
        <source>Make rules of the earlier thresholds</source>
        <translation>이전 신고 기준으로 규정 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="351"/>
        <source>&amp;Jurisdiction</source>
        <translation>관할(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="352"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="353"/>
        <source>Applies &amp;to</source>
        <translation>적용 대상(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="354"/>
        <source>In force &amp;from</source>
        <translation>시행일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="355"/>
        <source>In force &amp;until</source>
        <translation>종료일(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="356"/>
        <source>&amp;Source</source>
        <translation>출처(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="357"/>
        <source>Source add&amp;ress</source>
        <translation>출처 주소(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="358"/>
        <source>&amp;Valuation</source>
        <translation>가액 산정(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="359"/>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="362"/>
        <source>T&amp;ier</source>
        <translation>단계(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="363"/>
        <source>&amp;Amount</source>
        <translation>금액(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="364"/>
        <source>&amp;Currency</source>
        <translation>통화(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="365"/>
        <source>C&amp;onsequence</source>
        <translation>조치(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="370"/>
        <source>New rule</source>
        <translation>새 규정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="400"/>
        <source>Thresholds set in an earlier version (per country): %s</source>
        <translation>이전 버전에서 설정한 신고 기준(국가별): %s</translation>
    </message>
</context>
<context>
    <name>GiftValuationPanel</name>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="37"/>
        <source>Where the gift went</source>
        <translation>선물 처리 이력</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="79"/>
        <source>Use the rate of %1: 1 EUR = %2 %3 (%4)</source>
        <translation>%1 환율 적용: 1 EUR = %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="91"/>
        <source>⚠ Rate missing: this gift is left out of the register&apos;s EUR totals.</source>
        <translation>⚠ 환율 없음: 이 선물은 등록부의 유로 합계에서 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="95"/>
        <source>Value in EUR: %s</source>
        <translation>유로 환산액: %s</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="98"/>
        <source>Rule: %s</source>
        <translation>규정: %s</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="103"/>
        <source>Limit reached: %1 — %2</source>
        <translation>기준 해당: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="108"/>
        <source>A limit cannot be checked: no rate for its currency.</source>
        <translation>기준을 확인할 수 없음: 해당 통화의 환율이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/gift_valuation.py" line="122"/>
        <source>Use the stored rate</source>
        <translation>저장된 환율 적용</translation>
    </message>
</context>
<context>
    <name>GiftsSection</name>
    <message>
        <location filename="../../ui/delegations/records.py" line="284"/>
        <source>Add gift</source>
        <translation>선물 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="285"/>
        <source>Delete gift</source>
        <translation>선물 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="286"/>
        <source>Change gift</source>
        <translation>선물 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="293"/>
        <source>Gift rules…</source>
        <translation>선물 규정…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="295"/>
        <source>The gift rules of each office: limits, consequences, periods and sources</source>
        <translation>직위별 선물 규정: 기준, 조치, 시행 기간 및 출처</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="332"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="334"/>
        <location filename="../../ui/delegations/records.py" line="351"/>
        <source>Given</source>
        <translation>증정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="334"/>
        <location filename="../../ui/delegations/records.py" line="352"/>
        <source>Received</source>
        <translation>수령</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="339"/>
        <source>Gift</source>
        <translation>선물</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="340"/>
        <source>Maker</source>
        <translation>제작자</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="341"/>
        <source>Giver</source>
        <translation>증정자</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="342"/>
        <source>Recipient</source>
        <translation>수령인</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="343"/>
        <source>Value</source>
        <translation>가액</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="349"/>
        <source>Direc&amp;tion</source>
        <translation>방향(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="355"/>
        <source>De&amp;scription</source>
        <translation>설명(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="356"/>
        <source>&amp;Maker</source>
        <translation>제작자(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="357"/>
        <source>&amp;Giver</source>
        <translation>증정자(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="358"/>
        <source>&amp;Recipient</source>
        <translation>수령인(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="359"/>
        <source>&amp;Presented on</source>
        <translation>증정일(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="360"/>
        <source>Estimated va&amp;lue</source>
        <translation>추정 가액(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="361"/>
        <source>C&amp;urrency</source>
        <translation>통화(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="362"/>
        <source>Valuation basis</source>
        <translation>가액 산정 근거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="363"/>
        <source>Circumstances</source>
        <translation>증정 경위</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="364"/>
        <source>R&amp;ate (units per 1 EUR)</source>
        <translation>환율(1유로당 단위)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="365"/>
        <source>Date &amp;of the rate</source>
        <translation>환율 기준일(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="366"/>
        <source>Rate sour&amp;ce</source>
        <translation>환율 출처(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="367"/>
        <source>Disposition</source>
        <translation>처리 현황</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="368"/>
        <source>Inventory number</source>
        <translation>관리 번호</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="407"/>
        <source>New gift</source>
        <translation>새 선물</translation>
    </message>
</context>
<context>
    <name>GuestbookKind</name>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>City guestbook</source>
        <translation>시 방명록</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Golden Book</source>
        <translation>골든북</translation>
    </message>
</context>
<context>
    <name>GuestbookSection</name>
    <message>
        <location filename="../../ui/delegations/records.py" line="417"/>
        <source>Add guestbook entry</source>
        <translation>방명록 항목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="418"/>
        <source>Delete guestbook entry</source>
        <translation>방명록 항목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="419"/>
        <source>Change guestbook entry</source>
        <translation>방명록 항목 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="428"/>
        <location filename="../../ui/delegations/records.py" line="445"/>
        <source>Golden Book</source>
        <translation>골든북</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="429"/>
        <location filename="../../ui/delegations/records.py" line="444"/>
        <source>City guestbook</source>
        <translation>시 방명록</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="432"/>
        <source>Book</source>
        <translation>방명록</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="433"/>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="434"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="435"/>
        <source>Occasion</source>
        <translation>계기</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="436"/>
        <source>Volume/page</source>
        <translation>권/쪽</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="442"/>
        <source>&amp;Book</source>
        <translation>방명록(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="448"/>
        <source>&amp;Signed by</source>
        <translation>서명자(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="449"/>
        <source>Da&amp;te</source>
        <translation>날짜(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="450"/>
        <source>&amp;Occasion</source>
        <translation>계기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="451"/>
        <source>Vo&amp;lume</source>
        <translation>권(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="452"/>
        <source>&amp;Page</source>
        <translation>쪽(&amp;P)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/residencies/history.py" line="41"/>
        <source>&amp;Partnership:</source>
        <translation>파트너십(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="44"/>
        <source>Partnership</source>
        <translation>파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="45"/>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="46"/>
        <source>Residency</source>
        <translation>레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="47"/>
        <source>Exhibition</source>
        <translation>전시</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="48"/>
        <source>Gift</source>
        <translation>선물</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="49"/>
        <source>Guestbook</source>
        <translation>방명록</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="51"/>
        <source>to us</source>
        <translation>우리 측으로</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="51"/>
        <source>from us</source>
        <translation>우리 측에서</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="53"/>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="54"/>
        <source>planned</source>
        <translation>계획됨</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="55"/>
        <source>proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="56"/>
        <source>confirmed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="57"/>
        <source>ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="58"/>
        <source>completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="59"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="60"/>
        <source>city guestbook</source>
        <translation>시 방명록</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="61"/>
        <source>Golden Book</source>
        <translation>골든북</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="66"/>
        <source>Partnership with %s begins</source>
        <translation>%s와(과)의 파트너십 시작</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="69"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="74"/>
        <source>artist to be named</source>
        <translation>예술가 미정</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="86"/>
        <source>vol. %1, p. %2</source>
        <translation>%1권, %2쪽</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="89"/>
        <source>vol. %1</source>
        <translation>%1권</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="91"/>
        <source>p. %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="103"/>
        <source>When</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="105"/>
        <source>What</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="109"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="110"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="111"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/history.py" line="129"/>
        <source>Enter or double-click opens the record.</source>
        <translation>Enter 키를 누르거나 두 번 클릭하면 항목이 열립니다.</translation>
    </message>
</context>
<context>
    <name>HostsPanel</name>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="233"/>
        <source>Precedence</source>
        <extracomment>person id -&gt; name, for the &quot;interprets for&quot; choices (set by the section).</extracomment>
        <translation>의전 서열</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="237"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="238"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="239"/>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="257"/>
        <source>Find a person by name…</source>
        <translation>이름으로 사람 찾기…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="260"/>
        <source>Add h&amp;ost</source>
        <translation>주최 측 인사 추가(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="262"/>
        <source>Add the chosen person to the hosts of this visit</source>
        <translation>선택한 사람을 이 방문의 주최 측 인사로 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="264"/>
        <location filename="../../ui/delegations/precedence.py" line="425"/>
        <source>Remove host</source>
        <translation>주최 측 인사 제거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="278"/>
        <source>Add a host</source>
        <translation>주최 측 인사 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="285"/>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="287"/>
        <source>In&amp;terprets for</source>
        <translation>통역 대상(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="289"/>
        <source>Selected host</source>
        <translation>선택한 주최 측 인사</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="309"/>
        <source>Host</source>
        <translation>주최자</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="349"/>
        <source>(nobody)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="369"/>
        <source>Change host</source>
        <translation>주최 측 인사 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="382"/>
        <source>Choose a person from the list.</source>
        <translation>목록에서 사람을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="397"/>
        <source>Add host</source>
        <translation>주최 측 인사 추가</translation>
    </message>
</context>
<context>
    <name>IcsOptionsDialog</name>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="60"/>
        <source>Export as iCalendar</source>
        <extracomment>QSettings keys of the remembered choices. The same limit as the export&apos;s (services/ics.py MAX_ALARM_MINUTES: a week).</extracomment>
        <translation>iCalendar로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="71"/>
        <source>The language of the titles, places and descriptions</source>
        <translation>제목, 장소, 설명의 언어</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="72"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="78"/>
        <source>The whole program</source>
        <translation>전체 일정</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="82"/>
        <source>A member&apos;s calendar holds only the items that member attends</source>
        <translation>구성원의 캘린더에는 그 구성원이 참석하는 일정만 들어갑니다</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="84"/>
        <source>Calendar &amp;for:</source>
        <translation>캘린더 대상(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="87"/>
        <source>&amp;Remind</source>
        <translation>알림(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="93"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="94"/>
        <source>Minutes before each program item</source>
        <translation>각 일정 시작 몇 분 전</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="95"/>
        <source>before each program item</source>
        <translation>각 일정 전</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="105"/>
        <source>Reminder:</source>
        <translation>알림:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/ics_options.py" line="115"/>
        <source>No office e-mail is set (Settings &gt; Letterhead): the calendar is exported without an organizer, as a plain calendar.</source>
        <translation>사무실 이메일이 설정되지 않았습니다(설정 &gt; 레터헤드). 캘린더를 주최자 없이 일반 캘린더로 내보냅니다.</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../ui/interchange.py" line="43"/>
        <source>settings: %1</source>
        <extracomment>The sections the interchange service counts on import, as &quot;name: count&quot; texts.</extracomment>
        <translation>설정: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="44"/>
        <source>partnerships: %1</source>
        <translation>파트너십: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="45"/>
        <source>people: %1</source>
        <translation>인물: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="46"/>
        <source>venues: %1</source>
        <translation>장소: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="47"/>
        <source>visits: %1</source>
        <translation>방문: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="48"/>
        <source>delegation members: %1</source>
        <translation>대표단 구성원: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="49"/>
        <source>program items: %1</source>
        <translation>일정 항목: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="50"/>
        <source>gifts: %1</source>
        <translation>선물: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="51"/>
        <source>guestbook entries: %1</source>
        <translation>방명록 항목: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="52"/>
        <source>residencies: %1</source>
        <translation>레지던시: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="53"/>
        <source>deliverables: %1</source>
        <translation>약정 결과물: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="54"/>
        <source>checklist items: %1</source>
        <translation>체크리스트 항목: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="55"/>
        <source>exhibitions: %1</source>
        <translation>전시: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="56"/>
        <source>printed documents: %1</source>
        <translation>인쇄 문서: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="66"/>
        <source>Exchange Planner files (*.json);;All files (*)</source>
        <translation>Exchange Planner 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="76"/>
        <source>Export exchange file</source>
        <translation>교환 파일 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="85"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="87"/>
        <source>Exported to %s</source>
        <translation>%s(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="112"/>
        <location filename="../../ui/interchange.py" line="218"/>
        <source>Import exchange file</source>
        <extracomment>Emitted with the counts per section when the records are written. Emitted with the message shown when the file was refused or could not be read.</extracomment>
        <translation>교환 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="113"/>
        <source>Reading %s…</source>
        <translation>%s 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="114"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="153"/>
        <source>Imported %s</source>
        <translation>가져옴: %s</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="154"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="162"/>
        <source>Import cancelled; nothing was imported</source>
        <translation>가져오기가 취소되어 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="173"/>
        <source>Nothing was imported.

%s</source>
        <translation>아무것도 가져오지 않았습니다.

%s</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="177"/>
        <source>Import refused</source>
        <translation>가져오기 거부됨</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="185"/>
        <source>Reading the file…</source>
        <extracomment>The steps of an import as the progress dialog names them.</extracomment>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="186"/>
        <source>Reading the JSON…</source>
        <translation>JSON을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="187"/>
        <source>Checking every record…</source>
        <translation>모든 항목을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="188"/>
        <source>Writing the records (all or nothing)…</source>
        <translation>항목을 기록하는 중(전부 기록하거나 하나도 기록하지 않음)…</translation>
    </message>
</context>
<context>
    <name>LetterheadPage</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>Printed at the top of the first page of every document, in the document&apos;s languages. Empty: documents have no letterhead.</source>
        <extracomment>The longest side, in pixels, of the PNG an SVG logo is printed as (300 dpi at 45 mm).</extracomment>
        <translation>모든 문서의 첫 페이지 상단에 문서의 언어로 인쇄됩니다. 비워 두면 문서에 레터헤드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>Office</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Office name</source>
        <translation>기관 이름</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>Address lines</source>
        <translation>주소(줄별)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Exported calendars name the office as their organizer with this address; empty: calendars are exported without an organizer</source>
        <translation>내보낸 캘린더에 이 주소로 사무실이 주최자로 표시됩니다. 비워 두면 주최자 없이 내보냅니다</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Office e-ma&amp;il:</source>
        <translation>사무실 이메일(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="195"/>
        <source>Choose l&amp;ogo…</source>
        <translation>로고 선택(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>A PNG or SVG file of at most 2 MB</source>
        <translation>최대 2MB의 PNG 또는 SVG 파일</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="199"/>
        <source>Re&amp;move logo</source>
        <translation>로고 제거(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="222"/>
        <source>No logo</source>
        <extracomment>The logo shown (None: none); stored on OK.</extracomment>
        <translation>로고 없음</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>Choose a logo</source>
        <translation>로고 선택</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="244"/>
        <source>Logos (*.png *.svg);;All files (*)</source>
        <translation>로고 (*.png *.svg);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>“%1” could not be opened: %2</source>
        <translation>“%1”을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>“%1” is larger than %2 MB; choose a smaller file.</source>
        <translation>“%1”이(가) %2MB보다 큽니다. 더 작은 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="287"/>
        <source>“%1” is neither a PNG nor an SVG file.</source>
        <translation>“%1”은(는) PNG 또는 SVG 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="289"/>
        <source>“%1” could not be read as an image.</source>
        <translation>“%1”을(를) 이미지로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="292"/>
        <source>“%1” is larger than %2 pixels on a side; choose a smaller image.</source>
        <translation>“%1”의 한 변이 %2픽셀보다 큽니다. 더 작은 이미지를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="313"/>
        <source>The office name in %1 is too long.</source>
        <translation>%1 기관 이름이 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="315"/>
        <source>The address in %1 is too long.</source>
        <translation>%1 주소가 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="319"/>
        <source>The address in %1 has more than %2 lines.</source>
        <translation>%1 주소가 %2줄을 넘습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="343"/>
        <source>The e-mail address is too long.</source>
        <translation>이메일 주소가 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="346"/>
        <source>“%1” is not an e-mail address; write it like protocol@example.org.</source>
        <translation>“%1”은(는) 이메일 주소가 아닙니다. protocol@example.org처럼 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../ui/delegations/gift_rules.py" line="239"/>
        <source>Delete %s?</source>
        <translation>%s을(를) 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>ListFrame</name>
    <message>
        <location filename="../../ui/widgets/record_list.py" line="55"/>
        <source>Search…</source>
        <extracomment>The current row&apos;s record id, or None when no row is current.</extracomment>
        <translation>검색…</translation>
    </message>
</context>
<context>
    <name>LockWaitFeedback</name>
    <message>
        <location filename="../../ui/lock_wait.py" line="38"/>
        <source>unknown program</source>
        <translation>알 수 없는 프로그램</translation>
    </message>
    <message>
        <location filename="../../ui/lock_wait.py" line="40"/>
        <source>Waiting for %1: locked by another program (%2); giving up after %3 s…</source>
        <translation>%1 대기 중: 다른 프로그램(%2)이 잠갔습니다. %3초 후 중단합니다…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Read-only: changes cannot be saved</source>
        <extracomment>The tabs in their order; each area stays in its own package, imported when first shown. Windows opened with File &gt; New window, kept alive until they are closed. The database server connection&apos;s state (&quot;connected&quot;, &quot;lost&quot;, &quot;reconnected&quot;), emitted by the change listener&apos;s thread; shown in the status bar. How long &quot;Reconnected&quot; stays in the status bar (milliseconds). Set while the tabs are filled or a page replaces its placeholder.</extracomment>
        <translation>읽기 전용: 변경 사항을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Network folder: not safe for a team</source>
        <translation>네트워크 폴더: 팀 작업에 안전하지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;File</source>
        <extracomment>A save waiting for another program&apos;s lock shows a busy cursor and the holder here (made with the database, ``_watch_lock_waits``). The record last selected per kind (e.g. {&quot;visit&quot;: 3}); actions on &quot;the current visit&quot;. The open still to finish after the first screen (``ui/first_screen.FullOpen``). The first screen shown before the database is fully open (None once it is).</extracomment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;New database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>&amp;Open database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>New &amp;window</source>
        <translation>새 창(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Another window on the same database; both show each other&apos;s changes</source>
        <translation>같은 데이터베이스에서 창을 하나 더 엽니다. 두 창에는 서로의 변경 사항이 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Open the &amp;sample (temporary copy)</source>
        <translation>샘플 열기(임시 사본)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Import exchange file…</source>
        <translation>교환 파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Export exchange file…</source>
        <translation>교환 파일 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Show &amp;log folder</source>
        <translation>로그 폴더 표시(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Open the folder with the log file, which records unexpected errors</source>
        <translation>예기치 않은 오류를 기록하는 로그 파일이 있는 폴더를 엽니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;About Exchange Planner</source>
        <translation>Exchange Planner 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Sample (temporary copy)</source>
        <translation>샘플(임시 사본)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>%s (read-only)</source>
        <translation>%s (읽기 전용)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>New window</source>
        <translation>새 창</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>%1 lies on a network folder (%2). SQLite cannot share a file safely over a network: when several people write it at once, changes can be lost or the file damaged. Work on it alone, or move the plans to a PostgreSQL server for a team (File &gt; Open database… takes a postgresql:// address).</source>
        <translation>%1은(는) 네트워크 폴더(%2)에 있습니다. SQLite는 네트워크를 통해 파일을 안전하게 공유할 수 없습니다. 여러 사람이 동시에 기록하면 변경 사항이 유실되거나 파일이 손상될 수 있습니다. 혼자서만 작업하거나, 팀으로 작업하려면 계획을 PostgreSQL 서버로 옮기십시오(파일 &gt; 데이터베이스 열기…에서 postgresql:// 주소를 입력할 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Network folder</source>
        <translation>네트워크 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>Database server unreachable — reconnecting…</source>
        <translation>데이터베이스 서버에 연결할 수 없음 — 다시 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="555"/>
        <source>The connection to the database server was lost. Changes cannot be saved until it is back; what you typed stays in its field.</source>
        <translation>데이터베이스 서버와의 연결이 끊어졌습니다. 연결이 복구될 때까지 변경 사항을 저장할 수 없습니다. 입력한 내용은 해당 필드에 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Reconnected</source>
        <translation>다시 연결됨</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>The database server answers again; everything shown was re-read.</source>
        <translation>데이터베이스 서버가 다시 응답합니다. 표시된 모든 내용을 다시 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="580"/>
        <source>Cannot open database</source>
        <translation>데이터베이스를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="584"/>
        <source>Opened %s</source>
        <translation>%s을(를) 열었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590"/>
        <location filename="../../ui/main_window.py" line="599"/>
        <location filename="../../ui/main_window.py" line="694"/>
        <location filename="../../ui/main_window.py" line="703"/>
        <source>New database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <location filename="../../ui/main_window.py" line="611"/>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Exchange Planner databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Exchange Planner 데이터베이스 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <location filename="../../ui/main_window.py" line="704"/>
        <source>%s already exists. Use Open to work with it, or choose another name.</source>
        <translation>%s이(가) 이미 있습니다. 이 파일로 작업하려면 ‘데이터베이스 열기’를 사용하거나 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>This database is not a local file; back it up with the server&apos;s tools.</source>
        <translation>이 데이터베이스는 로컬 파일이 아닙니다. 서버의 도구로 백업하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="647"/>
        <source>Backup written to %s</source>
        <translation>백업을 %s에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>Import exchange file</source>
        <translation>교환 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>%1 is read-only; the exchange file %2 was not imported.</source>
        <translation>%1은(는) 읽기 전용입니다. 교환 파일 %2을(를) 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="677"/>
        <source>Import the exchange file %1 into the database %2?

The file is read and checked first; nothing is written unless every record in it passes.</source>
        <translation>교환 파일 %1을(를) 데이터베이스 %2(으)로 가져올까요?

먼저 파일을 읽고 검사합니다. 모든 레코드가 검사를 통과해야만 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681"/>
        <location filename="../../ui/main_window.py" line="690"/>
        <source>Nothing was imported</source>
        <translation>아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="685"/>
        <source>%1 is an exchange file. An exchange file is imported only into an empty database, and %2 already holds plans.

Create a new database and import the file into it?</source>
        <translation>%1은(는) 교환 파일입니다. 교환 파일은 빈 데이터베이스로만 가져올 수 있는데, %2에는 이미 계획이 있습니다.

새 데이터베이스를 만들어 이 파일을 가져올까요?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="722"/>
        <source>Personal &amp;data…</source>
        <translation>개인 정보(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="725"/>
        <source>Retention of personal data, what is due, and its erasure with an export</source>
        <translation>개인 정보 보존 기간, 삭제 대상, 내보내기 후 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="759"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="841"/>
        <source>Cannot show record #%d (%s)</source>
        <translation>항목 #%d(%s)을(를) 표시할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="854"/>
        <source>Log folder</source>
        <translation>로그 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="855"/>
        <source>The log folder is %s</source>
        <translation>로그 폴더: %s</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="110"/>
        <source>Family name</source>
        <extracomment>Preview columns that hold times: their headers name the zone they are shown in. The problems list shows at most this many messages (and how many more there are). The service&apos;s field names as the dialog shows them (the keys of the service&apos;s ``FIELDS``).</extracomment>
        <translation>성</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="111"/>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="112"/>
        <source>Name in own script</source>
        <translation>고유 문자 표기 이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="113"/>
        <source>Name order</source>
        <translation>이름 순서</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="114"/>
        <source>Title / function</source>
        <translation>직함 / 직책</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="115"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="116"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="117"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="118"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="119"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="120"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="121"/>
        <source>Arrival</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="122"/>
        <source>Departure</source>
        <translation>출발</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="123"/>
        <source>Hotel room</source>
        <translation>호텔 객실</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="124"/>
        <source>Dietary notes</source>
        <translation>식단 관련 참고 사항</translation>
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
        <translation>CP949 (한국어)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="141"/>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (한국어)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="142"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="329"/>
        <source>Role change</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="422"/>
        <source>Import delegation members</source>
        <extracomment>The dialog has settled: a preview is shown, the file was refused, or reading stopped.</extracomment>
        <translation>대표단 구성원 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="452"/>
        <source>No file chosen (CSV or XLSX).</source>
        <extracomment>The role table: what was kept for the visit&apos;s partnership, and this dialog&apos;s edits. The skipped-rows report of the last import (&quot;&quot; when none was skipped), and its window.</extracomment>
        <translation>선택한 파일이 없습니다(CSV 또는 XLSX).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="454"/>
        <source>&amp;Choose file…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="469"/>
        <source>&amp;Read as:</source>
        <translation>인코딩(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="476"/>
        <source>&amp;Header row:</source>
        <translation>머리글 행(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="478"/>
        <source>The row of the file that holds the column names</source>
        <translation>열 이름이 들어 있는 파일의 행</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="491"/>
        <source>Columns</source>
        <translation>열 지정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="505"/>
        <source>Ro&amp;les</source>
        <translation>역할(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="522"/>
        <source>How the values of the role column are taken; kept for the next list of this partnership</source>
        <translation>역할 열의 값을 어떻게 받아들일지 정합니다. 이 자매결연의 다음 명단에도 사용됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="526"/>
        <source>&amp;Undo role change</source>
        <translation>역할 변경 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="569"/>
        <source>Times are read and shown in %s, the visit&apos;s local time.</source>
        <translation>시간은 방문지 현지 시간인 %s 기준으로 읽고 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="573"/>
        <source>S&amp;kip rows with errors</source>
        <translation>오류가 있는 행 건너뛰기(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="576"/>
        <source>Import the rows without problems and list the others in a report</source>
        <translation>문제가 없는 행만 가져오고 나머지는 보고서에 나열합니다</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="582"/>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="595"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="626"/>
        <location filename="../../ui/delegations/member_import_dialog.py" line="959"/>
        <source>Member list</source>
        <translation>구성원 명단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="628"/>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>구성원 명단 (*.csv *.xlsx *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="653"/>
        <source>Reading the header row…</source>
        <translation>머리글 행을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="665"/>
        <source>Reading %s…</source>
        <translation>%s 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="684"/>
        <source>Checking the rows…</source>
        <translation>행을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="735"/>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="771"/>
        <source>Stopped; nothing was imported. Choose the file again.</source>
        <translation>중지되었습니다. 아무것도 가져오지 않았습니다. 파일을 다시 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="783"/>
        <source>The columns need attention.</source>
        <translation>열 지정을 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="788"/>
        <source>Cannot read the file.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="790"/>
        <source>Nothing to import.</source>
        <translation>가져올 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="794"/>
        <source>The file could not be read because of an internal error.</source>
        <translation>내부 오류로 인해 파일을 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="804"/>
        <source>%1 — %2 rows below the header</source>
        <translation>%1 — 머리글 아래 %2개 행</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="810"/>
        <source>Encoding: %s</source>
        <translation>인코딩: %s</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="814"/>
        <source>Format: Excel workbook (XLSX)</source>
        <translation>형식: Excel 통합 문서(XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="818"/>
        <source>This file is named .xlsx but holds text; it is read as text.</source>
        <translation>이 파일은 이름이 .xlsx이지만 텍스트가 들어 있으므로 텍스트로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="831"/>
        <source>(not in the file)</source>
        <translation>(파일에 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="833"/>
        <source>column %d</source>
        <translation>%d열</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="850"/>
        <source>… and %d more problems</source>
        <translation>… 외 %d개의 문제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/delegations/member_import_dialog.py" line="865"/>
        <source>%n value(s) not mapped to a role; their rows are rows with errors.</source>
        <translation>
            <numerusform>역할이 지정되지 않은 값 %n개. 해당 행은 오류 행입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="871"/>
        <source>Kept for the next list of this partnership.</source>
        <translation>이 자매결연의 다음 명단에도 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="874"/>
        <source>The file has no role column; everyone is an Official.</source>
        <translation>파일에 역할 열이 없습니다. 모두 공식 단원으로 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="884"/>
        <source>%1 of %2 rows have problems; they are skipped and listed in a report, %3 members are imported.</source>
        <translation>%2개 행 중 %1개 행에 문제가 있습니다. 이 행은 건너뛰고 보고서에 나열하며, 단원 %3명을 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="894"/>
        <source>Every row has a problem: there is nothing to import, even with “Skip rows with errors”.</source>
        <translation>모든 행에 문제가 있습니다. “오류가 있는 행 건너뛰기”를 선택해도 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="900"/>
        <source>%d of %d rows have problems; nothing is imported until all are fixed.</source>
        <translation>%d개 행에 문제가 있습니다(전체 %d개 행). 모두 수정할 때까지 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="906"/>
        <source>%d members ready to import (%d already in the directory).</source>
        <translation>구성원 %d명을 가져올 준비가 되었습니다(%d명은 이미 인물 목록에 있음).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="932"/>
        <source>Import %d members</source>
        <translation>구성원 %d명 가져오기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/delegations/member_import_dialog.py" line="958"/>
        <source>%1: %n row(s) skipped, not imported</source>
        <translation>
            <numerusform>%1: %n개 행을 건너뛰었고 가져오지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="965"/>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Head</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Deputy</source>
        <translation>부단장</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Official</source>
        <translation>공무원</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Staff</source>
        <translation>실무자</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Interpreter</source>
        <translation>통역사</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Press</source>
        <translation>언론</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Driver</source>
        <translation>운전기사</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Security</source>
        <translation>경호</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
</context>
<context>
    <name>MemberTravel</name>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="25"/>
        <source>Flight</source>
        <translation>항공편</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="26"/>
        <source>Train</source>
        <translation>열차</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="27"/>
        <source>Car</source>
        <translation>자동차</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="28"/>
        <source>Bus</source>
        <translation>버스</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="29"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="32"/>
        <source>single</source>
        <translation>싱글룸</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="33"/>
        <source>double</source>
        <translation>더블룸</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="34"/>
        <source>twin</source>
        <translation>트윈룸</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="35"/>
        <source>triple</source>
        <translation>트리플룸</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="36"/>
        <source>suite</source>
        <translation>스위트룸</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="60"/>
        <source>Terminal %1</source>
        <translation>%1 터미널</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="71"/>
        <source>Pick-up: %1</source>
        <translation>픽업: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="85"/>
        <source>shares with %1</source>
        <translation>%1 님과 같은 방</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="94"/>
        <source>Own hotel: %1</source>
        <translation>개별 숙소: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="96"/>
        <source>Hotel of the visit: %1</source>
        <translation>방문 숙소: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="101"/>
        <source>Special requests: %1</source>
        <translation>특별 요청: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="118"/>
        <location filename="../../ui/delegations/member_travel.py" line="161"/>
        <source>(not known)</source>
        <translation>(미정)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="123"/>
        <source>Arrives by</source>
        <translation>도착 교통편</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="124"/>
        <source>Arrival carrier</source>
        <translation>도착 항공사/운송사</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="125"/>
        <source>Arrival flight / train no.</source>
        <translation>도착 항공편/열차 번호</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="126"/>
        <source>Arrival airport / station</source>
        <translation>도착 공항/역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="127"/>
        <source>Arrival terminal</source>
        <translation>도착 터미널</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="128"/>
        <source>Pick-up on arrival</source>
        <translation>도착 시 픽업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="131"/>
        <source>Departs by</source>
        <translation>출발 교통편</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="132"/>
        <source>Departure carrier</source>
        <translation>출발 항공사/운송사</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="133"/>
        <source>Departure flight / train no.</source>
        <translation>출발 항공편/열차 번호</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="134"/>
        <source>Departure airport / station</source>
        <translation>출발 공항/역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="135"/>
        <source>Departure terminal</source>
        <translation>출발 터미널</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="136"/>
        <source>Pick-up on departure</source>
        <translation>출발 시 픽업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="146"/>
        <source>Hotel</source>
        <translation>숙소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="150"/>
        <source>(the visit&apos;s hotel)</source>
        <translation>(방문 숙소)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="155"/>
        <source>Leave empty when the member stays at the visit&apos;s hotel</source>
        <translation>구성원이 방문 숙소에 묵으면 비워 두십시오</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="164"/>
        <source>Room type</source>
        <translation>객실 유형</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="167"/>
        <source>Special requests</source>
        <translation>특별 요청</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_travel.py" line="171"/>
        <source>Mobile</source>
        <translation>휴대전화</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <location filename="../../ui/delegations/members.py" line="143"/>
        <source>Name</source>
        <extracomment>The planning checks naming each member (by person), computed in the background.</extracomment>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="149"/>
        <source>Precedence</source>
        <translation>의전 서열</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="153"/>
        <location filename="../../ui/delegations/members.py" line="278"/>
        <source>Own script</source>
        <translation>원어</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="154"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="156"/>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="161"/>
        <source>Arrival</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="166"/>
        <source>Departure</source>
        <translation>출발</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="171"/>
        <location filename="../../ui/delegations/members.py" line="296"/>
        <source>Room</source>
        <translation>객실</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="175"/>
        <source>Mobile</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="192"/>
        <source>Drag a member, or use Ctrl+Up / Ctrl+Down, to change the order</source>
        <translation>순서를 바꾸려면 구성원을 끌어 놓거나 Ctrl+Up / Ctrl+Down을 사용하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="201"/>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="204"/>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="207"/>
        <source>Remove from delegation</source>
        <translation>대표단에서 제외</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="214"/>
        <source>Import list…</source>
        <translation>명단 가져오기…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="218"/>
        <source>Override place…</source>
        <translation>서열 지정…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="223"/>
        <source>Put the selected participant at another place, with a reason</source>
        <translation>선택한 참가자를 사유와 함께 다른 서열에 놓기</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="226"/>
        <source>Clear override</source>
        <translation>지정 해제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="231"/>
        <source>Put the selected participant back at the computed place</source>
        <translation>선택한 참가자를 계산된 서열로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="262"/>
        <source>Find a person by name…</source>
        <extracomment>member id -&gt; its entry in the visit&apos;s computed order of precedence.</extracomment>
        <translation>이름으로 인물 찾기…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="265"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="266"/>
        <source>Add the chosen person to the delegation</source>
        <translation>선택한 인물을 대표단에 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="276"/>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="277"/>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="279"/>
        <source>Add &amp;new person</source>
        <translation>새 인물 추가(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="285"/>
        <source>Add a member</source>
        <translation>구성원 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="293"/>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="294"/>
        <source>Arr&amp;ival</source>
        <translation>도착(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="295"/>
        <source>De&amp;parture</source>
        <translation>출발(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="297"/>
        <source>In&amp;terprets for</source>
        <translation>통역 대상(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="308"/>
        <source>Selected member</source>
        <extracomment>Travel and stay: how the member arrives and departs, the hotel, the mobile number.</extracomment>
        <translation>선택한 구성원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="312"/>
        <source>Travel and stay</source>
        <translation>도착·출발 및 숙소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="347"/>
        <source>Delegation</source>
        <extracomment>The delegation and the home city&apos;s hosts: one order of precedence, two lists.</extracomment>
        <translation>대표단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="348"/>
        <source>Hosts (home city)</source>
        <translation>주최 측(우리 도시)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="456"/>
        <source>(nobody)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="488"/>
        <location filename="../../ui/delegations/members.py" line="499"/>
        <source>Change member</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>구성원 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="524"/>
        <source>Choose a person from the list, or enter a new person below.</source>
        <translation>목록에서 인물을 선택하거나 아래에 새 인물을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="529"/>
        <source>Add member</source>
        <translation>구성원 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="575"/>
        <source>Add new person</source>
        <translation>새 인물 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="604"/>
        <source>Change precedence</source>
        <translation>의전 서열 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="627"/>
        <location filename="../../ui/delegations/members.py" line="635"/>
        <source>Remove member</source>
        <translation>구성원 제외</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/members.py" line="628"/>
        <source>Remove %s from this delegation?</source>
        <translation>이 대표단에서 %s 님을 제외하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <location filename="../../ui/interchange.py" line="235"/>
        <source>Partnership</source>
        <extracomment>Record kinds as the preview names them.</extracomment>
        <translation>파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="236"/>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="237"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="238"/>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="239"/>
        <source>Delegation member</source>
        <translation>대표단 구성원</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="240"/>
        <source>Host</source>
        <translation>주최 측</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="241"/>
        <source>Rank table</source>
        <translation>직급표</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="242"/>
        <source>Rank</source>
        <translation>직급</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="243"/>
        <source>Program item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="252"/>
        <source>Merge exchange file</source>
        <translation>교환 파일 병합</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="259"/>
        <source>Nothing was merged.

%s</source>
        <translation>병합된 내용이 없습니다.

%s</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="278"/>
        <location filename="../../ui/interchange.py" line="435"/>
        <source>Merge %1</source>
        <extracomment>Instants are shown on the home city&apos;s clock, as the editors show them.</extracomment>
        <translation>%1 병합</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="287"/>
        <source>Record / field</source>
        <translation>레코드 / 필드</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="287"/>
        <source>Here</source>
        <translation>이쪽</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="287"/>
        <source>In the file</source>
        <translation>파일의 값</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="298"/>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="301"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="316"/>
        <source>%1 new, %2 changed, %3 conflicting records.</source>
        <translation>새 레코드 %1개, 변경 %2개, 충돌 %3개.</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="323"/>
        <source>Conflicting records were changed here and in the file since the file was made; nothing can be merged until they agree (change them here or ask the partner office for a new file).</source>
        <translation>충돌하는 레코드는 파일이 만들어진 뒤 이쪽과 파일 양쪽에서 변경되었습니다. 양쪽이 일치할 때까지 아무것도 병합할 수 없습니다(이쪽에서 수정하거나 상대 사무소에 새 파일을 요청하십시오).</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="329"/>
        <source>The file holds nothing that is not already here.</source>
        <translation>파일에는 이미 여기에 없는 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="333"/>
        <source>Not merged: %1 (a merge takes visits, partnerships, people and venues).</source>
        <translation>병합되지 않음: %1(병합 대상은 방문, 자매결연, 인물, 장소입니다).</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="339"/>
        <source>Conflicts (%1)</source>
        <translation>충돌(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="340"/>
        <source>Changed (%1)</source>
        <translation>변경(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="341"/>
        <source>New (%1)</source>
        <translation>신규(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="386"/>
        <source>Deleted here by %1 at %2</source>
        <translation>%2에 %1이(가) 이쪽에서 삭제함</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="390"/>
        <source>Changed here by %1 at %2</source>
        <translation>%2에 %1이(가) 이쪽에서 변경함</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="392"/>
        <source>Changed here; no common base</source>
        <translation>이쪽에서 변경됨, 공통 기준 없음</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="400"/>
        <source>Nothing was merged: %1</source>
        <translation>병합된 내용 없음: %1</translation>
    </message>
    <message>
        <location filename="../../ui/interchange.py" line="404"/>
        <source>Merged %1: %2 new, %3 changed</source>
        <translation>%1 병합됨: 신규 %2개, 변경 %3개</translation>
    </message>
</context>
<context>
    <name>MissingSection</name>
    <message>
        <location filename="../../ui/delegations/missing.py" line="48"/>
        <source>&amp;Print language:</source>
        <extracomment>Item data: the ``Missing`` entry of a line. A line was activated: the entry and the language to open.</extracomment>
        <translation>인쇄 언어(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/missing.py" line="59"/>
        <source>Record</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/missing.py" line="59"/>
        <source>Missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/missing.py" line="73"/>
        <source>Enter or a double-click opens the field&apos;s translations.</source>
        <translation>Enter 키 또는 더블클릭으로 해당 필드의 번역을 엽니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/delegations/missing.py" line="117"/>
        <source>A print in %1 shows the original of %n text(s):</source>
        <translation>
            <numerusform>%1 인쇄물에는 텍스트 %n개가 원문으로 표시됩니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/missing.py" line="121"/>
        <source>Every text has its %1 translation.</source>
        <translation>모든 텍스트에 %1 번역이 있습니다.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/delegations/seating.py" line="344"/>
        <source>&amp;Seat:</source>
        <extracomment>The field label of a refusal (``ui/undo.py`` asks it for the message).</extracomment>
        <translation>좌석(&amp;S):</translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="51"/>
        <source>New entry on %s</source>
        <translation>%s 새 항목</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="54"/>
        <source>&amp;Program item of a visit</source>
        <translation>방문의 일정 항목(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="55"/>
        <source>&amp;Visit</source>
        <translation>방문(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="68"/>
        <source>e.g. Meeting with the cultural office</source>
        <translation>예: 문화과와의 면담</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="82"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="83"/>
        <location filename="../../ui/calendar/dialogs.py" line="104"/>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="84"/>
        <location filename="../../ui/calendar/dialogs.py" line="105"/>
        <location filename="../../ui/calendar/dialogs.py" line="112"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="85"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="86"/>
        <location filename="../../ui/calendar/dialogs.py" line="106"/>
        <source>Starts (%s)</source>
        <translation>시작 (%s)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="87"/>
        <location filename="../../ui/calendar/dialogs.py" line="107"/>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="97"/>
        <source>Incoming (they come here)</source>
        <translation>초청 (상대측이 이곳으로 방문)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="98"/>
        <source>Outgoing (we travel)</source>
        <translation>파견 (우리 측이 출장)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="108"/>
        <location filename="../../ui/calendar/dialogs.py" line="113"/>
        <source>Partnership</source>
        <translation>파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="109"/>
        <location filename="../../ui/calendar/dialogs.py" line="115"/>
        <source>First day</source>
        <translation>첫째 날</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="110"/>
        <location filename="../../ui/calendar/dialogs.py" line="116"/>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="114"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="144"/>
        <source>No visit near this day</source>
        <translation>이 날짜 부근의 방문 없음</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="150"/>
        <source>No partnership yet</source>
        <translation>아직 파트너십 없음</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="157"/>
        <source>A visit belongs to a partnership: add the partner city first (People &amp; Venues &gt; Partnerships, or Start planning on the welcome page).</source>
        <translation>방문은 파트너십에 속합니다. 먼저 파트너 도시를 추가하십시오(인물 및 장소 &gt; 파트너십, 또는 시작 페이지의 “계획 시작”).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="167"/>
        <source>choose a visit</source>
        <translation>방문 선택</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="179"/>
        <source>choose a partnership</source>
        <translation>파트너십 선택</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="200"/>
        <source>enter a date and a time</source>
        <translation>날짜와 시간 입력</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/dialogs.py" line="212"/>
        <source>enter a date</source>
        <translation>날짜 입력</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../ui/app.py" line="180"/>
        <source>There is no file %1.</source>
        <extracomment>``storage.database.DB_ENV_VAR`` (that module is loaded only to open a database). Diagnostic only (like the hidden ``--self-test``): when set, the window quits with 0 right after its first paint of the first screen (the calendar&apos;s view with the entries of the period shown, or the welcome page of an empty database) and prints one line ``first-paint view=... entries=N``. ``benchmarks/bench_startup.py`` times start-up with it; it changes nothing that is imported or built, nor when. How long the end of the application waits for background tasks (a print, a read) to end. The instance part of the X11 window class; equals the desktop file&apos;s StartupWMClass. Families registered by :func:`install_hangul_fallback` (for tests and diagnostics). The translators :func:`install_interface_language` installed last (replaced on a new call). The messages for a file given to open that is not opened (``cli/open_file.Problem``).</extracomment>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="181"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="183"/>
        <source>%1 is neither an Exchange Planner database (SQLite) nor an exchange file (JSON); nothing was opened.</source>
        <translation>%1은(는) Exchange Planner 데이터베이스(SQLite)도 교환 파일(JSON)도 아닙니다. 아무것도 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="188"/>
        <source>%1 is not a file on this computer; a server database opens with --db ADDRESS.</source>
        <translation>%1은(는) 이 컴퓨터의 파일이 아닙니다. 서버 데이터베이스는 --db 주소로 엽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="207"/>
        <source>Cannot open file</source>
        <translation>파일을 열 수 없음</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="148"/>
        <source>Override place</source>
        <extracomment>The widest the Precedence column grows to show an override&apos;s reason: a long reason is cut off (its tooltip has it whole) rather than pushing the names out of sight.</extracomment>
        <translation>서열 지정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="153"/>
        <source>%1 is at place %2 (computed: %3).</source>
        <translation>%1의 서열은 %2위입니다(계산: %3위).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="166"/>
        <source>e.g. guest of honour at this visit</source>
        <translation>예: 이번 방문의 주빈</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="171"/>
        <source>&amp;Place</source>
        <translation>서열(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/precedence.py" line="172"/>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../../ui/delegations/overview.py" line="72"/>
        <source>&amp;Partnership</source>
        <translation>파트너십(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="73"/>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="75"/>
        <source>Di&amp;rection</source>
        <translation>방향(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="77"/>
        <source>Fro&amp;m</source>
        <translation>시작일(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="78"/>
        <source>T&amp;o</source>
        <translation>종료일(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="80"/>
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="82"/>
        <source>Head of dele&amp;gation</source>
        <translation>대표단장(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="86"/>
        <source>Hote&amp;l</source>
        <translation>호텔(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="87"/>
        <location filename="../../ui/delegations/overview.py" line="120"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="89"/>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/overview.py" line="147"/>
        <location filename="../../ui/delegations/overview.py" line="158"/>
        <source>Change %s</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>%s 변경</translation>
    </message>
</context>
<context>
    <name>PaintedView</name>
    <message>
        <location filename="../../ui/calendar/views.py" line="397"/>
        <source>Show all entries of this day</source>
        <translation>이날의 모든 항목 보기</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="83"/>
        <source>&amp;Save as…</source>
        <extracomment>Where the preview&apos;s size and position are remembered (QSettings). The size the preview asks for the first time, when the screen has room for it. Asks where to save (title, suggested path, filter) -&gt; path or &quot;&quot;; tests replace it. The message shown when saving failed (for tests).</extracomment>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="86"/>
        <source>&amp;Open in viewer</source>
        <translation>뷰어에서 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="87"/>
        <source>Open the PDF in the system&apos;s PDF viewer</source>
        <translation>시스템 PDF 뷰어에서 PDF 열기</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="89"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="93"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="96"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="99"/>
        <source>Fit width</source>
        <translation>너비에 맞춤</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="101"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n페이지</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="182"/>
        <location filename="../../ui/documents/preview.py" line="195"/>
        <source>Save PDF</source>
        <translation>PDF 저장</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="184"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="174"/>
        <source>Row</source>
        <extracomment>Arrival times show as the members section shows them: in the visit&apos;s zone.</extracomment>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="192"/>
        <source>OK</source>
        <translation>문제 없음</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="79"/>
        <source>Personal data</source>
        <extracomment>The message shown when an erasure ended (kept for whoever looks, e.g. tests). Where the export goes (replaceable, e.g. in tests): (title, suggested) -&gt; path or &quot;&quot;. The last question before erasing (replaceable): (title, text) -&gt; yes.</extracomment>
        <translation>개인 정보</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="84"/>
        <source>Personal data of the people on visits is kept for the months below after the end of their last visit, then erased. Before it is erased, an export is written to be offered to the city archive. The official record of a visit (program, gifts, guestbook, names) is kept.</source>
        <translation>방문 참가자의 개인 정보는 마지막 방문이 끝난 뒤 아래 개월 수만큼 보관한 후 삭제합니다. 삭제 전에 시 기록보관소에 제공할 내보내기 파일을 작성합니다. 방문의 공식 기록(일정, 선물, 방명록, 이름)은 보존됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="94"/>
        <source>Retention (months after the last visit)</source>
        <translation>보존 기간(마지막 방문 후 개월)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="103"/>
        <source>&amp;Save retention</source>
        <translation>보존 기간 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="111"/>
        <source>Due on</source>
        <translation>기준일</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="119"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="120"/>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="121"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="122"/>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="123"/>
        <source>Visit ended</source>
        <translation>방문 종료일</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="124"/>
        <source>Due since</source>
        <translation>삭제 기한</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="134"/>
        <source>Category to erase</source>
        <translation>삭제할 분류</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="137"/>
        <source>&amp;Erase…</source>
        <translation>삭제(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="142"/>
        <source>The database is read-only: nothing can be changed or erased.</source>
        <translation>데이터베이스가 읽기 전용입니다. 아무것도 변경하거나 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="147"/>
        <source>Due on:</source>
        <translation>기준일:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="151"/>
        <source>Erase the data of:</source>
        <translation>삭제할 데이터:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="180"/>
        <source>Contact data (e-mail, phone, mobile)</source>
        <translation>연락처(이메일, 전화, 휴대전화)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="181"/>
        <source>Travel data (arrival, departure, hotel, room)</source>
        <translation>여행 정보(도착, 출발, 호텔, 객실)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="182"/>
        <source>Dietary, accessibility notes and consent</source>
        <translation>식단·접근성 참고 사항과 동의</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="188"/>
        <source>e-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="189"/>
        <source>phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="190"/>
        <source>mobile</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="191"/>
        <source>arrival</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="192"/>
        <source>arrival: travel mode</source>
        <translation>도착: 교통수단</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="193"/>
        <source>arrival: carrier</source>
        <translation>도착: 운송사</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="194"/>
        <source>arrival: flight or train number</source>
        <translation>도착: 항공편 또는 열차 번호</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="195"/>
        <source>arrival: place</source>
        <translation>도착: 장소</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="196"/>
        <source>arrival: terminal</source>
        <translation>도착: 터미널</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="197"/>
        <source>arrival: pick-up</source>
        <translation>도착: 픽업</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="198"/>
        <source>departure</source>
        <translation>출발</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="199"/>
        <source>departure: travel mode</source>
        <translation>출발: 교통수단</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="200"/>
        <source>departure: carrier</source>
        <translation>출발: 운송사</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="201"/>
        <source>departure: flight or train number</source>
        <translation>출발: 항공편 또는 열차 번호</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="202"/>
        <source>departure: place</source>
        <translation>출발: 장소</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="203"/>
        <source>departure: terminal</source>
        <translation>출발: 터미널</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="204"/>
        <source>departure: pick-up</source>
        <translation>출발: 픽업</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="205"/>
        <source>hotel</source>
        <translation>호텔</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="206"/>
        <source>room</source>
        <translation>객실</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="207"/>
        <source>room type</source>
        <translation>객실 유형</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="208"/>
        <source>special requests</source>
        <translation>특별 요청</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="209"/>
        <source>dietary notes</source>
        <translation>식단 참고 사항</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="210"/>
        <source>accessibility notes</source>
        <translation>접근성 참고 사항</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="211"/>
        <source>dietary requirements</source>
        <translation>식단 요건</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="212"/>
        <source>consent to the notes</source>
        <translation>참고 사항 처리 동의</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="213"/>
        <source>consent given on</source>
        <translation>동의 일자</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy_dialog.py" line="219"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy_dialog.py" line="222"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="226"/>
        <source>contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="227"/>
        <source>travel</source>
        <translation>여행</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="228"/>
        <source>health</source>
        <translation>건강</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="240"/>
        <source>Retention not saved</source>
        <translation>보존 기간을 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="242"/>
        <source>Retention saved</source>
        <translation>보존 기간을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="267"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %3의 %2</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="308"/>
        <source>First the export %1 is written, to be offered to the city archive. Then %2 of %3 (%4 data) are erased and %5 entries of the change history show [erased] instead of them. This cannot be undone. Go on?</source>
        <translation>먼저 시 기록보관소에 제공할 내보내기 파일 %1을(를) 작성합니다. 그다음 %3의 %2(%4 데이터)를 삭제하고, 변경 이력 %5건에는 값 대신 [erased]가 표시됩니다. 되돌릴 수 없습니다. 계속하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="377"/>
        <source>The export %1 was written: offer it to the city archive. %2 of %3 were erased; %4 entries of the change history were redacted.</source>
        <translation>내보내기 파일 %1을(를) 작성했습니다. 시 기록보관소에 제공하십시오. %3의 %2를 삭제했고 변경 이력 %4건을 가렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="278"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="286"/>
        <location filename="../../ui/privacy_dialog.py" line="371"/>
        <location filename="../../ui/privacy_dialog.py" line="392"/>
        <source>Erase personal data</source>
        <translation>개인 정보 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="297"/>
        <source>Nothing of the %1 data is due on %2; nothing was exported or erased.</source>
        <translation>%2 기준으로 삭제할 %1 데이터가 없어 아무것도 내보내거나 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="303"/>
        <source>Export for the city archive</source>
        <translation>시 기록보관소용 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="324"/>
        <location filename="../../ui/privacy_dialog.py" line="350"/>
        <source>Writing the export…</source>
        <translation>내보내기 파일을 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="325"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="349"/>
        <source>Reading what is due…</source>
        <translation>삭제 대상을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="351"/>
        <source>Erasing and redacting the change history…</source>
        <translation>삭제하고 변경 이력을 가리는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="352"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="373"/>
        <source>Nothing was due any more; nothing was exported or erased.</source>
        <translation>더 이상 삭제 대상이 없어 아무것도 내보내거나 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="393"/>
        <source>Nothing was erased: %1</source>
        <translation>아무것도 삭제하지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>ProgramKind</name>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Reception</source>
        <translation>리셉션</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Guestbook signing</source>
        <translation>방명록 서명</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Gift exchange</source>
        <translation>선물 교환</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Tour</source>
        <translation>견학</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Meal</source>
        <translation>식사</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Transfer</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Museum visit</source>
        <translation>박물관 방문</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Press</source>
        <translation>언론 취재</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Free time</source>
        <translation>자유 시간</translation>
    </message>
</context>
<context>
    <name>ProgramSection</name>
    <message>
        <location filename="../../ui/delegations/program.py" line="73"/>
        <source>Add item</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="75"/>
        <source>Duplicate item</source>
        <translation>항목 복제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="78"/>
        <source>Delete item</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="97"/>
        <source>(no venue)</source>
        <translation>(장소 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="101"/>
        <source>Where the reception takes place</source>
        <translation>리셉션이 열리는 장소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="102"/>
        <source> Template on </source>
        <translation> 템플릿 일시: </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="105"/>
        <source> at </source>
        <translation> 장소: </translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="108"/>
        <location filename="../../ui/delegations/program.py" line="597"/>
        <source>Official reception</source>
        <translation>공식 리셉션</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="116"/>
        <source>Create reception, Golden Book signing, gift exchange and council chamber tour one after another (Ctrl+Shift+R)</source>
        <translation>리셉션, 골든북 서명, 선물 교환, 시의회 회의장 견학을 차례로 생성 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Host</source>
        <translation>주최</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="125"/>
        <source>Who</source>
        <translation>참석자</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="136"/>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="137"/>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="138"/>
        <source>&amp;Starts</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="139"/>
        <source>E&amp;nds</source>
        <translation>종료(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="143"/>
        <source>Ven&amp;ue</source>
        <translation>장소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="144"/>
        <location filename="../../ui/delegations/program.py" line="151"/>
        <location filename="../../ui/delegations/program.py" line="157"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="150"/>
        <source>Fro&amp;m (transfer)</source>
        <translation>출발지 (이동)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="156"/>
        <source>H&amp;ost</source>
        <translation>주최(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="160"/>
        <source>&amp;Responsible</source>
        <translation>담당(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="161"/>
        <source>Dress code</source>
        <translation>복장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="162"/>
        <source>Notes (printed)</source>
        <translation>메모 (인쇄에 포함)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="163"/>
        <source>Internal notes</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="177"/>
        <source>The whole delegation attends</source>
        <translation>대표단 전원 참석</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="190"/>
        <source>Sh&amp;ift them</source>
        <translation>함께 이동(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="192"/>
        <source>Kee&amp;p times</source>
        <translation>시간 유지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="276"/>
        <source>all</source>
        <translation>전원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="276"/>
        <source>selected</source>
        <translation>선택 인원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="321"/>
        <source>Conflicts could not be checked: %s</source>
        <translation>일정 충돌을 확인할 수 없습니다: %s</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="379"/>
        <source>Times in %s (the venue&apos;s time zone)</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>%s 기준 시간 (장소의 시간대)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="421"/>
        <source>Change program item</source>
        <translation>일정 항목 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="441"/>
        <source>The end moved by %+d min. Shift the %d following item(s) of this day too?</source>
        <translation>종료 시간이 %+d분 바뀌었습니다. 이날의 이후 일정 항목 %d개도 함께 옮기시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="458"/>
        <source>Shift following items</source>
        <translation>이후 항목 이동</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="488"/>
        <source>Change who attends</source>
        <translation>참석자 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="519"/>
        <source>New item</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="531"/>
        <source>Add program item</source>
        <translation>일정 항목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="547"/>
        <source>Duplicate program item</source>
        <translation>일정 항목 복제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="562"/>
        <location filename="../../ui/delegations/program.py" line="568"/>
        <source>Delete program item</source>
        <translation>일정 항목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/program.py" line="562"/>
        <source>Delete “%s”?</source>
        <translation>“%s”을(를) 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>RanksSection</name>
    <message>
        <location filename="../../ui/directory/ranks.py" line="73"/>
        <source>Rank table</source>
        <translation>직급표</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="74"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="84"/>
        <location filename="../../ui/directory/ranks.py" line="406"/>
        <location filename="../../ui/directory/ranks.py" line="410"/>
        <source>New rank table</source>
        <translation>새 직급표</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="92"/>
        <location filename="../../ui/directory/ranks.py" line="446"/>
        <source>Delete rank table</source>
        <translation>직급표 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="112"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="113"/>
        <source>C&amp;ountry</source>
        <translation>국가(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="114"/>
        <source>No&amp;tes</source>
        <translation>메모(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="116"/>
        <source>e.g. Deutschland / Sachsen — Kommunen</source>
        <translation>예: 대한민국 — 지방자치단체</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="125"/>
        <source>Position</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="129"/>
        <source>Title</source>
        <translation>직급명</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="131"/>
        <source>Ranks with</source>
        <translation>동급 직급</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="143"/>
        <location filename="../../ui/directory/ranks.py" line="426"/>
        <source>Add rank</source>
        <translation>직급 추가</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="151"/>
        <location filename="../../ui/directory/ranks.py" line="454"/>
        <source>Delete rank</source>
        <translation>직급 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="160"/>
        <source>1 is the highest rank of the table; equal numbers rank equal</source>
        <translation>1이 이 표의 최고 직급이며, 같은 숫자는 같은 직급입니다</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="163"/>
        <source>&amp;Position</source>
        <translation>순위(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="169"/>
        <source>T&amp;itle</source>
        <translation>직급명(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="170"/>
        <source>Ranks &amp;with</source>
        <translation>동급 직급(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="172"/>
        <source>The rank of another country&apos;s table this one ranks with</source>
        <translation>다른 나라 직급표에서 이 직급과 동급인 직급</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="176"/>
        <source>Ranks of this table</source>
        <translation>이 표의 직급</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="336"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="365"/>
        <source>Change rank table</source>
        <translation>직급표 변경</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="379"/>
        <source>Change rank</source>
        <translation>직급 변경</translation>
    </message>
    <message>
        <location filename="../../ui/directory/ranks.py" line="430"/>
        <source>New rank</source>
        <translation>새 직급</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="61"/>
        <source>(none)</source>
        <extracomment>One search result: (label shown in the field, record id, detail shown beside it). (text, limit) -&gt; matches, best first. Stands for &quot;none&quot; in the popup (None cannot travel through an item&apos;s data reliably).</extracomment>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="64"/>
        <source>Nothing matches “%s”: choose one of the suggestions.</source>
        <extracomment>The message for a text that names no single record (&quot;%s&quot; is the text).</extracomment>
        <translation>“%s”와(과) 일치하는 항목이 없습니다. 제안 목록에서 하나를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="83"/>
        <source>Type to search…</source>
        <translation>검색어 입력…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="86"/>
        <source>Show matches (Down)</source>
        <translation>일치 항목 보기 (아래쪽 화살표)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="267"/>
        <source>No single person matches “%s”: choose one of the suggestions.</source>
        <translation>“%s”에 해당하는 인물을 하나로 특정할 수 없습니다. 제안 목록에서 하나를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="299"/>
        <source>No single venue matches “%s”: choose one of the suggestions.</source>
        <translation>“%s”에 해당하는 장소를 하나로 특정할 수 없습니다. 제안 목록에서 하나를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="320"/>
        <source>Choose one of the suggestions.</source>
        <translation>제안 목록에서 하나를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../ui/delegations/records.py" line="70"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="78"/>
        <location filename="../../ui/delegations/records.py" line="249"/>
        <source>Delete</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="142"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/records.py" line="249"/>
        <source>Delete %s?</source>
        <translation>%s을(를) 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>Residencies</name>
    <message>
        <location filename="../../ui/residencies/editor.py" line="74"/>
        <source>Outgoing (sent)</source>
        <translation>파견 (보낸 작가)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="75"/>
        <source>Incoming (received)</source>
        <translation>초청 (받은 작가)</translation>
    </message>
</context>
<context>
    <name>ResidenciesTab</name>
    <message>
        <location filename="../../ui/residencies/tab.py" line="145"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="148"/>
        <source>to be named</source>
        <translation>미정</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="191"/>
        <location filename="../../ui/residencies/tab.py" line="596"/>
        <source>Residencies</source>
        <extracomment>Asks before a residency is deleted; replaced in tests. Who changed the residency shown, while someone else&apos;s change is being read. The last residency sheet or balance asked for (its options dialog and preview).</extracomment>
        <translation>레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="192"/>
        <source>Studio timeline</source>
        <translation>스튜디오 사용 현황</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="193"/>
        <source>Partnership balance</source>
        <translation>파트너십 교류 균형</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="194"/>
        <source>Exchange history</source>
        <translation>교류 연혁</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="212"/>
        <source>All directions</source>
        <translation>모든 방향</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="215"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="221"/>
        <source>Ne&amp;w residency</source>
        <translation>새 레지던시(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="222"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="224"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="225"/>
        <source>Delete the selected residency (undo with Ctrl+Z)</source>
        <translation>선택한 레지던시 삭제 (Ctrl+Z로 실행 취소)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="234"/>
        <source>Search title, artist, institution…</source>
        <translation>제목, 작가, 기관 검색…</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="269"/>
        <source>Pa&amp;rtnership:</source>
        <translation>파트너십(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="270"/>
        <source>Direction:</source>
        <translation>방향:</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="271"/>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="272"/>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="305"/>
        <source>All partnerships</source>
        <translation>모든 파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="310"/>
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="339"/>
        <source>The residency shown was deleted by %1.</source>
        <translation>표시 중인 레지던시를 %1 님이 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="341"/>
        <source>The residency shown was deleted meanwhile.</source>
        <translation>표시 중인 레지던시가 그사이에 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="367"/>
        <source>Add a partnership first (Directory tab): a residency belongs to one.</source>
        <translation>먼저 파트너십을 추가하십시오(인물 및 장소 탭). 레지던시는 하나의 파트너십에 속합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="372"/>
        <location filename="../../ui/residencies/tab.py" line="374"/>
        <source>New residency</source>
        <translation>새 레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="405"/>
        <location filename="../../ui/residencies/tab.py" line="416"/>
        <source>Delete residency</source>
        <translation>레지던시 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="407"/>
        <source>Delete “%s” with its checklist and deliverables?
You can undo this with Ctrl+Z.</source>
        <translation>“%s”을(를) 체크리스트 및 결과물과 함께 삭제하시겠습니까?
Ctrl+Z로 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="409"/>
        <source>Residency #%d</source>
        <translation>레지던시 #%d</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="427"/>
        <source>Residency deleted; Ctrl+Z brings it back</source>
        <translation>레지던시를 삭제했습니다. Ctrl+Z로 복원할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="442"/>
        <source>%d months</source>
        <translation>%d개월</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="446"/>
        <source>Earlier (six months)</source>
        <translation>이전 (6개월)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="449"/>
        <source>Later (six months)</source>
        <translation>이후 (6개월)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="451"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="465"/>
        <source>Drag a bar (or Shift+←/→, Ctrl+Shift+←/→ for a week) to move a residency; double-click or Enter opens it.</source>
        <translation>막대를 끌어서(또는 Shift+←/→, 1주 단위는 Ctrl+Shift+←/→) 레지던시를 옮기고, 두 번 클릭하거나 Enter 키를 누르면 엽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="524"/>
        <source>%d residencies share a studio on the same days (hatched red).</source>
        <translation>레지던시 %d건이 같은 날짜에 같은 스튜디오를 사용합니다(빨간 빗금).</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="540"/>
        <source>The dates cannot move that far.</source>
        <translation>날짜를 그만큼 옮길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="549"/>
        <source>Move residency</source>
        <translation>레지던시 이동</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="574"/>
        <source>Moved to %s – %s (Ctrl+Z undoes)</source>
        <translation>%s – %s(으)로 옮겼습니다 (Ctrl+Z로 실행 취소)</translation>
    </message>
</context>
<context>
    <name>ResidencyEditor</name>
    <message>
        <location filename="../../ui/residencies/editor.py" line="115"/>
        <source>&amp;Title</source>
        <extracomment>The user wants a PDF sheet of the residency shown (id).</extracomment>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="119"/>
        <source>&amp;Artist</source>
        <translation>작가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="120"/>
        <source>— to be named —</source>
        <translation>— 미정 —</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="122"/>
        <source>&amp;Partnership</source>
        <translation>파트너십(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="123"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="124"/>
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="125"/>
        <source>H&amp;ome institution</source>
        <translation>소속 기관(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="126"/>
        <source>Host institution</source>
        <translation>초청 기관</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="130"/>
        <source>Stud&amp;io</source>
        <translation>스튜디오(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="132"/>
        <source>— none (host institution) —</source>
        <translation>— 없음 (초청 기관) —</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="135"/>
        <source>Fro&amp;m</source>
        <translation>시작일(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="136"/>
        <source>&amp;Until</source>
        <translation>종료일(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="137"/>
        <source>&amp;Budget</source>
        <translation>예산(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="138"/>
        <source>&amp;Currency</source>
        <translation>통화(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="139"/>
        <source>Counterpart</source>
        <translation>상대 레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="140"/>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="168"/>
        <source>Residency sheet (PDF)…</source>
        <translation>레지던시 개요서 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="188"/>
        <source>Add de&amp;liverable</source>
        <translation>결과물 추가(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="190"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="194"/>
        <source>Preparation checklist</source>
        <translation>준비 체크리스트</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="196"/>
        <source>Deliverables</source>
        <translation>결과물</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="206"/>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="257"/>
        <source>No residency selected</source>
        <translation>선택한 레지던시 없음</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="280"/>
        <source>Residency #%d</source>
        <extracomment>What the editor shows: the base of the next edit.</extracomment>
        <translation>레지던시 #%d</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="299"/>
        <source>— none —</source>
        <translation>— 없음 —</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="328"/>
        <source>Studio conflict: </source>
        <translation>스튜디오 중복 사용: </translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="385"/>
        <source>Change %s</source>
        <translation>%s 변경</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="399"/>
        <source>The counterpart no longer fits and was unlinked; Ctrl+Z brings it back</source>
        <translation>상대 레지던시가 더 이상 맞지 않아 연결을 해제했습니다. Ctrl+Z로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="403"/>
        <source>The end moved along to %s, keeping the duration</source>
        <translation>기간을 유지하도록 종료일을 %s(으)로 함께 옮겼습니다</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="435"/>
        <source>Edit checklist</source>
        <extracomment>The row as the table shows it: the base of the edit.</extracomment>
        <translation>체크리스트 편집</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="435"/>
        <source>Edit deliverable</source>
        <translation>결과물 편집</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="463"/>
        <source>Add deliverable</source>
        <translation>결과물 추가</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="469"/>
        <location filename="../../ui/residencies/editor.py" line="482"/>
        <source>New deliverable</source>
        <translation>새 결과물</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="498"/>
        <source>Remove deliverable</source>
        <translation>결과물 제거</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/editor.py" line="507"/>
        <source>Deliverable “%s” removed; Ctrl+Z brings it back</source>
        <translation>결과물 “%s”을(를) 제거했습니다. Ctrl+Z로 되돌릴 수 있습니다</translation>
    </message>
</context>
<context>
    <name>ResidencyListModel</name>
    <message>
        <location filename="../../ui/residencies/tab.py" line="82"/>
        <source>Title</source>
        <extracomment>Record kinds whose changes alter what this tab shows. (sort key in the service, header)</extracomment>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="83"/>
        <source>Artist</source>
        <translation>작가</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="84"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="85"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="86"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="87"/>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/tab.py" line="88"/>
        <source>Studio / host</source>
        <translation>스튜디오 / 초청 기관</translation>
    </message>
</context>
<context>
    <name>ResidencyParts</name>
    <message>
        <location filename="../../ui/residencies/parts.py" line="136"/>
        <source>Step</source>
        <extracomment>The typed text is no date; the message says why (shown beside the table). A date was taken: an earlier refusal no longer applies.</extracomment>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="137"/>
        <location filename="../../ui/residencies/parts.py" line="217"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="138"/>
        <location filename="../../ui/residencies/parts.py" line="218"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="139"/>
        <source>Done on</source>
        <translation>완료일</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="185"/>
        <source>Overdue since %s</source>
        <translation>%s부터 기한 초과</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/parts.py" line="216"/>
        <source>Deliverable</source>
        <translation>결과물</translation>
    </message>
</context>
<context>
    <name>ResidencyStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Confirmed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="254"/>
        <source>In the file</source>
        <extracomment>The role table&apos;s columns: the value as the file writes it, how many rows hold it, the role.</extracomment>
        <translation>파일의 값</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="254"/>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="254"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="273"/>
        <location filename="../../ui/delegations/member_import_dialog.py" line="308"/>
        <source>(not mapped)</source>
        <translation>(지정 안 됨)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="281"/>
        <source>Choose the role of the rows that hold this value; until then they are rows with errors.</source>
        <translation>이 값을 가진 행의 역할을 선택하십시오. 선택하기 전까지 해당 행은 오류 행입니다.</translation>
    </message>
</context>
<context>
    <name>RoomingOptionsDialog</name>
    <message>
        <location filename="../../ui/documents/rooming.py" line="54"/>
        <source>Rooming list</source>
        <translation>객실 배정표</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="60"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="62"/>
        <source>&amp;PDF (preview, print)</source>
        <translation>PDF (미리 보기, 인쇄)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="63"/>
        <source>&amp;XLSX workbook (for the hotel)</source>
        <translation>XLSX 통합 문서 (호텔용)(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="74"/>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="77"/>
        <source>All hotels</source>
        <translation>모든 호텔</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="81"/>
        <source>&amp;Hotel:</source>
        <translation>호텔(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="87"/>
        <source>Only what the hotel needs: names with titles, rooms, arrival and departure, sharing and special requests.</source>
        <translation>호텔에 필요한 정보만: 이름과 직함, 객실, 도착 및 출발, 동숙 여부, 특별 요청.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="97"/>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RoomingRun</name>
    <message>
        <location filename="../../ui/documents/rooming.py" line="169"/>
        <source>Save rooming list</source>
        <extracomment>Emitted with the written path. Asks where the workbook goes (title, suggested path, filter) -&gt; path or &quot;&quot;.</extracomment>
        <translation>객실 배정표 저장</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="171"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="182"/>
        <source>Creating the rooming list…</source>
        <translation>객실 배정표를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="202"/>
        <source>Rooming list saved to %1</source>
        <translation>객실 배정표를 %1에 저장함</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="204"/>
        <source>PDF ready</source>
        <translation>PDF 완료</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="214"/>
        <source>Rooms with more people than their type allows: %1</source>
        <translation>객실 유형의 정원을 초과한 객실: %1개</translation>
    </message>
    <message>
        <location filename="../../ui/documents/rooming.py" line="222"/>
        <source>The rooming list could not be created</source>
        <translation>객실 배정표를 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>SeatingSection</name>
    <message>
        <location filename="../../ui/delegations/seating.py" line="88"/>
        <source>Table %1, behind seat %2</source>
        <extracomment>The kinds of program items that can have a seating plan. The warnings about where people sit (the others are about the order of precedence).</extracomment>
        <translation>%1번 테이블, %2번 좌석 뒤</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="90"/>
        <source>Table %1, seat %2</source>
        <translation>%1번 테이블, %2번 좌석</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="97"/>
        <source>Round</source>
        <translation>원형</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="98"/>
        <source>Long, with head ends</source>
        <translation>직사각형(양 끝 좌석)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="99"/>
        <source>U-shape</source>
        <translation>U자형</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="105"/>
        <source>International</source>
        <translation>국제 의전</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="106"/>
        <source>German</source>
        <translation>독일식</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="112"/>
        <source>Beside their principal</source>
        <translation>담당 인사 옆</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="115"/>
        <source>Behind their principal</source>
        <translation>담당 인사 뒤</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="127"/>
        <source>%1 interprets for %2 but sits neither beside nor behind them</source>
        <translation>%1 님은 %2 님의 통역사인데 옆이나 뒤에 앉아 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="130"/>
        <source>%1 and %2 sit side by side, both of one side (alternation was asked for)</source>
        <translation>%1 님과 %2 님은 같은 측인데 나란히 앉아 있습니다(교차 배치 요청됨)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="134"/>
        <source>%1 is seated twice</source>
        <translation>%1 님이 두 번 배치되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="135"/>
        <source>%1 is seated but does not attend</source>
        <translation>%1 님은 좌석이 있지만 참석하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="138"/>
        <source>No seat for %1</source>
        <translation>좌석 없음: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="139"/>
        <source>%1 has no rank: placed after everyone ranked</source>
        <translation>%1 님은 직급이 없어 직급이 있는 모든 사람 뒤에 배치되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="142"/>
        <source>%1 and %2 rank equally; only their names decided the order</source>
        <translation>%1 님과 %2 님은 서열이 같아 이름순으로만 정해졌습니다</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="154"/>
        <source>%1 have no rank: placed after everyone ranked</source>
        <translation>%1 님은 직급이 없어 직급이 있는 모든 사람 뒤에 배치되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="384"/>
        <source>&amp;Meal or reception:</source>
        <extracomment>Whom the seat actions act on: a seat, or a guest of the unseated list.</extracomment>
        <translation>식사 또는 리셉션(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="390"/>
        <location filename="../../ui/delegations/seating.py" line="994"/>
        <source>Place automatically</source>
        <translation>자동 배치</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="394"/>
        <source>Seat everyone by the order of precedence; locked seats stay</source>
        <translation>의전 서열에 따라 모두 배치합니다. 고정된 좌석은 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="397"/>
        <source>Move to seat…</source>
        <translation>좌석으로 이동…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="400"/>
        <location filename="../../ui/delegations/seating.py" line="886"/>
        <source>Lock seat</source>
        <translation>좌석 고정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="404"/>
        <source>Unseat</source>
        <translation>좌석 해제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="416"/>
        <location filename="../../ui/delegations/seating.py" line="467"/>
        <location filename="../../ui/delegations/seating.py" line="1076"/>
        <source>Alternate the two sides</source>
        <translation>양측 교차 배치</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="424"/>
        <source>&amp;Create seating plan</source>
        <translation>좌석 배치도 만들기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="429"/>
        <location filename="../../ui/delegations/seating.py" line="475"/>
        <source>Rule:</source>
        <translation>규칙:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="431"/>
        <location filename="../../ui/delegations/seating.py" line="477"/>
        <source>Interpreters:</source>
        <translation>통역사:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="432"/>
        <source>First table:</source>
        <translation>첫 테이블:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="433"/>
        <source>Seats:</source>
        <translation>좌석 수:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="454"/>
        <source>Seating plan</source>
        <translation>좌석 배치도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="457"/>
        <source>Arrow keys choose a seat; Ctrl+M moves the guest, Ctrl+L locks, Ctrl+U unseats</source>
        <translation>화살표 키로 좌석 선택, Ctrl+M 이동, Ctrl+L 고정, Ctrl+U 좌석 해제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="473"/>
        <source>Plan</source>
        <translation>배치도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="480"/>
        <source>Tables</source>
        <translation>테이블</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="488"/>
        <location filename="../../ui/delegations/seating.py" line="1125"/>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="503"/>
        <source>Add &amp;table</source>
        <translation>테이블 추가(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="506"/>
        <source>&amp;Remove table</source>
        <translation>테이블 삭제(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="584"/>
        <source>International: the guest of honour sits on the host&apos;s right, the second guest on the host&apos;s left. German: the guest of honour on the host&apos;s left.</source>
        <translation>국제 의전: 주빈은 주최자의 오른쪽, 두 번째 귀빈은 왼쪽에 앉습니다. 독일식: 주빈은 주최자의 왼쪽에 앉습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="615"/>
        <source>Choose a visit.</source>
        <translation>방문을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="664"/>
        <source>This visit has no meal or reception. Give a program item the kind Meal or Reception to plan its seating.</source>
        <translation>이 방문에는 식사나 리셉션이 없습니다. 좌석을 배치하려면 일정 항목의 종류를 식사 또는 리셉션으로 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="674"/>
        <source>“%1” has no seating plan yet.</source>
        <translation>‘%1’에는 아직 좌석 배치도가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="717"/>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="718"/>
        <source>Home city</source>
        <translation>주최 도시</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="719"/>
        <location filename="../../ui/delegations/seating.py" line="815"/>
        <source>Host</source>
        <translation>주최자</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="720"/>
        <location filename="../../ui/delegations/seating.py" line="817"/>
        <source>Guest of honour</source>
        <translation>주빈</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="721"/>
        <location filename="../../ui/delegations/seating.py" line="819"/>
        <source>Locked</source>
        <translation>고정됨</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="731"/>
        <source>%1 · %2, %3 seats</source>
        <translation>%1 · %2, %3석</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="754"/>
        <source>Unseated: %1 (not enough seats)</source>
        <translation>미배치: %1명(좌석 부족)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="756"/>
        <source>Unseated: %1</source>
        <translation>미배치: %1명</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="767"/>
        <source>Warnings: %1</source>
        <translation>경고: %1건</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="811"/>
        <location filename="../../ui/delegations/seating.py" line="1018"/>
        <source>(free)</source>
        <translation>(빈 좌석)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="886"/>
        <source>Unlock seat</source>
        <translation>좌석 고정 해제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="909"/>
        <source>Not changed: %1</source>
        <translation>변경되지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="958"/>
        <source>Swap %1 and %2</source>
        <translation>%1 님과 %2 님 자리 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="961"/>
        <source>Seat %1 at %2</source>
        <translation>%1 님을 %2에 배치</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="971"/>
        <source>Unseat %1</source>
        <translation>%1 님 좌석 해제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="985"/>
        <source>Lock %1</source>
        <translation>%1 고정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="985"/>
        <source>Unlock %1</source>
        <translation>%1 고정 해제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1000"/>
        <source>Placed by the order of precedence; %1 without a seat: the tables have too few seats.</source>
        <translation>의전 서열에 따라 배치했습니다. %1명은 좌석이 없습니다: 테이블 좌석이 부족합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1004"/>
        <source>Placed by the order of precedence; everyone has a seat.</source>
        <translation>의전 서열에 따라 배치했습니다. 모두 좌석이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1021"/>
        <source>Move %1 to seat</source>
        <translation>%1 님 좌석 이동</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1061"/>
        <source>Create seating plan</source>
        <translation>좌석 배치도 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1075"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1077"/>
        <source>Interpreters</source>
        <translation>통역사</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1080"/>
        <source>Change seating plan</source>
        <translation>좌석 배치도 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1122"/>
        <source>A table needs a label, e.g. 1 or Ehrentisch.</source>
        <translation>테이블에는 이름이 필요합니다(예: 1, 주빈 테이블).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1125"/>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1125"/>
        <source>Seats</source>
        <translation>좌석 수</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1127"/>
        <source>Change table %1</source>
        <translation>%1번 테이블 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1157"/>
        <source>Add table %1</source>
        <translation>%1번 테이블 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1173"/>
        <source>Remove table %1</source>
        <translation>%1번 테이블 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1206"/>
        <source>Drop on a seat to seat or swap, on the unseated list to unseat; Esc cancels</source>
        <translation>좌석에 놓으면 배치 또는 자리 교환, 미배치 목록에 놓으면 좌석 해제, Esc는 취소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/seating.py" line="1262"/>
        <source>Drag cancelled: nothing changed</source>
        <translation>끌기 취소: 변경 없음</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="364"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="370"/>
        <source>&amp;General</source>
        <translation>일반(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="372"/>
        <source>L&amp;etterhead</source>
        <translation>레터헤드(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="375"/>
        <source>Home</source>
        <translation>우리 도시</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="379"/>
        <source>e.g. Leipzig</source>
        <translation>예: 라이프치히</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="381"/>
        <source>The city shown for the home zone in the calendar and on documents</source>
        <translation>캘린더와 문서에서 우리 측 시간대의 이름으로 표시되는 도시</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="384"/>
        <source>Home &amp;city:</source>
        <translation>우리 도시(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="400"/>
        <source>City name per language:</source>
        <translation>언어별 도시 이름:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="406"/>
        <source>Type part of a name, e.g. Berlin, and pick from the list.</source>
        <translation>이름의 일부(예: Berlin)를 입력한 뒤 목록에서 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="410"/>
        <source>Home time &amp;zone:</source>
        <translation>우리 도시 시간대(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="422"/>
        <source>The language of the texts this office writes: a new record&apos;s texts are its original in this language, translations are added beside them</source>
        <translation>이 사무소가 작성하는 텍스트의 언어입니다. 새 항목의 텍스트는 이 언어의 원문이 되고, 번역은 그 옆에 추가됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="426"/>
        <source>Language of new te&amp;xts:</source>
        <translation>새 텍스트의 언어(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="429"/>
        <source>You</source>
        <translation>사용자 정보</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="437"/>
        <source>How your changes are signed in the change history that colleagues see; empty: your login name</source>
        <translation>동료가 보는 변경 이력에 변경 사항의 작성자로 표시되는 이름. 비워 두면 로그인 이름 사용</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="441"/>
        <source>Your &amp;name in the history:</source>
        <translation>이력에 표시할 이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="444"/>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="450"/>
        <source>Language of the &amp;program:</source>
        <translation>프로그램 언어(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="452"/>
        <source>A change of language takes effect when the program is next started.</source>
        <translation>언어 변경은 프로그램을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="459"/>
        <source>Document language per partnership</source>
        <translation>파트너십별 문서 언어</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="467"/>
        <source>As last printed</source>
        <translation>마지막 인쇄와 동일</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="477"/>
        <source>No partnerships yet.</source>
        <translation>아직 파트너십이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="484"/>
        <source>Gift &amp;rules…</source>
        <translation>선물 규정(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="487"/>
        <source>Document &amp;font…</source>
        <translation>문서 글꼴(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="565"/>
        <source>Choose a time zone, e.g. Europe/Berlin.</source>
        <extracomment>The stored values the fields started from: a colleague&apos;s later change to one of them is not overwritten unseen. Whether OK changed the home city or zone (the calendar then rebuilds its zones).</extracomment>
        <translation>시간대를 선택하십시오(예: Europe/Berlin).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="599"/>
        <source>Settings saved</source>
        <translation>설정을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="636"/>
        <source>Change letterhead</source>
        <translation>레터헤드 변경</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="654"/>
        <source>someone</source>
        <translation>누군가</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="657"/>
        <source>%1 changed this to “%2” at %3; yours (“%4”) was not saved.</source>
        <translation>이 값은 %3에 %1에 의해 “%2”(으)로 변경되었습니다. 입력하신 값(“%4”)은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="668"/>
        <source>Enter the name of your city.</source>
        <translation>도시 이름을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="669"/>
        <source>The city name is too long.</source>
        <translation>도시 이름이 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="671"/>
        <source>“%s” is not a time zone; pick one from the list.</source>
        <translation>“%s”은(는) 시간대가 아닙니다. 목록에서 하나를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>SkippedRowsDialog</name>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="350"/>
        <source>Rows skipped</source>
        <translation>건너뛴 행</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="363"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="368"/>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="376"/>
        <source>These rows had problems and were not imported; fix them and import them again:</source>
        <translation>다음 행에 문제가 있어 가져오지 않았습니다. 수정한 뒤 다시 가져오십시오:</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="389"/>
        <source>Copied to the clipboard.</source>
        <translation>클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="392"/>
        <source>members</source>
        <translation>단원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="395"/>
        <source>Save the skipped rows</source>
        <translation>건너뛴 행 저장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="396"/>
        <source>%s - skipped rows</source>
        <translation>%s - 건너뛴 행</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="397"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="405"/>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/member_import_dialog.py" line="410"/>
        <source>Saved as %s.</source>
        <translation>%s(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>StudioTimeline</name>
    <message>
        <location filename="../../ui/residencies/timeline.py" line="112"/>
        <source>Studio timeline</source>
        <extracomment>(residency id, days) — the user dragged a bar by that many days. A bar was double-clicked or Enter pressed on it. The selected bar changed (0: none).</extracomment>
        <translation>스튜디오 사용 현황</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/timeline.py" line="114"/>
        <source>Left and Right select the previous or next residency; Enter opens it.</source>
        <translation>왼쪽·오른쪽 화살표로 이전 또는 다음 레지던시를 선택하고 Enter로 엽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/timeline.py" line="246"/>
        <source>No residencies in %s – %s</source>
        <translation>%s – %s 기간에 레지던시가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/residencies/timeline.py" line="341"/>
        <source>Studio booked twice</source>
        <translation>스튜디오 중복 예약</translation>
    </message>
</context>
<context>
    <name>TheirsNote</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="271"/>
        <source>Use theirs</source>
        <extracomment>Asks a yes/no question; replaced in tests. (parent, title, text) -&gt; bool Room a title bar needs beside its text: the window icon and the minimise, maximise and close buttons. What a field with unsaved input does when the stored value changed under it (``merge_typing``): take the stored value, keep the typing quietly, or ask the user. Longest stored value quoted in full; longer ones end in &quot;…&quot;.</extracomment>
        <translation>상대 값 사용</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="273"/>
        <source>Show the stored value; your typing is dropped</source>
        <translation>저장된 값을 표시하고 입력하신 내용은 버립니다</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="274"/>
        <source>Keep mine</source>
        <translation>내 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="276"/>
        <source>Save your text over theirs (Ctrl+Z undoes it)</source>
        <translation>상대 값 대신 입력하신 내용을 저장합니다 (Ctrl+Z로 실행 취소)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="296"/>
        <source>%1 changed this to “%2”</source>
        <translation>%1 님이 이 값을 “%2”(으)로 변경했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="298"/>
        <source>This was changed meanwhile to “%1”</source>
        <translation>그사이에 이 값이 “%1”(으)로 변경되었습니다</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="252"/>
        <source>Type a time, e.g. 10:30, 1030 or 10.30</source>
        <translation>시간 입력 (예: 10:30, 1030 또는 10.30)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="266"/>
        <source>Enter a time, e.g. 10:30.</source>
        <translation>시간을 입력하십시오(예: 10:30).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="267"/>
        <source>“%1” is not a time; type it like 10:30.</source>
        <translation>“%1”은(는) 올바른 시간이 아닙니다. 10:30 형식으로 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <location filename="../../ui/widgets/translations.py" line="186"/>
        <source>Make original</source>
        <extracomment>The field the texts belong to: Tab goes from it through the open texts.</extracomment>
        <translation>원문으로 지정</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="189"/>
        <source>Make this text the original; the others become its translations</source>
        <translation>이 텍스트를 원문으로 지정합니다. 나머지는 번역이 됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="240"/>
        <source>%1 (original)</source>
        <translation>%1 (원문)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../../ui/widgets/translations.py" line="57"/>
        <source>German</source>
        <extracomment>Opens (and closes) the translations of the field that has the focus.</extracomment>
        <translation>독일어</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="58"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="59"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="67"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="68"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="69"/>
        <source>Dress code</source>
        <translation>복장</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="70"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="71"/>
        <source>Room</source>
        <translation>호실</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="72"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="73"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="74"/>
        <source>Partner city</source>
        <translation>자매도시</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="75"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="76"/>
        <source>Circumstances</source>
        <translation>증정 경위</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="87"/>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="88"/>
        <source>Program item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="89"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="90"/>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="91"/>
        <source>Partnership</source>
        <translation>자매결연</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="92"/>
        <source>Gift</source>
        <translation>선물</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="93"/>
        <source>Residency</source>
        <translation>레지던시</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="94"/>
        <source>Exhibition</source>
        <translation>전시</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="107"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="117"/>
        <source>No %1 translation</source>
        <translation>%1 번역 없음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="121"/>
        <source>No %1 and %2 translation</source>
        <translation>%1 및 %2 번역 없음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="329"/>
        <source>Other languages of %1</source>
        <translation>%1의 다른 언어</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="504"/>
        <source>Change %1</source>
        <extracomment>A translation or the original language was saved (field).</extracomment>
        <translation>%1 변경</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="529"/>
        <source>%1 has no %2 text yet: write it before making %2 the original.</source>
        <translation>%1에 아직 %2 텍스트가 없습니다. %2을(를) 원문으로 지정하기 전에 먼저 작성하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/translations.py" line="542"/>
        <source>Make %1 the original</source>
        <translation>%1을(를) 원문으로 지정</translation>
    </message>
</context>
<context>
    <name>TransportOptionsDialog</name>
    <message>
        <location filename="../../ui/documents/transport.py" line="42"/>
        <source>Driver sheets</source>
        <translation>운전기사 안내서</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="42"/>
        <source>Transport plan</source>
        <translation>차량 운행 계획</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="45"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="45"/>
        <source>&amp;Language otherwise:</source>
        <translation>기타 언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="49"/>
        <source>Every vehicle</source>
        <translation>모든 차량</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="53"/>
        <source>&amp;Vehicle:</source>
        <translation>차량(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="56"/>
        <source>Each sheet is printed in its driver&apos;s language (de, en or ko).</source>
        <translation>각 안내서는 해당 운전기사의 언어(de, en, ko)로 인쇄됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="68"/>
        <source>This visit has no vehicles yet: add them in its Transport section.</source>
        <translation>이 방문에는 아직 차량이 없습니다. 방문의 차량 섹션에서 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="74"/>
        <source>&amp;Create PDF</source>
        <translation>PDF 만들기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TransportRun</name>
    <message>
        <location filename="../../ui/documents/transport.py" line="145"/>
        <source>Creating PDF…</source>
        <translation>PDF 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/transport.py" line="160"/>
        <source>PDF ready</source>
        <translation>PDF 준비 완료</translation>
    </message>
</context>
<context>
    <name>TransportSection</name>
    <message>
        <location filename="../../ui/delegations/transport.py" line="50"/>
        <source>%vehicle has %seats seats but %people people are aboard on “%title”</source>
        <extracomment>What the rows of the transfer tree hold (Qt.UserRole): (&quot;vehicle&quot;, id) or (&quot;person&quot;, id). ``services.transport.PROBLEM_SENTENCES`` as the interface translates them.</extracomment>
        <translation>%vehicle: 좌석 %seats석에 %people명 탑승 (“%title”)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="54"/>
        <source>%vehicle has seats 1 to %seats, not %seat (%names)</source>
        <translation>%vehicle의 좌석은 1~%seats번이며 %seat번은 없습니다 (%names)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="57"/>
        <source>Seat %seat of %vehicle is given twice on “%title”: %names</source>
        <translation>“%title”: %vehicle %seat번 좌석 중복 배정: %names</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="60"/>
        <source>%names is in two vehicles on “%title”: %vehicles</source>
        <translation>%names: “%title”에서 차량 두 대에 배정됨: %vehicles</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="63"/>
        <source>%names is in vehicles of two transfers at the same time: “%other” and “%title”</source>
        <translation>%names: 같은 시간의 두 이동에 배정됨: “%other”, “%title”</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="67"/>
        <source>Without a seat on “%title”: %names</source>
        <translation>“%title” 좌석 미배정: %names</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="68"/>
        <source>Aboard on “%title” without attending it: %names</source>
        <translation>“%title” 불참자가 탑승함: %names</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="71"/>
        <source>%names: the interpreter does not ride with the head on “%title”</source>
        <translation>%names: “%title”에서 통역이 단장과 같은 차량에 타지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="74"/>
        <source>%vehicle is on two transfers at the same time: “%other” and “%title”</source>
        <translation>%vehicle: 같은 시간의 두 이동에 배정됨: “%other”, “%title”</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="151"/>
        <source>Add vehicle</source>
        <translation>차량 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="152"/>
        <source>Delete vehicle</source>
        <translation>차량 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="153"/>
        <source>Change vehicle</source>
        <translation>차량 변경</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="158"/>
        <source>Car</source>
        <translation>승용차</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="159"/>
        <source>Van</source>
        <translation>밴</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="160"/>
        <source>Minibus</source>
        <translation>미니버스</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="161"/>
        <source>Bus</source>
        <translation>버스</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="167"/>
        <source>Vehicle</source>
        <translation>차량</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="168"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="169"/>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="170"/>
        <source>Driver</source>
        <translation>운전기사</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="171"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="172"/>
        <source>Plate</source>
        <translation>차량 번호</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="176"/>
        <source>&amp;Label</source>
        <translation>이름(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="177"/>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="178"/>
        <source>Se&amp;ats</source>
        <translation>좌석 수(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="179"/>
        <source>D&amp;river</source>
        <translation>운전기사(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="180"/>
        <source>Driver&apos;s &amp;phone</source>
        <translation>운전기사 전화(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="181"/>
        <source>Driver&apos;s lan&amp;guage (de, en, ko)</source>
        <translation>운전기사 언어(&amp;G) (de, en, ko)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="182"/>
        <source>Num&amp;ber plate</source>
        <translation>차량 번호(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="183"/>
        <source>Co&amp;mpany</source>
        <translation>운수 회사(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="184"/>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="190"/>
        <source>Vehicle %1</source>
        <translation>차량 %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="202"/>
        <source>Transfers</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="207"/>
        <source>&amp;Transfer:</source>
        <translation>이동(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="215"/>
        <source>Vehicle / passenger</source>
        <translation>차량 / 탑승자</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="215"/>
        <source>Seat</source>
        <comment>seat number column</comment>
        <translation>좌석</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="465"/>
        <source>%1 people already have a seat on “%2”. Seat everyone again in the order of precedence? Seats given by hand are replaced (Undo brings them back).</source>
        <translation>“%2”에 이미 %1명의 좌석이 배정되어 있습니다. 의전 서열에 따라 모두 다시 배정하시겠습니까? 직접 배정한 좌석은 바뀝니다(실행 취소로 되돌릴 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="492"/>
        <source>Seat</source>
        <translation>배정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="225"/>
        <source>&amp;Use selected vehicle</source>
        <translation>선택한 차량 배정(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="226"/>
        <source>Put the vehicle selected above on this transfer</source>
        <translation>위에서 선택한 차량을 이 이동에 배정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="228"/>
        <source>Take vehi&amp;cle off</source>
        <translation>차량 배정 해제(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="230"/>
        <source>Seat ever&amp;yone automatically</source>
        <translation>전원 자동 배정(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="233"/>
        <source>Everyone attending, in the order of precedence, vehicle after vehicle; the head of delegation with the interpreter (Ctrl+Shift+E)</source>
        <translation>참석자 전원을 의전 서열 순으로 차량별 배정, 단장은 통역과 함께 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="245"/>
        <source>any seat</source>
        <extracomment>Asks (title, text) before seats already given are replaced (tests answer it).</extracomment>
        <translation>좌석 무관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="246"/>
        <source>&amp;Seat</source>
        <translation>배정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="247"/>
        <source>Seat the selected person in the chosen vehicle</source>
        <translation>선택한 사람을 선택한 차량에 배정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="249"/>
        <source>U&amp;nseat</source>
        <translation>배정 해제(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="283"/>
        <source>Seat &amp;in:</source>
        <translation>배정 차량(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="335"/>
        <source>This visit has no transfers; add program items of kind Transfer.</source>
        <translation>이 방문에는 이동 일정이 없습니다. 종류가 &apos;이동&apos;인 일정을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="342"/>
        <source>(start not set)</source>
        <translation>(출발지 미정)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="343"/>
        <source>(destination not set)</source>
        <translation>(도착지 미정)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="350"/>
        <source>%1 (%2 of %3 seats)</source>
        <translation>%1 (%3석 중 %2석)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="373"/>
        <source>Without a seat (%1)</source>
        <translation>좌석 미배정 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="393"/>
        <source>✓ The transport plan has no problems.</source>
        <translation>✓ 차량 운행 계획에 문제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="444"/>
        <source>Use vehicle on transfer</source>
        <translation>이동에 차량 배정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="453"/>
        <source>Take vehicle off transfer</source>
        <translation>이동에서 차량 해제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="463"/>
        <location filename="../../ui/delegations/transport.py" line="473"/>
        <source>Seat everyone automatically</source>
        <translation>전원 자동 배정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="479"/>
        <source>%1 found no seat: add a vehicle or seats.</source>
        <translation>%1명 좌석 없음: 차량이나 좌석을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/transport.py" line="501"/>
        <source>Unseat</source>
        <translation>배정 해제</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="44"/>
        <source>Show the visits of one partnership</source>
        <translation>한 파트너십의 방문 보기</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="47"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="54"/>
        <source>Search title, partner city, notes…</source>
        <translation>제목, 파트너 도시, 메모 검색…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="119"/>
        <source>All partnerships</source>
        <translation>모든 파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_list.py" line="130"/>
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="23"/>
        <source>Title</source>
        <extracomment>(sort key in the service, header)</extracomment>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="24"/>
        <source>Partnership</source>
        <translation>파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="25"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="26"/>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="27"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../ui/delegations/visit_model.py" line="28"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Planned</source>
        <translation>계획됨</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Confirmed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>WeekEditing</name>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="211"/>
        <source>Drag to move, drag the lower edge to change the length; Alt+↑/↓: 15 minutes, Alt+Shift+↑/↓: length, Alt+←/→: a day</source>
        <extracomment>The step of every drag and key: a quarter of an hour. How close (pixels) to an item&apos;s lower edge the pointer changes the item&apos;s length. True once the pointer moved farther than the drag distance (a click is no drag). The conflicts the item would have at ``start``..``end`` (moves and resizes). The program item the keys act on (chosen by a click): its id. Where a drag that creates an item opens its dialog (tests look at it). After a key moved the selected item: scroll to it when the view is redrawn. Replaced in tests: reads the conflicts of a trial time.</extracomment>
        <translation>끌어서 옮기고, 아래쪽 가장자리를 끌어 길이를 바꿉니다. Alt+↑/↓: 15분, Alt+Shift+↑/↓: 길이, Alt+←/→: 하루</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="299"/>
        <source>Drag cancelled: nothing changed</source>
        <translation>끌기를 취소했습니다: 바뀐 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="343"/>
        <source>Click a program item first; then Alt and the arrow keys move it</source>
        <translation>먼저 일정 항목을 클릭하십시오. 그다음 Alt와 화살표 키로 옮길 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="375"/>
        <source>Change the length of “%s”</source>
        <translation>“%s”의 시간 길이 변경</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="377"/>
        <source>Move “%s”</source>
        <translation>“%s” 이동</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="387"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="387"/>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="392"/>
        <source>Not changed: %s</source>
        <translation>변경되지 않았습니다: %s</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/week_editing.py" line="516"/>
        <source>New program item</source>
        <translation>새 일정 항목</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="21"/>
        <source>&lt;h1&gt;Welcome to Exchange Planner&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Exchange Planner에 오신 것을 환영합니다&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="24"/>
        <source>Plan official visits, artist residencies and exhibitions with your partner cities, and print itineraries and gift protocols.&lt;br&gt;&lt;br&gt;This database is still empty. Start with one of these:</source>
        <translation>파트너 도시와 함께하는 공식 방문, 작가 레지던시, 전시를 계획하고 방문 일정표와 선물 기록부를 인쇄할 수 있습니다.&lt;br&gt;&lt;br&gt;이 데이터베이스는 아직 비어 있습니다. 다음 중 하나로 시작하십시오:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="37"/>
        <source>Explore the Leipzig–Gwangju sample</source>
        <translation>라이프치히–광주 예제 살펴보기</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="40"/>
        <source>Opens a temporary copy of the sample; your database stays as it is.</source>
        <translation>예제의 임시 사본을 엽니다. 사용 중인 데이터베이스는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="43"/>
        <source>Start planning: add a partnership</source>
        <translation>계획 시작: 파트너십 추가</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="46"/>
        <source>Opens the directory, where partner cities, people and venues live.</source>
        <translation>파트너 도시, 인물, 장소를 관리하는 디렉터리를 엽니다.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="49"/>
        <source>Import an exchange file (JSON)…</source>
        <translation>데이터 교환 파일 가져오기 (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="52"/>
        <source>Reads a file written by “Export”, all or nothing.</source>
        <translation>“내보내기”로 만든 파일을 읽습니다. 전부 가져오거나 전혀 가져오지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/wording.py" line="92"/>
        <source>“%1” (%2)</source>
        <extracomment>Currencies whose amounts have no minor unit worth showing. The quoted title of a place (&quot;„%1“&quot;, &quot;#%1&quot;), left out where only the place is named.</extracomment>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="111"/>
        <source>%1 and %2 others are expected at two places at once: %3 and %4 overlap</source>
        <translation>%1 외 %2명 – 같은 시간에 두 곳에 배정되었습니다: %3, %4 일정이 겹칩니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="122"/>
        <source>%1 are expected at two places at once: %2 and %3 overlap</source>
        <translation>%1 – 같은 시간에 두 곳에 배정되었습니다: %2, %3 일정이 겹칩니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="130"/>
        <source>%1 is expected at two places at once: %2 and %3 overlap</source>
        <translation>%1 – 같은 시간에 두 곳에 배정되었습니다: %2, %3 일정이 겹칩니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="145"/>
        <source>“%1” on %2 lies outside the dates of “%3” (%4)</source>
        <translation>“%1”(%2) 일정이 “%3” 방문 기간(%4)을 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="154"/>
        <source>the partner</source>
        <translation>파트너 측</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="157"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="161"/>
        <source>“%1” by %2: a similar gift “%3” was already given to %4 on %5 during “%6”</source>
        <translation>“%1”(%2 제작): 비슷한 선물 “%3”을(를) 이미 %5 “%6” 방문 중에 %4에게 전달했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="167"/>
        <source>“%1” by %2: a similar gift “%3” was already given to %4 on %5</source>
        <translation>“%1”(%2 제작): 비슷한 선물 “%3”을(를) 이미 %5에 %4에게 전달했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="172"/>
        <source>“%1” by %2: a similar gift “%3” was already given to %4 during “%5”</source>
        <translation>“%1”(%2 제작): 비슷한 선물 “%3”을(를) 이미 “%5” 방문 중에 %4에게 전달했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="177"/>
        <source>“%1” by %2: a similar gift “%3” was already given to %4 at an earlier visit</source>
        <translation>“%1”(%2 제작): 비슷한 선물 “%3”을(를) 이미 이전 방문 때 %4에게 전달했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="189"/>
        <source>%1 reaches the reporting threshold of %2 for the recipient&apos;s office</source>
        <translation>%1 – 수령인 직위의 신고 기준 %2 이상입니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="203"/>
        <source>“%1” for %2: %3</source>
        <translation>“%1”, 수령인 %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="208"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="217"/>
        <source>%1 and %2 others</source>
        <translation>%1 외 %2명</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="223"/>
        <source>Interpreter %1 is booked for two overlapping items: %2 and %3</source>
        <translation>통역사 %1 – 겹치는 두 일정에 배정되었습니다: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="237"/>
        <source>%1 starts before the arrival of %2 (%3)</source>
        <translation>%1 일정이 %2의 도착(%3) 전에 시작합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="239"/>
        <source>%1 ends after the departure of %2 (%3)</source>
        <translation>%1 일정이 %2의 출발(%3) 후에 끝납니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="243"/>
        <source>%1 starts before the arrival of %2</source>
        <translation>%1 일정이 %2의 도착 전에 시작합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="245"/>
        <source>%1 ends after the departure of %2</source>
        <translation>%1 일정이 %2의 출발 후에 끝납니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="253"/>
        <source>%1 has no venue</source>
        <translation>%1 일정에 장소가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="255"/>
        <source>%1 has no host</source>
        <translation>%1 일정에 주최자가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="257"/>
        <source>%1 has neither a venue nor a host</source>
        <translation>%1 일정에 장소와 주최자가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="263"/>
        <source>confirmed</source>
        <extracomment>The statuses from which arrivals are expected, as a sentence names them.</extracomment>
        <translation>확정</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="264"/>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="270"/>
        <source>No arrival time for %1, though “%2” is %3</source>
        <translation>“%2” 방문이 %3 상태이지만 %1의 도착 시간이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="274"/>
        <source>No departure time for %1, though “%2” is %3</source>
        <translation>“%2” 방문이 %3 상태이지만 %1의 출발 시간이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="278"/>
        <source>No arrival or departure time for %1, though “%2” is %3</source>
        <translation>“%2” 방문이 %3 상태이지만 %1의 도착 또는 출발 시간이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="292"/>
        <source>vegetarian</source>
        <extracomment>The dietary requirement codes within a sentence (``domain.conflicts.requirement_words``).</extracomment>
        <translation>채식</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="293"/>
        <source>vegan</source>
        <translation>비건</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="294"/>
        <source>no pork</source>
        <translation>돼지고기 제외</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="295"/>
        <source>halal</source>
        <translation>할랄</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="296"/>
        <source>kosher</source>
        <translation>코셔</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="297"/>
        <source>no alcohol</source>
        <translation>무알코올</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="298"/>
        <source>gluten-free</source>
        <translation>글루텐 제외</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="299"/>
        <source>lactose-free</source>
        <translation>유당 제외</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="300"/>
        <source>nut allergy</source>
        <translation>견과류 알레르기</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="301"/>
        <source>seafood allergy</source>
        <translation>해산물 알레르기</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="302"/>
        <source>diabetic</source>
        <translation>당뇨</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="303"/>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="316"/>
        <source>%1 has a dietary note (“%2”) but attends no meal or reception of “%3”</source>
        <translation>%1 – 식단 참고 사항(“%2”)이 있지만 “%3” 방문의 식사나 리셉션에 참석하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="333"/>
        <source>%1 is booked twice: %2 and %3 overlap</source>
        <translation>%1 중복 예약: %2, %3 일정이 겹칩니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="359"/>
        <source>%1 (the other item belongs to “%2”)</source>
        <translation>%1 (다른 일정은 “%2” 방문에 속합니다)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="386"/>
        <source>must not be empty</source>
        <translation>비워 둘 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="387"/>
        <source>must be zero or more</source>
        <translation>0 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="388"/>
        <source>is implausibly large</source>
        <translation>값이 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="389"/>
        <source>an exchange rate must be more than zero</source>
        <translation>환율은 0보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="390"/>
        <source>must be a date and time with a time zone</source>
        <translation>시간대가 있는 날짜와 시간이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="391"/>
        <source>must name a time zone such as Europe/Berlin</source>
        <translation>Europe/Berlin 같은 시간대를 입력해야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="392"/>
        <source>must be a whole number, zero or more</source>
        <translation>0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="393"/>
        <source>choose a person</source>
        <translation>사람을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="394"/>
        <source>choose who signed</source>
        <translation>서명한 사람을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="395"/>
        <source>departs before arriving</source>
        <translation>출발이 도착보다 앞섭니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="396"/>
        <source>a residency cannot answer itself</source>
        <translation>레지던시는 자기 자신의 상대 레지던시가 될 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="397"/>
        <source>the counterpart belongs to another partnership</source>
        <translation>상대 레지던시가 다른 파트너십에 속합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="400"/>
        <source>the counterpart must go the other way (incoming/outgoing)</source>
        <translation>상대 레지던시는 반대 방향(초청/파견)이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="403"/>
        <source>the counterpart is cancelled</source>
        <translation>상대 레지던시가 취소되었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="404"/>
        <source>the counterpart links form a loop</source>
        <translation>상대 레지던시 연결이 순환합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="406"/>
        <source>a limit must be more than zero</source>
        <translation>기준은 0보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="407"/>
        <source>must be a tier from 1 to 9 (1: the lowest limit)</source>
        <translation>1에서 9 사이의 단계여야 합니다(1: 가장 낮은 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="410"/>
        <source>there is already a rate of this currency on this day</source>
        <translation>이 통화의 이날 환율이 이미 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="413"/>
        <source>EUR needs no rate</source>
        <translation>유로는 환율이 필요 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="414"/>
        <source>must be a code without spaces, e.g. DE-SN-KOMMUNAL</source>
        <translation>공백 없는 코드여야 합니다(예: DE-SN-KOMMUNAL)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="421"/>
        <source>“%1” is not a number</source>
        <translation>“%1”은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="422"/>
        <source>“%1” is not an amount</source>
        <translation>“%1”은(는) 금액이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="423"/>
        <source>“%1” is not a three-letter currency code like EUR</source>
        <translation>“%1”은(는) EUR 같은 세 글자 통화 코드가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="426"/>
        <source>“%1” is not a date</source>
        <translation>“%1”은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="427"/>
        <source>“%1” is not a date and time</source>
        <translation>“%1”은(는) 날짜와 시간이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="428"/>
        <source>“%1” is not a known time zone</source>
        <translation>“%1”은(는) 알 수 없는 시간대입니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="429"/>
        <source>“%1” is not one of the choices</source>
        <translation>“%1”은(는) 선택할 수 있는 값이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="430"/>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1”은(는) 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="436"/>
        <source>is %1 characters long; at most %2</source>
        <translation>%1자입니다. 최대 %2자까지 입력할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="445"/>
        <source>the rank equivalences would contradict the order of the rank tables (ranks concerned: %1)</source>
        <translation>이 동등 직급 설정은 직급표의 순서와 모순됩니다 (해당 직급: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="457"/>
        <source>say why %1 is placed at %2 instead of the computed place (the reason is shown in the order of precedence)</source>
        <translation>%1 님이 계산된 서열 대신 %2번에 배치되는 이유를 적어 주십시오 (이유는 의전 서열에 표시됩니다)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="471"/>
        <source>the cue “%1” would lie outside the item&apos;s day (%2); move or delete it first</source>
        <translation>큐 “%1”이(가) 일정 항목의 날짜(%2)를 벗어나게 됩니다. 먼저 큐를 옮기거나 삭제하세요</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="480"/>
        <source>room %1 would hold %2 people; a room of this type takes %3</source>
        <translation>%1 객실에 %2명이 배정됩니다. 이 유형의 객실은 %3명까지입니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="489"/>
        <source>there is no venue #%1 to stay at</source>
        <translation>숙소로 지정할 장소 #%1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="494"/>
        <source>a vehicle has 1 to 80 passenger seats, not %1</source>
        <translation>차량 좌석은 1~80석이어야 합니다(%1석 불가)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="499"/>
        <source>too few seats: %1 people ride in it on “%2”</source>
        <translation>좌석이 부족합니다: “%2”에 %1명이 탑승합니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="504"/>
        <source>is not a language code (for example de, en, ko)</source>
        <translation>언어 코드가 아닙니다(예: de, en, ko)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="509"/>
        <source>place %1 is outside the order of precedence: places 1 to %2</source>
        <translation>%1번은 의전 서열 밖입니다: 1번부터 %2번까지</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="519"/>
        <source>ends before it starts</source>
        <translation>시작보다 먼저 끝납니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="521"/>
        <source>ends on %1, before it starts on %2</source>
        <translation>종료일(%1)이 시작일(%2)보다 앞섭니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="527"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1은(는) %2–%3 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="534"/>
        <source>%1 is not a plausible year</source>
        <translation>%1은(는) 타당한 연도가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="539"/>
        <source>contains the control character %1 (character %2); only tab and line breaks are allowed</source>
        <translation>제어 문자 %1(%2번째 문자)이(가) 들어 있습니다. 탭과 줄 바꿈만 허용됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="549"/>
        <source>contains the lone surrogate %1 (character %2), half of a UTF-16 pair that is not a character</source>
        <translation>짝이 없는 서로게이트 %1(%2번째 문자)이(가) 들어 있습니다. 문자가 아닌 UTF-16 쌍의 절반입니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="559"/>
        <source>“%1” already answers another residency</source>
        <translation>“%1”은(는) 이미 다른 레지던시의 상대 레지던시입니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="564"/>
        <source>“%1” is already answered by residency #%2</source>
        <translation>“%1”에는 이미 레지던시 #%2이(가) 상대 레지던시로 연결되어 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="574"/>
        <source>head of delegation of visit “%1”</source>
        <extracomment>What a record is at the place that refers to it, keyed by (table, column) of that place.</extracomment>
        <translation>“%1” 방문의 대표단장</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="575"/>
        <source>hotel of visit “%1”</source>
        <translation>“%1” 방문의 호텔</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="576"/>
        <source>partnership of visit “%1”</source>
        <translation>“%1” 방문의 파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="577"/>
        <source>member of visit “%1”</source>
        <translation>“%1” 방문의 구성원</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="578"/>
        <source>host of program item “%1”</source>
        <translation>“%1” 일정 항목의 주최</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="579"/>
        <source>venue of program item “%1”</source>
        <translation>“%1” 일정 항목의 장소</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="580"/>
        <source>attendee of program item “%1”</source>
        <translation>“%1” 일정 항목의 참석자</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="583"/>
        <source>giver of gift “%1”</source>
        <translation>“%1” 선물의 증정자</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="584"/>
        <source>recipient of gift “%1”</source>
        <translation>“%1” 선물의 수령인</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="585"/>
        <source>signer of guestbook entry #%1</source>
        <translation>방명록 항목 #%1의 서명자</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="586"/>
        <source>artist of residency “%1”</source>
        <translation>“%1” 레지던시의 작가</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="587"/>
        <source>studio of residency “%1”</source>
        <translation>“%1” 레지던시의 스튜디오</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="588"/>
        <source>partnership of residency “%1”</source>
        <translation>“%1” 레지던시의 파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="589"/>
        <source>curator of exhibition “%1”</source>
        <translation>“%1” 전시의 큐레이터</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="590"/>
        <source>venue of exhibition “%1”</source>
        <translation>“%1” 전시의 장소</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="591"/>
        <source>partnership of exhibition “%1”</source>
        <translation>“%1” 전시의 파트너십</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="594"/>
        <source>artist of exhibition “%1”</source>
        <translation>“%1” 전시의 작가</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="595"/>
        <source>rank of “%1”</source>
        <translation>“%1”의 직급</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="596"/>
        <source>host of visit “%1”</source>
        <translation>방문 “%1”의 주최 측</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="597"/>
        <source>seated at “%1”</source>
        <translation>“%1” 좌석 배정</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="598"/>
        <source>passenger of transfer “%1”</source>
        <translation>이동 “%1”의 탑승자</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="599"/>
        <source>start of program item “%1”</source>
        <translation>일정 항목 “%1”의 출발지</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="600"/>
        <source>hotel of a member of visit “%1”</source>
        <translation>방문 “%1” 대표단원의 숙소</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="610"/>
        <source>%1: more</source>
        <translation>%1: 더 있음</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="616"/>
        <source>%1, table %2, seat %3</source>
        <translation>%1, %2번 테이블, %3번 좌석</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="626"/>
        <source>“%1” cannot be deleted while still used as: %2</source>
        <translation>“%1”은(는) 아직 다음으로 사용 중이므로 삭제할 수 없습니다: %2</translation>
    </message>
</context>
</TS>
