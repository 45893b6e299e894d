<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../records_desk/cli/reception.py" line="53"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1：不是 UTF-8 文字檔</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception.py" line="56"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：無法讀取：%2</translation>
    </message>
</context>
<context>
    <name>ReceptionMessages</name>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="16"/>
        <source>it is earlier than the event before it.</source>
        <translation>時間早於前一個事件。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="19"/>
        <source>%1 has not signed in today.</source>
        <translation>%1 今天尚未簽到。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="20"/>
        <source>%1 has signed out.</source>
        <translation>%1 已簽退。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="21"/>
        <source>%1 is already signed in.</source>
        <translation>%1 已經簽到。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="22"/>
        <source>%1 is already away.</source>
        <translation>%1 已經離開崗位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="23"/>
        <source>%1 comes back but was not away.</source>
        <translation>%1 回到崗位，但先前並未離開。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="24"/>
        <source>%1 has no visitor with them.</source>
        <translation>%1 目前沒有在接待客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="25"/>
        <source>%1 still has a visitor with them; end that visit first.</source>
        <translation>%1 仍在接待客戶；請先結束該次接待。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="28"/>
        <source>%1 is away on a manager&apos;s assignment: say who approved it.</source>
        <translation>%1 因上級安排離開崗位：請註明由誰核准。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="31"/>
        <source>say which manager or supervisor did it.</source>
        <translation>請註明是哪位經理或主管所為。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="32"/>
        <source>the new order must name every consultant signed in, each once (%1 is not so).</source>
        <translation>新的輪序必須列出每位已簽到的置業顧問，各一次（%1 不符）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="36"/>
        <source>nobody is signed in and at post to receive the visitor.</source>
        <translation>沒有已簽到且在崗的置業顧問可以接待這位客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="47"/>
        <location filename="../../records_desk/wording/reception/errors.py" line="55"/>
        <source>Event %1 (%2): %3</source>
        <translation>第 %1 個事件（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="57"/>
        <source>Event %1: %2</source>
        <translation>第 %1 個事件：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="59"/>
        <source>Registration %1: %2</source>
        <translation>第 %1 筆登記：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="61"/>
        <source>Relation %1: %2</source>
        <translation>第 %1 筆關係：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="62"/>
        <source>The day file: %1</source>
        <translation>當日檔案：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="70"/>
        <source>The day file is not JSON (line %1, column %2).</source>
        <translation>當日檔案不是 JSON 格式（第 %1 行，第 %2 欄）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="73"/>
        <source>it must be a JSON object, not %1.</source>
        <translation>必須是 JSON 物件，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="74"/>
        <source>“%1” is missing.</source>
        <translation>缺少「%1」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="75"/>
        <source>“%1” has a value that is not allowed.</source>
        <translation>「%1」的值不被允許。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="76"/>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>「%1」不是日期（年-月-日，如 2026-11-27）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="77"/>
        <source>“%1” is not a time of day (HH:MM).</source>
        <translation>「%1」不是時間（時:分，如 09:30）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="78"/>
        <source>“%1” is not an event type.</source>
        <translation>「%1」不是事件類型。</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <location filename="../../records_desk/ui/reception/tab.py" line="13"/>
        <source>Reception rotation</source>
        <translation>接待輪序</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/reception/tab.py" line="17"/>
        <source>Reception rotation: the day&apos;s sign-in order, who receives the next visitor and why, and the visitor sheet.</source>
        <translation>接待輪序：當日簽到順序、下一位來訪客戶由誰接待及其理由，以及客戶來訪登記表。</translation>
    </message>
</context>
<context>
    <name>ReceptionTerms</name>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="13"/>
        <source>rotation</source>
        <translation>輪序</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="14"/>
        <source>priority on return</source>
        <translation>返崗優先</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="15"/>
        <source>kept turn</source>
        <translation>保留輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="16"/>
        <source>designated</source>
        <translation>指定接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="17"/>
        <source>returning customer&apos;s consultant</source>
        <translation>老客戶原置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="18"/>
        <source>courtesy reception</source>
        <translation>義務接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="19"/>
        <source>reassigned</source>
        <translation>更換接待</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="26"/>
        <source>turn cancelled</source>
        <translation>取消本輪接待資格</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="27"/>
        <source>away without good reason</source>
        <translation>無正當理由不在崗位</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="28"/>
        <source>away on a manager&apos;s assignment</source>
        <translation>上級臨時安排外出</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="31"/>
        <source>with a customer</source>
        <translation>接待客戶中</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="32"/>
        <source>with a designated or courtesy customer</source>
        <translation>接待指定或義務接待客戶中</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="35"/>
        <source>the customer&apos;s consultant</source>
        <translation>原接待置業顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="36"/>
        <source>designated but not signed in</source>
        <translation>被指定但未簽到</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="39"/>
        <source>not signed in</source>
        <translation>未簽到</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="47"/>
        <source>%1 %2 → %3: %4, counted</source>
        <translation>%1 %2 → %3：%4，計入輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="49"/>
        <source>%1 %2 → %3: %4, not counted</source>
        <translation>%1 %2 → %3：%4，不計入輪次</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="52"/>
        <source> (the visitor waits)</source>
        <translation>（客戶等候）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="55"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="58"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/terms.py" line="59"/>
        <source>; passed over: %1</source>
        <translation>；略過：%1</translation>
    </message>
</context>
</TS>
