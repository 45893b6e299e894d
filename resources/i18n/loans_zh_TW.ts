<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="50"/>
        <source>&amp;Lend files…</source>
        <translation>借出檔案(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="51"/>
        <source>Scan the folder labels, pick the borrower and print the loan slip</source>
        <translation>掃描檔案夾標籤、選擇借閱人並列印借閱單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="59"/>
        <source>&amp;Take files back…</source>
        <translation>歸還檔案(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="60"/>
        <source>Scan the files coming back, note their condition, and re-shelve them</source>
        <translation>掃描歸還的檔案，記錄其狀況並歸位</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="68"/>
        <source>&amp;Approve or refuse a loan…</source>
        <translation>審批借閱(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="69"/>
        <source>Loans to people from outside the company wait for you</source>
        <translation>外單位人員的借閱待您審批</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="75"/>
        <source>Returns &amp;not yet back in place…</source>
        <translation>尚未歸位的歸還(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="76"/>
        <source>Files taken back whose re-shelving is not confirmed</source>
        <translation>已歸還但尚未確認歸位的檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="81"/>
        <source>Show &amp;overdue files</source>
        <translation>顯示逾期檔案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="82"/>
        <source>The files out past their due time, in the loan register</source>
        <translation>借閱登記中已過歸還時間的檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="88"/>
        <source>Print the loan &amp;register…</source>
        <translation>列印檔案借閱登記表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="89"/>
        <source>The loan register form of the loans registered between two days</source>
        <translation>兩日期之間登記之借閱的檔案借閱登記表</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="97"/>
        <source>Print the &amp;handover record…</source>
        <translation>列印交接清單(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="98"/>
        <source>The list of every file out, for the archivist taking over</source>
        <translation>所有借出中檔案的清單，交予接任的檔案管理員</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="104"/>
        <source>&amp;Deputy archivist…</source>
        <translation>代管檔案管理員(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="105"/>
        <source>Name who acts for the archivist while she is away, and for which days</source>
        <translation>指定檔案管理員休假期間的代管人及代管日期</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="23"/>
        <source>loan %1 of %2 to %3: awaiting approval</source>
        <translation>借閱單 %1：%2 借予 %3，待審批</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="24"/>
        <source>loan %1 of %2 to %3: out</source>
        <translation>借閱單 %1：%2 借予 %3，借出中</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="26"/>
        <source>loan %1 approved</source>
        <translation>借閱單 %1 已同意</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="27"/>
        <source>loan %1 refused</source>
        <translation>借閱單 %1 不同意</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="32"/>
        <source>%1 of loan %2 returned %3, fine %4</source>
        <translation>借閱單 %2 的 %1 歸還，%3，罰款 %4</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="30"/>
        <source>%1 of loan %2 returned %3, fine waived</source>
        <translation>借閱單 %2 的 %1 歸還，%3，免罰</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="33"/>
        <source>%1 of loan %2 returned %3</source>
        <translation>借閱單 %2 的 %1 歸還，%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="36"/>
        <source>%1 back on its shelf</source>
        <translation>%1 已歸位</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="37"/>
        <source>%1 back on %2</source>
        <translation>%1 已歸位於 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="39"/>
        <source>copies of %1 on loan %2: %3</source>
        <translation>同意複印借閱單 %2 中的 %1：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="41"/>
        <source>%1 named deputy archivist from %2 to %3</source>
        <translation>指定 %1 為檔案代管人員，%2 至 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="42"/>
        <source>%1&apos;s deputy period from %2 ended early</source>
        <translation>%1 自 %2 起的代管期間提前結束</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="45"/>
        <source>office settings changed: loan closing time %1</source>
        <translation>辦公室設定變更：借閱截止時間 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/audit_summary.py" line="48"/>
        <source>filled %1 sample loans of %2 files (seed %3)</source>
        <translation>加入 %1 筆示範借閱，共 %2 份檔案（種子 %3）</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="51"/>
        <source>the loan register: lend and take back files</source>
        <translation>借閱登記：借出及收回檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="59"/>
        <source>register a loan of customer files</source>
        <translation>登記客戶檔案的借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="64"/>
        <source>a staff account</source>
        <translation>本公司員工的帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="69"/>
        <source>a borrower from outside the company</source>
        <translation>外單位借閱人</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="74"/>
        <source>the outside borrower&apos;s organisation</source>
        <translation>外單位借閱人的所屬單位</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="82"/>
        <source>taken out of the office</source>
        <translation>外借出檔案室</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="87"/>
        <source>a take-out loan&apos;s due day</source>
        <translation>外借的歸還日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="95"/>
        <source>approve an external loan</source>
        <translation>同意外單位人員借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="103"/>
        <source>refuse an external loan</source>
        <translation>不同意外單位人員借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="112"/>
        <source>take lent files back</source>
        <translation>收回借出的檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="117"/>
        <source>yuan, 100-500</source>
        <translation>元，100–500</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="121"/>
        <source>a director&apos;s waiver</source>
        <translation>總監免罰</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="129"/>
        <source>the files of loans, newest first</source>
        <translation>借閱的檔案，最新在前</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="139"/>
        <source>files taken back, not yet confirmed back in place</source>
        <translation>已收回但尚未確認歸位的檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="148"/>
        <source>confirm returned files back in place</source>
        <translation>確認歸還的檔案已歸位</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="154"/>
        <source>the shelf label scanned: must match</source>
        <translation>掃描的存放位置標籤：必須相符</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="161"/>
        <source>name the archivist&apos;s deputy</source>
        <translation>指定檔案代管人員</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="169"/>
        <source>end the account&apos;s period now (the archivist is back)</source>
        <translation>立即結束該帳號的代管期間（檔案管理員已返回）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans_print.py" line="29"/>
        <source>loan_slip: fill it from this loan</source>
        <translation>loan_slip：依此借閱單填寫</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans_print.py" line="35"/>
        <source>loan_register: first day</source>
        <translation>loan_register：首日</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans_print.py" line="41"/>
        <source>loan_register: last day</source>
        <translation>loan_register：末日</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans_print.py" line="46"/>
        <source>handover: who takes over (default: the deputy)</source>
        <translation>handover：接手者（預設：代管人）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans_print.py" line="51"/>
        <source>loan_overdue: one borrower&apos;s files (default: all)</source>
        <translation>loan_overdue：單一借閱人的檔案（預設：全部）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans_demo.py" line="25"/>
        <source>also add N sample loans over the customer files: open, returned (some damaged, fined or waived), overdue, external (some awaiting approval), in-room and take-out</source>
        <translation>另加入 N 筆客戶檔案的示範借閱：借出中、已歸還（部分損壞、罰款或免罰）、逾期、外單位（部分待審批）、室內查閱及外借</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../records_desk/cli/loans_demo.py" line="37"/>
        <source>%1 must be 0 or more</source>
        <translation>%1 必須是 0 或以上</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../records_desk/ui/loans/copy_dialog.py" line="97"/>
        <source>Copies from loan %1</source>
        <translation>借閱 %1 的影印</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/copy_dialog.py" line="100"/>
        <source>%1 asks to copy pages of files of this loan. Copies need your consent and may not go beyond the files lent: tick the files, say which pages or part, and consent. Your name and the time are recorded.</source>
        <translation>%1 要求影印本次借閱檔案的頁面。影印須經您同意，且不得超出所借檔案：請勾選檔案，寫明頁次或部分，再按同意。系統會記錄您的姓名與時間。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/copy_dialog.py" line="110"/>
        <source>&amp;Files:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/copy_dialog.py" line="111"/>
        <source>&amp;Pages or part:</source>
        <translation>頁次或部分(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/copy_dialog.py" line="112"/>
        <source>e.g. pages 3–5, the signed contract</source>
        <translation>例如：第 3–5 頁、已簽署的合約</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/copy_dialog.py" line="113"/>
        <source>&amp;Consent to the copies</source>
        <translation>同意影印(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/copy_dialog.py" line="125"/>
        <source>Tick the files to be copied.</source>
        <translation>請勾選要影印的檔案。</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="81"/>
        <source>Approve or refuse loan %1</source>
        <translation>審批借閱 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="84"/>
        <source>Borrower: %1</source>
        <translation>借閱人：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="85"/>
        <source>Files: %1</source>
        <translation>檔案：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="86"/>
        <source>Purpose: %1</source>
        <translation>用途：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="87"/>
        <source>Kind: %1</source>
        <translation>方式：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="88"/>
        <source>Registered %1 by %2</source>
        <translation>%1 由 %2 登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="93"/>
        <source>Due: %1</source>
        <translation>應還時間：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="95"/>
        <source>Phone: %1</source>
        <translation>聯絡電話：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="97"/>
        <source>ID no.: %1</source>
        <translation>證件號碼：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="99"/>
        <source>&amp;Note:</source>
        <translation>意見(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="100"/>
        <source>Optional to approve; say why to refuse</source>
        <translation>同意時可不填；不同意須說明原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="101"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/decide_dialog.py" line="102"/>
        <source>Re&amp;fuse</source>
        <translation>不同意(&amp;F)</translation>
    </message>
</context>
<context>
    <name>DeputyDialog</name>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="96"/>
        <source>Deputy</source>
        <translation>代管人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="97"/>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="98"/>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="99"/>
        <source>Named by</source>
        <translation>指定人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="100"/>
        <source>Named</source>
        <translation>指定時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="104"/>
        <source>Deputy archivist</source>
        <translation>代管檔案管理員</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="105"/>
        <source>Name a deputy for the archivist&apos;s leave</source>
        <translation>指定檔案管理員休假期間的代管人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="106"/>
        <source>&amp;Account:</source>
        <translation>帳號(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="107"/>
        <source>&amp;From:</source>
        <translation>起(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="108"/>
        <source>&amp;To:</source>
        <translation>迄(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="109"/>
        <source>&amp;Name deputy</source>
        <translation>指定代管人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="110"/>
        <source>&amp;End the selected period now</source>
        <translation>立即結束所選代管期間(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="112"/>
        <source>The archivist is back: the deputy&apos;s last day becomes yesterday</source>
        <translation>檔案管理員已返回：代管人的最後一天改為昨天</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="115"/>
        <source>No deputy named yet. A deputy acts with the archivist&apos;s rights in the loan register on the days named, and every act is recorded as the deputy&apos;s.</source>
        <translation>尚未指定代管人。代管人在指定日期內於借閱登記擁有檔案管理員的權限，其每項操作均記為代管人所為。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="156"/>
        <source>%1 no longer acts for the archivist.</source>
        <translation>%1 不再代管檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/deputy_dialog.py" line="175"/>
        <source>%1 acts for the archivist from %2 to %3.</source>
        <translation>%1 自 %2 至 %3 代管檔案管理員職務。</translation>
    </message>
</context>
<context>
    <name>HandoverPrintDialog</name>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="146"/>
        <source>Print the handover record</source>
        <translation>列印交接清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="149"/>
        <source>The handover record of every file out now, with signature boxes for the archivist handing over and the one taking over. Left empty, it goes to the deputy archivist named for today or next.</source>
        <translation>列出目前所有借出中檔案的交接清單，附移交及接任檔案管理員的簽名欄。留空則交予今日或下一位指定的代管檔案管理員。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="154"/>
        <source>(the deputy archivist)</source>
        <translation>（代管檔案管理員）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="155"/>
        <source>&amp;Taken over by:</source>
        <translation>接任人(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="156"/>
        <source>&amp;Preview…</source>
        <translation>預覽(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="213"/>
        <source>Lend files</source>
        <translation>借出檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="214"/>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="216"/>
        <source>&amp;Scan:</source>
        <translation>掃描(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="216"/>
        <source>Scan a label, or type the archive no. and Enter</source>
        <translation>掃描標籤，或輸入檔案編號後按 Enter</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="219"/>
        <source>Archive no.</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="219"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="219"/>
        <source>Shelf</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="221"/>
        <source>&amp;Remove from list</source>
        <translation>從清單移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="222"/>
        <source>Borrower</source>
        <translation>借閱人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="223"/>
        <source>S&amp;taff:</source>
        <translation>本公司員工(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="226"/>
        <source>Name or user name</source>
        <translation>姓名或帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="227"/>
        <source>From &amp;outside the company:</source>
        <translation>外單位人員(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="228"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="229"/>
        <source>Organisation:</source>
        <translation>所屬單位：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="230"/>
        <source>ID number:</source>
        <translation>證件號碼：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="231"/>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="232"/>
        <source>Loan details</source>
        <translation>借閱資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="233"/>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="234"/>
        <source>What the files are needed for</source>
        <translation>借閱檔案的用途</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="235"/>
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="236"/>
        <source>Read &amp;in the room</source>
        <translation>室內查閱(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="237"/>
        <source>Ta&amp;ke out</source>
        <translation>外借(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="238"/>
        <source>&amp;Due:</source>
        <translation>歸還日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="240"/>
        <source>&amp;Lend and print slip</source>
        <translation>借出並列印借閱單(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="251"/>
        <source>A loan to someone from outside the company waits for the general manager&apos;s or the customer director&apos;s approval; the files stay in until then.</source>
        <translation>外單位人員借閱須經總經理或客戶總監同意；同意前檔案不借出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="261"/>
        <source>Due back by closing time on the day given.</source>
        <translation>須於指定日期下班前歸還。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="263"/>
        <source>Read in the archive room; due back at closing time today.</source>
        <translation>於檔案室閱覽；須於今日下班前歸還。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="311"/>
        <source>Scan at least one file first.</source>
        <translation>請先掃描至少一份檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="350"/>
        <source>Drop the file scanned and close without lending it?</source>
        <translation>放棄已掃描的檔案，不借出並關閉？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/lend_dialog.py" line="352"/>
        <source>Drop the %1 files scanned and close without lending them?</source>
        <translation>放棄已掃描的 %1 份檔案，不借出並關閉？</translation>
    </message>
</context>
<context>
    <name>LoanCommands</name>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="194"/>
        <source>--external needs --org ORG</source>
        <translation>使用 --external 時須以 --org 指定所屬單位</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="216"/>
        <source>%1 approved: out, due %2</source>
        <translation>%1 已同意：檔案借出，%2 到期</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="224"/>
        <source>%1 refused</source>
        <translation>%1 不同意借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="256"/>
        <source>%1 returned (loan %2): back to shelf %3</source>
        <translation>%1 已歸還（借閱單 %2）：請放回 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="297"/>
        <source>fine %1 yuan</source>
        <translation>罰款 %1 元</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="306"/>
        <source>--unshelved lists every borrower&apos;s files</source>
        <translation>--unshelved 會列出所有借閱人的檔案，不可與 --borrower 併用</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="317"/>
        <source>%1 (loan %2): not yet back on shelf %3</source>
        <translation>%1（借閱 %2）：尚未歸位至 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="328"/>
        <source>%1 back in place on shelf %2</source>
        <translation>%1 已歸位至 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="336"/>
        <source>--end takes no --from or --to</source>
        <translation>--end 不可與 --from 或 --to 併用</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="339"/>
        <source>give --from DATE and --to DATE, or --end</source>
        <translation>請以 --from 日期 及 --to 日期 指定期間，或使用 --end</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="343"/>
        <source>%1 is the archivist&apos;s deputy from %2 to %3</source>
        <translation>%1 自 %2 至 %3 代管檔案管理員職務</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="352"/>
        <source>%1&apos;s deputy period from %2 is withdrawn</source>
        <translation>%1 自 %2 起的代管期間已撤銷</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="355"/>
        <source>%1&apos;s deputy period ends early: last day %2</source>
        <translation>%1 的代管期間提前結束：最後一天為 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans_demo.py" line="41"/>
        <source>%1 / %2 loans</source>
        <translation>%1 / %2 筆借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans_demo.py" line="54"/>
        <source>added %1 loans of %2 files in %3 s (%4 open, %5 overdue, %6 awaiting approval, %7 refused, %8 returned; %9 external; %10 fined, %11 waived; %12 not yet back on the shelf)</source>
        <translation>已新增 %1 筆借閱（%2 份檔案），費時 %3 秒（借出中 %4 筆、逾期 %5 筆、待審批 %6 筆、不同意 %7 筆、已歸還 %8 筆；外單位 %9 筆；罰款 %10 份、免罰 %11 份；尚未歸位 %12 份）</translation>
    </message>
</context>
<context>
    <name>LoanDetailPanel</name>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="65"/>
        <source>Select a loan in the list to see it in full here.</source>
        <translation>在清單中選擇一筆借閱，即可在此查看完整內容。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="85"/>
        <source>⚠ Overdue since %1: %2</source>
        <translation>⚠ 自 %1 起逾期：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="91"/>
        <source>◔ Awaiting approval: the files stay in the archive until the general manager or the customer director approves this loan.</source>
        <translation>◔ 待審批：總經理或客戶總監同意前，檔案留在檔案室。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="102"/>
        <source>Loan %1</source>
        <translation>借閱 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="105"/>
        <source>awaiting approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="106"/>
        <source>refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="107"/>
        <source>open</source>
        <translation>借出中</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="108"/>
        <source>closed: every file is back</source>
        <translation>已結清：檔案全部歸還</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="110"/>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="111"/>
        <source>Borrower:</source>
        <translation>借閱人：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="112"/>
        <source>from outside the company</source>
        <translation>外單位人員</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="112"/>
        <source>staff</source>
        <translation>本公司員工</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="113"/>
        <source>Borrower is:</source>
        <translation>借閱人身分：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="114"/>
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="115"/>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="120"/>
        <source>(as deputy archivist)</source>
        <translation>（代管檔案管理員）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="121"/>
        <source>Registered:</source>
        <translation>登記：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="122"/>
        <source>Out since:</source>
        <translation>借出時間：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="123"/>
        <source>Due:</source>
        <translation>應還時間：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="127"/>
        <source>Approval</source>
        <translation>審批</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="130"/>
        <source>A loan to staff needs no approval.</source>
        <translation>本公司員工借閱毋須審批。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="132"/>
        <source>Not decided yet.</source>
        <translation>尚未審批。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="135"/>
        <source>Refused by:</source>
        <translation>不同意人：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="137"/>
        <source>Approved by:</source>
        <translation>同意人：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="144"/>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="148"/>
        <source>Files (%1)</source>
        <translation>檔案（%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="159"/>
        <source>Copies (%1)</source>
        <translation>影印（%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="165"/>
        <source>%1: %2
consented by %3 · %4</source>
        <translation>%1：%2
同意人 %3 · %4</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="179"/>
        <source>Shelf: %1</source>
        <translation>存放位置：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="182"/>
        <source>Back %1, %2</source>
        <translation>%1 歸還，%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="185"/>
        <source>Fine %1 yuan: %2</source>
        <translation>罰款 %1 元：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="188"/>
        <source>Fine waived: %1</source>
        <translation>免罰：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="190"/>
        <source>Back in place %1 (%2)</source>
        <translation>%1 已歸位（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/detail_panel.py" line="193"/>
        <source>Not yet confirmed back in its place</source>
        <translation>尚未確認歸位</translation>
    </message>
</context>
<context>
    <name>LoanFacts</name>
    <message>
        <location filename="../../records_desk/services/loans/customer_files.py" line="61"/>
        <source>Overdue: out on loan %1 to %2, due %3</source>
        <translation>逾期：借閱單 %1 借予 %2，應於 %3 歸還</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/loans/customer_files.py" line="70"/>
        <source>Out on loan %1 to %2 until %3</source>
        <translation>借出中：借閱單 %1 借予 %2，至 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/loans/customer_files.py" line="79"/>
        <source>Asked for on loan %1 by %2: awaiting approval</source>
        <translation>%2 申請借閱（借閱單 %1）：待核准</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/loans/customer_files.py" line="87"/>
        <source>Back from loan %1; not yet confirmed on shelf %2</source>
        <translation>已自借閱單 %1 歸還，尚未確認歸回架位 %2</translation>
    </message>
</context>
<context>
    <name>LoanFilterBar</name>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="80"/>
        <source>Out now</source>
        <translation>借出中</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="81"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="82"/>
        <source>Awaiting approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="83"/>
        <source>Returned</source>
        <translation>已歸還</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="84"/>
        <source>All loans</source>
        <translation>全部借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="88"/>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="89"/>
        <source>S&amp;earch:</source>
        <translation>搜尋(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="91"/>
        <source>Borro&amp;wer:</source>
        <translation>借閱人(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="95"/>
        <source>Re&amp;gistered from:</source>
        <translation>登記日期起(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="90"/>
        <source>Loan no., archive no. or borrower (Ctrl+F)</source>
        <translation>借閱編號、檔案編號或借閱人 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="92"/>
        <source>Name or organisation</source>
        <translation>姓名或單位</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="93"/>
        <source>F&amp;ile:</source>
        <translation>檔案(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="94"/>
        <source>Archive no.</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/filter_bar.py" line="96"/>
        <source>t&amp;o:</source>
        <translation>迄(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>LoanMessages</name>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="18"/>
        <source>“%1” is not a loan number (it looks like L-2026-000123).</source>
        <translation>「%1」不是借閱單號（格式如 L-2026-000123）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="24"/>
        <source>There is no loan numbered %1.</source>
        <translation>沒有單號為 %1 的借閱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="30"/>
        <source>There is no customer file numbered %1.</source>
        <translation>沒有編號為 %1 的客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="36"/>
        <source>Name at least one file to lend.</source>
        <translation>請至少指定一份要借出的檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="41"/>
        <source>%1 is named twice.</source>
        <translation>%1 重複出現。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="46"/>
        <source>%1 is already out on loan %2 with %3; it can be lent again once it is returned.</source>
        <translation>%1 已借出（借閱單 %2，借閱人 %3），歸還後才能再借。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="55"/>
        <source>%1 is a void file and is not lent.</source>
        <translation>%1 是已作廢的檔案，不能借出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="62"/>
        <source>Give the borrower&apos;s name.</source>
        <translation>請填寫借閱人姓名。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="63"/>
        <source>Give the organisation of %1, a borrower from outside the company.</source>
        <translation>請填寫外單位借閱人 %1 的所屬單位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="66"/>
        <source>Give the purpose of the loan.</source>
        <translation>請填寫借閱用途。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="67"/>
        <source>There is no account named %1.</source>
        <translation>沒有名為 %1 的帳號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="68"/>
        <location filename="../../records_desk/wording/loans/errors.py" line="242"/>
        <source>The account %1 is disabled.</source>
        <translation>帳號 %1 已停用。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="75"/>
        <source>A take-out loan needs a due date.</source>
        <translation>外借檔案必須填寫歸還期限。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="80"/>
        <source>An in-room loan is due at closing time today; it takes no due date.</source>
        <translation>室內查閱於當天下班時間到期，不另填歸還期限。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="87"/>
        <source>The due time %1 has already passed.</source>
        <translation>歸還期限 %1 已經過了。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="93"/>
        <source>Loan %1 is not awaiting approval: it has been refused (at another desk, perhaps). Reload the register to see it.</source>
        <translation>借閱單 %1 並非待審批狀態：已被拒絕（可能是在另一台電腦上）。請重新載入登記表查看。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="99"/>
        <source>Loan %1 is not awaiting approval: it has been approved (at another desk, perhaps). Reload the register to see it.</source>
        <translation>借閱單 %1 並非待審批狀態：已獲批准（可能是在另一台電腦上）。請重新載入登記表查看。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="105"/>
        <source>Loan %1 is not awaiting approval.</source>
        <translation>借閱單 %1 並非待審批狀態。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="111"/>
        <source>Loan %1 was changed at another desk after it was shown here; nothing was done. Reload it and decide again.</source>
        <translation>借閱單 %1 在此處顯示後已於另一台電腦上變更，本次未作任何處理。請重新載入後再行決定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="122"/>
        <source>%1 is no longer out on loan %2: it was taken back at another desk and is now out on loan %3. Nothing was taken back; scan the files again.</source>
        <translation>%1 已不在借閱單 %2 上借出：已於另一台電腦上歸還，現借出於借閱單 %3。本次未歸還任何檔案，請重新掃描檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="128"/>
        <source>%1 of loan %2 was already taken back at another desk. Nothing was taken back; scan the files again.</source>
        <translation>借閱單 %2 的 %1 已於另一台電腦上歸還。本次未歸還任何檔案，請重新掃描檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="138"/>
        <source>Loan %1 awaits approval by the general manager or the customer director; its files do not go out before.</source>
        <translation>借閱單 %1 尚待總經理或客戶總監簽字同意，同意前檔案不得借出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="148"/>
        <source>Say why the loan is refused.</source>
        <translation>請說明不同意借閱的原因。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="153"/>
        <source>%1 is not out on any loan.</source>
        <translation>%1 目前沒有借出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="158"/>
        <source>%1 came back %2: record a fine of %3–%4 yuan with a reason, or a director&apos;s waiver with a reason.</source>
        <translation>%1 歸還時%2：請登記 %3–%4 元罰款並註明原因，或由總監註明原因免罰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="169"/>
        <source>The fine must be %1–%2 yuan, not %3.</source>
        <translation>罰款須為 %1–%2 元，不能是 %3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="176"/>
        <source>Give the reason for waiving the fine.</source>
        <translation>請填寫免罰原因。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="177"/>
        <source>Give the reason for the fine.</source>
        <translation>請填寫罰款原因。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="182"/>
        <source>%1 came back in good order: there is nothing to fine or waive.</source>
        <translation>%1 歸還時完好，無須罰款或免罰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="190"/>
        <source>Record either a fine or a waiver, not both.</source>
        <translation>罰款與免罰只能擇一登記。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="195"/>
        <source>Only the general manager or the customer director may waive a fine.</source>
        <translation>只有總經理或客戶總監可以免罰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="202"/>
        <source>%1 is not on loan %2: no copies beyond what was lent.</source>
        <translation>%1 不在借閱單 %2 內：複印不得超出借閱範圍。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="208"/>
        <source>Say which pages or part may be copied.</source>
        <translation>請註明可複印的頁數或範圍。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="213"/>
        <source>Loan %1 is not out: no copies.</source>
        <translation>借閱單 %1 的檔案未在借出中，不能複印。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="218"/>
        <source>%1 has not been returned yet.</source>
        <translation>%1 尚未歸還。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="223"/>
        <source>%1 was already confirmed back in its place by %2.</source>
        <translation>%1 已由 %2 確認歸位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="229"/>
        <source>%1 belongs on shelf %2, not on %3.</source>
        <translation>%1 應放在 %2，而不是 %3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="237"/>
        <source>The deputy period ends before it starts.</source>
        <translation>代管期間的結束日早於開始日。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="238"/>
        <source>The deputy period is already over.</source>
        <translation>代管期間已經結束。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="239"/>
        <source>%1 has the archivist&apos;s rights already and is not named deputy.</source>
        <translation>%1 本已具有檔案管理員的權限，無須指定為代管人員。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="243"/>
        <source>There is no such deputy period to end.</source>
        <translation>沒有這個代管期間可結束。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="244"/>
        <source>%1 is not named deputy archivist for today or a day to come.</source>
        <translation>%1 今日及之後均未被指定為代管檔案管理員。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="249"/>
        <source>%1 is already the deputy archivist from %2 to %3; end that period first.</source>
        <translation>%1 已是 %2 至 %3 的代管人；請先結束該期間。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="262"/>
        <source>There is no account named %1 to hand over to.</source>
        <translation>沒有名為 %1 的帳號可以接收移交。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="264"/>
        <source>Name who takes over: no deputy archivist is named for today or later.</source>
        <translation>請指定接收人：今天及以後沒有指定檔案代管人員。</translation>
    </message>
</context>
<context>
    <name>LoanTableModel</name>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="159"/>
        <source>Loan no.</source>
        <translation>借閱編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="160"/>
        <source>Archive no.</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="161"/>
        <source>Borrower</source>
        <translation>借閱人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="162"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="163"/>
        <source>Loaned</source>
        <translation>借出時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="164"/>
        <source>Due</source>
        <translation>應還時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="165"/>
        <source>Returned on</source>
        <translation>歸還時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="166"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="180"/>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/loan_model.py" line="182"/>
        <source>Waits for the general manager or the customer director</source>
        <translation>待總經理或客戶總監審批</translation>
    </message>
</context>
<context>
    <name>LoanTerms</name>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="11"/>
        <source>in good order</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="12"/>
        <source>marked or written on</source>
        <translation>有加注或塗改</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="13"/>
        <source>torn</source>
        <translation>撕破</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="14"/>
        <source>folded</source>
        <translation>折疊</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="15"/>
        <source>with pages removed</source>
        <translation>被抽頁</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="22"/>
        <source>in-room reading</source>
        <translation>室內查閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="23"/>
        <source>take-out</source>
        <translation>外借</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="30"/>
        <source>awaiting approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="31"/>
        <source>refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="32"/>
        <source>out</source>
        <translation>借出中</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="33"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/terms.py" line="34"/>
        <source>returned</source>
        <translation>已歸還</translation>
    </message>
</context>
<context>
    <name>LoansScreen</name>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="134"/>
        <source>&amp;Lend…</source>
        <translation>借出(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="135"/>
        <source>&amp;Take back…</source>
        <translation>歸還(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="136"/>
        <source>&amp;Approve or refuse…</source>
        <translation>審批(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="137"/>
        <source>&amp;Not yet back in place…</source>
        <translation>尚未歸位(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="138"/>
        <source>&amp;Copies…</source>
        <translation>影印(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="139"/>
        <source>Print loan &amp;slip</source>
        <translation>列印借閱單(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="140"/>
        <source>Find</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="226"/>
        <source>%1 files</source>
        <translation>共 %1 份檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="235"/>
        <source>No file of a loan matches this search. The search looks in loan numbers, archive numbers and borrowers&apos; names; check the filters above, or show All loans.</source>
        <translation>沒有符合搜尋的借閱檔案。搜尋範圍為借閱編號、檔案編號及借閱人姓名；請檢查上方的篩選條件，或改為顯示全部借閱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="241"/>
        <source>No file is out. Lend one with Lend… (Ctrl+L): scan its folder label, pick the borrower, and print the slip.</source>
        <translation>目前沒有借出的檔案。以「借出…」(Ctrl+L) 借出：掃描檔案夾標籤、選擇借閱人並列印借閱單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="244"/>
        <source>No file is overdue.</source>
        <translation>沒有逾期的檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="246"/>
        <source>No loan awaits approval. Loans to people from outside the company wait here for the general manager or the customer director.</source>
        <translation>沒有待審批的借閱。外單位人員的借閱會在此等候總經理或客戶總監審批。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="249"/>
        <source>No file has come back yet. Take files back with Ctrl+R.</source>
        <translation>尚無歸還的檔案。以 Ctrl+R 辦理歸還。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="251"/>
        <source>The loan register is empty. Lend a file with Lend… (Ctrl+L) and it is registered here.</source>
        <translation>借閱登記是空的。以「借出…」(Ctrl+L) 借出檔案後即會登記於此。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="295"/>
        <source>Only the archivist, the general manager, the customer director — or the deputy archivist on the days named — lend and take back files.</source>
        <translation>只有檔案管理員、總經理、客戶總監，或在指定日期內的代管檔案管理員，可以辦理借出及歸還。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen.py" line="307"/>
        <source>Select a loan awaiting approval first (Show: Awaiting approval lists them).</source>
        <translation>請先選擇一筆待審批的借閱（顯示：待審批 可列出）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/screen_dialogs.py" line="89"/>
        <source>Select a loan whose files are out first: copies are made while the borrower has the files.</source>
        <translation>請先選擇檔案已借出的借閱：影印須在借閱人持有檔案期間進行。</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <location filename="../../records_desk/ui/loans/tab.py" line="20"/>
        <source>Loan register</source>
        <translation>借閱登記</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../records_desk/ui/loans/feature.py" line="117"/>
        <source>&amp;Loans</source>
        <translation>借閱(&amp;L)</translation>
    </message>
</context>
<context>
    <name>OverdueStatus</name>
    <message>
        <location filename="../../records_desk/ui/loans/status.py" line="74"/>
        <source>Overdue files: %1</source>
        <translation>逾期檔案：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/status.py" line="77"/>
        <source>Overdue files: none</source>
        <translation>逾期檔案：無</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/status.py" line="79"/>
        <source>Click to list the overdue files in the loan register</source>
        <translation>按一下即在借閱登記中列出逾期檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/status.py" line="81"/>
        <source>Loans awaiting approval: %1</source>
        <translation>待審批借閱：%1 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/status.py" line="84"/>
        <source>Click to list the loans awaiting approval</source>
        <translation>按一下列出待審批的借閱</translation>
    </message>
</context>
<context>
    <name>RegisterPrintDialog</name>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="101"/>
        <source>Print the loan register</source>
        <translation>列印檔案借閱登記表</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="103"/>
        <source>The loan register form of the loans registered on these days, both included.</source>
        <translation>列印於下列日期（含首尾兩日）登記之借閱的檔案借閱登記表。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="105"/>
        <source>&amp;From:</source>
        <translation>起(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="106"/>
        <source>&amp;To:</source>
        <translation>迄(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/print_dialogs.py" line="109"/>
        <source>&amp;Preview…</source>
        <translation>預覽(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ReshelvePanel</name>
    <message>
        <location filename="../../records_desk/ui/loans/reshelve_panel.py" line="97"/>
        <source>Confirm back in &amp;place</source>
        <translation>確認已歸位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/reshelve_panel.py" line="99"/>
        <source>Press once the file is back on this shelf, in its order</source>
        <translation>檔案已按順序放回此位置後按下</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/reshelve_panel.py" line="101"/>
        <source>Or scan the &amp;shelf label:</source>
        <translation>或掃描存放位置標籤(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/reshelve_panel.py" line="102"/>
        <source>The shelf&apos;s label, then Enter</source>
        <translation>存放位置標籤，再按 Enter</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/reshelve_panel.py" line="129"/>
        <source>Nothing waits to be put back.</source>
        <translation>沒有待歸位的檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/reshelve_panel.py" line="137"/>
        <source>Put %1 (loan %2) back on shelf:</source>
        <translation>請將 %1（借閱 %2）放回：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/reshelve_panel.py" line="139"/>
        <source>(no shelf on record)</source>
        <translation>（未登記存放位置）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/reshelve_panel.py" line="146"/>
        <source>Every file is back in place.</source>
        <translation>所有檔案均已歸位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/reshelve_panel.py" line="148"/>
        <source>%1 still to confirm.</source>
        <translation>尚有 %1 份待確認。</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="141"/>
        <source>Take files back</source>
        <translation>歸還檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="143"/>
        <source>&amp;Scan:</source>
        <translation>掃描(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="143"/>
        <source>Scan a label, or type the archive no. and Enter</source>
        <translation>掃描標籤，或輸入檔案編號後按 Enter</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="147"/>
        <source>Archive no.</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="148"/>
        <source>Loan no.</source>
        <translation>借閱編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="149"/>
        <source>Borrower</source>
        <translation>借閱人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="150"/>
        <source>Condition</source>
        <translation>狀況</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="151"/>
        <source>Fine (yuan)</source>
        <translation>罰款（元）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="152"/>
        <source>Reason for the fine or waiver</source>
        <translation>罰款或免罰原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="153"/>
        <source>Waive</source>
        <translation>免罰</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="156"/>
        <source>&amp;Remove from list</source>
        <translation>從清單移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="159"/>
        <source>A file back marked, torn, folded or with pages removed needs a fine of 100–500 yuan and its reason, or a waiver with its reason (general manager or customer director only).</source>
        <translation>檔案歸還時如有加註、撕破、折疊或抽取文件，須罰款 100–500 元並註明原因，或免罰並註明原因（僅限總經理或客戶總監）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="164"/>
        <source>&amp;Take back</source>
        <translation>歸還(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="166"/>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="305"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="202"/>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="246"/>
        <source>Why waived</source>
        <translation>免罰原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="246"/>
        <source>Why fined</source>
        <translation>罰款原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="292"/>
        <source>Scan at least one file first.</source>
        <translation>請先掃描至少一份檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="316"/>
        <source>Drop the file scanned and close without taking it back?</source>
        <translation>放棄已掃描的檔案，不辦理歸還並關閉？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/return_dialog.py" line="318"/>
        <source>Drop the %1 files scanned and close without taking them back?</source>
        <translation>放棄已掃描的 %1 份檔案，不辦理歸還並關閉？</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../records_desk/ui/loans/scan_field.py" line="57"/>
        <source>%1 is already on the list; the second scan was ignored.</source>
        <translation>%1 已在清單中，重複掃描不予理會。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/scan_field.py" line="68"/>
        <source>%1 added.</source>
        <translation>已加入 %1。</translation>
    </message>
</context>
<context>
    <name>UnshelvedDialog</name>
    <message>
        <location filename="../../records_desk/ui/loans/unshelved_dialog.py" line="47"/>
        <source>Returns not yet back in place</source>
        <translation>尚未歸位的歸還</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/unshelved_dialog.py" line="50"/>
        <source>Files taken back whose return to the shelf nobody has confirmed yet, oldest first. Put each on the shelf shown, in its order, then confirm it.</source>
        <translation>已歸還但尚未確認歸位的檔案，最早歸還者在前。請將每份檔案按順序放回所示位置，然後確認。</translation>
    </message>
</context>
</TS>
