<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="103"/>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="104"/>
        <source>Make a checked backup of all the data now</source>
        <translation>立即為全部資料製作經驗證的備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="111"/>
        <source>Back&amp;ups…</source>
        <translation>備份清單(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="112"/>
        <source>The backups made, their state; verify or restore one; where and how often</source>
        <translation>已製作的備份及其狀態；驗證或還原備份；備份位置與頻率</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="120"/>
        <source>Print &amp;key-recovery sheet…</source>
        <translation>列印金鑰復原單(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="121"/>
        <source>The database key on paper, to open a backup on a new PC (lock it away)</source>
        <translation>將資料庫金鑰印在紙上，以便在新電腦上開啟備份（列印後請鎖存）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="129"/>
        <source>&amp;Purge old data…</source>
        <translation>清理過期資料(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="130"/>
        <source>Void customer files and closed loans older than the years kept, after a backup</source>
        <translation>先備份，再清理超過保存年限的作廢客戶檔案與已結束的借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="140"/>
        <source>Extract &amp;requests…</source>
        <translation>提取申請(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="141"/>
        <source>Ask for an extract of customer data, or approve or refuse one</source>
        <translation>申請提取客戶資料，或批准、駁回申請</translation>
    </message>
</context>
<context>
    <name>AdminTable</name>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="165"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="19"/>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="20"/>
        <source>scheduled</source>
        <translation>排程</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="21"/>
        <source>asked for</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="30"/>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="31"/>
        <source>the backup folder cannot be used</source>
        <translation>備份資料夾無法使用</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="32"/>
        <source>a PostgreSQL program is missing</source>
        <translation>缺少 PostgreSQL 的程式</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="33"/>
        <source>the PostgreSQL program failed</source>
        <translation>PostgreSQL 的程式執行失敗</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="48"/>
        <source>%1 customer files</source>
        <translation>%1 份客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="49"/>
        <source>%1 loans</source>
        <translation>%1 筆借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="59"/>
        <source>backup made (%1): %2, %3 rows, audit head %4</source>
        <translation>已備份（%1）：%2，%3 列，操作紀錄至第 %4 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="63"/>
        <source>backup failed: %1</source>
        <translation>備份失敗：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="65"/>
        <source>backup %1 is not good: %2</source>
        <translation>備份 %1 不可用：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="66"/>
        <source>backup %1 verified: %2 rows, head %3</source>
        <translation>備份 %1 檢查無誤：%2 列，操作紀錄至第 %3 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="70"/>
        <source>data restored over the data in use from backup %1 (%2 rows, audit head %3; replaced head %4)</source>
        <translation>以備份 %1 覆蓋使用中的資料（%2 列，操作紀錄至第 %3 筆；取代至第 %4 筆的紀錄）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="77"/>
        <source>data restored onto this computer from backup %1 (%2 rows, audit head %3; replaced head %4)</source>
        <translation>以備份 %1 還原至本電腦（%2 列，操作紀錄至第 %3 筆；取代至第 %4 筆的紀錄）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="86"/>
        <source>asked for an extract (%1), request %2</source>
        <translation>申請提取（%1），提取申請 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="92"/>
        <source>approved extract request %1 (%2)</source>
        <translation>批准提取申請 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="96"/>
        <source>refused extract request %1 (%2)</source>
        <translation>駁回提取申請 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="101"/>
        <source>printed the key-recovery sheet of %1 as %2</source>
        <translation>已將 %1 的金鑰復原單存為 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="104"/>
        <source>office settings changed: backups every %1 day(s)</source>
        <translation>辦公室設定變更：每 %1 天備份一次</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="107"/>
        <source>purged older than %1: nothing</source>
        <translation>清理 %1 以前的資料：無</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/audit_summary.py" line="109"/>
        <source>purged older than %1: %2</source>
        <translation>清理 %1 以前的資料：%2</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="126"/>
        <source>backup made: %1 (%2 rows, operation log at entry %3)</source>
        <translation>已備份：%1（%2 列，操作日誌至第 %3 筆）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="129"/>
        <source>off-site copy: %1</source>
        <translation>異地副本：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="131"/>
        <source>warning: no off-site copy was made (%1)</source>
        <translation>警告：未製作異地副本（%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="155"/>
        <source>good</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="168"/>
        <source>backup %1 is good: %2 rows, operation log at entry %3</source>
        <translation>備份 %1 完好：%2 列，操作日誌至第 %3 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_restore.py" line="149"/>
        <source>cannot read the key file %1</source>
        <translation>無法讀取金鑰檔 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_restore.py" line="156"/>
        <source>database key (from the key-recovery sheet): </source>
        <translation>資料庫金鑰（見金鑰復原單）：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_restore.py" line="176"/>
        <source>restored %1 (made %2): %3 rows, operation log at entry %4, verified</source>
        <translation>已還原 %1（製作於 %2）：%3 列，操作日誌至第 %4 筆，已驗證</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_restore.py" line="183"/>
        <source>the data before the restore: %1</source>
        <translation>還原前的資料：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_purge.py" line="70"/>
        <source>void customer files</source>
        <translation>作廢的客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_purge.py" line="71"/>
        <source>closed loans</source>
        <translation>已結清的借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_purge.py" line="87"/>
        <source>would purge (older than %1):</source>
        <translation>將清理（早於 %1）：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_purge.py" line="97"/>
        <source>backup made and checked first: %1</source>
        <translation>已先備份並核對:%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_purge.py" line="100"/>
        <source>purged (older than %1):</source>
        <translation>已清理（早於 %1）：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_key.py" line="59"/>
        <source>the key sheet asks for the password again: set %1 or run in a terminal</source>
        <translation>列印金鑰復原單需再次輸入密碼：請設定 %1，或在終端機中執行</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_key.py" line="64"/>
        <source>password for %1 again, to print the database key: </source>
        <translation>請再次輸入 %1 的密碼以列印資料庫金鑰：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_key.py" line="77"/>
        <source>wrote the key-recovery sheet %1: lock it away</source>
        <translation>已寫入金鑰復原單 %1：請立即鎖存</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="19"/>
        <source>its manifest is missing</source>
        <translation>缺少其清單檔</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="20"/>
        <source>its manifest cannot be read</source>
        <translation>其清單檔無法讀取</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="21"/>
        <source>it was made under another database&apos;s key</source>
        <translation>它是以另一個資料庫的金鑰製作的</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="22"/>
        <source>its manifest was altered (the signature does not match)</source>
        <translation>其清單檔已被改動（簽章不符）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="25"/>
        <source>the backup file is missing</source>
        <translation>備份檔不見了</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="26"/>
        <source>the file is not the size its manifest says (cut short?)</source>
        <translation>檔案大小與清單檔所載不符（可能被截斷）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="29"/>
        <source>the file&apos;s content differs from its manifest (SHA-256)</source>
        <translation>檔案內容與清單檔所載不符（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="32"/>
        <source>the key does not open it</source>
        <translation>金鑰無法開啟它</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="33"/>
        <source>the database in it is damaged</source>
        <translation>其中的資料庫已損壞</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="35"/>
        <source>its operation log is broken at entry %1</source>
        <translation>其操作日誌在第 %1 筆斷裂</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="38"/>
        <source>the rows of table %1 differ from its manifest</source>
        <translation>資料表 %1 的列數與清單檔不符</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="40"/>
        <source>its operation log does not end where its manifest says</source>
        <translation>其操作日誌的結尾與清單檔所載不符</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="43"/>
        <source>it was made by a newer version of Records Desk</source>
        <translation>它是由較新版本的 Records Desk 製作的</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="46"/>
        <source>it is a backup of the other kind of office (a database file, or a server&apos;s)</source>
        <translation>它是另一種辦公室的備份（資料庫檔案或伺服器的）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="56"/>
        <source>The backup %1 cannot be trusted: %2. Nothing was changed.</source>
        <translation>備份 %1 不可信：%2。未做任何更動。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="64"/>
        <source>The database is open in another Records Desk window or program; close it and restore again. Nothing was changed.</source>
        <translation>資料庫正由另一個 Records Desk 視窗或程式開啟；請關閉後再還原。未做任何更動。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="69"/>
        <source>The backup %1 belongs to another database (another key). Restore it to a new path (--db NEW.db); the database here was not changed.</source>
        <translation>備份 %1 屬於另一個資料庫（金鑰不同）。請還原至新的路徑（--db 新檔.db）；此處的資料庫未做更動。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="74"/>
        <source>A restore replaces all the data with the backup %1; add --yes to confirm.</source>
        <translation>還原會以備份 %1 取代所有資料；請加上 --yes 確認。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="78"/>
        <source>This computer does not hold the key of the backup %1: give it from the key-recovery sheet (--key-file FILE, or type it when asked).</source>
        <translation>本電腦沒有備份 %1 的金鑰：請依金鑰復原單提供（--key-file 檔案，或在詢問時輸入）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="83"/>
        <source>The key given is not the key of the backup %1. Nothing was changed.</source>
        <translation>所提供的金鑰不是備份 %1 的金鑰。未做任何更動。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="86"/>
        <source>The records office here already has accounts or data: a backup is restored in place of a new, empty office only. Nothing was changed.</source>
        <translation>此處的檔案室已有帳號或資料：備份只能還原以取代新建且空白的檔案室。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="91"/>
        <source>The backup %1 lacks tables the server&apos;s database has (it was made by an older version), and the database&apos;s role may not create databases to restore it into whole: ask the server&apos;s administrator to grant it CREATEDB and ownership of the database. Nothing was changed.</source>
        <translation>備份 %1 缺少伺服器資料庫中已有的資料表（由較舊的版本製作），而資料庫的角色不能建立資料庫以完整還原：請伺服器管理員授予 CREATEDB 權限及該資料庫的擁有權。未變更任何資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="104"/>
        <source>%1 is not installed on this computer: a server office is backed up and restored with the PostgreSQL client&apos;s programs (Debian package postgresql-client; on Windows and macOS the PostgreSQL installer). Nothing was changed.</source>
        <translation>此電腦未安裝 %1：伺服器上的辦公室以 PostgreSQL 用戶端程式備份與還原（Debian 套件 postgresql-client；Windows 與 macOS 請用 PostgreSQL 安裝程式）。未變更任何資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="116"/>
        <source>the server refused the password</source>
        <translation>伺服器拒絕了密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="117"/>
        <source>the server cannot be reached</source>
        <translation>無法連線到伺服器</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="118"/>
        <source>the PostgreSQL client here is older than the server</source>
        <translation>此處的 PostgreSQL 用戶端比伺服器舊</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="121"/>
        <source>the database&apos;s role is not allowed to do it</source>
        <translation>資料庫的角色沒有執行此操作的權限</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="122"/>
        <source>the backup file cannot be read whole</source>
        <translation>備份檔案無法完整讀取</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="124"/>
        <source>see the server&apos;s log</source>
        <translation>請查看伺服器的記錄</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="125"/>
        <source>%1 failed: %2. The data in use was not changed.</source>
        <translation>%1 失敗：%2。使用中的資料未被變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="131"/>
        <source>Backups every %1 days: choose 1 to %2 days.</source>
        <translation>每 %1 天備份一次：請選擇 1 至 %2 天。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="141"/>
        <source>The off-site backup folder is not there and cannot be made.</source>
        <translation>異地備份資料夾不存在，且無法建立。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="144"/>
        <source>The backup folder is not there and cannot be made.</source>
        <translation>備份資料夾不存在，且無法建立。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="147"/>
        <source>The off-site backup folder cannot be written (read-only).</source>
        <translation>異地備份資料夾無法寫入（唯讀）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="150"/>
        <source>The backup folder cannot be written (read-only).</source>
        <translation>備份資料夾無法寫入（唯讀）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="153"/>
        <source>The off-site backup folder failed while the copy was written (a drive removed, a network folder lost?). Nothing was kept there.</source>
        <translation>寫入複本時異地備份資料夾發生故障（磁碟被拔除或網路資料夾中斷？），該處未保留任何複本。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="158"/>
        <source>The backup folder failed while the copy was written (a drive removed, a network folder lost?). No copy was made; try again or choose another folder.</source>
        <translation>寫入複本時備份資料夾發生故障（磁碟被拔除或網路資料夾中斷？），未製作任何備份；請再試一次或改選其他資料夾。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="164"/>
        <source>The off-site backup folder cannot be used: %1.</source>
        <translation>異地備份資料夾無法使用：%1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/errors.py" line="166"/>
        <source>The backup folder cannot be used: %1.</source>
        <translation>備份資料夾無法使用：%1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/purge.py" line="15"/>
        <source>Records are kept at least %1 years: a purge of data older than %2 years is refused. Nothing was changed.</source>
        <translation>資料至少保存 %1 年:不得清理僅早於 %2 年的資料。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/purge.py" line="22"/>
        <source>Old data is purged once every six months: the last purge was on %1, the next may run from %2. Nothing was changed.</source>
        <translation>過期資料每半年清理一次:上次清理於 %1,下次可於 %2 起進行。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/purge.py" line="28"/>
        <source>A purge removes the records listed for good; add --yes to confirm.</source>
        <translation>清理會永久刪除所列記錄;請加上 --yes 確認。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/key_text.py" line="15"/>
        <source> (the letter O is never used: read it as the digit 0)</source>
        <translation>（金鑰不使用字母 O：請讀作數字 0）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/key_text.py" line="17"/>
        <source> (the letters I and L are never used: read it as the digit 1)</source>
        <translation>（金鑰不使用字母 I 與 L：請讀作數字 1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/key_text.py" line="26"/>
        <source>The key has 64 hex digits (68 with its check group); %1 were typed.</source>
        <translation>金鑰有 64 個十六進位數字（連同檢查碼共 68 個）；目前輸入了 %1 個。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/key_text.py" line="32"/>
        <source>Group %1 of the key holds “%2”, which is not a hex digit (0-9, A-F)%3.</source>
        <translation>金鑰第 %1 組含有「%2」，這不是十六進位數字（0-9、A-F）%3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/key_text.py" line="37"/>
        <source>The key&apos;s check group does not match its digits: a digit was mistyped. Compare each group with the key-recovery sheet.</source>
        <translation>金鑰的檢查碼與其數字不符：有數字輸入錯誤。請逐組與金鑰復原單核對。</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="46"/>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="48"/>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="99"/>
        <source>Making the office&apos;s backup…</source>
        <translation>正在製作辦公室的備份…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="119"/>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="164"/>
        <source>No backup yet</source>
        <translation>尚無備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="166"/>
        <source>Last backup: %1 (one is due)</source>
        <translation>上次備份：%1（應再備份）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="170"/>
        <source>Last backup: %1</source>
        <translation>上次備份：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="123"/>
        <location filename="../../records_desk/ui/backup/status.py" line="173"/>
        <source>Backups are kept in %1</source>
        <translation>備份存放於 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="176"/>
        <source>off-site folder missing</source>
        <translation>找不到異地資料夾</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="177"/>
        <source>The off-site folder %1 is not there (is the drive plugged in?)</source>
        <translation>異地資料夾 %1 不存在（磁碟是否已接上？）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/status.py" line="125"/>
        <location filename="../../records_desk/ui/backup/status.py" line="183"/>
        <source>Click to open the Backups dialog</source>
        <translation>按一下開啟備份視窗</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="58"/>
        <source>good</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="53"/>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="54"/>
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="72"/>
        <source>Made</source>
        <translation>製作時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="74"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="76"/>
        <source>Rows</source>
        <translation>筆數</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="81"/>
        <source>Size (MB)</source>
        <translation>大小（MB）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="86"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="159"/>
        <source>No backup in this folder yet: make one with Back up now.</source>
        <translation>此資料夾尚無備份：請按「立即備份」製作。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="162"/>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="163"/>
        <source>&amp;Verify</source>
        <translation>驗證(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="164"/>
        <source>R&amp;estore…</source>
        <translation>還原(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="237"/>
        <source>A restore is decided by the general manager or the director.</source>
        <translation>還原須由總經理或客戶總監決定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="57"/>
        <source>good, verified</source>
        <translation>完好，已驗證</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="72"/>
        <source>Office backup settings</source>
        <translation>辦公室備份設定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="75"/>
        <source>a “backups” folder in this computer&apos;s data folder</source>
        <translation>此電腦資料目錄中的「backups」資料夾</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="77"/>
        <source>a “backups” folder beside the database</source>
        <translation>資料庫旁的「backups」資料夾</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="80"/>
        <source>none (a removable drive or a network folder)</source>
        <translation>無（可設為移動硬碟或網路資料夾）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="83"/>
        <source>Backup &amp;folder:</source>
        <translation>備份資料夾(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="84"/>
        <source>&amp;Off-site copy to:</source>
        <translation>異地副本存至(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="85"/>
        <source>&amp;Automatic backup:</source>
        <translation>自動備份(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="91"/>
        <source>&amp;Save settings</source>
        <translation>儲存設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="93"/>
        <source>Make the automatic backups on this &amp;PC</source>
        <translation>由本電腦製作自動備份(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="95"/>
        <source>This PC&apos;s own setting, kept at once. On a shared office server one desk is enough: turn it off at the others.</source>
        <translation>本電腦自己的設定，勾選即儲存。共用辦公室伺服器時只需一台電腦製作：其他電腦請取消勾選。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="103"/>
        <source>The office&apos;s settings are changed by the general manager or the director.</source>
        <translation>辦公室設定由總經理或客戶總監變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="101"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="158"/>
        <source>Backups — Records Desk</source>
        <translation>備份 — Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backup_settings.py" line="197"/>
        <source>Choose a folder</source>
        <translation>選擇資料夾</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="198"/>
        <source>Backups are kept in %1.</source>
        <translation>備份存放於 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="201"/>
        <source>The off-site folder %1 is not there: plug in the drive or reach the network folder.</source>
        <translation>異地資料夾 %1 不存在：請接上磁碟或連上網路資料夾。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="206"/>
        <source>Each one is copied to %1.</source>
        <translation>每份備份都會複製到 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="209"/>
        <source>No off-site folder is set: keep a copy away from this PC.</source>
        <translation>尚未設定異地資料夾：請在本電腦以外另存一份。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="214"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="230"/>
        <source>Select a backup in the list first.</source>
        <translation>請先在清單中選取一份備份。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="231"/>
        <source>Wait until the work under way is finished.</source>
        <translation>請等待進行中的工作完成。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="234"/>
        <source>Check the selected backup whole: its signature, its checksum, its integrity and its operation log.</source>
        <translation>完整檢查所選的備份：簽章、檢查碼、完整性及操作日誌。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="245"/>
        <source>This backup cannot be restored: %1</source>
        <translation>此備份無法還原：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="248"/>
        <source>Replace all the data with the selected backup.</source>
        <translation>以所選的備份取代全部資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="276"/>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="277"/>
        <source>Backup made: %1</source>
        <translation>已備份：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="296"/>
        <source>Verifying the backup…</source>
        <translation>正在驗證備份…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="288"/>
        <source>The backup %1 is good: %2 rows, operation log up to entry %3.</source>
        <translation>備份 %1 完好：%2 筆資料，操作日誌至第 %3 筆。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="304"/>
        <source>Replace ALL the data with the backup %1 made %2 (%3 rows)? Whatever was recorded after it is set aside: the data in use is backed up first. Records Desk closes afterwards; start it again.</source>
        <translation>要以 %2 製作的備份 %1（%3 筆資料）取代全部資料嗎？之後記錄的內容將被擱置：目前使用中的資料會先備份。完成後 Records Desk 會關閉，請重新啟動。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="316"/>
        <source>Restoring: verifying, saving the data in use, swapping, verifying again…</source>
        <translation>正在還原：驗證、備份使用中的資料、替換、再次驗證…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/backups_dialog.py" line="323"/>
        <source>Restored %1: %2 rows, verified. The data before the restore is kept in %3. Records Desk closes now; start it again to work on the restored data.</source>
        <translation>已還原 %1：%2 筆資料，已驗證。還原前的資料保存在 %3。Records Desk 現在關閉；請重新啟動以使用還原後的資料。</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="38"/>
        <source>make a checked backup now</source>
        <translation>立即製作並驗證備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="46"/>
        <source>the backups and their state</source>
        <translation>備份及其狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="53"/>
        <source>check one backup whole</source>
        <translation>完整驗證一份備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="68"/>
        <source>the folder to write to (default: the office&apos;s backup folder)</source>
        <translation>寫入的資料夾（預設：辦公室的備份資料夾）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup.py" line="75"/>
        <location filename="../../records_desk/cli/backup_purge.py" line="53"/>
        <location filename="../../records_desk/cli/backup_restore.py" line="61"/>
        <source>print the outcome as JSON</source>
        <translation>以 JSON 輸出結果</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="30"/>
        <source>ask for, approve or refuse an extract of customer data</source>
        <translation>申請、批准或拒絕提取客戶資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="39"/>
        <source>ask for one extract</source>
        <translation>申請一次提取</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="47"/>
        <source>approve a request</source>
        <translation>批准申請</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="52"/>
        <source>refuse a request</source>
        <translation>拒絕申請</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="60"/>
        <source>the requests and where they stand</source>
        <translation>提取申請及其進度</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_key.py" line="41"/>
        <source>the database key on paper (general manager)</source>
        <translation>資料庫金鑰的紙本（總經理）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_key.py" line="48"/>
        <source>save the key-recovery sheet</source>
        <translation>儲存金鑰復原單</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_purge.py" line="29"/>
        <source>purge void customer files and closed loans older than N years</source>
        <translation>清理作廢超過 N 年的客戶檔案及結案超過 N 年的借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_purge.py" line="38"/>
        <source>years since a file was voided or a loan was closed (at least 3)</source>
        <translation>檔案作廢或借閱結案後的年數（至少 3 年）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_purge.py" line="45"/>
        <source>only list what would go</source>
        <translation>只列出將清理的資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_purge.py" line="48"/>
        <source>confirm the purge</source>
        <translation>確認清理</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_restore.py" line="38"/>
        <source>replace the data with a verified backup (the data in use is backed up first)</source>
        <translation>以已驗證的備份取代資料（使用中的資料會先備份）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_restore.py" line="47"/>
        <source>confirm: replace all the data</source>
        <translation>確認：取代全部資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_restore.py" line="53"/>
        <source>the database key as on the key-recovery sheet, when this computer does not hold it</source>
        <translation>資料庫金鑰，依金鑰復原單所載（本電腦沒有金鑰時）</translation>
    </message>
</context>
<context>
    <name>ExitBackup</name>
    <message>
        <location filename="../../records_desk/ui/backup/exit_backup.py" line="83"/>
        <source>Records Desk</source>
        <translation>Records Desk 檔案室系統</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/exit_backup.py" line="84"/>
        <source>Making the office&apos;s backup before closing…</source>
        <translation>關閉前正在製作辦公室的備份…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/exit_backup.py" line="86"/>
        <source>Records Desk closes by itself as soon as the backup is done.</source>
        <translation>備份完成後 Records Desk 會自行關閉。</translation>
    </message>
</context>
<context>
    <name>ExtractCommands</name>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="87"/>
        <source>%1  %2  asked by %3: %4  [%5]</source>
        <translation>%1  %2  申請人 %3：%4  [%5]</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="95"/>
        <source> by %1</source>
        <translation>，%1 決定</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="97"/>
        <source>, %1 rows</source>
        <translation>，%1 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="104"/>
        <source>extract request %1 made: it waits for approval</source>
        <translation>已提出提取申請 %1：待審批</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="113"/>
        <source>extract request %1 approved: %2 may use it once until %3</source>
        <translation>提取申請 %1 已批准：%2 可於 %3 前使用一次</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/backup_extracts.py" line="121"/>
        <source>extract request %1 refused</source>
        <translation>提取申請 %1 已駁回</translation>
    </message>
</context>
<context>
    <name>ExtractMessages</name>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="16"/>
        <source>the customer list</source>
        <translation>客戶清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="17"/>
        <source>the SMS list</source>
        <translation>簡訊名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="25"/>
        <source>waiting for approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="26"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="27"/>
        <source>refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="28"/>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="29"/>
        <source>lapsed unused</source>
        <translation>逾期未使用</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="36"/>
        <source>There is no extract request %1.</source>
        <translation>沒有提取申請 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="41"/>
        <source>Extract request %1 is your own: another approver (the general manager or the customer director) must decide it.</source>
        <translation>提取申請 %1 是您本人提出的：須由另一位審批人（總經理或客戶總監）決定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="51"/>
        <source>Extract request %1 is already decided (%2).</source>
        <translation>提取申請 %1 已有決定（%2）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="58"/>
        <source>Say why the extract is refused.</source>
        <translation>請說明駁回提取的理由。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="59"/>
        <source>Say why the extract is needed.</source>
        <translation>請說明提取的用途。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/backup/extracts.py" line="64"/>
        <source>Extract request %1 was used or lapsed meanwhile; no file was written. Ask for a new one.</source>
        <translation>提取申請 %1 在此期間已被使用或已逾期；未寫出任何檔案。請重新申請。</translation>
    </message>
</context>
<context>
    <name>ExtractRequestsDialog</name>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="135"/>
        <source>Extract requests</source>
        <translation>提取申請</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="142"/>
        <source>E&amp;xtract:</source>
        <translation>提取內容(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="143"/>
        <source>&amp;Why it is needed:</source>
        <translation>申請原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="144"/>
        <source>As&amp;k for an extract</source>
        <translation>申請提取(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="147"/>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="148"/>
        <source>Extract</source>
        <translation>提取內容</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="149"/>
        <source>Asked by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="150"/>
        <source>Asked on</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="151"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="152"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="153"/>
        <source>Decided by</source>
        <translation>決定人</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="154"/>
        <source>Rows</source>
        <translation>筆數</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="155"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="158"/>
        <source>&amp;Note:</source>
        <translation>意見(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="159"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="160"/>
        <source>Re&amp;fuse</source>
        <translation>不同意(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="161"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="163"/>
        <source>No extract request yet. Those that wait for a decision appear here.</source>
        <translation>尚無提取申請。待決定的申請會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="165"/>
        <source>You have asked for no extract yet: choose what, say why, and ask.</source>
        <translation>您尚未申請任何提取：請選擇提取內容、填寫申請原因，再按「申請提取」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="212"/>
        <source>Select a request in the list first.</source>
        <translation>請先在清單中選取一筆申請。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="214"/>
        <source>This request is already decided (%1).</source>
        <translation>此申請已有決定（%1）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/extracts_dialog.py" line="231"/>
        <source>Extract request %1 was made; it waits for the general manager&apos;s or the customer director&apos;s approval.</source>
        <translation>已提出提取申請 %1；待總經理或客戶總監批准。</translation>
    </message>
</context>
<context>
    <name>FirstRunRestore</name>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="92"/>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="93"/>
        <source>Bring the office&apos;s data from a backup (with the key from its key-recovery sheet)</source>
        <translation>從備份取回檔案室的資料（需金鑰復原單上的金鑰）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="72"/>
        <source>Restore from a backup — Records Desk</source>
        <translation>從備份還原 — Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="73"/>
        <source>Bring the records office&apos;s data from a backup: a .rdbackup file with its manifest (.manifest.json) beside it, e.g. on the backup drive. It takes the place of the new, empty office made at this start; then its staff sign in with their own accounts.</source>
        <translation>從備份取回檔案室的資料：一個 .rdbackup 檔，旁邊附有其清單檔（.manifest.json），例如在備份磁碟上。它會取代這次啟動時新建的空白檔案室；之後同仁以各自的帳號登入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="83"/>
        <source>no backup chosen yet</source>
        <translation>尚未選擇備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="84"/>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="101"/>
        <source>&amp;Key:</source>
        <translation>金鑰(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="109"/>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="115"/>
        <source>&amp;Backup:</source>
        <translation>備份(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="139"/>
        <source>Choose the backup to restore</source>
        <translation>選擇要還原的備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="141"/>
        <source>Records Desk backups (*.rdbackup);;All files (*)</source>
        <translation>Records Desk 備份 (*.rdbackup);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="184"/>
        <source>This computer does not hold the key of this backup. Type it from the key-recovery sheet, 17 groups of four (the last is the check group), or scan the sheet&apos;s QR code into the field.</source>
        <translation>這台電腦沒有此備份的金鑰。請依金鑰復原單輸入，共 17 組、每組 4 個字元（最後一組為檢查碼），或將復原單上的 QR 碼掃描到此欄位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="190"/>
        <source>This computer holds the key of this backup.</source>
        <translation>這台電腦已有此備份的金鑰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="198"/>
        <source>Choose the backup first.</source>
        <translation>請先選擇備份。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="220"/>
        <source>Restoring the backup: verifying, copying, putting it in place, verifying again…</source>
        <translation>正在還原備份：驗證、複製、放置到位、再次驗證…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="235"/>
        <source>Restored %1 (made %2): %3 rows, verified. Sign in with an account of the restored records office.</source>
        <translation>已還原 %1（製作於 %2）：%3 筆資料，已驗證。請以還原後檔案室的帳號登入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/first_run_restore.py" line="248"/>
        <source>The restore could not be finished. Start Records Desk again: it makes a new, empty office, and the backup can be restored again.</source>
        <translation>還原未能完成。請重新啟動 Records Desk：它會新建一個空白檔案室，之後可再次還原備份。</translation>
    </message>
</context>
<context>
    <name>KeySheet</name>
    <message>
        <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="86"/>
        <source>Save the key-recovery sheet as PDF</source>
        <translation>將金鑰復原單另存為 PDF</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="109"/>
        <source>The key-recovery sheet was saved as %1. Print it, lock the paper away and delete the file.</source>
        <translation>金鑰復原單已存為 %1。請列印後將紙本鎖存，並刪除此檔案。</translation>
    </message>
</context>
<context>
    <name>KeySheetPasswordDialog</name>
    <message>
        <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="44"/>
        <source>Print the key-recovery sheet</source>
        <translation>列印金鑰復原單</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="47"/>
        <source>The key-recovery sheet opens every backup of this database. Type your password again to print it, then lock the sheet away.</source>
        <translation>金鑰復原單可開啟本資料庫的所有備份。請再次輸入密碼以列印，列印後請將其鎖存。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="54"/>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="55"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="70"/>
        <source>Type your password first.</source>
        <translation>請先輸入密碼。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../records_desk/ui/backup/feature.py" line="150"/>
        <source>&amp;Backups</source>
        <translation>備份(&amp;B)</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="39"/>
        <source>Void customer files</source>
        <translation>作廢的客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="40"/>
        <source>Closed loans</source>
        <translation>已結束的借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="65"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="67"/>
        <source>Keep the last:</source>
        <translation>保留最近：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="75"/>
        <source>&amp;Purge…</source>
        <translation>清理(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="78"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="88"/>
        <source>Void customer files and closed loans older than the years kept are removed, after a checked backup of everything. The operation log is never purged, and archive numbers are never given again. Once in six months.</source>
        <translation>超過保存年限的作廢客戶檔案與已結束的借閱，會在全部資料完成經驗證的備份後刪除。操作日誌永不清理，檔案編號也不會再使用。每半年一次。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="100"/>
        <source>Purge old data</source>
        <translation>清理過期資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="117"/>
        <source>The last purge was on %1: the next may run from %2.</source>
        <translation>上次清理於 %1：下次最早可於 %2 進行。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="122"/>
        <source>Nothing is older than %1: nothing would go.</source>
        <translation>沒有早於 %1 的資料：不會刪除任何資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="126"/>
        <source>Older than %1, %2 records would go:</source>
        <translation>早於 %1 的 %2 筆資料將被刪除：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="137"/>
        <source>… and %1 more records</source>
        <translation>…另有 %1 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="149"/>
        <source>Remove %1 records older than %2 for good? A checked backup of everything is made first.</source>
        <translation>要永久刪除早於 %2 的 %1 筆資料嗎？會先為全部資料製作經驗證的備份。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="158"/>
        <source>Backing up, then purging…</source>
        <translation>正在備份，然後清理…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/backup/purge_dialog.py" line="167"/>
        <source>Purged %1 records. The backup made before is %2.</source>
        <translation>已清理 %1 筆資料。清理前製作的備份為 %2。</translation>
    </message>
</context>
</TS>
