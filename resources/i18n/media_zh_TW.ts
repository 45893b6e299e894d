<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>MediaCommands</name>
    <message>
        <location filename="../../records_desk/cli/media.py" line="175"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="219"/>
        <source>say what was done: --label, --encryption or --virus-check</source>
        <translation>請說明完成了哪一步：--label、--encryption 或 --virus-check</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="255"/>
        <source>a repaired medium is checked on its return: add --virus-check &quot;TOOL SIGDATE RESULT&quot;</source>
        <translation>維修返回的介質須查殺病毒：請加上 --virus-check &quot;工具 病毒庫日期 結果&quot;</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="297"/>
        <source>%1 filed as a backup under %2</source>
        <translation>%1 已作為備份歸入「%2」</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="351"/>
        <location filename="../../records_desk/cli/media.py" line="399"/>
        <source>classified</source>
        <translation>涉密</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="410"/>
        <source>stocktake %1 open: %2 media expected</source>
        <translation>盤點 %1 已開始：應有 %2 件介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="420"/>
        <source>%1: %2 (expected %3, found %4, missing %5, unexpected %6, twice %7)</source>
        <translation>%1：%2（應有 %3，已找到 %4，缺少 %5，不應在此 %6，重複掃描 %7）</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="446"/>
        <source>stocktake %1 closed: expected %2, found %3, missing %4, unexpected %5, twice %6</source>
        <translation>盤點 %1 已完成：應有 %2，已找到 %3，缺少 %4，不應在此 %5，重複掃描 %6</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="453"/>
        <source>missing:</source>
        <translation>缺少：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="454"/>
        <source>unexpected:</source>
        <translation>不應在此：</translation>
    </message>
    <message>
        <location filename="../../records_desk/cli/media.py" line="455"/>
        <source>scanned twice:</source>
        <translation>重複掃描：</translation>
    </message>
