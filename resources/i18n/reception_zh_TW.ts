<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
</TS>
