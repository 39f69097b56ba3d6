<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../ui/accountsdialog.cpp" line="515"/>
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
        <location filename="../ui/accountsdialog.cpp" line="348"/>
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
        <location filename="../ui/accountsdialog.cpp" line="452"/>
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
        <location filename="../ui/accountsdialog.cpp" line="108"/>
        <source>Send the password w&amp;ithout encryption (only for a test server you trust)</source>
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
        <location filename="../ui/accountsdialog.cpp" line="667"/>
        <location filename="../ui/accountsdialog.cpp" line="680"/>
        <location filename="../ui/accountsdialog.cpp" line="723"/>
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
        <location filename="../ui/accountsdialog.cpp" line="347"/>
        <source>This is already the default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="366"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="438"/>
        <source>An account&apos;s name cannot be changed; add a new account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="458"/>
        <source>(given for this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="459"/>
        <source>(kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="460"/>
        <source>Passwords are kept only in the system keychain. Leave it empty to keep the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="497"/>
        <source>Without encryption, anyone on the network path can read your messages and change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="502"/>
        <source>Your password will be sent in clear text too: use this only with a test server you control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="504"/>
        <source>Stamp will refuse to send your password over it unless you allow it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="515"/>
        <source>Accounts *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="528"/>
        <source>There is already an account named &quot;%1&quot;: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="548"/>
        <source>The password is saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="554"/>
        <source>The password could not be saved: it will be used until Stamp closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="556"/>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="558"/>
        <source>Stamp will use the password you typed until it closes, and ask again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="575"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="576"/>
        <source>Remove the account &quot;%1&quot; and its saved password? Messages already sent stay in Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="593"/>
        <source>No keychain is running, so no saved password of &quot;%1&quot; could be looked for to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="599"/>
        <source>Password not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="615"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="616"/>
        <source>Save the changes to this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="659"/>
        <location filename="../ui/accountsdialog.cpp" line="715"/>
        <source>S&amp;top test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="660"/>
        <source>Getting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="668"/>
        <source>Not tested: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="685"/>
        <source>Connecting to %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="697"/>
        <source>Offered inside the encrypted connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="698"/>
        <source>Offered on the unencrypted connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="703"/>
        <source>Largest message accepted (SIZE): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="704"/>
        <source>Largest message accepted: not announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="708"/>
        <source>Login methods (AUTH): none offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="709"/>
        <source>Login methods (AUTH): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="728"/>
        <source>The connection was not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="730"/>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="730"/>
        <source>Cipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="731"/>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="734"/>
        <source>Issued to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="735"/>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="736"/>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="745"/>
        <source>&lt;b&gt;The connection works.&lt;/b&gt; Stamp connected, logged in where needed, and said goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="747"/>
        <source>&lt;b&gt;The connection test failed.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="751"/>
        <source>Server said: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="755"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="769"/>
        <source>this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::Advice</name>
    <message>
        <location filename="../ui/advice.cpp" line="43"/>
        <source>Check the user name, password and security settings of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="45"/>
        <source>Check the security setting and the certificate of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="48"/>
        <source>Check the server name, port and security setting of the account, and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="51"/>
        <source>Check the account settings, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="74"/>
        <source>Not sent: this server wants encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="75"/>
        <source>This server wants encryption: set Security to STARTTLS. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="82"/>
        <source>Not sent: the password was not sent without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="84"/>
        <source>The connection to this server is not encrypted, so Stamp did not send the password. Set Security to STARTTLS or TLS if the server has it; only on a network you trust, tick “Send the password unencrypted” in the account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="93"/>
        <source>Not sent: the server did not accept the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="95"/>
        <source>Enter the password again, or check the user name in the account. Some providers need an app password instead of the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="103"/>
        <source>Not sent yet: the server asked to try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="104"/>
        <source>The message is not sent yet. It stays in the outbox and will be retried; you can also send it again yourself later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="130"/>
        <source>The server holds the message back for now (a policy such as greylisting): not sent yet, it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="134"/>
        <source>The mailbox is full for now: not sent yet, it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="137"/>
        <source>The server is closing the connection for now: not sent yet, it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="139"/>
        <source>The mailbox is busy or unavailable for now: not sent yet, it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="141"/>
        <source>The server had a temporary problem of its own: not sent yet, it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="143"/>
        <source>The server is short of space or of recipients for now: not sent yet, it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="146"/>
        <source>The server cannot start encryption or a login right now: not sent yet, it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="149"/>
        <source>The server cannot take it right now: not sent yet, it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="157"/>
        <source>Use STARTTLS and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="159"/>
        <source>Enter the password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="161"/>
        <source>Open the account</source>
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
        <location filename="../ui/composerwindow.cpp" line="83"/>
        <source>Compose message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="111"/>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="149"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="154"/>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="155"/>
        <source>Edit accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="158"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="159"/>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="160"/>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="161"/>
        <source>hidden recipients: they receive it, the others do not see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="162"/>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="163"/>
        <source>where replies should go, if not to the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="173"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="196"/>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="197"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="198"/>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="199"/>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="200"/>
        <source>Rep&amp;ly-To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="204"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="208"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="211"/>
        <source>Write your message here. Drop or paste files to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="218"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="219"/>
        <source>Remove the selected attachments (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="220"/>
        <source>Remove the selected attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="224"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="225"/>
        <location filename="../ui/composerwindow.cpp" line="993"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="258"/>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="261"/>
        <location filename="../ui/composerwindow.cpp" line="263"/>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="287"/>
        <source>Protocol log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="293"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="300"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="336"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="340"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="343"/>
        <source>S&amp;top Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="345"/>
        <source>Stop sending (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="347"/>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="350"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="352"/>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="354"/>
        <source>Save as a draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="357"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="359"/>
        <source>&amp;New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="362"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="365"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="369"/>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="373"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="384"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="395"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="396"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="398"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="399"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="400"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="401"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="403"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="406"/>
        <source>Protocol &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="413"/>
        <source>&amp;Outbox and Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="420"/>
        <source>S&amp;ent Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="425"/>
        <source>&amp;Search the Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="433"/>
        <source>Go to the &amp;Message Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="437"/>
        <source>Go to the Attachme&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="446"/>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="448"/>
        <source>&amp;Reply-To Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="457"/>
        <source>&amp;Delivery Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="459"/>
        <source>Ask the mail servers on the way to report back (only when the server offers DSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="466"/>
        <source>When &amp;Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="467"/>
        <source>When Delivery &amp;Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="468"/>
        <source>When Delivery Is De&amp;layed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="470"/>
        <source>Report With the &amp;Whole Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="471"/>
        <source>Report With the &amp;Headers Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="477"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="480"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="481"/>
        <source>&amp;About Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="485"/>
        <source>About Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="486"/>
        <source>Stamp %1 — an SMTP mail composer and sender.
The protocol log shows every line exchanged with the server; hover over a server line to read what its code means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="491"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="525"/>
        <source>No account yet — open Accounts… to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="532"/>
        <location filename="../ui/composerwindow.cpp" line="553"/>
        <source>Server: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="706"/>
        <source>Draft restored (saved %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="731"/>
        <source>Last attempt: the server said %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="769"/>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="770"/>
        <source>This message is being sent right now; wait for the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="777"/>
        <location filename="../ui/composerwindow.cpp" line="813"/>
        <source>Message not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="778"/>
        <source>This message is no longer there: it may have been sent or deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="803"/>
        <source>Some attached files are no longer there; they are marked in the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="814"/>
        <source>This message is no longer in the Sent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="845"/>
        <source>This message is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="866"/>
        <source>The server did not accept the password. Enter it again to send the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="968"/>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="974"/>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1012"/>
        <source>1 attachment, %1 — about %2 when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1013"/>
        <source>%1 attachments, %2 — about %3 when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1017"/>
        <source>⚠ larger than the %1 the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1024"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1026"/>
        <source>Sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1097"/>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1098"/>
        <source>Stamp needs an account to send from: add one with the server&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1110"/>
        <location filename="../ui/composerwindow.cpp" line="1120"/>
        <source>Address not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1111"/>
        <location filename="../ui/composerwindow.cpp" line="1121"/>
        <source>Nothing was sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1126"/>
        <source>No recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1127"/>
        <source>Nothing was sent: add at least one recipient in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1133"/>
        <source>Attachment missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1134"/>
        <source>Nothing was sent: these attached files are no longer there (or cannot be read):
%1

Remove them from the list, or attach them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1140"/>
        <source>No subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1141"/>
        <source>This message has no subject. Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1159"/>
        <source>Message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1160"/>
        <source>This message will be about %1, but %2 said it accepts at most %3. It will most likely be refused. Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="844"/>
        <location filename="../ui/composerwindow.cpp" line="1182"/>
        <location filename="../ui/composerwindow.cpp" line="1367"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1183"/>
        <source>Nothing was sent: the message could not be written to the outbox. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1210"/>
        <source>Getting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1219"/>
        <source>Not sent: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1220"/>
        <source>Send it again and give the password, or save it in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1245"/>
        <source>Correct the account in Accounts, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1249"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1258"/>
        <source>Sending the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1259"/>
        <source>Waiting for the server to accept it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1270"/>
        <source>Connected; logging in and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1283"/>
        <source>Sending was stopped before connecting: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1284"/>
        <source>Send it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1327"/>
        <source>Sent. A copy is in the Sent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1331"/>
        <source>Not sent: the message stays in the outbox. Edit it and send again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="857"/>
        <location filename="../ui/composerwindow.cpp" line="1360"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1399"/>
        <source>Still sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1400"/>
        <source>The message is still being sent. Stop sending and close? It stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1412"/>
        <source>Unsent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1413"/>
        <source>This message has not been sent. Keep it as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::EmlReader</name>
    <message>
        <location filename="../ui/emlreader.cpp" line="207"/>
        <source>The message file %1 cannot be read (%2).</source>
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
        <location filename="../ui/recipientfield.cpp" line="124"/>
        <source>name@example.org, Another Name &lt;other@example.org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recipientfield.cpp" line="127"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.cpp" line="18"/>
        <source>Result of sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="48"/>
        <source>Result for each recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="49"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="49"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="49"/>
        <source>Server reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="49"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="60"/>
        <location filename="../ui/resultpanel.cpp" line="61"/>
        <source>Hide the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="82"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="84"/>
        <source>Sent, but not to every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="86"/>
        <source>Not sent yet: the server asked to try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="88"/>
        <source>Not sent: the server refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="90"/>
        <source>Not sent: no connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="92"/>
        <source>Not sent: the connection could not be secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="94"/>
        <source>Not sent: login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="96"/>
        <source>Not sent: the server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="98"/>
        <source>Not sent: you stopped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="100"/>
        <source>Perhaps sent: the server did not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="102"/>
        <source>Not sent: the message could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="104"/>
        <source>Not sent: the server broke the SMTP protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="123"/>
        <source>Sending “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="123"/>
        <location filename="../ui/resultpanel.cpp" line="148"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="124"/>
        <source>The message is in the outbox; it stays there until the server has accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="146"/>
        <source>%1 — “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="152"/>
        <source>Server said: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="157"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="179"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="180"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="181"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="182"/>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SentMessageDialog</name>
    <message>
        <location filename="../ui/sentview.cpp" line="199"/>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="199"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="217"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="218"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="221"/>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="223"/>
        <source>Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="226"/>
        <source>Reply-To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="227"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="229"/>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="232"/>
        <source>Message-ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="240"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="244"/>
        <source>[The rest of the text is not shown: it is too long.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="247"/>
        <source>The message as sent cannot be shown: %1

Your copy of the text:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="249"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="253"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="254"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="254"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="254"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="258"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="263"/>
        <source>No attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="269"/>
        <source>How each recipient&apos;s server answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="270"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="270"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="270"/>
        <source>Server reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="275"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="275"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="278"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="284"/>
        <source>Protocol transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="293"/>
        <location filename="../ui/sentview.cpp" line="296"/>
        <source>Protocol log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="295"/>
        <source>No protocol transcript was kept for this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="301"/>
        <source>&amp;Edit as New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SentView</name>
    <message>
        <location filename="../ui/sentview.cpp" line="44"/>
        <location filename="../ui/sentview.cpp" line="53"/>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="47"/>
        <source>Search sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="48"/>
        <source>Search by recipient or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="54"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="54"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="54"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="61"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="63"/>
        <source>Open the sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="64"/>
        <source>&amp;Edit as New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="66"/>
        <source>Write a new message from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="142"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="174"/>
        <source>Message not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="175"/>
        <source>This message is no longer in the Sent folder.</source>
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
