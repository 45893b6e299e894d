<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../records_desk/cli/reception.py" line="56"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1：不是 UTF-8 文字檔</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception.py" line="59"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：無法讀取：%2</translation>
    </message>
</context>
<context>
    <name>ReceptionCommands</name>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="178"/>
        <source>Row %1: %2 (%3) receives the visitor — %4</source>
        <translation>第 %1 行：%2（%3）接待此客戶 — %4</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="181"/>
        <source>  skipped %1: %2</source>
        <translation>  略過 %1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="206"/>
        <source>Next up: %1</source>
        <translation>下一位：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="305"/>
        <source>%1 reviewed: %2 rows, hash %3</source>
        <translation>%1 已審核：共 %2 行，雜湊值 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="316"/>
        <source>%1 intact: %2 rows, hash %3</source>
        <translation>%1 完好：共 %2 行，雜湊值 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_day.py" line="319"/>
        <source>%1 CHANGED since the review: hash %2 stored, %3 now</source>
        <translation>%1 審核後已被更改：審核時雜湊值 %2，現為 %3</translation>
    </message>
</context>
<context>
    <name>ReceptionDisputes</name>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="162"/>
        <source>%1: write each share as CONSULTANT=PERCENT.</source>
        <translation>%1：每一份請寫成「顧問=百分比」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="177"/>
        <source>%1 to %2: %3 days, %4 visitors, %5 order changes</source>
        <translation>%1 至 %2：%3 日，接待 %4 人次，輪序調整 %5 次</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="239"/>
        <source>Deal %1 (%2, %3 closed it): %4 %5 — %6</source>
        <translation>成交 %1（%2，%3 成交）：%4 %5 — %6</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="242"/>
        <source>  proposed: %1</source>
        <translation>  建議分配：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="244"/>
        <source>  row used: %1 %2 %3 → %4 (%5)</source>
        <translation>  依據來訪紀錄：%1 %2 %3 → %4（%5）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="248"/>
        <source>  registration used: %1 → %2, valid through %3</source>
        <translation>  依據客戶登記：%1 → %2，有效至 %3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="253"/>
        <source>  decision %1 by %2: confirmed, %3</source>
        <translation>  決定 %1（%2）：照建議確認，%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/reception_disputes.py" line="256"/>
        <source>  decision %1 by %2: %3 — %4</source>
        <translation>  決定 %1（%2）：%3 — %4</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="17"/>
        <source>a returning customer designated another consultant: all to the first</source>
        <translation>老客戶指定其他顧問：傭金全歸最先接待者</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="21"/>
        <source>the designated consultant instigated it: all to the first</source>
        <translation>被指定顧問有慫恿行為：傭金全歸最先接待者</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="24"/>
        <source>designated mid-visit: 55 % first, 45 % designated</source>
        <translation>接待中途指定：最先接待者 55 %，被指定者 45 %</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="27"/>
        <source>a referral announced in advance: the referring customer&apos;s consultant</source>
        <translation>事先聲明的老帶新：歸介紹客戶的顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="31"/>
        <source>the referring customer came naming the consultant</source>
        <translation>老客戶親自帶來並指名顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="34"/>
        <source>a referral not announced: the rotation decides</source>
        <translation>未事先聲明的老帶新：依輪序歸屬</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="37"/>
        <source>a deal on the spot before anyone recognised the original consultant: all to the new one</source>
        <translation>認出原顧問前當場成交：全歸新顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="42"/>
        <source>the original consultant recognised the same day: all to them</source>
        <translation>當日認出原顧問：全歸原顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="45"/>
        <source>the original consultant recognised later within a month: shared equally</source>
        <translation>一個月內才認出原顧問：雙方平分</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="49"/>
        <source>the original consultant not recognised within a month: all to the new one</source>
        <translation>一個月內未認出原顧問：全歸新顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="53"/>
        <source>the consultant of the customer&apos;s valid registration</source>
        <translation>客戶有效登記的顧問</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="56"/>
        <source>a direct relative&apos;s valid registration, the first one wins</source>
        <translation>直系親屬的有效登記，以最先登記者為準</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="59"/>
        <source>no valid registration: who received the customer as new</source>
        <translation>無有效登記：以新客接待者為準</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="70"/>
        <source>Write the customer&apos;s name.</source>
        <translation>請填寫客戶姓名。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="71"/>
        <source>A deal needs the customer&apos;s phone or ID number to find their visits.</source>
        <translation>成交紀錄需有客戶電話或身分證號，才能找到其來訪紀錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="75"/>
        <source>%1 is a day still to come.</source>
        <translation>%1 是尚未到來的日子。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="76"/>
        <source>No visit of this customer on that day&apos;s sheet says who received them first; name the first consultant.</source>
        <translation>當日來訪登記表上沒有此客戶的紀錄可說明最先接待者；請指明最先接待的顧問。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="81"/>
        <source>%1 cannot be both the first and the designated consultant.</source>
        <translation>%1 不能同時是最先接待者與被指定者。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="84"/>
        <source>A deal in a relative&apos;s name needs the customer&apos;s phone, the relative&apos;s phone and the relation (spouse, parent_child, sibling or other).</source>
        <translation>以親屬名義成交需填客戶電話、親屬電話及關係（spouse、parent_child、sibling 或 other）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="89"/>
        <source>“%1” is no day or month of a report (YYYY-MM-DD or YYYY-MM).</source>
        <translation>「%1」不是報表的日期或月份（YYYY-MM-DD 或 YYYY-MM）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="98"/>
        <source>There is no deal %1.</source>
        <translation>沒有成交紀錄 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="105"/>
        <source>The shares add up to %1 %, not 100 %.</source>
        <translation>分配合計為 %1 %，不是 100 %。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="106"/>
        <source>%1: a share is a whole percentage from 0 to 100.</source>
        <translation>%1：每份須為 0 到 100 的整數百分比。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="109"/>
        <source>%1 is named twice.</source>
        <translation>%1 重複出現。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="110"/>
        <source>A split other than the proposal, or a revision, needs the reason for it.</source>
        <translation>與建議不同的分配或變更決定，須寫明理由。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="120"/>
        <source>Deal %1 was decided by %2 and the decision is final; record a revision, with its reason, to change it.</source>
        <translation>成交 %1 已由 %2 決定，決定不可修改；如需變更，請另記一筆附理由的變更決定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="130"/>
        <source>Deal %1 has no decision to revise yet.</source>
        <translation>成交 %1 尚無可變更的決定。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/disputes.py" line="136"/>
        <source>Consultants record their own deals only, not %1&apos;s.</source>
        <translation>顧問只能登記自己的成交，不能登記 %1 的。</translation>
    </message>