</context>
<context>
    <name>MediaMessages</name>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="17"/>
        <source>“%1” is not a medium number (it looks like USB-0007).</source>
        <translation>「%1」不是介質編號（格式如 USB-0007）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="23"/>
        <source>“%1” is not a type of medium: usb, hdd, optical, tape, card or floppy.</source>
        <translation>「%1」不是介質類型：應為 usb（U盤）、hdd（硬盤）、optical（光盤）、tape（磁帶）、card（存儲卡）或 floppy（軟盤）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="32"/>
        <source>There is no medium numbered %1.</source>
        <translation>沒有編號為 %1 的介質。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="42"/>
        <source>%1 is %2, which is final: “%3” is no longer possible.</source>
        <translation>%1 為「%2」，已是最終狀態：不能再「%3」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="45"/>
        <source>%1 is %2: it still needs %3 before it is issued.</source>
        <translation>%1 為「%2」：借出前還須登記%3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="48"/>
        <source>%1 is %2: it needs %3 before it is issued again.</source>
        <translation>%1 為「%2」：再次借出前須先登記%3。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="51"/>
        <source>%1 is %2: only a medium ready to issue is sent for repair (it still needs %3).</source>
        <translation>%1 為「%2」：只有可發放的介質才能送修（還須登記%3）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="59"/>
        <source>%1 is not issued (it is %2): there is no return to record.</source>
        <translation>%1 並未借出（目前為「%2」）：無歸還可登記。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="64"/>
        <source>%1 is not in repair (it is %2): it cannot come back from repair.</source>
        <translation>%1 並未送修（目前為「%2」）：無從修復取回。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="68"/>
        <source>%1 is already classified, and stays classified for ever.</source>
        <translation>%1 已定為涉密，且永遠是涉密介質。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="76"/>
        <source>Name the encryption software installed on the medium.</source>
        <translation>請填寫介質上安裝的加密軟件名稱。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="79"/>
        <source>Give the version of the encryption software %1.</source>
        <translation>請填寫加密軟件 %1 的版本。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="82"/>
        <source>Name the tool the virus check was made with.</source>
        <translation>請填寫查殺病毒所用的工具。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="83"/>
        <source>“%1” is not a virus check: give the tool, the date of its signatures and the result, e.g. ClamAV 2026-11-30 clean.</source>
        <translation>「%1」不是病毒查殺記錄：請依序填寫工具、病毒庫日期及結果，例如 ClamAV 2026-11-30 clean。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="88"/>
        <source>“%1” is not the result of a virus check: clean or infected.</source>
        <translation>「%1」不是病毒查殺結果：應為 clean（無毒）或 infected（有毒）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="91"/>
        <source>The virus signatures cannot be dated %1, after the check.</source>
        <translation>病毒庫日期不能是 %1，晚於查殺之日。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="94"/>
        <source>Name the account the medium is issued to.</source>
        <translation>請填寫借用人的帳號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="95"/>
        <source>Name the approver who consents to the loan for the department.</source>
        <translation>請填寫代表部門同意借用的審批人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="98"/>
        <source>%1 cannot approve their own loan: the department&apos;s consent comes from someone else.</source>
        <translation>%1 不能審批自己的借用：部門的同意須由他人作出。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="102"/>
        <source>The due date %1 has already passed.</source>
        <translation>歸還期限 %1 已過。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="103"/>
        <source>“%1” is not a repair unit named by the IT office; media are repaired only there.</source>
        <translation>「%1」不是信息科指定的維修單位；介質只能在指定單位維修。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="107"/>
        <source>Back up the medium&apos;s data before it is sent for repair.</source>
        <translation>送修前須先備份介質內的數據。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="110"/>
        <source>Wipe the medium&apos;s data before it is sent for repair.</source>
        <translation>送修前須刪除介質內的數據。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="113"/>
        <source>The date %1 is still to come.</source>
        <translation>日期 %1 尚未到來。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="114"/>
        <source>It cannot be back from repair on %1, before it was sent.</source>
        <translation>取回日期 %1 早於送修日期。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="117"/>
        <source>“%1” is not a way of disposing of a medium: degauss+shred or wipe+destroy.</source>
        <translation>「%1」不是介質的銷毀方式：應為 degauss+shred（消磁並粉碎）或 wipe+destroy（清除數據並銷毀）。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="121"/>
        <source>A medium is never sold as scrap: it is degaussed and shredded, or wiped and destroyed.</source>
        <translation>介質嚴禁作為廢品出售：須消磁並粉碎，或清除數據並銷毀。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="126"/>
        <source>A classified medium is degaussed and shredded, not only wiped.</source>
        <translation>涉密介質須消磁並粉碎，不能僅清除數據。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="129"/>
        <source>A classified medium is degaussed and shredded at the security office.</source>
        <translation>涉密介質須在保密部門消磁並粉碎。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="132"/>
        <source>Name the witness of the disposal.</source>
        <translation>請填寫銷毀的監銷人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="133"/>
        <source>%1 records the disposal and cannot also be its witness.</source>
        <translation>%1 是銷毀的登記人，不能同時擔任監銷人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="136"/>
        <source>Give the number of the classified medium&apos;s destruction certificate.</source>
        <translation>請填寫涉密介質銷毀證明的編號。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="139"/>
        <source>Name who reported the medium lost.</source>
        <translation>請填寫報失人。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="140"/>
        <source>Say how the medium was lost.</source>
        <translation>請說明遺失經過。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="149"/>
        <source>Only an optical disc is filed as a backup disc.</source>
        <translation>只有光盤才能登記為備份光盤。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="152"/>
        <source>File the backup disc under a category.</source>
        <translation>請選擇備份光盤的類別。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="153"/>
        <source>“%1” is not one of the backup categories the office&apos;s settings list.</source>
        <translation>「%1」不在辦公室設定所列的備份類別中。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="157"/>
        <source>Say what the backup disc holds.</source>
        <translation>請說明備份光盤的內容。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="166"/>
        <source>%1 is issued to %2: “%3” is possible once it is returned.</source>
        <translation>%1 已借給 %2：歸還後才能「%3」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="170"/>
        <source>%1 is issued: “%3” is possible once it is returned.</source>
        <translation>%1 已借出：歸還後才能「%3」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="172"/>
        <source>%1 is in repair at %2: “%3” is possible once it is back.</source>
        <translation>%1 正在「%2」維修：取回後才能「%3」。</translation>
    </message>
    <message>
        <location filename="../../records_desk/wording/media/errors.py" line="176"/>
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
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../records_desk/ui/media/tab.py" line="13"/>
        <source>Removable media</source>
        <translation>移動存儲介質</translation>
    </message>
    <message>
        <location filename="../../records_desk/ui/media/tab.py" line="17"/>
        <source>Removable media: registration, security labels, lending, repairs and disposal.</source>
        <translation>移動存儲介質：登記、密級標識、借用、維修及銷毀。</translation>
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
</TS>
