<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../records_desk/ui/backup/feature.py" line="18" />
            <source>Extract &amp;requests…</source>
            <translation>提取申請(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/feature.py" line="19" />
            <source>Ask for an extract of customer data, or approve or refuse one</source>
            <translation>申請提取客戶資料，或批准、駁回申請</translation>
        </message>
    </context>
    <context>
        <name>BackupCommands</name>
        <message>
            <location filename="../../records_desk/cli/backup.py" line="95" />
            <source>backup made: %1 (%2 rows, operation log at entry %3)</source>
            <translation>已備份：%1（%2 列，操作日誌至第 %3 筆）</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup.py" line="98" />
            <source>off-site copy: %1</source>
            <translation>異地副本：%1</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup.py" line="100" />
            <source>warning: no off-site copy was made (%1)</source>
            <translation>警告：未製作異地副本（%1）</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup.py" line="124" />
            <source>good</source>
            <translation>完好</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup.py" line="137" />
            <source>backup %1 is good: %2 rows, operation log at entry %3</source>
            <translation>備份 %1 完好：%2 列，操作日誌至第 %3 筆</translation>
        </message>
    </context>
    <context>
        <name>BackupMessages</name>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="17" />
            <source>its manifest is missing</source>
            <translation>缺少其清單檔</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="18" />
            <source>its manifest cannot be read</source>
            <translation>其清單檔無法讀取</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="19" />
            <source>it was made under another database's key</source>
            <translation>它是以另一個資料庫的金鑰製作的</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="20" />
            <source>its manifest was altered (the signature does not match)</source>
            <translation>其清單檔已被改動（簽章不符）</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="23" />
            <source>the backup file is missing</source>
            <translation>備份檔不見了</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="24" />
            <source>the file is not the size its manifest says (cut short?)</source>
            <translation>檔案大小與清單檔所載不符（可能被截斷）</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="27" />
            <source>the file's content differs from its manifest (SHA-256)</source>
            <translation>檔案內容與清單檔所載不符（SHA-256）</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="30" />
            <source>the key does not open it</source>
            <translation>金鑰無法開啟它</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="31" />
            <source>the database in it is damaged</source>
            <translation>其中的資料庫已損壞</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="33" />
            <source>its operation log is broken at entry %1</source>
            <translation>其操作日誌在第 %1 筆斷裂</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="36" />
            <source>the rows of table %1 differ from its manifest</source>
            <translation>資料表 %1 的列數與清單檔不符</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="38" />
            <source>its operation log does not end where its manifest says</source>
            <translation>其操作日誌的結尾與清單檔所載不符</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="41" />
            <source>it was made by a newer version of Records Desk</source>
            <translation>它是由較新版本的 Records Desk 製作的</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="50" />
            <source>The backup %1 cannot be trusted: %2. Nothing was changed.</source>
            <translation>備份 %1 不可信：%2。未做任何更動。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="58" />
            <source>The database is open in another Records Desk window or program; close it and restore again. Nothing was changed.</source>
            <translation>資料庫正由另一個 Records Desk 視窗或程式開啟；請關閉後再還原。未做任何更動。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="63" />
            <source>The backup %1 belongs to another database (another key). Restore it to a new path (--db NEW.db); the database here was not changed.</source>
            <translation>備份 %1 屬於另一個資料庫（金鑰不同）。請還原至新的路徑（--db 新檔.db）；此處的資料庫未做更動。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="68" />
            <source>A restore replaces all the data with the backup %1; add --yes to confirm.</source>
            <translation>還原會以備份 %1 取代所有資料；請加上 --yes 確認。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="72" />
            <source>This computer does not hold the key of the backup %1: give it from the key-recovery sheet (--key-file FILE, or type it when asked).</source>
            <translation>本電腦沒有備份 %1 的金鑰：請依金鑰復原單提供（--key-file 檔案，或在詢問時輸入）。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="77" />
            <source>The key given is not the key of the backup %1. Nothing was changed.</source>
            <translation>所提供的金鑰不是備份 %1 的金鑰。未做任何更動。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="86" />
            <source>Backups every %1 days: choose 1 to %2 days.</source>
            <translation>每 %1 天備份一次：請選擇 1 至 %2 天。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="93" />
            <source>The off-site backup folder</source>
            <translation>異地備份資料夾</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="95" />
            <source>The backup folder</source>
            <translation>備份資料夾</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="97" />
            <source>is not there and cannot be made</source>
            <translation>不存在且無法建立</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="98" />
            <source>cannot be written (read-only)</source>
            <translation>無法寫入（唯讀）</translation>
        </message>
    </context>
    <context>
        <name>ExtractCommands</name>
        <message>
            <location filename="../../records_desk/cli/backup_extracts.py" line="67" />
            <source>%1  %2  asked by %3: %4  [%5]</source>
            <translation>%1  %2  申請人 %3：%4  [%5]</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup_extracts.py" line="75" />
            <source> by %1</source>
            <translation>，%1 決定</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup_extracts.py" line="77" />
            <source>, %1 rows</source>
            <translation>，%1 筆</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup_extracts.py" line="84" />
            <source>extract request %1 made: it waits for approval</source>
            <translation>已提出提取申請 %1：待審批</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup_extracts.py" line="93" />
            <source>extract request %1 approved: %2 may use it once until %3</source>
            <translation>提取申請 %1 已批准：%2 可於 %3 前使用一次</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup_extracts.py" line="101" />
            <source>extract request %1 refused</source>
            <translation>提取申請 %1 已駁回</translation>
        </message>
    </context>
    <context>
        <name>ExtractMessages</name>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="16" />
            <source>the customer list</source>
            <translation>客戶清單</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="17" />
            <source>the SMS list</source>
            <translation>簡訊名單</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="25" />
            <source>waiting for approval</source>
            <translation>待審批</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="26" />
            <source>approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="27" />
            <source>refused</source>
            <translation>不同意</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="28" />
            <source>used</source>
            <translation>已使用</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="29" />
            <source>lapsed unused</source>
            <translation>逾期未使用</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="36" />
            <source>There is no extract request %1.</source>
            <translation>沒有提取申請 %1。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="41" />
            <source>Extract request %1 is your own: another approver (the general manager or the customer director) must decide it.</source>
            <translation>提取申請 %1 是您本人提出的：須由另一位審批人（總經理或客戶總監）決定。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="51" />
            <source>Extract request %1 is already decided (%2).</source>
            <translation>提取申請 %1 已有決定（%2）。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="58" />
            <source>Say why the extract is refused.</source>
            <translation>請說明駁回提取的理由。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="59" />
            <source>Say why the extract is needed.</source>
            <translation>請說明提取的用途。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/extracts.py" line="64" />
            <source>Extract request %1 was used or lapsed meanwhile; no file was written. Ask for a new one.</source>
            <translation>提取申請 %1 在此期間已被使用或已逾期；未寫出任何檔案。請重新申請。</translation>
        </message>
    </context>
    <context>
        <name>ExtractRequestsDialog</name>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="113" />
            <source>Extract requests</source>
            <translation>提取申請</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="120" />
            <source>Why it is needed:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="121" />
            <source>Ask for an extract</source>
            <translation>申請提取</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="124" />
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="125" />
            <source>Extract</source>
            <translation>提取內容</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="126" />
            <source>Asked by</source>
            <translation>申請人</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="127" />
            <source>Asked on</source>
            <translation>申請時間</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="128" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="129" />
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="130" />
            <source>Decided by</source>
            <translation>決定人</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="131" />
            <source>Rows</source>
            <translation>筆數</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="132" />
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="135" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="136" />
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="137" />
            <source>Re&amp;fuse</source>
            <translation>不同意(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="138" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="190" />
            <source>Extract request %1 was made; it waits for the general manager's or the customer director's approval.</source>
            <translation>已提出提取申請 %1；待總經理或客戶總監批准。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../records_desk/ui/backup/feature.py" line="27" />
            <source>&amp;Backups</source>
            <translation>備份(&amp;B)</translation>
        </message>
    </context>
</TS>
