<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../records_desk/ui/backup/feature.py" line="31" />
            <source>Print &amp;key-recovery sheet…</source>
            <translation>列印金鑰復原單(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/feature.py" line="32" />
            <source>The database key on paper, to open a backup on a new PC (lock it away)</source>
            <translation>將資料庫金鑰印在紙上，以便在新電腦上開啟備份（列印後請鎖存）</translation>
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
        <message>
            <location filename="../../records_desk/cli/backup_key.py" line="43" />
            <source>the key sheet asks for the password again: set %1 or run in a terminal</source>
            <translation>列印金鑰復原單需再次輸入密碼：請設定 %1，或在終端機中執行</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup_key.py" line="48" />
            <source>password for %1 again, to print the database key: </source>
            <translation>請再次輸入 %1 的密碼以列印資料庫金鑰：</translation>
        </message>
        <message>
            <location filename="../../records_desk/cli/backup_key.py" line="61" />
            <source>wrote the key-recovery sheet %1: lock it away</source>
            <translation>已寫入金鑰復原單 %1：請立即鎖存</translation>
        </message>
    </context>
    <context>
        <name>BackupMessages</name>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="18" />
            <source>its manifest is missing</source>
            <translation>缺少其清單檔</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="19" />
            <source>its manifest cannot be read</source>
            <translation>其清單檔無法讀取</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="20" />
            <source>it was made under another database's key</source>
            <translation>它是以另一個資料庫的金鑰製作的</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="21" />
            <source>its manifest was altered (the signature does not match)</source>
            <translation>其清單檔已被改動（簽章不符）</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="24" />
            <source>the backup file is missing</source>
            <translation>備份檔不見了</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="25" />
            <source>the file is not the size its manifest says (cut short?)</source>
            <translation>檔案大小與清單檔所載不符（可能被截斷）</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="28" />
            <source>the file's content differs from its manifest (SHA-256)</source>
            <translation>檔案內容與清單檔所載不符（SHA-256）</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="31" />
            <source>the key does not open it</source>
            <translation>金鑰無法開啟它</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="32" />
            <source>the database in it is damaged</source>
            <translation>其中的資料庫已損壞</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="34" />
            <source>its operation log is broken at entry %1</source>
            <translation>其操作日誌在第 %1 筆斷裂</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="37" />
            <source>the rows of table %1 differ from its manifest</source>
            <translation>資料表 %1 的列數與清單檔不符</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="39" />
            <source>its operation log does not end where its manifest says</source>
            <translation>其操作日誌的結尾與清單檔所載不符</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="42" />
            <source>it was made by a newer version of Records Desk</source>
            <translation>它是由較新版本的 Records Desk 製作的</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="51" />
            <source>The backup %1 cannot be trusted: %2. Nothing was changed.</source>
            <translation>備份 %1 不可信：%2。未做任何更動。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="59" />
            <source>The database is open in another Records Desk window or program; close it and restore again. Nothing was changed.</source>
            <translation>資料庫正由另一個 Records Desk 視窗或程式開啟；請關閉後再還原。未做任何更動。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="64" />
            <source>The backup %1 belongs to another database (another key). Restore it to a new path (--db NEW.db); the database here was not changed.</source>
            <translation>備份 %1 屬於另一個資料庫（金鑰不同）。請還原至新的路徑（--db 新檔.db）；此處的資料庫未做更動。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="69" />
            <source>A restore replaces all the data with the backup %1; add --yes to confirm.</source>
            <translation>還原會以備份 %1 取代所有資料；請加上 --yes 確認。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="73" />
            <source>This computer does not hold the key of the backup %1: give it from the key-recovery sheet (--key-file FILE, or type it when asked).</source>
            <translation>本電腦沒有備份 %1 的金鑰：請依金鑰復原單提供（--key-file 檔案，或在詢問時輸入）。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="78" />
            <source>The key given is not the key of the backup %1. Nothing was changed.</source>
            <translation>所提供的金鑰不是備份 %1 的金鑰。未做任何更動。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="87" />
            <source>Backups every %1 days: choose 1 to %2 days.</source>
            <translation>每 %1 天備份一次：請選擇 1 至 %2 天。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="94" />
            <source>The off-site backup folder</source>
            <translation>異地備份資料夾</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="96" />
            <source>The backup folder</source>
            <translation>備份資料夾</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="98" />
            <source>is not there and cannot be made</source>
            <translation>不存在且無法建立</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/errors.py" line="99" />
            <source>cannot be written (read-only)</source>
            <translation>無法寫入（唯讀）</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/key_text.py" line="15" />
            <source> (the letter O is never used: read it as the digit 0)</source>
            <translation>（金鑰不使用字母 O：請讀作數字 0）</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/key_text.py" line="17" />
            <source> (the letters I and L are never used: read it as the digit 1)</source>
            <translation>（金鑰不使用字母 I 與 L：請讀作數字 1）</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/key_text.py" line="26" />
            <source>The key has 64 hex digits (68 with its check group); %1 were typed.</source>
            <translation>金鑰有 64 個十六進位數字（連同檢查碼共 68 個）；目前輸入了 %1 個。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/key_text.py" line="32" />
            <source>Group %1 of the key holds “%2”, which is not a hex digit (0-9, A-F)%3.</source>
            <translation>金鑰第 %1 組含有「%2」，這不是十六進位數字（0-9、A-F）%3。</translation>
        </message>
        <message>
            <location filename="../../records_desk/wording/backup/key_text.py" line="37" />
            <source>The key's check group does not match its digits: a digit was mistyped. Compare each group with the key-recovery sheet.</source>
            <translation>金鑰的檢查碼與其數字不符：有數字輸入錯誤。請逐組與金鑰復原單核對。</translation>
        </message>
    </context>
    <context>
        <name>KeySheet</name>
        <message>
            <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="67" />
            <source>Save the key-recovery sheet as PDF</source>
            <translation>將金鑰復原單另存為 PDF</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="89" />
            <source>The key-recovery sheet was saved as %1. Print it, lock the paper away and delete the file.</source>
            <translation>金鑰復原單已存為 %1。請列印後將紙本鎖存，並刪除此檔案。</translation>
        </message>
    </context>
    <context>
        <name>KeySheetPasswordDialog</name>
        <message>
            <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="36" />
            <source>Print the key-recovery sheet</source>
            <translation>列印金鑰復原單</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="39" />
            <source>The key-recovery sheet opens every backup of this database. Type your password again to print it, then lock the sheet away.</source>
            <translation>金鑰復原單可開啟本資料庫的所有備份。請再次輸入密碼以列印，列印後請將其鎖存。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="46" />
            <source>User:</source>
            <translation>使用者：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/backup/key_sheet_dialog.py" line="47" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../records_desk/ui/backup/feature.py" line="42" />
            <source>&amp;Backups</source>
            <translation>備份(&amp;B)</translation>
        </message>
    </context>
</TS>
