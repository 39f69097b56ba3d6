<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ui::ComposerWindow</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>Sent to %1 at %L2.</source>
        <translation>Um %L2 an %1 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Rock &amp;&amp; roll</source>
        <translation>Rock &amp;&amp; Roll</translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="obsolete">Alt</translation>
    </message>
</context>
</TS>
