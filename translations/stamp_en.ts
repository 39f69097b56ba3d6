<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cli::AccountLogin</name>
    <message numerus="yes">
        <location filename="../app/accountsignin.cpp" line="149"/>
        <source>On any device, visit %1 and enter the code %2 (within %n minute(s)).
</source>
        <translation>
            <numerusform>On any device, visit %1 and enter the code %2 (within %n minute).
</numerusform>
            <numerusform>On any device, visit %1 and enter the code %2 (within %n minutes).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::ContactsCommand</name>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="82"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="83"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="84"/>
        <source>%n group(s) read</source>
        <translation>
            <numerusform>%n group read</numerusform>
            <numerusform>%n groups read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="86"/>
        <source>%n card(s) without an address skipped.</source>
        <translation>
            <numerusform>%n card without an address skipped.</numerusform>
            <numerusform>%n cards without an address skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="124"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="125"/>
        <source>%n group(s) written to %1</source>
        <translation>
            <numerusform>%n group written to %1</numerusform>
            <numerusform>%n groups written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::MergeCommand</name>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="213"/>
        <source>Merge %1: %n row(s).</source>
        <translation>
            <numerusform>Merge %1: %n row.</numerusform>
            <numerusform>Merge %1: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="249"/>
        <source>%n row(s) sent by an earlier run of this merge: not sent again.</source>
        <translation>
            <numerusform>%n row sent by an earlier run of this merge: not sent again.</numerusform>
            <numerusform>%n rows sent by an earlier run of this merge: not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="260"/>
        <source>%1 of %n message(s) sent now, over %2 connection(s).</source>
        <translation>
            <numerusform>%1 of %n message sent now, over %2 connection.</numerusform>
            <numerusform>%1 of %n messages sent now, over %2 connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::SendCommand</name>
    <message numerus="yes">
        <location filename="../app/sendcommand.cpp" line="352"/>
        <source>%1 of %n message(s) sent.</source>
        <translation>
            <numerusform>%1 of %n message sent.</numerusform>
            <numerusform>%1 of %n messages sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtp::Lint</name>
    <message numerus="yes">
        <location filename="../smtp/lint.cpp" line="60"/>
        <source>%n line(s) are longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6); the first is line %1, the longest has %2 octets. Stamp will not send the message.</source>
        <translation>
            <numerusform>%n line is longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6); the first is line %1, the longest has %2 octets. Stamp will not send the message.</numerusform>
            <numerusform>%n lines are longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6); the first is line %1, the longest has %2 octets. Stamp will not send the message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtp::Session</name>
    <message numerus="yes">
        <location filename="../smtp/transaction.cpp" line="171"/>
        <source>The server asked for the remaining recipients in another transaction (452): sending the message again to %n of them.</source>
        <translation>
            <numerusform>The server asked for the remaining recipients in another transaction (452): sending the message again to %n of them.</numerusform>
            <numerusform>The server asked for the remaining recipients in another transaction (452): sending the message again to %n of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtp::TlsReport</name>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="75"/>
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>The certificate expires in %n day</numerusform>
            <numerusform>The certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="108"/>
        <source>%1: %n checks passed</source>
        <translation>
            <numerusform>%1: %n check passed</numerusform>
            <numerusform>%1: %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="111"/>
        <source>%1: %2 of %n checks failed</source>
        <translation>
            <numerusform>%1: %2 of %n check failed</numerusform>
            <numerusform>%1: %2 of %n checks failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store::CsvReader</name>
    <message numerus="yes">
        <location filename="../store/csvreader.cpp" line="128"/>
        <source>%n field(s) where the header names %1</source>
        <translation>
            <numerusform>%n field where the header names %1</numerusform>
            <numerusform>%n fields where the header names %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store::OutboxQueue</name>
    <message numerus="yes">
        <location filename="../store/outboxqueue.cpp" line="106"/>
        <source>partly sent: %n recipient(s) refused</source>
        <translation>
            <numerusform>partly sent: %n recipient refused</numerusform>
            <numerusform>partly sent: %n recipients refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ComposerWindow</name>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="223"/>
        <source>%n message(s) waiting in the outbox: due ones are sent now, the others at their time.</source>
        <translation>
            <numerusform>%n message waiting in the outbox: due ones are sent now, the others at their time.</numerusform>
            <numerusform>%n messages waiting in the outbox: due ones are sent now, the others at their time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="696"/>
        <source>Wait &amp;%n Second(s)</source>
        <translation>
            <numerusform>Wait &amp;%n Second</numerusform>
            <numerusform>Wait &amp;%n Seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="2056"/>
        <source>%n message(s) in the outbox are still waiting to be sent. They are sent the next time Stamp runs. Quit anyway?</source>
        <translation>
            <numerusform>%n message in the outbox is still waiting to be sent. It is sent the next time Stamp runs. Quit anyway?</numerusform>
            <numerusform>%n messages in the outbox are still waiting to be sent. They are sent the next time Stamp runs. Quit anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1744"/>
        <source>Sending in %n second(s): Undo takes it back.</source>
        <translation>
            <numerusform>Sending in %n second: Undo takes it back.</numerusform>
            <numerusform>Sending in %n seconds: Undo takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1808"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1809"/>
        <source>%n message(s) waiting in the outbox: show them</source>
        <translation>
            <numerusform>%n message waiting in the outbox: show them</numerusform>
            <numerusform>%n messages waiting in the outbox: show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ContactCompletionModel</name>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="31"/>
        <source>%1 (group of %n)</source>
        <translation>
            <numerusform>%1 (group of %n)</numerusform>
            <numerusform>%1 (group of %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="38"/>
        <source>%1, its members one by one (%n)</source>
        <translation>
            <numerusform>%1, its member one by one (%n)</numerusform>
            <numerusform>%1, its members one by one (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="39"/>
        <source>%1 as a named group in To and Cc (group of %n)</source>
        <translation>
            <numerusform>%1 as a named group in To and Cc (group of %n)</numerusform>
            <numerusform>%1 as a named group in To and Cc (group of %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ContactsDialog</name>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="357"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="358"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="359"/>
        <source>%n group(s) read</source>
        <translation>
            <numerusform>%n group read</numerusform>
            <numerusform>%n groups read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="361"/>
        <source>%n card(s) without an address skipped</source>
        <translation>
            <numerusform>%n card without an address skipped</numerusform>
            <numerusform>%n cards without an address skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="374"/>
        <source>%n contact(s) exported</source>
        <translation>
            <numerusform>%n contact exported</numerusform>
            <numerusform>%n contacts exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="375"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::MergeDialog</name>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="424"/>
        <source>%n row(s) sent by an earlier run of this merge: they are not sent again.</source>
        <translation>
            <numerusform>%n row sent by an earlier run of this merge: it is not sent again.</numerusform>
            <numerusform>%n rows sent by an earlier run of this merge: they are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="425"/>
        <source>%n message(s) to send.</source>
        <translation>
            <numerusform>%n message to send.</numerusform>
            <numerusform>%n messages to send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="555"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Sending %n message…</numerusform>
            <numerusform>Sending %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="595"/>
        <location filename="../ui/mergedialog.cpp" line="608"/>
        <source>%1 of %n message(s) sent.</source>
        <translation>
            <numerusform>%1 of %n message sent.</numerusform>
            <numerusform>%1 of %n messages sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="610"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refused.</numerusform>
            <numerusform>%n refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="612"/>
        <source>%n left in the outbox for a retry.</source>
        <translation>
            <numerusform>%n left in the outbox for a retry.</numerusform>
            <numerusform>%n left in the outbox for a retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="614"/>
        <source>%n not tried: Resume sends them.</source>
        <translation>
            <numerusform>%n not tried: Resume sends it.</numerusform>
            <numerusform>%n not tried: Resume sends them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SignInPage</name>
    <message numerus="yes">
        <location filename="../ui/signinpage.cpp" line="275"/>
        <source>On any device, visit %1 and enter the code %2 (within %n minute(s)).</source>
        <translation>
            <numerusform>On any device, visit %1 and enter the code %2 (within %n minute).</numerusform>
            <numerusform>On any device, visit %1 and enter the code %2 (within %n minutes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::Startup</name>
    <message numerus="yes">
        <location filename="../ui/startup.cpp" line="42"/>
        <source>%n message(s) were being sent when Stamp stopped: see the outbox.</source>
        <translation>
            <numerusform>%n message was being sent when Stamp stopped: see the outbox.</numerusform>
            <numerusform>%n messages were being sent when Stamp stopped: see the outbox.</numerusform>
        </translation>
    </message>
</context>
</TS>
