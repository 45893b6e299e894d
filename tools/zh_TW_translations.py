"""Traditional Chinese translations of the UI strings, keyed by English source text
(optionally "Context|source" where one context needs a different wording).

Run `python tools/fill_translations.py` after `make i18n` to write them into
resources/i18n/records_desk_zh_TW.ts; the test suite fails while any string is left untranslated.
The seed regulations' own terms are used (SPEC.md): 總經理, 客戶總監, 檔案管理員 …
"""

ZH_TW: dict[str, str] = {
    # About / error / notify
    "About %1": "關於 %1",
    "<h3>%1 %2</h3><p>The records office's desktop application: customer files, the loan register, removable media and the reception rotation.</p><p>Database: %3</p><p>Qt %4, PySide6 %5. Chinese text uses the WenQuanYi Micro Hei font (Apache License 2.0).</p>":
        "<h3>%1 %2</h3><p>檔案室桌面應用程式：客戶檔案、檔案借閱登記、移動存儲介質及接待輪序。</p><p>資料庫：%3</p><p>Qt %4，PySide6 %5。中文字型採用文泉驛微米黑（Apache License 2.0）。</p>",
    "Unexpected error — Records Desk": "未預期的錯誤 — Records Desk",
    "<b>Something went wrong: %1</b><p>Records Desk carries on; what you were doing may not have finished. Please check it, and give the details below to whoever looks after the program.</p><p>The log file is %2</p>":
        "<b>發生錯誤：%1</b><p>Records Desk 會繼續運行，但剛才的操作可能沒有完成，請檢查一下，並把下面的詳細資料交給負責維護本程式的人員。</p><p>日誌檔案：%2</p>",
    "%1 errors happened; all are in the details.": "共發生 %1 個錯誤，詳細資料中列出全部。",
    "&Copy details": "複製詳細資料(&C)",
    "Records Desk": "Records Desk 檔案室系統",
    # Accounts dialog and model
    "Accounts": "帳號管理",
    "&Search:": "搜尋(&S)：",
    "User name, name, role or status": "帳號、姓名、角色或狀態",
    "&New account…": "新增帳號(&N)…",
    "Create an account (%1)": "新增帳號（%1）",
    "&Reset password…": "重設密碼(&R)…",
    "Change r&ole…": "變更角色(&O)…",
    "Accounts are never deleted: disable the account of someone who leaves; its history stays in the operation log.":
        "帳號永不刪除：人員離職時停用其帳號，其歷史紀錄保留在操作日誌中。",
    "&Enable": "啟用(&E)",
    "&Disable…": "停用(&D)…",
    "%1 of %2 accounts shown": "顯示 %1 個帳號，共 %2 個",
    "The password must be changed at the next sign-in.": "下次登入時必須變更密碼。",
    "User name": "帳號",
    "Full name": "姓名",
    "Role": "角色",
    "Status": "狀態",
    "Password changed": "密碼變更時間",
    "Last sign-in": "最近登入",
    "Disabled": "已停用",
    "Locked until %1": "鎖定至 %1",
    "Active": "使用中",
    "%1 (must change)": "%1（須變更）",
    "never": "從未",
    # Actions
    "&Settings…": "設定(&S)…",
    "Change the language and the idle lock": "變更介面語言及閒置鎖定",
    "&Lock": "鎖定(&L)",
    "Lock the window now; your work stays open": "立即鎖定視窗；工作內容保持不變",
    "Sign &out": "登出(&O)",
    "End your session and return to the sign-in dialog": "結束本次登入並回到登入畫面",
    "&Quit": "結束(&Q)",
    "Close Records Desk": "關閉 Records Desk",
    "&Accounts…": "帳號管理(&A)…",
    "Create, disable and reset user accounts": "新增、停用及重設使用者帳號",
    "Operation &log…": "操作日誌(&L)…",
    "Read the operation log": "查閱操作日誌",
    "&Verify audit chain": "驗證日誌雜湊鏈(&V)",
    "Check that no entry of the operation log was altered": "檢查操作日誌的紀錄是否遭到竄改",
    "&About Records Desk": "關於 Records Desk(&A)",
    "Version, database and licences": "版本、資料庫及授權資訊",
    "Open log &folder": "開啟日誌資料夾(&F)",
    "Show the folder holding the application's log files": "顯示存放程式日誌檔案的資料夾",
    "The database %1 could not be opened (%2). The details are in %3.":
        "無法開啟資料庫 %1（%2）。詳細資料見 %3。",
    # Audit log
    "Operation log": "操作日誌",
    "&Account:": "帳號(&A)：",
    "A&ction:": "操作(&C)：",
    "&From": "起始日期(&F)",
    "&To": "結束日期(&T)",
    "&Reload": "重新載入(&R)",
    "&Verify chain": "驗證雜湊鏈(&V)",
    "Recompute the hash of every entry to detect changes made outside the app":
        "重新計算每筆紀錄的雜湊值，以發現在程式以外所作的修改",
    "Select an entry to read its details.": "選擇一筆紀錄以查看詳細內容。",
    "All accounts": "全部帳號",
    "All actions": "全部操作",
    "%1 of %2 entries loaded": "已載入 %1 筆，共 %2 筆",
    "The operation log is intact: %1 entries verified.": "操作日誌完整：已驗證 %1 筆紀錄。",
    "The operation log is broken at sequence number %1: that entry was changed or removed outside the app. %2 entries before it verify.":
        "操作日誌在序號 %1 處斷裂：該筆紀錄曾在程式以外被修改或刪除。其之前的 %2 筆紀錄驗證無誤。",
    "No.": "序號",
    "Time": "時間",
    "Account": "帳號",
    "Action": "操作",
    "Entity": "對象",
    "Summary": "摘要",
    # Change password
    "Change password — Records Desk": "變更密碼 — Records Desk",
    "Choose a new password.": "請設定新密碼。",
    "User name:": "帳號：",
    "&Current password:": "目前密碼(&C)：",
    "&New password:": "新密碼(&N)：",
    "C&onfirm new password:": "確認新密碼(&O)：",
    "At least 10 characters, different from the current one.": "至少 10 個字元，且不可與目前密碼相同。",
    "&Change password": "變更密碼(&C)",
    "The two new passwords do not match.": "兩次輸入的新密碼不一致。",
    # Tabs
    "Customer files": "客戶檔案",
    "Customer files: archive numbers, record types, history of every change, grading and the blacklist.":
        "客戶檔案：檔案編號、錄入資料類型、每次修改的歷史、客戶分級及黑名單。",
    "This feature is not built yet.": "此功能尚未完成。",
    "Loan register": "借閱登記",
    "The loan register: who borrowed which file, when it is due, and when it went back in its place.":
        "檔案借閱登記：誰借閱了哪份檔案、何時到期、何時歸還上架。",
    "Removable media": "移動存儲介質",
    "Removable media: registration, security labels, lending, repairs and disposal.":
        "移動存儲介質：登記、密級標識、借用、維修及銷毀。",
    "Reception rotation": "接待輪序",
    "Reception rotation: the day's sign-in order, who receives the next visitor and why, and the visitor sheet.":
        "接待輪序：當日簽到順序、下一位來訪客戶由誰接待及其理由，以及客戶來訪登記表。",
    # Disable / reset / role dialogs
    "Disable account %1": "停用帳號 %1",
    "e.g. left the company on 30 November": "例如：11 月 30 日離職",
    "&Reason:": "原因(&R)：",
    "%1 can no longer sign in. The account and its history are kept; it can be enabled again.":
        "%1 將無法再登入。帳號及其歷史紀錄都會保留，日後可再次啟用。",
    "Disable account": "停用帳號",
    "Reset password of %1": "重設 %1 的密碼",
    "&Temporary password:": "臨時密碼(&T)：",
    "&Confirm password:": "確認密碼(&C)：",
    "%1 must change this temporary password at the next sign-in. A lockout after failed attempts is lifted.":
        "%1 下次登入時必須變更此臨時密碼。因多次登入失敗而造成的鎖定將一併解除。",
    "Reset password": "重設密碼",
    "Change role of %1": "變更 %1 的角色",
    "New &role:": "新角色(&R)：",
    "Change role": "變更角色",
    # First run
    "New records office — Records Desk": "新建檔案室 — Records Desk",
    "<b>Create the general manager</b><br>This database has no accounts yet. Create the account of the general manager, who will then create the accounts of the other staff.":
        "<b>建立總經理帳號</b><br>此資料庫尚未有任何帳號。請先建立總經理的帳號，再由總經理為其他人員建立帳號。",
    "&User name:": "帳號(&U)：",
    "&Full name:": "姓名(&F)：",
    "&Password:": "密碼(&P)：",
    "letters, digits, . _ - (3 to 32)": "英文字母、數字、. _ -（3 至 32 個字元）",
    "At least 10 characters. Passwords expire after 90 days.": "至少 10 個字元。密碼每 90 天到期，須定期更換。",
    "&Create account": "建立帳號(&C)",
    "The two passwords do not match.": "兩次輸入的密碼不一致。",
    # Lock page
    "Records Desk is locked": "Records Desk 已鎖定",
    "%1 (%2) is signed in. Enter the password to carry on where you left off, or sign out.":
        "%1（%2）已登入。請輸入密碼以繼續剛才的工作，或選擇登出。",
    "Password": "密碼",
    "&Unlock": "解除鎖定(&U)",
    # Login
    "Sign in — %1": "登入 — %1",
    "<b>Sign in to Records Desk</b><br>Records office: %1": "<b>登入 Records Desk</b><br>檔案室資料庫：%1",
    "&Sign in": "登入(&S)",
    # Main window
    "&File": "檔案(&F)",
    "&Admin": "管理(&A)",
    "&Help": "說明(&H)",
    "Signed in: %1 (%2)": "登入者：%1（%2）",
    "Role: %1": "角色：%1",
    "Database: %1": "資料庫：%1",
    "Not encrypted": "未加密",
    "Encrypted, key in private file %1": "已加密，金鑰存於私人檔案 %1",
    "Encrypted, key in OS keyring": "已加密，金鑰存於系統金鑰圈",
    "This part of Records Desk is not built yet.": "Records Desk 的這個部分尚未完成。",
    "The operation log is intact: %1 entries checked.": "操作日誌完整：已檢查 %1 筆紀錄。",
    "The operation log has been tampered with: entry %1 does not match the chain.":
        "操作日誌曾遭竄改：第 %1 筆紀錄與雜湊鏈不符。",
    # Messages: actions
    "view the accounts": "查看帳號",
    "create an account": "新增帳號",
    "disable an account": "停用帳號",
    "enable an account": "啟用帳號",
    "reset a password": "重設密碼",
    "change a role": "變更角色",
    "read the operation log": "查閱操作日誌",
    "verify the operation log": "驗證操作日誌",
    # Messages: roles (the seed's terms)
    "General manager": "總經理",
    "Customer director": "客戶總監",
    "Archivist": "檔案管理員",
    "Reception clerk": "銷售文員",
    "Sales manager": "銷售經理",
    "Consultant": "置業顧問",
    "Staff (read only)": "各部門職員（唯讀）",
    # Messages: errors
    "The password has %1 characters; it needs at least %2.": "密碼只有 %1 個字元，至少需要 %2 個。",
    "Wrong user name or password. %1 attempts left before the account is locked.":
        "帳號或密碼錯誤。再失敗 %1 次帳號將被鎖定。",
    "Wrong user name or password.": "帳號或密碼錯誤。",
    "This account is locked after too many failed attempts, until %1.":
        "此帳號因多次登入失敗已被鎖定，直至 %1。",
    "The account %1 is disabled. Ask the general manager.": "帳號 %1 已停用，請聯絡總經理。",
    "Your password is older than 90 days and must be changed now.": "您的密碼已使用超過 90 天，必須立即變更。",
    "Your password was set by an administrator and must be changed now.": "您的密碼由管理員設定，必須立即變更。",
    "The new password must differ from the current one.": "新密碼不可與目前密碼相同。",
    "Your role may not do this (%1). The attempt was recorded.": "您的角色無權執行此操作（%1），此次嘗試已記錄在案。",
    "The user name must be 3 to 32 letters, digits, '.', '_' or '-'.":
        "帳號須為 3 至 32 個英文字母、數字、「.」、「_」或「-」。",
    "The user name %1 is already in use.": "帳號 %1 已被使用。",
    "There is no account named %1.": "沒有名為 %1 的帳號。",
    "This records office already has accounts.": "此檔案室資料庫已有帳號。",
    "%1 is the last active general manager and cannot be disabled or changed.":
        "%1 是最後一位在職的總經理，不能停用或變更其角色。",
    "You cannot disable your own account or change your own role.": "不能停用自己的帳號或變更自己的角色。",
    "The key of the database %1 cannot be found on this computer.": "在這台電腦上找不到資料庫 %1 的金鑰。",
    "The file %1 is not a Records Desk database, or its key does not match.":
        "檔案 %1 不是 Records Desk 資料庫，或金鑰不符。",
    # New account
    "New account": "新增帳號",
    "&Role:": "角色(&R)：",
    "The person must change this password at the first sign-in.": "此人首次登入時必須變更此密碼。",
    "Create account": "建立帳號",
    "Enter a user name.": "請輸入帳號。",
    # Settings
    "Settings — Records Desk": "設定 — Records Desk",
    "&Language:": "介面語言(&L)：",
    "&Lock after idle:": "閒置後鎖定(&L)：",
    " minutes": " 分鐘",
    "Without keyboard or mouse input for this long, the window locks behind your password. What you typed stays.":
        "在此時間內沒有鍵盤或滑鼠操作，視窗會鎖定，須輸入密碼才能繼續；已輸入的內容會保留。",
}
ZH_TW.update(
    {
        "&Change password…": "變更密碼(&C)…",
        "Set a new password for your own account": "為自己的帳號設定新密碼",
        "Your password was changed.": "您的密碼已變更。",
    }
)

