<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="92"/>
        <source>&amp;Walk-in visitor…</source>
        <translation>來訪客戶(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="93"/>
        <source>Assign a walk-in visitor by the rotation</source>
        <translation>依輪序分配來訪客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="100"/>
        <source>&amp;Phone enquiry…</source>
        <translation>來電登記(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="101"/>
        <source>Log a phone enquiry on today&apos;s phone enquiry sheet</source>
        <translation>在今日來電登記表記下一通來電</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="108"/>
        <source>&amp;Sign consultants in…</source>
        <translation>顧問簽到(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="109"/>
        <source>The consultants arriving join the day&apos;s order</source>
        <translation>到場的顧問依序加入當日輪序</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="116"/>
        <source>Change the day&apos;s &amp;order…</source>
        <translation>調整當日輪序(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="117"/>
        <source>A supervisor sets the order of the signed-in consultants</source>
        <translation>主管調整已簽到顧問的順序</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="123"/>
        <source>Re&amp;gistrations and follow-ups…</source>
        <translation>登記與跟進(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="124"/>
        <source>Visitors registered to consultants; a follow-up keeps them valid a month</source>
        <translation>登記在顧問名下的客戶；跟進後保護期延長一個月</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="133"/>
        <source>Commission &amp;disputes…</source>
        <translation>佣金爭議(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="134"/>
        <source>Deals whose commission the rules split; a manager confirms or decides</source>
        <translation>依規則需分配佣金的成交；由經理確認或裁定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="142"/>
        <source>&amp;Fairness report…</source>
        <translation>接待公平性報表(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="143"/>
        <source>Turns, owed turns and receptions per consultant</source>
        <translation>各顧問的輪次、欠輪與接待次數</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="149"/>
        <source>Print the &amp;visitor sheet…</source>
        <translation>列印客戶來訪登記表(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="150"/>
        <source>The shown day&apos;s visitor sheet; once reviewed, with its row count and hash</source>
        <translation>所顯示日期的客戶來訪登記表；審核後附列數與雜湊值</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="158"/>
        <source>Print the p&amp;hone enquiry sheet…</source>
        <translation>列印來電登記表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="159"/>
        <source>The shown day&apos;s phone enquiries</source>
        <translation>所顯示日期的來電登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="165"/>
        <source>&amp;Review and close the day…</source>
        <translation>審核並關閉當日(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="166"/>
        <source>After the review the day&apos;s visitor sheet cannot change</source>
        <translation>審核後，當日來訪登記表不可再更改</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="19"/>
        <source>signed in at the desk</source>
        <translation>到櫃台簽到</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="20"/>
        <source>signed out of the desk</source>
        <translation>離開櫃台簽退</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="21"/>
        <source>away</source>
        <translation>暫離</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="22"/>
        <source>back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="23"/>
        <source>visit ended</source>
        <translation>接待結束</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="24"/>
        <source>asked to switch</source>
        <translation>要求換人接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="25"/>
        <source>turn cancelled</source>
        <translation>取消本輪接待資格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="26"/>
        <source>rotation order changed</source>
        <translation>輪值順序變更</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="27"/>
        <source>phone enquiry</source>
        <translation>來電</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="28"/>
        <source>walk-in</source>
        <translation>自行來訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="34"/>
        <source>(consultant %1)</source>
        <translation>（置業顧問 %1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="39"/>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="40"/>
        <source>parent and child</source>
        <translation>親子</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="41"/>
        <source>siblings</source>
        <translation>兄弟姊妹</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="42"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="57"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="58"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="62"/>
        <source>row %1: %2 (%3, counted), skipped %4</source>
        <translation>第 %1 列：%2（%3，計入輪次），略過 %4 人</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="68"/>
        <source>row %1: %2 (%3), skipped %4</source>
        <translation>第 %1 列：%2（%3），略過 %4 人</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="75"/>
        <source>row %1 corrects row %2</source>
        <translation>第 %1 列更正第 %2 列</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="76"/>
        <source>phone enquiry %1 corrects %2</source>
        <translation>來電 %1 更正 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="78"/>
        <source>phone enquiry %1 answered by %2</source>
        <translation>來電 %1 由 %2 接聽</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="80"/>
        <source>visitor sheet of %1 reviewed: %2 rows</source>
        <translation>審核 %1 的客戶來訪登記表：%2 列</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="83"/>
        <source>visitor sheet of %1: intact</source>
        <translation>%1 的客戶來訪登記表：完整未變</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="84"/>
        <source>visitor sheet of %1: CHANGED</source>
        <translation>%1 的客戶來訪登記表：已被更動</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="86"/>
        <source>visitor registered to %1</source>
        <translation>登記客戶，歸 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="87"/>
        <source>follow-up on %1, level %2</source>
        <translation>%1 跟進，級別 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="90"/>
        <source>registrations %1 and %2 related: %3</source>
        <translation>登記客戶 %1 與 %2 的親屬關係：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="96"/>
        <source>deal %1 of %2 closed by %3: %4 %5 proposes %6</source>
        <translation>%2 的成交 %1 由 %3 成交：依 %4 %5 建議 %6</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="102"/>
        <source>deal %1 revised: %2</source>
        <translation>成交 %1 已修改：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="103"/>
        <source>deal %1 confirmed: %2</source>
        <translation>成交 %1 已確認：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="104"/>
        <source>deal %1 decided: %2</source>
        <translation>成交 %1 已裁定：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/audit_summary.py" line="107"/>
        <source>filled %1 sample reception days, %2 visits (seed %3)</source>
        <translation>加入 %1 天示範接待紀錄，%2 筆來訪（種子 %3）</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <location filename="../../records_desk/cli/reception.py" line="34"/>
        <source>reception rotation: who receives each visitor, and why</source>
        <translation>接待輪序：由誰接待每位客戶及其原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception.py" line="44"/>
        <source>replay a day file&apos;s events and explain each assignment (no database)</source>
        <translation>重播當日檔案的事件並說明每次分配（不需資料庫）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="56"/>
        <source>consultants sign in</source>
        <translation>置業顧問簽到</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="60"/>
        <source>a consultant leaves for the day</source>
        <translation>置業顧問當日下班</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="61"/>
        <source>a consultant is back at post</source>
        <translation>置業顧問回到崗位</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="62"/>
        <source>a consultant&apos;s visitor leaves</source>
        <translation>置業顧問的客戶離開</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="70"/>
        <source>a consultant away from post</source>
        <translation>置業顧問離開崗位</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="80"/>
        <source>assign a walk-in</source>
        <translation>分配來訪客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="87"/>
        <source>named by the visitor</source>
        <translation>客戶指名的顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="99"/>
        <source>who is where, and who is next</source>
        <translation>各人所在及下一位輪到誰</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="106"/>
        <source>log a phone enquiry</source>
        <translation>登記來電</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="119"/>
        <source>is this visitor a returning customer?</source>
        <translation>此客戶是否為老客戶？</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="128"/>
        <source>register a visitor</source>
        <translation>登記客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="140"/>
        <source>a follow-up and its A/B/C</source>
        <translation>跟進及其 A/B/C 級別</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="151"/>
        <source>a day&apos;s visitor sheet</source>
        <translation>某日的客戶來訪登記表</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="159"/>
        <source>the clerk&apos;s review closes a day</source>
        <translation>銷售文員審核後關閉當日</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="166"/>
        <source>check a reviewed day&apos;s hash</source>
        <translation>核對已審核日的雜湊值</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_print.py" line="25"/>
        <source>visitor_sheet, phone_enquiry_sheet: fill it from that day</source>
        <translation>visitor_sheet、phone_enquiry_sheet：依該日填寫</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_demo.py" line="26"/>
        <source>also add DAYS sample reception days up to today: consultants signing in, walk-ins assigned by the rotation (returning, designated, away and back), visitor sheets reviewed and closed, registrations with A/B/C follow-ups; today left open</source>
        <translation>另加入截至今日的 DAYS 天示範接待日：置業顧問簽到、依輪序分配來訪客戶（老客戶、指名、離崗及回崗）、客戶來訪登記表已審核並關閉、客戶登記及 A/B/C 跟進；今日保持未關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="56"/>
        <source>record a deal; the rules propose its split</source>
        <translation>登記成交；依規則建議佣金分配</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="64"/>
        <source>who closed it</source>
        <translation>成交的置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="72"/>
        <source>designated mid-visit</source>
        <translation>接待中途指定</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="77"/>
        <source>a referral</source>
        <translation>介紹客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="82"/>
        <source>a forgotten original</source>
        <translation>客戶忘記原置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="87"/>
        <source>--designated: who received first</source>
        <translation>--designated：最先接待者</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="92"/>
        <source>--designated: instigated it</source>
        <translation>--designated：由被指定顧問唆使</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="97"/>
        <source>--designated: the day of it</source>
        <translation>--designated：指定當日</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="102"/>
        <source>--referred-by: announced in advance</source>
        <translation>--referred-by：事先聲明</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="107"/>
        <source>--referred-by: came naming the consultant</source>
        <translation>--referred-by：老客戶親自帶來並指名顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="112"/>
        <source>--original: when (else never)</source>
        <translation>--original：認出的日期（未填則從未認出）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="117"/>
        <source>--original: deal came first</source>
        <translation>--original：先成交後認出</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="123"/>
        <source>a deal in another name</source>
        <translation>以他人名義成交</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="132"/>
        <source>deals awaiting a decision</source>
        <translation>待裁定的成交</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="137"/>
        <source>every deal, decided or not</source>
        <translation>全部成交，不論是否已裁定</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="145"/>
        <source>a manager decides a deal&apos;s split</source>
        <translation>經理裁定成交的佣金分配</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="150"/>
        <source>as proposed</source>
        <translation>照建議</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="156"/>
        <source>another split (needs --reason)</source>
        <translation>另作分配（須附 --reason）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="162"/>
        <source>replace the decision in force</source>
        <translation>取代生效中的決定</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="170"/>
        <source>the fairness report per consultant</source>
        <translation>各置業顧問的接待公平性報表</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="337"/>
        <source>fairness_report: a day or a month</source>
        <translation>fairness_report：某日或某月</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../records_desk/cli/reception.py" line="68"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1：不是 UTF-8 文字檔</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception.py" line="71"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：無法讀取：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_demo.py" line="39"/>
        <source>%1 must be 0 or more</source>
        <translation>%1 必須是 0 或以上</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../records_desk/ui/reception/feature.py" line="176"/>
        <source>&amp;Reception</source>
        <translation>接待(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReceptionCommands</name>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="232"/>
        <source>Row %1: %2 (%3) receives the visitor — %4</source>
        <translation>第 %1 行：%2（%3）接待此客戶 — %4</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="235"/>
        <source>  skipped %1: %2</source>
        <translation>  略過 %1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="260"/>
        <source>Next up: %1</source>
        <translation>下一位：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="359"/>
        <source>%1 reviewed: %2 rows, hash %3</source>
        <translation>%1 已審核：共 %2 行，雜湊值 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="370"/>
        <source>%1 intact: %2 rows, hash %3</source>
        <translation>%1 完好：共 %2 行，雜湊值 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="373"/>
        <source>%1 CHANGED since the review: hash %2 stored, %3 now</source>
        <translation>%1 審核後已被更改：審核時雜湊值 %2，現為 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_demo.py" line="43"/>
        <source>%1 / %2 days</source>
        <translation>%1 / %2 天</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_demo.py" line="53"/>
        <source>added %1 reception days (%2 visits, %3 events) for %4 consultants, %5 registrations with %6 follow-ups in %7 s</source>
        <translation>已新增 %1 個接待日（來訪 %2 次、事件 %3 筆），涉及 %4 位顧問；登記 %5 筆、跟進 %6 次，費時 %7 秒</translation>
    </message>
</context>
<context>
    <name>ReceptionCounter</name>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="66"/>
        <source>, %1 waiting</source>
        <translation>，%1 位等候</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="68"/>
        <source>free</source>
        <translation>空閒</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="70"/>
        <source> · owed %1</source>
        <translation>・欠 %1 輪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="72"/>
        <source> · next turn cancelled</source>
        <translation>・下一輪已取消</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="130"/>
        <source>Next walk-in goes to</source>
        <translation>下一位來訪客戶由</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="132"/>
        <source>nobody yet</source>
        <translation>暫無人可接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="134"/>
        <source>No consultant can receive a visitor: sign consultants in (F4) or wait until one is back or free.</source>
        <translation>目前沒有顧問可接待：請為顧問簽到（F4），或等候顧問回崗或空閒。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="82"/>
        <location filename="../../records_desk/ui/reception/counter.py" line="144"/>
        <source> (the visitor waits)</source>
        <translation>（客戶等候）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="79"/>
        <source>Nobody can receive them now.</source>
        <translation>目前無人可接待。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="84"/>
        <source>Goes to %1: %2</source>
        <translation>由 %1 接待：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="164"/>
        <source>%1: open the menu for what happens to them</source>
        <translation>%1：開啟選單記錄其狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="185"/>
        <source>Visit &amp;ended</source>
        <translation>接待結束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="186"/>
        <source>&amp;Switch consultant…</source>
        <translation>更換顧問(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="188"/>
        <source>Away &amp;without good reason</source>
        <translation>無故離崗(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="189"/>
        <source>Away, &amp;called by a manager…</source>
        <translation>經理指派離崗(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="190"/>
        <source>&amp;Back at the counter</source>
        <translation>回到崗位(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="193"/>
        <source>&amp;Cancel the next turn…</source>
        <translation>取消下一輪(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="195"/>
        <source>Sign &amp;out for the day</source>
        <translation>簽退(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="226"/>
        <source>No consultant has signed in today. Sign them in as they arrive (F4): the sign-in order is the day&apos;s rotation.</source>
        <translation>今日尚無顧問簽到。請在顧問到場時為其簽到（F4）：簽到順序即當日輪序。</translation>
    </message>
</context>
<context>
    <name>ReceptionDialogs</name>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="64"/>
        <source>Sign consultants in</source>
        <translation>顧問簽到</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="66"/>
        <source>Tick the consultants in the order they arrived: they join the end of the day&apos;s order in that order.</source>
        <translation>請依到場先後勾選顧問：他們將依此順序排在當日輪序之後。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="72"/>
        <source>Every consultant is signed in already (consultants are the accounts with the consultant role).</source>
        <translation>所有顧問均已簽到（顧問即角色為置業顧問的帳號）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="79"/>
        <source>&amp;Sign them in</source>
        <translation>簽到(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="119"/>
        <source>Change the day&apos;s order</source>
        <translation>調整當日輪序</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="121"/>
        <source>Drag the consultants into the new order (or move the selected one with Alt+Up and Alt+Down). The first one receives the next walk-in.</source>
        <translation>拖曳顧問排成新順序（或以 Alt+上、Alt+下 移動所選顧問）。排在第一位者接待下一位來訪客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="204"/>
        <source>Switch consultant</source>
        <translation>更換顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="207"/>
        <source>The visitor with %1 asks for another consultant. The switch is granted only after a serious fault or when the customer insists; then the rotation gives them a new consultant and %1 loses the customer.</source>
        <translation>%1 接待中的客戶要求更換顧問。僅在顧問有嚴重過失或客戶堅持時才准許；此時依輪序重新分配顧問，%1 失去該客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="218"/>
        <source>no fault</source>
        <translation>無過失</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="219"/>
        <source>a minor fault</source>
        <translation>輕微過失</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="220"/>
        <source>a serious fault</source>
        <translation>嚴重過失</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="222"/>
        <source>The consultant&apos;s &amp;fault:</source>
        <translation>顧問過失(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="223"/>
        <source>The customer &amp;insists</source>
        <translation>客戶堅持更換(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="273"/>
        <source>Phone enquiry</source>
        <translation>來電登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="275"/>
        <source>Phone enquiries are logged on the day&apos;s phone enquiry sheet; they never decide whose customer a visitor is.</source>
        <translation>來電記入當日來電登記表；來電不決定客戶歸屬。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="282"/>
        <source>&amp;Caller:</source>
        <translation>來電人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="283"/>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="362"/>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="181"/>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="284"/>
        <source>&amp;Answered by:</source>
        <translation>接聽顧問(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="285"/>
        <source>&amp;Enquiry:</source>
        <translation>諮詢內容(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="286"/>
        <source>&amp;Heard of us through:</source>
        <translation>得知管道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="290"/>
        <source>&amp;Invited to visit</source>
        <translation>已邀約來訪(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="348"/>
        <source>Correct a row</source>
        <translation>更正一列</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="351"/>
        <source>Row %1 stays as it is; the correction is written as a new row that points to it. Who received the visitor and why cannot be corrected: that was the rotation&apos;s.</source>
        <translation>第 %1 列保持原樣；更正以新的一列寫入並指向原列。接待顧問及分配原因由輪序決定，不能更正。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="361"/>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="180"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="363"/>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="184"/>
        <source>Party si&amp;ze:</source>
        <translation>來訪人數(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="364"/>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="185"/>
        <source>&amp;Came by:</source>
        <translation>來訪方式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="365"/>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="188"/>
        <source>In&amp;tention:</source>
        <translation>意向(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="366"/>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="189"/>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/day_dialogs.py" line="373"/>
        <source>&amp;Write the correction</source>
        <translation>寫入更正(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="84"/>
        <source>walk-in</source>
        <translation>自行來訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="85"/>
        <source>after a phone call</source>
        <translation>來電後來訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="86"/>
        <source>referral</source>
        <translation>介紹</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="93"/>
        <source>not yet known</source>
        <translation>尚未確定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="148"/>
        <source>nobody (rotation)</source>
        <translation>無（依輪序）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="170"/>
        <source>Walk-in visitor</source>
        <translation>來訪客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="172"/>
        <source>Type the phone number (or ID number): a returning customer goes to their consultant. Name a consultant only if the visitor asks for one before being served.</source>
        <translation>請輸入電話（或身分證號）：老客戶由其登記顧問接待。僅在客戶接待前指名顧問時才選擇顧問。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="182"/>
        <source>&amp;ID number:</source>
        <translation>身分證號(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="186"/>
        <source>Asks &amp;for:</source>
        <translation>指名顧問(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="196"/>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="229"/>
        <source>Returning customer of %1 (registration valid through %2)</source>
        <translation>%1 的老客戶（登記有效至 %2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="237"/>
        <source>Household of %1, a customer of %2 (valid through %3): received by %2</source>
        <translation>%1 的家屬，%2 的客戶（有效至 %3）：由 %2 接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="247"/>
        <source>Registered before, but the registration ran out on %1: a new visitor</source>
        <translation>曾登記，但登記已於 %1 失效：視為新客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/dialogs.py" line="253"/>
        <source>New visitor: the rotation decides</source>
        <translation>新客戶：依輪序分配</translation>
    </message>
</context>
<context>
    <name>ReceptionDisputes</name>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="247"/>
        <source>%1 to %2: %3 days, %4 visitors, %5 order changes</source>
        <translation>%1 至 %2：%3 日，接待 %4 人次，輪序調整 %5 次</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="309"/>
        <source>Deal %1 (%2, %3 closed it): %4 %5 — %6</source>
        <translation>成交 %1（%2，%3 成交）：%4 %5 — %6</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="312"/>
        <source>  proposed: %1</source>
        <translation>  建議分配：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="314"/>
        <source>  row used: %1 %2 %3 → %4 (%5)</source>
        <translation>  依據來訪紀錄：%1 %2 %3 → %4（%5）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="318"/>
        <source>  registration used: %1 → %2, valid through %3</source>
        <translation>  依據客戶登記：%1 → %2，有效至 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="323"/>
        <source>  decision %1 by %2: confirmed, %3</source>
        <translation>  決定 %1（%2）：照建議確認，%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="326"/>
        <source>  decision %1 by %2: %3 — %4</source>
        <translation>  決定 %1（%2）：%3 — %4</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="17"/>
        <source>a returning customer designated another consultant: all to the first</source>
        <translation>老客戶指定其他顧問：傭金全歸最先接待者</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="21"/>
        <source>the designated consultant instigated it: all to the first</source>
        <translation>被指定顧問有慫恿行為：傭金全歸最先接待者</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="24"/>
        <source>designated mid-visit: 55 % first, 45 % designated</source>
        <translation>接待中途指定：最先接待者 55 %，被指定者 45 %</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="27"/>
        <source>a referral announced in advance: the referring customer&apos;s consultant</source>
        <translation>事先聲明的老帶新：歸介紹客戶的顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="31"/>
        <source>the referring customer came naming the consultant</source>
        <translation>老客戶親自帶來並指名顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="34"/>
        <source>a referral not announced: the rotation decides</source>
        <translation>未事先聲明的老帶新：依輪序歸屬</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="37"/>
        <source>a deal on the spot before anyone recognised the original consultant: all to the new one</source>
        <translation>認出原顧問前當場成交：全歸新顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="42"/>
        <source>the original consultant recognised the same day: all to them</source>
        <translation>當日認出原顧問：全歸原顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="45"/>
        <source>the original consultant recognised later within a month: shared equally</source>
        <translation>一個月內才認出原顧問：雙方平分</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="49"/>
        <source>the original consultant not recognised within a month: all to the new one</source>
        <translation>一個月內未認出原顧問：全歸新顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="53"/>
        <source>the consultant of the customer&apos;s valid registration</source>
        <translation>客戶有效登記的顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="56"/>
        <source>a direct relative&apos;s valid registration, the first one wins</source>
        <translation>直系親屬的有效登記，以最先登記者為準</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="59"/>
        <source>no valid registration: who received the customer as new</source>
        <translation>無有效登記：以新客接待者為準</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="70"/>
        <source>Write the customer&apos;s name.</source>
        <translation>請填寫客戶姓名。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="71"/>
        <source>A deal needs the customer&apos;s phone or ID number to find their visits.</source>
        <translation>成交紀錄需有客戶電話或身分證號，才能找到其來訪紀錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="75"/>
        <source>%1 is a day still to come.</source>
        <translation>%1 是尚未到來的日子。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="76"/>
        <source>No visit of this customer on that day&apos;s sheet says who received them first; name the first consultant.</source>
        <translation>當日來訪登記表上沒有此客戶的紀錄可說明最先接待者；請指明最先接待的顧問。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="81"/>
        <source>%1 cannot be both the first and the designated consultant.</source>
        <translation>%1 不能同時是最先接待者與被指定者。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="84"/>
        <source>A deal in a relative&apos;s name needs the customer&apos;s phone, the relative&apos;s phone and the relation (spouse, parent_child, sibling or other).</source>
        <translation>以親屬名義成交需填客戶電話、親屬電話及關係（spouse、parent_child、sibling 或 other）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="89"/>
        <source>“%1” is no day or month of a report (YYYY-MM-DD or YYYY-MM).</source>
        <translation>「%1」不是報表的日期或月份（YYYY-MM-DD 或 YYYY-MM）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="98"/>
        <source>There is no deal %1.</source>
        <translation>沒有成交紀錄 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="105"/>
        <source>The shares add up to %1 %, not 100 %.</source>
        <translation>分配合計為 %1 %，不是 100 %。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="106"/>
        <source>%1: a share is a whole percentage from 0 to 100.</source>
        <translation>%1：每份須為 0 到 100 的整數百分比。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="109"/>
        <source>%1 is named twice.</source>
        <translation>%1 重複出現。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="110"/>
        <source>A split other than the proposal, or a revision, needs the reason for it.</source>
        <translation>與建議不同的分配或變更決定，須寫明理由。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="120"/>
        <source>Deal %1 was decided by %2 and the decision is final; record a revision, with its reason, to change it.</source>
        <translation>成交 %1 已由 %2 決定，決定不可修改；如需變更，請另記一筆附理由的變更決定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="130"/>
        <source>Deal %1 has no decision to revise yet.</source>
        <translation>成交 %1 尚無可變更的決定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="136"/>
        <source>Consultants record their own deals only, not %1&apos;s.</source>
        <translation>顧問只能登記自己的成交，不能登記 %1 的。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="63"/>
        <source>decided</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="65"/>
        <source>awaits a decision</source>
        <translation>待裁定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="66"/>
        <source>not disputed</source>
        <translation>無爭議</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="69"/>
        <source>Deal</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="70"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="71"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="73"/>
        <source>Closed by</source>
        <translation>成交顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="76"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="77"/>
        <source>Split</source>
        <translation>佣金分配</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="78"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="85"/>
        <source>Deal %1 of %2, closed by %3 on %4.</source>
        <translation>成交 %1：%2，由 %3 於 %4 成交。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="87"/>
        <source>Rule %1 (%2): %3</source>
        <translation>規則 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="89"/>
        <source>Proposed split: %1</source>
        <translation>建議分配：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="97"/>
        <source>Row used: %1, %2 %3 → %4 (%5)</source>
        <translation>依據：%1，%2 %3 → %4（%5）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="102"/>
        <source>Registration used: %1 → %2, valid through %3</source>
        <translation>依據登記：%1 → %2，有效至 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="106"/>
        <source>Decision %1 by %2: %3 — %4</source>
        <translation>裁定 %1（%2）：%3 — %4</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="109"/>
        <source>as proposed</source>
        <translation>照建議</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="68"/>
        <source>Record a deal</source>
        <translation>登記成交</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="70"/>
        <source>The program works out the split the rules give from the visitor sheets and registrations, and cites the rule and the rows it used; a manager decides.</source>
        <translation>系統依來訪登記表與客戶登記算出規則給出的佣金分配，並註明所依規則與資料列；由經理裁定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="77"/>
        <source>&amp;Customer:</source>
        <translation>客戶(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="78"/>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="79"/>
        <source>&amp;Day of the deal:</source>
        <translation>成交日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="80"/>
        <source>Closed &amp;by:</source>
        <translation>成交顧問(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="81"/>
        <source>&amp;What happened:</source>
        <translation>情況(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="82"/>
        <source>&amp;Other consultant:</source>
        <translation>另一位顧問(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="89"/>
        <source>nothing particular</source>
        <translation>無特殊情況</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="91"/>
        <source>designated another consultant mid-visit</source>
        <translation>接待中途指定另一位顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="93"/>
        <source>a referral</source>
        <translation>介紹客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="95"/>
        <source>had forgotten their first consultant</source>
        <translation>忘記原接待顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="107"/>
        <source>The designated consultant instigated it</source>
        <translation>由被指定顧問唆使</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="110"/>
        <source>Announced in advance</source>
        <translation>已事先告知</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/deal_dialog.py" line="111"/>
        <source>The deal came before recognition</source>
        <translation>成交在認出之前</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="195"/>
        <source>Commission disputes</source>
        <translation>佣金爭議</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="196"/>
        <source>Show &amp;decided and undisputed deals</source>
        <translation>顯示已裁定及無爭議的成交(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="198"/>
        <source>Reaso&amp;n:</source>
        <translation>原因(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="271"/>
        <source>Write the reason for this split.</source>
        <translation>請寫明此分配的原因。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="201"/>
        <source>the reason (needed for another split)</source>
        <translation>原因（另作分配時必填）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="197"/>
        <source>&amp;Split to decide:</source>
        <translation>要裁定的分配(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="203"/>
        <source>&amp;Record a deal…</source>
        <translation>登記成交(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="204"/>
        <source>&amp;Confirm the proposal</source>
        <translation>確認建議(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="205"/>
        <source>Decide &amp;this split</source>
        <translation>按此分配裁定(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="206"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="209"/>
        <source>No deal awaits a decision. Record a deal when one is closed: the program says whose commission it is under the rules.</source>
        <translation>沒有待裁定的成交。成交時請登記：系統會依規則說明佣金歸屬。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="113"/>
        <source>Add the consultants who share the deal.</source>
        <translation>請加入分得此成交佣金的置業顧問。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="117"/>
        <source>%1 is chosen twice: each consultant once.</source>
        <translation>%1 選了兩次：每位顧問只能選一次。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="121"/>
        <source>The shares must add up to 100 %.</source>
        <translation>分配合計須為 100 %。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="170"/>
        <source>&amp;Add a consultant</source>
        <translation>加入置業顧問(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="219"/>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="225"/>
        <source>Total: %1 %</source>
        <translation>合計：%1 %</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="229"/>
        <source>Total: %1 % — %2</source>
        <translation>合計：%1 % — %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="242"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="243"/>
        <source>Remove this share</source>
        <translation>移除這份分配</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="244"/>
        <source>Consultant</source>
        <translation>置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/split_editor.py" line="245"/>
        <source>Share of the commission</source>
        <translation>佣金比例</translation>
    </message>
</context>
<context>
    <name>ReceptionFairness</name>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="37"/>
        <source>Turns</source>
        <translation>輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="38"/>
        <source>By rotation</source>
        <translation>依輪序</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="39"/>
        <source>Owed, served</source>
        <translation>補輪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="40"/>
        <source>Reassigned to them</source>
        <translation>改派接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="41"/>
        <source>Owed, earned</source>
        <translation>欠輪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="42"/>
        <source>Forfeited</source>
        <translation>失去輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="43"/>
        <source>Courtesy</source>
        <translation>義務接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="44"/>
        <source>Designated</source>
        <translation>指定接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="45"/>
        <source>Returning</source>
        <translation>老客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="46"/>
        <source>Lost to a switch</source>
        <translation>更換顧問失去客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="47"/>
        <source>Turns cancelled</source>
        <translation>被取消輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="48"/>
        <source>Called away</source>
        <translation>經理指派離崗</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="49"/>
        <source>Manager interventions</source>
        <translation>經理干預</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="56"/>
        <source>Consultant</source>
        <translation>置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="120"/>
        <source>Fairness report</source>
        <translation>接待公平性報表</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="124"/>
        <source>Month (YYYY-MM)</source>
        <translation>月份（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="125"/>
        <source>Day (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="128"/>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="129"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="130"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="133"/>
        <source>No consultant received a visitor in this period.</source>
        <translation>此期間沒有顧問接待客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/fairness_dialog.py" line="166"/>
        <source>%1 to %2: %3 days with visitors, %4 visitors received, %5 order changes, %6 switches refused, %7 phone enquiries.</source>
        <translation>%1 至 %2：有來訪 %3 天，接待 %4 位客戶，調整輪序 %5 次，拒絕更換顧問 %6 次，來電 %7 通。</translation>
    </message>
</context>
<context>
    <name>ReceptionMessages</name>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="18"/>
        <source>it is earlier than the event before it.</source>
        <translation>時間早於前一個事件。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="21"/>
        <source>%1 has not signed in today.</source>
        <translation>%1 今天尚未簽到。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="22"/>
        <source>%1 has signed out.</source>
        <translation>%1 已簽退。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="23"/>
        <source>%1 is already signed in.</source>
        <translation>%1 已經簽到。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="24"/>
        <source>%1 is already away.</source>
        <translation>%1 已經離開崗位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="25"/>
        <source>%1 comes back but was not away.</source>
        <translation>%1 回到崗位，但先前並未離開。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="26"/>
        <source>%1 has no visitor with them.</source>
        <translation>%1 目前沒有在接待客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="27"/>
        <source>%1 still has a visitor with them; end that visit first.</source>
        <translation>%1 仍在接待客戶；請先結束該次接待。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="30"/>
        <source>%1 is away on a manager&apos;s assignment: say who approved it.</source>
        <translation>%1 因上級安排離開崗位：請註明由誰核准。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="33"/>
        <source>say which manager or supervisor did it.</source>
        <translation>請註明是哪位經理或主管所為。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="34"/>
        <source>the new order must name every consultant signed in, each once (%1 is not so).</source>
        <translation>新的輪序必須列出每位已簽到的置業顧問，各一次（%1 不符）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="38"/>
        <source>nobody is signed in and at post to receive the visitor.</source>
        <translation>沒有已簽到且在崗的置業顧問可以接待這位客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="49"/>
        <location filename="../../records_desk/wording/reception/errors.py" line="57"/>
        <source>Event %1 (%2): %3</source>
        <translation>第 %1 個事件（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="59"/>
        <source>Event %1: %2</source>
        <translation>第 %1 個事件：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="61"/>
        <source>Registration %1: %2</source>
        <translation>第 %1 筆登記：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="63"/>
        <source>Relation %1: %2</source>
        <translation>第 %1 筆關係：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="64"/>
        <source>The day file: %1</source>
        <translation>當日檔案：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="72"/>
        <source>The day file is not JSON (line %1, column %2).</source>
        <translation>當日檔案不是 JSON 格式（第 %1 行，第 %2 欄）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="75"/>
        <source>it must be a JSON object, not %1.</source>
        <translation>必須是 JSON 物件，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="76"/>
        <source>“%1” is missing.</source>
        <translation>缺少「%1」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="77"/>
        <source>“%1” has a value that is not allowed.</source>
        <translation>「%1」的值不被允許。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="78"/>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>「%1」不是日期（年-月-日，如 2026-11-27）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="79"/>
        <source>“%1” is not a time of day (HH:MM).</source>
        <translation>「%1」不是時間（時:分，如 09:30）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="80"/>
        <source>“%1” is not an event type.</source>
        <translation>「%1」不是事件類型。</translation>
    </message>
</context>
<context>
    <name>ReceptionRecords</name>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="15"/>
        <source>The visitor sheet of %1 was reviewed by %2 and can no longer change; write a correction as a new row that names the row it corrects.</source>
        <translation>%1 的《客戶來訪登記表》已由 %2 審核，不得再更改；如需更正，請另起一行並填寫所更正的原序號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="25"/>
        <source>The visitor sheet of %1 has not been reviewed yet.</source>
        <translation>%1 的《客戶來訪登記表》尚未審核。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="31"/>
        <source>“%1” is not an active consultant&apos;s user name.</source>
        <translation>「%1」不是在職置業顧問的使用者名稱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="37"/>
        <source>%1 is another consultant&apos;s visitor: consultants record follow-ups of their own visitors only.</source>
        <translation>%1 是其他置業顧問的客戶：置業顧問只能登記自己客戶的跟進記錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="47"/>
        <source>There is no registration %1.</source>
        <translation>沒有第 %1 號客戶登記。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="52"/>
        <source>The visitor sheet of %1 has no row %2.</source>
        <translation>%1 的《客戶來訪登記表》沒有第 %2 行。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="60"/>
        <source>Write the visitor&apos;s name.</source>
        <translation>請填寫客戶姓名。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="62"/>
        <source>A registration needs a phone or an ID number.</source>
        <translation>客戶登記須有聯絡電話或身分證號碼。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="65"/>
        <source>“%1” is no prospect level: write A, B or C.</source>
        <translation>「%1」不是客戶級別：請填 A、B 或 C。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="69"/>
        <source>“%1” is no source: walk_in, phone or referral.</source>
        <translation>「%1」不是來訪方式：請填 walk_in（上門）、phone（來電）或 referral（介紹）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="73"/>
        <source>A party is at least one person.</source>
        <translation>來訪人數至少為一人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="76"/>
        <source>“%1” is no relation between two people: spouse, parent_child, sibling or other.</source>
        <translation>「%1」不是兩人之間的關係：請填 spouse（配偶）、parent_child（父母子女）、sibling（兄弟姐妹）或 other（其他）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="82"/>
        <source>%1 is a day still to come.</source>
        <translation>%1 是尚未到來的日子。</translation>
    </message>
</context>
<context>
    <name>ReceptionRegistrations</name>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="48"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="49"/>
        <source>expired</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="52"/>
        <source>Visitor</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="53"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="54"/>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="56"/>
        <source>Consultant</source>
        <translation>置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="59"/>
        <source>Registered on</source>
        <translation>登記日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="60"/>
        <source>Last contact</source>
        <translation>最後跟進</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="62"/>
        <source>Valid through</source>
        <translation>有效至</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="66"/>
        <source>Level</source>
        <translation>客戶級別</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="67"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="106"/>
        <source>Register a visitor</source>
        <translation>登記客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="108"/>
        <source>The visitor becomes the consultant&apos;s customer for a month from the last follow-up; a returning visitor goes to them. A phone number or an ID number is needed to recognise them.</source>
        <translation>客戶自最後一次跟進起一個月內歸屬該顧問；再次來訪時由該顧問接待。需有電話或身分證號以便識別。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="116"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="117"/>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="118"/>
        <source>&amp;ID number:</source>
        <translation>身分證號(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="119"/>
        <source>&amp;Consultant:</source>
        <translation>置業顧問(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="123"/>
        <source>&amp;Registered on:</source>
        <translation>登記日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="165"/>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="168"/>
        <source>A follow-up of %1 keeps the registration valid a month from its day. Level: A likely to buy soon, B interested, C unlikely.</source>
        <translation>跟進 %1 後，登記自跟進日起一個月內有效。級別：A 近期可能成交，B 有意向，C 可能性低。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="177"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="178"/>
        <source>&amp;Level:</source>
        <translation>客戶級別(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="179"/>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="268"/>
        <source>Registrations and follow-ups</source>
        <translation>登記與跟進</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="269"/>
        <source>Fi&amp;nd:</source>
        <translation>搜尋(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="271"/>
        <source>a part of the name, phone or ID number</source>
        <translation>姓名、電話或身分證號的一部分</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="276"/>
        <source>every consultant</source>
        <translation>所有顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="281"/>
        <source>&amp;Valid only</source>
        <translation>僅顯示有效(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="282"/>
        <source>&amp;Register a visitor…</source>
        <translation>登記客戶(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="283"/>
        <source>&amp;Follow-up…</source>
        <translation>跟進(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="284"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="285"/>
        <source>No registration matches. Register a visitor to a consultant with “Register a visitor…”.</source>
        <translation>沒有符合的登記。可用「登記客戶…」把客戶登記到顧問名下。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="307"/>
        <source>%1 of %2 shown: narrow the search</source>
        <translation>顯示 %2 筆中的 %1 筆：請縮小搜尋範圍</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/registrations_dialog.py" line="310"/>
        <source>%1 found</source>
        <translation>找到 %1 筆</translation>
    </message>
</context>
<context>
    <name>ReceptionScreen</name>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="157"/>
        <source>&amp;Walk-in…</source>
        <translation>來訪客戶(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="157"/>
        <source>Assign a walk-in visitor (F2)</source>
        <translation>分配來訪客戶（F2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="158"/>
        <source>&amp;Sign in…</source>
        <translation>簽到(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="158"/>
        <source>Sign consultants in (F4)</source>
        <translation>顧問簽到（F4）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="159"/>
        <source>&amp;Phone enquiry…</source>
        <translation>來電登記(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="159"/>
        <source>Log a phone enquiry (F3)</source>
        <translation>登記來電（F3）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="160"/>
        <source>Change &amp;order…</source>
        <translation>調整輪序(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="161"/>
        <source>A supervisor sets the day&apos;s order</source>
        <translation>主管調整當日輪序</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="162"/>
        <source>&amp;Review and close the day…</source>
        <translation>審核並關閉當日(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="163"/>
        <source>The reception clerk&apos;s review: afterwards the day&apos;s sheet cannot change</source>
        <translation>銷售文員審核：審核後當日登記表不可再更改</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="164"/>
        <source>&amp;Correct a row…</source>
        <translation>更正一列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="165"/>
        <source>A correction is a new row pointing to the old one, which stays</source>
        <translation>更正以新的一列記錄並指向原列，原列保留</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="166"/>
        <source>Re&amp;gistrations…</source>
        <translation>登記與跟進(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="167"/>
        <source>Visitors registered to consultants, and their follow-ups</source>
        <translation>登記在顧問名下的客戶及其跟進</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="168"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="168"/>
        <source>Read the day again (F5)</source>
        <translation>重新讀取當日資料（F5）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="179"/>
        <source>No visitor yet today. Press F2 when a visitor walks in: the program picks the consultant and writes the row here.</source>
        <translation>今日尚無來訪客戶。客戶到訪時按 F2：系統依規則選定顧問並在此寫入一列。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="184"/>
        <source>The reception clerk, the sales managers, the consultants and the directors see the reception rotation and the visitor sheet here; your role does not.</source>
        <translation>銷售文員、銷售經理、置業顧問及總經理、客戶總監在此查看接待輪序與客戶來訪登記表；您的角色不能查看。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="263"/>
        <source>&amp;Visitor sheet of</source>
        <translation>客戶來訪登記表(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="270"/>
        <source>Reviewed by %1 at %2: %3 rows, hash %4. The day can no longer change.</source>
        <translation>%1 已於 %2 審核：共 %3 列，雜湊值 %4。當日資料不可再更改。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="279"/>
        <source>Not reviewed yet.</source>
        <translation>尚未審核。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="300"/>
        <source>%1: nobody could receive them</source>
        <translation>%1：無人可接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="304"/>
        <source>Last: %1 → %2 (%3, a turn used)</source>
        <translation>上一位：%1 → %2（%3，計入輪次）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="306"/>
        <source>Last: %1 → %2 (%3, no turn used)</source>
        <translation>上一位：%1 → %2（%3，不計輪次）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen.py" line="309"/>
        <source>Passed over: %1.</source>
        <translation>跳過：%1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="200"/>
        <source>The phone enquiry is logged on today&apos;s phone enquiry sheet.</source>
        <translation>來電已記入今日來電登記表。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="222"/>
        <source>Close today&apos;s visitor sheet? After your review nothing on it can be changed or removed; a correction becomes a new row pointing to the old one.</source>
        <translation>要關閉今日的客戶來訪登記表嗎？審核後表上內容不可更改或刪除；更正將以新的一列記錄並指向原列。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="238"/>
        <source>The day is closed: %1 rows, hash %2.</source>
        <translation>當日已關閉：共 %1 列，雜湊值 %2。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="276"/>
        <source>Called away by a manager</source>
        <translation>經理指派離崗</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="278"/>
        <source>%1 is called away by a superior: they are owed a turn and receive the next visitor when back. Who verified it (the project manager)?</source>
        <translation>%1 由上級指派離崗：保留一輪，回崗後優先接待下一位客戶。由誰核實（項目經理）？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="285"/>
        <source>&amp;Verified by:</source>
        <translation>核實人(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="297"/>
        <source>Cancel the next turn</source>
        <translation>取消下一輪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="299"/>
        <source>%1 will be passed over once the next time it is their turn, and owed nothing. Why (e.g. not prepared, not in uniform)?</source>
        <translation>下次輪到 %1 時將跳過一次，且不補輪。原因（例如未做好準備、未按規範著裝）？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="306"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/screen_acts.py" line="375"/>
        <source>The switch is refused: the consultant is not seriously at fault and the customer does not insist. The visitor stays with their consultant.</source>
        <translation>不予更換：顧問無嚴重過失，客戶亦未堅持。客戶仍由原顧問接待。</translation>
    </message>
</context>
<context>
    <name>ReceptionSheet</name>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="23"/>
        <source>walk-in</source>
        <translation>自行來訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="24"/>
        <source>after a phone call</source>
        <translation>來電後來訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="25"/>
        <source>referral</source>
        <translation>介紹</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="52"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="52"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="58"/>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="59"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="60"/>
        <source>Visitor</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="61"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="62"/>
        <source>Party</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="63"/>
        <source>Came by</source>
        <translation>來訪方式</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="64"/>
        <source>First visit</source>
        <translation>首次來訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="66"/>
        <source>Consultant</source>
        <translation>置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="67"/>
        <source>nobody</source>
        <translation>無人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="71"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="75"/>
        <source>Turn used</source>
        <translation>計入輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="76"/>
        <source>Passed over</source>
        <translation>跳過</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="77"/>
        <source>Intention</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="79"/>
        <source>Corrects</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="80"/>
        <source>row %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="82"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <location filename="../../records_desk/ui/reception/tab.py" line="18"/>
        <source>Reception rotation</source>
        <translation>接待輪序</translation>
    </message>
</context>
<context>
    <name>ReceptionTerms</name>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="13"/>
        <source>rotation</source>
        <translation>輪序</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="14"/>
        <source>priority on return</source>
        <translation>返崗優先</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="15"/>
        <source>kept turn</source>
        <translation>保留輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="16"/>
        <source>designated</source>
        <translation>指定接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="17"/>
        <source>returning customer&apos;s consultant</source>
        <translation>老客戶原置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="18"/>
        <source>courtesy reception</source>
        <translation>義務接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="19"/>
        <source>reassigned</source>
        <translation>更換接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="26"/>
        <source>turn cancelled</source>
        <translation>取消本輪接待資格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="27"/>
        <source>away without good reason</source>
        <translation>無正當理由不在崗位</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="28"/>
        <source>away on a manager&apos;s assignment</source>
        <translation>上級臨時安排外出</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="31"/>
        <source>with a customer</source>
        <translation>接待客戶中</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="32"/>
        <source>with a designated or courtesy customer</source>
        <translation>接待指定或義務接待客戶中</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="35"/>
        <source>the customer&apos;s consultant</source>
        <translation>原接待置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="36"/>
        <source>designated but not signed in</source>
        <translation>被指定但未簽到</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="39"/>
        <source>not signed in</source>
        <translation>未簽到</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="47"/>
        <source>%1 %2 → %3: %4, counted</source>
        <translation>%1 %2 → %3：%4，計入輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="49"/>
        <source>%1 %2 → %3: %4, not counted</source>
        <translation>%1 %2 → %3：%4，不計入輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="52"/>
        <source> (the visitor waits)</source>
        <translation>（客戶等候）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="61"/>
        <location filename="../../records_desk/ui/reception/counter.py" line="96"/>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="46"/>
        <location filename="../../records_desk/wording/reception/terms.py" line="55"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="94"/>
        <location filename="../../records_desk/ui/reception/disputes_dialog.py" line="57"/>
        <location filename="../../records_desk/ui/reception/sheet_model.py" line="48"/>
        <location filename="../../records_desk/wording/reception/terms.py" line="58"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/counter.py" line="102"/>
        <location filename="../../records_desk/wording/reception/terms.py" line="59"/>
        <source>; passed over: %1</source>
        <translation>；略過：%1</translation>
    </message>
</context>
</TS>