</context>
<context>
    <name>ReceptionMessages</name>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="17"/>
        <source>it is earlier than the event before it.</source>
        <translation>時間早於前一個事件。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="20"/>
        <source>%1 has not signed in today.</source>
        <translation>%1 今天尚未簽到。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="21"/>
        <source>%1 has signed out.</source>
        <translation>%1 已簽退。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="22"/>
        <source>%1 is already signed in.</source>
        <translation>%1 已經簽到。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="23"/>
        <source>%1 is already away.</source>
        <translation>%1 已經離開崗位。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="24"/>
        <source>%1 comes back but was not away.</source>
        <translation>%1 回到崗位，但先前並未離開。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="25"/>
        <source>%1 has no visitor with them.</source>
        <translation>%1 目前沒有在接待客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="26"/>
        <source>%1 still has a visitor with them; end that visit first.</source>
        <translation>%1 仍在接待客戶；請先結束該次接待。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="29"/>
        <source>%1 is away on a manager&apos;s assignment: say who approved it.</source>
        <translation>%1 因上級安排離開崗位：請註明由誰核准。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="32"/>
        <source>say which manager or supervisor did it.</source>
        <translation>請註明是哪位經理或主管所為。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="33"/>
        <source>the new order must name every consultant signed in, each once (%1 is not so).</source>
        <translation>新的輪序必須列出每位已簽到的置業顧問，各一次（%1 不符）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="37"/>
        <source>nobody is signed in and at post to receive the visitor.</source>
        <translation>沒有已簽到且在崗的置業顧問可以接待這位客戶。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="48"/>
        <location filename="../../records_desk/wording/reception/errors.py" line="56"/>
        <source>Event %1 (%2): %3</source>
        <translation>第 %1 個事件（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="58"/>
        <source>Event %1: %2</source>
        <translation>第 %1 個事件：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="60"/>
        <source>Registration %1: %2</source>
        <translation>第 %1 筆登記：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="62"/>
        <source>Relation %1: %2</source>
        <translation>第 %1 筆關係：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="63"/>
        <source>The day file: %1</source>
        <translation>當日檔案：%1</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="71"/>
        <source>The day file is not JSON (line %1, column %2).</source>
        <translation>當日檔案不是 JSON 格式（第 %1 行，第 %2 欄）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="74"/>
        <source>it must be a JSON object, not %1.</source>
        <translation>必須是 JSON 物件，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="75"/>
        <source>“%1” is missing.</source>
        <translation>缺少「%1」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="76"/>
        <source>“%1” has a value that is not allowed.</source>
        <translation>「%1」的值不被允許。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="77"/>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>「%1」不是日期（年-月-日，如 2026-11-27）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="78"/>
        <source>“%1” is not a time of day (HH:MM).</source>
        <translation>「%1」不是時間（時:分，如 09:30）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/errors.py" line="79"/>
        <source>“%1” is not an event type.</source>
        <translation>「%1」不是事件類型。</translation>
    </message>
