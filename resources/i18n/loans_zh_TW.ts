<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
