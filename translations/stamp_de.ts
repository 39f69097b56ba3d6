<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/startup.cpp" line="33"/>
        <source>Link not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="40"/>
        <source>A message was being sent when Stamp stopped: see the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="41"/>
        <source>%1 messages were being sent when Stamp stopped: see the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AccountsDialog</name>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="61"/>
        <location filename="../ui/accountsdialog.cpp" line="65"/>
        <location filename="../ui/accountsdialog.cpp" line="488"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="66"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="66"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="67"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="68"/>
        <source>Remove the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="69"/>
        <source>Make &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="70"/>
        <source>Make this the default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="82"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="83"/>
        <source>work, home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="84"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="85"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="86"/>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="87"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="90"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="92"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="93"/>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="94"/>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="95"/>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="97"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="98"/>
        <source>smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="99"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="102"/>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="103"/>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="104"/>
        <source>TLS from the start (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="105"/>
        <source>None — unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="108"/>
        <source>Send the password w&amp;ithout encryption (only for a test server you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="109"/>
        <source>Send the password unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="111"/>
        <source>Extra trusted CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="112"/>
        <source>optional PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="113"/>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="114"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="115"/>
        <location filename="../ui/accountsdialog.cpp" line="284"/>
        <location filename="../ui/accountsdialog.cpp" line="425"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="115"/>
        <source>Trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="118"/>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="119"/>
        <source>Forget the trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="122"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="131"/>
        <source>Outgoing server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="133"/>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="136"/>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="139"/>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="142"/>
        <source>Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="144"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="145"/>
        <source>empty: the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="146"/>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="149"/>
        <source>Automatic (the strongest the server offers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="152"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="157"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="159"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="160"/>
        <source>Login &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="161"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="165"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="165"/>
        <source>Save the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="166"/>
        <location filename="../ui/accountsdialog.cpp" line="276"/>
        <location filename="../ui/accountsdialog.cpp" line="640"/>
        <location filename="../ui/accountsdialog.cpp" line="653"/>
        <location filename="../ui/accountsdialog.cpp" line="696"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="167"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="176"/>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="182"/>
        <source>Server capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="183"/>
        <source>Encryption details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="193"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="194"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="195"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="196"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="277"/>
        <source>Test stopped before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="289"/>
        <source>Extra trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="290"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="339"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="411"/>
        <source>An account&apos;s name cannot be changed; add a new account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="431"/>
        <source>(given for this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="432"/>
        <source>(kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="433"/>
        <source>Passwords are kept only in the system keychain. Leave it empty to keep the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="470"/>
        <source>Without encryption, anyone on the network path can read your messages and change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="475"/>
        <source>Your password will be sent in clear text too: use this only with a test server you control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="477"/>
        <source>Stamp will refuse to send your password over it unless you allow it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="488"/>
        <source>Accounts *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="501"/>
        <source>There is already an account named &quot;%1&quot;: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="521"/>
        <source>The password is saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="527"/>
        <source>The password could not be saved: it will be used until Stamp closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="529"/>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="531"/>
        <source>Stamp will use the password you typed until it closes, and ask again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="548"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="549"/>
        <source>Remove the account &quot;%1&quot; and its saved password? Messages already sent stay in Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="566"/>
        <source>No keychain is running, so no saved password of &quot;%1&quot; could be looked for to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="572"/>
        <source>Password not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="588"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="589"/>
        <source>Save the changes to this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="632"/>
        <location filename="../ui/accountsdialog.cpp" line="688"/>
        <source>S&amp;top test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="633"/>
        <source>Getting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="641"/>
        <source>Not tested: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="658"/>
        <source>Connecting to %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="670"/>
        <source>Offered inside the encrypted connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="671"/>
        <source>Offered on the unencrypted connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="676"/>
        <source>Largest message accepted (SIZE): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="677"/>
        <source>Largest message accepted: not announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="681"/>
        <source>Login methods (AUTH): none offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="682"/>
        <source>Login methods (AUTH): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="701"/>
        <source>The connection was not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="703"/>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="703"/>
        <source>Cipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="704"/>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="707"/>
        <source>Issued to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="708"/>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="709"/>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="718"/>
        <source>&lt;b&gt;The connection works.&lt;/b&gt; Stamp connected, logged in where needed, and said goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="720"/>
        <source>&lt;b&gt;The connection test failed.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="724"/>
        <source>Server said: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="728"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="742"/>
        <source>this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AttachmentList</name>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="24"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="26"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="26"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="26"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="63"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="67"/>
        <source>%1 is not a file (folders cannot be attached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="71"/>
        <source>%1 cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="109"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="40"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="48"/>
        <source>Certificate not trusted — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="56"/>
        <source>&lt;b&gt;Stamp could not verify the identity of %1.&lt;/b&gt;&lt;br&gt;Someone may be pretending to be your mail server to read your password and your mail. Trust this certificate only if you have checked its fingerprint with the server&apos;s administrator, or if it is your own test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="74"/>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="77"/>
        <source>Valid for names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="78"/>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="79"/>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="80"/>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="84"/>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="91"/>
        <source>Chain sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="96"/>
        <source>Why the certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="105"/>
        <source>&amp;Trust this certificate for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="121"/>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ComposerWindow</name>
    <message>
        <location filename="../ui/composerwindow.cpp" line="72"/>
        <source>Compose message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="98"/>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="132"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="137"/>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="138"/>
        <source>Edit accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="141"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="142"/>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="143"/>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="144"/>
        <source>hidden recipients: they receive it, the others do not see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="154"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="176"/>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="177"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="178"/>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="179"/>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="180"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="184"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="187"/>
        <source>Write your message here. Drop or paste files to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="194"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="195"/>
        <source>Remove the selected attachments (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="196"/>
        <source>Remove the selected attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="200"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="201"/>
        <location filename="../ui/composerwindow.cpp" line="772"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="234"/>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="237"/>
        <location filename="../ui/composerwindow.cpp" line="239"/>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="261"/>
        <source>Protocol log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="267"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="301"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="305"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="308"/>
        <source>S&amp;top Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="310"/>
        <source>Stop sending (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="312"/>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="315"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="317"/>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="319"/>
        <source>Save as a draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="322"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="324"/>
        <source>&amp;New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="327"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="330"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="334"/>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="338"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="349"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="360"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="361"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="363"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="364"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="365"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="366"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="368"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="371"/>
        <source>Protocol &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="378"/>
        <source>&amp;Outbox and Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="383"/>
        <source>&amp;Search the Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="391"/>
        <source>Go to the &amp;Message Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="395"/>
        <source>Go to the Attachme&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="403"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="406"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="407"/>
        <source>&amp;About Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="411"/>
        <source>About Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="412"/>
        <source>Stamp %1 — an SMTP mail composer and sender.
The protocol log shows every line exchanged with the server; hover over a server line to read what its code means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="417"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="450"/>
        <source>No account yet — open Accounts… to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="457"/>
        <location filename="../ui/composerwindow.cpp" line="478"/>
        <source>Server: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="622"/>
        <source>Draft restored (saved %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="645"/>
        <source>Last attempt: the server said %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="683"/>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="684"/>
        <source>This message is being sent right now; wait for the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="691"/>
        <source>Message not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="692"/>
        <source>This message is no longer there: it may have been sent or deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="747"/>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="753"/>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="791"/>
        <source>1 attachment, %1 — about %2 when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="792"/>
        <source>%1 attachments, %2 — about %3 when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="796"/>
        <source>⚠ larger than the %1 the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="803"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="805"/>
        <source>Sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="876"/>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="877"/>
        <source>Stamp needs an account to send from: add one with the server&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="889"/>
        <source>Address not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="890"/>
        <source>Nothing was sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="896"/>
        <source>No recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="897"/>
        <source>Nothing was sent: add at least one recipient in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="903"/>
        <source>Attachment missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="904"/>
        <source>Nothing was sent: these attached files are no longer there (or cannot be read):
%1

Remove them from the list, or attach them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="910"/>
        <source>No subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="911"/>
        <source>This message has no subject. Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="929"/>
        <source>Message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="930"/>
        <source>This message will be about %1, but %2 said it accepts at most %3. It will most likely be refused. Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="952"/>
        <location filename="../ui/composerwindow.cpp" line="1134"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="953"/>
        <source>Nothing was sent: the message could not be written to the outbox. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="980"/>
        <source>Getting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="989"/>
        <source>Not sent: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="990"/>
        <source>Send it again and give the password, or save it in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1015"/>
        <source>Correct the account in Accounts, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1018"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1027"/>
        <source>Sending the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1028"/>
        <source>Waiting for the server to accept it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1037"/>
        <source>Connected; logging in and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1050"/>
        <source>Sending was stopped before connecting: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1051"/>
        <source>Send it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1094"/>
        <source>Sent. A copy is in the Sent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1098"/>
        <source>Not sent: the message stays in the outbox. Edit it and send again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1127"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1166"/>
        <source>Still sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1167"/>
        <source>The message is still being sent. Stop sending and close? It stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1179"/>
        <source>Unsent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1180"/>
        <source>This message has not been sent. Keep it as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LogPane</name>
    <message>
        <location filename="../ui/logpane.cpp" line="27"/>
        <source>Protocol log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="36"/>
        <source>Protocol log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="61"/>
        <location filename="../ui/logpane.cpp" line="62"/>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="75"/>
        <location filename="../ui/logpane.cpp" line="83"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="75"/>
        <source>Copy the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="76"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="76"/>
        <source>Save the log as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="77"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="77"/>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="182"/>
        <source>Save the protocol log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="182"/>
        <source>Text files (*.txt *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="191"/>
        <source>Log not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="192"/>
        <source>The log could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="201"/>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="201"/>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="202"/>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="204"/>
        <source> (%1 older dropped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::Mailto</name>
    <message>
        <location filename="../ui/mailto.cpp" line="70"/>
        <source>This is not a mailto: link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="85"/>
        <source>The mailto: link has a broken %-escape in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="92"/>
        <source>its addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="101"/>
        <source>a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="103"/>
        <source>the field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::OutboxView</name>
    <message>
        <location filename="../ui/outboxview.cpp" line="41"/>
        <source>Outbox and drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="42"/>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <location filename="../ui/outboxview.cpp" line="141"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="43"/>
        <location filename="../ui/outboxview.cpp" line="45"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="43"/>
        <location filename="../ui/outboxview.cpp" line="45"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="43"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="43"/>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="45"/>
        <location filename="../ui/outboxview.cpp" line="49"/>
        <location filename="../ui/outboxview.cpp" line="143"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="45"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="53"/>
        <source>Open the message to edit and send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="54"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="56"/>
        <source>Delete the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="92"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="94"/>
        <source>waiting to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="94"/>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="96"/>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="97"/>
        <source>being sent by another Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="99"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="101"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="116"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="140"/>
        <source>Outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="142"/>
        <source>Drafts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="183"/>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="183"/>
        <source>This message is being sent right now. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="187"/>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="188"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="198"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PasswordPrompt</name>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="20"/>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="29"/>
        <source>The password you type now is used until Stamp closes; it is not saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="34"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="39"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="40"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RecipientField</name>
    <message>
        <location filename="../ui/recipientfield.cpp" line="112"/>
        <source>name@example.org, Another Name &lt;other@example.org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recipientfield.cpp" line="115"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.cpp" line="17"/>
        <source>Result of sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="40"/>
        <source>Result for each recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="41"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="41"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="41"/>
        <source>Server reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="41"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="52"/>
        <location filename="../ui/resultpanel.cpp" line="53"/>
        <source>Hide the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="73"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="75"/>
        <source>Sent, but not to every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="77"/>
        <source>Not sent: the server asked to try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="79"/>
        <source>Not sent: the server refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="81"/>
        <source>Not sent: no connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="83"/>
        <source>Not sent: the connection could not be secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="85"/>
        <source>Not sent: login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="87"/>
        <source>Not sent: the server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="89"/>
        <source>Not sent: you stopped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="91"/>
        <source>Perhaps sent: the server did not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="93"/>
        <source>Not sent: the message could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="95"/>
        <source>Not sent: the server broke the SMTP protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="109"/>
        <source>Sending “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="109"/>
        <location filename="../ui/resultpanel.cpp" line="130"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="110"/>
        <source>The message is in the outbox; it stays there until the server has accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="134"/>
        <source>Server said: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="141"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="149"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="149"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="149"/>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TranscriptModel</name>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="125"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="127"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="129"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="131"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="133"/>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="135"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="224"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="226"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="228"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
