<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>LoanCommands</name>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="105"/>
        <source>--external needs --org ORG</source>
        <translation>使用 --external 時須以 --org 指定所屬單位</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="127"/>
        <source>%1 approved: out, due %2</source>
        <translation>%1 已同意：檔案借出，%2 到期</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="135"/>
        <source>%1 refused</source>
        <translation>%1 不同意借閱</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="167"/>
        <source>%1 returned (loan %2): back to shelf %3</source>
        <translation>%1 已歸還（借閱單 %2）：請放回 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/loans.py" line="209"/>
        <source>%1 is the archivist&apos;s deputy from %2 to %3</source>
        <translation>%1 自 %2 至 %3 代管檔案管理員職務</translation>
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
        <location filename="../../records_desk/wording/loans/errors.py" line="201"/>
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
        <location filename="../../records_desk/wording/loans/errors.py" line="92"/>
        <source>Loan %1 is not awaiting approval.</source>
        <translation>借閱單 %1 並非待審批狀態。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="97"/>
        <source>Loan %1 awaits approval by the general manager or the customer director; its files do not go out before.</source>
        <translation>借閱單 %1 尚待總經理或客戶總監簽字同意，同意前檔案不得借出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="107"/>
        <source>Say why the loan is refused.</source>
        <translation>請說明不同意借閱的原因。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="112"/>
        <source>%1 is not out on any loan.</source>
        <translation>%1 目前沒有借出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="117"/>
        <source>%1 came back %2: record a fine of %3–%4 yuan with a reason, or a director&apos;s waiver with a reason.</source>
        <translation>%1 歸還時%2：請登記 %3–%4 元罰款並註明原因，或由總監註明原因免罰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="128"/>
        <source>The fine must be %1–%2 yuan, not %3.</source>
        <translation>罰款須為 %1–%2 元，不能是 %3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="135"/>
        <source>Give the reason for waiving the fine.</source>
        <translation>請填寫免罰原因。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="136"/>
        <source>Give the reason for the fine.</source>
        <translation>請填寫罰款原因。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="141"/>
        <source>%1 came back in good order: there is nothing to fine or waive.</source>
        <translation>%1 歸還時完好，無須罰款或免罰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="149"/>
        <source>Record either a fine or a waiver, not both.</source>
        <translation>罰款與免罰只能擇一登記。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="154"/>
        <source>Only the general manager or the customer director may waive a fine.</source>
        <translation>只有總經理或客戶總監可以免罰。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="161"/>
        <source>%1 is not on loan %2: no copies beyond what was lent.</source>
        <translation>%1 不在借閱單 %2 內：複印不得超出借閱範圍。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="167"/>
        <source>Say which pages or part may be copied.</source>
        <translation>請註明可複印的頁數或範圍。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="172"/>
        <source>Loan %1 is not out: no copies.</source>
        <translation>借閱單 %1 的檔案未在借出中，不能複印。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="177"/>
        <source>%1 has not been returned yet.</source>
        <translation>%1 尚未歸還。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="182"/>
        <source>%1 was already confirmed back in its place by %2.</source>
        <translation>%1 已由 %2 確認歸位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="188"/>
        <source>%1 belongs on shelf %2, not on %3.</source>
        <translation>%1 應放在 %2，而不是 %3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="196"/>
        <source>The deputy period ends before it starts.</source>
        <translation>代管期間的結束日早於開始日。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="197"/>
        <source>The deputy period is already over.</source>
        <translation>代管期間已經結束。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="198"/>
        <source>%1 has the archivist&apos;s rights already and is not named deputy.</source>
        <translation>%1 本已具有檔案管理員的權限，無須指定為代管人員。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="210"/>
        <source>There is no account named %1 to hand over to.</source>
        <translation>沒有名為 %1 的帳號可以接收移交。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/loans/errors.py" line="212"/>
        <source>Name who takes over: no deputy archivist is named for today or later.</source>
        <translation>請指定接收人：今天及以後沒有指定檔案代管人員。</translation>
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
        <translation>破損</translation>
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
    <name>LoansTab</name>
    <message>
        <location filename="../../records_desk/ui/loans/tab.py" line="13"/>
        <source>Loan register</source>
        <translation>借閱登記</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/loans/tab.py" line="17"/>
        <source>The loan register: who borrowed which file, when it is due, and when it went back in its place.</source>
        <translation>檔案借閱登記：誰借閱了哪份檔案、何時到期、何時歸還上架。</translation>
    </message>
</context>
</TS>
