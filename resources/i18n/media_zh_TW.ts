<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../records_desk/ui/media/feature.py" line="81"/>
        <source>&amp;Register a medium…</source>
        <translation>登記介質(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/feature.py" line="82"/>
        <source>Number a new USB stick, disk, disc, tape or card and put it on record</source>
        <translation>為新的U盤、硬盤、光盤、磁帶或存儲卡編號並登記在冊</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/feature.py" line="90"/>
        <source>&amp;Stocktake…</source>
        <translation>盤點(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/feature.py" line="91"/>
        <source>Scan the media in the cupboards: what is missing, unexpected, twice</source>
        <translation>掃描櫃中的介質：缺少的、不應在此的、重複掃描的</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/feature.py" line="99"/>
        <source>Show media &amp;due for stocktake</source>
        <translation>顯示待盤點的介質(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/feature.py" line="100"/>
        <source>Media never counted, or not in the last 12 months</source>
        <translation>從未盤點或近 12 個月未盤點的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/feature.py" line="106"/>
        <source>Media setti&amp;ngs…</source>
        <translation>介質設定(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/feature.py" line="107"/>
        <source>The repair units the IT office names; backup disc categories</source>
        <translation>信息科指定的維修單位；備份光盤的類別</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/exchange_actions.py" line="87"/>
        <source>&amp;Import media list…</source>
        <translation>匯入介質清單(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/exchange_actions.py" line="88"/>
        <source>Register the media of an existing Excel list: all rows, or none</source>
        <translation>登記現有 Excel 清單中的介質：全部列一次寫入，或完全不寫入</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/exchange_actions.py" line="95"/>
        <source>E&amp;xport inventory…</source>
        <translation>匯出介質清冊(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/exchange_actions.py" line="96"/>
        <source>Write the media the list shows to an Excel file</source>
        <translation>將清單所顯示的介質寫入 Excel 檔</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="38"/>
        <source>medium %1: %2 (%3 -&gt; %4)</source>
        <translation>介質 %1：%2（%3 → %4）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="42"/>
        <source>medium %1: %2</source>
        <translation>介質 %1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="44"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="47"/>
        <source>medium %1 registered (classified)</source>
        <translation>登記介質 %1（涉密）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="48"/>
        <source>medium %1 registered</source>
        <translation>登記介質 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="51"/>
        <source>medium %1 filed as a backup: %2</source>
        <translation>介質 %1 歸檔為備份：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="53"/>
        <source>media stocktake %1 opened: %2 expected</source>
        <translation>開始介質盤點 %1：應有 %2 件</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="57"/>
        <source>media stocktake %1 closed: %2 expected, %3 found, %4 missing, %5 unexpected, %6 scanned twice</source>
        <translation>結束介質盤點 %1：應有 %2 件，找到 %3 件，缺少 %4 件，意外 %5 件，重複掃描 %6 次</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="64"/>
        <source>imported %1 media from %2</source>
        <translation>由 %2 匯入 %1 件介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="65"/>
        <source>exported %1 media to %2</source>
        <translation>匯出 %1 件介質至 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="67"/>
        <source>filled %1 sample media with %2 events (seed %3)</source>
        <translation>加入 %1 件示範介質及 %2 筆事件（種子 %3）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="71"/>
        <source>office settings changed: media repair units %1</source>
        <translation>辦公室設定變更：介質維修單位 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/audit_summary.py" line="75"/>
        <source>office settings changed: backup categories %1</source>
        <translation>辦公室設定變更：備份類別 %1</translation>
    </message>
</context>
<context>
    <name>BackupDiscAction</name>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="199"/>
        <source>Fil&amp;e as backup disc…</source>
        <translation>登記為備份光盤(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="208"/>
        <source>file this optical disc under a backup category</source>
        <translation>將此光盤歸入一個備份類別</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="213"/>
        <source>select an optical disc in the list first.</source>
        <translation>請先在清單中選擇一張光盤。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="219"/>
        <source>%1 %2 is a %3.</source>
        <translation>%1%2 是%3。</translation>
    </message>
</context>
<context>
    <name>BackupDiscDialog</name>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="103"/>
        <source>The office lists no backup category yet, so no disc can be filed. Add the categories in Media settings:</source>
        <translation>公司尚未設定任何備份類別，因此無法登記備份光盤。請在「介質設定」中新增類別：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="107"/>
        <source>The office lists no backup category yet, so no disc can be filed. The general manager or the customer director adds them (Media menu, Media settings).</source>
        <translation>公司尚未設定任何備份類別，因此無法登記備份光盤。類別由總經理或客戶總監新增（移動存儲介質選單 ▸ 介質設定）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="129"/>
        <source>File as backup disc</source>
        <translation>登記為備份光盤</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="143"/>
        <source>A disc holding a backup is filed under one of the office&apos;s categories, with what it holds. It is filed under “%1” now; filing it again replaces that.</source>
        <translation>存有備份數據的光盤須歸入公司設定的類別並註明內容。此光盤目前歸入「%1」；重新登記會取代原有類別及內容。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="149"/>
        <source>A disc holding a backup is filed under one of the office&apos;s categories, with what it holds, so it can be found in its place.</source>
        <translation>存有備份數據的光盤須登記編號、歸入公司設定的類別並註明內容，以便分類存放、隨時找到。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="153"/>
        <source>&amp;Category:</source>
        <translation>類別(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="154"/>
        <source>&amp;What it holds:</source>
        <translation>備份內容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="155"/>
        <source>e.g. finance ledgers 2025, full backup</source>
        <translation>例如：2025 年財務帳冊，完整備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="156"/>
        <source>&amp;Record</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/backup_disc_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <location filename="../../records_desk/cli/media.py" line="76"/>
        <source>the removable-media inventory</source>
        <translation>移動存儲介質登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="84"/>
        <source>number and register a medium</source>
        <translation>編號並登記介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="90"/>
        <source>classified</source>
        <translation>涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="100"/>
        <source>record preparation steps</source>
        <translation>登記啟用準備步驟</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="106"/>
        <source>the security label is on it</source>
        <translation>已貼上保密標識</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="116"/>
        <source>issue a ready medium</source>
        <translation>發放已完成準備的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="126"/>
        <source>what it will hold</source>
        <translation>將存放的內容</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="133"/>
        <source>take an issued medium back</source>
        <translation>收回已發放的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="139"/>
        <source>record a virus check</source>
        <translation>登記病毒查殺</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="148"/>
        <source>send to a listed repair unit</source>
        <translation>送往指定的維修單位</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="159"/>
        <source>back from repair</source>
        <translation>維修完成收回</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="168"/>
        <source>dispose of a medium</source>
        <translation>銷毀介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="176"/>
        <source>report a medium lost</source>
        <translation>介質報失</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="185"/>
        <source>make a medium classified</source>
        <translation>將介質定為涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="195"/>
        <source>file a backup disc</source>
        <translation>登記備份光盤</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="205"/>
        <source>the IT office&apos;s repair units</source>
        <translation>信息科指定的維修單位</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="49"/>
        <source>write the inventory (or the part the filters show) to Excel</source>
        <translation>將介質清冊（或篩選所示部分）寫入 Excel</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="55"/>
        <source>only media in this state</source>
        <translation>只含此狀態的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="63"/>
        <location filename="../../records_desk/cli/media_listing.py" line="45"/>
        <source>due for a stocktake</source>
        <translation>待盤點</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="71"/>
        <source>register the media of an Excel list, all of them or none</source>
        <translation>登記 Excel 清單中的介質，全部登記或全部不登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="80"/>
        <source>check only, write nothing</source>
        <translation>僅檢查，不寫入</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="86"/>
        <source>warnings stop the import too</source>
        <translation>有注意事項時也不匯入</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="92"/>
        <source>save every problem found (row, column, value, problem)</source>
        <translation>儲存發現的每個問題（列、欄、值、問題）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_listing.py" line="27"/>
        <source>a medium and its history</source>
        <translation>介質及其歷程</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_listing.py" line="36"/>
        <source>the inventory, by type and number</source>
        <translation>介質清冊，依類型及編號排列</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_print.py" line="47"/>
        <source>media_label: a label for each medium; media_slip: the slip of one medium&apos;s issue</source>
        <translation>media_label：每件介質一張標籤；media_slip：單件介質發放的介質借用單</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_print.py" line="55"/>
        <source>media_register: fill it from the inventory (--department D, --media-state S)</source>
        <translation>media_register：依介質清冊填寫（--department D、--media-state S）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_print.py" line="63"/>
        <source>media_register: one state&apos;s media</source>
        <translation>media_register：單一狀態的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_print.py" line="69"/>
        <source>media_stocktake: the report of this stocktake (default: the one closed last)</source>
        <translation>media_stocktake：此次盤點的報告（預設：最近完成的一次）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="21"/>
        <source>count the media in the cupboards</source>
        <translation>盤點櫃中的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="25"/>
        <source>open a stocktake</source>
        <translation>開始盤點</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="30"/>
        <source>scan numbers</source>
        <translation>掃描編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="37"/>
        <source>close it with its report</source>
        <translation>完成盤點並出具報告</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_demo.py" line="25"/>
        <source>also add N sample removable media with their history: prepared, issued with consent and returned, repaired, classified, disposed of or lost; some out today</source>
        <translation>另加入 N 件示範移動存儲介質及其歷程：已完成準備、經同意發放後歸還、維修、定為涉密、銷毀或報失；部分今日借出中</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="114"/>
        <source>1 medium</source>
        <translation>1 件介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="115"/>
        <source>%1 media</source>
        <translation>%1 件介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="116"/>
        <source>wrote %1: %2</source>
        <translation>已寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="126"/>
        <source>%1: no such file</source>
        <translation>%1：沒有這個檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="170"/>
        <source>… and %1 more problems</source>
        <translation>…… 另有 %1 個問題未列出</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="174"/>
        <source>1 row</source>
        <translation>共 1 列</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="174"/>
        <source>%1 rows</source>
        <translation>共 %1 列</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="176"/>
        <source>%1: %2 valid, %3 refused; nothing written (dry run)</source>
        <translation>%1：有效 %2 列，不能匯入 %3 列；僅檢查，未寫入（試執行）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="178"/>
        <source>%1: %2 valid, %3 refused, %4 written</source>
        <translation>%1：有效 %2 列，不能匯入 %3 列，已寫入 %4 列</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_exchange.py" line="182"/>
        <source>report saved to %1</source>
        <translation>報告已儲存至 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_demo.py" line="37"/>
        <source>%1 must be 0 or more</source>
        <translation>%1 必須是 0 或以上</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_print.py" line="98"/>
        <source>%1 is of one medium: %2</source>
        <translation>%1 只能列印一個介質：%2</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="195"/>
        <source>&amp;Choose file…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="197"/>
        <source>Save &amp;error report…</source>
        <translation>儲存錯誤報告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="198"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../records_desk/ui/media/feature.py" line="119"/>
        <source>&amp;Media</source>
        <translation>移動存儲介質(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MediaCommands</name>
    <message>
        <location filename="../../records_desk/cli/media.py" line="234"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="278"/>
        <source>say what was done: --label, --encryption or --virus-check</source>
        <translation>請說明完成了哪一步：--label、--encryption 或 --virus-check</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="351"/>
        <source>%1 filed as a backup under %2</source>
        <translation>%1 已作為備份歸入「%2」</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_listing.py" line="90"/>
        <location filename="../../records_desk/cli/media_listing.py" line="133"/>
        <source>classified</source>
        <translation>涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="45"/>
        <source>stocktake %1 open: %2 media expected</source>
        <translation>盤點 %1 已開始：應有 %2 件介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="55"/>
        <source>%1: %2 (expected %3, found %4, missing %5, unexpected %6, twice %7)</source>
        <translation>%1：%2（應有 %3，已找到 %4，缺少 %5，不應在此 %6，重複掃描 %7）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="81"/>
        <source>stocktake %1 closed: expected %2, found %3, missing %4, unexpected %5, twice %6</source>
        <translation>盤點 %1 已完成：應有 %2，已找到 %3，缺少 %4，不應在此 %5，重複掃描 %6</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="88"/>
        <source>missing:</source>
        <translation>缺少：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="89"/>
        <source>unexpected:</source>
        <translation>不應在此：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_stocktake.py" line="90"/>
        <source>scanned twice:</source>
        <translation>重複掃描：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_demo.py" line="41"/>
        <source>%1 / %2 media</source>
        <translation>%1 / %2 件介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media_demo.py" line="53"/>
        <source>added %1 media with %2 events in %3 s (%4 ready, %5 issued, %6 returned, %7 in repair, %8 new, %9 disposed, %10 lost; %11 classified, %12 backup discs)</source>
        <translation>已新增 %1 件介質、%2 筆事件，費時 %3 秒（可發放 %4 件、已借出 %5 件、已歸還 %6 件、維修中 %7 件、新登記 %8 件、已銷毀 %9 件、遺失 %10 件；涉密 %11 件、備份光碟 %12 張）</translation>
    </message>
</context>
<context>
    <name>MediaExchange</name>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="37"/>
        <source>number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="38"/>
        <source>type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="39"/>
        <source>brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="40"/>
        <source>model</source>
        <translation>型號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="41"/>
        <source>serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="42"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="43"/>
        <source>classification</source>
        <translation>密級</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="44"/>
        <source>department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="45"/>
        <source>custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="46"/>
        <source>location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="47"/>
        <source>state</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="48"/>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="56"/>
        <source>No header row in the first %2 rows of the sheet “%1” (it needs at least two column names such as %3)</source>
        <translation>工作表「%1」的前 %2 列中找不到標題列（至少需要兩個可辨識的欄名，例如 %3）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="79"/>
        <source>“%1” is not a type of medium (%2)</source>
        <translation>「%1」不是介質類型（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="81"/>
        <source>“%1” says neither %2 nor %3 (nor yes or no)</source>
        <translation>「%1」既非「%2」也非「%3」（亦非是／否）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="117"/>
        <source>A medium “%1” is not imported: it could be issued again; remove the row</source>
        <translation>狀態為「%1」的介質不匯入：否則可能再被發放；請刪除此列</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="66"/>
        <source>The list has no %1 column; every medium needs one</source>
        <translation>清單中沒有「%1」欄；每件介質都必須有</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="72"/>
        <source>The %1 is empty; every medium needs one</source>
        <translation>「%1」是空的；每件介質都必須填寫</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="87"/>
        <source>The %1 is longer than %2 characters</source>
        <translation>「%1」超過 %2 個字元</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="93"/>
        <source>%1 is not a number of a %2 (the type column says so)</source>
        <translation>%1 不是%2的編號（類型欄如此填寫）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="99"/>
        <source>“%1” is already on row %2: a %3 names one medium</source>
        <translation>「%1」已出現在第 %2 列：每個%3只對應一件介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="105"/>
        <source>%1 is on record already (a number is never given twice)</source>
        <translation>%1 已登記在案（編號永不重複使用）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="111"/>
        <source>Serial number %1 is on record already, as %2</source>
        <translation>序號 %1 已登記在案，編號為 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="126"/>
        <source>No account is named “%1”; the medium is imported without a custodian</source>
        <translation>沒有名為「%1」的帳號；此介質匯入後暫無保管人</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="134"/>
        <source>No medium on record belongs to “%1” yet; check the spelling</source>
        <translation>目前沒有屬於「%1」的介質；請確認部門名稱是否正確</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="141"/>
        <source>%1 cannot be imported; nothing was written</source>
        <translation>%1 無法匯入；未寫入任何資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="143"/>
        <source>%1 has rows with errors (%2); nothing was written</source>
        <translation>%1 有錯誤的列（%2）；未寫入任何資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="149"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>已取消匯入，未寫入任何資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/exchange.py" line="154"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>匯出已取消，沒有寫入任何檔案。</translation>
    </message>
</context>
<context>
    <name>MediaExport</name>
    <message>
        <location filename="../../records_desk/ui/media/exchange_actions.py" line="48"/>
        <source>Export the media inventory</source>
        <translation>匯出移動存儲介質清冊</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/exchange_actions.py" line="52"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/exchange_actions.py" line="63"/>
        <source>Exporting the media inventory…</source>
        <translation>正在匯出介質清冊…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/exchange_actions.py" line="71"/>
        <source>%1 media were exported to %2.</source>
        <translation>已將 %1 件介質匯出至 %2。</translation>
    </message>
</context>
<context>
    <name>MediaFilterBar</name>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="87"/>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="132"/>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="143"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="115"/>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="116"/>
        <source>Number or serial number (or scan a label)</source>
        <translation>編號或序列號（或掃描標籤）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="117"/>
        <source>S&amp;tate:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="118"/>
        <source>T&amp;ype:</source>
        <translation>類型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="119"/>
        <source>Class&amp;ification:</source>
        <translation>密級(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="120"/>
        <source>De&amp;partment:</source>
        <translation>部門(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="121"/>
        <source>D&amp;ue for stocktake</source>
        <translation>待盤點(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="122"/>
        <source>Media never counted, or not in the last 12 months</source>
        <translation>從未盤點或近 12 個月未盤點的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="134"/>
        <source>issued, overdue</source>
        <translation>已借出，逾期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="137"/>
        <source>Issued media not back by their due day</source>
        <translation>已借出、過了歸還日仍未歸還的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="144"/>
        <source>Bac&amp;kup:</source>
        <translation>備份(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="145"/>
        <source>All media</source>
        <translation>全部介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="146"/>
        <source>any backup disc</source>
        <translation>所有備份光盤</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/filter_bar.py" line="148"/>
        <source>Optical discs filed as backups: all of them, or those of one category</source>
        <translation>登記為備份的光盤：全部，或某一類別</translation>
    </message>
</context>
<context>
    <name>MediaImportDialog</name>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="191"/>
        <source>Import a media list from Excel</source>
        <translation>從 Excel 匯入介質清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="192"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="193"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="209"/>
        <source>Choose the Excel list of media to import.</source>
        <translation>請選擇要匯入的 Excel 介質清單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="196"/>
        <source>Show only rows with &amp;problems</source>
        <translation>只顯示有問題的列(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="73"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="210"/>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="350"/>
        <source>Choose the Excel file first.</source>
        <translation>請先選擇 Excel 檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="225"/>
        <source>Wait until every row is checked.</source>
        <translation>請等待每一列檢查完畢。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="236"/>
        <source>Checking every row…</source>
        <translation>正在檢查每一列…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="250"/>
        <source>Checking was cancelled; nothing was imported.</source>
        <translation>已取消檢查，未匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="251"/>
        <source>Checking was cancelled: choose the file again.</source>
        <translation>檢查已取消：請重新選擇檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="257"/>
        <source>%1 rows read: %2 can be imported, %3 refused, %4 with a warning.</source>
        <translation>共讀取 %1 列：%2 列可匯入，%3 列不能匯入，%4 列有注意事項。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="264"/>
        <source>Correct the file as said above and choose it again, or choose another file.</source>
        <translation>請依上述說明修正檔案後重新選擇，或選擇另一個檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="266"/>
        <source>The file cannot be imported as it is: see the message above.</source>
        <translation>此檔案目前無法匯入：請見上方說明。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="270"/>
        <source>The sheet has no row to import: choose another sheet or file.</source>
        <translation>此工作表沒有可匯入的列：請選擇另一個工作表或檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="273"/>
        <source>Nothing is written until you press Import.</source>
        <translation>按下「匯入」前不會寫入任何資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="277"/>
        <source>Fix the refused rows in the file and check it again; nothing can be imported while any row is wrong.</source>
        <translation>請在檔案中修正不能匯入的列後重新檢查；只要有任何一列錯誤，就不能匯入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="279"/>
        <source>Fix the refused rows in the file and check it again.</source>
        <translation>請在檔案中修正不能匯入的列，再重新檢查。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="271"/>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="275"/>
        <source>The sheet has no row to import.</source>
        <translation>此工作表沒有可匯入的列。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="281"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="286"/>
        <source>Every row is in order: there is no problem to report.</source>
        <translation>每一列都沒有問題：沒有可報告的錯誤。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="319"/>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="325"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="335"/>
        <source>1 medium was imported; it is registered and waits for its preparation.</source>
        <translation>已匯入 1 件介質；已登記，待完成發放前準備。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="337"/>
        <source>%1 media were imported; they are registered and wait for their preparation.</source>
        <translation>已匯入 %1 件介質；已登記，待完成發放前準備。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="343"/>
        <source>This list is imported; choose another file.</source>
        <translation>此清單已匯入；請選擇另一個檔案。</translation>
    </message>
</context>
<context>
    <name>MediaMessages</name>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="18"/>
        <source>“%1” is not a medium number (it looks like USB-0007).</source>
        <translation>「%1」不是介質編號（格式如 USB-0007）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="24"/>
        <source>“%1” is not a type of medium: usb, hdd, optical, tape, card or floppy.</source>
        <translation>「%1」不是介質類型：應為 usb（U盤）、hdd（硬盤）、optical（光盤）、tape（磁帶）、card（存儲卡）或 floppy（軟盤）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="33"/>
        <source>There is no medium numbered %1.</source>
        <translation>沒有編號為 %1 的介質。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="53"/>
        <source>%1 is %2, which is final: “%3” is no longer possible.</source>
        <translation>%1 為「%2」，已是最終狀態：不能再「%3」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="56"/>
        <source>%1 is %2: it still needs %3 before it is issued.</source>
        <translation>%1 為「%2」：借出前還須登記%3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="59"/>
        <source>%1 is %2: it needs %3 before it is issued again.</source>
        <translation>%1 為「%2」：再次借出前須先登記%3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="62"/>
        <source>%1 is %2: only a medium ready to issue is sent for repair (it still needs %3).</source>
        <translation>%1 為「%2」：只有可發放的介質才能送修（還須登記%3）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="177"/>
        <source>%1 is issued to %2: “%3” is possible once it is returned.</source>
        <translation>%1 已借給 %2：歸還後才能「%3」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="181"/>
        <source>%1 is issued: “%3” is possible once it is returned.</source>
        <translation>%1 已借出：歸還後才能「%3」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="183"/>
        <source>%1 is in repair at %2: “%3” is possible once it is back.</source>
        <translation>%1 正在「%2」維修：取回後才能「%3」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="70"/>
        <source>%1 is not issued (it is %2): there is no return to record.</source>
        <translation>%1 並未借出（目前為「%2」）：無歸還可登記。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="38"/>
        <source>Medium %1 was changed at another desk after it was shown here; nothing was recorded. Reload it and try again.</source>
        <translation>介質 %1 在此處顯示後已於另一台電腦上變更，本次未作任何記錄。請重新載入後再試。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="75"/>
        <source>%1 is not in repair (it is %2): it cannot come back from repair.</source>
        <translation>%1 並未送修（目前為「%2」）：無從修復取回。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="79"/>
        <source>%1 is already classified, and stays classified for ever.</source>
        <translation>%1 已定為涉密，且永遠是涉密介質。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="87"/>
        <source>Name the encryption software installed on the medium.</source>
        <translation>請填寫介質上安裝的加密軟件名稱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="90"/>
        <source>Give the version of the encryption software %1.</source>
        <translation>請填寫加密軟件 %1 的版本。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="93"/>
        <source>Name the tool the virus check was made with.</source>
        <translation>請填寫查殺病毒所用的工具。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="94"/>
        <source>“%1” is not a virus check: give the tool, the date of its signatures and the result, e.g. ClamAV 2026-11-30 clean.</source>
        <translation>「%1」不是病毒查殺記錄：請依序填寫工具、病毒庫日期及結果，例如 ClamAV 2026-11-30 clean。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="99"/>
        <source>“%1” is not the result of a virus check: clean or infected.</source>
        <translation>「%1」不是病毒查殺結果：應為 clean（無毒）或 infected（有毒）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="102"/>
        <source>The virus signatures cannot be dated %1, after the check.</source>
        <translation>病毒庫日期不能是 %1，晚於查殺之日。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="105"/>
        <source>Name the account the medium is issued to.</source>
        <translation>請填寫借用人的帳號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="106"/>
        <source>Name the approver who consents to the loan for the department.</source>
        <translation>請填寫代表部門同意借用的審批人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="109"/>
        <source>%1 cannot approve their own loan: the department&apos;s consent comes from someone else.</source>
        <translation>%1 不能審批自己的借用：部門的同意須由他人作出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="113"/>
        <source>The due date %1 has already passed.</source>
        <translation>歸還期限 %1 已過。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="114"/>
        <source>“%1” is not a repair unit named by the IT office; media are repaired only there.</source>
        <translation>「%1」不是信息科指定的維修單位；介質只能在指定單位維修。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="118"/>
        <source>Back up the medium&apos;s data before it is sent for repair.</source>
        <translation>送修前須先備份介質內的數據。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="121"/>
        <source>Wipe the medium&apos;s data before it is sent for repair.</source>
        <translation>送修前須刪除介質內的數據。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="124"/>
        <source>The date %1 is still to come.</source>
        <translation>日期 %1 尚未到來。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="125"/>
        <source>It cannot be back from repair on %1, before it was sent.</source>
        <translation>取回日期 %1 早於送修日期。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="128"/>
        <source>“%1” is not a way of disposing of a medium: degauss+shred or wipe+destroy.</source>
        <translation>「%1」不是介質的銷毀方式：應為 degauss+shred（消磁並粉碎）或 wipe+destroy（清除數據並銷毀）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="132"/>
        <source>A medium is never sold as scrap: it is degaussed and shredded, or wiped and destroyed.</source>
        <translation>介質嚴禁作為廢品出售：須消磁並粉碎，或清除數據並銷毀。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="137"/>
        <source>A classified medium is degaussed and shredded, not only wiped.</source>
        <translation>涉密介質須消磁並粉碎，不能僅清除數據。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="140"/>
        <source>A classified medium is degaussed and shredded at the security office.</source>
        <translation>涉密介質須在保密部門消磁並粉碎。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="143"/>
        <source>Name the witness of the disposal.</source>
        <translation>請填寫銷毀的監銷人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="144"/>
        <source>%1 records the disposal and cannot also be its witness.</source>
        <translation>%1 是銷毀的登記人，不能同時擔任監銷人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="147"/>
        <source>Give the number of the classified medium&apos;s destruction certificate.</source>
        <translation>請填寫涉密介質銷毀證明的編號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="150"/>
        <source>Name who reported the medium lost.</source>
        <translation>請填寫報失人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="151"/>
        <source>Say how the medium was lost.</source>
        <translation>請說明遺失經過。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="160"/>
        <source>Only an optical disc is filed as a backup disc.</source>
        <translation>只有光盤才能登記為備份光盤。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="163"/>
        <source>File the backup disc under a category.</source>
        <translation>請選擇備份光盤的類別。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="164"/>
        <source>“%1” is not one of the backup categories the office&apos;s settings list.</source>
        <translation>「%1」不在辦公室設定所列的備份類別中。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="168"/>
        <source>Say what the backup disc holds.</source>
        <translation>請說明備份光盤的內容。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="187"/>
        <source>%1 is in repair: “%3” is possible once it is back.</source>
        <translation>%1 正在維修：取回後才能「%3」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/media/errors.py" line="51"/>
        <source>A stocktake opened by %1 at %2 is still open; close it first.</source>
        <translation>%1 於 %2 開始的盤點尚未完成，請先完成它。</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/media/errors.py" line="59"/>
        <source>No stocktake is open; start one first.</source>
        <translation>目前沒有進行中的盤點，請先開始盤點。</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/media/errors.py" line="64"/>
        <source>Name the department that owns the medium.</source>
        <translation>請填寫介質所屬部門。</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/media/errors.py" line="80"/>
        <source>%1 was never issued: it has no sign-out slip.</source>
        <translation>%1 從未借出，沒有介質借用單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/media/form_errors.py" line="62"/>
        <source>%1 is %2, not disposed of: it has no disposal record.</source>
        <translation>%1 為「%2」，尚未銷毀：沒有報廢（銷毀）記錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/media/form_errors.py" line="68"/>
        <source>%1 (%2) was never sent for repair: it has no repair hand-over record.</source>
        <translation>%1（%2）從未送修：沒有維修交接單。</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/media/form_errors.py" line="77"/>
        <source>No stocktake has been closed yet: there is no report.</source>
        <translation>尚無已結束的盤點：沒有盤點報告。</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/media/form_errors.py" line="79"/>
        <source>Stocktake %1 is still open: close it for its report.</source>
        <translation>盤點 %1 尚未結束：結束後才有盤點報告。</translation>
    </message>
    <message>
        <location filename="../../records_desk/services/media/form_errors.py" line="81"/>
        <source>There is no stocktake %1.</source>
        <translation>沒有盤點 %1。</translation>
    </message>
</context>
<context>
    <name>MediaPreviewModel</name>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="95"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="96"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="98"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="98"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="115"/>
        <source>Refused</source>
        <translation>不能匯入</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="116"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="116"/>
        <source>OK</source>
        <translation>正確</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="121"/>
        <source>(new)</source>
        <translation>（新編號）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="131"/>
        <source>classified</source>
        <translation>涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/import_dialog.py" line="131"/>
        <source>unclassified</source>
        <translation>非涉密</translation>
    </message>
</context>
<context>
    <name>MediaPrintButton</name>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="116"/>
        <source>Pri&amp;nt</source>
        <translation>列印(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="117"/>
        <source>Save a form of the selected media, the list or a stocktake</source>
        <translation>將所選介質、清單或盤點的表單存為 PDF</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="119"/>
        <source>&amp;Labels of the selected media…</source>
        <translation>所選介質的標籤(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="120"/>
        <source>&amp;Sign-out slip of the selected medium…</source>
        <translation>所選介質的介質借用單(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="121"/>
        <source>&amp;Register of the media listed…</source>
        <translation>所列介質的登記表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="122"/>
        <source>&amp;Disposal record of the selected media…</source>
        <translation>所選介質的報廢（銷毀）記錄(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="123"/>
        <source>Re&amp;pair hand-over record of the selected medium…</source>
        <translation>所選介質的維修交接單(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="124"/>
        <source>S&amp;tocktake report of the last stocktake…</source>
        <translation>最近一次盤點的盤點報告(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="145"/>
        <source>Select one or more media in the list first.</source>
        <translation>請先在清單中選取一件或多件介質。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="146"/>
        <source>Select one medium in the list first.</source>
        <translation>請先在清單中選取一件介質。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/print_menu.py" line="150"/>
        <source>No medium is listed: nothing to print.</source>
        <translation>清單中沒有介質，無可列印。</translation>
    </message>
</context>
<context>
    <name>MediaScreen</name>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="188"/>
        <source>&amp;Register…</source>
        <translation>登記(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="189"/>
        <source>&amp;Prepare…</source>
        <translation>啟用準備(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="190"/>
        <source>&amp;Issue…</source>
        <translation>借出(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="191"/>
        <source>Take &amp;back…</source>
        <translation>收回(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="192"/>
        <source>&amp;Virus check…</source>
        <translation>查殺病毒(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="193"/>
        <source>&amp;Send for repair…</source>
        <translation>送修(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="194"/>
        <source>Back &amp;from repair…</source>
        <translation>修復取回(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="195"/>
        <source>&amp;Dispose of…</source>
        <translation>銷毀(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="196"/>
        <source>Report &amp;lost…</source>
        <translation>報失(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="197"/>
        <source>&amp;Classify…</source>
        <translation>定為涉密(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="198"/>
        <source>S&amp;tocktake…</source>
        <translation>盤點(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="199"/>
        <source>Find</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="301"/>
        <source>%1 media</source>
        <translation>%1 件介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="309"/>
        <source>No medium matches. The search looks in numbers and serial numbers; check the filters above, or set them back to All.</source>
        <translation>沒有符合的介質。搜尋範圍為編號及序列號；請檢查上方的篩選條件，或改回「全部」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="313"/>
        <source>No medium is registered yet. Register one with Register… (Ctrl+M): it gets its number, then record its label, encryption and virus check with Prepare….</source>
        <translation>尚未登記任何介質。請以「登記…」（Ctrl+M）登記：登記後取得編號，再以「啟用準備…」登記保密標識、加密軟件及病毒查殺。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen.py" line="354"/>
        <source>%1: select a medium in the list first.</source>
        <translation>%1：請先在清單中選取介質。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/screen_dialogs.py" line="62"/>
        <source>Only the archivist, the general manager, the customer director — or the deputy archivist on the days named — register media and count them.</source>
        <translation>只有檔案管理員、總經理、客戶總監，或在指定日期內的代管檔案管理員，可以登記及盤點介質。</translation>
    </message>
</context>
<context>
    <name>MediaSettingsDialog</name>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="75"/>
        <source>Repair units the IT office names</source>
        <translation>信息科指定的維修單位</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="76"/>
        <source>New repair &amp;unit:</source>
        <translation>新維修單位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="78"/>
        <source>A medium is sent for repair only to a unit on this list; with none listed, nothing can be sent.</source>
        <translation>介質只能送往此清單上的單位維修；清單為空時，任何介質都不能送修。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="85"/>
        <source>Backup disc categories</source>
        <translation>備份光盤類別</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="86"/>
        <source>New backup &amp;category:</source>
        <translation>新備份類別(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="88"/>
        <source>Optical discs holding a backup are filed under one of these. Discs already filed keep their category if it is renamed or removed.</source>
        <translation>存有備份的光盤須歸入其中一類。類別改名或移除後，已登記的光盤保留原類別。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="123"/>
        <source>Media settings</source>
        <translation>介質設定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="125"/>
        <source>The lists every desk uses for removable media. Add a name below a list; double-click a name to rename it.</source>
        <translation>所有電腦共用的移動存儲介質清單。在清單下方輸入名稱即可新增；按兩下名稱可改名。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="130"/>
        <source>The lists every desk uses for removable media. Only the general manager and the customer director change them.</source>
        <translation>所有電腦共用的移動存儲介質清單。僅總經理及客戶總監可變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="136"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="139"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../records_desk/ui/media/tab.py" line="21"/>
        <source>Removable media</source>
        <translation>移動存儲介質</translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="230"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="231"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="232"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="233"/>
        <source>Classification</source>
        <translation>密級</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="234"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="235"/>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="236"/>
        <source>Borrower</source>
        <translation>借閱人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="237"/>
        <source>Due back</source>
        <translation>歸還期限</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="238"/>
        <source>Last counted</source>
        <translation>上次盤點</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="298"/>
        <source>Overdue by 1 day: due back on %1</source>
        <translation>逾期 1 天：應於 %1 歸還</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="299"/>
        <source>Overdue by %2 days: due back on %1</source>
        <translation>逾期 %2 天：應於 %1 歸還</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="305"/>
        <source>Due for a stocktake: never counted</source>
        <translation>待盤點：從未盤點</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="306"/>
        <source>Due for a stocktake: not counted in the last 12 months</source>
        <translation>待盤點：近 12 個月未盤點</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="308"/>
        <source>%1, filed as a backup disc under “%2”</source>
        <translation>%1，已登記為備份光盤，類別「%2」</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="324"/>
        <source>backup: %1</source>
        <translation>備份：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="328"/>
        <source>issued, overdue</source>
        <translation>已借出，逾期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/media_model.py" line="341"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
</context>
<context>
    <name>MediaTerms</name>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="23"/>
        <source>USB stick</source>
        <translation>U盤</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="24"/>
        <source>portable hard disk</source>
        <translation>移動硬盤</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="25"/>
        <source>optical disc</source>
        <translation>光盤</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="26"/>
        <source>tape</source>
        <translation>磁帶</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="27"/>
        <source>memory card</source>
        <translation>存儲卡</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="28"/>
        <source>floppy disk</source>
        <translation>軟盤</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="35"/>
        <source>classified</source>
        <translation>涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="36"/>
        <source>unclassified</source>
        <translation>非涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="43"/>
        <source>registered, not prepared</source>
        <translation>已登記，未完成啟用準備</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="44"/>
        <source>ready to issue</source>
        <translation>可發放</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="45"/>
        <source>issued to a borrower</source>
        <translation>已借出</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="46"/>
        <source>returned, awaiting a check</source>
        <translation>已歸還，待查殺病毒</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="47"/>
        <source>in repair</source>
        <translation>維修中</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="48"/>
        <source>disposed of</source>
        <translation>已銷毀</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="49"/>
        <source>reported lost</source>
        <translation>已報失</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="56"/>
        <source>Record the security label</source>
        <translation>登記保密標識</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="57"/>
        <source>Record the encryption software</source>
        <translation>登記加密軟件</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="58"/>
        <source>Record a virus check</source>
        <translation>登記病毒查殺</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="59"/>
        <source>Issue to a borrower</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="60"/>
        <source>Record the return</source>
        <translation>登記歸還</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="61"/>
        <source>Send for repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="62"/>
        <source>Record the return from repair</source>
        <translation>登記修復取回</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="63"/>
        <source>Dispose of</source>
        <translation>銷毀</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="64"/>
        <source>Report lost</source>
        <translation>報失</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="65"/>
        <source>Classify</source>
        <translation>定為涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="72"/>
        <source>the security label</source>
        <translation>保密標識</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="73"/>
        <source>the encryption software</source>
        <translation>加密軟件</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="74"/>
        <source>a clean virus check</source>
        <translation>結果無毒的病毒查殺</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="81"/>
        <source>degaussed and shredded</source>
        <translation>消磁並粉碎</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="82"/>
        <source>wiped and destroyed</source>
        <translation>清除數據並銷毀</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="89"/>
        <source>not a medium number</source>
        <translation>不是介質編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="90"/>
        <source>no medium has this number</source>
        <translation>無此編號的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="91"/>
        <source>recorded elsewhere</source>
        <translation>登記在別處</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="92"/>
        <source>recorded as issued</source>
        <translation>登記為已借出</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="93"/>
        <source>recorded as in repair</source>
        <translation>登記為維修中</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="94"/>
        <source>recorded as disposed of</source>
        <translation>登記為已銷毀</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="95"/>
        <source>recorded as lost</source>
        <translation>登記為已報失</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="106"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/terms.py" line="108"/>
        <source>%1 and %2</source>
        <translation>%1及%2</translation>
    </message>
</context>
<context>
    <name>MediumDetailPanel</name>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="82"/>
        <source>Select a medium in the list to see its facts and its history here.</source>
        <translation>在清單中選取介質，即可在此查看其資料及歷程。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="90"/>
        <source>Classified: stays classified for ever</source>
        <translation>涉密：永遠是涉密介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="95"/>
        <source>%1: nothing can issue it again.</source>
        <translation>%1：不能再借出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="106"/>
        <source>Medium %1</source>
        <translation>介質 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="109"/>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="110"/>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="111"/>
        <source>Classification:</source>
        <translation>密級：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="112"/>
        <source>Department:</source>
        <translation>部門：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="114"/>
        <source>Custodian:</source>
        <translation>保管人：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="115"/>
        <source>Location:</source>
        <translation>存放位置：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="116"/>
        <source>Brand and model:</source>
        <translation>品牌及型號：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="117"/>
        <source>Serial number:</source>
        <translation>序列號：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="118"/>
        <source>Capacity:</source>
        <translation>容量：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="119"/>
        <source>Borrower:</source>
        <translation>借閱人：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="120"/>
        <source>Consent by:</source>
        <translation>審批人：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="121"/>
        <source>Due back:</source>
        <translation>歸還期限：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="122"/>
        <source>Repair unit:</source>
        <translation>維修單位：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="123"/>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="130"/>
        <source>Backup category:</source>
        <translation>備份類別：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="124"/>
        <source>Content:</source>
        <translation>內容：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="130"/>
        <source>not filed as a backup</source>
        <translation>未登記為備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="132"/>
        <source>Registered:</source>
        <translation>登記：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="133"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="134"/>
        <source>Last counted:</source>
        <translation>上次盤點：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="138"/>
        <source>Preparation (needed before issuing)</source>
        <translation>啟用準備（借出前必須完成）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="142"/>
        <source>Security label:</source>
        <translation>保密標識：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="143"/>
        <source>on</source>
        <translation>已貼上</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="143"/>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="147"/>
        <source>not recorded</source>
        <translation>未登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="146"/>
        <source>Encryption:</source>
        <translation>加密軟件：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="150"/>
        <source>clean, %1</source>
        <translation>無毒，%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="152"/>
        <source>no clean check since it was last out or classified</source>
        <translation>上次借出或定密後尚無無毒的查殺記錄</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="153"/>
        <source>Virus check:</source>
        <translation>病毒查殺：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="157"/>
        <source>History (newest first)</source>
        <translation>歷程（最新在前）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="165"/>
        <source>Nothing recorded yet.</source>
        <translation>尚無記錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="179"/>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="184"/>
        <source>Registered and numbered</source>
        <translation>登記並編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="186"/>
        <source>Filed as a backup disc</source>
        <translation>登記為備份光盤</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="188"/>
        <source>Registered from an imported list</source>
        <translation>由匯入的清單登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="198"/>
        <source>Software</source>
        <translation>軟件</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="199"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="200"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="201"/>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="204"/>
        <source>Signatures of</source>
        <translation>病毒庫日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="202"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="203"/>
        <source>Check tool</source>
        <translation>查殺工具</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="205"/>
        <source>Check result</source>
        <translation>查殺結果</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="206"/>
        <source>Borrower</source>
        <translation>借閱人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="207"/>
        <source>Consent by</source>
        <translation>審批人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="208"/>
        <source>Due back</source>
        <translation>歸還期限</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="209"/>
        <source>Condition</source>
        <translation>狀況</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="210"/>
        <source>Repair unit</source>
        <translation>維修單位</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="211"/>
        <source>Backed up</source>
        <translation>已備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="212"/>
        <source>Wiped</source>
        <translation>已刪除數據</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="213"/>
        <source>Sent on</source>
        <translation>送修日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="214"/>
        <source>Back on</source>
        <translation>取回日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="215"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="216"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="217"/>
        <source>Witness</source>
        <translation>監銷人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="218"/>
        <source>Certificate no.</source>
        <translation>證明編號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="219"/>
        <source>At the security office</source>
        <translation>在保密部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="220"/>
        <source>Reported by</source>
        <translation>報失人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="221"/>
        <source>Circumstances</source>
        <translation>經過</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="222"/>
        <source>Serial number</source>
        <translation>序列號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="223"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="224"/>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="225"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="226"/>
        <source>From the list</source>
        <translation>來源清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="227"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="235"/>
        <source>clean</source>
        <translation>無毒</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/detail_panel.py" line="235"/>
        <source>infected</source>
        <translation>有毒</translation>
    </message>
</context>
<context>
    <name>RegisterMediumDialog</name>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="115"/>
        <source>Register a medium</source>
        <translation>登記介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="117"/>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="118"/>
        <source>&amp;Department:</source>
        <translation>部門(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="119"/>
        <source>Classification:</source>
        <translation>密級：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="120"/>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="121"/>
        <source>&amp;Model:</source>
        <translation>型號(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="122"/>
        <source>&amp;Serial number:</source>
        <translation>序列號(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="123"/>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="124"/>
        <source>&amp;Location:</source>
        <translation>存放位置(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="125"/>
        <source>C&amp;ustodian:</source>
        <translation>保管人(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="129"/>
        <source>Classif&amp;ied — stays classified for ever</source>
        <translation>涉密(&amp;I)——永遠是涉密介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="135"/>
        <source>The department that owns it</source>
        <translation>介質所屬部門</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="136"/>
        <source>e.g. 32 GB</source>
        <translation>例如 32 GB</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="137"/>
        <source>e.g. cupboard 2, shelf 3</source>
        <translation>例如 2 號櫃第 3 層</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="138"/>
        <source>(none yet)</source>
        <translation>（尚未指定）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="140"/>
        <source>&amp;Register</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="142"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/register_dialog.py" line="149"/>
        <source>It is numbered %1-… when registered. Before it can be issued it needs its security label, encryption software and a clean virus check (Prepare…).</source>
        <translation>登記後編號為 %1-…。借出前須先完成保密標識、加密軟件及無毒的病毒查殺（啟用準備…）。</translation>
    </message>
</context>
<context>
    <name>SettingsPointer</name>
    <message>
        <location filename="../../records_desk/ui/media/media_settings_dialog.py" line="206"/>
        <source>Media settin&amp;gs…</source>
        <translation>介質設定(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../records_desk/ui/media/step_fields.py" line="108"/>
        <source>Virus &amp;tool:</source>
        <translation>查殺工具(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_fields.py" line="109"/>
        <source>e.g. ClamAV 1.3</source>
        <translation>例如 ClamAV 1.3</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_fields.py" line="113"/>
        <source>Si&amp;gnatures dated:</source>
        <translation>病毒庫日期(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_fields.py" line="120"/>
        <source>Res&amp;ult:</source>
        <translation>結果(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="131"/>
        <source>The security &amp;label is on the medium</source>
        <translation>介質已貼上保密標識(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="136"/>
        <source>&amp;Encryption software:</source>
        <translation>加密軟件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="137"/>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="142"/>
        <source>&amp;Borrower:</source>
        <translation>借閱人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="144"/>
        <source>&amp;Consent by:</source>
        <translation>審批人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="146"/>
        <source>&amp;Due back:</source>
        <translation>歸還期限(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="152"/>
        <source>C&amp;ondition:</source>
        <translation>狀況(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="153"/>
        <source>e.g. intact</source>
        <translation>例如 完好</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="158"/>
        <source>Repair &amp;unit:</source>
        <translation>維修單位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="208"/>
        <source>A medium that once held classified data stays classified for ever. It needs a new label marked classified and a new virus check before it is issued again.</source>
        <translation>曾存放涉密數據的介質永遠是涉密介質。再次借出前須貼上新的涉密標識並重新查殺病毒。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="258"/>
        <source>Prepare</source>
        <translation>啟用準備</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="261"/>
        <source>A medium is ready to issue once its security label, its encryption software and a clean virus check are recorded. Tick what you record now.</source>
        <translation>登記保密標識、加密軟件及無毒的病毒查殺後，介質即可發放。請勾選此次登記的項目。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="164"/>
        <source>Data &amp;backed up</source>
        <translation>已備份數據(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="165"/>
        <source>Data &amp;wiped</source>
        <translation>已刪除數據(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="166"/>
        <source>&amp;Sent on:</source>
        <translation>送修日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="171"/>
        <source>Back &amp;on:</source>
        <translation>取回日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="180"/>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="181"/>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="199"/>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="182"/>
        <source>&amp;Witness:</source>
        <translation>監銷人(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="184"/>
        <source>&amp;Certificate no.:</source>
        <translation>證明編號(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="186"/>
        <source>At the &amp;security office</source>
        <translation>在保密部門(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="197"/>
        <source>Re&amp;ported by:</source>
        <translation>報失人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="200"/>
        <source>&amp;Circumstances:</source>
        <translation>經過(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="218"/>
        <source>The IT office has named no repair unit yet, and a medium is sent only to a unit on its list. Add the units it names in Media settings:</source>
        <translation>信息科尚未指定任何維修單位，而介質只能送往清單上的單位維修。請在「介質設定」中新增信息科指定的單位：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="222"/>
        <source>The IT office has named no repair unit yet, and a medium is sent only to a unit on its list. The general manager or the customer director adds them (Media menu, Media settings).</source>
        <translation>信息科尚未指定任何維修單位，而介質只能送往清單上的單位維修。維修單位由總經理或客戶總監新增（移動存儲介質選單 ▸ 介質設定）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="287"/>
        <source>clean</source>
        <translation>無毒</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="288"/>
        <source>infected</source>
        <translation>有毒</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="293"/>
        <source>&amp;Note for the record:</source>
        <translation>記錄備註(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="295"/>
        <source>&amp;Record</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="296"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="316"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="323"/>
        <source>Choose someone from the list.</source>
        <translation>請從清單中選擇一位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/step_dialog.py" line="336"/>
        <source>Tick at least one step to record.</source>
        <translation>請至少勾選一項要登記的步驟。</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="182"/>
        <source>Media stocktake</source>
        <translation>介質盤點</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="183"/>
        <source>Count which media</source>
        <translation>盤點範圍</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="184"/>
        <source>&amp;All media in the cupboards</source>
        <translation>櫃中所有介質(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="185"/>
        <source>One &amp;department&apos;s:</source>
        <translation>單一部門(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="186"/>
        <source>One &amp;location&apos;s:</source>
        <translation>單一存放位置(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="187"/>
        <source>&amp;Start the stocktake</source>
        <translation>開始盤點(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="190"/>
        <source>The media expected are those in the cupboards: not issued, in repair, disposed of or lost. Then scan every medium you find; the counts follow each scan.</source>
        <translation>應有的介質是櫃中的介質：不含已借出、維修中、已銷毀或已報失的。然後逐一掃描找到的介質，每次掃描後計數隨即更新。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="196"/>
        <source>S&amp;can:</source>
        <translation>掃描(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="196"/>
        <source>Scan a medium&apos;s label, or type its number and Enter</source>
        <translation>掃描介質標籤，或輸入編號後按 Enter</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="199"/>
        <source>expected</source>
        <translation>應有</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="200"/>
        <source>found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="201"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="202"/>
        <source>unexpected</source>
        <translation>不應在此</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="203"/>
        <source>scanned twice</source>
        <translation>重複掃描</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="207"/>
        <source>&amp;Missing:</source>
        <translation>缺少(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="207"/>
        <source>&amp;Unexpected:</source>
        <translation>不應在此(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="207"/>
        <source>Scanned t&amp;wice:</source>
        <translation>重複掃描(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="210"/>
        <source>Cl&amp;ose the stocktake and report</source>
        <translation>完成盤點並出具報告(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="211"/>
        <source>&amp;Print the report…</source>
        <translation>列印盤點報告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="244"/>
        <source>%1 found.</source>
        <translation>已找到 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="248"/>
        <source>%1 was already scanned.</source>
        <translation>%1 已掃描過。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="257"/>
        <source>%1 is unexpected: %2</source>
        <translation>%1 不應在此：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="285"/>
        <source>not expected here</source>
        <translation>不在此次盤點範圍</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="319"/>
        <source>Co&amp;ntinue later</source>
        <translation>稍後繼續(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="321"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="321"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="324"/>
        <source>The stocktake stays open: Stocktake… goes on with it.</source>
        <translation>盤點保持進行中：再按「盤點…」即可繼續。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="332"/>
        <source>all media</source>
        <translation>所有介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="334"/>
        <source>Stocktake of %1, opened %2 by %3. Scan every medium you find.</source>
        <translation>%1的盤點，由 %3 於 %2 開始。請掃描找到的每件介質。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/stocktake_dialog.py" line="336"/>
        <source>Stocktake of %1 (opened %2 by %3) is closed. Its report:</source>
        <translation>%1的盤點（由 %3 於 %2 開始）已完成。報告如下：</translation>
    </message>
</context>
</TS>