ZH_TW.update(
    {
        # Print preview, File > Print blank form… (ui/printing)
        "&Print blank form…": "列印空白表格(&P)…",
        "Preview and print an empty form to fill in by hand": "預覽並列印空白表格，以供手寫填寫",
        "Print blank form": "列印空白表格",
        "&Find:": "搜尋(&F)：",
        "Chinese or English title": "中文或英文名稱",
        "&Preview…": "預覽(&P)…",
        "Chinese title": "中文名稱",
        "English title": "英文名稱",
        "Kind": "類別",
        "Form id": "表格代號",
        "Form": "表格",
        "Labels": "標籤",
        "%1 of %2 forms": "顯示 %1 份表格，共 %2 份",
        "Print preview — %1 (%2)": "列印預覽 — %1（%2）",
        "Zoom out": "縮小",
        "Zoom in": "放大",
        "Fit width": "符合頁寬",
        "&Print…": "列印(&P)…",
        "&Save as PDF…": "另存為 PDF(&S)…",
        "&Open in system viewer": "以系統檢視器開啟(&O)",
        "Close": "關閉",
        "Page %1 of %2": "第 %1 頁，共 %2 頁",
        "Save as PDF": "另存為 PDF",
        "The printer %1 did not accept the job. Check that it is on and connected, then print again.":
            "印表機 %1 未接受列印工作。請確認印表機已開啟並已連接，然後再列印一次。",
        "The PDF was not saved to %1: %2. Nothing was written; choose another folder.":
            "PDF 未能儲存至 %1：%2。沒有寫入任何檔案，請選擇其他資料夾。",
        "No program to show PDF files was found. The PDF is saved at %1.":
            "找不到可顯示 PDF 檔案的程式。PDF 已儲存於 %1。",
        "you may not write in that folder": "您沒有寫入該資料夾的權限",
        "the disk is full": "磁碟空間已滿",
        "the folder does not exist": "該資料夾不存在",
        "print a form": "列印表格",
    }
)
ZH_TW.update(
    {
        "There is no form %1.": "沒有表格 %1。",
        "The data to print is wrong at %1: %2": "列印資料有誤，位置 %1：%2",
    }
)
ZH_TW.update(
    {
        "view customer files": "查閱客戶檔案",
        "register a customer file": "登記客戶檔案",
        "request a change of a customer file": "申請修改客戶檔案",
        "approve a change of customer data": "審批客戶資料修改",
        "change customer data directly": "直接修改客戶資料",
        "void a customer file": "作廢客戶檔案",
        "change a customer's grade": "變更客戶等級",
        "override a grade quota": "超出等級比例的特批",
        "set a prospect level": "設定客戶級別（A/B/C）",
        "manage the blacklist": "管理黑名單",
        "record a customer review": "登記客戶階段評價",
        "record a customer visit": "登記客戶拜訪",
    }
)

ZH_TW.update(
    {
        "record a customer evaluation": "記錄客戶審核評價",
        "record a customer survey": "記錄客戶情況調查",
        "run the weekly spot check": "執行每週抽查",
        "view data-quality problems": "查看資料品質問題",
        "dismiss a likely duplicate": "排除疑似重複",
        "import customer files": "匯入客戶檔案",
        "export customer files": "匯出客戶檔案",
        "change the office settings": "變更全公司共用設定",
    }
)

# The customer-file screens keep their strings in their own files (two people edit them at once).
from zh_TW_customer_admin import ZH_TW as _CUSTOMER_ADMIN  # noqa: E402
from zh_TW_customers_tab import ZH_TW as _CUSTOMERS_TAB  # noqa: E402

ZH_TW.update(_CUSTOMERS_TAB)
ZH_TW.update(_CUSTOMER_ADMIN)
