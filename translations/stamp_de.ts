<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/startup.cpp" line="36"/>
        <source>Link not understood</source>
        <translation>Link nicht verstanden</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <location filename="../ui/spellchecker.cpp" line="125"/>
        <source>The spelling dictionary %1 cannot be read.</source>
        <translation>Das Rechtschreibwörterbuch %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/spellchecker.cpp" line="145"/>
        <source>The spelling dictionary %1 is written in the character set %2, which Stamp cannot read.</source>
        <translation>Das Rechtschreibwörterbuch %1 ist im Zeichensatz %2 geschrieben, den Stamp nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../ui/spellchecker.cpp" line="246"/>
        <source>%1 (%2)</source>
        <comment>language (country)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cli::AccountCommand</name>
    <message>
        <location filename="../app/accountcommand.cpp" line="31"/>
        <source>stamp: %1</source>
        <translation>stamp: %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="49"/>
        <source>The keychain did not answer within %1 seconds (is it waiting for an unlock prompt?). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet (wartet er auf eine Entsperrabfrage?). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="104"/>
        <source>The name of the account, as the window shows it.</source>
        <translation>Der Name des Kontos, wie ihn das Fenster anzeigt.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="109"/>
        <source>Change the given settings of an account, keeping the others.</source>
        <translation>Die angegebenen Einstellungen eines Kontos ändern, die übrigen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="110"/>
        <source>Add an account: NAME --from ADDR --server HOST[:PORT] [options].</source>
        <translation>Ein Konto hinzufügen: NAME --from ADDR --server HOST[:PORT] [Optionen].</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="117"/>
        <source>Passwords are kept only in the system keychain (Secret Service: GNOME Keyring, KWallet), never in a file; give one with --password-stdin.
Exit codes: 0 done, 2 usage error or unknown account, 11 keychain or settings error.</source>
        <translation>Passwörter werden nur im Schlüsselbund des Systems gespeichert (Secret Service: GNOME Keyring, KWallet), nie in einer Datei; geben Sie eines mit --password-stdin an.
Exit-Codes: 0 erledigt, 2 Aufruffehler oder unbekanntes Konto, 11 Fehler im Schlüsselbund oder in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="126"/>
        <source>Sender address (&quot;Name &lt;addr&gt;&quot; sets the display name too).</source>
        <translation>Absenderadresse (&quot;Name &lt;addr&gt;&quot; setzt auch den Anzeigenamen).</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="128"/>
        <source>Name shown with the address.</source>
        <translation>Name, der mit der Adresse angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="129"/>
        <source>Signature the window offers to append.</source>
        <translation>Signatur, die das Fenster zum Anhängen anbietet.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="131"/>
        <source>Make it the default account.</source>
        <translation>Als Standardkonto festlegen.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="132"/>
        <source>Find the server, port and security from the address (--from).</source>
        <translation>Server, Port und Sicherheit anhand der Adresse (--from) ermitteln.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="133"/>
        <source>With --auto, use what was found without asking.</source>
        <translation>Mit --auto das Gefundene ohne Rückfrage verwenden.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="134"/>
        <source>With --auth oauth2: the sign-in server&apos;s issuer URL.</source>
        <translation>Mit --auth oauth2: die Issuer-URL des Anmeldeservers.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="136"/>
        <source>With --auth oauth2: the client ID registered for Stamp.</source>
        <translation>Mit --auth oauth2: die für Stamp registrierte Client-ID.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="141"/>
        <source>Forget the CA file.</source>
        <translation>Die CA-Datei vergessen.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="142"/>
        <source>Forget the pinned certificate fingerprint.</source>
        <translation>Den gespeicherten Zertifikat-Fingerabdruck vergessen.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="155"/>
        <source>--ehlo is not kept with an account: give it to stamp send</source>
        <translation>--ehlo wird nicht im Konto gespeichert: geben Sie es bei stamp send an</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="166"/>
        <location filename="../app/accountcommand.cpp" line="315"/>
        <source>there is no account named &quot;%1&quot; (see stamp account list)</source>
        <translation>es gibt kein Konto namens &quot;%1&quot; (siehe stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="171"/>
        <source>the account &quot;%1&quot; exists already: change it with stamp account edit</source>
        <translation>das Konto &quot;%1&quot; gibt es bereits: ändern Sie es mit stamp account edit</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="173"/>
        <source>--from is required</source>
        <translation>--from ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="175"/>
        <source>--server (or --auto) is required</source>
        <translation>--server (oder --auto) ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="247"/>
        <source>%1
The account &quot;%2&quot; was not changed.</source>
        <translation>%1
Das Konto &quot;%2&quot; wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="248"/>
        <source>%1
The account &quot;%2&quot; was not saved.</source>
        <translation>%1
Das Konto &quot;%2&quot; wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="259"/>
        <source>stamp: warning: the old password could not be removed: %1</source>
        <translation>stamp: Warnung: Das alte Passwort konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="264"/>
        <source>Account &quot;%1&quot; changed.</source>
        <translation>Konto &quot;%1&quot; geändert.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="264"/>
        <source>Account &quot;%1&quot; added.</source>
        <translation>Konto &quot;%1&quot; hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="274"/>
        <source>List the accounts: name, sender, server and user.</source>
        <translation>Die Konten auflisten: Name, Absender, Server und Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="285"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="289"/>
        <source>	user %1</source>
        <translation>	Benutzer %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="293"/>
        <source>No accounts. Add one with: stamp account add NAME --from ADDR --server HOST</source>
        <translation>Keine Konten. Fügen Sie eines hinzu mit: stamp account add NAME --from ADDR --server HOST</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="305"/>
        <source>The account to remove, with its password.</source>
        <translation>Das zu entfernende Konto, samt Passwort.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="307"/>
        <source>Remove an account and its password from the keychain.</source>
        <translation>Ein Konto und sein Passwort aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="320"/>
        <source>%1
The account &quot;%2&quot; was not removed.</source>
        <translation>%1
Das Konto &quot;%2&quot; wurde nicht entfernt.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="324"/>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Konto &quot;%1&quot; entfernt.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="346"/>
        <source>The accounts are shared with the Stamp window. Passwords are kept only in the system keychain (Secret Service: GNOME Keyring, KWallet), never in a file.</source>
        <translation>Die Konten werden mit dem Stamp-Fenster geteilt. Passwörter werden nur im Schlüsselbund des Systems gespeichert (Secret Service: GNOME Keyring, KWallet), nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="370"/>
        <source>--account: there is no account named &quot;%1&quot; (see stamp account list)</source>
        <translation>--account: es gibt kein Konto namens &quot;%1&quot; (siehe stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="375"/>
        <source>--account: the account&apos;s user name cannot be used: %1</source>
        <translation>--account: der Benutzername des Kontos kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="432"/>
        <source>the message could not be put in the outbox, so nothing was sent: %1</source>
        <translation>die Nachricht konnte nicht in den Postausgang gelegt werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="452"/>
        <source>The message is kept in the outbox (%1) with the reason.</source>
        <translation>Die Nachricht bleibt mit dem Grund im Postausgang (%1).</translation>
    </message>
</context>
<context>
    <name>cli::AccountLogin</name>
    <message>
        <location filename="../app/accountsignin.cpp" line="100"/>
        <source>The account to sign in.</source>
        <translation>Das Konto, das angemeldet werden soll.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="104"/>
        <source>Sign in to an OAuth 2.0 account (Google, Microsoft, or another provider) in the browser.</source>
        <translation>Bei einem OAuth-2.0-Konto (Google, Microsoft oder ein anderer Anbieter) im Browser anmelden.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="111"/>
        <source>Opens the sign-in page in your browser (and prints its address); the answer comes back to Stamp on 127.0.0.1 only. With --device, prints a code to enter on another device instead. The refresh token is kept in the system keychain, never in a file.
Exit codes: 0 signed in, 2 usage error, 3 network, 5 sign-in refused, 10 not finished in time, 11 keychain error.</source>
        <translation>Öffnet die Anmeldeseite in Ihrem Browser (und gibt ihre Adresse aus); die Antwort kommt nur über 127.0.0.1 zu Stamp zurück. Mit --device wird stattdessen ein Code ausgegeben, den Sie auf einem anderen Gerät eingeben. Das Refresh-Token wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.
Exit-Codes: 0 angemeldet, 2 Aufruffehler, 3 Netzwerk, 5 Anmeldung abgelehnt, 10 nicht rechtzeitig abgeschlossen, 11 Fehler im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="122"/>
        <source>Sign in on another device with a code (RFC 8628).</source>
        <translation>Auf einem anderen Gerät mit einem Code anmelden (RFC 8628).</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="129"/>
        <location filename="../app/accountsignin.cpp" line="211"/>
        <source>there is no account named &quot;%1&quot; (see stamp account list)</source>
        <translation>es gibt kein Konto namens &quot;%1&quot; (siehe stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="132"/>
        <source>the account &quot;%1&quot; signs in with a password; use --auth oauth2 to change it</source>
        <translation>das Konto &quot;%1&quot; meldet sich mit einem Passwort an; verwenden Sie --auth oauth2, um das zu ändern</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="136"/>
        <location filename="../app/accountsignin.cpp" line="172"/>
        <location filename="../app/accountsignin.cpp" line="223"/>
        <source>stamp: %1</source>
        <translation>stamp: %1</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="142"/>
        <source>Opening the sign-in page in your browser. If it does not open, visit:
  %1
</source>
        <translation>Die Anmeldeseite wird in Ihrem Browser geöffnet. Falls sie sich nicht öffnet, rufen Sie auf:
  %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/accountsignin.cpp" line="149"/>
        <source>On any device, visit %1 and enter the code %2 (within %n minute(s)).
</source>
        <translation>
            <numerusform>Rufen Sie auf einem beliebigen Gerät %1 auf und geben Sie den Code %2 ein (innerhalb von %n Minute).
</numerusform>
            <numerusform>Rufen Sie auf einem beliebigen Gerät %1 auf und geben Sie den Code %2 ein (innerhalb von %n Minuten).
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="153"/>
        <source>Or open: %1
</source>
        <translation>Oder öffnen Sie: %1
</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="184"/>
        <source>stamp: signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>stamp: angemeldet, aber der Schlüsselbund hat die Anmeldung nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="188"/>
        <source>Signed in to %1 for the account &quot;%2&quot;.</source>
        <translation>Bei %1 für das Konto &quot;%2&quot; angemeldet.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="199"/>
        <source>The account to sign out.</source>
        <translation>Das Konto, das abgemeldet werden soll.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="203"/>
        <source>Forget an OAuth 2.0 account&apos;s sign-in (the refresh token in the keychain).</source>
        <translation>Die Anmeldung eines OAuth-2.0-Kontos vergessen (das Refresh-Token im Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="226"/>
        <source>Signed out of the account &quot;%1&quot;.</source>
        <translation>Vom Konto &quot;%1&quot; abgemeldet.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="250"/>
        <source>--auto needs --from</source>
        <translation>--auto braucht --from</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="266"/>
        <source>stamp: no settings were found for %1: give the server with --server.</source>
        <translation>stamp: für %1 wurden keine Einstellungen gefunden: geben Sie den Server mit --server an.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="274"/>
        <source>stamp: %1 wants a login method Stamp does not support.</source>
        <translation>stamp: %1 verlangt ein Anmeldeverfahren, das Stamp nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="283"/>
        <source>stamp: not saved: check the settings above and add --yes to use them without being asked.</source>
        <translation>stamp: nicht gespeichert: Prüfen Sie die Einstellungen oben und fügen Sie --yes hinzu, um sie ohne Rückfrage zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="289"/>
        <source>Use these settings? [y/N] </source>
        <translation>Diese Einstellungen verwenden? [j/N] </translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="294"/>
        <source>y|yes</source>
        <comment>the answers that mean yes to a [y/N] question, lower case, separated by |; the first is the one the prompt shows</comment>
        <translation>j|ja</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="300"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="306"/>
        <source>This provider signs in with OAuth 2.0: after adding the account, run stamp account login %1</source>
        <translation>Dieser Anbieter meldet mit OAuth 2.0 an: Führen Sie nach dem Hinzufügen des Kontos stamp account login %1 aus</translation>
    </message>
</context>
<context>
    <name>cli::CheckDomainCommand</name>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="16"/>
        <source>The sender&apos;s domain (the part after @ in your address).</source>
        <translation>Die Domain des Absenders (der Teil nach dem @ in Ihrer Adresse).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="22"/>
        <source>Check the DNS records that decide whether mail from DOMAIN is trusted: MX, SPF (evaluated for the submission server&apos;s addresses, with its DNS lookups counted against the limit of 10), DMARC, DKIM keys for the given selectors, MTA-STS and TLS-RPT, and with --server the server&apos;s reverse DNS against its greeting. Each result says what to change. The server is only greeted: no login, no message.

Exit codes: 0 nothing wrong, 2 usage error, 13 only warnings (works, could be better), 14 problems (mail may be rejected, or the domain forged), 15 incomplete (a lookup or the server did not answer, and no problem was found in the rest).</source>
        <translation>Die DNS-Einträge prüfen, die entscheiden, ob Mail von DOMAIN vertraut wird: MX, SPF (ausgewertet für die Adressen des Einlieferungsservers, wobei seine DNS-Abfragen auf das Limit von 10 angerechnet werden), DMARC, DKIM-Schlüssel für die angegebenen Selektoren, MTA-STS und TLS-RPT, und mit --server den Reverse-DNS des Servers im Vergleich zu seiner Begrüßung. Jedes Ergebnis sagt, was zu ändern ist. Der Server wird nur begrüßt: keine Anmeldung, keine Nachricht.

Exit-Codes: 0 nichts gefunden, 2 Aufruffehler, 13 nur Warnungen (funktioniert, könnte besser sein), 14 Probleme (Mail kann abgelehnt oder die Domain gefälscht werden), 15 unvollständig (eine Abfrage oder der Server hat nicht geantwortet, und im Rest wurde kein Problem gefunden).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="37"/>
        <source>Look up the DKIM key of this selector (repeat for several).</source>
        <translation>Den DKIM-Schlüssel dieses Selektors abfragen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="54"/>
        <source>&quot;%1&quot; is not a domain name (give the part after @, e.g. example.com)</source>
        <translation>&quot;%1&quot; ist kein Domainname (geben Sie den Teil nach dem @ an, z. B. example.com)</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="60"/>
        <source>--dkim-selector: &quot;%1&quot; is not a selector (letters, digits, - and _)</source>
        <translation>--dkim-selector: &quot;%1&quot; ist kein Selektor (Buchstaben, Ziffern, - und _)</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="65"/>
        <source>--%1: check-domain does not log in (use stamp probe for that)</source>
        <translation>--%1: check-domain meldet sich nicht an (verwenden Sie dafür stamp probe)</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="74"/>
        <source>--%1 needs --server</source>
        <translation>--%1 braucht --server</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="80"/>
        <source>--timeout takes a number of seconds from 0 to 3600</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 0 bis 3600</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="93"/>
        <source>Nothing wrong found.</source>
        <translation>Nichts Falsches gefunden.</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="96"/>
        <source>Some things could be better (see the warnings).</source>
        <translation>Einiges könnte besser sein (siehe die Warnungen).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="99"/>
        <source>Problems found: see what to do for each.</source>
        <translation>Probleme gefunden: Siehe jeweils, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="102"/>
        <source>The check is incomplete: some lookups got no answer.</source>
        <translation>Die Prüfung ist unvollständig: Einige Abfragen haben keine Antwort erhalten.</translation>
    </message>
</context>
<context>
    <name>cli::Command</name>
    <message>
        <location filename="../app/command.cpp" line="26"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="42"/>
        <source>stamp %1 [options]</source>
        <translation>stamp %1 [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="43"/>
        <source>stamp %1 [options] %2</source>
        <translation>stamp %1 [Optionen] %2</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="49"/>
        <source>stamp: %1
Try &apos;stamp %2 --help&apos;.</source>
        <translation>stamp: %1
Versuchen Sie &apos;stamp %2 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="63"/>
        <source>unknown option &apos;%1%2&apos;</source>
        <translation>unbekannte Option &apos;%1%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="77"/>
        <source>--%1: the value contains a line break or NUL character; it must be one line</source>
        <translation>--%1: Der Wert enthält einen Zeilenumbruch oder ein NUL-Zeichen; er muss einzeilig sein</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="84"/>
        <source>the argument &quot;%1&quot; contains a line break or NUL character</source>
        <translation>das Argument &quot;%1&quot; enthält einen Zeilenumbruch oder ein NUL-Zeichen</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="86"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="87"/>
        <source>unexpected argument &apos;%1&apos; (%2 takes %3)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (%2 erwartet %3)</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="90"/>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
</context>
<context>
    <name>cli::CommandGroup</name>
    <message>
        <location filename="../app/command.cpp" line="121"/>
        <source>stamp %1 COMMAND [options]</source>
        <translation>stamp %1 BEFEHL [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="122"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="123"/>
        <source>Run &apos;stamp %1 COMMAND --help&apos; for the options of each.</source>
        <translation>Führen Sie &apos;stamp %1 BEFEHL --help&apos; aus, um die Optionen der einzelnen Befehle zu sehen.</translation>
    </message>
</context>
<context>
    <name>cli::ConsoleCommand</name>
    <message>
        <location filename="../app/consolecommand.cpp" line="20"/>
        <source>Type SMTP by hand over a session Stamp sets up: it connects, starts TLS as configured (the certificate is checked as for sending) and logs in, with the password never shown; then each line read from standard input is sent as one command and the server&apos;s whole reply is printed with what it means. Offered: %1. AUTH, STARTTLS and BDAT are refused (the session did the first two). After DATA and its 354, the lines are the message (dot-stuffed by Stamp) up to a line holding only &quot;.&quot;; Stamp ends the message with CRLF.CRLF. A line with a CR, LF or NUL inside, or longer than 510 octets, is refused and nothing is sent. The end of input ends the message in progress and sends QUIT. With --password-stdin the password is the first line.

Exit codes: as stamp send (0 the session ended with QUIT, 3 could not connect or the connection was lost, 4 TLS failure, 5 login failed, 10 timeout).</source>
        <translation>SMTP von Hand in einer Sitzung eingeben, die Stamp einrichtet: Stamp verbindet sich, startet TLS wie eingestellt (das Zertifikat wird wie beim Senden geprüft) und meldet sich an, ohne das Passwort je anzuzeigen; danach wird jede von der Standardeingabe gelesene Zeile als ein Befehl gesendet und die ganze Antwort des Servers mit ihrer Bedeutung ausgegeben. Angeboten: %1. AUTH, STARTTLS und BDAT werden abgelehnt (die ersten beiden hat die Sitzung erledigt). Nach DATA und dessen 354 bilden die Zeilen die Nachricht (von Stamp mit Punkt-Maskierung versehen) bis zu einer Zeile, die nur &quot;.&quot; enthält; Stamp beendet die Nachricht mit CRLF.CRLF. Eine Zeile mit CR, LF oder NUL darin oder mit mehr als 510 Oktetten wird abgelehnt, und nichts wird gesendet. Das Ende der Eingabe beendet die laufende Nachricht und sendet QUIT. Mit --password-stdin ist das Passwort die erste Zeile.

Exit-Codes: wie bei stamp send (0 die Sitzung endete mit QUIT, 3 keine Verbindung möglich oder Verbindung verloren, 4 TLS-Fehler, 5 Anmeldung fehlgeschlagen, 10 Zeitüberschreitung).</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="38"/>
        <source>Use the server and login (password from the keychain) of this account (see stamp account). Other options override it.</source>
        <translation>Den Server und die Anmeldung (Passwort aus dem Schlüsselbund) dieses Kontos verwenden (siehe stamp account). Andere Optionen haben Vorrang.</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="41"/>
        <source>Print the conversation without the explanations.</source>
        <translation>Das Gespräch ohne die Erklärungen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="52"/>
        <source>--account: this build has no accounts (it was built without the store)</source>
        <translation>--account: Diese Version hat keine Konten (sie wurde ohne den Speicher gebaut)</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="54"/>
        <source>--account needs the name of an account (see stamp account list)</source>
        <translation>--account braucht den Namen eines Kontos (siehe stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="79"/>
        <source>stamp: %1</source>
        <translation>stamp: %1</translation>
    </message>
</context>
<context>
    <name>cli::ContactsCommand</name>
    <message>
        <location filename="../app/contactscommand.cpp" line="25"/>
        <source>List the contacts (name and addresses) and the groups (name and members).</source>
        <translation>Die Kontakte (Name und Adressen) und die Gruppen (Name und Mitglieder) auflisten.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="40"/>
        <source>group %1	%2</source>
        <translation>Gruppe %1	%2</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="41"/>
        <source>	(sent as a named group)</source>
        <translation>	(als benannte Gruppe gesendet)</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="43"/>
        <source>The address book is empty. Import one with: stamp contacts import FILE.vcf</source>
        <translation>Das Adressbuch ist leer. Importieren Sie eines mit: stamp contacts import DATEI.vcf</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="55"/>
        <source>A vCard file (3.0 or 4.0).</source>
        <translation>Eine vCard-Datei (3.0 oder 4.0).</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="57"/>
        <source>Add the contacts and groups of a vCard file.</source>
        <translation>Die Kontakte und Gruppen einer vCard-Datei hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="63"/>
        <source>A contact whose address is known already joins the known one. A file with an error imports nothing and names the line.</source>
        <translation>Ein Kontakt, dessen Adresse bereits bekannt ist, wird mit dem bekannten zusammengeführt. Eine Datei mit einem Fehler importiert nichts und nennt die Zeile.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="71"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="79"/>
        <source>%1: nothing was imported. %2</source>
        <translation>%1: Es wurde nichts importiert. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="82"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n Kontakt hinzugefügt</numerusform>
            <numerusform>%n Kontakte hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="83"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="84"/>
        <source>%n group(s) read</source>
        <translation>
            <numerusform>%n Gruppe gelesen</numerusform>
            <numerusform>%n Gruppen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="86"/>
        <source>%n card(s) without an address skipped.</source>
        <translation>
            <numerusform>%n Karte ohne Adresse übersprungen.</numerusform>
            <numerusform>%n Karten ohne Adresse übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="97"/>
        <source>Where to write the vCard file; - for standard output.</source>
        <translation>Wohin die vCard-Datei geschrieben wird; - für die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="100"/>
        <source>Write the address book as vCard 4.0.</source>
        <translation>Das Adressbuch als vCard 4.0 schreiben.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="121"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="124"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="125"/>
        <source>%n group(s) written to %1</source>
        <translation>
            <numerusform>%n Gruppe nach %1 geschrieben</numerusform>
            <numerusform>%n Gruppen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="145"/>
        <source>The address book the window completes recipients from, kept in contacts.json beside the outbox.</source>
        <translation>Das Adressbuch, aus dem das Fenster Empfänger vervollständigt, gespeichert in contacts.json neben dem Postausgang.</translation>
    </message>
</context>
<context>
    <name>cli::MergeCommand</name>
    <message>
        <location filename="../app/mergecommand.cpp" line="27"/>
        <source>Send one message per row of a CSV file, from a template with {{placeholders}}.</source>
        <translation>Eine Nachricht je Zeile einer CSV-Datei senden, aus einer Vorlage mit {{Platzhaltern}}.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="38"/>
        <source>Send one message per row of a CSV file, from a template with {{placeholders}}.

The template is a Stamp template (File &gt; Save as Template) or a text file: To, Cc, Bcc, Reply-To and Subject lines, an empty line, the body. The CSV file&apos;s first line names the columns; {{name}} stands for the row&apos;s value of the column &quot;name&quot;. Every row is checked before anything is sent. Each message is queued in the outbox with the merge and its row, then all are sent over one connection; running the same merge again sends only the rows not yet sent.

Exit codes: those of stamp send for the rows: 0 every row sent, 8 some rows sent and some not, else the code of the first row not sent (6 temporary failure, 7 permanent failure, 11 a row or file that cannot be used, ...).</source>
        <translation>Eine Nachricht je Zeile einer CSV-Datei senden, aus einer Vorlage mit {{Platzhaltern}}.

Die Vorlage ist eine Stamp-Vorlage (Datei &gt; Als Vorlage speichern) oder eine Textdatei: Zeilen für To, Cc, Bcc, Reply-To und Subject, eine Leerzeile, der Text. Die erste Zeile der CSV-Datei benennt die Spalten; {{name}} steht für den Wert der Spalte &quot;name&quot; in der jeweiligen Zeile. Jede Zeile wird geprüft, bevor etwas gesendet wird. Jede Nachricht wird mit dem Serienbrief und ihrer Zeile in den Postausgang gestellt, dann werden alle über eine Verbindung gesendet; wird derselbe Serienbrief erneut ausgeführt, werden nur die noch nicht gesendeten Zeilen gesendet.

Exit-Codes: die von stamp send für die Zeilen: 0 alle Zeilen gesendet, 8 einige Zeilen gesendet und einige nicht, sonst der Code der ersten nicht gesendeten Zeile (6 vorübergehender Fehler, 7 dauerhafter Fehler, 11 eine Zeile oder Datei, die nicht verwendet werden kann, ...).</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="54"/>
        <source>Send from this account (see stamp account list).</source>
        <translation>Von diesem Konto senden (siehe stamp account list).</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="56"/>
        <source>The message with {{placeholders}}.</source>
        <translation>Die Nachricht mit {{Platzhaltern}}.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="57"/>
        <source>The rows: UTF-8 CSV whose first line names the columns.</source>
        <translation>Die Zeilen: UTF-8-CSV, deren erste Zeile die Spalten benennt.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="60"/>
        <source>At most N messages a minute (N/min, or N/h an hour); the connection is kept open across waits up to a minute.</source>
        <translation>Höchstens N Nachrichten pro Minute (N/min, oder N/h pro Stunde); bei Wartezeiten bis zu einer Minute bleibt die Verbindung offen.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="64"/>
        <source>Go on with the merge of this id (as printed) even when the template or CSV changed: rows already sent are not sent again.</source>
        <translation>Den Serienbrief mit dieser ID (wie ausgegeben) fortsetzen, auch wenn sich Vorlage oder CSV geändert haben: bereits gesendete Zeilen werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="67"/>
        <source>Write the live protocol transcript to FILE, or - for stderr.</source>
        <translation>Das Live-Protokoll in DATEI schreiben, oder - für stderr.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="69"/>
        <source>Print only the rows not sent.</source>
        <translation>Nur die nicht gesendeten Zeilen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="79"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="88"/>
        <source>Row %1 (line %2)</source>
        <translation>Datensatz %1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="95"/>
        <source>--account is required: the merge is sent through that account&apos;s outbox</source>
        <translation>--account ist erforderlich: Der Serienbrief wird über den Postausgang dieses Kontos gesendet</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="97"/>
        <source>--template FILE and --csv FILE are required</source>
        <translation>--template DATEI und --csv DATEI sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="107"/>
        <source>--print-swaks takes one message: use stamp send for it</source>
        <translation>--print-swaks nimmt eine Nachricht: verwenden Sie dafür stamp send</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="121"/>
        <location filename="../app/mergecommand.cpp" line="135"/>
        <location filename="../app/mergecommand.cpp" line="184"/>
        <location filename="../app/mergecommand.cpp" line="210"/>
        <source>stamp: %1</source>
        <translation>stamp: %1</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="130"/>
        <source>stamp: the template uses placeholders the CSV file has no column for: %1 (the columns are: %2). Nothing was sent.</source>
        <translation>stamp: Die Vorlage verwendet Platzhalter, für die die CSV-Datei keine Spalte hat: %1 (die Spalten sind: %2). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="150"/>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="154"/>
        <source>stamp: the CSV file has a header but no rows: nothing to send.</source>
        <translation>stamp: Die CSV-Datei hat eine Kopfzeile, aber keine Zeilen: nichts zu senden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="213"/>
        <source>Merge %1: %n row(s).</source>
        <translation>
            <numerusform>Serienbrief %1: %n Zeile.</numerusform>
            <numerusform>Serienbrief %1: %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="225"/>
        <source>%1: not sent again: %2 (%3; stamp outbox send %4 sends it)</source>
        <translation>%1: nicht erneut gesendet: %2 (%3; stamp outbox send %4 sendet sie)</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="238"/>
        <source>%1: not queued: %2</source>
        <translation>%1: nicht in den Postausgang gestellt: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="249"/>
        <source>%n row(s) sent by an earlier run of this merge: not sent again.</source>
        <translation>
            <numerusform>%n Zeile wurde von einem früheren Lauf dieses Serienbriefs gesendet: nicht erneut gesendet.</numerusform>
            <numerusform>%n Zeilen wurden von einem früheren Lauf dieses Serienbriefs gesendet: nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="195"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="204"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="255"/>
        <source>%1: not tried: still queued; run the merge again to send it.</source>
        <translation>%1: nicht versucht: noch im Postausgang; führen Sie den Serienbrief erneut aus, um sie zu senden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="260"/>
        <source>%1 of %n message(s) sent now, over %2 connection(s).</source>
        <translation>
            <numerusform>%1 von %n Nachricht jetzt gesendet, über %2 Verbindung(en).</numerusform>
            <numerusform>%1 von %n Nachrichten jetzt gesendet, über %2 Verbindung(en).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="285"/>
        <source>give the number of messages a minute, as 30/min (or 100/h)</source>
        <translation>geben Sie die Anzahl der Nachrichten pro Minute an, etwa 30/min (oder 100/h)</translation>
    </message>
</context>
<context>
    <name>cli::OutboxCommand</name>
    <message>
        <location filename="../app/outboxcommand.cpp" line="59"/>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="37"/>
        <source>List the messages waiting in the outbox, with their state and the reason.</source>
        <translation>Die im Postausgang wartenden Nachrichten auflisten, mit ihrem Zustand und dem Grund.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="70"/>
        <location filename="../app/outboxcommand.cpp" line="97"/>
        <source>The messages, by the ID stamp outbox list shows.</source>
        <translation>Die Nachrichten, mit der ID, die stamp outbox list zeigt.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="73"/>
        <source>Delete messages from the outbox.</source>
        <translation>Nachrichten aus dem Postausgang löschen.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="102"/>
        <source>Send messages of the outbox now, with their account&apos;s settings and password.</source>
        <translation>Nachrichten aus dem Postausgang jetzt senden, mit den Einstellungen und dem Passwort ihres Kontos.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="109"/>
        <source>Exit codes: those of stamp send (0 sent, 6 temporary failure, 7 permanent failure, 8 partly sent, ...), for the first message that was not sent.</source>
        <translation>Exit-Codes: die von stamp send (0 gesendet, 6 vorübergehender Fehler, 7 dauerhafter Fehler, 8 teilweise gesendet, ...), für die erste Nachricht, die nicht gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="116"/>
        <source>Send every message in the outbox.</source>
        <translation>Jede Nachricht im Postausgang senden.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="117"/>
        <source>Write the live protocol transcript to FILE, or - for stderr.</source>
        <translation>Das Live-Protokoll in DATEI schreiben, oder - für stderr.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="119"/>
        <source>Print nothing on success.</source>
        <translation>Bei Erfolg nichts ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="130"/>
        <source>outbox send needs the IDs of messages, or --all (not both)</source>
        <translation>outbox send braucht die IDs von Nachrichten oder --all (nicht beides)</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="154"/>
        <source>Message %1 has no account to send it from.</source>
        <translation>Die Nachricht %1 hat kein Konto, über das sie gesendet werden kann.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="170"/>
        <source>Not sent: the account &quot;%1&quot; could not be used.</source>
        <translation>Nicht gesendet: Das Konto &quot;%1&quot; konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="171"/>
        <source>Check it with stamp account list, then send again.</source>
        <translation>Prüfen Sie es mit stamp account list und senden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="181"/>
        <source>being sent by another Stamp window or command; left to it.</source>
        <translation>wird von einem anderen Stamp-Fenster oder -Befehl gesendet; bleibt diesem überlassen.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="192"/>
        <source>kept in the outbox: %1</source>
        <translation>im Postausgang behalten: %1</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="214"/>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="225"/>
        <source>List the messages sent: ID, date, outcome, recipients and subject.</source>
        <translation>Die gesendeten Nachrichten auflisten: ID, Datum, Ergebnis, Empfänger und Betreff.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="256"/>
        <source>The messages waiting to be sent: the window&apos;s outbox, with every failed message and the reason, retried on their own when the failure was temporary.</source>
        <translation>Die Nachrichten, die auf das Senden warten: der Postausgang des Fensters, mit jeder fehlgeschlagenen Nachricht und dem Grund; bei einem vorübergehenden Fehler wird von selbst erneut versucht.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="270"/>
        <source>The messages sent, kept as they went out (the window&apos;s Sent folder).</source>
        <translation>Die gesendeten Nachrichten, so aufbewahrt, wie sie hinausgingen (der Ordner Gesendet des Fensters).</translation>
    </message>
</context>
<context>
    <name>cli::PracticeCommand</name>
    <message>
        <location filename="../app/practicecommand.cpp" line="40"/>
        <source>Run a practice SMTP server on 127.0.0.1, to learn SMTP and try Stamp without an account. It offers STARTTLS (with a certificate it makes at first start), AUTH PLAIN and LOGIN with a demo login it shows, PIPELINING, CHUNKING, SIZE, 8BITMIME, SMTPUTF8 and DSN, keeps every message it receives in a folder it shows, and injects the faults asked for. Stop it with Ctrl+C.</source>
        <translation>Einen Übungs-SMTP-Server auf 127.0.0.1 starten, um SMTP zu lernen und Stamp ohne Konto auszuprobieren. Er bietet STARTTLS (mit einem Zertifikat, das er beim ersten Start erstellt), AUTH PLAIN und LOGIN mit einer angezeigten Demo-Anmeldung, PIPELINING, CHUNKING, SIZE, 8BITMIME, SMTPUTF8 und DSN, bewahrt jede empfangene Nachricht in einem angezeigten Ordner auf und baut die gewünschten Fehler ein. Beenden Sie ihn mit Strg+C.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="51"/>
        <source>Listen on port N of 127.0.0.1 (default 2525; 0 picks a free one and prints it).</source>
        <translation>Auf Port N von 127.0.0.1 lauschen (Standard 2525; 0 wählt einen freien Port und gibt ihn aus).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="54"/>
        <source>Inject a fault, such as greylist, 452-after=2, 421-at=rcpt or slow=500ms (repeat for several; --list names them all).</source>
        <translation>Einen Fehler einbauen, etwa greylist, 452-after=2, 421-at=rcpt oder slow=500ms (für mehrere wiederholen; --list nennt alle).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="57"/>
        <source>List the faults with what each one teaches, and exit.</source>
        <translation>Die Fehler mit dem, was jeder lehrt, auflisten und beenden.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="72"/>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port braucht eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="85"/>
        <source>stamp: the practice server cannot start: %1</source>
        <translation>stamp: Der Übungsserver kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="91"/>
        <source>Practice SMTP server listening on %1 (stop it with Ctrl+C).</source>
        <translation>Übungs-SMTP-Server lauscht auf %1 (beenden mit Strg+C).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="92"/>
        <source>  Security: STARTTLS; its certificate is signed by the practice authority in %1 (give it to Stamp as --ca-file).</source>
        <translation>  Sicherheit: STARTTLS; sein Zertifikat ist von der Übungs-Zertifizierungsstelle in %1 signiert (geben Sie sie Stamp als --ca-file).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="96"/>
        <source>  Login (after STARTTLS): user %1, password %2.</source>
        <translation>  Anmeldung (nach STARTTLS): Benutzer %1, Passwort %2.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="97"/>
        <source>  Messages are kept in %1.</source>
        <translation>  Nachrichten werden in %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="99"/>
        <source>  Faults: none (see stamp practice --list).</source>
        <translation>  Fehler: keine (siehe stamp practice --list).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="100"/>
        <source>  Faults: %1.</source>
        <translation>  Fehler: %1.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="102"/>
        <source>  Try: echo %1 | stamp send --server %2 --ca-file %3 --user %4 --password-stdin --from you@example.org --to friend@example.org --subject Hello --body Hi</source>
        <translation>  Probieren Sie: echo %1 | stamp send --server %2 --ca-file %3 --user %4 --password-stdin --from you@example.org --to friend@example.org --subject Hello --body Hi</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="109"/>
        <source>Received message %1 from %2 for %3 (%4 bytes): %5</source>
        <translation>Nachricht %1 von %2 für %3 empfangen (%4 Byte): %5</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="117"/>
        <source>stamp: %1</source>
        <translation>stamp: %1</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="120"/>
        <source>stamp: cannot set up the signal handler</source>
        <translation>stamp: Der Signal-Handler kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="131"/>
        <source>Practice server stopped.</source>
        <translation>Übungsserver beendet.</translation>
    </message>
</context>
<context>
    <name>cli::ProbeCommand</name>
    <message>
        <location filename="../app/probecommand.cpp" line="16"/>
        <source>Test an SMTP server without sending: the greeting, each EHLO extension and what it means, the TLS report (version, cipher, certificate chain with its dates and names, each check passed or not), the AUTH mechanisms, SIZE, and the time of each stage. With --user and --password-stdin the login is tried too. No MAIL command is sent.

Exit codes: as stamp send (0 the server works, 3 could not connect or protocol error, 4 TLS failure, 5 login failed, 6 and 7 a refusal, 10 timeout).</source>
        <translation>Einen SMTP-Server testen, ohne zu senden: die Begrüßung, jede EHLO-Erweiterung und ihre Bedeutung, der TLS-Bericht (Version, Cipher, Zertifikatskette mit Daten und Namen, jede Prüfung bestanden oder nicht), die AUTH-Verfahren, SIZE und die Dauer jeder Phase. Mit --user und --password-stdin wird auch die Anmeldung versucht. Es wird kein MAIL-Befehl gesendet.

Exit-Codes: wie bei stamp send (0 der Server funktioniert, 3 keine Verbindung oder Protokollfehler, 4 TLS-Fehler, 5 Anmeldung fehlgeschlagen, 6 und 7 eine Ablehnung, 10 Zeitüberschreitung).</translation>
    </message>
    <message>
        <location filename="../app/probecommand.cpp" line="28"/>
        <source>Also write the protocol transcript to FILE, or - for stderr.</source>
        <translation>Das Protokoll zusätzlich in DATEI schreiben, oder - für stderr.</translation>
    </message>
    <message>
        <location filename="../app/probecommand.cpp" line="32"/>
        <source>Explain the transcript as stamp send --explain does: after each line, what it means in plain words. On stderr unless --transcript names a file.</source>
        <translation>Das Protokoll wie stamp send --explain erläutern: nach jeder Zeile, was sie in einfachen Worten bedeutet. Auf stderr, außer --transcript nennt eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/probecommand.cpp" line="46"/>
        <source>stamp: %1</source>
        <translation>stamp: %1</translation>
    </message>
</context>
<context>
    <name>cli::SendCommand</name>
    <message>
        <location filename="../app/sendcommand.cpp" line="80"/>
        <source>Send a message through an SMTP submission server.

Exit codes: 0 sent, 2 usage error, 3 connection failed or protocol error, 4 TLS failure, 5 authentication failed, 6 temporary failure (4xx), 7 permanent failure (5xx), 8 partly sent, 9 may have been delivered (connection lost after the end of the message), 10 timeout, 11 local error (unreadable file, bad message), 12 cancelled.</source>
        <translation>Eine Nachricht über einen SMTP-Einlieferungsserver senden.

Exit-Codes: 0 gesendet, 2 Aufruffehler, 3 Verbindung fehlgeschlagen oder Protokollfehler, 4 TLS-Fehler, 5 Authentifizierung fehlgeschlagen, 6 vorübergehender Fehler (4xx), 7 dauerhafter Fehler (5xx), 8 teilweise gesendet, 9 möglicherweise zugestellt (Verbindung nach dem Ende der Nachricht verloren), 10 Zeitüberschreitung, 11 lokaler Fehler (Datei nicht lesbar, fehlerhafte Nachricht), 12 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="91"/>
        <source>Sender address (header From and MAIL FROM).</source>
        <translation>Absenderadresse (Kopfzeile From und MAIL FROM).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="92"/>
        <source>Recipient (repeat for several).</source>
        <translation>Empfänger (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="93"/>
        <source>Copy recipient (repeat for several).</source>
        <translation>Kopie-Empfänger (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="94"/>
        <source>Blind copy recipient: in the envelope only, never in a header.</source>
        <translation>Blindkopie-Empfänger: nur im Umschlag, nie in einer Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="96"/>
        <source>Reply-To address.</source>
        <translation>Antwortadresse (Reply-To).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="97"/>
        <source>Subject.</source>
        <translation>Betreff.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="98"/>
        <source>Body text.</source>
        <translation>Nachrichtentext.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="99"/>
        <source>Read the body text (UTF-8) from FILE.</source>
        <translation>Den Nachrichtentext (UTF-8) aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="101"/>
        <source>Read the body as Markdown (UTF-8) from FILE: sent as HTML with the Markdown as the plain text alternative; images beside FILE are sent inline.</source>
        <translation>Den Nachrichtentext als Markdown (UTF-8) aus DATEI lesen: gesendet als HTML mit dem Markdown als Nur-Text-Alternative; Bilder neben DATEI werden eingebettet gesendet.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="104"/>
        <source>Attach FILE (repeat for several).</source>
        <translation>DATEI anhängen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="105"/>
        <source>Priority: high, normal or low (Importance and X-Priority).</source>
        <translation>Priorität: high, normal oder low (Importance und X-Priority).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="107"/>
        <source>Ask for a read receipt to the sender (RFC 8098).</source>
        <translation>Eine Lesebestätigung an den Absender anfordern (RFC 8098).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="109"/>
        <source>Send a prepared RFC 5322 message as it is (repeat, or give a folder, to send several on one connection). The envelope comes from --from/--to/--cc/--bcc, or from the file&apos;s own From/To/Cc/Bcc when those are not given.</source>
        <translation>Eine vorbereitete RFC-5322-Nachricht unverändert senden (wiederholen oder einen Ordner angeben, um mehrere über eine Verbindung zu senden). Der Umschlag kommt aus --from/--to/--cc/--bcc oder, wenn diese fehlen, aus From/To/Cc/Bcc der Datei selbst.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="113"/>
        <source>Write the live protocol transcript to FILE, or - for stderr.</source>
        <translation>Das Live-Protokoll in DATEI schreiben, oder - für stderr.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="116"/>
        <source>Explain the transcript: after each line, what it means in plain words; then the TLS report and the time per stage. On stderr unless --transcript names a file.</source>
        <translation>Das Protokoll erklären: nach jeder Zeile in einfachen Worten, was sie bedeutet; danach der TLS-Bericht und die Zeit pro Phase. Auf stderr, sofern --transcript keine Datei angibt.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="119"/>
        <source>Ask for delivery status notifications: NEVER, or a list of SUCCESS, FAILURE and DELAY (RFC 3461).</source>
        <translation>Zustellbenachrichtigungen anfordern: NEVER oder eine Liste aus SUCCESS, FAILURE und DELAY (RFC 3461).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="122"/>
        <source>What a notification returns: full or hdrs.</source>
        <translation>Was eine Benachrichtigung zurückgibt: full oder hdrs.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="124"/>
        <source>An envelope identifier that notifications quote back (printable ASCII, RFC 3461 §4.4).</source>
        <translation>Eine Umschlagkennung, die Benachrichtigungen zurückmelden (druckbares ASCII, RFC 3461 §4.4).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="126"/>
        <source>Print nothing on success.</source>
        <translation>Bei Erfolg nichts ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="128"/>
        <source>Use the server, sender and password (from the keychain) of this account (see stamp account). Other options override it. The message goes through the outbox and is kept in Sent, as in the window.</source>
        <translation>Server, Absender und Passwort (aus dem Schlüsselbund) dieses Kontos verwenden (siehe stamp account). Andere Optionen haben Vorrang. Die Nachricht geht über den Postausgang und wird wie im Fenster unter Gesendet aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="144"/>
        <source>--account: this build has no accounts (it was built without the store)</source>
        <translation>--account: Diese Version hat keine Konten (sie wurde ohne den Speicher gebaut)</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="146"/>
        <source>--account needs the name of an account (see stamp account list)</source>
        <translation>--account braucht den Namen eines Kontos (siehe stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="183"/>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="206"/>
        <source>--account: the account&apos;s sender address cannot be used: %1</source>
        <translation>--account: Die Absenderadresse des Kontos kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="213"/>
        <source>--eml sends a prepared message: it cannot be combined with --subject, --body, --body-file or --attach</source>
        <translation>--eml sendet eine vorbereitete Nachricht: Es kann nicht mit --subject, --body, --body-file oder --attach kombiniert werden</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="218"/>
        <source>--eml sends a prepared message: it cannot be combined with --markdown-file, --priority or --read-receipt</source>
        <translation>--eml sendet eine vorbereitete Nachricht: Es kann nicht mit --markdown-file, --priority oder --read-receipt kombiniert werden</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="232"/>
        <source>--eml: no message files found</source>
        <translation>--eml: keine Nachrichtendateien gefunden</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="244"/>
        <location filename="../app/sendcommand.cpp" line="300"/>
        <location filename="../app/sendcommand.cpp" line="313"/>
        <source>stamp: %1</source>
        <translation>stamp: %1</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="248"/>
        <source>%1: no sender: give --from</source>
        <translation>%1: kein Absender: geben Sie --from an</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="250"/>
        <source>%1: no recipient: give --to</source>
        <translation>%1: kein Empfänger: geben Sie --to an</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="255"/>
        <source>--from is required</source>
        <translation>--from ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="257"/>
        <source>at least one --to, --cc or --bcc is required</source>
        <translation>mindestens ein --to, --cc oder --bcc ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="259"/>
        <source>give --body or --body-file, not both</source>
        <translation>geben Sie --body oder --body-file an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="265"/>
        <source>stamp: cannot read the body file %1: %2</source>
        <translation>stamp: Die Textdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="273"/>
        <source>give --markdown-file or --body/--body-file, not both</source>
        <translation>geben Sie --markdown-file oder --body/--body-file an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="275"/>
        <source>--markdown-file: this build cannot read Markdown (it was built without the window&apos;s libraries)</source>
        <translation>--markdown-file: Diese Version kann kein Markdown lesen (sie wurde ohne die Bibliotheken des Fensters gebaut)</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="279"/>
        <source>stamp: cannot read the Markdown file %1: %2</source>
        <translation>stamp: Die Markdown-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="292"/>
        <source>--priority must be high, normal or low, not %1</source>
        <translation>--priority muss high, normal oder low sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="340"/>
        <source>Message %1: %2</source>
        <translation>Nachricht %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sendcommand.cpp" line="352"/>
        <source>%1 of %n message(s) sent.</source>
        <translation>
            <numerusform>%1 von %n Nachricht gesendet.</numerusform>
            <numerusform>%1 von %n Nachrichten gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::sendpreview</name>
    <message>
        <location filename="../app/sendpreview.cpp" line="40"/>
        <source>Connect to nothing: print the envelope (each RCPT marked To, Cc or Bcc), the header section and MIME structure exactly as they would go out, and lint. Exit 0 when lint finds no problem, 14 when it does.</source>
        <translation>Keine Verbindung herstellen: den Umschlag (jedes RCPT als To, Cc oder Bcc gekennzeichnet), die Kopfzeilen und die MIME-Struktur genau so ausgeben, wie sie hinausgehen würden, und sie prüfen (Lint). Exit 0, wenn Lint kein Problem findet, 14, wenn doch.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="44"/>
        <source>With --dry-run: what the server&apos;s EHLO offers, e.g. 8BITMIME,SMTPUTF8,SIZE=10485760 (see stamp probe); otherwise unknown, and the message is built as for a server with 8BITMIME and SMTPUTF8.</source>
        <translation>Mit --dry-run: was das EHLO des Servers anbietet, z. B. 8BITMIME,SMTPUTF8,SIZE=10485760 (siehe stamp probe); sonst unbekannt, und die Nachricht wird wie für einen Server mit 8BITMIME und SMTPUTF8 erstellt.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="48"/>
        <source>With --dry-run: also look up the From domain&apos;s SPF and DMARC records (DNS only; still no SMTP).</source>
        <translation>Mit --dry-run: zusätzlich die SPF- und DMARC-Einträge der From-Domain abfragen (nur DNS; weiterhin kein SMTP).</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="51"/>
        <source>Connect to nothing: write the message as swaks sends it to FILE and print the swaks command that sends it the same way (the password is never in it: swaks asks for it).</source>
        <translation>Keine Verbindung herstellen: die Nachricht so in DATEI schreiben, wie swaks sie sendet, und den swaks-Befehl ausgeben, der sie auf dieselbe Weise sendet (das Passwort steht nie darin: swaks fragt danach).</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="70"/>
        <source>--server-extensions needs --dry-run</source>
        <translation>--server-extensions braucht --dry-run</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="79"/>
        <source>--lint-dns needs --dry-run</source>
        <translation>--lint-dns braucht --dry-run</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="83"/>
        <source>--print-swaks needs the name of the file to write the message to</source>
        <translation>--print-swaks braucht den Namen der Datei, in die die Nachricht geschrieben wird</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="85"/>
        <source>--print-swaks takes one message, not %1</source>
        <translation>--print-swaks nimmt eine Nachricht, nicht %1</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="92"/>
        <source>=== Message %1 of %2</source>
        <translation>=== Nachricht %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="96"/>
        <location filename="../app/sendpreview.cpp" line="125"/>
        <source>stamp: %1</source>
        <translation>stamp: %1</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="107"/>
        <source>The From domain&apos;s SPF and DMARC records were not looked up: --dry-run connects to nothing. Add --lint-dns to look them up (DNS only), or run stamp check-domain.</source>
        <translation>Die SPF- und DMARC-Einträge der From-Domain wurden nicht abgefragt: --dry-run stellt keine Verbindung her. Fügen Sie --lint-dns hinzu, um sie abzufragen (nur DNS), oder führen Sie stamp check-domain aus.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="111"/>
        <source>Lint:</source>
        <translation>Lint:</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="112"/>
        <source>  Nothing to change.</source>
        <translation>  Nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="119"/>
        <source>Nothing was sent: no connection was made.</source>
        <translation>Nichts wurde gesendet: Es wurde keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="134"/>
        <source>The message has 8-bit content, which swaks sends without declaring BODY=8BITMIME or SMTPUTF8.</source>
        <translation>Die Nachricht hat 8-Bit-Inhalt, den swaks sendet, ohne BODY=8BITMIME oder SMTPUTF8 anzugeben.</translation>
    </message>
</context>
<context>
    <name>practice::Certificates</name>
    <message>
        <location filename="../practice/certificate.cpp" line="164"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../practice/certificate.cpp" line="169"/>
        <source>cannot make the practice certificates in %1</source>
        <translation>die Übungszertifikate können in %1 nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../practice/certificate.cpp" line="173"/>
        <source>cannot read the practice certificates made in %1</source>
        <translation>die in %1 erstellten Übungszertifikate können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>practice::Faults</name>
    <message>
        <location filename="../practice/faults.cpp" line="45"/>
        <source>Greylisting: the first time a client, sender and recipient are seen together, RCPT gets 451 4.7.1 (try again later); the next try is accepted. Teaches temporary failures and retrying.</source>
        <translation>Greylisting: Wenn ein Client, ein Absender und ein Empfänger zum ersten Mal zusammen auftreten, erhält RCPT 451 4.7.1 (später erneut versuchen); der nächste Versuch wird angenommen. Lehrt vorübergehende Fehler und erneute Versuche.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="50"/>
        <source>452 4.5.3 (too many recipients) for every RCPT after the first N of a message. The client should send the rest in another transaction (RFC 5321 §4.5.3.1.10).</source>
        <translation>452 4.5.3 (zu viele Empfänger) für jedes RCPT nach den ersten N einer Nachricht. Der Client sollte den Rest in einer weiteren Transaktion senden (RFC 5321 §4.5.3.1.10).</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="55"/>
        <source>552 5.3.4 (message too big) for a message larger than BYTES (1024 when not given), at MAIL when its SIZE= says so, else after the content.</source>
        <translation>552 5.3.4 (Nachricht zu groß) für eine Nachricht, die größer als BYTES ist (1024, wenn nicht angegeben), bei MAIL, wenn ihr SIZE= es angibt, sonst nach dem Inhalt.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="60"/>
        <source>421 4.3.2 (service closing) and the connection closed at STAGE: greeting, ehlo, mail, rcpt, data or end (instead of the final reply). Nothing is delivered; trying later may work.</source>
        <translation>421 4.3.2 (Dienst wird beendet) und die Verbindung wird bei STAGE geschlossen: greeting, ehlo, mail, rcpt, data oder end (anstelle der abschließenden Antwort). Nichts wird zugestellt; ein späterer Versuch kann klappen.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="64"/>
        <source>The whole message is received and kept, then the connection is closed with no reply: the client cannot know whether it was delivered.</source>
        <translation>Die ganze Nachricht wird empfangen und behalten, dann wird die Verbindung ohne Antwort geschlossen: Der Client kann nicht wissen, ob sie zugestellt wurde.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="69"/>
        <source>STARTTLS with a self-signed certificate that no authority vouches for: a careful client refuses it.</source>
        <translation>STARTTLS mit einem selbstsignierten Zertifikat, für das keine Zertifizierungsstelle bürgt: Ein sorgfältiger Client lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="72"/>
        <source>STARTTLS with a certificate whose validity ended yesterday.</source>
        <translation>STARTTLS mit einem Zertifikat, dessen Gültigkeit gestern endete.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="75"/>
        <source>STARTTLS is not advertised and refused, as when something on the way removes it: a careful client does not go on in the clear.</source>
        <translation>STARTTLS wird nicht angeboten und abgelehnt, wie wenn etwas unterwegs es entfernt: Ein sorgfältiger Client macht nicht unverschlüsselt weiter.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="79"/>
        <source>A slow server: every reply waits TIME (such as 500ms or 2s). Teaches timeouts.</source>
        <translation>Ein langsamer Server: Jede Antwort wartet TIME (etwa 500ms oder 2s). Lehrt Zeitüberschreitungen.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="83"/>
        <source>Every login is refused with 535 5.7.8 (authentication credentials invalid), even with the right password.</source>
        <translation>Jede Anmeldung wird mit 535 5.7.8 (Anmeldedaten ungültig) abgelehnt, selbst mit dem richtigen Passwort.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="86"/>
        <source>MAIL before a login gets 530 5.7.0 (authentication required), as on every submission server.</source>
        <translation>MAIL vor einer Anmeldung erhält 530 5.7.0 (Authentifizierung erforderlich), wie auf jedem Einlieferungsserver.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="95"/>
        <source>Faults for stamp practice --fault NAME (repeat for several):</source>
        <translation>Fehler für stamp practice --fault NAME (für mehrere wiederholen):</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="112"/>
        <source>the fault %1 takes no value</source>
        <translation>der Fehler %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="136"/>
        <source>452-after needs a number of recipients from 0 to 1000, such as 452-after=2</source>
        <translation>452-after braucht eine Anzahl Empfänger von 0 bis 1000, etwa 452-after=2</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="146"/>
        <source>552-over needs a size in bytes, such as 552-over=1024</source>
        <translation>552-over braucht eine Größe in Byte, etwa 552-over=1024</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="158"/>
        <source>421-at needs a stage: greeting, ehlo, mail, rcpt, data or end</source>
        <translation>421-at braucht eine Phase: greeting, ehlo, mail, rcpt, data oder end</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="164"/>
        <source>slow needs a time up to 600s, such as slow=500ms or slow=2s</source>
        <translation>slow braucht eine Zeit bis 600s, etwa slow=500ms oder slow=2s</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="170"/>
        <source>unknown fault &apos;%1&apos; (see stamp practice --list)</source>
        <translation>unbekannter Fehler &apos;%1&apos; (siehe stamp practice --list)</translation>
    </message>
</context>
<context>
    <name>practice::Inbox</name>
    <message>
        <location filename="../practice/inbox.cpp" line="20"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../practice/inbox.cpp" line="111"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>practice::Server</name>
    <message>
        <location filename="../practice/server.cpp" line="44"/>
        <source>this Qt has no TLS backend, so the practice server cannot offer STARTTLS</source>
        <translation>dieses Qt hat kein TLS-Backend, daher kann der Übungsserver kein STARTTLS anbieten</translation>
    </message>
    <message>
        <location filename="../practice/server.cpp" line="54"/>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>auf 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <location filename="../smtp/lint.cpp" line="37"/>
        <source>The message has no From field, which every message must have (RFC 5322 §3.6).</source>
        <translation>Die Nachricht hat kein From-Feld, das jede Nachricht haben muss (RFC 5322 §3.6).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="38"/>
        <source>Add a From field with the sender&apos;s address.</source>
        <translation>Fügen Sie ein From-Feld mit der Adresse des Absenders hinzu.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="41"/>
        <source>The message file has no Date field, which RFC 5322 §3.6 requires; some servers add one, others reject the message or count it as spam.</source>
        <translation>Die Nachrichtendatei hat kein Date-Feld, das RFC 5322 §3.6 verlangt; manche Server fügen eines hinzu, andere lehnen die Nachricht ab oder werten sie als Spam.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="43"/>
        <source>Add a Date field, for example &quot;Date: Wed, 02 Dec 2026 10:00:00 +0000&quot;.</source>
        <translation>Fügen Sie ein Date-Feld hinzu, zum Beispiel &quot;Date: Wed, 02 Dec 2026 10:00:00 +0000&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="46"/>
        <source>The message file has no Message-ID field; replies cannot refer to it, and spam filters count its absence against it.</source>
        <translation>Die Nachrichtendatei hat kein Message-ID-Feld; Antworten können sich nicht auf sie beziehen, und Spamfilter werten das Fehlen gegen sie.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="48"/>
        <source>Add a Message-ID field, for example &quot;Message-ID: &lt;unique-text@your-domain&gt;&quot;.</source>
        <translation>Fügen Sie ein Message-ID-Feld hinzu, zum Beispiel &quot;Message-ID: &lt;eindeutiger-text@ihre-domain&gt;&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="52"/>
        <source>The message contains NUL bytes, which SMTP cannot carry without BINARYMIME; Stamp will not send it.</source>
        <translation>Die Nachricht enthält NUL-Bytes, die SMTP ohne BINARYMIME nicht übertragen kann; Stamp sendet sie nicht.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="54"/>
        <source>Encode that part in base64.</source>
        <translation>Kodieren Sie diesen Teil in base64.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="67"/>
        <source>Encode that part in quoted-printable or base64, or break the lines.</source>
        <translation>Kodieren Sie diesen Teil in quoted-printable oder base64, oder brechen Sie die Zeilen um.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="74"/>
        <source>The message has 8-bit content, but the server does not offer 8BITMIME (RFC 6152), so Stamp will not send it there.</source>
        <translation>Die Nachricht hat 8-Bit-Inhalt, aber der Server bietet kein 8BITMIME an (RFC 6152), daher sendet Stamp sie nicht dorthin.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="76"/>
        <source>Encode the 8-bit parts in quoted-printable or base64, or use a server that offers 8BITMIME.</source>
        <translation>Kodieren Sie die 8-Bit-Teile in quoted-printable oder base64, oder verwenden Sie einen Server, der 8BITMIME anbietet.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="82"/>
        <source>The message has 8-bit content: it needs a server that offers 8BITMIME (RFC 6152), as most do. Stamp will refuse to send it to one that does not.</source>
        <translation>Die Nachricht hat 8-Bit-Inhalt: Sie braucht einen Server, der 8BITMIME anbietet (RFC 6152), wie die meisten. Stamp lehnt es ab, sie an einen zu senden, der das nicht tut.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="89"/>
        <source>An address has non-ASCII characters before the @, which needs a server that offers SMTPUTF8 (RFC 6531).</source>
        <translation>Eine Adresse enthält vor dem @ Nicht-ASCII-Zeichen; dafür ist ein Server nötig, der SMTPUTF8 anbietet (RFC 6531).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="91"/>
        <source>The header section holds raw UTF-8 (RFC 6532), which needs a server that offers SMTPUTF8 (RFC 6531).</source>
        <translation>Die Kopfzeilen enthalten rohes UTF-8 (RFC 6532); dafür ist ein Server nötig, der SMTPUTF8 anbietet (RFC 6531).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="96"/>
        <source>This server does not, so Stamp will not send it there.</source>
        <translation>Dieser Server tut das nicht, daher sendet Stamp sie nicht dorthin.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="97"/>
        <source>Use ASCII addresses and RFC 2047 encoded words in the headers, or a server that offers SMTPUTF8.</source>
        <translation>Verwenden Sie ASCII-Adressen und nach RFC 2047 kodierte Wörter in den Kopfzeilen, oder einen Server, der SMTPUTF8 anbietet.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="101"/>
        <source>Many servers do not offer it.</source>
        <translation>Viele Server bieten es nicht an.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="102"/>
        <source>Check that your server offers SMTPUTF8 (stamp probe), or use ASCII addresses and RFC 2047 encoded words.</source>
        <translation>Prüfen Sie, ob Ihr Server SMTPUTF8 anbietet (stamp probe), oder verwenden Sie ASCII-Adressen und nach RFC 2047 kodierte Wörter.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="113"/>
        <source>The attachment %1 alone takes %2 bytes in the message, over the %3 bytes the server accepts (SIZE, RFC 1870).</source>
        <translation>Der Anhang %1 allein belegt %2 Byte in der Nachricht, mehr als die %3 Byte, die der Server annimmt (SIZE, RFC 1870).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="118"/>
        <source>Send %1 another way (a link to a shared file), or compress it.</source>
        <translation>Senden Sie %1 auf anderem Weg (ein Link auf eine geteilte Datei), oder komprimieren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="123"/>
        <source>The message is %1 bytes, but the server accepts at most %2 bytes (SIZE, RFC 1870), so Stamp will not send it there.</source>
        <translation>Die Nachricht ist %1 Byte groß, aber der Server nimmt höchstens %2 Byte an (SIZE, RFC 1870), daher sendet Stamp sie nicht dorthin.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="127"/>
        <source>Make the attachments smaller, or share them another way.</source>
        <translation>Verkleinern Sie die Anhänge oder teilen Sie sie auf anderem Weg.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="132"/>
        <source>A To or Cc field cannot be read as addresses, so the preview cannot tell who is Bcc: %1</source>
        <translation>Ein An- oder Cc-Feld kann nicht als Adressen gelesen werden, daher kann die Vorschau nicht sagen, wer Bcc ist: %1</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="135"/>
        <source>Correct the field.</source>
        <translation>Korrigieren Sie das Feld.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="140"/>
        <source>%1 is named in the header but is not a recipient of the envelope: no copy goes there.</source>
        <translation>%1 steht in der Kopfzeile, ist aber kein Empfänger im Umschlag: Dorthin geht keine Kopie.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="145"/>
        <source>The message has no subject; recipients and spam filters treat such mail with suspicion.</source>
        <translation>Die Nachricht hat keinen Betreff; Empfänger und Spamfilter begegnen solcher Mail mit Misstrauen.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="147"/>
        <source>Add a subject.</source>
        <translation>Fügen Sie einen Betreff hinzu.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="172"/>
        <source>The TXT record of %1 could not be looked up (%2), so it was not checked.</source>
        <translation>Der TXT-Eintrag von %1 konnte nicht abgefragt werden (%2), daher wurde er nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="173"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="183"/>
        <source>The From domain %1 publishes no SPF record: receivers cannot tell which servers may send its mail, and many file such mail as spam.</source>
        <translation>Die From-Domain %1 veröffentlicht keinen SPF-Eintrag: Empfänger können nicht erkennen, welche Server ihre Mail senden dürfen, und viele legen solche Mail als Spam ab.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="186"/>
        <source>Publish a TXT record at %1 such as &quot;v=spf1 mx include:YOUR-PROVIDER -all&quot;; stamp check-domain %1 checks it in full.</source>
        <translation>Veröffentlichen Sie bei %1 einen TXT-Eintrag wie &quot;v=spf1 mx include:IHR-ANBIETER -all&quot;; stamp check-domain %1 prüft ihn vollständig.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="201"/>
        <source>The From domain %1 publishes no DMARC record; large providers require one and may reject or file the message as spam.</source>
        <translation>Die From-Domain %1 veröffentlicht keinen DMARC-Eintrag; große Anbieter verlangen einen und können die Nachricht ablehnen oder als Spam ablegen.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="204"/>
        <source>Publish a TXT record at _dmarc.%1: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot; to start with; stamp check-domain %1 checks it in full.</source>
        <translation>Veröffentlichen Sie bei _dmarc.%1 einen TXT-Eintrag: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot; für den Anfang; stamp check-domain %1 prüft ihn vollständig.</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="124"/>
        <source>Bcc (envelope only: in no header)</source>
        <translation>Bcc (nur im Umschlag: in keiner Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="468"/>
        <source>%1 on the wire, %2 decoded</source>
        <translation>%1 auf der Leitung, %2 dekodiert</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="481"/>
        <source>Envelope (what the server is told; recipients in no header are Bcc):</source>
        <translation>Umschlag (was dem Server mitgeteilt wird; Empfänger, die in keiner Kopfzeile stehen, sind Bcc):</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="486"/>
        <source>(named in the header but sent no copy: %1)</source>
        <translation>(in der Kopfzeile genannt, erhält aber keine Kopie: %1)</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="490"/>
        <source>(the server&apos;s EHLO is not known: built as for a server offering 8BITMIME and SMTPUTF8; SIZE= is added when the server offers SIZE)</source>
        <translation>(das EHLO des Servers ist nicht bekannt: erstellt wie für einen Server, der 8BITMIME und SMTPUTF8 anbietet; SIZE= wird hinzugefügt, wenn der Server SIZE anbietet)</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="493"/>
        <source>Header section, exactly as it goes out:</source>
        <translation>Kopfzeilen, genau so, wie sie hinausgehen:</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="495"/>
        <source>MIME structure:</source>
        <translation>MIME-Struktur:</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="498"/>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
</context>
<context>
    <name>smtp::Address</name>
    <message>
        <location filename="../smtp/address.cpp" line="104"/>
        <source>The address %1 has a control character (U+%2) before the @, which cannot be written in MAIL FROM or RCPT TO.</source>
        <translation>Die Adresse %1 enthält vor dem @ ein Steuerzeichen (U+%2), das in MAIL FROM oder RCPT TO nicht geschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="109"/>
        <source>The address %1 has non-ASCII characters before the @; it can only be sent with SMTPUTF8.</source>
        <translation>Die Adresse %1 enthält vor dem @ Nicht-ASCII-Zeichen; sie kann nur mit SMTPUTF8 gesendet werden.</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="115"/>
        <source>&quot;%1&quot; is not a complete e-mail address.</source>
        <translation>&quot;%1&quot; ist keine vollständige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="190"/>
        <location filename="../smtp/address.cpp" line="595"/>
        <source>&quot;%1&quot;: a &apos;,&apos; is missing between two addresses</source>
        <translation>&quot;%1&quot;: Zwischen zwei Adressen fehlt ein &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="253"/>
        <location filename="../smtp/address.cpp" line="638"/>
        <source>&quot;%1&quot; contains a line break or NUL character</source>
        <translation>&quot;%1&quot; enthält einen Zeilenumbruch oder ein NUL-Zeichen</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="284"/>
        <source>&quot;%1&quot;: a comment in parentheses is not closed</source>
        <translation>&quot;%1&quot;: Ein Kommentar in Klammern ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="305"/>
        <source>&quot;%1&quot;: a quoted part is not closed</source>
        <translation>&quot;%1&quot;: Ein Teil in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="313"/>
        <source>&quot;%1&quot;: the domain in brackets has a &apos;[&apos; or &apos;\&apos; in it</source>
        <translation>&quot;%1&quot;: Die Domain in eckigen Klammern enthält ein &apos;[&apos; oder &apos;\&apos;</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="322"/>
        <source>&quot;%1&quot;: the domain in brackets is not closed</source>
        <translation>&quot;%1&quot;: Die Domain in eckigen Klammern ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="343"/>
        <source>&quot;%1&quot; has a character that is not allowed there: %2</source>
        <translation>&quot;%1&quot; enthält ein Zeichen, das dort nicht erlaubt ist: %2</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="472"/>
        <source>&quot;%1&quot;: the domain after &apos;@&apos; is missing or has a misplaced dot</source>
        <translation>&quot;%1&quot;: Die Domain nach dem &apos;@&apos; fehlt oder hat einen falsch gesetzten Punkt</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="475"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid domain</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist keine gültige Domain</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="487"/>
        <location filename="../smtp/address.cpp" line="497"/>
        <source>&quot;%1&quot;: the part before &apos;@&apos; is empty</source>
        <translation>&quot;%1&quot;: Der Teil vor dem &apos;@&apos; ist leer</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="491"/>
        <source>&quot;%1&quot; is not an e-mail address (it needs a name, &apos;@&apos; and a domain)</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse (sie braucht einen Namen, &apos;@&apos; und eine Domain)</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="492"/>
        <source>&quot;%1&quot;: the part before &apos;@&apos; has characters that need quoting, or a misplaced dot</source>
        <translation>&quot;%1&quot;: Der Teil vor dem &apos;@&apos; enthält Zeichen, die Anführungszeichen brauchen, oder einen falsch gesetzten Punkt</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="499"/>
        <source>&quot;%1&quot;: the part before &apos;@&apos; is longer than 64 bytes</source>
        <translation>&quot;%1&quot;: Der Teil vor dem &apos;@&apos; ist länger als 64 Byte</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="523"/>
        <location filename="../smtp/address.cpp" line="531"/>
        <source>&quot;%1&quot;: the route before the address is malformed</source>
        <translation>&quot;%1&quot;: Die Route vor der Adresse ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="544"/>
        <source>&quot;%1&quot;: the address after &apos;&lt;&apos; has no closing &apos;&gt;&apos;</source>
        <translation>&quot;%1&quot;: Der Adresse nach &apos;&lt;&apos; fehlt das schließende &apos;&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="587"/>
        <source>&quot;%1&quot;: a group cannot hold another group</source>
        <translation>&quot;%1&quot;: Eine Gruppe kann keine andere Gruppe enthalten</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="600"/>
        <source>&quot;%1&quot;: a &apos;:&apos; without a group name before it</source>
        <translation>&quot;%1&quot;: ein &apos;:&apos; ohne Gruppennamen davor</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="662"/>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="664"/>
        <source>&quot;%1&quot; holds more than one address</source>
        <translation>&quot;%1&quot; enthält mehr als eine Adresse</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="667"/>
        <source>&quot;%1&quot; is a group, not one address</source>
        <translation>&quot;%1&quot; ist eine Gruppe, keine einzelne Adresse</translation>
    </message>
</context>
<context>
    <name>smtp::ConsoleSession</name>
    <message>
        <location filename="../smtp/consolesession.cpp" line="125"/>
        <location filename="../smtp/consolesession.cpp" line="165"/>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="130"/>
        <source>Not sent: Stamp already logged in for this session with the account&apos;s secret, which is never typed or shown here; a second AUTH is refused by servers (RFC 4954 §4).</source>
        <translation>Nicht gesendet: Stamp hat sich für diese Sitzung bereits mit den Zugangsdaten des Kontos angemeldet, die hier nie eingegeben oder angezeigt werden; ein zweites AUTH lehnen Server ab (RFC 4954 §4).</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="135"/>
        <source>Not sent: Stamp already set up the encryption this session uses (or the account has none); STARTTLS may be used only once (RFC 3207 §4.2).</source>
        <translation>Nicht gesendet: Stamp hat die Verschlüsselung, die diese Sitzung verwendet, bereits eingerichtet (oder das Konto hat keine); STARTTLS darf nur einmal verwendet werden (RFC 3207 §4.2).</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="140"/>
        <source>Not sent: BDAT needs the exact size of each chunk in octets, which cannot be typed reliably by hand; use DATA, and Stamp ends the content with CRLF.CRLF.</source>
        <translation>Nicht gesendet: BDAT braucht die genaue Größe jedes Blocks in Oktetten, die sich von Hand nicht zuverlässig eingeben lässt; verwenden Sie DATA, und Stamp beendet den Inhalt mit CRLF.CRLF.</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="145"/>
        <source>Not sent: the console offers %1.</source>
        <translation>Nicht gesendet: Die Konsole bietet %1 an.</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="181"/>
        <source>. (end of message, %1 bytes sent)</source>
        <translation>. (Ende der Nachricht, %1 Byte gesendet)</translation>
    </message>
</context>
<context>
    <name>smtp::Diagnosis</name>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="54"/>
        <source>Google accepts a password for SMTP only as an app password, and this account has 2-step verification.</source>
        <translation>Google nimmt für SMTP ein Passwort nur als App-Passwort an, und dieses Konto hat die Bestätigung in zwei Schritten aktiviert.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="58"/>
        <source>Sign in with Google instead, or create an app password in your Google Account (Security, App passwords) and use it in place of your normal password.</source>
        <translation>Melden Sie sich stattdessen mit Google an, oder erstellen Sie in Ihrem Google-Konto ein App-Passwort (Sicherheit, App-Passwörter) und verwenden Sie es anstelle Ihres normalen Passworts.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="65"/>
        <source>Google blocked this sign-in until it is confirmed in a web browser.</source>
        <translation>Google hat diese Anmeldung gesperrt, bis sie in einem Webbrowser bestätigt wird.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="67"/>
        <source>Sign in with Google instead; or log in to Gmail in a browser, confirm the sign-in, and try again.</source>
        <translation>Melden Sie sich stattdessen mit Google an; oder melden Sie sich in einem Browser bei Gmail an, bestätigen Sie die Anmeldung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="71"/>
        <source>Google did not accept the user name or password.</source>
        <translation>Google hat Benutzername oder Passwort nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="72"/>
        <source>Sign in with Google instead; a password works only as an app password, with 2-step verification on.</source>
        <translation>Melden Sie sich stattdessen mit Google an; ein Passwort funktioniert nur als App-Passwort, bei aktivierter Bestätigung in zwei Schritten.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="77"/>
        <source>Google refuses logins for a while after too many attempts.</source>
        <translation>Google lehnt nach zu vielen Versuchen eine Zeit lang Anmeldungen ab.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="78"/>
        <source>Wait a few minutes; Stamp will try again later. Check the password before the next attempt.</source>
        <translation>Warten Sie einige Minuten; Stamp versucht es später erneut. Prüfen Sie das Passwort vor dem nächsten Versuch.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="84"/>
        <source>SMTP AUTH (client submission) is turned off for this Microsoft 365 mailbox.</source>
        <translation>SMTP AUTH (Client-Einlieferung) ist für dieses Microsoft-365-Postfach ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="86"/>
        <source>Sign in with Microsoft instead; or ask the administrator to enable Authenticated SMTP for this mailbox in the Microsoft 365 admin center.</source>
        <translation>Melden Sie sich stattdessen mit Microsoft an; oder bitten Sie den Administrator, Authenticated SMTP für dieses Postfach im Microsoft 365 Admin Center zu aktivieren.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="93"/>
        <source>The organisation&apos;s security defaults block password logins for SMTP.</source>
        <translation>Die Sicherheitsstandards der Organisation sperren Passwort-Anmeldungen für SMTP.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="95"/>
        <source>Sign in with Microsoft instead; passwords are refused while security defaults are on.</source>
        <translation>Melden Sie sich stattdessen mit Microsoft an; Passwörter werden abgelehnt, solange die Sicherheitsstandards aktiv sind.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="100"/>
        <source>Microsoft no longer accepts a password (basic authentication) for SMTP.</source>
        <translation>Microsoft nimmt für SMTP kein Passwort (Standardauthentifizierung) mehr an.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="102"/>
        <source>Sign in with Microsoft (OAuth 2.0) instead of a password.</source>
        <translation>Melden Sie sich mit Microsoft (OAuth 2.0) an statt mit einem Passwort.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="104"/>
        <source>Microsoft did not accept the login: a wrong password, or password logins are off for this account.</source>
        <translation>Microsoft hat die Anmeldung nicht angenommen: ein falsches Passwort, oder Passwort-Anmeldungen sind für dieses Konto ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="106"/>
        <source>Sign in with Microsoft instead; if you must use a password, check it and ask the administrator whether Authenticated SMTP is enabled.</source>
        <translation>Melden Sie sich stattdessen mit Microsoft an; wenn Sie ein Passwort verwenden müssen, prüfen Sie es und fragen Sie den Administrator, ob Authenticated SMTP aktiviert ist.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="112"/>
        <source>Microsoft refused the password login by the organisation&apos;s policy.</source>
        <translation>Microsoft hat die Passwort-Anmeldung aufgrund der Richtlinie der Organisation abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="114"/>
        <source>Sign in with Microsoft instead; or ask the administrator why password logins are blocked for this account.</source>
        <translation>Melden Sie sich stattdessen mit Microsoft an; oder fragen Sie den Administrator, warum Passwort-Anmeldungen für dieses Konto gesperrt sind.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="120"/>
        <source>Microsoft does not accept mail from a client that has not logged in.</source>
        <translation>Microsoft nimmt keine Mail von einem Client an, der sich nicht angemeldet hat.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="122"/>
        <source>Set the account to log in (Sign in with Microsoft, or user name and password) and send again.</source>
        <translation>Stellen Sie das Konto auf Anmeldung ein (Mit Microsoft anmelden, oder Benutzername und Passwort) und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="127"/>
        <source>This account may not send with that From address.</source>
        <translation>Dieses Konto darf nicht mit dieser From-Adresse senden.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="128"/>
        <source>Send from the account&apos;s own address, or ask the administrator for Send As permission.</source>
        <translation>Senden Sie von der eigenen Adresse des Kontos, oder bitten Sie den Administrator um die Berechtigung „Senden als“.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="135"/>
        <source>Nothing accepted the connection on port 25.</source>
        <translation>An Port 25 hat niemand die Verbindung angenommen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="136"/>
        <source>Port 25 is for servers talking to servers and is often blocked: use 587 (STARTTLS) or 465 (TLS) of your provider&apos;s submission server.</source>
        <translation>Port 25 ist für Server, die mit Servern sprechen, und oft gesperrt: Verwenden Sie 587 (STARTTLS) oder 465 (TLS) des Einlieferungsservers Ihres Anbieters.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="143"/>
        <source>The connection to port 25 timed out.</source>
        <translation>Die Verbindung zu Port 25 hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="144"/>
        <source>Port 25 is often blocked by internet providers: use 587 (STARTTLS) or 465 (TLS) instead.</source>
        <translation>Port 25 wird von Internetanbietern oft gesperrt: Verwenden Sie stattdessen 587 (STARTTLS) oder 465 (TLS).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="149"/>
        <source>The server refused the connection: nothing listens on that port.</source>
        <translation>Der Server hat die Verbindung abgelehnt: Auf diesem Port lauscht nichts.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="150"/>
        <source>Check the server name and port: usually 587 with STARTTLS or 465 with TLS (port 25 is often blocked).</source>
        <translation>Prüfen Sie Servername und Port: meist 587 mit STARTTLS oder 465 mit TLS (Port 25 ist oft gesperrt).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="157"/>
        <source>The server name was not found in DNS.</source>
        <translation>Der Servername wurde im DNS nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="158"/>
        <source>Check the spelling of the server name, and that this computer is online.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens, und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="162"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="163"/>
        <source>Check the server and port; a firewall may drop the connection. Port 25 is often blocked: use 587 or 465.</source>
        <translation>Prüfen Sie Server und Port; eine Firewall verwirft möglicherweise die Verbindung. Port 25 ist oft gesperrt: Verwenden Sie 587 oder 465.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="168"/>
        <source>The server stopped answering in the middle of the conversation.</source>
        <translation>Der Server hat mitten im Gespräch aufgehört zu antworten.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="169"/>
        <source>The server or the network may be overloaded; Stamp will try again later. If the message was complete, check whether it arrived before sending it again.</source>
        <translation>Der Server oder das Netzwerk ist möglicherweise überlastet; Stamp versucht es später erneut. Wenn die Nachricht vollständig war, prüfen Sie, ob sie angekommen ist, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="176"/>
        <source>The network could not reach the server.</source>
        <translation>Das Netzwerk konnte den Server nicht erreichen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="177"/>
        <source>Check that this computer is online; Stamp will try again later.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist; Stamp versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="180"/>
        <source>The server closed the connection without a reply.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="181"/>
        <source>Often a wrong security setting: port 465 wants TLS from the start, port 587 wants STARTTLS.</source>
        <translation>Oft eine falsche Sicherheitseinstellung: Port 465 erwartet TLS von Anfang an, Port 587 erwartet STARTTLS.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="186"/>
        <source>The server did not answer TLS: the security setting does not fit the port.</source>
        <translation>Der Server hat nicht auf TLS geantwortet: Die Sicherheitseinstellung passt nicht zum Port.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="188"/>
        <source>Use TLS with port 465, STARTTLS with port 587.</source>
        <translation>Verwenden Sie TLS mit Port 465, STARTTLS mit Port 587.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="192"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="193"/>
        <source>The server&apos;s administrator must renew it. Check the computer&apos;s date too.</source>
        <translation>Der Administrator des Servers muss es erneuern. Prüfen Sie auch das Datum des Computers.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="197"/>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="198"/>
        <source>Check this computer&apos;s date and time; otherwise the administrator must fix the certificate.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers; andernfalls muss der Administrator das Zertifikat korrigieren.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="203"/>
        <source>The server&apos;s certificate chain ends in a root that is not trusted.</source>
        <translation>Die Zertifikatskette des Servers endet in einer Stammzertifizierungsstelle, der nicht vertraut wird.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="205"/>
        <source>Add that root with --ca-file if it is your organisation&apos;s CA; otherwise do not send.</source>
        <translation>Fügen Sie diese Stammzertifizierungsstelle mit --ca-file hinzu, wenn es die CA Ihrer Organisation ist; andernfalls senden Sie nicht.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="210"/>
        <source>The server&apos;s certificate is self-signed: nobody Stamp trusts vouches for it.</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert: Niemand, dem Stamp vertraut, bürgt dafür.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="212"/>
        <source>If this is your own server, give its certificate with --ca-file or trust it once for this account; otherwise do not send.</source>
        <translation>Wenn es Ihr eigener Server ist, geben Sie sein Zertifikat mit --ca-file an oder vertrauen Sie ihm einmalig für dieses Konto; andernfalls senden Sie nicht.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="218"/>
        <source>The certificate is made out to a name other than the server&apos;s.</source>
        <translation>Das Zertifikat ist auf einen anderen Namen als den des Servers ausgestellt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="219"/>
        <source>Use the server name the certificate covers (shown in the certificate), usually the provider&apos;s documented name.</source>
        <translation>Verwenden Sie den Servernamen, für den das Zertifikat gilt (im Zertifikat angezeigt), meist den vom Anbieter dokumentierten Namen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="226"/>
        <source>The certificate&apos;s issuer is not known here: an intermediate certificate is missing or the CA is private.</source>
        <translation>Der Aussteller des Zertifikats ist hier nicht bekannt: Ein Zwischenzertifikat fehlt oder die CA ist privat.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="230"/>
        <source>The administrator should send the full chain; for a private CA give it with --ca-file.</source>
        <translation>Der Administrator sollte die vollständige Kette senden; geben Sie eine private CA mit --ca-file an.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="235"/>
        <source>The server&apos;s certificate is not trusted for this purpose.</source>
        <translation>Das Zertifikat des Servers ist für diesen Zweck nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="236"/>
        <source>Check the server name; for a private CA give it with --ca-file.</source>
        <translation>Prüfen Sie den Servernamen; geben Sie eine private CA mit --ca-file an.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="238"/>
        <source>The server&apos;s certificate was revoked by its issuer.</source>
        <translation>Das Zertifikat des Servers wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="239"/>
        <source>Do not send; tell the server&apos;s administrator.</source>
        <translation>Senden Sie nicht; informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="242"/>
        <source>Do not send unless you know why: check the server name and this computer&apos;s clock; for a private CA give it with --ca-file.</source>
        <translation>Senden Sie nicht, es sei denn, Sie wissen warum: Prüfen Sie den Servernamen und die Uhr dieses Computers; geben Sie eine private CA mit --ca-file an.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="249"/>
        <source>Check that this computer is online and the server name and port are right; Stamp will try again later.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist und Servername und Port stimmen; Stamp versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="256"/>
        <source>The server did not offer STARTTLS, so the connection could not be encrypted.</source>
        <translation>Der Server hat kein STARTTLS angeboten, daher konnte die Verbindung nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="258"/>
        <source>Use port 465 with TLS, or check the server; Stamp does not send a password or message unencrypted.</source>
        <translation>Verwenden Sie Port 465 mit TLS, oder prüfen Sie den Server; Stamp sendet kein Passwort und keine Nachricht unverschlüsselt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="262"/>
        <source>The server offers only an old TLS version, which Stamp refuses.</source>
        <translation>Der Server bietet nur eine alte TLS-Version an, die Stamp ablehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="263"/>
        <source>The server must support TLS 1.2 or later; tell its administrator.</source>
        <translation>Der Server muss TLS 1.2 oder neuer unterstützen; informieren Sie seinen Administrator.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="268"/>
        <source>The server wants the connection encrypted before anything else.</source>
        <translation>Der Server verlangt, dass die Verbindung vor allem anderen verschlüsselt wird.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="269"/>
        <location filename="../smtp/diagnosis.cpp" line="272"/>
        <location filename="../smtp/diagnosis.cpp" line="275"/>
        <location filename="../smtp/diagnosis.cpp" line="278"/>
        <source>Choose STARTTLS (port 587) or TLS (port 465) as security.</source>
        <translation>Wählen Sie STARTTLS (Port 587) oder TLS (Port 465) als Sicherheit.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="271"/>
        <location filename="../smtp/diagnosis.cpp" line="277"/>
        <source>This login method is allowed only over an encrypted connection.</source>
        <translation>Dieses Anmeldeverfahren ist nur über eine verschlüsselte Verbindung erlaubt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="274"/>
        <source>Encryption is needed before this login method can be used.</source>
        <translation>Verschlüsselung ist nötig, bevor dieses Anmeldeverfahren verwendet werden kann.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="280"/>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="281"/>
        <source>Ask the provider or administrator to enable it again.</source>
        <translation>Bitten Sie den Anbieter oder Administrator, es wieder zu aktivieren.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="284"/>
        <source>The account is locked or suspended.</source>
        <translation>Das Konto ist gesperrt oder ausgesetzt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="285"/>
        <source>Unlock it on the provider&apos;s web site or ask the administrator; another password will not help.</source>
        <translation>Entsperren Sie es auf der Website des Anbieters oder fragen Sie den Administrator; ein anderes Passwort hilft nicht.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="289"/>
        <location filename="../smtp/diagnosis.cpp" line="297"/>
        <source>The server does not offer this login method.</source>
        <translation>Der Server bietet dieses Anmeldeverfahren nicht an.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="290"/>
        <source>Set authentication to automatic, or pick one of the methods the server lists after AUTH in its EHLO reply.</source>
        <translation>Stellen Sie die Authentifizierung auf automatisch, oder wählen Sie eines der Verfahren, die der Server in seiner EHLO-Antwort nach AUTH aufführt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="298"/>
        <source>Set authentication to automatic, or pick one of the methods the server lists after AUTH.</source>
        <translation>Stellen Sie die Authentifizierung auf automatisch, oder wählen Sie eines der Verfahren, die der Server nach AUTH aufführt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="302"/>
        <source>The server finds this login method too weak for this account.</source>
        <translation>Der Server hält dieses Anmeldeverfahren für dieses Konto für zu schwach.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="303"/>
        <source>Pick a stronger method, such as SCRAM-SHA-256, or OAuth 2.0 where the provider has it.</source>
        <translation>Wählen Sie ein stärkeres Verfahren, etwa SCRAM-SHA-256, oder OAuth 2.0, wo der Anbieter es anbietet.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="307"/>
        <source>The server wants one login with a plain password before this method works.</source>
        <translation>Der Server verlangt eine Anmeldung mit einem Klartext-Passwort, bevor dieses Verfahren funktioniert.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="309"/>
        <source>Log in once with PLAIN over TLS, then switch back.</source>
        <translation>Melden Sie sich einmal mit PLAIN über TLS an und wechseln Sie dann zurück.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="311"/>
        <source>The server could not check the login just now.</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="312"/>
        <location filename="../smtp/diagnosis.cpp" line="389"/>
        <location filename="../smtp/diagnosis.cpp" line="491"/>
        <source>Nothing to change: Stamp will try again later.</source>
        <translation>Nichts zu ändern: Stamp versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="314"/>
        <location filename="../smtp/diagnosis.cpp" line="319"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="315"/>
        <location filename="../smtp/diagnosis.cpp" line="320"/>
        <source>Check both; many providers want the whole address as user name, and some want an app password.</source>
        <translation>Prüfen Sie beides; viele Anbieter verlangen die ganze Adresse als Benutzername, und manche ein App-Passwort.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="324"/>
        <location filename="../smtp/diagnosis.cpp" line="340"/>
        <source>The server sends mail only for users who have logged in.</source>
        <translation>Der Server sendet Mail nur für Benutzer, die sich angemeldet haben.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="325"/>
        <location filename="../smtp/diagnosis.cpp" line="341"/>
        <source>Enter a user name and password (or sign in) for this account.</source>
        <translation>Geben Sie für dieses Konto einen Benutzernamen und ein Passwort ein (oder melden Sie sich an).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="330"/>
        <source>The server refused to pass the message on: it does not relay for clients that have not logged in.</source>
        <translation>Der Server hat es abgelehnt, die Nachricht weiterzuleiten: Für Clients, die sich nicht angemeldet haben, leitet er nichts weiter.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="333"/>
        <source>Log in (set a user name and password) and send through your own provider&apos;s submission server on 587 or 465.</source>
        <translation>Melden Sie sich an (Benutzername und Passwort festlegen) und senden Sie über den Einlieferungsserver Ihres eigenen Anbieters auf 587 oder 465.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="346"/>
        <source>The server does not let this account send with that sender address.</source>
        <translation>Der Server lässt dieses Konto nicht mit dieser Absenderadresse senden.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="348"/>
        <source>Send from the address that belongs to the account you log in with.</source>
        <translation>Senden Sie von der Adresse, die zu dem Konto gehört, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="351"/>
        <source>The server asks unknown senders to come back later (greylisting): a normal first answer.</source>
        <translation>Der Server bittet unbekannte Absender, später wiederzukommen (Greylisting): eine normale erste Antwort.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="354"/>
        <location filename="../smtp/diagnosis.cpp" line="495"/>
        <location filename="../smtp/diagnosis.cpp" line="501"/>
        <source>Nothing to change: the message stays in the outbox and Stamp will try again later.</source>
        <translation>Nichts zu ändern: Die Nachricht bleibt im Postausgang und Stamp versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="358"/>
        <source>The server limits how much you may send in a while.</source>
        <translation>Der Server begrenzt, wie viel Sie in einem Zeitraum senden dürfen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="359"/>
        <source>Wait: the message stays in the outbox and Stamp will try again later; send fewer at a time.</source>
        <translation>Warten Sie: Die Nachricht bleibt im Postausgang und Stamp versucht es später erneut; senden Sie weniger auf einmal.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="363"/>
        <source>The server thinks it is being flooded with similar messages.</source>
        <translation>Der Server glaubt, mit ähnlichen Nachrichten überflutet zu werden.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="364"/>
        <source>Wait before sending more: Stamp will try again later.</source>
        <translation>Warten Sie, bevor Sie mehr senden: Stamp versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="367"/>
        <location filename="../smtp/diagnosis.cpp" line="371"/>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>Das Postfach des Empfängers ist voll.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="368"/>
        <location filename="../smtp/diagnosis.cpp" line="372"/>
        <source>Tell the recipient another way, or try again after they make room.</source>
        <translation>Benachrichtigen Sie den Empfänger auf anderem Weg, oder versuchen Sie es erneut, nachdem er Platz geschaffen hat.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="375"/>
        <location filename="../smtp/diagnosis.cpp" line="383"/>
        <source>The message is larger than the server accepts.</source>
        <translation>Die Nachricht ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="376"/>
        <location filename="../smtp/diagnosis.cpp" line="384"/>
        <source>Send smaller attachments (or a link to them); the server&apos;s SIZE in its EHLO reply is its limit.</source>
        <translation>Senden Sie kleinere Anhänge (oder einen Link darauf); SIZE in der EHLO-Antwort des Servers ist seine Grenze.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="380"/>
        <source>The message is larger than the recipient&apos;s mailbox accepts.</source>
        <translation>Die Nachricht ist größer, als das Postfach des Empfängers annimmt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="381"/>
        <source>Send smaller attachments, or a link to them.</source>
        <translation>Senden Sie kleinere Anhänge oder einen Link darauf.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="388"/>
        <source>The server is short of storage right now.</source>
        <translation>Dem Server fehlt gerade Speicherplatz.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="391"/>
        <source>The message has more recipients than the server takes at once.</source>
        <translation>Die Nachricht hat mehr Empfänger, als der Server auf einmal annimmt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="392"/>
        <source>Send it in smaller groups of recipients.</source>
        <translation>Senden Sie sie in kleineren Empfängergruppen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="397"/>
        <location filename="../smtp/diagnosis.cpp" line="400"/>
        <source>The recipient&apos;s address does not exist.</source>
        <translation>Die Adresse des Empfängers existiert nicht.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="398"/>
        <location filename="../smtp/diagnosis.cpp" line="401"/>
        <source>Check the spelling of the address with the recipient.</source>
        <translation>Klären Sie die Schreibweise der Adresse mit dem Empfänger.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="403"/>
        <source>The sender address&apos;s domain does not exist or cannot receive replies.</source>
        <translation>Die Domain der Absenderadresse existiert nicht oder kann keine Antworten empfangen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="405"/>
        <source>Check the From address: its domain must exist in DNS and accept mail.</source>
        <translation>Prüfen Sie die From-Adresse: Ihre Domain muss im DNS existieren und Mail annehmen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="408"/>
        <source>The recipient&apos;s domain publishes that it takes no mail at all (null MX).</source>
        <translation>Die Domain des Empfängers veröffentlicht, dass sie überhaupt keine Mail annimmt (Null-MX).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="410"/>
        <source>Check the domain of the address; that domain cannot receive mail.</source>
        <translation>Prüfen Sie die Domain der Adresse; diese Domain kann keine Mail empfangen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="413"/>
        <source>An address has non-ASCII characters and the server does not support SMTPUTF8.</source>
        <translation>Eine Adresse enthält Nicht-ASCII-Zeichen, und der Server unterstützt SMTPUTF8 nicht.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="415"/>
        <source>Use an ASCII form of the address, if the recipient has one.</source>
        <translation>Verwenden Sie eine ASCII-Form der Adresse, wenn der Empfänger eine hat.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="421"/>
        <source>The receiving server refused the sending server&apos;s IP address because it is on the %1 blocklist.</source>
        <translation>Der empfangende Server hat die IP-Adresse des sendenden Servers abgelehnt, weil sie auf der Sperrliste %1 steht.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="424"/>
        <source>Look the address up on %1&apos;s web site and ask for removal; or send through your provider&apos;s submission server (587 or 465) rather than from this network directly.</source>
        <translation>Suchen Sie die Adresse auf der Website von %1 und beantragen Sie die Entfernung; oder senden Sie über den Einlieferungsserver Ihres Anbieters (587 oder 465) statt direkt aus diesem Netzwerk.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="430"/>
        <source>The receiving server refused the sending server&apos;s IP address because it is on a blocklist the reply names.</source>
        <translation>Der empfangende Server hat die IP-Adresse des sendenden Servers abgelehnt, weil sie auf einer Sperrliste steht, die die Antwort nennt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="433"/>
        <source>Look the address up on that list&apos;s web site and ask for removal; or send through your provider&apos;s submission server (587 or 465) rather than from this network directly.</source>
        <translation>Suchen Sie die Adresse auf der Website dieser Liste und beantragen Sie die Entfernung; oder senden Sie über den Einlieferungsserver Ihres Anbieters (587 oder 465) statt direkt aus diesem Netzwerk.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="438"/>
        <source>The message failed the sender domain&apos;s DMARC policy: SPF or DKIM did not pass for the From domain.</source>
        <translation>Die Nachricht hat die DMARC-Richtlinie der Absenderdomain nicht erfüllt: SPF oder DKIM wurde für die From-Domain nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="440"/>
        <source>The From domain must publish SPF that lists the sending server and sign with DKIM; send through that domain&apos;s own server.</source>
        <translation>Die From-Domain muss einen SPF-Eintrag veröffentlichen, der den sendenden Server aufführt, und mit DKIM signieren; senden Sie über den eigenen Server dieser Domain.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="444"/>
        <source>The message failed the receiver&apos;s authentication checks (SPF, DKIM, DMARC).</source>
        <translation>Die Nachricht hat die Authentifizierungsprüfungen des Empfängers (SPF, DKIM, DMARC) nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="446"/>
        <source>Send through the From domain&apos;s own server, which passes SPF and signs with DKIM.</source>
        <translation>Senden Sie über den eigenen Server der From-Domain, der SPF besteht und mit DKIM signiert.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="449"/>
        <location filename="../smtp/diagnosis.cpp" line="454"/>
        <source>The message has no valid DKIM signature for its domain.</source>
        <translation>Die Nachricht hat keine gültige DKIM-Signatur für ihre Domain.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="450"/>
        <location filename="../smtp/diagnosis.cpp" line="455"/>
        <source>Send through the From domain&apos;s own server, which signs with DKIM, or set DKIM up for the domain.</source>
        <translation>Senden Sie über den eigenen Server der From-Domain, der mit DKIM signiert, oder richten Sie DKIM für die Domain ein.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="459"/>
        <location filename="../smtp/diagnosis.cpp" line="465"/>
        <source>The sender&apos;s domain does not list this sending server in its SPF record.</source>
        <translation>Die Domain des Absenders führt diesen sendenden Server nicht in ihrem SPF-Eintrag auf.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="461"/>
        <location filename="../smtp/diagnosis.cpp" line="467"/>
        <source>Send through the sender domain&apos;s own server, or add this server to the domain&apos;s SPF record.</source>
        <translation>Senden Sie über den eigenen Server der Absenderdomain, oder fügen Sie diesen Server dem SPF-Eintrag der Domain hinzu.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="472"/>
        <source>The sending server&apos;s IP address has no matching reverse DNS name.</source>
        <translation>Die IP-Adresse des sendenden Servers hat keinen passenden Reverse-DNS-Namen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="474"/>
        <source>Send through your provider&apos;s submission server; a server&apos;s own PTR record is set by whoever owns its address.</source>
        <translation>Senden Sie über den Einlieferungsserver Ihres Anbieters; den PTR-Eintrag eines Servers legt der Inhaber seiner Adresse fest.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="479"/>
        <source>The receiving server judged the message to be spam.</source>
        <translation>Der empfangende Server hat die Nachricht als Spam eingestuft.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="480"/>
        <source>Check the content (links, attachments, subject), and send through your provider&apos;s server with SPF, DKIM and DMARC in place.</source>
        <translation>Prüfen Sie den Inhalt (Links, Anhänge, Betreff), und senden Sie über den Server Ihres Anbieters mit eingerichtetem SPF, DKIM und DMARC.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="486"/>
        <source>The receiving server refused the message by its policy.</source>
        <translation>Der empfangende Server hat die Nachricht aufgrund seiner Richtlinie abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="487"/>
        <source>Read the server&apos;s text for the reason; its administrator can tell more.</source>
        <translation>Lesen Sie im Text des Servers den Grund nach; sein Administrator kann mehr sagen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="490"/>
        <source>The server is closing the connection (busy, or going down).</source>
        <translation>Der Server schließt die Verbindung (ausgelastet oder wird heruntergefahren).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="493"/>
        <source>The server had a problem of its own and could not take the message now.</source>
        <translation>Der Server hatte ein eigenes Problem und konnte die Nachricht gerade nicht annehmen.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="499"/>
        <source>The server could not take it now, for a reason it expects to pass.</source>
        <translation>Der Server konnte sie gerade nicht annehmen, aus einem Grund, der sich voraussichtlich legt.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="657"/>
        <source>Sign in with Google instead. %1</source>
        <translation>Melden Sie sich stattdessen mit Google an. %1</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="659"/>
        <source>Sign in with Microsoft instead. %1</source>
        <translation>Melden Sie sich stattdessen mit Microsoft an. %1</translation>
    </message>
</context>
<context>
    <name>smtp::DnsResolver</name>
    <message>
        <location filename="../smtp/dnsresolver.cpp" line="60"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>smtp::DomainCheck</name>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="506"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="545"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="547"/>
        <source>the server answered with a redirect (HTTP %1), which MTA-STS does not follow</source>
        <translation>der Server hat mit einer Weiterleitung geantwortet (HTTP %1), der MTA-STS nicht folgt</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="553"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="555"/>
        <source>the file is larger than 64 KiB</source>
        <translation>die Datei ist größer als 64 KiB</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="557"/>
        <source>the file is served as &quot;%1&quot;, not text/plain</source>
        <translation>die Datei wird als &quot;%1&quot; ausgeliefert, nicht als text/plain</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="610"/>
        <source>A lookup got no answer: %1</source>
        <translation>Eine Abfrage hat keine Antwort erhalten: %1</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="611"/>
        <source>Try again; if it persists, the domain&apos;s DNS servers are not answering.</source>
        <translation>Versuchen Sie es erneut; falls es anhält, antworten die DNS-Server der Domain nicht.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="627"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>smtp::Explain</name>
    <message>
        <location filename="../smtp/explain.cpp" line="63"/>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="65"/>
        <source>the greeting</source>
        <translation>die Begrüßung</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="68"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="70"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="72"/>
        <source>the TLS handshake</source>
        <translation>der TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="74"/>
        <source>the login (AUTH)</source>
        <translation>die Anmeldung (AUTH)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="76"/>
        <source>the envelope sender (MAIL FROM)</source>
        <translation>der Umschlag-Absender (MAIL FROM)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="78"/>
        <source>a recipient (RCPT TO)</source>
        <translation>ein Empfänger (RCPT TO)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="80"/>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="82"/>
        <source>the message content</source>
        <translation>der Nachrichteninhalt</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="84"/>
        <source>a BDAT chunk</source>
        <translation>ein BDAT-Block</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="86"/>
        <source>RSET</source>
        <translation>RSET</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="88"/>
        <source>NOOP</source>
        <translation>NOOP</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="90"/>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="101"/>
        <source>EHLO again: after STARTTLS both sides forget everything said before the handshake (RFC 3207 §4.2), so Stamp asks for the extensions again; over encryption the server may offer more, such as AUTH.</source>
        <translation>EHLO erneut: Nach STARTTLS vergessen beide Seiten alles, was vor dem Handshake gesagt wurde (RFC 3207 §4.2), daher fragt Stamp die Erweiterungen erneut ab; verschlüsselt kann der Server mehr anbieten, etwa AUTH.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="106"/>
        <source>EHLO: Stamp says its name and asks which extensions (ESMTP) the server offers; the reply lists them, one per line (RFC 5321 §4.1.1.1).</source>
        <translation>EHLO: Stamp nennt seinen Namen und fragt, welche Erweiterungen (ESMTP) der Server anbietet; die Antwort listet sie auf, eine pro Zeile (RFC 5321 §4.1.1.1).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="111"/>
        <source>HELO: the old greeting for servers that do not know EHLO; it offers no extensions.</source>
        <translation>HELO: die alte Begrüßung für Server, die EHLO nicht kennen; sie bietet keine Erweiterungen.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="115"/>
        <source>STARTTLS: asks to turn this connection into an encrypted one (TLS) before anything private, such as a password, is sent (RFC 3207).</source>
        <translation>STARTTLS: bittet darum, diese Verbindung in eine verschlüsselte (TLS) umzuwandeln, bevor etwas Vertrauliches wie ein Passwort gesendet wird (RFC 3207).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="121"/>
        <source>AUTH %1: Stamp logs in with the %1 method (RFC 4954). The secret is masked in this log.</source>
        <translation>AUTH %1: Stamp meldet sich mit dem Verfahren %1 an (RFC 4954). Das Geheimnis ist in diesem Protokoll maskiert.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="125"/>
        <source>The next step of the login, answering the server&apos;s 334 (masked).</source>
        <translation>Der nächste Schritt der Anmeldung, als Antwort auf die 334 des Servers (maskiert).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="128"/>
        <source>MAIL FROM starts a message and gives the envelope sender: where bounces go. Servers act on the envelope; the From: header inside the message is what people see, and the two may differ (RFC 5321 §3.3).</source>
        <translation>MAIL FROM beginnt eine Nachricht und nennt den Umschlag-Absender: dorthin gehen Unzustellbarkeitsmeldungen. Server richten sich nach dem Umschlag; die From:-Kopfzeile in der Nachricht ist das, was Menschen sehen, und beide können sich unterscheiden (RFC 5321 §3.3).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="134"/>
        <source>RCPT TO names one envelope recipient. Every recipient gets its own RCPT, Bcc included: the To: and Cc: headers are only what readers see, so a Bcc recipient appears here and nowhere in the message.</source>
        <translation>RCPT TO nennt einen Umschlag-Empfänger. Jeder Empfänger bekommt sein eigenes RCPT, auch Bcc: Die Kopfzeilen To: und Cc: sind nur das, was Leser sehen, daher erscheint ein Bcc-Empfänger hier und nirgends in der Nachricht.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="140"/>
        <source>DATA asks to send the message itself. The server answers 354 (go ahead), not 250: nothing is accepted yet, the verdict on the message comes after its final dot.</source>
        <translation>DATA bittet darum, die Nachricht selbst zu senden. Der Server antwortet mit 354 (weiter), nicht 250: Noch ist nichts angenommen, das Urteil über die Nachricht kommt nach ihrem abschließenden Punkt.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="146"/>
        <source>BDAT ... LAST: the message content as a chunk of exact size (CHUNKING, RFC 3030) instead of DATA and a final dot: no 354 step, no dot-stuffing. Its reply decides whether the message is accepted.</source>
        <translation>BDAT ... LAST: der Nachrichteninhalt als Block genauer Größe (CHUNKING, RFC 3030) statt DATA und abschließendem Punkt: kein 354-Schritt, kein Dot-Stuffing. Die Antwort darauf entscheidet, ob die Nachricht angenommen wird.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="151"/>
        <source>The end of the message: a line holding only a dot (CRLF.CRLF). The reply to it decides whether the server accepted the message.</source>
        <translation>Das Ende der Nachricht: eine Zeile, die nur einen Punkt enthält (CRLF.CRLF). Die Antwort darauf entscheidet, ob der Server die Nachricht angenommen hat.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="156"/>
        <source>BDAT: one chunk of the message content (CHUNKING, RFC 3030); more follow.</source>
        <translation>BDAT: ein Block des Nachrichteninhalts (CHUNKING, RFC 3030); weitere folgen.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="159"/>
        <source>RSET abandons the message in progress so the next one starts clean; the connection stays.</source>
        <translation>RSET verwirft die begonnene Nachricht, damit die nächste sauber beginnt; die Verbindung bleibt bestehen.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="163"/>
        <source>NOOP does nothing; it checks that the server is still there.</source>
        <translation>NOOP tut nichts; es prüft, ob der Server noch da ist.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="166"/>
        <source>QUIT ends the conversation; the server answers 221 and closes. Messages it already accepted are not affected.</source>
        <translation>QUIT beendet das Gespräch; der Server antwortet mit 221 und schließt. Bereits angenommene Nachrichten sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="175"/>
        <source>VRFY asks whether the server knows a mailbox.</source>
        <translation>VRFY fragt, ob der Server ein Postfach kennt.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="177"/>
        <source>EXPN asks the server to list a mailing list&apos;s members.</source>
        <translation>EXPN bittet den Server, die Mitglieder einer Mailingliste aufzulisten.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="180"/>
        <source>HELP asks the server for help text.</source>
        <translation>HELP bittet den Server um einen Hilfetext.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="182"/>
        <source>A lone * cancels the login exchange (RFC 4954 §4).</source>
        <translation>Ein einzelnes * bricht den Anmeldeablauf ab (RFC 4954 §4).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="191"/>
        <source>The server is closing the connection: nothing more is sent now; try again later.</source>
        <translation>Der Server schließt die Verbindung: Es wird jetzt nichts mehr gesendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="197"/>
        <source>Stamp greets it with EHLO next.</source>
        <translation>Als Nächstes begrüßt Stamp ihn mit EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="198"/>
        <source>The server does not take mail from Stamp now; nothing was sent.</source>
        <translation>Der Server nimmt gerade keine Mail von Stamp an; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="202"/>
        <source>Stamp reads the extensions and goes on with STARTTLS and AUTH as needed, then ends with QUIT: a probe sends no message.</source>
        <translation>Stamp liest die Erweiterungen, fährt nach Bedarf mit STARTTLS und AUTH fort und endet dann mit QUIT: Eine Probe sendet keine Nachricht.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="207"/>
        <source>Stamp reads the extensions and sets up the session with STARTTLS and AUTH as needed; then the next command is yours to type.</source>
        <translation>Stamp liest die Erweiterungen und richtet die Sitzung nach Bedarf mit STARTTLS und AUTH ein; den nächsten Befehl geben Sie selbst ein.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="212"/>
        <source>Stamp reads the extensions and goes on: STARTTLS, AUTH or MAIL, as needed.</source>
        <translation>Stamp liest die Erweiterungen und macht weiter: STARTTLS, AUTH oder MAIL, je nach Bedarf.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="215"/>
        <source>Stamp falls back to HELO if nothing needs an extension, or stops.</source>
        <translation>Stamp weicht auf HELO aus, wenn nichts eine Erweiterung braucht, oder hört auf.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="221"/>
        <source>Stamp starts the TLS handshake now.</source>
        <translation>Stamp beginnt jetzt den TLS-Handshake.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="222"/>
        <source>Stamp stops: it never goes on without encryption when STARTTLS is required.</source>
        <translation>Stamp hört auf: Wenn STARTTLS verlangt ist, macht es nie ohne Verschlüsselung weiter.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="226"/>
        <source>Stamp sends the next step of the login.</source>
        <translation>Stamp sendet den nächsten Schritt der Anmeldung.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="228"/>
        <source>Logged in: the login works; the probe ends with QUIT and sends no MAIL.</source>
        <translation>Angemeldet: Die Anmeldung funktioniert; die Probe endet mit QUIT und sendet kein MAIL.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="231"/>
        <source>Logged in: the session is set up; the next command is yours to type (MAIL FROM starts a message).</source>
        <translation>Angemeldet: Die Sitzung ist eingerichtet; den nächsten Befehl geben Sie selbst ein (MAIL FROM beginnt eine Nachricht).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="236"/>
        <source>Logged in: Stamp starts the message with MAIL FROM.</source>
        <translation>Angemeldet: Stamp beginnt die Nachricht mit MAIL FROM.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="239"/>
        <source>The login failed for now; nothing was sent, try again later.</source>
        <translation>Die Anmeldung ist vorerst fehlgeschlagen; es wurde nichts gesendet, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="241"/>
        <source>The login was refused: Stamp stops; nothing was sent.</source>
        <translation>Die Anmeldung wurde abgelehnt: Stamp hört auf; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="245"/>
        <source>Stamp names the recipients next (RCPT TO).</source>
        <translation>Als Nächstes nennt Stamp die Empfänger (RCPT TO).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="247"/>
        <location filename="../smtp/explain.cpp" line="276"/>
        <source>Not sent yet: the message stays in the outbox and Stamp will try again later.</source>
        <translation>Noch nicht gesendet: Die Nachricht bleibt im Postausgang und Stamp versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="250"/>
        <source>The sender was refused: the message is not sent.</source>
        <translation>Der Absender wurde abgelehnt: Die Nachricht wird nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="254"/>
        <source>This recipient is accepted; Stamp goes on with the next one or with the content.</source>
        <translation>Dieser Empfänger ist angenommen; Stamp macht mit dem nächsten oder mit dem Inhalt weiter.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="258"/>
        <source>This recipient is not accepted yet: Stamp will try again later.</source>
        <translation>Dieser Empfänger ist noch nicht angenommen: Stamp versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="260"/>
        <source>This recipient is refused; the message still goes to the recipients that were accepted.</source>
        <translation>Dieser Empfänger ist abgelehnt; die Nachricht geht trotzdem an die angenommenen Empfänger.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="265"/>
        <source>Go ahead: Stamp sends the message now and ends it with a line holding only a dot. It is 354 and not 250 because nothing is accepted yet: the verdict on the message comes after the dot.</source>
        <translation>Weiter: Stamp sendet jetzt die Nachricht und beendet sie mit einer Zeile, die nur einen Punkt enthält. Es ist 354 und nicht 250, weil noch nichts angenommen ist: Das Urteil über die Nachricht kommt nach dem Punkt.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="273"/>
        <source>Sent: the server has taken responsibility for delivering the message.</source>
        <translation>Gesendet: Der Server hat die Verantwortung für die Zustellung der Nachricht übernommen.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="279"/>
        <source>The message was refused: it stays in the outbox with this reason; sending the same again will fail again.</source>
        <translation>Die Nachricht wurde abgelehnt: Sie bleibt mit diesem Grund im Postausgang; dieselbe Nachricht erneut zu senden, schlägt wieder fehl.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="285"/>
        <source>Stamp sends the next chunk.</source>
        <translation>Stamp sendet den nächsten Block.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="289"/>
        <source>The next message starts clean.</source>
        <translation>Die nächste Nachricht beginnt sauber.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="292"/>
        <source>The conversation is over.</source>
        <translation>Das Gespräch ist beendet.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="299"/>
        <source>Not done yet: this may work later.</source>
        <translation>Noch nicht erledigt: Später kann es klappen.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="301"/>
        <source>Refused: Stamp stops here.</source>
        <translation>Abgelehnt: Stamp hört hier auf.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="311"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="315"/>
        <source>; %1 &quot;%2&quot;: %3</source>
        <translation>; %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="320"/>
        <source>. Next: %1</source>
        <translation>. Weiter: %1</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="335"/>
        <source>PIPELINING: Stamp may send several commands at once without waiting for each reply (RFC 2920).</source>
        <translation>PIPELINING: Stamp darf mehrere Befehle auf einmal senden, ohne auf jede Antwort zu warten (RFC 2920).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="337"/>
        <source>SIZE: the largest message the server accepts, in bytes (RFC 1870).</source>
        <translation>SIZE: die größte Nachricht, die der Server annimmt, in Byte (RFC 1870).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="339"/>
        <source>STARTTLS: the connection can be switched to encryption (RFC 3207).</source>
        <translation>STARTTLS: Die Verbindung kann auf Verschlüsselung umgestellt werden (RFC 3207).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="341"/>
        <source>AUTH: the login methods the server offers (RFC 4954).</source>
        <translation>AUTH: die Anmeldeverfahren, die der Server anbietet (RFC 4954).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="343"/>
        <source>8BITMIME: the content may use 8-bit text (RFC 6152).</source>
        <translation>8BITMIME: Der Inhalt darf 8-Bit-Text verwenden (RFC 6152).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="345"/>
        <source>SMTPUTF8: addresses and headers may use UTF-8 (RFC 6531).</source>
        <translation>SMTPUTF8: Adressen und Kopfzeilen dürfen UTF-8 verwenden (RFC 6531).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="346"/>
        <source>CHUNKING: the content may be sent with BDAT in chunks of exact size (RFC 3030).</source>
        <translation>CHUNKING: Der Inhalt darf mit BDAT in Blöcken genauer Größe gesendet werden (RFC 3030).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="350"/>
        <source>BINARYMIME: binary content may be sent with BDAT (RFC 3030).</source>
        <translation>BINARYMIME: Binärer Inhalt darf mit BDAT gesendet werden (RFC 3030).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="351"/>
        <source>DSN: Stamp may ask for delivery status notifications (RFC 3461).</source>
        <translation>DSN: Stamp darf Zustellbenachrichtigungen anfordern (RFC 3461).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="354"/>
        <source>ENHANCEDSTATUSCODES: replies carry a detailed code such as 5.1.1 (RFC 2034, RFC 3463).</source>
        <translation>ENHANCEDSTATUSCODES: Antworten enthalten einen detaillierten Code wie 5.1.1 (RFC 2034, RFC 3463).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="358"/>
        <source>REQUIRETLS: a message may demand encryption on every hop (RFC 8689).</source>
        <translation>REQUIRETLS: Eine Nachricht darf Verschlüsselung auf jeder Teilstrecke verlangen (RFC 8689).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="361"/>
        <source>DELIVERBY: a message may ask to be delivered within a time (RFC 2852).</source>
        <translation>DELIVERBY: Eine Nachricht darf verlangen, innerhalb einer Frist zugestellt zu werden (RFC 2852).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="364"/>
        <source>MT-PRIORITY: messages may carry a priority (RFC 6710).</source>
        <translation>MT-PRIORITY: Nachrichten dürfen eine Priorität tragen (RFC 6710).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="366"/>
        <source>LIMITS: the server&apos;s limits, such as recipients per message (RFC 9422).</source>
        <translation>LIMITS: die Grenzen des Servers, etwa Empfänger pro Nachricht (RFC 9422).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="368"/>
        <source>BURL: the content may be fetched from an IMAP server (RFC 4468).</source>
        <translation>BURL: Der Inhalt darf von einem IMAP-Server abgeholt werden (RFC 4468).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="370"/>
        <source>VRFY: the server answers questions about mailboxes.</source>
        <translation>VRFY: Der Server beantwortet Fragen zu Postfächern.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="371"/>
        <source>ETRN: a client may ask the server to flush its queue (RFC 1985).</source>
        <translation>ETRN: Ein Client darf den Server bitten, seine Warteschlange abzuarbeiten (RFC 1985).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="373"/>
        <source>HELP: the server answers HELP.</source>
        <translation>HELP: Der Server beantwortet HELP.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="468"/>
        <source>An extension the server offers.</source>
        <translation>Eine Erweiterung, die der Server anbietet.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="471"/>
        <source>More text of the same reply.</source>
        <translation>Weiterer Text derselben Antwort.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="476"/>
        <source>Every recipient was refused before, so this refusal only says that again (RFC 2920 §3.1). The recipients&apos; replies decide, and one of them was temporary: Stamp tries again later.</source>
        <translation>Alle Empfänger wurden vorher abgelehnt, diese Ablehnung sagt das nur noch einmal (RFC 2920 §3.1). Es entscheiden die Antworten auf die Empfänger, und eine davon war vorübergehend: Stamp versucht es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="481"/>
        <source>Every recipient was refused before, so this refusal only says that again (RFC 2920 §3.1). The recipients&apos; replies decide: read them above.</source>
        <translation>Alle Empfänger wurden vorher abgelehnt, diese Ablehnung sagt das nur noch einmal (RFC 2920 §3.1). Es entscheiden die Antworten auf die Empfänger: Sie stehen weiter oben.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="497"/>
        <source>. %1 Fix: %2</source>
        <translation>. %1 Abhilfe: %2</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="502"/>
        <source>The message as it goes out: its header section (From, To, Subject: what readers see) and the size of the whole. Delivery follows the envelope (MAIL FROM, RCPT TO), not these headers.</source>
        <translation>Die Nachricht, wie sie hinausgeht: ihr Kopfbereich (From, To, Subject: was Leser sehen) und die Größe des Ganzen. Die Zustellung richtet sich nach dem Umschlag (MAIL FROM, RCPT TO), nicht nach diesen Kopfzeilen.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="509"/>
        <source>The connection is encrypted now, and the certificate was checked: it is valid, trusted and made out to the server&apos;s name.</source>
        <translation>Die Verbindung ist jetzt verschlüsselt, und das Zertifikat wurde geprüft: Es ist gültig, vertrauenswürdig und auf den Namen des Servers ausgestellt.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="514"/>
        <source>The TLS handshake: both sides agree on a cipher and the server proves its name with a certificate.</source>
        <translation>Der TLS-Handshake: Beide Seiten einigen sich auf ein Verschlüsselungsverfahren, und der Server weist seinen Namen mit einem Zertifikat nach.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="520"/>
        <source>A new connection to the submission server: port 587 starts plain and switches with STARTTLS, port 465 is encrypted from the first byte (RFC 8314).</source>
        <translation>Eine neue Verbindung zum Einlieferungsserver: Port 587 beginnt unverschlüsselt und wechselt mit STARTTLS, Port 465 ist ab dem ersten Byte verschlüsselt (RFC 8314).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="531"/>
        <source>%1 Fix: %2</source>
        <translation>%1 Abhilfe: %2</translation>
    </message>
</context>
<context>
    <name>smtp::Finding</name>
    <message>
        <location filename="../smtp/finding.cpp" line="11"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../smtp/finding.cpp" line="13"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../smtp/finding.cpp" line="15"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../smtp/finding.cpp" line="17"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>smtp::Lint</name>
    <message numerus="yes">
        <location filename="../smtp/lint.cpp" line="60"/>
        <source>%n line(s) are longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6); the first is line %1, the longest has %2 octets. Stamp will not send the message.</source>
        <translation>
            <numerusform>%n Zeile ist länger als die 998 Oktette, die SMTP erlaubt (RFC 5321 §4.5.3.1.6); die erste ist Zeile %1, die längste hat %2 Oktette. Stamp sendet die Nachricht nicht.</numerusform>
            <numerusform>%n Zeilen sind länger als die 998 Oktette, die SMTP erlaubt (RFC 5321 §4.5.3.1.6); die erste ist Zeile %1, die längste hat %2 Oktette. Stamp sendet die Nachricht nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtp::Message</name>
    <message>
        <location filename="../smtp/message.cpp" line="35"/>
        <source>The message has no sender (From) address.</source>
        <translation>Die Nachricht hat keine Absenderadresse (From).</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="37"/>
        <source>The message has no recipient: add at least one To, Cc or Bcc address.</source>
        <translation>Die Nachricht hat keinen Empfänger: Fügen Sie mindestens eine An-, Cc- oder Bcc-Adresse hinzu.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="40"/>
        <source>The subject contains a line break or NUL character; it was not sent so that nothing can be smuggled into the headers.</source>
        <translation>Der Betreff enthält einen Zeilenumbruch oder ein NUL-Zeichen; er wurde nicht gesendet, damit nichts in die Kopfzeilen geschmuggelt werden kann.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="45"/>
        <source>A group of recipients has no name or a line break in it.</source>
        <translation>Eine Empfängergruppe hat keinen Namen oder enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="49"/>
        <source>The address %1 contains a line break or NUL character.</source>
        <translation>Die Adresse %1 enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="64"/>
        <source>The attachment %1 no longer exists.</source>
        <translation>Der Anhang %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="67"/>
        <source>The attachment %1 cannot be read (not a readable file).</source>
        <translation>Der Anhang %1 kann nicht gelesen werden (keine lesbare Datei).</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="71"/>
        <source>The attachment name %1 contains a line break.</source>
        <translation>Der Name des Anhangs %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="140"/>
        <source>The address %1 has non-ASCII characters before the @; it can only be written in a message sent with SMTPUTF8.</source>
        <translation>Die Adresse %1 enthält vor dem @ Nicht-ASCII-Zeichen; sie kann nur in einer mit SMTPUTF8 gesendeten Nachricht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="218"/>
        <source>The attachment %1 could not be read while sending (%2); the message was abandoned, not sent short.</source>
        <translation>Der Anhang %1 konnte beim Senden nicht gelesen werden (%2); die Nachricht wurde abgebrochen, nicht gekürzt gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="224"/>
        <source>it got shorter</source>
        <translation>die Datei ist kürzer geworden</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="298"/>
        <source>The message file %1 starts with a folded line (&quot;%2&quot;), which belongs to no header field.</source>
        <translation>Die Nachrichtendatei %1 beginnt mit einer umbrochenen Zeile (&quot;%2&quot;), die zu keinem Kopfzeilenfeld gehört.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="316"/>
        <source>Line %1 of the header section of %2 is not a header field (&quot;Name: value&quot;): &quot;%3&quot;. Stamp does not guess where the header ends, so that no Bcc can slip into the message.</source>
        <translation>Zeile %1 des Kopfbereichs von %2 ist kein Kopfzeilenfeld (&quot;Name: Wert&quot;): &quot;%3&quot;. Stamp rät nicht, wo der Kopf endet, damit kein Bcc in die Nachricht rutschen kann.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="335"/>
        <source>The header section of %1 has 8-bit characters that are not UTF-8; RFC 6532 allows only UTF-8 there, so the message cannot be sent as it is.</source>
        <translation>Der Kopfbereich von %1 enthält 8-Bit-Zeichen, die kein UTF-8 sind; RFC 6532 erlaubt dort nur UTF-8, daher kann die Nachricht so nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="352"/>
        <source>The %1 field of %2 cannot be read as RFC 5322 addresses, so Stamp cannot tell who it names: %3</source>
        <translation>Das Feld %1 von %2 lässt sich nicht als RFC-5322-Adressen lesen, daher kann Stamp nicht erkennen, wen es nennt: %3</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="367"/>
        <source>The message file %1 cannot be read: %2</source>
        <translation>Die Nachrichtendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="394"/>
        <location filename="../smtp/message.cpp" line="517"/>
        <source>The message file %1 could not be read: %2</source>
        <translation>Die Nachrichtendatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="405"/>
        <source>The header section of %1 is longer than %2 bytes, so Stamp cannot read all of its fields (a Bcc among them would reach the recipients); the message was not sent.</source>
        <translation>Der Kopfbereich von %1 ist länger als %2 Byte, daher kann Stamp nicht alle seine Felder lesen (ein Bcc darunter würde die Empfänger erreichen); die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="416"/>
        <source>The message file %1 changed while it was being sent; the message was abandoned.</source>
        <translation>Die Nachrichtendatei %1 hat sich während des Sendens geändert; die Nachricht wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="466"/>
        <source>The message file %1 is empty.</source>
        <translation>Die Nachrichtendatei %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="470"/>
        <source>The message file %1 contains NUL bytes, which SMTP can only carry with BINARYMIME, and Stamp does not implement it. Encode that part (for example in base64) and send it again.</source>
        <translation>Die Nachrichtendatei %1 enthält NUL-Bytes, die SMTP nur mit BINARYMIME übertragen kann, und Stamp unterstützt das nicht. Kodieren Sie diesen Teil (zum Beispiel in base64) und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="477"/>
        <source>Line %1 of the message file %2 is longer than 998 bytes, which SMTP can only carry with BINARYMIME, and Stamp does not implement it. Encode that part (for example in quoted-printable) and send it again.</source>
        <translation>Zeile %1 der Nachrichtendatei %2 ist länger als 998 Byte, was SMTP nur mit BINARYMIME übertragen kann, und Stamp unterstützt das nicht. Kodieren Sie diesen Teil (zum Beispiel in quoted-printable) und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="485"/>
        <source>The header fields of %1 hold UTF-8 (RFC 6532), but the server does not offer SMTPUTF8, so the message cannot be sent there as it is.</source>
        <translation>Die Kopfzeilenfelder von %1 enthalten UTF-8 (RFC 6532), aber der Server bietet kein SMTPUTF8 an, daher kann die Nachricht dort so nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="490"/>
        <source>The message file %1 has 8-bit content, but the server does not offer 8BITMIME, so it cannot be sent there as it is (RFC 6152).</source>
        <translation>Die Nachrichtendatei %1 hat 8-Bit-Inhalt, aber der Server bietet kein 8BITMIME an, daher kann sie dort so nicht gesendet werden (RFC 6152).</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="533"/>
        <source>The message file %1 changed while it was being sent; the message was abandoned, not sent short.</source>
        <translation>Die Nachrichtendatei %1 hat sich während des Sendens geändert; die Nachricht wurde abgebrochen, nicht gekürzt gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="605"/>
        <source>The message file %1 has Resent- fields, so it is being resent, but its newest Resent- block names no Resent-To, Resent-Cc or Resent-Bcc; give the recipients explicitly.</source>
        <translation>Die Nachrichtendatei %1 hat Resent-Felder, wird also erneut versendet, aber ihr neuester Resent-Block nennt kein Resent-To, Resent-Cc oder Resent-Bcc; geben Sie die Empfänger ausdrücklich an.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="155"/>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>Der Anhang %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="200"/>
        <source>The formatted text contains a NUL character.</source>
        <translation>Der formatierte Text enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="202"/>
        <source>The message has inline images but no formatted text to show them in.</source>
        <translation>Die Nachricht hat eingebettete Bilder, aber keinen formatierten Text, in dem sie erscheinen.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="207"/>
        <source>The image %1 cannot be read (not a readable file).</source>
        <translation>Das Bild %1 kann nicht gelesen werden (keine lesbare Datei).</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="211"/>
        <source>The image %1 has a Content-ID that is not of the form part@domain: %2</source>
        <translation>Das Bild %1 hat eine Content-ID, die nicht die Form teil@domain hat: %2</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="216"/>
        <source>The image name %1 contains a line break.</source>
        <translation>Der Name des Bildes %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="222"/>
        <source>Two images have the same Content-ID %1.</source>
        <translation>Zwei Bilder haben dieselbe Content-ID %1.</translation>
    </message>
</context>
<context>
    <name>smtp::Outcome</name>
    <message>
        <location filename="../smtp/outcome.cpp" line="29"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="31"/>
        <source>partly sent</source>
        <translation>teilweise gesendet</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="33"/>
        <source>temporary failure</source>
        <translation>vorübergehender Fehler</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="35"/>
        <source>permanent failure</source>
        <translation>dauerhafter Fehler</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="37"/>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="39"/>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="41"/>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="43"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="45"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="47"/>
        <source>may have been delivered</source>
        <translation>möglicherweise zugestellt</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="49"/>
        <source>not sent (local error)</source>
        <translation>nicht gesendet (lokaler Fehler)</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="51"/>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="90"/>
        <source>Result: %1. %2</source>
        <translation>Ergebnis: %1. %2</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="92"/>
        <source>Server said: %1 (%2)</source>
        <translation>Antwort des Servers: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="95"/>
        <source>  accepted %1: %2</source>
        <translation>  angenommen %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="97"/>
        <source>  REFUSED  %1: %2</source>
        <translation>  ABGELEHNT  %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="99"/>
        <source>  no answer %1: the server may have accepted it</source>
        <translation>  keine Antwort %1: der Server hat die Adresse vielleicht angenommen</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="101"/>
        <source>  not tried %1</source>
        <translation>  nicht versucht %1</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="104"/>
        <source>  certificate problem: %1</source>
        <translation>  Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="106"/>
        <source>  certificate SHA-256: %1</source>
        <translation>  Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="109"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>smtp::Preview</name>
    <message>
        <location filename="../smtp/preview.cpp" line="69"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>smtp::ProbeReport</name>
    <message>
        <location filename="../smtp/probe.cpp" line="26"/>
        <source>Server: %1 port %2 (%3)</source>
        <translation>Server: %1 Port %2 (%3)</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="31"/>
        <source>Greeting: %1</source>
        <translation>Begrüßung: %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="32"/>
        <source>Time per stage: %1</source>
        <translation>Zeit pro Phase: %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="35"/>
        <source>Extensions (after STARTTLS):</source>
        <translation>Erweiterungen (nach STARTTLS):</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="35"/>
        <source>Extensions:</source>
        <translation>Erweiterungen:</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="52"/>
        <source>Offered only before TLS: %1</source>
        <translation>Nur vor TLS angeboten: %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="57"/>
        <source>AUTH: no login mechanism offered</source>
        <translation>AUTH: kein Anmeldeverfahren angeboten</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="58"/>
        <source>AUTH mechanisms: %1</source>
        <translation>AUTH-Verfahren: %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="60"/>
        <source>Warning: the server offers AUTH without encryption; a password would travel in clear.</source>
        <translation>Warnung: Der Server bietet AUTH ohne Verschlüsselung an; ein Passwort würde im Klartext übertragen.</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="61"/>
        <source>SIZE: messages up to %1 bytes (%2 MB)</source>
        <translation>SIZE: Nachrichten bis %1 Byte (%2 MB)</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="65"/>
        <source>SIZE: offered, with no limit given</source>
        <translation>SIZE: angeboten, ohne Angabe einer Grenze</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="66"/>
        <source>SIZE: not offered (the limit, if any, shows only when a message is refused)</source>
        <translation>SIZE: nicht angeboten (eine eventuelle Grenze zeigt sich erst, wenn eine Nachricht abgelehnt wird)</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="72"/>
        <source>No message was sent (no MAIL command).</source>
        <translation>Es wurde keine Nachricht gesendet (kein MAIL-Befehl).</translation>
    </message>
</context>
<context>
    <name>smtp::ReplyParser</name>
    <message>
        <location filename="../smtp/reply.cpp" line="138"/>
        <source>the server sent a reply line longer than %1 bytes</source>
        <translation>der Server hat eine Antwortzeile gesendet, die länger als %1 Byte ist</translation>
    </message>
    <message>
        <location filename="../smtp/reply.cpp" line="142"/>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>der Server hat eine Antwort mit mehr als %1 Zeilen gesendet</translation>
    </message>
    <message>
        <location filename="../smtp/reply.cpp" line="146"/>
        <source>the server sent a line that is not an SMTP reply</source>
        <translation>der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist</translation>
    </message>
</context>
<context>
    <name>smtp::SaslMechanism</name>
    <message>
        <location filename="../smtp/auth.cpp" line="72"/>
        <source>user name &quot;%1&quot;</source>
        <translation>Benutzername &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="85"/>
        <source>[%1 and password, hidden]</source>
        <translation>[%1 und Passwort, verborgen]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="96"/>
        <source>the server asked for the PLAIN credentials again</source>
        <translation>der Server hat die PLAIN-Zugangsdaten erneut angefordert</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="123"/>
        <source>the server kept asking for more login steps than LOGIN has</source>
        <translation>der Server hat mehr Anmeldeschritte verlangt, als LOGIN hat</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="129"/>
        <source>[%1, base64]</source>
        <translation>[%1, base64]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="133"/>
        <source>[password, hidden]</source>
        <translation>[Passwort, verborgen]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="155"/>
        <source>the server asked for a second CRAM-MD5 step</source>
        <translation>der Server hat einen zweiten CRAM-MD5-Schritt verlangt</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="161"/>
        <source>[%1 and digest, hidden]</source>
        <translation>[%1 und Digest, verborgen]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="190"/>
        <source>the user name cannot be used with SCRAM: %1</source>
        <translation>der Benutzername kann mit SCRAM nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="197"/>
        <source>the password cannot be used with SCRAM: %1</source>
        <translation>das Passwort kann mit SCRAM nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="204"/>
        <source>the user name is empty after SASLprep (RFC 4013), and SCRAM needs one</source>
        <translation>der Benutzername ist nach SASLprep (RFC 4013) leer, und SCRAM braucht einen</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="234"/>
        <source>(empty response: server signature verified)</source>
        <translation>(leere Antwort: Serversignatur geprüft)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="240"/>
        <source>the server asked for more SCRAM steps than there are</source>
        <translation>der Server hat mehr SCRAM-Schritte verlangt, als es gibt</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="249"/>
        <source>the server sent its final SCRAM message before a valid first one</source>
        <translation>der Server hat seine letzte SCRAM-Nachricht vor einer gültigen ersten gesendet</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="259"/>
        <source>the server&apos;s final SCRAM message is malformed (neither v= nor e=): it may not be the server it claims to be</source>
        <translation>die letzte SCRAM-Nachricht des Servers ist fehlerhaft (weder v= noch e=): Es ist möglicherweise nicht der Server, der er zu sein vorgibt</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="265"/>
        <source>the server could not prove that it knows the password (SCRAM server signature wrong): it may not be the server it claims to be</source>
        <translation>der Server konnte nicht nachweisen, dass er das Passwort kennt (SCRAM-Serversignatur falsch): Es ist möglicherweise nicht der Server, der er zu sein vorgibt</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="335"/>
        <source>the server could not read Stamp&apos;s message</source>
        <translation>der Server konnte die Nachricht von Stamp nicht lesen</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="337"/>
        <source>the server does not support an extension Stamp used</source>
        <translation>der Server unterstützt eine von Stamp verwendete Erweiterung nicht</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="339"/>
        <source>the password is not the one the server knows</source>
        <translation>das Passwort ist nicht das, das der Server kennt</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="341"/>
        <source>the channel binding did not match</source>
        <translation>die Kanalbindung stimmte nicht überein</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="343"/>
        <source>the server supports channel binding, which Stamp did not use (a possible downgrade)</source>
        <translation>der Server unterstützt Kanalbindung, die Stamp nicht verwendet hat (ein mögliches Downgrade)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="347"/>
        <source>the server does not support channel binding</source>
        <translation>der Server unterstützt keine Kanalbindung</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="349"/>
        <source>the server does not support this channel binding type</source>
        <translation>der Server unterstützt diesen Kanalbindungstyp nicht</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="352"/>
        <source>the server does not know this user name</source>
        <translation>der Server kennt diesen Benutzernamen nicht</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="354"/>
        <source>the server could not read the user name</source>
        <translation>der Server konnte den Benutzernamen nicht lesen</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="355"/>
        <source>the server is short of resources</source>
        <translation>dem Server fehlen Ressourcen</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="357"/>
        <source>the server reported an unspecified error</source>
        <translation>der Server hat einen nicht näher bezeichneten Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="361"/>
        <source>the server ended SCRAM with an error: %1 (%2)</source>
        <translation>der Server hat SCRAM mit einem Fehler beendet: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="369"/>
        <source>the server ended SCRAM with an error it did not name in RFC 5802&apos;s words: %1</source>
        <translation>der Server hat SCRAM mit einem Fehler beendet, den er nicht mit den Worten von RFC 5802 benannt hat: %1</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="381"/>
        <source>the server requires a SCRAM extension (m=) that Stamp does not support (RFC 5802 §5.1)</source>
        <translation>der Server verlangt eine SCRAM-Erweiterung (m=), die Stamp nicht unterstützt (RFC 5802 §5.1)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="388"/>
        <source>the server&apos;s SCRAM challenge is malformed (it must give r=, s= and i= in that order)</source>
        <translation>die SCRAM-Challenge des Servers ist fehlerhaft (sie muss r=, s= und i= in dieser Reihenfolge angeben)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="392"/>
        <source>the server&apos;s SCRAM challenge is malformed (an attribute after i= is not valid, or is a mandatory extension)</source>
        <translation>die SCRAM-Challenge des Servers ist fehlerhaft (ein Attribut nach i= ist ungültig oder eine Pflichterweiterung)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="398"/>
        <source>the server&apos;s SCRAM nonce does not extend Stamp&apos;s with printable characters: it may not be answering this login</source>
        <translation>die SCRAM-Nonce des Servers erweitert die von Stamp nicht um druckbare Zeichen: Er antwortet möglicherweise nicht auf diese Anmeldung</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="404"/>
        <source>the server&apos;s SCRAM salt is missing or not valid base64</source>
        <translation>das SCRAM-Salt des Servers fehlt oder ist kein gültiges base64</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="413"/>
        <source>the server&apos;s SCRAM iteration count is not a positive number</source>
        <translation>die SCRAM-Iterationszahl des Servers ist keine positive Zahl</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="418"/>
        <source>the server asked for %1 SCRAM iterations, more than the %2 Stamp allows; refusing</source>
        <translation>der Server hat %1 SCRAM-Iterationen verlangt, mehr als die %2, die Stamp erlaubt; abgelehnt</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="445"/>
        <source>%1,p=[proof, hidden]</source>
        <translation>%1,p=[Nachweis, verborgen]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="480"/>
        <source>[%1 and access token, hidden]</source>
        <translation>[%1 und Zugriffstoken, verborgen]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="490"/>
        <source>the server kept sending OAuth challenges</source>
        <translation>der Server hat immer weiter OAuth-Challenges gesendet</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="494"/>
        <source>(acknowledging the server&apos;s error report)</source>
        <translation>(Bestätigung des Fehlerberichts des Servers)</translation>
    </message>
</context>
<context>
    <name>smtp::ServerOffer</name>
    <message>
        <location filename="../smtp/preview.cpp" line="105"/>
        <source>SIZE takes a number of bytes, not &quot;%1&quot;</source>
        <translation>SIZE erwartet eine Anzahl Byte, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>smtp::Session</name>
    <message>
        <location filename="../smtp/session.cpp" line="241"/>
        <source>The EHLO name is not valid: %1.</source>
        <translation>Der EHLO-Name ist ungültig: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="243"/>
        <source>The user name is not valid: %1.</source>
        <translation>Der Benutzername ist ungültig: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="246"/>
        <location filename="../smtp/session.cpp" line="249"/>
        <location filename="../smtp/session.cpp" line="251"/>
        <source>The delivery notification setting is not valid: %1.</source>
        <translation>Die Einstellung für Zustellbenachrichtigungen ist ungültig: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="261"/>
        <source>Correct the setting and send again.</source>
        <translation>Korrigieren Sie die Einstellung und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="268"/>
        <source>STARTTLS required</source>
        <translation>STARTTLS erforderlich</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="269"/>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="270"/>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="272"/>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Verbindung zu %1 Port %2 (%3)</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="106"/>
        <source>Try again; if it keeps happening, report it with the transcript.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, melden Sie es mit dem Protokoll.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="104"/>
        <source>Give a file of PEM certificates (-----BEGIN CERTIFICATE-----).</source>
        <translation>Geben Sie eine Datei mit PEM-Zertifikaten an (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="290"/>
        <source>Connected to %1 port %2</source>
        <translation>Verbunden mit %1 Port %2</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="318"/>
        <source>The server&apos;s certificate is not the one trusted for this account.</source>
        <translation>Das Zertifikat des Servers ist nicht das, dem für dieses Konto vertraut wird.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="319"/>
        <source>The certificate has changed since it was trusted. Check with the server&apos;s administrator before trusting the new one.</source>
        <translation>Das Zertifikat hat sich geändert, seit ihm vertraut wurde. Fragen Sie beim Administrator des Servers nach, bevor Sie dem neuen vertrauen.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="328"/>
        <source>TLS established: %1, cipher %2; certificate for %3, issued by %4, valid until %5; SHA-256 %6</source>
        <translation>TLS hergestellt: %1, Cipher %2; Zertifikat für %3, ausgestellt von %4, gültig bis %5; SHA-256 %6</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="154"/>
        <source>Certificate not verifiable (%1), but it is the pinned one (SHA-256 %2): accepted</source>
        <translation>Zertifikat nicht überprüfbar (%1), aber es ist das gespeicherte (SHA-256 %2): akzeptiert</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="160"/>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="565"/>
        <source>The server sent extra data after agreeing to start TLS; that is how STARTTLS injection attacks work, so Stamp stopped before sending anything.</source>
        <translation>Der Server hat nach der Zustimmung zu TLS zusätzliche Daten gesendet; so funktionieren STARTTLS-Injection-Angriffe, daher hat Stamp aufgehört, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="567"/>
        <source>Someone may be tampering with the connection. Try another network, or implicit TLS (port 465).</source>
        <translation>Möglicherweise manipuliert jemand die Verbindung. Versuchen Sie ein anderes Netzwerk oder implizites TLS (Port 465).</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="575"/>
        <source>Starting TLS handshake (verifying the certificate for %1)</source>
        <translation>TLS-Handshake beginnt (Zertifikat für %1 wird geprüft)</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="639"/>
        <source>The server does not offer STARTTLS, so Stamp sent nothing: no password and no message go over an unencrypted connection.</source>
        <translation>Der Server bietet kein STARTTLS an, daher hat Stamp nichts gesendet: Weder Passwort noch Nachricht gehen über eine unverschlüsselte Verbindung.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="641"/>
        <source>Use implicit TLS (port 465) if the server has it, or ask its administrator. A server that usually offers STARTTLS and now does not may be under attack.</source>
        <translation>Verwenden Sie implizites TLS (Port 465), falls der Server es hat, oder fragen Sie seinen Administrator. Ein Server, der sonst STARTTLS anbietet und jetzt nicht, wird möglicherweise angegriffen.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="707"/>
        <source>The end of the message had not reached the server: Stamp resets the connection, so that it cannot arrive later.</source>
        <translation>Das Ende der Nachricht hatte den Server nicht erreicht: Stamp setzt die Verbindung zurück, damit es nicht später noch ankommt.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="787"/>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="17"/>
        <source>Stamp will not send a password over an unencrypted connection.</source>
        <translation>Stamp sendet kein Passwort über eine unverschlüsselte Verbindung.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="18"/>
        <source>Use STARTTLS or TLS for this server; if you really mean to send the password in clear text, say so with --allow-plaintext-auth.</source>
        <translation>Verwenden Sie für diesen Server STARTTLS oder TLS; wenn Sie das Passwort wirklich im Klartext senden wollen, geben Sie das mit --allow-plaintext-auth an.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="29"/>
        <source>The server does not offer authentication on this connection.</source>
        <translation>Der Server bietet auf dieser Verbindung keine Authentifizierung an.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="30"/>
        <source>The server offers no login method Stamp supports (it offers: %1).</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Stamp unterstützt (er bietet: %1).</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="32"/>
        <source>Check the port (submission is usually 587 or 465) and the security setting.</source>
        <translation>Prüfen Sie den Port (für die Einlieferung meist 587 oder 465) und die Sicherheitseinstellung.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="37"/>
        <source>The server does not offer %1 (it offers nothing).</source>
        <translation>Der Server bietet %1 nicht an (er bietet nichts an).</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="39"/>
        <source>The server does not offer %1 (it offers: %2).</source>
        <translation>Der Server bietet %1 nicht an (er bietet: %2).</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="42"/>
        <source>Choose another authentication method, or automatic.</source>
        <translation>Wählen Sie ein anderes Authentifizierungsverfahren oder Automatisch.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="46"/>
        <source>Asking for an OAuth access token</source>
        <translation>OAuth-Zugriffstoken wird angefordert</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="53"/>
        <source>No OAuth access token: %1</source>
        <translation>Kein OAuth-Zugriffstoken: %1</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="54"/>
        <source>Sign in to the account again.</source>
        <translation>Melden Sie sich erneut bei dem Konto an.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="75"/>
        <location filename="../smtp/sessionauth.cpp" line="120"/>
        <location filename="../smtp/sessionauth.cpp" line="127"/>
        <source>Login stopped: %1.</source>
        <translation>Anmeldung abgebrochen: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="76"/>
        <source>Check the user name and password for this account.</source>
        <translation>Prüfen Sie Benutzername und Passwort dieses Kontos.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="86"/>
        <source>The login could not be started: %1.</source>
        <translation>Die Anmeldung konnte nicht begonnen werden: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="87"/>
        <location filename="../smtp/sessionauth.cpp" line="128"/>
        <source>Choose another authentication method.</source>
        <translation>Wählen Sie ein anderes Authentifizierungsverfahren.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="96"/>
        <source>* (cancelling the login)</source>
        <translation>* (Anmeldung wird abgebrochen)</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="105"/>
        <source>The server kept asking for more login steps; Stamp gave up.</source>
        <translation>Der Server hat immer weitere Anmeldeschritte verlangt; Stamp hat aufgegeben.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="106"/>
        <location filename="../smtp/sessionauth.cpp" line="114"/>
        <source>The server is misbehaving; report it to its administrator.</source>
        <translation>Der Server verhält sich fehlerhaft; melden Sie das seinem Administrator.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="113"/>
        <source>The server sent a login challenge that is not valid base64.</source>
        <translation>Der Server hat eine Anmelde-Challenge gesendet, die kein gültiges base64 ist.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="121"/>
        <source>Check the server address; report this to its administrator if it persists.</source>
        <translation>Prüfen Sie die Serveradresse; melden Sie das dem Administrator, falls es anhält.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="137"/>
        <source>The server accepted the login without proving that it knows the password (SCRAM); Stamp does not trust it.</source>
        <translation>Der Server hat die Anmeldung angenommen, ohne nachzuweisen, dass er das Passwort kennt (SCRAM); Stamp vertraut ihm nicht.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="139"/>
        <source>Someone may be impersonating the server.</source>
        <translation>Möglicherweise gibt sich jemand als der Server aus.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="143"/>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="28"/>
        <source>The server accepted the connection.</source>
        <translation>Der Server hat die Verbindung angenommen.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="29"/>
        <source>The server accepted the connection and the login.</source>
        <translation>Der Server hat die Verbindung und die Anmeldung angenommen.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="59"/>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="60"/>
        <source>Add at least one To, Cc or Bcc address.</source>
        <translation>Fügen Sie mindestens eine An-, Cc- oder Bcc-Adresse hinzu.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="73"/>
        <source>The address %1 has non-ASCII characters before the @, and this server does not support SMTPUTF8, so it cannot be sent there.</source>
        <translation>Die Adresse %1 enthält vor dem @ Nicht-ASCII-Zeichen, und dieser Server unterstützt kein SMTPUTF8, daher kann sie dort nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="76"/>
        <source>Use an ASCII address for this recipient, or another server.</source>
        <translation>Verwenden Sie für diesen Empfänger eine ASCII-Adresse oder einen anderen Server.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="84"/>
        <location filename="../smtp/transaction.cpp" line="97"/>
        <location filename="../smtp/transaction.cpp" line="105"/>
        <source>Fix the message, or send it through another server.</source>
        <translation>Korrigieren Sie die Nachricht oder senden Sie sie über einen anderen Server.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="96"/>
        <source>The message has UTF-8 headers, but the server does not offer SMTPUTF8, so it was not sent.</source>
        <translation>Die Nachricht hat UTF-8-Kopfzeilen, aber der Server bietet kein SMTPUTF8 an, daher wurde sie nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="104"/>
        <source>The message has 8-bit content, but the server does not offer 8BITMIME, so it was not sent.</source>
        <translation>Die Nachricht hat 8-Bit-Inhalt, aber der Server bietet kein 8BITMIME an, daher wurde sie nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="117"/>
        <source>The message is %1 bytes, but the server accepts at most %2 bytes, so it was not sent.</source>
        <translation>Die Nachricht ist %1 Byte groß, der Server nimmt aber höchstens %2 Byte an, daher wurde sie nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="120"/>
        <source>Make the attachments smaller, or share them another way.</source>
        <translation>Verkleinern Sie die Anhänge oder teilen Sie sie auf anderem Weg.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="126"/>
        <source>Delivery notifications were asked for, but the server does not offer DSN.</source>
        <translation>Zustellbenachrichtigungen wurden angefordert, aber der Server bietet kein DSN an.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="162"/>
        <source>An address cannot be sent: %1.</source>
        <translation>Eine Adresse kann nicht gesendet werden: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="163"/>
        <source>Correct the address and send again.</source>
        <translation>Korrigieren Sie die Adresse und senden Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/transaction.cpp" line="171"/>
        <source>The server asked for the remaining recipients in another transaction (452): sending the message again to %n of them.</source>
        <translation>
            <numerusform>Der Server hat die übrigen Empfänger in einer weiteren Transaktion verlangt (452): Die Nachricht wird erneut an %n davon gesendet.</numerusform>
            <numerusform>Der Server hat die übrigen Empfänger in einer weiteren Transaktion verlangt (452): Die Nachricht wird erneut an %n davon gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="222"/>
        <location filename="../smtp/transaction.cpp" line="389"/>
        <source>
[message content: %1 bytes in total]</source>
        <translation>
[Nachrichteninhalt: insgesamt %1 Byte]</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="315"/>
        <source>. (no recipient was accepted: ending at once)</source>
        <translation>. (kein Empfänger wurde angenommen: sofortiges Ende)</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="382"/>
        <location filename="../smtp/transaction.cpp" line="497"/>
        <location filename="../smtp/transaction.cpp" line="529"/>
        <source>Check the attachment and send again.</source>
        <translation>Prüfen Sie den Anhang und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="434"/>
        <source>The whole message was on its way when the server reset the connection; the server may have received it.</source>
        <translation>Die ganze Nachricht war unterwegs, als der Server die Verbindung zurückgesetzt hat; vielleicht hat der Server sie erhalten.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="443"/>
        <source>The server received the whole message (its TCP stack acknowledged the end); waiting for its answer.</source>
        <translation>Der Server hat die ganze Nachricht empfangen (sein TCP-Stack hat das Ende bestätigt); es wird auf seine Antwort gewartet.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="539"/>
        <source>. (end of message, %1 bytes sent)</source>
        <translation>. (Ende der Nachricht, %1 Byte gesendet)</translation>
    </message>
</context>
<context>
    <name>smtp::StageTimings</name>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="17"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="38"/>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="40"/>
        <source>greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="42"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="44"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="46"/>
        <source>EHLO again</source>
        <translation>erneutes EHLO</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="48"/>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="50"/>
        <source>envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="52"/>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="54"/>
        <source>final reply</source>
        <translation>abschließende Antwort</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="63"/>
        <location filename="../smtp/stagetimer.cpp" line="76"/>
        <location filename="../smtp/stagetimer.cpp" line="81"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="66"/>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="67"/>
        <source>%1; total %2</source>
        <translation>%1; gesamt %2</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="78"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
</context>
<context>
    <name>smtp::StatusCodes</name>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="363"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="365"/>
        <source>intermediate</source>
        <translation>Zwischenstand</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="367"/>
        <source>temporary failure</source>
        <translation>vorübergehender Fehler</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="369"/>
        <source>permanent failure</source>
        <translation>dauerhafter Fehler</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="373"/>
        <source>not a valid reply</source>
        <translation>keine gültige Antwort</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="380"/>
        <source>2xx: success, the command was accepted</source>
        <translation>2xx: Erfolg, der Befehl wurde angenommen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="382"/>
        <source>3xx: intermediate, the server is waiting for more (the message after DATA, or the next step of a login)</source>
        <translation>3xx: Zwischenstand, der Server wartet auf mehr (die Nachricht nach DATA oder den nächsten Schritt einer Anmeldung)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="387"/>
        <source>4xx: temporary failure; the same thing may work later</source>
        <translation>4xx: vorübergehender Fehler; dasselbe kann später klappen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="390"/>
        <source>5xx: permanent failure; sending the same again will fail again</source>
        <translation>5xx: dauerhafter Fehler; dasselbe erneut zu senden, schlägt wieder fehl</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="395"/>
        <source>not a valid SMTP reply code</source>
        <translation>kein gültiger SMTP-Antwortcode</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="407"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="409"/>
        <source>Persistent Transient Failure</source>
        <translation>Anhaltender vorübergehender Fehler</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="411"/>
        <source>Permanent Failure</source>
        <translation>Dauerhafter Fehler</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="462"/>
        <source>%1, detail %2 (not in the registry)</source>
        <translation>%1, Detail %2 (nicht im Register)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="468"/>
        <source>%1, subject %2 (not in the registry)</source>
        <translation>%1, Bereich %2 (nicht im Register)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="482"/>
        <source>system status</source>
        <translation>Systemstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="484"/>
        <source>help text for a person</source>
        <translation>Hilfetext für einen Menschen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="486"/>
        <source>the server is ready</source>
        <translation>der Server ist bereit</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="488"/>
        <source>the server is closing the connection</source>
        <translation>der Server schließt die Verbindung</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="490"/>
        <source>login accepted</source>
        <translation>Anmeldung angenommen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="492"/>
        <source>done: the requested action was completed</source>
        <translation>erledigt: Die angeforderte Aktion wurde ausgeführt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="494"/>
        <source>the recipient is not local; the server will forward the message</source>
        <translation>der Empfänger ist nicht lokal; der Server leitet die Nachricht weiter</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="497"/>
        <source>cannot check the recipient, but will accept the message and try to deliver it</source>
        <translation>der Empfänger kann nicht geprüft werden, die Nachricht wird aber angenommen und zugestellt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="501"/>
        <source>the server asks for the next step of the login</source>
        <translation>der Server verlangt den nächsten Schritt der Anmeldung</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="504"/>
        <source>send the message now, ending with a line holding only a dot</source>
        <translation>jetzt die Nachricht senden, abgeschlossen mit einer Zeile, die nur einen Punkt enthält</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="507"/>
        <source>the server is shutting the connection down</source>
        <translation>der Server fährt die Verbindung herunter</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="509"/>
        <source>a password transition is needed</source>
        <translation>ein Passwortwechsel ist nötig</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="511"/>
        <source>the mailbox is unavailable for now (busy or blocked)</source>
        <translation>das Postfach ist vorübergehend nicht verfügbar (belegt oder gesperrt)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="514"/>
        <source>the server had a local error; try again later</source>
        <translation>der Server hatte einen lokalen Fehler; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="517"/>
        <source>the server is short of storage, or there are too many recipients</source>
        <translation>dem Server fehlt Speicherplatz, oder es sind zu viele Empfänger</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="520"/>
        <source>TLS or authentication is temporarily unavailable</source>
        <translation>TLS oder Authentifizierung ist vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="523"/>
        <source>the server cannot take these parameters now</source>
        <translation>der Server kann diese Parameter jetzt nicht annehmen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="526"/>
        <source>the command was not recognised</source>
        <translation>der Befehl wurde nicht erkannt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="528"/>
        <source>the arguments were not accepted</source>
        <translation>die Argumente wurden nicht angenommen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="530"/>
        <source>the command is not implemented</source>
        <translation>der Befehl ist nicht implementiert</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="532"/>
        <source>the commands came in the wrong order</source>
        <translation>die Befehle kamen in der falschen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="534"/>
        <source>this parameter is not implemented</source>
        <translation>dieser Parameter ist nicht implementiert</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="536"/>
        <source>this host does not accept mail</source>
        <translation>dieser Host nimmt keine Mail an</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="538"/>
        <source>encryption is needed first</source>
        <translation>zuerst ist Verschlüsselung nötig</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="540"/>
        <source>authentication is required</source>
        <translation>Authentifizierung ist erforderlich</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="542"/>
        <source>this authentication mechanism is too weak</source>
        <translation>dieses Authentifizierungsverfahren ist zu schwach</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="253"/>
        <location filename="../smtp/statuscodes.cpp" line="544"/>
        <source>the user name or password was not accepted</source>
        <translation>Benutzername oder Passwort wurde nicht angenommen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="22"/>
        <source>Other or Undefined Status</source>
        <translation>Sonstiger oder undefinierter Status</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="23"/>
        <source>there is no further information about what kind of problem it is</source>
        <translation>es gibt keine weitere Information darüber, welche Art von Problem es ist</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="26"/>
        <source>Addressing Status</source>
        <translation>Adressierungsstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="27"/>
        <source>something about the sender&apos;s or a recipient&apos;s address; usually the sender can correct it</source>
        <translation>etwas an der Adresse des Absenders oder eines Empfängers; meist kann der Absender es korrigieren</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="31"/>
        <source>Mailbox Status</source>
        <translation>Postfachstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="32"/>
        <source>something about the recipient&apos;s mailbox, which its owner controls</source>
        <translation>etwas am Postfach des Empfängers, über das dessen Inhaber bestimmt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="35"/>
        <source>Mail System Status</source>
        <translation>Mailsystemstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="36"/>
        <source>something about the receiving mail system as a whole</source>
        <translation>etwas am empfangenden Mailsystem als Ganzem</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="38"/>
        <source>Network and Routing Status</source>
        <translation>Netzwerk- und Routingstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="39"/>
        <source>something about the network or the route to the destination</source>
        <translation>etwas am Netzwerk oder am Weg zum Ziel</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="41"/>
        <source>Mail Delivery Protocol Status</source>
        <translation>Status des Zustellprotokolls</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="42"/>
        <source>something about the SMTP conversation itself</source>
        <translation>etwas am SMTP-Gespräch selbst</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="44"/>
        <source>Message Content or Media Status</source>
        <translation>Status von Nachrichteninhalt oder Medien</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="45"/>
        <source>something about the message&apos;s content or format</source>
        <translation>etwas am Inhalt oder Format der Nachricht</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="47"/>
        <source>Security or Policy Status</source>
        <translation>Sicherheits- oder Richtlinienstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="48"/>
        <source>something about security, authentication or the receiver&apos;s policy</source>
        <translation>etwas an Sicherheit, Authentifizierung oder der Richtlinie des Empfängers</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="52"/>
        <source>Other undefined Status</source>
        <translation>Sonstiger undefinierter Status</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="53"/>
        <source>the server gives no detail beyond the class of the reply</source>
        <translation>der Server gibt über die Klasse der Antwort hinaus keine Details an</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="55"/>
        <source>Other address status</source>
        <translation>Sonstiger Adressstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="56"/>
        <source>something about an address, with no more detail</source>
        <translation>etwas an einer Adresse, ohne weitere Details</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="58"/>
        <source>Bad destination mailbox address</source>
        <translation>Ungültige Zielpostfachadresse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="59"/>
        <source>the recipient&apos;s mailbox does not exist at that domain: the part before the @ is wrong</source>
        <translation>das Postfach des Empfängers existiert in dieser Domain nicht: der Teil vor dem @ ist falsch</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="63"/>
        <source>Bad destination system address</source>
        <translation>Ungültige Zielsystemadresse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="64"/>
        <source>the recipient&apos;s domain does not exist or does not accept mail</source>
        <translation>die Domain des Empfängers existiert nicht oder nimmt keine Mail an</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="66"/>
        <source>Bad destination mailbox address syntax</source>
        <translation>Ungültige Syntax der Zielpostfachadresse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="67"/>
        <source>the recipient&apos;s address is not written correctly</source>
        <translation>die Adresse des Empfängers ist nicht korrekt geschrieben</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="69"/>
        <source>Destination mailbox address ambiguous</source>
        <translation>Zielpostfachadresse mehrdeutig</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="70"/>
        <source>the recipient&apos;s address matches more than one mailbox</source>
        <translation>die Adresse des Empfängers passt auf mehr als ein Postfach</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="72"/>
        <source>Destination address valid</source>
        <translation>Zieladresse gültig</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="73"/>
        <source>the recipient address is valid and accepted</source>
        <translation>die Empfängeradresse ist gültig und angenommen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="74"/>
        <source>Destination mailbox has moved, No forwarding address</source>
        <translation>Zielpostfach umgezogen, keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="75"/>
        <source>the mailbox used to exist but has moved and left no forwarding address</source>
        <translation>das Postfach existierte früher, ist aber umgezogen und hat keine Weiterleitungsadresse hinterlassen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="78"/>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Ungültige Syntax der Absenderpostfachadresse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="79"/>
        <source>the sender&apos;s address is not written correctly</source>
        <translation>die Adresse des Absenders ist nicht korrekt geschrieben</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="81"/>
        <source>Bad sender&apos;s system address</source>
        <translation>Ungültige Absendersystemadresse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="82"/>
        <source>the sender&apos;s domain does not exist or cannot receive replies</source>
        <translation>die Domain des Absenders existiert nicht oder kann keine Antworten empfangen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="84"/>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Nachricht an nicht konformes Mailsystem weitergeleitet</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="85"/>
        <source>the message was handed on to a system that cannot report delivery further</source>
        <translation>die Nachricht wurde an ein System übergeben, das die Zustellung nicht weiter melden kann</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="88"/>
        <source>Recipient address has null MX</source>
        <translation>Empfängeradresse hat Null-MX</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="89"/>
        <source>the recipient&apos;s domain says in DNS (a null MX) that it accepts no mail at all</source>
        <translation>die Domain des Empfängers gibt im DNS (mit einem Null-MX) an, dass sie überhaupt keine Mail annimmt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="92"/>
        <source>Other or undefined mailbox status</source>
        <translation>Sonstiger oder undefinierter Postfachstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="93"/>
        <source>something about the recipient&apos;s mailbox, with no more detail</source>
        <translation>etwas am Postfach des Empfängers, ohne weitere Details</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="95"/>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Postfach deaktiviert, nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="96"/>
        <source>the mailbox exists but does not take messages now</source>
        <translation>das Postfach existiert, nimmt aber derzeit keine Nachrichten an</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="98"/>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="99"/>
        <source>the recipient&apos;s mailbox is over its quota</source>
        <translation>das Postfach des Empfängers hat sein Kontingent überschritten</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="100"/>
        <source>Message length exceeds administrative limit</source>
        <translation>Nachrichtenlänge überschreitet administrative Grenze</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="101"/>
        <source>the message is larger than this mailbox accepts</source>
        <translation>die Nachricht ist größer, als dieses Postfach annimmt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="103"/>
        <source>Mailing list expansion problem</source>
        <translation>Problem beim Auflösen der Mailingliste</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="104"/>
        <source>the address is a mailing list that could not be expanded</source>
        <translation>die Adresse ist eine Mailingliste, die nicht aufgelöst werden konnte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="106"/>
        <source>Other or undefined mail system status</source>
        <translation>Sonstiger oder undefinierter Mailsystemstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="107"/>
        <source>something about the receiving mail system, with no more detail</source>
        <translation>etwas am empfangenden Mailsystem, ohne weitere Details</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="109"/>
        <source>Mail system full</source>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="110"/>
        <source>the receiving system has run out of storage</source>
        <translation>dem empfangenden System ist der Speicherplatz ausgegangen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="111"/>
        <source>System not accepting network messages</source>
        <translation>System nimmt keine Netzwerknachrichten an</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="112"/>
        <source>the receiving system does not take mail now, for example while shutting down</source>
        <translation>das empfangende System nimmt derzeit keine Mail an, zum Beispiel während es herunterfährt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="115"/>
        <source>System not capable of selected features</source>
        <translation>System beherrscht die gewählten Funktionen nicht</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="116"/>
        <source>the receiving system cannot do what the message asks for</source>
        <translation>das empfangende System kann nicht tun, was die Nachricht verlangt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="118"/>
        <source>Message too big for system</source>
        <translation>Nachricht zu groß für das System</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="119"/>
        <source>the message is larger than the whole system accepts</source>
        <translation>die Nachricht ist größer, als das gesamte System annimmt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="121"/>
        <source>System incorrectly configured</source>
        <translation>System falsch konfiguriert</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="122"/>
        <source>the receiving system is set up wrongly for this message</source>
        <translation>das empfangende System ist für diese Nachricht falsch eingerichtet</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="124"/>
        <source>Requested priority was changed</source>
        <translation>Angeforderte Priorität wurde geändert</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="125"/>
        <source>the message was accepted, but with a different priority than asked for</source>
        <translation>die Nachricht wurde angenommen, aber mit einer anderen Priorität als angefordert</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="128"/>
        <source>Other or undefined network or routing status</source>
        <translation>Sonstiger oder undefinierter Netzwerk- oder Routingstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="129"/>
        <source>something about the network or routing, with no more detail</source>
        <translation>etwas am Netzwerk oder Routing, ohne weitere Details</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="131"/>
        <source>No answer from host</source>
        <translation>Keine Antwort vom Host</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="132"/>
        <source>the next server did not answer the connection</source>
        <translation>der nächste Server hat auf die Verbindung nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="134"/>
        <source>Bad connection</source>
        <translation>Fehlerhafte Verbindung</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="135"/>
        <source>the connection was dropped before the transaction was done</source>
        <translation>die Verbindung wurde abgebrochen, bevor die Transaktion abgeschlossen war</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="137"/>
        <source>Directory server failure</source>
        <translation>Fehler des Verzeichnisservers</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="138"/>
        <source>a directory service, such as DNS, could not be reached or failed</source>
        <translation>ein Verzeichnisdienst wie DNS war nicht erreichbar oder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="141"/>
        <source>Unable to route</source>
        <translation>Weiterleitung nicht möglich</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="142"/>
        <source>the mail system could not find where to take the message next</source>
        <translation>das Mailsystem konnte nicht ermitteln, wohin die Nachricht als Nächstes gehen soll</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="144"/>
        <source>Mail system congestion</source>
        <translation>Überlastung des Mailsystems</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="145"/>
        <source>the mail system is too busy to take the message now</source>
        <translation>das Mailsystem ist zu ausgelastet, um die Nachricht jetzt anzunehmen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="147"/>
        <source>Routing loop detected</source>
        <translation>Routing-Schleife erkannt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="148"/>
        <source>the message went round in a loop between servers</source>
        <translation>die Nachricht ist zwischen Servern im Kreis gelaufen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="150"/>
        <source>Delivery time expired</source>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="151"/>
        <source>the message waited too long and delivery was given up</source>
        <translation>die Nachricht hat zu lange gewartet, und die Zustellung wurde aufgegeben</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="153"/>
        <source>Other or undefined protocol status</source>
        <translation>Sonstiger oder undefinierter Protokollstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="154"/>
        <source>something about the SMTP conversation, with no more detail</source>
        <translation>etwas am SMTP-Gespräch, ohne weitere Details</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="156"/>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="157"/>
        <source>the command is not known, or not allowed at this point</source>
        <translation>der Befehl ist unbekannt oder an dieser Stelle nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="159"/>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="160"/>
        <source>the command could not be read</source>
        <translation>der Befehl konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="161"/>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="162"/>
        <source>the message has more recipients than the server takes at once</source>
        <translation>die Nachricht hat mehr Empfänger, als der Server auf einmal annimmt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="164"/>
        <source>Invalid command arguments</source>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="165"/>
        <source>the command was understood but its arguments were not valid</source>
        <translation>der Befehl wurde verstanden, aber seine Argumente waren ungültig</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="167"/>
        <source>Wrong protocol version</source>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="168"/>
        <source>the two sides could not agree on a protocol version</source>
        <translation>die beiden Seiten konnten sich nicht auf eine Protokollversion einigen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="170"/>
        <source>Authentication Exchange line is too long</source>
        <translation>Zeile des Authentifizierungsaustauschs ist zu lang</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="171"/>
        <source>a line of the login exchange was longer than the server accepts</source>
        <translation>eine Zeile des Anmeldeaustauschs war länger, als der Server annimmt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="174"/>
        <source>Other or undefined media error</source>
        <translation>Sonstiger oder undefinierter Medienfehler</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="175"/>
        <source>something about the content, with no more detail</source>
        <translation>etwas am Inhalt, ohne weitere Details</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="177"/>
        <source>Media not supported</source>
        <translation>Medium nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="178"/>
        <source>a kind of content in the message is not supported on the way</source>
        <translation>eine Inhaltsart in der Nachricht wird auf dem Weg nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="180"/>
        <source>Conversion required and prohibited</source>
        <translation>Konvertierung erforderlich, aber untersagt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="181"/>
        <source>the content would have to be converted, but the message forbids it</source>
        <translation>der Inhalt müsste konvertiert werden, aber die Nachricht verbietet es</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="184"/>
        <source>Conversion required but not supported</source>
        <translation>Konvertierung erforderlich, aber nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="185"/>
        <source>the content would have to be converted, and the server cannot do it</source>
        <translation>der Inhalt müsste konvertiert werden, und der Server kann das nicht</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="188"/>
        <source>Conversion with loss performed</source>
        <translation>Verlustbehaftete Konvertierung durchgeführt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="189"/>
        <source>the content was converted for delivery and something was lost</source>
        <translation>der Inhalt wurde für die Zustellung konvertiert, und dabei ging etwas verloren</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="191"/>
        <source>Conversion Failed</source>
        <translation>Konvertierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="192"/>
        <source>a conversion of the content was needed and failed</source>
        <translation>eine Konvertierung des Inhalts war nötig und ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="194"/>
        <source>Message content not available</source>
        <translation>Nachrichteninhalt nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="195"/>
        <source>the content the message refers to could not be fetched</source>
        <translation>der Inhalt, auf den die Nachricht verweist, konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="198"/>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Nicht-ASCII-Adressen für diesen Absender/Empfänger nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="199"/>
        <source>an address has non-ASCII characters, which this server or mailbox does not allow</source>
        <translation>eine Adresse enthält Nicht-ASCII-Zeichen, die dieser Server oder dieses Postfach nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="203"/>
        <location filename="../smtp/statuscodes.cpp" line="217"/>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <translation>Antwort als UTF-8-Zeichenkette erforderlich, aber vom SMTP-Client nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="205"/>
        <source>the server would have to answer in UTF-8, which the client did not allow</source>
        <translation>der Server müsste in UTF-8 antworten, was der Client nicht erlaubt hat</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="209"/>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <translation>Nachricht mit UTF-8-Kopfzeilen kann nicht an einen oder mehrere Empfänger übertragen werden, daher muss die Nachricht abgewiesen werden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="213"/>
        <source>the message has UTF-8 headers, and the way to a recipient cannot carry them</source>
        <translation>die Nachricht hat UTF-8-Kopfzeilen, und der Weg zu einem Empfänger kann sie nicht übertragen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="219"/>
        <source>the same as X.6.8; the registry keeps this duplicate as deprecated</source>
        <translation>dasselbe wie X.6.8; das Register führt dieses Duplikat als veraltet</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="222"/>
        <source>Other or undefined security status</source>
        <translation>Sonstiger oder undefinierter Sicherheitsstatus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="223"/>
        <source>something about security or policy, with no more detail (often a login or a filter)</source>
        <translation>etwas an Sicherheit oder Richtlinie, ohne weitere Details (oft eine Anmeldung oder ein Filter)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="226"/>
        <source>Delivery not authorized, message refused</source>
        <translation>Zustellung nicht autorisiert, Nachricht abgelehnt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="227"/>
        <source>the sender is not authorised to send this: a filter or policy refused it</source>
        <translation>der Absender ist nicht berechtigt, dies zu senden: ein Filter oder eine Richtlinie hat es abgelehnt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="230"/>
        <source>Mailing list expansion prohibited</source>
        <translation>Auflösen der Mailingliste untersagt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="231"/>
        <source>the sender is not allowed to send to this mailing list</source>
        <translation>der Absender darf nicht an diese Mailingliste senden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="233"/>
        <source>Security conversion required but not possible</source>
        <translation>Sicherheitskonvertierung erforderlich, aber nicht möglich</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="234"/>
        <source>the message would have to change its security format, and that is not possible</source>
        <translation>die Nachricht müsste ihr Sicherheitsformat ändern, und das ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="237"/>
        <source>Security features not supported</source>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="238"/>
        <source>the message asks for security features the way cannot support</source>
        <translation>die Nachricht verlangt Sicherheitsfunktionen, die der Weg nicht unterstützen kann</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="240"/>
        <source>Cryptographic failure</source>
        <translation>Kryptografischer Fehler</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="241"/>
        <source>a key needed to check or decrypt the message was missing or bad</source>
        <translation>ein Schlüssel, der zum Prüfen oder Entschlüsseln der Nachricht nötig ist, fehlte oder war fehlerhaft</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="244"/>
        <source>Cryptographic algorithm not supported</source>
        <translation>Kryptografischer Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="245"/>
        <source>the message uses a cryptographic algorithm the server does not support</source>
        <translation>die Nachricht verwendet einen kryptografischen Algorithmus, den der Server nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="248"/>
        <source>Message integrity failure</source>
        <translation>Fehler bei der Nachrichtenintegrität</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="249"/>
        <source>the message could not be checked because it was damaged or altered</source>
        <translation>die Nachricht konnte nicht geprüft werden, weil sie beschädigt oder verändert wurde</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="252"/>
        <source>Authentication credentials invalid</source>
        <translation>Anmeldedaten ungültig</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="254"/>
        <source>Authentication mechanism is too weak</source>
        <translation>Authentifizierungsverfahren ist zu schwach</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="255"/>
        <source>this login method is weaker than the server allows for this user</source>
        <translation>dieses Anmeldeverfahren ist schwächer, als der Server für diesen Benutzer erlaubt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="258"/>
        <source>Encryption Needed</source>
        <translation>Verschlüsselung nötig</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="259"/>
        <source>the connection must be encrypted (TLS) before this login method can be used</source>
        <translation>die Verbindung muss verschlüsselt sein (TLS), bevor dieses Anmeldeverfahren verwendet werden kann</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="263"/>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Verschlüsselung für das angeforderte Authentifizierungsverfahren erforderlich</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="264"/>
        <source>this login method may only be used over an encrypted connection</source>
        <translation>dieses Anmeldeverfahren darf nur über eine verschlüsselte Verbindung verwendet werden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="267"/>
        <source>A password transition is needed</source>
        <translation>Ein Passwortwechsel ist nötig</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="268"/>
        <source>the account must log in once with a plain password before this method works</source>
        <translation>das Konto muss sich einmal mit einem Klartext-Passwort anmelden, bevor dieses Verfahren funktioniert</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="271"/>
        <source>User Account Disabled</source>
        <translation>Benutzerkonto deaktiviert</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="272"/>
        <source>the account is disabled; only its administrator can enable it</source>
        <translation>das Konto ist deaktiviert; nur sein Administrator kann es aktivieren</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="274"/>
        <source>Trust relationship required</source>
        <translation>Vertrauensbeziehung erforderlich</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="275"/>
        <source>the server needs a configured trust with another server to fetch the content</source>
        <translation>der Server braucht eine eingerichtete Vertrauensbeziehung zu einem anderen Server, um den Inhalt abzurufen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="278"/>
        <source>Priority Level is too low</source>
        <translation>Prioritätsstufe ist zu niedrig</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="279"/>
        <source>the message&apos;s priority is below what the server takes now</source>
        <translation>die Priorität der Nachricht liegt unter dem, was der Server derzeit annimmt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="281"/>
        <source>Message is too big for the specified priority</source>
        <translation>Nachricht ist für die angegebene Priorität zu groß</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="282"/>
        <source>the message is too large for the priority it asks for</source>
        <translation>die Nachricht ist für die Priorität, die sie verlangt, zu groß</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="284"/>
        <source>Mailbox owner has changed</source>
        <translation>Inhaber des Postfachs hat gewechselt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="285"/>
        <source>the recipient&apos;s mailbox has had a new owner since the date the message required</source>
        <translation>das Postfach des Empfängers hat seit dem Datum, das die Nachricht verlangte, einen neuen Inhaber</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="288"/>
        <source>Domain owner has changed</source>
        <translation>Inhaber der Domain hat gewechselt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="289"/>
        <source>the recipient&apos;s domain has had a new owner since the date the message required</source>
        <translation>die Domain des Empfängers hat seit dem Datum, das die Nachricht verlangte, einen neuen Inhaber</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="292"/>
        <source>RRVS test cannot be completed</source>
        <translation>RRVS-Prüfung kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="293"/>
        <source>the server cannot tell whether the mailbox changed owner since the required date</source>
        <translation>der Server kann nicht feststellen, ob das Postfach seit dem verlangten Datum den Inhaber gewechselt hat</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="296"/>
        <source>No passing DKIM signature found</source>
        <translation>Keine bestandene DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="297"/>
        <source>the message carries no DKIM signature that checks out</source>
        <translation>die Nachricht trägt keine DKIM-Signatur, die der Prüfung standhält</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="299"/>
        <source>No acceptable DKIM signature found</source>
        <translation>Keine annehmbare DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="300"/>
        <source>the message has valid DKIM signatures, but none the receiver accepts</source>
        <translation>die Nachricht hat gültige DKIM-Signaturen, aber keine, die der Empfänger annimmt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="303"/>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Keine gültige, zum Autor passende DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="304"/>
        <source>no valid DKIM signature belongs to the domain in the From address</source>
        <translation>keine gültige DKIM-Signatur gehört zur Domain in der From-Adresse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="307"/>
        <source>SPF validation failed</source>
        <translation>SPF-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="308"/>
        <source>the sender&apos;s domain does not list this sending server in its SPF record</source>
        <translation>die Domain des Absenders führt diesen sendenden Server nicht in ihrem SPF-Eintrag auf</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="311"/>
        <source>SPF validation error</source>
        <translation>Fehler bei der SPF-Prüfung</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="312"/>
        <source>checking the sender&apos;s SPF record failed with an error</source>
        <translation>die Prüfung des SPF-Eintrags des Absenders ist mit einem Fehler gescheitert</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="314"/>
        <source>Reverse DNS validation failed</source>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="315"/>
        <source>the sending server&apos;s IP address has no matching reverse DNS name</source>
        <translation>die IP-Adresse des sendenden Servers hat keinen passenden Reverse-DNS-Namen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="318"/>
        <source>Multiple authentication checks failed</source>
        <translation>Mehrere Authentifizierungsprüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="319"/>
        <source>the message failed more than one check (SPF, DKIM, DMARC or others)</source>
        <translation>die Nachricht hat mehr als eine Prüfung nicht bestanden (SPF, DKIM, DMARC oder andere)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="322"/>
        <source>Sender address has null MX</source>
        <translation>Absenderadresse hat Null-MX</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="323"/>
        <source>the sender&apos;s domain says in DNS (a null MX) that it receives no mail, so replies could not arrive</source>
        <translation>die Domain des Absenders gibt im DNS (mit einem Null-MX) an, dass sie keine Mail empfängt, daher könnten Antworten nicht ankommen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="327"/>
        <source>Mail flood detected</source>
        <translation>Mailflut erkannt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="328"/>
        <source>the message looks like part of a flood of similar messages</source>
        <translation>die Nachricht sieht aus wie Teil einer Flut ähnlicher Nachrichten</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="330"/>
        <source>ARC validation failure</source>
        <translation>ARC-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="331"/>
        <source>the message&apos;s ARC chain, which forwarders add, did not check out</source>
        <translation>die ARC-Kette der Nachricht, die Weiterleiter hinzufügen, hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="334"/>
        <source>REQUIRETLS support required</source>
        <translation>REQUIRETLS-Unterstützung erforderlich</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="335"/>
        <source>the message asked for REQUIRETLS, and the next server on the way does not support it</source>
        <translation>die Nachricht hat REQUIRETLS verlangt, und der nächste Server auf dem Weg unterstützt es nicht</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="546"/>
        <source>encryption is required for this authentication mechanism</source>
        <translation>für dieses Authentifizierungsverfahren ist Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="549"/>
        <source>the mailbox is unavailable or the message was refused by policy</source>
        <translation>das Postfach ist nicht verfügbar, oder die Nachricht wurde durch eine Richtlinie abgelehnt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="552"/>
        <source>the user is not local</source>
        <translation>der Benutzer ist nicht lokal</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="554"/>
        <source>the message exceeds the storage allocation or size limit</source>
        <translation>die Nachricht überschreitet das Speicherkontingent oder die Größengrenze</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="557"/>
        <source>the mailbox name is not allowed</source>
        <translation>der Postfachname ist nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="559"/>
        <source>the transaction failed</source>
        <translation>die Transaktion ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="561"/>
        <source>the MAIL FROM or RCPT TO parameters were not recognised</source>
        <translation>die Parameter von MAIL FROM oder RCPT TO wurden nicht erkannt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="564"/>
        <source>the recipient&apos;s domain does not accept mail</source>
        <translation>die Domain des Empfängers nimmt keine Mail an</translation>
    </message>
</context>
<context>
    <name>smtp::TagList</name>
    <message>
        <location filename="../smtp/taglist.cpp" line="35"/>
        <source>an empty element between two &quot;;&quot;</source>
        <translation>ein leeres Element zwischen zwei &quot;;&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/taglist.cpp" line="40"/>
        <source>&quot;%1&quot; is not tag=value</source>
        <translation>&quot;%1&quot; ist nicht tag=value</translation>
    </message>
    <message>
        <location filename="../smtp/taglist.cpp" line="47"/>
        <source>&quot;%1&quot; is not a valid tag name</source>
        <translation>&quot;%1&quot; ist kein gültiger Tag-Name</translation>
    </message>
    <message>
        <location filename="../smtp/taglist.cpp" line="51"/>
        <source>the tag &quot;%1&quot; appears twice</source>
        <translation>der Tag &quot;%1&quot; kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>smtp::TlsChannel</name>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="144"/>
        <source>it is self-signed</source>
        <translation>es ist selbst signiert</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="146"/>
        <source>its chain ends in a self-signed certificate nobody here trusts</source>
        <translation>seine Kette endet in einem selbst signierten Zertifikat, dem hier niemand vertraut</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="150"/>
        <source>its issuer is not trusted here</source>
        <translation>seinem Aussteller wird hier nicht vertraut</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="152"/>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="154"/>
        <source>it is not valid yet</source>
        <translation>es ist noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="157"/>
        <source>it is for another name</source>
        <translation>es gilt für einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="159"/>
        <source>OpenSSL says: %1</source>
        <translation>OpenSSL meldet: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="219"/>
        <location filename="../smtp/tlschannel.cpp" line="268"/>
        <source>The TLS library could not be set up: %1</source>
        <translation>Die TLS-Bibliothek ließ sich nicht einrichten: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="258"/>
        <source>The CA file given holds no certificate that can be read.</source>
        <translation>Die angegebene CA-Datei enthält kein lesbares Zertifikat.</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="283"/>
        <source>The address %1 cannot be checked against a certificate.</source>
        <translation>Die Adresse %1 lässt sich nicht mit einem Zertifikat abgleichen.</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="294"/>
        <source>The server name %1 cannot be checked against a certificate.</source>
        <translation>Der Servername %1 lässt sich nicht mit einem Zertifikat abgleichen.</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="375"/>
        <source>the server ended the TLS handshake</source>
        <translation>der Server hat den TLS-Handshake beendet</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="401"/>
        <source>TLS error while sending: %1</source>
        <translation>TLS-Fehler beim Senden: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="426"/>
        <source>TLS error while receiving: %1</source>
        <translation>TLS-Fehler beim Empfangen: %1</translation>
    </message>
</context>
<context>
    <name>smtp::TlsReport</name>
    <message>
        <location filename="../smtp/certificateinfo.cpp" line="92"/>
        <source>%1 bits, of a kind Qt does not name</source>
        <translation>%1 Bit, von einer Art, die Qt nicht benennt</translation>
    </message>
    <message>
        <location filename="../smtp/certificateinfo.cpp" line="93"/>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="49"/>
        <source>TLS version %1 (1.2 or later, as RFC 8996 requires)</source>
        <translation>TLS-Version %1 (1.2 oder neuer, wie RFC 8996 verlangt)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="50"/>
        <source>TLS version %1 is older than 1.2</source>
        <translation>TLS-Version %1 ist älter als 1.2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="55"/>
        <source>The certificate is the pinned one (SHA-256 %1)</source>
        <translation>Das Zertifikat ist das gespeicherte (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="57"/>
        <source>The certificate is not the pinned one (its SHA-256 is %1)</source>
        <translation>Das Zertifikat ist nicht das gespeicherte (sein SHA-256 ist %1)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="64"/>
        <source>The certificate covers the name %1</source>
        <translation>Das Zertifikat gilt für den Namen %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="65"/>
        <source>The certificate does not cover the name %1</source>
        <translation>Das Zertifikat gilt nicht für den Namen %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="71"/>
        <source>Every certificate of the chain is within its validity dates</source>
        <translation>Jedes Zertifikat der Kette liegt innerhalb seiner Gültigkeitsdaten</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="72"/>
        <source>A certificate of the chain is expired or not yet valid</source>
        <translation>Ein Zertifikat der Kette ist abgelaufen oder noch nicht gültig</translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="75"/>
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="80"/>
        <source>The chain is trusted (by the system&apos;s CAs or the extra CA file)</source>
        <translation>Die Kette ist vertrauenswürdig (durch die CAs des Systems oder die zusätzliche CA-Datei)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="81"/>
        <source>The chain is accepted (trusted, or the pinned certificate)</source>
        <translation>Die Kette ist akzeptiert (vertrauenswürdig oder das gespeicherte Zertifikat)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="105"/>
        <source>TLS handshake not finished</source>
        <translation>TLS-Handshake nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="105"/>
        <source>%1, cipher %2</source>
        <translation>%1, Cipher %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="108"/>
        <source>%1: %n checks passed</source>
        <translation>
            <numerusform>%1: %n Prüfung bestanden</numerusform>
            <numerusform>%1: %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="111"/>
        <source>%1: %2 of %n checks failed</source>
        <translation>
            <numerusform>%1: %2 von %n Prüfung fehlgeschlagen</numerusform>
            <numerusform>%1: %2 von %n Prüfungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="121"/>
        <source>TLS: %1, cipher %2 (%3-bit key)</source>
        <translation>TLS: %1, Cipher %2 (%3-Bit-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="122"/>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS: %1, Cipher %2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="123"/>
        <source>negotiated apart from the cipher (TLS 1.3)</source>
        <translation>unabhängig vom Cipher ausgehandelt (TLS 1.3)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="125"/>
        <source>%1, ephemeral key %2</source>
        <translation>%1, kurzlebiger Schlüssel %2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="126"/>
        <source>  Key exchange: %1</source>
        <translation>  Schlüsselaustausch: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="128"/>
        <source>  Server authentication: %1</source>
        <translation>  Server-Authentifizierung: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="130"/>
        <source>TLS: the handshake with %1 did not finish</source>
        <translation>TLS: Der Handshake mit %1 wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="134"/>
        <source>  Certificate %1: %2, issued by %3%4</source>
        <translation>  Zertifikat %1: %2, ausgestellt von %3%4</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="136"/>
        <source> (self-signed)</source>
        <translation> (selbstsigniert)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="137"/>
        <source>    valid %1 to %2</source>
        <translation>    gültig von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="140"/>
        <source>    names: %1</source>
        <translation>    Namen: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="142"/>
        <source>    key: %1</source>
        <translation>    Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="143"/>
        <source>    SHA-256: %1</source>
        <translation>    SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="146"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="146"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>smtp::commandline</name>
    <message>
        <location filename="../smtp/commandline.cpp" line="51"/>
        <source>an address literal must be closed with &quot;]&quot;</source>
        <translation>ein Adressliteral muss mit &quot;]&quot; geschlossen werden</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="57"/>
        <source>an address literal must be an IPv4 address, IPv6:address or tag:value</source>
        <translation>ein Adressliteral muss eine IPv4-Adresse, IPv6:Adresse oder tag:value sein</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="65"/>
        <location filename="../smtp/commandline.cpp" line="69"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="74"/>
        <location filename="../smtp/commandline.cpp" line="77"/>
        <source>the tag of an address literal must be letters, digits and hyphens</source>
        <translation>der Tag eines Adressliterals muss aus Buchstaben, Ziffern und Bindestrichen bestehen</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="79"/>
        <source>an address literal needs a value after &quot;%1:&quot;</source>
        <translation>ein Adressliteral braucht einen Wert nach &quot;%1:&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="85"/>
        <source>an address literal may hold only printable ASCII other than &quot;[&quot;, &quot;\&quot; and &quot;]&quot;</source>
        <translation>ein Adressliteral darf nur druckbares ASCII außer &quot;[&quot;, &quot;\&quot; und &quot;]&quot; enthalten</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="93"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="95"/>
        <source>the name contains a line break or NUL</source>
        <translation>der Name enthält einen Zeilenumbruch oder NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="102"/>
        <source>&quot;%1&quot; is not a host name (letters, digits and hyphens, separated by dots) nor an address literal such as [192.0.2.1]</source>
        <translation>&quot;%1&quot; ist weder ein Hostname (Buchstaben, Ziffern und Bindestriche, durch Punkte getrennt) noch ein Adressliteral wie [192.0.2.1]</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="125"/>
        <source>NOTIFY contains a line break or NUL</source>
        <translation>NOTIFY enthält einen Zeilenumbruch oder NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="139"/>
        <source>NOTIFY has an empty item</source>
        <translation>NOTIFY hat ein leeres Element</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="140"/>
        <source>NOTIFY does not know &quot;%1&quot; (use NEVER, or SUCCESS, FAILURE and DELAY)</source>
        <translation>NOTIFY kennt &quot;%1&quot; nicht (verwenden Sie NEVER oder SUCCESS, FAILURE und DELAY)</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="145"/>
        <source>NOTIFY names %1 twice</source>
        <translation>NOTIFY nennt %1 zweimal</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="152"/>
        <location filename="../smtp/commandline.cpp" line="321"/>
        <source>NOTIFY=NEVER cannot be combined with SUCCESS, FAILURE or DELAY</source>
        <translation>NOTIFY=NEVER kann nicht mit SUCCESS, FAILURE oder DELAY kombiniert werden</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="162"/>
        <source>RET contains a line break or NUL</source>
        <translation>RET enthält einen Zeilenumbruch oder NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="166"/>
        <source>RET must be FULL or HDRS, not &quot;%1&quot;</source>
        <translation>RET muss FULL oder HDRS sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="175"/>
        <source>ENVID contains a line break or NUL</source>
        <translation>ENVID enthält einen Zeilenumbruch oder NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="177"/>
        <source>ENVID is empty</source>
        <translation>ENVID ist leer</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="180"/>
        <source>ENVID may hold only printable ASCII characters</source>
        <translation>ENVID darf nur druckbare ASCII-Zeichen enthalten</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="182"/>
        <source>ENVID is longer than 100 characters once encoded</source>
        <translation>ENVID ist kodiert länger als 100 Zeichen</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="189"/>
        <source>the user name is empty</source>
        <translation>der Benutzername ist leer</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="191"/>
        <source>the user name contains a line break or NUL</source>
        <translation>der Benutzername enthält einen Zeilenumbruch oder NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="227"/>
        <source>the address contains a line break or NUL</source>
        <translation>die Adresse enthält einen Zeilenumbruch oder NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="229"/>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="234"/>
        <source>the address contains a control character</source>
        <translation>die Adresse enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="236"/>
        <source>the address has non-ASCII characters and SMTPUTF8 is not in use</source>
        <translation>die Adresse enthält Nicht-ASCII-Zeichen, und SMTPUTF8 wird nicht verwendet</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="240"/>
        <source>the address has a bad escape in its quoted part</source>
        <translation>die Adresse hat in ihrem Teil in Anführungszeichen ein fehlerhaftes Escape-Zeichen</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="246"/>
        <source>the address contains a space or an angle bracket</source>
        <translation>die Adresse enthält ein Leerzeichen oder eine spitze Klammer</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="249"/>
        <source>the address has an unclosed quote</source>
        <translation>die Adresse hat ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="330"/>
        <source>the original recipient contains a line break or NUL</source>
        <translation>der ursprüngliche Empfänger enthält einen Zeilenumbruch oder NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="355"/>
        <location filename="../smtp/commandline.cpp" line="360"/>
        <source>the login method name is not valid</source>
        <translation>der Name des Anmeldeverfahrens ist ungültig</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="366"/>
        <location filename="../smtp/commandline.cpp" line="377"/>
        <source>the login response is not base64</source>
        <translation>die Anmeldeantwort ist kein base64</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="400"/>
        <source>the line contains a line break (CR or LF) or a NUL character, which would end or cut the command; nothing was sent</source>
        <translation>die Zeile enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen, das den Befehl beenden oder abschneiden würde; nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="403"/>
        <source>the line is empty; nothing was sent</source>
        <translation>die Zeile ist leer; nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="405"/>
        <source>the line is %1 octets long; a command line may have at most %2 (512 with its CRLF, RFC 5321 §4.5.3.1.4); nothing was sent</source>
        <translation>die Zeile ist %1 Oktette lang; eine Befehlszeile darf höchstens %2 haben (512 mit ihrem CRLF, RFC 5321 §4.5.3.1.4); nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="420"/>
        <source>the line contains a line break (CR or LF) or a NUL character; each line of the message is typed on its own; nothing was sent</source>
        <translation>die Zeile enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen; jede Zeile der Nachricht wird einzeln eingegeben; nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="423"/>
        <source>the line is %1 octets long; a line of a message may have at most %2 (1000 with its CRLF, RFC 5321 §4.5.3.1.6); nothing was sent</source>
        <translation>die Zeile ist %1 Oktette lang; eine Zeile einer Nachricht darf höchstens %2 haben (1000 mit ihrem CRLF, RFC 5321 §4.5.3.1.6); nichts wurde gesendet</translation>
    </message>
</context>
<context>
    <name>smtp::dkim</name>
    <message>
        <location filename="../smtp/dkim.cpp" line="32"/>
        <source>v= must be the first tag and be DKIM1</source>
        <translation>v= muss der erste Tag sein und DKIM1 lauten</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="36"/>
        <source>the public key p= is missing</source>
        <translation>der öffentliche Schlüssel p= fehlt</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="53"/>
        <source>the public key p= is not valid base64</source>
        <translation>der öffentliche Schlüssel p= ist kein gültiges base64</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="59"/>
        <source>an ed25519 key must be 32 bytes, this one has %1</source>
        <translation>ein ed25519-Schlüssel muss 32 Byte lang sein, dieser hat %1</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="66"/>
        <source>k=%1 is not a key type DKIM knows (rsa or ed25519)</source>
        <translation>k=%1 ist kein Schlüsseltyp, den DKIM kennt (rsa oder ed25519)</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="71"/>
        <source>the public key p= is not an RSA public key</source>
        <translation>der öffentliche Schlüssel p= ist kein öffentlicher RSA-Schlüssel</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="85"/>
        <source>The DKIM key at %1 cannot be used: %2. Signatures with this selector fail.</source>
        <translation>Der DKIM-Schlüssel unter %1 kann nicht verwendet werden: %2. Signaturen mit diesem Selektor schlagen fehl.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="87"/>
        <source>Publish the key exactly as your mail provider or signing software gives it.</source>
        <translation>Veröffentlichen Sie den Schlüssel genau so, wie Ihr Mail-Anbieter oder Ihre Signatursoftware ihn ausgibt.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="93"/>
        <source>The DKIM key at %1 is revoked (empty p=): signatures with this selector fail.</source>
        <translation>Der DKIM-Schlüssel unter %1 ist widerrufen (leeres p=): Signaturen mit diesem Selektor schlagen fehl.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="94"/>
        <source>Stop signing with selector %1, or publish its key again.</source>
        <translation>Signieren Sie nicht mehr mit dem Selektor %1, oder veröffentlichen Sie seinen Schlüssel erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="100"/>
        <source>The DKIM key at %1 is RSA of %2 bits: receivers ignore keys under 1024 bits (RFC 8301).</source>
        <translation>Der DKIM-Schlüssel unter %1 ist ein RSA-Schlüssel mit %2 Bit: Empfänger ignorieren Schlüssel unter 1024 Bit (RFC 8301).</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="103"/>
        <location filename="../smtp/dkim.cpp" line="109"/>
        <source>Generate a 2048-bit key and publish it under a new selector.</source>
        <translation>Erzeugen Sie einen 2048-Bit-Schlüssel und veröffentlichen Sie ihn unter einem neuen Selektor.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="106"/>
        <source>The DKIM key at %1 is RSA of %2 bits: accepted, but 2048 bits is recommended.</source>
        <translation>Der DKIM-Schlüssel unter %1 ist ein RSA-Schlüssel mit %2 Bit: akzeptiert, aber 2048 Bit werden empfohlen.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="114"/>
        <source>The DKIM key at %1 is present: %2, %3 bits.</source>
        <translation>Der DKIM-Schlüssel unter %1 ist vorhanden: %2, %3 Bit.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="118"/>
        <source>The key is marked as testing (t=y): receivers may treat its signatures as unsigned.</source>
        <translation>Der Schlüssel ist als Test markiert (t=y): Empfänger behandeln seine Signaturen möglicherweise wie unsigniert.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="119"/>
        <source>Remove t=y once signing works.</source>
        <translation>Entfernen Sie t=y, sobald das Signieren funktioniert.</translation>
    </message>
</context>
<context>
    <name>smtp::dmarc</name>
    <message>
        <location filename="../smtp/dmarc.cpp" line="46"/>
        <source>the record must start with v=DMARC1</source>
        <translation>der Eintrag muss mit v=DMARC1 beginnen</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="50"/>
        <source>the policy p= must come right after v=DMARC1</source>
        <translation>die Richtlinie p= muss direkt nach v=DMARC1 kommen</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="60"/>
        <source>%1=%2: the policy must be none, quarantine or reject</source>
        <translation>%1=%2: Die Richtlinie muss none, quarantine oder reject sein</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="68"/>
        <source>pct=%1: the percentage must be a whole number from 0 to 100</source>
        <translation>pct=%1: Der Prozentsatz muss eine ganze Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="74"/>
        <source>%1=%2: alignment must be r (relaxed) or s (strict)</source>
        <translation>%1=%2: Die Ausrichtung muss r (relaxed) oder s (strict) sein</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="83"/>
        <source>%1: &quot;%2&quot; is not a report address (mailto:ADDRESS)</source>
        <translation>%1: &quot;%2&quot; ist keine Berichtsadresse (mailto:ADRESSE)</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="93"/>
        <source>ri=%1: the report interval must be a number of seconds</source>
        <translation>ri=%1: Das Berichtsintervall muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="99"/>
        <source>fo=%1: the failure options are 0, 1, d and s, separated by &quot;:&quot;</source>
        <translation>fo=%1: Die Fehleroptionen sind 0, 1, d und s, getrennt durch &quot;:&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="104"/>
        <source>rf=%1: the only report format is afrf</source>
        <translation>rf=%1: Das einzige Berichtsformat ist afrf</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="119"/>
        <source>The DMARC record of %1 has a syntax error: %2. Receivers ignore it, as if there were none.</source>
        <translation>Der DMARC-Eintrag von %1 hat einen Syntaxfehler: %2. Empfänger ignorieren ihn, als gäbe es keinen.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="122"/>
        <source>Correct it, e.g. &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</source>
        <translation>Korrigieren Sie ihn, z. B. &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="128"/>
        <source>%1 has no DMARC record of its own; the one of its organisational domain %2 applies (with its sp= policy, if any).</source>
        <translation>%1 hat keinen eigenen DMARC-Eintrag; es gilt der seiner Organisationsdomain %2 (mit deren sp=-Richtlinie, falls vorhanden).</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="136"/>
        <source>The DMARC policy is p=none: receivers only report; mail that fails SPF and DKIM alignment is still delivered, so the domain can be forged.</source>
        <translation>Die DMARC-Richtlinie ist p=none: Empfänger berichten nur; Mail, die bei der SPF- und DKIM-Ausrichtung durchfällt, wird trotzdem zugestellt, daher kann die Domain gefälscht werden.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="138"/>
        <source>After reading the reports for a while, move to p=quarantine, then p=reject.</source>
        <translation>Wechseln Sie, nachdem Sie die Berichte eine Weile gelesen haben, zu p=quarantine und dann zu p=reject.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="142"/>
        <source>The DMARC policy is p=quarantine: mail that fails alignment goes to spam.</source>
        <translation>Die DMARC-Richtlinie ist p=quarantine: Mail, die bei der Ausrichtung durchfällt, landet im Spam.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="147"/>
        <source>The DMARC policy is p=reject: mail that fails alignment is refused.</source>
        <translation>Die DMARC-Richtlinie ist p=reject: Mail, die bei der Ausrichtung durchfällt, wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="152"/>
        <source>Subdomains have their own policy: sp=%1.</source>
        <translation>Subdomains haben ihre eigene Richtlinie: sp=%1.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="156"/>
        <source>pct=%1: the policy applies to %1% of failing mail only; the rest is treated as with p=none.</source>
        <translation>pct=%1: Die Richtlinie gilt nur für %1% der durchgefallenen Mail; der Rest wird wie bei p=none behandelt.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="159"/>
        <source>Raise pct to 100 (or remove it) once you are confident.</source>
        <translation>Erhöhen Sie pct auf 100 (oder entfernen Sie es), sobald Sie sicher sind.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="163"/>
        <source>Alignment: DKIM %1, SPF %2 (relaxed: the signing or envelope domain may be a subdomain of the From domain; strict: it must be the same name).</source>
        <translation>Ausrichtung: DKIM %1, SPF %2 (relaxed: Die Signatur- oder Umschlagdomain darf eine Subdomain der From-Domain sein; strict: Es muss derselbe Name sein).</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="165"/>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="165"/>
        <source>relaxed</source>
        <translation>relaxed</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="169"/>
        <source>No aggregate report address (rua=): you will not learn who sends mail as %1, nor what fails.</source>
        <translation>Keine Adresse für Sammelberichte (rua=): Sie erfahren weder, wer Mail als %1 sendet, noch, was fehlschlägt.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="172"/>
        <source>Add rua=mailto:ADDRESS to receive the daily reports.</source>
        <translation>Fügen Sie rua=mailto:ADRESSE hinzu, um die täglichen Berichte zu erhalten.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="176"/>
        <source>Aggregate reports go to %1.</source>
        <translation>Sammelberichte gehen an %1.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="182"/>
        <source>Failure reports go to %1 (few receivers send them).</source>
        <translation>Fehlerberichte gehen an %1 (nur wenige Empfänger senden sie).</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="194"/>
        <source>Reports for %1 go to another domain (%2): it must publish &quot;%1._report._dmarc.%2&quot; (RFC 7489 §7.1), or receivers will not send them.</source>
        <translation>Berichte für %1 gehen an eine andere Domain (%2): Diese muss &quot;%1._report._dmarc.%2&quot; veröffentlichen (RFC 7489 §7.1), sonst senden Empfänger sie nicht.</translation>
    </message>
</context>
<context>
    <name>smtp::domainreport</name>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="81"/>
        <source>%1 has no MX record: replies and bounces go to its address record, if it has one (RFC 5321 §5.1), and some receivers distrust senders whose domain receives no mail.</source>
        <translation>%1 hat keinen MX-Eintrag: Antworten und Unzustellbarkeitsmeldungen gehen an seinen Adresseintrag, falls vorhanden (RFC 5321 §5.1), und manche Empfänger misstrauen Absendern, deren Domain keine Mail empfängt.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="84"/>
        <source>Publish an MX record naming the server that receives mail for %1.</source>
        <translation>Veröffentlichen Sie einen MX-Eintrag, der den Server nennt, der Mail für %1 empfängt.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="90"/>
        <source>%1 publishes a null MX (RFC 7505): it receives no mail, so replies and bounces to its senders are lost.</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): Die Domain empfängt keine Mail, daher gehen Antworten und Unzustellbarkeitsmeldungen an ihre Absender verloren.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="93"/>
        <source>If people should be able to reply, publish a real MX record.</source>
        <translation>Wenn man antworten können soll, veröffentlichen Sie einen echten MX-Eintrag.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="100"/>
        <source>The mail server %1 (an MX of %2) has no address (A or AAAA record): mail to %2 cannot be delivered to it.</source>
        <translation>Der Mailserver %1 (ein MX von %2) hat keine Adresse (A- oder AAAA-Eintrag): Mail an %2 kann ihm nicht zugestellt werden.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="103"/>
        <source>Give %1 an A record, or remove it from the MX records.</source>
        <translation>Geben Sie %1 einen A-Eintrag oder entfernen Sie ihn aus den MX-Einträgen.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="108"/>
        <source>Mail for %1 is received by %2 (%3).</source>
        <translation>Mail für %1 wird von %2 (%3) empfangen.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="126"/>
        <source>%1 has no SPF record: receivers cannot tell which servers may send its mail, and large providers refuse or junk mail that has neither SPF nor DKIM.</source>
        <translation>%1 hat keinen SPF-Eintrag: Empfänger können nicht erkennen, welche Server seine Mail senden dürfen, und große Anbieter lehnen Mail ohne SPF und ohne DKIM ab oder stufen sie als Spam ein.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="129"/>
        <source>Publish a TXT record at %1 such as &quot;v=spf1 mx include:YOUR-PROVIDER -all&quot; (your mail provider documents its include).</source>
        <translation>Veröffentlichen Sie unter %1 einen TXT-Eintrag wie &quot;v=spf1 mx include:YOUR-PROVIDER -all&quot; (Ihr Mail-Anbieter dokumentiert sein include).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="136"/>
        <source>The SPF record of %1: %2</source>
        <translation>Der SPF-Eintrag von %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="150"/>
        <source>Checking an address against the record takes %1 of the %2 DNS lookups allowed (RFC 7208 §4.6.4), %3 of them finding nothing.</source>
        <translation>Eine Adresse gegen den Eintrag zu prüfen, braucht %1 der %2 erlaubten DNS-Abfragen (RFC 7208 §4.6.4), davon finden %3 nichts.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="156"/>
        <source>Close to the limit: one more include and SPF fails for everyone. Replace includes by ip4/ip6 ranges where you can.</source>
        <translation>Nahe an der Grenze: Noch ein include, und SPF schlägt für alle fehl. Ersetzen Sie includes, wo möglich, durch ip4/ip6-Bereiche.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="166"/>
        <source>For the submission server %1 (%2), SPF says %3: %4.</source>
        <translation>Für den Einlieferungsserver %1 (%2) sagt SPF %3: %4.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="172"/>
        <source>It matched %1.</source>
        <translation>Er passte zu %1.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="180"/>
        <source>Add the server to the record: &quot;%1&quot; (or your provider&apos;s include), before the &quot;all&quot; at the end.</source>
        <translation>Fügen Sie den Server dem Eintrag hinzu: &quot;%1&quot; (oder das include Ihres Anbieters), vor dem &quot;all&quot; am Ende.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="187"/>
        <source>Check that the DNS servers answer.</source>
        <translation>Prüfen Sie, ob die DNS-Server antworten.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="190"/>
        <source>Correct the record (see above).</source>
        <translation>Korrigieren Sie den Eintrag (siehe oben).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="216"/>
        <source>%1 has no DMARC record: receivers do not know what to do with mail that fails SPF and DKIM, and large providers require one from bulk senders.</source>
        <translation>%1 hat keinen DMARC-Eintrag: Empfänger wissen nicht, was sie mit Mail tun sollen, die bei SPF und DKIM durchfällt, und große Anbieter verlangen einen von Massenversendern.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="219"/>
        <source>Publish a TXT record at _dmarc.%1: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot; to start with.</source>
        <translation>Veröffentlichen Sie für den Anfang einen TXT-Eintrag unter _dmarc.%1: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="227"/>
        <source>_dmarc.%1 holds %2 DMARC records: receivers then apply none of them.</source>
        <translation>_dmarc.%1 enthält %2 DMARC-Einträge: Empfänger wenden dann keinen davon an.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="230"/>
        <location filename="../smtp/domaincheck.cpp" line="288"/>
        <source>Keep exactly one.</source>
        <translation>Behalten Sie genau einen.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="234"/>
        <source>The DMARC record of %1: %2</source>
        <translation>Der DMARC-Eintrag von %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="244"/>
        <source>No DKIM selector given, so no key was looked up (DNS cannot list them).</source>
        <translation>Kein DKIM-Selektor angegeben, daher wurde kein Schlüssel abgefragt (DNS kann sie nicht auflisten).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="245"/>
        <source>Give the selector: it is the s= of the DKIM-Signature header in a message you sent.</source>
        <translation>Geben Sie den Selektor an: Es ist das s= der DKIM-Signature-Kopfzeile in einer von Ihnen gesendeten Nachricht.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="255"/>
        <source>There is no DKIM key at %1: messages signed with selector %2 fail DKIM.</source>
        <translation>Unter %1 gibt es keinen DKIM-Schlüssel: Mit dem Selektor %2 signierte Nachrichten fallen bei DKIM durch.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="257"/>
        <source>Publish the public key your mail provider or signing software gives for selector %1, or check the selector&apos;s spelling.</source>
        <translation>Veröffentlichen Sie den öffentlichen Schlüssel, den Ihr Mail-Anbieter oder Ihre Signatursoftware für den Selektor %1 ausgibt, oder prüfen Sie die Schreibweise des Selektors.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="278"/>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without verified TLS.</source>
        <translation>%1 veröffentlicht keine MTA-STS-Richtlinie: Absender können ohne geprüftes TLS an die Domain zustellen.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="279"/>
        <source>Optional: publish _mta-sts.%1 and a policy file at https://mta-sts.%1/.well-known/mta-sts.txt (RFC 8461) so senders insist on TLS.</source>
        <translation>Optional: Veröffentlichen Sie _mta-sts.%1 und eine Richtliniendatei unter https://mta-sts.%1/.well-known/mta-sts.txt (RFC 8461), damit Absender auf TLS bestehen.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="285"/>
        <source>_mta-sts.%1 holds %2 MTA-STS records: senders then ignore MTA-STS (RFC 8461 §3.1).</source>
        <translation>_mta-sts.%1 enthält %2 MTA-STS-Einträge: Absender ignorieren dann MTA-STS (RFC 8461 §3.1).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="306"/>
        <source>%1 publishes no TLS-RPT record: senders cannot report TLS failures to you.</source>
        <translation>%1 veröffentlicht keinen TLS-RPT-Eintrag: Absender können Ihnen TLS-Fehler nicht melden.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="307"/>
        <source>Publish a TXT record at _smtp._tls.%1: &quot;v=TLSRPTv1; rua=mailto:tls-reports@%1&quot; (RFC 8460).</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag unter _smtp._tls.%1: &quot;v=TLSRPTv1; rua=mailto:tls-reports@%1&quot; (RFC 8460).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="315"/>
        <source>The TLS-RPT record _smtp._tls.%1 has an error: %2.</source>
        <translation>Der TLS-RPT-Eintrag _smtp._tls.%1 hat einen Fehler: %2.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="316"/>
        <source>Write it as &quot;v=TLSRPTv1; rua=mailto:ADDRESS&quot;.</source>
        <translation>Schreiben Sie ihn als &quot;v=TLSRPTv1; rua=mailto:ADRESSE&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="320"/>
        <source>TLS failure reports go to %1.</source>
        <translation>TLS-Fehlerberichte gehen an %1.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="331"/>
        <source>The server name %1 has no address.</source>
        <translation>Der Servername %1 hat keine Adresse.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="332"/>
        <source>Check the server name in your account settings.</source>
        <translation>Prüfen Sie den Servernamen in Ihren Kontoeinstellungen.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="338"/>
        <source>Could not read the greeting of %1: %2</source>
        <translation>Die Begrüßung von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="339"/>
        <source>Its name was not compared with the reverse DNS.</source>
        <translation>Sein Name wurde nicht mit dem Reverse-DNS verglichen.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="343"/>
        <source>%1 greets with &quot;%2&quot; and introduces itself in EHLO as %3.</source>
        <translation>%1 begrüßt mit &quot;%2&quot; und stellt sich in EHLO als %3 vor.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="351"/>
        <source>The address %1 of %2 has no reverse DNS (PTR record): many receivers refuse or junk mail from such addresses.</source>
        <translation>Die Adresse %1 von %2 hat keinen Reverse-DNS (PTR-Eintrag): Viele Empfänger lehnen Mail von solchen Adressen ab oder stufen sie als Spam ein.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="354"/>
        <source>Ask whoever runs the server&apos;s network to set the PTR record of %1 to the server&apos;s name.</source>
        <translation>Bitten Sie den Betreiber des Servernetzes, den PTR-Eintrag von %1 auf den Namen des Servers zu setzen.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="365"/>
        <source>The reverse DNS of %1 says %2, but that name does not lead back to %1: receivers treat the name as unverified.</source>
        <translation>Der Reverse-DNS von %1 sagt %2, aber dieser Name führt nicht zurück zu %1: Empfänger behandeln den Namen als ungeprüft.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="368"/>
        <source>Give %1 an address record for %2.</source>
        <translation>Geben Sie %1 einen Adresseintrag für %2.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="372"/>
        <source>The reverse DNS of %1 is %2, and it leads back to the address.</source>
        <translation>Der Reverse-DNS von %1 ist %2, und er führt zurück zur Adresse.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="383"/>
        <source>The server&apos;s greeting name %1 matches its reverse DNS.</source>
        <translation>Der Begrüßungsname %1 des Servers stimmt mit seinem Reverse-DNS überein.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="387"/>
        <source>The server greets as %1, but the reverse DNS of %2 is %3: receivers that compare them may distrust its mail.</source>
        <translation>Der Server begrüßt als %1, aber der Reverse-DNS von %2 ist %3: Empfänger, die beides vergleichen, misstrauen möglicherweise seiner Mail.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="390"/>
        <source>Make the server&apos;s host name and the PTR record of its address the same.</source>
        <translation>Machen Sie den Hostnamen des Servers und den PTR-Eintrag seiner Adresse gleich.</translation>
    </message>
</context>
<context>
    <name>smtp::mtasts</name>
    <message>
        <location filename="../smtp/mtasts.cpp" line="34"/>
        <source>the record must start with v=STSv1</source>
        <translation>der Eintrag muss mit v=STSv1 beginnen</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="40"/>
        <source>the id= tag is missing</source>
        <translation>der Tag id= fehlt</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="45"/>
        <source>id=%1: the id must be 1 to 32 letters and digits</source>
        <translation>id=%1: Die ID muss aus 1 bis 32 Buchstaben und Ziffern bestehen</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="62"/>
        <source>the line &quot;%1&quot; is not &quot;key: value&quot;</source>
        <translation>die Zeile &quot;%1&quot; ist nicht &quot;key: value&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="69"/>
        <source>version: %1 is not STSv1</source>
        <translation>version: %1 ist nicht STSv1</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="76"/>
        <source>mode: %1 is not enforce, testing or none</source>
        <translation>mode: %1 ist nicht enforce, testing oder none</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="84"/>
        <source>mx: %1 is not a host name pattern</source>
        <translation>mx: %1 ist kein Hostnamen-Muster</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="93"/>
        <source>max_age: %1 is not a number of seconds up to 31557600</source>
        <translation>max_age: %1 ist keine Anzahl Sekunden bis 31557600</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="100"/>
        <source>the version: STSv1 line is missing</source>
        <translation>die Zeile version: STSv1 fehlt</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="102"/>
        <source>the mode: line is missing</source>
        <translation>die Zeile mode: fehlt</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="104"/>
        <source>the max_age: line is missing</source>
        <translation>die Zeile max_age: fehlt</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="106"/>
        <source>no mx: line: with mode %1 the policy must name the mail servers</source>
        <translation>keine mx:-Zeile: Mit mode %1 muss die Richtlinie die Mailserver nennen</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="129"/>
        <source>The MTA-STS record _mta-sts.%1 has an error: %2. Senders ignore MTA-STS.</source>
        <translation>Der MTA-STS-Eintrag _mta-sts.%1 hat einen Fehler: %2. Absender ignorieren MTA-STS.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="131"/>
        <source>Publish &quot;v=STSv1; id=20260101&quot; (change the id whenever the policy changes).</source>
        <translation>Veröffentlichen Sie &quot;v=STSv1; id=20260101&quot; (ändern Sie die ID bei jeder Änderung der Richtlinie).</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="136"/>
        <source>The MTA-STS policy https://mta-sts.%1/.well-known/mta-sts.txt cannot be used: %2.</source>
        <translation>Die MTA-STS-Richtlinie https://mta-sts.%1/.well-known/mta-sts.txt kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="138"/>
        <source>Serve a text/plain file over HTTPS with a valid certificate for mta-sts.%1, with version, mode, mx and max_age lines.</source>
        <translation>Stellen Sie über HTTPS mit einem gültigen Zertifikat für mta-sts.%1 eine text/plain-Datei mit den Zeilen version, mode, mx und max_age bereit.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="146"/>
        <source>MTA-STS is enforced (id %1): senders deliver to %2 only over verified TLS.</source>
        <translation>MTA-STS wird erzwungen (ID %1): Absender stellen an %2 nur über geprüftes TLS zu.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="151"/>
        <source>MTA-STS is in testing mode (id %1): senders report TLS failures but still deliver.</source>
        <translation>MTA-STS ist im Testmodus (ID %1): Absender melden TLS-Fehler, stellen aber trotzdem zu.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="153"/>
        <source>Once the TLS reports are clean, set mode: enforce.</source>
        <translation>Sobald die TLS-Berichte sauber sind, setzen Sie mode: enforce.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="156"/>
        <source>MTA-STS is published with mode: none (switched off).</source>
        <translation>MTA-STS ist mit mode: none veröffentlicht (ausgeschaltet).</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="159"/>
        <source>max_age is %1 seconds: senders forget the policy quickly, which weakens it.</source>
        <translation>max_age ist %1 Sekunden: Absender vergessen die Richtlinie schnell, was sie schwächt.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="161"/>
        <source>Use at least a day (86400), and weeks (e.g. 1209600) once it works.</source>
        <translation>Verwenden Sie mindestens einen Tag (86400) und, sobald es funktioniert, Wochen (z. B. 1209600).</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="171"/>
        <source>The mail server %1 (an MX of %2) is not named in the policy&apos;s mx lines: senders that enforce MTA-STS will not deliver to it.</source>
        <translation>Der Mailserver %1 (ein MX von %2) wird in den mx-Zeilen der Richtlinie nicht genannt: Absender, die MTA-STS erzwingen, stellen ihm nicht zu.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="174"/>
        <source>Add &quot;mx: %1&quot; to the policy and change the id in _mta-sts.%2.</source>
        <translation>Fügen Sie der Richtlinie &quot;mx: %1&quot; hinzu und ändern Sie die ID in _mta-sts.%2.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="195"/>
        <source>the record must start with v=TLSRPTv1</source>
        <translation>der Eintrag muss mit v=TLSRPTv1 beginnen</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="199"/>
        <source>the report address rua= is missing</source>
        <translation>die Berichtsadresse rua= fehlt</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="206"/>
        <source>rua: &quot;%1&quot; is not mailto:ADDRESS nor an https:// address</source>
        <translation>rua: &quot;%1&quot; ist weder mailto:ADRESSE noch eine https://-Adresse</translation>
    </message>
</context>
<context>
    <name>smtp::saslPrep</name>
    <message>
        <location filename="../smtp/saslprep.cpp" line="25"/>
        <source>it contains a character that SASLprep (RFC 4013) forbids, such as a control character</source>
        <translation>es enthält ein Zeichen, das SASLprep (RFC 4013) verbietet, etwa ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../smtp/saslprep.cpp" line="32"/>
        <source>it mixes right-to-left and left-to-right text in a way that SASLprep (RFC 4013 §6) forbids</source>
        <translation>es mischt Rechts-nach-links- und Links-nach-rechts-Text auf eine Weise, die SASLprep (RFC 4013 §6) verbietet</translation>
    </message>
    <message>
        <location filename="../smtp/saslprep.cpp" line="37"/>
        <source>SASLprep (RFC 4013) could not prepare it (error %1)</source>
        <translation>SASLprep (RFC 4013) konnte es nicht aufbereiten (Fehler %1)</translation>
    </message>
</context>
<context>
    <name>smtp::spf</name>
    <message>
        <location filename="../smtp/spf.cpp" line="40"/>
        <source>a domain is missing</source>
        <translation>eine Domain fehlt</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="52"/>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>&quot;%1&quot; ist kein Domainname</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="91"/>
        <source>&quot;%1&quot; is neither a mechanism nor a modifier</source>
        <translation>&quot;%1&quot; ist weder ein Mechanismus noch ein Modifikator</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="101"/>
        <source>&quot;%1&quot; needs a domain after &quot;:&quot;</source>
        <translation>&quot;%1&quot; braucht eine Domain nach &quot;:&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="110"/>
        <source>&quot;%1&quot;: &quot;all&quot; takes nothing after it</source>
        <translation>&quot;%1&quot;: Nach &quot;all&quot; darf nichts folgen</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="126"/>
        <source>&quot;%1&quot; is not a valid &quot;%2&quot; mechanism</source>
        <translation>&quot;%1&quot; ist kein gültiger &quot;%2&quot;-Mechanismus</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="131"/>
        <location filename="../smtp/spf.cpp" line="181"/>
        <source>&quot;%1&quot;: the IPv4 prefix length must be 0 to 32</source>
        <translation>&quot;%1&quot;: Die IPv4-Präfixlänge muss 0 bis 32 sein</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="135"/>
        <location filename="../smtp/spf.cpp" line="182"/>
        <source>&quot;%1&quot;: the IPv6 prefix length must be 0 to 128</source>
        <translation>&quot;%1&quot;: Die IPv6-Präfixlänge muss 0 bis 128 sein</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="147"/>
        <source>&quot;%1&quot; is not a valid &quot;ptr&quot; mechanism</source>
        <translation>&quot;%1&quot; ist kein gültiger &quot;ptr&quot;-Mechanismus</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="157"/>
        <source>&quot;%1&quot; needs an address after &quot;:&quot;</source>
        <translation>&quot;%1&quot; braucht eine Adresse nach &quot;:&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="176"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="177"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="187"/>
        <source>&quot;%1&quot; is not a mechanism SPF knows</source>
        <translation>&quot;%1&quot; ist kein Mechanismus, den SPF kennt</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="223"/>
        <source>The TXT records of %1 could not be read: %2</source>
        <translation>Die TXT-Einträge von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="224"/>
        <source>Check that the domain&apos;s DNS servers answer.</source>
        <translation>Prüfen Sie, ob die DNS-Server der Domain antworten.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="236"/>
        <source>%1 publishes %2 SPF records; receivers treat that as an error (permerror).</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge; Empfänger behandeln das als Fehler (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="240"/>
        <source>Merge them into one TXT record that starts with v=spf1.</source>
        <translation>Fassen Sie sie zu einem TXT-Eintrag zusammen, der mit v=spf1 beginnt.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="247"/>
        <source>The SPF record of %1 has a syntax error: %2. Receivers treat the whole record as an error (permerror).</source>
        <translation>Der SPF-Eintrag von %1 hat einen Syntaxfehler: %2. Empfänger behandeln den ganzen Eintrag als Fehler (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="250"/>
        <source>Correct the record; every term must follow RFC 7208.</source>
        <translation>Korrigieren Sie den Eintrag; jeder Term muss RFC 7208 entsprechen.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="273"/>
        <source>Evaluating the SPF record needs more than %1 DNS lookups (include, a, mx, ptr, exists, redirect); receivers stop there with an error (permerror), so SPF fails for everyone.</source>
        <translation>Die Auswertung des SPF-Eintrags braucht mehr als %1 DNS-Abfragen (include, a, mx, ptr, exists, redirect); Empfänger brechen dort mit einem Fehler ab (permerror), daher schlägt SPF für alle fehl.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="277"/>
        <source>Reduce the lookups: replace include, a and mx by the ip4/ip6 ranges they stand for, or drop services you no longer use.</source>
        <translation>Verringern Sie die Abfragen: Ersetzen Sie include, a und mx durch die ip4/ip6-Bereiche, für die sie stehen, oder entfernen Sie Dienste, die Sie nicht mehr nutzen.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="294"/>
        <source>More than %1 of the DNS lookups of this SPF check found no record (void lookups, RFC 7208 §4.6.4; the last: %2); receivers stop there with an error (permerror).</source>
        <translation>Mehr als %1 der DNS-Abfragen dieser SPF-Prüfung fanden keinen Eintrag (leere Abfragen, RFC 7208 §4.6.4; die letzte: %2); Empfänger brechen dort mit einem Fehler ab (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="299"/>
        <source>Remove the terms that name domains or hosts that no longer exist.</source>
        <translation>Entfernen Sie die Terme, die Domains oder Hosts nennen, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="350"/>
        <source>The SPF records loop: %1 leads back to %2. Receivers give up with an error (permerror).</source>
        <translation>Die SPF-Einträge bilden eine Schleife: %1 führt zurück zu %2. Empfänger geben mit einem Fehler auf (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="353"/>
        <source>Remove the include or redirect that points back.</source>
        <translation>Entfernen Sie das include oder redirect, das zurückverweist.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="395"/>
        <source>%1 includes %2, which has no SPF record: receivers treat that as an error (permerror).</source>
        <translation>%1 bindet %2 ein, das keinen SPF-Eintrag hat: Empfänger behandeln das als Fehler (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="398"/>
        <source>Remove include:%1, or ask its owner for the right name.</source>
        <translation>Entfernen Sie include:%1, oder fragen Sie den Inhaber nach dem richtigen Namen.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="433"/>
        <source>&quot;%1&quot; in the record of %2 names %3 mail servers; SPF allows 10 (permerror).</source>
        <translation>&quot;%1&quot; im Eintrag von %2 nennt %3 Mailserver; SPF erlaubt 10 (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="437"/>
        <source>List the servers&apos; addresses with ip4/ip6 instead.</source>
        <translation>Führen Sie stattdessen die Adressen der Server mit ip4/ip6 auf.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="510"/>
        <source>%1 redirects to %2, which has no SPF record: receivers treat that as an error (permerror).</source>
        <translation>%1 leitet auf %2 um, das keinen SPF-Eintrag hat: Empfänger behandeln das als Fehler (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="513"/>
        <source>Point redirect= at a domain that publishes an SPF record.</source>
        <translation>Lassen Sie redirect= auf eine Domain zeigen, die einen SPF-Eintrag veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="575"/>
        <source>the domain publishes no SPF record, so receivers cannot tell its servers</source>
        <translation>die Domain veröffentlicht keinen SPF-Eintrag, daher können Empfänger ihre Server nicht erkennen</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="577"/>
        <source>the record makes no statement about this address</source>
        <translation>der Eintrag sagt nichts über diese Adresse</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="579"/>
        <source>this address may send mail for the domain</source>
        <translation>diese Adresse darf Mail für die Domain senden</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="581"/>
        <source>this address may not send mail for the domain: receivers may reject it</source>
        <translation>diese Adresse darf keine Mail für die Domain senden: Empfänger lehnen sie möglicherweise ab</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="583"/>
        <source>this address is probably not allowed: receivers usually mark the mail as suspicious</source>
        <translation>diese Adresse ist wahrscheinlich nicht erlaubt: Empfänger markieren die Mail meist als verdächtig</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="585"/>
        <source>a DNS lookup failed for now: receivers may defer the mail</source>
        <translation>eine DNS-Abfrage ist vorerst fehlgeschlagen: Empfänger stellen die Mail möglicherweise zurück</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="587"/>
        <source>the record is broken: receivers treat SPF as failed or ignore it</source>
        <translation>der Eintrag ist fehlerhaft: Empfänger werten SPF als fehlgeschlagen oder ignorieren es</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="630"/>
        <source>the record does not start with v=spf1</source>
        <translation>der Eintrag beginnt nicht mit v=spf1</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="640"/>
        <source>the modifier &quot;%1&quot; appears twice</source>
        <translation>der Modifikator &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="656"/>
        <source>the character &quot;%1&quot; is not allowed in &quot;%2&quot;</source>
        <translation>das Zeichen &quot;%1&quot; ist in &quot;%2&quot; nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="663"/>
        <source>&quot;%1&quot; ends with a lone &quot;%&quot;</source>
        <translation>&quot;%1&quot; endet mit einem einzelnen &quot;%&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="680"/>
        <source>&quot;%%1&quot; in &quot;%2&quot; is not a macro (write %% for a percent sign)</source>
        <translation>&quot;%%1&quot; in &quot;%2&quot; ist kein Makro (schreiben Sie %% für ein Prozentzeichen)</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="685"/>
        <source>a macro in &quot;%1&quot; is not closed with &quot;}&quot;</source>
        <translation>ein Makro in &quot;%1&quot; ist nicht mit &quot;}&quot; geschlossen</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="695"/>
        <source>&quot;%{%1}&quot; is not a valid macro</source>
        <translation>&quot;%{%1}&quot; ist kein gültiges Makro</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="701"/>
        <source>the macro &quot;%{%1}&quot; is only allowed in an explanation</source>
        <translation>das Makro &quot;%{%1}&quot; ist nur in einer Erklärung erlaubt</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="762"/>
        <source>&quot;%{%1}&quot;: zero parts cannot be kept</source>
        <translation>&quot;%{%1}&quot;: Null Teile können nicht behalten werden</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="805"/>
        <source>The SPF record of %1 ends with &quot;%2&quot;: every server on the Internet may send mail as %1.</source>
        <translation>Der SPF-Eintrag von %1 endet mit &quot;%2&quot;: Jeder Server im Internet darf Mail als %1 senden.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="808"/>
        <source>End the record with -all (or ~all while you test), after listing your own servers.</source>
        <translation>Beenden Sie den Eintrag mit -all (oder ~all, während Sie testen), nachdem Sie Ihre eigenen Server aufgeführt haben.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="813"/>
        <source>The SPF record of %1 ends with ?all: it says nothing about servers it does not list, so forged mail is not recognised.</source>
        <translation>Der SPF-Eintrag von %1 endet mit ?all: Er sagt nichts über Server, die er nicht aufführt, daher wird gefälschte Mail nicht erkannt.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="816"/>
        <source>Once every server that sends for the domain is listed, end the record with ~all or -all.</source>
        <translation>Sobald jeder Server, der für die Domain sendet, aufgeführt ist, beenden Sie den Eintrag mit ~all oder -all.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="822"/>
        <source>The SPF record of %1 ends with ~all: mail from unlisted servers is marked as suspicious, not refused.</source>
        <translation>Der SPF-Eintrag von %1 endet mit ~all: Mail von nicht aufgeführten Servern wird als verdächtig markiert, nicht abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="831"/>
        <source>The SPF record of %1 ends with -all: mail from unlisted servers fails SPF.</source>
        <translation>Der SPF-Eintrag von %1 endet mit -all: Mail von nicht aufgeführten Servern fällt bei SPF durch.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="837"/>
        <source>The SPF record of %1 has terms after &quot;all&quot;; receivers never read them.</source>
        <translation>Der SPF-Eintrag von %1 hat Terme nach &quot;all&quot;; Empfänger lesen sie nie.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="838"/>
        <source>Move &quot;all&quot; to the end, or remove what follows it.</source>
        <translation>Setzen Sie &quot;all&quot; ans Ende, oder entfernen Sie, was danach folgt.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="842"/>
        <source>The SPF record of %1 has no &quot;all&quot; at the end: unlisted servers get &quot;neutral&quot;, so forged mail is not recognised.</source>
        <translation>Der SPF-Eintrag von %1 hat kein &quot;all&quot; am Ende: Nicht aufgeführte Server erhalten &quot;neutral&quot;, daher wird gefälschte Mail nicht erkannt.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="845"/>
        <source>End the record with -all (or ~all while you test).</source>
        <translation>Beenden Sie den Eintrag mit -all (oder ~all, während Sie testen).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="850"/>
        <source>The SPF record of %1 uses &quot;%2&quot;: slow, unreliable, and RFC 7208 §5.5 says it should not be used.</source>
        <translation>Der SPF-Eintrag von %1 verwendet &quot;%2&quot;: langsam, unzuverlässig, und laut RFC 7208 §5.5 sollte es nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="853"/>
        <source>Replace it with ip4/ip6 ranges or a.</source>
        <translation>Ersetzen Sie es durch ip4/ip6-Bereiche oder a.</translation>
    </message>
</context>
<context>
    <name>smtp::swaks</name>
    <message>
        <location filename="../smtp/swaks.cpp" line="53"/>
        <source>swaks cannot pin a certificate: it verifies it against the certificate authorities instead.</source>
        <translation>swaks kann kein gespeichertes Zertifikat verwenden: Es prüft das Zertifikat stattdessen gegen die Zertifizierungsstellen.</translation>
    </message>
    <message>
        <location filename="../smtp/swaks.cpp" line="74"/>
        <source>swaks cannot log in with %1: it uses a mechanism it knows that the server offers.</source>
        <translation>swaks kann sich nicht mit %1 anmelden: Es verwendet ein ihm bekanntes Verfahren, das der Server anbietet.</translation>
    </message>
    <message>
        <location filename="../smtp/swaks.cpp" line="107"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>smtp::verdict</name>
    <message>
        <location filename="../smtp/verdict.cpp" line="35"/>
        <source>The server did not start TLS, so nothing was sent.</source>
        <translation>Der Server hat TLS nicht gestartet, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="36"/>
        <location filename="../smtp/verdict.cpp" line="72"/>
        <source>The server may be misconfigured, or someone may be tampering with the connection. Try again later, or use implicit TLS (port 465).</source>
        <translation>Der Server ist möglicherweise falsch eingerichtet, oder jemand manipuliert die Verbindung. Versuchen Sie es später erneut, oder verwenden Sie implizites TLS (Port 465).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="46"/>
        <source>The server did not accept the connection for now.</source>
        <translation>Der Server hat die Verbindung vorerst nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="47"/>
        <source>The server did not accept the connection.</source>
        <translation>Der Server hat die Verbindung nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="48"/>
        <source>The server turned the connection away for now; try again later.</source>
        <translation>Der Server hat die Verbindung vorerst abgewiesen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="49"/>
        <source>The server turned the connection away; check the address, or try later.</source>
        <translation>Der Server hat die Verbindung abgewiesen; prüfen Sie die Adresse, oder versuchen Sie es später.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="53"/>
        <source>The server refused EHLO for now.</source>
        <translation>Der Server hat EHLO vorerst abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="54"/>
        <location filename="../smtp/verdict.cpp" line="64"/>
        <location filename="../smtp/verdict.cpp" line="71"/>
        <source>The server reported a temporary problem; try again later.</source>
        <translation>Der Server hat ein vorübergehendes Problem gemeldet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="57"/>
        <source>The server refused EHLO, so it cannot offer STARTTLS: Stamp will not send anything without encryption.</source>
        <translation>Der Server hat EHLO abgelehnt, daher kann er kein STARTTLS anbieten: Stamp sendet nichts ohne Verschlüsselung.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="59"/>
        <source>The server refused EHLO.</source>
        <translation>Der Server hat EHLO abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="60"/>
        <source>Check that this is an SMTP submission server (usually port 587 or 465).</source>
        <translation>Prüfen Sie, ob es sich um einen SMTP-Einlieferungsserver handelt (meist Port 587 oder 465).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="63"/>
        <source>The server refused HELO for now.</source>
        <translation>Der Server hat HELO vorerst abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="63"/>
        <source>The server refused HELO.</source>
        <translation>Der Server hat HELO abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="65"/>
        <source>Check that this is an SMTP server.</source>
        <translation>Prüfen Sie, ob es sich um einen SMTP-Server handelt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="69"/>
        <source>The server cannot start TLS for now, so nothing was sent.</source>
        <translation>Der Server kann TLS vorerst nicht starten, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="70"/>
        <source>The server refused to start TLS, so nothing was sent.</source>
        <translation>Der Server hat den Start von TLS abgelehnt, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="78"/>
        <source>Login failed for now (the server reported a temporary problem).</source>
        <translation>Anmeldung vorerst fehlgeschlagen (der Server hat ein vorübergehendes Problem gemeldet).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="79"/>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="80"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="81"/>
        <source>Check the user name and password for this account (some providers need an app password).</source>
        <translation>Prüfen Sie Benutzername und Passwort dieses Kontos (manche Anbieter verlangen ein App-Passwort).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="103"/>
        <source>Nothing was delivered. The problem is temporary: try again later.</source>
        <translation>Es wurde nichts zugestellt. Das Problem ist vorübergehend: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="104"/>
        <source>Nothing was delivered. Read the server&apos;s reason, fix the message or the addresses, and send again.</source>
        <translation>Es wurde nichts zugestellt. Lesen Sie die Begründung des Servers, korrigieren Sie die Nachricht oder die Adressen und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="112"/>
        <source>Check the attachment and send again.</source>
        <translation>Prüfen Sie den Anhang und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="115"/>
        <source>The server refused the sender address, so the message was not sent.</source>
        <translation>Der Server hat die Absenderadresse abgelehnt, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="132"/>
        <source>The server refused every recipient for now, so the message was not sent.</source>
        <translation>Der Server hat vorerst alle Empfänger abgelehnt, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="136"/>
        <source>The server refused every recipient, so the message was not sent.</source>
        <translation>Der Server hat alle Empfänger abgelehnt, daher wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="139"/>
        <location filename="../smtp/verdict.cpp" line="150"/>
        <source>The server refused the message.</source>
        <translation>Der Server hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="142"/>
        <source>The server ended the transaction without answering the recipients.</source>
        <translation>Der Server hat die Transaktion beendet, ohne auf die Empfänger zu antworten.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="143"/>
        <location filename="../smtp/verdict.cpp" line="153"/>
        <location filename="../smtp/verdict.cpp" line="407"/>
        <location filename="../smtp/verdict.cpp" line="416"/>
        <source>The server is misbehaving; try again later or report it to its administrator.</source>
        <translation>Der Server verhält sich fehlerhaft; versuchen Sie es später erneut oder melden Sie es seinem Administrator.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="151"/>
        <source>The server did not confirm the message.</source>
        <translation>Der Server hat die Nachricht nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="158"/>
        <location filename="../smtp/verdict.cpp" line="250"/>
        <source>The server accepted the message for every recipient.</source>
        <translation>Der Server hat die Nachricht für alle Empfänger angenommen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="161"/>
        <location filename="../smtp/verdict.cpp" line="253"/>
        <source>The message went to %1 of %2 recipients; the others were refused.</source>
        <translation>Die Nachricht ging an %1 von %2 Empfängern; die anderen wurden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="164"/>
        <location filename="../smtp/verdict.cpp" line="256"/>
        <source>Check the refused addresses and send to them again.</source>
        <translation>Prüfen Sie die abgelehnten Adressen und senden Sie erneut an sie.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="179"/>
        <source>The whole message was sent, but the server did not confirm it in time, so Stamp cannot tell whether it was delivered.</source>
        <translation>Die ganze Nachricht wurde gesendet, aber der Server hat sie nicht rechtzeitig bestätigt, daher kann Stamp nicht sagen, ob sie zugestellt wurde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="182"/>
        <source>Sending was stopped after the whole message was sent, before the server confirmed it, so Stamp cannot tell whether it was delivered.</source>
        <translation>Das Senden wurde abgebrochen, nachdem die ganze Nachricht gesendet war und bevor der Server sie bestätigt hat, daher kann Stamp nicht sagen, ob sie zugestellt wurde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="185"/>
        <source>The whole message was sent, but the server broke the protocol before confirming it, so Stamp cannot tell whether it was delivered.</source>
        <translation>Die ganze Nachricht wurde gesendet, aber der Server hat das Protokoll verletzt, bevor er sie bestätigt hat, daher kann Stamp nicht sagen, ob sie zugestellt wurde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="188"/>
        <source>The whole message was sent, but the connection ended before the server confirmed it, so Stamp cannot tell whether it was delivered.</source>
        <translation>Die ganze Nachricht wurde gesendet, aber die Verbindung endete, bevor der Server sie bestätigt hat, daher kann Stamp nicht sagen, ob sie zugestellt wurde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="208"/>
        <source>Check with a recipient, or in the Sent folder of your webmail, before sending it again, so that nobody gets it twice.</source>
        <translation>Fragen Sie bei einem Empfänger nach oder sehen Sie im Gesendet-Ordner Ihres Webmailers nach, bevor Sie sie erneut senden, damit niemand sie doppelt erhält.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="219"/>
        <source>Nothing was delivered: the end of the message never reached the server. Try again; if it keeps happening, check the server settings.</source>
        <translation>Nichts wurde zugestellt: Das Ende der Nachricht hat den Server nie erreicht. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie die Servereinstellungen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="222"/>
        <source>Nothing was delivered: the end of the message had not reached the server when you stopped, and Stamp reset the connection so that it cannot arrive later.</source>
        <translation>Nichts wurde zugestellt: Das Ende der Nachricht hatte den Server noch nicht erreicht, als Sie abgebrochen haben, und Stamp hat die Verbindung zurückgesetzt, damit es nicht später noch ankommt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="224"/>
        <source>Nothing was delivered: the end of the message never reached the server, and Stamp reset the connection so that it cannot arrive later. Try again; if it keeps happening, check the server settings.</source>
        <translation>Nichts wurde zugestellt: Das Ende der Nachricht hat den Server nie erreicht, und Stamp hat die Verbindung zurückgesetzt, damit es nicht später noch ankommt. Versuchen Sie es erneut; wenn es wieder geschieht, prüfen Sie die Servereinstellungen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="231"/>
        <source>Nothing was delivered: the server had refused every recipient. Try again later.</source>
        <translation>Es wurde nichts zugestellt: Der Server hatte alle Empfänger abgelehnt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="273"/>
        <source>The server closed the connection while connecting.</source>
        <translation>Der Server hat die Verbindung beim Verbindungsaufbau geschlossen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="274"/>
        <source>The connection failed while connecting: %1.</source>
        <translation>Die Verbindung ist beim Verbindungsaufbau fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="275"/>
        <source>The server did not answer in time while connecting.</source>
        <translation>Der Server hat beim Verbindungsaufbau nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="276"/>
        <source>The server is closing the connection (421) while connecting.</source>
        <translation>Der Server schließt die Verbindung (421) beim Verbindungsaufbau.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="277"/>
        <source>The server closed the connection before its greeting.</source>
        <translation>Der Server hat die Verbindung vor seiner Begrüßung geschlossen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="278"/>
        <source>The connection failed before the server&apos;s greeting: %1.</source>
        <translation>Die Verbindung ist vor der Begrüßung des Servers fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="279"/>
        <source>The server did not send its greeting in time.</source>
        <translation>Der Server hat seine Begrüßung nicht rechtzeitig gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="280"/>
        <source>The server is closing the connection (421) instead of greeting.</source>
        <translation>Der Server schließt die Verbindung (421), statt zu begrüßen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="282"/>
        <source>The server closed the connection during EHLO.</source>
        <translation>Der Server hat die Verbindung während EHLO geschlossen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="283"/>
        <source>The connection failed during EHLO: %1.</source>
        <translation>Die Verbindung ist während EHLO fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="284"/>
        <source>The server did not answer EHLO in time.</source>
        <translation>Der Server hat auf EHLO nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="285"/>
        <source>The server is closing the connection (421) during EHLO.</source>
        <translation>Der Server schließt die Verbindung (421) während EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="286"/>
        <source>The server closed the connection while starting TLS.</source>
        <translation>Der Server hat die Verbindung beim Starten von TLS geschlossen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="287"/>
        <source>The connection failed while starting TLS: %1.</source>
        <translation>Die Verbindung ist beim Starten von TLS fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="288"/>
        <source>The server did not answer in time while starting TLS.</source>
        <translation>Der Server hat beim Starten von TLS nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="289"/>
        <source>The server is closing the connection (421) while starting TLS.</source>
        <translation>Der Server schließt die Verbindung (421) beim Starten von TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="291"/>
        <source>The server closed the connection during login.</source>
        <translation>Der Server hat die Verbindung während der Anmeldung geschlossen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="292"/>
        <source>The connection failed during login: %1.</source>
        <translation>Die Verbindung ist während der Anmeldung fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="293"/>
        <source>The server did not answer in time during login.</source>
        <translation>Der Server hat während der Anmeldung nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="294"/>
        <source>The server is closing the connection (421) during login.</source>
        <translation>Der Server schließt die Verbindung (421) während der Anmeldung.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="295"/>
        <source>The server closed the connection between messages.</source>
        <translation>Der Server hat die Verbindung zwischen zwei Nachrichten geschlossen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="296"/>
        <source>The connection failed between messages: %1.</source>
        <translation>Die Verbindung ist zwischen zwei Nachrichten fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="297"/>
        <source>The server did not answer in time between messages.</source>
        <translation>Der Server hat zwischen zwei Nachrichten nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="298"/>
        <source>The server is closing the connection (421) between messages.</source>
        <translation>Der Server schließt die Verbindung (421) zwischen zwei Nachrichten.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="299"/>
        <source>The server closed the connection while Stamp gave the sender and recipients.</source>
        <translation>Der Server hat die Verbindung geschlossen, während Stamp Absender und Empfänger angab.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="302"/>
        <source>The connection failed while Stamp gave the sender and recipients: %1.</source>
        <translation>Die Verbindung ist fehlgeschlagen, während Stamp Absender und Empfänger angab: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="304"/>
        <source>The server did not answer in time while Stamp gave the sender and recipients.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet, während Stamp Absender und Empfänger angab.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="307"/>
        <source>The server is closing the connection (421) while Stamp gave the sender and recipients.</source>
        <translation>Der Server schließt die Verbindung (421), während Stamp Absender und Empfänger angab.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="309"/>
        <source>The server closed the connection while the message content was sent.</source>
        <translation>Der Server hat die Verbindung geschlossen, während der Nachrichteninhalt gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="311"/>
        <source>The connection failed while the message content was sent: %1.</source>
        <translation>Die Verbindung ist fehlgeschlagen, während der Nachrichteninhalt gesendet wurde: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="312"/>
        <source>The server did not answer in time while the message content was sent.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet, während der Nachrichteninhalt gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="314"/>
        <source>The server is closing the connection (421) while the message content was sent.</source>
        <translation>Der Server schließt die Verbindung (421), während der Nachrichteninhalt gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="317"/>
        <source>The server closed the connection after the end of the message, before it confirmed it.</source>
        <translation>Der Server hat die Verbindung nach dem Ende der Nachricht geschlossen, bevor er sie bestätigt hat.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="320"/>
        <source>The connection failed after the end of the message, before the server confirmed it: %1.</source>
        <translation>Die Verbindung ist nach dem Ende der Nachricht fehlgeschlagen, bevor der Server sie bestätigt hat: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="323"/>
        <source>The server did not confirm the message in time.</source>
        <translation>Der Server hat die Nachricht nicht rechtzeitig bestätigt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="324"/>
        <source>The server refused the message and closed the connection (421).</source>
        <translation>Der Server hat die Nachricht abgelehnt und die Verbindung geschlossen (421).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="326"/>
        <source>The server closed the connection while closing.</source>
        <translation>Der Server hat die Verbindung beim Beenden geschlossen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="327"/>
        <source>The connection failed while closing: %1.</source>
        <translation>Die Verbindung ist beim Beenden fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="328"/>
        <source>The server did not answer QUIT in time.</source>
        <translation>Der Server hat auf QUIT nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="329"/>
        <source>The server is closing the connection (421) while closing.</source>
        <translation>Der Server schließt die Verbindung (421) beim Beenden.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="339"/>
        <location filename="../smtp/verdict.cpp" line="383"/>
        <source>Try again; if it keeps happening, check the server settings.</source>
        <translation>Versuchen Sie es erneut; wenn es immer wieder passiert, prüfen Sie die Servereinstellungen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="340"/>
        <source>Nothing was delivered. Try again; if it keeps happening, check the server settings.</source>
        <translation>Es wurde nichts zugestellt. Versuchen Sie es erneut; wenn es immer wieder passiert, prüfen Sie die Servereinstellungen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="346"/>
        <source>The server may be busy or shutting down; try again later.</source>
        <translation>Der Server ist möglicherweise ausgelastet oder fährt herunter; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="352"/>
        <source>The server or the network may be overloaded; try again later.</source>
        <translation>Der Server oder das Netzwerk ist möglicherweise überlastet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="358"/>
        <source>The TLS handshake did not finish in time, so Stamp sent nothing.</source>
        <translation>Der TLS-Handshake wurde nicht rechtzeitig abgeschlossen, daher hat Stamp nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="359"/>
        <source>Check the port and the security setting (465 is implicit TLS, 587 STARTTLS); something on the network may also be blocking encryption.</source>
        <translation>Prüfen Sie den Port und die Sicherheitseinstellung (465 ist implizites TLS, 587 STARTTLS); möglicherweise blockiert auch etwas im Netzwerk die Verschlüsselung.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="371"/>
        <source>The server&apos;s certificate could not be verified, so Stamp sent nothing: %1</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden, daher hat Stamp nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="373"/>
        <source>If you know this server and its certificate, trust it explicitly (compare the SHA-256 fingerprint with what its administrator publishes). Otherwise someone may be intercepting the connection.</source>
        <translation>Wenn Sie diesen Server und sein Zertifikat kennen, vertrauen Sie ihm ausdrücklich (vergleichen Sie den SHA-256-Fingerabdruck mit dem, den sein Administrator veröffentlicht). Andernfalls fängt möglicherweise jemand die Verbindung ab.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="377"/>
        <source>The TLS handshake failed, so Stamp sent nothing: %1.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen, daher hat Stamp nichts gesendet: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="378"/>
        <source>The server may only offer old TLS versions (Stamp needs TLS 1.2 or later), or this port may not speak TLS: check the port and security setting.</source>
        <translation>Der Server bietet möglicherweise nur alte TLS-Versionen an (Stamp braucht TLS 1.2 oder neuer), oder dieser Port spricht kein TLS: Prüfen Sie Port und Sicherheitseinstellung.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="385"/>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="386"/>
        <source>Check the spelling of the server name and your network connection.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="389"/>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="390"/>
        <source>Check the port: submission is usually 587 (STARTTLS) or 465 (TLS).</source>
        <translation>Prüfen Sie den Port: Für die Einlieferung ist es meist 587 (STARTTLS) oder 465 (TLS).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="392"/>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>Keine Verbindung zu %1 Port %2 möglich: %3.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="393"/>
        <source>Check the server name and port, and your network connection.</source>
        <translation>Prüfen Sie Servername und Port sowie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="398"/>
        <source>The server broke the SMTP protocol: %1.</source>
        <translation>Der Server hat das SMTP-Protokoll verletzt: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="399"/>
        <source>Check the server address and port: this may not be an SMTP server, or it may be misbehaving.</source>
        <translation>Prüfen Sie Serveradresse und Port: Möglicherweise ist das kein SMTP-Server, oder er verhält sich fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="406"/>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="413"/>
        <source>The server gave a reply that the command it answers can never get (RFC 5321 §4.3.2): %1</source>
        <translation>Der Server hat mit einer Antwort geantwortet, die der Befehl nie bekommen kann (RFC 5321 §4.3.2): %1</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="424"/>
        <source>The server sent more after its %1 reply, before Stamp had answered it. A reply out of turn would be taken for the answer to a later command, so Stamp stopped.</source>
        <translation>Der Server hat nach seiner Antwort %1 weitere Daten geschickt, bevor Stamp darauf antworten konnte. Eine Antwort außer der Reihe würde für die Antwort auf einen späteren Befehl gehalten, deshalb hat Stamp aufgehört.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="427"/>
        <source>The server is misbehaving, or something on the way is adding data to the connection; report it to the server&apos;s administrator.</source>
        <translation>Der Server verhält sich falsch, oder etwas auf dem Weg fügt der Verbindung Daten hinzu; melden Sie es dem Administrator des Servers.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="434"/>
        <source>Sending was cancelled.</source>
        <translation>Das Senden wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="435"/>
        <source>The message is unchanged; send it again when you are ready.</source>
        <translation>Die Nachricht ist unverändert; senden Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>stamp</name>
    <message>
        <location filename="../app/cliutil.cpp" line="23"/>
        <source>SMTP server, HOST or HOST:PORT ([v6addr]:PORT).</source>
        <translation>SMTP-Server, HOST oder HOST:PORT ([v6addr]:PORT).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="26"/>
        <source>starttls (default, port 587), tls (implicit TLS, port 465) or none (no encryption).</source>
        <translation>starttls (Standard, Port 587), tls (implizites TLS, Port 465) oder none (keine Verschlüsselung).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="29"/>
        <source>User name for AUTH.</source>
        <translation>Benutzername für AUTH.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="32"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="34"/>
        <source>auto (default), plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer, or oauth2 (sign in with stamp account login).</source>
        <translation>auto (Standard), plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer oder oauth2 (Anmeldung mit stamp account login).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="39"/>
        <source>With --security none, allow the password to be sent unencrypted.</source>
        <translation>Mit --security none erlauben, dass das Passwort unverschlüsselt gesendet wird.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="42"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="45"/>
        <source>Accept only the server certificate with this SHA-256 fingerprint (hex).</source>
        <translation>Nur das Serverzertifikat mit diesem SHA-256-Fingerabdruck (hex) akzeptieren.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="49"/>
        <source>Name to give in EHLO (default: this host&apos;s name).</source>
        <translation>Name, der in EHLO angegeben wird (Standard: der Name dieses Hosts).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="54"/>
        <source>Seconds to wait for each server reply (default: RFC 5321 times).</source>
        <translation>Sekunden, die auf jede Serverantwort gewartet wird (Standard: Zeiten nach RFC 5321).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="65"/>
        <source>--server: &quot;%1&quot; is not HOST or HOST:PORT</source>
        <translation>--server: &quot;%1&quot; ist nicht HOST oder HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="83"/>
        <source>--server: &quot;%1&quot; is not a host name nor an IP address</source>
        <translation>--server: &quot;%1&quot; ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="92"/>
        <source>--server: port %1 is out of range</source>
        <translation>--server: Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="115"/>
        <source>--security takes starttls, tls or none</source>
        <translation>--security erwartet starttls, tls oder none</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="124"/>
        <source>--server is required</source>
        <translation>--server ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="145"/>
        <source>--auth takes auto, plain, login, cram-md5, scram-sha-256, xoauth2 or oauthbearer</source>
        <translation>--auth erwartet auto, plain, login, cram-md5, scram-sha-256, xoauth2 oder oauthbearer</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="152"/>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin braucht --user</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="157"/>
        <source>--password-stdin: nothing could be read from standard input</source>
        <translation>--password-stdin: Aus der Standardeingabe konnte nichts gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="166"/>
        <source>--password-stdin: the password contains a NUL character, which SASL does not allow</source>
        <translation>--password-stdin: Das Passwort enthält ein NUL-Zeichen, das SASL nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="172"/>
        <source>--user needs a password: give it with --password-stdin (never on the command line)</source>
        <translation>--user braucht ein Passwort: Geben Sie es mit --password-stdin an (nie auf der Befehlszeile)</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="181"/>
        <source>--ca-file: cannot read %1: %2</source>
        <translation>--ca-file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="189"/>
        <source>--ca-file: %1 holds no PEM certificate</source>
        <translation>--ca-file: %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="197"/>
        <source>--pin-sha256 takes 64 hexadecimal digits (colons allowed)</source>
        <translation>--pin-sha256 erwartet 64 Hexadezimalziffern (Doppelpunkte erlaubt)</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="212"/>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="230"/>
        <source>cannot write the transcript to %1: %2</source>
        <translation>das Protokoll kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="257"/>
        <source>Message %1, time per stage: %2</source>
        <translation>Nachricht %1, Zeit je Phase: %2</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="260"/>
        <source>Time per stage: %1</source>
        <translation>Zeit pro Phase: %1</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="275"/>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="197"/>
        <source>stamp: unknown command &apos;%1&apos;</source>
        <translation>stamp: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="198"/>
        <source>stamp: unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>stamp: unbekannter Befehl &apos;%1&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="200"/>
        <location filename="../app/launch.cpp" line="95"/>
        <source>The commands of %1 are:</source>
        <translation>Die Befehle von %1 sind:</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="202"/>
        <location filename="../app/launch.cpp" line="97"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="77"/>
        <source>Send a message through an SMTP server, without a window.</source>
        <translation>Eine Nachricht über einen SMTP-Server senden, ohne Fenster.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="80"/>
        <source>Check a domain&apos;s MX, SPF, DMARC, DKIM, MTA-STS and TLS-RPT records.</source>
        <translation>Die MX-, SPF-, DMARC-, DKIM-, MTA-STS- und TLS-RPT-Einträge einer Domain prüfen.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="83"/>
        <source>Test an SMTP server without sending: extensions, TLS, timings.</source>
        <translation>Einen SMTP-Server testen, ohne zu senden: Erweiterungen, TLS, Zeiten.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="85"/>
        <source>Add, change, list or remove the accounts the window uses.</source>
        <translation>Die Konten, die das Fenster verwendet, hinzufügen, ändern, auflisten oder entfernen.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="87"/>
        <source>List, send or remove the messages waiting in the outbox.</source>
        <translation>Die im Postausgang wartenden Nachrichten auflisten, senden oder entfernen.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="89"/>
        <source>List the address book, import or export vCard.</source>
        <translation>Das Adressbuch auflisten, vCard importieren oder exportieren.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="91"/>
        <source>List the messages in the Sent folder.</source>
        <translation>Die Nachrichten im Ordner Gesendet auflisten.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="94"/>
        <source>Send one message per row of a CSV file, from a template (mail merge).</source>
        <translation>Eine Nachricht je Zeile einer CSV-Datei senden, aus einer Vorlage (Serienbrief).</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="97"/>
        <source>Run a practice SMTP server on 127.0.0.1, with faults to learn from.</source>
        <translation>Einen Übungs-SMTP-Server auf 127.0.0.1 starten, mit Fehlern zum Lernen.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="100"/>
        <source>Type SMTP by hand over a session Stamp sets up, each reply explained.</source>
        <translation>SMTP von Hand in einer Sitzung eingeben, die Stamp einrichtet, jede Antwort erklärt.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="32"/>
        <source>stamp: the window needs a graphical session, and none could be reached.
To send without a window, use &apos;stamp send&apos; (see &apos;stamp send --help&apos;).
</source>
        <translation>stamp: Das Fenster braucht eine grafische Sitzung, und es konnte keine erreicht werden.
Um ohne Fenster zu senden, verwenden Sie &apos;stamp send&apos; (siehe &apos;stamp send --help&apos;).
</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="32"/>
        <source>Try &apos;stamp --help&apos;.</source>
        <translation>Versuchen Sie &apos;stamp --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="73"/>
        <source>stamp: give one mailto: link, not several</source>
        <translation>stamp: Geben Sie einen mailto:-Link an, nicht mehrere</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="79"/>
        <source>stamp: unknown option &apos;%1&apos;: the options belong to a command, as in &apos;stamp send %1&apos;</source>
        <translation>stamp: unbekannte Option &apos;%1&apos;: Die Optionen gehören zu einem Befehl, wie in &apos;stamp send %1&apos;</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="92"/>
        <source>stamp: cannot attach &apos;%1&apos;: there is no such file</source>
        <translation>stamp: &apos;%1&apos; kann nicht angehängt werden: Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="103"/>
        <source>stamp: cannot attach &apos;%1&apos;: it is a folder, not a file</source>
        <translation>stamp: &apos;%1&apos; kann nicht angehängt werden: Es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="107"/>
        <source>stamp: cannot attach &apos;%1&apos;: the file cannot be read</source>
        <translation>stamp: &apos;%1&apos; kann nicht angehängt werden: Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="117"/>
        <source>stamp [mailto:URI] [FILE...]
stamp COMMAND [options]

Without a command, Stamp opens the composer window: filled in from a mailto: link (RFC 6068), with the files attached.

Commands:
</source>
        <translation>stamp [mailto:URI] [DATEI...]
stamp BEFEHL [Optionen]

Ohne Befehl öffnet Stamp das Fenster zum Verfassen: ausgefüllt aus einem mailto:-Link (RFC 6068), mit den Dateien als Anhang.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="126"/>
        <source>
Options:
  -h, --help   Show this help and exit.
  --version    Show the version and exit.

Run &apos;stamp COMMAND --help&apos; for the options of a command.
</source>
        <translation>
Optionen:
  -h, --help   Diese Hilfe anzeigen und beenden.
  --version    Die Version anzeigen und beenden.

Führen Sie &apos;stamp BEFEHL --help&apos; aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="155"/>
        <source>stamp: the window needs a graphical session, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
To send without a window, use &apos;stamp send&apos; (see &apos;stamp send --help&apos;).
</source>
        <translation>stamp: Das Fenster braucht eine grafische Sitzung, und es wurde keine gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
Um ohne Fenster zu senden, verwenden Sie &apos;stamp send&apos; (siehe &apos;stamp send --help&apos;).
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>stamp: cannot start %1 (the window, accounts and send --account live there): %2</source>
        <translation>stamp: %1 kann nicht gestartet werden (das Fenster, die Konten und send --account befinden sich dort): %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="91"/>
        <source>stamp: this build has no window (it was built without STAMP_BUILD_UI); use &apos;stamp send&apos;.</source>
        <translation>stamp: Diese Version hat kein Fenster (sie wurde ohne STAMP_BUILD_UI gebaut); verwenden Sie &apos;stamp send&apos;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>stamp: &apos;%1&apos; is not part of this build (it needs the store, built with STAMP_BUILD_UI).</source>
        <translation>stamp: &apos;%1&apos; ist nicht Teil dieser Version (es braucht den Speicher, gebaut mit STAMP_BUILD_UI).</translation>
    </message>
</context>
<context>
    <name>store::AccountStore</name>
    <message>
        <location filename="../store/account.cpp" line="44"/>
        <source>The settings file %1 could not be written (%2). Check that the folder exists and that you may write to it, and that the disk is not full.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden (%2). Prüfen Sie, ob der Ordner existiert, ob Sie darin schreiben dürfen und ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="89"/>
        <source>The address &quot;%1&quot; of the account &quot;%2&quot; is not valid: %3</source>
        <translation>Die Adresse &quot;%1&quot; des Kontos &quot;%2&quot; ist ungültig: %3</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="121"/>
        <source>The sender address &quot;%1&quot; is not valid: %2</source>
        <translation>Die Absenderadresse &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="125"/>
        <source>The display name must be one line.</source>
        <translation>Der Anzeigename muss einzeilig sein.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="127"/>
        <source>The account has no server: give the SMTP server&apos;s host name.</source>
        <translation>Das Konto hat keinen Server: Geben Sie den Hostnamen des SMTP-Servers an.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="130"/>
        <source>The server port must be between 1 and 65535.</source>
        <translation>Der Serverport muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="153"/>
        <source>The account needs a name.</source>
        <translation>Das Konto braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="155"/>
        <source>The account name is too long: use at most 64 characters.</source>
        <translation>Der Kontoname ist zu lang: Verwenden Sie höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="158"/>
        <source>The account name must not begin or end with a space.</source>
        <translation>Der Kontoname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="163"/>
        <source>The account name &quot;%1&quot; cannot hold &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>Der Kontoname &quot;%1&quot; darf kein &apos;/&apos;, &apos;\&apos; und keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="188"/>
        <source>The CA file %1 of the account &quot;%2&quot; cannot be read (%3). Fix the path in the account settings.</source>
        <translation>Die CA-Datei %1 des Kontos &quot;%2&quot; lässt sich nicht lesen (%3). Korrigieren Sie den Pfad in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="198"/>
        <source>The CA file %1 of the account &quot;%2&quot; holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 des Kontos &quot;%2&quot; enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="308"/>
        <location filename="../store/account.cpp" line="358"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto namens &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>store::Autoconfig</name>
    <message>
        <location filename="../store/autoconfig.cpp" line="25"/>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="27"/>
        <source>the domain&apos;s autoconfig server</source>
        <translation>der Autoconfig-Server der Domain</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="29"/>
        <source>the domain&apos;s web site (.well-known)</source>
        <translation>die Website der Domain (.well-known)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="31"/>
        <source>the central database of mail providers</source>
        <translation>die zentrale Datenbank der Mail-Anbieter</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="33"/>
        <source>the domain of its mail exchanger (MX)</source>
        <translation>die Domain ihres Mailservers (MX)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="35"/>
        <source>the domain&apos;s SRV records</source>
        <translation>die SRV-Einträge der Domain</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="37"/>
        <source>a guess that answered and passed the TLS check</source>
        <translation>eine Vermutung, die geantwortet und die TLS-Prüfung bestanden hat</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="40"/>
        <source>an unencrypted http lookup</source>
        <translation>eine unverschlüsselte HTTP-Abfrage</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="49"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="51"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="53"/>
        <source>none (unencrypted)</source>
        <translation>keine (unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="62"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="64"/>
        <source>OAuth 2.0 sign-in</source>
        <translation>OAuth-2.0-Anmeldung</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="66"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="68"/>
        <source>a method Stamp does not support</source>
        <translation>ein Verfahren, das Stamp nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="77"/>
        <source>No submission server was found.</source>
        <translation>Es wurde kein Einlieferungsserver gefunden.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="80"/>
        <source>Server:         %1</source>
        <translation>Server:         %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="81"/>
        <source>Port:           %1</source>
        <translation>Port:           %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="82"/>
        <source>Security:       %1</source>
        <translation>Sicherheit:     %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="84"/>
        <source>Authentication: %1</source>
        <translation>Anmeldung:      %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="85"/>
        <source>User name:      %1</source>
        <translation>Benutzername:   %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="86"/>
        <source>Found through:  %1 (%2)</source>
        <translation>Gefunden über:  %1 (%2)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="88"/>
        <source>Records of:     %1</source>
        <translation>Einträge von:   %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="91"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="133"/>
        <source>The address %1 is not valid: %2</source>
        <translation>Die Adresse %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="134"/>
        <source>The address %1 has no domain name to look up.</source>
        <translation>Die Adresse %1 hat keinen Domainnamen, der abgefragt werden könnte.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="154"/>
        <source>MX record of %1</source>
        <translation>MX-Eintrag von %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="169"/>
        <source>MX host of %1, port 465</source>
        <translation>MX-Host von %1, Port 465</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="170"/>
        <source>MX host of %1, port 587</source>
        <translation>MX-Host von %1, Port 587</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="178"/>
        <source>Looking up the mail settings of %1</source>
        <translation>Die Mail-Einstellungen von %1 werden gesucht</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="234"/>
        <source>The server %1 is not in your domain %2; %3 says to use it. Use it only if you know that your mail is handled there.</source>
        <translation>Der Server %1 liegt nicht in Ihrer Domain %2; %3 empfiehlt ihn. Verwenden Sie ihn nur, wenn Sie wissen, dass Ihre Mail dort abgewickelt wird.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="274"/>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="280"/>
        <source>it redirects to %1, which is not protected by TLS</source>
        <translation>es leitet auf %1 weiter, das nicht durch TLS geschützt ist</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="285"/>
        <source>it redirects to %1</source>
        <translation>es leitet auf %1 weiter</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="289"/>
        <source>%1 redirected to another domain: %2</source>
        <translation>%1 hat auf eine andere Domain weitergeleitet: %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="298"/>
        <location filename="../store/autoconfig.cpp" line="305"/>
        <source>the answer is too large</source>
        <translation>die Antwort ist zu groß</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="301"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="316"/>
        <location filename="../store/autoconfig.cpp" line="323"/>
        <location filename="../store/autoconfig.cpp" line="483"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="330"/>
        <source>These settings came over plain http, which anyone on the network path could have changed. Check the server name before you use them.</source>
        <translation>Diese Einstellungen kamen über unverschlüsseltes HTTP, das jeder auf dem Netzwerkweg hätte ändern können. Prüfen Sie den Servernamen, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="333"/>
        <source>%1: found %2</source>
        <translation>%1: %2 gefunden</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="374"/>
        <location filename="../store/autoconfig.cpp" line="389"/>
        <source>%1 has no MX record.</source>
        <translation>%1 hat keinen MX-Eintrag.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="375"/>
        <source>The MX host %1 is already among the guesses.</source>
        <translation>Der MX-Host %1 ist bereits unter den Vermutungen.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="390"/>
        <source>The MX host %1 is in the same domain.</source>
        <translation>Der MX-Host %1 liegt in derselben Domain.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="399"/>
        <source>The MX domains have no autoconfiguration either.</source>
        <translation>Auch die MX-Domains haben keine automatische Konfiguration.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="417"/>
        <source>%1 (the MX domain %2)</source>
        <translation>%1 (die MX-Domain %2)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="418"/>
        <source>The MX domain %1 has settings: %2</source>
        <translation>Die MX-Domain %1 hat Einstellungen: %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="426"/>
        <source>SRV %1</source>
        <translation>SRV %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="457"/>
        <source>SRV %1: the service is not offered.</source>
        <translation>SRV %1: Der Dienst wird nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="458"/>
        <source>SRV %1: %2</source>
        <translation>SRV %1: %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="462"/>
        <source>SRV %1: %2 port %3</source>
        <translation>SRV %1: %2 Port %3</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="502"/>
        <source>%1 answered, with a valid certificate</source>
        <translation>%1 hat geantwortet, mit einem gültigen Zertifikat</translation>
    </message>
    <message>
        <location filename="../store/autoconfigxml.cpp" line="102"/>
        <source>This is not a mail autoconfiguration document.</source>
        <translation>Das ist kein Dokument zur automatischen Mail-Konfiguration.</translation>
    </message>
    <message>
        <location filename="../store/autoconfigxml.cpp" line="135"/>
        <source>The autoconfiguration document names no SMTP server Stamp can use.</source>
        <translation>Das Dokument zur automatischen Konfiguration nennt keinen SMTP-Server, den Stamp verwenden kann.</translation>
    </message>
</context>
<context>
    <name>store::ConnectionTest</name>
    <message>
        <location filename="../store/connectiontest.cpp" line="20"/>
        <source>A connection test is already running.</source>
        <translation>Es läuft bereits ein Verbindungstest.</translation>
    </message>
</context>
<context>
    <name>store::ContactStore</name>
    <message>
        <location filename="../store/contacts.cpp" line="78"/>
        <location filename="../store/contacts.cpp" line="98"/>
        <source>&quot;%1&quot; is not an address: %2</source>
        <translation>&quot;%1&quot; ist keine Adresse: %2</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="79"/>
        <source>there is no address</source>
        <translation>es ist keine Adresse angegeben</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="134"/>
        <source>The address book %1 cannot be read: %2</source>
        <translation>Das Adressbuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="140"/>
        <source>The address book %1 is damaged (%2); it was left as it is.</source>
        <translation>Das Adressbuch %1 ist beschädigt (%2); es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="183"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="188"/>
        <source>The address book %1 could not be saved: %2</source>
        <translation>Das Adressbuch %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="243"/>
        <source>A contact needs at least one address.</source>
        <translation>Ein Kontakt benötigt mindestens eine Adresse.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="253"/>
        <source>The address %1 belongs to %2 already.</source>
        <translation>Die Adresse %1 gehört bereits zu %2.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="278"/>
        <source>That contact is not in the address book (any more).</source>
        <translation>Dieser Kontakt ist nicht (mehr) im Adressbuch.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="291"/>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe benötigt einen Namen.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="295"/>
        <source>A group name cannot contain @ (it would be taken for an address).</source>
        <translation>Ein Gruppenname darf kein @ enthalten (er würde für eine Adresse gehalten).</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="305"/>
        <source>There is a group named %1 already.</source>
        <translation>Es gibt bereits eine Gruppe namens %1.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="323"/>
        <source>There is no group named %1.</source>
        <translation>Es gibt keine Gruppe namens %1.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="377"/>
        <source>The group &quot;%1&quot; has no usable name.</source>
        <translation>Die Gruppe &quot;%1&quot; hat keinen verwendbaren Namen.</translation>
    </message>
</context>
<context>
    <name>store::CsvReader</name>
    <message numerus="yes">
        <location filename="../store/csvreader.cpp" line="128"/>
        <source>%n field(s) where the header names %1</source>
        <translation>
            <numerusform>%n Feld, in dem die Kopfzeile %1 nennt</numerusform>
            <numerusform>%n Felder, in denen die Kopfzeile %1 nennt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store::MailStore</name>
    <message>
        <location filename="../store/mailstore.cpp" line="583"/>
        <location filename="../store/mailstore.cpp" line="916"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="590"/>
        <location filename="../store/mailstore.cpp" line="602"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="598"/>
        <source>The message could not be built completely.</source>
        <translation>Die Nachricht konnte nicht vollständig erstellt werden.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="609"/>
        <source>Cannot save %1: %2. Check free disk space and permissions.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Prüfen Sie freien Speicherplatz und Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="649"/>
        <source>The outbox is locked: %1.</source>
        <translation>Der Postausgang ist gesperrt: %1.</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="25"/>
        <source>“%1” is not an address that can be sent to: %2</source>
        <translation>„%1“ ist keine Adresse, an die gesendet werden kann: %2</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="31"/>
        <source>Give at least one recipient, or delete the message from the outbox.</source>
        <translation>Geben Sie mindestens einen Empfänger an, oder löschen Sie die Nachricht aus dem Postausgang.</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="38"/>
        <location filename="../store/mailstore.cpp" line="666"/>
        <location filename="../store/mailstore.cpp" line="795"/>
        <location filename="../store/mailstore.cpp" line="937"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation>Im Postausgang gibt es keine Nachricht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="35"/>
        <location filename="../store/correctrecipients.cpp" line="40"/>
        <location filename="../store/mailstore.cpp" line="800"/>
        <source>The message &quot;%1&quot; is being sent right now; stop it first.</source>
        <translation>Die Nachricht &quot;%1&quot; wird gerade gesendet; halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="804"/>
        <source>The message &quot;%1&quot; could not be removed from the outbox.</source>
        <translation>Die Nachricht &quot;%1&quot; konnte nicht aus dem Postausgang entfernt werden.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="825"/>
        <source>Stamp stopped while this message was being sent.</source>
        <translation>Stamp wurde beendet, während diese Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="826"/>
        <source>It may or may not have been delivered: check with a recipient (or in your provider&apos;s Sent folder) before sending it again.</source>
        <translation>Sie wurde möglicherweise zugestellt, möglicherweise auch nicht: Fragen Sie bei einem Empfänger nach (oder sehen Sie im Gesendet-Ordner Ihres Anbieters nach), bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="868"/>
        <source>The copy %1 could not be made.</source>
        <translation>Die Kopie %1 konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>store::MergeRun</name>
    <message>
        <location filename="../store/mergerun.cpp" line="47"/>
        <source>The template uses placeholders the CSV file has no column for: %1 (the columns are: %2).</source>
        <translation>Die Vorlage verwendet Platzhalter, für die die CSV-Datei keine Spalte hat: %1 (die Spalten sind: %2).</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="146"/>
        <source>The merge is already being sent.</source>
        <translation>Der Serienbrief wird bereits gesendet.</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="155"/>
        <source>The merge %1 is being sent by another Stamp process or window; nothing was done.</source>
        <translation>Der Serienbrief %1 wird von einem anderen Stamp-Prozess oder -Fenster gesendet; es wurde nichts getan.</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="188"/>
        <source>could not be queued: %1</source>
        <translation>konnte nicht in den Postausgang gelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="243"/>
        <source>not sent: the row has an error</source>
        <translation>nicht gesendet: die Zeile hat einen Fehler</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="245"/>
        <source>to be sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="247"/>
        <source>queued by an earlier run: to be sent</source>
        <translation>von einem früheren Lauf in den Postausgang gelegt: wird gesendet</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="249"/>
        <source>sent by an earlier run: not sent again</source>
        <translation>von einem früheren Lauf gesendet: nicht erneut gesendet</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="251"/>
        <source>in the outbox: not sent again</source>
        <translation>im Postausgang: nicht erneut gesendet</translation>
    </message>
</context>
<context>
    <name>store::OAuth</name>
    <message>
        <location filename="../store/accountoauth.cpp" line="23"/>
        <source>Stamp has no OAuth client ID for %1. Register one with the provider and give it with --oauth-client-id (the README says how).</source>
        <translation>Stamp hat keine OAuth-Client-ID für %1. Registrieren Sie eine beim Anbieter und geben Sie sie mit --oauth-client-id an (die README erklärt, wie).</translation>
    </message>
    <message>
        <location filename="../store/accountoauth.cpp" line="55"/>
        <source>Stamp does not know the sign-in server for %1: give its issuer URL with --oauth-issuer.</source>
        <translation>Stamp kennt den Anmeldeserver für %1 nicht: Geben Sie seine Issuer-URL mit --oauth-issuer an.</translation>
    </message>
    <message>
        <location filename="../store/oauthprovider.cpp" line="37"/>
        <source>The sign-in address %1 is not protected by https, so Stamp will not use it.</source>
        <translation>Die Anmeldeadresse %1 ist nicht durch https geschützt, daher verwendet Stamp sie nicht.</translation>
    </message>
</context>
<context>
    <name>store::OAuthDiscovery</name>
    <message>
        <location filename="../store/oauthprovider.cpp" line="115"/>
        <source>The sign-in server %1 publishes no OAuth metadata.</source>
        <translation>Der Anmeldeserver %1 veröffentlicht keine OAuth-Metadaten.</translation>
    </message>
    <message>
        <location filename="../store/oauthprovider.cpp" line="135"/>
        <source>The sign-in server&apos;s metadata names another issuer (%1), so Stamp does not trust it.</source>
        <translation>Die Metadaten des Anmeldeservers nennen einen anderen Issuer (%1), daher vertraut Stamp ihnen nicht.</translation>
    </message>
    <message>
        <location filename="../store/oauthprovider.cpp" line="152"/>
        <source>The sign-in server&apos;s metadata has no authorization or token endpoint.</source>
        <translation>Die Metadaten des Anmeldeservers haben keinen Autorisierungs- oder Token-Endpunkt.</translation>
    </message>
</context>
<context>
    <name>store::OAuthFlow</name>
    <message>
        <location filename="../store/oauthflow.cpp" line="51"/>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="71"/>
        <source>This account has no OAuth client ID; see the README on registering one.</source>
        <translation>Dieses Konto hat keine OAuth-Client-ID; siehe die README zur Registrierung.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="81"/>
        <source>Stamp could not listen on 127.0.0.1 for the sign-in answer: %1</source>
        <translation>Stamp konnte auf 127.0.0.1 nicht auf die Anmeldeantwort warten: %1</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="114"/>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="156"/>
        <location filename="../store/oauthflow.cpp" line="161"/>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="171"/>
        <source>This sign-in answer does not belong to Stamp&apos;s request; it was ignored.</source>
        <translation>Diese Anmeldeantwort gehört nicht zur Anfrage von Stamp; sie wurde ignoriert.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="180"/>
        <source>Sign-in refused: the answer came from another server. You can close this page.</source>
        <translation>Anmeldung abgelehnt: Die Antwort kam von einem anderen Server. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="182"/>
        <source>The sign-in answer came from %1, not from %2 (RFC 9207): Stamp did not use it.</source>
        <translation>Die Anmeldeantwort kam von %1, nicht von %2 (RFC 9207): Stamp hat sie nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="183"/>
        <source>an unnamed server</source>
        <translation>einem unbenannten Server</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="187"/>
        <source>Sign-in was not completed. You can close this page and return to Stamp.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können diese Seite schließen und zu Stamp zurückkehren.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="189"/>
        <source>The sign-in was refused: %1 %2</source>
        <translation>Die Anmeldung wurde abgelehnt: %1 %2</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="194"/>
        <source>Sign-in answer without a code. You can close this page.</source>
        <translation>Anmeldeantwort ohne Code. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="195"/>
        <source>The sign-in answer had no authorization code.</source>
        <translation>Die Anmeldeantwort enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="198"/>
        <source>Signed in. You can close this page and return to Stamp.</source>
        <translation>Angemeldet. Sie können diese Seite schließen und zu Stamp zurückkehren.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="211"/>
        <source>There is no sign-in to renew: sign in again.</source>
        <translation>Es gibt keine Anmeldung zu erneuern: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="226"/>
        <source>This provider offers no sign-in for devices without a browser.</source>
        <translation>Dieser Anbieter bietet keine Anmeldung für Geräte ohne Browser an.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="247"/>
        <source>The sign-in server did not give a device code: %1</source>
        <translation>Der Anmeldeserver hat keinen Gerätecode geliefert: %1</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="265"/>
        <source>The code was not entered in time; sign in again.</source>
        <translation>Der Code wurde nicht rechtzeitig eingegeben; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="313"/>
        <source>The sign-in is no longer valid (%1): sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig (%1): Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="319"/>
        <source>The sign-in server refused to give a token: %1</source>
        <translation>Der Anmeldeserver hat die Ausgabe eines Tokens verweigert: %1</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="325"/>
        <source>The sign-in server sent a malformed token.</source>
        <translation>Der Anmeldeserver hat ein fehlerhaftes Token gesendet.</translation>
    </message>
</context>
<context>
    <name>store::OAuthTokenSource</name>
    <message>
        <location filename="../store/oauthtokens.cpp" line="32"/>
        <source>No keychain: the sign-in cannot be renewed.</source>
        <translation>Kein Schlüsselbund: Die Anmeldung kann nicht erneuert werden.</translation>
    </message>
    <message>
        <location filename="../store/oauthtokens.cpp" line="43"/>
        <source>This account is not signed in: sign in first.</source>
        <translation>Dieses Konto ist nicht angemeldet: Melden Sie sich zuerst an.</translation>
    </message>
</context>
<context>
    <name>store::OutboxQueue</name>
    <message>
        <location filename="../store/outboxqueue.cpp" line="83"/>
        <source>to be sent at %1</source>
        <translation>wird um %1 gesendet</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="84"/>
        <source>next try at %1, attempt %2 of %3</source>
        <translation>nächster Versuch um %1, Versuch %2 von %3</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="95"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="97"/>
        <source>waiting to be sent: %1</source>
        <translation>wartet auf Versand: %1</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="98"/>
        <source>waiting to be sent</source>
        <translation>wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="100"/>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="102"/>
        <source>waiting for a retry: %1</source>
        <translation>wartet auf erneuten Versuch: %1</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="104"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../store/outboxqueue.cpp" line="106"/>
        <source>partly sent: %n recipient(s) refused</source>
        <translation>
            <numerusform>teilweise gesendet: %n Empfänger abgelehnt</numerusform>
            <numerusform>teilweise gesendet: %n Empfänger abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="109"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
</context>
<context>
    <name>store::SecretStore</name>
    <message>
        <location filename="../store/secretstore.cpp" line="95"/>
        <source>The keychain refused access to the password of &quot;%1&quot;. Allow Stamp in the keychain&apos;s prompt or settings and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Passwort von &quot;%1&quot; verweigert. Erlauben Sie Stamp in der Abfrage oder den Einstellungen des Schlüsselbunds und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>store::SendController</name>
    <message>
        <location filename="../store/sendcontroller.cpp" line="167"/>
        <source>This message is being sent right now.</source>
        <translation>Diese Nachricht wird gerade gesendet.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="173"/>
        <location filename="../store/sendcontroller.cpp" line="232"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation>Im Postausgang gibt es keine Nachricht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="181"/>
        <source>This message is being sent right now by another Stamp window or command.</source>
        <translation>Diese Nachricht wird gerade von einem anderen Stamp-Fenster oder -Befehl gesendet.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="215"/>
        <source>Sending was stopped before connecting: nothing was sent.</source>
        <translation>Das Senden wurde vor dem Verbindungsaufbau angehalten: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="216"/>
        <source>Send it again when you are ready.</source>
        <translation>Senden Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="238"/>
        <source>The account &quot;%1&quot; no longer exists.</source>
        <translation>Das Konto &quot;%1&quot; gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="29"/>
        <location filename="../store/sendcontroller.cpp" line="272"/>
        <source>Stamp does not know how to connect for this message.</source>
        <translation>Stamp weiß nicht, wie es sich für diese Nachricht verbinden soll.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="276"/>
        <source>Getting the password…</source>
        <translation>Passwort wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="295"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="307"/>
        <source>Sending the message…</source>
        <translation>Nachricht wird gesendet…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="310"/>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="314"/>
        <source>Connected; logging in and sending…</source>
        <translation>Verbunden; Anmeldung und Versand…</translation>
    </message>
</context>
<context>
    <name>store::StoredMessageSource</name>
    <message>
        <location filename="../store/storedmessage.cpp" line="18"/>
        <source>The stored message %1 cannot be read (%2), so nothing was sent.</source>
        <translation>Die gespeicherte Nachricht %1 kann nicht gelesen werden (%2), daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../store/storedmessage.cpp" line="23"/>
        <source>The stored message %1 is %2 bytes instead of %3: it was changed or damaged, so nothing was sent.</source>
        <translation>Die gespeicherte Nachricht %1 ist %2 Byte statt %3 groß: Sie wurde geändert oder beschädigt, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../store/storedmessage.cpp" line="48"/>
        <source>The stored message %1 could not be read: %2</source>
        <translation>Die gespeicherte Nachricht %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>store::Templates</name>
    <message>
        <location filename="../store/templates.cpp" line="23"/>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../store/templates.cpp" line="28"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../store/templates.cpp" line="38"/>
        <source>The template %1 could not be saved: %2</source>
        <translation>Die Vorlage %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>store::vcard</name>
    <message>
        <location filename="../store/vcard.cpp" line="16"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="108"/>
        <source>this is no vCard property (NAME:value expected)</source>
        <translation>dies ist keine vCard-Eigenschaft (NAME:Wert erwartet)</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="135"/>
        <source>the property has no name</source>
        <translation>die Eigenschaft hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="165"/>
        <source>the character set %1 is unknown</source>
        <translation>der Zeichensatz %1 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="174"/>
        <source>the value is not UTF-8 and names no CHARSET</source>
        <translation>der Wert ist kein UTF-8 und nennt kein CHARSET</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="312"/>
        <source>BEGIN:VCARD inside the card begun on line %1</source>
        <translation>BEGIN:VCARD innerhalb der in Zeile %1 begonnenen Karte</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="322"/>
        <source>text outside BEGIN:VCARD … END:VCARD</source>
        <translation>Text außerhalb von BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="338"/>
        <source>the card begun here has no END:VCARD</source>
        <translation>die hier begonnene Karte hat kein END:VCARD</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="343"/>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>Die Datei enthält keine vCard (keine Zeile BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="369"/>
        <source>the group has no name (FN)</source>
        <translation>die Gruppe hat keinen Namen (FN)</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="387"/>
        <source>the member %1 is no mailto: address and no card with an address in this file</source>
        <translation>das Mitglied %1 ist weder eine mailto:-Adresse noch eine Karte mit Adresse in dieser Datei</translation>
    </message>
</context>
<context>
    <name>ui::AccountForm</name>
    <message>
        <location filename="../ui/accountform.cpp" line="53"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="54"/>
        <source>work, home…</source>
        <translation>Arbeit, Privat…</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="55"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="56"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="57"/>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="58"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="66"/>
        <source>Formatted signature</source>
        <translation>Formatierte Signatur</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="68"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="70"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="71"/>
        <source>Your na&amp;me:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="72"/>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="73"/>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="74"/>
        <source>&amp;With formatting:</source>
        <translation>Mit &amp;Formatierung:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="78"/>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="79"/>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="80"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="83"/>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="84"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="85"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS von Anfang an (Port 465)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="86"/>
        <source>None — unencrypted</source>
        <translation>Keine — unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="89"/>
        <source>Send the password w&amp;ithout encryption (only for a test server you trust)</source>
        <translation>Passwort &amp;unverschlüsselt senden (nur für einen Testserver, dem Sie vertrauen)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="90"/>
        <source>Send the password unencrypted</source>
        <translation>Passwort unverschlüsselt senden</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="92"/>
        <source>Extra trusted CA certificates file</source>
        <translation>Datei mit zusätzlichen vertrauenswürdigen CA-Zertifikaten</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="93"/>
        <source>optional PEM file</source>
        <translation>optionale PEM-Datei</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="94"/>
        <source>Choose a CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="95"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="96"/>
        <location filename="../ui/accountform.cpp" line="309"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="96"/>
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="99"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="100"/>
        <source>Forget the trusted certificate</source>
        <translation>Das vertrauenswürdige Zertifikat vergessen</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="103"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="113"/>
        <source>Outgoing server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="115"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="118"/>
        <source>Se&amp;curity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="121"/>
        <source>CA fi&amp;le:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="142"/>
        <source>Login met&amp;hod:</source>
        <translation>&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="124"/>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="126"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="127"/>
        <source>empty: the server needs no login</source>
        <translation>leer: Der Server braucht keine Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="128"/>
        <source>Login method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="131"/>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Automatisch (das stärkste, das der Server anbietet)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="134"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="139"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="141"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="143"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="174"/>
        <source>Extra trusted CA certificates</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="175"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="233"/>
        <source>An account&apos;s name cannot be changed; add a new account instead.</source>
        <translation>Der Name eines Kontos kann nicht geändert werden; fügen Sie stattdessen ein neues Konto hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="242"/>
        <source>Passwords are kept only in the system keychain. Leave it empty to keep the saved one.</source>
        <translation>Passwörter werden nur im Schlüsselbund des Systems gespeichert. Lassen Sie das Feld leer, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="322"/>
        <source>Without encryption, anyone on the network path can read your messages and change them.</source>
        <translation>Ohne Verschlüsselung kann jeder auf dem Netzwerkweg Ihre Nachrichten lesen und verändern.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="327"/>
        <source>Your password will be sent in clear text too: use this only with a test server you control.</source>
        <translation>Auch Ihr Passwort wird im Klartext gesendet: Verwenden Sie das nur mit einem Testserver, den Sie selbst betreiben.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="329"/>
        <source>Stamp will refuse to send your password over it unless you allow it below.</source>
        <translation>Stamp verweigert das Senden Ihres Passworts darüber, sofern Sie es unten nicht erlauben.</translation>
    </message>
</context>
<context>
    <name>ui::AccountsDialog</name>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="52"/>
        <location filename="../ui/accountsdialog.cpp" line="56"/>
        <location filename="../ui/accountsdialog.cpp" line="354"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="57"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="57"/>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="58"/>
        <source>&amp;Remove</source>
        <translation>&amp;Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="59"/>
        <source>Remove the account</source>
        <translation>Das Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="60"/>
        <source>Make &amp;default</source>
        <translation>&amp;Zum Standard machen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="61"/>
        <location filename="../ui/accountsdialog.cpp" line="242"/>
        <source>Make this the default account</source>
        <translation>Dieses Konto zum Standardkonto machen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="80"/>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="80"/>
        <source>Save the account</source>
        <translation>Das Konto speichern</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="81"/>
        <location filename="../ui/accountsdialog.cpp" line="144"/>
        <location filename="../ui/accountsdialog.cpp" line="506"/>
        <location filename="../ui/accountsdialog.cpp" line="520"/>
        <location filename="../ui/accountsdialog.cpp" line="529"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="82"/>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="145"/>
        <source>Test stopped before connecting.</source>
        <translation>Test vor dem Verbindungsaufbau angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="259"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="333"/>
        <source>(given for this session)</source>
        <translation>(für diese Sitzung angegeben)</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="334"/>
        <source>(kept in the keychain)</source>
        <translation>(im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="77"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="78"/>
        <source>Sign-in and server search</source>
        <translation>Anmeldung und Serversuche</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="156"/>
        <source>Enter the email address first: the settings are found from it.</source>
        <translation>Geben Sie zuerst die E-Mail-Adresse ein: Die Einstellungen werden anhand ihrer ermittelt.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="241"/>
        <source>This is already the default account</source>
        <translation>Das ist bereits das Standardkonto</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="354"/>
        <source>Accounts *</source>
        <translation>Konten *</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="367"/>
        <source>There is already an account named &quot;%1&quot;: choose another name.</source>
        <translation>Es gibt bereits ein Konto namens &quot;%1&quot;: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="387"/>
        <source>The password is saved in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="393"/>
        <source>The password could not be saved: it will be used until Stamp closes.</source>
        <translation>Das Passwort konnte nicht gespeichert werden: Es wird verwendet, bis Stamp geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="395"/>
        <source>Password not saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="397"/>
        <source>Stamp will use the password you typed until it closes, and ask again next time.</source>
        <translation>Stamp verwendet das eingegebene Passwort, bis es geschlossen wird, und fragt beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="414"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="415"/>
        <source>Remove the account &quot;%1&quot; and its saved password? Messages already sent stay in Sent.</source>
        <translation>Das Konto &quot;%1&quot; und sein gespeichertes Passwort entfernen? Bereits gesendete Nachrichten bleiben unter Gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="432"/>
        <source>No keychain is running, so no saved password of &quot;%1&quot; could be looked for to remove.</source>
        <translation>Es läuft kein Schlüsselbund, daher konnte kein gespeichertes Passwort von &quot;%1&quot; zum Entfernen gesucht werden.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="438"/>
        <source>Password not removed</source>
        <translation>Passwort nicht entfernt</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="454"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="455"/>
        <source>Save the changes to this account?</source>
        <translation>Die Änderungen an diesem Konto speichern?</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="498"/>
        <location filename="../ui/accountsdialog.cpp" line="524"/>
        <source>S&amp;top test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="499"/>
        <source>Getting the password…</source>
        <translation>Passwort wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="507"/>
        <source>Not tested: no password was given.</source>
        <translation>Nicht getestet: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="542"/>
        <source>this account</source>
        <translation>dieses Konto</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="18"/>
        <source>The accounts you send from; choose one to edit it</source>
        <translation>Die Konten, von denen Sie senden; wählen Sie eines aus, um es zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="19"/>
        <source>Starts a new account</source>
        <translation>Legt ein neues Konto an</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="21"/>
        <source>Removes the selected account and its saved password</source>
        <translation>Entfernt das ausgewählte Konto und sein gespeichertes Passwort</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="23"/>
        <source>New messages are sent from the selected account</source>
        <translation>Neue Nachrichten werden vom ausgewählten Konto gesendet</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="25"/>
        <source>A name for this account, shown in the From list</source>
        <translation>Ein Name für dieses Konto, angezeigt in der Von-Liste</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="27"/>
        <source>The name recipients see beside your address</source>
        <translation>Der Name, den Empfänger neben Ihrer Adresse sehen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="28"/>
        <source>The address messages are sent from</source>
        <translation>Die Adresse, von der Nachrichten gesendet werden</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="29"/>
        <source>Text added at the end of each new message from this account</source>
        <translation>Text, der am Ende jeder neuen Nachricht von diesem Konto angefügt wird</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="32"/>
        <source>The signature added to formatted messages; empty: they get the plain one</source>
        <translation>Die Signatur für formatierte Nachrichten; leer: Sie erhalten die einfache</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="34"/>
        <source>The submission server&apos;s host name, as your mail provider gives it</source>
        <translation>Der Hostname des Einlieferungsservers, wie Ihr Mailanbieter ihn angibt</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="36"/>
        <source>587 for STARTTLS, 465 for TLS from the start</source>
        <translation>587 für STARTTLS, 465 für TLS von Anfang an</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="38"/>
        <source>How the connection to the server is encrypted</source>
        <translation>Wie die Verbindung zum Server verschlüsselt wird</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="40"/>
        <source>Lets the password travel unencrypted; only for a test server you trust</source>
        <translation>Lässt das Passwort unverschlüsselt übertragen; nur für einen Testserver, dem Sie vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="43"/>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="46"/>
        <source>Chooses the PEM file of extra certificate authorities</source>
        <translation>Wählt die PEM-Datei mit zusätzlichen Zertifizierungsstellen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="48"/>
        <source>Stops trusting the certificate trusted for this account</source>
        <translation>Beendet das Vertrauen in das für dieses Konto vertraute Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="49"/>
        <source>The name to log in with; empty when the server needs no login</source>
        <translation>Der Name für die Anmeldung; leer, wenn der Server keine Anmeldung braucht</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="51"/>
        <source>How Stamp proves who you are to the server</source>
        <translation>Wie Stamp dem Server gegenüber nachweist, wer Sie sind</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="53"/>
        <source>Kept in the system keychain, never in a file</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="55"/>
        <source>Saves the account, and the password in the keychain</source>
        <translation>Speichert das Konto und das Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="57"/>
        <source>Connects and logs in without sending anything, and shows what the server offers</source>
        <translation>Verbindet sich und meldet sich an, ohne etwas zu senden, und zeigt, was der Server anbietet</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="61"/>
        <source>The extensions the server announced in its EHLO reply</source>
        <translation>Die Erweiterungen, die der Server in seiner EHLO-Antwort angekündigt hat</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="62"/>
        <source>The TLS version, cipher and certificate of the test connection</source>
        <translation>TLS-Version, Cipher und Zertifikat der Testverbindung</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="65"/>
        <source>Looks up the server settings for the address: the domain&apos;s own settings, the providers&apos; database, DNS records, then likely server names</source>
        <translation>Sucht die Servereinstellungen für die Adresse: die eigenen Einstellungen der Domain, die Anbieterdatenbank, DNS-Einträge, dann wahrscheinliche Servernamen</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="69"/>
        <source>The settings came with warnings: tick this only after reading them</source>
        <translation>Die Einstellungen kamen mit Warnungen: Setzen Sie dieses Häkchen erst, nachdem Sie sie gelesen haben</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="72"/>
        <source>Puts the settings found into the account form; nothing is saved yet</source>
        <translation>Übernimmt die gefundenen Einstellungen in das Kontoformular; noch wird nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="75"/>
        <source>Who signs you in: Google, Microsoft, or another provider by its address</source>
        <translation>Wer Sie anmeldet: Google, Microsoft oder ein anderer Anbieter anhand seiner Adresse</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="78"/>
        <source>Opens the provider&apos;s sign-in page in your browser</source>
        <translation>Öffnet die Anmeldeseite des Anbieters in Ihrem Browser</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="80"/>
        <source>Shows a code to enter on another device, for machines without a browser</source>
        <translation>Zeigt einen Code, den Sie auf einem anderen Gerät eingeben, für Rechner ohne Browser</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="82"/>
        <source>Forgets this account&apos;s sign-in, kept in the system keychain</source>
        <translation>Vergisst die Anmeldung dieses Kontos, die im Schlüsselbund des Systems aufbewahrt wird</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="85"/>
        <source>The sign-in page&apos;s address, to open it yourself if the browser did not start</source>
        <translation>Die Adresse der Anmeldeseite, um sie selbst zu öffnen, falls der Browser nicht gestartet ist</translation>
    </message>
</context>
<context>
    <name>ui::Advice</name>
    <message>
        <location filename="../ui/advice.cpp" line="46"/>
        <source>Check the user name, password and security settings of the account.</source>
        <translation>Prüfen Sie Benutzername, Passwort und Sicherheitseinstellungen des Kontos.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="48"/>
        <source>Check the security setting and the certificate of the account.</source>
        <translation>Prüfen Sie die Sicherheitseinstellung und das Zertifikat des Kontos.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="51"/>
        <source>Check the server name, port and security setting of the account, and the network.</source>
        <translation>Prüfen Sie Servername, Port und Sicherheitseinstellung des Kontos sowie das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="54"/>
        <source>Check the account settings, then send again.</source>
        <translation>Prüfen Sie die Kontoeinstellungen und senden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="77"/>
        <source>Not sent: this server wants encryption</source>
        <translation>Nicht gesendet: Dieser Server verlangt Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="78"/>
        <source>This server wants encryption: set Security to STARTTLS. Nothing was sent.</source>
        <translation>Dieser Server verlangt Verschlüsselung: Stellen Sie Sicherheit auf STARTTLS. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="85"/>
        <source>Not sent: the password was not sent without encryption</source>
        <translation>Nicht gesendet: Das Passwort wurde nicht ohne Verschlüsselung gesendet</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="87"/>
        <source>The connection to this server is not encrypted, so Stamp did not send the password. Set Security to STARTTLS or TLS if the server has it; only on a network you trust, tick “Send the password unencrypted” in the account instead.</source>
        <translation>Die Verbindung zu diesem Server ist nicht verschlüsselt, daher hat Stamp das Passwort nicht gesendet. Stellen Sie Sicherheit auf STARTTLS oder TLS, falls der Server es hat; nur in einem Netzwerk, dem Sie vertrauen, setzen Sie stattdessen im Konto das Häkchen bei „Passwort unverschlüsselt senden“.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="97"/>
        <source>Not sent: sign in again</source>
        <translation>Nicht gesendet: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="99"/>
        <source>The sign-in of this account has expired or was revoked. Sign in again, then send; the message stays in the outbox.</source>
        <translation>Die Anmeldung dieses Kontos ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an und senden Sie dann; die Nachricht bleibt im Postausgang.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="101"/>
        <source>The server did not accept the sign-in of this account. Sign in again, then send; the message stays in the outbox.</source>
        <translation>Der Server hat die Anmeldung dieses Kontos nicht angenommen. Melden Sie sich erneut an und senden Sie dann; die Nachricht bleibt im Postausgang.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="114"/>
        <source>Not sent: Google wants you to sign in with Google</source>
        <translation>Nicht gesendet: Google verlangt die Anmeldung mit Google</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="116"/>
        <source>Not sent: Microsoft wants you to sign in with Microsoft</source>
        <translation>Nicht gesendet: Microsoft verlangt die Anmeldung mit Microsoft</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="117"/>
        <source>Not sent: this provider wants you to sign in with it</source>
        <translation>Nicht gesendet: Dieser Anbieter verlangt die Anmeldung bei ihm</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="126"/>
        <source>Not sent: the server did not accept the password</source>
        <translation>Nicht gesendet: Der Server hat das Passwort nicht angenommen</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="128"/>
        <source>Enter the password again, or check the user name in the account. Some providers need an app password instead of the usual one.</source>
        <translation>Geben Sie das Passwort erneut ein oder prüfen Sie den Benutzernamen im Konto. Manche Anbieter verlangen ein App-Passwort statt des üblichen.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="136"/>
        <source>Not sent yet: the server asked to try later</source>
        <translation>Noch nicht gesendet: Der Server hat gebeten, es später zu versuchen</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="137"/>
        <source>The message is not sent yet. It stays in the outbox and will be retried; you can also send it again yourself later.</source>
        <translation>Die Nachricht ist noch nicht gesendet. Sie bleibt im Postausgang und wird erneut versucht; Sie können sie später auch selbst erneut senden.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="177"/>
        <source>The server holds the message back for now (a policy such as greylisting): not sent yet, it will be retried.</source>
        <translation>Der Server hält die Nachricht vorerst zurück (eine Richtlinie wie Greylisting): noch nicht gesendet, sie wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="181"/>
        <source>The mailbox is full for now: not sent yet, it will be retried.</source>
        <translation>Das Postfach ist vorerst voll: noch nicht gesendet, sie wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="184"/>
        <source>The server is closing the connection for now: not sent yet, it will be retried.</source>
        <translation>Der Server schließt die Verbindung vorerst: noch nicht gesendet, sie wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="186"/>
        <source>The mailbox is busy or unavailable for now: not sent yet, it will be retried.</source>
        <translation>Das Postfach ist vorerst belegt oder nicht verfügbar: noch nicht gesendet, sie wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="188"/>
        <source>The server had a temporary problem of its own: not sent yet, it will be retried.</source>
        <translation>Der Server hatte selbst ein vorübergehendes Problem: noch nicht gesendet, sie wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="190"/>
        <source>The server is short of space or of recipients for now: not sent yet, it will be retried.</source>
        <translation>Dem Server fehlt vorerst Speicherplatz oder Platz für Empfänger: noch nicht gesendet, sie wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="193"/>
        <source>The server cannot start encryption or a login right now: not sent yet, it will be retried.</source>
        <translation>Der Server kann gerade keine Verschlüsselung oder Anmeldung starten: noch nicht gesendet, sie wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="196"/>
        <source>The server cannot take it right now: not sent yet, it will be retried.</source>
        <translation>Der Server kann sie gerade nicht annehmen: noch nicht gesendet, sie wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="204"/>
        <source>Use STARTTLS and send again</source>
        <translation>STARTTLS verwenden und erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="206"/>
        <source>Enter the password again</source>
        <translation>Passwort erneut eingeben</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="208"/>
        <source>Open the account</source>
        <translation>Konto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="211"/>
        <source>Sign in with Google</source>
        <translation>Mit Google anmelden</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="213"/>
        <source>Sign in with Microsoft</source>
        <translation>Mit Microsoft anmelden</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="214"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="214"/>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
</context>
<context>
    <name>ui::AttachmentList</name>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="24"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="26"/>
        <source>The files sent with the message, with their sizes; Delete removes the selected ones</source>
        <translation>Die mit der Nachricht gesendeten Dateien mit ihren Größen; Entf entfernt die ausgewählten</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="28"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="28"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="65"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="69"/>
        <source>%1 is not a file (folders cannot be attached).</source>
        <translation>%1 ist keine Datei (Ordner können nicht angehängt werden).</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="73"/>
        <source>%1 cannot be read (permission denied).</source>
        <translation>%1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="111"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>ui::AutoconfigPanel</name>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="22"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="24"/>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="26"/>
        <source>none — unencrypted</source>
        <translation>keine — unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="36"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="38"/>
        <source>OAuth 2.0 sign-in in the browser</source>
        <translation>OAuth-2.0-Anmeldung im Browser</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="40"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="42"/>
        <source>a method Stamp does not support</source>
        <translation>ein Verfahren, das Stamp nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="59"/>
        <location filename="../ui/autoconfigpanel.cpp" line="129"/>
        <location filename="../ui/autoconfigpanel.cpp" line="146"/>
        <source>&amp;Find settings from the address</source>
        <translation>Einstellungen anhand der Adresse &amp;finden</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="61"/>
        <source>Find settings from the address</source>
        <translation>Einstellungen anhand der Adresse finden</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="72"/>
        <source>I have read the warnings and want to use these settings</source>
        <translation>Ich habe die Warnungen gelesen und möchte diese Einstellungen verwenden</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="75"/>
        <source>&amp;Use these settings</source>
        <translation>Diese Einstellungen &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="132"/>
        <source>S&amp;top looking</source>
        <translation>Suche &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="133"/>
        <source>Looking for the settings of %1…</source>
        <translation>Die Einstellungen von %1 werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="147"/>
        <source>Stopped looking.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="156"/>
        <source>No settings were found for %1: enter the server yourself.</source>
        <translation>Für %1 wurden keine Einstellungen gefunden: Geben Sie den Server selbst ein.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="157"/>
        <source>this address</source>
        <translation>diese Adresse</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="163"/>
        <source>Tried:</source>
        <translation>Versucht:</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="176"/>
        <source>The server %1 is not in %2, the domain of your address. Use it only if you know that it is your provider&apos;s.</source>
        <translation>Der Server %1 liegt nicht in %2, der Domain Ihrer Adresse. Verwenden Sie ihn nur, wenn Sie wissen, dass er zu Ihrem Anbieter gehört.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="179"/>
        <source>Found through %1.</source>
        <translation>Gefunden über %1.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="182"/>
        <source>Server: %1, port %2</source>
        <translation>Server: %1, Port %2</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="183"/>
        <source>Security: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="184"/>
        <source>Authentication: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="185"/>
        <source>User name: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="185"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="186"/>
        <source>Found through: %1 (%2)</source>
        <translation>Gefunden über: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="188"/>
        <source>Records of the domain: %1</source>
        <translation>Einträge der Domain: %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="190"/>
        <source>Stamp cannot log in to this server: enter another server yourself.</source>
        <translation>Stamp kann sich bei diesem Server nicht anmelden: Geben Sie selbst einen anderen Server ein.</translation>
    </message>
</context>
<context>
    <name>ui::CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="42"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="50"/>
        <source>Certificate not trusted — %1</source>
        <translation>Zertifikat nicht vertrauenswürdig — %1</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="58"/>
        <source>&lt;b&gt;Stamp could not verify the identity of %1.&lt;/b&gt;&lt;br&gt;Someone may be pretending to be your mail server to read your password and your mail. Trust this certificate only if you have checked its fingerprint with the server&apos;s administrator, or if it is your own test server.</source>
        <translation>&lt;b&gt;Stamp konnte die Identität von %1 nicht prüfen.&lt;/b&gt;&lt;br&gt;Möglicherweise gibt sich jemand als Ihr Mailserver aus, um Ihr Passwort und Ihre Mail zu lesen. Vertrauen Sie diesem Zertifikat nur, wenn Sie seinen Fingerabdruck mit dem Administrator des Servers abgeglichen haben oder wenn es Ihr eigener Testserver ist.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="76"/>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="80"/>
        <source>Valid for names:</source>
        <translation>Gültig für die Namen:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="81"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="82"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="83"/>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="87"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="94"/>
        <source>Chain sent:</source>
        <translation>Gesendete Kette:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="99"/>
        <source>Why the certificate is not trusted</source>
        <translation>Warum dem Zertifikat nicht vertraut wird</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="100"/>
        <source>Every check the server&apos;s certificate failed</source>
        <translation>Jede Prüfung, bei der das Zertifikat des Servers durchgefallen ist</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="109"/>
        <source>&amp;Trust this certificate for “%1”</source>
        <translation>Diesem Zertifikat für „%1“ &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="112"/>
        <source>Accepts exactly this certificate for this account from now on; a different one asks again</source>
        <translation>Akzeptiert ab jetzt genau dieses Zertifikat für dieses Konto; bei einem anderen wird erneut gefragt</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="127"/>
        <source>Problems found:</source>
        <translation>Gefundene Probleme:</translation>
    </message>
</context>
<context>
    <name>ui::ComposerWindow</name>
    <message>
        <location filename="../ui/composerwindow.cpp" line="168"/>
        <source>Compose message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="203"/>
        <source>Not attached</source>
        <translation>Nicht angehängt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="223"/>
        <source>%n message(s) waiting in the outbox: due ones are sent now, the others at their time.</source>
        <translation>
            <numerusform>%n Nachricht wartet im Postausgang: Fällige werden jetzt gesendet, die übrigen zu ihrer Zeit.</numerusform>
            <numerusform>%n Nachrichten warten im Postausgang: Fällige werden jetzt gesendet, die übrigen zu ihrer Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="258"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="259"/>
        <source>The account and identity the message is sent from</source>
        <translation>Das Konto und die Identität, von denen die Nachricht gesendet wird</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="264"/>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="265"/>
        <source>Edit accounts</source>
        <translation>Konten bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="266"/>
        <source>Opens the accounts: servers, logins and identities</source>
        <translation>Öffnet die Konten: Server, Anmeldungen und Identitäten</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="269"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="270"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="271"/>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="272"/>
        <source>hidden recipients: they receive it, the others do not see them</source>
        <translation>verborgene Empfänger: Sie erhalten die Nachricht, die anderen sehen sie nicht</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="273"/>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="274"/>
        <source>where replies should go, if not to the sender</source>
        <translation>wohin Antworten gehen sollen, wenn nicht an den Absender</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="289"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="290"/>
        <source>What the message is about, in one line</source>
        <translation>Worum es in der Nachricht geht, in einer Zeile</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="313"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="314"/>
        <source>T&amp;o:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="315"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="316"/>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="317"/>
        <source>Rep&amp;ly-To:</source>
        <translation>Antwo&amp;rt an:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="321"/>
        <source>&amp;Subject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="325"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="327"/>
        <source>The text of the message; files dropped or pasted here are attached</source>
        <translation>Der Text der Nachricht; hier abgelegte oder eingefügte Dateien werden angehängt</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="330"/>
        <source>Write your message here. Drop or paste files to attach them.</source>
        <translation>Schreiben Sie hier Ihre Nachricht. Legen Sie Dateien ab oder fügen Sie sie ein, um sie anzuhängen.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="337"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="338"/>
        <source>Remove the selected attachments (Delete)</source>
        <translation>Die ausgewählten Anhänge entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="339"/>
        <source>Remove the selected attachments</source>
        <translation>Die ausgewählten Anhänge entfernen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="343"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="344"/>
        <location filename="../ui/composerwindow.cpp" line="1399"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="345"/>
        <source>Chooses files to attach to the message</source>
        <translation>Wählt Dateien aus, die an die Nachricht angehängt werden</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="384"/>
        <source>Sending progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="385"/>
        <source>How much of the message has gone to the server</source>
        <translation>Wie viel der Nachricht schon beim Server angekommen ist</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="388"/>
        <location filename="../ui/composerwindow.cpp" line="390"/>
        <source>Stop sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="391"/>
        <source>Stops this attempt; the message stays in the outbox</source>
        <translation>Bricht diesen Versuch ab; die Nachricht bleibt im Postausgang</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="416"/>
        <source>Protocol log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="422"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="429"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="443"/>
        <source>Opens the outbox, where messages wait to be sent or sent again</source>
        <translation>Öffnet den Postausgang, in dem Nachrichten auf den Versand oder erneuten Versand warten</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="449"/>
        <source>The message goes back into the editor, unsent</source>
        <translation>Die Nachricht kommt ungesendet zurück in den Editor</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="450"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="451"/>
        <source>Take the message back from the outbox before it is sent</source>
        <translation>Die Nachricht aus dem Postausgang zurückholen, bevor sie gesendet wird</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="481"/>
        <source>&amp;Send</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="485"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Die Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="487"/>
        <source>Send &amp;Later…</source>
        <translation>Späte&amp;r senden…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="489"/>
        <source>Put the message in the outbox to be sent at a time you choose</source>
        <translation>Die Nachricht in den Postausgang legen, um sie zu einer gewählten Zeit zu senden</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="492"/>
        <source>S&amp;top Sending</source>
        <translation>S&amp;enden abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="494"/>
        <source>Stop sending (Ctrl+.)</source>
        <translation>Senden abbrechen (Strg+.)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="496"/>
        <location filename="../ui/composerwindow.cpp" line="1629"/>
        <source>&amp;Attach Files…</source>
        <translation>Anhang hinz&amp;ufügen…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="499"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>Dateien anhängen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="501"/>
        <source>Save &amp;Draft</source>
        <translation>Als Entwurf spe&amp;ichern</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="503"/>
        <source>Save as a draft (Ctrl+S)</source>
        <translation>Als Entwurf speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="506"/>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="508"/>
        <source>&amp;New Message</source>
        <translation>Neue E-&amp;Mail</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="511"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="514"/>
        <source>&amp;Quit</source>
        <translation>Stam&amp;p beenden</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="518"/>
        <source>&amp;Accounts…</source>
        <translation>Kontoeinstell&amp;ungen…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="522"/>
        <source>&amp;File</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="531"/>
        <source>Save as &amp;Template…</source>
        <translation>Als Vorlag&amp;e speichern…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="538"/>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="539"/>
        <source>Name of the template:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="549"/>
        <source>New From Te&amp;mplate</source>
        <translation>Neu aus Vor&amp;lage</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="556"/>
        <source>(No templates yet)</source>
        <translation>(Noch keine Vorlagen)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="573"/>
        <source>&amp;Edit</source>
        <translation>Bearbeite&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="584"/>
        <source>&amp;Undo</source>
        <translation>R&amp;ückgängig</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="585"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="587"/>
        <source>Cu&amp;t</source>
        <translation>Ausschn&amp;eiden</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="588"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="589"/>
        <source>&amp;Paste</source>
        <translation>Einfü&amp;gen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="590"/>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="592"/>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="595"/>
        <source>Protocol &amp;Log</source>
        <translation>P&amp;rotokoll</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="602"/>
        <source>&amp;Outbox and Drafts</source>
        <translation>Post&amp;ausgang und Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="609"/>
        <source>S&amp;ent Messages</source>
        <translation>Gesendete &amp;Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="614"/>
        <source>&amp;Search the Log</source>
        <translation>Protokoll &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="622"/>
        <source>Go to the &amp;Message Text</source>
        <translation>Zum Nachrichtente&amp;xt</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="628"/>
        <source>Go to the Attachme&amp;nts</source>
        <translation>Zu den Anh&amp;ängen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="637"/>
        <source>O&amp;ptions</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="639"/>
        <source>&amp;Reply-To Field</source>
        <translation>Feld „Ant&amp;wort an“</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="649"/>
        <source>&amp;Priority</source>
        <translation>Pri&amp;orität</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="651"/>
        <source>&amp;High</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="653"/>
        <source>&amp;Normal</source>
        <translation>Nor&amp;mal</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="655"/>
        <source>&amp;Low</source>
        <translation>Nied&amp;rig</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="663"/>
        <source>Ask for a Read Receip&amp;t</source>
        <translation>L&amp;esebestätigung anfordern</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="666"/>
        <source>Ask the recipient&apos;s mail program to confirm that the message was opened (many do not, or ask the recipient first)</source>
        <translation>Das Mailprogramm des Empfängers bitten, das Öffnen der Nachricht zu bestätigen (viele tun das nicht oder fragen zuerst den Empfänger)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="668"/>
        <source>&amp;Delivery Receipts</source>
        <translation>Zustellbestät&amp;igungen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="670"/>
        <source>Ask the mail servers on the way to report back (only when the server offers DSN)</source>
        <translation>Die Mailserver auf dem Weg um Rückmeldung bitten (nur wenn der Server DSN anbietet)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="677"/>
        <source>When &amp;Delivered</source>
        <translation>Be&amp;i Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="678"/>
        <source>When Delivery &amp;Fails</source>
        <translation>Bei fehlgeschlagener Zus&amp;tellung</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="679"/>
        <source>When Delivery Is De&amp;layed</source>
        <translation>Bei ve&amp;rzögerter Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="681"/>
        <source>Report With the &amp;Whole Message</source>
        <translation>Mit der gan&amp;zen Nachricht berichten</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="682"/>
        <source>Report With the &amp;Headers Only</source>
        <translation>Nur mit den Kopfzeilen beric&amp;hten</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="689"/>
        <source>&amp;Undo Send</source>
        <translation>&amp;Senden rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="692"/>
        <source>Wait a few seconds after Send, so Undo in the status bar can take the message back</source>
        <translation>Nach dem Senden einige Sekunden warten, damit „Rückgängig“ in der Statusleiste die Nachricht zurückholen kann</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="695"/>
        <source>&amp;Off: Send at Once</source>
        <translation>&amp;Aus: sofort senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="696"/>
        <source>Wait &amp;%n Second(s)</source>
        <translation>
            <numerusform>&amp;%n Sekunde warten</numerusform>
            <numerusform>&amp;%n Sekunden warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="720"/>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="722"/>
        <source>&amp;Practice Server…</source>
        <translation>Übun&amp;gsserver…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="725"/>
        <source>Check &amp;Domain…</source>
        <translation>Doma&amp;in prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="738"/>
        <source>C&amp;ontacts…</source>
        <translation>K&amp;ontakte…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="742"/>
        <source>&amp;Mail Merge…</source>
        <translation>&amp;Serienbrief…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="746"/>
        <source>&amp;Console…</source>
        <translation>&amp;Konsole…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="752"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="753"/>
        <source>Choose an account in From first (Tools → Accounts).</source>
        <translation>Wählen Sie zuerst ein Konto unter „Von“ (Extras → Kontoeinstellungen).</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="756"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1619"/>
        <source>The message mentions an attachment, but nothing is attached.</source>
        <translation>Die Nachricht erwähnt einen Anhang, aber nichts ist angehängt.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1630"/>
        <source>&amp;Send Without</source>
        <translation>&amp;Ohne senden</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1631"/>
        <source>Attach the files now, or send the message without them.</source>
        <translation>Hängen Sie die Dateien jetzt an, oder senden Sie die Nachricht ohne sie.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1688"/>
        <source>Putting the message in the outbox…</source>
        <translation>Die Nachricht wird in den Postausgang gelegt…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1826"/>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1885"/>
        <source>Perhaps sent: the server did not confirm. The message stays in the outbox; check with a recipient before sending it again.</source>
        <translation>Vielleicht gesendet: Der Server hat nicht bestätigt. Die Nachricht bleibt im Postausgang; fragen Sie bei einem Empfänger nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1891"/>
        <source>Not sent yet: the outbox tries again by itself; nothing to do meanwhile.</source>
        <translation>Noch nicht gesendet: Der Postausgang versucht es von selbst noch einmal; bis dahin ist nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1920"/>
        <source>Sent from the outbox. A copy is in the Sent folder.</source>
        <translation>Aus dem Postausgang gesendet. Eine Kopie liegt im Ordner Gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1925"/>
        <source>The outbox sent the message as it was queued; the changes made here since were not sent, and Send would send them as a new message.</source>
        <translation>Der Postausgang hat die Nachricht so gesendet, wie sie eingereiht war; die Änderungen, die Sie hier seitdem gemacht haben, wurden nicht gesendet, und Senden würde sie als neue Nachricht schicken.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2055"/>
        <source>Messages waiting</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="2056"/>
        <source>%n message(s) in the outbox are still waiting to be sent. They are sent the next time Stamp runs. Quit anyway?</source>
        <translation>
            <numerusform>%n Nachricht im Postausgang wartet noch auf den Versand. Sie wird beim nächsten Start von Stamp gesendet. Trotzdem beenden?</numerusform>
            <numerusform>%n Nachrichten im Postausgang warten noch auf den Versand. Sie werden beim nächsten Start von Stamp gesendet. Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="760"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="794"/>
        <source>No account yet — open Accounts… to add one</source>
        <translation>Noch kein Konto — öffnen Sie Konten…, um eines hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="801"/>
        <location filename="../ui/composerwindow.cpp" line="822"/>
        <source>Server: %1:%2</source>
        <translation>Server: %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1112"/>
        <source>Draft restored (saved %1).</source>
        <translation>Entwurf wiederhergestellt (gespeichert %1).</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1137"/>
        <source>Last attempt: the server said %1</source>
        <translation>Letzter Versuch: Der Server sagte %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1175"/>
        <source>Being sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1176"/>
        <source>This message is being sent right now; wait for the result.</source>
        <translation>Diese Nachricht wird gerade gesendet; warten Sie auf das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1183"/>
        <location filename="../ui/composerwindow.cpp" line="1219"/>
        <source>Message not found</source>
        <translation>Nachricht nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1184"/>
        <source>This message is no longer there: it may have been sent or deleted meanwhile.</source>
        <translation>Diese Nachricht ist nicht mehr da: Sie wurde möglicherweise inzwischen gesendet oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1209"/>
        <source>Some attached files are no longer there; they are marked in the list: %1</source>
        <translation>Einige angehängte Dateien sind nicht mehr da; sie sind in der Liste markiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1220"/>
        <source>This message is no longer in the Sent folder.</source>
        <translation>Diese Nachricht ist nicht mehr im Ordner Gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1251"/>
        <source>This message is no longer in the outbox.</source>
        <translation>Diese Nachricht ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1269"/>
        <source>The server did not accept the password. Enter it again to send the message.</source>
        <translation>Der Server hat das Passwort nicht angenommen. Geben Sie es erneut ein, um die Nachricht zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1374"/>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1380"/>
        <source>Draft saved at %1.</source>
        <translation>Entwurf um %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1419"/>
        <source>1 attachment, %1 — about %2 when sent</source>
        <translation>1 Anhang, %1 — beim Senden etwa %2</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1420"/>
        <source>%1 attachments, %2 — about %3 when sent</source>
        <translation>%1 Anhänge, %2 — beim Senden etwa %3</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1424"/>
        <source>⚠ larger than the %1 the server accepts</source>
        <translation>⚠ größer als die %1, die der Server annimmt</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1431"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1433"/>
        <source>Sending: %1</source>
        <translation>Senden: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1514"/>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1518"/>
        <source>Send at</source>
        <translation>Senden um</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1523"/>
        <source>Send this message at:</source>
        <translation>Diese Nachricht senden um:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1539"/>
        <source>Too late to take it back: the message is being sent or was sent.</source>
        <translation>Zu spät zum Zurückholen: Die Nachricht wird gerade gesendet oder wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1554"/>
        <location filename="../ui/composerwindow.cpp" line="1560"/>
        <source>Taken back from the outbox: nothing was sent.</source>
        <translation>Aus dem Postausgang zurückgeholt: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="27"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="30"/>
        <source>Show the envelope, header section and MIME structure that will go out, and what may go wrong (Ctrl+Shift+P)</source>
        <translation>Den Umschlag, die Kopfzeilen und die MIME-Struktur zeigen, die hinausgehen, und was schiefgehen kann (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="33"/>
        <source>Copy as s&amp;waks Command</source>
        <translation>Als s&amp;waks-Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="35"/>
        <source>Copy a swaks command line that sends this message the same way</source>
        <translation>Eine swaks-Befehlszeile kopieren, die diese Nachricht auf dieselbe Weise sendet</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="44"/>
        <location filename="../ui/composerpreview.cpp" line="55"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="45"/>
        <source>The message cannot be previewed yet: %1</source>
        <translation>Für die Nachricht ist noch keine Vorschau möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="56"/>
        <source>The message cannot be previewed: %1</source>
        <translation>Für die Nachricht ist keine Vorschau möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="72"/>
        <location filename="../ui/composerwindow.cpp" line="1569"/>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="73"/>
        <source>A swaks command needs the server of an account: add one first.</source>
        <translation>Ein swaks-Befehl braucht den Server eines Kontos: Legen Sie zuerst eines an.</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="81"/>
        <location filename="../ui/composerpreview.cpp" line="95"/>
        <source>No swaks command</source>
        <translation>Kein swaks-Befehl</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="82"/>
        <source>The swaks command cannot be made: %1</source>
        <translation>Der swaks-Befehl kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="96"/>
        <source>The message could not be written for swaks: %1</source>
        <translation>Die Nachricht konnte nicht für swaks geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="103"/>
        <source>Copied the swaks command (the message is in %1; swaks asks for the password). %2</source>
        <translation>Der swaks-Befehl wurde kopiert (die Nachricht liegt in %1; swaks fragt nach dem Passwort). %2</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1570"/>
        <source>Stamp needs an account to send from: add one with the server&apos;s details.</source>
        <translation>Stamp braucht ein Konto, von dem gesendet wird: Fügen Sie eines mit den Angaben des Servers hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1583"/>
        <location filename="../ui/composerwindow.cpp" line="1593"/>
        <source>Address not valid</source>
        <translation>Adresse ungültig</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1584"/>
        <location filename="../ui/composerwindow.cpp" line="1594"/>
        <source>Nothing was sent. %1</source>
        <translation>Es wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1599"/>
        <source>No recipient</source>
        <translation>Kein Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1600"/>
        <source>Nothing was sent: add at least one recipient in To, Cc or Bcc.</source>
        <translation>Es wurde nichts gesendet: Fügen Sie mindestens einen Empfänger unter An, Cc oder Bcc hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1606"/>
        <source>Attachment missing</source>
        <translation>Anhang fehlt</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1607"/>
        <source>Nothing was sent: these attached files are no longer there (or cannot be read):
%1

Remove them from the list, or attach them again.</source>
        <translation>Es wurde nichts gesendet: Diese angehängten Dateien sind nicht mehr da (oder können nicht gelesen werden):
%1

Entfernen Sie sie aus der Liste oder hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1618"/>
        <source>Nothing attached</source>
        <translation>Nichts angehängt</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1640"/>
        <source>No subject</source>
        <translation>Kein Betreff</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1641"/>
        <source>This message has no subject. Send it anyway?</source>
        <translation>Diese Nachricht hat keinen Betreff. Trotzdem senden?</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1659"/>
        <source>Message too large</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1660"/>
        <source>This message will be about %1, but %2 said it accepts at most %3. It will most likely be refused. Send it anyway?</source>
        <translation>Diese Nachricht wird etwa %1 groß sein, aber %2 hat angegeben, höchstens %3 anzunehmen. Sie wird sehr wahrscheinlich abgelehnt. Trotzdem senden?</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1250"/>
        <location filename="../ui/composerwindow.cpp" line="1698"/>
        <location filename="../ui/composerwindow.cpp" line="1953"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1699"/>
        <source>Nothing was sent: the message could not be written to the outbox. %1</source>
        <translation>Es wurde nichts gesendet: Die Nachricht konnte nicht in den Postausgang geschrieben werden. %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1246"/>
        <location filename="../ui/composerwindow.cpp" line="1749"/>
        <location filename="../ui/composerwindow.cpp" line="1950"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1874"/>
        <source>Sent. A copy is in the Sent folder.</source>
        <translation>Gesendet. Eine Kopie liegt im Ordner Gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1893"/>
        <source>Not sent: the message stays in the outbox. Edit it and send again when ready.</source>
        <translation>Nicht gesendet: Die Nachricht bleibt im Postausgang. Bearbeiten Sie sie und senden Sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="544"/>
        <location filename="../ui/composerwindow.cpp" line="1260"/>
        <location filename="../ui/composerwindow.cpp" line="1944"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1737"/>
        <source>In the outbox, to be sent at %1.</source>
        <translation>Im Postausgang, wird um %1 gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1744"/>
        <source>Sending in %n second(s): Undo takes it back.</source>
        <translation>
            <numerusform>Senden in %n Sekunde: Rückgängig holt sie zurück.</numerusform>
            <numerusform>Senden in %n Sekunden: Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1808"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Postausgang: %n wartet</numerusform>
            <numerusform>Postausgang: %n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1809"/>
        <source>%n message(s) waiting in the outbox: show them</source>
        <translation>
            <numerusform>%n Nachricht wartet im Postausgang: anzeigen</numerusform>
            <numerusform>%n Nachrichten warten im Postausgang: anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1888"/>
        <source>Not sent yet: the outbox tries again by itself (%1); nothing to do meanwhile.</source>
        <translation>Noch nicht gesendet: Der Postausgang versucht es von selbst noch einmal (%1); bis dahin ist nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2012"/>
        <source>Still sending</source>
        <translation>Wird noch gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2013"/>
        <source>The message is still being sent. Stop sending and close? It stays in the outbox.</source>
        <translation>Die Nachricht wird noch gesendet. Senden abbrechen und schließen? Sie bleibt im Postausgang.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2025"/>
        <source>Unsent message</source>
        <translation>Ungesendete Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2026"/>
        <source>This message has not been sent. Keep it as a draft?</source>
        <translation>Diese Nachricht wurde nicht gesendet. Als Entwurf behalten?</translation>
    </message>
</context>
<context>
    <name>ui::ConsoleDialog</name>
    <message>
        <location filename="../ui/consoledialog.cpp" line="24"/>
        <source>SMTP Console</source>
        <translation>SMTP-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="34"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="37"/>
        <source>Line to send</source>
        <translation>Zu sendende Zeile</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="39"/>
        <source>&amp;Line:</source>
        <translation>&amp;Zeile:</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="43"/>
        <source>&amp;Send Line</source>
        <translation>Zeile s&amp;enden</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="48"/>
        <source>Sends QUIT and closes when the server has answered.</source>
        <translation>Sendet QUIT und schließt, sobald der Server geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="78"/>
        <source>SMTP Console — %1</source>
        <translation>SMTP-Konsole — %1</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="85"/>
        <source>Not connected: no password was given.</source>
        <translation>Nicht verbunden: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="106"/>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="154"/>
        <source>Not connected yet.</source>
        <translation>Noch nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="158"/>
        <source>Connecting to %1, starting TLS and logging in…</source>
        <translation>Verbindung zu %1 wird hergestellt, TLS wird gestartet und die Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="162"/>
        <source>Ready: type a command (HELP, NOOP, RSET, VRFY, EXPN, MAIL FROM:&lt;…&gt;, RCPT TO:&lt;…&gt;, DATA, QUIT).</source>
        <translation>Bereit: Geben Sie einen Befehl ein (HELP, NOOP, RSET, VRFY, EXPN, MAIL FROM:&lt;…&gt;, RCPT TO:&lt;…&gt;, DATA, QUIT).</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="166"/>
        <source>Waiting for the server&apos;s reply…</source>
        <translation>Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="169"/>
        <source>DATA mode: each line is part of the message; a line holding only &quot;.&quot; ends it (Stamp sends CRLF.CRLF and doubles a leading dot).</source>
        <translation>DATA-Modus: Jede Zeile gehört zur Nachricht; eine Zeile, die nur &quot;.&quot; enthält, beendet sie (Stamp sendet CRLF.CRLF und verdoppelt einen führenden Punkt).</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="173"/>
        <source>Closing: QUIT sent.</source>
        <translation>Wird geschlossen: QUIT gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="177"/>
        <source>Closed: %1</source>
        <translation>Geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="183"/>
        <source>a line of the message, or . to end it</source>
        <translation>eine Zeile der Nachricht, oder . zum Beenden</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="184"/>
        <source>an SMTP command, e.g. NOOP</source>
        <translation>ein SMTP-Befehl, z. B. NOOP</translation>
    </message>
</context>
<context>
    <name>ui::ContactCompletionModel</name>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="31"/>
        <source>%1 (group of %n)</source>
        <translation>
            <numerusform>%1 (Gruppe mit %n Mitglied)</numerusform>
            <numerusform>%1 (Gruppe mit %n Mitgliedern)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="38"/>
        <source>%1, its members one by one (%n)</source>
        <translation>
            <numerusform>%1, sein Mitglied einzeln (%n)</numerusform>
            <numerusform>%1, seine Mitglieder einzeln (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="39"/>
        <source>%1 as a named group in To and Cc (group of %n)</source>
        <translation>
            <numerusform>%1 als benannte Gruppe in An und Cc (Gruppe mit %n Mitglied)</numerusform>
            <numerusform>%1 als benannte Gruppe in An und Cc (Gruppe mit %n Mitgliedern)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ContactsDialog</name>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="59"/>
        <source>Problem with the entry</source>
        <translation>Problem mit dem Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="64"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="66"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="99"/>
        <source>One per line, or several separated by commas</source>
        <translation>Eine pro Zeile, oder mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="121"/>
        <location filename="../ui/contactsdialog.cpp" line="336"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="123"/>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="125"/>
        <source>Shows the contacts and groups whose name or address contains this</source>
        <translation>Zeigt die Kontakte und Gruppen, deren Name oder Adresse dies enthält</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="126"/>
        <source>Search by name or address</source>
        <translation>Nach Name oder Adresse suchen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="128"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="132"/>
        <source>Contacts and groups</source>
        <translation>Kontakte und Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="133"/>
        <source>Enter edits the selected entry, Delete removes it</source>
        <translation>Eingabe bearbeitet den ausgewählten Eintrag, Entf entfernt ihn</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="135"/>
        <location filename="../ui/contactsdialog.cpp" line="287"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="135"/>
        <source>Addresses or members</source>
        <translation>Adressen oder Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="135"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="149"/>
        <source>Add &amp;Contact…</source>
        <translation>&amp;Kontakt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="150"/>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="150"/>
        <source>A name and one or more addresses</source>
        <translation>Ein Name und eine oder mehrere Adressen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="151"/>
        <source>Add &amp;Group…</source>
        <translation>&amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="151"/>
        <source>Add a group</source>
        <translation>Eine Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="152"/>
        <source>A name and the addresses of its members</source>
        <translation>Ein Name und die Adressen ihrer Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="153"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="154"/>
        <source>Edit the selected contact or group</source>
        <translation>Den ausgewählten Kontakt oder die ausgewählte Gruppe bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="154"/>
        <source>Also Enter in the list</source>
        <translation>Auch Eingabe in der Liste</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="155"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="156"/>
        <source>Delete the selected contact or group</source>
        <translation>Den ausgewählten Kontakt oder die ausgewählte Gruppe löschen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="156"/>
        <source>Also the Delete key in the list</source>
        <translation>Auch die Entf-Taste in der Liste</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="158"/>
        <source>&amp;Import vCard…</source>
        <translation>vCard &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="158"/>
        <source>Import contacts from a vCard file</source>
        <translation>Kontakte aus einer vCard-Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="159"/>
        <source>vCard 3.0 or 4.0, as Thunderbird, Evolution, Google and others export it</source>
        <translation>vCard 3.0 oder 4.0, wie Thunderbird, Evolution, Google und andere sie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="161"/>
        <source>E&amp;xport vCard…</source>
        <translation>vCard e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="162"/>
        <source>Export the address book as a vCard file</source>
        <translation>Das Adressbuch als vCard-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="162"/>
        <source>vCard 4.0, contacts and groups</source>
        <translation>vCard 4.0, Kontakte und Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="164"/>
        <source>Close the contacts</source>
        <translation>Die Kontakte schließen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="229"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="235"/>
        <source>Group, sent as a named group</source>
        <translation>Gruppe, als benannte Gruppe gesendet</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="235"/>
        <location filename="../ui/contactsdialog.cpp" line="314"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="285"/>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="285"/>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="287"/>
        <location filename="../ui/contactsdialog.cpp" line="304"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="288"/>
        <source>The name shown with the addresses, e.g. Ann Lee</source>
        <translation>Der Name, der mit den Adressen angezeigt wird, z. B. Anna Lehmann</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="289"/>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adressen:</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="290"/>
        <source>Addresses, the first one preferred</source>
        <translation>Adressen, die erste wird bevorzugt</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="302"/>
        <source>Add Group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="302"/>
        <source>Edit Group</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="304"/>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="305"/>
        <source>What you type in To, Cc or Bcc to reach every member</source>
        <translation>Was Sie in An, Cc oder Bcc eingeben, um alle Mitglieder zu erreichen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="306"/>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="307"/>
        <source>Member addresses</source>
        <translation>Mitglieder-Adressen</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="308"/>
        <source>&amp;Send as a named group in To and Cc</source>
        <translation>Als benannte Gruppe in An und Cc s&amp;enden</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="310"/>
        <source>Send as a named group</source>
        <translation>Als benannte Gruppe senden</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="312"/>
        <source>The header shows &quot;%1: member, member;&quot; and every member gets the message. Off: the group becomes its members. In Bcc a group is always only its members.</source>
        <translation>Die Kopfzeile zeigt &quot;%1: Mitglied, Mitglied;&quot; und jedes Mitglied erhält die Nachricht. Aus: Die Gruppe wird durch ihre Mitglieder ersetzt. In Bcc ist eine Gruppe immer nur ihre Mitglieder.</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="343"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="349"/>
        <location filename="../ui/contactsdialog.cpp" line="354"/>
        <source>Nothing was imported from %1. %2</source>
        <translation>Aus %1 wurde nichts importiert. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="357"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n Kontakt hinzugefügt</numerusform>
            <numerusform>%n Kontakte hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="358"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="359"/>
        <source>%n group(s) read</source>
        <translation>
            <numerusform>%n Gruppe gelesen</numerusform>
            <numerusform>%n Gruppen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="361"/>
        <source>%n card(s) without an address skipped</source>
        <translation>
            <numerusform>%n Karte ohne Adresse übersprungen</numerusform>
            <numerusform>%n Karten ohne Adresse übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="371"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="374"/>
        <source>%n contact(s) exported</source>
        <translation>
            <numerusform>%n Kontakt exportiert</numerusform>
            <numerusform>%n Kontakte exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="375"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="381"/>
        <location filename="../ui/contactsdialog.cpp" line="390"/>
        <source>Import vCard</source>
        <translation>vCard importieren</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="382"/>
        <location filename="../ui/contactsdialog.cpp" line="398"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="397"/>
        <location filename="../ui/contactsdialog.cpp" line="407"/>
        <source>Export vCard</source>
        <translation>vCard exportieren</translation>
    </message>
</context>
<context>
    <name>ui::DomainCheckDialog</name>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="20"/>
        <source>Check Domain</source>
        <translation>Domain prüfen</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="25"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="29"/>
        <source>the s= of a DKIM-Signature header, e.g. s1 (several: separated by spaces)</source>
        <translation>das s= einer DKIM-Signature-Kopfzeile, z. B. s1 (mehrere: durch Leerzeichen getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="32"/>
        <source>optional: smtp.example.com:587</source>
        <translation>optional: smtp.example.com:587</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="33"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="34"/>
        <source>DKIM &amp;selectors:</source>
        <translation>DKIM-&amp;Selektoren:</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="35"/>
        <source>Submission &amp;server:</source>
        <translation>Einlieferungs&amp;server:</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="46"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="67"/>
        <source>Give a domain name, the part after @ in your address (e.g. example.com).</source>
        <translation>Geben Sie einen Domainnamen an, den Teil nach dem @ in Ihrer Adresse (z. B. example.com).</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="74"/>
        <source>&quot;%1&quot; is not a DKIM selector (letters, digits, - and _).</source>
        <translation>&quot;%1&quot; ist kein DKIM-Selektor (Buchstaben, Ziffern, - und _).</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="86"/>
        <source>The server must be HOST or HOST:PORT.</source>
        <translation>Der Server muss HOST oder HOST:PORT sein.</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="99"/>
        <source>Looking up the records of %1…</source>
        <translation>Die Einträge von %1 werden abgefragt…</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="119"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="125"/>
        <source>Nothing wrong found.</source>
        <translation>Nichts Falsches gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="128"/>
        <source>Some things could be better (see the warnings).</source>
        <translation>Einiges könnte besser sein (siehe die Warnungen).</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="131"/>
        <source>Problems found: see what to do for each.</source>
        <translation>Probleme gefunden: Siehe jeweils, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="134"/>
        <source>The check is incomplete: some lookups got no answer.</source>
        <translation>Die Prüfung ist unvollständig: Einige Abfragen haben keine Antwort erhalten.</translation>
    </message>
</context>
<context>
    <name>ui::EditRecipientsDialog</name>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="18"/>
        <source>Edit Recipients</source>
        <translation>Empfänger bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="20"/>
        <source>“%1” was delivered to the others. Correct the addresses it was not delivered to, or empty a line to leave that recipient out; then send it to them again.</source>
        <translation>„%1“ wurde den anderen zugestellt. Korrigieren Sie die Adressen, an die sie nicht zugestellt wurde, oder leeren Sie eine Zeile, um diesen Empfänger auszulassen; senden Sie sie dann erneut an diese.</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="22"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="34"/>
        <source>Recipient %1</source>
        <translation>Empfänger %1</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="35"/>
        <source>The corrected address; empty leaves this recipient out</source>
        <translation>Die korrigierte Adresse; leer lässt diesen Empfänger aus</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="36"/>
        <source>The server did not answer for this recipient.</source>
        <translation>Der Server hat für diesen Empfänger nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="37"/>
        <source>Server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="45"/>
        <source>Recipient %1:</source>
        <translation>Empfänger %1:</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="84"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="87"/>
        <source>Give at least one recipient, or delete the message from the outbox.</source>
        <translation>Geben Sie mindestens einen Empfänger an, oder löschen Sie die Nachricht aus dem Postausgang.</translation>
    </message>
</context>
<context>
    <name>ui::EmlReader</name>
    <message>
        <location filename="../ui/emlreader.cpp" line="98"/>
        <source>The message file %1 cannot be read (%2).</source>
        <translation>Die Nachrichtendatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>ui::FirstStartDialog</name>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="21"/>
        <source>Set up your mail account</source>
        <translation>Ihr Mail-Konto einrichten</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="24"/>
        <source>Enter your name and email address: Stamp looks up the server settings and shows them before anything is saved.</source>
        <translation>Geben Sie Ihren Namen und Ihre E-Mail-Adresse ein: Stamp sucht die Servereinstellungen und zeigt sie an, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="30"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="33"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="34"/>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="37"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="39"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="42"/>
        <source>Your na&amp;me:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="43"/>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="51"/>
        <location filename="../ui/firststartdialog.cpp" line="100"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="53"/>
        <source>Set up &amp;by hand…</source>
        <translation>&amp;Von Hand einrichten…</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="73"/>
        <source>Enter your email address first: the settings are found from it.</source>
        <translation>Geben Sie zuerst Ihre E-Mail-Adresse ein: Die Einstellungen werden anhand ihrer ermittelt.</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="98"/>
        <source>S&amp;top test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
</context>
<context>
    <name>ui::HelpDialog</name>
    <message>
        <location filename="../ui/helpdialog.cpp" line="82"/>
        <source>The window</source>
        <translation>Das Fenster</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="83"/>
        <source>Formatting, spelling and signatures</source>
        <translation>Formatierung, Rechtschreibung und Signaturen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="84"/>
        <source>Templates and message options</source>
        <translation>Vorlagen und Nachrichtenoptionen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="85"/>
        <source>How sending works</source>
        <translation>Wie das Senden funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="86"/>
        <source>The protocol log</source>
        <translation>Das Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="87"/>
        <source>Reply classes</source>
        <translation>Antwortklassen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="88"/>
        <source>The outbox and drafts</source>
        <translation>Postausgang und Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="89"/>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="90"/>
        <source>Contacts and groups</source>
        <translation>Kontakte und Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="91"/>
        <source>Mail merge</source>
        <translation>Serienbrief</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="92"/>
        <source>Accounts and certificates</source>
        <translation>Konten und Zertifikate</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="93"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="94"/>
        <source>Exit codes of stamp send</source>
        <translation>Exit-Codes von stamp send</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="107"/>
        <location filename="../ui/helpdialog.cpp" line="129"/>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="117"/>
        <location filename="../ui/helpdialog.cpp" line="187"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="172"/>
        <source>Open the %1 menu</source>
        <translation>Das Menü %1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="196"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="197"/>
        <source>usage error</source>
        <translation>Aufruffehler</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="198"/>
        <source>could not connect, the connection broke before the message was complete, or the server broke the protocol</source>
        <translation>keine Verbindung möglich, die Verbindung ist abgebrochen, bevor die Nachricht vollständig war, oder der Server hat das Protokoll verletzt</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="200"/>
        <source>TLS failure: STARTTLS not offered or refused, certificate not trusted, handshake failed</source>
        <translation>TLS-Fehler: STARTTLS nicht angeboten oder abgelehnt, Zertifikat nicht vertrauenswürdig, Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="203"/>
        <source>authentication failed (or refused to send a password without encryption)</source>
        <translation>Authentifizierung fehlgeschlagen (oder das Senden eines Passworts ohne Verschlüsselung verweigert)</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="204"/>
        <source>temporary failure (4xx): try again later</source>
        <translation>vorübergehender Fehler (4xx): später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="206"/>
        <source>permanent failure (5xx), or the message is larger than the server&apos;s SIZE</source>
        <translation>dauerhafter Fehler (5xx), oder die Nachricht ist größer als SIZE des Servers</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="207"/>
        <source>partly sent: some recipients were refused (each is listed with the server&apos;s reply)</source>
        <translation>teilweise gesendet: Einige Empfänger wurden abgelehnt (jeder wird mit der Antwort des Servers aufgeführt)</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="210"/>
        <source>may have been delivered: the connection was lost after the end of the message</source>
        <translation>möglicherweise zugestellt: Die Verbindung ging nach dem Ende der Nachricht verloren</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="211"/>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="212"/>
        <source>local error: unreadable attachment or message file, no keychain</source>
        <translation>lokaler Fehler: Anhang oder Nachrichtendatei nicht lesbar, kein Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="213"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="226"/>
        <source>2xx: the command worked.</source>
        <translation>2xx: Der Befehl hat funktioniert.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="228"/>
        <source>3xx: the server waits for more, such as the message after DATA or the next step of a login.</source>
        <translation>3xx: Der Server wartet auf mehr, etwa die Nachricht nach DATA oder den nächsten Schritt einer Anmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="232"/>
        <source>4xx: not now. Nothing was accepted by this command; trying again later may work.</source>
        <translation>4xx: nicht jetzt. Dieser Befehl hat nichts angenommen; ein späterer Versuch kann klappen.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="235"/>
        <source>5xx: refused. Sending the same again will fail the same way.</source>
        <translation>5xx: abgelehnt. Dasselbe erneut zu senden, schlägt auf dieselbe Weise fehl.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="260"/>
        <source>Stamp manual</source>
        <translation>Stamp-Handbuch</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="261"/>
        <source>Stamp writes a message and sends it through your mail provider&apos;s submission server, and shows the whole conversation with the server as it happens.</source>
        <translation>Stamp schreibt eine Nachricht, sendet sie über den Einlieferungsserver Ihres Mail-Anbieters und zeigt dabei das ganze Gespräch mit dem Server live an.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="266"/>
        <source>The composer fills the middle of the window. From picks the account and identity the message is sent from. To, Cc and Bcc take one or more addresses separated by commas; each address is checked as you type, and a problem is written under the field. Subject and the message text follow. The Reply-To field appears when you turn it on in the Options menu.</source>
        <translation>Das Fenster zum Verfassen füllt die Mitte des Fensters. Von wählt das Konto und die Identität, von denen die Nachricht gesendet wird. An, Cc und Bcc nehmen eine oder mehrere durch Kommas getrennte Adressen auf; jede Adresse wird während der Eingabe geprüft, und ein Problem wird unter dem Feld angezeigt. Danach folgen Betreff und Nachrichtentext. Das Feld Antwort an erscheint, wenn Sie es im Menü Optionen einschalten.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="271"/>
        <source>Attach files with Attach Files, by dragging them onto the window or by pasting them. The list under the text shows each file and the total size, with a warning when the message is larger than the server accepts.</source>
        <translation>Hängen Sie Dateien mit Anhang hinzufügen an, indem Sie sie auf das Fenster ziehen oder sie einfügen. Die Liste unter dem Text zeigt jede Datei und die Gesamtgröße, mit einer Warnung, wenn die Nachricht größer ist, als der Server annimmt.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="275"/>
        <source>The protocol log, the outbox and the Sent messages are panels you show and hide from the View menu. They can be moved, stacked as tabs or floated as windows of their own. The status bar shows the server the chosen account sends through.</source>
        <translation>Das Protokoll, der Postausgang und die gesendeten Nachrichten sind Bereiche, die Sie im Menü Ansicht ein- und ausblenden. Sie lassen sich verschieben, als Reiter stapeln oder als eigene Fenster lösen. Die Statusleiste zeigt den Server, über den das gewählte Konto sendet.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="284"/>
        <source>Text format, above the message text, chooses how you write: %1, %2 or %3. Plain text reads the same in every mail program. Formatted text has a toolbar for bold, italic, monospace, headings, lists, quotes and links (their keys are under Keyboard shortcuts); Markdown is plain text with marks such as *italic* and **bold**. Both are sent as HTML with a plain text copy.</source>
        <translation>Textformat über dem Nachrichtentext legt fest, wie Sie schreiben: %1, %2 oder %3. Nur Text sieht in jedem Mailprogramm gleich aus. Formatierter Text hat eine Werkzeugleiste für fett, kursiv, Festbreitenschrift, Überschriften, Listen, Zitate und Links (ihre Tasten stehen unter Tastenkürzel); Markdown ist reiner Text mit Zeichen wie *kursiv* und **fett**. Beides wird als HTML mit einer Kopie in reinem Text gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="290"/>
        <source>Misspelt words are underlined as you type. Right-click one for suggestions, Add to Dictionary or Ignore. Quoted lines, addresses and links are not checked.</source>
        <translation>Falsch geschriebene Wörter werden beim Tippen unterstrichen. Ein Rechtsklick darauf bietet Vorschläge, Zum Wörterbuch hinzufügen oder Ignorieren. Zitierte Zeilen, Adressen und Links werden nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="292"/>
        <source>%1 turns checking on or off and chooses the language of this message; Stamp remembers the language for each account. Nothing is underlined until a dictionary is installed (Debian&apos;s hunspell packages, such as hunspell-de-de).</source>
        <translation>%1 schaltet die Prüfung ein oder aus und wählt die Sprache dieser Nachricht; Stamp merkt sich die Sprache für jedes Konto. Unterstrichen wird erst, wenn ein Wörterbuch installiert ist (die hunspell-Pakete von Debian, etwa hunspell-de-de).</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="297"/>
        <source>Each identity&apos;s signature is set in %1: Signature for plain text and Markdown, With formatting for formatted messages (the plain one is used when there is none). It is added at the end of a new message below a line &quot;-- &quot;, and swapped when you change From or the text format, unless you have edited it.</source>
        <translation>Die Signatur jeder Identität legen Sie in %1 fest: Signatur für reinen Text und Markdown, Mit Formatierung für formatierte Nachrichten (fehlt sie, wird die einfache verwendet). Sie wird am Ende einer neuen Nachricht unter einer Zeile „-- “ eingefügt und ausgetauscht, wenn Sie Von oder das Textformat ändern, außer Sie haben sie bearbeitet.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="304"/>
        <source>%1 keeps the message as it is, with its recipients, subject, text and attachments, under a name; the same name again replaces it. %2 starts a new message from one. A template can also be the message of a mail merge.</source>
        <translation>%1 bewahrt die Nachricht so, wie sie ist, mit Empfängern, Betreff, Text und Anhängen unter einem Namen auf; derselbe Name ersetzt sie. %2 beginnt daraus eine neue Nachricht. Eine Vorlage kann auch die Nachricht eines Serienbriefs sein.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="308"/>
        <source>%1 sets the message&apos;s importance: high, normal or low. Many mail programs show high with a flag.</source>
        <translation>%1 legt die Wichtigkeit der Nachricht fest: hoch, normal oder niedrig. Viele Mailprogramme zeigen hohe Wichtigkeit mit einer Markierung.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="311"/>
        <source>%1 asks the recipient&apos;s mail program to confirm that the message was opened. Many do not, or ask the recipient first, so a missing confirmation proves nothing.</source>
        <translation>%1 bittet das Mailprogramm des Empfängers zu bestätigen, dass die Nachricht geöffnet wurde. Viele tun das nicht oder fragen erst den Empfänger; eine fehlende Bestätigung beweist also nichts.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="315"/>
        <source>Before sending, Stamp asks when the text says something is attached (attached, enclosed, Anhang, pièce jointe, adjunto…) but nothing is: send it anyway, or cancel and choose the files. It also asks before sending a message without a subject.</source>
        <translation>Vor dem Senden fragt Stamp nach, wenn der Text von einem Anhang spricht (Anhang, anbei, attached, pièce jointe, adjunto…), aber nichts angehängt ist: trotzdem senden, oder abbrechen und die Dateien wählen. Ebenso fragt es vor dem Senden einer Nachricht ohne Betreff.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="321"/>
        <source>Send first writes the message to the outbox, then sends it in the background: the window stays usable, and nothing is lost if Stamp or the connection stops.</source>
        <translation>Senden schreibt die Nachricht zuerst in den Postausgang und sendet sie dann im Hintergrund: Das Fenster bleibt benutzbar, und nichts geht verloren, wenn Stamp oder die Verbindung abbricht.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="324"/>
        <source>Stamp connects to the account&apos;s server, turns on encryption (STARTTLS, or TLS from the start), logs in when the account has a user name, then gives the sender, each recipient and the message. A progress bar shows how much has gone out; Stop Sending ends the attempt and the message stays in the outbox.</source>
        <translation>Stamp verbindet sich mit dem Server des Kontos, schaltet die Verschlüsselung ein (STARTTLS oder TLS von Anfang an), meldet sich an, wenn das Konto einen Benutzernamen hat, und übergibt dann Absender, jeden Empfänger und die Nachricht. Ein Fortschrittsbalken zeigt, wie viel schon hinausgegangen ist; Senden abbrechen beendet den Versuch, und die Nachricht bleibt im Postausgang.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="328"/>
        <source>When it is done, the result panel says what happened in one sentence, lists every recipient with the server&apos;s answer, and offers what to do next, such as trying again or editing the account. When the server refuses some recipients, the others still get the message and the refused ones are listed.</source>
        <translation>Danach sagt der Ergebnisbereich in einem Satz, was passiert ist, führt jeden Empfänger mit der Antwort des Servers auf und bietet die nächsten Schritte an, etwa einen erneuten Versuch oder das Bearbeiten des Kontos. Lehnt der Server einige Empfänger ab, erhalten die anderen die Nachricht trotzdem, und die abgelehnten werden aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="332"/>
        <source>Delivery receipts, in the Options menu, ask the servers on the way to report back; they are requested only when the server offers DSN.</source>
        <translation>Zustellbestätigungen im Menü Optionen bitten die Server auf dem Weg um Rückmeldung; sie werden nur angefordert, wenn der Server DSN anbietet.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="337"/>
        <source>The protocol log shows every line exchanged with the server as it happens: the time, the direction (client, server, TLS, data, info or problem), the reply class in a word and an icon, the line itself, and beside it what the line means in plain words.</source>
        <translation>Das Protokoll zeigt jede mit dem Server ausgetauschte Zeile live: die Zeit, die Richtung (Client, Server, TLS, Daten, Info oder Problem), die Antwortklasse als Wort und Symbol, die Zeile selbst und daneben, was die Zeile in einfachen Worten bedeutet.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="340"/>
        <source>Each connection begins with a title row giving its time, server and outcome. Select a line to read it in full below the list, with the diagnosis and the fix for a failure.</source>
        <translation>Jede Verbindung beginnt mit einer Titelzeile mit Zeit, Server und Ergebnis. Wählen Sie eine Zeile aus, um sie unter der Liste vollständig zu lesen, bei einem Fehler mit Diagnose und Abhilfe.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="343"/>
        <source>The search field, the direction and class filters and Problems only narrow the list; Copy, Save and Clear act on the log. Passwords and other login secrets are masked before they reach the log, so they never appear in it or in a saved file.</source>
        <translation>Das Suchfeld, die Filter für Richtung und Klasse sowie Nur Probleme grenzen die Liste ein; Kopieren, Speichern und Leeren wirken auf das Protokoll. Passwörter und andere Anmeldegeheimnisse werden maskiert, bevor sie das Protokoll erreichen, daher erscheinen sie nie darin oder in einer gespeicherten Datei.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="349"/>
        <source>Every server reply starts with a three-digit code whose first digit is its class (RFC 5321, section 4.2.1). The log shows the class as a word and an icon, and colours the line too: the colour only repeats what the word says.</source>
        <translation>Jede Serverantwort beginnt mit einem dreistelligen Code, dessen erste Ziffer die Klasse ist (RFC 5321, Abschnitt 4.2.1). Das Protokoll zeigt die Klasse als Wort und Symbol und färbt auch die Zeile ein: Die Farbe wiederholt nur, was das Wort sagt.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="353"/>
        <source>Word in the log</source>
        <translation>Wort im Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="353"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="353"/>
        <location filename="../ui/helpdialog.cpp" line="445"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="360"/>
        <source>A line marked “problem” is something that went wrong on this side, such as a connection that broke or a certificate that could not be verified.</source>
        <translation>Eine als „Problem“ markierte Zeile ist etwas, das auf dieser Seite schiefgegangen ist, etwa eine abgebrochene Verbindung oder ein Zertifikat, das nicht geprüft werden konnte.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="364"/>
        <source>The outbox holds every message not sent yet: waiting, being sent, or failed with the reason. Open one to edit it and send it again; Delete removes it.</source>
        <translation>Der Postausgang enthält jede noch nicht gesendete Nachricht: wartend, wird gesendet oder fehlgeschlagen mit Grund. Öffnen Sie eine, um sie zu bearbeiten und erneut zu senden; Löschen entfernt sie.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="367"/>
        <source>Drafts are saved while you type and restored after a crash; the Drafts tab lists them.</source>
        <translation>Entwürfe werden während der Eingabe gespeichert und nach einem Absturz wiederhergestellt; der Reiter Entwürfe listet sie auf.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="371"/>
        <source>Sent messages lists each message the server accepted, newest first, with its date, recipients and subject; the search field filters the list. Open shows the message, the server&apos;s answer for each recipient and the protocol transcript; Edit as New starts a new message from it. Each sent message is also kept as an .eml file.</source>
        <translation>Gesendete Nachrichten listet jede vom Server angenommene Nachricht auf, die neueste zuerst, mit Datum, Empfängern und Betreff; das Suchfeld filtert die Liste. Öffnen zeigt die Nachricht, die Antwort des Servers für jeden Empfänger und das Protokoll; Als neu bearbeiten beginnt daraus eine neue Nachricht. Jede gesendete Nachricht wird außerdem als .eml-Datei aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="377"/>
        <source>%1 opens the address book: contacts with a name and one or more addresses, and groups of addresses. Search by name or address; add, edit, delete, import and export with the buttons beside the list (Enter edits, Delete removes).</source>
        <translation>%1 öffnet das Adressbuch: Kontakte mit einem Namen und einer oder mehreren Adressen sowie Gruppen von Adressen. Suchen Sie nach Name oder Adresse; hinzufügen, bearbeiten, löschen, importieren und exportieren Sie mit den Knöpfen neben der Liste (Eingabe bearbeitet, Entf löscht).</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="381"/>
        <source>Stamp fills the book as you send: each recipient the server accepted is added, with the name you typed, and the ones used lately come first.</source>
        <translation>Stamp füllt das Adressbuch beim Senden: Jeder Empfänger, den der Server angenommen hat, wird mit dem eingegebenen Namen aufgenommen, und die zuletzt verwendeten stehen vorn.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="384"/>
        <source>To, Cc, Bcc and Reply-To complete from the book as you type any part of a name or address, and show each address with its name: Ann Lee &lt;ann@example.org&gt;. A group is offered by its name; choose it, or type its name alone, and it becomes its members&apos; addresses.</source>
        <translation>An, Cc, Bcc und Antwort an ergänzen aus dem Adressbuch, sobald Sie einen Teil eines Namens oder einer Adresse tippen, und zeigen jede Adresse mit ihrem Namen: Ann Lee &lt;ann@example.org&gt;. Eine Gruppe wird mit ihrem Namen angeboten; wählen Sie sie oder tippen Sie nur ihren Namen, und sie wird zu den Adressen ihrer Mitglieder.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="388"/>
        <source>A group with Send as a named group in To and Cc ticked stays one name in To or Cc, written as Team: ann@example.org, bob@example.org; and every member gets the message. In Bcc a group is always just its members, so no header names a Bcc recipient.</source>
        <translation>Eine Gruppe mit angekreuztem Als benannte Gruppe in An und Cc senden bleibt in An oder Cc ein Name, geschrieben als Team: ann@example.org, bob@example.org; und jedes Mitglied erhält die Nachricht. In Bcc ist eine Gruppe immer nur ihre Mitglieder, damit keine Kopfzeile einen Bcc-Empfänger nennt.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="392"/>
        <source>Import vCard reads vCard 3.0 and 4.0 files, as Thunderbird, Evolution or Google export them; only names, addresses and groups are kept. A file with an error imports nothing and says which line. Export vCard writes vCard 4.0. The same from the command line: stamp contacts list, stamp contacts import FILE, stamp contacts export FILE.</source>
        <translation>vCard importieren liest vCard-Dateien der Versionen 3.0 und 4.0, wie Thunderbird, Evolution oder Google sie exportieren; übernommen werden nur Namen, Adressen und Gruppen. Eine Datei mit einem Fehler importiert nichts und nennt die Zeile. vCard exportieren schreibt vCard 4.0. Dasselbe auf der Befehlszeile: stamp contacts list, stamp contacts import FILE, stamp contacts export FILE.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="398"/>
        <source>%1 sends one message per row of a table. Choose a template, the message with {{placeholders}} such as {{name}}, and a CSV file whose first line names them. Check the preview of each row before anything is sent, and set a rate limit if your provider allows only so many messages a minute.</source>
        <translation>%1 sendet eine Nachricht je Zeile einer Tabelle. Wählen Sie eine Vorlage, die Nachricht mit {{Platzhaltern}} wie {{name}}, und eine CSV-Datei, deren erste Zeile sie benennt. Prüfen Sie die Vorschau jeder Zeile, bevor etwas gesendet wird, und setzen Sie ein Tempolimit, wenn Ihr Anbieter nur eine bestimmte Zahl von Nachrichten pro Minute erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="404"/>
        <source>Every row is checked first, and each message goes to the outbox with its merge and row. Running the same merge again sends only the rows not sent yet, so no one gets it twice; a row that failed for good or may have been delivered is listed and not sent again.</source>
        <translation>Jede Zeile wird zuerst geprüft, und jede Nachricht kommt mit ihrem Serienbrief und ihrer Zeile in den Postausgang. Wird derselbe Serienbrief erneut ausgeführt, werden nur die noch nicht gesendeten Zeilen gesendet, sodass niemand ihn doppelt erhält; eine endgültig gescheiterte oder möglicherweise zugestellte Zeile wird aufgeführt und nicht erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="407"/>
        <source>From the command line: stamp merge --account NAME --template FILE --csv FILE. The template is one saved with %1, or a text file with To, Cc, Bcc, Reply-To and Subject lines, an empty line and the body; {{name}} in it stands for the value of the column name. --rate N/min (or N/h) limits the pace, --dry-run shows each row&apos;s message and connects to nothing, --resume ID goes on with a merge whose files have changed, --transcript FILE writes the protocol log, and --quiet prints only the rows not sent.</source>
        <translation>Auf der Befehlszeile: stamp merge --account NAME --template FILE --csv FILE. Die Vorlage ist eine mit %1 gespeicherte oder eine Textdatei mit Zeilen für To, Cc, Bcc, Reply-To und Subject, einer Leerzeile und dem Text; {{name}} darin steht für den Wert der Spalte name. --rate N/min (oder N/h) begrenzt das Tempo, --dry-run zeigt die Nachricht jeder Zeile und verbindet sich mit nichts, --resume ID setzt einen Serienbrief fort, dessen Dateien sich geändert haben, --transcript FILE schreibt das Protokoll, und --quiet gibt nur die nicht gesendeten Zeilen aus.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="415"/>
        <source>stamp merge ends with the exit codes of stamp send: 0 when every row was sent, 8 when some were not, otherwise the code of the first row not sent. A row that cannot be sent as it is (no recipient, a bad address, a line break in a header field) is reported and left out; a file that cannot be read, or a placeholder with no column, stops the merge with 11 before anything is sent.</source>
        <translation>stamp merge endet mit den Exit-Codes von stamp send: 0, wenn jede Zeile gesendet wurde, 8, wenn einige nicht gesendet wurden, sonst der Code der ersten nicht gesendeten Zeile. Eine Zeile, die so nicht gesendet werden kann (kein Empfänger, eine ungültige Adresse, ein Zeilenumbruch in einem Kopfzeilenfeld), wird gemeldet und ausgelassen; eine Datei, die nicht gelesen werden kann, oder ein Platzhalter ohne Spalte beendet den Serienbrief mit 11, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="423"/>
        <source>Accounts, in the Tools menu, hold the servers you send through: server, port and security, user name, login method and password. Passwords are kept in the system keychain, never in a file. Test connection shows what the server offers without sending anything.</source>
        <translation>Die Konten im Menü Extras enthalten die Server, über die Sie senden: Server, Port und Sicherheit, Benutzername, Anmeldeverfahren und Passwort. Passwörter werden im Schlüsselbund des Systems gespeichert, nie in einer Datei. Verbindung testen zeigt, was der Server anbietet, ohne etwas zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="427"/>
        <source>When a server&apos;s certificate cannot be verified, Stamp stops and shows the certificate and every reason. You can cancel, or trust that one certificate for that account; a different certificate later asks again.</source>
        <translation>Wenn das Zertifikat eines Servers nicht geprüft werden kann, hält Stamp an und zeigt das Zertifikat mit jedem Grund. Sie können abbrechen oder genau diesem Zertifikat für dieses Konto vertrauen; ein anderes Zertifikat führt später zu einer erneuten Frage.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="433"/>
        <source>Tab moves through the fields in order. Alt with the underlined letter of a field&apos;s label moves to that field, and Alt with the underlined letter of a menu opens it.</source>
        <translation>Tab wechselt der Reihe nach durch die Felder. Alt mit dem unterstrichenen Buchstaben der Beschriftung eines Felds springt zu diesem Feld, und Alt mit dem unterstrichenen Buchstaben eines Menüs öffnet es.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="436"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="436"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="436"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="443"/>
        <source>stamp send, the command for scripts, ends with one of these exit codes:</source>
        <translation>stamp send, der Befehl für Skripte, endet mit einem dieser Exit-Codes:</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="445"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="457"/>
        <source>Stamp Manual</source>
        <translation>Stamp-Handbuch</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="459"/>
        <source>How to use Stamp, its keyboard shortcuts and the exit codes of stamp send</source>
        <translation>Wie Stamp benutzt wird, seine Tastenkürzel und die Exit-Codes von stamp send</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="464"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="465"/>
        <source>The sections of the manual: choose one to read it</source>
        <translation>Die Abschnitte des Handbuchs: Wählen Sie einen aus, um ihn zu lesen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="475"/>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="476"/>
        <source>The text of the manual</source>
        <translation>Der Text des Handbuchs</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="490"/>
        <source>Close the manual</source>
        <translation>Das Handbuch schließen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="555"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="561"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="565"/>
        <source>&amp;Exit Codes of stamp send</source>
        <translation>&amp;Exit-Codes von stamp send</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="570"/>
        <source>&amp;About Stamp</source>
        <translation>Ü&amp;ber Stamp</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="577"/>
        <source>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;A desktop mail composer and SMTP sender that shows the conversation with the server as it happens.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Stamp developers.&lt;/p&gt;&lt;p&gt;Stamp is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes without any warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;Ein Mailprogramm zum Verfassen und Senden per SMTP, das das Gespräch mit dem Server live zeigt.&lt;/p&gt;&lt;p&gt;Copyright 2026 Die Stamp-Entwickler.&lt;/p&gt;&lt;p&gt;Stamp ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="593"/>
        <source>About Stamp</source>
        <translation>Über Stamp</translation>
    </message>
</context>
<context>
    <name>ui::LogPane</name>
    <message>
        <location filename="../ui/logpane.cpp" line="77"/>
        <source>Protocol log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="84"/>
        <source>Protocol log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="85"/>
        <source>Each line exchanged with the server: time, direction, reply class in a word, the line, and what it means</source>
        <translation>Jede mit dem Server ausgetauschte Zeile: Zeit, Richtung, Antwortklasse als Wort, die Zeile und ihre Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="116"/>
        <location filename="../ui/logpane.cpp" line="118"/>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="117"/>
        <source>Show only the lines that contain this text</source>
        <translation>Nur die Zeilen anzeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="124"/>
        <source>Show lines of this direction</source>
        <translation>Zeilen dieser Richtung anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="126"/>
        <source>Show only the lines sent by Stamp, by the server, or of one other kind</source>
        <translation>Nur die Zeilen anzeigen, die von Stamp, vom Server oder von einer anderen Art gesendet wurden</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="127"/>
        <source>All directions</source>
        <translation>Alle Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="136"/>
        <source>Show replies of this class</source>
        <translation>Antworten dieser Klasse anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="138"/>
        <source>Show only the server replies of one class: success, go on, temporary or permanent</source>
        <translation>Nur die Serverantworten einer Klasse anzeigen: Erfolg, weiter, vorübergehend oder dauerhaft</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="139"/>
        <source>All replies</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="147"/>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="149"/>
        <source>Show only temporary and permanent failures and errors</source>
        <translation>Nur vorübergehende und dauerhafte Fehler und Störungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="155"/>
        <source>The selected line in full</source>
        <translation>Die ausgewählte Zeile vollständig</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="156"/>
        <source>The selected log line whole, with its explanation and diagnosis</source>
        <translation>Die ausgewählte Protokollzeile vollständig, mit Erklärung und Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="159"/>
        <source>Select a line to read it in full, with what it means.</source>
        <translation>Wählen Sie eine Zeile aus, um sie vollständig und mit ihrer Bedeutung zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="171"/>
        <location filename="../ui/logpane.cpp" line="179"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="171"/>
        <source>Copy the selected lines</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="172"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="172"/>
        <source>Save the log as a text file</source>
        <translation>Das Protokoll als Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="173"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="173"/>
        <source>Clear the log</source>
        <translation>Das Protokoll leeren</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="364"/>
        <source>Save the protocol log</source>
        <translation>Das Protokoll speichern</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="364"/>
        <source>Text files (*.txt *.log)</source>
        <translation>Textdateien (*.txt *.log)</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="373"/>
        <source>Log not saved</source>
        <translation>Protokoll nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="374"/>
        <source>The log could not be saved to %1: %2</source>
        <translation>Das Protokoll konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="382"/>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="382"/>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="383"/>
        <source>%1 of %2 lines</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="385"/>
        <source> (%1 older dropped)</source>
        <translation> (%1 ältere verworfen)</translation>
    </message>
</context>
<context>
    <name>ui::Mailto</name>
    <message>
        <location filename="../ui/mailto.cpp" line="70"/>
        <source>This is not a mailto: link.</source>
        <translation>Das ist kein mailto:-Link.</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="85"/>
        <source>The mailto: link has a broken %-escape in %1.</source>
        <translation>Der mailto:-Link hat in %1 ein fehlerhaftes %-Escape.</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="92"/>
        <source>its addresses</source>
        <translation>seinen Adressen</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="101"/>
        <source>a field name</source>
        <translation>einem Feldnamen</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="103"/>
        <source>the field &quot;%1&quot;</source>
        <translation>dem Feld &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ui::MergeDialog</name>
    <message>
        <location filename="../ui/mergedialog.cpp" line="50"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="59"/>
        <source>Row %1 (line %2)</source>
        <translation>Zeile %1 (Dateizeile %2)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="85"/>
        <source>Mail Merge</source>
        <translation>Serienbrief</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="89"/>
        <source>Use the &amp;message in this window</source>
        <translation>&amp;Nachricht in diesem Fenster verwenden</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="91"/>
        <source>Use the message in this window as the template</source>
        <translation>Die Nachricht in diesem Fenster als Vorlage verwenden</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="93"/>
        <source>Its To, Cc, Bcc, Subject and text, with {{placeholders}}; From is the window&apos;s</source>
        <translation>Ihr An, Cc, Bcc, Betreff und Text mit {{Platzhaltern}}; der Absender ist der des Fensters</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="95"/>
        <source>Template &amp;file:</source>
        <translation>&amp;Vorlagendatei:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="97"/>
        <source>Use a template file</source>
        <translation>Eine Vorlagendatei verwenden</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="98"/>
        <source>The file named beside it; From is still the window&apos;s</source>
        <translation>Die daneben genannte Datei; der Absender bleibt der des Fensters</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="104"/>
        <source>Template file</source>
        <translation>Vorlagendatei</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="106"/>
        <source>A Stamp template, or a text file: header lines, an empty line, the text</source>
        <translation>Eine Stamp-Vorlage oder eine Textdatei: Kopfzeilen, eine Leerzeile, der Text</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="107"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="109"/>
        <source>Choose the template file</source>
        <translation>Die Vorlagendatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="110"/>
        <location filename="../ui/mergedialog.cpp" line="121"/>
        <source>Opens a file chooser</source>
        <translation>Öffnet eine Dateiauswahl</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="114"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="115"/>
        <source>UTF-8; the first line names the columns</source>
        <translation>UTF-8; die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="116"/>
        <source>CSV f&amp;ile:</source>
        <translation>&amp;CSV-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="118"/>
        <source>Br&amp;owse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="120"/>
        <source>Choose the CSV file</source>
        <translation>Die CSV-Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="135"/>
        <source>Problems found before sending</source>
        <translation>Vor dem Senden gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="136"/>
        <source>Placeholders with no column, CSV errors, and each row that cannot be sent, with its row and line</source>
        <translation>Platzhalter ohne Spalte, Fehler in der CSV-Datei und jede Zeile, die nicht gesendet werden kann, mit Zeilennummer und Dateizeile</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="141"/>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="147"/>
        <source>Rows of the merge</source>
        <translation>Zeilen des Serienbriefs</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="149"/>
        <source>Each row&apos;s recipient, subject and result; the selected row is previewed</source>
        <translation>Empfänger, Betreff und Ergebnis jeder Zeile; die ausgewählte Zeile wird in der Vorschau gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>Line</source>
        <translation>Dateizeile</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="156"/>
        <source>Ro&amp;ws:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="162"/>
        <source>Row to preview</source>
        <translation>Zeile für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="163"/>
        <source>1 is the first row after the CSV file&apos;s header</source>
        <translation>1 ist die erste Zeile nach der Kopfzeile der CSV-Datei</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="165"/>
        <source>Preview of &amp;row:</source>
        <translation>Vorschau der Zei&amp;le:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="167"/>
        <source>Message &amp;Details…</source>
        <translation>Nachrichtendeta&amp;ils…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="169"/>
        <source>Show this row&apos;s envelope, header section and MIME structure</source>
        <translation>Umschlag, Kopfbereich und MIME-Struktur dieser Zeile zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="170"/>
        <source>The preview of any message, with what may go wrong</source>
        <translation>Die Vorschau wie bei jeder Nachricht, mit dem, was schiefgehen kann</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="174"/>
        <source>The row&apos;s message as it will be sent</source>
        <translation>Die Nachricht der Zeile, wie sie gesendet wird</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="175"/>
        <source>Its From, To, Subject and text, with the row&apos;s values</source>
        <translation>Absender, An, Betreff und Text mit den Werten der Zeile</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="187"/>
        <source>Messages per minute</source>
        <translation>Nachrichten pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="188"/>
        <source>0: no limit</source>
        <translation>0: keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="190"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="191"/>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="192"/>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Höchstrate:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="196"/>
        <source>Merge progress</source>
        <translation>Fortschritt des Serienbriefs</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="201"/>
        <source>Merge status</source>
        <translation>Stand des Serienbriefs</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="203"/>
        <location filename="../ui/mergedialog.cpp" line="421"/>
        <location filename="../ui/mergedialog.cpp" line="616"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="205"/>
        <source>Send the merge</source>
        <translation>Den Serienbrief senden</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="207"/>
        <source>Each row through the outbox, over one connection; rows sent by an earlier run are skipped</source>
        <translation>Jede Zeile über den Postausgang, über eine Verbindung; von einem früheren Lauf gesendete Zeilen werden übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="209"/>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="211"/>
        <source>Stop the merge</source>
        <translation>Den Serienbrief anhalten</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="212"/>
        <source>The row being sent ends; the rows not yet tried are not sent</source>
        <translation>Die Zeile, die gerade gesendet wird, wird beendet; die noch nicht versuchten Zeilen werden nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="216"/>
        <source>Close the mail merge</source>
        <translation>Den Serienbrief schließen</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="258"/>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="329"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="330"/>
        <source>Templates (*.json *.txt *.eml);;All files (*)</source>
        <translation>Vorlagen (*.json *.txt *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="337"/>
        <source>CSV File</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="338"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="358"/>
        <source>Choose a CSV file: its first line names the columns, each other line is one message.</source>
        <translation>Wählen Sie eine CSV-Datei: Ihre erste Zeile benennt die Spalten, jede weitere Zeile ist eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="361"/>
        <source>Choose a template file, or use the message in this window.</source>
        <translation>Wählen Sie eine Vorlagendatei oder verwenden Sie die Nachricht in diesem Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="378"/>
        <source>Choose an account in From first (Tools → Accounts): the merge is sent through it.</source>
        <translation>Wählen Sie zuerst ein Konto unter Von (Extras → Kontoeinstellungen): Der Serienbrief wird darüber gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="382"/>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="384"/>
        <source>%1: not sent again: %2 (send it from the outbox once you have checked)</source>
        <translation>%1: nicht erneut gesendet: %2 (senden Sie sie aus dem Postausgang, sobald Sie es geprüft haben)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="388"/>
        <source>The CSV file has a header but no rows: nothing to send.</source>
        <translation>Die CSV-Datei hat eine Kopfzeile, aber keine Zeilen: nichts zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="392"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="421"/>
        <location filename="../ui/mergedialog.cpp" line="616"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="424"/>
        <source>%n row(s) sent by an earlier run of this merge: they are not sent again.</source>
        <translation>
            <numerusform>%n Zeile wurde von einem früheren Lauf dieses Serienbriefs gesendet: Sie wird nicht erneut gesendet.</numerusform>
            <numerusform>%n Zeilen wurden von einem früheren Lauf dieses Serienbriefs gesendet: Sie werden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="425"/>
        <source>%n message(s) to send.</source>
        <translation>
            <numerusform>%n Nachricht zu senden.</numerusform>
            <numerusform>%n Nachrichten zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="454"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="455"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="457"/>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="459"/>
        <source>Bcc: %1</source>
        <translation>Bcc: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="461"/>
        <source>Reply-To: %1</source>
        <translation>Antwort an: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="462"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="465"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="481"/>
        <location filename="../ui/mergedialog.cpp" line="490"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="482"/>
        <location filename="../ui/mergedialog.cpp" line="491"/>
        <source>This row&apos;s message cannot be previewed: %1</source>
        <translation>Die Nachricht dieser Zeile kann nicht in der Vorschau gezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="523"/>
        <source>Getting the password…</source>
        <translation>Passwort wird geholt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="555"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird gesendet…</numerusform>
            <numerusform>%n Nachrichten werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="564"/>
        <source>Stopping after the message being sent…</source>
        <translation>Wird nach der gerade gesendeten Nachricht angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="574"/>
        <source>not sent by this merge: %1</source>
        <translation>nicht von diesem Serienbrief gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="579"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="583"/>
        <source>not sent yet: %1 (left in the outbox for a retry)</source>
        <translation>noch nicht gesendet: %1 (bleibt für einen neuen Versuch im Postausgang)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="587"/>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="595"/>
        <location filename="../ui/mergedialog.cpp" line="608"/>
        <source>%1 of %n message(s) sent.</source>
        <translation>
            <numerusform>%1 von %n Nachricht gesendet.</numerusform>
            <numerusform>%1 von %n Nachrichten gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="606"/>
        <source>not tried: Resume sends it</source>
        <translation>nicht versucht: Fortsetzen sendet sie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="610"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n abgelehnt.</numerusform>
            <numerusform>%n abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="612"/>
        <source>%n left in the outbox for a retry.</source>
        <translation>
            <numerusform>%n bleibt für einen neuen Versuch im Postausgang.</numerusform>
            <numerusform>%n bleiben für einen neuen Versuch im Postausgang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="614"/>
        <source>%n not tried: Resume sends them.</source>
        <translation>
            <numerusform>%n nicht versucht: Fortsetzen sendet sie.</numerusform>
            <numerusform>%n nicht versucht: Fortsetzen sendet sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::OutboxView</name>
    <message>
        <location filename="../ui/outboxview.cpp" line="45"/>
        <source>Outbox and drafts</source>
        <translation>Postausgang und Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="46"/>
        <location filename="../ui/outboxview.cpp" line="54"/>
        <location filename="../ui/outboxview.cpp" line="189"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="47"/>
        <source>Messages not sent yet: waiting, being sent, or failed with the reason</source>
        <translation>Noch nicht gesendete Nachrichten: wartend, wird gesendet oder fehlgeschlagen mit Grund</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="49"/>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="49"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="50"/>
        <location filename="../ui/outboxview.cpp" line="55"/>
        <location filename="../ui/outboxview.cpp" line="191"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Messages saved while being written</source>
        <translation>Während des Schreibens gespeicherte Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="57"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="59"/>
        <source>Open the message to edit and send it</source>
        <translation>Die Nachricht zum Bearbeiten und Senden öffnen</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="60"/>
        <source>Opens the selected message in a composer window</source>
        <translation>Öffnet die ausgewählte Nachricht in einem Fenster zum Verfassen</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="61"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="63"/>
        <source>Delete the message</source>
        <translation>Die Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="64"/>
        <location filename="../ui/outboxview.cpp" line="225"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="66"/>
        <source>Send the selected message again now</source>
        <translation>Die ausgewählte Nachricht jetzt erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="68"/>
        <source>Starts a new series of attempts for the selected message, now</source>
        <translation>Beginnt jetzt eine neue Versuchsreihe für die ausgewählte Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="69"/>
        <source>Send all</source>
        <translation>Alle senden</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="71"/>
        <source>Send every message in the outbox now</source>
        <translation>Jede Nachricht im Postausgang jetzt senden</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="72"/>
        <source>Tries every waiting message now instead of at its next time</source>
        <translation>Versucht jede wartende Nachricht jetzt statt zu ihrer nächsten Zeit</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="73"/>
        <source>Deletes the selected message; it is not sent</source>
        <translation>Löscht die ausgewählte Nachricht; sie wird nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="74"/>
        <source>Edit recipients…</source>
        <translation>Empfänger bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="76"/>
        <source>Correct the recipients the message was not delivered to</source>
        <translation>Die Empfänger korrigieren, denen die Nachricht nicht zugestellt wurde</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="78"/>
        <source>For a partly sent message: change the addresses the server refused, then send to them again</source>
        <translation>Für eine teilweise gesendete Nachricht: die vom Server abgelehnten Adressen ändern und dann erneut an sie senden</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="119"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="123"/>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="124"/>
        <source>being sent by another Stamp</source>
        <translation>wird von einem anderen Stamp gesendet</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="126"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="128"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="146"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="177"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="188"/>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="190"/>
        <source>Drafts (%1)</source>
        <translation>Entwürfe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="225"/>
        <source>Send to these recipients again</source>
        <translation>Erneut an diese Empfänger senden</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="237"/>
        <source>Not sent again</source>
        <translation>Nicht erneut gesendet</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="258"/>
        <source>Recipients not changed</source>
        <translation>Empfänger nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="270"/>
        <source>Nothing sent</source>
        <translation>Nichts gesendet</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="271"/>
        <source>Every message in the outbox is being sent already, or may have been delivered: open those to send them again one by one.</source>
        <translation>Jede Nachricht im Postausgang wird bereits gesendet oder wurde möglicherweise zugestellt: Öffnen Sie diese, um sie einzeln erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="310"/>
        <source>Being sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="310"/>
        <source>This message is being sent right now. Stop it first.</source>
        <translation>Diese Nachricht wird gerade gesendet. Halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="314"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="315"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="325"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ui::PasswordPrompt</name>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="20"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="29"/>
        <source>The password you type now is used until Stamp closes; it is not saved anywhere.</source>
        <translation>Das jetzt eingegebene Passwort wird verwendet, bis Stamp geschlossen wird; es wird nirgends gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="34"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="36"/>
        <source>The password for this account, kept in memory until Stamp quits</source>
        <translation>Das Passwort für dieses Konto, im Speicher gehalten, bis Stamp beendet wird</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="41"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="42"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>ui::PracticeDialog</name>
    <message>
        <location filename="../ui/practicedialog.cpp" line="24"/>
        <source>Practice Server</source>
        <translation>Übungsserver</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="25"/>
        <source>A real SMTP server on 127.0.0.1, inside Stamp, to learn SMTP and try Stamp without an account. Faults make it fail the way real servers do.</source>
        <translation>Ein echter SMTP-Server auf 127.0.0.1, innerhalb von Stamp, um SMTP zu lernen und Stamp ohne Konto auszuprobieren. Fehler lassen ihn so scheitern, wie echte Server es tun.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="34"/>
        <source>any free port</source>
        <translation>ein beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="37"/>
        <source>none; for example: greylist slow=500ms</source>
        <translation>keine; zum Beispiel: greylist slow=500ms</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="43"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="44"/>
        <source>&amp;Faults:</source>
        <translation>&amp;Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="62"/>
        <source>Open the &amp;Messages Folder</source>
        <translation>&amp;Nachrichtenordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="79"/>
        <source>Messages received (double-click to open):</source>
        <translation>Empfangene Nachrichten (Doppelklick zum Öffnen):</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="118"/>
        <source>Not started: %1.</source>
        <translation>Nicht gestartet: %1.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="126"/>
        <source>The practice server cannot start: %1.</source>
        <translation>Der Übungsserver kann nicht starten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="132"/>
        <source>Problem: %1.</source>
        <translation>Problem: %1.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="170"/>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="170"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="172"/>
        <location filename="../ui/practicedialog.cpp" line="177"/>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="172"/>
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="179"/>
        <source>Running on 127.0.0.1:%1, with no faults.</source>
        <translation>Läuft auf 127.0.0.1:%1, ohne Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="180"/>
        <source>Running on 127.0.0.1:%1, with the faults %2.</source>
        <translation>Läuft auf 127.0.0.1:%1, mit den Fehlern %2.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="184"/>
        <source>Account settings: server 127.0.0.1, port %1, security STARTTLS, CA file %2; user name %3, password %4 (the login is optional).</source>
        <translation>Kontoeinstellungen: Server 127.0.0.1, Port %1, Sicherheit STARTTLS, CA-Datei %2; Benutzername %3, Passwort %4 (die Anmeldung ist optional).</translation>
    </message>
</context>
<context>
    <name>ui::PreviewDialog</name>
    <message>
        <location filename="../ui/previewdialog.cpp" line="19"/>
        <source>Preview: the message as it will go out</source>
        <translation>Vorschau: die Nachricht, wie sie hinausgeht</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="25"/>
        <location filename="../ui/previewdialog.cpp" line="28"/>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="27"/>
        <source>The commands that tell the server who sends and who receives; a recipient in no header is Bcc</source>
        <translation>Die Befehle, die dem Server mitteilen, wer sendet und wer empfängt; ein Empfänger, der in keiner Kopfzeile steht, ist Bcc</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="28"/>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="31"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="35"/>
        <source>named in the header, sent no copy</source>
        <translation>in der Kopfzeile genannt, erhält keine Kopie</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="40"/>
        <source>Header section</source>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="41"/>
        <source>The header section exactly as it goes out</source>
        <translation>Die Kopfzeilen, genau so, wie sie hinausgehen</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="54"/>
        <source>MIME structure</source>
        <translation>MIME-Struktur</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="61"/>
        <source>%1 bytes (%2 decoded)</source>
        <translation>%1 Byte (%2 dekodiert)</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="62"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="75"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="76"/>
        <source>What may go wrong with this message, and what to change</source>
        <translation>Was bei dieser Nachricht schiefgehen kann, und was zu ändern ist</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="82"/>
        <source>Size: %1 bytes. Nothing has been sent.</source>
        <translation>Größe: %1 Byte. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="107"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>ui::RecipientField</name>
    <message>
        <location filename="../ui/recipientfield.cpp" line="249"/>
        <source>name@example.org, Another Name &lt;other@example.org&gt;</source>
        <translation>name@example.org, Anderer Name &lt;other@example.org&gt;</translation>
    </message>
    <message>
        <location filename="../ui/recipientfield.cpp" line="252"/>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
</context>
<context>
    <name>ui::ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.cpp" line="18"/>
        <source>Result of sending</source>
        <translation>Ergebnis des Sendens</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="48"/>
        <source>Result for each recipient</source>
        <translation>Ergebnis für jeden Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="50"/>
        <source>Each recipient, whether the server accepted it, and its reply</source>
        <translation>Jeder Empfänger, ob der Server ihn angenommen hat, und seine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>Server reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="62"/>
        <location filename="../ui/resultpanel.cpp" line="63"/>
        <source>Hide the result</source>
        <translation>Das Ergebnis ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="84"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="86"/>
        <source>Sent, but not to every recipient</source>
        <translation>Gesendet, aber nicht an alle Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="88"/>
        <source>Not sent yet: the server asked to try later</source>
        <translation>Noch nicht gesendet: Der Server hat gebeten, es später zu versuchen</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="90"/>
        <source>Not sent: the server refused the message</source>
        <translation>Nicht gesendet: Der Server hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="92"/>
        <source>Not sent: no connection to the server</source>
        <translation>Nicht gesendet: keine Verbindung zum Server</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="94"/>
        <source>Not sent: the connection could not be secured</source>
        <translation>Nicht gesendet: Die Verbindung konnte nicht gesichert werden</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="96"/>
        <source>Not sent: login failed</source>
        <translation>Nicht gesendet: Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="98"/>
        <source>Not sent: the server stopped answering</source>
        <translation>Nicht gesendet: Der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="100"/>
        <source>Not sent: you stopped it</source>
        <translation>Nicht gesendet: Sie haben es gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="102"/>
        <source>Perhaps sent: the server did not confirm</source>
        <translation>Vielleicht gesendet: Der Server hat nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="104"/>
        <source>Not sent: the message could not be prepared</source>
        <translation>Nicht gesendet: Die Nachricht konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="106"/>
        <source>Not sent: the server broke the SMTP protocol</source>
        <translation>Nicht gesendet: Der Server hat das SMTP-Protokoll verletzt</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="125"/>
        <source>Sending “%1”…</source>
        <translation>„%1“ wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="125"/>
        <location filename="../ui/resultpanel.cpp" line="151"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="126"/>
        <source>The message is in the outbox; it stays there until the server has accepted it.</source>
        <translation>Die Nachricht liegt im Postausgang; sie bleibt dort, bis der Server sie angenommen hat.</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="149"/>
        <source>%1 — “%2”</source>
        <translation>%1 — „%2“</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="155"/>
        <source>Server said: %1
%2</source>
        <translation>Antwort des Servers: %1
%2</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="160"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="177"/>
        <source>Copy as s&amp;waks Command</source>
        <translation>Als s&amp;waks-Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="179"/>
        <source>Copy as swaks command</source>
        <translation>Als swaks-Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="181"/>
        <source>Copy a swaks command line that sends this message the same way, to try it by hand</source>
        <translation>Eine swaks-Befehlszeile kopieren, die diese Nachricht auf dieselbe Weise sendet, um es von Hand zu versuchen</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="193"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="194"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="195"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="197"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="198"/>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
</context>
<context>
    <name>ui::RichEditor</name>
    <message>
        <location filename="../ui/richeditor.cpp" line="27"/>
        <source>Formatted message text</source>
        <translation>Formatierter Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="29"/>
        <source>The message with formatting; the toolbar above sets bold, lists, links and headings</source>
        <translation>Die Nachricht mit Formatierung; die Werkzeugleiste darüber setzt Fettschrift, Listen, Links und Überschriften</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="35"/>
        <source>Text format</source>
        <translation>Textformat</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="36"/>
        <source>Plain text</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="37"/>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="38"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="39"/>
        <source>Plain text is read the same everywhere; formatted text and Markdown are sent as HTML with a plain text copy</source>
        <translation>Nur Text wird überall gleich gelesen; formatierter Text und Markdown werden als HTML mit einer Nur-Text-Kopie gesendet</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="47"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="48"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="49"/>
        <source>Monospace</source>
        <translation>Festbreite</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="61"/>
        <source>Heading 1</source>
        <translation>Überschrift 1</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="62"/>
        <source>Heading 2</source>
        <translation>Überschrift 2</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="63"/>
        <source>Heading 3</source>
        <translation>Überschrift 3</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="64"/>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="72"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="75"/>
        <source>Numbered List</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="78"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="81"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="120"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="313"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="314"/>
        <source>Address the selected text links to:</source>
        <translation>Adresse, auf die der ausgewählte Text verlinkt:</translation>
    </message>
</context>
<context>
    <name>ui::SendService</name>
    <message>
        <location filename="../ui/sendservice.cpp" line="26"/>
        <source>Not sent: the account &quot;%1&quot; no longer exists.</source>
        <translation>Nicht gesendet: Das Konto &quot;%1&quot; gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="29"/>
        <source>Open the message, choose another From and send it again.</source>
        <translation>Öffnen Sie die Nachricht, wählen Sie einen anderen Absender unter Von und senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="42"/>
        <source>Not sent: no password was given.</source>
        <translation>Nicht gesendet: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="43"/>
        <source>Send it again and give the password, or save it in Accounts.</source>
        <translation>Senden Sie sie erneut und geben Sie das Passwort an, oder speichern Sie es unter Konten.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="53"/>
        <source>Correct the account in Accounts, then send again.</source>
        <translation>Korrigieren Sie das Konto unter Konten und senden Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ui::SentMessageDialog</name>
    <message>
        <location filename="../ui/sentview.cpp" line="207"/>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="207"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="225"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="226"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="229"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="231"/>
        <source>Bcc:</source>
        <translation>Bcc:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="234"/>
        <source>Reply-To:</source>
        <translation>Antwort an:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="235"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="237"/>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="240"/>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="248"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="249"/>
        <source>The text of the sent message, read-only</source>
        <translation>Der Text der gesendeten Nachricht, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="253"/>
        <source>[The rest of the text is not shown: it is too long.]</source>
        <translation>[Der Rest des Textes wird nicht angezeigt: Er ist zu lang.]</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="256"/>
        <source>The message as sent cannot be shown: %1

Your copy of the text:

%2</source>
        <translation>Die Nachricht kann nicht so angezeigt werden, wie sie gesendet wurde: %1

Ihre Kopie des Textes:

%2</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="258"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="262"/>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="263"/>
        <source>The files sent with the message</source>
        <translation>Die mit der Nachricht gesendeten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="268"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="273"/>
        <source>No attachments</source>
        <translation>Keine Anhänge</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="274"/>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="279"/>
        <source>How each recipient&apos;s server answered</source>
        <translation>Wie der Server jedes Empfängers geantwortet hat</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="280"/>
        <source>Each recipient with the server&apos;s reply to it</source>
        <translation>Jeder Empfänger mit der Antwort des Servers darauf</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="281"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="281"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="281"/>
        <source>Server reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="286"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="286"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="289"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="295"/>
        <source>Protocol transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="296"/>
        <source>The conversation with the server when the message was sent</source>
        <translation>Das Gespräch mit dem Server beim Senden der Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="305"/>
        <location filename="../ui/sentview.cpp" line="308"/>
        <source>Protocol log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="307"/>
        <source>No protocol transcript was kept for this message.</source>
        <translation>Für diese Nachricht wurde kein Protokoll aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="313"/>
        <source>&amp;Edit as New</source>
        <translation>&amp;Als neu bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="316"/>
        <source>Opens a new message with the recipients, subject, text and attachments of this one</source>
        <translation>Öffnet eine neue Nachricht mit Empfängern, Betreff, Text und Anhängen dieser Nachricht</translation>
    </message>
</context>
<context>
    <name>ui::SentView</name>
    <message>
        <location filename="../ui/sentview.cpp" line="44"/>
        <location filename="../ui/sentview.cpp" line="55"/>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="47"/>
        <source>Search sent messages</source>
        <translation>Gesendete Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="49"/>
        <source>Show only the messages whose recipients or subject contain this text</source>
        <translation>Nur die Nachrichten anzeigen, deren Empfänger oder Betreff diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="50"/>
        <source>Search by recipient or subject</source>
        <translation>Nach Empfänger oder Betreff suchen</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="57"/>
        <source>The messages the server accepted, newest first, with date, recipients and subject</source>
        <translation>Die vom Server angenommenen Nachrichten, die neueste zuerst, mit Datum, Empfängern und Betreff</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="58"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="58"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="58"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="66"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="68"/>
        <source>Open the sent message</source>
        <translation>Die gesendete Nachricht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="69"/>
        <source>Shows the selected message as it was sent, read-only</source>
        <translation>Zeigt die ausgewählte Nachricht schreibgeschützt so, wie sie gesendet wurde</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="70"/>
        <source>Edit &amp;as New</source>
        <translation>&amp;Als neu bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="72"/>
        <source>Write a new message from this one</source>
        <translation>Eine neue Nachricht aus dieser schreiben</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="74"/>
        <source>Opens a new message with the recipients, subject, text and attachments of the selected one</source>
        <translation>Öffnet eine neue Nachricht mit Empfängern, Betreff, Text und Anhängen der ausgewählten Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="150"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="182"/>
        <source>Message not found</source>
        <translation>Nachricht nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="183"/>
        <source>This message is no longer in the Sent folder.</source>
        <translation>Diese Nachricht ist nicht mehr im Ordner Gesendet.</translation>
    </message>
</context>
<context>
    <name>ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="26"/>
        <source>Settings from the address</source>
        <translation>Einstellungen anhand der Adresse</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="32"/>
        <source>Sign-in provider</source>
        <translation>Anmeldeanbieter</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="33"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="34"/>
        <source>Microsoft 365 / Outlook.com</source>
        <translation>Microsoft 365 / Outlook.com</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="35"/>
        <source>Another provider (by its issuer URL)</source>
        <translation>Ein anderer Anbieter (über seine Issuer-URL)</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="38"/>
        <source>Issuer URL</source>
        <translation>Issuer-URL</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="39"/>
        <source>https://login.example.org</source>
        <translation>https://login.example.org</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="42"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="43"/>
        <source>empty: the client ID this build of Stamp was given, if any</source>
        <translation>leer: die Client-ID, die diese Version von Stamp erhalten hat, falls vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="48"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="52"/>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="64"/>
        <source>Sign-in (OAuth 2.0)</source>
        <translation>Anmeldung (OAuth 2.0)</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="46"/>
        <source>Sign in on anot&amp;her device</source>
        <translation>Auf einem and&amp;eren Gerät anmelden</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="66"/>
        <source>Pro&amp;vider:</source>
        <translation>Anbiete&amp;r:</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="67"/>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;Issuer-URL:</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="68"/>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="75"/>
        <source>Sign-in address:</source>
        <translation>Anmeldeadresse:</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="182"/>
        <location filename="../ui/signinpage.cpp" line="234"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="183"/>
        <source>This account logs in with a password. Signing in switches it to OAuth 2.0.</source>
        <translation>Dieses Konto meldet sich mit einem Passwort an. Die Anmeldung stellt es auf OAuth 2.0 um.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="211"/>
        <source>S&amp;top signing in</source>
        <translation>Anmeldung s&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="212"/>
        <source>Sign in with &amp;Google</source>
        <translation>Mit &amp;Google anmelden</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="213"/>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Mit &amp;Microsoft anmelden</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="214"/>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="215"/>
        <source>&amp;Sign in with %1</source>
        <translation>Mit %1 a&amp;nmelden</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="226"/>
        <source>Looking in the keychain…</source>
        <translation>Suche im Schlüsselbund…</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="232"/>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="250"/>
        <source>Finding the sign-in server…</source>
        <translation>Der Anmeldeserver wird gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="269"/>
        <source>Finish signing in in your browser. If it did not open, copy the address above into it.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab. Falls er sich nicht geöffnet hat, kopieren Sie die Adresse oben hinein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signinpage.cpp" line="275"/>
        <source>On any device, visit %1 and enter the code %2 (within %n minute(s)).</source>
        <translation>
            <numerusform>Rufen Sie auf einem beliebigen Gerät %1 auf und geben Sie den Code %2 ein (innerhalb von %n Minute).</numerusform>
            <numerusform>Rufen Sie auf einem beliebigen Gerät %1 auf und geben Sie den Code %2 ein (innerhalb von %n Minuten).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="280"/>
        <source>Waiting for the sign-in on the other device…</source>
        <translation>Warten auf die Anmeldung auf dem anderen Gerät…</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="305"/>
        <source>Signing in was stopped.</source>
        <translation>Die Anmeldung wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="306"/>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="314"/>
        <source>Signed in for this run only: the keychain could not keep the sign-in, so Stamp will ask you to sign in again after it closes. (%1)</source>
        <translation>Nur für diese Sitzung angemeldet: Der Schlüsselbund konnte die Anmeldung nicht speichern, daher bittet Stamp Sie nach dem Schließen erneut um die Anmeldung. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="320"/>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="336"/>
        <source>Signed out: the sign-in was removed from the keychain.</source>
        <translation>Abgemeldet: Die Anmeldung wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>ui::SpellChecker</name>
    <message>
        <location filename="../ui/spellchecker.cpp" line="429"/>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Nur ein einzelnes Wort kann zum Wörterbuch hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../ui/spellchecker.cpp" line="442"/>
        <source>Could not save your dictionary to %1: %2</source>
        <translation>Ihr Wörterbuch konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ui::Spelling</name>
    <message>
        <location filename="../ui/spelling.cpp" line="62"/>
        <source>&amp;Spelling</source>
        <translation>&amp;Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="65"/>
        <source>&amp;Check Spelling</source>
        <translation>Re&amp;chtschreibung prüfen</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="68"/>
        <source>Underline misspelt words in the message text</source>
        <translation>Falsch geschriebene Wörter im Nachrichtentext unterstreichen</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="79"/>
        <source>Check the spelling of this message in %1</source>
        <translation>Die Rechtschreibung dieser Nachricht in %1 prüfen</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="84"/>
        <source>&amp;No Dictionary Installed</source>
        <translation>&amp;Kein Wörterbuch installiert</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="87"/>
        <source>Install a Hunspell dictionary (such as the package hunspell-en-us) and start Stamp again to check spelling</source>
        <translation>Installieren Sie ein Hunspell-Wörterbuch (etwa das Paket hunspell-de-de) und starten Sie Stamp neu, um die Rechtschreibung zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="169"/>
        <source>No spelling dictionary is installed, so spelling is not checked. Install one (such as the package hunspell-en-us) and start Stamp again.</source>
        <translation>Es ist kein Rechtschreibwörterbuch installiert, daher wird die Rechtschreibung nicht geprüft. Installieren Sie eines (etwa das Paket hunspell-de-de) und starten Sie Stamp neu.</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="221"/>
        <source>Looking for suggestions…</source>
        <translation>Vorschläge werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="231"/>
        <source>Replace &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>&quot;%1&quot; durch &quot;%2&quot; ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="241"/>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="249"/>
        <source>&amp;Add to Dictionary</source>
        <translation>Zum Wörterbuch hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="251"/>
        <source>Count &quot;%1&quot; as right in %2 from now on</source>
        <translation>&quot;%1&quot; ab jetzt in %2 als richtig werten</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="258"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="260"/>
        <source>Count &quot;%1&quot; as right until this window is closed</source>
        <translation>&quot;%1&quot; als richtig werten, bis dieses Fenster geschlossen wird</translation>
    </message>
</context>
<context>
    <name>ui::Startup</name>
    <message numerus="yes">
        <location filename="../ui/startup.cpp" line="42"/>
        <source>%n message(s) were being sent when Stamp stopped: see the outbox.</source>
        <translation>
            <numerusform>%n Nachricht wurde gerade gesendet, als Stamp beendet wurde: siehe Postausgang.</numerusform>
            <numerusform>%n Nachrichten wurden gerade gesendet, als Stamp beendet wurde: siehe Postausgang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TestResults</name>
    <message>
        <location filename="../ui/testresults.cpp" line="22"/>
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="29"/>
        <source>Server capabilities</source>
        <translation>Fähigkeiten des Servers</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="32"/>
        <source>Encryption details</source>
        <translation>Details der Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="43"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="44"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="45"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="46"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="110"/>
        <source>Connecting to %1:%2…</source>
        <translation>Verbindung zu %1:%2…</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="87"/>
        <source>Offered inside the encrypted connection:</source>
        <translation>In der verschlüsselten Verbindung angeboten:</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="88"/>
        <source>Offered on the unencrypted connection:</source>
        <translation>Auf der unverschlüsselten Verbindung angeboten:</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="93"/>
        <source>Largest message accepted (SIZE): %1</source>
        <translation>Größte angenommene Nachricht (SIZE): %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="94"/>
        <source>Largest message accepted: not announced</source>
        <translation>Größte angenommene Nachricht: nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="98"/>
        <source>Login methods (AUTH): none offered</source>
        <translation>Anmeldeverfahren (AUTH): keine angeboten</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="99"/>
        <source>Login methods (AUTH): %1</source>
        <translation>Anmeldeverfahren (AUTH): %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="121"/>
        <source>The connection was not encrypted.</source>
        <translation>Die Verbindung war nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="123"/>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="123"/>
        <source>Cipher: %1</source>
        <translation>Cipher: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="124"/>
        <source>Certificate SHA-256: %1</source>
        <translation>Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="127"/>
        <source>Issued to: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="128"/>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="129"/>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="139"/>
        <source>&lt;b&gt;The connection works.&lt;/b&gt; Stamp connected, logged in where needed, and said goodbye.</source>
        <translation>&lt;b&gt;Die Verbindung funktioniert.&lt;/b&gt; Stamp hat sich verbunden, bei Bedarf angemeldet und sich verabschiedet.</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="141"/>
        <source>&lt;b&gt;The connection test failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Verbindungstest ist fehlgeschlagen.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="146"/>
        <source>Server said: %1 — %2</source>
        <translation>Antwort des Servers: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="149"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>ui::TranscriptModel</name>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="63"/>
        <source>Time per stage: %1</source>
        <translation>Zeit pro Phase: %1</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="65"/>
        <source>Time per stage</source>
        <translation>Zeit pro Phase</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="67"/>
        <source>  %1: %2 ms</source>
        <translation>  %1: %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="68"/>
        <source>  total: %1 ms</source>
        <translation>  gesamt: %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="89"/>
        <location filename="../ui/transcriptmodel.cpp" line="99"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="89"/>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="91"/>
        <location filename="../ui/transcriptmodel.cpp" line="512"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="92"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="92"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="99"/>
        <source>%1 messages sent</source>
        <translation>%1 Nachrichten gesendet</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="101"/>
        <source>%1 sent, with a problem: %2</source>
        <translation>%1 gesendet, mit einem Problem: %2</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="103"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="105"/>
        <source>closed, nothing sent</source>
        <translation>geschlossen, nichts gesendet</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="105"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="106"/>
        <source>Session %1 at %2 with %3: %4</source>
        <translation>Sitzung %1 um %2 mit %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="319"/>
        <source>The TLS handshake as a report: a check failed, so Stamp did not go on over this connection. Select this line to read every check.</source>
        <translation>Der TLS-Handshake als Bericht: Eine Prüfung ist fehlgeschlagen, daher hat Stamp über diese Verbindung nicht weitergemacht. Wählen Sie diese Zeile aus, um jede Prüfung zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="321"/>
        <source>The TLS handshake as a report: version, cipher, key exchange, the certificate chain with its dates and names; all checks passed. Select this line to read it whole.</source>
        <translation>Der TLS-Handshake als Bericht: Version, Verschlüsselung, Schlüsselaustausch, die Zertifikatskette mit ihren Daten und Namen; alle Prüfungen bestanden. Wählen Sie diese Zeile, um ihn ganz zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="325"/>
        <source>How long each stage of this connection took, as CheckTLS shows it: a slow greeting or final reply is the server&apos;s doing, a slow connect or TLS the network&apos;s.</source>
        <translation>Wie lange jede Phase dieser Verbindung gedauert hat, so wie CheckTLS es zeigt: Eine langsame Begrüßung oder abschließende Antwort geht auf den Server zurück, ein langsames Verbinden oder TLS auf das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="360"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="362"/>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="364"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="366"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="368"/>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="370"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="418"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="420"/>
        <source>go on</source>
        <translation>weiter</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="422"/>
        <source>temporary</source>
        <translation>vorübergehend</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="424"/>
        <source>permanent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="428"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="461"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="484"/>
        <source>%1
Double-click or press Enter to fold or unfold this session.</source>
        <translation>%1
Doppelklicken Sie oder drücken Sie die Eingabetaste, um diese Sitzung ein- oder auszuklappen.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="512"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="514"/>
        <source>timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="540"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="616"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="617"/>
        <source>%1

%2

%3</source>
        <translation>%1

%2

%3</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="629"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="631"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="633"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="635"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="637"/>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
</context>
</TS>
