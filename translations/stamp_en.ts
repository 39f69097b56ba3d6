<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/startup.cpp" line="32"/>
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
        <location filename="../ui/accountsdialog.cpp" line="62"/>
        <location filename="../ui/accountsdialog.cpp" line="66"/>
        <location filename="../ui/accountsdialog.cpp" line="472"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="67"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="67"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="68"/>
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
        <location filename="../ui/accountsdialog.cpp" line="107"/>
        <source>Send the password &amp;unencrypted (only for a test server you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="108"/>
        <source>Send the password unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="109"/>
        <source>Extra trusted CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="110"/>
        <source>optional PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="111"/>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="112"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="113"/>
        <location filename="../ui/accountsdialog.cpp" line="273"/>
        <location filename="../ui/accountsdialog.cpp" line="411"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="113"/>
        <source>Trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="116"/>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="117"/>
        <source>Forget the trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="120"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="129"/>
        <source>Outgoing server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="131"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="134"/>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="137"/>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="138"/>
        <source>Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="140"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="141"/>
        <source>empty: the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="142"/>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="145"/>
        <source>Automatic (the strongest the server offers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="148"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="153"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="155"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="156"/>
        <source>Login &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="157"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="161"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="161"/>
        <source>Save the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="162"/>
        <location filename="../ui/accountsdialog.cpp" line="265"/>
        <location filename="../ui/accountsdialog.cpp" line="619"/>
        <location filename="../ui/accountsdialog.cpp" line="632"/>
        <location filename="../ui/accountsdialog.cpp" line="674"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="163"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="172"/>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="177"/>
        <source>Server capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="178"/>
        <source>Encryption details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="188"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="189"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="190"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="191"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="266"/>
        <source>Test stopped before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="278"/>
        <source>Extra trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="279"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="327"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="397"/>
        <source>An account&apos;s name cannot be changed; add a new account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="417"/>
        <source>(given for this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="418"/>
        <source>(kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="419"/>
        <source>Passwords are kept only in the system keychain. Leave it empty to keep the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="455"/>
        <source>Without encryption, anyone on the network path can read your messages and change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="459"/>
        <source>Your password will be sent in clear text too: use this only with a test server you control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="461"/>
        <source>Stamp will refuse to send your password over it unless you allow it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="472"/>
        <source>Accounts *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="485"/>
        <source>There is already an account named &quot;%1&quot;: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="505"/>
        <source>The password is saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="510"/>
        <source>The password could not be saved: it will be used until Stamp closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="511"/>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="513"/>
        <source>Stamp will use the password you typed until it closes, and ask again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="529"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="530"/>
        <source>Remove the account &quot;%1&quot; and its saved password? Messages already sent stay in Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="546"/>
        <source>No keychain is running, so no saved password of &quot;%1&quot; could be looked for to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="551"/>
        <source>Password not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="568"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="569"/>
        <source>Save the changes to this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="611"/>
        <location filename="../ui/accountsdialog.cpp" line="666"/>
        <source>S&amp;top test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="612"/>
        <source>Getting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="620"/>
        <source>Not tested: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="637"/>
        <source>Connecting to %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="649"/>
        <source>Offered inside the encrypted connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="650"/>
        <source>Offered on the unencrypted connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="654"/>
        <source>Largest message accepted (SIZE): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="655"/>
        <source>Largest message accepted: not announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="659"/>
        <source>Login methods (AUTH): none offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="660"/>
        <source>Login methods (AUTH): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="679"/>
        <source>The connection was not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="681"/>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="681"/>
        <source>Cipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="682"/>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="684"/>
        <source>Issued to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="685"/>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="686"/>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="694"/>
        <source>&lt;b&gt;The connection works.&lt;/b&gt; Stamp connected, logged in where needed, and said goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="696"/>
        <source>&lt;b&gt;The connection test failed.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="699"/>
        <source>Server said: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="704"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="717"/>
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
        <location filename="../ui/attachmentlist.cpp" line="107"/>
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
        <location filename="../ui/certificatedialog.cpp" line="90"/>
        <source>Chain sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="95"/>
        <source>Why the certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="103"/>
        <source>&amp;Trust this certificate for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="120"/>
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
        <location filename="../ui/composerwindow.cpp" line="175"/>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="176"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="177"/>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="178"/>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="179"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="183"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="186"/>
        <source>Write your message here. Drop or paste files to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="193"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="194"/>
        <source>Remove the selected attachments (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="195"/>
        <source>Remove the selected attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="199"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="200"/>
        <location filename="../ui/composerwindow.cpp" line="766"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="233"/>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="236"/>
        <location filename="../ui/composerwindow.cpp" line="238"/>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="260"/>
        <source>Protocol log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="266"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="300"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="303"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="306"/>
        <source>S&amp;top Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="308"/>
        <source>Stop sending (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="310"/>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="313"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="315"/>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="317"/>
        <source>Save as a draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="320"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="322"/>
        <source>&amp;New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="325"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="328"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="331"/>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="335"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="346"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="357"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="358"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="360"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="361"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="362"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="363"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="365"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="368"/>
        <source>Protocol &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="375"/>
        <source>&amp;Outbox and Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="380"/>
        <source>&amp;Search the Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="388"/>
        <source>Go to the &amp;Message Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="392"/>
        <source>Go to the Attachme&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="400"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="403"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="404"/>
        <source>&amp;About Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="407"/>
        <source>About Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="408"/>
        <source>Stamp %1 — an SMTP mail composer and sender.
The protocol log shows every line exchanged with the server; hover over a server line to read what its code means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="413"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="445"/>
        <source>No account yet — open Accounts… to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="452"/>
        <location filename="../ui/composerwindow.cpp" line="473"/>
        <source>Server: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="616"/>
        <source>Draft restored (saved %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="639"/>
        <source>Last attempt: the server said %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="677"/>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="678"/>
        <source>This message is being sent right now; wait for the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="685"/>
        <source>Message not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="686"/>
        <source>This message is no longer there: it may have been sent or deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="741"/>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="746"/>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="784"/>
        <source>1 attachment, %1 — about %2 when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="785"/>
        <source>%1 attachments, %2 — about %3 when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="789"/>
        <source>⚠ larger than the %1 the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="796"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="798"/>
        <source>Sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="869"/>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="870"/>
        <source>Stamp needs an account to send from: add one with the server&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="882"/>
        <source>Address not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="883"/>
        <source>Nothing was sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="889"/>
        <source>No recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="890"/>
        <source>Nothing was sent: add at least one recipient in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="896"/>
        <source>Attachment missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="897"/>
        <source>Nothing was sent: these attached files are no longer there (or cannot be read):
%1

Remove them from the list, or attach them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="903"/>
        <source>No subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="904"/>
        <source>This message has no subject. Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="922"/>
        <source>Message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="923"/>
        <source>This message will be about %1, but %2 said it accepts at most %3. It will most likely be refused. Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="945"/>
        <location filename="../ui/composerwindow.cpp" line="1118"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="946"/>
        <source>Nothing was sent: the message could not be written to the outbox. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="972"/>
        <source>Getting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="980"/>
        <source>Not sent: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="981"/>
        <source>Send it again and give the password, or save it in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1004"/>
        <source>Correct the account in Accounts, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1007"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1016"/>
        <source>Sending the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1016"/>
        <source>Waiting for the server to accept it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1024"/>
        <source>Connected; logging in and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1036"/>
        <source>Sending was stopped before connecting: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1037"/>
        <source>Send it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1080"/>
        <source>Sent. A copy is in the Sent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1083"/>
        <source>Not sent: the message stays in the outbox. Edit it and send again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1111"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1150"/>
        <source>Still sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1151"/>
        <source>The message is still being sent. Stop sending and close? It stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1162"/>
        <source>Unsent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1163"/>
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
        <location filename="../ui/logpane.cpp" line="59"/>
        <location filename="../ui/logpane.cpp" line="60"/>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="73"/>
        <location filename="../ui/logpane.cpp" line="81"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="73"/>
        <source>Copy the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="74"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="74"/>
        <source>Save the log as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="75"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="75"/>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="168"/>
        <source>Save the protocol log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="168"/>
        <source>Text files (*.txt *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="177"/>
        <source>Log not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="178"/>
        <source>The log could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="187"/>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="187"/>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="188"/>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="190"/>
        <source> (%1 older dropped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::Mailto</name>
    <message>
        <location filename="../ui/mailto.cpp" line="98"/>
        <source>This is not a mailto: link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="112"/>
        <source>The mailto: link has a broken %-escape in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="118"/>
        <source>its addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="127"/>
        <source>a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="129"/>
        <source>the field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::OutboxView</name>
    <message>
        <location filename="../ui/outboxview.cpp" line="40"/>
        <source>Outbox and drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="41"/>
        <location filename="../ui/outboxview.cpp" line="46"/>
        <location filename="../ui/outboxview.cpp" line="132"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="42"/>
        <location filename="../ui/outboxview.cpp" line="43"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="42"/>
        <location filename="../ui/outboxview.cpp" line="43"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="42"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="42"/>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="43"/>
        <location filename="../ui/outboxview.cpp" line="47"/>
        <location filename="../ui/outboxview.cpp" line="134"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="43"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="49"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Open the message to edit and send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="52"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="54"/>
        <source>Delete the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="89"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="90"/>
        <source>waiting to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="90"/>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="92"/>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="93"/>
        <source>being sent by another Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="94"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="95"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="109"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="131"/>
        <source>Outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="133"/>
        <source>Drafts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="170"/>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="171"/>
        <source>This message is being sent right now. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="175"/>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="176"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="183"/>
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
        <location filename="../ui/passwordprompt.cpp" line="28"/>
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
        <location filename="../ui/recipientfield.cpp" line="105"/>
        <source>name@example.org, Another Name &lt;other@example.org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recipientfield.cpp" line="108"/>
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
        <location filename="../ui/resultpanel.cpp" line="72"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="73"/>
        <source>Sent, but not to every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="74"/>
        <source>Not sent: the server asked to try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="75"/>
        <source>Not sent: the server refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="76"/>
        <source>Not sent: no connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="77"/>
        <source>Not sent: the connection could not be secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="78"/>
        <source>Not sent: login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="79"/>
        <source>Not sent: the server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="80"/>
        <source>Not sent: you stopped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="81"/>
        <source>Perhaps sent: the server did not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="82"/>
        <source>Not sent: the message could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="83"/>
        <source>Not sent: the server broke the SMTP protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="94"/>
        <source>Sending “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="94"/>
        <location filename="../ui/resultpanel.cpp" line="114"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="95"/>
        <source>The message is in the outbox; it stays there until the server has accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="118"/>
        <source>Server said: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="124"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="132"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="132"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="132"/>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TranscriptModel</name>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="118"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="119"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="120"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="121"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="122"/>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="123"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="199"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="200"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="201"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
