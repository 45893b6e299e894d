<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/about.py" line="34" />
            <source>About %1</source>
            <translation>關於 %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/about.py" line="36" />
            <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;The records office's desktop application: customer files, the loan register, removable media and the reception rotation.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;&lt;p&gt;Qt %4, PySide6 %5. Chinese text uses the WenQuanYi Micro Hei font (Apache License 2.0).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;檔案室桌面應用程式：客戶檔案、檔案借閱登記、移動存儲介質及接待輪序。&lt;/p&gt;&lt;p&gt;資料庫：%3&lt;/p&gt;&lt;p&gt;Qt %4，PySide6 %5。中文字型採用文泉驛微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="151" />
            <source>Accounts</source>
            <translation>帳號管理</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="152" />
            <source>&amp;Search:</source>
            <translation>搜尋(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="153" />
            <source>User name, name, role or status</source>
            <translation>帳號、姓名、角色或狀態</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="154" />
            <source>&amp;New account…</source>
            <translation>新增帳號(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="156" />
            <source>Create an account (%1)</source>
            <translation>新增帳號（%1）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="160" />
            <source>&amp;Reset password…</source>
            <translation>重設密碼(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="161" />
            <source>Change r&amp;ole…</source>
            <translation>變更角色(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="164" />
            <source>Accounts are never deleted: disable the account of someone who leaves; its history stays in the operation log.</source>
            <translation>帳號永不刪除：人員離職時停用其帳號，其歷史紀錄保留在操作日誌中。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="192" />
            <source>&amp;Enable</source>
            <translation>啟用(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="194" />
            <source>&amp;Disable…</source>
            <translation>停用(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/accounts_dialog.py" line="197" />
            <source>%1 of %2 accounts shown</source>
            <translation>顯示 %1 個帳號，共 %2 個</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="101" />
            <source>The password must be changed at the next sign-in.</source>
            <translation>下次登入時必須變更密碼。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="112" />
            <source>User name</source>
            <translation>帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="113" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="114" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="115" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="116" />
            <source>Password changed</source>
            <translation>密碼變更時間</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="117" />
            <source>Last sign-in</source>
            <translation>最近登入</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="125" />
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="128" />
            <source>Locked until %1</source>
            <translation>鎖定至 %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="129" />
            <source>Active</source>
            <translation>使用中</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="143" />
            <source>%1 (must change)</source>
            <translation>%1（須變更）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/accounts_model.py" line="146" />
            <source>never</source>
            <translation>從未</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="72" />
            <source>&amp;Print blank form…</source>
            <translation>列印空白表格(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="73" />
            <source>Preview and print an empty form to fill in by hand</source>
            <translation>預覽並列印空白表格，以供手寫填寫</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="76" />
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="77" />
            <source>Change the language and the idle lock</source>
            <translation>變更介面語言及閒置鎖定</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="80" />
            <source>&amp;Change password…</source>
            <translation>變更密碼(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="81" />
            <source>Set a new password for your own account</source>
            <translation>為自己的帳號設定新密碼</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="84" />
            <source>&amp;Lock</source>
            <translation>鎖定(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="85" />
            <source>Lock the window now; your work stays open</source>
            <translation>立即鎖定視窗；工作內容保持不變</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="88" />
            <source>Sign &amp;out</source>
            <translation>登出(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="89" />
            <source>End your session and return to the sign-in dialog</source>
            <translation>結束本次登入並回到登入畫面</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="91" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="91" />
            <source>Close Records Desk</source>
            <translation>關閉 Records Desk</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="93" />
            <source>&amp;Accounts…</source>
            <translation>帳號管理(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="94" />
            <source>Create, disable and reset user accounts</source>
            <translation>新增、停用及重設使用者帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="97" />
            <source>Operation &amp;log…</source>
            <translation>操作日誌(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="98" />
            <source>Read the operation log</source>
            <translation>查閱操作日誌</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="101" />
            <source>&amp;Verify audit chain</source>
            <translation>驗證日誌雜湊鏈(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="102" />
            <source>Check that no entry of the operation log was altered</source>
            <translation>檢查操作日誌的紀錄是否遭到竄改</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="105" />
            <source>&amp;About Records Desk</source>
            <translation>關於 Records Desk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="106" />
            <source>Version, database and licences</source>
            <translation>版本、資料庫及授權資訊</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="109" />
            <source>Open log &amp;folder</source>
            <translation>開啟日誌資料夾(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="110" />
            <source>Show the folder holding the application's log files</source>
            <translation>顯示存放程式日誌檔案的資料夾</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="113" />
            <source>&amp;Import from Excel…</source>
            <translation>從 Excel 匯入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="114" />
            <source>Check an Excel list of customers row by row, then import it</source>
            <translation>逐列檢查 Excel 客戶名單，然後匯入</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="117" />
            <source>&amp;Export to Excel…</source>
            <translation>匯出至 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="118" />
            <source>Write the customers shown in the tab (or all) to an Excel file</source>
            <translation>將分頁中顯示的客戶（或全部客戶）寫入 Excel 檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="121" />
            <source>Holiday &amp;SMS list…</source>
            <translation>節日簡訊名單(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="122" />
            <source>Names and mobiles for holiday greetings, without blacklisted files</source>
            <translation>節日問候用的姓名及手機號碼，不含黑名單客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="127" />
            <source>Grade &amp;quotas…</source>
            <translation>客戶等級比例(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="128" />
            <source>VIP and preferred shares per department and product line</source>
            <translation>各部門及各產品線 VIP 與優選客戶所佔比例</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="131" />
            <source>&amp;Reviews and visits…</source>
            <translation>評審與回訪(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="132" />
            <source>Reviews due and overdue, VIP not downgraded, visits overdue</source>
            <translation>到期及逾期的評審、未降級的 VIP、逾期的回訪</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="135" />
            <source>&amp;Blacklist…</source>
            <translation>黑名單(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="136" />
            <source>Who is blacklisted until when; add, lift, re-admit</source>
            <translation>誰列入黑名單至何時；列入、解除、重新准入</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="139" />
            <source>&amp;Data quality…</source>
            <translation>資料品質(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="140" />
            <source>Scores per maintainer and department, and the problems to fix</source>
            <translation>各維護人員及部門的評分，以及待修正的問題</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="143" />
            <source>&amp;Weekly spot check…</source>
            <translation>每週抽查(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="144" />
            <source>Draw this week's sample of new entries and mark each one</source>
            <translation>抽取本週新錄入檔案的樣本並逐一評定</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="147" />
            <source>&amp;Office settings…</source>
            <translation>全公司共用設定(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/actions.py" line="148" />
            <source>Archive codes, evaluation weights and spot-check size for every desk</source>
            <translation>所有電腦共用的檔案類別代碼、審核評價權重及抽查筆數</translation>
        </message>
    </context>
    <context>
        <name>AddEntryForm</name>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="86" />
            <source>Add to the blacklist</source>
            <translation>列入黑名單</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="96" />
            <source>Six months (the usual validity)</source>
            <translation>六個月（一般有效期）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="109" />
            <source>Only for more than six months: why</source>
            <translation>僅在超過六個月時填寫：理由</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="117" />
            <source>Customer:</source>
            <translation>客戶：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="118" />
            <source>&amp;List:</source>
            <translation>名單(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="119" />
            <source>&amp;Department:</source>
            <translation>部門(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="120" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="121" />
            <source>Validity:</source>
            <translation>有效期：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="122" />
            <source>Last &amp;day in force:</source>
            <translation>有效期至(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="123" />
            <source>Director's &amp;override:</source>
            <translation>總監特批理由(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>AdminTable</name>
        <message>
            <location filename="../../records_desk/ui/customers/admin_table.py" line="158" />
            <source>&amp;Refresh</source>
            <translation>重新整理(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../records_desk/app.py" line="141" />
            <source>The database %1 could not be opened (%2). The details are in %3.</source>
            <translation>無法開啟資料庫 %1（%2）。詳細資料見 %3。</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="226" />
            <source>Operation log</source>
            <translation>操作日誌</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="227" />
            <source>&amp;Account:</source>
            <translation>帳號(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="228" />
            <source>A&amp;ction:</source>
            <translation>操作(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="229" />
            <source>&amp;From</source>
            <translation>起始日期(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="230" />
            <source>&amp;To</source>
            <translation>結束日期(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="231" />
            <source>&amp;Reload</source>
            <translation>重新載入(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="232" />
            <source>&amp;Verify chain</source>
            <translation>驗證雜湊鏈(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="234" />
            <source>Recompute the hash of every entry to detect changes made outside the app</source>
            <translation>重新計算每筆紀錄的雜湊值，以發現在程式以外所作的修改</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="236" />
            <source>Select an entry to read its details.</source>
            <translation>選擇一筆紀錄以查看詳細內容。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="244" />
            <source>All accounts</source>
            <translation>全部帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="246" />
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="301" />
            <source>%1 of %2 entries loaded</source>
            <translation>已載入 %1 筆，共 %2 筆</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="314" />
            <source>The operation log is intact: %1 entries verified.</source>
            <translation>操作日誌完整：已驗證 %1 筆紀錄。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/audit_log_dialog.py" line="322" />
            <source>The operation log is broken at sequence number %1: that entry was changed or removed outside the app. %2 entries before it verify.</source>
            <translation>操作日誌在序號 %1 處斷裂：該筆紀錄曾在程式以外被修改或刪除。其之前的 %2 筆紀錄驗證無誤。</translation>
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message>
            <location filename="../../records_desk/ui/models/audit_model.py" line="105" />
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/audit_model.py" line="106" />
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/audit_model.py" line="107" />
            <source>Account</source>
            <translation>帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/audit_model.py" line="108" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/audit_model.py" line="109" />
            <source>Entity</source>
            <translation>對象</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/models/audit_model.py" line="110" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <location filename="../../records_desk/ui/customers/background.py" line="72" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/background.py" line="107" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>BlacklistDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="90" />
            <source>Blacklist</source>
            <translation>黑名單</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="96" />
            <source>Archive number of the customer</source>
            <translation>客戶的檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="98" />
            <source>&amp;Add to blacklist…</source>
            <translation>列入黑名單(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="101" />
            <source>&amp;Lift…</source>
            <translation>解除(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="104" />
            <source>Re-&amp;admit…</source>
            <translation>重新准入(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="115" />
            <source>Customer:</source>
            <translation>客戶：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="124" />
            <source>Entries in red are in force. Only the general manager and the customer director add, lift and re-admit; a re-admitted customer starts again as 合格.</source>
            <translation>紅色條目為生效中。只有總經理和客戶總監可以列入、解除及重新准入；重新准入的客戶一律從合格開始。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="174" />
            <source>There is no customer file numbered %1.</source>
            <translation>沒有檔案編號為 %1 的客戶檔案。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="207" />
            <source>%1 is blacklisted until %2.</source>
            <translation>%1 已列入黑名單，有效期至 %2。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="217" />
            <source>Select an entry of the list first.</source>
            <translation>請先在名單中選擇一個條目。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="225" />
            <source>Lift the blacklist entry</source>
            <translation>解除黑名單條目</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="226" />
            <source>Why is %1 lifted early?</source>
            <translation>為何提前解除 %1？</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="277" />
            <source>%1 is back on the customer list as 合格.</source>
            <translation>%1 已重新列入客戶名單，等級為合格。</translation>
        </message>
    </context>
    <context>
        <name>BlacklistModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="57" />
            <source>Archive number</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="58" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="59" />
            <source>List</source>
            <translation>名單</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="60" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="61" />
            <source>From</source>
            <translation>起始日</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="62" />
            <source>Until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="63" />
            <source>In force</source>
            <translation>生效中</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="64" />
            <source>Decided by</source>
            <translation>決定人</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="65" />
            <source>Lifted on</source>
            <translation>解除日</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="66" />
            <source>Override</source>
            <translation>特批理由</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_view.py" line="67" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>BlankFormsDialog</name>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="112" />
            <source>Print blank form</source>
            <translation>列印空白表格</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="113" />
            <source>&amp;Find:</source>
            <translation>搜尋(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="114" />
            <source>Chinese or English title</source>
            <translation>中文或英文名稱</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="115" />
            <source>&amp;Preview…</source>
            <translation>預覽(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="117" />
            <source>Chinese title</source>
            <translation>中文名稱</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="118" />
            <source>English title</source>
            <translation>英文名稱</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="119" />
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="120" />
            <source>Form id</source>
            <translation>表格代號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="129" />
            <source>Labels</source>
            <translation>標籤</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="129" />
            <source>Form</source>
            <translation>表格</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/blank_forms_dialog.py" line="160" />
            <source>%1 of %2 forms</source>
            <translation>顯示 %1 份表格，共 %2 份</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/change_dialog.py" line="82" />
            <source>Change %1 directly</source>
            <translation>直接修改 %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/change_dialog.py" line="84" />
            <source>The change is made at once and recorded as a direct change.</source>
            <translation>修改立即生效，並記錄為直接修改。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/change_dialog.py" line="87" />
            <source>Request a change of %1</source>
            <translation>申請修改 %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/change_dialog.py" line="90" />
            <source>The general manager or the customer director approves or refuses the request; the file stays as it is until then.</source>
            <translation>由總經理或客戶總監批准或拒絕此申請；在此之前檔案保持不變。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/change_dialog.py" line="94" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/change_dialog.py" line="96" />
            <source>Change</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/change_dialog.py" line="96" />
            <source>Request</source>
            <translation>申請</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/change_dialog.py" line="111" />
            <source>The file was changed.</source>
            <translation>檔案已修改。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/change_dialog.py" line="116" />
            <source>Change request %1 was filed for approval.</source>
            <translation>修改申請 %1 已提交審批。</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/change_password.py" line="78" />
            <source>Change password — Records Desk</source>
            <translation>變更密碼 — Records Desk</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/change_password.py" line="79" />
            <source>Choose a new password.</source>
            <translation>請設定新密碼。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/change_password.py" line="82" />
            <source>User name:</source>
            <translation>帳號：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/change_password.py" line="83" />
            <source>&amp;Current password:</source>
            <translation>目前密碼(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/change_password.py" line="84" />
            <source>&amp;New password:</source>
            <translation>新密碼(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/change_password.py" line="85" />
            <source>C&amp;onfirm new password:</source>
            <translation>確認新密碼(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/change_password.py" line="90" />
            <source>At least 10 characters, different from the current one.</source>
            <translation>至少 10 個字元，且不可與目前密碼相同。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/change_password.py" line="91" />
            <source>&amp;Change password</source>
            <translation>變更密碼(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/change_password.py" line="95" />
            <source>The two new passwords do not match.</source>
            <translation>兩次輸入的新密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>CustomerAdmin</name>
        <message>
            <location filename="../../records_desk/ui/customers/admin_words.py" line="17" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/admin_words.py" line="16" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/admin_words.py" line="23" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>CustomerExport</name>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="43" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="53" />
            <source>Export customer files</source>
            <translation>匯出客戶檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="54" />
            <source>customers</source>
            <translation>客戶檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="60" />
            <source>Save the holiday SMS list</source>
            <translation>儲存節日簡訊名單</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="61" />
            <source>sms_contacts</source>
            <translation>簡訊名單</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="82" />
            <source>Exporting customer files…</source>
            <translation>正在匯出客戶檔案…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="91" />
            <source>Writing the SMS list…</source>
            <translation>正在寫入簡訊名單…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="104" />
            <source>%1 customer files were exported to %2.</source>
            <translation>已將 %1 份客戶檔案匯出至 %2。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="114" />
            <source>%1 contacts were written to %2. Left out: %3 blacklisted, %4 void, %5 without a mobile, %6 repeated mobiles.</source>
            <translation>已將 %1 位聯絡人寫入 %2。未列入：黑名單 %3 位、作廢 %4 位、無手機 %5 位、手機重複 %6 位。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/export_action.py" line="129" />
            <source>The export was cancelled; no file was written.</source>
            <translation>已取消匯出，未寫入任何檔案。</translation>
        </message>
    </context>
    <context>
        <name>CustomerForm</name>
        <message>
            <location filename="../../records_desk/ui/customers/customer_form.py" line="115" />
            <source>Several numbers separated by commas</source>
            <translation>多個號碼以逗號分隔</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_form.py" line="116" />
            <source>Separated by commas</source>
            <translation>以逗號分隔</translation>
        </message>
    </context>
    <context>
        <name>CustomerMessages</name>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="49" />
            <source>Department %1: %2 of %3 customers are %4 now (%5); this change would make %6 (%7), over the %4 cap of %8.</source>
            <translation>部門 %1：%3 位客戶中現有 %2 位%4（%5）；此變更將使其成為 %6 位（%7），超過%4上限 %8。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="55" />
            <source>Product line %1: %2 of %3 customers are %4 now (%5); this change would make %6 (%7), over the %4 cap of %8.</source>
            <translation>產品線 %1：%3 位客戶中現有 %2 位%4（%5）；此變更將使其成為 %6 位（%7），超過%4上限 %8。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="76" />
            <source>it is empty</source>
            <translation>未填寫</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="77" />
            <source>it is not a number</source>
            <translation>不是號碼</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="78" />
            <source>only Taiwan and mainland China numbers are accepted</source>
            <translation>僅接受台灣及中國大陸的號碼</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="81" />
            <source>the length or prefix is wrong for its region</source>
            <translation>長度或字首不符合該地區的格式</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="90" />
            <source>it must look like CS-2026-00042</source>
            <translation>格式應如 CS-2026-00042</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="93" />
            <source>its category code does not belong to the record type</source>
            <translation>其類別代碼與資料類型不符</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="96" />
            <source>its year is wrong</source>
            <translation>年份錯誤</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="97" />
            <source>its sequence number cannot be 00000</source>
            <translation>流水號不可為 00000</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="100" />
            <source>two record types have the same category code</source>
            <translation>兩種資料類型使用了相同的類別代碼</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="108" />
            <source>Please give a reason: it is kept with the file's history.</source>
            <translation>請填寫原因：原因將隨檔案歷史保存。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="118" />
            <source>The file was changed by someone else since (it is now at version %1, the change was prepared on version %2). Look at it again and repeat the change.</source>
            <translation>檔案已被他人修改（目前為第 %1 版，本次修改依據第 %2 版）。請重新查看後再修改。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="127" />
            <source>Nothing was changed: the file already says this.</source>
            <translation>沒有任何變更：檔案內容已是如此。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="130" />
            <source>The archive number %1 cannot be used: %2.</source>
            <translation>檔案編號 %1 無法使用：%2。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="136" />
            <source>The archive number %1 is already in use.</source>
            <translation>檔案編號 %1 已被使用。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="141" />
            <source>No archive numbers are left for %1-%2.</source>
            <translation>%1-%2 已無可用的檔案編號。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="147" />
            <source>%1 is not a valid phone number: %2.</source>
            <translation>%1 不是有效的電話號碼：%2。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="152" />
            <location filename="../../records_desk/ui/customers/messages.py" line="295" />
            <source>%1 is not a valid date.</source>
            <translation>%1 不是有效的日期。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="156" />
            <source>The customer does not meet every admission criterion: %1.</source>
            <translation>客戶未符合全部准入條件：%1。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="165" />
            <source>The customer is on the blacklist until %1 (first free day %2): %3</source>
            <translation>客戶在黑名單中，有效期至 %1（%2 起解除）：%3</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="175" />
            <source>The customer left the blacklist on %1 and must be re-admitted first.</source>
            <translation>客戶已於 %1 解除黑名單，須先重新准入。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="182" />
            <source>Re-admission needs an approval on record.</source>
            <translation>重新准入須有審批紀錄。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="184" />
            <source>A re-admitted customer starts again as qualified.</source>
            <translation>重新准入的客戶須從合格類客戶開始。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="187" />
            <source>Without a director's override the entry may last until %1 at the latest.</source>
            <translation>未經總監特批，有效期最遲至 %1。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="194" />
            <source>The entry must end after it starts.</source>
            <translation>結束日期必須晚於開始日期。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="196" />
            <source>A department entry names its department; a company entry names none.</source>
            <translation>部門黑名單須指明部門；公司黑名單不指明部門。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="202" />
            <source>That blacklist entry already ended on %1.</source>
            <translation>該黑名單紀錄已於 %1 結束。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="207" />
            <source>The event date %1 is after the entry; one of the two dates is wrong.</source>
            <translation>事件日期 %1 晚於錄入時間，兩者之一有誤。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="214" />
            <source>A spot check draws at least one entry.</source>
            <translation>抽查至少須抽取一筆紀錄。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="216" />
            <source>That customer file no longer exists.</source>
            <translation>該客戶檔案已不存在。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="218" />
            <source>The file has no version %1.</source>
            <translation>檔案沒有第 %1 版。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="221" />
            <source>The file %1 is void and cannot be changed.</source>
            <translation>檔案 %1 已作廢，不能再修改。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="226" />
            <source>%1 cannot be changed this way.</source>
            <translation>%1 不能以此方式修改。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="229" />
            <source>%1 is required.</source>
            <translation>必須填寫%1。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="232" />
            <source>%1 is not a valid value for %2.</source>
            <translation>%1 不是%2的有效值。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="237" />
            <source>That change request no longer exists.</source>
            <translation>該修改申請已不存在。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="240" />
            <source>Change request %1 has already been decided.</source>
            <translation>修改申請 %1 已審批。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="244" />
            <source>You filed this request yourself; someone else must approve it (you may refuse it).</source>
            <translation>此申請由您本人提出，須由他人批准（您可以拒絕）。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="249" />
            <source>Internal and campaign records have no grade to change.</source>
            <translation>公司內部資料及活動資料庫沒有客戶等級。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="253" />
            <source>The customer has no ended blacklist entry to re-admit from.</source>
            <translation>客戶沒有已結束的黑名單紀錄可供重新准入。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="257" />
            <source>That blacklist entry no longer exists.</source>
            <translation>該黑名單紀錄已不存在。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="280" />
            <source>the assessment</source>
            <translation>評估意見</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="287" />
            <source>A survey says something: fill in at least one of the sections.</source>
            <translation>調查表不可空白：請至少填寫一個項目。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="290" />
            <source>%1 is not part of a survey.</source>
            <translation>「%1」不是調查表的項目。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="291" />
            <source>%1 is too long (at most %2 characters).</source>
            <translation>「%1」過長（最多 %2 字）。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="294" />
            <source>%1 must be text.</source>
            <translation>「%1」必須是文字。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="296" />
            <source>%1 cannot be after today.</source>
            <translation>「%1」不可晚於今天。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="297" />
            <source>%1 must be a whole amount, not negative.</source>
            <translation>「%1」必須是不為負數的整數金額。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="308" />
            <source>The evaluation weights in the settings add up to %1 %; they must be whole percentages adding up to 100. Ask the administrator to correct them.</source>
            <translation>設定中的評價權重合計為 %1 %；各項權重須為整數百分比，合計 100。請洽系統管理員修正。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="316" />
            <source>Please score %1.</source>
            <translation>請為「%1」評分。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="319" />
            <source>The score of %1 must be a whole number from 0 to %2.</source>
            <translation>「%1」的分數須為 0 至 %2 的整數。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="327" />
            <source>The week of %1 was already drawn (spot check %2); a week is drawn once.</source>
            <translation>%1 當週已抽查過（抽查 %2）；每週只抽查一次。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="336" />
            <source>Nothing was entered or changed in the week of %1: there is nothing to check.</source>
            <translation>%1 當週沒有錄入或修改的資料，無可抽查。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="343" />
            <source>That spot-check entry no longer exists.</source>
            <translation>該抽查項目已不存在。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="346" />
            <source>A file cannot be a duplicate of itself.</source>
            <translation>同一份檔案不能標記為與自己重複。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/messages.py" line="347" />
            <source>Please give a reason why the two files are not duplicates: it is kept with them.</source>
            <translation>請填寫兩份檔案並非重複的理由，理由將與檔案一併保存。</translation>
        </message>
    </context>
    <context>
        <name>CustomerPrintButton</name>
        <message>
            <location filename="../../records_desk/ui/customers/print_menu.py" line="41" />
            <source>&amp;Print</source>
            <translation>列印(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/print_menu.py" line="42" />
            <source>Print a form filled for this customer</source>
            <translation>列印此客戶已填寫的表單</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="142" />
            <source>Archive no.</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="143" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="144" />
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="145" />
            <source>Phones</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="146" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="147" />
            <source>Grade</source>
            <translation>客戶等級</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="148" />
            <source>Prospect</source>
            <translation>級別</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="149" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="150" />
            <source>Shelf</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="151" />
            <source>Consultant</source>
            <translation>置業顧問</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="169" />
            <source>Blacklisted until %1</source>
            <translation>黑名單 有效期至 %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="173" />
            <location filename="../../records_desk/ui/customers/customer_model.py" line="214" />
            <source>Void</source>
            <translation>作廢</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/customer_model.py" line="214" />
            <source>Active</source>
            <translation>有效</translation>
        </message>
    </context>
    <context>
        <name>CustomerTerms</name>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="27" />
            <source>Closed sales</source>
            <translation>成交銷售客戶資料</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="28" />
            <source>After-sales repair</source>
            <translation>售後維修客戶資料</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="29" />
            <source>Internal</source>
            <translation>公司內部資料</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="30" />
            <source>Key customer</source>
            <translation>重點客戶資料</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="31" />
            <source>Campaign database</source>
            <translation>活動資料庫</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="45" />
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="46" />
            <source>Preferred</source>
            <translation>優選</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="47" />
            <source>Qualified</source>
            <translation>合格</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="57" />
            <source>Void</source>
            <translation>作廢</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="58" />
            <source>Active</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="65" />
            <source>Legal capacity and valid licences</source>
            <translation>具有獨立承擔民事責任的能力及有效證件</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="68" />
            <source>Good commercial standing</source>
            <translation>具有良好的商業信譽</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="69" />
            <source>Purchase contract signed</source>
            <translation>簽訂購銷合同</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="72" />
            <source>No record of violations</source>
            <translation>既往經營活動中沒有違法記錄</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="73" />
            <source>Qualified to sell or use the products</source>
            <translation>擁有相關產品的經營/使用資質</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="76" />
            <source>Helps maintain the brand image</source>
            <translation>積極配合維護公司品牌形象</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="89" />
            <source>Archive number</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="90" />
            <source>Record type</source>
            <translation>資料類型</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="91" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="92" />
            <source>Reason for voiding</source>
            <translation>作廢原因</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="93" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="94" />
            <source>Product lines</source>
            <translation>產品線</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="95" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="96" />
            <source>Contact person</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="97" />
            <source>Phones</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="98" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="99" />
            <source>E-mail</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="100" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="101" />
            <source>ID / business number</source>
            <translation>身分證字號／統一編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="102" />
            <location filename="../../records_desk/ui/customers/terms.py" line="103" />
            <source>Consultant</source>
            <translation>置業顧問</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="104" />
            <source>Shelf location</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="105" />
            <source>Event date</source>
            <translation>事件日期</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="106" />
            <source>Admission checklist</source>
            <translation>准入條件</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="107" />
            <source>Grade</source>
            <translation>客戶等級</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="108" />
            <source>Prospect level</source>
            <translation>客戶級別</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="109" />
            <source>Kind of entry</source>
            <translation>錄入類別</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="110" />
            <source>Entered at</source>
            <translation>錄入時間</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="111" />
            <source>Maintainer</source>
            <translation>維護人員</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="112" />
            <source>Re-admitted on</source>
            <translation>重新准入日期</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="121" />
            <source>Registered</source>
            <translation>新建檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="122" />
            <source>Approved change request</source>
            <translation>批准修改申請</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="123" />
            <source>Changed directly</source>
            <translation>直接修改</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="124" />
            <source>Voided</source>
            <translation>已作廢</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="125" />
            <source>Grade changed</source>
            <translation>變更等級</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="126" />
            <source>Prospect level set</source>
            <translation>設定客戶級別</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/terms.py" line="127" />
            <source>Re-admitted</source>
            <translation>重新准入</translation>
        </message>
    </context>
    <context>
        <name>CustomersScreen</name>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="153" />
            <source>&amp;New file…</source>
            <translation>新建檔案(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="154" />
            <source>&amp;Request change…</source>
            <translation>申請修改(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="155" />
            <source>Change &amp;directly…</source>
            <translation>直接修改(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="156" />
            <location filename="../../records_desk/ui/customers/screen.py" line="246" />
            <source>Change re&amp;quests…</source>
            <translation>修改申請(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="157" />
            <source>&amp;History…</source>
            <translation>歷史版本(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="158" />
            <source>Change &amp;grade…</source>
            <translation>變更等級(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="159" />
            <source>&amp;Void…</source>
            <translation>作廢(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="160" />
            <source>Find</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="248" />
            <source>Change re&amp;quests (%1 waiting)…</source>
            <translation>修改申請(&amp;Q)（%1 件待審批）…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen.py" line="252" />
            <source>%1 files</source>
            <translation>共 %1 份檔案</translation>
        </message>
    </context>
    <context>
        <name>CustomersTab</name>
        <message>
            <location filename="../../records_desk/ui/customers/tab.py" line="44" />
            <source>Customer files</source>
            <translation>客戶檔案</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../records_desk/ui/customers/detail_panel.py" line="138" />
            <source>Nothing recorded yet.</source>
            <translation>尚無記錄。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/detail_panel.py" line="144" />
            <source>Records</source>
            <translation>記錄</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/detail_panel.py" line="146" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/detail_panel.py" line="147" />
            <source>Select a file to see it here.</source>
            <translation>請選擇一份檔案以查看內容。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/detail_panel.py" line="172" />
            <source>Blacklisted until %1</source>
            <translation>黑名單 有效期至 %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/detail_panel.py" line="179" />
            <source>Void since %1: %2</source>
            <translation>已於 %1 作廢：%2</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/detail_panel.py" line="187" />
            <source>Entered late: the event was on %1, the file entered %2 (%3 days).</source>
            <translation>逾時錄入：事件日期為 %1，檔案錄入於 %2（%3 天）。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/detail_panel.py" line="195" />
            <source>Missing required fields: %1</source>
            <translation>缺少必填欄位：%1</translation>
        </message>
    </context>
    <context>
        <name>DisableReasonDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="174" />
            <source>Disable account %1</source>
            <translation>停用帳號 %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="176" />
            <source>e.g. left the company on 30 November</source>
            <translation>例如：11 月 30 日離職</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="177" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="180" />
            <source>%1 can no longer sign in. The account and its history are kept; it can be enabled again.</source>
            <translation>%1 將無法再登入。帳號及其歷史紀錄都會保留，日後可再次啟用。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="184" />
            <source>Disable account</source>
            <translation>停用帳號</translation>
        </message>
    </context>
    <context>
        <name>DowngradeModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="56" />
            <source>Archive number</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="57" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="58" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="59" />
            <source>Problem recorded on</source>
            <translation>問題記錄日</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="60" />
            <source>Downgrade due by</source>
            <translation>應降級期限</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="61" />
            <source>Days late</source>
            <translation>逾期天數</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../records_desk/ui/error_dialog.py" line="72" />
            <source>Unexpected error — Records Desk</source>
            <translation>未預期的錯誤 — Records Desk</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/error_dialog.py" line="74" />
            <source>&lt;b&gt;Something went wrong: %1&lt;/b&gt;&lt;p&gt;Records Desk carries on; what you were doing may not have finished. Please check it, and give the details below to whoever looks after the program.&lt;/p&gt;&lt;p&gt;The log file is %2&lt;/p&gt;</source>
            <translation>&lt;b&gt;發生錯誤：%1&lt;/b&gt;&lt;p&gt;Records Desk 會繼續運行，但剛才的操作可能沒有完成，請檢查一下，並把下面的詳細資料交給負責維護本程式的人員。&lt;/p&gt;&lt;p&gt;日誌檔案：%2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/error_dialog.py" line="82" />
            <source>%1 errors happened; all are in the details.</source>
            <translation>共發生 %1 個錯誤，詳細資料中列出全部。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/error_dialog.py" line="85" />
            <source>&amp;Copy details</source>
            <translation>複製詳細資料(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="31" />
            <source>Business volume</source>
            <translation>業務合作量</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="32" />
            <source>Receivables</source>
            <translation>應收款情況</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="33" />
            <source>Business reputation</source>
            <translation>經營信譽</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="34" />
            <source>Loyalty to our products</source>
            <translation>對我公司產品忠誠度</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="35" />
            <source>Size and results</source>
            <translation>企業規模及經營效益</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="36" />
            <source>Wish for a long partnership</source>
            <translation>長期合作意願</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="105" />
            <source>Record evaluation (附件1)</source>
            <translation>記錄審核評價（附件1 銷售客戶審核評價表）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="106" />
            <source>Evaluation &amp;date:</source>
            <translation>評價日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="107" />
            <source>&amp;Product line:</source>
            <translation>產品線(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="110" />
            <source>All product lines</source>
            <translation>全部產品線</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="112" />
            <source>Criterion</source>
            <translation>評審項目</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="113" />
            <source>Weight</source>
            <translation>權重</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="114" />
            <source>Score (0–%1)</source>
            <translation>分數（0–%1）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="115" />
            <source>Weighted</source>
            <translation>加權得分</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="121" />
            <source>Total (of 100):</source>
            <translation>總分（滿分100）：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="122" />
            <source>Suggested grade:</source>
            <translation>建議等級：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="123" />
            <source>&amp;Opinion:</source>
            <translation>評審意見(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/evaluation_dialog.py" line="153" />
            <source>Evaluation recorded: %1 of 100, suggesting %2.</source>
            <translation>審核評價已記錄：%1 分，建議等級為 %2。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="75" />
            <source>New records office — Records Desk</source>
            <translation>新建檔案室 — Records Desk</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="78" />
            <source>&lt;b&gt;Create the general manager&lt;/b&gt;&lt;br&gt;This database has no accounts yet. Create the account of the general manager, who will then create the accounts of the other staff.</source>
            <translation>&lt;b&gt;建立總經理帳號&lt;/b&gt;&lt;br&gt;此資料庫尚未有任何帳號。請先建立總經理的帳號，再由總經理為其他人員建立帳號。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="84" />
            <source>&amp;User name:</source>
            <translation>帳號(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="85" />
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="86" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="87" />
            <source>&amp;Confirm password:</source>
            <translation>確認密碼(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="92" />
            <source>letters, digits, . _ - (3 to 32)</source>
            <translation>英文字母、數字、. _ -（3 至 32 個字元）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="93" />
            <source>At least 10 characters. Passwords expire after 90 days.</source>
            <translation>至少 10 個字元。密碼每 90 天到期，須定期更換。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="94" />
            <source>&amp;Create account</source>
            <translation>建立帳號(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/first_run.py" line="98" />
            <source>The two passwords do not match.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="88" />
            <source>The two passwords do not match.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>GradeDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/grade_dialog.py" line="80" />
            <source>Change grade</source>
            <translation>變更客戶等級</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/grade_dialog.py" line="82" />
            <source>%1 %2, now %3</source>
            <translation>%1 %2，目前為 %3</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/grade_dialog.py" line="87" />
            <source>New &amp;grade:</source>
            <translation>新等級(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/grade_dialog.py" line="88" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/grade_dialog.py" line="89" />
            <source>&amp;Override reason:</source>
            <translation>特批原因(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/grade_dialog.py" line="90" />
            <source>Why this customer may break the quota</source>
            <translation>此客戶可超出配額的理由</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/grade_dialog.py" line="123" />
            <source>You may override the quota: give the reason and press OK.</source>
            <translation>您可以特批超出配額：請填寫特批原因後按「確定」。</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="110" />
            <source>History of %1</source>
            <translation>%1 的歷史版本</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="115" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="115" />
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="115" />
            <source>By</source>
            <translation>修改人</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="115" />
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="115" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="117" />
            <source>&amp;Compare version</source>
            <translation>比較版本(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="118" />
            <source>&amp;with version</source>
            <translation>與版本(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="136" />
            <source>(asked by %1)</source>
            <translation>（由 %1 申請）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="179" />
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="180" />
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="181" />
            <source>Version %1</source>
            <translation>第 %1 版</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="203" />
            <source>%1 fields differ (marked).</source>
            <translation>有 %1 個欄位不同（已標示）。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/history_dialog.py" line="205" />
            <source>The two versions are the same.</source>
            <translation>兩個版本內容相同。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/import_calls.py" line="68" />
            <source>Likely the same customer as %1 %2 on file</source>
            <translation>可能與已建檔的 %1 %2 是同一位客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_calls.py" line="74" />
            <source>No account is named %1; imported without a consultant</source>
            <translation>沒有名為 %1 的帳號；匯入時不指定顧問</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="69" />
            <source>Import customers from Excel</source>
            <translation>從 Excel 匯入客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="75" />
            <source>&amp;Choose file…</source>
            <translation>選擇檔案(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="85" />
            <source>Check &amp;rows</source>
            <translation>檢查各列(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="90" />
            <source>File:</source>
            <translation>檔案：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="91" />
            <source>&amp;Sheet:</source>
            <translation>工作表(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="96" />
            <source>Columns (matched from the headers; change any):</source>
            <translation>欄位（依標題自動對應，可逐一更改）：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="100" />
            <source>Choose the Excel file to import.</source>
            <translation>請選擇要匯入的 Excel 檔案。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="103" />
            <source>Show only rows with &amp;problems</source>
            <translation>只顯示有問題的列(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="127" />
            <source>Director's reason for going over the quota</source>
            <translation>總監超出比例的特批理由</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="131" />
            <source>Save &amp;error report…</source>
            <translation>儲存錯誤報告(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="135" />
            <source>&amp;Import</source>
            <translation>匯入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="153" />
            <source>Choose the Excel file</source>
            <translation>選擇 Excel 檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="154" />
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="311" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="185" />
            <source>Header row %1 of sheet %2. Check the columns, then check the rows.</source>
            <translation>標題列為工作表 %2 的第 %1 列。請核對欄位，然後檢查各列。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="210" />
            <source>Checking every row…</source>
            <translation>正在檢查每一列…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="215" />
            <source>Checking was cancelled; nothing was imported.</source>
            <translation>已取消檢查，未匯入任何資料。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="225" />
            <source>%1 rows read: %2 can be imported, %3 cannot (rows %4). Fix them in the file and check again.</source>
            <translation>共讀取 %1 列：%2 列可匯入，%3 列不能匯入（第 %4 列）。請在檔案中修正後再檢查。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="234" />
            <source>All %1 rows can be imported.</source>
            <translation>全部 %1 列均可匯入。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="237" />
            <source>The batch would break a grade quota; only a director may import it, with a reason:</source>
            <translation>此批資料會超出客戶等級比例；只有客戶總監可附理由匯入：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="275" />
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="280" />
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="285" />
            <source>%1 customer files were imported.</source>
            <translation>已匯入 %1 份客戶檔案。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="299" />
            <source>The import was cancelled; nothing was written.</source>
            <translation>已取消匯入，未寫入任何資料。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="309" />
            <source>Save the error report</source>
            <translation>儲存錯誤報告</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_dialog.py" line="329" />
            <source>The error report (%1 lines) was saved to %2.</source>
            <translation>錯誤報告（%1 行）已儲存至 %2。</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/import_preview.py" line="79" />
            <source>Row</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_preview.py" line="81" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_preview.py" line="82" />
            <source>Wrong</source>
            <translation>有誤</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_preview.py" line="82" />
            <source>OK</source>
            <translation>正確</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_preview.py" line="86" />
            <source>Problems</source>
            <translation>問題</translation>
        </message>
    </context>
    <context>
        <name>LoansTab</name>
        <message>
            <location filename="../../records_desk/ui/loans/tab.py" line="13" />
            <source>Loan register</source>
            <translation>借閱登記</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/loans/tab.py" line="17" />
            <source>The loan register: who borrowed which file, when it is due, and when it went back in its place.</source>
            <translation>檔案借閱登記：誰借閱了哪份檔案、何時到期、何時歸還上架。</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location filename="../../records_desk/ui/idle.py" line="144" />
            <source>Records Desk is locked</source>
            <translation>Records Desk 已鎖定</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/idle.py" line="147" />
            <source>%1 (%2) is signed in. Enter the password to carry on where you left off, or sign out.</source>
            <translation>%1（%2）已登入。請輸入密碼以繼續剛才的工作，或選擇登出。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/idle.py" line="153" />
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/idle.py" line="154" />
            <source>&amp;Unlock</source>
            <translation>解除鎖定(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/idle.py" line="155" />
            <source>Sign &amp;out</source>
            <translation>登出(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/login.py" line="79" />
            <source>Sign in — %1</source>
            <translation>登入 — %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/login.py" line="81" />
            <source>&lt;b&gt;Sign in to Records Desk&lt;/b&gt;&lt;br&gt;Records office: %1</source>
            <translation>&lt;b&gt;登入 Records Desk&lt;/b&gt;&lt;br&gt;檔案室資料庫：%1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/login.py" line="85" />
            <source>&amp;User name:</source>
            <translation>帳號(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/login.py" line="85" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/login.py" line="88" />
            <source>&amp;Sign in</source>
            <translation>登入(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/login.py" line="89" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="187" />
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="188" />
            <source>&amp;Customers</source>
            <translation>客戶檔案(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="189" />
            <source>&amp;Admin</source>
            <translation>管理(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="190" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="195" />
            <source>Signed in: %1 (%2)</source>
            <translation>登入者：%1（%2）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="197" />
            <source>Role: %1</source>
            <translation>角色：%1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="199" />
            <source>Database: %1</source>
            <translation>資料庫：%1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="205" />
            <source>Not encrypted</source>
            <translation>未加密</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="207" />
            <source>Encrypted, key in private file %1</source>
            <translation>已加密，金鑰存於私人檔案 %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="208" />
            <source>Encrypted, key in OS keyring</source>
            <translation>已加密，金鑰存於系統金鑰圈</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="294" />
            <source>Your password was changed.</source>
            <translation>您的密碼已變更。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="329" />
            <source>This part of Records Desk is not built yet.</source>
            <translation>Records Desk 的這個部分尚未完成。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="337" />
            <source>The operation log is intact: %1 entries checked.</source>
            <translation>操作日誌完整：已檢查 %1 筆紀錄。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/main_window.py" line="341" />
            <source>The operation log has been tampered with: entry %1 does not match the chain.</source>
            <translation>操作日誌曾遭竄改：第 %1 筆紀錄與雜湊鏈不符。</translation>
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <location filename="../../records_desk/ui/customers/import_preview.py" line="122" />
            <source>Column</source>
            <translation>欄</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_preview.py" line="123" />
            <source>Header in the file</source>
            <translation>檔案中的標題</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_preview.py" line="124" />
            <source>Imported as</source>
            <translation>匯入為</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/import_preview.py" line="142" />
            <source>(not imported)</source>
            <translation>（不匯入）</translation>
        </message>
    </context>
    <context>
        <name>MediaTab</name>
        <message>
            <location filename="../../records_desk/ui/media/tab.py" line="13" />
            <source>Removable media</source>
            <translation>移動存儲介質</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/media/tab.py" line="17" />
            <source>Removable media: registration, security labels, lending, repairs and disposal.</source>
            <translation>移動存儲介質：登記、密級標識、借用、維修及銷毀。</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="25" />
            <source>view the accounts</source>
            <translation>查看帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="26" />
            <source>create an account</source>
            <translation>新增帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="27" />
            <source>disable an account</source>
            <translation>停用帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="28" />
            <source>enable an account</source>
            <translation>啟用帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="29" />
            <source>reset a password</source>
            <translation>重設密碼</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="30" />
            <source>change a role</source>
            <translation>變更角色</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="31" />
            <source>read the operation log</source>
            <translation>查閱操作日誌</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="32" />
            <source>verify the operation log</source>
            <translation>驗證操作日誌</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="33" />
            <source>print a form</source>
            <translation>列印表格</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="34" />
            <source>view customer files</source>
            <translation>查閱客戶檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="35" />
            <source>register a customer file</source>
            <translation>登記客戶檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="36" />
            <source>request a change of a customer file</source>
            <translation>申請修改客戶檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="39" />
            <source>approve a change of customer data</source>
            <translation>審批客戶資料修改</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="40" />
            <source>change customer data directly</source>
            <translation>直接修改客戶資料</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="41" />
            <source>void a customer file</source>
            <translation>作廢客戶檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="42" />
            <source>change a customer's grade</source>
            <translation>變更客戶等級</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="43" />
            <source>override a grade quota</source>
            <translation>超出等級比例的特批</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="44" />
            <source>set a prospect level</source>
            <translation>設定客戶級別（A/B/C）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="45" />
            <source>manage the blacklist</source>
            <translation>管理黑名單</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="46" />
            <source>record a customer review</source>
            <translation>登記客戶階段評價</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="47" />
            <source>record a customer visit</source>
            <translation>登記客戶拜訪</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="48" />
            <source>record a customer evaluation</source>
            <translation>記錄客戶審核評價</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="49" />
            <source>record a customer survey</source>
            <translation>記錄客戶情況調查</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="50" />
            <source>run the weekly spot check</source>
            <translation>執行每週抽查</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="51" />
            <source>view data-quality problems</source>
            <translation>查看資料品質問題</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="52" />
            <source>dismiss a likely duplicate</source>
            <translation>排除疑似重複</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="53" />
            <source>import customer files</source>
            <translation>匯入客戶檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="54" />
            <source>export customer files</source>
            <translation>匯出客戶檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="55" />
            <source>change the office settings</source>
            <translation>變更全公司共用設定</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="64" />
            <source>General manager</source>
            <translation>總經理</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="65" />
            <source>Customer director</source>
            <translation>客戶總監</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="66" />
            <source>Archivist</source>
            <translation>檔案管理員</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="67" />
            <source>Reception clerk</source>
            <translation>銷售文員</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="68" />
            <source>Sales manager</source>
            <translation>銷售經理</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="69" />
            <source>Consultant</source>
            <translation>置業顧問</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="70" />
            <source>Staff (read only)</source>
            <translation>各部門職員（唯讀）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="84" />
            <source>The password has %1 characters; it needs at least %2.</source>
            <translation>密碼只有 %1 個字元，至少需要 %2 個。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="90" />
            <source>Wrong user name or password. %1 attempts left before the account is locked.</source>
            <translation>帳號或密碼錯誤。再失敗 %1 次帳號將被鎖定。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="94" />
            <source>Wrong user name or password.</source>
            <translation>帳號或密碼錯誤。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="96" />
            <source>This account is locked after too many failed attempts, until %1.</source>
            <translation>此帳號因多次登入失敗已被鎖定，直至 %1。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="100" />
            <source>The account %1 is disabled. Ask the general manager.</source>
            <translation>帳號 %1 已停用，請聯絡總經理。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="105" />
            <source>Your password is older than 90 days and must be changed now.</source>
            <translation>您的密碼已使用超過 90 天，必須立即變更。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="108" />
            <source>Your password was set by an administrator and must be changed now.</source>
            <translation>您的密碼由管理員設定，必須立即變更。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="112" />
            <source>The new password must differ from the current one.</source>
            <translation>新密碼不可與目前密碼相同。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="114" />
            <source>Your role may not do this (%1). The attempt was recorded.</source>
            <translation>您的角色無權執行此操作（%1），此次嘗試已記錄在案。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="118" />
            <source>The user name must be 3 to 32 letters, digits, '.', '_' or '-'.</source>
            <translation>帳號須為 3 至 32 個英文字母、數字、「.」、「_」或「-」。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="122" />
            <source>The user name %1 is already in use.</source>
            <translation>帳號 %1 已被使用。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="126" />
            <source>There is no account named %1.</source>
            <translation>沒有名為 %1 的帳號。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="128" />
            <source>This records office already has accounts.</source>
            <translation>此檔案室資料庫已有帳號。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="130" />
            <source>%1 is the last active general manager and cannot be disabled or changed.</source>
            <translation>%1 是最後一位在職的總經理，不能停用或變更其角色。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="134" />
            <source>You cannot disable your own account or change your own role.</source>
            <translation>不能停用自己的帳號或變更自己的角色。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="136" />
            <source>There is no form %1.</source>
            <translation>沒有表格 %1。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="140" />
            <source>The data to print is wrong at %1: %2</source>
            <translation>列印資料有誤，位置 %1：%2</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="145" />
            <source>The key of the database %1 cannot be found on this computer.</source>
            <translation>在這台電腦上找不到資料庫 %1 的金鑰。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="149" />
            <source>The file %1 is not a Records Desk database, or its key does not match.</source>
            <translation>檔案 %1 不是 Records Desk 資料庫，或金鑰不符。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/messages.py" line="154" />
            <source>The database %1 was changed by a newer version of Records Desk. Open it with that version.</source>
            <translation>資料庫 %1 已被較新版本的 Records Desk 變更，請用該版本開啟。</translation>
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="105" />
            <source>New account</source>
            <translation>新增帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="111" />
            <source>&amp;User name:</source>
            <translation>帳號(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="112" />
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="113" />
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="114" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="115" />
            <source>&amp;Confirm password:</source>
            <translation>確認密碼(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="116" />
            <source>The person must change this password at the first sign-in.</source>
            <translation>此人首次登入時必須變更此密碼。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="117" />
            <source>Create account</source>
            <translation>建立帳號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="130" />
            <source>Enter a user name.</source>
            <translation>請輸入帳號。</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message>
            <location filename="../../records_desk/ui/notify.py" line="23" />
            <location filename="../../records_desk/ui/notify.py" line="30" />
            <source>Records Desk</source>
            <translation>Records Desk 檔案室系統</translation>
        </message>
    </context>
    <context>
        <name>OfficeSettingsDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="52" />
            <source>Office settings</source>
            <translation>全公司共用設定</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="58" />
            <source>Archive number category codes</source>
            <translation>檔案編號客戶類別代碼</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="67" />
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="85" />
            <source>:</source>
            <translation>：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="70" />
            <source>Files already numbered keep their numbers; new files get the new code.</source>
            <translation>已編號的檔案保留原編號；新檔案使用新代碼。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="75" />
            <source>Evaluation weights (Annex 1)</source>
            <translation>審核評價權重（附件1）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="89" />
            <source>Total:</source>
            <translation>合計：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="91" />
            <source>Weekly spot check</source>
            <translation>每週抽查</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="97" />
            <source>Entries drawn each week:</source>
            <translation>每週抽查筆數：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="104" />
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="132" />
            <source>These are the starting values; nobody has changed them yet.</source>
            <translation>目前為預設值，尚未有人變更。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="135" />
            <source>Last changed by %1 on %2.</source>
            <translation>最後由 %1 於 %2 變更。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="141" />
            <source>Only the general manager and the customer director change these settings.</source>
            <translation>僅總經理及客戶總監可變更這些設定。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="156" />
            <source>%1 % (the weights must total %2 %)</source>
            <translation>%1 %（權重合計須為 %2 %）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/office_settings_dialog.py" line="178" />
            <source>The office settings are saved; every desk uses them now.</source>
            <translation>全公司共用設定已儲存，所有電腦即刻採用。</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderTab</name>
        <message>
            <location filename="../../records_desk/ui/widgets/placeholder.py" line="53" />
            <source>This feature is not built yet.</source>
            <translation>此功能尚未完成。</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="190" />
            <source>Print preview — %1 (%2)</source>
            <translation>列印預覽 — %1（%2）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="193" />
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="194" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="195" />
            <source>Fit width</source>
            <translation>符合頁寬</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="196" />
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="197" />
            <source>&amp;Save as PDF…</source>
            <translation>另存為 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="198" />
            <source>&amp;Open in system viewer</source>
            <translation>以系統檢視器開啟(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="199" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="215" />
            <source>Page %1 of %2</source>
            <translation>第 %1 頁，共 %2 頁</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="281" />
            <source>The printer %1 did not accept the job. Check that it is on and connected, then print again.</source>
            <translation>印表機 %1 未接受列印工作。請確認印表機已開啟並已連接，然後再列印一次。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="299" />
            <source>Save as PDF</source>
            <translation>另存為 PDF</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="343" />
            <source>The PDF was not saved to %1: %2. Nothing was written; choose another folder.</source>
            <translation>PDF 未能儲存至 %1：%2。沒有寫入任何檔案，請選擇其他資料夾。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/preview_dialog.py" line="363" />
            <source>No program to show PDF files was found. The PDF is saved at %1.</source>
            <translation>找不到可顯示 PDF 檔案的程式。PDF 已儲存於 %1。</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../records_desk/ui/printing/files.py" line="71" />
            <source>you may not write in that folder</source>
            <translation>您沒有寫入該資料夾的權限</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/files.py" line="73" />
            <source>the disk is full</source>
            <translation>磁碟空間已滿</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/printing/files.py" line="75" />
            <source>the folder does not exist</source>
            <translation>該資料夾不存在</translation>
        </message>
    </context>
    <context>
        <name>ProblemModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="101" />
            <source>Archive number</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="102" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="103" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="104" />
            <source>Maintainer</source>
            <translation>維護人員</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="105" />
            <source>Dimension</source>
            <translation>品質維度</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="106" />
            <source>Rule</source>
            <translation>規則</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="107" />
            <source>First seen</source>
            <translation>首次發現</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="108" />
            <source>Problem</source>
            <translation>問題</translation>
        </message>
    </context>
    <context>
        <name>QualityDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="49" />
            <source>Completeness</source>
            <translation>完整性</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="50" />
            <source>Timeliness</source>
            <translation>及時性</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="51" />
            <source>Accuracy</source>
            <translation>準確性</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="52" />
            <source>Consistency</source>
            <translation>一致性</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="53" />
            <source>Uniqueness</source>
            <translation>唯一性</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="54" />
            <source>Validity</source>
            <translation>有效性</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="64" />
            <source>%1 is not filled in</source>
            <translation>未填寫%1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="68" />
            <source>Likely the same customer as another file</source>
            <translation>可能與另一份檔案是同一位客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="70" />
            <source>Periodic review overdue</source>
            <translation>定期評審逾期</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="72" />
            <source>Entered after its time limit</source>
            <translation>超過時限才錄入</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="74" />
            <source>Failed the weekly spot check; correct the file</source>
            <translation>每週抽查未通過，請更正檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="76" />
            <source>Blacklisted but still graded VIP or preferred</source>
            <translation>已列入黑名單但仍為 VIP 或優選</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="128" />
            <source>Data quality</source>
            <translation>資料品質</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="131" />
            <source>Maintainer</source>
            <translation>維護人員</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="132" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="143" />
            <source>(all)</source>
            <translation>（全部）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="146" />
            <source>&amp;Not a duplicate…</source>
            <translation>並非重複(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="152" />
            <source>&amp;Maintainer:</source>
            <translation>維護人員(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="153" />
            <source>&amp;Department:</source>
            <translation>部門(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="191" />
            <source>Checking every customer file…</source>
            <translation>正在檢查每一份客戶檔案…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="203" />
            <source>%1 files checked, %2 open problems shown.</source>
            <translation>已檢查 %1 份檔案，顯示 %2 個未解決問題。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="232" />
            <source>Archive number %1: %2 (%3, rule %4)</source>
            <translation>檔案編號 %1：%2（%3，規則 %4）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="244" />
            <source>Not a duplicate</source>
            <translation>並非重複</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="245" />
            <source>Why is %1 not the same customer as the other file?</source>
            <translation>為何 %1 與另一份檔案不是同一位客戶？</translation>
        </message>
    </context>
    <context>
        <name>QuotaDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="68" />
            <source>Grade quotas</source>
            <translation>客戶等級比例</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="73" />
            <source>VIP customers may be at most 15 % and preferred customers at most 30 % of the graded customers of a department, and of each product line in it.</source>
            <translation>VIP 客戶最多佔部門（及部門內每一產品線）已分級客戶的 15 %，優選客戶最多佔 30 %。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="100" />
            <source>Counting grades…</source>
            <translation>正在統計客戶等級…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="112" />
            <source>No graded customers yet.</source>
            <translation>尚無已分級的客戶。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="115" />
            <source>Every department and product line is within its quotas.</source>
            <translation>所有部門及產品線均在比例限制之內。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="118" />
            <source>%1 — %2 %3 of %4 customers, %5 (cap %6)</source>
            <translation>%1 — %2 %3 位／共 %4 位客戶，%5（上限 %6）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="127" />
            <source>Over the quota (%1):</source>
            <translation>超出比例（%1 項）：</translation>
        </message>
    </context>
    <context>
        <name>QuotaModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="38" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="40" />
            <source>Product line</source>
            <translation>產品線</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="41" />
            <source>(whole department)</source>
            <translation>（全部門）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="44" />
            <source>Grade</source>
            <translation>客戶等級</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="45" />
            <source>With the grade</source>
            <translation>該等級客戶數</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="46" />
            <source>Of customers</source>
            <translation>客戶總數</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="47" />
            <source>Share</source>
            <translation>所佔比例</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="48" />
            <source>Cap</source>
            <translation>上限</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="49" />
            <source>Allowed</source>
            <translation>允許數</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="50" />
            <source>Over the cap</source>
            <translation>超出上限</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quota_view.py" line="50" />
            <source>Over</source>
            <translation>超出</translation>
        </message>
    </context>
    <context>
        <name>ReadmitForm</name>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="161" />
            <source>Re-admit a customer</source>
            <translation>重新准入客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="164" />
            <source>%1 %2 comes back as a qualified customer (合格), after a review against the admission criteria and an approval.</source>
            <translation>%1 %2 經按准入條件評審並獲批准後，以合格客戶身份重新准入。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="178" />
            <source>Approved &amp;by:</source>
            <translation>批准人(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="179" />
            <source>Approved &amp;on:</source>
            <translation>批准日期(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/blacklist_forms.py" line="188" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/reason_dialog.py" line="45" />
            <source>The file %1 %2 is kept, marked void, and its number is never reused. Why is it void?</source>
            <translation>檔案 %1 %2 將保留並標記為作廢，其編號永不重用。作廢原因是？</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reason_dialog.py" line="50" />
            <source>Void %1</source>
            <translation>作廢 %1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reason_dialog.py" line="52" />
            <source>Void</source>
            <translation>作廢</translation>
        </message>
    </context>
    <context>
        <name>ReceptionTab</name>
        <message>
            <location filename="../../records_desk/ui/reception/tab.py" line="13" />
            <source>Reception rotation</source>
            <translation>接待輪序</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/reception/tab.py" line="17" />
            <source>Reception rotation: the day's sign-in order, who receives the next visitor and why, and the visitor sheet.</source>
            <translation>接待輪序：當日簽到順序、下一位來訪客戶由誰接待及其理由，以及客戶來訪登記表。</translation>
        </message>
    </context>
    <context>
        <name>RecordsActions</name>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="128" />
            <source>&amp;Records</source>
            <translation>記錄(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="129" />
            <source>Record a review, visit, evaluation or survey of the file</source>
            <translation>為此客戶記錄階段評審、拜訪、審核評價或情況調查</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="130" />
            <source>Record &amp;review (附件2)…</source>
            <translation>記錄階段評審（附件2）(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="131" />
            <source>Record &amp;visit (附件5)…</source>
            <translation>記錄拜訪（附件5）(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="132" />
            <source>Record &amp;evaluation (附件1)…</source>
            <translation>記錄審核評價（附件1）(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="133" />
            <source>Record &amp;survey (附件4)…</source>
            <translation>記錄情況調查（附件4）(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="204" />
            <source>Reading…</source>
            <translation>讀取中…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="212" />
            <source>Review due since %1</source>
            <translation>評審已於 %1 到期</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="214" />
            <source>Next review due: %1</source>
            <translation>下次評審到期日：%1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="210" />
            <source>Never reviewed: a review is due now.</source>
            <translation>尚未評審：現在即應評審。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="220" />
            <source>%1 review by %2</source>
            <translation>%1 階段評審（%2）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="225" />
            <source>problems: %1</source>
            <translation>問題：%1</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="228" />
            <source>%1 visit by %2</source>
            <translation>%1 拜訪（%2）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="232" />
            <source>%1 evaluation by %2: %3 of 100 → %4</source>
            <translation>%1 審核評價（%2）：%3 分 → %4</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/screen_actions.py" line="240" />
            <source>%1 survey by %2</source>
            <translation>%1 情況調查（%2）</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/register_dialog.py" line="99" />
            <source>New customer file</source>
            <translation>新建客戶檔案</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/register_dialog.py" line="102" />
            <source>Existing archive number:</source>
            <translation>原有檔案編號：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/register_dialog.py" line="104" />
            <source>Only for an old file that already has one; otherwise it is issued</source>
            <translation>僅用於已有編號的舊檔案；否則由系統編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/register_dialog.py" line="150" />
            <source>Registered as %1. Shelf location: %2.</source>
            <translation>已登記，檔案編號 %1，存放位置：%2。</translation>
        </message>
    </context>
    <context>
        <name>RequestsDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="109" />
            <source>Pending change requests</source>
            <translation>待審批的修改申請</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="112" />
            <source>No.</source>
            <translation>序號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="113" />
            <source>Archive no.</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="114" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="115" />
            <source>Requested by</source>
            <translation>申請人</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="116" />
            <source>Requested at</source>
            <translation>申請時間</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="117" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="121" />
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="121" />
            <source>Now</source>
            <translation>目前</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="121" />
            <source>Proposed</source>
            <translation>擬修改為</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="123" />
            <source>&amp;Note:</source>
            <translation>意見(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="124" />
            <source>Required to refuse</source>
            <translation>拒絕時必填</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="125" />
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="126" />
            <source>&amp;Refuse</source>
            <translation>拒絕(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="127" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/requests_dialog.py" line="128" />
            <source>No change requests are waiting.</source>
            <translation>目前沒有待審批的修改申請。</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="149" />
            <source>Reset password of %1</source>
            <translation>重設 %1 的密碼</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="152" />
            <source>&amp;Temporary password:</source>
            <translation>臨時密碼(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="153" />
            <source>&amp;Confirm password:</source>
            <translation>確認密碼(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="156" />
            <source>%1 must change this temporary password at the next sign-in. A lockout after failed attempts is lifted.</source>
            <translation>%1 下次登入時必須變更此臨時密碼。因多次登入失敗而造成的鎖定將一併解除。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="160" />
            <source>Reset password</source>
            <translation>重設密碼</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="38" />
            <source>Contract performance</source>
            <translation>合同履約情況</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="39" />
            <source>Payment</source>
            <translation>貨款支付情況</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="40" />
            <source>Good faith</source>
            <translation>誠信情況</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="106" />
            <source>Record review (附件2)</source>
            <translation>記錄階段評審（附件2 銷售客戶階段評價表）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="107" />
            <source>Review &amp;date:</source>
            <translation>評審日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="108" />
            <source>Scores:</source>
            <translation>評分：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="109" />
            <source>Score (0–%1)</source>
            <translation>分數（0–%1）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="110" />
            <source>Comment</source>
            <translation>說明</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="113" />
            <source>&amp;Problems found:</source>
            <translation>發現的問題(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="115" />
            <source>e.g. late payment, contracts not carried out, a crisis in the business</source>
            <translation>例如：付款不及時、合同執行能力差、客戶公司經營出現重大危機</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="117" />
            <source>Resulting &amp;grade:</source>
            <translation>評審結果等級(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="135" />
            <source>This is a VIP file: with a problem recorded it must be downgraded within %1 days, by %2 (use Change grade…), or it is flagged as overdue.</source>
            <translation>此為VIP客戶：記錄了問題，須於 %1 日內（%2 前）降級（使用「變更客戶等級」），否則將列為逾期未降級。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="168" />
            <source>Review recorded. The next review is due on %1.</source>
            <translation>階段評審已記錄。下次評審到期日為 %1。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/review_dialog.py" line="172" />
            <source>A problem was recorded: downgrade the VIP by %1.</source>
            <translation>已記錄問題：請於 %1 前將此VIP客戶降級。</translation>
        </message>
    </context>
    <context>
        <name>ReviewDueModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="41" />
            <source>Archive number</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="42" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="43" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="44" />
            <source>Grade</source>
            <translation>客戶等級</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="45" />
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="47" />
            <source>Days past due</source>
            <translation>逾期天數</translation>
        </message>
    </context>
    <context>
        <name>ReviewsDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="100" />
            <source>Reviews and visits</source>
            <translation>評審與回訪</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="110" />
            <source>Every customer is reviewed six months after the last review; a file never reviewed is due six months after admission.</source>
            <translation>每位客戶在上次評審後六個月再評審；從未評審的檔案自准入起六個月到期。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="111" />
            <source>Reviews past their due date, longest waiting first.</source>
            <translation>已過到期日的評審，等待最久者在前。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="112" />
            <source>VIP customers with a problem recorded in a review and no downgrade within 5 days.</source>
            <translation>評審中記錄有問題而 5 天內未降級的 VIP 客戶。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="113" />
            <source>VIP and preferred customers are visited every month; these are overdue.</source>
            <translation>VIP 與優選客戶每月回訪一次；以下為逾期未回訪者。</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="145" />
            <source>Reading reviews and visits…</source>
            <translation>正在讀取評審與回訪…</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="155" />
            <source>Due (%1)</source>
            <translation>到期（%1）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="156" />
            <source>Overdue (%1)</source>
            <translation>逾期（%1）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="157" />
            <source>VIP not downgraded (%1)</source>
            <translation>VIP 未降級（%1）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="158" />
            <source>Visits overdue (%1)</source>
            <translation>回訪逾期（%1）</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="197" />
            <source>Change role of %1</source>
            <translation>變更 %1 的角色</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="199" />
            <source>New &amp;role:</source>
            <translation>新角色(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/account_form.py" line="200" />
            <source>Change role</source>
            <translation>變更角色</translation>
        </message>
    </context>
    <context>
        <name>ScoreModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="91" />
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="92" />
            <source>Open problems</source>
            <translation>未解決問題</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/quality_view.py" line="93" />
            <source>Score</source>
            <translation>評分</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../../records_desk/ui/customers/search_bar.py" line="63" />
            <source>&amp;Find:</source>
            <translation>搜尋(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/search_bar.py" line="65" />
            <source>Name, contact, phone, e-mail or archive number (Ctrl+F)</source>
            <translation>名稱、聯絡人、電話、電子郵件或檔案編號（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/search_bar.py" line="67" />
            <source>All departments</source>
            <translation>全部部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/search_bar.py" line="68" />
            <source>All record types</source>
            <translation>全部資料類型</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/search_bar.py" line="71" />
            <source>All grades</source>
            <translation>全部等級</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/search_bar.py" line="74" />
            <source>Include &amp;void</source>
            <translation>包括作廢(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="69" />
            <source>Settings — Records Desk</source>
            <translation>設定 — Records Desk</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="70" />
            <source>&amp;Language:</source>
            <translation>介面語言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="70" />
            <source>&amp;Lock after idle:</source>
            <translation>閒置後鎖定(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="73" />
            <source> minutes</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/dialogs/settings_dialog.py" line="76" />
            <source>Without keyboard or mouse input for this long, the window locks behind your password. What you typed stays.</source>
            <translation>在此時間內沒有鍵盤或滑鼠操作，視窗會鎖定，須輸入密碼才能繼續；已輸入的內容會保留。</translation>
        </message>
    </context>
    <context>
        <name>SpotCheckDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="73" />
            <source>Weekly spot check</source>
            <translation>每週抽查</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="84" />
            <source>as set</source>
            <translation>依設定</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="85" />
            <source>&amp;Draw the sample</source>
            <translation>抽取樣本(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="94" />
            <source>Week of:</source>
            <translation>週次（任一天）：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="95" />
            <source>Sample size:</source>
            <translation>樣本數：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="101" />
            <source>Drawn weeks:</source>
            <translation>已抽查的週次：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="110" />
            <source>What is wrong (needed for a failure)</source>
            <translation>錯在哪裡（未通過時必填）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="111" />
            <source>&amp;Passed</source>
            <translation>通過(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="114" />
            <source>&amp;Failed</source>
            <translation>未通過(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="118" />
            <source>Note:</source>
            <translation>備註：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="175" />
            <source>Week %1 to %2: %3 of %4 entries drawn by %5 — %6 passed, %7 failed, %8 to check.</source>
            <translation>%1 至 %2 這一週：%5 從 %4 筆錄入中抽取 %3 筆 — %6 筆通過，%7 筆未通過，%8 筆待檢查。</translation>
        </message>
    </context>
    <context>
        <name>SpotCheckModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="43" />
            <source>Not checked</source>
            <translation>未檢查</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="44" />
            <source>Passed</source>
            <translation>通過</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="45" />
            <source>Failed</source>
            <translation>未通過</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="48" />
            <source>Archive number</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="49" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="50" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="51" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="52" />
            <source>Marked by</source>
            <translation>評定人</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="53" />
            <source>Marked at</source>
            <translation>評定時間</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/spot_check_dialog.py" line="54" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="31" />
            <source>1. Basic facts</source>
            <translation>一、基本情況</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="32" />
            <source>2. Business operations</source>
            <translation>二、經營狀況</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="33" />
            <source>3. Staff</source>
            <translation>三、人力資源情況</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="34" />
            <source>4. Organisation</source>
            <translation>四、組織架構</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="35" />
            <source>5. Where our products go after purchase</source>
            <translation>五、購買本公司產品後的流向</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="38" />
            <source>6. How past contracts with us were carried out</source>
            <translation>六、以往與本公司簽訂合同的執行情況</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="41" />
            <source>7. Where they bought before buying from us</source>
            <translation>七、購買本公司產品前的採購途徑</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="50" />
            <source>Legal representative</source>
            <translation>負責人</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="51" />
            <source>Customer type</source>
            <translation>客戶類別</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="52" />
            <source>Established</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="53" />
            <source>Registered capital (NT$)</source>
            <translation>資本額（新臺幣元）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="106" />
            <source>Record survey (附件4)</source>
            <translation>記錄情況調查（附件4 銷售客戶情況調查表）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="107" />
            <source>Survey &amp;date:</source>
            <translation>調查日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="109" />
            <source>&amp;Legal representative:</source>
            <translation>負責人(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="110" />
            <source>Customer &amp;type:</source>
            <translation>客戶類別(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="111" />
            <source>&amp;Established:</source>
            <translation>成立日期(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="112" />
            <source>Registered &amp;capital (NT$):</source>
            <translation>資本額（新臺幣元）(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="118" />
            <source>Surveyor's &amp;assessment:</source>
            <translation>調查人評估意見(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/survey_dialog.py" line="145" />
            <source>Survey recorded.</source>
            <translation>情況調查已記錄。</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../../records_desk/ui/customers/visit_dialog.py" line="52" />
            <source>Record visit (附件5)</source>
            <translation>記錄拜訪（附件5 銷售客戶拜訪總結報告）</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/visit_dialog.py" line="53" />
            <source>Visit &amp;date:</source>
            <translation>拜訪日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/visit_dialog.py" line="54" />
            <source>&amp;Summary:</source>
            <translation>拜訪摘要(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/visit_dialog.py" line="55" />
            <source>Who was met and what was talked about</source>
            <translation>拜訪了誰、談了哪些事</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/visit_dialog.py" line="57" />
            <source>Latest &amp;needs:</source>
            <translation>客戶最新需求(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/visit_dialog.py" line="58" />
            <source>&amp;Opinions:</source>
            <translation>客戶意見(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/visit_dialog.py" line="59" />
            <source>Su&amp;ggestions:</source>
            <translation>客戶建議(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/visit_dialog.py" line="68" />
            <source>Please write a summary of the visit.</source>
            <translation>請填寫拜訪摘要。</translation>
        </message>
    </context>
    <context>
        <name>VisitModel</name>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="69" />
            <source>Archive number</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="70" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="71" />
            <source>Department</source>
            <translation>部門</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="72" />
            <source>Grade</source>
            <translation>客戶等級</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="73" />
            <source>Visit due on</source>
            <translation>應回訪日</translation>
        </message>
        <message>
            <location filename="../../records_desk/ui/customers/reviews_view.py" line="74" />
            <source>Days overdue</source>
            <translation>逾期天數</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <location filename="../../records_desk/ui/customers/admin_menu.py" line="101" />
            <source>This part of Records Desk is not built yet.</source>
            <translation>Records Desk 的這個部分尚未完成。</translation>
        </message>
    </context>
</TS>