</context>
<context>
    <name>ReceptionRecords</name>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="15"/>
        <source>The visitor sheet of %1 was reviewed by %2 and can no longer change; write a correction as a new row that names the row it corrects.</source>
        <translation>%1 的《客戶來訪登記表》已由 %2 審核，不得再更改；如需更正，請另起一行並填寫所更正的原序號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="25"/>
        <source>The visitor sheet of %1 has not been reviewed yet.</source>
        <translation>%1 的《客戶來訪登記表》尚未審核。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="31"/>
        <source>“%1” is not an active consultant&apos;s user name.</source>
        <translation>「%1」不是在職置業顧問的使用者名稱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="37"/>
        <source>%1 is another consultant&apos;s visitor: consultants record follow-ups of their own visitors only.</source>
        <translation>%1 是其他置業顧問的客戶：置業顧問只能登記自己客戶的跟進記錄。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="47"/>
        <source>There is no registration %1.</source>
        <translation>沒有第 %1 號客戶登記。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="52"/>
        <source>The visitor sheet of %1 has no row %2.</source>
        <translation>%1 的《客戶來訪登記表》沒有第 %2 行。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="60"/>
        <source>Write the visitor&apos;s name.</source>
        <translation>請填寫客戶姓名。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="62"/>
        <source>A registration needs a phone or an ID number.</source>
        <translation>客戶登記須有聯絡電話或身分證號碼。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="65"/>
        <source>“%1” is no prospect level: write A, B or C.</source>
        <translation>「%1」不是客戶級別：請填 A、B 或 C。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="69"/>
        <source>“%1” is no source: walk_in, phone or referral.</source>
        <translation>「%1」不是來訪方式：請填 walk_in（上門）、phone（來電）或 referral（介紹）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="73"/>
        <source>A party is at least one person.</source>
        <translation>來訪人數至少為一人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="76"/>
        <source>“%1” is no relation between two people: spouse, parent_child, sibling or other.</source>
        <translation>「%1」不是兩人之間的關係：請填 spouse（配偶）、parent_child（父母子女）、sibling（兄弟姐妹）或 other（其他）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/reception/records.py" line="82"/>
        <source>%1 is a day still to come.</source>
        <translation>%1 是尚未到來的日子。</translation>
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
