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
    <name>cli::SendCommand</name>
    <message numerus="yes">
        <location filename="../app/sendcommand.cpp" line="338"/>
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
        <location filename="../smtp/lint.cpp" line="59"/>
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
        <location filename="../smtp/transaction.cpp" line="165"/>
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
        <location filename="../smtp/tlsreport.cpp" line="126"/>
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>The certificate expires in %n day</numerusform>
            <numerusform>The certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="159"/>
        <source>%1: %n checks passed</source>
        <translation>
            <numerusform>%1: %n check passed</numerusform>
            <numerusform>%1: %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="162"/>
        <source>%1: %2 of %n checks failed</source>
        <translation>
            <numerusform>%1: %2 of %n check failed</numerusform>
            <numerusform>%1: %2 of %n checks failed</numerusform>
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
        <location filename="../ui/composerwindow.cpp" line="154"/>
        <source>%n message(s) waiting in the outbox: due ones are sent now, the others at their time.</source>
        <translation>
            <numerusform>%n message waiting in the outbox: due ones are sent now, the others at their time.</numerusform>
            <numerusform>%n messages waiting in the outbox: due ones are sent now, the others at their time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="618"/>
        <source>Wait &amp;%n Second(s)</source>
        <translation>
            <numerusform>Wait &amp;%n Second</numerusform>
            <numerusform>Wait &amp;%n Seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1786"/>
        <source>%n message(s) in the outbox are still waiting to be sent. They are sent the next time Stamp runs. Quit anyway?</source>
        <translation>
            <numerusform>%n message in the outbox is still waiting to be sent. It is sent the next time Stamp runs. Quit anyway?</numerusform>
            <numerusform>%n messages in the outbox are still waiting to be sent. They are sent the next time Stamp runs. Quit anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1537"/>
        <source>Sending in %n second(s): Undo takes it back.</source>
        <translation>
            <numerusform>Sending in %n second: Undo takes it back.</numerusform>
            <numerusform>Sending in %n seconds: Undo takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1599"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1600"/>
        <source>%n message(s) waiting in the outbox: show them</source>
        <translation>
            <numerusform>%n message waiting in the outbox: show them</numerusform>
            <numerusform>%n messages waiting in the outbox: show them</numerusform>
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
