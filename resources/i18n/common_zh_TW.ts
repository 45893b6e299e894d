<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/about.py" line="34"/>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/about.py" line="36"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;The records office&apos;s desktop application: customer files, the loan register, removable media and the reception rotation.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;&lt;p&gt;Qt %4, PySide6 %5. Chinese text uses the WenQuanYi Micro Hei font (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;檔案室桌面應用程式：客戶檔案、檔案借閱登記、移動存儲介質及接待輪序。&lt;/p&gt;&lt;p&gt;資料庫：%3&lt;/p&gt;&lt;p&gt;Qt %4，PySide6 %5。中文字型採用文泉驛微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="151"/>
        <source>Accounts</source>
        <translation>帳號管理</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="152"/>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="153"/>
        <source>User name, name, role or status</source>
        <translation>帳號、姓名、角色或狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="154"/>
        <source>&amp;New account…</source>
        <translation>新增帳號(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="156"/>
        <source>Create an account (%1)</source>
        <translation>新增帳號（%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="160"/>
        <source>&amp;Reset password…</source>
        <translation>重設密碼(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="161"/>
        <source>Change r&amp;ole…</source>
        <translation>變更角色(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="164"/>
        <source>Accounts are never deleted: disable the account of someone who leaves; its history stays in the operation log.</source>
        <translation>帳號永不刪除：人員離職時停用其帳號，其歷史紀錄保留在操作日誌中。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="192"/>
        <source>&amp;Enable</source>
        <translation>啟用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="194"/>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="197"/>
        <source>%1 of %2 accounts shown</source>
        <translation>顯示 %1 個帳號，共 %2 個</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="101"/>
        <source>The password must be changed at the next sign-in.</source>
        <translation>下次登入時必須變更密碼。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="112"/>
        <source>User name</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="113"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="114"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="115"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="116"/>
        <source>Password changed</source>
        <translation>密碼變更時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="117"/>
        <source>Last sign-in</source>
        <translation>最近登入</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="125"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="128"/>
        <source>Locked until %1</source>
        <translation>鎖定至 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="129"/>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="143"/>
        <source>%1 (must change)</source>
        <translation>%1（須變更）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/accounts_model.py" line="146"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="54"/>
        <source>&amp;Print blank form…</source>
        <translation>列印空白表格(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="55"/>
        <source>Preview and print an empty form to fill in by hand</source>
        <translation>預覽並列印空白表格，以供手寫填寫</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="58"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="59"/>
        <source>Change the language and the idle lock</source>
        <translation>變更介面語言及閒置鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="62"/>
        <source>&amp;Change password…</source>
        <translation>變更密碼(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="63"/>
        <source>Set a new password for your own account</source>
        <translation>為自己的帳號設定新密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="66"/>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="67"/>
        <source>Lock the window now; your work stays open</source>
        <translation>立即鎖定視窗；工作內容保持不變</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="70"/>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="71"/>
        <source>End your session and return to the sign-in dialog</source>
        <translation>結束本次登入並回到登入畫面</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="73"/>
        <source>Close Records Desk</source>
        <translation>關閉 Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="75"/>
        <source>&amp;Accounts…</source>
        <translation>帳號管理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="76"/>
        <source>Create, disable and reset user accounts</source>
        <translation>新增、停用及重設使用者帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="79"/>
        <source>Operation &amp;log…</source>
        <translation>操作日誌(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="80"/>
        <source>Read the operation log</source>
        <translation>查閱操作日誌</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="83"/>
        <source>&amp;Verify audit chain</source>
        <translation>驗證日誌雜湊鏈(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="84"/>
        <source>Check that no entry of the operation log was altered</source>
        <translation>檢查操作日誌的紀錄是否遭到竄改</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="87"/>
        <source>&amp;About Records Desk</source>
        <translation>關於 Records Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="88"/>
        <source>Version, database and licences</source>
        <translation>版本、資料庫及授權資訊</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="91"/>
        <source>Open log &amp;folder</source>
        <translation>開啟日誌資料夾(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/actions.py" line="92"/>
        <source>Show the folder holding the application&apos;s log files</source>
        <translation>顯示存放程式日誌檔案的資料夾</translation>
    </message>
</context>
<context>
    <name>AdminTable</name>
    <message>
        <location filename="../../records_desk/ui/common/table.py" line="325"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../records_desk/app.py" line="265"/>
        <source>The database %1 could not be opened (%2). The details are in %3.</source>
        <translation>無法開啟資料庫 %1（%2）。詳細資料見 %3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/app.py" line="279"/>
        <source>This server is the one chosen in the settings. Records Desk can open this computer&apos;s file at the next start instead (the server stays as it is).</source>
        <translation>這個伺服器是設定中選用的。Records Desk 可以在下次啟動時改為開啟本機的資料庫檔案（伺服器保持原狀）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/app.py" line="286"/>
        <source>Use this computer&apos;s &amp;file next time</source>
        <translation>下次改用本機檔案(&amp;F)</translation>
    </message>
</context>
<context>
    <name>AuditAlarm</name>
    <message>
        <location filename="../../records_desk/wording/audit_alarm.py" line="27"/>
        <source>The operation log was shortened outside Records Desk: it ended at entry %1, though entry %2 had been written (found %3). The entries after %1 were deleted; later entries reuse their numbers.</source>
        <translation>操作日誌曾在 Records Desk 以外被截短：日誌止於第 %1 筆，但原已寫到第 %2 筆（發現於 %3）。第 %1 筆之後的紀錄已被刪除，其後的新紀錄沿用了那些編號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_alarm.py" line="35"/>
        <source>Entries were added to the operation log outside Records Desk: it ended at entry %1, though Records Desk had written up to entry %2 (found %3).</source>
        <translation>操作日誌曾在 Records Desk 以外被加入紀錄：日誌止於第 %1 筆，但 Records Desk 只寫到第 %2 筆（發現於 %3）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_alarm.py" line="42"/>
        <source>The operation log was rewritten outside Records Desk: entry %1 is not the one Records Desk wrote (found %2).</source>
        <translation>操作日誌曾在 Records Desk 以外被改寫：第 %1 筆不是 Records Desk 所寫的那一筆（發現於 %2）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_alarm.py" line="49"/>
        <source>The operation log&apos;s check file outside the database was removed; the log ended at entry %1 (found %2).</source>
        <translation>操作日誌存放在資料庫以外的核對檔已被刪除；當時日誌止於第 %1 筆（發現於 %2）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_alarm.py" line="56"/>
        <source>The operation log&apos;s check file outside the database was changed or damaged (found %1).</source>
        <translation>操作日誌存放在資料庫以外的核對檔已被修改或損壞（發現於 %1）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_alarm.py" line="62"/>
        <source>The operation log was already broken at entry %1 when it was first anchored (found %2).</source>
        <translation>操作日誌首次建立錨點時已在第 %1 筆斷裂（發現於 %2）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_alarm.py" line="71"/>
        <source>This happens when someone changes the database with its key outside Records Desk, or when an older copy of the database is put back by hand. Work can go on and the alarm stays on record: keep the database and the keys folder as they are, and tell whoever looks after this computer.</source>
        <translation>有人持金鑰在 Records Desk 以外修改資料庫，或以人工放回較舊的資料庫副本時，就會出現此警示。工作可以照常進行，警示會一直留存：請保持資料庫及金鑰資料夾原狀，並通知負責這台電腦的人員。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_alarm.py" line="85"/>
        <source>%1 more alarms were kept after it.</source>
        <translation>其後另有 %1 項警報。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="17"/>
        <source>Office set up</source>
        <translation>建立檔案室</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="18"/>
        <source>Signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="19"/>
        <source>Sign-in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="20"/>
        <source>Sign-in refused</source>
        <translation>拒絕登入</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="21"/>
        <source>Password change required</source>
        <translation>須變更密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="22"/>
        <source>Signed out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="23"/>
        <source>Window locked</source>
        <translation>鎖定視窗</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="24"/>
        <source>Window unlocked</source>
        <translation>解除鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="25"/>
        <source>Own password changed</source>
        <translation>變更本人密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="26"/>
        <source>Account locked</source>
        <translation>帳號已鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="27"/>
        <source>Account created</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="28"/>
        <source>Account disabled</source>
        <translation>停用帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="29"/>
        <source>Account enabled</source>
        <translation>啟用帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="30"/>
        <source>Password reset</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="31"/>
        <source>Role changed</source>
        <translation>變更角色</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="32"/>
        <source>Refused (no permission)</source>
        <translation>拒絕（無權限）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="33"/>
        <source>Operation log verified</source>
        <translation>驗證操作日誌</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="34"/>
        <source>Form printed</source>
        <translation>列印表格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="35"/>
        <source>Form saved as PDF</source>
        <translation>表格存為 PDF</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="36"/>
        <source>Customer file registered</source>
        <translation>新建客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="37"/>
        <source>Change requested</source>
        <translation>申請修改</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="38"/>
        <source>Change approved</source>
        <translation>批准修改</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="39"/>
        <source>Change refused</source>
        <translation>駁回修改</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="40"/>
        <source>Changed directly</source>
        <translation>直接修改</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="41"/>
        <source>Customer file voided</source>
        <translation>作廢客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="42"/>
        <source>Customer files imported</source>
        <translation>匯入客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="43"/>
        <source>Customer files exported</source>
        <translation>匯出客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="44"/>
        <source>Holiday SMS list exported</source>
        <translation>匯出節日簡訊名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="45"/>
        <source>Spot check drawn</source>
        <translation>抽取每週抽查</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="46"/>
        <source>Spot-check entry marked</source>
        <translation>標記抽查結果</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="47"/>
        <source>Review recorded</source>
        <translation>登錄階段評價</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="48"/>
        <source>Visit recorded</source>
        <translation>登錄拜訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="49"/>
        <source>Evaluation recorded</source>
        <translation>登錄審核評價</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="50"/>
        <source>Survey recorded</source>
        <translation>登錄客戶調查</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="51"/>
        <source>Grade changed</source>
        <translation>變更等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="52"/>
        <source>Grade quota overridden</source>
        <translation>核准超出等級比例</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="53"/>
        <source>Prospect level set</source>
        <translation>設定客戶級別</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="54"/>
        <source>Blacklisted</source>
        <translation>列入黑名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="55"/>
        <source>Blacklisting lifted</source>
        <translation>解除黑名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="56"/>
        <source>Re-admitted</source>
        <translation>重新準入</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="57"/>
        <source>Data quality checked</source>
        <translation>檢查資料品質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="58"/>
        <source>Likely duplicate dismissed</source>
        <translation>排除疑似重複</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="59"/>
        <source>Files lent</source>
        <translation>檔案借出</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="60"/>
        <source>Loan approved</source>
        <translation>借閱已同意</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="61"/>
        <source>Loan refused</source>
        <translation>借閱不同意</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="62"/>
        <source>File returned</source>
        <translation>檔案歸還</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="63"/>
        <source>File back in its place</source>
        <translation>檔案已歸位</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="64"/>
        <source>Copies consented to</source>
        <translation>同意複印</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="65"/>
        <source>Deputy archivist named</source>
        <translation>指定檔案代管人員</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="66"/>
        <source>Reception event</source>
        <translation>接待事項</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="67"/>
        <source>Walk-in assigned</source>
        <translation>分配來訪客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="68"/>
        <source>Visitor sheet corrected</source>
        <translation>更正客戶來訪登記表</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="69"/>
        <source>Phone enquiry logged</source>
        <translation>登記來電</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="70"/>
        <source>Visitor registered</source>
        <translation>登記客戶</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="71"/>
        <source>Follow-up recorded</source>
        <translation>登記跟進記錄</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="72"/>
        <source>Visitors related</source>
        <translation>登記客戶親屬關係</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="73"/>
        <source>Visitor sheet reviewed</source>
        <translation>審核客戶來訪登記表</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="74"/>
        <source>Visitor sheet verified</source>
        <translation>核對客戶來訪登記表</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="75"/>
        <source>Deal recorded</source>
        <translation>成交登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="76"/>
        <source>Commission split decided</source>
        <translation>佣金分配已裁定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="77"/>
        <source>Extract requested</source>
        <translation>申請提取資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="78"/>
        <source>Extract request decided</source>
        <translation>提取申請已核決</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="79"/>
        <source>Medium registered</source>
        <translation>登記介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="80"/>
        <source>Medium prepared</source>
        <translation>介質準備</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="81"/>
        <source>Medium issued</source>
        <translation>發放介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="82"/>
        <source>Medium returned</source>
        <translation>介質歸還</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="83"/>
        <source>Medium repair</source>
        <translation>介質送修</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="84"/>
        <source>Medium disposed of</source>
        <translation>介質銷毀</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="85"/>
        <source>Medium reported lost</source>
        <translation>介質報失</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="86"/>
        <source>Medium classified</source>
        <translation>介質定為涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="87"/>
        <source>Backup disc filed</source>
        <translation>備份光盤歸檔</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="88"/>
        <source>Media stocktake opened</source>
        <translation>開始介質盤點</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="89"/>
        <source>Media stocktake closed</source>
        <translation>完成介質盤點</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="90"/>
        <source>Sample media added</source>
        <translation>加入示例介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="91"/>
        <source>Media list imported</source>
        <translation>匯入介質清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="92"/>
        <source>Media inventory exported</source>
        <translation>匯出介質清冊</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="93"/>
        <source>Backup made</source>
        <translation>已備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="94"/>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="95"/>
        <source>Backup verified</source>
        <translation>已驗證備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="96"/>
        <source>Old backups removed</source>
        <translation>已刪除舊備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="97"/>
        <source>Data restored from a backup</source>
        <translation>已由備份還原資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="98"/>
        <source>Old data purged</source>
        <translation>已清理過期資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="99"/>
        <source>Key-recovery sheet printed</source>
        <translation>已列印金鑰復原單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="100"/>
        <source>Office moved onto a database server</source>
        <translation>檔案室已遷移到資料庫伺服器</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="101"/>
        <source>Office settings changed</source>
        <translation>變更全公司設定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="102"/>
        <source>Sample files added</source>
        <translation>加入示範檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="109"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="110"/>
        <source>Customer file</source>
        <translation>客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="111"/>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="112"/>
        <source>Office settings</source>
        <translation>全公司共用設定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="113"/>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="114"/>
        <source>Loan</source>
        <translation>借閱單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="115"/>
        <source>Reception day</source>
        <translation>接待日</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="116"/>
        <source>Visitor registration</source>
        <translation>客戶登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="117"/>
        <source>Deal</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="118"/>
        <source>Extract request</source>
        <translation>提取申請</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="119"/>
        <source>Medium</source>
        <translation>介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="120"/>
        <source>Media stocktake</source>
        <translation>介質盤點</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="121"/>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="137"/>
        <source>All account actions</source>
        <translation>所有帳號操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="138"/>
        <source>All sign-in problems</source>
        <translation>所有登入問題</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="139"/>
        <source>All lock and unlock</source>
        <translation>所有鎖定與解除</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="140"/>
        <source>All customer-file actions</source>
        <translation>所有客戶檔案操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="141"/>
        <source>All spot-check actions</source>
        <translation>所有抽查操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="142"/>
        <source>All printing</source>
        <translation>所有列印</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="143"/>
        <source>All grade actions</source>
        <translation>所有等級操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="144"/>
        <source>All blacklist actions</source>
        <translation>所有黑名單操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="145"/>
        <source>All data-quality actions</source>
        <translation>所有資料品質操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="146"/>
        <source>All office actions</source>
        <translation>所有檔案室操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="147"/>
        <source>All loan-register actions</source>
        <translation>所有借閱登記操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit.py" line="148"/>
        <source>All media-inventory actions</source>
        <translation>全部介質登記操作</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../records_desk/ui/models/audit_model.py" line="173"/>
        <source>As stored: %1</source>
        <translation>原始紀錄：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/audit_model.py" line="183"/>
        <source>Hash: %1</source>
        <translation>雜湊值：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="229"/>
        <source>Operation log</source>
        <translation>操作日誌</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="230"/>
        <source>&amp;Account:</source>
        <translation>帳號(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="231"/>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="232"/>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="233"/>
        <source>&amp;To</source>
        <translation>結束日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="234"/>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="235"/>
        <source>&amp;Verify chain</source>
        <translation>驗證雜湊鏈(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="237"/>
        <source>Recompute the hash of every entry to detect changes made outside the app</source>
        <translation>重新計算每筆紀錄的雜湊值，以發現在程式以外所作的修改</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="239"/>
        <source>Select an entry to read its details.</source>
        <translation>選擇一筆紀錄以查看詳細內容。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="248"/>
        <source>All accounts</source>
        <translation>全部帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="250"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="295"/>
        <source>The first day, %1, is after the last day, %2: swap them.</source>
        <translation>起始日期 %1 晚於結束日期 %2：請將兩者對調。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="325"/>
        <source>Tamper alarm: the operation log was changed outside the app.</source>
        <translation>竄改警報：操作日誌曾在程式以外被修改。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="341"/>
        <source>%1 of %2 entries loaded</source>
        <translation>已載入 %1 筆，共 %2 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="356"/>
        <source>The operation log is intact: %1 entries verified.</source>
        <translation>操作日誌完整：已驗證 %1 筆紀錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="369"/>
        <source>The operation log is broken at sequence number %1: that entry was changed or removed outside the app. %2 entries before it verify.</source>
        <translation>操作日誌在序號 %1 處斷裂：該筆紀錄曾在程式以外被修改或刪除。其之前的 %2 筆紀錄驗證無誤。</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../records_desk/ui/models/audit_model.py" line="54"/>
        <source>As stored: %1</source>
        <translation>原始紀錄：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/audit_model.py" line="120"/>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/audit_model.py" line="121"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/audit_model.py" line="122"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/audit_model.py" line="123"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/audit_model.py" line="124"/>
        <source>Entity</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/models/audit_model.py" line="125"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="57"/>
        <source>sign-in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="58"/>
        <source>password change</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="59"/>
        <source>unlock</source>
        <translation>解除鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="60"/>
        <source>key-recovery sheet</source>
        <translation>金鑰復原單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="83"/>
        <source>the account was locked</source>
        <translation>帳號已被鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="84"/>
        <source>the account was disabled</source>
        <translation>帳號已被停用</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="108"/>
        <source>records office created with its general manager</source>
        <translation>建立檔案室及其總經理帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="110"/>
        <source>signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="112"/>
        <source>password must be changed before signing in</source>
        <translation>登入前須先變更密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="115"/>
        <source>%1: unknown user name</source>
        <translation>%1：無此使用者名稱</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="116"/>
        <source>%1: wrong password</source>
        <translation>%1：密碼錯誤</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="119"/>
        <source>%1: account locked</source>
        <translation>%1：帳號已鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="120"/>
        <source>%1: unknown user name, locked</source>
        <translation>%1：無此使用者名稱，已鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="121"/>
        <source>%1: account disabled</source>
        <translation>%1：帳號已停用</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="123"/>
        <source>locked after %1 failed attempts</source>
        <translation>連續 %1 次失敗後鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="124"/>
        <source>changed own password</source>
        <translation>變更本人密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="125"/>
        <source>unlocked after idle lock</source>
        <translation>閒置鎖定後解除鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="127"/>
        <source>locked from the File menu</source>
        <translation>從「檔案」選單鎖定視窗</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="128"/>
        <source>locked after %1 minutes without input</source>
        <translation>閒置 %1 分鐘後鎖定視窗</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="131"/>
        <source>signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="132"/>
        <source>signed out: application closed</source>
        <translation>已登出：程式關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="133"/>
        <source>signed out: %1</source>
        <translation>已登出：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="136"/>
        <source>created account %1 (%2)</source>
        <translation>新增帳號 %1，角色：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="138"/>
        <source>reset the password of %1</source>
        <translation>重設 %1 的密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="141"/>
        <source>changed the role of %1 from %2 to %3</source>
        <translation>將 %1 的角色由%2改為%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="146"/>
        <source>enabled account %1</source>
        <translation>啟用帳號 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="147"/>
        <source>disabled account %1</source>
        <translation>停用帳號 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="149"/>
        <source>refused: %1</source>
        <translation>已拒絕：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="153"/>
        <source>printed %1 for %2 %3: %4 page(s) x %5 on %6</source>
        <translation>列印「%1」（%2 %3）：%4 頁 × %5 份，印表機 %6</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="158"/>
        <source>printed %1: %2 page(s) x %3 on %4</source>
        <translation>列印「%1」：%2 頁 × %3 份，印表機 %4</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="165"/>
        <source>saved %1 for %2 %3 as %4 (%5 page(s))</source>
        <translation>將「%1」（%2 %3）存為 %4（%5 頁）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="169"/>
        <source>saved %1 as %2 (%3 page(s))</source>
        <translation>將「%1」存為 %2（%3 頁）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="171"/>
        <source>moved the office from %1 onto %2</source>
        <translation>將辦公室資料由 %1 移至 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="179"/>
        <source> (as deputy archivist)</source>
        <translation>（以檔案代管人員身分）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary.py" line="180"/>
        <source> (extract request %1, approved by %2)</source>
        <translation>（提取申請 %1，由 %2 批准）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary_kit.py" line="71"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/audit_summary_kit.py" line="72"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../records_desk/ui/common/background.py" line="91"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/background.py" line="127"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>BlankFormsDialog</name>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="115"/>
        <source>Print blank form</source>
        <translation>列印空白表格</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="116"/>
        <source>&amp;Find:</source>
        <translation>搜尋(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="117"/>
        <source>Chinese or English title</source>
        <translation>中文或英文名稱</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="118"/>
        <source>&amp;Preview…</source>
        <translation>預覽(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="120"/>
        <source>Chinese title</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="121"/>
        <source>English title</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="122"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="123"/>
        <source>Form id</source>
        <translation>表格代號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="132"/>
        <source>Labels</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="132"/>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="163"/>
        <source>%1 of %2 forms</source>
        <translation>顯示 %1 份表格，共 %2 份</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/change_password.py" line="82"/>
        <source>Change password — Records Desk</source>
        <translation>變更密碼 — Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/change_password.py" line="83"/>
        <source>Choose a new password.</source>
        <translation>請設定新密碼。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/change_password.py" line="86"/>
        <source>User name:</source>
        <translation>帳號：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/change_password.py" line="87"/>
        <source>&amp;Current password:</source>
        <translation>目前密碼(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/change_password.py" line="88"/>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/change_password.py" line="89"/>
        <source>C&amp;onfirm new password:</source>
        <translation>確認新密碼(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/change_password.py" line="94"/>
        <source>At least 10 characters, different from the current one.</source>
        <translation>至少 10 個字元，且不可與目前密碼相同。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/change_password.py" line="95"/>
        <source>&amp;Change password</source>
        <translation>變更密碼(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/change_password.py" line="99"/>
        <source>The two new passwords do not match.</source>
        <translation>兩次輸入的新密碼不一致。</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <location filename="../../records_desk/cli/__init__.py" line="103"/>
        <source>Records Desk</source>
        <translation>Records Desk 檔案室系統</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/__init__.py" line="126"/>
        <source>database file (default: user data folder), or a server: postgresql://USER@HOST[:PORT]/DBNAME</source>
        <translation>資料庫檔案（預設：使用者資料資料夾），或伺服器：postgresql://USER@HOST[:PORT]/DBNAME</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/__init__.py" line="133"/>
        <source>account to sign in as</source>
        <translation>登入的帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/__init__.py" line="140"/>
        <source>the office key of a server office, from its key-recovery sheet (once per desk)</source>
        <translation>伺服器上檔案室的機構金鑰，見其金鑰復原單（每台電腦一次）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="49"/>
        <source>create a database and its general manager</source>
        <translation>建立資料庫及其總經理帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="54"/>
        <source>user name of the general manager</source>
        <translation>總經理的帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="59"/>
        <source>full name of the general manager</source>
        <translation>總經理的姓名</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="64"/>
        <source>replace a file left by an interrupted creation (0 bytes, or no tables); a file with tables is never replaced</source>
        <translation>取代建立中斷時留下的檔案（0 位元組或沒有資料表）；有資料表的檔案一律不取代</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="71"/>
        <source>the operation log</source>
        <translation>操作日誌</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="77"/>
        <source>check the operation log&apos;s hash chain and its anchor</source>
        <translation>驗證操作日誌的雜湊鏈及其錨點</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="83"/>
        <source>also hold the log against the heads the backups&apos; manifests keep (finds entries deleted from its end)</source>
        <translation>並與備份清單所存的鏈頭核對（可查出從末尾刪除的紀錄）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="93"/>
        <source>print the newest entries</source>
        <translation>列出最新的紀錄</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="99"/>
        <source>the accounts</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="104"/>
        <location filename="../../records_desk/cli/admin.py" line="117"/>
        <source>include disabled accounts</source>
        <translation>包括已停用的帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="111"/>
        <source>list the accounts</source>
        <translation>列出帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="120"/>
        <source>change your own password (also an expired or first one): current from RECORDS_DESK_PASSWORD or a prompt, new from RECORDS_DESK_NEW_PASSWORD or two prompts</source>
        <translation>變更自己的密碼（已過期或首次登入的密碼亦可）：目前密碼取自 RECORDS_DESK_PASSWORD 或提示輸入，新密碼取自 RECORDS_DESK_NEW_PASSWORD 或提示輸入兩次</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="43"/>
        <source>Print a form to a PDF file: blank, filled from a JSON file (the shape is in forms/README.md), or from the records (--customer, --entries). FORM_ID is a form&apos;s id or its annex name (annex1 … annex5). Every saved file is audited.</source>
        <translation>將表格列印為 PDF 檔案：空白表格、依 JSON 檔案填寫（格式見 forms/README.md），或依紀錄填寫（--customer、--entries）。FORM_ID 為表格代號或附件名稱（附件1 … 附件5）。每個存檔都記入操作日誌。</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="132"/>
        <source>the printed forms</source>
        <translation>列印表格</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="138"/>
        <location filename="../../records_desk/cli/forms.py" line="168"/>
        <source>list the forms (no sign-in needed)</source>
        <translation>列出表格（毋須登入）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="145"/>
        <source>print a form to a PDF file</source>
        <translation>將表格列印為 PDF 檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="156"/>
        <source>print a form to a PDF file (same as: forms print; print --list)</source>
        <translation>將表格列印為 PDF 檔案（同 forms print；print --list）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="173"/>
        <source>the form blank, to fill in by hand</source>
        <translation>空白表格，供手寫填寫</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="179"/>
        <source>fill the form from JSON</source>
        <translation>依 JSON 填寫表格</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="186"/>
        <source>the PDF to write</source>
        <translation>要寫入的 PDF</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="191"/>
        <source>label sheets: labels across x down (3x8)</source>
        <translation>標籤紙：橫向標籤數 x 縱向標籤數（3x8）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="196"/>
        <source>label sheets: shift in mm (1.5,-0.5)</source>
        <translation>標籤紙：位移，單位公釐（1.5,-0.5）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="201"/>
        <source>label sheets: the first free label of a part-used sheet (2,3: row 2, column 3)</source>
        <translation>標籤紙：已用過部分的標籤紙上第一個空白標籤（2,3：第 2 列第 3 欄）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="209"/>
        <source>label sheets: the calibration page</source>
        <translation>標籤紙：校正頁</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="40"/>
        <source>move the office from its database file onto an empty PostgreSQL database</source>
        <translation>將檔案室從資料庫檔案遷移至空的 PostgreSQL 資料庫</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="49"/>
        <source>do not ask for confirmation</source>
        <translation>不要求確認</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="54"/>
        <source>print the summary as JSON</source>
        <translation>以 JSON 輸出摘要</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../records_desk/cli/common.py" line="56"/>
        <source>no password: set %1 or run in a terminal</source>
        <translation>沒有密碼：請設定 %1，或在終端機中執行</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="67"/>
        <source>the server %1 wants a password: run the command once in a terminal to type it (it is then kept in this computer&apos;s keyring)</source>
        <translation>伺服器 %1 需要密碼：請在終端機執行一次此命令並輸入密碼（之後會保存在這台電腦的金鑰圈中）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="75"/>
        <source>password of the server %1: </source>
        <translation>伺服器 %1 的密碼：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="89"/>
        <source>cannot read the office key file %1</source>
        <translation>無法讀取機構金鑰檔 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="111"/>
        <source>--db %1 is not a server address that can be read: write it as postgresql://USER@HOST[:PORT]/DBNAME</source>
        <translation>--db %1 不是可讀取的伺服器位址：請寫成 postgresql://使用者@主機[:連接埠]/資料庫名稱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="136"/>
        <source>no database at %1 (create one with: records-desk init --admin NAME)</source>
        <translation>%1 沒有資料庫（可用 records-desk init --admin 帳號 建立）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="201"/>
        <source>created %1 with general manager %2</source>
        <translation>已建立 %1，總經理帳號：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="223"/>
        <source>password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="246"/>
        <source>warning: tamper alarm, the operation log was changed outside Records Desk (details: records-desk audit verify):</source>
        <translation>警告：竄改警報，操作日誌曾在 Records Desk 之外被更動（詳情：records-desk audit verify）：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="263"/>
        <source>%1 Change it with: %2</source>
        <translation>%1請用以下指令變更：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="304"/>
        <source>wrote %1 (1 page)</source>
        <translation>已寫入 %1（1 頁）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/common.py" line="306"/>
        <source>wrote %1 (%2 pages)</source>
        <translation>已寫入 %1（%2 頁）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="130"/>
        <location filename="../../records_desk/cli/admin.py" line="246"/>
        <source>new password for %1: </source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="138"/>
        <source>database key kept in the file %1</source>
        <translation>資料庫金鑰存放於檔案 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="140"/>
        <source>database key kept in the system keyring (%1)</source>
        <translation>資料庫金鑰存放於系統金鑰圈（%1）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="160"/>
        <location filename="../../records_desk/cli/move.py" line="119"/>
        <source>audit chain intact: %1 entries</source>
        <translation>操作日誌雜湊鏈完整：共 %1 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="162"/>
        <source>audit chain broken at sequence %1</source>
        <translation>操作日誌雜湊鏈於第 %1 筆斷開</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="174"/>
        <source>no backup manifest of this database there (%1 skipped)</source>
        <translation>該處沒有此資料庫的備份清單檔（略過 %1 個）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="178"/>
        <source>entries deleted from the operation log: it ends at entry %1, but the backup manifest %2 holds entry %3</source>
        <translation>操作日誌有記錄被刪除：日誌止於第 %1 筆，但備份清單檔 %2 記有第 %3 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="183"/>
        <source>the operation log was rewritten: its entry %3 is not the one the backup manifest %2 holds (the log ends at entry %1)</source>
        <translation>操作日誌遭改寫：其第 %3 筆與備份清單檔 %2 所記不同（日誌止於第 %1 筆）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="188"/>
        <source>the backup manifest %2 was altered (its signature does not match)</source>
        <translation>備份清單檔 %2 已被改動（簽章不符）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="207"/>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="207"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="222"/>
        <location filename="../../records_desk/cli/common.py" line="213"/>
        <source>this command needs --user NAME</source>
        <translation>此指令需要 --user 帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="223"/>
        <source>current password for %1: </source>
        <translation>%1 目前的密碼：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="230"/>
        <source>password of %1 changed</source>
        <translation>%1 的密碼已變更</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="242"/>
        <source>no new password: set %1 or run in a terminal</source>
        <translation>沒有新密碼：請設定 %1，或在終端機中執行</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="247"/>
        <source>new password for %1 again: </source>
        <translation>再次輸入 %1 的新密碼：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/admin.py" line="248"/>
        <source>the two new passwords differ; nothing changed</source>
        <translation>兩次輸入的新密碼不一致，未做任何變更</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="114"/>
        <source>%1: unknown form; the forms are: %2</source>
        <translation>「%1」：沒有這個表單；可列印的表單：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="248"/>
        <source>%1: %2: %3 (a broken form definition)</source>
        <translation>%1：%2：%3（表單定義有誤）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="269"/>
        <source>%1 cannot be printed on this label layout: %2</source>
        <translation>%1 無法以此標籤版面列印：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="277"/>
        <source>print needs -o OUT.pdf (or --list)</source>
        <translation>列印需要 -o 輸出.pdf（或 --list）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="281"/>
        <source>--calibration takes neither --blank nor --data</source>
        <translation>--calibration 不可與 --blank 或 --data 同用</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="286"/>
        <source>print needs a FORM_ID (records-desk forms list shows them)</source>
        <translation>列印需要表單名稱（records-desk forms list 列出全部表單）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="290"/>
        <source>print needs exactly one of --blank and --data FILE.json</source>
        <translation>列印需要 --blank 或 --data 檔案.json 其中之一</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="300"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1：不是 UTF-8 文字檔</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="303"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：無法讀取：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="308"/>
        <source>%1: line %2 column %3: not valid JSON</source>
        <translation>%1：第 %2 行第 %3 欄：不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="320"/>
        <source>--grid, --offset and --start are for label sheets</source>
        <translation>--grid、--offset 與 --start 只適用於標籤紙</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="334"/>
        <source>--grid %1: expected COLUMNSxROWS, e.g. 3x8</source>
        <translation>--grid %1：應寫成 欄數x列數，例如 3x8</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="345"/>
        <source>--offset %1: expected X,Y in mm, e.g. 1.5,-0.5</source>
        <translation>--offset %1：應寫成 X,Y（公釐），例如 1.5,-0.5</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="350"/>
        <source>--offset %1: at most %2 mm either way; check the paper size and the printer&apos;s scaling instead</source>
        <translation>--offset %1：任一方向最多 %2 公釐；請改為檢查紙張大小與印表機的縮放設定</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="360"/>
        <source>--start is for label sheets, not the calibration page</source>
        <translation>--start 只適用於標籤紙，不適用於校正頁</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="366"/>
        <source>--start %1: expected ROW,COLUMN counted from 1, e.g. 2,3</source>
        <translation>--start %1：應寫成 列,欄（從 1 起算），例如 2,3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="374"/>
        <source>--start %1: not on a %2×%3 sheet (%3 rows, %2 columns)</source>
        <translation>--start %1：不在 %2×%3 的標籤紙上（%3 列、%2 欄）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="385"/>
        <source>label sheets cannot be printed by this installation</source>
        <translation>此安裝版本無法列印標籤紙</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/forms.py" line="388"/>
        <source>%1×%2 labels do not fit on %3 paper (a label needs at least %4 × %5 mm): choose another --grid</source>
        <translation>%1×%2 的標籤放不進 %3 紙張（每張標籤至少需 %4 × %5 公釐）：請以 --grid 另選排列</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/exchange_lines.py" line="21"/>
        <source>warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/exchange_lines.py" line="26"/>
        <source>row %1 column %2: </source>
        <translation>第 %1 列 %2 欄：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/exchange_lines.py" line="28"/>
        <source>row %1: </source>
        <translation>第 %1 列：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="66"/>
        <location filename="../../records_desk/cli/move.py" line="71"/>
        <source>not a server address: %1</source>
        <translation>不是伺服器位址：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="116"/>
        <source>moved the office from %1 onto %2: %3 rows in %4 tables</source>
        <translation>已將檔案室從 %1 遷移到 %2：%4 個資料表共 %3 筆資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="120"/>
        <source>%1 is left as it was: keep it as the backup of the move, and work on the server from now on (records-desk --db %2)</source>
        <translation>%1 維持原狀：請保留它作為這次遷移的備份，今後在伺服器上作業（records-desk --db %2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="131"/>
        <source>move-to asks for confirmation: add --yes to move without</source>
        <translation>move-to 需要確認：加上 --yes 即不經確認直接遷移</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="133"/>
        <source>Move the office in %1 onto %2? The file stays as it is, as the backup of the move. [y/N] </source>
        <translation>將 %1 的檔案室遷移到 %2？該檔案維持原狀，作為這次遷移的備份。[y/N] </translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="139"/>
        <source>nothing was moved</source>
        <translation>未遷移任何資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/move.py" line="149"/>
        <source>copying %1: %2 / %3 rows</source>
        <translation>正在複製 %1：%2 / %3 筆</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/helptext.py" line="66"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="33"/>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="34"/>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="37"/>
        <source>show this help message and exit</source>
        <translation>顯示此說明並結束</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="42"/>
        <source>(see: %1 --help)</source>
        <translation>（說明：%1 --help）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="55"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="71"/>
        <source>%1: %2 is not one of %3</source>
        <translation>%1：「%2」不是可用的選項（可用：%3）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="80"/>
        <source>%1: %2 is not a valid value</source>
        <translation>%1：「%2」不是有效的值</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="85"/>
        <source>%1 needs a value</source>
        <translation>%1 後面需要一個值</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="89"/>
        <source>%1 is given the wrong number of values</source>
        <translation>%1 後面的值個數不對</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="94"/>
        <source>%1 cannot be given together with %2</source>
        <translation>%1 不能與 %2 同時使用</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="100"/>
        <source>%1 takes no value (%2 was given)</source>
        <translation>%1 不接受值（卻給了 %2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="108"/>
        <source>missing: %1</source>
        <translation>缺少必要的參數：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="112"/>
        <source>one of these is needed: %1</source>
        <translation>需要以下其中之一：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="116"/>
        <source>not understood: %1</source>
        <translation>無法辨識的參數：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/arguments.py" line="121"/>
        <source>%1 could be any of %2; write it out</source>
        <translation>%1 可能是 %2 其中之一；請寫出完整名稱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/__init__.py" line="63"/>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式版本並結束</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/print_checks.py" line="25"/>
        <source>print needs -o OUT.pdf</source>
        <translation>列印需要 -o 輸出.pdf</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/print_checks.py" line="33"/>
        <source>a form filled from the database takes no --list, --blank, --data or --calibration</source>
        <translation>由資料庫填寫的表單不可搭配 --list、--blank、--data 或 --calibration</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/print_checks.py" line="44"/>
        <source>%1 fills %2, not %3</source>
        <translation>%1 只用於填寫 %2，不適用於 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/print_checks.py" line="50"/>
        <source>%1 needs %2</source>
        <translation>%1 需要 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/print_checks.py" line="55"/>
        <source>%1 takes no %2</source>
        <translation>%1 不可搭配 %2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/print_checks.py" line="67"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../records_desk/ui/widgets/date_field.py" line="73"/>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日（如 2026-11-27）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/widgets/date_field.py" line="73"/>
        <source>yyyy-mm-dd, or empty</source>
        <translation>年-月-日，或留空</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/widgets/date_field.py" line="77"/>
        <source>Pick the day on a calendar</source>
        <translation>在月曆上選日期</translation>
    </message>
</context>
<context>
    <name>DisableReasonDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="174"/>
        <source>Disable account %1</source>
        <translation>停用帳號 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="176"/>
        <source>e.g. left the company on 30 November</source>
        <translation>例如：11 月 30 日離職</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="177"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="180"/>
        <source>%1 can no longer sign in. The account and its history are kept; it can be enabled again.</source>
        <translation>%1 將無法再登入。帳號及其歷史紀錄都會保留，日後可再次啟用。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="184"/>
        <source>Disable account</source>
        <translation>停用帳號</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../records_desk/ui/error_dialog.py" line="72"/>
        <source>Unexpected error — Records Desk</source>
        <translation>未預期的錯誤 — Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/error_dialog.py" line="74"/>
        <source>&lt;b&gt;Something went wrong: %1&lt;/b&gt;&lt;p&gt;Records Desk carries on; what you were doing may not have finished. Please check it, and give the details below to whoever looks after the program.&lt;/p&gt;&lt;p&gt;The log file is %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;發生錯誤：%1&lt;/b&gt;&lt;p&gt;Records Desk 會繼續運行，但剛才的操作可能沒有完成，請檢查一下，並把下面的詳細資料交給負責維護本程式的人員。&lt;/p&gt;&lt;p&gt;日誌檔案：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/error_dialog.py" line="82"/>
        <source>%1 errors happened; all are in the details.</source>
        <translation>共發生 %1 個錯誤，詳細資料中列出全部。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/error_dialog.py" line="85"/>
        <source>&amp;Copy details</source>
        <translation>複製詳細資料(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <location filename="../../records_desk/ui/common/excel_import.py" line="41"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/excel_import.py" line="55"/>
        <source>&amp;Choose file…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/excel_import.py" line="75"/>
        <source>Save &amp;error report…</source>
        <translation>儲存錯誤報告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/excel_import.py" line="76"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/excel_import.py" line="111"/>
        <source>Save the error report</source>
        <translation>儲存錯誤報告</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/excel_import.py" line="127"/>
        <source>The error report (%1 lines) was saved to %2.</source>
        <translation>錯誤報告（%1 行）已儲存至 %2。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/excel_import.py" line="163"/>
        <source>Choose the Excel file</source>
        <translation>選擇 Excel 檔案</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../records_desk/wording/files.py" line="14"/>
        <source>%1 is not an ordinary file (a folder, a device or a pipe); nothing was written. Choose a file name.</source>
        <translation>%1 不是一般檔案（是資料夾、裝置或管道），沒有寫入任何內容。請選擇一個檔案名稱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/files.py" line="20"/>
        <source>%1 is read-only; it was not overwritten. Choose another file name.</source>
        <translation>%1 是唯讀檔案，未被覆寫。請選擇其他檔案名稱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/files.py" line="24"/>
        <source>%1 was not written: the folder does not exist.</source>
        <translation>%1：無法寫入：資料夾不存在。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/files.py" line="26"/>
        <source>%1 was not written: you may not write in that folder.</source>
        <translation>%1：無法寫入：您沒有寫入該資料夾的權限。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/files.py" line="28"/>
        <source>%1 was not written: the disk is full.</source>
        <translation>%1：無法寫入：磁碟空間已滿。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/files.py" line="30"/>
        <source>%1 was not written: %2.</source>
        <translation>%1：無法寫入：%2。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="141"/>
        <source>New records office — Records Desk</source>
        <translation>新建檔案室 — Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="144"/>
        <source>&lt;b&gt;Create the general manager&lt;/b&gt;&lt;br&gt;This database has no accounts yet. Create the account of the general manager, who will then create the accounts of the other staff.</source>
        <translation>&lt;b&gt;建立總經理帳號&lt;/b&gt;&lt;br&gt;此資料庫尚未有任何帳號。請先建立總經理的帳號，再由總經理為其他人員建立帳號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="150"/>
        <source>&amp;User name:</source>
        <translation>帳號(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="151"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="152"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="153"/>
        <source>&amp;Confirm password:</source>
        <translation>確認密碼(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="158"/>
        <source>letters, digits, . _ - (3 to 32)</source>
        <translation>英文字母、數字、. _ -（3 至 32 個字元）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="159"/>
        <source>At least 10 characters. Passwords expire after 90 days.</source>
        <translation>至少 10 個字元。密碼每 90 天到期，須定期更換。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="160"/>
        <source>&amp;Create account</source>
        <translation>建立帳號(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="162"/>
        <source>Or, on a new computer, start with the records office&apos;s existing data:</source>
        <translation>或者，在新電腦上，以檔案室現有的資料開始：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="168"/>
        <source>Use the office&apos;s &amp;server…</source>
        <translation>使用機構的伺服器(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="171"/>
        <source>This computer joins the records office on the office&apos;s database server: type its address, then sign in with your account there.</source>
        <translation>讓這台電腦加入機構資料庫伺服器上的檔案室：輸入伺服器位址，再以您在那裡的帳號登入。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/first_run.py" line="194"/>
        <source>The two passwords do not match.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../records_desk/ui/widgets/folder_dialog.py" line="38"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/widgets/folder_dialog.py" line="53"/>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="88"/>
        <source>The two passwords do not match.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="27"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="28"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="29"/>
        <source>Column note</source>
        <translation>欄位說明</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="36"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="37"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="38"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="39"/>
        <source>Value</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="40"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="58"/>
        <location filename="../../records_desk/wording/exchange.py" line="103"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="66"/>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 列（%2 欄）：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="68"/>
        <source>Rows %1 (%2): %3</source>
        <translation>第 %1 列（%2 欄）：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="72"/>
        <source>Row %1: %3</source>
        <translation>第 %1 列：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="74"/>
        <source>Rows %1: %3</source>
        <translation>第 %1 列：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="95"/>
        <source>Error report</source>
        <translation>錯誤報告</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="101"/>
        <source>No sheet “%1” (the file has: %2)</source>
        <translation>找不到工作表「%1」（檔案中有：%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="110"/>
        <source>“%1” cannot be read: it is not an xlsx workbook, or it is damaged</source>
        <translation>無法讀取「%1」：不是 xlsx 活頁簿，或檔案已損壞</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/exchange.py" line="120"/>
        <source>“%1” has more than %2 rows, more than one import takes; nothing was read. Split it into files of at most %2 rows</source>
        <translation>「%1」超過 %2 列，超出單次匯入的上限，未讀取任何資料。請分成每個最多 %2 列的檔案</translation>
    </message>
</context>
<context>
    <name>JoinServerDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="125"/>
        <source>Use the office&apos;s server — Records Desk</source>
        <translation>使用機構的伺服器 — Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="128"/>
        <source>Type the address of the office&apos;s database server, as whoever set it up gave it to you, e.g. %1. The server&apos;s password, and once the office key from the key-recovery sheet, are asked for when connecting.</source>
        <translation>請輸入機構資料庫伺服器的位址（由架設伺服器的人提供），例如 %1。連線時會詢問伺服器密碼；第一次還會詢問金鑰復原單上的機構金鑰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="133"/>
        <source>Server &amp;address:</source>
        <translation>伺服器位址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="134"/>
        <source>Te&amp;st connection</source>
        <translation>測試連線(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="135"/>
        <source>&amp;Open the office</source>
        <translation>開啟檔案室(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="136"/>
        <source>Start the office &amp;here</source>
        <translation>在此建立檔案室(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="196"/>
        <source>No records office is on this server yet: its database is empty. Check the address with whoever set up the server. If it is the office&apos;s new server, press Start the office here: then create its general manager, or restore the office&apos;s backup there.</source>
        <translation>此伺服器上尚無檔案室：其資料庫是空的。請向架設伺服器的人確認位址。若這是機構的新伺服器，請按「在此建立檔案室」，然後建立總經理帳號，或將機構的備份還原到該處。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="212"/>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="218"/>
        <source>Connected: PostgreSQL %1. A records office is there.</source>
        <translation>已連線：PostgreSQL %1。該資料庫已有檔案室。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="237"/>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="250"/>
        <source>Opening the records office at %1…</source>
        <translation>正在開啟 %1 的檔案室…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="262"/>
        <source>This computer now opens the records office at %1 whenever Records Desk starts. Create its general manager, or restore the office&apos;s backup there.</source>
        <translation>從現在起，Records Desk 每次啟動都會開啟 %1 的檔案室。請建立其總經理帳號，或將機構的備份還原到該處。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/join_server.py" line="267"/>
        <source>This computer now opens the records office at %1 whenever Records Desk starts. Sign in with your account there.</source>
        <translation>從現在起，Records Desk 每次啟動都會開啟 %1 的檔案室。請以您在那裡的帳號登入。</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../records_desk/ui/common/list_editor.py" line="108"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/list_editor.py" line="109"/>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/list_editor.py" line="110"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/list_editor.py" line="111"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/list_editor.py" line="112"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/list_editor.py" line="114"/>
        <source>Double-click a name (or press F2) to rename it; Delete removes it.</source>
        <translation>按兩下名稱（或按 F2）可改名；按 Delete 鍵移除。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/list_editor.py" line="158"/>
        <source>A name cannot be empty.</source>
        <translation>名稱不能空白。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/list_editor.py" line="164"/>
        <source>“%1” is already on the list of %2.</source>
        <translation>「%1」已在「%2」清單中。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/list_editor.py" line="206"/>
        <source>The name stays “%1”.</source>
        <translation>名稱仍為「%1」。</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../records_desk/ui/idle.py" line="145"/>
        <source>Records Desk is locked</source>
        <translation>Records Desk 已鎖定</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/idle.py" line="148"/>
        <source>%1 (%2) is signed in. Enter the password to carry on where you left off, or sign out.</source>
        <translation>%1（%2）已登入。請輸入密碼以繼續剛才的工作，或選擇登出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/idle.py" line="154"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/idle.py" line="155"/>
        <source>&amp;Unlock</source>
        <translation>解除鎖定(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/idle.py" line="156"/>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/login.py" line="95"/>
        <source>Sign in — %1</source>
        <translation>登入 — %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/login.py" line="97"/>
        <source>&lt;b&gt;Sign in to Records Desk&lt;/b&gt;&lt;br&gt;Records office: %1</source>
        <translation>&lt;b&gt;登入 Records Desk&lt;/b&gt;&lt;br&gt;檔案室資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/login.py" line="101"/>
        <source>&amp;User name:</source>
        <translation>帳號(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/login.py" line="101"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/login.py" line="104"/>
        <source>&amp;Sign in</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/login.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="220"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="221"/>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="222"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="231"/>
        <source>Not for your role (%1).</source>
        <translation>您的角色（%1）不能使用此功能。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="239"/>
        <source>Signed in: %1 (%2)</source>
        <translation>登入者：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="241"/>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="243"/>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="250"/>
        <source>Server on this computer (local connection)</source>
        <translation>伺服器在這台電腦上（本機連線）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="252"/>
        <source>Server connection encrypted (TLS)</source>
        <translation>伺服器連線已加密（TLS）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="254"/>
        <source>Server connection NOT encrypted</source>
        <translation>伺服器連線未加密</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="256"/>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="258"/>
        <source>Encrypted, key in private file %1</source>
        <translation>已加密，金鑰存於私人檔案 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="259"/>
        <source>Encrypted, key in OS keyring</source>
        <translation>已加密，金鑰存於系統金鑰圈</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/window_dialogs.py" line="83"/>
        <source>Your password was changed.</source>
        <translation>您的密碼已變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/window_dialogs.py" line="124"/>
        <source>This part of Records Desk is not built yet.</source>
        <translation>Records Desk 的這個部分尚未完成。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/audit_checks.py" line="24"/>
        <source>The operation log is intact: %1 entries checked.</source>
        <translation>操作日誌完整：已檢查 %1 筆紀錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/audit_checks.py" line="31"/>
        <source>The operation log has been tampered with: entry %1 does not match the chain.</source>
        <translation>操作日誌曾遭竄改：第 %1 筆紀錄與雜湊鏈不符。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/audit_checks.py" line="54"/>
        <source>Tamper alarm: the operation log was changed outside Records Desk. Open Admin → Operation log for the details.</source>
        <translation>竄改警報：操作日誌曾在 Records Desk 以外被修改。詳情請開啟「管理 → 操作日誌」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="318"/>
        <source>No file manager could open the log folder on this computer. The log files are in:</source>
        <translation>這台電腦沒有可開啟日誌資料夾的檔案管理程式。日誌檔案位於：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/main_window.py" line="320"/>
        <source>Log folder</source>
        <translation>日誌資料夾</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="21"/>
        <source>view the accounts</source>
        <translation>查看帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="22"/>
        <source>create an account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="23"/>
        <source>disable an account</source>
        <translation>停用帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="24"/>
        <source>enable an account</source>
        <translation>啟用帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="25"/>
        <source>reset a password</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="26"/>
        <source>change a role</source>
        <translation>變更角色</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="27"/>
        <source>read the operation log</source>
        <translation>查閱操作日誌</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="28"/>
        <source>verify the operation log</source>
        <translation>驗證操作日誌</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="29"/>
        <source>print a form</source>
        <translation>列印表格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="30"/>
        <source>view customer files</source>
        <translation>查閱客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="31"/>
        <source>register a customer file</source>
        <translation>登記客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="32"/>
        <source>request a change of a customer file</source>
        <translation>申請修改客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="35"/>
        <source>approve a change of customer data</source>
        <translation>審批客戶資料修改</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="36"/>
        <source>change customer data directly</source>
        <translation>直接修改客戶資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="37"/>
        <source>void a customer file</source>
        <translation>作廢客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="38"/>
        <source>change a customer&apos;s grade</source>
        <translation>變更客戶等級</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="39"/>
        <source>override a grade quota</source>
        <translation>超出等級比例的特批</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="40"/>
        <source>set a prospect level</source>
        <translation>設定客戶級別（A/B/C）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="41"/>
        <source>manage the blacklist</source>
        <translation>管理黑名單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="42"/>
        <source>record a customer review</source>
        <translation>登記客戶階段評價</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="43"/>
        <source>record a customer visit</source>
        <translation>登記客戶拜訪</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="44"/>
        <source>record a customer evaluation</source>
        <translation>記錄客戶審核評價</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="45"/>
        <source>record a customer survey</source>
        <translation>記錄客戶情況調查</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="46"/>
        <source>run the weekly spot check</source>
        <translation>執行每週抽查</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="47"/>
        <source>view data-quality problems</source>
        <translation>查看資料品質問題</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="48"/>
        <source>dismiss a likely duplicate</source>
        <translation>排除疑似重複</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="49"/>
        <source>import customer files</source>
        <translation>匯入客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="50"/>
        <source>export customer data</source>
        <translation>匯出客戶資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="51"/>
        <source>change the office settings</source>
        <translation>變更全公司共用設定</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="52"/>
        <source>view the loan register</source>
        <translation>查看借閱登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="53"/>
        <source>lend customer files</source>
        <translation>借出客戶檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="54"/>
        <source>take back lent files</source>
        <translation>收回借出的檔案</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="55"/>
        <source>approve a loan to an outside borrower</source>
        <translation>同意外單位人員借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="56"/>
        <source>name the archivist&apos;s deputy</source>
        <translation>指定檔案代管人員</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="57"/>
        <source>view the reception day</source>
        <translation>查看接待輪序</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="58"/>
        <source>keep the reception desk</source>
        <translation>登記接待台事項</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="59"/>
        <source>change the rotation or cancel a turn</source>
        <translation>調整輪序或取消輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="60"/>
        <source>register visitors and follow-ups</source>
        <translation>登記客戶及跟進記錄</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="61"/>
        <source>log a phone enquiry</source>
        <translation>登記來電</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="62"/>
        <source>review the visitor sheet</source>
        <translation>審核客戶來訪登記表</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="63"/>
        <source>record a deal</source>
        <translation>登記成交</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="64"/>
        <source>decide a commission split</source>
        <translation>決定傭金分配</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="65"/>
        <source>view the media inventory</source>
        <translation>查閱移動存儲介質登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="66"/>
        <source>register or classify a medium</source>
        <translation>登記介質或定為涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="67"/>
        <source>prepare a medium</source>
        <translation>準備介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="68"/>
        <source>issue or take back a medium</source>
        <translation>發放或收回介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="69"/>
        <source>send a medium to repair</source>
        <translation>介質送修</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="70"/>
        <source>dispose of a medium</source>
        <translation>銷毀介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="71"/>
        <source>take stock of the media</source>
        <translation>盤點介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="72"/>
        <source>consent to issuing a department&apos;s medium</source>
        <translation>同意借出部門的介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="73"/>
        <source>export the media inventory</source>
        <translation>匯出移動存儲介質清冊</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="74"/>
        <source>make or check a backup</source>
        <translation>製作或檢查備份</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="75"/>
        <source>restore the data from a backup</source>
        <translation>由備份還原資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="76"/>
        <source>purge old data</source>
        <translation>清理過期資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="77"/>
        <source>print the database key-recovery sheet</source>
        <translation>列印資料庫金鑰復原單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="78"/>
        <source>move the office onto a database server</source>
        <translation>將檔案室遷移到資料庫伺服器</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="79"/>
        <source>ask for an extract of customer data</source>
        <translation>申請提取客戶資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="80"/>
        <source>approve or refuse an extract of customer data</source>
        <translation>同意或不同意提取客戶資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="91"/>
        <source>General manager</source>
        <translation>總經理</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="92"/>
        <source>Customer director</source>
        <translation>客戶總監</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="93"/>
        <source>Archivist</source>
        <translation>檔案管理員</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="94"/>
        <source>Reception clerk</source>
        <translation>銷售文員</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="95"/>
        <source>Sales manager</source>
        <translation>銷售經理</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="96"/>
        <source>Consultant</source>
        <translation>置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/terms.py" line="97"/>
        <source>Staff (read only)</source>
        <translation>各部門職員（唯讀）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="20"/>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation>密碼只有 %1 個字元，至少需要 %2 個。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="27"/>
        <source>Wrong user name or password. 1 attempt left before the account is locked.</source>
        <translation>帳號或密碼錯誤。再失敗 1 次帳號將被鎖定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="31"/>
        <source>Wrong user name or password. %1 attempts left before the account is locked.</source>
        <translation>帳號或密碼錯誤。再失敗 %1 次帳號將被鎖定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="35"/>
        <source>Wrong user name or password.</source>
        <translation>帳號或密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="40"/>
        <source>This account is locked after too many failed attempts, until %1. Try again then, or ask the general manager to reset the password.</source>
        <translation>此帳號因多次登入失敗已被鎖定，直到 %1。請屆時再試，或請總經理重設密碼。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="49"/>
        <source>The account %1 is disabled. Ask the general manager.</source>
        <translation>帳號 %1 已停用，請聯絡總經理。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="57"/>
        <source>Your password is older than 90 days and must be changed now.</source>
        <translation>您的密碼已使用超過 90 天，必須立即變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="58"/>
        <source>Your password was set by an administrator and must be changed now.</source>
        <translation>您的密碼由管理員設定，必須立即變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="65"/>
        <source>The password is only spaces. Choose one with letters, digits or signs.</source>
        <translation>密碼只有空白字元，請改用含字母、數字或符號的密碼。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="72"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密碼不可與目前密碼相同。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="77"/>
        <source>Your role may not do this (%1). The attempt was recorded.</source>
        <translation>您的角色無權執行此操作（%1），此次嘗試已記錄在案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="84"/>
        <source>The user name must be 3 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>帳號須為 3 至 32 個英文字母、數字、「.」、「_」或「-」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="89"/>
        <source>The user name %1 is already in use.</source>
        <translation>帳號 %1 已被使用。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="94"/>
        <source>There is no account named %1.</source>
        <translation>沒有名為 %1 的帳號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="99"/>
        <source>This records office already has accounts.</source>
        <translation>此檔案室資料庫已有帳號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="104"/>
        <source>%1 is the last active general manager and cannot be disabled or changed.</source>
        <translation>%1 是最後一位在職的總經理，不能停用或變更其角色。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="111"/>
        <source>You cannot disable your own account or change your own role.</source>
        <translation>不能停用自己的帳號或變更自己的角色。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="116"/>
        <source>There is no form %1.</source>
        <translation>沒有表格 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="122"/>
        <source>The data to print is wrong at %1: %2</source>
        <translation>列印資料有誤，位置 %1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="129"/>
        <source>%1 characters; %2 takes at most %3</source>
        <translation>%1 個字；%2最多 %3 個字</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="130"/>
        <source>not text</source>
        <translation>不是文字</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="131"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="132"/>
        <source>not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>不是日期時間（YYYY-MM-DD HH:MM）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="133"/>
        <source>not a whole number</source>
        <translation>不是整數</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="134"/>
        <source>not a number</source>
        <translation>不是數字</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="135"/>
        <source>not an amount of money</source>
        <translation>不是金額</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="136"/>
        <source>not yes or no</source>
        <translation>不是「是」或「否」</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="137"/>
        <source>not one of: %1</source>
        <translation>不是以下其中之一：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="138"/>
        <source>a field this form does not have</source>
        <translation>此表單沒有這個欄位</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="139"/>
        <source>not a set of fields</source>
        <translation>不是一組欄位</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="140"/>
        <source>must be filled in</source>
        <translation>必須填寫</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="141"/>
        <source>not a header with rows and sections</source>
        <translation>不是含表頭、表列與段落的資料</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="142"/>
        <source>not a header, rows or sections</source>
        <translation>不是表頭、表列或段落</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="143"/>
        <source>not a list of rows</source>
        <translation>不是表列的清單</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="144"/>
        <source>this form has no table</source>
        <translation>此表單沒有表格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="145"/>
        <source>a section this form does not have</source>
        <translation>此表單沒有這個段落</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="146"/>
        <source>%1 adds up to %2, not %3</source>
        <translation>%1合計為 %2，而非 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="147"/>
        <source>a barcode takes only English letters, digits and punctuation</source>
        <translation>條碼只能含英文字母、數字與標點符號</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="157"/>
        <source>The key of the database %1 cannot be found on this computer. Open it on the computer and as the user that created it, or put its key file back in the keys folder.</source>
        <translation>在這台電腦上找不到資料庫 %1 的金鑰。請在建立它的電腦上、以建立它的使用者開啟，或將其金鑰檔放回金鑰資料夾。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="212"/>
        <source>A database already exists at %1. Open it, or give another file name with --db.</source>
        <translation>%1 已有資料庫。請開啟它，或以 --db 指定其他檔案名稱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="256"/>
        <source>This computer does not have the office key of %1 yet. Give it once, from the office&apos;s key-recovery sheet (on the command line: --office-key FILE).</source>
        <translation>這台電腦還沒有 %1 的機構金鑰。請依機構的金鑰復原單輸入一次（命令列：--office-key 檔案）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="268"/>
        <source>The office key kept on this computer does not match the records at %1. Give the key from the office&apos;s key-recovery sheet (on the command line: --office-key FILE).</source>
        <translation>這台電腦保存的機構金鑰與 %1 的資料不符。請依機構的金鑰復原單輸入金鑰（命令列：--office-key 檔案）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="274"/>
        <source>The office key given does not match the records at %1. Check it against the office&apos;s key-recovery sheet.</source>
        <translation>輸入的機構金鑰與 %1 的資料不符。請對照機構的金鑰復原單檢查。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="285"/>
        <source>The database server of %1 cannot be reached. Check that it is running and that this computer may connect to it (address, port, firewall).</source>
        <translation>無法連線到 %1 的資料庫伺服器。請確認伺服器正在執行，且這台電腦可以連線（位址、連接埠、防火牆）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="290"/>
        <source>The database server of %1 refused the password. Check it and try again.</source>
        <translation>%1 的資料庫伺服器拒絕了密碼。請檢查後再試一次。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="293"/>
        <source>The database server has no database named in %1. Ask its administrator to create it (docs/several-desks.md).</source>
        <translation>資料庫伺服器上沒有 %1 所指的資料庫。請伺服器管理員建立（docs/several-desks.md）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="298"/>
        <source>The database server does not know the user named in %1. Ask its administrator to create it (docs/several-desks.md).</source>
        <translation>資料庫伺服器上沒有 %1 所指的使用者。請伺服器管理員建立（docs/several-desks.md）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="306"/>
        <source>The database server of %1 refused the connection.</source>
        <translation>%1 的資料庫伺服器拒絕了連線。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="316"/>
        <source>The file %1 is not a Records Desk database. Check the file name given with --db or chosen at start.</source>
        <translation>檔案 %1 不是 Records Desk 資料庫。請檢查以 --db 指定或啟動時選擇的檔案名稱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="166"/>
        <source>The file %1 is not a Records Desk database, or its key does not match.</source>
        <translation>檔案 %1 不是 Records Desk 資料庫，或金鑰不符。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="173"/>
        <source>The database %1 was changed by a newer version of Records Desk. Open it with that version.</source>
        <translation>資料庫 %1 已被較新版本的 Records Desk 變更，請用該版本開啟。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="185"/>
        <source>The key of the database %1 is damaged: %2. It was not used or replaced; restore that key from a backup.</source>
        <translation>資料庫 %1 的金鑰已損壞：%2。此金鑰未被使用也未被取代；請從備份還原該金鑰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="197"/>
        <source>There is no database at %1.</source>
        <translation>%1 沒有資料庫。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="204"/>
        <source>Another program created a database at %1 at the same time; it was kept and this one was not made.</source>
        <translation>另一個程式同時在 %1 建立了資料庫；已保留該資料庫，本次未建立。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="223"/>
        <source>The file %1 is empty (0 bytes), left by an interrupted creation. Replace it with a new database with: records-desk init --replace-empty --admin NAME</source>
        <translation>檔案 %1 是空的（0 位元組），是中斷的建立留下的。請用以下指令以新資料庫取代：records-desk init --replace-empty --admin NAME</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="236"/>
        <source>The database %1 has tables but no schema version: it was not made by Records Desk, or not completely. Restore it from a backup.</source>
        <translation>資料庫 %1 有資料表但沒有結構版本：它不是由 Records Desk 建立，或未建立完成。請從備份還原。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="244"/>
        <source>The database %1 has no tables: its creation was interrupted. Replace it with a new one with: records-desk init --replace-empty --admin NAME</source>
        <translation>資料庫 %1 沒有任何資料表：建立過程曾中斷。請用以下指令以新資料庫取代：records-desk init --replace-empty --admin NAME</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="328"/>
        <source>The database %1 is damaged (cut short or overwritten). Restore it from a backup.</source>
        <translation>資料庫 %1 已損壞（被截斷或覆寫）。請從備份還原。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="339"/>
        <source>The database %1 cannot be written: %2 is read-only. Give your account write access to it.</source>
        <translation>無法寫入資料庫 %1：%2 是唯讀的。請給您的帳號寫入權限。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="351"/>
        <source>The data is being restored from a backup; wait until the restore is done.</source>
        <translation>正在由備份還原資料；請等待還原完成。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="359"/>
        <source>The disk is full: nothing was saved to %1. Free some space and try again.</source>
        <translation>磁碟已滿：沒有任何內容存入 %1。請釋出空間後再試一次。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="370"/>
        <source>Sample files are only added to a database without real ones; this one holds 1 customer file not made as a sample.</source>
        <translation>範例檔案只能加入沒有真實資料的資料庫；此資料庫有 1 份不是範例的客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="376"/>
        <source>Sample files are only added to a database without real ones; this one holds %1 customer files not made as samples.</source>
        <translation>範例檔案只能加入沒有真實資料的資料庫；此資料庫有 %1 份不是範例的客戶檔案。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/common.py" line="383"/>
        <source>Only the general manager may add sample files.</source>
        <translation>只有總經理可以加入範例檔案。</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <location filename="../../records_desk/wording/move.py" line="20"/>
        <source>%1 is already on a database server; move-to moves an office from its database file (--db FILE).</source>
        <translation>%1 已在資料庫伺服器上；move-to 是從檔案室的資料庫檔案（--db 檔案）遷移。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/move.py" line="32"/>
        <source>The server database %1 is not empty: an office moves only into a new, empty database. Nothing was copied. Ask its administrator for an empty one (docs/several-desks.md).</source>
        <translation>伺服器資料庫 %1 不是空的：檔案室只能遷移到新建的空資料庫。未複製任何資料。請向伺服器管理員索取一個空資料庫（docs/several-desks.md）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/move.py" line="45"/>
        <source>%1 holds tables this version of Records Desk does not know (%2): move it with the version that made them. Nothing was copied.</source>
        <translation>%1 含有此版本 Records Desk 不認識的資料表（%2）：請用建立這些資料表的版本遷移。未複製任何資料。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/move.py" line="58"/>
        <source>The copy on %1 was not kept: its operation log did not verify there. The server database is still empty and the database file unchanged; run audit verify on the file.</source>
        <translation>%1 上的副本未保留：其操作日誌在伺服器上驗證不通過。伺服器資料庫仍是空的，資料庫檔案未變更；請對該檔案執行 audit verify。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/move.py" line="65"/>
        <source>The copy on %1 was not kept: its row counts did not match the file&apos;s. The server database is still empty and the database file unchanged.</source>
        <translation>%1 上的副本未保留：其資料筆數與檔案不符。伺服器資料庫仍是空的，資料庫檔案未變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/move.py" line="76"/>
        <source>The move onto %1 stopped: the server&apos;s role in the address does not own the database&apos;s tables (docs/several-desks.md, step 2). The server database is still empty and the database file unchanged.</source>
        <translation>遷移到 %1 的作業已停止：位址中的伺服器角色不是該資料庫資料表的擁有者（docs/several-desks.md，第 2 步）。伺服器資料庫仍是空的，資料庫檔案未變更。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/move.py" line="83"/>
        <source>The move onto %1 stopped: the connection to the server was lost. The server database is still empty and the database file unchanged; run move-to again.</source>
        <translation>遷移到 %1 的作業已停止：與伺服器的連線中斷。伺服器資料庫仍是空的，資料庫檔案未變更；請再執行一次 move-to。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/move.py" line="89"/>
        <source>The move onto %1 stopped: the server refused the copy (the log says why). The server database is still empty and the database file unchanged.</source>
        <translation>遷移到 %1 的作業已停止：伺服器拒絕了這次複製（原因見日誌）。伺服器資料庫仍是空的，資料庫檔案未變更。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="105"/>
        <source>New account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="111"/>
        <source>&amp;User name:</source>
        <translation>帳號(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="112"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="113"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="114"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="115"/>
        <source>&amp;Confirm password:</source>
        <translation>確認密碼(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="116"/>
        <source>The person must change this password at the first sign-in.</source>
        <translation>此人首次登入時必須變更此密碼。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="117"/>
        <source>Create account</source>
        <translation>建立帳號</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="130"/>
        <source>Enter a user name.</source>
        <translation>請輸入帳號。</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <location filename="../../records_desk/ui/notify.py" line="23"/>
        <location filename="../../records_desk/ui/notify.py" line="30"/>
        <source>Records Desk</source>
        <translation>Records Desk 檔案室系統</translation>
    </message>
</context>
<context>
    <name>OfficeKeyDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/office_key.py" line="37"/>
        <source>This computer does not have the office key of %1 yet.</source>
        <translation>這台電腦還沒有 %1 的機構金鑰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/office_key.py" line="41"/>
        <source>The office key kept on this computer does not match the records at %1.</source>
        <translation>這台電腦保存的機構金鑰與 %1 的資料不符。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/office_key.py" line="92"/>
        <source>Office key — Records Desk</source>
        <translation>機構金鑰 — Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/office_key.py" line="95"/>
        <source>Type the key from the office&apos;s key-recovery sheet, 17 groups of four (the last is the check group), or scan the sheet&apos;s QR code into the field. This computer keeps it; it is asked for once.</source>
        <translation>請依機構的金鑰復原單輸入金鑰，共 17 組、每組四碼（最後一組為檢查碼），或將復原單上的 QR 碼掃入此欄。本機會保存金鑰，只需輸入一次。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/office_key.py" line="100"/>
        <source>Office &amp;key:</source>
        <translation>機構金鑰(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/office_key.py" line="101"/>
        <source>&amp;Open the office</source>
        <translation>開啟檔案室(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PlaceholderTab</name>
    <message>
        <location filename="../../records_desk/ui/widgets/placeholder.py" line="53"/>
        <source>This feature is not built yet.</source>
        <translation>此功能尚未完成。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="194"/>
        <source>Print preview — %1 (%2)</source>
        <translation>列印預覽 — %1（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="197"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="198"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="199"/>
        <source>Fit width</source>
        <translation>符合頁寬</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="200"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="201"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="202"/>
        <source>&amp;Open in system viewer</source>
        <translation>以系統檢視器開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="203"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="219"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="291"/>
        <source>The printer %1 did not accept the job. Check that it is on and connected, then print again.</source>
        <translation>印表機 %1 未接受列印工作。請確認印表機已開啟並已連接，然後再列印一次。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="309"/>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="327"/>
        <source>%1 already exists; nothing was written. Choose another name.</source>
        <translation>%1 已存在，沒有寫入任何內容。請選擇其他名稱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/printing/preview_dialog.py" line="393"/>
        <source>No program to show PDF files was found. The PDF is saved at %1.</source>
        <translation>找不到可顯示 PDF 檔案的程式。PDF 已儲存於 %1。</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../records_desk/ui/common/ask.py" line="14"/>
        <source>Records Desk</source>
        <translation>Records Desk 檔案室系統</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="149"/>
        <source>Reset password of %1</source>
        <translation>重設 %1 的密碼</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="152"/>
        <source>&amp;Temporary password:</source>
        <translation>臨時密碼(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="153"/>
        <source>&amp;Confirm password:</source>
        <translation>確認密碼(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="156"/>
        <source>%1 must change this temporary password at the next sign-in. A lockout after failed attempts is lifted.</source>
        <translation>%1 下次登入時必須變更此臨時密碼。因多次登入失敗而造成的鎖定將一併解除。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="160"/>
        <source>Reset password</source>
        <translation>重設密碼</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="197"/>
        <source>Change role of %1</source>
        <translation>變更 %1 的角色</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="199"/>
        <source>New &amp;role:</source>
        <translation>新角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/account_form.py" line="200"/>
        <source>Change role</source>
        <translation>變更角色</translation>
    </message>
</context>
<context>
    <name>SavePdf</name>
    <message>
        <location filename="../../records_desk/ui/common/save_pdf.py" line="65"/>
        <source>Save %1 as PDF</source>
        <translation>將%1存為 PDF</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/save_pdf.py" line="78"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/save_pdf.py" line="86"/>
        <source>Saved %1. Open it now?</source>
        <translation>已存為 %1。現在開啟嗎？</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/common/save_pdf.py" line="92"/>
        <source>No program to show PDF files was found. The PDF is saved at %1.</source>
        <translation>找不到可顯示 PDF 檔案的程式。PDF 已儲存於 %1。</translation>
    </message>
</context>
<context>
    <name>ServerOffice</name>
    <message>
        <location filename="../../records_desk/ui/server_office.py" line="65"/>
        <source>%1 is not a server address Records Desk can read. Write it as %2 (on this computer&apos;s socket: postgresql://USER@/DBNAME?host=/run/postgresql).</source>
        <translation>%1 不是 Records Desk 能讀取的伺服器位址。請寫成 %2（經本機通訊端連線：postgresql://使用者@/資料庫名稱?host=/run/postgresql）。</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/server_password.py" line="62"/>
        <source>Database server password — Records Desk</source>
        <translation>資料庫伺服器密碼 — Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/server_password.py" line="64"/>
        <source>The database server asks for the password of:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>資料庫伺服器要求以下連線的密碼：&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/server_password.py" line="68"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/server_password.py" line="71"/>
        <source>Once the server accepts it, it is kept in this computer&apos;s keyring (never in the settings file), and not asked for again here.</source>
        <translation>伺服器接受後，密碼會保存在本機的系統金鑰圈（絕不寫入設定檔），本機不會再次詢問。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/server_password.py" line="75"/>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/server_password.py" line="79"/>
        <source>Type the password.</source>
        <translation>請輸入密碼。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="204"/>
        <source>Settings — Records Desk</source>
        <translation>設定 — Records Desk</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="205"/>
        <source>&amp;Language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="205"/>
        <source>&amp;Lock after idle:</source>
        <translation>閒置後鎖定(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="208"/>
        <source> minutes</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="211"/>
        <source>Without keyboard or mouse input for this long, the window locks behind your password. What you typed stays.</source>
        <translation>在此時間內沒有鍵盤或滑鼠操作，視窗會鎖定，須輸入密碼才能繼續；已輸入的內容會保留。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="215"/>
        <source>Records office at the next start</source>
        <translation>下次啟動時開啟的檔案室</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="217"/>
        <source>In use now: the database server %1</source>
        <translation>目前使用：資料庫伺服器 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="219"/>
        <source>In use now: the file %1</source>
        <translation>目前使用：檔案 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="222"/>
        <source>&amp;This computer&apos;s file: %1</source>
        <translation>本機的資料庫檔案(&amp;T)：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="224"/>
        <source>A database se&amp;rver:</source>
        <translation>資料庫伺服器(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="226"/>
        <source>The server&apos;s address, without a password, e.g. %1</source>
        <translation>伺服器位址，不含密碼，例如 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="230"/>
        <source>Te&amp;st connection</source>
        <translation>測試連線(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="233"/>
        <source>Used when Records Desk is started without an office named in its shortcut. The server&apos;s password is not kept here: it is asked for once and kept in this computer&apos;s keyring.</source>
        <translation>Records Desk 的捷徑未指定資料庫時，啟動即使用這裡的選擇。伺服器密碼不會存放在這裡：只詢問一次，並保存在本機的系統金鑰圈。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="61"/>
        <source>Type the server&apos;s address, e.g. %1</source>
        <translation>請輸入伺服器位址，例如 %1</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="67"/>
        <source>Leave the password out of the address: it is asked for when connecting and kept in this computer&apos;s keyring, never in the settings.</source>
        <translation>請勿在位址中寫入密碼：連線時會詢問密碼，並保存在本機的系統金鑰圈，絕不寫入設定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="278"/>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="293"/>
        <source>Connected: PostgreSQL %1. A records office is there.</source>
        <translation>已連線：PostgreSQL %1。該資料庫已有檔案室。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="296"/>
        <source>Connected: PostgreSQL %1. The database is empty: the next start makes a new records office there.</source>
        <translation>已連線：PostgreSQL %1。該資料庫是空的：下次啟動時會在其中建立新的檔案室。</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="86"/>
        <source>The connection failed (%1).</source>
        <translation>連線失敗（%1）。</translation>
    </message>
</context>
</TS>
