<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
</TS>
