<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="31"/>
        <source>&amp;Import from Excel…</source>
        <translation>從 Excel 匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="32"/>
        <source>Check an Excel list of customers row by row, then import it</source>
        <translation>逐列檢查 Excel 客戶名單，然後匯入</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="39"/>
        <source>&amp;Export to Excel…</source>
        <translation>匯出至 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="40"/>
        <source>Write the customers shown in the tab (or all) to an Excel file</source>
        <translation>將分頁中顯示的客戶（或全部客戶）寫入 Excel 檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="49"/>
        <source>Holiday &amp;SMS list…</source>
        <translation>節日簡訊名單(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="50"/>
        <source>Names and mobiles for holiday greetings, without blacklisted files</source>
        <translation>節日問候用的姓名及手機號碼，不含黑名單客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="58"/>
        <source>Grade &amp;quotas…</source>
        <translation>客戶等級比例(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="59"/>
        <source>VIP and preferred shares per department and product line</source>
        <translation>各部門及各產品線 VIP 與優選客戶所佔比例</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="65"/>
        <source>&amp;Reviews and visits…</source>
        <translation>評審與回訪(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="66"/>
        <source>Reviews due and overdue, VIP not downgraded, visits overdue</source>
        <translation>到期及逾期的評審、未降級的 VIP、逾期的回訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="72"/>
        <source>&amp;Blacklist…</source>
        <translation>黑名單(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="73"/>
        <source>Who is blacklisted until when; add, lift, re-admit</source>
        <translation>誰列入黑名單至何時；列入、解除、重新準入</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="79"/>
        <source>&amp;Data quality…</source>
        <translation>資料品質(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="80"/>
        <source>Scores per maintainer and department, and the problems to fix</source>
        <translation>各維護人員及部門的評分，以及待修正的問題</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="88"/>
        <source>&amp;Weekly spot check…</source>
        <translation>每週抽查(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="89"/>
        <source>Draw this week&apos;s sample of new entries and mark each one</source>
        <translation>抽取本週新錄入檔案的樣本並逐一評定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="95"/>
        <source>&amp;Office settings…</source>
        <translation>全公司共用設定(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="96"/>
        <source>Archive codes, evaluation weights and spot-check size for every desk</source>
        <translation>所有電腦共用的檔案類別代碼、審核評價權重及抽查筆數</translation>
    </message>
</context>
<context>
    <name>AddEntryForm</name>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="121"/>
        <source>Add to the blacklist</source>
        <translation>列入黑名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="131"/>
        <source>Six months (the usual validity)</source>
        <translation>六個月（一般有效期）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="141"/>
        <source>Only for more than six months: why</source>
        <translation>僅在超過六個月時填寫：理由</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="149"/>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="150"/>
        <source>&amp;List:</source>
        <translation>名單(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="151"/>
        <source>&amp;Department:</source>
        <translation>部門(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="152"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="153"/>
        <source>Validity:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="154"/>
        <source>Last &amp;day in force:</source>
        <translation>有效期至(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="155"/>
        <source>Director&apos;s &amp;override:</source>
        <translation>總監特批理由(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="16"/>
        <source>no grade</source>
        <translation>無等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="22"/>
        <source>not checked yet</source>
        <translation>尚未抽查</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="23"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="24"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="32"/>
        <source>archive number codes</source>
        <translation>檔案編號代碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="33"/>
        <source>evaluation weights</source>
        <translation>評估權重</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="34"/>
        <source>spot-check sample size</source>
        <translation>抽查樣本數</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="35"/>
        <source>shelving schemes</source>
        <translation>上架方式</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="44"/>
        <source>registered %1 %2</source>
        <translation>登錄 %1 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="46"/>
        <source>asked to change %1 of %2</source>
        <translation>申請修改 %2 的%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="49"/>
        <source>approved change request %1 of %2</source>
        <translation>批准 %2 的修改申請 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="51"/>
        <source>refused change request %1</source>
        <translation>駁回修改申請 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="53"/>
        <source>changed %1 of %2 directly</source>
        <translation>直接修改 %2 的%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="55"/>
        <source>voided %1</source>
        <translation>作廢 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="56"/>
        <source>imported %1 customer files from %2</source>
        <translation>由 %2 匯入 %1 份客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="57"/>
        <source>exported %1 customer files to %2</source>
        <translation>匯出 %1 份客戶檔案至 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="58"/>
        <source>exported %1 SMS contacts to %2</source>
        <translation>匯出 %1 筆簡訊聯絡人至 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="60"/>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="63"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="65"/>
        <source>%1: prospect level %2 -&gt; %3</source>
        <translation>%1：客戶級別 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="66"/>
        <source>blacklisted %1 until %2</source>
        <translation>將 %1 列入黑名單至 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="67"/>
        <source>lifted blacklist entry %1 of %2</source>
        <translation>解除 %2 的黑名單紀錄 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="69"/>
        <source>re-admitted %1 as %2</source>
        <translation>重新準入 %1 為%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="72"/>
        <source>evaluated %1: %2 -&gt; %3</source>
        <translation>審核評價 %1：%2 分 → %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="74"/>
        <source>surveyed %1 on %2</source>
        <translation>%2 對 %1 作客戶調查</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="75"/>
        <source>reviewed %1 on %2</source>
        <translation>%2 對 %1 作階段評價</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="76"/>
        <source>visited %1 on %2</source>
        <translation>%2 拜訪 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="78"/>
        <source>drew %1 of %2 entries of the week of %3</source>
        <translation>自 %3 當週 %2 筆中抽出 %1 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="81"/>
        <source>spot check of %1: %2</source>
        <translation>抽查 %1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="84"/>
        <source>data quality of %1 files: %2 open problems</source>
        <translation>%1 份檔案的資料品質：%2 個待處理問題</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="86"/>
        <source>%1 and %2 are not duplicates</source>
        <translation>%1 與 %2 並非重複</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="87"/>
        <source>filled %1 sample customer files (seed %2)</source>
        <translation>加入 %1 份示範客戶檔案（種子 %2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/audit_summary.py" line="90"/>
        <source>office settings changed: %1</source>
        <translation>辦公室設定變更：%1</translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="92"/>
        <source>Blacklist</source>
        <translation>黑名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="98"/>
        <source>Archive number of the customer</source>
        <translation>客戶的檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="101"/>
        <source>&amp;Add to blacklist…</source>
        <translation>列入黑名單(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="104"/>
        <source>&amp;Lift…</source>
        <translation>解除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="107"/>
        <source>Re-ad&amp;mit…</source>
        <translation>重新準入(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="122"/>
        <source>Nobody is on the blacklist. To add a customer, select the file in the customer list (or type its archive number above) and choose Add to blacklist.</source>
        <translation>黑名單目前沒有任何客戶。要列入客戶，請先在客戶列表中選取該檔案（或在上方輸入檔案編號），再按「列入黑名單」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="127"/>
        <source>&amp;Customer:</source>
        <translation>客戶(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="138"/>
        <source>Entries in red are in force. Only the general manager and the customer director add, lift and re-admit; a re-admitted customer starts again as qualified.</source>
        <translation>紅色條目為生效中。只有總經理和客戶總監可以列入、解除及重新準入；重新準入的客戶一律從合格開始。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="193"/>
        <source>Fill in “Customer” with the archive number of the file to blacklist (or select the file in the customer list first).</source>
        <translation>請在「客戶」欄填寫要列入黑名單的檔案編號（或先在客戶列表中選取該檔案）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="205"/>
        <source>There is no customer file numbered %1.</source>
        <translation>沒有編號為 %1 的客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="240"/>
        <source>%1 is blacklisted until %2.</source>
        <translation>%1 已列入黑名單，有效期至 %2。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="250"/>
        <source>Select an entry of the list first.</source>
        <translation>請先在名單中選擇一個條目。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="260"/>
        <source>Lift the blacklist entry</source>
        <translation>解除黑名單條目</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="261"/>
        <source>Why is %1 lifted early?</source>
        <translation>為何提前解除 %1？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="313"/>
        <source>%1 is back on the customer list as qualified.</source>
        <translation>%1 已重新列入客戶名單，等級為合格。</translation>
    </message>
</context>
<context>
    <name>BlacklistModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="59"/>
        <source>Archive number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="60"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="61"/>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="62"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="63"/>
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="64"/>
        <source>Until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="65"/>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="66"/>
        <source>Decided by</source>
        <translation>決定人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="67"/>
        <source>Lifted on</source>
        <translation>解除日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="68"/>
        <source>Override</source>
        <translation>特批理由</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_dialog.py" line="69"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="102"/>
        <source>Discard the changes you typed?</source>
        <translation>要捨棄您輸入的修改嗎？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="109"/>
        <source>Change %1 directly</source>
        <translation>直接修改 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="111"/>
        <source>The change is made at once and recorded as a direct change.</source>
        <translation>修改立即生效，並記錄為直接修改。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="114"/>
        <source>Request a change of %1</source>
        <translation>申請修改 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="117"/>
        <source>The general manager or the customer director approves or refuses the request; the file stays as it is until then.</source>
        <translation>由總經理或客戶總監批准或拒絕此申請；在此之前檔案保持不變。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="121"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="123"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="123"/>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="163"/>
        <source>The file was changed.</source>
        <translation>檔案已修改。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="165"/>
        <source>Change request %1 was filed for approval.</source>
        <translation>修改申請 %1 已提交審批。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="181"/>
        <source>After this change the file looks like another one. Change it anyway?</source>
        <translation>修改後此檔案與另一份檔案相似。仍要修改嗎？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="182"/>
        <source>&amp;Change anyway</source>
        <translation>仍要修改(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/change_dialog.py" line="183"/>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <location filename="../../records_desk/cli/customers.py" line="41"/>
        <source>Print the customers whose name, contact person, phones (spaces and dashes ignored), e-mail or archive number contain QUERY (one Chinese character is enough; full- and half-width alike), best matches first: one line each (archive number, name, phones, department, grade, blacklist mark), or a JSON list.</source>
        <translation>列出名稱、聯絡人、電話（不計空格及連字號）、電子郵件或檔案編號包含 QUERY 的客戶（一個中文字即可；全形半形皆同），最相符者在前：每位一行（檔案編號、名稱、電話、部門、客戶等級、黑名單標記），或 JSON 清單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers.py" line="52"/>
        <source>the customer files</source>
        <translation>客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers.py" line="60"/>
        <source>find customers by part of a name, phone, e-mail or archive number</source>
        <translation>依名稱、電話、電子郵件或檔案編號的一部分搜尋客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers.py" line="68"/>
        <source>print a JSON list of objects</source>
        <translation>以 JSON 物件清單輸出</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers.py" line="75"/>
        <source>at most N rows</source>
        <translation>最多 N 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers.py" line="78"/>
        <location filename="../../records_desk/cli/customers_exchange.py" line="203"/>
        <source>void files too</source>
        <translation>包括作廢的檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_demo.py" line="36"/>
        <source>fill a database with sample customer files</source>
        <translation>在資料庫加入示範客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_demo.py" line="37"/>
        <source>Add N realistic sample customer files (zh_TW names, companies, phones, ID numbers; every record type; grades within the quotas; a few void files, blacklist entries and reviews) for trying the app and for benchmarks. The same --seed gives the same data. Needs --user: a general manager of the database, which must hold no customer files other than sample ones; if the database does not exist it is created with that user as its general manager (the password is asked, or read from RECORDS_DESK_PASSWORD). Demo accounts archivist, director and sales1-4 are created if missing, with the same password as a temporary one to change at first sign-in.</source>
        <translation>加入 N 份逼真的示範客戶檔案（中文姓名、公司、電話、身分證號碼；各類紀錄；客戶等級在比例之內；少數作廢檔案、黑名單條目及評審），供試用本程式及效能測試。相同的 --seed 產生相同的資料。需要 --user：該資料庫的總經理，資料庫中除示範檔案外不得有其他客戶檔案；資料庫不存在時即建立，並以該帳號為總經理（提示輸入密碼，或取自 RECORDS_DESK_PASSWORD）。示範帳號 archivist、director 及 sales1-4 如不存在即建立，密碼相同，為首次登入時須變更的臨時密碼。</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="67"/>
        <source>Read an xlsx customer list, check every row, and register all of them in one transaction — or none: exit 0 when imported (or valid with --dry-run), 2 when any row is invalid (then nothing is written). Empty fields are imported and listed in data quality; suspicious values (a phone, e-mail or ID failing its check, a likely duplicate) are imported and listed as warnings. The batch is audited.</source>
        <translation>讀取 xlsx 客戶清單，檢查每一列，並在同一交易中全部登記，或全部不登記：匯入成功（或以 --dry-run 檢查有效）時結束代碼為 0，有任何一列無效時為 2（此時不寫入任何資料）。空白欄位照常匯入並列入資料品質；可疑的值（電話、電子郵件或身分證號碼未通過檢查、可能重複）照常匯入並列為注意事項。整批匯入記入操作日誌。</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="75"/>
        <source>import customer files from an Excel list</source>
        <translation>從 Excel 清單匯入客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="78"/>
        <source>Write the customer list (all files, or those matching --query, as the customers tab finds them) to an xlsx file. The export is audited with its row count.</source>
        <translation>將客戶清單（全部檔案，或依客戶分頁的搜尋方式符合 --query 的檔案）寫入 xlsx 檔案。匯出連同筆數記入操作日誌。</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="83"/>
        <source>export customer files to Excel</source>
        <translation>匯出客戶檔案至 Excel</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="85"/>
        <source>name + mobile for the holiday SMS (no blacklisted or void customers)</source>
        <translation>節日簡訊的名稱及手機號碼（不含黑名單或作廢的客戶）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="100"/>
        <source>same as: customers import</source>
        <translation>同 customers import</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="109"/>
        <source>a customer list (.xlsx)</source>
        <translation>客戶清單（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="116"/>
        <source>same as: customers export | customers sms</source>
        <translation>同 customers export | customers sms</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="125"/>
        <source>the customer list</source>
        <translation>客戶清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="137"/>
        <source>the sheet (default: the first with a header row)</source>
        <translation>工作表（預設：第一個有標題列的工作表）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="142"/>
        <source>check only, write nothing</source>
        <translation>僅檢查，不寫入</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="148"/>
        <source>save the problems found (row, column, value, problem)</source>
        <translation>儲存發現的問題（列、欄、值、問題）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="155"/>
        <source>print the outcome as JSON</source>
        <translation>以 JSON 輸出結果</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="160"/>
        <source>a director&apos;s reason to import grades over the quota</source>
        <translation>總監超出等級比例匯入的特批理由</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="166"/>
        <source>refuse a file of more rows than N (default 200,000)</source>
        <translation>拒絕超過 N 列的檔案（預設 200,000）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="171"/>
        <source>treat warnings as errors: import nothing while there are any</source>
        <translation>將注意事項視為錯誤：只要仍有注意事項便不匯入</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="198"/>
        <source>only files whose name, phone, e-mail or number contains TEXT</source>
        <translation>只含名稱、電話、電子郵件或編號包含 TEXT 的檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="28"/>
        <source>fill a customer form from this file</source>
        <translation>依此客戶檔案填寫客戶表格</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="34"/>
        <source>which review, visit, evaluation or survey (default: the newest)</source>
        <translation>哪一次評審、拜訪、評價或調查（預設：最新一次）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="41"/>
        <source>blacklist: fill from the database, the entries in force or every entry</source>
        <translation>黑名單：依資料庫填寫，生效中的條目或全部條目</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="48"/>
        <source>blacklist: in force on this day</source>
        <translation>黑名單：於此日生效者</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="52"/>
        <source>blacklist: one department&apos;s entries and the company&apos;s</source>
        <translation>黑名單：單一部門的條目及公司層級的條目</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="184"/>
        <source>%1 is not a whole number above 0</source>
        <translation>%1 不是大於 0 的整數</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="218"/>
        <source>%1: no such file</source>
        <translation>%1：沒有這個檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="283"/>
        <source>%1 (--override-reason TEXT); nothing was imported</source>
        <translation>%1（--override-reason 理由）；未匯入任何資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="286"/>
        <source>%1; nothing was imported</source>
        <translation>%1；未匯入任何資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="303"/>
        <source>… and %1 more problems</source>
        <translation>…… 另有 %1 個問題未列出</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="305"/>
        <source>column: %1</source>
        <translation>欄位：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="312"/>
        <source>1 row looks like a file already on record (row %2 ~ %3 %4)</source>
        <translation>有 1 列看來與已建檔的檔案相同（第 %2 列 ~ %3 %4）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="314"/>
        <source>%1 rows look like files already on record (first: row %2 ~ %3 %4)</source>
        <translation>有 %1 列看來與已建檔的檔案相同（第一筆：第 %2 列 ~ %3 %4）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_demo.py" line="70"/>
        <location filename="../../records_desk/cli/customers_exchange.py" line="321"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="322"/>
        <source>consultants with no account here (imported without one): %1</source>
        <translation>沒有帳號的顧問（匯入時不指定顧問）：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="328"/>
        <source>1 row</source>
        <translation>共 1 列</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="329"/>
        <source>%1 rows</source>
        <translation>共 %1 列</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="331"/>
        <source>%1: %2 valid, %3 refused; nothing written (dry run)</source>
        <translation>%1：有效 %2 列，不能匯入 %3 列；僅檢查，未寫入（試執行）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="333"/>
        <source>%1: %2 valid, %3 refused, %4 written</source>
        <translation>%1：有效 %2 列，不能匯入 %3 列，已寫入 %4 列</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="337"/>
        <source>report saved to %1</source>
        <translation>報告已儲存至 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="347"/>
        <source>1 customer file</source>
        <translation>1 份客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="348"/>
        <source>%1 customer files</source>
        <translation>%1 份客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="349"/>
        <location filename="../../records_desk/cli/customers_exchange.py" line="368"/>
        <source>wrote %1: %2</source>
        <translation>已寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="361"/>
        <source>1 contact</source>
        <translation>1 位聯絡人</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="362"/>
        <source>%1 contacts</source>
        <translation>%1 位聯絡人</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_exchange.py" line="363"/>
        <source>%1 (left out — blacklisted: %2, void: %3, without a mobile: %4, repeated mobile: %5)</source>
        <translation>%1（未列入——黑名單：%2、已作廢：%3、無手機：%4、手機重複：%5）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers.py" line="88"/>
        <location filename="../../records_desk/cli/customers_demo.py" line="95"/>
        <source>%1 must be 0 or more</source>
        <translation>%1 必須是 0 或以上</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers.py" line="98"/>
        <source>%1 of %2 matching</source>
        <translation>顯示 %1 份（共 %2 份符合）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_demo.py" line="67"/>
        <source>no customer files added (%1)</source>
        <translation>未新增客戶檔案（%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_demo.py" line="93"/>
        <source>this command needs --user NAME</source>
        <translation>此指令需要 --user 帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_demo.py" line="96"/>
        <source>password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_demo.py" line="116"/>
        <source>demo accounts made: %1</source>
        <translation>已建立示範帳號：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_demo.py" line="74"/>
        <source>added %1 customer files in %2 s (%3; %4 void, %5 blacklisted, %6 reviews)</source>
        <translation>已新增 %1 份客戶檔案，費時 %2 秒（%3；作廢 %4 份、列入黑名單 %5 份、階段評價 %6 份）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="70"/>
        <source>--customer/--entries fill the form from the database: no --list, --blank, --data or label options</source>
        <translation>--customer／--entries 由資料庫填寫表單：不可同時使用 --list、--blank、--data 或標籤選項</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="80"/>
        <source>blacklist is the whole list: use --entries in-force|all</source>
        <translation>黑名單是整份名單：請用 --entries in-force|all</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="84"/>
        <source>blacklist from the database needs --entries in-force|all</source>
        <translation>由資料庫列印黑名單需要 --entries in-force|all</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="89"/>
        <source>%1 needs --customer ARCHIVE_NUMBER</source>
        <translation>%1 需要 --customer 檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="93"/>
        <source>--entries, --on and --department are for the blacklist</source>
        <translation>--entries、--on 與 --department 只適用於黑名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/customers_print.py" line="96"/>
        <source>%1: not filled from the customer files (customer forms: %2; or blacklist --entries)</source>
        <translation>%1：不是由客戶檔案填寫的表單（客戶表單：%2；或 blacklist --entries）</translation>
    </message>
</context>
<context>
    <name>CustomerAdmin</name>
    <message>
        <location filename="../../records_desk/ui/customers/admin_words.py" line="17"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/admin_words.py" line="16"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/admin_words.py" line="23"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CustomerAdminMenu</name>
    <message>
        <location filename="../../records_desk/ui/customers/admin_menu.py" line="61"/>
        <source>This part of Records Desk is not built yet.</source>
        <translation>Records Desk 的這個部分尚未完成。</translation>
    </message>
</context>
<context>
    <name>CustomerDemo</name>
    <message>
        <location filename="../../records_desk/cli/customers_demo.py" line="71"/>
        <source>%1: %2 files</source>
        <translation>%1 %2 份</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="43"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="53"/>
        <source>Export customer files</source>
        <translation>匯出客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="54"/>
        <source>customers</source>
        <translation>客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="60"/>
        <source>Save the holiday SMS list</source>
        <translation>儲存節日簡訊名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="61"/>
        <source>sms_contacts</source>
        <translation>簡訊名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="82"/>
        <source>Exporting customer files…</source>
        <translation>正在匯出客戶檔案…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="91"/>
        <source>Writing the SMS list…</source>
        <translation>正在寫入簡訊名單…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="104"/>
        <source>%1 customer files were exported to %2.</source>
        <translation>已將 %1 份客戶檔案匯出至 %2。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="114"/>
        <source>%1 contacts were written to %2. Left out: %3 blacklisted, %4 void, %5 without a mobile, %6 repeated mobiles.</source>
        <translation>已將 %1 位聯絡人寫入 %2。未列入：黑名單 %3 位、作廢 %4 位、無手機 %5 位、手機重複 %6 位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/export_action.py" line="129"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>匯出已取消，沒有寫入任何檔案。</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../records_desk/ui/customers/customer_form.py" line="91"/>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_form.py" line="92"/>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_form.py" line="224"/>
        <source>Several numbers separated by commas; an extension as %1</source>
        <translation>多個號碼以逗號分隔；分機寫作「%1」</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_form.py" line="222"/>
        <location filename="../../records_desk/ui/customers/customer_form.py" line="228"/>
        <source>Separated by commas</source>
        <translation>以逗號分隔</translation>
    </message>
</context>
<context>
    <name>CustomerMessages</name>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="39"/>
        <source>Department %1: %2 of %3 customers are %4 now (%5); this change would make %6 (%7), over the %4 cap of %8.</source>
        <translation>部門 %1：%3 位客戶中現有 %2 位%4（%5）；此變更將使其成為 %6 位（%7），超過%4上限 %8。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="45"/>
        <source>Product line %1: %2 of %3 customers are %4 now (%5); this change would make %6 (%7), over the %4 cap of %8.</source>
        <translation>產品線 %1：%3 位客戶中現有 %2 位%4（%5）；此變更將使其成為 %6 位（%7），超過%4上限 %8。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="97"/>
        <source>“%1” is not a valid date: there is no such day</source>
        <translation>「%1」沒有這一天</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="142"/>
        <source>Please give a reason: it is kept with the file&apos;s history.</source>
        <translation>請填寫原因：原因將隨檔案歷史保存。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="155"/>
        <source>The file was changed by someone else since (it is now at version %1, the change was prepared on version %2). Look at it again and repeat the change.</source>
        <translation>檔案已被他人修改（目前為第 %1 版，本次修改依據第 %2 版）。請重新查看後再修改。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="167"/>
        <source>Nothing was changed: the file already says this.</source>
        <translation>沒有任何變更：檔案內容已是如此。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="178"/>
        <source>The archive number “%1” is already used by a file; numbers never repeat</source>
        <translation>檔案編號「%1」已有檔案使用，編號不可重複</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="189"/>
        <source>No archive numbers are left for %1-%2.</source>
        <translation>%1-%2 已無可用的檔案編號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="59"/>
        <source>%1 is not a valid date.</source>
        <translation>%1 不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="69"/>
        <source>The phone number is empty</source>
        <translation>電話號碼是空的</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="70"/>
        <source>“%1” is not a phone number (it has characters a phone number does not have)</source>
        <translation>「%1」不是電話號碼（含有電話號碼不會有的字元）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="74"/>
        <source>“%1” has a country code that is not accepted (only Taiwan +886 and mainland China +86)</source>
        <translation>「%1」的國碼不受支援（只接受台灣 +886 與中國大陸 +86）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="79"/>
        <source>“%1” is not a valid phone number (its digits or prefix are wrong)</source>
        <translation>「%1」不是有效的電話號碼（位數或開頭不符）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="89"/>
        <source>The date is empty</source>
        <translation>日期是空的</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="90"/>
        <source>“%1” cannot be read as a date (write 2026/11/27, 2026-11-27, 115/11/27 or %2)</source>
        <translation>「%1」無法讀成日期（可寫 2026/11/27、2026-11-27、115/11/27 或 %2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="94"/>
        <source>“%1” does not start with the year (write year/month/day)</source>
        <translation>「%1」的年份不在最前面（請依 年/月/日 填寫）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="100"/>
        <source>The year of “%1” is out of range</source>
        <translation>「%1」的年份超出範圍</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="101"/>
        <source>“%1” is in the future; an event date cannot be after today</source>
        <translation>「%1」是未來的日期，事件日期不可晚於今天</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="116"/>
        <source>“%1” is not an archive number (category code-year-five digits, such as CS-2026-00042)</source>
        <translation>「%1」不是檔案編號的格式（類別代碼-年份-五位序號，如 CS-2026-00042）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="120"/>
        <source>The category code of “%1” is wrong</source>
        <translation>「%1」的類別代碼不正確</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="121"/>
        <source>The year of “%1” is wrong</source>
        <translation>「%1」的年份不正確</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="122"/>
        <source>The sequence number of “%1” is wrong (00001 to 99999)</source>
        <translation>「%1」的序號不正確（00001 至 99999）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="125"/>
        <source>The category code of “%1” is repeated</source>
        <translation>「%1」的類別代碼重複</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="133"/>
        <source>Fill in “Note” to refuse: it tells the person who asked why, and is kept with the request.</source>
        <translation>退回申請請填寫「意見」：告知申請人原因，並隨申請保存。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="139"/>
        <source>Fill in “Reason”: it is kept with the blacklist entry.</source>
        <translation>請填寫「原因」：原因將隨黑名單記錄保存。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="220"/>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="192"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="222"/>
        <source>The admission criteria are not met, so no file can be made: %1</source>
        <translation>未符合準入條件，不能建檔：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/blacklist_errors.py" line="19"/>
        <source>The customer is on the blacklist until %1 (first free day %2): %3</source>
        <translation>客戶在黑名單中，有效期至 %1（%2 起解除）：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/blacklist_errors.py" line="32"/>
        <source>The customer left the blacklist on %1 and must be re-admitted first.</source>
        <translation>客戶已於 %1 解除黑名單，須先重新準入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/blacklist_errors.py" line="42"/>
        <source>Re-admission needs an approval on record.</source>
        <translation>重新準入須有審批紀錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/blacklist_errors.py" line="47"/>
        <source>A re-admitted customer starts again as qualified.</source>
        <translation>重新準入的客戶須從合格類客戶開始。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/blacklist_errors.py" line="53"/>
        <source>Without a director&apos;s override the entry may last until %1 at the latest.</source>
        <translation>未經總監特批，有效期最遲至 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/blacklist_errors.py" line="63"/>
        <source>The entry must end after it starts.</source>
        <translation>結束日期必須晚於開始日期。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/blacklist_errors.py" line="68"/>
        <source>A department entry names its department; a company entry names none.</source>
        <translation>部門黑名單須指明部門；公司黑名單不指明部門。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/blacklist_errors.py" line="77"/>
        <source>That blacklist entry already ended on %1.</source>
        <translation>該黑名單紀錄已於 %1 結束。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="238"/>
        <source>The event date %1 is after the entry; one of the two dates is wrong.</source>
        <translation>事件日期 %1 晚於錄入時間，兩者之一有誤。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="248"/>
        <source>A spot check draws at least one entry.</source>
        <translation>抽查至少須抽取一筆紀錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="253"/>
        <source>That customer file no longer exists.</source>
        <translation>該客戶檔案已不存在。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="258"/>
        <source>The file has no version %1.</source>
        <translation>檔案沒有第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="264"/>
        <source>The file %1 is void and cannot be changed.</source>
        <translation>檔案 %1 已作廢，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="272"/>
        <source>%1 cannot be changed this way.</source>
        <translation>%1 不能以此方式修改。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="278"/>
        <source>%1 is required.</source>
        <translation>必須填寫%1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="284"/>
        <source>%1 is not a valid value for %2.</source>
        <translation>%1 不是%2的有效值。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="292"/>
        <source>That change request no longer exists.</source>
        <translation>該修改申請已不存在。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="298"/>
        <source>Change request %1 has already been decided.</source>
        <translation>修改申請 %1 已審批。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="305"/>
        <source>You filed this request yourself; someone else must approve it (you may refuse it).</source>
        <translation>此申請由您本人提出，須由他人批准（您可以拒絕）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="313"/>
        <source>Internal and campaign records have no grade to change.</source>
        <translation>公司內部資料及活動資料庫沒有客戶等級。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="318"/>
        <source>The customer has no ended blacklist entry to re-admit from.</source>
        <translation>客戶沒有已結束的黑名單紀錄可供重新準入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/errors.py" line="325"/>
        <source>That blacklist entry no longer exists.</source>
        <translation>該黑名單紀錄已不存在。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/service_errors.py" line="15"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>匯出已取消，沒有寫入任何檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/service_errors.py" line="20"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>匯入已取消，沒有匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/service_errors.py" line="26"/>
        <source>%1 rows of the list are wrong, so nothing was imported; the preview and the error report say what to correct.</source>
        <translation>清單中有 %1 列有誤，因此全部未匯入；請依預覽及錯誤報告更正。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/service_errors.py" line="38"/>
        <source>The form %1 is not filled from a customer file.</source>
        <translation>表單 %1 不是由客戶檔案填寫的表單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/service_errors.py" line="45"/>
        <source>Internal and campaign records have no grade, so this form does not apply to them.</source>
        <translation>公司內部資料及活動資料庫沒有客戶等級，不適用此表單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/service_errors.py" line="54"/>
        <source>This customer file has no record %1 for that form.</source>
        <translation>此客戶檔案沒有該表單的紀錄 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/service_errors.py" line="62"/>
        <source>There is no customer file numbered %1.</source>
        <translation>沒有編號為 %1 的客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="44"/>
        <source>the assessment</source>
        <translation>評估意見</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="51"/>
        <source>A survey says something: fill in at least one of the sections.</source>
        <translation>調查表不可空白：請至少填寫一個項目。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="54"/>
        <source>%1 is not part of a survey.</source>
        <translation>「%1」不是調查表的項目。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="55"/>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>「%1」過長（最多 %2 字）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="58"/>
        <source>%1 must be text.</source>
        <translation>「%1」必須是文字。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="60"/>
        <source>%1 cannot be after today.</source>
        <translation>「%1」不可晚於今天。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="61"/>
        <source>%1 must be a whole amount, not negative.</source>
        <translation>「%1」必須是不為負數的整數金額。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="71"/>
        <source>The evaluation weights in the settings add up to %1 %; they must be whole percentages adding up to 100. Ask the administrator to correct them.</source>
        <translation>設定中的評價權重合計為 %1 %；各項權重須為整數百分比，合計 100。請洽系統管理員修正。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="82"/>
        <source>Please score %1.</source>
        <translation>請為「%1」評分。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="88"/>
        <source>The score of %1 must be a whole number from 0 to %2.</source>
        <translation>「%1」的分數須為 0 至 %2 的整數。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="102"/>
        <source>The week of %1 was already drawn (spot check %2); a week is drawn once.</source>
        <translation>%1 當週已抽查過（抽查 %2）；每週只抽查一次。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="114"/>
        <source>Nothing was entered or changed in the week of %1: there is nothing to check.</source>
        <translation>%1 當週沒有錄入或修改的資料，無可抽查。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="124"/>
        <source>That spot-check entry no longer exists.</source>
        <translation>該抽查項目已不存在。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="130"/>
        <source>A file cannot be a duplicate of itself.</source>
        <translation>同一份檔案不能標記為與自己重複。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="131"/>
        <source>Please give a reason why the two files are not duplicates: it is kept with them.</source>
        <translation>請填寫兩份檔案並非重複的理由，理由將與檔案一併保存。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/date_words.py" line="17"/>
        <source>“%1” is outside the allowed days, %2 to %3.</source>
        <translation>「%1」不在允許的日期範圍內（%2 至 %3）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="155"/>
        <source>“%1” is not an e-mail address: it needs a domain after @, such as name@example.com.tw.</source>
        <translation>「%1」不是電子郵件地址：@ 後面要有網域，例如 name@example.com.tw。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="160"/>
        <source>“%1” is not an e-mail address (letters, digits and . _ - before @, such as name@example.com.tw).</source>
        <translation>「%1」不是電子郵件地址（@ 前只能有英文字母、數字及 . _ -，例如 name@example.com.tw）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="171"/>
        <source>“%1” is not a valid ID number: its check digit is wrong.</source>
        <translation>「%1」不是有效的身分證字號：檢查碼不符。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="174"/>
        <source>“%1” is not a valid business number: its check digit is wrong.</source>
        <translation>「%1」不是有效的統一編號：檢查碼不符。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="177"/>
        <source>“%1” is not a valid resident ID number: its check digit or date of birth is wrong.</source>
        <translation>「%1」不是有效的居民身份證號碼：檢查碼或出生日期不符。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="181"/>
        <source>“%1” is not a valid ID number (a letter and 9 digits), business number (8 digits) or resident ID number (18 characters).</source>
        <translation>「%1」不是有效的身分證字號（1 個英文字母加 9 位數字）、統一編號（8 位數字）或居民身份證號碼（18 碼）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="196"/>
        <source>This looks like a file already registered: %1.</source>
        <translation>此檔案與已登記的檔案相似：%1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/record_errors.py" line="203"/>
        <source>The shelving scheme needs 1 to %1 files a box and a pattern with {box} in it (also {code} and {year} if wanted), such as {code}-{year}-B{box}.</source>
        <translation>上架規則須為每盒 1 至 %1 份檔案，格式中須有 {box}（可另加 {code} 與 {year}），例如 {code}-{year}-B{box}。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/limit_errors.py" line="31"/>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <translation>%1太長（%2 個字元，最多 %3 個）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/limit_errors.py" line="41"/>
        <source>%1: too many (%2, at most %3).</source>
        <translation>%1太多（%2 個，最多 %3 個）。</translation>
    </message>
</context>
<context>
    <name>CustomerPrintButton</name>
    <message>
        <location filename="../../records_desk/ui/customers/print_menu.py" line="41"/>
        <source>&amp;Print</source>
        <translation>列印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/print_menu.py" line="42"/>
        <source>Print a form filled for this customer</source>
        <translation>列印此客戶已填寫的表單</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="143"/>
        <source>Archive no.</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="144"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="145"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="146"/>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="147"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="148"/>
        <source>Grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="149"/>
        <source>Prospect</source>
        <translation>級別</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="150"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="151"/>
        <source>Shelf</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="152"/>
        <source>Consultant</source>
        <translation>置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="195"/>
        <source>Blacklisted until %1</source>
        <translation>黑名單 有效期至 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="197"/>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="221"/>
        <source>Void</source>
        <translation>作廢</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/customer_model.py" line="221"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>CustomerTerms</name>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="31"/>
        <source>Closed sales</source>
        <translation>成交銷售客戶資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="32"/>
        <source>After-sales repair</source>
        <translation>售後維修客戶資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="33"/>
        <source>Internal</source>
        <translation>公司內部資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="34"/>
        <source>Key customer</source>
        <translation>重點客戶資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="35"/>
        <source>Campaign database</source>
        <translation>活動資料庫</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="49"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="50"/>
        <source>Preferred</source>
        <translation>優選</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="51"/>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="61"/>
        <source>Void</source>
        <translation>作廢</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="62"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="69"/>
        <source>Legal capacity and valid licences</source>
        <translation>具有獨立承擔民事責任的能力及有效證件</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="72"/>
        <source>Good commercial standing</source>
        <translation>具有良好的商業信譽</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="73"/>
        <source>Purchase contract signed</source>
        <translation>簽訂購銷合同</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="76"/>
        <source>No record of violations</source>
        <translation>既往經營活動中沒有違法記錄</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="77"/>
        <source>Qualified to sell or use the products</source>
        <translation>擁有相關產品的經營/使用資質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="80"/>
        <source>Helps maintain the brand image</source>
        <translation>積極配合維護公司品牌形象</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="93"/>
        <source>Archive number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="94"/>
        <source>Record type</source>
        <translation>資料類型</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="95"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="96"/>
        <source>Reason for voiding</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="97"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="98"/>
        <source>Product lines</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="99"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="100"/>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="101"/>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="102"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="103"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="104"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="105"/>
        <source>ID / business number</source>
        <translation>身分證字號／統一編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="106"/>
        <location filename="../../records_desk/wording/customers/terms.py" line="107"/>
        <source>Consultant</source>
        <translation>置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="108"/>
        <source>Shelf location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="109"/>
        <source>Event date</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="110"/>
        <source>Admission checklist</source>
        <translation>準入條件</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="111"/>
        <source>Grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="112"/>
        <source>Prospect level</source>
        <translation>客戶級別</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="113"/>
        <source>Kind of entry</source>
        <translation>錄入類別</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="114"/>
        <source>Entered at</source>
        <translation>錄入時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="115"/>
        <source>Maintainer</source>
        <translation>維護人員</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="116"/>
        <source>Re-admitted on</source>
        <translation>重新準入日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="117"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="126"/>
        <source>Registered</source>
        <translation>新建檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="127"/>
        <source>Approved change request</source>
        <translation>批准修改申請</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="128"/>
        <source>Changed directly</source>
        <translation>直接修改</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="129"/>
        <source>Voided</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="130"/>
        <source>Grade changed</source>
        <translation>變更等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="131"/>
        <source>Prospect level set</source>
        <translation>設定客戶級別</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="132"/>
        <source>Re-admitted</source>
        <translation>重新準入</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/limit_errors.py" line="17"/>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/limit_errors.py" line="18"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/limit_errors.py" line="19"/>
        <source>Visit summary</source>
        <translation>拜訪摘要</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/limit_errors.py" line="20"/>
        <source>Visit details</source>
        <translation>拜訪內容</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/limit_errors.py" line="21"/>
        <source>Problems found</source>
        <translation>發現的問題</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/limit_errors.py" line="22"/>
        <source>Opinion</source>
        <translation>評價意見</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/limit_errors.py" line="23"/>
        <source>Survey text</source>
        <translation>調查內容</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="156"/>
        <source>&amp;New file…</source>
        <translation>新建檔案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="157"/>
        <source>&amp;Request change…</source>
        <translation>申請修改(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="158"/>
        <source>Change &amp;directly…</source>
        <translation>直接修改(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="159"/>
        <location filename="../../records_desk/ui/customers/screen.py" line="246"/>
        <source>Change re&amp;quests…</source>
        <translation>修改申請(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="160"/>
        <source>&amp;History…</source>
        <translation>歷史版本(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="161"/>
        <source>Change &amp;grade…</source>
        <translation>變更等級(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="162"/>
        <source>&amp;Void…</source>
        <translation>作廢(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="163"/>
        <source>Find</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="248"/>
        <source>Change re&amp;quests (%1 waiting)…</source>
        <translation>修改申請(&amp;Q)（%1 件待審批）…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="252"/>
        <source>%1 files</source>
        <translation>共 %1 份檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="262"/>
        <source>No customer files yet. Add one with New file… (Ctrl+N), or bring in the office&apos;s list with Customers → Import from Excel… (Ctrl+I).</source>
        <translation>尚無客戶檔案。請用「新建檔案」（Ctrl+N）新增，或以「客戶檔案 → 從 Excel 匯入」（Ctrl+I）匯入辦公室原有的名單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen.py" line="266"/>
        <source>No file matches this search. The search looks in names, contact persons, phones, e-mail and archive numbers; check the filters above, and tick Include void to see void files.</source>
        <translation>沒有符合此搜尋的檔案。搜尋範圍為名稱、聯絡人、電話、電子郵件及檔案編號；請檢查上方的篩選條件，作廢檔案須勾選「包括作廢」才會顯示。</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../records_desk/ui/customers/tab.py" line="45"/>
        <source>Customer files</source>
        <translation>客戶檔案</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../records_desk/ui/customers/detail_panel.py" line="162"/>
        <source>Nothing recorded yet.</source>
        <translation>尚無記錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/detail_panel.py" line="168"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/detail_panel.py" line="170"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/detail_panel.py" line="171"/>
        <source>Select a file to see it here.</source>
        <translation>請選擇一份檔案以查看內容。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/detail_panel.py" line="200"/>
        <source>Blacklisted until %1</source>
        <translation>黑名單 有效期至 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/detail_panel.py" line="207"/>
        <source>Void since %1: %2</source>
        <translation>已於 %1 作廢：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/detail_panel.py" line="215"/>
        <source>Entered late: the event was on %1, the file entered %2 (%3 days).</source>
        <translation>逾時錄入：事件日期為 %1，檔案錄入於 %2（%3 天）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/detail_panel.py" line="223"/>
        <source>Missing required fields: %1</source>
        <translation>缺少必填欄位：%1</translation>
    </message>
</context>
<context>
    <name>DowngradeModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="102"/>
        <source>Archive number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="103"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="104"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="105"/>
        <source>Problem recorded on</source>
        <translation>問題記錄日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="106"/>
        <source>Downgrade due by</source>
        <translation>應降級期限</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="107"/>
        <source>Days late</source>
        <translation>逾期天數</translation>
    </message>
</context>
<context>
    <name>DuplicatesQuestion</name>
    <message>
        <location filename="../../records_desk/ui/customers/duplicates_question.py" line="43"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/duplicates_question.py" line="53"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 份</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/duplicates_question.py" line="56"/>
        <source>Files on record that look like it (click a number to show it in the list):</source>
        <translation>已建檔而與此相似的檔案（點選編號可在列表中顯示該檔案）：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/duplicates_question.py" line="61"/>
        <source>Files on record that look like it:</source>
        <translation>已建檔而與此相似的檔案：</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="178"/>
        <source>Business volume</source>
        <translation>業務合作量</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="179"/>
        <source>Receivables</source>
        <translation>應收款情況</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="180"/>
        <source>Business reputation</source>
        <translation>經營信譽</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="181"/>
        <source>Loyalty to our products</source>
        <translation>對我公司產品忠誠度</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="182"/>
        <source>Size and results</source>
        <translation>企業規模及經營效益</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="183"/>
        <source>Wish for a long partnership</source>
        <translation>長期合作意願</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="93"/>
        <source>Record evaluation (Annex 1)</source>
        <translation>記錄審核評價（附件1 銷售客戶審核評價表）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="94"/>
        <source>Evaluation &amp;date:</source>
        <translation>評價日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="95"/>
        <source>&amp;Product line:</source>
        <translation>產品線(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="98"/>
        <source>All product lines</source>
        <translation>全部產品線</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="100"/>
        <source>Criterion</source>
        <translation>評審項目</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="101"/>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="102"/>
        <source>Score (0–%1)</source>
        <translation>分數（0–%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="103"/>
        <source>Weighted</source>
        <translation>加權得分</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="109"/>
        <source>Total (of 100):</source>
        <translation>總分（滿分100）：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="110"/>
        <source>Suggested grade:</source>
        <translation>建議等級：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="111"/>
        <source>&amp;Opinion:</source>
        <translation>評審意見(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="144"/>
        <source>Evaluation recorded: %1 of 100, suggesting %2.</source>
        <translation>審核評價已記錄：%1 分，建議等級為 %2。</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/grade_dialog.py" line="80"/>
        <source>Change grade</source>
        <translation>變更客戶等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/grade_dialog.py" line="82"/>
        <source>%1 %2, now %3</source>
        <translation>%1 %2，目前為 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/grade_dialog.py" line="87"/>
        <source>New &amp;grade:</source>
        <translation>新等級(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/grade_dialog.py" line="88"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/grade_dialog.py" line="89"/>
        <source>&amp;Override reason:</source>
        <translation>特批原因(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/grade_dialog.py" line="90"/>
        <source>Why this customer may break the quota</source>
        <translation>此客戶可超出配額的理由</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/grade_dialog.py" line="123"/>
        <source>You may override the quota: give the reason and press OK.</source>
        <translation>您可以特批超出配額：請填寫特批原因後按「確定」。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="120"/>
        <source>History of %1</source>
        <translation>%1 的歷史版本</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="125"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="125"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="125"/>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="125"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="125"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="127"/>
        <source>&amp;Compare version</source>
        <translation>比較版本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="128"/>
        <source>&amp;with version</source>
        <translation>與版本(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="146"/>
        <source>(asked by %1)</source>
        <translation>（由 %1 申請）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="189"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="190"/>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="191"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="213"/>
        <source>%1 fields differ (marked).</source>
        <translation>有 %1 個欄位不同（已標示）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/history_dialog.py" line="215"/>
        <source>The two versions are the same.</source>
        <translation>兩個版本內容相同。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/import_calls.py" line="81"/>
        <source>Likely the same customer as %1 %2 on file</source>
        <translation>可能與已建檔的 %1 %2 是同一位客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_calls.py" line="87"/>
        <source>No account is named %1; imported without a consultant</source>
        <translation>沒有名為 %1 的帳號；匯入時不指定顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="68"/>
        <source>Import customers from Excel</source>
        <translation>從 Excel 匯入客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="76"/>
        <source>Check &amp;rows</source>
        <translation>檢查各列(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="81"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="82"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="87"/>
        <source>Columns (matched from the headers; change any):</source>
        <translation>欄位（依標題自動對應，可逐一更改）：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="91"/>
        <source>Choose the Excel file to import.</source>
        <translation>請選擇要匯入的 Excel 檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="99"/>
        <source>Show only rows with &amp;problems</source>
        <translation>只顯示有問題的列(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="131"/>
        <source>Director&apos;s reason for going over the quota</source>
        <translation>總監超出比例的特批理由</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="164"/>
        <source>Header row %1 of sheet %2. Check the columns, then check the rows.</source>
        <translation>標題列為工作表 %2 的第 %1 列。請核對欄位，然後檢查各列。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="194"/>
        <source>Checking every row…</source>
        <translation>正在檢查每一列…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="200"/>
        <source>Checking was cancelled; nothing was imported.</source>
        <translation>已取消檢查，未匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="119"/>
        <source>1 row has a value that fails its check (marked on the row): imported as typed and listed in data quality.</source>
        <translation>有 1 列的內容未通過檢查（已在該列標示）：照原樣匯入，並列入資料品質清單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="124"/>
        <source>%1 rows have a value that fails its check (marked on the row): imported as typed and listed in data quality.</source>
        <translation>有 %1 列的內容未通過檢查（已在該列標示）：照原樣匯入，並列入資料品質清單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="129"/>
        <source>1 row is probably the same customer as an earlier row of the list (marked on the row): imported and listed in data quality.</source>
        <translation>有 1 列可能與名單中較前的一列是同一位客戶（已在該列標示）：照樣匯入並列入資料品質清單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="134"/>
        <source>%1 rows are probably the same customer as an earlier row of the list (marked on the row): imported and listed in data quality.</source>
        <translation>有 %1 列可能與名單中較前的列是同一位客戶（已在各列標示）：照樣匯入並列入資料品質清單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="218"/>
        <source>%1 rows read: %2 can be imported, %3 cannot (listed below with their problems). Fix them in the file and check again.</source>
        <translation>共讀取 %1 列：%2 列可匯入，%3 列不能匯入（問題列於下方）。請在檔案中修正後再檢查。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="229"/>
        <source>All %1 rows can be imported; %2 of them have a warning (listed below).</source>
        <translation>全部 %1 列均可匯入，其中 %2 列有注意事項（列於下方）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="234"/>
        <source>All %1 rows can be imported.</source>
        <translation>全部 %1 列均可匯入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="237"/>
        <source>The batch would break a grade quota; only a director may import it, with a reason:</source>
        <translation>此批資料會超出客戶等級比例；只有客戶總監可附理由匯入：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="286"/>
        <source>Row %1:</source>
        <translation>第 %1 列：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="301"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="306"/>
        <source>1 customer file was imported.</source>
        <translation>已匯入 1 份客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="308"/>
        <source>%1 customer files were imported.</source>
        <translation>已匯入 %1 份客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_dialog.py" line="321"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>已取消匯入，未寫入任何資料。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="324"/>
        <source>… and %1 more (all of them in the error report)</source>
        <translation>…… 另有 %1 項（全部列在錯誤報告中）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="238"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="240"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="278"/>
        <source>Wrong</source>
        <translation>有誤</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="279"/>
        <source>OK</source>
        <translation>正確</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="279"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="246"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="247"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="41"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="41"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="43"/>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="158"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="48"/>
        <source>the same business or ID number</source>
        <translation>統一編號/身分證字號相同</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="49"/>
        <source>the same name and phone</source>
        <translation>名稱與電話相同</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="61"/>
        <source>“%1” is not a valid ID number (check digit)</source>
        <translation>「%1」不是有效的身分證字號（檢查碼不符）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="64"/>
        <source>“%1” is not a valid business number (check digit)</source>
        <translation>「%1」不是有效的統一編號（檢查碼不符）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="67"/>
        <source>“%1” is not a valid resident ID number (check digit or date of birth)</source>
        <translation>「%1」不是有效的居民身份證號碼（檢查碼或出生日期不符）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="70"/>
        <source>“%1” does not have the shape of an ID number, business number or resident ID number</source>
        <translation>「%1」不是身分證字號、統一編號或居民身份證號碼的格式</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="119"/>
        <source>Files of type %1 have no grade; leave the grade empty</source>
        <translation>%1不分等級，等級請留空</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="80"/>
        <source>“%1” is not a valid e-mail address</source>
        <translation>「%1」不是有效的電子郵件地址</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="86"/>
        <source>The archive number “%1” is already used in row %2; numbers never repeat</source>
        <translation>檔案編號「%1」已用於第 %2 列，編號不可重複</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="98"/>
        <source>%1 must be filled in</source>
        <translation>必須填寫%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="100"/>
        <source>A file of type %1 must have %2 filled in</source>
        <translation>%1必須填寫%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="109"/>
        <source>“%1” is not a %2 (one of: %3)</source>
        <translation>「%1」不是可用的%2（可填：%3）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="128"/>
        <source>No column “%1” (every row needs it)</source>
        <translation>找不到「%1」欄位（每一列都必須填寫）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="132"/>
        <source>No column “%1”: %2 need it, and are imported without it and listed in data quality (the first is in row %3)</source>
        <translation>找不到「%1」欄位：%2必須填寫，照樣匯入並列入資料品質清單（第一筆在第 %3 列）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="142"/>
        <source>No column “%1”: %2 need it, and are imported without it and listed in data quality</source>
        <translation>找不到「%1」欄位：%2必須填寫，照樣匯入並列入資料品質清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="161"/>
        <source>No column “%1”: 1 file (%2) will be imported with no admission checklist recorded — not taken as met — and listed in data quality until someone records it</source>
        <translation>找不到「%1」欄位：1 份檔案（%2）匯入後沒有準入條件檢查記錄（不視為已符合），列入資料品質清單，直到有人補記</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="168"/>
        <source>No column “%1”: %3 files (%2) will be imported with no admission checklist recorded — not taken as met — and listed in data quality until someone records it</source>
        <translation>找不到「%1」欄位：%3 份檔案（%2）匯入後沒有準入條件檢查記錄（不視為已符合），列入資料品質清單，直到有人補記</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="177"/>
        <source>No column “%1”: 1 file (%2, which needs it) will be imported without it and listed in data quality</source>
        <translation>找不到「%1」欄位：1 份必須填寫此項的檔案（%2）照樣匯入並列入資料品質清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="183"/>
        <source>No column “%1”: %3 files (%2, which need it) will be imported without it and listed in data quality</source>
        <translation>找不到「%1」欄位：%3 份必須填寫此項的檔案（%2）照樣匯入並列入資料品質清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_errors.py" line="195"/>
        <source>No header row in the first %2 rows of the sheet “%1” (it needs at least two column names the import knows, such as customer name and phone)</source>
        <translation>工作表「%1」的前 %2 列找不到標題列（至少要有兩個可辨識的欄位名稱，例如 客戶名稱、電話）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_report.py" line="56"/>
        <source>1 row has an event more than 72 hours old: it is imported as a file of the earlier list and does not count as a late entry.</source>
        <translation>有 1 列的事件日期已超過 72 小時：以原有名單的檔案匯入，不計為逾時錄入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_report.py" line="62"/>
        <source>%1 rows have an event more than 72 hours old: they are imported as files of the earlier list and do not count as late entries.</source>
        <translation>有 %1 列的事件日期已超過 72 小時：以原有名單的檔案匯入，不計為逾時錄入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_report.py" line="72"/>
        <source>Probably the same customer as row %1 (%2)</source>
        <translation>可能與第 %1 列是同一位客戶（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_report.py" line="142"/>
        <source>Probably the same customer as %1 “%2” on record (%3)</source>
        <translation>可能與已建檔的 %1「%2」是同一位客戶（%3）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_report.py" line="151"/>
        <source>No account here is named “%1”; the imported files get no consultant</source>
        <translation>系統中沒有名為「%1」的帳號，匯入後這些檔案未指定顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/import_report.py" line="162"/>
        <source>After the import %1 would have %3 of %4 customers %2 (%5), over the cap of %6; a director&apos;s approval with a reason is needed</source>
        <translation>%1的%2匯入後將有 %3/%4 位（%5），超過上限 %6；需經總監核准並填寫理由</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../records_desk/ui/customers/feature.py" line="109"/>
        <source>&amp;Customers</source>
        <translation>客戶檔案(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="342"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="343"/>
        <source>Header in the file</source>
        <translation>檔案中的標題</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="344"/>
        <source>Imported as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/import_preview.py" line="362"/>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="58"/>
        <source>Office settings</source>
        <translation>全公司共用設定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="68"/>
        <source>Archive number category codes and shelving</source>
        <translation>檔案編號類別代碼及上架</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="71"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="71"/>
        <source>Files a box</source>
        <translation>每盒份數</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="71"/>
        <source>Shelf location of a new file</source>
        <translation>新檔案的存放位置</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="94"/>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="121"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="100"/>
        <source>Files already numbered keep their numbers; new files get the new code.</source>
        <translation>已編號的檔案保留原編號；新檔案使用新代碼。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="103"/>
        <source>The shelf suggested for a new file: {box} is its box (three digits), {code} and {year} those of its archive number.</source>
        <translation>新檔案的建議存放位置：{box} 為其盒號（三位數），{code} 與 {year} 為其檔案編號中的類別代碼與年份。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="111"/>
        <source>Evaluation weights (Annex 1)</source>
        <translation>審核評價權重（附件1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="125"/>
        <source>Total:</source>
        <translation>合計：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="127"/>
        <source>Weekly spot check</source>
        <translation>每週抽查</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="133"/>
        <source>Entries drawn each week:</source>
        <translation>每週抽查筆數：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="140"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="171"/>
        <source>These are the starting values; nobody has changed them yet.</source>
        <translation>目前為預設值，尚未有人變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="174"/>
        <source>Last changed by %1 on %2.</source>
        <translation>最後由 %1 於 %2 變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="180"/>
        <source>Only the general manager and the customer director change these settings.</source>
        <translation>僅總經理及客戶總監可變更這些設定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="195"/>
        <source>%1 % (the weights must total %2 %)</source>
        <translation>%1 %（權重合計須為 %2 %）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="225"/>
        <source>The office settings are saved; every desk uses them now.</source>
        <translation>全公司共用設定已儲存，所有電腦即刻採用。</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="41"/>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="42"/>
        <source>Timeliness</source>
        <translation>及時性</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="43"/>
        <source>Accuracy</source>
        <translation>準確性</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="44"/>
        <source>Consistency</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="45"/>
        <source>Uniqueness</source>
        <translation>唯一性</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="46"/>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="57"/>
        <source>Admission checklist not recorded</source>
        <translation>未記錄客戶準入條件檢查</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="59"/>
        <source>%1 is not filled in</source>
        <translation>未填寫%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="68"/>
        <source>Void file still out on loan</source>
        <translation>已作廢的檔案仍在借出中</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="71"/>
        <source>Likely the same customer as file %1</source>
        <translation>可能與檔案 %1 是同一位客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="74"/>
        <source>Likely the same customer as another file</source>
        <translation>可能與另一份檔案是同一位客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="78"/>
        <source>Periodic review overdue since %1</source>
        <translation>定期評審逾期（自 %1 起）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="81"/>
        <source>Periodic review overdue</source>
        <translation>定期評審逾期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="83"/>
        <source>Entered after its time limit</source>
        <translation>超過時限才錄入</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="85"/>
        <source>Failed the weekly spot check; correct the file</source>
        <translation>每週抽查未通過，請更正檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="87"/>
        <source>Blacklisted but still graded VIP or preferred</source>
        <translation>已列入黑名單但仍為 VIP 或優選</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="109"/>
        <source>Data quality</source>
        <translation>資料品質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="112"/>
        <source>Maintainer</source>
        <translation>維護人員</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="113"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="116"/>
        <source>No customer files have been checked yet.</source>
        <translation>尚未檢查任何客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="130"/>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="135"/>
        <source>&amp;Not a duplicate…</source>
        <translation>並非重複(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="141"/>
        <source>&amp;Maintainer:</source>
        <translation>維護人員(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="142"/>
        <source>&amp;Department:</source>
        <translation>部門(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="143"/>
        <source>D&amp;imension:</source>
        <translation>品質維度(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="158"/>
        <source>No open problems: every file checked is complete, valid and unique. Problems appear here when a file misses a required field, holds a value that fails its check, or looks like another file.</source>
        <translation>沒有未解決的問題：所有已檢查的檔案皆完整、有效且不重複。檔案缺少必填欄位、有未通過檢查的值，或疑似與其他檔案重複時，問題會列在這裡。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="205"/>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="219"/>
        <source>Checking every customer file…</source>
        <translation>正在檢查每一份客戶檔案…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="240"/>
        <source>; </source>
        <comment>between the dimensions&apos; counts</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="242"/>
        <source>Open problems: %1 — %2</source>
        <translation>未解決問題：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="253"/>
        <source>%1 files checked, %2 open problems shown.</source>
        <translation>已檢查 %1 份檔案，顯示 %2 個未解決問題。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="284"/>
        <source>Archive number %1: %2 (%3, rule %4)</source>
        <translation>檔案編號 %1：%2（%3，規則 %4）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="296"/>
        <source>Not a duplicate</source>
        <translation>並非重複</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="297"/>
        <source>Why is %1 not the same customer as the other file?</source>
        <translation>為何 %1 與另一份檔案不是同一位客戶？</translation>
    </message>
</context>
<context>
    <name>QualityProblemModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="160"/>
        <source>Archive number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="161"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="162"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="163"/>
        <source>Maintainer</source>
        <translation>維護人員</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="164"/>
        <source>Dimension</source>
        <translation>品質維度</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="165"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="166"/>
        <source>First seen</source>
        <translation>首次發現</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_model.py" line="167"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="68"/>
        <source>Grade quotas</source>
        <translation>客戶等級比例</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="73"/>
        <source>VIP customers may be at most 15 % and preferred customers at most 30 % of the graded customers of a department, and of each product line in it.</source>
        <translation>VIP 客戶最多佔部門（及部門內每一產品線）已分級客戶的 15 %，優選客戶最多佔 30 %。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="100"/>
        <source>Counting grades…</source>
        <translation>正在統計客戶等級…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="112"/>
        <source>No graded customers yet.</source>
        <translation>尚無已分級的客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="115"/>
        <source>Every department and product line is within its quotas.</source>
        <translation>所有部門及產品線均在比例限制之內。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="118"/>
        <source>%1 — %2 %3 of %4 customers, %5 (cap %6)</source>
        <translation>%1 — %2 %3 位／共 %4 位客戶，%5（上限 %6）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="127"/>
        <source>Over the quota (%1):</source>
        <translation>超出比例（%1 項）：</translation>
    </message>
</context>
<context>
    <name>QuotaModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="38"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="40"/>
        <source>Product line</source>
        <translation>產品線</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="41"/>
        <source>(whole department)</source>
        <translation>（全部門）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="44"/>
        <source>Grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="45"/>
        <source>With the grade</source>
        <translation>該等級客戶數</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="46"/>
        <source>Of customers</source>
        <translation>客戶總數</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="47"/>
        <source>Share</source>
        <translation>所佔比例</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="48"/>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="49"/>
        <source>Allowed</source>
        <translation>允許數</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="50"/>
        <source>Over the cap</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quota_dialog.py" line="50"/>
        <source>Over</source>
        <translation>超出</translation>
    </message>
</context>
<context>
    <name>ReadmitForm</name>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="193"/>
        <source>Re-admit a customer</source>
        <translation>重新準入客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="196"/>
        <source>%1 %2 comes back as a qualified customer, after a review against the admission criteria and an approval.</source>
        <translation>%1 %2 經按準入條件評審並獲批准後，以合格客戶身份重新準入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="209"/>
        <source>Approved &amp;by:</source>
        <translation>批准人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="210"/>
        <source>Approved &amp;on:</source>
        <translation>批准日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="219"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/reason_dialog.py" line="45"/>
        <source>The file %1 %2 is kept, marked void, and its number is never reused. Why is it void?</source>
        <translation>檔案 %1 %2 將保留並標記為作廢，其編號永不重用。作廢原因是？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reason_dialog.py" line="50"/>
        <source>Void %1</source>
        <translation>作廢 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reason_dialog.py" line="52"/>
        <source>Void</source>
        <translation>作廢</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="130"/>
        <source>&amp;Records</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="131"/>
        <source>Record a review, visit, evaluation or survey of the file</source>
        <translation>為此客戶記錄階段評審、拜訪、審核評價或情況調查</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="132"/>
        <source>Record &amp;review (Annex 2)…</source>
        <translation>記錄階段評審（附件2）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="133"/>
        <source>Record &amp;visit (Annex 5)…</source>
        <translation>記錄拜訪（附件5）(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="134"/>
        <source>Record &amp;evaluation (Annex 1)…</source>
        <translation>記錄審核評價（附件1）(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="135"/>
        <source>Record &amp;survey (Annex 4)…</source>
        <translation>記錄情況調查（附件4）(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="206"/>
        <source>Reading…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="214"/>
        <source>Review due since %1</source>
        <translation>評審已於 %1 到期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="216"/>
        <source>Next review due: %1</source>
        <translation>下次評審到期日：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="212"/>
        <source>Never reviewed: a review is due now.</source>
        <translation>尚未評審：現在即應評審。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="222"/>
        <source>%1 review by %2</source>
        <translation>%1 階段評審（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="227"/>
        <source>problems: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="230"/>
        <source>%1 visit by %2</source>
        <translation>%1 拜訪（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="234"/>
        <source>%1 evaluation by %2: %3 of 100 → %4</source>
        <translation>%1 審核評價（%2）：%3 分 → %4</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/screen_actions.py" line="242"/>
        <source>%1 survey by %2</source>
        <translation>%1 情況調查（%2）</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/register_dialog.py" line="127"/>
        <source>New customer file</source>
        <translation>新建客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/register_dialog.py" line="130"/>
        <source>Existing archive number:</source>
        <translation>原有檔案編號：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/register_dialog.py" line="132"/>
        <source>Empty: the next number is issued</source>
        <translation>留空：由系統編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/register_dialog.py" line="134"/>
        <source>Only for an old file that already has one; otherwise it is issued</source>
        <translation>僅用於已有編號的舊檔案；否則由系統編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/register_dialog.py" line="174"/>
        <source>Discard what you typed in this new file?</source>
        <translation>要捨棄您在此新檔案中輸入的內容嗎？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/register_dialog.py" line="251"/>
        <source>This file looks like one already registered. Register it anyway?</source>
        <translation>此檔案與已登記的檔案相似。仍要登記嗎？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/register_dialog.py" line="252"/>
        <source>&amp;Register anyway</source>
        <translation>仍要登記(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/register_dialog.py" line="253"/>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/register_dialog.py" line="265"/>
        <source>Registered as %1. Shelf location: %2.</source>
        <translation>已登記，檔案編號 %1，存放位置：%2。</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="113"/>
        <source>Pending change requests</source>
        <translation>待審批的修改申請</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="116"/>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="117"/>
        <source>Archive no.</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="118"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="119"/>
        <source>Requested by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="120"/>
        <source>Requested at</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="121"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="125"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="125"/>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="125"/>
        <source>Proposed</source>
        <translation>擬修改為</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="127"/>
        <source>&amp;Note:</source>
        <translation>意見(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="128"/>
        <source>Required to refuse</source>
        <translation>拒絕時必填</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="129"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="130"/>
        <source>&amp;Refuse</source>
        <translation>拒絕(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="131"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="132"/>
        <source>No change requests are waiting.</source>
        <translation>目前沒有待審批的修改申請。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="215"/>
        <source>After this change the file looks like another one. Approve it anyway?</source>
        <translation>修改後此檔案與另一份檔案相似。仍要核准嗎？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="216"/>
        <source>Approve &amp;anyway</source>
        <translation>仍要核准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/requests_dialog.py" line="217"/>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="39"/>
        <source>Contract performance</source>
        <translation>合同履約情況</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="40"/>
        <source>Payment</source>
        <translation>貨款支付情況</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="41"/>
        <source>Good faith</source>
        <translation>誠信情況</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="107"/>
        <source>Record review (Annex 2)</source>
        <translation>記錄階段評審（附件2 銷售客戶階段評價表）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="108"/>
        <source>Review &amp;date:</source>
        <translation>評審日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="109"/>
        <source>Scores:</source>
        <translation>評分：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="110"/>
        <source>Score (0–%1)</source>
        <translation>分數（0–%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="111"/>
        <source>Comment</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="114"/>
        <source>&amp;Problems found:</source>
        <translation>發現的問題(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="116"/>
        <source>e.g. late payment, contracts not carried out, a crisis in the business</source>
        <translation>例如：付款不及時、合同執行能力差、客戶公司經營出現重大危機</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="118"/>
        <source>Resulting &amp;grade:</source>
        <translation>評審結果等級(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="141"/>
        <source>This is a VIP file: with a problem recorded it must be downgraded within %1 days, by %2 (use Change grade…), or it is flagged as overdue.</source>
        <translation>此為VIP客戶：記錄了問題，須於 %1 日內（%2 前）降級（使用「變更客戶等級」），否則將列為逾期未降級。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="177"/>
        <source>Review recorded. The next review is due on %1.</source>
        <translation>階段評審已記錄。下次評審到期日為 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/review_dialog.py" line="181"/>
        <source>A problem was recorded: downgrade the VIP by %1.</source>
        <translation>已記錄問題：請於 %1 前將此VIP客戶降級。</translation>
    </message>
</context>
<context>
    <name>ReviewDueModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="62"/>
        <source>Archive number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="63"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="64"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="65"/>
        <source>Grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="66"/>
        <source>Due since</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="67"/>
        <source>Review by</source>
        <translation>最遲評審日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="68"/>
        <source>Days left</source>
        <translation>剩餘天數</translation>
    </message>
</context>
<context>
    <name>ReviewOverdueModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="85"/>
        <source>Archive number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="86"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="87"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="88"/>
        <source>Grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="89"/>
        <source>Was due on</source>
        <translation>原到期日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="90"/>
        <source>Late since</source>
        <translation>逾期起始日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="91"/>
        <source>Days past due</source>
        <translation>逾期天數</translation>
    </message>
</context>
<context>
    <name>ReviewsDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="146"/>
        <source>Reviews and visits</source>
        <translation>評審與回訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="159"/>
        <source>Due now, still in time: the review day has come (six months after the last review; from admission for a file never reviewed). Review each by the day shown; after %1 days it becomes overdue.</source>
        <translation>已到期、尚在期限內：評審日已到（上次評審後六個月；從未評審的檔案自準入日起）。請在所示日期前完成評審；超過 %1 天即列為逾期。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="160"/>
        <source>No review is due. A file is listed here on its review day: six months after its last review, or from admission if it was never reviewed.</source>
        <translation>目前沒有到期的評審。檔案在評審日列入此處：上次評審後六個月，從未評審的則自準入日起。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="162"/>
        <source>Late: more than %1 days past the review day, longest waiting first. Review these first.</source>
        <translation>已逾期：超過評審日 %1 天以上，等待最久的排在最前。請優先評審。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="163"/>
        <source>Nothing is overdue: every review was done within %1 days of its day.</source>
        <translation>沒有逾期的評審：每次評審都在評審日後 %1 天內完成。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="165"/>
        <source>VIP customers with a problem recorded in a review and no downgrade within 5 days.</source>
        <translation>評審中記錄有問題而 5 天內未降級的 VIP 客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="166"/>
        <source>No VIP is waiting for a downgrade. A VIP appears here 5 days after a review records a problem, until the grade is changed.</source>
        <translation>沒有待降級的 VIP。評審記錄問題後 5 天仍未變更等級的 VIP 會列在這裡。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="168"/>
        <source>VIP and preferred customers are visited every month; these are overdue.</source>
        <translation>VIP 與優選客戶每月回訪一次；以下為逾期未回訪者。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="169"/>
        <source>Every VIP and preferred customer has had this month&apos;s visit. Record visits with Records → Record visit on the customer&apos;s file.</source>
        <translation>所有 VIP 與優選客戶本月皆已回訪。回訪請在客戶檔案上以「記錄 → 記錄拜訪」登記。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="208"/>
        <source>Reading reviews and visits…</source>
        <translation>正在讀取評審與回訪…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="218"/>
        <source>Due now (%1)</source>
        <translation>到期待評審（%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="219"/>
        <source>Overdue — late (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="220"/>
        <source>VIP not downgraded (%1)</source>
        <translation>VIP 未降級（%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="221"/>
        <source>Visits overdue (%1)</source>
        <translation>回訪逾期（%1）</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="70"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="71"/>
        <source>Open problems</source>
        <translation>未解決問題</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/quality_dialog.py" line="72"/>
        <source>Score</source>
        <translation>評分</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../records_desk/ui/customers/search_bar.py" line="63"/>
        <source>&amp;Find:</source>
        <translation>搜尋(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/search_bar.py" line="65"/>
        <source>Name, contact, phone, e-mail or archive number (Ctrl+F)</source>
        <translation>名稱、聯絡人、電話、電子郵件或檔案編號（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/search_bar.py" line="67"/>
        <source>All departments</source>
        <translation>全部部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/search_bar.py" line="68"/>
        <source>All record types</source>
        <translation>全部資料類型</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/search_bar.py" line="71"/>
        <source>All grades</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/search_bar.py" line="74"/>
        <source>Include &amp;void</source>
        <translation>包括作廢(&amp;V)</translation>
    </message>
</context>
<context>
    <name>SpotCheckDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="75"/>
        <source>Weekly spot check</source>
        <translation>每週抽查</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="89"/>
        <source>as set</source>
        <translation>依設定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="90"/>
        <source>&amp;Draw the sample</source>
        <translation>抽取樣本(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="99"/>
        <source>Week of:</source>
        <translation>週次（任一天）：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="100"/>
        <source>Sample size:</source>
        <translation>樣本數：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="106"/>
        <source>Drawn weeks:</source>
        <translation>已抽查的週次：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="117"/>
        <source>Pick a week and draw its sample: the files entered that week, drawn at random, are listed here to compare with their paper; mark each passed or failed.</source>
        <translation>選擇週次並抽取樣本：該週錄入的檔案隨機抽出後列於此處，請與紙本核對，逐筆標記通過或未通過。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="125"/>
        <source>What is wrong (needed for a failure)</source>
        <translation>錯在哪裡（未通過時必填）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="126"/>
        <source>&amp;Passed</source>
        <translation>通過(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="129"/>
        <source>&amp;Failed</source>
        <translation>未通過(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="133"/>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="214"/>
        <source>Week %1 to %2: %3 of %4 entries drawn by %5 — %6 passed, %7 failed, %8 to check.</source>
        <translation>%1 至 %2 這一週：%5 從 %4 筆錄入中抽取 %3 筆 — %6 筆通過，%7 筆未通過，%8 筆待檢查。</translation>
    </message>
</context>
<context>
    <name>SpotCheckModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="45"/>
        <source>Not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="46"/>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="47"/>
        <source>Failed</source>
        <translation>未通過</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="50"/>
        <source>Archive number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="51"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="52"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="53"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="54"/>
        <source>Marked by</source>
        <translation>評定人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="55"/>
        <source>Marked at</source>
        <translation>評定時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="56"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="193"/>
        <source>1. Basic facts</source>
        <translation>一、基本情況</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="194"/>
        <source>2. Business operations</source>
        <translation>二、經營狀況</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="195"/>
        <source>3. Staff</source>
        <translation>三、人力資源情況</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="196"/>
        <source>4. Organisation</source>
        <translation>四、組織架構</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="197"/>
        <source>5. Where our products go after purchase</source>
        <translation>五、購買本公司產品後的流向</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="200"/>
        <source>6. How past contracts with us were carried out</source>
        <translation>六、以往與本公司簽訂合同的執行情況</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="203"/>
        <source>7. Where they bought before buying from us</source>
        <translation>七、購買本公司產品前的採購途徑</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="215"/>
        <source>Legal representative</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="216"/>
        <source>Customer type</source>
        <translation>客戶類別</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="217"/>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/customers/terms.py" line="218"/>
        <source>Registered capital (NT$)</source>
        <translation>資本額（新臺幣元）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/survey_dialog.py" line="81"/>
        <source>Record survey (Annex 4)</source>
        <translation>記錄情況調查（附件4 銷售客戶情況調查表）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/survey_dialog.py" line="82"/>
        <source>Survey &amp;date:</source>
        <translation>調查日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/survey_dialog.py" line="84"/>
        <source>&amp;Legal representative:</source>
        <translation>負責人(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/survey_dialog.py" line="85"/>
        <source>Customer &amp;type:</source>
        <translation>客戶類別(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/survey_dialog.py" line="86"/>
        <source>&amp;Established:</source>
        <translation>成立日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/survey_dialog.py" line="87"/>
        <source>Registered &amp;capital (NT$):</source>
        <translation>資本額（新臺幣元）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/survey_dialog.py" line="93"/>
        <source>Surveyor&apos;s &amp;assessment:</source>
        <translation>調查人評估意見(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/survey_dialog.py" line="133"/>
        <source>Survey recorded.</source>
        <translation>情況調查已記錄。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../records_desk/ui/customers/visit_dialog.py" line="52"/>
        <source>Record visit (Annex 5)</source>
        <translation>記錄拜訪（附件5 銷售客戶拜訪總結報告）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/visit_dialog.py" line="53"/>
        <source>Visit &amp;date:</source>
        <translation>拜訪日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/visit_dialog.py" line="54"/>
        <source>&amp;Summary:</source>
        <translation>拜訪摘要(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/visit_dialog.py" line="55"/>
        <source>Who was met and what was talked about</source>
        <translation>拜訪了誰、談了哪些事</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/visit_dialog.py" line="57"/>
        <source>Latest &amp;needs:</source>
        <translation>客戶最新需求(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/visit_dialog.py" line="58"/>
        <source>&amp;Opinions:</source>
        <translation>客戶意見(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/visit_dialog.py" line="59"/>
        <source>Su&amp;ggestions:</source>
        <translation>客戶建議(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/visit_dialog.py" line="68"/>
        <source>Please write a summary of the visit.</source>
        <translation>請填寫拜訪摘要。</translation>
    </message>
</context>
<context>
    <name>VisitModel</name>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="115"/>
        <source>Archive number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="116"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="117"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="118"/>
        <source>Grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="119"/>
        <source>Visit due on</source>
        <translation>應回訪日</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/customers/reviews_dialog.py" line="120"/>
        <source>Days overdue</source>
        <translation>逾期天數</translation>
    </message>
</context>
</TS>
