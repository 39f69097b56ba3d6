<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/startup.cpp" line="36"/>
        <source>Link not understood</source>
        <translation>Enlace no reconocido</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <location filename="../ui/spellchecker.cpp" line="125"/>
        <source>The spelling dictionary %1 cannot be read.</source>
        <translation>No se puede leer el diccionario ortográfico %1.</translation>
    </message>
    <message>
        <location filename="../ui/spellchecker.cpp" line="145"/>
        <source>The spelling dictionary %1 is written in the character set %2, which Stamp cannot read.</source>
        <translation>El diccionario ortográfico %1 está escrito en el juego de caracteres %2, que Stamp no puede leer.</translation>
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
        <translation>El llavero no respondió en %1 segundos (¿está esperando una solicitud de desbloqueo?). Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="104"/>
        <source>The name of the account, as the window shows it.</source>
        <translation>El nombre de la cuenta, tal como lo muestra la ventana.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="109"/>
        <source>Change the given settings of an account, keeping the others.</source>
        <translation>Cambiar los ajustes indicados de una cuenta, conservando los demás.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="110"/>
        <source>Add an account: NAME --from ADDR --server HOST[:PORT] [options].</source>
        <translation>Añadir una cuenta: NAME --from ADDR --server HOST[:PORT] [opciones].</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="117"/>
        <source>Passwords are kept only in the system keychain (Secret Service: GNOME Keyring, KWallet), never in a file; give one with --password-stdin.
Exit codes: 0 done, 2 usage error or unknown account, 11 keychain or settings error.</source>
        <translation>Las contraseñas se guardan solo en el llavero del sistema (Secret Service: GNOME Keyring, KWallet), nunca en un archivo; indique una con --password-stdin.
Códigos de salida: 0 hecho, 2 error de uso o cuenta desconocida, 11 error del llavero o de los ajustes.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="126"/>
        <source>Sender address (&quot;Name &lt;addr&gt;&quot; sets the display name too).</source>
        <translation>Dirección del remitente (&quot;Nombre &lt;dirección&gt;&quot; fija también el nombre visible).</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="128"/>
        <source>Name shown with the address.</source>
        <translation>Nombre que se muestra con la dirección.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="129"/>
        <source>Signature the window offers to append.</source>
        <translation>Firma que la ventana ofrece añadir al final.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="131"/>
        <source>Make it the default account.</source>
        <translation>Convertirla en la cuenta predeterminada.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="132"/>
        <source>Find the server, port and security from the address (--from).</source>
        <translation>Averiguar el servidor, el puerto y la seguridad a partir de la dirección (--from).</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="133"/>
        <source>With --auto, use what was found without asking.</source>
        <translation>Con --auto, usar lo encontrado sin preguntar.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="134"/>
        <source>With --auth oauth2: the sign-in server&apos;s issuer URL.</source>
        <translation>Con --auth oauth2: la URL del emisor del servidor de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="136"/>
        <source>With --auth oauth2: the client ID registered for Stamp.</source>
        <translation>Con --auth oauth2: el ID de cliente registrado para Stamp.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="141"/>
        <source>Forget the CA file.</source>
        <translation>Olvidar el archivo de CA.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="142"/>
        <source>Forget the pinned certificate fingerprint.</source>
        <translation>Olvidar la huella digital del certificado fijado.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="155"/>
        <source>--ehlo is not kept with an account: give it to stamp send</source>
        <translation>--ehlo no se guarda con una cuenta: indíquelo a stamp send</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="166"/>
        <location filename="../app/accountcommand.cpp" line="315"/>
        <source>there is no account named &quot;%1&quot; (see stamp account list)</source>
        <translation>no hay ninguna cuenta llamada &quot;%1&quot; (consulte stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="171"/>
        <source>the account &quot;%1&quot; exists already: change it with stamp account edit</source>
        <translation>la cuenta &quot;%1&quot; ya existe: cámbiela con stamp account edit</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="173"/>
        <source>--from is required</source>
        <translation>--from es obligatorio</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="175"/>
        <source>--server (or --auto) is required</source>
        <translation>--server (o --auto) es obligatorio</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="247"/>
        <source>%1
The account &quot;%2&quot; was not changed.</source>
        <translation>%1
La cuenta &quot;%2&quot; no se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="248"/>
        <source>%1
The account &quot;%2&quot; was not saved.</source>
        <translation>%1
La cuenta &quot;%2&quot; no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="259"/>
        <source>stamp: warning: the old password could not be removed: %1</source>
        <translation>stamp: aviso: no se ha podido eliminar la contraseña antigua: %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="264"/>
        <source>Account &quot;%1&quot; changed.</source>
        <translation>Cuenta &quot;%1&quot; cambiada.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="264"/>
        <source>Account &quot;%1&quot; added.</source>
        <translation>Cuenta &quot;%1&quot; añadida.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="274"/>
        <source>List the accounts: name, sender, server and user.</source>
        <translation>Listar las cuentas: nombre, remitente, servidor y usuario.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="285"/>
        <source> (default)</source>
        <translation> (predeterminada)</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="289"/>
        <source>	user %1</source>
        <translation>	usuario %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="293"/>
        <source>No accounts. Add one with: stamp account add NAME --from ADDR --server HOST</source>
        <translation>No hay cuentas. Añada una con: stamp account add NAME --from ADDR --server HOST</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="305"/>
        <source>The account to remove, with its password.</source>
        <translation>La cuenta que se eliminará, con su contraseña.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="307"/>
        <source>Remove an account and its password from the keychain.</source>
        <translation>Eliminar una cuenta y su contraseña del llavero.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="320"/>
        <source>%1
The account &quot;%2&quot; was not removed.</source>
        <translation>%1
La cuenta &quot;%2&quot; no se ha eliminado.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="324"/>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Cuenta &quot;%1&quot; eliminada.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="346"/>
        <source>The accounts are shared with the Stamp window. Passwords are kept only in the system keychain (Secret Service: GNOME Keyring, KWallet), never in a file.</source>
        <translation>Las cuentas se comparten con la ventana de Stamp. Las contraseñas se guardan solo en el llavero del sistema (Secret Service: GNOME Keyring, KWallet), nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="370"/>
        <source>--account: there is no account named &quot;%1&quot; (see stamp account list)</source>
        <translation>--account: no hay ninguna cuenta llamada &quot;%1&quot; (consulte stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="375"/>
        <source>--account: the account&apos;s user name cannot be used: %1</source>
        <translation>--account: el nombre de usuario de la cuenta no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="432"/>
        <source>the message could not be put in the outbox, so nothing was sent: %1</source>
        <translation>no se ha podido poner el mensaje en la bandeja de salida, así que no se ha enviado nada: %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="452"/>
        <source>The message is kept in the outbox (%1) with the reason.</source>
        <translation>El mensaje se conserva en la bandeja de salida (%1) con el motivo.</translation>
    </message>
</context>
<context>
    <name>cli::AccountLogin</name>
    <message>
        <location filename="../app/accountsignin.cpp" line="100"/>
        <source>The account to sign in.</source>
        <translation>La cuenta con la que iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="104"/>
        <source>Sign in to an OAuth 2.0 account (Google, Microsoft, or another provider) in the browser.</source>
        <translation>Iniciar sesión en una cuenta OAuth 2.0 (Google, Microsoft u otro proveedor) en el navegador.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="111"/>
        <source>Opens the sign-in page in your browser (and prints its address); the answer comes back to Stamp on 127.0.0.1 only. With --device, prints a code to enter on another device instead. The refresh token is kept in the system keychain, never in a file.
Exit codes: 0 signed in, 2 usage error, 3 network, 5 sign-in refused, 10 not finished in time, 11 keychain error.</source>
        <translation>Abre la página de inicio de sesión en el navegador (y muestra su dirección); la respuesta vuelve a Stamp solo por 127.0.0.1. Con --device, muestra en su lugar un código para introducir en otro dispositivo. El token de actualización se guarda en el llavero del sistema, nunca en un archivo.
Códigos de salida: 0 sesión iniciada, 2 error de uso, 3 red, 5 inicio de sesión rechazado, 10 no terminado a tiempo, 11 error del llavero.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="122"/>
        <source>Sign in on another device with a code (RFC 8628).</source>
        <translation>Iniciar sesión en otro dispositivo con un código (RFC 8628).</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="129"/>
        <location filename="../app/accountsignin.cpp" line="211"/>
        <source>there is no account named &quot;%1&quot; (see stamp account list)</source>
        <translation>no hay ninguna cuenta llamada &quot;%1&quot; (consulte stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="132"/>
        <source>the account &quot;%1&quot; signs in with a password; use --auth oauth2 to change it</source>
        <translation>la cuenta &quot;%1&quot; inicia sesión con contraseña; use --auth oauth2 para cambiarlo</translation>
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
        <translation>Abriendo la página de inicio de sesión en el navegador. Si no se abre, visite:
  %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/accountsignin.cpp" line="149"/>
        <source>On any device, visit %1 and enter the code %2 (within %n minute(s)).
</source>
        <translation>
            <numerusform>En cualquier dispositivo, visite %1 e introduzca el código %2 (antes de %n minuto).
</numerusform>
            <numerusform>En cualquier dispositivo, visite %1 e introduzca el código %2 (antes de %n minutos).
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="153"/>
        <source>Or open: %1
</source>
        <translation>O abra: %1
</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="184"/>
        <source>stamp: signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>stamp: sesión iniciada, pero el llavero no ha guardado el inicio de sesión: %1</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="188"/>
        <source>Signed in to %1 for the account &quot;%2&quot;.</source>
        <translation>Sesión iniciada en %1 para la cuenta &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="199"/>
        <source>The account to sign out.</source>
        <translation>La cuenta de la que cerrar sesión.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="203"/>
        <source>Forget an OAuth 2.0 account&apos;s sign-in (the refresh token in the keychain).</source>
        <translation>Olvidar el inicio de sesión de una cuenta OAuth 2.0 (el token de actualización del llavero).</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="226"/>
        <source>Signed out of the account &quot;%1&quot;.</source>
        <translation>Sesión cerrada en la cuenta &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="250"/>
        <source>--auto needs --from</source>
        <translation>--auto necesita --from</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="266"/>
        <source>stamp: no settings were found for %1: give the server with --server.</source>
        <translation>stamp: no se han encontrado ajustes para %1: indique el servidor con --server.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="274"/>
        <source>stamp: %1 wants a login method Stamp does not support.</source>
        <translation>stamp: %1 requiere un método de inicio de sesión que Stamp no admite.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="283"/>
        <source>stamp: not saved: check the settings above and add --yes to use them without being asked.</source>
        <translation>stamp: no guardado: revise los ajustes anteriores y añada --yes para usarlos sin que se le pregunte.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="289"/>
        <source>Use these settings? [y/N] </source>
        <translation>¿Usar estos ajustes? [s/N] </translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="294"/>
        <source>y|yes</source>
        <comment>the answers that mean yes to a [y/N] question, lower case, separated by |; the first is the one the prompt shows</comment>
        <translation>s|sí|si</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="300"/>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="306"/>
        <source>This provider signs in with OAuth 2.0: after adding the account, run stamp account login %1</source>
        <translation>Este proveedor inicia sesión con OAuth 2.0: después de añadir la cuenta, ejecute stamp account login %1</translation>
    </message>
</context>
<context>
    <name>cli::CheckDomainCommand</name>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="16"/>
        <source>The sender&apos;s domain (the part after @ in your address).</source>
        <translation>El dominio del remitente (la parte tras la @ de su dirección).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="22"/>
        <source>Check the DNS records that decide whether mail from DOMAIN is trusted: MX, SPF (evaluated for the submission server&apos;s addresses, with its DNS lookups counted against the limit of 10), DMARC, DKIM keys for the given selectors, MTA-STS and TLS-RPT, and with --server the server&apos;s reverse DNS against its greeting. Each result says what to change. The server is only greeted: no login, no message.

Exit codes: 0 nothing wrong, 2 usage error, 13 only warnings (works, could be better), 14 problems (mail may be rejected, or the domain forged), 15 incomplete (a lookup or the server did not answer, and no problem was found in the rest).</source>
        <translation>Comprobar los registros DNS que deciden si se confía en el correo de DOMAIN: MX, SPF (evaluado para las direcciones del servidor de envío, con sus consultas DNS contadas frente al límite de 10), DMARC, claves DKIM de los selectores indicados, MTA-STS y TLS-RPT y, con --server, el DNS inverso del servidor frente a su saludo. Cada resultado indica qué cambiar. Al servidor solo se le saluda: sin inicio de sesión ni mensaje.

Códigos de salida: 0 nada incorrecto, 2 error de uso, 13 solo avisos (funciona, pero podría mejorar), 14 problemas (el correo puede ser rechazado o el dominio falsificado), 15 incompleto (una consulta o el servidor no respondió, y no se encontró ningún problema en lo demás).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="37"/>
        <source>Look up the DKIM key of this selector (repeat for several).</source>
        <translation>Consultar la clave DKIM de este selector (repetir para varios).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="54"/>
        <source>&quot;%1&quot; is not a domain name (give the part after @, e.g. example.com)</source>
        <translation>&quot;%1&quot; no es un nombre de dominio (indique la parte tras la @, p. ej. example.com)</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="60"/>
        <source>--dkim-selector: &quot;%1&quot; is not a selector (letters, digits, - and _)</source>
        <translation>--dkim-selector: &quot;%1&quot; no es un selector (letras, dígitos, - y _)</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="65"/>
        <source>--%1: check-domain does not log in (use stamp probe for that)</source>
        <translation>--%1: check-domain no inicia sesión (use stamp probe para eso)</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="74"/>
        <source>--%1 needs --server</source>
        <translation>--%1 necesita --server</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="80"/>
        <source>--timeout takes a number of seconds from 0 to 3600</source>
        <translation>--timeout admite un número de segundos de 0 a 3600</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="93"/>
        <source>Nothing wrong found.</source>
        <translation>No se ha encontrado nada incorrecto.</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="96"/>
        <source>Some things could be better (see the warnings).</source>
        <translation>Algunas cosas podrían mejorar (consulte los avisos).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="99"/>
        <source>Problems found: see what to do for each.</source>
        <translation>Se han encontrado problemas: consulte qué hacer en cada uno.</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="102"/>
        <source>The check is incomplete: some lookups got no answer.</source>
        <translation>La comprobación está incompleta: algunas consultas no obtuvieron respuesta.</translation>
    </message>
</context>
<context>
    <name>cli::Command</name>
    <message>
        <location filename="../app/command.cpp" line="26"/>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="42"/>
        <source>stamp %1 [options]</source>
        <translation>stamp %1 [opciones]</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="43"/>
        <source>stamp %1 [options] %2</source>
        <translation>stamp %1 [opciones] %2</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="49"/>
        <source>stamp: %1
Try &apos;stamp %2 --help&apos;.</source>
        <translation>stamp: %1
Pruebe &apos;stamp %2 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="63"/>
        <source>unknown option &apos;%1%2&apos;</source>
        <translation>opción desconocida &apos;%1%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="77"/>
        <source>--%1: the value contains a line break or NUL character; it must be one line</source>
        <translation>--%1: el valor contiene un salto de línea o un carácter NUL; debe ser una sola línea</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="84"/>
        <source>the argument &quot;%1&quot; contains a line break or NUL character</source>
        <translation>el argumento &quot;%1&quot; contiene un salto de línea o un carácter NUL</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="86"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="87"/>
        <source>unexpected argument &apos;%1&apos; (%2 takes %3)</source>
        <translation>argumento inesperado &apos;%1&apos; (%2 admite %3)</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="90"/>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
</context>
<context>
    <name>cli::CommandGroup</name>
    <message>
        <location filename="../app/command.cpp" line="121"/>
        <source>stamp %1 COMMAND [options]</source>
        <translation>stamp %1 COMMAND [opciones]</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="122"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="123"/>
        <source>Run &apos;stamp %1 COMMAND --help&apos; for the options of each.</source>
        <translation>Ejecute &apos;stamp %1 COMMAND --help&apos; para ver las opciones de cada una.</translation>
    </message>
</context>
<context>
    <name>cli::ConsoleCommand</name>
    <message>
        <location filename="../app/consolecommand.cpp" line="20"/>
        <source>Type SMTP by hand over a session Stamp sets up: it connects, starts TLS as configured (the certificate is checked as for sending) and logs in, with the password never shown; then each line read from standard input is sent as one command and the server&apos;s whole reply is printed with what it means. Offered: %1. AUTH, STARTTLS and BDAT are refused (the session did the first two). After DATA and its 354, the lines are the message (dot-stuffed by Stamp) up to a line holding only &quot;.&quot;; Stamp ends the message with CRLF.CRLF. A line with a CR, LF or NUL inside, or longer than 510 octets, is refused and nothing is sent. The end of input ends the message in progress and sends QUIT. With --password-stdin the password is the first line.

Exit codes: as stamp send (0 the session ended with QUIT, 3 could not connect or the connection was lost, 4 TLS failure, 5 login failed, 10 timeout).</source>
        <translation>Escribir SMTP a mano sobre una sesión que prepara Stamp: se conecta, inicia TLS según la configuración (el certificado se comprueba igual que al enviar) e inicia sesión, sin mostrar nunca la contraseña; después, cada línea leída de la entrada estándar se envía como un comando y se muestra la respuesta completa del servidor con lo que significa. Se ofrecen: %1. AUTH, STARTTLS y BDAT se rechazan (la sesión ya hizo los dos primeros). Después de DATA y su 354, las líneas son el mensaje (Stamp duplica los puntos iniciales) hasta una línea que contenga solo &quot;.&quot;; Stamp termina el mensaje con CRLF.CRLF. Una línea con un CR, LF o NUL dentro, o de más de 510 octetos, se rechaza y no se envía nada. El final de la entrada termina el mensaje en curso y envía QUIT. Con --password-stdin la contraseña es la primera línea.

Códigos de salida: como stamp send (0 la sesión terminó con QUIT, 3 no se pudo conectar o se perdió la conexión, 4 fallo de TLS, 5 inicio de sesión fallido, 10 tiempo agotado).</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="38"/>
        <source>Use the server and login (password from the keychain) of this account (see stamp account). Other options override it.</source>
        <translation>Usar el servidor y el usuario (contraseña del llavero) de esta cuenta (consulte stamp account). Las demás opciones tienen prioridad.</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="41"/>
        <source>Print the conversation without the explanations.</source>
        <translation>Mostrar la conversación sin las explicaciones.</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="52"/>
        <source>--account: this build has no accounts (it was built without the store)</source>
        <translation>--account: esta compilación no tiene cuentas (se compiló sin el almacén)</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="54"/>
        <source>--account needs the name of an account (see stamp account list)</source>
        <translation>--account necesita el nombre de una cuenta (consulte stamp account list)</translation>
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
        <translation>Muestra los contactos (nombre y direcciones) y los grupos (nombre y miembros).</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="40"/>
        <source>group %1	%2</source>
        <translation>grupo %1	%2</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="41"/>
        <source>	(sent as a named group)</source>
        <translation>	(enviado como grupo con nombre)</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="43"/>
        <source>The address book is empty. Import one with: stamp contacts import FILE.vcf</source>
        <translation>La libreta de direcciones está vacía. Importe una con: stamp contacts import ARCHIVO.vcf</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="55"/>
        <source>A vCard file (3.0 or 4.0).</source>
        <translation>Un archivo vCard (3.0 o 4.0).</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="57"/>
        <source>Add the contacts and groups of a vCard file.</source>
        <translation>Añade los contactos y grupos de un archivo vCard.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="63"/>
        <source>A contact whose address is known already joins the known one. A file with an error imports nothing and names the line.</source>
        <translation>Un contacto cuya dirección ya se conoce se une al ya existente. Un archivo con un error no importa nada e indica la línea.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="71"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="79"/>
        <source>%1: nothing was imported. %2</source>
        <translation>%1: no se importó nada. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="82"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contacto añadido</numerusform>
            <numerusform>%n contactos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="83"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="84"/>
        <source>%n group(s) read</source>
        <translation>
            <numerusform>%n grupo leído</numerusform>
            <numerusform>%n grupos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="86"/>
        <source>%n card(s) without an address skipped.</source>
        <translation>
            <numerusform>%n tarjeta sin dirección omitida.</numerusform>
            <numerusform>%n tarjetas sin dirección omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="97"/>
        <source>Where to write the vCard file; - for standard output.</source>
        <translation>Dónde escribir el archivo vCard; - para la salida estándar.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="100"/>
        <source>Write the address book as vCard 4.0.</source>
        <translation>Escribe la libreta de direcciones como vCard 4.0.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="121"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="124"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="125"/>
        <source>%n group(s) written to %1</source>
        <translation>
            <numerusform>%n grupo escrito en %1</numerusform>
            <numerusform>%n grupos escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="145"/>
        <source>The address book the window completes recipients from, kept in contacts.json beside the outbox.</source>
        <translation>La libreta de direcciones con la que la ventana completa los destinatarios, guardada en contacts.json junto a la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>cli::MergeCommand</name>
    <message>
        <location filename="../app/mergecommand.cpp" line="27"/>
        <source>Send one message per row of a CSV file, from a template with {{placeholders}}.</source>
        <translation>Envía un mensaje por cada fila de un archivo CSV, a partir de una plantilla con {{marcadores}}.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="38"/>
        <source>Send one message per row of a CSV file, from a template with {{placeholders}}.

The template is a Stamp template (File &gt; Save as Template) or a text file: To, Cc, Bcc, Reply-To and Subject lines, an empty line, the body. The CSV file&apos;s first line names the columns; {{name}} stands for the row&apos;s value of the column &quot;name&quot;. Every row is checked before anything is sent. Each message is queued in the outbox with the merge and its row, then all are sent over one connection; running the same merge again sends only the rows not yet sent.

Exit codes: those of stamp send for the rows: 0 every row sent, 8 some rows sent and some not, else the code of the first row not sent (6 temporary failure, 7 permanent failure, 11 a row or file that cannot be used, ...).</source>
        <translation>Envía un mensaje por cada fila de un archivo CSV, a partir de una plantilla con {{marcadores}}.

La plantilla es una plantilla de Stamp (Archivo &gt; Guardar como plantilla) o un archivo de texto: líneas To, Cc, Bcc, Reply-To y Subject, una línea vacía y el cuerpo. La primera línea del archivo CSV da nombre a las columnas; {{name}} representa el valor de la fila en la columna &quot;name&quot;. Todas las filas se comprueban antes de enviar nada. Cada mensaje se pone en la bandeja de salida con la combinación y su fila, y después se envían todos por una sola conexión; al ejecutar de nuevo la misma combinación solo se envían las filas aún no enviadas.

Códigos de salida: los de stamp send para las filas: 0 todas las filas enviadas, 8 algunas filas enviadas y otras no; si no, el código de la primera fila no enviada (6 fallo temporal, 7 fallo permanente, 11 una fila o un archivo que no se puede usar, ...).</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="54"/>
        <source>Send from this account (see stamp account list).</source>
        <translation>Enviar desde esta cuenta (consulte stamp account list).</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="56"/>
        <source>The message with {{placeholders}}.</source>
        <translation>El mensaje con {{marcadores}}.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="57"/>
        <source>The rows: UTF-8 CSV whose first line names the columns.</source>
        <translation>Las filas: CSV en UTF-8 cuya primera línea da nombre a las columnas.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="60"/>
        <source>At most N messages a minute (N/min, or N/h an hour); the connection is kept open across waits up to a minute.</source>
        <translation>Como máximo N mensajes por minuto (N/min, o N/h por hora); la conexión se mantiene abierta durante esperas de hasta un minuto.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="64"/>
        <source>Go on with the merge of this id (as printed) even when the template or CSV changed: rows already sent are not sent again.</source>
        <translation>Continuar la combinación con este id (tal como se mostró) aunque la plantilla o el CSV hayan cambiado: las filas ya enviadas no se vuelven a enviar.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="67"/>
        <source>Write the live protocol transcript to FILE, or - for stderr.</source>
        <translation>Escribir la transcripción del protocolo en directo en ARCHIVO, o - para stderr.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="69"/>
        <source>Print only the rows not sent.</source>
        <translation>Mostrar solo las filas no enviadas.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="79"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="88"/>
        <source>Row %1 (line %2)</source>
        <translation>Fila %1 (línea %2)</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="95"/>
        <source>--account is required: the merge is sent through that account&apos;s outbox</source>
        <translation>se requiere --account: la combinación se envía a través de la bandeja de salida de esa cuenta</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="97"/>
        <source>--template FILE and --csv FILE are required</source>
        <translation>se requieren --template ARCHIVO y --csv ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="107"/>
        <source>--print-swaks takes one message: use stamp send for it</source>
        <translation>--print-swaks admite un solo mensaje: use stamp send para ello</translation>
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
        <translation>stamp: la plantilla usa marcadores para los que el archivo CSV no tiene columna: %1 (las columnas son: %2). No se envió nada.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="150"/>
        <source>%1: not sent: %2</source>
        <translation>%1: no enviado: %2</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="154"/>
        <source>stamp: the CSV file has a header but no rows: nothing to send.</source>
        <translation>stamp: el archivo CSV tiene encabezado pero ninguna fila: no hay nada que enviar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="213"/>
        <source>Merge %1: %n row(s).</source>
        <translation>
            <numerusform>Combinación %1: %n fila.</numerusform>
            <numerusform>Combinación %1: %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="225"/>
        <source>%1: not sent again: %2 (%3; stamp outbox send %4 sends it)</source>
        <translation>%1: no se vuelve a enviar: %2 (%3; stamp outbox send %4 lo envía)</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="238"/>
        <source>%1: not queued: %2</source>
        <translation>%1: no puesto en cola: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="249"/>
        <source>%n row(s) sent by an earlier run of this merge: not sent again.</source>
        <translation>
            <numerusform>%n fila enviada por una ejecución anterior de esta combinación: no se vuelve a enviar.</numerusform>
            <numerusform>%n filas enviadas por una ejecución anterior de esta combinación: no se vuelven a enviar.</numerusform>
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
        <translation>%1: no intentado: sigue en cola; ejecute de nuevo la combinación para enviarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="260"/>
        <source>%1 of %n message(s) sent now, over %2 connection(s).</source>
        <translation>
            <numerusform>%1 de %n mensaje enviado ahora, en %2 conexión(es).</numerusform>
            <numerusform>%1 de %n mensajes enviados ahora, en %2 conexión(es).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="285"/>
        <source>give the number of messages a minute, as 30/min (or 100/h)</source>
        <translation>indique el número de mensajes por minuto, como 30/min (o 100/h)</translation>
    </message>
</context>
<context>
    <name>cli::OutboxCommand</name>
    <message>
        <location filename="../app/outboxcommand.cpp" line="59"/>
        <source>The outbox is empty.</source>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="37"/>
        <source>List the messages waiting in the outbox, with their state and the reason.</source>
        <translation>Listar los mensajes que esperan en la bandeja de salida, con su estado y el motivo.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="70"/>
        <location filename="../app/outboxcommand.cpp" line="97"/>
        <source>The messages, by the ID stamp outbox list shows.</source>
        <translation>Los mensajes, por el ID que muestra stamp outbox list.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="73"/>
        <source>Delete messages from the outbox.</source>
        <translation>Borrar mensajes de la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="102"/>
        <source>Send messages of the outbox now, with their account&apos;s settings and password.</source>
        <translation>Enviar ahora mensajes de la bandeja de salida, con la configuración y la contraseña de su cuenta.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="109"/>
        <source>Exit codes: those of stamp send (0 sent, 6 temporary failure, 7 permanent failure, 8 partly sent, ...), for the first message that was not sent.</source>
        <translation>Códigos de salida: los de stamp send (0 enviado, 6 fallo temporal, 7 fallo permanente, 8 enviado en parte, ...), para el primer mensaje que no se envió.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="116"/>
        <source>Send every message in the outbox.</source>
        <translation>Enviar todos los mensajes de la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="117"/>
        <source>Write the live protocol transcript to FILE, or - for stderr.</source>
        <translation>Escribir la transcripción del protocolo en directo en FILE, o - para stderr.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="119"/>
        <source>Print nothing on success.</source>
        <translation>No mostrar nada si todo va bien.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="130"/>
        <source>outbox send needs the IDs of messages, or --all (not both)</source>
        <translation>outbox send necesita los ID de los mensajes, o --all (no ambos)</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="154"/>
        <source>Message %1 has no account to send it from.</source>
        <translation>El mensaje %1 no tiene ninguna cuenta desde la que enviarlo.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="170"/>
        <source>Not sent: the account &quot;%1&quot; could not be used.</source>
        <translation>No enviado: no se ha podido usar la cuenta &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="171"/>
        <source>Check it with stamp account list, then send again.</source>
        <translation>Compruébela con stamp account list y vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="181"/>
        <source>being sent by another Stamp window or command; left to it.</source>
        <translation>lo está enviando otra ventana u otro comando de Stamp; se deja en sus manos.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="192"/>
        <source>kept in the outbox: %1</source>
        <translation>se conserva en la bandeja de salida: %1</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="214"/>
        <source>Nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="225"/>
        <source>List the messages sent: ID, date, outcome, recipients and subject.</source>
        <translation>Listar los mensajes enviados: ID, fecha, resultado, destinatarios y asunto.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="256"/>
        <source>The messages waiting to be sent: the window&apos;s outbox, with every failed message and the reason, retried on their own when the failure was temporary.</source>
        <translation>Los mensajes que esperan a enviarse: la bandeja de salida de la ventana, con cada mensaje fallido y el motivo, reintentados por sí solos cuando el fallo era temporal.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="270"/>
        <source>The messages sent, kept as they went out (the window&apos;s Sent folder).</source>
        <translation>Los mensajes enviados, guardados tal como salieron (la carpeta Enviados de la ventana).</translation>
    </message>
</context>
<context>
    <name>cli::PracticeCommand</name>
    <message>
        <location filename="../app/practicecommand.cpp" line="40"/>
        <source>Run a practice SMTP server on 127.0.0.1, to learn SMTP and try Stamp without an account. It offers STARTTLS (with a certificate it makes at first start), AUTH PLAIN and LOGIN with a demo login it shows, PIPELINING, CHUNKING, SIZE, 8BITMIME, SMTPUTF8 and DSN, keeps every message it receives in a folder it shows, and injects the faults asked for. Stop it with Ctrl+C.</source>
        <translation>Ejecutar un servidor SMTP de prácticas en 127.0.0.1, para aprender SMTP y probar Stamp sin cuenta. Ofrece STARTTLS (con un certificado que crea en el primer arranque), AUTH PLAIN y LOGIN con un usuario de demostración que muestra, PIPELINING, CHUNKING, SIZE, 8BITMIME, SMTPUTF8 y DSN, guarda cada mensaje que recibe en una carpeta que muestra e inyecta los fallos que se pidan. Deténgalo con Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="51"/>
        <source>Listen on port N of 127.0.0.1 (default 2525; 0 picks a free one and prints it).</source>
        <translation>Escuchar en el puerto N de 127.0.0.1 (predeterminado 2525; 0 elige uno libre y lo muestra).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="54"/>
        <source>Inject a fault, such as greylist, 452-after=2, 421-at=rcpt or slow=500ms (repeat for several; --list names them all).</source>
        <translation>Inyectar un fallo, como greylist, 452-after=2, 421-at=rcpt o slow=500ms (repetir para varios; --list los nombra todos).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="57"/>
        <source>List the faults with what each one teaches, and exit.</source>
        <translation>Listar los fallos con lo que enseña cada uno, y salir.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="72"/>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port necesita un número de 0 a 65535</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="85"/>
        <source>stamp: the practice server cannot start: %1</source>
        <translation>stamp: el servidor de prácticas no puede arrancar: %1</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="91"/>
        <source>Practice SMTP server listening on %1 (stop it with Ctrl+C).</source>
        <translation>Servidor SMTP de prácticas escuchando en %1 (deténgalo con Ctrl+C).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="92"/>
        <source>  Security: STARTTLS; its certificate is signed by the practice authority in %1 (give it to Stamp as --ca-file).</source>
        <translation>  Seguridad: STARTTLS; su certificado está firmado por la autoridad de prácticas en %1 (indíquela a Stamp como --ca-file).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="96"/>
        <source>  Login (after STARTTLS): user %1, password %2.</source>
        <translation>  Inicio de sesión (después de STARTTLS): usuario %1, contraseña %2.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="97"/>
        <source>  Messages are kept in %1.</source>
        <translation>  Los mensajes se guardan en %1.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="99"/>
        <source>  Faults: none (see stamp practice --list).</source>
        <translation>  Fallos: ninguno (consulte stamp practice --list).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="100"/>
        <source>  Faults: %1.</source>
        <translation>  Fallos: %1.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="102"/>
        <source>  Try: echo %1 | stamp send --server %2 --ca-file %3 --user %4 --password-stdin --from you@example.org --to friend@example.org --subject Hello --body Hi</source>
        <translation>  Pruebe: echo %1 | stamp send --server %2 --ca-file %3 --user %4 --password-stdin --from you@example.org --to friend@example.org --subject Hello --body Hi</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="109"/>
        <source>Received message %1 from %2 for %3 (%4 bytes): %5</source>
        <translation>Recibido el mensaje %1 de %2 para %3 (%4 bytes): %5</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="117"/>
        <source>stamp: %1</source>
        <translation>stamp: %1</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="120"/>
        <source>stamp: cannot set up the signal handler</source>
        <translation>stamp: no se puede configurar el manejador de señales</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="131"/>
        <source>Practice server stopped.</source>
        <translation>Servidor de prácticas detenido.</translation>
    </message>
</context>
<context>
    <name>cli::ProbeCommand</name>
    <message>
        <location filename="../app/probecommand.cpp" line="16"/>
        <source>Test an SMTP server without sending: the greeting, each EHLO extension and what it means, the TLS report (version, cipher, certificate chain with its dates and names, each check passed or not), the AUTH mechanisms, SIZE, and the time of each stage. With --user and --password-stdin the login is tried too. No MAIL command is sent.

Exit codes: as stamp send (0 the server works, 3 could not connect or protocol error, 4 TLS failure, 5 login failed, 6 and 7 a refusal, 10 timeout).</source>
        <translation>Probar un servidor SMTP sin enviar nada: el saludo, cada extensión EHLO y lo que significa, el informe TLS (versión, cifrado, cadena de certificados con sus fechas y nombres, y si se supera cada comprobación), los mecanismos AUTH, SIZE y el tiempo de cada etapa. Con --user y --password-stdin se prueba también el inicio de sesión. No se envía ninguna orden MAIL.

Códigos de salida: como stamp send (0 el servidor funciona, 3 no se pudo conectar o error de protocolo, 4 fallo de TLS, 5 inicio de sesión fallido, 6 y 7 un rechazo, 10 tiempo de espera agotado).</translation>
    </message>
    <message>
        <location filename="../app/probecommand.cpp" line="28"/>
        <source>Also write the protocol transcript to FILE, or - for stderr.</source>
        <translation>Escribir también la transcripción del protocolo en FILE, o - para stderr.</translation>
    </message>
    <message>
        <location filename="../app/probecommand.cpp" line="32"/>
        <source>Explain the transcript as stamp send --explain does: after each line, what it means in plain words. On stderr unless --transcript names a file.</source>
        <translation>Explicar la transcripción como hace stamp send --explain: tras cada línea, qué significa en palabras sencillas. En stderr, salvo que --transcript indique un archivo.</translation>
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
        <translation>Enviar un mensaje a través de un servidor de envío SMTP.

Códigos de salida: 0 enviado, 2 error de uso, 3 fallo de conexión o error de protocolo, 4 fallo de TLS, 5 autenticación fallida, 6 fallo temporal (4xx), 7 fallo permanente (5xx), 8 enviado en parte, 9 puede haberse entregado (conexión perdida tras el final del mensaje), 10 tiempo de espera agotado, 11 error local (archivo ilegible, mensaje incorrecto), 12 cancelado.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="91"/>
        <source>Sender address (header From and MAIL FROM).</source>
        <translation>Dirección del remitente (cabecera From y MAIL FROM).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="92"/>
        <source>Recipient (repeat for several).</source>
        <translation>Destinatario (repetir para varios).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="93"/>
        <source>Copy recipient (repeat for several).</source>
        <translation>Destinatario en copia (repetir para varios).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="94"/>
        <source>Blind copy recipient: in the envelope only, never in a header.</source>
        <translation>Destinatario en copia oculta: solo en el sobre, nunca en una cabecera.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="96"/>
        <source>Reply-To address.</source>
        <translation>Dirección de respuesta (Reply-To).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="97"/>
        <source>Subject.</source>
        <translation>Asunto.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="98"/>
        <source>Body text.</source>
        <translation>Texto del cuerpo.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="99"/>
        <source>Read the body text (UTF-8) from FILE.</source>
        <translation>Leer el texto del cuerpo (UTF-8) de FILE.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="101"/>
        <source>Read the body as Markdown (UTF-8) from FILE: sent as HTML with the Markdown as the plain text alternative; images beside FILE are sent inline.</source>
        <translation>Leer el cuerpo como Markdown (UTF-8) de FILE: se envía como HTML con el Markdown como alternativa de texto sin formato; las imágenes junto a FILE se envían incrustadas.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="104"/>
        <source>Attach FILE (repeat for several).</source>
        <translation>Adjuntar FILE (repetir para varios).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="105"/>
        <source>Priority: high, normal or low (Importance and X-Priority).</source>
        <translation>Prioridad: high, normal o low (Importance y X-Priority).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="107"/>
        <source>Ask for a read receipt to the sender (RFC 8098).</source>
        <translation>Solicitar un acuse de recibo para el remitente (RFC 8098).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="109"/>
        <source>Send a prepared RFC 5322 message as it is (repeat, or give a folder, to send several on one connection). The envelope comes from --from/--to/--cc/--bcc, or from the file&apos;s own From/To/Cc/Bcc when those are not given.</source>
        <translation>Enviar un mensaje RFC 5322 preparado tal cual (repetir, o indicar una carpeta, para enviar varios en una sola conexión). El sobre sale de --from/--to/--cc/--bcc, o de los propios From/To/Cc/Bcc del archivo cuando no se indican.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="113"/>
        <source>Write the live protocol transcript to FILE, or - for stderr.</source>
        <translation>Escribir la transcripción del protocolo en directo en FILE, o - para stderr.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="116"/>
        <source>Explain the transcript: after each line, what it means in plain words; then the TLS report and the time per stage. On stderr unless --transcript names a file.</source>
        <translation>Explicar la transcripción: después de cada línea, lo que significa en palabras sencillas; después, el informe TLS y el tiempo de cada etapa. En stderr, salvo que --transcript indique un archivo.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="119"/>
        <source>Ask for delivery status notifications: NEVER, or a list of SUCCESS, FAILURE and DELAY (RFC 3461).</source>
        <translation>Solicitar notificaciones del estado de entrega: NEVER, o una lista de SUCCESS, FAILURE y DELAY (RFC 3461).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="122"/>
        <source>What a notification returns: full or hdrs.</source>
        <translation>Qué devuelve una notificación: full o hdrs.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="124"/>
        <source>An envelope identifier that notifications quote back (printable ASCII, RFC 3461 §4.4).</source>
        <translation>Un identificador del sobre que las notificaciones citan (ASCII imprimible, RFC 3461 §4.4).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="126"/>
        <source>Print nothing on success.</source>
        <translation>No mostrar nada si todo va bien.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="128"/>
        <source>Use the server, sender and password (from the keychain) of this account (see stamp account). Other options override it. The message goes through the outbox and is kept in Sent, as in the window.</source>
        <translation>Usar el servidor, el remitente y la contraseña (del llavero) de esta cuenta (consulte stamp account). Las demás opciones tienen prioridad. El mensaje pasa por la bandeja de salida y se guarda en Enviados, como en la ventana.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="144"/>
        <source>--account: this build has no accounts (it was built without the store)</source>
        <translation>--account: esta compilación no tiene cuentas (se compiló sin el almacén)</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="146"/>
        <source>--account needs the name of an account (see stamp account list)</source>
        <translation>--account necesita el nombre de una cuenta (consulte stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="183"/>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="206"/>
        <source>--account: the account&apos;s sender address cannot be used: %1</source>
        <translation>--account: la dirección de remitente de la cuenta no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="213"/>
        <source>--eml sends a prepared message: it cannot be combined with --subject, --body, --body-file or --attach</source>
        <translation>--eml envía un mensaje preparado: no se puede combinar con --subject, --body, --body-file ni --attach</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="218"/>
        <source>--eml sends a prepared message: it cannot be combined with --markdown-file, --priority or --read-receipt</source>
        <translation>--eml envía un mensaje preparado: no se puede combinar con --markdown-file, --priority ni --read-receipt</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="232"/>
        <source>--eml: no message files found</source>
        <translation>--eml: no se han encontrado archivos de mensaje</translation>
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
        <translation>%1: sin remitente: indique --from</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="250"/>
        <source>%1: no recipient: give --to</source>
        <translation>%1: sin destinatario: indique --to</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="255"/>
        <source>--from is required</source>
        <translation>--from es obligatorio</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="257"/>
        <source>at least one --to, --cc or --bcc is required</source>
        <translation>se necesita al menos un --to, --cc o --bcc</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="259"/>
        <source>give --body or --body-file, not both</source>
        <translation>indique --body o --body-file, no ambos</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="265"/>
        <source>stamp: cannot read the body file %1: %2</source>
        <translation>stamp: no se puede leer el archivo del cuerpo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="273"/>
        <source>give --markdown-file or --body/--body-file, not both</source>
        <translation>indique --markdown-file o --body/--body-file, no ambos</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="275"/>
        <source>--markdown-file: this build cannot read Markdown (it was built without the window&apos;s libraries)</source>
        <translation>--markdown-file: esta compilación no puede leer Markdown (se compiló sin las bibliotecas de la ventana)</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="279"/>
        <source>stamp: cannot read the Markdown file %1: %2</source>
        <translation>stamp: no se puede leer el archivo Markdown %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="292"/>
        <source>--priority must be high, normal or low, not %1</source>
        <translation>--priority debe ser high, normal o low, no %1</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="340"/>
        <source>Message %1: %2</source>
        <translation>Mensaje %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sendcommand.cpp" line="352"/>
        <source>%1 of %n message(s) sent.</source>
        <translation>
            <numerusform>%1 de %n mensaje enviado.</numerusform>
            <numerusform>%1 de %n mensajes enviados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::sendpreview</name>
    <message>
        <location filename="../app/sendpreview.cpp" line="40"/>
        <source>Connect to nothing: print the envelope (each RCPT marked To, Cc or Bcc), the header section and MIME structure exactly as they would go out, and lint. Exit 0 when lint finds no problem, 14 when it does.</source>
        <translation>No conectarse a nada: mostrar el sobre (cada RCPT marcado como To, Cc o Bcc), la sección de cabeceras y la estructura MIME exactamente como saldrían, y revisarlos. Sale con 0 cuando la revisión no encuentra ningún problema y con 14 cuando sí.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="44"/>
        <source>With --dry-run: what the server&apos;s EHLO offers, e.g. 8BITMIME,SMTPUTF8,SIZE=10485760 (see stamp probe); otherwise unknown, and the message is built as for a server with 8BITMIME and SMTPUTF8.</source>
        <translation>Con --dry-run: lo que ofrece el EHLO del servidor, p. ej. 8BITMIME,SMTPUTF8,SIZE=10485760 (consulte stamp probe); si no, se desconoce, y el mensaje se construye como para un servidor con 8BITMIME y SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="48"/>
        <source>With --dry-run: also look up the From domain&apos;s SPF and DMARC records (DNS only; still no SMTP).</source>
        <translation>Con --dry-run: consultar también los registros SPF y DMARC del dominio de From (solo DNS; sigue sin usarse SMTP).</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="51"/>
        <source>Connect to nothing: write the message as swaks sends it to FILE and print the swaks command that sends it the same way (the password is never in it: swaks asks for it).</source>
        <translation>No conectarse a nada: escribir en FILE el mensaje tal como lo envía swaks y mostrar el comando swaks que lo envía de la misma forma (la contraseña nunca aparece en él: swaks la pide).</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="70"/>
        <source>--server-extensions needs --dry-run</source>
        <translation>--server-extensions necesita --dry-run</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="79"/>
        <source>--lint-dns needs --dry-run</source>
        <translation>--lint-dns necesita --dry-run</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="83"/>
        <source>--print-swaks needs the name of the file to write the message to</source>
        <translation>--print-swaks necesita el nombre del archivo en el que escribir el mensaje</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="85"/>
        <source>--print-swaks takes one message, not %1</source>
        <translation>--print-swaks admite un solo mensaje, no %1</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="92"/>
        <source>=== Message %1 of %2</source>
        <translation>=== Mensaje %1 de %2</translation>
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
        <translation>No se han consultado los registros SPF y DMARC del dominio de From: --dry-run no se conecta a nada. Añada --lint-dns para consultarlos (solo DNS), o ejecute stamp check-domain.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="111"/>
        <source>Lint:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="112"/>
        <source>  Nothing to change.</source>
        <translation>  Nada que cambiar.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="119"/>
        <source>Nothing was sent: no connection was made.</source>
        <translation>No se ha enviado nada: no se ha establecido ninguna conexión.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="134"/>
        <source>The message has 8-bit content, which swaks sends without declaring BODY=8BITMIME or SMTPUTF8.</source>
        <translation>El mensaje tiene contenido de 8 bits, que swaks envía sin declarar BODY=8BITMIME ni SMTPUTF8.</translation>
    </message>
</context>
<context>
    <name>practice::Certificates</name>
    <message>
        <location filename="../practice/certificate.cpp" line="164"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../practice/certificate.cpp" line="169"/>
        <source>cannot make the practice certificates in %1</source>
        <translation>no se pueden crear los certificados de prácticas en %1</translation>
    </message>
    <message>
        <location filename="../practice/certificate.cpp" line="173"/>
        <source>cannot read the practice certificates made in %1</source>
        <translation>no se pueden leer los certificados de prácticas creados en %1</translation>
    </message>
</context>
<context>
    <name>practice::Faults</name>
    <message>
        <location filename="../practice/faults.cpp" line="45"/>
        <source>Greylisting: the first time a client, sender and recipient are seen together, RCPT gets 451 4.7.1 (try again later); the next try is accepted. Teaches temporary failures and retrying.</source>
        <translation>Greylisting: la primera vez que se ven juntos un cliente, un remitente y un destinatario, RCPT recibe 451 4.7.1 (inténtelo más tarde); el siguiente intento se acepta. Enseña los fallos temporales y los reintentos.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="50"/>
        <source>452 4.5.3 (too many recipients) for every RCPT after the first N of a message. The client should send the rest in another transaction (RFC 5321 §4.5.3.1.10).</source>
        <translation>452 4.5.3 (demasiados destinatarios) para cada RCPT después de los N primeros de un mensaje. El cliente debería enviar el resto en otra transacción (RFC 5321 §4.5.3.1.10).</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="55"/>
        <source>552 5.3.4 (message too big) for a message larger than BYTES (1024 when not given), at MAIL when its SIZE= says so, else after the content.</source>
        <translation>552 5.3.4 (mensaje demasiado grande) para un mensaje de más de BYTES (1024 si no se indica), en MAIL cuando su SIZE= lo dice y, si no, después del contenido.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="60"/>
        <source>421 4.3.2 (service closing) and the connection closed at STAGE: greeting, ehlo, mail, rcpt, data or end (instead of the final reply). Nothing is delivered; trying later may work.</source>
        <translation>421 4.3.2 (servicio cerrándose) y la conexión cerrada en STAGE: greeting, ehlo, mail, rcpt, data o end (en lugar de la respuesta final). No se entrega nada; puede funcionar más tarde.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="64"/>
        <source>The whole message is received and kept, then the connection is closed with no reply: the client cannot know whether it was delivered.</source>
        <translation>Se recibe y se conserva el mensaje completo y después se cierra la conexión sin respuesta: el cliente no puede saber si se entregó.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="69"/>
        <source>STARTTLS with a self-signed certificate that no authority vouches for: a careful client refuses it.</source>
        <translation>STARTTLS con un certificado autofirmado que ninguna autoridad avala: un cliente cuidadoso lo rechaza.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="72"/>
        <source>STARTTLS with a certificate whose validity ended yesterday.</source>
        <translation>STARTTLS con un certificado cuya validez terminó ayer.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="75"/>
        <source>STARTTLS is not advertised and refused, as when something on the way removes it: a careful client does not go on in the clear.</source>
        <translation>STARTTLS no se anuncia y se rechaza, como cuando algo en el camino lo elimina: un cliente cuidadoso no continúa sin cifrar.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="79"/>
        <source>A slow server: every reply waits TIME (such as 500ms or 2s). Teaches timeouts.</source>
        <translation>Un servidor lento: cada respuesta espera TIME (como 500ms o 2s). Enseña los tiempos de espera.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="83"/>
        <source>Every login is refused with 535 5.7.8 (authentication credentials invalid), even with the right password.</source>
        <translation>Todos los inicios de sesión se rechazan con 535 5.7.8 (credenciales de autenticación no válidas), incluso con la contraseña correcta.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="86"/>
        <source>MAIL before a login gets 530 5.7.0 (authentication required), as on every submission server.</source>
        <translation>MAIL antes de iniciar sesión recibe 530 5.7.0 (autenticación obligatoria), como en todo servidor de envío.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="95"/>
        <source>Faults for stamp practice --fault NAME (repeat for several):</source>
        <translation>Fallos para stamp practice --fault NAME (repetir para varios):</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="112"/>
        <source>the fault %1 takes no value</source>
        <translation>el fallo %1 no admite ningún valor</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="136"/>
        <source>452-after needs a number of recipients from 0 to 1000, such as 452-after=2</source>
        <translation>452-after necesita un número de destinatarios de 0 a 1000, como 452-after=2</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="146"/>
        <source>552-over needs a size in bytes, such as 552-over=1024</source>
        <translation>552-over necesita un tamaño en bytes, como 552-over=1024</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="158"/>
        <source>421-at needs a stage: greeting, ehlo, mail, rcpt, data or end</source>
        <translation>421-at necesita una etapa: greeting, ehlo, mail, rcpt, data o end</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="164"/>
        <source>slow needs a time up to 600s, such as slow=500ms or slow=2s</source>
        <translation>slow necesita un tiempo de hasta 600s, como slow=500ms o slow=2s</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="170"/>
        <source>unknown fault &apos;%1&apos; (see stamp practice --list)</source>
        <translation>fallo desconocido &apos;%1&apos; (consulte stamp practice --list)</translation>
    </message>
</context>
<context>
    <name>practice::Inbox</name>
    <message>
        <location filename="../practice/inbox.cpp" line="20"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../practice/inbox.cpp" line="111"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>practice::Server</name>
    <message>
        <location filename="../practice/server.cpp" line="44"/>
        <source>this Qt has no TLS backend, so the practice server cannot offer STARTTLS</source>
        <translation>este Qt no tiene motor TLS, así que el servidor de prácticas no puede ofrecer STARTTLS</translation>
    </message>
    <message>
        <location filename="../practice/server.cpp" line="54"/>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>no se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <location filename="../smtp/lint.cpp" line="37"/>
        <source>The message has no From field, which every message must have (RFC 5322 §3.6).</source>
        <translation>El mensaje no tiene campo From, que todo mensaje debe tener (RFC 5322 §3.6).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="38"/>
        <source>Add a From field with the sender&apos;s address.</source>
        <translation>Añada un campo From con la dirección del remitente.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="41"/>
        <source>The message file has no Date field, which RFC 5322 §3.6 requires; some servers add one, others reject the message or count it as spam.</source>
        <translation>El archivo de mensaje no tiene campo Date, que exige RFC 5322 §3.6; algunos servidores añaden uno, otros rechazan el mensaje o lo consideran spam.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="43"/>
        <source>Add a Date field, for example &quot;Date: Wed, 02 Dec 2026 10:00:00 +0000&quot;.</source>
        <translation>Añada un campo Date, por ejemplo &quot;Date: Wed, 02 Dec 2026 10:00:00 +0000&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="46"/>
        <source>The message file has no Message-ID field; replies cannot refer to it, and spam filters count its absence against it.</source>
        <translation>El archivo de mensaje no tiene campo Message-ID; las respuestas no pueden hacer referencia a él y los filtros de spam cuentan su ausencia en su contra.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="48"/>
        <source>Add a Message-ID field, for example &quot;Message-ID: &lt;unique-text@your-domain&gt;&quot;.</source>
        <translation>Añada un campo Message-ID, por ejemplo &quot;Message-ID: &lt;texto-único@su-dominio&gt;&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="52"/>
        <source>The message contains NUL bytes, which SMTP cannot carry without BINARYMIME; Stamp will not send it.</source>
        <translation>El mensaje contiene bytes NUL, que SMTP no puede transportar sin BINARYMIME; Stamp no lo enviará.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="54"/>
        <source>Encode that part in base64.</source>
        <translation>Codifique esa parte en base64.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="67"/>
        <source>Encode that part in quoted-printable or base64, or break the lines.</source>
        <translation>Codifique esa parte en quoted-printable o base64, o divida las líneas.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="74"/>
        <source>The message has 8-bit content, but the server does not offer 8BITMIME (RFC 6152), so Stamp will not send it there.</source>
        <translation>El mensaje tiene contenido de 8 bits, pero el servidor no ofrece 8BITMIME (RFC 6152), así que Stamp no lo enviará allí.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="76"/>
        <source>Encode the 8-bit parts in quoted-printable or base64, or use a server that offers 8BITMIME.</source>
        <translation>Codifique las partes de 8 bits en quoted-printable o base64, o use un servidor que ofrezca 8BITMIME.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="82"/>
        <source>The message has 8-bit content: it needs a server that offers 8BITMIME (RFC 6152), as most do. Stamp will refuse to send it to one that does not.</source>
        <translation>El mensaje tiene contenido de 8 bits: necesita un servidor que ofrezca 8BITMIME (RFC 6152), como hacen la mayoría. Stamp se negará a enviarlo a uno que no lo ofrezca.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="89"/>
        <source>An address has non-ASCII characters before the @, which needs a server that offers SMTPUTF8 (RFC 6531).</source>
        <translation>Una dirección tiene caracteres no ASCII antes de la @, lo que necesita un servidor que ofrezca SMTPUTF8 (RFC 6531).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="91"/>
        <source>The header section holds raw UTF-8 (RFC 6532), which needs a server that offers SMTPUTF8 (RFC 6531).</source>
        <translation>La sección de cabeceras contiene UTF-8 sin codificar (RFC 6532), lo que necesita un servidor que ofrezca SMTPUTF8 (RFC 6531).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="96"/>
        <source>This server does not, so Stamp will not send it there.</source>
        <translation>Este servidor no lo ofrece, así que Stamp no lo enviará allí.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="97"/>
        <source>Use ASCII addresses and RFC 2047 encoded words in the headers, or a server that offers SMTPUTF8.</source>
        <translation>Use direcciones ASCII y palabras codificadas RFC 2047 en las cabeceras, o un servidor que ofrezca SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="101"/>
        <source>Many servers do not offer it.</source>
        <translation>Muchos servidores no lo ofrecen.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="102"/>
        <source>Check that your server offers SMTPUTF8 (stamp probe), or use ASCII addresses and RFC 2047 encoded words.</source>
        <translation>Compruebe que su servidor ofrece SMTPUTF8 (stamp probe), o use direcciones ASCII y palabras codificadas RFC 2047.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="113"/>
        <source>The attachment %1 alone takes %2 bytes in the message, over the %3 bytes the server accepts (SIZE, RFC 1870).</source>
        <translation>Solo el adjunto %1 ocupa %2 bytes en el mensaje, más de los %3 bytes que acepta el servidor (SIZE, RFC 1870).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="118"/>
        <source>Send %1 another way (a link to a shared file), or compress it.</source>
        <translation>Envíe %1 de otra forma (un enlace a un archivo compartido), o comprímalo.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="123"/>
        <source>The message is %1 bytes, but the server accepts at most %2 bytes (SIZE, RFC 1870), so Stamp will not send it there.</source>
        <translation>El mensaje ocupa %1 bytes, pero el servidor acepta como máximo %2 bytes (SIZE, RFC 1870), así que Stamp no lo enviará allí.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="127"/>
        <source>Make the attachments smaller, or share them another way.</source>
        <translation>Reduzca el tamaño de los adjuntos, o compártalos de otra forma.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="132"/>
        <source>A To or Cc field cannot be read as addresses, so the preview cannot tell who is Bcc: %1</source>
        <translation>Un campo To o Cc no se puede leer como direcciones, así que la vista previa no puede saber quién va en Cco: %1</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="135"/>
        <source>Correct the field.</source>
        <translation>Corrija el campo.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="140"/>
        <source>%1 is named in the header but is not a recipient of the envelope: no copy goes there.</source>
        <translation>%1 aparece en la cabecera pero no es destinatario del sobre: no se le envía ninguna copia.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="145"/>
        <source>The message has no subject; recipients and spam filters treat such mail with suspicion.</source>
        <translation>El mensaje no tiene asunto; los destinatarios y los filtros de spam tratan ese correo con desconfianza.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="147"/>
        <source>Add a subject.</source>
        <translation>Añada un asunto.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="172"/>
        <source>The TXT record of %1 could not be looked up (%2), so it was not checked.</source>
        <translation>No se ha podido consultar el registro TXT de %1 (%2), así que no se ha comprobado.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="173"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="183"/>
        <source>The From domain %1 publishes no SPF record: receivers cannot tell which servers may send its mail, and many file such mail as spam.</source>
        <translation>El dominio de From %1 no publica ningún registro SPF: los receptores no pueden saber qué servidores pueden enviar su correo, y muchos archivan ese correo como spam.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="186"/>
        <source>Publish a TXT record at %1 such as &quot;v=spf1 mx include:YOUR-PROVIDER -all&quot;; stamp check-domain %1 checks it in full.</source>
        <translation>Publique un registro TXT en %1 como &quot;v=spf1 mx include:SU-PROVEEDOR -all&quot;; stamp check-domain %1 lo comprueba por completo.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="201"/>
        <source>The From domain %1 publishes no DMARC record; large providers require one and may reject or file the message as spam.</source>
        <translation>El dominio de From %1 no publica ningún registro DMARC; los grandes proveedores exigen uno y pueden rechazar el mensaje o archivarlo como spam.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="204"/>
        <source>Publish a TXT record at _dmarc.%1: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot; to start with; stamp check-domain %1 checks it in full.</source>
        <translation>Publique un registro TXT en _dmarc.%1: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot; para empezar; stamp check-domain %1 lo comprueba por completo.</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="124"/>
        <source>Bcc (envelope only: in no header)</source>
        <translation>Cco (solo en el sobre: en ninguna cabecera)</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="468"/>
        <source>%1 on the wire, %2 decoded</source>
        <translation>%1 en la transmisión, %2 decodificados</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="481"/>
        <source>Envelope (what the server is told; recipients in no header are Bcc):</source>
        <translation>Sobre (lo que se comunica al servidor; los destinatarios que no figuran en ninguna cabecera van en Cco):</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="486"/>
        <source>(named in the header but sent no copy: %1)</source>
        <translation>(aparece en la cabecera pero no se le envía copia: %1)</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="490"/>
        <source>(the server&apos;s EHLO is not known: built as for a server offering 8BITMIME and SMTPUTF8; SIZE= is added when the server offers SIZE)</source>
        <translation>(no se conoce el EHLO del servidor: construido como para un servidor que ofrece 8BITMIME y SMTPUTF8; se añade SIZE= cuando el servidor ofrece SIZE)</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="493"/>
        <source>Header section, exactly as it goes out:</source>
        <translation>Sección de cabeceras, exactamente como sale:</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="495"/>
        <source>MIME structure:</source>
        <translation>Estructura MIME:</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="498"/>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
</context>
<context>
    <name>smtp::Address</name>
    <message>
        <location filename="../smtp/address.cpp" line="104"/>
        <source>The address %1 has a control character (U+%2) before the @, which cannot be written in MAIL FROM or RCPT TO.</source>
        <translation>La dirección %1 tiene un carácter de control (U+%2) antes de la @, que no se puede escribir en MAIL FROM ni en RCPT TO.</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="109"/>
        <source>The address %1 has non-ASCII characters before the @; it can only be sent with SMTPUTF8.</source>
        <translation>La dirección %1 tiene caracteres no ASCII antes de la @; solo se puede enviar con SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="115"/>
        <source>&quot;%1&quot; is not a complete e-mail address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo completa.</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="190"/>
        <location filename="../smtp/address.cpp" line="595"/>
        <source>&quot;%1&quot;: a &apos;,&apos; is missing between two addresses</source>
        <translation>&quot;%1&quot;: falta una &apos;,&apos; entre dos direcciones</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="253"/>
        <location filename="../smtp/address.cpp" line="638"/>
        <source>&quot;%1&quot; contains a line break or NUL character</source>
        <translation>&quot;%1&quot; contiene un salto de línea o un carácter NUL</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="284"/>
        <source>&quot;%1&quot;: a comment in parentheses is not closed</source>
        <translation>&quot;%1&quot;: un comentario entre paréntesis no está cerrado</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="305"/>
        <source>&quot;%1&quot;: a quoted part is not closed</source>
        <translation>&quot;%1&quot;: una parte entre comillas no está cerrada</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="313"/>
        <source>&quot;%1&quot;: the domain in brackets has a &apos;[&apos; or &apos;\&apos; in it</source>
        <translation>&quot;%1&quot;: el dominio entre corchetes contiene &apos;[&apos; o &apos;\&apos;</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="322"/>
        <source>&quot;%1&quot;: the domain in brackets is not closed</source>
        <translation>&quot;%1&quot;: el dominio entre corchetes no está cerrado</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="343"/>
        <source>&quot;%1&quot; has a character that is not allowed there: %2</source>
        <translation>&quot;%1&quot; tiene un carácter que no está permitido ahí: %2</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="472"/>
        <source>&quot;%1&quot;: the domain after &apos;@&apos; is missing or has a misplaced dot</source>
        <translation>&quot;%1&quot;: falta el dominio tras la &apos;@&apos; o tiene un punto mal colocado</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="475"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid domain</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; no es un dominio válido</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="487"/>
        <location filename="../smtp/address.cpp" line="497"/>
        <source>&quot;%1&quot;: the part before &apos;@&apos; is empty</source>
        <translation>&quot;%1&quot;: la parte antes de la &apos;@&apos; está vacía</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="491"/>
        <source>&quot;%1&quot; is not an e-mail address (it needs a name, &apos;@&apos; and a domain)</source>
        <translation>&quot;%1&quot; no es una dirección de correo (necesita un nombre, &apos;@&apos; y un dominio)</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="492"/>
        <source>&quot;%1&quot;: the part before &apos;@&apos; has characters that need quoting, or a misplaced dot</source>
        <translation>&quot;%1&quot;: la parte antes de la &apos;@&apos; tiene caracteres que deben ir entre comillas, o un punto mal colocado</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="499"/>
        <source>&quot;%1&quot;: the part before &apos;@&apos; is longer than 64 bytes</source>
        <translation>&quot;%1&quot;: la parte antes de la &apos;@&apos; ocupa más de 64 bytes</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="523"/>
        <location filename="../smtp/address.cpp" line="531"/>
        <source>&quot;%1&quot;: the route before the address is malformed</source>
        <translation>&quot;%1&quot;: la ruta antes de la dirección está mal formada</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="544"/>
        <source>&quot;%1&quot;: the address after &apos;&lt;&apos; has no closing &apos;&gt;&apos;</source>
        <translation>&quot;%1&quot;: la dirección tras &apos;&lt;&apos; no tiene &apos;&gt;&apos; de cierre</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="587"/>
        <source>&quot;%1&quot;: a group cannot hold another group</source>
        <translation>&quot;%1&quot;: un grupo no puede contener otro grupo</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="600"/>
        <source>&quot;%1&quot;: a &apos;:&apos; without a group name before it</source>
        <translation>&quot;%1&quot;: un &apos;:&apos; sin nombre de grupo delante</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="662"/>
        <source>the address is empty</source>
        <translation>la dirección está vacía</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="664"/>
        <source>&quot;%1&quot; holds more than one address</source>
        <translation>&quot;%1&quot; contiene más de una dirección</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="667"/>
        <source>&quot;%1&quot; is a group, not one address</source>
        <translation>&quot;%1&quot; es un grupo, no una sola dirección</translation>
    </message>
</context>
<context>
    <name>smtp::ConsoleSession</name>
    <message>
        <location filename="../smtp/consolesession.cpp" line="125"/>
        <location filename="../smtp/consolesession.cpp" line="165"/>
        <source>Not sent: %1.</source>
        <translation>No enviado: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="130"/>
        <source>Not sent: Stamp already logged in for this session with the account&apos;s secret, which is never typed or shown here; a second AUTH is refused by servers (RFC 4954 §4).</source>
        <translation>No enviado: Stamp ya inició sesión en esta sesión con el secreto de la cuenta, que nunca se escribe ni se muestra aquí; los servidores rechazan un segundo AUTH (RFC 4954 §4).</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="135"/>
        <source>Not sent: Stamp already set up the encryption this session uses (or the account has none); STARTTLS may be used only once (RFC 3207 §4.2).</source>
        <translation>No enviado: Stamp ya estableció el cifrado que usa esta sesión (o la cuenta no tiene ninguno); STARTTLS solo se puede usar una vez (RFC 3207 §4.2).</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="140"/>
        <source>Not sent: BDAT needs the exact size of each chunk in octets, which cannot be typed reliably by hand; use DATA, and Stamp ends the content with CRLF.CRLF.</source>
        <translation>No enviado: BDAT necesita el tamaño exacto de cada fragmento en octetos, que no se puede escribir a mano de forma fiable; use DATA, y Stamp termina el contenido con CRLF.CRLF.</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="145"/>
        <source>Not sent: the console offers %1.</source>
        <translation>No enviado: la consola ofrece %1.</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="181"/>
        <source>. (end of message, %1 bytes sent)</source>
        <translation>. (fin del mensaje, %1 bytes enviados)</translation>
    </message>
</context>
<context>
    <name>smtp::Diagnosis</name>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="54"/>
        <source>Google accepts a password for SMTP only as an app password, and this account has 2-step verification.</source>
        <translation>Google solo acepta una contraseña para SMTP si es una contraseña de aplicación, y esta cuenta tiene la verificación en dos pasos.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="58"/>
        <source>Sign in with Google instead, or create an app password in your Google Account (Security, App passwords) and use it in place of your normal password.</source>
        <translation>Inicie sesión con Google en su lugar, o cree una contraseña de aplicación en su cuenta de Google (Seguridad, Contraseñas de aplicaciones) y úsela en lugar de su contraseña normal.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="65"/>
        <source>Google blocked this sign-in until it is confirmed in a web browser.</source>
        <translation>Google ha bloqueado este inicio de sesión hasta que se confirme en un navegador web.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="67"/>
        <source>Sign in with Google instead; or log in to Gmail in a browser, confirm the sign-in, and try again.</source>
        <translation>Inicie sesión con Google en su lugar; o acceda a Gmail en un navegador, confirme el inicio de sesión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="71"/>
        <source>Google did not accept the user name or password.</source>
        <translation>Google no ha aceptado el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="72"/>
        <source>Sign in with Google instead; a password works only as an app password, with 2-step verification on.</source>
        <translation>Inicie sesión con Google en su lugar; una contraseña solo funciona como contraseña de aplicación, con la verificación en dos pasos activada.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="77"/>
        <source>Google refuses logins for a while after too many attempts.</source>
        <translation>Google rechaza los inicios de sesión durante un tiempo después de demasiados intentos.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="78"/>
        <source>Wait a few minutes; Stamp will try again later. Check the password before the next attempt.</source>
        <translation>Espere unos minutos; Stamp lo volverá a intentar más tarde. Compruebe la contraseña antes del siguiente intento.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="84"/>
        <source>SMTP AUTH (client submission) is turned off for this Microsoft 365 mailbox.</source>
        <translation>SMTP AUTH (envío desde clientes) está desactivado para este buzón de Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="86"/>
        <source>Sign in with Microsoft instead; or ask the administrator to enable Authenticated SMTP for this mailbox in the Microsoft 365 admin center.</source>
        <translation>Inicie sesión con Microsoft en su lugar; o pida al administrador que active SMTP autenticado para este buzón en el centro de administración de Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="93"/>
        <source>The organisation&apos;s security defaults block password logins for SMTP.</source>
        <translation>Los valores predeterminados de seguridad de la organización bloquean los inicios de sesión con contraseña para SMTP.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="95"/>
        <source>Sign in with Microsoft instead; passwords are refused while security defaults are on.</source>
        <translation>Inicie sesión con Microsoft en su lugar; las contraseñas se rechazan mientras los valores predeterminados de seguridad estén activados.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="100"/>
        <source>Microsoft no longer accepts a password (basic authentication) for SMTP.</source>
        <translation>Microsoft ya no acepta una contraseña (autenticación básica) para SMTP.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="102"/>
        <source>Sign in with Microsoft (OAuth 2.0) instead of a password.</source>
        <translation>Inicie sesión con Microsoft (OAuth 2.0) en lugar de usar una contraseña.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="104"/>
        <source>Microsoft did not accept the login: a wrong password, or password logins are off for this account.</source>
        <translation>Microsoft no ha aceptado el inicio de sesión: la contraseña es incorrecta o los inicios de sesión con contraseña están desactivados para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="106"/>
        <source>Sign in with Microsoft instead; if you must use a password, check it and ask the administrator whether Authenticated SMTP is enabled.</source>
        <translation>Inicie sesión con Microsoft en su lugar; si tiene que usar una contraseña, compruébela y pregunte al administrador si SMTP autenticado está activado.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="112"/>
        <source>Microsoft refused the password login by the organisation&apos;s policy.</source>
        <translation>Microsoft ha rechazado el inicio de sesión con contraseña por la directiva de la organización.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="114"/>
        <source>Sign in with Microsoft instead; or ask the administrator why password logins are blocked for this account.</source>
        <translation>Inicie sesión con Microsoft en su lugar; o pregunte al administrador por qué están bloqueados los inicios de sesión con contraseña para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="120"/>
        <source>Microsoft does not accept mail from a client that has not logged in.</source>
        <translation>Microsoft no acepta correo de un cliente que no ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="122"/>
        <source>Set the account to log in (Sign in with Microsoft, or user name and password) and send again.</source>
        <translation>Configure la cuenta para que inicie sesión (Iniciar sesión con Microsoft, o nombre de usuario y contraseña) y vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="127"/>
        <source>This account may not send with that From address.</source>
        <translation>Esta cuenta no puede enviar con esa dirección From.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="128"/>
        <source>Send from the account&apos;s own address, or ask the administrator for Send As permission.</source>
        <translation>Envíe desde la propia dirección de la cuenta, o pida al administrador el permiso Enviar como.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="135"/>
        <source>Nothing accepted the connection on port 25.</source>
        <translation>Nada ha aceptado la conexión en el puerto 25.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="136"/>
        <source>Port 25 is for servers talking to servers and is often blocked: use 587 (STARTTLS) or 465 (TLS) of your provider&apos;s submission server.</source>
        <translation>El puerto 25 es para la comunicación entre servidores y a menudo está bloqueado: use el 587 (STARTTLS) o el 465 (TLS) del servidor de envío de su proveedor.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="143"/>
        <source>The connection to port 25 timed out.</source>
        <translation>Se ha agotado el tiempo de la conexión al puerto 25.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="144"/>
        <source>Port 25 is often blocked by internet providers: use 587 (STARTTLS) or 465 (TLS) instead.</source>
        <translation>Los proveedores de internet bloquean a menudo el puerto 25: use en su lugar el 587 (STARTTLS) o el 465 (TLS).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="149"/>
        <source>The server refused the connection: nothing listens on that port.</source>
        <translation>El servidor ha rechazado la conexión: no hay nada escuchando en ese puerto.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="150"/>
        <source>Check the server name and port: usually 587 with STARTTLS or 465 with TLS (port 25 is often blocked).</source>
        <translation>Compruebe el nombre del servidor y el puerto: normalmente 587 con STARTTLS o 465 con TLS (el puerto 25 suele estar bloqueado).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="157"/>
        <source>The server name was not found in DNS.</source>
        <translation>No se ha encontrado el nombre del servidor en DNS.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="158"/>
        <source>Check the spelling of the server name, and that this computer is online.</source>
        <translation>Compruebe cómo está escrito el nombre del servidor y que este equipo está conectado.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="162"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no ha respondido a tiempo.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="163"/>
        <source>Check the server and port; a firewall may drop the connection. Port 25 is often blocked: use 587 or 465.</source>
        <translation>Compruebe el servidor y el puerto; puede que un cortafuegos descarte la conexión. El puerto 25 suele estar bloqueado: use el 587 o el 465.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="168"/>
        <source>The server stopped answering in the middle of the conversation.</source>
        <translation>El servidor ha dejado de responder en mitad de la conversación.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="169"/>
        <source>The server or the network may be overloaded; Stamp will try again later. If the message was complete, check whether it arrived before sending it again.</source>
        <translation>Puede que el servidor o la red estén sobrecargados; Stamp lo volverá a intentar más tarde. Si el mensaje estaba completo, compruebe si ha llegado antes de volver a enviarlo.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="176"/>
        <source>The network could not reach the server.</source>
        <translation>La red no ha podido llegar al servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="177"/>
        <source>Check that this computer is online; Stamp will try again later.</source>
        <translation>Compruebe que este equipo está conectado; Stamp lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="180"/>
        <source>The server closed the connection without a reply.</source>
        <translation>El servidor ha cerrado la conexión sin responder.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="181"/>
        <source>Often a wrong security setting: port 465 wants TLS from the start, port 587 wants STARTTLS.</source>
        <translation>A menudo es un ajuste de seguridad incorrecto: el puerto 465 requiere TLS desde el principio y el puerto 587 requiere STARTTLS.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="186"/>
        <source>The server did not answer TLS: the security setting does not fit the port.</source>
        <translation>El servidor no ha respondido a TLS: el ajuste de seguridad no corresponde al puerto.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="188"/>
        <source>Use TLS with port 465, STARTTLS with port 587.</source>
        <translation>Use TLS con el puerto 465 y STARTTLS con el puerto 587.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="192"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>El certificado del servidor ha caducado.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="193"/>
        <source>The server&apos;s administrator must renew it. Check the computer&apos;s date too.</source>
        <translation>El administrador del servidor debe renovarlo. Compruebe también la fecha del equipo.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="197"/>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>El certificado del servidor aún no es válido.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="198"/>
        <source>Check this computer&apos;s date and time; otherwise the administrator must fix the certificate.</source>
        <translation>Compruebe la fecha y la hora de este equipo; si son correctas, el administrador debe corregir el certificado.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="203"/>
        <source>The server&apos;s certificate chain ends in a root that is not trusted.</source>
        <translation>La cadena de certificados del servidor termina en una raíz que no es de confianza.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="205"/>
        <source>Add that root with --ca-file if it is your organisation&apos;s CA; otherwise do not send.</source>
        <translation>Añada esa raíz con --ca-file si es la CA de su organización; si no, no envíe.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="210"/>
        <source>The server&apos;s certificate is self-signed: nobody Stamp trusts vouches for it.</source>
        <translation>El certificado del servidor es autofirmado: nadie en quien Stamp confíe lo avala.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="212"/>
        <source>If this is your own server, give its certificate with --ca-file or trust it once for this account; otherwise do not send.</source>
        <translation>Si es su propio servidor, indique su certificado con --ca-file o confíe en él una vez para esta cuenta; si no, no envíe.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="218"/>
        <source>The certificate is made out to a name other than the server&apos;s.</source>
        <translation>El certificado está emitido a un nombre distinto del del servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="219"/>
        <source>Use the server name the certificate covers (shown in the certificate), usually the provider&apos;s documented name.</source>
        <translation>Use el nombre de servidor que cubre el certificado (aparece en el certificado), normalmente el nombre que documenta el proveedor.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="226"/>
        <source>The certificate&apos;s issuer is not known here: an intermediate certificate is missing or the CA is private.</source>
        <translation>Aquí no se conoce al emisor del certificado: falta un certificado intermedio o la CA es privada.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="230"/>
        <source>The administrator should send the full chain; for a private CA give it with --ca-file.</source>
        <translation>El administrador debería enviar la cadena completa; para una CA privada, indíquela con --ca-file.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="235"/>
        <source>The server&apos;s certificate is not trusted for this purpose.</source>
        <translation>El certificado del servidor no es de confianza para este uso.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="236"/>
        <source>Check the server name; for a private CA give it with --ca-file.</source>
        <translation>Compruebe el nombre del servidor; para una CA privada, indíquela con --ca-file.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="238"/>
        <source>The server&apos;s certificate was revoked by its issuer.</source>
        <translation>El emisor del certificado del servidor lo ha revocado.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="239"/>
        <source>Do not send; tell the server&apos;s administrator.</source>
        <translation>No envíe; avise al administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="242"/>
        <source>Do not send unless you know why: check the server name and this computer&apos;s clock; for a private CA give it with --ca-file.</source>
        <translation>No envíe salvo que sepa por qué: compruebe el nombre del servidor y el reloj de este equipo; para una CA privada, indíquela con --ca-file.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="249"/>
        <source>Check that this computer is online and the server name and port are right; Stamp will try again later.</source>
        <translation>Compruebe que este equipo está conectado y que el nombre del servidor y el puerto son correctos; Stamp lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="256"/>
        <source>The server did not offer STARTTLS, so the connection could not be encrypted.</source>
        <translation>El servidor no ha ofrecido STARTTLS, así que no se ha podido cifrar la conexión.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="258"/>
        <source>Use port 465 with TLS, or check the server; Stamp does not send a password or message unencrypted.</source>
        <translation>Use el puerto 465 con TLS, o compruebe el servidor; Stamp no envía una contraseña ni un mensaje sin cifrar.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="262"/>
        <source>The server offers only an old TLS version, which Stamp refuses.</source>
        <translation>El servidor solo ofrece una versión antigua de TLS, que Stamp rechaza.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="263"/>
        <source>The server must support TLS 1.2 or later; tell its administrator.</source>
        <translation>El servidor debe admitir TLS 1.2 o posterior; avise a su administrador.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="268"/>
        <source>The server wants the connection encrypted before anything else.</source>
        <translation>El servidor requiere que la conexión esté cifrada antes de cualquier otra cosa.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="269"/>
        <location filename="../smtp/diagnosis.cpp" line="272"/>
        <location filename="../smtp/diagnosis.cpp" line="275"/>
        <location filename="../smtp/diagnosis.cpp" line="278"/>
        <source>Choose STARTTLS (port 587) or TLS (port 465) as security.</source>
        <translation>Elija STARTTLS (puerto 587) o TLS (puerto 465) como seguridad.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="271"/>
        <location filename="../smtp/diagnosis.cpp" line="277"/>
        <source>This login method is allowed only over an encrypted connection.</source>
        <translation>Este método de inicio de sesión solo se permite en una conexión cifrada.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="274"/>
        <source>Encryption is needed before this login method can be used.</source>
        <translation>Se necesita cifrado antes de poder usar este método de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="280"/>
        <source>The account is disabled.</source>
        <translation>La cuenta está desactivada.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="281"/>
        <source>Ask the provider or administrator to enable it again.</source>
        <translation>Pida al proveedor o al administrador que la vuelva a activar.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="284"/>
        <source>The account is locked or suspended.</source>
        <translation>La cuenta está bloqueada o suspendida.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="285"/>
        <source>Unlock it on the provider&apos;s web site or ask the administrator; another password will not help.</source>
        <translation>Desbloquéela en el sitio web del proveedor o pregunte al administrador; otra contraseña no servirá de nada.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="289"/>
        <location filename="../smtp/diagnosis.cpp" line="297"/>
        <source>The server does not offer this login method.</source>
        <translation>El servidor no ofrece este método de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="290"/>
        <source>Set authentication to automatic, or pick one of the methods the server lists after AUTH in its EHLO reply.</source>
        <translation>Ponga la autenticación en automática, o elija uno de los métodos que el servidor indica después de AUTH en su respuesta a EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="298"/>
        <source>Set authentication to automatic, or pick one of the methods the server lists after AUTH.</source>
        <translation>Ponga la autenticación en automática, o elija uno de los métodos que el servidor indica después de AUTH.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="302"/>
        <source>The server finds this login method too weak for this account.</source>
        <translation>El servidor considera este método de inicio de sesión demasiado débil para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="303"/>
        <source>Pick a stronger method, such as SCRAM-SHA-256, or OAuth 2.0 where the provider has it.</source>
        <translation>Elija un método más seguro, como SCRAM-SHA-256, u OAuth 2.0 si el proveedor lo ofrece.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="307"/>
        <source>The server wants one login with a plain password before this method works.</source>
        <translation>El servidor requiere un inicio de sesión con una contraseña en claro antes de que este método funcione.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="309"/>
        <source>Log in once with PLAIN over TLS, then switch back.</source>
        <translation>Inicie sesión una vez con PLAIN sobre TLS y después vuelva a cambiar.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="311"/>
        <source>The server could not check the login just now.</source>
        <translation>El servidor no ha podido comprobar el inicio de sesión en este momento.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="312"/>
        <location filename="../smtp/diagnosis.cpp" line="389"/>
        <location filename="../smtp/diagnosis.cpp" line="491"/>
        <source>Nothing to change: Stamp will try again later.</source>
        <translation>Nada que cambiar: Stamp lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="314"/>
        <location filename="../smtp/diagnosis.cpp" line="319"/>
        <source>The server did not accept the user name or password.</source>
        <translation>El servidor no ha aceptado el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="315"/>
        <location filename="../smtp/diagnosis.cpp" line="320"/>
        <source>Check both; many providers want the whole address as user name, and some want an app password.</source>
        <translation>Compruebe ambos; muchos proveedores requieren la dirección completa como nombre de usuario, y algunos una contraseña de aplicación.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="324"/>
        <location filename="../smtp/diagnosis.cpp" line="340"/>
        <source>The server sends mail only for users who have logged in.</source>
        <translation>El servidor solo envía correo de usuarios que han iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="325"/>
        <location filename="../smtp/diagnosis.cpp" line="341"/>
        <source>Enter a user name and password (or sign in) for this account.</source>
        <translation>Introduzca un nombre de usuario y una contraseña (o inicie sesión) para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="330"/>
        <source>The server refused to pass the message on: it does not relay for clients that have not logged in.</source>
        <translation>El servidor se ha negado a reenviar el mensaje: no hace de relé para clientes que no han iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="333"/>
        <source>Log in (set a user name and password) and send through your own provider&apos;s submission server on 587 or 465.</source>
        <translation>Inicie sesión (indique un nombre de usuario y una contraseña) y envíe a través del servidor de envío de su propio proveedor en el 587 o el 465.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="346"/>
        <source>The server does not let this account send with that sender address.</source>
        <translation>El servidor no permite a esta cuenta enviar con esa dirección de remitente.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="348"/>
        <source>Send from the address that belongs to the account you log in with.</source>
        <translation>Envíe desde la dirección que pertenece a la cuenta con la que inicia sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="351"/>
        <source>The server asks unknown senders to come back later (greylisting): a normal first answer.</source>
        <translation>El servidor pide a los remitentes desconocidos que vuelvan más tarde (greylisting): una primera respuesta normal.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="354"/>
        <location filename="../smtp/diagnosis.cpp" line="495"/>
        <location filename="../smtp/diagnosis.cpp" line="501"/>
        <source>Nothing to change: the message stays in the outbox and Stamp will try again later.</source>
        <translation>Nada que cambiar: el mensaje se queda en la bandeja de salida y Stamp lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="358"/>
        <source>The server limits how much you may send in a while.</source>
        <translation>El servidor limita cuánto puede enviar en un periodo de tiempo.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="359"/>
        <source>Wait: the message stays in the outbox and Stamp will try again later; send fewer at a time.</source>
        <translation>Espere: el mensaje se queda en la bandeja de salida y Stamp lo volverá a intentar más tarde; envíe menos a la vez.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="363"/>
        <source>The server thinks it is being flooded with similar messages.</source>
        <translation>El servidor cree que está recibiendo una avalancha de mensajes parecidos.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="364"/>
        <source>Wait before sending more: Stamp will try again later.</source>
        <translation>Espere antes de enviar más: Stamp lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="367"/>
        <location filename="../smtp/diagnosis.cpp" line="371"/>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>El buzón del destinatario está lleno.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="368"/>
        <location filename="../smtp/diagnosis.cpp" line="372"/>
        <source>Tell the recipient another way, or try again after they make room.</source>
        <translation>Avise al destinatario por otra vía, o inténtelo de nuevo cuando haya liberado espacio.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="375"/>
        <location filename="../smtp/diagnosis.cpp" line="383"/>
        <source>The message is larger than the server accepts.</source>
        <translation>El mensaje es más grande de lo que acepta el servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="376"/>
        <location filename="../smtp/diagnosis.cpp" line="384"/>
        <source>Send smaller attachments (or a link to them); the server&apos;s SIZE in its EHLO reply is its limit.</source>
        <translation>Envíe adjuntos más pequeños (o un enlace a ellos); el SIZE del servidor en su respuesta a EHLO es su límite.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="380"/>
        <source>The message is larger than the recipient&apos;s mailbox accepts.</source>
        <translation>El mensaje es más grande de lo que acepta el buzón del destinatario.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="381"/>
        <source>Send smaller attachments, or a link to them.</source>
        <translation>Envíe adjuntos más pequeños, o un enlace a ellos.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="388"/>
        <source>The server is short of storage right now.</source>
        <translation>El servidor se ha quedado sin espacio de almacenamiento por ahora.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="391"/>
        <source>The message has more recipients than the server takes at once.</source>
        <translation>El mensaje tiene más destinatarios de los que el servidor admite a la vez.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="392"/>
        <source>Send it in smaller groups of recipients.</source>
        <translation>Envíelo en grupos de destinatarios más pequeños.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="397"/>
        <location filename="../smtp/diagnosis.cpp" line="400"/>
        <source>The recipient&apos;s address does not exist.</source>
        <translation>La dirección del destinatario no existe.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="398"/>
        <location filename="../smtp/diagnosis.cpp" line="401"/>
        <source>Check the spelling of the address with the recipient.</source>
        <translation>Compruebe con el destinatario cómo se escribe la dirección.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="403"/>
        <source>The sender address&apos;s domain does not exist or cannot receive replies.</source>
        <translation>El dominio de la dirección del remitente no existe o no puede recibir respuestas.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="405"/>
        <source>Check the From address: its domain must exist in DNS and accept mail.</source>
        <translation>Compruebe la dirección From: su dominio debe existir en DNS y aceptar correo.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="408"/>
        <source>The recipient&apos;s domain publishes that it takes no mail at all (null MX).</source>
        <translation>El dominio del destinatario publica que no acepta ningún correo (MX nulo).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="410"/>
        <source>Check the domain of the address; that domain cannot receive mail.</source>
        <translation>Compruebe el dominio de la dirección; ese dominio no puede recibir correo.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="413"/>
        <source>An address has non-ASCII characters and the server does not support SMTPUTF8.</source>
        <translation>Una dirección tiene caracteres no ASCII y el servidor no admite SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="415"/>
        <source>Use an ASCII form of the address, if the recipient has one.</source>
        <translation>Use una forma ASCII de la dirección, si el destinatario tiene una.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="421"/>
        <source>The receiving server refused the sending server&apos;s IP address because it is on the %1 blocklist.</source>
        <translation>El servidor receptor ha rechazado la dirección IP del servidor emisor porque está en la lista de bloqueo %1.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="424"/>
        <source>Look the address up on %1&apos;s web site and ask for removal; or send through your provider&apos;s submission server (587 or 465) rather than from this network directly.</source>
        <translation>Busque la dirección en el sitio web de %1 y solicite su eliminación; o envíe a través del servidor de envío de su proveedor (587 o 465) en lugar de hacerlo directamente desde esta red.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="430"/>
        <source>The receiving server refused the sending server&apos;s IP address because it is on a blocklist the reply names.</source>
        <translation>El servidor receptor ha rechazado la dirección IP del servidor emisor porque está en una lista de bloqueo que nombra la respuesta.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="433"/>
        <source>Look the address up on that list&apos;s web site and ask for removal; or send through your provider&apos;s submission server (587 or 465) rather than from this network directly.</source>
        <translation>Busque la dirección en el sitio web de esa lista y solicite su eliminación; o envíe a través del servidor de envío de su proveedor (587 o 465) en lugar de hacerlo directamente desde esta red.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="438"/>
        <source>The message failed the sender domain&apos;s DMARC policy: SPF or DKIM did not pass for the From domain.</source>
        <translation>El mensaje no ha superado la política DMARC del dominio del remitente: SPF o DKIM no han pasado para el dominio de From.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="440"/>
        <source>The From domain must publish SPF that lists the sending server and sign with DKIM; send through that domain&apos;s own server.</source>
        <translation>El dominio de From debe publicar un SPF que incluya el servidor emisor y firmar con DKIM; envíe a través del propio servidor de ese dominio.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="444"/>
        <source>The message failed the receiver&apos;s authentication checks (SPF, DKIM, DMARC).</source>
        <translation>El mensaje no ha superado las comprobaciones de autenticación del receptor (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="446"/>
        <source>Send through the From domain&apos;s own server, which passes SPF and signs with DKIM.</source>
        <translation>Envíe a través del propio servidor del dominio de From, que supera SPF y firma con DKIM.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="449"/>
        <location filename="../smtp/diagnosis.cpp" line="454"/>
        <source>The message has no valid DKIM signature for its domain.</source>
        <translation>El mensaje no tiene ninguna firma DKIM válida para su dominio.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="450"/>
        <location filename="../smtp/diagnosis.cpp" line="455"/>
        <source>Send through the From domain&apos;s own server, which signs with DKIM, or set DKIM up for the domain.</source>
        <translation>Envíe a través del propio servidor del dominio de From, que firma con DKIM, o configure DKIM para el dominio.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="459"/>
        <location filename="../smtp/diagnosis.cpp" line="465"/>
        <source>The sender&apos;s domain does not list this sending server in its SPF record.</source>
        <translation>El dominio del remitente no incluye este servidor emisor en su registro SPF.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="461"/>
        <location filename="../smtp/diagnosis.cpp" line="467"/>
        <source>Send through the sender domain&apos;s own server, or add this server to the domain&apos;s SPF record.</source>
        <translation>Envíe a través del propio servidor del dominio del remitente, o añada este servidor al registro SPF del dominio.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="472"/>
        <source>The sending server&apos;s IP address has no matching reverse DNS name.</source>
        <translation>La dirección IP del servidor emisor no tiene un nombre de DNS inverso que coincida.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="474"/>
        <source>Send through your provider&apos;s submission server; a server&apos;s own PTR record is set by whoever owns its address.</source>
        <translation>Envíe a través del servidor de envío de su proveedor; el registro PTR de un servidor lo configura el propietario de su dirección.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="479"/>
        <source>The receiving server judged the message to be spam.</source>
        <translation>El servidor receptor ha considerado que el mensaje es spam.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="480"/>
        <source>Check the content (links, attachments, subject), and send through your provider&apos;s server with SPF, DKIM and DMARC in place.</source>
        <translation>Revise el contenido (enlaces, adjuntos, asunto) y envíe a través del servidor de su proveedor con SPF, DKIM y DMARC configurados.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="486"/>
        <source>The receiving server refused the message by its policy.</source>
        <translation>El servidor receptor ha rechazado el mensaje por su política.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="487"/>
        <source>Read the server&apos;s text for the reason; its administrator can tell more.</source>
        <translation>Lea el texto del servidor para conocer el motivo; su administrador puede darle más detalles.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="490"/>
        <source>The server is closing the connection (busy, or going down).</source>
        <translation>El servidor está cerrando la conexión (ocupado o apagándose).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="493"/>
        <source>The server had a problem of its own and could not take the message now.</source>
        <translation>El servidor ha tenido un problema propio y no ha podido aceptar el mensaje ahora.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="499"/>
        <source>The server could not take it now, for a reason it expects to pass.</source>
        <translation>El servidor no ha podido aceptarlo ahora, por un motivo que espera que pase.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="657"/>
        <source>Sign in with Google instead. %1</source>
        <translation>Inicie sesión con Google en su lugar. %1</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="659"/>
        <source>Sign in with Microsoft instead. %1</source>
        <translation>Inicie sesión con Microsoft en su lugar. %1</translation>
    </message>
</context>
<context>
    <name>smtp::DnsResolver</name>
    <message>
        <location filename="../smtp/dnsresolver.cpp" line="60"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
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
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="547"/>
        <source>the server answered with a redirect (HTTP %1), which MTA-STS does not follow</source>
        <translation>el servidor respondió con una redirección (HTTP %1), que MTA-STS no sigue</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="553"/>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="555"/>
        <source>the file is larger than 64 KiB</source>
        <translation>el archivo ocupa más de 64 KiB</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="557"/>
        <source>the file is served as &quot;%1&quot;, not text/plain</source>
        <translation>el archivo se sirve como &quot;%1&quot;, no como text/plain</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="610"/>
        <source>A lookup got no answer: %1</source>
        <translation>Una consulta no obtuvo respuesta: %1</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="611"/>
        <source>Try again; if it persists, the domain&apos;s DNS servers are not answering.</source>
        <translation>Inténtelo de nuevo; si persiste, los servidores DNS del dominio no están respondiendo.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="627"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>smtp::Explain</name>
    <message>
        <location filename="../smtp/explain.cpp" line="63"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="65"/>
        <source>the greeting</source>
        <translation>el saludo</translation>
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
        <translation>la negociación TLS</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="74"/>
        <source>the login (AUTH)</source>
        <translation>el inicio de sesión (AUTH)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="76"/>
        <source>the envelope sender (MAIL FROM)</source>
        <translation>el remitente del sobre (MAIL FROM)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="78"/>
        <source>a recipient (RCPT TO)</source>
        <translation>un destinatario (RCPT TO)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="80"/>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="82"/>
        <source>the message content</source>
        <translation>el contenido del mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="84"/>
        <source>a BDAT chunk</source>
        <translation>un fragmento BDAT</translation>
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
        <translation>EHLO de nuevo: después de STARTTLS ambas partes olvidan todo lo dicho antes de la negociación (RFC 3207 §4.2), así que Stamp vuelve a pedir las extensiones; con cifrado el servidor puede ofrecer más, como AUTH.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="106"/>
        <source>EHLO: Stamp says its name and asks which extensions (ESMTP) the server offers; the reply lists them, one per line (RFC 5321 §4.1.1.1).</source>
        <translation>EHLO: Stamp dice su nombre y pregunta qué extensiones (ESMTP) ofrece el servidor; la respuesta las enumera, una por línea (RFC 5321 §4.1.1.1).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="111"/>
        <source>HELO: the old greeting for servers that do not know EHLO; it offers no extensions.</source>
        <translation>HELO: el saludo antiguo para servidores que no conocen EHLO; no ofrece extensiones.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="115"/>
        <source>STARTTLS: asks to turn this connection into an encrypted one (TLS) before anything private, such as a password, is sent (RFC 3207).</source>
        <translation>STARTTLS: pide convertir esta conexión en una cifrada (TLS) antes de enviar nada privado, como una contraseña (RFC 3207).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="121"/>
        <source>AUTH %1: Stamp logs in with the %1 method (RFC 4954). The secret is masked in this log.</source>
        <translation>AUTH %1: Stamp inicia sesión con el método %1 (RFC 4954). El secreto se oculta en este registro.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="125"/>
        <source>The next step of the login, answering the server&apos;s 334 (masked).</source>
        <translation>El siguiente paso del inicio de sesión, en respuesta al 334 del servidor (oculto).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="128"/>
        <source>MAIL FROM starts a message and gives the envelope sender: where bounces go. Servers act on the envelope; the From: header inside the message is what people see, and the two may differ (RFC 5321 §3.3).</source>
        <translation>MAIL FROM inicia un mensaje e indica el remitente del sobre: adonde van los rebotes. Los servidores actúan según el sobre; la cabecera From: del mensaje es lo que ve la gente, y ambos pueden ser distintos (RFC 5321 §3.3).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="134"/>
        <source>RCPT TO names one envelope recipient. Every recipient gets its own RCPT, Bcc included: the To: and Cc: headers are only what readers see, so a Bcc recipient appears here and nowhere in the message.</source>
        <translation>RCPT TO nombra un destinatario del sobre. Cada destinatario recibe su propio RCPT, incluidos los de Cco: las cabeceras To: y Cc: son solo lo que ven los lectores, así que un destinatario en Cco aparece aquí y en ningún lugar del mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="140"/>
        <source>DATA asks to send the message itself. The server answers 354 (go ahead), not 250: nothing is accepted yet, the verdict on the message comes after its final dot.</source>
        <translation>DATA pide enviar el propio mensaje. El servidor responde 354 (adelante), no 250: todavía no se ha aceptado nada; el veredicto sobre el mensaje llega tras su punto final.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="146"/>
        <source>BDAT ... LAST: the message content as a chunk of exact size (CHUNKING, RFC 3030) instead of DATA and a final dot: no 354 step, no dot-stuffing. Its reply decides whether the message is accepted.</source>
        <translation>BDAT ... LAST: el contenido del mensaje como un fragmento de tamaño exacto (CHUNKING, RFC 3030) en lugar de DATA y un punto final: sin paso 354 ni duplicación de puntos. Su respuesta decide si se acepta el mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="151"/>
        <source>The end of the message: a line holding only a dot (CRLF.CRLF). The reply to it decides whether the server accepted the message.</source>
        <translation>El final del mensaje: una línea que solo contiene un punto (CRLF.CRLF). La respuesta decide si el servidor ha aceptado el mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="156"/>
        <source>BDAT: one chunk of the message content (CHUNKING, RFC 3030); more follow.</source>
        <translation>BDAT: un fragmento del contenido del mensaje (CHUNKING, RFC 3030); siguen más.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="159"/>
        <source>RSET abandons the message in progress so the next one starts clean; the connection stays.</source>
        <translation>RSET abandona el mensaje en curso para que el siguiente empiece limpio; la conexión se mantiene.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="163"/>
        <source>NOOP does nothing; it checks that the server is still there.</source>
        <translation>NOOP no hace nada; comprueba que el servidor sigue ahí.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="166"/>
        <source>QUIT ends the conversation; the server answers 221 and closes. Messages it already accepted are not affected.</source>
        <translation>QUIT termina la conversación; el servidor responde 221 y cierra. Los mensajes que ya aceptó no se ven afectados.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="175"/>
        <source>VRFY asks whether the server knows a mailbox.</source>
        <translation>VRFY pregunta si el servidor conoce un buzón.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="177"/>
        <source>EXPN asks the server to list a mailing list&apos;s members.</source>
        <translation>EXPN pide al servidor que enumere los miembros de una lista de correo.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="180"/>
        <source>HELP asks the server for help text.</source>
        <translation>HELP pide al servidor un texto de ayuda.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="182"/>
        <source>A lone * cancels the login exchange (RFC 4954 §4).</source>
        <translation>Un * solo cancela el intercambio de inicio de sesión (RFC 4954 §4).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="191"/>
        <source>The server is closing the connection: nothing more is sent now; try again later.</source>
        <translation>El servidor está cerrando la conexión: ahora no se envía nada más; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="197"/>
        <source>Stamp greets it with EHLO next.</source>
        <translation>A continuación Stamp lo saluda con EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="198"/>
        <source>The server does not take mail from Stamp now; nothing was sent.</source>
        <translation>El servidor no acepta correo de Stamp ahora; no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="202"/>
        <source>Stamp reads the extensions and goes on with STARTTLS and AUTH as needed, then ends with QUIT: a probe sends no message.</source>
        <translation>Stamp lee las extensiones y continúa con STARTTLS y AUTH según sea necesario, y termina con QUIT: una prueba no envía ningún mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="207"/>
        <source>Stamp reads the extensions and sets up the session with STARTTLS and AUTH as needed; then the next command is yours to type.</source>
        <translation>Stamp lee las extensiones y establece la sesión con STARTTLS y AUTH según sea necesario; después, el siguiente comando lo escribe usted.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="212"/>
        <source>Stamp reads the extensions and goes on: STARTTLS, AUTH or MAIL, as needed.</source>
        <translation>Stamp lee las extensiones y continúa: STARTTLS, AUTH o MAIL, según haga falta.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="215"/>
        <source>Stamp falls back to HELO if nothing needs an extension, or stops.</source>
        <translation>Stamp recurre a HELO si nada necesita una extensión, o se detiene.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="221"/>
        <source>Stamp starts the TLS handshake now.</source>
        <translation>Stamp inicia ahora la negociación TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="222"/>
        <source>Stamp stops: it never goes on without encryption when STARTTLS is required.</source>
        <translation>Stamp se detiene: nunca continúa sin cifrado cuando se exige STARTTLS.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="226"/>
        <source>Stamp sends the next step of the login.</source>
        <translation>Stamp envía el siguiente paso del inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="228"/>
        <source>Logged in: the login works; the probe ends with QUIT and sends no MAIL.</source>
        <translation>Sesión iniciada: el inicio de sesión funciona; la prueba termina con QUIT y no envía MAIL.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="231"/>
        <source>Logged in: the session is set up; the next command is yours to type (MAIL FROM starts a message).</source>
        <translation>Sesión iniciada: la sesión está establecida; el siguiente comando lo escribe usted (MAIL FROM inicia un mensaje).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="236"/>
        <source>Logged in: Stamp starts the message with MAIL FROM.</source>
        <translation>Sesión iniciada: Stamp empieza el mensaje con MAIL FROM.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="239"/>
        <source>The login failed for now; nothing was sent, try again later.</source>
        <translation>El inicio de sesión ha fallado por ahora; no se ha enviado nada, inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="241"/>
        <source>The login was refused: Stamp stops; nothing was sent.</source>
        <translation>El inicio de sesión ha sido rechazado: Stamp se detiene; no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="245"/>
        <source>Stamp names the recipients next (RCPT TO).</source>
        <translation>A continuación Stamp nombra a los destinatarios (RCPT TO).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="247"/>
        <location filename="../smtp/explain.cpp" line="276"/>
        <source>Not sent yet: the message stays in the outbox and Stamp will try again later.</source>
        <translation>Aún no enviado: el mensaje se queda en la bandeja de salida y Stamp lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="250"/>
        <source>The sender was refused: the message is not sent.</source>
        <translation>El remitente ha sido rechazado: el mensaje no se envía.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="254"/>
        <source>This recipient is accepted; Stamp goes on with the next one or with the content.</source>
        <translation>Este destinatario se acepta; Stamp sigue con el siguiente o con el contenido.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="258"/>
        <source>This recipient is not accepted yet: Stamp will try again later.</source>
        <translation>Este destinatario aún no se acepta: Stamp lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="260"/>
        <source>This recipient is refused; the message still goes to the recipients that were accepted.</source>
        <translation>Este destinatario se rechaza; el mensaje sigue yendo a los destinatarios aceptados.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="265"/>
        <source>Go ahead: Stamp sends the message now and ends it with a line holding only a dot. It is 354 and not 250 because nothing is accepted yet: the verdict on the message comes after the dot.</source>
        <translation>Adelante: Stamp envía ahora el mensaje y lo termina con una línea que solo contiene un punto. Es 354 y no 250 porque todavía no se ha aceptado nada: el veredicto sobre el mensaje llega tras el punto.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="273"/>
        <source>Sent: the server has taken responsibility for delivering the message.</source>
        <translation>Enviado: el servidor ha asumido la responsabilidad de entregar el mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="279"/>
        <source>The message was refused: it stays in the outbox with this reason; sending the same again will fail again.</source>
        <translation>El mensaje ha sido rechazado: se queda en la bandeja de salida con este motivo; volver a enviar lo mismo fallará de nuevo.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="285"/>
        <source>Stamp sends the next chunk.</source>
        <translation>Stamp envía el siguiente fragmento.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="289"/>
        <source>The next message starts clean.</source>
        <translation>El siguiente mensaje empieza limpio.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="292"/>
        <source>The conversation is over.</source>
        <translation>La conversación ha terminado.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="299"/>
        <source>Not done yet: this may work later.</source>
        <translation>Aún no hecho: puede funcionar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="301"/>
        <source>Refused: Stamp stops here.</source>
        <translation>Rechazado: Stamp se detiene aquí.</translation>
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
        <translation>. Siguiente: %1</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="335"/>
        <source>PIPELINING: Stamp may send several commands at once without waiting for each reply (RFC 2920).</source>
        <translation>PIPELINING: Stamp puede enviar varias órdenes a la vez sin esperar cada respuesta (RFC 2920).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="337"/>
        <source>SIZE: the largest message the server accepts, in bytes (RFC 1870).</source>
        <translation>SIZE: el mensaje más grande que acepta el servidor, en bytes (RFC 1870).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="339"/>
        <source>STARTTLS: the connection can be switched to encryption (RFC 3207).</source>
        <translation>STARTTLS: la conexión se puede pasar a cifrado (RFC 3207).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="341"/>
        <source>AUTH: the login methods the server offers (RFC 4954).</source>
        <translation>AUTH: los métodos de inicio de sesión que ofrece el servidor (RFC 4954).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="343"/>
        <source>8BITMIME: the content may use 8-bit text (RFC 6152).</source>
        <translation>8BITMIME: el contenido puede usar texto de 8 bits (RFC 6152).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="345"/>
        <source>SMTPUTF8: addresses and headers may use UTF-8 (RFC 6531).</source>
        <translation>SMTPUTF8: las direcciones y cabeceras pueden usar UTF-8 (RFC 6531).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="346"/>
        <source>CHUNKING: the content may be sent with BDAT in chunks of exact size (RFC 3030).</source>
        <translation>CHUNKING: el contenido se puede enviar con BDAT en fragmentos de tamaño exacto (RFC 3030).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="350"/>
        <source>BINARYMIME: binary content may be sent with BDAT (RFC 3030).</source>
        <translation>BINARYMIME: se puede enviar contenido binario con BDAT (RFC 3030).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="351"/>
        <source>DSN: Stamp may ask for delivery status notifications (RFC 3461).</source>
        <translation>DSN: Stamp puede solicitar notificaciones del estado de entrega (RFC 3461).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="354"/>
        <source>ENHANCEDSTATUSCODES: replies carry a detailed code such as 5.1.1 (RFC 2034, RFC 3463).</source>
        <translation>ENHANCEDSTATUSCODES: las respuestas llevan un código detallado como 5.1.1 (RFC 2034, RFC 3463).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="358"/>
        <source>REQUIRETLS: a message may demand encryption on every hop (RFC 8689).</source>
        <translation>REQUIRETLS: un mensaje puede exigir cifrado en cada salto (RFC 8689).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="361"/>
        <source>DELIVERBY: a message may ask to be delivered within a time (RFC 2852).</source>
        <translation>DELIVERBY: un mensaje puede pedir que se entregue en un plazo (RFC 2852).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="364"/>
        <source>MT-PRIORITY: messages may carry a priority (RFC 6710).</source>
        <translation>MT-PRIORITY: los mensajes pueden llevar una prioridad (RFC 6710).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="366"/>
        <source>LIMITS: the server&apos;s limits, such as recipients per message (RFC 9422).</source>
        <translation>LIMITS: los límites del servidor, como destinatarios por mensaje (RFC 9422).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="368"/>
        <source>BURL: the content may be fetched from an IMAP server (RFC 4468).</source>
        <translation>BURL: el contenido se puede obtener de un servidor IMAP (RFC 4468).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="370"/>
        <source>VRFY: the server answers questions about mailboxes.</source>
        <translation>VRFY: el servidor responde preguntas sobre buzones.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="371"/>
        <source>ETRN: a client may ask the server to flush its queue (RFC 1985).</source>
        <translation>ETRN: un cliente puede pedir al servidor que vacíe su cola (RFC 1985).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="373"/>
        <source>HELP: the server answers HELP.</source>
        <translation>HELP: el servidor responde a HELP.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="468"/>
        <source>An extension the server offers.</source>
        <translation>Una extensión que ofrece el servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="471"/>
        <source>More text of the same reply.</source>
        <translation>Más texto de la misma respuesta.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="476"/>
        <source>Every recipient was refused before, so this refusal only says that again (RFC 2920 §3.1). The recipients&apos; replies decide, and one of them was temporary: Stamp tries again later.</source>
        <translation>Todos los destinatarios se rechazaron antes, así que este rechazo solo lo repite (RFC 2920 §3.1). Deciden las respuestas a los destinatarios, y una de ellas era temporal: Stamp lo intentará más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="481"/>
        <source>Every recipient was refused before, so this refusal only says that again (RFC 2920 §3.1). The recipients&apos; replies decide: read them above.</source>
        <translation>Todos los destinatarios se rechazaron antes, así que este rechazo solo lo repite (RFC 2920 §3.1). Deciden las respuestas a los destinatarios: léalas más arriba.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="497"/>
        <source>. %1 Fix: %2</source>
        <translation>. %1 Solución: %2</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="502"/>
        <source>The message as it goes out: its header section (From, To, Subject: what readers see) and the size of the whole. Delivery follows the envelope (MAIL FROM, RCPT TO), not these headers.</source>
        <translation>El mensaje tal como sale: su sección de cabeceras (From, To, Subject: lo que ven los lectores) y el tamaño total. La entrega sigue el sobre (MAIL FROM, RCPT TO), no estas cabeceras.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="509"/>
        <source>The connection is encrypted now, and the certificate was checked: it is valid, trusted and made out to the server&apos;s name.</source>
        <translation>Ahora la conexión está cifrada y se ha comprobado el certificado: es válido, de confianza y emitido a nombre del servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="514"/>
        <source>The TLS handshake: both sides agree on a cipher and the server proves its name with a certificate.</source>
        <translation>La negociación TLS: ambas partes acuerdan un cifrado y el servidor demuestra su nombre con un certificado.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="520"/>
        <source>A new connection to the submission server: port 587 starts plain and switches with STARTTLS, port 465 is encrypted from the first byte (RFC 8314).</source>
        <translation>Una nueva conexión al servidor de envío: el puerto 587 empieza sin cifrar y cambia con STARTTLS; el puerto 465 está cifrado desde el primer byte (RFC 8314).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="531"/>
        <source>%1 Fix: %2</source>
        <translation>%1 Solución: %2</translation>
    </message>
</context>
<context>
    <name>smtp::Finding</name>
    <message>
        <location filename="../smtp/finding.cpp" line="11"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../smtp/finding.cpp" line="13"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location filename="../smtp/finding.cpp" line="15"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../smtp/finding.cpp" line="17"/>
        <source>problem</source>
        <translation>problema</translation>
    </message>
</context>
<context>
    <name>smtp::Lint</name>
    <message numerus="yes">
        <location filename="../smtp/lint.cpp" line="60"/>
        <source>%n line(s) are longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6); the first is line %1, the longest has %2 octets. Stamp will not send the message.</source>
        <translation>
            <numerusform>%n línea supera los 998 octetos que permite SMTP (RFC 5321 §4.5.3.1.6); la primera es la línea %1, la más larga tiene %2 octetos. Stamp no enviará el mensaje.</numerusform>
            <numerusform>%n líneas superan los 998 octetos que permite SMTP (RFC 5321 §4.5.3.1.6); la primera es la línea %1, la más larga tiene %2 octetos. Stamp no enviará el mensaje.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtp::Message</name>
    <message>
        <location filename="../smtp/message.cpp" line="35"/>
        <source>The message has no sender (From) address.</source>
        <translation>El mensaje no tiene dirección de remitente (From).</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="37"/>
        <source>The message has no recipient: add at least one To, Cc or Bcc address.</source>
        <translation>El mensaje no tiene destinatario: añada al menos una dirección Para, Cc o Cco.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="40"/>
        <source>The subject contains a line break or NUL character; it was not sent so that nothing can be smuggled into the headers.</source>
        <translation>El asunto contiene un salto de línea o un carácter NUL; no se ha enviado para que no se pueda colar nada en las cabeceras.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="45"/>
        <source>A group of recipients has no name or a line break in it.</source>
        <translation>Un grupo de destinatarios no tiene nombre o contiene un salto de línea.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="49"/>
        <source>The address %1 contains a line break or NUL character.</source>
        <translation>La dirección %1 contiene un salto de línea o un carácter NUL.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="64"/>
        <source>The attachment %1 no longer exists.</source>
        <translation>El adjunto %1 ya no existe.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="67"/>
        <source>The attachment %1 cannot be read (not a readable file).</source>
        <translation>El adjunto %1 no se puede leer (no es un archivo legible).</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="71"/>
        <source>The attachment name %1 contains a line break.</source>
        <translation>El nombre del adjunto %1 contiene un salto de línea.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="140"/>
        <source>The address %1 has non-ASCII characters before the @; it can only be written in a message sent with SMTPUTF8.</source>
        <translation>La dirección %1 tiene caracteres no ASCII antes de la @; solo se puede escribir en un mensaje enviado con SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="218"/>
        <source>The attachment %1 could not be read while sending (%2); the message was abandoned, not sent short.</source>
        <translation>El adjunto %1 no se ha podido leer durante el envío (%2); el mensaje se ha abandonado, no se ha enviado incompleto.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="224"/>
        <source>it got shorter</source>
        <translation>se ha acortado</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="298"/>
        <source>The message file %1 starts with a folded line (&quot;%2&quot;), which belongs to no header field.</source>
        <translation>El archivo de mensaje %1 empieza con una línea plegada (&quot;%2&quot;), que no pertenece a ningún campo de cabecera.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="316"/>
        <source>Line %1 of the header section of %2 is not a header field (&quot;Name: value&quot;): &quot;%3&quot;. Stamp does not guess where the header ends, so that no Bcc can slip into the message.</source>
        <translation>La línea %1 de la sección de cabeceras de %2 no es un campo de cabecera (&quot;Nombre: valor&quot;): &quot;%3&quot;. Stamp no adivina dónde termina la cabecera, para que ningún Cco se pueda colar en el mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="335"/>
        <source>The header section of %1 has 8-bit characters that are not UTF-8; RFC 6532 allows only UTF-8 there, so the message cannot be sent as it is.</source>
        <translation>La sección de cabeceras de %1 tiene caracteres de 8 bits que no son UTF-8; RFC 6532 solo permite UTF-8 ahí, así que el mensaje no se puede enviar tal cual.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="352"/>
        <source>The %1 field of %2 cannot be read as RFC 5322 addresses, so Stamp cannot tell who it names: %3</source>
        <translation>El campo %1 de %2 no se puede leer como direcciones RFC 5322, así que Stamp no puede saber a quién nombra: %3</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="367"/>
        <source>The message file %1 cannot be read: %2</source>
        <translation>El archivo de mensaje %1 no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="394"/>
        <location filename="../smtp/message.cpp" line="517"/>
        <source>The message file %1 could not be read: %2</source>
        <translation>El archivo de mensaje %1 no se ha podido leer: %2</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="405"/>
        <source>The header section of %1 is longer than %2 bytes, so Stamp cannot read all of its fields (a Bcc among them would reach the recipients); the message was not sent.</source>
        <translation>La sección de cabeceras de %1 ocupa más de %2 bytes, así que Stamp no puede leer todos sus campos (un Cco entre ellos llegaría a los destinatarios); el mensaje no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="416"/>
        <source>The message file %1 changed while it was being sent; the message was abandoned.</source>
        <translation>El archivo de mensaje %1 ha cambiado mientras se enviaba; el mensaje se ha abandonado.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="466"/>
        <source>The message file %1 is empty.</source>
        <translation>El archivo de mensaje %1 está vacío.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="470"/>
        <source>The message file %1 contains NUL bytes, which SMTP can only carry with BINARYMIME, and Stamp does not implement it. Encode that part (for example in base64) and send it again.</source>
        <translation>El archivo de mensaje %1 contiene bytes NUL, que SMTP solo puede transportar con BINARYMIME, y Stamp no lo implementa. Codifique esa parte (por ejemplo en base64) y vuelva a enviarlo.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="477"/>
        <source>Line %1 of the message file %2 is longer than 998 bytes, which SMTP can only carry with BINARYMIME, and Stamp does not implement it. Encode that part (for example in quoted-printable) and send it again.</source>
        <translation>La línea %1 del archivo de mensaje %2 ocupa más de 998 bytes, que SMTP solo puede transportar con BINARYMIME, y Stamp no lo implementa. Codifique esa parte (por ejemplo en quoted-printable) y vuelva a enviarlo.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="485"/>
        <source>The header fields of %1 hold UTF-8 (RFC 6532), but the server does not offer SMTPUTF8, so the message cannot be sent there as it is.</source>
        <translation>Los campos de cabecera de %1 contienen UTF-8 (RFC 6532), pero el servidor no ofrece SMTPUTF8, así que el mensaje no se puede enviar ahí tal cual.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="490"/>
        <source>The message file %1 has 8-bit content, but the server does not offer 8BITMIME, so it cannot be sent there as it is (RFC 6152).</source>
        <translation>El archivo de mensaje %1 tiene contenido de 8 bits, pero el servidor no ofrece 8BITMIME, así que no se puede enviar ahí tal cual (RFC 6152).</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="533"/>
        <source>The message file %1 changed while it was being sent; the message was abandoned, not sent short.</source>
        <translation>El archivo de mensaje %1 ha cambiado mientras se enviaba; el mensaje se ha abandonado, no se ha enviado incompleto.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="605"/>
        <source>The message file %1 has Resent- fields, so it is being resent, but its newest Resent- block names no Resent-To, Resent-Cc or Resent-Bcc; give the recipients explicitly.</source>
        <translation>El archivo de mensaje %1 tiene campos Resent-, así que se está reenviando, pero su bloque Resent- más reciente no nombra ningún Resent-To, Resent-Cc ni Resent-Bcc; indique los destinatarios explícitamente.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="155"/>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>El adjunto %1 no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="200"/>
        <source>The formatted text contains a NUL character.</source>
        <translation>El texto con formato contiene un carácter NUL.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="202"/>
        <source>The message has inline images but no formatted text to show them in.</source>
        <translation>El mensaje tiene imágenes incrustadas pero ningún texto con formato en el que mostrarlas.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="207"/>
        <source>The image %1 cannot be read (not a readable file).</source>
        <translation>La imagen %1 no se puede leer (no es un archivo legible).</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="211"/>
        <source>The image %1 has a Content-ID that is not of the form part@domain: %2</source>
        <translation>La imagen %1 tiene un Content-ID que no tiene la forma parte@dominio: %2</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="216"/>
        <source>The image name %1 contains a line break.</source>
        <translation>El nombre de la imagen %1 contiene un salto de línea.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="222"/>
        <source>Two images have the same Content-ID %1.</source>
        <translation>Dos imágenes tienen el mismo Content-ID %1.</translation>
    </message>
</context>
<context>
    <name>smtp::Outcome</name>
    <message>
        <location filename="../smtp/outcome.cpp" line="29"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="31"/>
        <source>partly sent</source>
        <translation>enviado en parte</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="33"/>
        <source>temporary failure</source>
        <translation>fallo temporal</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="35"/>
        <source>permanent failure</source>
        <translation>fallo permanente</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="37"/>
        <source>connection failed</source>
        <translation>fallo de conexión</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="39"/>
        <source>TLS failed</source>
        <translation>fallo de TLS</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="41"/>
        <source>authentication failed</source>
        <translation>autenticación fallida</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="43"/>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="45"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="47"/>
        <source>may have been delivered</source>
        <translation>puede haberse entregado</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="49"/>
        <source>not sent (local error)</source>
        <translation>no enviado (error local)</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="51"/>
        <source>protocol error</source>
        <translation>error de protocolo</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="90"/>
        <source>Result: %1. %2</source>
        <translation>Resultado: %1. %2</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="92"/>
        <source>Server said: %1 (%2)</source>
        <translation>El servidor dijo: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="95"/>
        <source>  accepted %1: %2</source>
        <translation>  aceptado  %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="97"/>
        <source>  REFUSED  %1: %2</source>
        <translation>  RECHAZADO %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="99"/>
        <source>  no answer %1: the server may have accepted it</source>
        <translation>  sin respuesta %1: puede que el servidor la aceptara</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="101"/>
        <source>  not tried %1</source>
        <translation>  no intentado %1</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="104"/>
        <source>  certificate problem: %1</source>
        <translation>  problema de certificado: %1</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="106"/>
        <source>  certificate SHA-256: %1</source>
        <translation>  SHA-256 del certificado: %1</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="109"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>smtp::Preview</name>
    <message>
        <location filename="../smtp/preview.cpp" line="69"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>smtp::ProbeReport</name>
    <message>
        <location filename="../smtp/probe.cpp" line="26"/>
        <source>Server: %1 port %2 (%3)</source>
        <translation>Servidor: %1 puerto %2 (%3)</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="31"/>
        <source>Greeting: %1</source>
        <translation>Saludo: %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="32"/>
        <source>Time per stage: %1</source>
        <translation>Tiempo por etapa: %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="35"/>
        <source>Extensions (after STARTTLS):</source>
        <translation>Extensiones (después de STARTTLS):</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="35"/>
        <source>Extensions:</source>
        <translation>Extensiones:</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="52"/>
        <source>Offered only before TLS: %1</source>
        <translation>Ofrecidas solo antes de TLS: %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="57"/>
        <source>AUTH: no login mechanism offered</source>
        <translation>AUTH: no se ofrece ningún mecanismo de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="58"/>
        <source>AUTH mechanisms: %1</source>
        <translation>Mecanismos AUTH: %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="60"/>
        <source>Warning: the server offers AUTH without encryption; a password would travel in clear.</source>
        <translation>Aviso: el servidor ofrece AUTH sin cifrado; una contraseña viajaría en claro.</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="61"/>
        <source>SIZE: messages up to %1 bytes (%2 MB)</source>
        <translation>SIZE: mensajes de hasta %1 bytes (%2 MB)</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="65"/>
        <source>SIZE: offered, with no limit given</source>
        <translation>SIZE: ofrecido, sin límite indicado</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="66"/>
        <source>SIZE: not offered (the limit, if any, shows only when a message is refused)</source>
        <translation>SIZE: no ofrecido (el límite, si lo hay, solo se ve cuando se rechaza un mensaje)</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="72"/>
        <source>No message was sent (no MAIL command).</source>
        <translation>No se ha enviado ningún mensaje (ninguna orden MAIL).</translation>
    </message>
</context>
<context>
    <name>smtp::ReplyParser</name>
    <message>
        <location filename="../smtp/reply.cpp" line="138"/>
        <source>the server sent a reply line longer than %1 bytes</source>
        <translation>el servidor envió una línea de respuesta de más de %1 bytes</translation>
    </message>
    <message>
        <location filename="../smtp/reply.cpp" line="142"/>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>el servidor envió una respuesta de más de %1 líneas</translation>
    </message>
    <message>
        <location filename="../smtp/reply.cpp" line="146"/>
        <source>the server sent a line that is not an SMTP reply</source>
        <translation>el servidor envió una línea que no es una respuesta SMTP</translation>
    </message>
</context>
<context>
    <name>smtp::SaslMechanism</name>
    <message>
        <location filename="../smtp/auth.cpp" line="72"/>
        <source>user name &quot;%1&quot;</source>
        <translation>nombre de usuario &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="85"/>
        <source>[%1 and password, hidden]</source>
        <translation>[%1 y contraseña, ocultos]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="96"/>
        <source>the server asked for the PLAIN credentials again</source>
        <translation>el servidor volvió a pedir las credenciales PLAIN</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="123"/>
        <source>the server kept asking for more login steps than LOGIN has</source>
        <translation>el servidor siguió pidiendo más pasos de inicio de sesión de los que tiene LOGIN</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="129"/>
        <source>[%1, base64]</source>
        <translation>[%1, base64]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="133"/>
        <source>[password, hidden]</source>
        <translation>[contraseña, oculta]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="155"/>
        <source>the server asked for a second CRAM-MD5 step</source>
        <translation>el servidor pidió un segundo paso CRAM-MD5</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="161"/>
        <source>[%1 and digest, hidden]</source>
        <translation>[%1 y resumen, ocultos]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="190"/>
        <source>the user name cannot be used with SCRAM: %1</source>
        <translation>el nombre de usuario no se puede usar con SCRAM: %1</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="197"/>
        <source>the password cannot be used with SCRAM: %1</source>
        <translation>la contraseña no se puede usar con SCRAM: %1</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="204"/>
        <source>the user name is empty after SASLprep (RFC 4013), and SCRAM needs one</source>
        <translation>el nombre de usuario queda vacío tras SASLprep (RFC 4013), y SCRAM necesita uno</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="234"/>
        <source>(empty response: server signature verified)</source>
        <translation>(respuesta vacía: firma del servidor verificada)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="240"/>
        <source>the server asked for more SCRAM steps than there are</source>
        <translation>el servidor pidió más pasos SCRAM de los que hay</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="249"/>
        <source>the server sent its final SCRAM message before a valid first one</source>
        <translation>el servidor envió su mensaje SCRAM final antes de uno primero válido</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="259"/>
        <source>the server&apos;s final SCRAM message is malformed (neither v= nor e=): it may not be the server it claims to be</source>
        <translation>el mensaje SCRAM final del servidor está mal formado (ni v= ni e=): puede que no sea el servidor que dice ser</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="265"/>
        <source>the server could not prove that it knows the password (SCRAM server signature wrong): it may not be the server it claims to be</source>
        <translation>el servidor no ha podido demostrar que conoce la contraseña (firma SCRAM del servidor incorrecta): puede que no sea el servidor que dice ser</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="335"/>
        <source>the server could not read Stamp&apos;s message</source>
        <translation>el servidor no ha podido leer el mensaje de Stamp</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="337"/>
        <source>the server does not support an extension Stamp used</source>
        <translation>el servidor no admite una extensión que Stamp usó</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="339"/>
        <source>the password is not the one the server knows</source>
        <translation>la contraseña no es la que conoce el servidor</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="341"/>
        <source>the channel binding did not match</source>
        <translation>la vinculación de canal no coincidía</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="343"/>
        <source>the server supports channel binding, which Stamp did not use (a possible downgrade)</source>
        <translation>el servidor admite la vinculación de canal, que Stamp no usó (posible degradación)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="347"/>
        <source>the server does not support channel binding</source>
        <translation>el servidor no admite la vinculación de canal</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="349"/>
        <source>the server does not support this channel binding type</source>
        <translation>el servidor no admite este tipo de vinculación de canal</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="352"/>
        <source>the server does not know this user name</source>
        <translation>el servidor no conoce este nombre de usuario</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="354"/>
        <source>the server could not read the user name</source>
        <translation>el servidor no ha podido leer el nombre de usuario</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="355"/>
        <source>the server is short of resources</source>
        <translation>el servidor no tiene recursos suficientes</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="357"/>
        <source>the server reported an unspecified error</source>
        <translation>el servidor informó de un error sin especificar</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="361"/>
        <source>the server ended SCRAM with an error: %1 (%2)</source>
        <translation>el servidor terminó SCRAM con un error: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="369"/>
        <source>the server ended SCRAM with an error it did not name in RFC 5802&apos;s words: %1</source>
        <translation>el servidor terminó SCRAM con un error que no nombró con los términos de RFC 5802: %1</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="381"/>
        <source>the server requires a SCRAM extension (m=) that Stamp does not support (RFC 5802 §5.1)</source>
        <translation>el servidor exige una extensión SCRAM (m=) que Stamp no admite (RFC 5802 §5.1)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="388"/>
        <source>the server&apos;s SCRAM challenge is malformed (it must give r=, s= and i= in that order)</source>
        <translation>el desafío SCRAM del servidor está mal formado (debe dar r=, s= e i= en ese orden)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="392"/>
        <source>the server&apos;s SCRAM challenge is malformed (an attribute after i= is not valid, or is a mandatory extension)</source>
        <translation>el desafío SCRAM del servidor está mal formado (un atributo tras i= no es válido, o es una extensión obligatoria)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="398"/>
        <source>the server&apos;s SCRAM nonce does not extend Stamp&apos;s with printable characters: it may not be answering this login</source>
        <translation>el nonce SCRAM del servidor no amplía el de Stamp con caracteres imprimibles: puede que no esté respondiendo a este inicio de sesión</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="404"/>
        <source>the server&apos;s SCRAM salt is missing or not valid base64</source>
        <translation>la sal SCRAM del servidor falta o no es base64 válido</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="413"/>
        <source>the server&apos;s SCRAM iteration count is not a positive number</source>
        <translation>el número de iteraciones SCRAM del servidor no es un número positivo</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="418"/>
        <source>the server asked for %1 SCRAM iterations, more than the %2 Stamp allows; refusing</source>
        <translation>el servidor pidió %1 iteraciones SCRAM, más de las %2 que permite Stamp; se rechaza</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="445"/>
        <source>%1,p=[proof, hidden]</source>
        <translation>%1,p=[prueba, oculta]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="480"/>
        <source>[%1 and access token, hidden]</source>
        <translation>[%1 y token de acceso, ocultos]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="490"/>
        <source>the server kept sending OAuth challenges</source>
        <translation>el servidor siguió enviando desafíos OAuth</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="494"/>
        <source>(acknowledging the server&apos;s error report)</source>
        <translation>(acuse del informe de error del servidor)</translation>
    </message>
</context>
<context>
    <name>smtp::ServerOffer</name>
    <message>
        <location filename="../smtp/preview.cpp" line="105"/>
        <source>SIZE takes a number of bytes, not &quot;%1&quot;</source>
        <translation>SIZE admite un número de bytes, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>smtp::Session</name>
    <message>
        <location filename="../smtp/session.cpp" line="241"/>
        <source>The EHLO name is not valid: %1.</source>
        <translation>El nombre EHLO no es válido: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="243"/>
        <source>The user name is not valid: %1.</source>
        <translation>El nombre de usuario no es válido: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="246"/>
        <location filename="../smtp/session.cpp" line="249"/>
        <location filename="../smtp/session.cpp" line="251"/>
        <source>The delivery notification setting is not valid: %1.</source>
        <translation>El ajuste de notificación de entrega no es válido: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="261"/>
        <source>Correct the setting and send again.</source>
        <translation>Corrija el ajuste y vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="268"/>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatorio</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="269"/>
        <source>implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="270"/>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="272"/>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Conectando con %1 puerto %2 (%3)</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="106"/>
        <source>Try again; if it keeps happening, report it with the transcript.</source>
        <translation>Inténtelo de nuevo; si sigue ocurriendo, notifíquelo con la transcripción.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="104"/>
        <source>Give a file of PEM certificates (-----BEGIN CERTIFICATE-----).</source>
        <translation>Indique un archivo de certificados PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="290"/>
        <source>Connected to %1 port %2</source>
        <translation>Conectado con %1 puerto %2</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="318"/>
        <source>The server&apos;s certificate is not the one trusted for this account.</source>
        <translation>El certificado del servidor no es el de confianza para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="319"/>
        <source>The certificate has changed since it was trusted. Check with the server&apos;s administrator before trusting the new one.</source>
        <translation>El certificado ha cambiado desde que se confió en él. Consulte con el administrador del servidor antes de confiar en el nuevo.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="328"/>
        <source>TLS established: %1, cipher %2; certificate for %3, issued by %4, valid until %5; SHA-256 %6</source>
        <translation>TLS establecido: %1, cifrado %2; certificado para %3, emitido por %4, válido hasta %5; SHA-256 %6</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="154"/>
        <source>Certificate not verifiable (%1), but it is the pinned one (SHA-256 %2): accepted</source>
        <translation>Certificado no verificable (%1), pero es el fijado (SHA-256 %2): aceptado</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="160"/>
        <source>Certificate problem: %1</source>
        <translation>Problema de certificado: %1</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="565"/>
        <source>The server sent extra data after agreeing to start TLS; that is how STARTTLS injection attacks work, so Stamp stopped before sending anything.</source>
        <translation>El servidor envió datos adicionales tras aceptar iniciar TLS; así funcionan los ataques de inyección en STARTTLS, por lo que Stamp se detuvo antes de enviar nada.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="567"/>
        <source>Someone may be tampering with the connection. Try another network, or implicit TLS (port 465).</source>
        <translation>Puede que alguien esté manipulando la conexión. Pruebe otra red, o TLS implícito (puerto 465).</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="575"/>
        <source>Starting TLS handshake (verifying the certificate for %1)</source>
        <translation>Iniciando la negociación TLS (verificando el certificado para %1)</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="639"/>
        <source>The server does not offer STARTTLS, so Stamp sent nothing: no password and no message go over an unencrypted connection.</source>
        <translation>El servidor no ofrece STARTTLS, así que Stamp no ha enviado nada: ninguna contraseña ni mensaje viaja por una conexión sin cifrar.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="641"/>
        <source>Use implicit TLS (port 465) if the server has it, or ask its administrator. A server that usually offers STARTTLS and now does not may be under attack.</source>
        <translation>Use TLS implícito (puerto 465) si el servidor lo tiene, o consulte a su administrador. Un servidor que suele ofrecer STARTTLS y ahora no lo hace puede estar siendo atacado.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="707"/>
        <source>The end of the message had not reached the server: Stamp resets the connection, so that it cannot arrive later.</source>
        <translation>El final del mensaje no había llegado al servidor: Stamp restablece la conexión para que no pueda llegar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="787"/>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="17"/>
        <source>Stamp will not send a password over an unencrypted connection.</source>
        <translation>Stamp no enviará una contraseña por una conexión sin cifrar.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="18"/>
        <source>Use STARTTLS or TLS for this server; if you really mean to send the password in clear text, say so with --allow-plaintext-auth.</source>
        <translation>Use STARTTLS o TLS para este servidor; si de verdad quiere enviar la contraseña en texto claro, indíquelo con --allow-plaintext-auth.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="29"/>
        <source>The server does not offer authentication on this connection.</source>
        <translation>El servidor no ofrece autenticación en esta conexión.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="30"/>
        <source>The server offers no login method Stamp supports (it offers: %1).</source>
        <translation>El servidor no ofrece ningún método de inicio de sesión que Stamp admita (ofrece: %1).</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="32"/>
        <source>Check the port (submission is usually 587 or 465) and the security setting.</source>
        <translation>Compruebe el puerto (para el envío suele ser 587 o 465) y el ajuste de seguridad.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="37"/>
        <source>The server does not offer %1 (it offers nothing).</source>
        <translation>El servidor no ofrece %1 (no ofrece nada).</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="39"/>
        <source>The server does not offer %1 (it offers: %2).</source>
        <translation>El servidor no ofrece %1 (ofrece: %2).</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="42"/>
        <source>Choose another authentication method, or automatic.</source>
        <translation>Elija otro método de autenticación, o el automático.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="46"/>
        <source>Asking for an OAuth access token</source>
        <translation>Solicitando un token de acceso OAuth</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="53"/>
        <source>No OAuth access token: %1</source>
        <translation>No hay token de acceso OAuth: %1</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="54"/>
        <source>Sign in to the account again.</source>
        <translation>Vuelva a iniciar sesión en la cuenta.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="75"/>
        <location filename="../smtp/sessionauth.cpp" line="120"/>
        <location filename="../smtp/sessionauth.cpp" line="127"/>
        <source>Login stopped: %1.</source>
        <translation>Inicio de sesión detenido: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="76"/>
        <source>Check the user name and password for this account.</source>
        <translation>Compruebe el nombre de usuario y la contraseña de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="86"/>
        <source>The login could not be started: %1.</source>
        <translation>No se ha podido empezar el inicio de sesión: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="87"/>
        <location filename="../smtp/sessionauth.cpp" line="128"/>
        <source>Choose another authentication method.</source>
        <translation>Elija otro método de autenticación.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="96"/>
        <source>* (cancelling the login)</source>
        <translation>* (cancelando el inicio de sesión)</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="105"/>
        <source>The server kept asking for more login steps; Stamp gave up.</source>
        <translation>El servidor siguió pidiendo más pasos de inicio de sesión; Stamp desistió.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="106"/>
        <location filename="../smtp/sessionauth.cpp" line="114"/>
        <source>The server is misbehaving; report it to its administrator.</source>
        <translation>El servidor no se comporta correctamente; informe a su administrador.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="113"/>
        <source>The server sent a login challenge that is not valid base64.</source>
        <translation>El servidor envió un desafío de inicio de sesión que no es base64 válido.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="121"/>
        <source>Check the server address; report this to its administrator if it persists.</source>
        <translation>Compruebe la dirección del servidor; si persiste, informe a su administrador.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="137"/>
        <source>The server accepted the login without proving that it knows the password (SCRAM); Stamp does not trust it.</source>
        <translation>El servidor aceptó el inicio de sesión sin demostrar que conoce la contraseña (SCRAM); Stamp no confía en él.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="139"/>
        <source>Someone may be impersonating the server.</source>
        <translation>Puede que alguien esté suplantando al servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="143"/>
        <source>Logged in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="28"/>
        <source>The server accepted the connection.</source>
        <translation>El servidor ha aceptado la conexión.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="29"/>
        <source>The server accepted the connection and the login.</source>
        <translation>El servidor ha aceptado la conexión y el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="59"/>
        <source>The message has no recipient.</source>
        <translation>El mensaje no tiene destinatario.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="60"/>
        <source>Add at least one To, Cc or Bcc address.</source>
        <translation>Añada al menos una dirección Para, Cc o Cco.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="73"/>
        <source>The address %1 has non-ASCII characters before the @, and this server does not support SMTPUTF8, so it cannot be sent there.</source>
        <translation>La dirección %1 tiene caracteres no ASCII antes de la @, y este servidor no admite SMTPUTF8, así que no se puede enviar ahí.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="76"/>
        <source>Use an ASCII address for this recipient, or another server.</source>
        <translation>Use una dirección ASCII para este destinatario, u otro servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="84"/>
        <location filename="../smtp/transaction.cpp" line="97"/>
        <location filename="../smtp/transaction.cpp" line="105"/>
        <source>Fix the message, or send it through another server.</source>
        <translation>Corrija el mensaje o envíelo a través de otro servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="96"/>
        <source>The message has UTF-8 headers, but the server does not offer SMTPUTF8, so it was not sent.</source>
        <translation>El mensaje tiene cabeceras UTF-8, pero el servidor no ofrece SMTPUTF8, así que no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="104"/>
        <source>The message has 8-bit content, but the server does not offer 8BITMIME, so it was not sent.</source>
        <translation>El mensaje tiene contenido de 8 bits, pero el servidor no ofrece 8BITMIME, así que no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="117"/>
        <source>The message is %1 bytes, but the server accepts at most %2 bytes, so it was not sent.</source>
        <translation>El mensaje ocupa %1 bytes, pero el servidor acepta como máximo %2 bytes, así que no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="120"/>
        <source>Make the attachments smaller, or share them another way.</source>
        <translation>Reduzca el tamaño de los adjuntos, o compártalos de otra forma.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="126"/>
        <source>Delivery notifications were asked for, but the server does not offer DSN.</source>
        <translation>Se pidieron notificaciones de entrega, pero el servidor no ofrece DSN.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="162"/>
        <source>An address cannot be sent: %1.</source>
        <translation>Una dirección no se puede enviar: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="163"/>
        <source>Correct the address and send again.</source>
        <translation>Corrija la dirección y vuelva a enviar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/transaction.cpp" line="171"/>
        <source>The server asked for the remaining recipients in another transaction (452): sending the message again to %n of them.</source>
        <translation>
            <numerusform>El servidor pidió los destinatarios restantes en otra transacción (452): volviendo a enviar el mensaje a %n de ellos.</numerusform>
            <numerusform>El servidor pidió los destinatarios restantes en otra transacción (452): volviendo a enviar el mensaje a %n de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="222"/>
        <location filename="../smtp/transaction.cpp" line="389"/>
        <source>
[message content: %1 bytes in total]</source>
        <translation>
[contenido del mensaje: %1 bytes en total]</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="315"/>
        <source>. (no recipient was accepted: ending at once)</source>
        <translation>. (no se aceptó ningún destinatario: se termina de inmediato)</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="382"/>
        <location filename="../smtp/transaction.cpp" line="497"/>
        <location filename="../smtp/transaction.cpp" line="529"/>
        <source>Check the attachment and send again.</source>
        <translation>Compruebe el adjunto y vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="434"/>
        <source>The whole message was on its way when the server reset the connection; the server may have received it.</source>
        <translation>El mensaje entero estaba en camino cuando el servidor restableció la conexión; puede que el servidor lo recibiera.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="443"/>
        <source>The server received the whole message (its TCP stack acknowledged the end); waiting for its answer.</source>
        <translation>El servidor ha recibido el mensaje completo (su pila TCP ha confirmado el final); esperando su respuesta.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="539"/>
        <source>. (end of message, %1 bytes sent)</source>
        <translation>. (fin del mensaje, %1 bytes enviados)</translation>
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
        <translation>conexión</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="40"/>
        <source>greeting</source>
        <translation>saludo</translation>
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
        <translation>EHLO de nuevo</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="48"/>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="50"/>
        <source>envelope</source>
        <translation>sobre</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="52"/>
        <source>content</source>
        <translation>contenido</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="54"/>
        <source>final reply</source>
        <translation>respuesta final</translation>
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
        <translation>total %1</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="67"/>
        <source>%1; total %2</source>
        <translation>%1; total %2</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="78"/>
        <source>not reached</source>
        <translation>sin alcanzar</translation>
    </message>
</context>
<context>
    <name>smtp::StatusCodes</name>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="363"/>
        <source>success</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="365"/>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="367"/>
        <source>temporary failure</source>
        <translation>fallo temporal</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="369"/>
        <source>permanent failure</source>
        <translation>fallo permanente</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="373"/>
        <source>not a valid reply</source>
        <translation>no es una respuesta válida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="380"/>
        <source>2xx: success, the command was accepted</source>
        <translation>2xx: correcto, la orden se ha aceptado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="382"/>
        <source>3xx: intermediate, the server is waiting for more (the message after DATA, or the next step of a login)</source>
        <translation>3xx: intermedio, el servidor espera más (el mensaje tras DATA, o el siguiente paso de un inicio de sesión)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="387"/>
        <source>4xx: temporary failure; the same thing may work later</source>
        <translation>4xx: fallo temporal; lo mismo puede funcionar más tarde</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="390"/>
        <source>5xx: permanent failure; sending the same again will fail again</source>
        <translation>5xx: fallo permanente; volver a enviar lo mismo fallará de nuevo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="395"/>
        <source>not a valid SMTP reply code</source>
        <translation>no es un código de respuesta SMTP válido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="407"/>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="409"/>
        <source>Persistent Transient Failure</source>
        <translation>Fallo transitorio persistente</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="411"/>
        <source>Permanent Failure</source>
        <translation>Fallo permanente</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="462"/>
        <source>%1, detail %2 (not in the registry)</source>
        <translation>%1, detalle %2 (no está en el registro)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="468"/>
        <source>%1, subject %2 (not in the registry)</source>
        <translation>%1, tema %2 (no está en el registro)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="482"/>
        <source>system status</source>
        <translation>estado del sistema</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="484"/>
        <source>help text for a person</source>
        <translation>texto de ayuda para una persona</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="486"/>
        <source>the server is ready</source>
        <translation>el servidor está listo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="488"/>
        <source>the server is closing the connection</source>
        <translation>el servidor está cerrando la conexión</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="490"/>
        <source>login accepted</source>
        <translation>inicio de sesión aceptado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="492"/>
        <source>done: the requested action was completed</source>
        <translation>hecho: la acción solicitada se ha completado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="494"/>
        <source>the recipient is not local; the server will forward the message</source>
        <translation>el destinatario no es local; el servidor reenviará el mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="497"/>
        <source>cannot check the recipient, but will accept the message and try to deliver it</source>
        <translation>no puede comprobar el destinatario, pero aceptará el mensaje e intentará entregarlo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="501"/>
        <source>the server asks for the next step of the login</source>
        <translation>el servidor pide el siguiente paso del inicio de sesión</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="504"/>
        <source>send the message now, ending with a line holding only a dot</source>
        <translation>envíe ya el mensaje, terminado con una línea que solo contenga un punto</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="507"/>
        <source>the server is shutting the connection down</source>
        <translation>el servidor está cerrando la conexión</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="509"/>
        <source>a password transition is needed</source>
        <translation>se necesita una transición de contraseña</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="511"/>
        <source>the mailbox is unavailable for now (busy or blocked)</source>
        <translation>el buzón no está disponible por ahora (ocupado o bloqueado)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="514"/>
        <source>the server had a local error; try again later</source>
        <translation>el servidor ha tenido un error local; inténtelo más tarde</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="517"/>
        <source>the server is short of storage, or there are too many recipients</source>
        <translation>el servidor no tiene espacio suficiente, o hay demasiados destinatarios</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="520"/>
        <source>TLS or authentication is temporarily unavailable</source>
        <translation>TLS o la autenticación no están disponibles temporalmente</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="523"/>
        <source>the server cannot take these parameters now</source>
        <translation>el servidor no puede aceptar estos parámetros ahora</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="526"/>
        <source>the command was not recognised</source>
        <translation>la orden no se ha reconocido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="528"/>
        <source>the arguments were not accepted</source>
        <translation>los argumentos no se han aceptado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="530"/>
        <source>the command is not implemented</source>
        <translation>la orden no está implementada</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="532"/>
        <source>the commands came in the wrong order</source>
        <translation>las órdenes llegaron en un orden incorrecto</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="534"/>
        <source>this parameter is not implemented</source>
        <translation>este parámetro no está implementado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="536"/>
        <source>this host does not accept mail</source>
        <translation>este equipo no acepta correo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="538"/>
        <source>encryption is needed first</source>
        <translation>primero se necesita cifrado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="540"/>
        <source>authentication is required</source>
        <translation>se requiere autenticación</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="542"/>
        <source>this authentication mechanism is too weak</source>
        <translation>este mecanismo de autenticación es demasiado débil</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="253"/>
        <location filename="../smtp/statuscodes.cpp" line="544"/>
        <source>the user name or password was not accepted</source>
        <translation>no se ha aceptado el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="22"/>
        <source>Other or Undefined Status</source>
        <translation>Estado otro o no definido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="23"/>
        <source>there is no further information about what kind of problem it is</source>
        <translation>no hay más información sobre qué tipo de problema es</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="26"/>
        <source>Addressing Status</source>
        <translation>Estado de direccionamiento</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="27"/>
        <source>something about the sender&apos;s or a recipient&apos;s address; usually the sender can correct it</source>
        <translation>algo relativo a la dirección del remitente o de un destinatario; normalmente el remitente puede corregirlo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="31"/>
        <source>Mailbox Status</source>
        <translation>Estado del buzón</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="32"/>
        <source>something about the recipient&apos;s mailbox, which its owner controls</source>
        <translation>algo relativo al buzón del destinatario, que controla su propietario</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="35"/>
        <source>Mail System Status</source>
        <translation>Estado del sistema de correo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="36"/>
        <source>something about the receiving mail system as a whole</source>
        <translation>algo relativo al sistema de correo receptor en su conjunto</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="38"/>
        <source>Network and Routing Status</source>
        <translation>Estado de red y encaminamiento</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="39"/>
        <source>something about the network or the route to the destination</source>
        <translation>algo relativo a la red o a la ruta hasta el destino</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="41"/>
        <source>Mail Delivery Protocol Status</source>
        <translation>Estado del protocolo de entrega de correo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="42"/>
        <source>something about the SMTP conversation itself</source>
        <translation>algo relativo a la propia conversación SMTP</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="44"/>
        <source>Message Content or Media Status</source>
        <translation>Estado del contenido o del medio del mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="45"/>
        <source>something about the message&apos;s content or format</source>
        <translation>algo relativo al contenido o al formato del mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="47"/>
        <source>Security or Policy Status</source>
        <translation>Estado de seguridad o de política</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="48"/>
        <source>something about security, authentication or the receiver&apos;s policy</source>
        <translation>algo relativo a la seguridad, la autenticación o la política del receptor</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="52"/>
        <source>Other undefined Status</source>
        <translation>Otro estado no definido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="53"/>
        <source>the server gives no detail beyond the class of the reply</source>
        <translation>el servidor no da más detalle que la clase de la respuesta</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="55"/>
        <source>Other address status</source>
        <translation>Otro estado de dirección</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="56"/>
        <source>something about an address, with no more detail</source>
        <translation>algo relativo a una dirección, sin más detalle</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="58"/>
        <source>Bad destination mailbox address</source>
        <translation>Dirección del buzón de destino incorrecta</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="59"/>
        <source>the recipient&apos;s mailbox does not exist at that domain: the part before the @ is wrong</source>
        <translation>el buzón del destinatario no existe en ese dominio: la parte anterior a la @ es incorrecta</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="63"/>
        <source>Bad destination system address</source>
        <translation>Dirección del sistema de destino incorrecta</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="64"/>
        <source>the recipient&apos;s domain does not exist or does not accept mail</source>
        <translation>el dominio del destinatario no existe o no acepta correo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="66"/>
        <source>Bad destination mailbox address syntax</source>
        <translation>Sintaxis incorrecta de la dirección del buzón de destino</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="67"/>
        <source>the recipient&apos;s address is not written correctly</source>
        <translation>la dirección del destinatario no está escrita correctamente</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="69"/>
        <source>Destination mailbox address ambiguous</source>
        <translation>Dirección del buzón de destino ambigua</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="70"/>
        <source>the recipient&apos;s address matches more than one mailbox</source>
        <translation>la dirección del destinatario corresponde a más de un buzón</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="72"/>
        <source>Destination address valid</source>
        <translation>Dirección de destino válida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="73"/>
        <source>the recipient address is valid and accepted</source>
        <translation>la dirección del destinatario es válida y se acepta</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="74"/>
        <source>Destination mailbox has moved, No forwarding address</source>
        <translation>El buzón de destino se ha trasladado, sin dirección de reenvío</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="75"/>
        <source>the mailbox used to exist but has moved and left no forwarding address</source>
        <translation>el buzón existía pero se ha trasladado y no ha dejado dirección de reenvío</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="78"/>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Sintaxis incorrecta de la dirección del buzón del remitente</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="79"/>
        <source>the sender&apos;s address is not written correctly</source>
        <translation>la dirección del remitente no está escrita correctamente</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="81"/>
        <source>Bad sender&apos;s system address</source>
        <translation>Dirección del sistema del remitente incorrecta</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="82"/>
        <source>the sender&apos;s domain does not exist or cannot receive replies</source>
        <translation>el dominio del remitente no existe o no puede recibir respuestas</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="84"/>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Mensaje retransmitido a un sistema de correo no conforme</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="85"/>
        <source>the message was handed on to a system that cannot report delivery further</source>
        <translation>el mensaje se ha pasado a un sistema que no puede seguir informando de la entrega</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="88"/>
        <source>Recipient address has null MX</source>
        <translation>La dirección del destinatario tiene un MX nulo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="89"/>
        <source>the recipient&apos;s domain says in DNS (a null MX) that it accepts no mail at all</source>
        <translation>el dominio del destinatario indica en DNS (un MX nulo) que no acepta ningún correo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="92"/>
        <source>Other or undefined mailbox status</source>
        <translation>Otro estado de buzón o no definido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="93"/>
        <source>something about the recipient&apos;s mailbox, with no more detail</source>
        <translation>algo relativo al buzón del destinatario, sin más detalle</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="95"/>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Buzón desactivado, no acepta mensajes</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="96"/>
        <source>the mailbox exists but does not take messages now</source>
        <translation>el buzón existe pero ahora no acepta mensajes</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="98"/>
        <source>Mailbox full</source>
        <translation>Buzón lleno</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="99"/>
        <source>the recipient&apos;s mailbox is over its quota</source>
        <translation>el buzón del destinatario ha superado su cuota</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="100"/>
        <source>Message length exceeds administrative limit</source>
        <translation>La longitud del mensaje supera el límite administrativo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="101"/>
        <source>the message is larger than this mailbox accepts</source>
        <translation>el mensaje es más grande de lo que acepta este buzón</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="103"/>
        <source>Mailing list expansion problem</source>
        <translation>Problema al expandir la lista de correo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="104"/>
        <source>the address is a mailing list that could not be expanded</source>
        <translation>la dirección es una lista de correo que no se ha podido expandir</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="106"/>
        <source>Other or undefined mail system status</source>
        <translation>Otro estado del sistema de correo o no definido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="107"/>
        <source>something about the receiving mail system, with no more detail</source>
        <translation>algo relativo al sistema de correo receptor, sin más detalle</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="109"/>
        <source>Mail system full</source>
        <translation>Sistema de correo lleno</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="110"/>
        <source>the receiving system has run out of storage</source>
        <translation>el sistema receptor se ha quedado sin espacio de almacenamiento</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="111"/>
        <source>System not accepting network messages</source>
        <translation>El sistema no acepta mensajes de la red</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="112"/>
        <source>the receiving system does not take mail now, for example while shutting down</source>
        <translation>el sistema receptor no acepta correo ahora, por ejemplo mientras se apaga</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="115"/>
        <source>System not capable of selected features</source>
        <translation>Sistema no capacitado para las funciones seleccionadas</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="116"/>
        <source>the receiving system cannot do what the message asks for</source>
        <translation>el sistema receptor no puede hacer lo que pide el mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="118"/>
        <source>Message too big for system</source>
        <translation>Mensaje demasiado grande para el sistema</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="119"/>
        <source>the message is larger than the whole system accepts</source>
        <translation>el mensaje es más grande de lo que acepta el sistema en su conjunto</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="121"/>
        <source>System incorrectly configured</source>
        <translation>Sistema configurado incorrectamente</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="122"/>
        <source>the receiving system is set up wrongly for this message</source>
        <translation>el sistema receptor está mal configurado para este mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="124"/>
        <source>Requested priority was changed</source>
        <translation>Se ha cambiado la prioridad solicitada</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="125"/>
        <source>the message was accepted, but with a different priority than asked for</source>
        <translation>el mensaje se ha aceptado, pero con una prioridad distinta de la solicitada</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="128"/>
        <source>Other or undefined network or routing status</source>
        <translation>Otro estado de red o de encaminamiento o no definido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="129"/>
        <source>something about the network or routing, with no more detail</source>
        <translation>algo relativo a la red o al encaminamiento, sin más detalle</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="131"/>
        <source>No answer from host</source>
        <translation>Sin respuesta del host</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="132"/>
        <source>the next server did not answer the connection</source>
        <translation>el siguiente servidor no ha respondido a la conexión</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="134"/>
        <source>Bad connection</source>
        <translation>Conexión defectuosa</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="135"/>
        <source>the connection was dropped before the transaction was done</source>
        <translation>la conexión se ha cortado antes de terminar la transacción</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="137"/>
        <source>Directory server failure</source>
        <translation>Fallo del servidor de directorio</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="138"/>
        <source>a directory service, such as DNS, could not be reached or failed</source>
        <translation>no se ha podido acceder a un servicio de directorio, como DNS, o ha fallado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="141"/>
        <source>Unable to route</source>
        <translation>No se puede encaminar</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="142"/>
        <source>the mail system could not find where to take the message next</source>
        <translation>el sistema de correo no ha encontrado adónde llevar el mensaje a continuación</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="144"/>
        <source>Mail system congestion</source>
        <translation>Congestión del sistema de correo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="145"/>
        <source>the mail system is too busy to take the message now</source>
        <translation>el sistema de correo está demasiado ocupado para aceptar el mensaje ahora</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="147"/>
        <source>Routing loop detected</source>
        <translation>Se ha detectado un bucle de encaminamiento</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="148"/>
        <source>the message went round in a loop between servers</source>
        <translation>el mensaje ha dado vueltas en un bucle entre servidores</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="150"/>
        <source>Delivery time expired</source>
        <translation>Tiempo de entrega agotado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="151"/>
        <source>the message waited too long and delivery was given up</source>
        <translation>el mensaje ha esperado demasiado y se ha abandonado la entrega</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="153"/>
        <source>Other or undefined protocol status</source>
        <translation>Otro estado de protocolo o no definido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="154"/>
        <source>something about the SMTP conversation, with no more detail</source>
        <translation>algo relativo a la conversación SMTP, sin más detalle</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="156"/>
        <source>Invalid command</source>
        <translation>Comando no válido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="157"/>
        <source>the command is not known, or not allowed at this point</source>
        <translation>el comando no se conoce, o no se permite en este punto</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="159"/>
        <source>Syntax error</source>
        <translation>Error de sintaxis</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="160"/>
        <source>the command could not be read</source>
        <translation>no se ha podido leer el comando</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="161"/>
        <source>Too many recipients</source>
        <translation>Demasiados destinatarios</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="162"/>
        <source>the message has more recipients than the server takes at once</source>
        <translation>el mensaje tiene más destinatarios de los que el servidor admite a la vez</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="164"/>
        <source>Invalid command arguments</source>
        <translation>Argumentos del comando no válidos</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="165"/>
        <source>the command was understood but its arguments were not valid</source>
        <translation>se ha entendido el comando, pero sus argumentos no eran válidos</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="167"/>
        <source>Wrong protocol version</source>
        <translation>Versión de protocolo incorrecta</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="168"/>
        <source>the two sides could not agree on a protocol version</source>
        <translation>las dos partes no han podido ponerse de acuerdo en una versión del protocolo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="170"/>
        <source>Authentication Exchange line is too long</source>
        <translation>La línea del intercambio de autenticación es demasiado larga</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="171"/>
        <source>a line of the login exchange was longer than the server accepts</source>
        <translation>una línea del intercambio de inicio de sesión era más larga de lo que acepta el servidor</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="174"/>
        <source>Other or undefined media error</source>
        <translation>Otro error de medio o no definido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="175"/>
        <source>something about the content, with no more detail</source>
        <translation>algo relativo al contenido, sin más detalle</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="177"/>
        <source>Media not supported</source>
        <translation>Medio no admitido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="178"/>
        <source>a kind of content in the message is not supported on the way</source>
        <translation>un tipo de contenido del mensaje no se admite en el camino</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="180"/>
        <source>Conversion required and prohibited</source>
        <translation>Conversión necesaria y prohibida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="181"/>
        <source>the content would have to be converted, but the message forbids it</source>
        <translation>habría que convertir el contenido, pero el mensaje lo prohíbe</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="184"/>
        <source>Conversion required but not supported</source>
        <translation>Conversión necesaria pero no admitida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="185"/>
        <source>the content would have to be converted, and the server cannot do it</source>
        <translation>habría que convertir el contenido, y el servidor no puede hacerlo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="188"/>
        <source>Conversion with loss performed</source>
        <translation>Conversión realizada con pérdida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="189"/>
        <source>the content was converted for delivery and something was lost</source>
        <translation>el contenido se ha convertido para la entrega y se ha perdido algo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="191"/>
        <source>Conversion Failed</source>
        <translation>Conversión fallida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="192"/>
        <source>a conversion of the content was needed and failed</source>
        <translation>era necesaria una conversión del contenido y ha fallado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="194"/>
        <source>Message content not available</source>
        <translation>Contenido del mensaje no disponible</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="195"/>
        <source>the content the message refers to could not be fetched</source>
        <translation>no se ha podido obtener el contenido al que hace referencia el mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="198"/>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Direcciones no ASCII no permitidas para ese remitente o destinatario</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="199"/>
        <source>an address has non-ASCII characters, which this server or mailbox does not allow</source>
        <translation>una dirección tiene caracteres no ASCII, que este servidor o buzón no permite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="203"/>
        <location filename="../smtp/statuscodes.cpp" line="217"/>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <translation>Se requiere una respuesta en UTF-8, pero el cliente SMTP no lo permite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="205"/>
        <source>the server would have to answer in UTF-8, which the client did not allow</source>
        <translation>el servidor tendría que responder en UTF-8, y el cliente no lo ha permitido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="209"/>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <translation>El mensaje con cabeceras UTF-8 no se puede transferir a uno o más destinatarios, así que debe rechazarse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="213"/>
        <source>the message has UTF-8 headers, and the way to a recipient cannot carry them</source>
        <translation>el mensaje tiene cabeceras UTF-8, y el camino hasta un destinatario no puede transportarlas</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="219"/>
        <source>the same as X.6.8; the registry keeps this duplicate as deprecated</source>
        <translation>lo mismo que X.6.8; el registro conserva este duplicado como obsoleto</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="222"/>
        <source>Other or undefined security status</source>
        <translation>Otro estado de seguridad o no definido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="223"/>
        <source>something about security or policy, with no more detail (often a login or a filter)</source>
        <translation>algo relativo a la seguridad o a la política, sin más detalle (a menudo un inicio de sesión o un filtro)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="226"/>
        <source>Delivery not authorized, message refused</source>
        <translation>Entrega no autorizada, mensaje rechazado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="227"/>
        <source>the sender is not authorised to send this: a filter or policy refused it</source>
        <translation>el remitente no está autorizado a enviar esto: lo ha rechazado un filtro o una política</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="230"/>
        <source>Mailing list expansion prohibited</source>
        <translation>Expansión de la lista de correo prohibida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="231"/>
        <source>the sender is not allowed to send to this mailing list</source>
        <translation>el remitente no tiene permiso para enviar a esta lista de correo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="233"/>
        <source>Security conversion required but not possible</source>
        <translation>Conversión de seguridad necesaria pero no posible</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="234"/>
        <source>the message would have to change its security format, and that is not possible</source>
        <translation>el mensaje tendría que cambiar su formato de seguridad, y eso no es posible</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="237"/>
        <source>Security features not supported</source>
        <translation>Funciones de seguridad no admitidas</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="238"/>
        <source>the message asks for security features the way cannot support</source>
        <translation>el mensaje pide funciones de seguridad que el camino no puede admitir</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="240"/>
        <source>Cryptographic failure</source>
        <translation>Fallo criptográfico</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="241"/>
        <source>a key needed to check or decrypt the message was missing or bad</source>
        <translation>faltaba o era incorrecta una clave necesaria para comprobar o descifrar el mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="244"/>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algoritmo criptográfico no admitido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="245"/>
        <source>the message uses a cryptographic algorithm the server does not support</source>
        <translation>el mensaje usa un algoritmo criptográfico que el servidor no admite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="248"/>
        <source>Message integrity failure</source>
        <translation>Fallo de integridad del mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="249"/>
        <source>the message could not be checked because it was damaged or altered</source>
        <translation>no se ha podido comprobar el mensaje porque estaba dañado o alterado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="252"/>
        <source>Authentication credentials invalid</source>
        <translation>Credenciales de autenticación no válidas</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="254"/>
        <source>Authentication mechanism is too weak</source>
        <translation>El mecanismo de autenticación es demasiado débil</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="255"/>
        <source>this login method is weaker than the server allows for this user</source>
        <translation>este método de inicio de sesión es más débil de lo que el servidor permite para este usuario</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="258"/>
        <source>Encryption Needed</source>
        <translation>Cifrado necesario</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="259"/>
        <source>the connection must be encrypted (TLS) before this login method can be used</source>
        <translation>la conexión debe estar cifrada (TLS) antes de poder usar este método de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="263"/>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Cifrado obligatorio para el mecanismo de autenticación solicitado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="264"/>
        <source>this login method may only be used over an encrypted connection</source>
        <translation>este método de inicio de sesión solo se puede usar en una conexión cifrada</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="267"/>
        <source>A password transition is needed</source>
        <translation>Se necesita una transición de contraseña</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="268"/>
        <source>the account must log in once with a plain password before this method works</source>
        <translation>la cuenta debe iniciar sesión una vez con una contraseña en claro antes de que este método funcione</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="271"/>
        <source>User Account Disabled</source>
        <translation>Cuenta de usuario desactivada</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="272"/>
        <source>the account is disabled; only its administrator can enable it</source>
        <translation>la cuenta está desactivada; solo su administrador puede activarla</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="274"/>
        <source>Trust relationship required</source>
        <translation>Se requiere una relación de confianza</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="275"/>
        <source>the server needs a configured trust with another server to fetch the content</source>
        <translation>el servidor necesita una confianza configurada con otro servidor para obtener el contenido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="278"/>
        <source>Priority Level is too low</source>
        <translation>El nivel de prioridad es demasiado bajo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="279"/>
        <source>the message&apos;s priority is below what the server takes now</source>
        <translation>la prioridad del mensaje está por debajo de lo que el servidor acepta ahora</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="281"/>
        <source>Message is too big for the specified priority</source>
        <translation>El mensaje es demasiado grande para la prioridad indicada</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="282"/>
        <source>the message is too large for the priority it asks for</source>
        <translation>el mensaje es demasiado grande para la prioridad que solicita</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="284"/>
        <source>Mailbox owner has changed</source>
        <translation>El propietario del buzón ha cambiado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="285"/>
        <source>the recipient&apos;s mailbox has had a new owner since the date the message required</source>
        <translation>el buzón del destinatario ha tenido un nuevo propietario desde la fecha que exigía el mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="288"/>
        <source>Domain owner has changed</source>
        <translation>El propietario del dominio ha cambiado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="289"/>
        <source>the recipient&apos;s domain has had a new owner since the date the message required</source>
        <translation>el dominio del destinatario ha tenido un nuevo propietario desde la fecha que exigía el mensaje</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="292"/>
        <source>RRVS test cannot be completed</source>
        <translation>No se puede completar la prueba RRVS</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="293"/>
        <source>the server cannot tell whether the mailbox changed owner since the required date</source>
        <translation>el servidor no puede saber si el buzón ha cambiado de propietario desde la fecha exigida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="296"/>
        <source>No passing DKIM signature found</source>
        <translation>No se ha encontrado ninguna firma DKIM que se supere</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="297"/>
        <source>the message carries no DKIM signature that checks out</source>
        <translation>el mensaje no lleva ninguna firma DKIM que resulte válida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="299"/>
        <source>No acceptable DKIM signature found</source>
        <translation>No se ha encontrado ninguna firma DKIM aceptable</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="300"/>
        <source>the message has valid DKIM signatures, but none the receiver accepts</source>
        <translation>el mensaje tiene firmas DKIM válidas, pero ninguna que acepte el receptor</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="303"/>
        <source>No valid author-matched DKIM signature found</source>
        <translation>No se ha encontrado ninguna firma DKIM válida que coincida con el autor</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="304"/>
        <source>no valid DKIM signature belongs to the domain in the From address</source>
        <translation>ninguna firma DKIM válida pertenece al dominio de la dirección From</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="307"/>
        <source>SPF validation failed</source>
        <translation>Validación SPF fallida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="308"/>
        <source>the sender&apos;s domain does not list this sending server in its SPF record</source>
        <translation>el dominio del remitente no incluye este servidor emisor en su registro SPF</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="311"/>
        <source>SPF validation error</source>
        <translation>Error de validación SPF</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="312"/>
        <source>checking the sender&apos;s SPF record failed with an error</source>
        <translation>la comprobación del registro SPF del remitente ha fallado con un error</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="314"/>
        <source>Reverse DNS validation failed</source>
        <translation>Validación de DNS inverso fallida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="315"/>
        <source>the sending server&apos;s IP address has no matching reverse DNS name</source>
        <translation>la dirección IP del servidor emisor no tiene un nombre de DNS inverso que coincida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="318"/>
        <source>Multiple authentication checks failed</source>
        <translation>Han fallado varias comprobaciones de autenticación</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="319"/>
        <source>the message failed more than one check (SPF, DKIM, DMARC or others)</source>
        <translation>el mensaje no ha superado más de una comprobación (SPF, DKIM, DMARC u otras)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="322"/>
        <source>Sender address has null MX</source>
        <translation>La dirección del remitente tiene un MX nulo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="323"/>
        <source>the sender&apos;s domain says in DNS (a null MX) that it receives no mail, so replies could not arrive</source>
        <translation>el dominio del remitente indica en DNS (un MX nulo) que no recibe correo, así que las respuestas no podrían llegar</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="327"/>
        <source>Mail flood detected</source>
        <translation>Se ha detectado una avalancha de correo</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="328"/>
        <source>the message looks like part of a flood of similar messages</source>
        <translation>el mensaje parece formar parte de una avalancha de mensajes parecidos</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="330"/>
        <source>ARC validation failure</source>
        <translation>Fallo de validación ARC</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="331"/>
        <source>the message&apos;s ARC chain, which forwarders add, did not check out</source>
        <translation>la cadena ARC del mensaje, que añaden los reenviadores, no ha resultado válida</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="334"/>
        <source>REQUIRETLS support required</source>
        <translation>Se requiere compatibilidad con REQUIRETLS</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="335"/>
        <source>the message asked for REQUIRETLS, and the next server on the way does not support it</source>
        <translation>el mensaje ha pedido REQUIRETLS, y el siguiente servidor del camino no lo admite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="546"/>
        <source>encryption is required for this authentication mechanism</source>
        <translation>este mecanismo de autenticación requiere cifrado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="549"/>
        <source>the mailbox is unavailable or the message was refused by policy</source>
        <translation>el buzón no está disponible o el mensaje se ha rechazado por política</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="552"/>
        <source>the user is not local</source>
        <translation>el usuario no es local</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="554"/>
        <source>the message exceeds the storage allocation or size limit</source>
        <translation>el mensaje supera la cuota de almacenamiento o el límite de tamaño</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="557"/>
        <source>the mailbox name is not allowed</source>
        <translation>el nombre del buzón no está permitido</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="559"/>
        <source>the transaction failed</source>
        <translation>la transacción ha fallado</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="561"/>
        <source>the MAIL FROM or RCPT TO parameters were not recognised</source>
        <translation>no se han reconocido los parámetros de MAIL FROM o RCPT TO</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="564"/>
        <source>the recipient&apos;s domain does not accept mail</source>
        <translation>el dominio del destinatario no acepta correo</translation>
    </message>
</context>
<context>
    <name>smtp::TagList</name>
    <message>
        <location filename="../smtp/taglist.cpp" line="35"/>
        <source>an empty element between two &quot;;&quot;</source>
        <translation>un elemento vacío entre dos &quot;;&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/taglist.cpp" line="40"/>
        <source>&quot;%1&quot; is not tag=value</source>
        <translation>&quot;%1&quot; no es etiqueta=valor</translation>
    </message>
    <message>
        <location filename="../smtp/taglist.cpp" line="47"/>
        <source>&quot;%1&quot; is not a valid tag name</source>
        <translation>&quot;%1&quot; no es un nombre de etiqueta válido</translation>
    </message>
    <message>
        <location filename="../smtp/taglist.cpp" line="51"/>
        <source>the tag &quot;%1&quot; appears twice</source>
        <translation>la etiqueta &quot;%1&quot; aparece dos veces</translation>
    </message>
</context>
<context>
    <name>smtp::TlsChannel</name>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="144"/>
        <source>it is self-signed</source>
        <translation>está autofirmado</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="146"/>
        <source>its chain ends in a self-signed certificate nobody here trusts</source>
        <translation>su cadena termina en un certificado autofirmado en el que aquí nadie confía</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="150"/>
        <source>its issuer is not trusted here</source>
        <translation>su emisor no es de confianza aquí</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="152"/>
        <source>it has expired</source>
        <translation>ha caducado</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="154"/>
        <source>it is not valid yet</source>
        <translation>todavía no es válido</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="157"/>
        <source>it is for another name</source>
        <translation>es para otro nombre</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="159"/>
        <source>OpenSSL says: %1</source>
        <translation>OpenSSL indica: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="219"/>
        <location filename="../smtp/tlschannel.cpp" line="268"/>
        <source>The TLS library could not be set up: %1</source>
        <translation>No se pudo preparar la biblioteca TLS: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="258"/>
        <source>The CA file given holds no certificate that can be read.</source>
        <translation>El archivo de CA indicado no contiene ningún certificado legible.</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="283"/>
        <source>The address %1 cannot be checked against a certificate.</source>
        <translation>La dirección %1 no se puede comprobar con un certificado.</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="294"/>
        <source>The server name %1 cannot be checked against a certificate.</source>
        <translation>El nombre del servidor %1 no se puede comprobar con un certificado.</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="375"/>
        <source>the server ended the TLS handshake</source>
        <translation>el servidor terminó la negociación TLS</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="401"/>
        <source>TLS error while sending: %1</source>
        <translation>Error TLS al enviar: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="426"/>
        <source>TLS error while receiving: %1</source>
        <translation>Error TLS al recibir: %1</translation>
    </message>
</context>
<context>
    <name>smtp::TlsReport</name>
    <message>
        <location filename="../smtp/certificateinfo.cpp" line="92"/>
        <source>%1 bits, of a kind Qt does not name</source>
        <translation>%1 bits, de un tipo que Qt no nombra</translation>
    </message>
    <message>
        <location filename="../smtp/certificateinfo.cpp" line="93"/>
        <source>%1 %2 bits</source>
        <translation>%1 %2 bits</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="49"/>
        <source>TLS version %1 (1.2 or later, as RFC 8996 requires)</source>
        <translation>Versión de TLS %1 (1.2 o posterior, como exige RFC 8996)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="50"/>
        <source>TLS version %1 is older than 1.2</source>
        <translation>La versión de TLS %1 es anterior a 1.2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="55"/>
        <source>The certificate is the pinned one (SHA-256 %1)</source>
        <translation>El certificado es el fijado (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="57"/>
        <source>The certificate is not the pinned one (its SHA-256 is %1)</source>
        <translation>El certificado no es el fijado (su SHA-256 es %1)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="64"/>
        <source>The certificate covers the name %1</source>
        <translation>El certificado cubre el nombre %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="65"/>
        <source>The certificate does not cover the name %1</source>
        <translation>El certificado no cubre el nombre %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="71"/>
        <source>Every certificate of the chain is within its validity dates</source>
        <translation>Todos los certificados de la cadena están dentro de sus fechas de validez</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="72"/>
        <source>A certificate of the chain is expired or not yet valid</source>
        <translation>Un certificado de la cadena ha caducado o aún no es válido</translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="75"/>
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>El certificado caduca en %n día</numerusform>
            <numerusform>El certificado caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="80"/>
        <source>The chain is trusted (by the system&apos;s CAs or the extra CA file)</source>
        <translation>La cadena es de confianza (por las CA del sistema o el archivo de CA adicional)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="81"/>
        <source>The chain is accepted (trusted, or the pinned certificate)</source>
        <translation>La cadena se acepta (de confianza, o el certificado fijado)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="105"/>
        <source>TLS handshake not finished</source>
        <translation>Negociación TLS no terminada</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="105"/>
        <source>%1, cipher %2</source>
        <translation>%1, cifrado %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="108"/>
        <source>%1: %n checks passed</source>
        <translation>
            <numerusform>%1: %n comprobación superada</numerusform>
            <numerusform>%1: %n comprobaciones superadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="111"/>
        <source>%1: %2 of %n checks failed</source>
        <translation>
            <numerusform>%1: ha fallado %2 de %n comprobación</numerusform>
            <numerusform>%1: han fallado %2 de %n comprobaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="121"/>
        <source>TLS: %1, cipher %2 (%3-bit key)</source>
        <translation>TLS: %1, cifrado %2 (clave de %3 bits)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="122"/>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS: %1, cifrado %2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="123"/>
        <source>negotiated apart from the cipher (TLS 1.3)</source>
        <translation>negociado aparte del cifrado (TLS 1.3)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="125"/>
        <source>%1, ephemeral key %2</source>
        <translation>%1, clave efímera %2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="126"/>
        <source>  Key exchange: %1</source>
        <translation>  Intercambio de claves: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="128"/>
        <source>  Server authentication: %1</source>
        <translation>  Autenticación del servidor: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="130"/>
        <source>TLS: the handshake with %1 did not finish</source>
        <translation>TLS: la negociación con %1 no ha terminado</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="134"/>
        <source>  Certificate %1: %2, issued by %3%4</source>
        <translation>  Certificado %1: %2, emitido por %3%4</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="136"/>
        <source> (self-signed)</source>
        <translation> (autofirmado)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="137"/>
        <source>    valid %1 to %2</source>
        <translation>    válido del %1 al %2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="140"/>
        <source>    names: %1</source>
        <translation>    nombres: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="142"/>
        <source>    key: %1</source>
        <translation>    clave: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="143"/>
        <source>    SHA-256: %1</source>
        <translation>    SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="146"/>
        <source>pass</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="146"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
</context>
<context>
    <name>smtp::commandline</name>
    <message>
        <location filename="../smtp/commandline.cpp" line="51"/>
        <source>an address literal must be closed with &quot;]&quot;</source>
        <translation>un literal de dirección debe cerrarse con &quot;]&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="57"/>
        <source>an address literal must be an IPv4 address, IPv6:address or tag:value</source>
        <translation>un literal de dirección debe ser una dirección IPv4, IPv6:dirección o etiqueta:valor</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="65"/>
        <location filename="../smtp/commandline.cpp" line="69"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; no es una dirección IPv6</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="74"/>
        <location filename="../smtp/commandline.cpp" line="77"/>
        <source>the tag of an address literal must be letters, digits and hyphens</source>
        <translation>la etiqueta de un literal de dirección debe tener letras, dígitos y guiones</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="79"/>
        <source>an address literal needs a value after &quot;%1:&quot;</source>
        <translation>un literal de dirección necesita un valor tras &quot;%1:&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="85"/>
        <source>an address literal may hold only printable ASCII other than &quot;[&quot;, &quot;\&quot; and &quot;]&quot;</source>
        <translation>un literal de dirección solo puede contener ASCII imprimible salvo &quot;[&quot;, &quot;\&quot; y &quot;]&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="93"/>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="95"/>
        <source>the name contains a line break or NUL</source>
        <translation>el nombre contiene un salto de línea o NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="102"/>
        <source>&quot;%1&quot; is not a host name (letters, digits and hyphens, separated by dots) nor an address literal such as [192.0.2.1]</source>
        <translation>&quot;%1&quot; no es un nombre de equipo (letras, dígitos y guiones, separados por puntos) ni un literal de dirección como [192.0.2.1]</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="125"/>
        <source>NOTIFY contains a line break or NUL</source>
        <translation>NOTIFY contiene un salto de línea o NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="139"/>
        <source>NOTIFY has an empty item</source>
        <translation>NOTIFY tiene un elemento vacío</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="140"/>
        <source>NOTIFY does not know &quot;%1&quot; (use NEVER, or SUCCESS, FAILURE and DELAY)</source>
        <translation>NOTIFY no conoce &quot;%1&quot; (use NEVER, o SUCCESS, FAILURE y DELAY)</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="145"/>
        <source>NOTIFY names %1 twice</source>
        <translation>NOTIFY nombra %1 dos veces</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="152"/>
        <location filename="../smtp/commandline.cpp" line="321"/>
        <source>NOTIFY=NEVER cannot be combined with SUCCESS, FAILURE or DELAY</source>
        <translation>NOTIFY=NEVER no se puede combinar con SUCCESS, FAILURE ni DELAY</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="162"/>
        <source>RET contains a line break or NUL</source>
        <translation>RET contiene un salto de línea o NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="166"/>
        <source>RET must be FULL or HDRS, not &quot;%1&quot;</source>
        <translation>RET debe ser FULL o HDRS, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="175"/>
        <source>ENVID contains a line break or NUL</source>
        <translation>ENVID contiene un salto de línea o NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="177"/>
        <source>ENVID is empty</source>
        <translation>ENVID está vacío</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="180"/>
        <source>ENVID may hold only printable ASCII characters</source>
        <translation>ENVID solo puede contener caracteres ASCII imprimibles</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="182"/>
        <source>ENVID is longer than 100 characters once encoded</source>
        <translation>ENVID ocupa más de 100 caracteres una vez codificado</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="189"/>
        <source>the user name is empty</source>
        <translation>el nombre de usuario está vacío</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="191"/>
        <source>the user name contains a line break or NUL</source>
        <translation>el nombre de usuario contiene un salto de línea o NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="227"/>
        <source>the address contains a line break or NUL</source>
        <translation>la dirección contiene un salto de línea o NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="229"/>
        <source>the address is empty</source>
        <translation>la dirección está vacía</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="234"/>
        <source>the address contains a control character</source>
        <translation>la dirección contiene un carácter de control</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="236"/>
        <source>the address has non-ASCII characters and SMTPUTF8 is not in use</source>
        <translation>la dirección tiene caracteres no ASCII y no se está usando SMTPUTF8</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="240"/>
        <source>the address has a bad escape in its quoted part</source>
        <translation>la dirección tiene un escape incorrecto en su parte entre comillas</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="246"/>
        <source>the address contains a space or an angle bracket</source>
        <translation>la dirección contiene un espacio o un corchete angular</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="249"/>
        <source>the address has an unclosed quote</source>
        <translation>la dirección tiene unas comillas sin cerrar</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="330"/>
        <source>the original recipient contains a line break or NUL</source>
        <translation>el destinatario original contiene un salto de línea o NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="355"/>
        <location filename="../smtp/commandline.cpp" line="360"/>
        <source>the login method name is not valid</source>
        <translation>el nombre del método de inicio de sesión no es válido</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="366"/>
        <location filename="../smtp/commandline.cpp" line="377"/>
        <source>the login response is not base64</source>
        <translation>la respuesta de inicio de sesión no es base64</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="400"/>
        <source>the line contains a line break (CR or LF) or a NUL character, which would end or cut the command; nothing was sent</source>
        <translation>la línea contiene un salto de línea (CR o LF) o un carácter NUL, que terminaría o cortaría el comando; no se ha enviado nada</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="403"/>
        <source>the line is empty; nothing was sent</source>
        <translation>la línea está vacía; no se ha enviado nada</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="405"/>
        <source>the line is %1 octets long; a command line may have at most %2 (512 with its CRLF, RFC 5321 §4.5.3.1.4); nothing was sent</source>
        <translation>la línea tiene %1 octetos; una línea de comando puede tener como máximo %2 (512 con su CRLF, RFC 5321 §4.5.3.1.4); no se ha enviado nada</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="420"/>
        <source>the line contains a line break (CR or LF) or a NUL character; each line of the message is typed on its own; nothing was sent</source>
        <translation>la línea contiene un salto de línea (CR o LF) o un carácter NUL; cada línea del mensaje se escribe por separado; no se ha enviado nada</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="423"/>
        <source>the line is %1 octets long; a line of a message may have at most %2 (1000 with its CRLF, RFC 5321 §4.5.3.1.6); nothing was sent</source>
        <translation>la línea tiene %1 octetos; una línea de un mensaje puede tener como máximo %2 (1000 con su CRLF, RFC 5321 §4.5.3.1.6); no se ha enviado nada</translation>
    </message>
</context>
<context>
    <name>smtp::dkim</name>
    <message>
        <location filename="../smtp/dkim.cpp" line="32"/>
        <source>v= must be the first tag and be DKIM1</source>
        <translation>v= debe ser la primera etiqueta y valer DKIM1</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="36"/>
        <source>the public key p= is missing</source>
        <translation>falta la clave pública p=</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="53"/>
        <source>the public key p= is not valid base64</source>
        <translation>la clave pública p= no es base64 válido</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="59"/>
        <source>an ed25519 key must be 32 bytes, this one has %1</source>
        <translation>una clave ed25519 debe tener 32 bytes, esta tiene %1</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="66"/>
        <source>k=%1 is not a key type DKIM knows (rsa or ed25519)</source>
        <translation>k=%1 no es un tipo de clave que DKIM conozca (rsa o ed25519)</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="71"/>
        <source>the public key p= is not an RSA public key</source>
        <translation>la clave pública p= no es una clave pública RSA</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="85"/>
        <source>The DKIM key at %1 cannot be used: %2. Signatures with this selector fail.</source>
        <translation>La clave DKIM de %1 no se puede usar: %2. Las firmas con este selector fallan.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="87"/>
        <source>Publish the key exactly as your mail provider or signing software gives it.</source>
        <translation>Publique la clave exactamente como se la da su proveedor de correo o su software de firma.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="93"/>
        <source>The DKIM key at %1 is revoked (empty p=): signatures with this selector fail.</source>
        <translation>La clave DKIM de %1 está revocada (p= vacío): las firmas con este selector fallan.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="94"/>
        <source>Stop signing with selector %1, or publish its key again.</source>
        <translation>Deje de firmar con el selector %1, o vuelva a publicar su clave.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="100"/>
        <source>The DKIM key at %1 is RSA of %2 bits: receivers ignore keys under 1024 bits (RFC 8301).</source>
        <translation>La clave DKIM de %1 es RSA de %2 bits: los receptores ignoran las claves de menos de 1024 bits (RFC 8301).</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="103"/>
        <location filename="../smtp/dkim.cpp" line="109"/>
        <source>Generate a 2048-bit key and publish it under a new selector.</source>
        <translation>Genere una clave de 2048 bits y publíquela con un selector nuevo.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="106"/>
        <source>The DKIM key at %1 is RSA of %2 bits: accepted, but 2048 bits is recommended.</source>
        <translation>La clave DKIM de %1 es RSA de %2 bits: se acepta, pero se recomiendan 2048 bits.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="114"/>
        <source>The DKIM key at %1 is present: %2, %3 bits.</source>
        <translation>La clave DKIM de %1 está presente: %2, %3 bits.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="118"/>
        <source>The key is marked as testing (t=y): receivers may treat its signatures as unsigned.</source>
        <translation>La clave está marcada como de prueba (t=y): los receptores pueden tratar sus firmas como si no hubiera firma.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="119"/>
        <source>Remove t=y once signing works.</source>
        <translation>Quite t=y cuando la firma funcione.</translation>
    </message>
</context>
<context>
    <name>smtp::dmarc</name>
    <message>
        <location filename="../smtp/dmarc.cpp" line="46"/>
        <source>the record must start with v=DMARC1</source>
        <translation>el registro debe empezar por v=DMARC1</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="50"/>
        <source>the policy p= must come right after v=DMARC1</source>
        <translation>la política p= debe ir justo después de v=DMARC1</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="60"/>
        <source>%1=%2: the policy must be none, quarantine or reject</source>
        <translation>%1=%2: la política debe ser none, quarantine o reject</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="68"/>
        <source>pct=%1: the percentage must be a whole number from 0 to 100</source>
        <translation>pct=%1: el porcentaje debe ser un número entero de 0 a 100</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="74"/>
        <source>%1=%2: alignment must be r (relaxed) or s (strict)</source>
        <translation>%1=%2: la alineación debe ser r (relajada) o s (estricta)</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="83"/>
        <source>%1: &quot;%2&quot; is not a report address (mailto:ADDRESS)</source>
        <translation>%1: &quot;%2&quot; no es una dirección de informes (mailto:DIRECCIÓN)</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="93"/>
        <source>ri=%1: the report interval must be a number of seconds</source>
        <translation>ri=%1: el intervalo de informes debe ser un número de segundos</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="99"/>
        <source>fo=%1: the failure options are 0, 1, d and s, separated by &quot;:&quot;</source>
        <translation>fo=%1: las opciones de fallo son 0, 1, d y s, separadas por &quot;:&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="104"/>
        <source>rf=%1: the only report format is afrf</source>
        <translation>rf=%1: el único formato de informe es afrf</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="119"/>
        <source>The DMARC record of %1 has a syntax error: %2. Receivers ignore it, as if there were none.</source>
        <translation>El registro DMARC de %1 tiene un error de sintaxis: %2. Los receptores lo ignoran, como si no existiera.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="122"/>
        <source>Correct it, e.g. &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</source>
        <translation>Corríjalo, p. ej. &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="128"/>
        <source>%1 has no DMARC record of its own; the one of its organisational domain %2 applies (with its sp= policy, if any).</source>
        <translation>%1 no tiene registro DMARC propio; se aplica el de su dominio organizativo %2 (con su política sp=, si la hay).</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="136"/>
        <source>The DMARC policy is p=none: receivers only report; mail that fails SPF and DKIM alignment is still delivered, so the domain can be forged.</source>
        <translation>La política DMARC es p=none: los receptores solo informan; el correo que no supera la alineación de SPF y DKIM se sigue entregando, así que el dominio se puede falsificar.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="138"/>
        <source>After reading the reports for a while, move to p=quarantine, then p=reject.</source>
        <translation>Tras leer los informes durante un tiempo, pase a p=quarantine y luego a p=reject.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="142"/>
        <source>The DMARC policy is p=quarantine: mail that fails alignment goes to spam.</source>
        <translation>La política DMARC es p=quarantine: el correo que no supera la alineación va a spam.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="147"/>
        <source>The DMARC policy is p=reject: mail that fails alignment is refused.</source>
        <translation>La política DMARC es p=reject: el correo que no supera la alineación se rechaza.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="152"/>
        <source>Subdomains have their own policy: sp=%1.</source>
        <translation>Los subdominios tienen su propia política: sp=%1.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="156"/>
        <source>pct=%1: the policy applies to %1% of failing mail only; the rest is treated as with p=none.</source>
        <translation>pct=%1: la política solo se aplica al %1% del correo que falla; el resto se trata como con p=none.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="159"/>
        <source>Raise pct to 100 (or remove it) once you are confident.</source>
        <translation>Suba pct a 100 (o quítelo) cuando esté seguro.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="163"/>
        <source>Alignment: DKIM %1, SPF %2 (relaxed: the signing or envelope domain may be a subdomain of the From domain; strict: it must be the same name).</source>
        <translation>Alineación: DKIM %1, SPF %2 (relajada: el dominio de firma o del sobre puede ser un subdominio del dominio From; estricta: debe ser el mismo nombre).</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="165"/>
        <source>strict</source>
        <translation>estricta</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="165"/>
        <source>relaxed</source>
        <translation>relajada</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="169"/>
        <source>No aggregate report address (rua=): you will not learn who sends mail as %1, nor what fails.</source>
        <translation>No hay dirección para informes agregados (rua=): no sabrá quién envía correo como %1 ni qué falla.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="172"/>
        <source>Add rua=mailto:ADDRESS to receive the daily reports.</source>
        <translation>Añada rua=mailto:DIRECCIÓN para recibir los informes diarios.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="176"/>
        <source>Aggregate reports go to %1.</source>
        <translation>Los informes agregados van a %1.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="182"/>
        <source>Failure reports go to %1 (few receivers send them).</source>
        <translation>Los informes de fallos van a %1 (pocos receptores los envían).</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="194"/>
        <source>Reports for %1 go to another domain (%2): it must publish &quot;%1._report._dmarc.%2&quot; (RFC 7489 §7.1), or receivers will not send them.</source>
        <translation>Los informes de %1 van a otro dominio (%2): este debe publicar &quot;%1._report._dmarc.%2&quot; (RFC 7489 §7.1), o los receptores no los enviarán.</translation>
    </message>
</context>
<context>
    <name>smtp::domainreport</name>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="81"/>
        <source>%1 has no MX record: replies and bounces go to its address record, if it has one (RFC 5321 §5.1), and some receivers distrust senders whose domain receives no mail.</source>
        <translation>%1 no tiene registro MX: las respuestas y los rebotes van a su registro de dirección, si lo tiene (RFC 5321 §5.1), y algunos receptores desconfían de los remitentes cuyo dominio no recibe correo.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="84"/>
        <source>Publish an MX record naming the server that receives mail for %1.</source>
        <translation>Publique un registro MX que nombre el servidor que recibe el correo de %1.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="90"/>
        <source>%1 publishes a null MX (RFC 7505): it receives no mail, so replies and bounces to its senders are lost.</source>
        <translation>%1 publica un MX nulo (RFC 7505): no recibe correo, así que se pierden las respuestas y los rebotes dirigidos a sus remitentes.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="93"/>
        <source>If people should be able to reply, publish a real MX record.</source>
        <translation>Si se le debe poder responder, publique un registro MX real.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="100"/>
        <source>The mail server %1 (an MX of %2) has no address (A or AAAA record): mail to %2 cannot be delivered to it.</source>
        <translation>El servidor de correo %1 (un MX de %2) no tiene dirección (registro A o AAAA): el correo para %2 no se le puede entregar.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="103"/>
        <source>Give %1 an A record, or remove it from the MX records.</source>
        <translation>Dé a %1 un registro A, o quítelo de los registros MX.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="108"/>
        <source>Mail for %1 is received by %2 (%3).</source>
        <translation>El correo para %1 lo recibe %2 (%3).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="126"/>
        <source>%1 has no SPF record: receivers cannot tell which servers may send its mail, and large providers refuse or junk mail that has neither SPF nor DKIM.</source>
        <translation>%1 no tiene registro SPF: los receptores no pueden saber qué servidores pueden enviar su correo, y los grandes proveedores rechazan o marcan como basura el correo que no tiene ni SPF ni DKIM.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="129"/>
        <source>Publish a TXT record at %1 such as &quot;v=spf1 mx include:YOUR-PROVIDER -all&quot; (your mail provider documents its include).</source>
        <translation>Publique un registro TXT en %1 como &quot;v=spf1 mx include:YOUR-PROVIDER -all&quot; (su proveedor de correo documenta su include).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="136"/>
        <source>The SPF record of %1: %2</source>
        <translation>El registro SPF de %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="150"/>
        <source>Checking an address against the record takes %1 of the %2 DNS lookups allowed (RFC 7208 §4.6.4), %3 of them finding nothing.</source>
        <translation>Comprobar una dirección con el registro requiere %1 de las %2 consultas DNS permitidas (RFC 7208 §4.6.4), %3 de ellas sin resultado.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="156"/>
        <source>Close to the limit: one more include and SPF fails for everyone. Replace includes by ip4/ip6 ranges where you can.</source>
        <translation>Cerca del límite: un include más y SPF falla para todos. Sustituya los include por rangos ip4/ip6 donde pueda.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="166"/>
        <source>For the submission server %1 (%2), SPF says %3: %4.</source>
        <translation>Para el servidor de envío %1 (%2), SPF dice %3: %4.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="172"/>
        <source>It matched %1.</source>
        <translation>Ha coincidido con %1.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="180"/>
        <source>Add the server to the record: &quot;%1&quot; (or your provider&apos;s include), before the &quot;all&quot; at the end.</source>
        <translation>Añada el servidor al registro: &quot;%1&quot; (o el include de su proveedor), antes del &quot;all&quot; final.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="187"/>
        <source>Check that the DNS servers answer.</source>
        <translation>Compruebe que los servidores DNS responden.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="190"/>
        <source>Correct the record (see above).</source>
        <translation>Corrija el registro (véase arriba).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="216"/>
        <source>%1 has no DMARC record: receivers do not know what to do with mail that fails SPF and DKIM, and large providers require one from bulk senders.</source>
        <translation>%1 no tiene registro DMARC: los receptores no saben qué hacer con el correo que no supera SPF ni DKIM, y los grandes proveedores lo exigen a los remitentes masivos.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="219"/>
        <source>Publish a TXT record at _dmarc.%1: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot; to start with.</source>
        <translation>Para empezar, publique un registro TXT en _dmarc.%1: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="227"/>
        <source>_dmarc.%1 holds %2 DMARC records: receivers then apply none of them.</source>
        <translation>_dmarc.%1 contiene %2 registros DMARC: en ese caso los receptores no aplican ninguno.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="230"/>
        <location filename="../smtp/domaincheck.cpp" line="288"/>
        <source>Keep exactly one.</source>
        <translation>Deje exactamente uno.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="234"/>
        <source>The DMARC record of %1: %2</source>
        <translation>El registro DMARC de %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="244"/>
        <source>No DKIM selector given, so no key was looked up (DNS cannot list them).</source>
        <translation>No se ha indicado ningún selector DKIM, así que no se ha consultado ninguna clave (el DNS no puede enumerarlas).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="245"/>
        <source>Give the selector: it is the s= of the DKIM-Signature header in a message you sent.</source>
        <translation>Indique el selector: es el s= de la cabecera DKIM-Signature de un mensaje que haya enviado.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="255"/>
        <source>There is no DKIM key at %1: messages signed with selector %2 fail DKIM.</source>
        <translation>No hay ninguna clave DKIM en %1: los mensajes firmados con el selector %2 no superan DKIM.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="257"/>
        <source>Publish the public key your mail provider or signing software gives for selector %1, or check the selector&apos;s spelling.</source>
        <translation>Publique la clave pública que su proveedor de correo o su software de firma da para el selector %1, o compruebe cómo se escribe el selector.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="278"/>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without verified TLS.</source>
        <translation>%1 no publica ninguna política MTA-STS: los remitentes pueden entregarle correo sin TLS verificado.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="279"/>
        <source>Optional: publish _mta-sts.%1 and a policy file at https://mta-sts.%1/.well-known/mta-sts.txt (RFC 8461) so senders insist on TLS.</source>
        <translation>Opcional: publique _mta-sts.%1 y un archivo de política en https://mta-sts.%1/.well-known/mta-sts.txt (RFC 8461) para que los remitentes exijan TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="285"/>
        <source>_mta-sts.%1 holds %2 MTA-STS records: senders then ignore MTA-STS (RFC 8461 §3.1).</source>
        <translation>_mta-sts.%1 contiene %2 registros MTA-STS: en ese caso los remitentes ignoran MTA-STS (RFC 8461 §3.1).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="306"/>
        <source>%1 publishes no TLS-RPT record: senders cannot report TLS failures to you.</source>
        <translation>%1 no publica ningún registro TLS-RPT: los remitentes no pueden informarle de fallos de TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="307"/>
        <source>Publish a TXT record at _smtp._tls.%1: &quot;v=TLSRPTv1; rua=mailto:tls-reports@%1&quot; (RFC 8460).</source>
        <translation>Publique un registro TXT en _smtp._tls.%1: &quot;v=TLSRPTv1; rua=mailto:tls-reports@%1&quot; (RFC 8460).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="315"/>
        <source>The TLS-RPT record _smtp._tls.%1 has an error: %2.</source>
        <translation>El registro TLS-RPT _smtp._tls.%1 tiene un error: %2.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="316"/>
        <source>Write it as &quot;v=TLSRPTv1; rua=mailto:ADDRESS&quot;.</source>
        <translation>Escríbalo como &quot;v=TLSRPTv1; rua=mailto:DIRECCIÓN&quot;.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="320"/>
        <source>TLS failure reports go to %1.</source>
        <translation>Los informes de fallos de TLS van a %1.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="331"/>
        <source>The server name %1 has no address.</source>
        <translation>El nombre de servidor %1 no tiene dirección.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="332"/>
        <source>Check the server name in your account settings.</source>
        <translation>Compruebe el nombre del servidor en los ajustes de la cuenta.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="338"/>
        <source>Could not read the greeting of %1: %2</source>
        <translation>No se ha podido leer el saludo de %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="339"/>
        <source>Its name was not compared with the reverse DNS.</source>
        <translation>Su nombre no se ha comparado con el DNS inverso.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="343"/>
        <source>%1 greets with &quot;%2&quot; and introduces itself in EHLO as %3.</source>
        <translation>%1 saluda con &quot;%2&quot; y se presenta en EHLO como %3.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="351"/>
        <source>The address %1 of %2 has no reverse DNS (PTR record): many receivers refuse or junk mail from such addresses.</source>
        <translation>La dirección %1 de %2 no tiene DNS inverso (registro PTR): muchos receptores rechazan o marcan como basura el correo de esas direcciones.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="354"/>
        <source>Ask whoever runs the server&apos;s network to set the PTR record of %1 to the server&apos;s name.</source>
        <translation>Pida a quien gestione la red del servidor que fije el registro PTR de %1 al nombre del servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="365"/>
        <source>The reverse DNS of %1 says %2, but that name does not lead back to %1: receivers treat the name as unverified.</source>
        <translation>El DNS inverso de %1 dice %2, pero ese nombre no lleva de vuelta a %1: los receptores tratan el nombre como no verificado.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="368"/>
        <source>Give %1 an address record for %2.</source>
        <translation>Dé a %1 un registro de dirección para %2.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="372"/>
        <source>The reverse DNS of %1 is %2, and it leads back to the address.</source>
        <translation>El DNS inverso de %1 es %2, y lleva de vuelta a la dirección.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="383"/>
        <source>The server&apos;s greeting name %1 matches its reverse DNS.</source>
        <translation>El nombre con el que saluda el servidor, %1, coincide con su DNS inverso.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="387"/>
        <source>The server greets as %1, but the reverse DNS of %2 is %3: receivers that compare them may distrust its mail.</source>
        <translation>El servidor saluda como %1, pero el DNS inverso de %2 es %3: los receptores que los comparan pueden desconfiar de su correo.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="390"/>
        <source>Make the server&apos;s host name and the PTR record of its address the same.</source>
        <translation>Haga que el nombre del equipo del servidor y el registro PTR de su dirección sean iguales.</translation>
    </message>
</context>
<context>
    <name>smtp::mtasts</name>
    <message>
        <location filename="../smtp/mtasts.cpp" line="34"/>
        <source>the record must start with v=STSv1</source>
        <translation>el registro debe empezar por v=STSv1</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="40"/>
        <source>the id= tag is missing</source>
        <translation>falta la etiqueta id=</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="45"/>
        <source>id=%1: the id must be 1 to 32 letters and digits</source>
        <translation>id=%1: el id debe tener de 1 a 32 letras y dígitos</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="62"/>
        <source>the line &quot;%1&quot; is not &quot;key: value&quot;</source>
        <translation>la línea &quot;%1&quot; no es &quot;clave: valor&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="69"/>
        <source>version: %1 is not STSv1</source>
        <translation>version: %1 no es STSv1</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="76"/>
        <source>mode: %1 is not enforce, testing or none</source>
        <translation>mode: %1 no es enforce, testing ni none</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="84"/>
        <source>mx: %1 is not a host name pattern</source>
        <translation>mx: %1 no es un patrón de nombre de equipo</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="93"/>
        <source>max_age: %1 is not a number of seconds up to 31557600</source>
        <translation>max_age: %1 no es un número de segundos de hasta 31557600</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="100"/>
        <source>the version: STSv1 line is missing</source>
        <translation>falta la línea version: STSv1</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="102"/>
        <source>the mode: line is missing</source>
        <translation>falta la línea mode:</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="104"/>
        <source>the max_age: line is missing</source>
        <translation>falta la línea max_age:</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="106"/>
        <source>no mx: line: with mode %1 the policy must name the mail servers</source>
        <translation>no hay línea mx: con el modo %1 la política debe nombrar los servidores de correo</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="129"/>
        <source>The MTA-STS record _mta-sts.%1 has an error: %2. Senders ignore MTA-STS.</source>
        <translation>El registro MTA-STS _mta-sts.%1 tiene un error: %2. Los remitentes ignoran MTA-STS.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="131"/>
        <source>Publish &quot;v=STSv1; id=20260101&quot; (change the id whenever the policy changes).</source>
        <translation>Publique &quot;v=STSv1; id=20260101&quot; (cambie el id cada vez que cambie la política).</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="136"/>
        <source>The MTA-STS policy https://mta-sts.%1/.well-known/mta-sts.txt cannot be used: %2.</source>
        <translation>La política MTA-STS https://mta-sts.%1/.well-known/mta-sts.txt no se puede usar: %2.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="138"/>
        <source>Serve a text/plain file over HTTPS with a valid certificate for mta-sts.%1, with version, mode, mx and max_age lines.</source>
        <translation>Sirva un archivo text/plain por HTTPS con un certificado válido para mta-sts.%1, con las líneas version, mode, mx y max_age.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="146"/>
        <source>MTA-STS is enforced (id %1): senders deliver to %2 only over verified TLS.</source>
        <translation>MTA-STS se aplica (id %1): los remitentes solo entregan a %2 mediante TLS verificado.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="151"/>
        <source>MTA-STS is in testing mode (id %1): senders report TLS failures but still deliver.</source>
        <translation>MTA-STS está en modo de prueba (id %1): los remitentes informan de los fallos de TLS pero siguen entregando.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="153"/>
        <source>Once the TLS reports are clean, set mode: enforce.</source>
        <translation>Cuando los informes de TLS estén limpios, ponga mode: enforce.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="156"/>
        <source>MTA-STS is published with mode: none (switched off).</source>
        <translation>MTA-STS está publicado con mode: none (desactivado).</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="159"/>
        <source>max_age is %1 seconds: senders forget the policy quickly, which weakens it.</source>
        <translation>max_age es %1 segundos: los remitentes olvidan pronto la política, lo que la debilita.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="161"/>
        <source>Use at least a day (86400), and weeks (e.g. 1209600) once it works.</source>
        <translation>Use al menos un día (86400), y semanas (p. ej. 1209600) cuando funcione.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="171"/>
        <source>The mail server %1 (an MX of %2) is not named in the policy&apos;s mx lines: senders that enforce MTA-STS will not deliver to it.</source>
        <translation>El servidor de correo %1 (un MX de %2) no aparece en las líneas mx de la política: los remitentes que aplican MTA-STS no le entregarán correo.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="174"/>
        <source>Add &quot;mx: %1&quot; to the policy and change the id in _mta-sts.%2.</source>
        <translation>Añada &quot;mx: %1&quot; a la política y cambie el id en _mta-sts.%2.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="195"/>
        <source>the record must start with v=TLSRPTv1</source>
        <translation>el registro debe empezar por v=TLSRPTv1</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="199"/>
        <source>the report address rua= is missing</source>
        <translation>falta la dirección de informes rua=</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="206"/>
        <source>rua: &quot;%1&quot; is not mailto:ADDRESS nor an https:// address</source>
        <translation>rua: &quot;%1&quot; no es mailto:DIRECCIÓN ni una dirección https://</translation>
    </message>
</context>
<context>
    <name>smtp::saslPrep</name>
    <message>
        <location filename="../smtp/saslprep.cpp" line="25"/>
        <source>it contains a character that SASLprep (RFC 4013) forbids, such as a control character</source>
        <translation>contiene un carácter que SASLprep (RFC 4013) prohíbe, como un carácter de control</translation>
    </message>
    <message>
        <location filename="../smtp/saslprep.cpp" line="32"/>
        <source>it mixes right-to-left and left-to-right text in a way that SASLprep (RFC 4013 §6) forbids</source>
        <translation>mezcla texto de derecha a izquierda y de izquierda a derecha de una forma que SASLprep (RFC 4013 §6) prohíbe</translation>
    </message>
    <message>
        <location filename="../smtp/saslprep.cpp" line="37"/>
        <source>SASLprep (RFC 4013) could not prepare it (error %1)</source>
        <translation>SASLprep (RFC 4013) no ha podido prepararlo (error %1)</translation>
    </message>
</context>
<context>
    <name>smtp::spf</name>
    <message>
        <location filename="../smtp/spf.cpp" line="40"/>
        <source>a domain is missing</source>
        <translation>falta un dominio</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="52"/>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>&quot;%1&quot; no es un nombre de dominio</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="91"/>
        <source>&quot;%1&quot; is neither a mechanism nor a modifier</source>
        <translation>&quot;%1&quot; no es ni un mecanismo ni un modificador</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="101"/>
        <source>&quot;%1&quot; needs a domain after &quot;:&quot;</source>
        <translation>&quot;%1&quot; necesita un dominio tras &quot;:&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="110"/>
        <source>&quot;%1&quot;: &quot;all&quot; takes nothing after it</source>
        <translation>&quot;%1&quot;: &quot;all&quot; no admite nada detrás</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="126"/>
        <source>&quot;%1&quot; is not a valid &quot;%2&quot; mechanism</source>
        <translation>&quot;%1&quot; no es un mecanismo &quot;%2&quot; válido</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="131"/>
        <location filename="../smtp/spf.cpp" line="181"/>
        <source>&quot;%1&quot;: the IPv4 prefix length must be 0 to 32</source>
        <translation>&quot;%1&quot;: la longitud del prefijo IPv4 debe ser de 0 a 32</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="135"/>
        <location filename="../smtp/spf.cpp" line="182"/>
        <source>&quot;%1&quot;: the IPv6 prefix length must be 0 to 128</source>
        <translation>&quot;%1&quot;: la longitud del prefijo IPv6 debe ser de 0 a 128</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="147"/>
        <source>&quot;%1&quot; is not a valid &quot;ptr&quot; mechanism</source>
        <translation>&quot;%1&quot; no es un mecanismo &quot;ptr&quot; válido</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="157"/>
        <source>&quot;%1&quot; needs an address after &quot;:&quot;</source>
        <translation>&quot;%1&quot; necesita una dirección tras &quot;:&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="176"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; no es una dirección IPv4</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="177"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; no es una dirección IPv6</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="187"/>
        <source>&quot;%1&quot; is not a mechanism SPF knows</source>
        <translation>&quot;%1&quot; no es un mecanismo que SPF conozca</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="223"/>
        <source>The TXT records of %1 could not be read: %2</source>
        <translation>No se han podido leer los registros TXT de %1: %2</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="224"/>
        <source>Check that the domain&apos;s DNS servers answer.</source>
        <translation>Compruebe que los servidores DNS del dominio responden.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="236"/>
        <source>%1 publishes %2 SPF records; receivers treat that as an error (permerror).</source>
        <translation>%1 publica %2 registros SPF; los receptores lo tratan como un error (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="240"/>
        <source>Merge them into one TXT record that starts with v=spf1.</source>
        <translation>Fusiónelos en un solo registro TXT que empiece por v=spf1.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="247"/>
        <source>The SPF record of %1 has a syntax error: %2. Receivers treat the whole record as an error (permerror).</source>
        <translation>El registro SPF de %1 tiene un error de sintaxis: %2. Los receptores tratan todo el registro como un error (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="250"/>
        <source>Correct the record; every term must follow RFC 7208.</source>
        <translation>Corrija el registro; cada término debe seguir RFC 7208.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="273"/>
        <source>Evaluating the SPF record needs more than %1 DNS lookups (include, a, mx, ptr, exists, redirect); receivers stop there with an error (permerror), so SPF fails for everyone.</source>
        <translation>Evaluar el registro SPF requiere más de %1 consultas DNS (include, a, mx, ptr, exists, redirect); los receptores se detienen ahí con un error (permerror), así que SPF falla para todos.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="277"/>
        <source>Reduce the lookups: replace include, a and mx by the ip4/ip6 ranges they stand for, or drop services you no longer use.</source>
        <translation>Reduzca las consultas: sustituya include, a y mx por los rangos ip4/ip6 que representan, o elimine servicios que ya no use.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="294"/>
        <source>More than %1 of the DNS lookups of this SPF check found no record (void lookups, RFC 7208 §4.6.4; the last: %2); receivers stop there with an error (permerror).</source>
        <translation>Más de %1 de las consultas DNS de esta comprobación SPF no encontraron ningún registro (consultas vacías, RFC 7208 §4.6.4; la última: %2); los receptores se detienen ahí con un error (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="299"/>
        <source>Remove the terms that name domains or hosts that no longer exist.</source>
        <translation>Elimine los términos que nombran dominios o equipos que ya no existen.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="350"/>
        <source>The SPF records loop: %1 leads back to %2. Receivers give up with an error (permerror).</source>
        <translation>Los registros SPF forman un bucle: %1 lleva de vuelta a %2. Los receptores desisten con un error (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="353"/>
        <source>Remove the include or redirect that points back.</source>
        <translation>Elimine el include o redirect que apunta hacia atrás.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="395"/>
        <source>%1 includes %2, which has no SPF record: receivers treat that as an error (permerror).</source>
        <translation>%1 incluye %2, que no tiene registro SPF: los receptores lo tratan como un error (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="398"/>
        <source>Remove include:%1, or ask its owner for the right name.</source>
        <translation>Elimine include:%1, o pida a su propietario el nombre correcto.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="433"/>
        <source>&quot;%1&quot; in the record of %2 names %3 mail servers; SPF allows 10 (permerror).</source>
        <translation>&quot;%1&quot; en el registro de %2 nombra %3 servidores de correo; SPF permite 10 (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="437"/>
        <source>List the servers&apos; addresses with ip4/ip6 instead.</source>
        <translation>Enumere en su lugar las direcciones de los servidores con ip4/ip6.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="510"/>
        <source>%1 redirects to %2, which has no SPF record: receivers treat that as an error (permerror).</source>
        <translation>%1 redirige a %2, que no tiene registro SPF: los receptores lo tratan como un error (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="513"/>
        <source>Point redirect= at a domain that publishes an SPF record.</source>
        <translation>Haga que redirect= apunte a un dominio que publique un registro SPF.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="575"/>
        <source>the domain publishes no SPF record, so receivers cannot tell its servers</source>
        <translation>el dominio no publica ningún registro SPF, así que los receptores no pueden saber cuáles son sus servidores</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="577"/>
        <source>the record makes no statement about this address</source>
        <translation>el registro no dice nada sobre esta dirección</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="579"/>
        <source>this address may send mail for the domain</source>
        <translation>esta dirección puede enviar correo del dominio</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="581"/>
        <source>this address may not send mail for the domain: receivers may reject it</source>
        <translation>esta dirección no puede enviar correo del dominio: los receptores pueden rechazarlo</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="583"/>
        <source>this address is probably not allowed: receivers usually mark the mail as suspicious</source>
        <translation>probablemente esta dirección no está permitida: los receptores suelen marcar el correo como sospechoso</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="585"/>
        <source>a DNS lookup failed for now: receivers may defer the mail</source>
        <translation>una consulta DNS ha fallado por ahora: los receptores pueden aplazar el correo</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="587"/>
        <source>the record is broken: receivers treat SPF as failed or ignore it</source>
        <translation>el registro está roto: los receptores tratan SPF como fallido o lo ignoran</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="630"/>
        <source>the record does not start with v=spf1</source>
        <translation>el registro no empieza por v=spf1</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="640"/>
        <source>the modifier &quot;%1&quot; appears twice</source>
        <translation>el modificador &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="656"/>
        <source>the character &quot;%1&quot; is not allowed in &quot;%2&quot;</source>
        <translation>el carácter &quot;%1&quot; no está permitido en &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="663"/>
        <source>&quot;%1&quot; ends with a lone &quot;%&quot;</source>
        <translation>&quot;%1&quot; termina con un &quot;%&quot; suelto</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="680"/>
        <source>&quot;%%1&quot; in &quot;%2&quot; is not a macro (write %% for a percent sign)</source>
        <translation>&quot;%%1&quot; en &quot;%2&quot; no es una macro (escriba %% para un signo de porcentaje)</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="685"/>
        <source>a macro in &quot;%1&quot; is not closed with &quot;}&quot;</source>
        <translation>una macro en &quot;%1&quot; no está cerrada con &quot;}&quot;</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="695"/>
        <source>&quot;%{%1}&quot; is not a valid macro</source>
        <translation>&quot;%{%1}&quot; no es una macro válida</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="701"/>
        <source>the macro &quot;%{%1}&quot; is only allowed in an explanation</source>
        <translation>la macro &quot;%{%1}&quot; solo se permite en una explicación</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="762"/>
        <source>&quot;%{%1}&quot;: zero parts cannot be kept</source>
        <translation>&quot;%{%1}&quot;: no se pueden conservar cero partes</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="805"/>
        <source>The SPF record of %1 ends with &quot;%2&quot;: every server on the Internet may send mail as %1.</source>
        <translation>El registro SPF de %1 termina con &quot;%2&quot;: cualquier servidor de Internet puede enviar correo como %1.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="808"/>
        <source>End the record with -all (or ~all while you test), after listing your own servers.</source>
        <translation>Termine el registro con -all (o ~all mientras hace pruebas), después de enumerar sus propios servidores.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="813"/>
        <source>The SPF record of %1 ends with ?all: it says nothing about servers it does not list, so forged mail is not recognised.</source>
        <translation>El registro SPF de %1 termina con ?all: no dice nada de los servidores que no enumera, así que el correo falsificado no se reconoce.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="816"/>
        <source>Once every server that sends for the domain is listed, end the record with ~all or -all.</source>
        <translation>Cuando estén enumerados todos los servidores que envían por el dominio, termine el registro con ~all o -all.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="822"/>
        <source>The SPF record of %1 ends with ~all: mail from unlisted servers is marked as suspicious, not refused.</source>
        <translation>El registro SPF de %1 termina con ~all: el correo de servidores no enumerados se marca como sospechoso, no se rechaza.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="831"/>
        <source>The SPF record of %1 ends with -all: mail from unlisted servers fails SPF.</source>
        <translation>El registro SPF de %1 termina con -all: el correo de servidores no enumerados no supera SPF.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="837"/>
        <source>The SPF record of %1 has terms after &quot;all&quot;; receivers never read them.</source>
        <translation>El registro SPF de %1 tiene términos después de &quot;all&quot;; los receptores nunca los leen.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="838"/>
        <source>Move &quot;all&quot; to the end, or remove what follows it.</source>
        <translation>Mueva &quot;all&quot; al final, o elimine lo que le sigue.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="842"/>
        <source>The SPF record of %1 has no &quot;all&quot; at the end: unlisted servers get &quot;neutral&quot;, so forged mail is not recognised.</source>
        <translation>El registro SPF de %1 no tiene &quot;all&quot; al final: los servidores no enumerados obtienen &quot;neutral&quot;, así que el correo falsificado no se reconoce.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="845"/>
        <source>End the record with -all (or ~all while you test).</source>
        <translation>Termine el registro con -all (o ~all mientras hace pruebas).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="850"/>
        <source>The SPF record of %1 uses &quot;%2&quot;: slow, unreliable, and RFC 7208 §5.5 says it should not be used.</source>
        <translation>El registro SPF de %1 usa &quot;%2&quot;: es lento, poco fiable, y RFC 7208 §5.5 dice que no se debe usar.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="853"/>
        <source>Replace it with ip4/ip6 ranges or a.</source>
        <translation>Sustitúyalo por rangos ip4/ip6 o por a.</translation>
    </message>
</context>
<context>
    <name>smtp::swaks</name>
    <message>
        <location filename="../smtp/swaks.cpp" line="53"/>
        <source>swaks cannot pin a certificate: it verifies it against the certificate authorities instead.</source>
        <translation>swaks no puede fijar un certificado: en su lugar lo verifica con las autoridades de certificación.</translation>
    </message>
    <message>
        <location filename="../smtp/swaks.cpp" line="74"/>
        <source>swaks cannot log in with %1: it uses a mechanism it knows that the server offers.</source>
        <translation>swaks no puede iniciar sesión con %1: usa un mecanismo que conoce y que ofrece el servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/swaks.cpp" line="107"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>smtp::verdict</name>
    <message>
        <location filename="../smtp/verdict.cpp" line="35"/>
        <source>The server did not start TLS, so nothing was sent.</source>
        <translation>El servidor no ha iniciado TLS, así que no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="36"/>
        <location filename="../smtp/verdict.cpp" line="72"/>
        <source>The server may be misconfigured, or someone may be tampering with the connection. Try again later, or use implicit TLS (port 465).</source>
        <translation>Puede que el servidor esté mal configurado, o que alguien esté manipulando la conexión. Inténtelo más tarde, o use TLS implícito (puerto 465).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="46"/>
        <source>The server did not accept the connection for now.</source>
        <translation>El servidor no ha aceptado la conexión por ahora.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="47"/>
        <source>The server did not accept the connection.</source>
        <translation>El servidor no ha aceptado la conexión.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="48"/>
        <source>The server turned the connection away for now; try again later.</source>
        <translation>El servidor ha rechazado la conexión por ahora; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="49"/>
        <source>The server turned the connection away; check the address, or try later.</source>
        <translation>El servidor ha rechazado la conexión; compruebe la dirección, o inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="53"/>
        <source>The server refused EHLO for now.</source>
        <translation>El servidor ha rechazado EHLO por ahora.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="54"/>
        <location filename="../smtp/verdict.cpp" line="64"/>
        <location filename="../smtp/verdict.cpp" line="71"/>
        <source>The server reported a temporary problem; try again later.</source>
        <translation>El servidor ha informado de un problema temporal; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="57"/>
        <source>The server refused EHLO, so it cannot offer STARTTLS: Stamp will not send anything without encryption.</source>
        <translation>El servidor ha rechazado EHLO, así que no puede ofrecer STARTTLS: Stamp no enviará nada sin cifrado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="59"/>
        <source>The server refused EHLO.</source>
        <translation>El servidor ha rechazado EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="60"/>
        <source>Check that this is an SMTP submission server (usually port 587 or 465).</source>
        <translation>Compruebe que se trata de un servidor de envío SMTP (normalmente en el puerto 587 o 465).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="63"/>
        <source>The server refused HELO for now.</source>
        <translation>El servidor ha rechazado HELO por ahora.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="63"/>
        <source>The server refused HELO.</source>
        <translation>El servidor ha rechazado HELO.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="65"/>
        <source>Check that this is an SMTP server.</source>
        <translation>Compruebe que se trata de un servidor SMTP.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="69"/>
        <source>The server cannot start TLS for now, so nothing was sent.</source>
        <translation>El servidor no puede iniciar TLS por ahora, así que no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="70"/>
        <source>The server refused to start TLS, so nothing was sent.</source>
        <translation>El servidor se ha negado a iniciar TLS, así que no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="78"/>
        <source>Login failed for now (the server reported a temporary problem).</source>
        <translation>El inicio de sesión ha fallado por ahora (el servidor ha informado de un problema temporal).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="79"/>
        <source>Try again later.</source>
        <translation>Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="80"/>
        <source>The server did not accept the user name or password.</source>
        <translation>El servidor no ha aceptado el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="81"/>
        <source>Check the user name and password for this account (some providers need an app password).</source>
        <translation>Compruebe el nombre de usuario y la contraseña de esta cuenta (algunos proveedores necesitan una contraseña de aplicación).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="103"/>
        <source>Nothing was delivered. The problem is temporary: try again later.</source>
        <translation>No se ha entregado nada. El problema es temporal: inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="104"/>
        <source>Nothing was delivered. Read the server&apos;s reason, fix the message or the addresses, and send again.</source>
        <translation>No se ha entregado nada. Lea el motivo del servidor, corrija el mensaje o las direcciones y vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="112"/>
        <source>Check the attachment and send again.</source>
        <translation>Compruebe el adjunto y vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="115"/>
        <source>The server refused the sender address, so the message was not sent.</source>
        <translation>El servidor ha rechazado la dirección del remitente, así que el mensaje no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="132"/>
        <source>The server refused every recipient for now, so the message was not sent.</source>
        <translation>El servidor ha rechazado por ahora a todos los destinatarios, así que el mensaje no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="136"/>
        <source>The server refused every recipient, so the message was not sent.</source>
        <translation>El servidor ha rechazado a todos los destinatarios, así que el mensaje no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="139"/>
        <location filename="../smtp/verdict.cpp" line="150"/>
        <source>The server refused the message.</source>
        <translation>El servidor ha rechazado el mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="142"/>
        <source>The server ended the transaction without answering the recipients.</source>
        <translation>El servidor terminó la transacción sin responder a los destinatarios.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="143"/>
        <location filename="../smtp/verdict.cpp" line="153"/>
        <location filename="../smtp/verdict.cpp" line="407"/>
        <location filename="../smtp/verdict.cpp" line="416"/>
        <source>The server is misbehaving; try again later or report it to its administrator.</source>
        <translation>El servidor no se comporta correctamente; inténtelo más tarde o informe a su administrador.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="151"/>
        <source>The server did not confirm the message.</source>
        <translation>El servidor no ha confirmado el mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="158"/>
        <location filename="../smtp/verdict.cpp" line="250"/>
        <source>The server accepted the message for every recipient.</source>
        <translation>El servidor ha aceptado el mensaje para todos los destinatarios.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="161"/>
        <location filename="../smtp/verdict.cpp" line="253"/>
        <source>The message went to %1 of %2 recipients; the others were refused.</source>
        <translation>El mensaje ha llegado a %1 de %2 destinatarios; los demás se han rechazado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="164"/>
        <location filename="../smtp/verdict.cpp" line="256"/>
        <source>Check the refused addresses and send to them again.</source>
        <translation>Compruebe las direcciones rechazadas y vuelva a enviarles el mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="179"/>
        <source>The whole message was sent, but the server did not confirm it in time, so Stamp cannot tell whether it was delivered.</source>
        <translation>Se ha enviado el mensaje completo, pero el servidor no lo ha confirmado a tiempo, así que Stamp no puede saber si se ha entregado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="182"/>
        <source>Sending was stopped after the whole message was sent, before the server confirmed it, so Stamp cannot tell whether it was delivered.</source>
        <translation>El envío se ha detenido después de enviar el mensaje completo, antes de que el servidor lo confirmara, así que Stamp no puede saber si se ha entregado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="185"/>
        <source>The whole message was sent, but the server broke the protocol before confirming it, so Stamp cannot tell whether it was delivered.</source>
        <translation>Se ha enviado el mensaje completo, pero el servidor ha incumplido el protocolo antes de confirmarlo, así que Stamp no puede saber si se ha entregado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="188"/>
        <source>The whole message was sent, but the connection ended before the server confirmed it, so Stamp cannot tell whether it was delivered.</source>
        <translation>Se ha enviado el mensaje completo, pero la conexión ha terminado antes de que el servidor lo confirmara, así que Stamp no puede saber si se ha entregado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="208"/>
        <source>Check with a recipient, or in the Sent folder of your webmail, before sending it again, so that nobody gets it twice.</source>
        <translation>Compruebe con un destinatario, o en la carpeta Enviados de su correo web, antes de volver a enviarlo, para que nadie lo reciba dos veces.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="219"/>
        <source>Nothing was delivered: the end of the message never reached the server. Try again; if it keeps happening, check the server settings.</source>
        <translation>No se ha entregado nada: el final del mensaje nunca llegó al servidor. Inténtelo de nuevo; si sigue ocurriendo, compruebe los ajustes del servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="222"/>
        <source>Nothing was delivered: the end of the message had not reached the server when you stopped, and Stamp reset the connection so that it cannot arrive later.</source>
        <translation>No se entregó nada: el final del mensaje no había llegado al servidor cuando lo detuvo, y Stamp restableció la conexión para que no pueda llegar más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="224"/>
        <source>Nothing was delivered: the end of the message never reached the server, and Stamp reset the connection so that it cannot arrive later. Try again; if it keeps happening, check the server settings.</source>
        <translation>No se entregó nada: el final del mensaje nunca llegó al servidor, y Stamp restableció la conexión para que no pueda llegar más tarde. Inténtelo de nuevo; si vuelve a ocurrir, revise la configuración del servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="231"/>
        <source>Nothing was delivered: the server had refused every recipient. Try again later.</source>
        <translation>No se ha entregado nada: el servidor había rechazado a todos los destinatarios. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="273"/>
        <source>The server closed the connection while connecting.</source>
        <translation>El servidor cerró la conexión mientras se conectaba.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="274"/>
        <source>The connection failed while connecting: %1.</source>
        <translation>La conexión falló al conectar: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="275"/>
        <source>The server did not answer in time while connecting.</source>
        <translation>El servidor no respondió a tiempo al conectar.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="276"/>
        <source>The server is closing the connection (421) while connecting.</source>
        <translation>El servidor está cerrando la conexión (421) al conectar.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="277"/>
        <source>The server closed the connection before its greeting.</source>
        <translation>El servidor cerró la conexión antes de su saludo.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="278"/>
        <source>The connection failed before the server&apos;s greeting: %1.</source>
        <translation>La conexión falló antes del saludo del servidor: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="279"/>
        <source>The server did not send its greeting in time.</source>
        <translation>El servidor no envió su saludo a tiempo.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="280"/>
        <source>The server is closing the connection (421) instead of greeting.</source>
        <translation>El servidor está cerrando la conexión (421) en lugar de saludar.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="282"/>
        <source>The server closed the connection during EHLO.</source>
        <translation>El servidor cerró la conexión durante EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="283"/>
        <source>The connection failed during EHLO: %1.</source>
        <translation>La conexión falló durante EHLO: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="284"/>
        <source>The server did not answer EHLO in time.</source>
        <translation>El servidor no respondió a EHLO a tiempo.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="285"/>
        <source>The server is closing the connection (421) during EHLO.</source>
        <translation>El servidor está cerrando la conexión (421) durante EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="286"/>
        <source>The server closed the connection while starting TLS.</source>
        <translation>El servidor cerró la conexión al iniciar TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="287"/>
        <source>The connection failed while starting TLS: %1.</source>
        <translation>La conexión falló al iniciar TLS: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="288"/>
        <source>The server did not answer in time while starting TLS.</source>
        <translation>El servidor no respondió a tiempo al iniciar TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="289"/>
        <source>The server is closing the connection (421) while starting TLS.</source>
        <translation>El servidor está cerrando la conexión (421) al iniciar TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="291"/>
        <source>The server closed the connection during login.</source>
        <translation>El servidor cerró la conexión durante el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="292"/>
        <source>The connection failed during login: %1.</source>
        <translation>La conexión falló durante el inicio de sesión: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="293"/>
        <source>The server did not answer in time during login.</source>
        <translation>El servidor no respondió a tiempo durante el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="294"/>
        <source>The server is closing the connection (421) during login.</source>
        <translation>El servidor está cerrando la conexión (421) durante el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="295"/>
        <source>The server closed the connection between messages.</source>
        <translation>El servidor cerró la conexión entre mensajes.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="296"/>
        <source>The connection failed between messages: %1.</source>
        <translation>La conexión falló entre mensajes: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="297"/>
        <source>The server did not answer in time between messages.</source>
        <translation>El servidor no respondió a tiempo entre mensajes.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="298"/>
        <source>The server is closing the connection (421) between messages.</source>
        <translation>El servidor está cerrando la conexión (421) entre mensajes.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="299"/>
        <source>The server closed the connection while Stamp gave the sender and recipients.</source>
        <translation>El servidor cerró la conexión mientras Stamp indicaba el remitente y los destinatarios.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="302"/>
        <source>The connection failed while Stamp gave the sender and recipients: %1.</source>
        <translation>La conexión falló mientras Stamp indicaba el remitente y los destinatarios: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="304"/>
        <source>The server did not answer in time while Stamp gave the sender and recipients.</source>
        <translation>El servidor no respondió a tiempo mientras Stamp indicaba el remitente y los destinatarios.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="307"/>
        <source>The server is closing the connection (421) while Stamp gave the sender and recipients.</source>
        <translation>El servidor está cerrando la conexión (421) mientras Stamp indicaba el remitente y los destinatarios.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="309"/>
        <source>The server closed the connection while the message content was sent.</source>
        <translation>El servidor cerró la conexión mientras se enviaba el contenido del mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="311"/>
        <source>The connection failed while the message content was sent: %1.</source>
        <translation>La conexión falló mientras se enviaba el contenido del mensaje: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="312"/>
        <source>The server did not answer in time while the message content was sent.</source>
        <translation>El servidor no respondió a tiempo mientras se enviaba el contenido del mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="314"/>
        <source>The server is closing the connection (421) while the message content was sent.</source>
        <translation>El servidor está cerrando la conexión (421) mientras se enviaba el contenido del mensaje.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="317"/>
        <source>The server closed the connection after the end of the message, before it confirmed it.</source>
        <translation>El servidor cerró la conexión tras el final del mensaje, antes de confirmarlo.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="320"/>
        <source>The connection failed after the end of the message, before the server confirmed it: %1.</source>
        <translation>La conexión falló tras el final del mensaje, antes de que el servidor lo confirmara: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="323"/>
        <source>The server did not confirm the message in time.</source>
        <translation>El servidor no confirmó el mensaje a tiempo.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="324"/>
        <source>The server refused the message and closed the connection (421).</source>
        <translation>El servidor rechazó el mensaje y cerró la conexión (421).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="326"/>
        <source>The server closed the connection while closing.</source>
        <translation>El servidor cerró la conexión durante el cierre.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="327"/>
        <source>The connection failed while closing: %1.</source>
        <translation>La conexión falló durante el cierre: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="328"/>
        <source>The server did not answer QUIT in time.</source>
        <translation>El servidor no respondió a QUIT a tiempo.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="329"/>
        <source>The server is closing the connection (421) while closing.</source>
        <translation>El servidor está cerrando la conexión (421) durante el cierre.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="339"/>
        <location filename="../smtp/verdict.cpp" line="383"/>
        <source>Try again; if it keeps happening, check the server settings.</source>
        <translation>Inténtelo de nuevo; si sigue ocurriendo, revise los ajustes del servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="340"/>
        <source>Nothing was delivered. Try again; if it keeps happening, check the server settings.</source>
        <translation>No se ha entregado nada. Inténtelo de nuevo; si sigue ocurriendo, revise los ajustes del servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="346"/>
        <source>The server may be busy or shutting down; try again later.</source>
        <translation>Puede que el servidor esté ocupado o apagándose; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="352"/>
        <source>The server or the network may be overloaded; try again later.</source>
        <translation>Puede que el servidor o la red estén sobrecargados; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="358"/>
        <source>The TLS handshake did not finish in time, so Stamp sent nothing.</source>
        <translation>La negociación TLS no terminó a tiempo, así que Stamp no ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="359"/>
        <source>Check the port and the security setting (465 is implicit TLS, 587 STARTTLS); something on the network may also be blocking encryption.</source>
        <translation>Compruebe el puerto y el ajuste de seguridad (465 es TLS implícito, 587 STARTTLS); puede que algo en la red esté bloqueando el cifrado.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="371"/>
        <source>The server&apos;s certificate could not be verified, so Stamp sent nothing: %1</source>
        <translation>No se ha podido verificar el certificado del servidor, así que Stamp no ha enviado nada: %1</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="373"/>
        <source>If you know this server and its certificate, trust it explicitly (compare the SHA-256 fingerprint with what its administrator publishes). Otherwise someone may be intercepting the connection.</source>
        <translation>Si conoce este servidor y su certificado, confíe en él explícitamente (compare la huella digital SHA-256 con la que publica su administrador). Si no, puede que alguien esté interceptando la conexión.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="377"/>
        <source>The TLS handshake failed, so Stamp sent nothing: %1.</source>
        <translation>La negociación TLS ha fallado, así que Stamp no ha enviado nada: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="378"/>
        <source>The server may only offer old TLS versions (Stamp needs TLS 1.2 or later), or this port may not speak TLS: check the port and security setting.</source>
        <translation>Puede que el servidor solo ofrezca versiones antiguas de TLS (Stamp necesita TLS 1.2 o posterior), o que este puerto no hable TLS: compruebe el puerto y el ajuste de seguridad.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="385"/>
        <source>The server name %1 could not be found.</source>
        <translation>No se ha encontrado el nombre de servidor %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="386"/>
        <source>Check the spelling of the server name and your network connection.</source>
        <translation>Compruebe cómo está escrito el nombre del servidor y su conexión de red.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="389"/>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 ha rechazado la conexión en el puerto %2.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="390"/>
        <source>Check the port: submission is usually 587 (STARTTLS) or 465 (TLS).</source>
        <translation>Compruebe el puerto: para el envío suele ser 587 (STARTTLS) o 465 (TLS).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="392"/>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>No se ha podido conectar con %1 puerto %2: %3.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="393"/>
        <source>Check the server name and port, and your network connection.</source>
        <translation>Compruebe el nombre y el puerto del servidor, y su conexión de red.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="398"/>
        <source>The server broke the SMTP protocol: %1.</source>
        <translation>El servidor ha incumplido el protocolo SMTP: %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="399"/>
        <source>Check the server address and port: this may not be an SMTP server, or it may be misbehaving.</source>
        <translation>Compruebe la dirección y el puerto del servidor: puede que no sea un servidor SMTP, o que no se comporte correctamente.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="406"/>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>El servidor envió una respuesta que nadie había pedido: %1</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="413"/>
        <source>The server gave a reply that the command it answers can never get (RFC 5321 §4.3.2): %1</source>
        <translation>El servidor dio una respuesta que la orden a la que contesta nunca puede recibir (RFC 5321 §4.3.2): %1</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="424"/>
        <source>The server sent more after its %1 reply, before Stamp had answered it. A reply out of turn would be taken for the answer to a later command, so Stamp stopped.</source>
        <translation>El servidor envió más después de su respuesta %1, antes de que Stamp la contestara. Una respuesta fuera de turno se tomaría por la respuesta a una orden posterior, así que Stamp se detuvo.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="427"/>
        <source>The server is misbehaving, or something on the way is adding data to the connection; report it to the server&apos;s administrator.</source>
        <translation>El servidor no se comporta bien, o algo en el camino añade datos a la conexión; comuníqueselo al administrador del servidor.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="434"/>
        <source>Sending was cancelled.</source>
        <translation>Se ha cancelado el envío.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="435"/>
        <source>The message is unchanged; send it again when you are ready.</source>
        <translation>El mensaje no ha cambiado; vuelva a enviarlo cuando esté listo.</translation>
    </message>
</context>
<context>
    <name>stamp</name>
    <message>
        <location filename="../app/cliutil.cpp" line="23"/>
        <source>SMTP server, HOST or HOST:PORT ([v6addr]:PORT).</source>
        <translation>Servidor SMTP, HOST o HOST:PORT ([v6addr]:PORT).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="26"/>
        <source>starttls (default, port 587), tls (implicit TLS, port 465) or none (no encryption).</source>
        <translation>starttls (predeterminado, puerto 587), tls (TLS implícito, puerto 465) o none (sin cifrado).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="29"/>
        <source>User name for AUTH.</source>
        <translation>Nombre de usuario para AUTH.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="32"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="34"/>
        <source>auto (default), plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer, or oauth2 (sign in with stamp account login).</source>
        <translation>auto (predeterminado), plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer u oauth2 (iniciar sesión con stamp account login).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="39"/>
        <source>With --security none, allow the password to be sent unencrypted.</source>
        <translation>Con --security none, permitir que la contraseña se envíe sin cifrar.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="42"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="45"/>
        <source>Accept only the server certificate with this SHA-256 fingerprint (hex).</source>
        <translation>Aceptar solo el certificado del servidor con esta huella digital SHA-256 (hex).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="49"/>
        <source>Name to give in EHLO (default: this host&apos;s name).</source>
        <translation>Nombre que indicar en EHLO (predeterminado: el nombre de este equipo).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="54"/>
        <source>Seconds to wait for each server reply (default: RFC 5321 times).</source>
        <translation>Segundos de espera para cada respuesta del servidor (predeterminado: los tiempos de RFC 5321).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="65"/>
        <source>--server: &quot;%1&quot; is not HOST or HOST:PORT</source>
        <translation>--server: &quot;%1&quot; no es HOST ni HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="83"/>
        <source>--server: &quot;%1&quot; is not a host name nor an IP address</source>
        <translation>--server: &quot;%1&quot; no es un nombre de equipo ni una dirección IP</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="92"/>
        <source>--server: port %1 is out of range</source>
        <translation>--server: el puerto %1 está fuera de rango</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="115"/>
        <source>--security takes starttls, tls or none</source>
        <translation>--security admite starttls, tls o none</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="124"/>
        <source>--server is required</source>
        <translation>--server es obligatorio</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="145"/>
        <source>--auth takes auto, plain, login, cram-md5, scram-sha-256, xoauth2 or oauthbearer</source>
        <translation>--auth admite auto, plain, login, cram-md5, scram-sha-256, xoauth2 u oauthbearer</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="152"/>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin necesita --user</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="157"/>
        <source>--password-stdin: nothing could be read from standard input</source>
        <translation>--password-stdin: no se ha podido leer nada de la entrada estándar</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="166"/>
        <source>--password-stdin: the password contains a NUL character, which SASL does not allow</source>
        <translation>--password-stdin: la contraseña contiene un carácter NUL, que SASL no permite</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="172"/>
        <source>--user needs a password: give it with --password-stdin (never on the command line)</source>
        <translation>--user necesita una contraseña: indíquela con --password-stdin (nunca en la línea de órdenes)</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="181"/>
        <source>--ca-file: cannot read %1: %2</source>
        <translation>--ca-file: no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="189"/>
        <source>--ca-file: %1 holds no PEM certificate</source>
        <translation>--ca-file: %1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="197"/>
        <source>--pin-sha256 takes 64 hexadecimal digits (colons allowed)</source>
        <translation>--pin-sha256 admite 64 dígitos hexadecimales (se permiten dos puntos)</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="212"/>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout admite un número de segundos</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="230"/>
        <source>cannot write the transcript to %1: %2</source>
        <translation>no se puede escribir la transcripción en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="257"/>
        <source>Message %1, time per stage: %2</source>
        <translation>Mensaje %1, tiempo por etapa: %2</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="260"/>
        <source>Time per stage: %1</source>
        <translation>Tiempo por etapa: %1</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="275"/>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Esperando la respuesta del servidor…</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="197"/>
        <source>stamp: unknown command &apos;%1&apos;</source>
        <translation>stamp: orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="198"/>
        <source>stamp: unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>stamp: orden desconocida &apos;%1&apos; (¿quería decir &apos;%2&apos;?)</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="200"/>
        <location filename="../app/launch.cpp" line="95"/>
        <source>The commands of %1 are:</source>
        <translation>Las órdenes de %1 son:</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="202"/>
        <location filename="../app/launch.cpp" line="97"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Pruebe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="77"/>
        <source>Send a message through an SMTP server, without a window.</source>
        <translation>Enviar un mensaje a través de un servidor SMTP, sin ventana.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="80"/>
        <source>Check a domain&apos;s MX, SPF, DMARC, DKIM, MTA-STS and TLS-RPT records.</source>
        <translation>Comprobar los registros MX, SPF, DMARC, DKIM, MTA-STS y TLS-RPT de un dominio.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="83"/>
        <source>Test an SMTP server without sending: extensions, TLS, timings.</source>
        <translation>Probar un servidor SMTP sin enviar nada: extensiones, TLS, tiempos.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="85"/>
        <source>Add, change, list or remove the accounts the window uses.</source>
        <translation>Añadir, cambiar, listar o eliminar las cuentas que usa la ventana.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="87"/>
        <source>List, send or remove the messages waiting in the outbox.</source>
        <translation>Listar, enviar o eliminar los mensajes que esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="89"/>
        <source>List the address book, import or export vCard.</source>
        <translation>Muestra la libreta de direcciones, importa o exporta vCard.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="91"/>
        <source>List the messages in the Sent folder.</source>
        <translation>Listar los mensajes de la carpeta Enviados.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="94"/>
        <source>Send one message per row of a CSV file, from a template (mail merge).</source>
        <translation>Envía un mensaje por cada fila de un archivo CSV, a partir de una plantilla (combinación de correspondencia).</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="97"/>
        <source>Run a practice SMTP server on 127.0.0.1, with faults to learn from.</source>
        <translation>Ejecutar un servidor SMTP de prácticas en 127.0.0.1, con fallos de los que aprender.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="100"/>
        <source>Type SMTP by hand over a session Stamp sets up, each reply explained.</source>
        <translation>Escribir SMTP a mano sobre una sesión que prepara Stamp, con cada respuesta explicada.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="32"/>
        <source>stamp: the window needs a graphical session, and none could be reached.
To send without a window, use &apos;stamp send&apos; (see &apos;stamp send --help&apos;).
</source>
        <translation>stamp: la ventana necesita una sesión gráfica, y no se ha podido acceder a ninguna.
Para enviar sin ventana, use &apos;stamp send&apos; (consulte &apos;stamp send --help&apos;).
</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="32"/>
        <source>Try &apos;stamp --help&apos;.</source>
        <translation>Pruebe &apos;stamp --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="73"/>
        <source>stamp: give one mailto: link, not several</source>
        <translation>stamp: indique un solo enlace mailto:, no varios</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="79"/>
        <source>stamp: unknown option &apos;%1&apos;: the options belong to a command, as in &apos;stamp send %1&apos;</source>
        <translation>stamp: opción desconocida &apos;%1&apos;: las opciones pertenecen a una orden, como en &apos;stamp send %1&apos;</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="92"/>
        <source>stamp: cannot attach &apos;%1&apos;: there is no such file</source>
        <translation>stamp: no se puede adjuntar &apos;%1&apos;: no existe ese archivo</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="103"/>
        <source>stamp: cannot attach &apos;%1&apos;: it is a folder, not a file</source>
        <translation>stamp: no se puede adjuntar &apos;%1&apos;: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="107"/>
        <source>stamp: cannot attach &apos;%1&apos;: the file cannot be read</source>
        <translation>stamp: no se puede adjuntar &apos;%1&apos;: el archivo no se puede leer</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="117"/>
        <source>stamp [mailto:URI] [FILE...]
stamp COMMAND [options]

Without a command, Stamp opens the composer window: filled in from a mailto: link (RFC 6068), with the files attached.

Commands:
</source>
        <translation>stamp [mailto:URI] [FILE...]
stamp COMMAND [opciones]

Sin orden, Stamp abre la ventana de redacción: rellenada a partir de un enlace mailto: (RFC 6068), con los archivos adjuntos.

Órdenes:
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
Opciones:
  -h, --help   Mostrar esta ayuda y salir.
  --version    Mostrar la versión y salir.

Ejecute &apos;stamp COMMAND --help&apos; para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="155"/>
        <source>stamp: the window needs a graphical session, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
To send without a window, use &apos;stamp send&apos; (see &apos;stamp send --help&apos;).
</source>
        <translation>stamp: la ventana necesita una sesión gráfica, y no se ha encontrado ninguna (DISPLAY y WAYLAND_DISPLAY no están definidas).
Para enviar sin ventana, use &apos;stamp send&apos; (consulte &apos;stamp send --help&apos;).
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>stamp: cannot start %1 (the window, accounts and send --account live there): %2</source>
        <translation>stamp: no se puede iniciar %1 (ahí están la ventana, las cuentas y send --account): %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="91"/>
        <source>stamp: this build has no window (it was built without STAMP_BUILD_UI); use &apos;stamp send&apos;.</source>
        <translation>stamp: esta compilación no tiene ventana (se compiló sin STAMP_BUILD_UI); use &apos;stamp send&apos;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>stamp: &apos;%1&apos; is not part of this build (it needs the store, built with STAMP_BUILD_UI).</source>
        <translation>stamp: &apos;%1&apos; no forma parte de esta compilación (necesita el almacén, compilado con STAMP_BUILD_UI).</translation>
    </message>
</context>
<context>
    <name>store::AccountStore</name>
    <message>
        <location filename="../store/account.cpp" line="44"/>
        <source>The settings file %1 could not be written (%2). Check that the folder exists and that you may write to it, and that the disk is not full.</source>
        <translation>No se ha podido escribir el archivo de ajustes %1 (%2). Compruebe que la carpeta existe, que tiene permiso para escribir en ella y que el disco no está lleno.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="89"/>
        <source>The address &quot;%1&quot; of the account &quot;%2&quot; is not valid: %3</source>
        <translation>La dirección &quot;%1&quot; de la cuenta &quot;%2&quot; no es válida: %3</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="121"/>
        <source>The sender address &quot;%1&quot; is not valid: %2</source>
        <translation>La dirección de remitente &quot;%1&quot; no es válida: %2</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="125"/>
        <source>The display name must be one line.</source>
        <translation>El nombre visible debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="127"/>
        <source>The account has no server: give the SMTP server&apos;s host name.</source>
        <translation>La cuenta no tiene servidor: indique el nombre del servidor SMTP.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="130"/>
        <source>The server port must be between 1 and 65535.</source>
        <translation>El puerto del servidor debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="153"/>
        <source>The account needs a name.</source>
        <translation>La cuenta necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="155"/>
        <source>The account name is too long: use at most 64 characters.</source>
        <translation>El nombre de la cuenta es demasiado largo: use como máximo 64 caracteres.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="158"/>
        <source>The account name must not begin or end with a space.</source>
        <translation>El nombre de la cuenta no debe empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="163"/>
        <source>The account name &quot;%1&quot; cannot hold &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>El nombre de cuenta &quot;%1&quot; no puede contener &apos;/&apos;, &apos;\&apos; ni caracteres de control.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="188"/>
        <source>The CA file %1 of the account &quot;%2&quot; cannot be read (%3). Fix the path in the account settings.</source>
        <translation>No se puede leer el archivo de CA %1 de la cuenta «%2» (%3). Corrija la ruta en la configuración de la cuenta.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="198"/>
        <source>The CA file %1 of the account &quot;%2&quot; holds no PEM certificate.</source>
        <translation>El archivo de CA %1 de la cuenta &quot;%2&quot; no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="308"/>
        <location filename="../store/account.cpp" line="358"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>No hay ninguna cuenta llamada &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>store::Autoconfig</name>
    <message>
        <location filename="../store/autoconfig.cpp" line="25"/>
        <source>nothing found</source>
        <translation>no se ha encontrado nada</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="27"/>
        <source>the domain&apos;s autoconfig server</source>
        <translation>el servidor de autoconfiguración del dominio</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="29"/>
        <source>the domain&apos;s web site (.well-known)</source>
        <translation>el sitio web del dominio (.well-known)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="31"/>
        <source>the central database of mail providers</source>
        <translation>la base de datos central de proveedores de correo</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="33"/>
        <source>the domain of its mail exchanger (MX)</source>
        <translation>el dominio de su intercambiador de correo (MX)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="35"/>
        <source>the domain&apos;s SRV records</source>
        <translation>los registros SRV del dominio</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="37"/>
        <source>a guess that answered and passed the TLS check</source>
        <translation>una suposición que respondió y superó la comprobación TLS</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="40"/>
        <source>an unencrypted http lookup</source>
        <translation>una consulta http sin cifrar</translation>
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
        <translation>ninguna (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="62"/>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="64"/>
        <source>OAuth 2.0 sign-in</source>
        <translation>inicio de sesión OAuth 2.0</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="66"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="68"/>
        <source>a method Stamp does not support</source>
        <translation>un método que Stamp no admite</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="77"/>
        <source>No submission server was found.</source>
        <translation>No se ha encontrado ningún servidor de envío.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="80"/>
        <source>Server:         %1</source>
        <translation>Servidor:       %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="81"/>
        <source>Port:           %1</source>
        <translation>Puerto:         %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="82"/>
        <source>Security:       %1</source>
        <translation>Seguridad:      %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="84"/>
        <source>Authentication: %1</source>
        <translation>Autenticación:  %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="85"/>
        <source>User name:      %1</source>
        <translation>Usuario:        %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="86"/>
        <source>Found through:  %1 (%2)</source>
        <translation>Encontrado en:  %1 (%2)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="88"/>
        <source>Records of:     %1</source>
        <translation>Registros de:   %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="91"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="133"/>
        <source>The address %1 is not valid: %2</source>
        <translation>La dirección %1 no es válida: %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="134"/>
        <source>The address %1 has no domain name to look up.</source>
        <translation>La dirección %1 no tiene ningún nombre de dominio que consultar.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="154"/>
        <source>MX record of %1</source>
        <translation>Registro MX de %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="169"/>
        <source>MX host of %1, port 465</source>
        <translation>Equipo MX de %1, puerto 465</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="170"/>
        <source>MX host of %1, port 587</source>
        <translation>Equipo MX de %1, puerto 587</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="178"/>
        <source>Looking up the mail settings of %1</source>
        <translation>Buscando los ajustes de correo de %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="234"/>
        <source>The server %1 is not in your domain %2; %3 says to use it. Use it only if you know that your mail is handled there.</source>
        <translation>El servidor %1 no está en su dominio %2; %3 indica que se use. Úselo solo si sabe que su correo se gestiona ahí.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="274"/>
        <source>too many redirects</source>
        <translation>demasiadas redirecciones</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="280"/>
        <source>it redirects to %1, which is not protected by TLS</source>
        <translation>redirige a %1, que no está protegido por TLS</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="285"/>
        <source>it redirects to %1</source>
        <translation>redirige a %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="289"/>
        <source>%1 redirected to another domain: %2</source>
        <translation>%1 redirigió a otro dominio: %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="298"/>
        <location filename="../store/autoconfig.cpp" line="305"/>
        <source>the answer is too large</source>
        <translation>la respuesta es demasiado grande</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="301"/>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
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
        <translation>Estos ajustes llegaron por http sin cifrar, y cualquiera en la ruta de red podría haberlos cambiado. Compruebe el nombre del servidor antes de usarlos.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="333"/>
        <source>%1: found %2</source>
        <translation>%1: encontrado %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="374"/>
        <location filename="../store/autoconfig.cpp" line="389"/>
        <source>%1 has no MX record.</source>
        <translation>%1 no tiene registro MX.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="375"/>
        <source>The MX host %1 is already among the guesses.</source>
        <translation>El equipo MX %1 ya está entre las suposiciones.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="390"/>
        <source>The MX host %1 is in the same domain.</source>
        <translation>El equipo MX %1 está en el mismo dominio.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="399"/>
        <source>The MX domains have no autoconfiguration either.</source>
        <translation>Los dominios MX tampoco tienen autoconfiguración.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="417"/>
        <source>%1 (the MX domain %2)</source>
        <translation>%1 (el dominio MX %2)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="418"/>
        <source>The MX domain %1 has settings: %2</source>
        <translation>El dominio MX %1 tiene ajustes: %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="426"/>
        <source>SRV %1</source>
        <translation>SRV %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="457"/>
        <source>SRV %1: the service is not offered.</source>
        <translation>SRV %1: el servicio no se ofrece.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="458"/>
        <source>SRV %1: %2</source>
        <translation>SRV %1: %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="462"/>
        <source>SRV %1: %2 port %3</source>
        <translation>SRV %1: %2 puerto %3</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="502"/>
        <source>%1 answered, with a valid certificate</source>
        <translation>%1 respondió, con un certificado válido</translation>
    </message>
    <message>
        <location filename="../store/autoconfigxml.cpp" line="102"/>
        <source>This is not a mail autoconfiguration document.</source>
        <translation>Esto no es un documento de autoconfiguración de correo.</translation>
    </message>
    <message>
        <location filename="../store/autoconfigxml.cpp" line="135"/>
        <source>The autoconfiguration document names no SMTP server Stamp can use.</source>
        <translation>El documento de autoconfiguración no nombra ningún servidor SMTP que Stamp pueda usar.</translation>
    </message>
</context>
<context>
    <name>store::ConnectionTest</name>
    <message>
        <location filename="../store/connectiontest.cpp" line="20"/>
        <source>A connection test is already running.</source>
        <translation>Ya hay una prueba de conexión en curso.</translation>
    </message>
</context>
<context>
    <name>store::ContactStore</name>
    <message>
        <location filename="../store/contacts.cpp" line="78"/>
        <location filename="../store/contacts.cpp" line="98"/>
        <source>&quot;%1&quot; is not an address: %2</source>
        <translation>&quot;%1&quot; no es una dirección: %2</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="79"/>
        <source>there is no address</source>
        <translation>no hay ninguna dirección</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="134"/>
        <source>The address book %1 cannot be read: %2</source>
        <translation>No se puede leer la libreta de direcciones %1: %2</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="140"/>
        <source>The address book %1 is damaged (%2); it was left as it is.</source>
        <translation>La libreta de direcciones %1 está dañada (%2); se ha dejado como estaba.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="183"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="188"/>
        <source>The address book %1 could not be saved: %2</source>
        <translation>No se pudo guardar la libreta de direcciones %1: %2</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="243"/>
        <source>A contact needs at least one address.</source>
        <translation>Un contacto necesita al menos una dirección.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="253"/>
        <source>The address %1 belongs to %2 already.</source>
        <translation>La dirección %1 ya pertenece a %2.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="278"/>
        <source>That contact is not in the address book (any more).</source>
        <translation>Ese contacto no está (ya) en la libreta de direcciones.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="291"/>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="295"/>
        <source>A group name cannot contain @ (it would be taken for an address).</source>
        <translation>El nombre de un grupo no puede contener @ (se tomaría por una dirección).</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="305"/>
        <source>There is a group named %1 already.</source>
        <translation>Ya existe un grupo llamado %1.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="323"/>
        <source>There is no group named %1.</source>
        <translation>No existe ningún grupo llamado %1.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="377"/>
        <source>The group &quot;%1&quot; has no usable name.</source>
        <translation>El grupo &quot;%1&quot; no tiene un nombre utilizable.</translation>
    </message>
</context>
<context>
    <name>store::CsvReader</name>
    <message numerus="yes">
        <location filename="../store/csvreader.cpp" line="128"/>
        <source>%n field(s) where the header names %1</source>
        <translation>
            <numerusform>%n campo donde el encabezado nombra %1</numerusform>
            <numerusform>%n campos donde el encabezado nombra %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store::MailStore</name>
    <message>
        <location filename="../store/mailstore.cpp" line="583"/>
        <location filename="../store/mailstore.cpp" line="916"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="590"/>
        <location filename="../store/mailstore.cpp" line="602"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="598"/>
        <source>The message could not be built completely.</source>
        <translation>No se ha podido construir el mensaje completo.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="609"/>
        <source>Cannot save %1: %2. Check free disk space and permissions.</source>
        <translation>No se puede guardar %1: %2. Compruebe el espacio libre en disco y los permisos.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="649"/>
        <source>The outbox is locked: %1.</source>
        <translation>La bandeja de salida está bloqueada: %1.</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="25"/>
        <source>“%1” is not an address that can be sent to: %2</source>
        <translation>“%1” no es una dirección a la que se pueda enviar: %2</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="31"/>
        <source>Give at least one recipient, or delete the message from the outbox.</source>
        <translation>Indique al menos un destinatario, o elimine el mensaje de la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="38"/>
        <location filename="../store/mailstore.cpp" line="666"/>
        <location filename="../store/mailstore.cpp" line="795"/>
        <location filename="../store/mailstore.cpp" line="937"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation>No hay ningún mensaje &quot;%1&quot; en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="35"/>
        <location filename="../store/correctrecipients.cpp" line="40"/>
        <location filename="../store/mailstore.cpp" line="800"/>
        <source>The message &quot;%1&quot; is being sent right now; stop it first.</source>
        <translation>El mensaje &quot;%1&quot; se está enviando ahora mismo; deténgalo primero.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="804"/>
        <source>The message &quot;%1&quot; could not be removed from the outbox.</source>
        <translation>No se ha podido eliminar el mensaje &quot;%1&quot; de la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="825"/>
        <source>Stamp stopped while this message was being sent.</source>
        <translation>Stamp se detuvo mientras se enviaba este mensaje.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="826"/>
        <source>It may or may not have been delivered: check with a recipient (or in your provider&apos;s Sent folder) before sending it again.</source>
        <translation>Puede que se haya entregado o no: compruébelo con un destinatario (o en la carpeta Enviados de su proveedor) antes de volver a enviarlo.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="868"/>
        <source>The copy %1 could not be made.</source>
        <translation>No se ha podido hacer la copia %1.</translation>
    </message>
</context>
<context>
    <name>store::MergeRun</name>
    <message>
        <location filename="../store/mergerun.cpp" line="47"/>
        <source>The template uses placeholders the CSV file has no column for: %1 (the columns are: %2).</source>
        <translation>La plantilla usa marcadores para los que el archivo CSV no tiene columna: %1 (las columnas son: %2).</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="146"/>
        <source>The merge is already being sent.</source>
        <translation>La combinación ya se está enviando.</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="155"/>
        <source>The merge %1 is being sent by another Stamp process or window; nothing was done.</source>
        <translation>La combinación %1 la está enviando otro proceso o ventana de Stamp; no se hizo nada.</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="188"/>
        <source>could not be queued: %1</source>
        <translation>no se pudo poner en la bandeja de salida: %1</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="243"/>
        <source>not sent: the row has an error</source>
        <translation>no enviada: la fila tiene un error</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="245"/>
        <source>to be sent</source>
        <translation>por enviar</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="247"/>
        <source>queued by an earlier run: to be sent</source>
        <translation>puesta en cola por una ejecución anterior: por enviar</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="249"/>
        <source>sent by an earlier run: not sent again</source>
        <translation>enviada por una ejecución anterior: no se vuelve a enviar</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="251"/>
        <source>in the outbox: not sent again</source>
        <translation>en la bandeja de salida: no se vuelve a enviar</translation>
    </message>
</context>
<context>
    <name>store::OAuth</name>
    <message>
        <location filename="../store/accountoauth.cpp" line="23"/>
        <source>Stamp has no OAuth client ID for %1. Register one with the provider and give it with --oauth-client-id (the README says how).</source>
        <translation>Stamp no tiene ID de cliente OAuth para %1. Registre uno con el proveedor e indíquelo con --oauth-client-id (el README explica cómo).</translation>
    </message>
    <message>
        <location filename="../store/accountoauth.cpp" line="55"/>
        <source>Stamp does not know the sign-in server for %1: give its issuer URL with --oauth-issuer.</source>
        <translation>Stamp no conoce el servidor de inicio de sesión de %1: indique la URL de su emisor con --oauth-issuer.</translation>
    </message>
    <message>
        <location filename="../store/oauthprovider.cpp" line="37"/>
        <source>The sign-in address %1 is not protected by https, so Stamp will not use it.</source>
        <translation>La dirección de inicio de sesión %1 no está protegida por https, así que Stamp no la usará.</translation>
    </message>
</context>
<context>
    <name>store::OAuthDiscovery</name>
    <message>
        <location filename="../store/oauthprovider.cpp" line="115"/>
        <source>The sign-in server %1 publishes no OAuth metadata.</source>
        <translation>El servidor de inicio de sesión %1 no publica metadatos OAuth.</translation>
    </message>
    <message>
        <location filename="../store/oauthprovider.cpp" line="135"/>
        <source>The sign-in server&apos;s metadata names another issuer (%1), so Stamp does not trust it.</source>
        <translation>Los metadatos del servidor de inicio de sesión nombran otro emisor (%1), así que Stamp no confía en ellos.</translation>
    </message>
    <message>
        <location filename="../store/oauthprovider.cpp" line="152"/>
        <source>The sign-in server&apos;s metadata has no authorization or token endpoint.</source>
        <translation>Los metadatos del servidor de inicio de sesión no tienen punto de acceso de autorización ni de token.</translation>
    </message>
</context>
<context>
    <name>store::OAuthFlow</name>
    <message>
        <location filename="../store/oauthflow.cpp" line="51"/>
        <source>Sign-in was cancelled.</source>
        <translation>Se ha cancelado el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="71"/>
        <source>This account has no OAuth client ID; see the README on registering one.</source>
        <translation>Esta cuenta no tiene ID de cliente OAuth; consulte en el README cómo registrar uno.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="81"/>
        <source>Stamp could not listen on 127.0.0.1 for the sign-in answer: %1</source>
        <translation>Stamp no ha podido escuchar en 127.0.0.1 la respuesta del inicio de sesión: %1</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="114"/>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>El inicio de sesión en el navegador no se terminó a tiempo.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="156"/>
        <location filename="../store/oauthflow.cpp" line="161"/>
        <source>Nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="171"/>
        <source>This sign-in answer does not belong to Stamp&apos;s request; it was ignored.</source>
        <translation>Esta respuesta de inicio de sesión no corresponde a la solicitud de Stamp; se ha ignorado.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="180"/>
        <source>Sign-in refused: the answer came from another server. You can close this page.</source>
        <translation>Inicio de sesión rechazado: la respuesta llegó de otro servidor. Puede cerrar esta página.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="182"/>
        <source>The sign-in answer came from %1, not from %2 (RFC 9207): Stamp did not use it.</source>
        <translation>La respuesta de inicio de sesión llegó de %1, no de %2 (RFC 9207): Stamp no la ha usado.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="183"/>
        <source>an unnamed server</source>
        <translation>un servidor sin nombre</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="187"/>
        <source>Sign-in was not completed. You can close this page and return to Stamp.</source>
        <translation>No se ha completado el inicio de sesión. Puede cerrar esta página y volver a Stamp.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="189"/>
        <source>The sign-in was refused: %1 %2</source>
        <translation>Se ha rechazado el inicio de sesión: %1 %2</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="194"/>
        <source>Sign-in answer without a code. You can close this page.</source>
        <translation>Respuesta de inicio de sesión sin código. Puede cerrar esta página.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="195"/>
        <source>The sign-in answer had no authorization code.</source>
        <translation>La respuesta de inicio de sesión no tenía código de autorización.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="198"/>
        <source>Signed in. You can close this page and return to Stamp.</source>
        <translation>Sesión iniciada. Puede cerrar esta página y volver a Stamp.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="211"/>
        <source>There is no sign-in to renew: sign in again.</source>
        <translation>No hay ningún inicio de sesión que renovar: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="226"/>
        <source>This provider offers no sign-in for devices without a browser.</source>
        <translation>Este proveedor no ofrece inicio de sesión para dispositivos sin navegador.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="247"/>
        <source>The sign-in server did not give a device code: %1</source>
        <translation>El servidor de inicio de sesión no ha dado un código de dispositivo: %1</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="265"/>
        <source>The code was not entered in time; sign in again.</source>
        <translation>El código no se introdujo a tiempo; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="313"/>
        <source>The sign-in is no longer valid (%1): sign in again.</source>
        <translation>El inicio de sesión ya no es válido (%1): vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="319"/>
        <source>The sign-in server refused to give a token: %1</source>
        <translation>El servidor de inicio de sesión se ha negado a dar un token: %1</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="325"/>
        <source>The sign-in server sent a malformed token.</source>
        <translation>El servidor de inicio de sesión envió un token mal formado.</translation>
    </message>
</context>
<context>
    <name>store::OAuthTokenSource</name>
    <message>
        <location filename="../store/oauthtokens.cpp" line="32"/>
        <source>No keychain: the sign-in cannot be renewed.</source>
        <translation>No hay llavero: el inicio de sesión no se puede renovar.</translation>
    </message>
    <message>
        <location filename="../store/oauthtokens.cpp" line="43"/>
        <source>This account is not signed in: sign in first.</source>
        <translation>Esta cuenta no tiene la sesión iniciada: inicie sesión primero.</translation>
    </message>
</context>
<context>
    <name>store::OutboxQueue</name>
    <message>
        <location filename="../store/outboxqueue.cpp" line="83"/>
        <source>to be sent at %1</source>
        <translation>programado para %1</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="84"/>
        <source>next try at %1, attempt %2 of %3</source>
        <translation>próximo intento: %1, intento %2 de %3</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="95"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="97"/>
        <source>waiting to be sent: %1</source>
        <translation>esperando para enviarse: %1</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="98"/>
        <source>waiting to be sent</source>
        <translation>esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="100"/>
        <source>being sent</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="102"/>
        <source>waiting for a retry: %1</source>
        <translation>esperando un reintento: %1</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="104"/>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../store/outboxqueue.cpp" line="106"/>
        <source>partly sent: %n recipient(s) refused</source>
        <translation>
            <numerusform>enviado en parte: %n destinatario rechazado</numerusform>
            <numerusform>enviado en parte: %n destinatarios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="109"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
</context>
<context>
    <name>store::SecretStore</name>
    <message>
        <location filename="../store/secretstore.cpp" line="95"/>
        <source>The keychain refused access to the password of &quot;%1&quot;. Allow Stamp in the keychain&apos;s prompt or settings and try again.</source>
        <translation>El llavero ha denegado el acceso a la contraseña de &quot;%1&quot;. Permita el acceso a Stamp en el aviso o los ajustes del llavero e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>store::SendController</name>
    <message>
        <location filename="../store/sendcontroller.cpp" line="167"/>
        <source>This message is being sent right now.</source>
        <translation>Este mensaje se está enviando ahora mismo.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="173"/>
        <location filename="../store/sendcontroller.cpp" line="232"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation>No hay ningún mensaje &quot;%1&quot; en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="181"/>
        <source>This message is being sent right now by another Stamp window or command.</source>
        <translation>Este mensaje lo está enviando ahora mismo otra ventana u orden de Stamp.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="215"/>
        <source>Sending was stopped before connecting: nothing was sent.</source>
        <translation>El envío se detuvo antes de conectar: no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="216"/>
        <source>Send it again when you are ready.</source>
        <translation>Vuelva a enviarlo cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="238"/>
        <source>The account &quot;%1&quot; no longer exists.</source>
        <translation>La cuenta &quot;%1&quot; ya no existe.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="29"/>
        <location filename="../store/sendcontroller.cpp" line="272"/>
        <source>Stamp does not know how to connect for this message.</source>
        <translation>Stamp no sabe cómo conectarse para este mensaje.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="276"/>
        <source>Getting the password…</source>
        <translation>Obteniendo la contraseña…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="295"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="307"/>
        <source>Sending the message…</source>
        <translation>Enviando el mensaje…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="310"/>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Esperando la respuesta del servidor…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="314"/>
        <source>Connected; logging in and sending…</source>
        <translation>Conectado; iniciando sesión y enviando…</translation>
    </message>
</context>
<context>
    <name>store::StoredMessageSource</name>
    <message>
        <location filename="../store/storedmessage.cpp" line="18"/>
        <source>The stored message %1 cannot be read (%2), so nothing was sent.</source>
        <translation>El mensaje guardado %1 no se puede leer (%2), así que no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../store/storedmessage.cpp" line="23"/>
        <source>The stored message %1 is %2 bytes instead of %3: it was changed or damaged, so nothing was sent.</source>
        <translation>El mensaje guardado %1 ocupa %2 bytes en lugar de %3: se ha modificado o dañado, así que no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../store/storedmessage.cpp" line="48"/>
        <source>The stored message %1 could not be read: %2</source>
        <translation>No se ha podido leer el mensaje guardado %1: %2</translation>
    </message>
</context>
<context>
    <name>store::Templates</name>
    <message>
        <location filename="../store/templates.cpp" line="23"/>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../store/templates.cpp" line="28"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../store/templates.cpp" line="38"/>
        <source>The template %1 could not be saved: %2</source>
        <translation>No se ha podido guardar la plantilla %1: %2</translation>
    </message>
</context>
<context>
    <name>store::vcard</name>
    <message>
        <location filename="../store/vcard.cpp" line="16"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="108"/>
        <source>this is no vCard property (NAME:value expected)</source>
        <translation>esto no es una propiedad vCard (se esperaba NOMBRE:valor)</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="135"/>
        <source>the property has no name</source>
        <translation>la propiedad no tiene nombre</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="165"/>
        <source>the character set %1 is unknown</source>
        <translation>el juego de caracteres %1 es desconocido</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="174"/>
        <source>the value is not UTF-8 and names no CHARSET</source>
        <translation>el valor no está en UTF-8 y no indica ningún CHARSET</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="312"/>
        <source>BEGIN:VCARD inside the card begun on line %1</source>
        <translation>BEGIN:VCARD dentro de la tarjeta iniciada en la línea %1</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="322"/>
        <source>text outside BEGIN:VCARD … END:VCARD</source>
        <translation>texto fuera de BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="338"/>
        <source>the card begun here has no END:VCARD</source>
        <translation>la tarjeta iniciada aquí no tiene END:VCARD</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="343"/>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>El archivo no contiene ninguna vCard (no hay ninguna línea BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="369"/>
        <source>the group has no name (FN)</source>
        <translation>el grupo no tiene nombre (FN)</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="387"/>
        <source>the member %1 is no mailto: address and no card with an address in this file</source>
        <translation>el miembro %1 no es una dirección mailto: ni una tarjeta con dirección de este archivo</translation>
    </message>
</context>
<context>
    <name>ui::AccountForm</name>
    <message>
        <location filename="../ui/accountform.cpp" line="53"/>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="54"/>
        <source>work, home…</source>
        <translation>trabajo, casa…</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="55"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="56"/>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="57"/>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="58"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="66"/>
        <source>Formatted signature</source>
        <translation>Firma con formato</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="68"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="70"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nombre de la cuenta:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="71"/>
        <source>Your na&amp;me:</source>
        <translation>Su no&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="72"/>
        <source>&amp;Email address:</source>
        <translation>Dirección de correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="73"/>
        <source>Si&amp;gnature:</source>
        <translation>Fi&amp;rma:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="74"/>
        <source>&amp;With formatting:</source>
        <translation>Con &amp;formato:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="78"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="79"/>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="80"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="83"/>
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="84"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="85"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS desde el principio (puerto 465)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="86"/>
        <source>None — unencrypted</source>
        <translation>Ninguna — sin cifrar</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="89"/>
        <source>Send the password w&amp;ithout encryption (only for a test server you trust)</source>
        <translation>Enviar la contraseña s&amp;in cifrado (solo para un servidor de pruebas de confianza)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="90"/>
        <source>Send the password unencrypted</source>
        <translation>Enviar la contraseña sin cifrar</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="92"/>
        <source>Extra trusted CA certificates file</source>
        <translation>Archivo adicional de certificados de CA de confianza</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="93"/>
        <source>optional PEM file</source>
        <translation>archivo PEM opcional</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="94"/>
        <source>Choose a CA file</source>
        <translation>Elegir un archivo de CA</translation>
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
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="96"/>
        <source>Trusted certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="99"/>
        <source>&amp;Forget</source>
        <translation>O&amp;lvidar</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="100"/>
        <source>Forget the trusted certificate</source>
        <translation>Olvidar el certificado de confianza</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="103"/>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="113"/>
        <source>Outgoing server (SMTP)</source>
        <translation>Servidor de salida (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="115"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="118"/>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="121"/>
        <source>CA fi&amp;le:</source>
        <translation>Archivo de C&amp;A:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="142"/>
        <source>Login met&amp;hod:</source>
        <translation>Mét&amp;odo de inicio de sesión:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="124"/>
        <source>Trusted certificate:</source>
        <translation>Certificado de confianza:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="126"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="127"/>
        <source>empty: the server needs no login</source>
        <translation>vacío: el servidor no necesita inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="128"/>
        <source>Login method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="131"/>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Automático (el más seguro que ofrezca el servidor)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="134"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="139"/>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="141"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="143"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="174"/>
        <source>Extra trusted CA certificates</source>
        <translation>Certificados de CA de confianza adicionales</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="175"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="233"/>
        <source>An account&apos;s name cannot be changed; add a new account instead.</source>
        <translation>El nombre de una cuenta no se puede cambiar; añada una cuenta nueva en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="242"/>
        <source>Passwords are kept only in the system keychain. Leave it empty to keep the saved one.</source>
        <translation>Las contraseñas se guardan solo en el llavero del sistema. Deje el campo vacío para conservar la guardada.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="322"/>
        <source>Without encryption, anyone on the network path can read your messages and change them.</source>
        <translation>Sin cifrado, cualquiera en la ruta de red puede leer sus mensajes y modificarlos.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="327"/>
        <source>Your password will be sent in clear text too: use this only with a test server you control.</source>
        <translation>Su contraseña también se enviará en texto claro: use esto solo con un servidor de pruebas que usted controle.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="329"/>
        <source>Stamp will refuse to send your password over it unless you allow it below.</source>
        <translation>Stamp se negará a enviar su contraseña por ella a menos que lo permita abajo.</translation>
    </message>
</context>
<context>
    <name>ui::AccountsDialog</name>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="52"/>
        <location filename="../ui/accountsdialog.cpp" line="56"/>
        <location filename="../ui/accountsdialog.cpp" line="354"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="57"/>
        <source>&amp;Add</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="57"/>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="58"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="59"/>
        <source>Remove the account</source>
        <translation>Eliminar la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="60"/>
        <source>Make &amp;default</source>
        <translation>&amp;Hacer predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="61"/>
        <location filename="../ui/accountsdialog.cpp" line="242"/>
        <source>Make this the default account</source>
        <translation>Convertir en la cuenta predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="80"/>
        <source>&amp;Save</source>
        <translation>Guar&amp;dar</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="80"/>
        <source>Save the account</source>
        <translation>Guardar la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="81"/>
        <location filename="../ui/accountsdialog.cpp" line="144"/>
        <location filename="../ui/accountsdialog.cpp" line="506"/>
        <location filename="../ui/accountsdialog.cpp" line="520"/>
        <location filename="../ui/accountsdialog.cpp" line="529"/>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="82"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="145"/>
        <source>Test stopped before connecting.</source>
        <translation>Prueba detenida antes de conectar.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="259"/>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="333"/>
        <source>(given for this session)</source>
        <translation>(indicada para esta sesión)</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="334"/>
        <source>(kept in the keychain)</source>
        <translation>(guardada en el llavero)</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="77"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="78"/>
        <source>Sign-in and server search</source>
        <translation>Inicio de sesión y búsqueda del servidor</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="156"/>
        <source>Enter the email address first: the settings are found from it.</source>
        <translation>Introduzca primero la dirección de correo electrónico: los ajustes se averiguan a partir de ella.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="241"/>
        <source>This is already the default account</source>
        <translation>Esta ya es la cuenta predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="354"/>
        <source>Accounts *</source>
        <translation>Cuentas *</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="367"/>
        <source>There is already an account named &quot;%1&quot;: choose another name.</source>
        <translation>Ya hay una cuenta llamada &quot;%1&quot;: elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="387"/>
        <source>The password is saved in the keychain.</source>
        <translation>La contraseña se ha guardado en el llavero.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="393"/>
        <source>The password could not be saved: it will be used until Stamp closes.</source>
        <translation>No se ha podido guardar la contraseña: se usará hasta que se cierre Stamp.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="395"/>
        <source>Password not saved</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="397"/>
        <source>Stamp will use the password you typed until it closes, and ask again next time.</source>
        <translation>Stamp usará la contraseña que ha escrito hasta que se cierre, y la volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="414"/>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="415"/>
        <source>Remove the account &quot;%1&quot; and its saved password? Messages already sent stay in Sent.</source>
        <translation>¿Eliminar la cuenta &quot;%1&quot; y su contraseña guardada? Los mensajes ya enviados se quedan en Enviados.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="432"/>
        <source>No keychain is running, so no saved password of &quot;%1&quot; could be looked for to remove.</source>
        <translation>No hay ningún llavero en ejecución, así que no se ha podido buscar ninguna contraseña guardada de &quot;%1&quot; para eliminarla.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="438"/>
        <source>Password not removed</source>
        <translation>Contraseña no eliminada</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="454"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="455"/>
        <source>Save the changes to this account?</source>
        <translation>¿Guardar los cambios de esta cuenta?</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="498"/>
        <location filename="../ui/accountsdialog.cpp" line="524"/>
        <source>S&amp;top test</source>
        <translation>De&amp;tener prueba</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="499"/>
        <source>Getting the password…</source>
        <translation>Obteniendo la contraseña…</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="507"/>
        <source>Not tested: no password was given.</source>
        <translation>No probada: no se ha indicado ninguna contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="542"/>
        <source>this account</source>
        <translation>esta cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="18"/>
        <source>The accounts you send from; choose one to edit it</source>
        <translation>Las cuentas desde las que envía; elija una para editarla</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="19"/>
        <source>Starts a new account</source>
        <translation>Crea una cuenta nueva</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="21"/>
        <source>Removes the selected account and its saved password</source>
        <translation>Elimina la cuenta seleccionada y su contraseña guardada</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="23"/>
        <source>New messages are sent from the selected account</source>
        <translation>Los mensajes nuevos se envían desde la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="25"/>
        <source>A name for this account, shown in the From list</source>
        <translation>Un nombre para esta cuenta, que se muestra en la lista De</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="27"/>
        <source>The name recipients see beside your address</source>
        <translation>El nombre que ven los destinatarios junto a su dirección</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="28"/>
        <source>The address messages are sent from</source>
        <translation>La dirección desde la que se envían los mensajes</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="29"/>
        <source>Text added at the end of each new message from this account</source>
        <translation>Texto que se añade al final de cada mensaje nuevo de esta cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="32"/>
        <source>The signature added to formatted messages; empty: they get the plain one</source>
        <translation>La firma que se añade a los mensajes con formato; si está vacía, reciben la de texto sin formato</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="34"/>
        <source>The submission server&apos;s host name, as your mail provider gives it</source>
        <translation>El nombre de host del servidor de envío, tal como se lo indica su proveedor de correo</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="36"/>
        <source>587 for STARTTLS, 465 for TLS from the start</source>
        <translation>587 para STARTTLS, 465 para TLS desde el principio</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="38"/>
        <source>How the connection to the server is encrypted</source>
        <translation>Cómo se cifra la conexión con el servidor</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="40"/>
        <source>Lets the password travel unencrypted; only for a test server you trust</source>
        <translation>Permite que la contraseña viaje sin cifrar; solo para un servidor de pruebas de confianza</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="43"/>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s</source>
        <translation>Un archivo PEM de autoridades de certificación en las que confiar además de las del sistema</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="46"/>
        <source>Chooses the PEM file of extra certificate authorities</source>
        <translation>Elige el archivo PEM de autoridades de certificación adicionales</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="48"/>
        <source>Stops trusting the certificate trusted for this account</source>
        <translation>Deja de confiar en el certificado de confianza de esta cuenta</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="49"/>
        <source>The name to log in with; empty when the server needs no login</source>
        <translation>El nombre con el que iniciar sesión; vacío si el servidor no requiere inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="51"/>
        <source>How Stamp proves who you are to the server</source>
        <translation>Cómo demuestra Stamp al servidor quién es usted</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="53"/>
        <source>Kept in the system keychain, never in a file</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="55"/>
        <source>Saves the account, and the password in the keychain</source>
        <translation>Guarda la cuenta, y la contraseña en el llavero</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="57"/>
        <source>Connects and logs in without sending anything, and shows what the server offers</source>
        <translation>Se conecta e inicia sesión sin enviar nada, y muestra lo que ofrece el servidor</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="61"/>
        <source>The extensions the server announced in its EHLO reply</source>
        <translation>Las extensiones que el servidor anunció en su respuesta a EHLO</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="62"/>
        <source>The TLS version, cipher and certificate of the test connection</source>
        <translation>La versión de TLS, el cifrado y el certificado de la conexión de prueba</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="65"/>
        <source>Looks up the server settings for the address: the domain&apos;s own settings, the providers&apos; database, DNS records, then likely server names</source>
        <translation>Busca los ajustes del servidor para la dirección: los ajustes propios del dominio, la base de datos de proveedores, los registros DNS y, por último, los nombres de servidor probables</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="69"/>
        <source>The settings came with warnings: tick this only after reading them</source>
        <translation>Los ajustes han llegado con avisos: marque esto solo después de leerlos</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="72"/>
        <source>Puts the settings found into the account form; nothing is saved yet</source>
        <translation>Pone los ajustes encontrados en el formulario de la cuenta; todavía no se guarda nada</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="75"/>
        <source>Who signs you in: Google, Microsoft, or another provider by its address</source>
        <translation>Quién le inicia la sesión: Google, Microsoft u otro proveedor por su dirección</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="78"/>
        <source>Opens the provider&apos;s sign-in page in your browser</source>
        <translation>Abre la página de inicio de sesión del proveedor en el navegador</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="80"/>
        <source>Shows a code to enter on another device, for machines without a browser</source>
        <translation>Muestra un código para introducir en otro dispositivo, para equipos sin navegador</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="82"/>
        <source>Forgets this account&apos;s sign-in, kept in the system keychain</source>
        <translation>Olvida el inicio de sesión de esta cuenta, guardado en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="85"/>
        <source>The sign-in page&apos;s address, to open it yourself if the browser did not start</source>
        <translation>La dirección de la página de inicio de sesión, para abrirla usted mismo si el navegador no se ha iniciado</translation>
    </message>
</context>
<context>
    <name>ui::Advice</name>
    <message>
        <location filename="../ui/advice.cpp" line="46"/>
        <source>Check the user name, password and security settings of the account.</source>
        <translation>Compruebe el nombre de usuario, la contraseña y los ajustes de seguridad de la cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="48"/>
        <source>Check the security setting and the certificate of the account.</source>
        <translation>Compruebe el ajuste de seguridad y el certificado de la cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="51"/>
        <source>Check the server name, port and security setting of the account, and the network.</source>
        <translation>Compruebe el nombre del servidor, el puerto y el ajuste de seguridad de la cuenta, y la red.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="54"/>
        <source>Check the account settings, then send again.</source>
        <translation>Compruebe los ajustes de la cuenta y vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="77"/>
        <source>Not sent: this server wants encryption</source>
        <translation>No enviado: este servidor quiere cifrado</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="78"/>
        <source>This server wants encryption: set Security to STARTTLS. Nothing was sent.</source>
        <translation>Este servidor quiere cifrado: ponga Seguridad en STARTTLS. No se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="85"/>
        <source>Not sent: the password was not sent without encryption</source>
        <translation>No enviado: la contraseña no se ha enviado sin cifrado</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="87"/>
        <source>The connection to this server is not encrypted, so Stamp did not send the password. Set Security to STARTTLS or TLS if the server has it; only on a network you trust, tick “Send the password unencrypted” in the account instead.</source>
        <translation>La conexión con este servidor no está cifrada, así que Stamp no ha enviado la contraseña. Ponga Seguridad en STARTTLS o TLS si el servidor lo admite; solo en una red de confianza, marque en su lugar “Enviar la contraseña sin cifrar” en la cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="97"/>
        <source>Not sent: sign in again</source>
        <translation>No enviado: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="99"/>
        <source>The sign-in of this account has expired or was revoked. Sign in again, then send; the message stays in the outbox.</source>
        <translation>El inicio de sesión de esta cuenta ha caducado o se ha revocado. Vuelva a iniciar sesión y luego envíe; el mensaje se queda en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="101"/>
        <source>The server did not accept the sign-in of this account. Sign in again, then send; the message stays in the outbox.</source>
        <translation>El servidor no ha aceptado el inicio de sesión de esta cuenta. Vuelva a iniciar sesión y luego envíe; el mensaje se queda en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="114"/>
        <source>Not sent: Google wants you to sign in with Google</source>
        <translation>No enviado: Google quiere que inicie sesión con Google</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="116"/>
        <source>Not sent: Microsoft wants you to sign in with Microsoft</source>
        <translation>No enviado: Microsoft quiere que inicie sesión con Microsoft</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="117"/>
        <source>Not sent: this provider wants you to sign in with it</source>
        <translation>No enviado: este proveedor quiere que inicie sesión con él</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="126"/>
        <source>Not sent: the server did not accept the password</source>
        <translation>No enviado: el servidor no ha aceptado la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="128"/>
        <source>Enter the password again, or check the user name in the account. Some providers need an app password instead of the usual one.</source>
        <translation>Vuelva a introducir la contraseña, o compruebe el nombre de usuario en la cuenta. Algunos proveedores necesitan una contraseña de aplicación en lugar de la habitual.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="136"/>
        <source>Not sent yet: the server asked to try later</source>
        <translation>Aún no enviado: el servidor ha pedido que se intente más tarde</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="137"/>
        <source>The message is not sent yet. It stays in the outbox and will be retried; you can also send it again yourself later.</source>
        <translation>El mensaje aún no se ha enviado. Se queda en la bandeja de salida y se reintentará; también puede volver a enviarlo usted más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="177"/>
        <source>The server holds the message back for now (a policy such as greylisting): not sent yet, it will be retried.</source>
        <translation>El servidor retiene el mensaje por ahora (una política como el greylisting): aún no enviado, se reintentará.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="181"/>
        <source>The mailbox is full for now: not sent yet, it will be retried.</source>
        <translation>El buzón está lleno por ahora: aún no enviado, se reintentará.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="184"/>
        <source>The server is closing the connection for now: not sent yet, it will be retried.</source>
        <translation>El servidor está cerrando la conexión por ahora: aún no enviado, se reintentará.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="186"/>
        <source>The mailbox is busy or unavailable for now: not sent yet, it will be retried.</source>
        <translation>El buzón está ocupado o no disponible por ahora: aún no enviado, se reintentará.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="188"/>
        <source>The server had a temporary problem of its own: not sent yet, it will be retried.</source>
        <translation>El servidor ha tenido un problema temporal propio: aún no enviado, se reintentará.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="190"/>
        <source>The server is short of space or of recipients for now: not sent yet, it will be retried.</source>
        <translation>El servidor va corto de espacio o de destinatarios por ahora: aún no enviado, se reintentará.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="193"/>
        <source>The server cannot start encryption or a login right now: not sent yet, it will be retried.</source>
        <translation>El servidor no puede iniciar el cifrado ni un inicio de sesión ahora mismo: aún no enviado, se reintentará.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="196"/>
        <source>The server cannot take it right now: not sent yet, it will be retried.</source>
        <translation>El servidor no puede aceptarlo ahora mismo: aún no enviado, se reintentará.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="204"/>
        <source>Use STARTTLS and send again</source>
        <translation>Usar STARTTLS y volver a enviar</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="206"/>
        <source>Enter the password again</source>
        <translation>Volver a introducir la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="208"/>
        <source>Open the account</source>
        <translation>Abrir la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="211"/>
        <source>Sign in with Google</source>
        <translation>Iniciar sesión con Google</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="213"/>
        <source>Sign in with Microsoft</source>
        <translation>Iniciar sesión con Microsoft</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="214"/>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="214"/>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
</context>
<context>
    <name>ui::AttachmentList</name>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="24"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="26"/>
        <source>The files sent with the message, with their sizes; Delete removes the selected ones</source>
        <translation>Los archivos enviados con el mensaje, con su tamaño; Supr elimina los seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="28"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="28"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="28"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="65"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="69"/>
        <source>%1 is not a file (folders cannot be attached).</source>
        <translation>%1 no es un archivo (las carpetas no se pueden adjuntar).</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="73"/>
        <source>%1 cannot be read (permission denied).</source>
        <translation>%1 no se puede leer (permiso denegado).</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="111"/>
        <source>missing</source>
        <translation>falta</translation>
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
        <translation>TLS desde el principio</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="26"/>
        <source>none — unencrypted</source>
        <translation>ninguna — sin cifrar</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="36"/>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="38"/>
        <source>OAuth 2.0 sign-in in the browser</source>
        <translation>inicio de sesión OAuth 2.0 en el navegador</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="40"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="42"/>
        <source>a method Stamp does not support</source>
        <translation>un método que Stamp no admite</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="59"/>
        <location filename="../ui/autoconfigpanel.cpp" line="129"/>
        <location filename="../ui/autoconfigpanel.cpp" line="146"/>
        <source>&amp;Find settings from the address</source>
        <translation>&amp;Buscar los ajustes a partir de la dirección</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="61"/>
        <source>Find settings from the address</source>
        <translation>Buscar los ajustes a partir de la dirección</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="72"/>
        <source>I have read the warnings and want to use these settings</source>
        <translation>He leído los avisos y quiero usar estos ajustes</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="75"/>
        <source>&amp;Use these settings</source>
        <translation>&amp;Usar estos ajustes</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="132"/>
        <source>S&amp;top looking</source>
        <translation>&amp;Detener la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="133"/>
        <source>Looking for the settings of %1…</source>
        <translation>Buscando los ajustes de %1…</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="147"/>
        <source>Stopped looking.</source>
        <translation>Búsqueda detenida.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="156"/>
        <source>No settings were found for %1: enter the server yourself.</source>
        <translation>No se han encontrado ajustes para %1: introduzca el servidor usted mismo.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="157"/>
        <source>this address</source>
        <translation>esta dirección</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="163"/>
        <source>Tried:</source>
        <translation>Probado:</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="176"/>
        <source>The server %1 is not in %2, the domain of your address. Use it only if you know that it is your provider&apos;s.</source>
        <translation>El servidor %1 no está en %2, el dominio de su dirección. Úselo solo si sabe que es el de su proveedor.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="179"/>
        <source>Found through %1.</source>
        <translation>Encontrado en %1.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="182"/>
        <source>Server: %1, port %2</source>
        <translation>Servidor: %1, puerto %2</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="183"/>
        <source>Security: %1</source>
        <translation>Seguridad: %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="184"/>
        <source>Authentication: %1</source>
        <translation>Autenticación: %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="185"/>
        <source>User name: %1</source>
        <translation>Nombre de usuario: %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="185"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="186"/>
        <source>Found through: %1 (%2)</source>
        <translation>Encontrado en: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="188"/>
        <source>Records of the domain: %1</source>
        <translation>Registros del dominio: %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="190"/>
        <source>Stamp cannot log in to this server: enter another server yourself.</source>
        <translation>Stamp no puede iniciar sesión en este servidor: introduzca otro servidor usted mismo.</translation>
    </message>
</context>
<context>
    <name>ui::CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="42"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="50"/>
        <source>Certificate not trusted — %1</source>
        <translation>Certificado no fiable — %1</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="58"/>
        <source>&lt;b&gt;Stamp could not verify the identity of %1.&lt;/b&gt;&lt;br&gt;Someone may be pretending to be your mail server to read your password and your mail. Trust this certificate only if you have checked its fingerprint with the server&apos;s administrator, or if it is your own test server.</source>
        <translation>&lt;b&gt;Stamp no ha podido verificar la identidad de %1.&lt;/b&gt;&lt;br&gt;Puede que alguien se esté haciendo pasar por su servidor de correo para leer su contraseña y su correo. Confíe en este certificado solo si ha comprobado su huella digital con el administrador del servidor, o si es su propio servidor de pruebas.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="76"/>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="80"/>
        <source>Valid for names:</source>
        <translation>Válido para los nombres:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="81"/>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="82"/>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="83"/>
        <source>from %1 until %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="87"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="94"/>
        <source>Chain sent:</source>
        <translation>Cadena enviada:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="99"/>
        <source>Why the certificate is not trusted</source>
        <translation>Por qué no se confía en el certificado</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="100"/>
        <source>Every check the server&apos;s certificate failed</source>
        <translation>Cada comprobación que no ha superado el certificado del servidor</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="109"/>
        <source>&amp;Trust this certificate for “%1”</source>
        <translation>&amp;Confiar en este certificado para “%1”</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="112"/>
        <source>Accepts exactly this certificate for this account from now on; a different one asks again</source>
        <translation>A partir de ahora acepta exactamente este certificado para esta cuenta; uno distinto volverá a preguntar</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="127"/>
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
    </message>
</context>
<context>
    <name>ui::ComposerWindow</name>
    <message>
        <location filename="../ui/composerwindow.cpp" line="168"/>
        <source>Compose message</source>
        <translation>Redactar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="203"/>
        <source>Not attached</source>
        <translation>No adjuntado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="223"/>
        <source>%n message(s) waiting in the outbox: due ones are sent now, the others at their time.</source>
        <translation>
            <numerusform>%n mensaje en la bandeja de salida: los pendientes se envían ahora, los demás a su hora.</numerusform>
            <numerusform>%n mensajes en la bandeja de salida: los pendientes se envían ahora, los demás a su hora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="258"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="259"/>
        <source>The account and identity the message is sent from</source>
        <translation>La cuenta y la identidad desde las que se envía el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="264"/>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="265"/>
        <source>Edit accounts</source>
        <translation>Editar cuentas</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="266"/>
        <source>Opens the accounts: servers, logins and identities</source>
        <translation>Abre las cuentas: servidores, inicios de sesión e identidades</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="269"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="270"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="271"/>
        <source>Bcc</source>
        <translation>Cco</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="272"/>
        <source>hidden recipients: they receive it, the others do not see them</source>
        <translation>destinatarios ocultos: lo reciben, pero los demás no los ven</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="273"/>
        <source>Reply-To</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="274"/>
        <source>where replies should go, if not to the sender</source>
        <translation>adónde deben ir las respuestas, si no al remitente</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="289"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="290"/>
        <source>What the message is about, in one line</source>
        <translation>De qué trata el mensaje, en una línea</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="313"/>
        <source>F&amp;rom:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="314"/>
        <source>T&amp;o:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="315"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="316"/>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;o:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="317"/>
        <source>Rep&amp;ly-To:</source>
        <translation>Re&amp;sponder a:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="321"/>
        <source>&amp;Subject:</source>
        <translation>Asu&amp;nto:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="325"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="327"/>
        <source>The text of the message; files dropped or pasted here are attached</source>
        <translation>El texto del mensaje; los archivos que se sueltan o pegan aquí se adjuntan</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="330"/>
        <source>Write your message here. Drop or paste files to attach them.</source>
        <translation>Escriba aquí su mensaje. Suelte o pegue archivos para adjuntarlos.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="337"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="338"/>
        <source>Remove the selected attachments (Delete)</source>
        <translation>Quitar los adjuntos seleccionados (Supr)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="339"/>
        <source>Remove the selected attachments</source>
        <translation>Quitar los adjuntos seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="343"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="344"/>
        <location filename="../ui/composerwindow.cpp" line="1399"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="345"/>
        <source>Chooses files to attach to the message</source>
        <translation>Elige archivos para adjuntarlos al mensaje</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="384"/>
        <source>Sending progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="385"/>
        <source>How much of the message has gone to the server</source>
        <translation>Cuánto del mensaje ha llegado ya al servidor</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="388"/>
        <location filename="../ui/composerwindow.cpp" line="390"/>
        <source>Stop sending</source>
        <translation>Detener el envío</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="391"/>
        <source>Stops this attempt; the message stays in the outbox</source>
        <translation>Detiene este intento; el mensaje se queda en la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="416"/>
        <source>Protocol log</source>
        <translation>Registro del protocolo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="422"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="429"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="443"/>
        <source>Opens the outbox, where messages wait to be sent or sent again</source>
        <translation>Abre la bandeja de salida, donde los mensajes esperan para enviarse o volver a enviarse</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="449"/>
        <source>The message goes back into the editor, unsent</source>
        <translation>El mensaje vuelve al editor, sin enviar</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="450"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="451"/>
        <source>Take the message back from the outbox before it is sent</source>
        <translation>Recuperar el mensaje de la bandeja de salida antes de que se envíe</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="481"/>
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="485"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Enviar el mensaje (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="487"/>
        <source>Send &amp;Later…</source>
        <translation>Enviar más tar&amp;de…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="489"/>
        <source>Put the message in the outbox to be sent at a time you choose</source>
        <translation>Poner el mensaje en la bandeja de salida para enviarlo a la hora que elija</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="492"/>
        <source>S&amp;top Sending</source>
        <translation>De&amp;tener el envío</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="494"/>
        <source>Stop sending (Ctrl+.)</source>
        <translation>Detener el envío (Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="496"/>
        <location filename="../ui/composerwindow.cpp" line="1629"/>
        <source>&amp;Attach Files…</source>
        <translation>Ad&amp;juntar archivos…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="499"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>Adjuntar archivos (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="501"/>
        <source>Save &amp;Draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="503"/>
        <source>Save as a draft (Ctrl+S)</source>
        <translation>Guardar como borrador (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="506"/>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="508"/>
        <source>&amp;New Message</source>
        <translation>&amp;Mensaje nuevo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="511"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="514"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="518"/>
        <source>&amp;Accounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="522"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="531"/>
        <source>Save as &amp;Template…</source>
        <translation>Guardar como plan&amp;tilla…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="538"/>
        <source>Save as Template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="539"/>
        <source>Name of the template:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="549"/>
        <source>New From Te&amp;mplate</source>
        <translation>Nuevo desde p&amp;lantilla</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="556"/>
        <source>(No templates yet)</source>
        <translation>(Aún no hay plantillas)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="573"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="584"/>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="585"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="587"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="588"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="589"/>
        <source>&amp;Paste</source>
        <translation>Pe&amp;gar</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="590"/>
        <source>Select &amp;All</source>
        <translation>Se&amp;leccionar todo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="592"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="595"/>
        <source>Protocol &amp;Log</source>
        <translation>Regi&amp;stro del protocolo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="602"/>
        <source>&amp;Outbox and Drafts</source>
        <translation>Bandeja de salida &amp;y borradores</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="609"/>
        <source>S&amp;ent Messages</source>
        <translation>Mensajes &amp;enviados</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="614"/>
        <source>&amp;Search the Log</source>
        <translation>Buscar e&amp;n el registro</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="622"/>
        <source>Go to the &amp;Message Text</source>
        <translation>Ir al te&amp;xto del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="628"/>
        <source>Go to the Attachme&amp;nts</source>
        <translation>Ir a los ad&amp;juntos</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="637"/>
        <source>O&amp;ptions</source>
        <translation>Opc&amp;iones</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="639"/>
        <source>&amp;Reply-To Field</source>
        <translation>Campo &amp;Responder a</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="649"/>
        <source>&amp;Priority</source>
        <translation>Pr&amp;ioridad</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="651"/>
        <source>&amp;High</source>
        <translation>&amp;Alta</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="653"/>
        <source>&amp;Normal</source>
        <translation>Nor&amp;mal</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="655"/>
        <source>&amp;Low</source>
        <translation>&amp;Baja</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="663"/>
        <source>Ask for a Read Receip&amp;t</source>
        <translation>Solici&amp;tar acuse de recibo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="666"/>
        <source>Ask the recipient&apos;s mail program to confirm that the message was opened (many do not, or ask the recipient first)</source>
        <translation>Pedir al programa de correo del destinatario que confirme que se ha abierto el mensaje (muchos no lo hacen, o preguntan antes al destinatario)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="668"/>
        <source>&amp;Delivery Receipts</source>
        <translation>Con&amp;firmaciones de entrega</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="670"/>
        <source>Ask the mail servers on the way to report back (only when the server offers DSN)</source>
        <translation>Pedir a los servidores de correo del camino que informen (solo cuando el servidor ofrece DSN)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="677"/>
        <source>When &amp;Delivered</source>
        <translation>Al &amp;entregarse</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="678"/>
        <source>When Delivery &amp;Fails</source>
        <translation>Si f&amp;alla la entrega</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="679"/>
        <source>When Delivery Is De&amp;layed</source>
        <translation>&amp;Si se retrasa la entrega</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="681"/>
        <source>Report With the &amp;Whole Message</source>
        <translation>Incluir el mensaje &amp;completo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="682"/>
        <source>Report With the &amp;Headers Only</source>
        <translation>Incl&amp;uir solo las cabeceras</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="689"/>
        <source>&amp;Undo Send</source>
        <translation>Deshacer en&amp;vío</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="692"/>
        <source>Wait a few seconds after Send, so Undo in the status bar can take the message back</source>
        <translation>Esperar unos segundos después de Enviar, para que Deshacer en la barra de estado pueda recuperar el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="695"/>
        <source>&amp;Off: Send at Once</source>
        <translation>&amp;Desactivado: enviar en el acto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="696"/>
        <source>Wait &amp;%n Second(s)</source>
        <translation>
            <numerusform>Esperar &amp;%n segundo</numerusform>
            <numerusform>Esperar &amp;%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="720"/>
        <source>&amp;Tools</source>
        <translation>Herramien&amp;tas</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="722"/>
        <source>&amp;Practice Server…</source>
        <translation>Serv&amp;idor de prácticas…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="725"/>
        <source>Check &amp;Domain…</source>
        <translation>Compro&amp;bar dominio…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="738"/>
        <source>C&amp;ontacts…</source>
        <translation>C&amp;ontactos…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="742"/>
        <source>&amp;Mail Merge…</source>
        <translation>Co&amp;mbinar correspondencia…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="746"/>
        <source>&amp;Console…</source>
        <translation>&amp;Consola…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="752"/>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="753"/>
        <source>Choose an account in From first (Tools → Accounts).</source>
        <translation>Elija primero una cuenta en De (Herramientas → Cuentas).</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="756"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1619"/>
        <source>The message mentions an attachment, but nothing is attached.</source>
        <translation>El mensaje menciona un adjunto, pero no hay nada adjunto.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1630"/>
        <source>&amp;Send Without</source>
        <translation>&amp;Enviar sin</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1631"/>
        <source>Attach the files now, or send the message without them.</source>
        <translation>Adjunte los archivos ahora o envíe el mensaje sin ellos.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1688"/>
        <source>Putting the message in the outbox…</source>
        <translation>Poniendo el mensaje en la bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1826"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1885"/>
        <source>Perhaps sent: the server did not confirm. The message stays in the outbox; check with a recipient before sending it again.</source>
        <translation>Quizá enviado: el servidor no lo ha confirmado. El mensaje se queda en la bandeja de salida; compruébelo con un destinatario antes de volver a enviarlo.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1891"/>
        <source>Not sent yet: the outbox tries again by itself; nothing to do meanwhile.</source>
        <translation>Aún no enviado: la bandeja de salida lo intentará de nuevo por sí sola; mientras tanto no hay nada que hacer.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1920"/>
        <source>Sent from the outbox. A copy is in the Sent folder.</source>
        <translation>Enviado desde la bandeja de salida. Hay una copia en la carpeta Enviados.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1925"/>
        <source>The outbox sent the message as it was queued; the changes made here since were not sent, and Send would send them as a new message.</source>
        <translation>La bandeja de salida envió el mensaje tal como estaba en la cola; los cambios hechos aquí desde entonces no se enviaron, y Enviar los mandaría como un mensaje nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2055"/>
        <source>Messages waiting</source>
        <translation>Mensajes en espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="2056"/>
        <source>%n message(s) in the outbox are still waiting to be sent. They are sent the next time Stamp runs. Quit anyway?</source>
        <translation>
            <numerusform>%n mensaje de la bandeja de salida sigue esperando para enviarse. Se enviará la próxima vez que se ejecute Stamp. ¿Salir de todos modos?</numerusform>
            <numerusform>%n mensajes de la bandeja de salida siguen esperando para enviarse. Se enviarán la próxima vez que se ejecute Stamp. ¿Salir de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="760"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="794"/>
        <source>No account yet — open Accounts… to add one</source>
        <translation>Aún no hay ninguna cuenta — abra Cuentas… para añadir una</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="801"/>
        <location filename="../ui/composerwindow.cpp" line="822"/>
        <source>Server: %1:%2</source>
        <translation>Servidor: %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1112"/>
        <source>Draft restored (saved %1).</source>
        <translation>Borrador restaurado (guardado el %1).</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1137"/>
        <source>Last attempt: the server said %1</source>
        <translation>Último intento: el servidor dijo %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1175"/>
        <source>Being sent</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1176"/>
        <source>This message is being sent right now; wait for the result.</source>
        <translation>Este mensaje se está enviando ahora mismo; espere al resultado.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1183"/>
        <location filename="../ui/composerwindow.cpp" line="1219"/>
        <source>Message not found</source>
        <translation>Mensaje no encontrado</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1184"/>
        <source>This message is no longer there: it may have been sent or deleted meanwhile.</source>
        <translation>Este mensaje ya no está: puede que se haya enviado o eliminado mientras tanto.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1209"/>
        <source>Some attached files are no longer there; they are marked in the list: %1</source>
        <translation>Algunos archivos adjuntos ya no están; se han marcado en la lista: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1220"/>
        <source>This message is no longer in the Sent folder.</source>
        <translation>Este mensaje ya no está en la carpeta Enviados.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1251"/>
        <source>This message is no longer in the outbox.</source>
        <translation>Este mensaje ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1269"/>
        <source>The server did not accept the password. Enter it again to send the message.</source>
        <translation>El servidor no ha aceptado la contraseña. Vuelva a introducirla para enviar el mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1374"/>
        <source>The draft could not be saved: %1</source>
        <translation>No se ha podido guardar el borrador: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1380"/>
        <source>Draft saved at %1.</source>
        <translation>Borrador guardado a las %1.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1419"/>
        <source>1 attachment, %1 — about %2 when sent</source>
        <translation>1 adjunto, %1 — unos %2 al enviarlo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1420"/>
        <source>%1 attachments, %2 — about %3 when sent</source>
        <translation>%1 adjuntos, %2 — unos %3 al enviarlo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1424"/>
        <source>⚠ larger than the %1 the server accepts</source>
        <translation>⚠ mayor que los %1 que acepta el servidor</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1431"/>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1433"/>
        <source>Sending: %1</source>
        <translation>Enviando: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1514"/>
        <source>Send later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1518"/>
        <source>Send at</source>
        <translation>Fecha y hora de envío</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1523"/>
        <source>Send this message at:</source>
        <translation>Enviar este mensaje el:</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1539"/>
        <source>Too late to take it back: the message is being sent or was sent.</source>
        <translation>Demasiado tarde para recuperarlo: el mensaje se está enviando o ya se ha enviado.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1554"/>
        <location filename="../ui/composerwindow.cpp" line="1560"/>
        <source>Taken back from the outbox: nothing was sent.</source>
        <translation>Recuperado de la bandeja de salida: no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="27"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="30"/>
        <source>Show the envelope, header section and MIME structure that will go out, and what may go wrong (Ctrl+Shift+P)</source>
        <translation>Mostrar el sobre, la sección de cabeceras y la estructura MIME que saldrán, y lo que puede fallar (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="33"/>
        <source>Copy as s&amp;waks Command</source>
        <translation>Copiar como comando s&amp;waks</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="35"/>
        <source>Copy a swaks command line that sends this message the same way</source>
        <translation>Copiar una línea de comando swaks que envía este mensaje de la misma forma</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="44"/>
        <location filename="../ui/composerpreview.cpp" line="55"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="45"/>
        <source>The message cannot be previewed yet: %1</source>
        <translation>Todavía no se puede mostrar la vista previa del mensaje: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="56"/>
        <source>The message cannot be previewed: %1</source>
        <translation>No se puede mostrar la vista previa del mensaje: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="72"/>
        <location filename="../ui/composerwindow.cpp" line="1569"/>
        <source>No account</source>
        <translation>Sin cuenta</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="73"/>
        <source>A swaks command needs the server of an account: add one first.</source>
        <translation>Un comando swaks necesita el servidor de una cuenta: añada una primero.</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="81"/>
        <location filename="../ui/composerpreview.cpp" line="95"/>
        <source>No swaks command</source>
        <translation>Sin comando swaks</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="82"/>
        <source>The swaks command cannot be made: %1</source>
        <translation>No se puede crear el comando swaks: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="96"/>
        <source>The message could not be written for swaks: %1</source>
        <translation>No se ha podido escribir el mensaje para swaks: %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="103"/>
        <source>Copied the swaks command (the message is in %1; swaks asks for the password). %2</source>
        <translation>Se ha copiado el comando swaks (el mensaje está en %1; swaks pide la contraseña). %2</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1570"/>
        <source>Stamp needs an account to send from: add one with the server&apos;s details.</source>
        <translation>Stamp necesita una cuenta desde la que enviar: añada una con los datos del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1583"/>
        <location filename="../ui/composerwindow.cpp" line="1593"/>
        <source>Address not valid</source>
        <translation>Dirección no válida</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1584"/>
        <location filename="../ui/composerwindow.cpp" line="1594"/>
        <source>Nothing was sent. %1</source>
        <translation>No se ha enviado nada. %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1599"/>
        <source>No recipient</source>
        <translation>Sin destinatario</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1600"/>
        <source>Nothing was sent: add at least one recipient in To, Cc or Bcc.</source>
        <translation>No se ha enviado nada: añada al menos un destinatario en Para, Cc o Cco.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1606"/>
        <source>Attachment missing</source>
        <translation>Falta un adjunto</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1607"/>
        <source>Nothing was sent: these attached files are no longer there (or cannot be read):
%1

Remove them from the list, or attach them again.</source>
        <translation>No se ha enviado nada: estos archivos adjuntos ya no están (o no se pueden leer):
%1

Quítelos de la lista o vuelva a adjuntarlos.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1618"/>
        <source>Nothing attached</source>
        <translation>Nada adjunto</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1640"/>
        <source>No subject</source>
        <translation>Sin asunto</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1641"/>
        <source>This message has no subject. Send it anyway?</source>
        <translation>Este mensaje no tiene asunto. ¿Enviarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1659"/>
        <source>Message too large</source>
        <translation>Mensaje demasiado grande</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1660"/>
        <source>This message will be about %1, but %2 said it accepts at most %3. It will most likely be refused. Send it anyway?</source>
        <translation>Este mensaje ocupará unos %1, pero %2 dijo que acepta como máximo %3. Lo más probable es que se rechace. ¿Enviarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1250"/>
        <location filename="../ui/composerwindow.cpp" line="1698"/>
        <location filename="../ui/composerwindow.cpp" line="1953"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1699"/>
        <source>Nothing was sent: the message could not be written to the outbox. %1</source>
        <translation>No se ha enviado nada: no se ha podido escribir el mensaje en la bandeja de salida. %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1246"/>
        <location filename="../ui/composerwindow.cpp" line="1749"/>
        <location filename="../ui/composerwindow.cpp" line="1950"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1874"/>
        <source>Sent. A copy is in the Sent folder.</source>
        <translation>Enviado. Hay una copia en la carpeta Enviados.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1893"/>
        <source>Not sent: the message stays in the outbox. Edit it and send again when ready.</source>
        <translation>No enviado: el mensaje se queda en la bandeja de salida. Edítelo y vuelva a enviarlo cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="544"/>
        <location filename="../ui/composerwindow.cpp" line="1260"/>
        <location filename="../ui/composerwindow.cpp" line="1944"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1737"/>
        <source>In the outbox, to be sent at %1.</source>
        <translation>En la bandeja de salida, programado para %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1744"/>
        <source>Sending in %n second(s): Undo takes it back.</source>
        <translation>
            <numerusform>Enviando en %n segundo: Deshacer lo recupera.</numerusform>
            <numerusform>Enviando en %n segundos: Deshacer lo recupera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1808"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1809"/>
        <source>%n message(s) waiting in the outbox: show them</source>
        <translation>
            <numerusform>%n mensaje en espera en la bandeja de salida: mostrarlo</numerusform>
            <numerusform>%n mensajes en espera en la bandeja de salida: mostrarlos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1888"/>
        <source>Not sent yet: the outbox tries again by itself (%1); nothing to do meanwhile.</source>
        <translation>Aún no enviado: la bandeja de salida lo intentará de nuevo por sí sola (%1); mientras tanto no hay nada que hacer.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2012"/>
        <source>Still sending</source>
        <translation>Todavía enviando</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2013"/>
        <source>The message is still being sent. Stop sending and close? It stays in the outbox.</source>
        <translation>El mensaje todavía se está enviando. ¿Detener el envío y cerrar? Se queda en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2025"/>
        <source>Unsent message</source>
        <translation>Mensaje sin enviar</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2026"/>
        <source>This message has not been sent. Keep it as a draft?</source>
        <translation>Este mensaje no se ha enviado. ¿Guardarlo como borrador?</translation>
    </message>
</context>
<context>
    <name>ui::ConsoleDialog</name>
    <message>
        <location filename="../ui/consoledialog.cpp" line="24"/>
        <source>SMTP Console</source>
        <translation>Consola SMTP</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="34"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="37"/>
        <source>Line to send</source>
        <translation>Línea que enviar</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="39"/>
        <source>&amp;Line:</source>
        <translation>&amp;Línea:</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="43"/>
        <source>&amp;Send Line</source>
        <translation>&amp;Enviar línea</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="48"/>
        <source>Sends QUIT and closes when the server has answered.</source>
        <translation>Envía QUIT y cierra cuando el servidor ha respondido.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="78"/>
        <source>SMTP Console — %1</source>
        <translation>Consola SMTP — %1</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="85"/>
        <source>Not connected: no password was given.</source>
        <translation>No conectado: no se ha indicado ninguna contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="106"/>
        <source>Not connected: %1</source>
        <translation>No conectado: %1</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="154"/>
        <source>Not connected yet.</source>
        <translation>Aún no conectado.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="158"/>
        <source>Connecting to %1, starting TLS and logging in…</source>
        <translation>Conectando a %1, iniciando TLS e iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="162"/>
        <source>Ready: type a command (HELP, NOOP, RSET, VRFY, EXPN, MAIL FROM:&lt;…&gt;, RCPT TO:&lt;…&gt;, DATA, QUIT).</source>
        <translation>Listo: escriba un comando (HELP, NOOP, RSET, VRFY, EXPN, MAIL FROM:&lt;…&gt;, RCPT TO:&lt;…&gt;, DATA, QUIT).</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="166"/>
        <source>Waiting for the server&apos;s reply…</source>
        <translation>Esperando la respuesta del servidor…</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="169"/>
        <source>DATA mode: each line is part of the message; a line holding only &quot;.&quot; ends it (Stamp sends CRLF.CRLF and doubles a leading dot).</source>
        <translation>Modo DATA: cada línea forma parte del mensaje; una línea que contenga solo &quot;.&quot; lo termina (Stamp envía CRLF.CRLF y duplica un punto inicial).</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="173"/>
        <source>Closing: QUIT sent.</source>
        <translation>Cerrando: QUIT enviado.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="177"/>
        <source>Closed: %1</source>
        <translation>Cerrado: %1</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="183"/>
        <source>a line of the message, or . to end it</source>
        <translation>una línea del mensaje, o . para terminarlo</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="184"/>
        <source>an SMTP command, e.g. NOOP</source>
        <translation>un comando SMTP, p. ej. NOOP</translation>
    </message>
</context>
<context>
    <name>ui::ContactCompletionModel</name>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="31"/>
        <source>%1 (group of %n)</source>
        <translation>
            <numerusform>%1 (grupo de %n)</numerusform>
            <numerusform>%1 (grupo de %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="38"/>
        <source>%1, its members one by one (%n)</source>
        <translation>
            <numerusform>%1, su miembro uno a uno (%n)</numerusform>
            <numerusform>%1, sus miembros uno a uno (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="39"/>
        <source>%1 as a named group in To and Cc (group of %n)</source>
        <translation>
            <numerusform>%1 como grupo con nombre en Para y Cc (grupo de %n)</numerusform>
            <numerusform>%1 como grupo con nombre en Para y Cc (grupo de %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ContactsDialog</name>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="59"/>
        <source>Problem with the entry</source>
        <translation>Problema con la entrada</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="64"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="66"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="99"/>
        <source>One per line, or several separated by commas</source>
        <translation>Una por línea, o varias separadas por comas</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="121"/>
        <location filename="../ui/contactsdialog.cpp" line="336"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="123"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="125"/>
        <source>Shows the contacts and groups whose name or address contains this</source>
        <translation>Muestra los contactos y grupos cuyo nombre o dirección contiene este texto</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="126"/>
        <source>Search by name or address</source>
        <translation>Buscar por nombre o dirección</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="128"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="132"/>
        <source>Contacts and groups</source>
        <translation>Contactos y grupos</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="133"/>
        <source>Enter edits the selected entry, Delete removes it</source>
        <translation>Intro edita la entrada seleccionada, Supr la elimina</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="135"/>
        <location filename="../ui/contactsdialog.cpp" line="287"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="135"/>
        <source>Addresses or members</source>
        <translation>Direcciones o miembros</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="135"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="149"/>
        <source>Add &amp;Contact…</source>
        <translation>Añadir &amp;contacto…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="150"/>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="150"/>
        <source>A name and one or more addresses</source>
        <translation>Un nombre y una o más direcciones</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="151"/>
        <source>Add &amp;Group…</source>
        <translation>Añadir &amp;grupo…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="151"/>
        <source>Add a group</source>
        <translation>Añadir un grupo</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="152"/>
        <source>A name and the addresses of its members</source>
        <translation>Un nombre y las direcciones de sus miembros</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="153"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="154"/>
        <source>Edit the selected contact or group</source>
        <translation>Editar el contacto o grupo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="154"/>
        <source>Also Enter in the list</source>
        <translation>También Intro en la lista</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="155"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="156"/>
        <source>Delete the selected contact or group</source>
        <translation>Eliminar el contacto o grupo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="156"/>
        <source>Also the Delete key in the list</source>
        <translation>También la tecla Supr en la lista</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="158"/>
        <source>&amp;Import vCard…</source>
        <translation>&amp;Importar vCard…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="158"/>
        <source>Import contacts from a vCard file</source>
        <translation>Importar contactos de un archivo vCard</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="159"/>
        <source>vCard 3.0 or 4.0, as Thunderbird, Evolution, Google and others export it</source>
        <translation>vCard 3.0 o 4.0, tal como lo exportan Thunderbird, Evolution, Google y otros</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="161"/>
        <source>E&amp;xport vCard…</source>
        <translation>E&amp;xportar vCard…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="162"/>
        <source>Export the address book as a vCard file</source>
        <translation>Exportar la libreta de direcciones como archivo vCard</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="162"/>
        <source>vCard 4.0, contacts and groups</source>
        <translation>vCard 4.0, contactos y grupos</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="164"/>
        <source>Close the contacts</source>
        <translation>Cerrar los contactos</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="229"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="235"/>
        <source>Group, sent as a named group</source>
        <translation>Grupo, enviado como grupo con nombre</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="235"/>
        <location filename="../ui/contactsdialog.cpp" line="314"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="285"/>
        <source>Add Contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="285"/>
        <source>Edit Contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="287"/>
        <location filename="../ui/contactsdialog.cpp" line="304"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="288"/>
        <source>The name shown with the addresses, e.g. Ann Lee</source>
        <translation>El nombre que se muestra con las direcciones, p. ej. Ana López</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="289"/>
        <source>&amp;Addresses:</source>
        <translation>&amp;Direcciones:</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="290"/>
        <source>Addresses, the first one preferred</source>
        <translation>Direcciones, la primera es la preferida</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="302"/>
        <source>Add Group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="302"/>
        <source>Edit Group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="304"/>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="305"/>
        <source>What you type in To, Cc or Bcc to reach every member</source>
        <translation>Lo que escribe en Para, Cc o Cco para llegar a todos los miembros</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="306"/>
        <source>&amp;Members:</source>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="307"/>
        <source>Member addresses</source>
        <translation>Direcciones de los miembros</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="308"/>
        <source>&amp;Send as a named group in To and Cc</source>
        <translation>Envi&amp;ar como grupo con nombre en Para y Cc</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="310"/>
        <source>Send as a named group</source>
        <translation>Enviar como grupo con nombre</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="312"/>
        <source>The header shows &quot;%1: member, member;&quot; and every member gets the message. Off: the group becomes its members. In Bcc a group is always only its members.</source>
        <translation>La cabecera muestra &quot;%1: miembro, miembro;&quot; y todos los miembros reciben el mensaje. Desactivado: el grupo se sustituye por sus miembros. En Cco un grupo es siempre solo sus miembros.</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="343"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="349"/>
        <location filename="../ui/contactsdialog.cpp" line="354"/>
        <source>Nothing was imported from %1. %2</source>
        <translation>No se importó nada de %1. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="357"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contacto añadido</numerusform>
            <numerusform>%n contactos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="358"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="359"/>
        <source>%n group(s) read</source>
        <translation>
            <numerusform>%n grupo leído</numerusform>
            <numerusform>%n grupos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="361"/>
        <source>%n card(s) without an address skipped</source>
        <translation>
            <numerusform>%n tarjeta sin dirección omitida</numerusform>
            <numerusform>%n tarjetas sin dirección omitidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="371"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="374"/>
        <source>%n contact(s) exported</source>
        <translation>
            <numerusform>%n contacto exportado</numerusform>
            <numerusform>%n contactos exportados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="375"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="381"/>
        <location filename="../ui/contactsdialog.cpp" line="390"/>
        <source>Import vCard</source>
        <translation>Importar vCard</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="382"/>
        <location filename="../ui/contactsdialog.cpp" line="398"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Archivos vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="397"/>
        <location filename="../ui/contactsdialog.cpp" line="407"/>
        <source>Export vCard</source>
        <translation>Exportar vCard</translation>
    </message>
</context>
<context>
    <name>ui::DomainCheckDialog</name>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="20"/>
        <source>Check Domain</source>
        <translation>Comprobar dominio</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="25"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="29"/>
        <source>the s= of a DKIM-Signature header, e.g. s1 (several: separated by spaces)</source>
        <translation>el s= de una cabecera DKIM-Signature, p. ej. s1 (varios: separados por espacios)</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="32"/>
        <source>optional: smtp.example.com:587</source>
        <translation>opcional: smtp.example.com:587</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="33"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="34"/>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Selectores DKIM:</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="35"/>
        <source>Submission &amp;server:</source>
        <translation>Servidor de &amp;envío:</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="46"/>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="67"/>
        <source>Give a domain name, the part after @ in your address (e.g. example.com).</source>
        <translation>Indique un nombre de dominio, la parte tras la @ de su dirección (p. ej. example.com).</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="74"/>
        <source>&quot;%1&quot; is not a DKIM selector (letters, digits, - and _).</source>
        <translation>&quot;%1&quot; no es un selector DKIM (letras, dígitos, - y _).</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="86"/>
        <source>The server must be HOST or HOST:PORT.</source>
        <translation>El servidor debe ser HOST o HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="99"/>
        <source>Looking up the records of %1…</source>
        <translation>Consultando los registros de %1…</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="119"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="125"/>
        <source>Nothing wrong found.</source>
        <translation>No se ha encontrado nada incorrecto.</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="128"/>
        <source>Some things could be better (see the warnings).</source>
        <translation>Algunas cosas podrían mejorar (consulte los avisos).</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="131"/>
        <source>Problems found: see what to do for each.</source>
        <translation>Se han encontrado problemas: consulte qué hacer en cada uno.</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="134"/>
        <source>The check is incomplete: some lookups got no answer.</source>
        <translation>La comprobación está incompleta: algunas consultas no obtuvieron respuesta.</translation>
    </message>
</context>
<context>
    <name>ui::EditRecipientsDialog</name>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="18"/>
        <source>Edit Recipients</source>
        <translation>Editar destinatarios</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="20"/>
        <source>“%1” was delivered to the others. Correct the addresses it was not delivered to, or empty a line to leave that recipient out; then send it to them again.</source>
        <translation>“%1” se ha entregado a los demás. Corrija las direcciones a las que no se ha entregado, o vacíe una línea para excluir a ese destinatario; después vuelva a enviárselo.</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="22"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="34"/>
        <source>Recipient %1</source>
        <translation>Destinatario %1</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="35"/>
        <source>The corrected address; empty leaves this recipient out</source>
        <translation>La dirección corregida; si está vacía, se excluye a este destinatario</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="36"/>
        <source>The server did not answer for this recipient.</source>
        <translation>El servidor no ha respondido para este destinatario.</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="37"/>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="45"/>
        <source>Recipient %1:</source>
        <translation>Destinatario %1:</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="84"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="87"/>
        <source>Give at least one recipient, or delete the message from the outbox.</source>
        <translation>Indique al menos un destinatario, o elimine el mensaje de la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>ui::EmlReader</name>
    <message>
        <location filename="../ui/emlreader.cpp" line="98"/>
        <source>The message file %1 cannot be read (%2).</source>
        <translation>El archivo de mensaje %1 no se puede leer (%2).</translation>
    </message>
</context>
<context>
    <name>ui::FirstStartDialog</name>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="21"/>
        <source>Set up your mail account</source>
        <translation>Configure su cuenta de correo</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="24"/>
        <source>Enter your name and email address: Stamp looks up the server settings and shows them before anything is saved.</source>
        <translation>Introduzca su nombre y su dirección de correo electrónico: Stamp busca los ajustes del servidor y los muestra antes de guardar nada.</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="30"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="33"/>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="34"/>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="37"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="39"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="42"/>
        <source>Your na&amp;me:</source>
        <translation>Su no&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="43"/>
        <source>&amp;Email address:</source>
        <translation>Dirección de correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="51"/>
        <location filename="../ui/firststartdialog.cpp" line="100"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="53"/>
        <source>Set up &amp;by hand…</source>
        <translation>Confi&amp;gurar a mano…</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="73"/>
        <source>Enter your email address first: the settings are found from it.</source>
        <translation>Introduzca primero su dirección de correo electrónico: los ajustes se averiguan a partir de ella.</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="98"/>
        <source>S&amp;top test</source>
        <translation>De&amp;tener prueba</translation>
    </message>
</context>
<context>
    <name>ui::HelpDialog</name>
    <message>
        <location filename="../ui/helpdialog.cpp" line="82"/>
        <source>The window</source>
        <translation>La ventana</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="83"/>
        <source>Formatting, spelling and signatures</source>
        <translation>Formato, ortografía y firmas</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="84"/>
        <source>Templates and message options</source>
        <translation>Plantillas y opciones del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="85"/>
        <source>How sending works</source>
        <translation>Cómo funciona el envío</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="86"/>
        <source>The protocol log</source>
        <translation>El registro del protocolo</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="87"/>
        <source>Reply classes</source>
        <translation>Clases de respuesta</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="88"/>
        <source>The outbox and drafts</source>
        <translation>La bandeja de salida y los borradores</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="89"/>
        <source>Sent messages</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="90"/>
        <source>Contacts and groups</source>
        <translation>Contactos y grupos</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="91"/>
        <source>Mail merge</source>
        <translation>Combinación de correspondencia</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="92"/>
        <source>Accounts and certificates</source>
        <translation>Cuentas y certificados</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="93"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="94"/>
        <source>Exit codes of stamp send</source>
        <translation>Códigos de salida de stamp send</translation>
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
        <translation> o </translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="172"/>
        <source>Open the %1 menu</source>
        <translation>Abrir el menú %1</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="196"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="197"/>
        <source>usage error</source>
        <translation>error de uso</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="198"/>
        <source>could not connect, the connection broke before the message was complete, or the server broke the protocol</source>
        <translation>no se pudo conectar, la conexión se cortó antes de completar el mensaje, o el servidor incumplió el protocolo</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="200"/>
        <source>TLS failure: STARTTLS not offered or refused, certificate not trusted, handshake failed</source>
        <translation>fallo de TLS: STARTTLS no ofrecido o rechazado, certificado no fiable, negociación fallida</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="203"/>
        <source>authentication failed (or refused to send a password without encryption)</source>
        <translation>autenticación fallida (o negativa a enviar una contraseña sin cifrado)</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="204"/>
        <source>temporary failure (4xx): try again later</source>
        <translation>fallo temporal (4xx): inténtelo más tarde</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="206"/>
        <source>permanent failure (5xx), or the message is larger than the server&apos;s SIZE</source>
        <translation>fallo permanente (5xx), o el mensaje es mayor que el SIZE del servidor</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="207"/>
        <source>partly sent: some recipients were refused (each is listed with the server&apos;s reply)</source>
        <translation>enviado en parte: se rechazaron algunos destinatarios (cada uno aparece con la respuesta del servidor)</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="210"/>
        <source>may have been delivered: the connection was lost after the end of the message</source>
        <translation>puede haberse entregado: la conexión se perdió tras el final del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="211"/>
        <source>timeout</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="212"/>
        <source>local error: unreadable attachment or message file, no keychain</source>
        <translation>error local: adjunto o archivo de mensaje ilegible, sin llavero</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="213"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="226"/>
        <source>2xx: the command worked.</source>
        <translation>2xx: la orden ha funcionado.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="228"/>
        <source>3xx: the server waits for more, such as the message after DATA or the next step of a login.</source>
        <translation>3xx: el servidor espera más, como el mensaje tras DATA o el siguiente paso de un inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="232"/>
        <source>4xx: not now. Nothing was accepted by this command; trying again later may work.</source>
        <translation>4xx: ahora no. Esta orden no ha aceptado nada; volver a intentarlo más tarde puede funcionar.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="235"/>
        <source>5xx: refused. Sending the same again will fail the same way.</source>
        <translation>5xx: rechazado. Volver a enviar lo mismo fallará de la misma manera.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="260"/>
        <source>Stamp manual</source>
        <translation>Manual de Stamp</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="261"/>
        <source>Stamp writes a message and sends it through your mail provider&apos;s submission server, and shows the whole conversation with the server as it happens.</source>
        <translation>Stamp redacta un mensaje y lo envía a través del servidor de envío de su proveedor de correo, y muestra toda la conversación con el servidor a medida que ocurre.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="266"/>
        <source>The composer fills the middle of the window. From picks the account and identity the message is sent from. To, Cc and Bcc take one or more addresses separated by commas; each address is checked as you type, and a problem is written under the field. Subject and the message text follow. The Reply-To field appears when you turn it on in the Options menu.</source>
        <translation>La ventana de redacción ocupa el centro de la ventana. De elige la cuenta y la identidad desde las que se envía el mensaje. Para, Cc y Cco admiten una o varias direcciones separadas por comas; cada dirección se comprueba mientras escribe, y los problemas se indican bajo el campo. Después vienen el asunto y el texto del mensaje. El campo Responder a aparece cuando se activa en el menú Opciones.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="271"/>
        <source>Attach files with Attach Files, by dragging them onto the window or by pasting them. The list under the text shows each file and the total size, with a warning when the message is larger than the server accepts.</source>
        <translation>Adjunte archivos con Adjuntar archivos, arrastrándolos a la ventana o pegándolos. La lista bajo el texto muestra cada archivo y el tamaño total, con un aviso cuando el mensaje es mayor de lo que acepta el servidor.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="275"/>
        <source>The protocol log, the outbox and the Sent messages are panels you show and hide from the View menu. They can be moved, stacked as tabs or floated as windows of their own. The status bar shows the server the chosen account sends through.</source>
        <translation>El registro del protocolo, la bandeja de salida y los mensajes enviados son paneles que se muestran y ocultan desde el menú Ver. Se pueden mover, apilar como pestañas o separar como ventanas propias. La barra de estado muestra el servidor a través del cual envía la cuenta elegida.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="284"/>
        <source>Text format, above the message text, chooses how you write: %1, %2 or %3. Plain text reads the same in every mail program. Formatted text has a toolbar for bold, italic, monospace, headings, lists, quotes and links (their keys are under Keyboard shortcuts); Markdown is plain text with marks such as *italic* and **bold**. Both are sent as HTML with a plain text copy.</source>
        <translation>Formato del texto, encima del texto del mensaje, elige cómo escribe: %1, %2 o %3. El texto sin formato se lee igual en cualquier programa de correo. El texto con formato tiene una barra de herramientas para negrita, cursiva, monoespaciado, títulos, listas, citas y enlaces (sus teclas están en Atajos de teclado); Markdown es texto sin formato con marcas como *cursiva* y **negrita**. Ambos se envían como HTML con una copia en texto sin formato.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="290"/>
        <source>Misspelt words are underlined as you type. Right-click one for suggestions, Add to Dictionary or Ignore. Quoted lines, addresses and links are not checked.</source>
        <translation>Las palabras mal escritas se subrayan mientras escribe. Haga clic derecho en una para ver sugerencias, Añadir al diccionario o Ignorar. Las líneas citadas, las direcciones y los enlaces no se revisan.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="292"/>
        <source>%1 turns checking on or off and chooses the language of this message; Stamp remembers the language for each account. Nothing is underlined until a dictionary is installed (Debian&apos;s hunspell packages, such as hunspell-de-de).</source>
        <translation>%1 activa o desactiva la revisión y elige el idioma de este mensaje; Stamp recuerda el idioma de cada cuenta. No se subraya nada hasta que haya un diccionario instalado (los paquetes hunspell de Debian, como hunspell-es).</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="297"/>
        <source>Each identity&apos;s signature is set in %1: Signature for plain text and Markdown, With formatting for formatted messages (the plain one is used when there is none). It is added at the end of a new message below a line &quot;-- &quot;, and swapped when you change From or the text format, unless you have edited it.</source>
        <translation>La firma de cada identidad se define en %1: Firma para texto sin formato y Markdown, Con formato para mensajes con formato (si no la hay, se usa la sencilla). Se añade al final de un mensaje nuevo debajo de una línea «-- » y se cambia cuando cambia De o el formato del texto, salvo que la haya editado.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="304"/>
        <source>%1 keeps the message as it is, with its recipients, subject, text and attachments, under a name; the same name again replaces it. %2 starts a new message from one. A template can also be the message of a mail merge.</source>
        <translation>%1 guarda el mensaje tal como está, con sus destinatarios, asunto, texto y adjuntos, con un nombre; el mismo nombre lo reemplaza. %2 empieza un mensaje nuevo a partir de una plantilla. Una plantilla también puede ser el mensaje de una combinación de correspondencia.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="308"/>
        <source>%1 sets the message&apos;s importance: high, normal or low. Many mail programs show high with a flag.</source>
        <translation>%1 fija la importancia del mensaje: alta, normal o baja. Muchos programas de correo marcan la importancia alta con una bandera.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="311"/>
        <source>%1 asks the recipient&apos;s mail program to confirm that the message was opened. Many do not, or ask the recipient first, so a missing confirmation proves nothing.</source>
        <translation>%1 pide al programa de correo del destinatario que confirme que el mensaje se abrió. Muchos no lo hacen, o preguntan antes al destinatario, así que la falta de confirmación no demuestra nada.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="315"/>
        <source>Before sending, Stamp asks when the text says something is attached (attached, enclosed, Anhang, pièce jointe, adjunto…) but nothing is: send it anyway, or cancel and choose the files. It also asks before sending a message without a subject.</source>
        <translation>Antes de enviar, Stamp pregunta cuando el texto dice que hay algo adjunto (adjunto, anexo, attached, Anhang, pièce jointe…) pero no hay nada: enviarlo de todos modos, o cancelar y elegir los archivos. También pregunta antes de enviar un mensaje sin asunto.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="321"/>
        <source>Send first writes the message to the outbox, then sends it in the background: the window stays usable, and nothing is lost if Stamp or the connection stops.</source>
        <translation>Enviar primero escribe el mensaje en la bandeja de salida y después lo envía en segundo plano: la ventana sigue disponible y no se pierde nada si Stamp o la conexión se detienen.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="324"/>
        <source>Stamp connects to the account&apos;s server, turns on encryption (STARTTLS, or TLS from the start), logs in when the account has a user name, then gives the sender, each recipient and the message. A progress bar shows how much has gone out; Stop Sending ends the attempt and the message stays in the outbox.</source>
        <translation>Stamp se conecta al servidor de la cuenta, activa el cifrado (STARTTLS, o TLS desde el principio), inicia sesión cuando la cuenta tiene nombre de usuario y luego indica el remitente, cada destinatario y el mensaje. Una barra de progreso muestra cuánto ha salido; Detener el envío termina el intento y el mensaje se queda en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="328"/>
        <source>When it is done, the result panel says what happened in one sentence, lists every recipient with the server&apos;s answer, and offers what to do next, such as trying again or editing the account. When the server refuses some recipients, the others still get the message and the refused ones are listed.</source>
        <translation>Al terminar, el panel de resultados dice en una frase lo que ha ocurrido, enumera cada destinatario con la respuesta del servidor y ofrece qué hacer a continuación, como volver a intentarlo o editar la cuenta. Cuando el servidor rechaza algunos destinatarios, los demás reciben igualmente el mensaje y los rechazados se enumeran.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="332"/>
        <source>Delivery receipts, in the Options menu, ask the servers on the way to report back; they are requested only when the server offers DSN.</source>
        <translation>Las confirmaciones de entrega, en el menú Opciones, piden a los servidores del camino que informen; solo se solicitan cuando el servidor ofrece DSN.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="337"/>
        <source>The protocol log shows every line exchanged with the server as it happens: the time, the direction (client, server, TLS, data, info or problem), the reply class in a word and an icon, the line itself, and beside it what the line means in plain words.</source>
        <translation>El registro del protocolo muestra cada línea intercambiada con el servidor a medida que ocurre: la hora, la dirección (cliente, servidor, TLS, datos, información o problema), la clase de respuesta con una palabra y un icono, la propia línea y, a su lado, lo que significa en palabras sencillas.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="340"/>
        <source>Each connection begins with a title row giving its time, server and outcome. Select a line to read it in full below the list, with the diagnosis and the fix for a failure.</source>
        <translation>Cada conexión empieza con una fila de título con su hora, servidor y resultado. Seleccione una línea para leerla completa bajo la lista, con el diagnóstico y la solución de un fallo.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="343"/>
        <source>The search field, the direction and class filters and Problems only narrow the list; Copy, Save and Clear act on the log. Passwords and other login secrets are masked before they reach the log, so they never appear in it or in a saved file.</source>
        <translation>El campo de búsqueda, los filtros de dirección y de clase y Solo problemas reducen la lista; Copiar, Guardar y Vaciar actúan sobre el registro. Las contraseñas y otros secretos de inicio de sesión se ocultan antes de llegar al registro, así que nunca aparecen en él ni en un archivo guardado.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="349"/>
        <source>Every server reply starts with a three-digit code whose first digit is its class (RFC 5321, section 4.2.1). The log shows the class as a word and an icon, and colours the line too: the colour only repeats what the word says.</source>
        <translation>Cada respuesta del servidor empieza con un código de tres dígitos cuyo primer dígito es su clase (RFC 5321, sección 4.2.1). El registro muestra la clase con una palabra y un icono, y también colorea la línea: el color solo repite lo que dice la palabra.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="353"/>
        <source>Word in the log</source>
        <translation>Palabra en el registro</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="353"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="353"/>
        <location filename="../ui/helpdialog.cpp" line="445"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="360"/>
        <source>A line marked “problem” is something that went wrong on this side, such as a connection that broke or a certificate that could not be verified.</source>
        <translation>Una línea marcada como “problema” es algo que ha ido mal en este lado, como una conexión que se ha cortado o un certificado que no se ha podido verificar.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="364"/>
        <source>The outbox holds every message not sent yet: waiting, being sent, or failed with the reason. Open one to edit it and send it again; Delete removes it.</source>
        <translation>La bandeja de salida contiene todos los mensajes aún no enviados: en espera, enviándose o fallidos con el motivo. Abra uno para editarlo y volver a enviarlo; Eliminar lo borra.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="367"/>
        <source>Drafts are saved while you type and restored after a crash; the Drafts tab lists them.</source>
        <translation>Los borradores se guardan mientras escribe y se restauran tras un fallo del programa; la pestaña Borradores los enumera.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="371"/>
        <source>Sent messages lists each message the server accepted, newest first, with its date, recipients and subject; the search field filters the list. Open shows the message, the server&apos;s answer for each recipient and the protocol transcript; Edit as New starts a new message from it. Each sent message is also kept as an .eml file.</source>
        <translation>Mensajes enviados enumera cada mensaje que ha aceptado el servidor, del más reciente al más antiguo, con su fecha, destinatarios y asunto; el campo de búsqueda filtra la lista. Abrir muestra el mensaje, la respuesta del servidor para cada destinatario y la transcripción del protocolo; Editar como nuevo empieza un mensaje nuevo a partir de él. Cada mensaje enviado se guarda también como archivo .eml.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="377"/>
        <source>%1 opens the address book: contacts with a name and one or more addresses, and groups of addresses. Search by name or address; add, edit, delete, import and export with the buttons beside the list (Enter edits, Delete removes).</source>
        <translation>%1 abre la libreta de direcciones: contactos con un nombre y una o varias direcciones, y grupos de direcciones. Busque por nombre o dirección; añada, edite, elimine, importe y exporte con los botones junto a la lista (Intro edita, Supr elimina).</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="381"/>
        <source>Stamp fills the book as you send: each recipient the server accepted is added, with the name you typed, and the ones used lately come first.</source>
        <translation>Stamp llena la libreta a medida que envía: cada destinatario que el servidor aceptó se añade con el nombre que escribió, y los usados más recientemente aparecen primero.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="384"/>
        <source>To, Cc, Bcc and Reply-To complete from the book as you type any part of a name or address, and show each address with its name: Ann Lee &lt;ann@example.org&gt;. A group is offered by its name; choose it, or type its name alone, and it becomes its members&apos; addresses.</source>
        <translation>Para, Cc, Cco y Responder a se completan desde la libreta cuando escribe cualquier parte de un nombre o una dirección, y muestran cada dirección con su nombre: Ann Lee &lt;ann@example.org&gt;. Un grupo se ofrece por su nombre; elíjalo, o escriba solo su nombre, y se convierte en las direcciones de sus miembros.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="388"/>
        <source>A group with Send as a named group in To and Cc ticked stays one name in To or Cc, written as Team: ann@example.org, bob@example.org; and every member gets the message. In Bcc a group is always just its members, so no header names a Bcc recipient.</source>
        <translation>Un grupo con Enviar como grupo con nombre en Para y Cc marcado queda como un solo nombre en Para o Cc, escrito Team: ann@example.org, bob@example.org; y cada miembro recibe el mensaje. En Cco un grupo es siempre solo sus miembros, para que ninguna cabecera nombre a un destinatario en Cco.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="392"/>
        <source>Import vCard reads vCard 3.0 and 4.0 files, as Thunderbird, Evolution or Google export them; only names, addresses and groups are kept. A file with an error imports nothing and says which line. Export vCard writes vCard 4.0. The same from the command line: stamp contacts list, stamp contacts import FILE, stamp contacts export FILE.</source>
        <translation>Importar vCard lee archivos vCard 3.0 y 4.0, tal como los exportan Thunderbird, Evolution o Google; solo se guardan nombres, direcciones y grupos. Un archivo con un error no importa nada e indica la línea. Exportar vCard escribe vCard 4.0. Lo mismo desde la línea de órdenes: stamp contacts list, stamp contacts import FILE, stamp contacts export FILE.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="398"/>
        <source>%1 sends one message per row of a table. Choose a template, the message with {{placeholders}} such as {{name}}, and a CSV file whose first line names them. Check the preview of each row before anything is sent, and set a rate limit if your provider allows only so many messages a minute.</source>
        <translation>%1 envía un mensaje por cada fila de una tabla. Elija una plantilla, el mensaje con {{marcadores}} como {{name}}, y un archivo CSV cuya primera línea los nombre. Revise la vista previa de cada fila antes de enviar nada, y fije un límite de ritmo si su proveedor solo permite cierto número de mensajes por minuto.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="404"/>
        <source>Every row is checked first, and each message goes to the outbox with its merge and row. Running the same merge again sends only the rows not sent yet, so no one gets it twice; a row that failed for good or may have been delivered is listed and not sent again.</source>
        <translation>Primero se comprueba cada fila, y cada mensaje va a la bandeja de salida con su combinación y su fila. Al ejecutar de nuevo la misma combinación solo se envían las filas aún no enviadas, así que nadie la recibe dos veces; una fila que falló definitivamente o que quizá se entregó se indica y no se vuelve a enviar.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="407"/>
        <source>From the command line: stamp merge --account NAME --template FILE --csv FILE. The template is one saved with %1, or a text file with To, Cc, Bcc, Reply-To and Subject lines, an empty line and the body; {{name}} in it stands for the value of the column name. --rate N/min (or N/h) limits the pace, --dry-run shows each row&apos;s message and connects to nothing, --resume ID goes on with a merge whose files have changed, --transcript FILE writes the protocol log, and --quiet prints only the rows not sent.</source>
        <translation>Desde la línea de órdenes: stamp merge --account NAME --template FILE --csv FILE. La plantilla es una guardada con %1, o un archivo de texto con líneas To, Cc, Bcc, Reply-To y Subject, una línea vacía y el cuerpo; {{name}} en ella representa el valor de la columna name. --rate N/min (o N/h) limita el ritmo, --dry-run muestra el mensaje de cada fila sin conectarse a nada, --resume ID continúa una combinación cuyos archivos han cambiado, --transcript FILE escribe el registro del protocolo y --quiet muestra solo las filas no enviadas.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="415"/>
        <source>stamp merge ends with the exit codes of stamp send: 0 when every row was sent, 8 when some were not, otherwise the code of the first row not sent. A row that cannot be sent as it is (no recipient, a bad address, a line break in a header field) is reported and left out; a file that cannot be read, or a placeholder with no column, stops the merge with 11 before anything is sent.</source>
        <translation>stamp merge termina con los códigos de salida de stamp send: 0 si se enviaron todas las filas, 8 si algunas no, y si no, el código de la primera fila no enviada. Una fila que no se puede enviar tal cual (sin destinatario, una dirección no válida, un salto de línea en un campo de cabecera) se indica y se omite; un archivo que no se puede leer, o un marcador sin columna, detiene la combinación con 11 antes de enviar nada.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="423"/>
        <source>Accounts, in the Tools menu, hold the servers you send through: server, port and security, user name, login method and password. Passwords are kept in the system keychain, never in a file. Test connection shows what the server offers without sending anything.</source>
        <translation>Cuentas, en el menú Herramientas, contiene los servidores a través de los que envía: servidor, puerto y seguridad, nombre de usuario, método de inicio de sesión y contraseña. Las contraseñas se guardan en el llavero del sistema, nunca en un archivo. Probar conexión muestra lo que ofrece el servidor sin enviar nada.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="427"/>
        <source>When a server&apos;s certificate cannot be verified, Stamp stops and shows the certificate and every reason. You can cancel, or trust that one certificate for that account; a different certificate later asks again.</source>
        <translation>Cuando el certificado de un servidor no se puede verificar, Stamp se detiene y muestra el certificado y todos los motivos. Puede cancelar, o confiar en ese certificado concreto para esa cuenta; si más adelante llega un certificado distinto, se vuelve a preguntar.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="433"/>
        <source>Tab moves through the fields in order. Alt with the underlined letter of a field&apos;s label moves to that field, and Alt with the underlined letter of a menu opens it.</source>
        <translation>Tab recorre los campos en orden. Alt con la letra subrayada de la etiqueta de un campo lleva a ese campo, y Alt con la letra subrayada de un menú lo abre.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="436"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="436"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="436"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="443"/>
        <source>stamp send, the command for scripts, ends with one of these exit codes:</source>
        <translation>stamp send, la orden para scripts, termina con uno de estos códigos de salida:</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="445"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="457"/>
        <source>Stamp Manual</source>
        <translation>Manual de Stamp</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="459"/>
        <source>How to use Stamp, its keyboard shortcuts and the exit codes of stamp send</source>
        <translation>Cómo usar Stamp, sus atajos de teclado y los códigos de salida de stamp send</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="464"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="465"/>
        <source>The sections of the manual: choose one to read it</source>
        <translation>Las secciones del manual: elija una para leerla</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="475"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="476"/>
        <source>The text of the manual</source>
        <translation>El texto del manual</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="490"/>
        <source>Close the manual</source>
        <translation>Cerrar el manual</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="555"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="561"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="565"/>
        <source>&amp;Exit Codes of stamp send</source>
        <translation>Códigos de &amp;salida de stamp send</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="570"/>
        <source>&amp;About Stamp</source>
        <translation>Acerca &amp;de Stamp</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="577"/>
        <source>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;A desktop mail composer and SMTP sender that shows the conversation with the server as it happens.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Stamp developers.&lt;/p&gt;&lt;p&gt;Stamp is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes without any warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;Un redactor de correo de escritorio y remitente SMTP que muestra la conversación con el servidor a medida que ocurre.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Stamp developers.&lt;/p&gt;&lt;p&gt;Stamp es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye sin ninguna garantía.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="593"/>
        <source>About Stamp</source>
        <translation>Acerca de Stamp</translation>
    </message>
</context>
<context>
    <name>ui::LogPane</name>
    <message>
        <location filename="../ui/logpane.cpp" line="77"/>
        <source>Protocol log</source>
        <translation>Registro del protocolo</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="84"/>
        <source>Protocol log lines</source>
        <translation>Líneas del registro del protocolo</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="85"/>
        <source>Each line exchanged with the server: time, direction, reply class in a word, the line, and what it means</source>
        <translation>Cada línea intercambiada con el servidor: hora, dirección, clase de respuesta en una palabra, la línea y lo que significa</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="116"/>
        <location filename="../ui/logpane.cpp" line="118"/>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="117"/>
        <source>Show only the lines that contain this text</source>
        <translation>Mostrar solo las líneas que contienen este texto</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="124"/>
        <source>Show lines of this direction</source>
        <translation>Mostrar las líneas de esta dirección</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="126"/>
        <source>Show only the lines sent by Stamp, by the server, or of one other kind</source>
        <translation>Mostrar solo las líneas enviadas por Stamp, por el servidor o de otro tipo concreto</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="127"/>
        <source>All directions</source>
        <translation>Todas las direcciones</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="136"/>
        <source>Show replies of this class</source>
        <translation>Mostrar las respuestas de esta clase</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="138"/>
        <source>Show only the server replies of one class: success, go on, temporary or permanent</source>
        <translation>Mostrar solo las respuestas del servidor de una clase: correcto, continuar, temporal o permanente</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="139"/>
        <source>All replies</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="147"/>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="149"/>
        <source>Show only temporary and permanent failures and errors</source>
        <translation>Mostrar solo los fallos temporales y permanentes y los errores</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="155"/>
        <source>The selected line in full</source>
        <translation>La línea seleccionada completa</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="156"/>
        <source>The selected log line whole, with its explanation and diagnosis</source>
        <translation>La línea del registro seleccionada entera, con su explicación y diagnóstico</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="159"/>
        <source>Select a line to read it in full, with what it means.</source>
        <translation>Seleccione una línea para leerla completa, con lo que significa.</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="171"/>
        <location filename="../ui/logpane.cpp" line="179"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="171"/>
        <source>Copy the selected lines</source>
        <translation>Copiar las líneas seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="172"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="172"/>
        <source>Save the log as a text file</source>
        <translation>Guardar el registro como archivo de texto</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="173"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="173"/>
        <source>Clear the log</source>
        <translation>Vaciar el registro</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="364"/>
        <source>Save the protocol log</source>
        <translation>Guardar el registro del protocolo</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="364"/>
        <source>Text files (*.txt *.log)</source>
        <translation>Archivos de texto (*.txt *.log)</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="373"/>
        <source>Log not saved</source>
        <translation>Registro no guardado</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="374"/>
        <source>The log could not be saved to %1: %2</source>
        <translation>No se ha podido guardar el registro en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="382"/>
        <source>1 line</source>
        <translation>1 línea</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="382"/>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="383"/>
        <source>%1 of %2 lines</source>
        <translation>%1 de %2 líneas</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="385"/>
        <source> (%1 older dropped)</source>
        <translation> (%1 antiguas descartadas)</translation>
    </message>
</context>
<context>
    <name>ui::Mailto</name>
    <message>
        <location filename="../ui/mailto.cpp" line="70"/>
        <source>This is not a mailto: link.</source>
        <translation>Esto no es un enlace mailto:.</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="85"/>
        <source>The mailto: link has a broken %-escape in %1.</source>
        <translation>El enlace mailto: tiene un escape % roto en %1.</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="92"/>
        <source>its addresses</source>
        <translation>sus direcciones</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="101"/>
        <source>a field name</source>
        <translation>un nombre de campo</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="103"/>
        <source>the field &quot;%1&quot;</source>
        <translation>el campo &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ui::MergeDialog</name>
    <message>
        <location filename="../ui/mergedialog.cpp" line="50"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="59"/>
        <source>Row %1 (line %2)</source>
        <translation>Fila %1 (línea %2)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="85"/>
        <source>Mail Merge</source>
        <translation>Combinación de correspondencia</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="89"/>
        <source>Use the &amp;message in this window</source>
        <translation>Usar el &amp;mensaje de esta ventana</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="91"/>
        <source>Use the message in this window as the template</source>
        <translation>Usar el mensaje de esta ventana como plantilla</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="93"/>
        <source>Its To, Cc, Bcc, Subject and text, with {{placeholders}}; From is the window&apos;s</source>
        <translation>Su Para, CC, CCO, Asunto y texto, con {{marcadores}}; el remitente es el de la ventana</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="95"/>
        <source>Template &amp;file:</source>
        <translation>Archivo de &amp;plantilla:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="97"/>
        <source>Use a template file</source>
        <translation>Usar un archivo de plantilla</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="98"/>
        <source>The file named beside it; From is still the window&apos;s</source>
        <translation>El archivo indicado al lado; el remitente sigue siendo el de la ventana</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="104"/>
        <source>Template file</source>
        <translation>Archivo de plantilla</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="106"/>
        <source>A Stamp template, or a text file: header lines, an empty line, the text</source>
        <translation>Una plantilla de Stamp o un archivo de texto: líneas de cabecera, una línea vacía, el texto</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="107"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="109"/>
        <source>Choose the template file</source>
        <translation>Elegir el archivo de plantilla</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="110"/>
        <location filename="../ui/mergedialog.cpp" line="121"/>
        <source>Opens a file chooser</source>
        <translation>Abre un selector de archivos</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="114"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="115"/>
        <source>UTF-8; the first line names the columns</source>
        <translation>UTF-8; la primera línea nombra las columnas</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="116"/>
        <source>CSV f&amp;ile:</source>
        <translation>Archivo &amp;CSV:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="118"/>
        <source>Br&amp;owse…</source>
        <translation>Exam&amp;inar…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="120"/>
        <source>Choose the CSV file</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="135"/>
        <source>Problems found before sending</source>
        <translation>Problemas encontrados antes de enviar</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="136"/>
        <source>Placeholders with no column, CSV errors, and each row that cannot be sent, with its row and line</source>
        <translation>Marcadores sin columna, errores del CSV y cada fila que no se puede enviar, con su número y su línea</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="141"/>
        <source>&amp;Problems:</source>
        <translation>Pro&amp;blemas:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="147"/>
        <source>Rows of the merge</source>
        <translation>Filas de la combinación</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="149"/>
        <source>Each row&apos;s recipient, subject and result; the selected row is previewed</source>
        <translation>Destinatario, asunto y resultado de cada fila; la fila seleccionada se muestra en la vista previa</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="156"/>
        <source>Ro&amp;ws:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="162"/>
        <source>Row to preview</source>
        <translation>Fila para la vista previa</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="163"/>
        <source>1 is the first row after the CSV file&apos;s header</source>
        <translation>1 es la primera fila después de la cabecera del archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="165"/>
        <source>Preview of &amp;row:</source>
        <translation>Vista previa de la fi&amp;la:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="167"/>
        <source>Message &amp;Details…</source>
        <translation>Detalles del mensa&amp;je…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="169"/>
        <source>Show this row&apos;s envelope, header section and MIME structure</source>
        <translation>Mostrar el sobre, la cabecera y la estructura MIME de esta fila</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="170"/>
        <source>The preview of any message, with what may go wrong</source>
        <translation>La vista previa de cualquier mensaje, con lo que puede salir mal</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="174"/>
        <source>The row&apos;s message as it will be sent</source>
        <translation>El mensaje de la fila tal como se enviará</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="175"/>
        <source>Its From, To, Subject and text, with the row&apos;s values</source>
        <translation>Su remitente, Para, Asunto y texto, con los valores de la fila</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="187"/>
        <source>Messages per minute</source>
        <translation>Mensajes por minuto</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="188"/>
        <source>0: no limit</source>
        <translation>0: sin límite</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="190"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="191"/>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="192"/>
        <source>Rate &amp;limit:</source>
        <translation>Lími&amp;te de envío:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="196"/>
        <source>Merge progress</source>
        <translation>Progreso de la combinación</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="201"/>
        <source>Merge status</source>
        <translation>Estado de la combinación</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="203"/>
        <location filename="../ui/mergedialog.cpp" line="421"/>
        <location filename="../ui/mergedialog.cpp" line="616"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="205"/>
        <source>Send the merge</source>
        <translation>Enviar la combinación</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="207"/>
        <source>Each row through the outbox, over one connection; rows sent by an earlier run are skipped</source>
        <translation>Cada fila a través de la bandeja de salida, por una sola conexión; se omiten las filas enviadas por una ejecución anterior</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="209"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="211"/>
        <source>Stop the merge</source>
        <translation>Detener la combinación</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="212"/>
        <source>The row being sent ends; the rows not yet tried are not sent</source>
        <translation>La fila que se está enviando termina; las filas aún no intentadas no se envían</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="216"/>
        <source>Close the mail merge</source>
        <translation>Cerrar la combinación</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="258"/>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="329"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="330"/>
        <source>Templates (*.json *.txt *.eml);;All files (*)</source>
        <translation>Plantillas (*.json *.txt *.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="337"/>
        <source>CSV File</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="338"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="358"/>
        <source>Choose a CSV file: its first line names the columns, each other line is one message.</source>
        <translation>Elija un archivo CSV: su primera línea nombra las columnas, cada una de las demás es un mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="361"/>
        <source>Choose a template file, or use the message in this window.</source>
        <translation>Elija un archivo de plantilla o use el mensaje de esta ventana.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="378"/>
        <source>Choose an account in From first (Tools → Accounts): the merge is sent through it.</source>
        <translation>Elija primero una cuenta en De (Herramientas → Cuentas): la combinación se envía a través de ella.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="382"/>
        <source>%1: not sent: %2</source>
        <translation>%1: no enviada: %2</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="384"/>
        <source>%1: not sent again: %2 (send it from the outbox once you have checked)</source>
        <translation>%1: no se vuelve a enviar: %2 (envíela desde la bandeja de salida una vez comprobado)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="388"/>
        <source>The CSV file has a header but no rows: nothing to send.</source>
        <translation>El archivo CSV tiene cabecera pero ninguna fila: nada que enviar.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="392"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="421"/>
        <location filename="../ui/mergedialog.cpp" line="616"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="424"/>
        <source>%n row(s) sent by an earlier run of this merge: they are not sent again.</source>
        <translation>
            <numerusform>%n fila enviada por una ejecución anterior de esta combinación: no se vuelve a enviar.</numerusform>
            <numerusform>%n filas enviadas por una ejecución anterior de esta combinación: no se vuelven a enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="425"/>
        <source>%n message(s) to send.</source>
        <translation>
            <numerusform>%n mensaje por enviar.</numerusform>
            <numerusform>%n mensajes por enviar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="454"/>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="455"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="457"/>
        <source>Cc: %1</source>
        <translation>CC: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="459"/>
        <source>Bcc: %1</source>
        <translation>CCO: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="461"/>
        <source>Reply-To: %1</source>
        <translation>Responder a: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="462"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="465"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="481"/>
        <location filename="../ui/mergedialog.cpp" line="490"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="482"/>
        <location filename="../ui/mergedialog.cpp" line="491"/>
        <source>This row&apos;s message cannot be previewed: %1</source>
        <translation>El mensaje de esta fila no se puede previsualizar: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="523"/>
        <source>Getting the password…</source>
        <translation>Obteniendo la contraseña…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="555"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Enviando %n mensaje…</numerusform>
            <numerusform>Enviando %n mensajes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="564"/>
        <source>Stopping after the message being sent…</source>
        <translation>Deteniendo tras el mensaje que se está enviando…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="574"/>
        <source>not sent by this merge: %1</source>
        <translation>no enviado por esta combinación: %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="579"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="583"/>
        <source>not sent yet: %1 (left in the outbox for a retry)</source>
        <translation>aún no enviado: %1 (queda en la bandeja de salida para un reintento)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="587"/>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="595"/>
        <location filename="../ui/mergedialog.cpp" line="608"/>
        <source>%1 of %n message(s) sent.</source>
        <translation>
            <numerusform>%1 de %n mensaje enviado.</numerusform>
            <numerusform>%1 de %n mensajes enviados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="606"/>
        <source>not tried: Resume sends it</source>
        <translation>no intentado: Reanudar lo envía</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="610"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n rechazado.</numerusform>
            <numerusform>%n rechazados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="612"/>
        <source>%n left in the outbox for a retry.</source>
        <translation>
            <numerusform>%n queda en la bandeja de salida para un reintento.</numerusform>
            <numerusform>%n quedan en la bandeja de salida para un reintento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="614"/>
        <source>%n not tried: Resume sends them.</source>
        <translation>
            <numerusform>%n no intentado: Reanudar lo envía.</numerusform>
            <numerusform>%n no intentados: Reanudar los envía.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::OutboxView</name>
    <message>
        <location filename="../ui/outboxview.cpp" line="45"/>
        <source>Outbox and drafts</source>
        <translation>Bandeja de salida y borradores</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="46"/>
        <location filename="../ui/outboxview.cpp" line="54"/>
        <location filename="../ui/outboxview.cpp" line="189"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="47"/>
        <source>Messages not sent yet: waiting, being sent, or failed with the reason</source>
        <translation>Mensajes aún no enviados: en espera, enviándose o fallidos con el motivo</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="49"/>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="49"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="50"/>
        <location filename="../ui/outboxview.cpp" line="55"/>
        <location filename="../ui/outboxview.cpp" line="191"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Messages saved while being written</source>
        <translation>Mensajes guardados mientras se escribían</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="57"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="59"/>
        <source>Open the message to edit and send it</source>
        <translation>Abrir el mensaje para editarlo y enviarlo</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="60"/>
        <source>Opens the selected message in a composer window</source>
        <translation>Abre el mensaje seleccionado en una ventana de redacción</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="61"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="63"/>
        <source>Delete the message</source>
        <translation>Eliminar el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="64"/>
        <location filename="../ui/outboxview.cpp" line="225"/>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="66"/>
        <source>Send the selected message again now</source>
        <translation>Volver a enviar ahora el mensaje seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="68"/>
        <source>Starts a new series of attempts for the selected message, now</source>
        <translation>Inicia ahora una nueva serie de intentos para el mensaje seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="69"/>
        <source>Send all</source>
        <translation>Enviar todos</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="71"/>
        <source>Send every message in the outbox now</source>
        <translation>Enviar ahora todos los mensajes de la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="72"/>
        <source>Tries every waiting message now instead of at its next time</source>
        <translation>Intenta ahora todos los mensajes en espera en lugar de a su próxima hora</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="73"/>
        <source>Deletes the selected message; it is not sent</source>
        <translation>Elimina el mensaje seleccionado; no se envía</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="74"/>
        <source>Edit recipients…</source>
        <translation>Editar destinatarios…</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="76"/>
        <source>Correct the recipients the message was not delivered to</source>
        <translation>Corregir los destinatarios a los que no se ha entregado el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="78"/>
        <source>For a partly sent message: change the addresses the server refused, then send to them again</source>
        <translation>Para un mensaje enviado en parte: cambiar las direcciones que el servidor rechazó y volver a enviárselo</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="119"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="123"/>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="124"/>
        <source>being sent by another Stamp</source>
        <translation>lo está enviando otro Stamp</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="126"/>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="128"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="146"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="177"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="188"/>
        <source>Outbox (%1)</source>
        <translation>Bandeja de salida (%1)</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="190"/>
        <source>Drafts (%1)</source>
        <translation>Borradores (%1)</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="225"/>
        <source>Send to these recipients again</source>
        <translation>Volver a enviar a estos destinatarios</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="237"/>
        <source>Not sent again</source>
        <translation>No se ha vuelto a enviar</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="258"/>
        <source>Recipients not changed</source>
        <translation>Destinatarios sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="270"/>
        <source>Nothing sent</source>
        <translation>No se ha enviado nada</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="271"/>
        <source>Every message in the outbox is being sent already, or may have been delivered: open those to send them again one by one.</source>
        <translation>Todos los mensajes de la bandeja de salida ya se están enviando, o puede que se hayan entregado: ábralos para volver a enviarlos uno a uno.</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="310"/>
        <source>Being sent</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="310"/>
        <source>This message is being sent right now. Stop it first.</source>
        <translation>Este mensaje se está enviando ahora mismo. Deténgalo primero.</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="314"/>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="315"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation>¿Eliminar “%1”? No se podrá recuperar.</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="325"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
</context>
<context>
    <name>ui::PasswordPrompt</name>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="20"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="29"/>
        <source>The password you type now is used until Stamp closes; it is not saved anywhere.</source>
        <translation>La contraseña que escriba ahora se usa hasta que se cierre Stamp; no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="34"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="36"/>
        <source>The password for this account, kept in memory until Stamp quits</source>
        <translation>La contraseña de esta cuenta, guardada en memoria hasta que se cierre Stamp</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="41"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="42"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>ui::PracticeDialog</name>
    <message>
        <location filename="../ui/practicedialog.cpp" line="24"/>
        <source>Practice Server</source>
        <translation>Servidor de prácticas</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="25"/>
        <source>A real SMTP server on 127.0.0.1, inside Stamp, to learn SMTP and try Stamp without an account. Faults make it fail the way real servers do.</source>
        <translation>Un servidor SMTP real en 127.0.0.1, dentro de Stamp, para aprender SMTP y probar Stamp sin cuenta. Los fallos lo hacen fallar como fallan los servidores reales.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="34"/>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="37"/>
        <source>none; for example: greylist slow=500ms</source>
        <translation>ninguno; por ejemplo: greylist slow=500ms</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="43"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="44"/>
        <source>&amp;Faults:</source>
        <translation>&amp;Fallos:</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="62"/>
        <source>Open the &amp;Messages Folder</source>
        <translation>Abrir la carpeta de &amp;mensajes</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="79"/>
        <source>Messages received (double-click to open):</source>
        <translation>Mensajes recibidos (doble clic para abrir):</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="118"/>
        <source>Not started: %1.</source>
        <translation>No iniciado: %1.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="126"/>
        <source>The practice server cannot start: %1.</source>
        <translation>El servidor de prácticas no puede iniciarse: %1.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="132"/>
        <source>Problem: %1.</source>
        <translation>Problema: %1.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="170"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="170"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="172"/>
        <location filename="../ui/practicedialog.cpp" line="177"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="172"/>
        <source>Not running.</source>
        <translation>No está en ejecución.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="179"/>
        <source>Running on 127.0.0.1:%1, with no faults.</source>
        <translation>En ejecución en 127.0.0.1:%1, sin fallos.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="180"/>
        <source>Running on 127.0.0.1:%1, with the faults %2.</source>
        <translation>En ejecución en 127.0.0.1:%1, con los fallos %2.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="184"/>
        <source>Account settings: server 127.0.0.1, port %1, security STARTTLS, CA file %2; user name %3, password %4 (the login is optional).</source>
        <translation>Ajustes de la cuenta: servidor 127.0.0.1, puerto %1, seguridad STARTTLS, archivo de CA %2; nombre de usuario %3, contraseña %4 (el inicio de sesión es opcional).</translation>
    </message>
</context>
<context>
    <name>ui::PreviewDialog</name>
    <message>
        <location filename="../ui/previewdialog.cpp" line="19"/>
        <source>Preview: the message as it will go out</source>
        <translation>Vista previa: el mensaje tal como saldrá</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="25"/>
        <location filename="../ui/previewdialog.cpp" line="28"/>
        <source>Envelope</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="27"/>
        <source>The commands that tell the server who sends and who receives; a recipient in no header is Bcc</source>
        <translation>Los comandos que indican al servidor quién envía y quién recibe; un destinatario que no figura en ninguna cabecera va en Cco</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="28"/>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="31"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="35"/>
        <source>named in the header, sent no copy</source>
        <translation>aparece en la cabecera, no se le envía copia</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="40"/>
        <source>Header section</source>
        <translation>Sección de cabeceras</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="41"/>
        <source>The header section exactly as it goes out</source>
        <translation>La sección de cabeceras exactamente como sale</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="54"/>
        <source>MIME structure</source>
        <translation>Estructura MIME</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="61"/>
        <source>%1 bytes (%2 decoded)</source>
        <translation>%1 bytes (%2 decodificados)</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="62"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="75"/>
        <source>Lint</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="76"/>
        <source>What may go wrong with this message, and what to change</source>
        <translation>Lo que puede fallar con este mensaje, y qué cambiar</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="82"/>
        <source>Size: %1 bytes. Nothing has been sent.</source>
        <translation>Tamaño: %1 bytes. No se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="107"/>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
</context>
<context>
    <name>ui::RecipientField</name>
    <message>
        <location filename="../ui/recipientfield.cpp" line="249"/>
        <source>name@example.org, Another Name &lt;other@example.org&gt;</source>
        <translation>nombre@example.org, Otro Nombre &lt;otro@example.org&gt;</translation>
    </message>
    <message>
        <location filename="../ui/recipientfield.cpp" line="252"/>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
</context>
<context>
    <name>ui::ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.cpp" line="18"/>
        <source>Result of sending</source>
        <translation>Resultado del envío</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="48"/>
        <source>Result for each recipient</source>
        <translation>Resultado de cada destinatario</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="50"/>
        <source>Each recipient, whether the server accepted it, and its reply</source>
        <translation>Cada destinatario, si el servidor lo aceptó, y su respuesta</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>Server reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="62"/>
        <location filename="../ui/resultpanel.cpp" line="63"/>
        <source>Hide the result</source>
        <translation>Ocultar el resultado</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="84"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="86"/>
        <source>Sent, but not to every recipient</source>
        <translation>Enviado, pero no a todos los destinatarios</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="88"/>
        <source>Not sent yet: the server asked to try later</source>
        <translation>Aún no enviado: el servidor ha pedido que se intente más tarde</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="90"/>
        <source>Not sent: the server refused the message</source>
        <translation>No enviado: el servidor ha rechazado el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="92"/>
        <source>Not sent: no connection to the server</source>
        <translation>No enviado: no hay conexión con el servidor</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="94"/>
        <source>Not sent: the connection could not be secured</source>
        <translation>No enviado: no se ha podido proteger la conexión</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="96"/>
        <source>Not sent: login failed</source>
        <translation>No enviado: el inicio de sesión ha fallado</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="98"/>
        <source>Not sent: the server stopped answering</source>
        <translation>No enviado: el servidor ha dejado de responder</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="100"/>
        <source>Not sent: you stopped it</source>
        <translation>No enviado: usted lo detuvo</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="102"/>
        <source>Perhaps sent: the server did not confirm</source>
        <translation>Quizá enviado: el servidor no lo ha confirmado</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="104"/>
        <source>Not sent: the message could not be prepared</source>
        <translation>No enviado: no se ha podido preparar el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="106"/>
        <source>Not sent: the server broke the SMTP protocol</source>
        <translation>No enviado: el servidor ha incumplido el protocolo SMTP</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="125"/>
        <source>Sending “%1”…</source>
        <translation>Enviando “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="125"/>
        <location filename="../ui/resultpanel.cpp" line="151"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="126"/>
        <source>The message is in the outbox; it stays there until the server has accepted it.</source>
        <translation>El mensaje está en la bandeja de salida; se queda ahí hasta que el servidor lo acepte.</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="149"/>
        <source>%1 — “%2”</source>
        <translation>%1 — “%2”</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="155"/>
        <source>Server said: %1
%2</source>
        <translation>El servidor dijo: %1
%2</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="160"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="177"/>
        <source>Copy as s&amp;waks Command</source>
        <translation>Copiar como comando s&amp;waks</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="179"/>
        <source>Copy as swaks command</source>
        <translation>Copiar como comando swaks</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="181"/>
        <source>Copy a swaks command line that sends this message the same way, to try it by hand</source>
        <translation>Copiar una línea de comando swaks que envía este mensaje de la misma forma, para probarlo a mano</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="193"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="194"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="195"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="197"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="198"/>
        <source>not tried</source>
        <translation>no intentado</translation>
    </message>
</context>
<context>
    <name>ui::RichEditor</name>
    <message>
        <location filename="../ui/richeditor.cpp" line="27"/>
        <source>Formatted message text</source>
        <translation>Texto del mensaje con formato</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="29"/>
        <source>The message with formatting; the toolbar above sets bold, lists, links and headings</source>
        <translation>El mensaje con formato; la barra de herramientas de arriba aplica negrita, listas, enlaces y títulos</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="35"/>
        <source>Text format</source>
        <translation>Formato del texto</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="36"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="37"/>
        <source>Formatted</source>
        <translation>Con formato</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="38"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="39"/>
        <source>Plain text is read the same everywhere; formatted text and Markdown are sent as HTML with a plain text copy</source>
        <translation>El texto sin formato se lee igual en todas partes; el texto con formato y el Markdown se envían como HTML con una copia en texto sin formato</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="47"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="48"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="49"/>
        <source>Monospace</source>
        <translation>Monoespaciado</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="61"/>
        <source>Heading 1</source>
        <translation>Título 1</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="62"/>
        <source>Heading 2</source>
        <translation>Título 2</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="63"/>
        <source>Heading 3</source>
        <translation>Título 3</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="64"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="72"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="75"/>
        <source>Numbered List</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="78"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="81"/>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="120"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="313"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="314"/>
        <source>Address the selected text links to:</source>
        <translation>Dirección a la que enlaza el texto seleccionado:</translation>
    </message>
</context>
<context>
    <name>ui::SendService</name>
    <message>
        <location filename="../ui/sendservice.cpp" line="26"/>
        <source>Not sent: the account &quot;%1&quot; no longer exists.</source>
        <translation>No enviado: la cuenta &quot;%1&quot; ya no existe.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="29"/>
        <source>Open the message, choose another From and send it again.</source>
        <translation>Abra el mensaje, elija otro remitente en De y vuelva a enviarlo.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="42"/>
        <source>Not sent: no password was given.</source>
        <translation>No enviado: no se ha indicado ninguna contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="43"/>
        <source>Send it again and give the password, or save it in Accounts.</source>
        <translation>Vuelva a enviarlo e indique la contraseña, o guárdela en Cuentas.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="53"/>
        <source>Correct the account in Accounts, then send again.</source>
        <translation>Corrija la cuenta en Cuentas y vuelva a enviar.</translation>
    </message>
</context>
<context>
    <name>ui::SentMessageDialog</name>
    <message>
        <location filename="../ui/sentview.cpp" line="207"/>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="207"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="225"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="226"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="229"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="231"/>
        <source>Bcc:</source>
        <translation>Cco:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="234"/>
        <source>Reply-To:</source>
        <translation>Responder a:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="235"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="237"/>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="240"/>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="248"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="249"/>
        <source>The text of the sent message, read-only</source>
        <translation>El texto del mensaje enviado, de solo lectura</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="253"/>
        <source>[The rest of the text is not shown: it is too long.]</source>
        <translation>[El resto del texto no se muestra: es demasiado largo.]</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="256"/>
        <source>The message as sent cannot be shown: %1

Your copy of the text:

%2</source>
        <translation>El mensaje tal como se envió no se puede mostrar: %1

Su copia del texto:

%2</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="258"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="262"/>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="263"/>
        <source>The files sent with the message</source>
        <translation>Los archivos enviados con el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="268"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="273"/>
        <source>No attachments</source>
        <translation>Sin adjuntos</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="274"/>
        <source>Attachments (%1)</source>
        <translation>Adjuntos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="279"/>
        <source>How each recipient&apos;s server answered</source>
        <translation>Cómo respondió el servidor de cada destinatario</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="280"/>
        <source>Each recipient with the server&apos;s reply to it</source>
        <translation>Cada destinatario con la respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="281"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="281"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="281"/>
        <source>Server reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="286"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="286"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="289"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="295"/>
        <source>Protocol transcript</source>
        <translation>Transcripción del protocolo</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="296"/>
        <source>The conversation with the server when the message was sent</source>
        <translation>La conversación con el servidor cuando se envió el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="305"/>
        <location filename="../ui/sentview.cpp" line="308"/>
        <source>Protocol log</source>
        <translation>Registro del protocolo</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="307"/>
        <source>No protocol transcript was kept for this message.</source>
        <translation>No se guardó ninguna transcripción del protocolo para este mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="313"/>
        <source>&amp;Edit as New</source>
        <translation>&amp;Editar como nuevo</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="316"/>
        <source>Opens a new message with the recipients, subject, text and attachments of this one</source>
        <translation>Abre un mensaje nuevo con los destinatarios, el asunto, el texto y los adjuntos de este</translation>
    </message>
</context>
<context>
    <name>ui::SentView</name>
    <message>
        <location filename="../ui/sentview.cpp" line="44"/>
        <location filename="../ui/sentview.cpp" line="55"/>
        <source>Sent messages</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="47"/>
        <source>Search sent messages</source>
        <translation>Buscar en los mensajes enviados</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="49"/>
        <source>Show only the messages whose recipients or subject contain this text</source>
        <translation>Mostrar solo los mensajes cuyos destinatarios o asunto contienen este texto</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="50"/>
        <source>Search by recipient or subject</source>
        <translation>Buscar por destinatario o asunto</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="57"/>
        <source>The messages the server accepted, newest first, with date, recipients and subject</source>
        <translation>Los mensajes que ha aceptado el servidor, del más reciente al más antiguo, con fecha, destinatarios y asunto</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="58"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="58"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="58"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="66"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="68"/>
        <source>Open the sent message</source>
        <translation>Abrir el mensaje enviado</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="69"/>
        <source>Shows the selected message as it was sent, read-only</source>
        <translation>Muestra el mensaje seleccionado tal como se envió, de solo lectura</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="70"/>
        <source>Edit &amp;as New</source>
        <translation>Editar como &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="72"/>
        <source>Write a new message from this one</source>
        <translation>Escribir un mensaje nuevo a partir de este</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="74"/>
        <source>Opens a new message with the recipients, subject, text and attachments of the selected one</source>
        <translation>Abre un mensaje nuevo con los destinatarios, el asunto, el texto y los adjuntos del seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="150"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="182"/>
        <source>Message not found</source>
        <translation>Mensaje no encontrado</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="183"/>
        <source>This message is no longer in the Sent folder.</source>
        <translation>Este mensaje ya no está en la carpeta Enviados.</translation>
    </message>
</context>
<context>
    <name>ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="26"/>
        <source>Settings from the address</source>
        <translation>Ajustes a partir de la dirección</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="32"/>
        <source>Sign-in provider</source>
        <translation>Proveedor de inicio de sesión</translation>
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
        <translation>Otro proveedor (por la URL de su emisor)</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="38"/>
        <source>Issuer URL</source>
        <translation>URL del emisor</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="39"/>
        <source>https://login.example.org</source>
        <translation>https://login.example.org</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="42"/>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="43"/>
        <source>empty: the client ID this build of Stamp was given, if any</source>
        <translation>vacío: el ID de cliente con el que se compiló esta versión de Stamp, si lo hay</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="48"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="52"/>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="64"/>
        <source>Sign-in (OAuth 2.0)</source>
        <translation>Inicio de sesión (OAuth 2.0)</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="46"/>
        <source>Sign in on anot&amp;her device</source>
        <translation>Iniciar sesión en &amp;otro dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="66"/>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="67"/>
        <source>&amp;Issuer URL:</source>
        <translation>URL del &amp;emisor:</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="68"/>
        <source>C&amp;lient ID:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="75"/>
        <source>Sign-in address:</source>
        <translation>Dirección de inicio de sesión:</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="182"/>
        <location filename="../ui/signinpage.cpp" line="234"/>
        <source>Not signed in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="183"/>
        <source>This account logs in with a password. Signing in switches it to OAuth 2.0.</source>
        <translation>Esta cuenta inicia sesión con una contraseña. Iniciar sesión la cambia a OAuth 2.0.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="211"/>
        <source>S&amp;top signing in</source>
        <translation>De&amp;tener el inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="212"/>
        <source>Sign in with &amp;Google</source>
        <translation>Iniciar sesión con &amp;Google</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="213"/>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Iniciar sesión con &amp;Microsoft</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="214"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="215"/>
        <source>&amp;Sign in with %1</source>
        <translation>&amp;Iniciar sesión con %1</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="226"/>
        <source>Looking in the keychain…</source>
        <translation>Buscando en el llavero…</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="232"/>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="250"/>
        <source>Finding the sign-in server…</source>
        <translation>Buscando el servidor de inicio de sesión…</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="269"/>
        <source>Finish signing in in your browser. If it did not open, copy the address above into it.</source>
        <translation>Termine de iniciar sesión en el navegador. Si no se ha abierto, copie en él la dirección de arriba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signinpage.cpp" line="275"/>
        <source>On any device, visit %1 and enter the code %2 (within %n minute(s)).</source>
        <translation>
            <numerusform>En cualquier dispositivo, visite %1 e introduzca el código %2 (antes de %n minuto).</numerusform>
            <numerusform>En cualquier dispositivo, visite %1 e introduzca el código %2 (antes de %n minutos).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="280"/>
        <source>Waiting for the sign-in on the other device…</source>
        <translation>Esperando el inicio de sesión en el otro dispositivo…</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="305"/>
        <source>Signing in was stopped.</source>
        <translation>Se ha detenido el inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="306"/>
        <source>Not signed in: %1</source>
        <translation>Sin sesión iniciada: %1</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="314"/>
        <source>Signed in for this run only: the keychain could not keep the sign-in, so Stamp will ask you to sign in again after it closes. (%1)</source>
        <translation>Sesión iniciada solo para esta ejecución: el llavero no ha podido guardar el inicio de sesión, así que Stamp le pedirá que vuelva a iniciar sesión cuando se cierre. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="320"/>
        <source>Signed in to %1.</source>
        <translation>Sesión iniciada en %1.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="336"/>
        <source>Signed out: the sign-in was removed from the keychain.</source>
        <translation>Sesión cerrada: se ha eliminado el inicio de sesión del llavero.</translation>
    </message>
</context>
<context>
    <name>ui::SpellChecker</name>
    <message>
        <location filename="../ui/spellchecker.cpp" line="429"/>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Solo se puede añadir una palabra al diccionario.</translation>
    </message>
    <message>
        <location filename="../ui/spellchecker.cpp" line="442"/>
        <source>Could not save your dictionary to %1: %2</source>
        <translation>No se ha podido guardar su diccionario en %1: %2</translation>
    </message>
</context>
<context>
    <name>ui::Spelling</name>
    <message>
        <location filename="../ui/spelling.cpp" line="62"/>
        <source>&amp;Spelling</source>
        <translation>&amp;Ortografía</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="65"/>
        <source>&amp;Check Spelling</source>
        <translation>&amp;Revisar ortografía</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="68"/>
        <source>Underline misspelt words in the message text</source>
        <translation>Subrayar las palabras mal escritas en el texto del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="79"/>
        <source>Check the spelling of this message in %1</source>
        <translation>Revisar la ortografía de este mensaje en %1</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="84"/>
        <source>&amp;No Dictionary Installed</source>
        <translation>&amp;No hay ningún diccionario instalado</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="87"/>
        <source>Install a Hunspell dictionary (such as the package hunspell-en-us) and start Stamp again to check spelling</source>
        <translation>Instale un diccionario Hunspell (como el paquete hunspell-es) y vuelva a iniciar Stamp para revisar la ortografía</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="169"/>
        <source>No spelling dictionary is installed, so spelling is not checked. Install one (such as the package hunspell-en-us) and start Stamp again.</source>
        <translation>No hay ningún diccionario ortográfico instalado, así que no se revisa la ortografía. Instale uno (como el paquete hunspell-es) y vuelva a iniciar Stamp.</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="221"/>
        <source>Looking for suggestions…</source>
        <translation>Buscando sugerencias…</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="231"/>
        <source>Replace &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>Sustituir &quot;%1&quot; por &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="241"/>
        <source>No Suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="249"/>
        <source>&amp;Add to Dictionary</source>
        <translation>&amp;Añadir al diccionario</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="251"/>
        <source>Count &quot;%1&quot; as right in %2 from now on</source>
        <translation>Considerar &quot;%1&quot; correcto en %2 a partir de ahora</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="258"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="260"/>
        <source>Count &quot;%1&quot; as right until this window is closed</source>
        <translation>Considerar &quot;%1&quot; correcto hasta que se cierre esta ventana</translation>
    </message>
</context>
<context>
    <name>ui::Startup</name>
    <message numerus="yes">
        <location filename="../ui/startup.cpp" line="42"/>
        <source>%n message(s) were being sent when Stamp stopped: see the outbox.</source>
        <translation>
            <numerusform>Se estaba enviando %n mensaje cuando Stamp se detuvo: consulte la bandeja de salida.</numerusform>
            <numerusform>Se estaban enviando %n mensajes cuando Stamp se detuvo: consulte la bandeja de salida.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TestResults</name>
    <message>
        <location filename="../ui/testresults.cpp" line="22"/>
        <source>Not tested yet.</source>
        <translation>Aún sin probar.</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="29"/>
        <source>Server capabilities</source>
        <translation>Capacidades del servidor</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="32"/>
        <source>Encryption details</source>
        <translation>Detalles del cifrado</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="43"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="44"/>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="45"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="46"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="110"/>
        <source>Connecting to %1:%2…</source>
        <translation>Conectando con %1:%2…</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="87"/>
        <source>Offered inside the encrypted connection:</source>
        <translation>Ofrecido dentro de la conexión cifrada:</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="88"/>
        <source>Offered on the unencrypted connection:</source>
        <translation>Ofrecido en la conexión sin cifrar:</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="93"/>
        <source>Largest message accepted (SIZE): %1</source>
        <translation>Mensaje más grande aceptado (SIZE): %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="94"/>
        <source>Largest message accepted: not announced</source>
        <translation>Mensaje más grande aceptado: no anunciado</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="98"/>
        <source>Login methods (AUTH): none offered</source>
        <translation>Métodos de inicio de sesión (AUTH): no se ofrece ninguno</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="99"/>
        <source>Login methods (AUTH): %1</source>
        <translation>Métodos de inicio de sesión (AUTH): %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="121"/>
        <source>The connection was not encrypted.</source>
        <translation>La conexión no estaba cifrada.</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="123"/>
        <source>Protocol: %1</source>
        <translation>Protocolo: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="123"/>
        <source>Cipher: %1</source>
        <translation>Cifrado: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="124"/>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 del certificado: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="127"/>
        <source>Issued to: %1</source>
        <translation>Emitido para: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="128"/>
        <source>Issued by: %1</source>
        <translation>Emitido por: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="129"/>
        <source>Valid until: %1</source>
        <translation>Válido hasta: %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="139"/>
        <source>&lt;b&gt;The connection works.&lt;/b&gt; Stamp connected, logged in where needed, and said goodbye.</source>
        <translation>&lt;b&gt;La conexión funciona.&lt;/b&gt; Stamp se ha conectado, ha iniciado sesión donde hacía falta y se ha despedido.</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="141"/>
        <source>&lt;b&gt;The connection test failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La prueba de conexión ha fallado.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="146"/>
        <source>Server said: %1 — %2</source>
        <translation>El servidor dijo: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="149"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>ui::TranscriptModel</name>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="63"/>
        <source>Time per stage: %1</source>
        <translation>Tiempo por etapa: %1</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="65"/>
        <source>Time per stage</source>
        <translation>Tiempo por etapa</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="67"/>
        <source>  %1: %2 ms</source>
        <translation>  %1: %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="68"/>
        <source>  total: %1 ms</source>
        <translation>  total: %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="89"/>
        <location filename="../ui/transcriptmodel.cpp" line="99"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="89"/>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="91"/>
        <location filename="../ui/transcriptmodel.cpp" line="512"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="92"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="92"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="99"/>
        <source>%1 messages sent</source>
        <translation>%1 mensajes enviados</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="101"/>
        <source>%1 sent, with a problem: %2</source>
        <translation>%1 enviados, con un problema: %2</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="103"/>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="105"/>
        <source>closed, nothing sent</source>
        <translation>cerrado, nada enviado</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="105"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="106"/>
        <source>Session %1 at %2 with %3: %4</source>
        <translation>Sesión %1 a las %2 con %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="319"/>
        <source>The TLS handshake as a report: a check failed, so Stamp did not go on over this connection. Select this line to read every check.</source>
        <translation>La negociación TLS como informe: ha fallado una comprobación, así que Stamp no ha continuado por esta conexión. Seleccione esta línea para leer todas las comprobaciones.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="321"/>
        <source>The TLS handshake as a report: version, cipher, key exchange, the certificate chain with its dates and names; all checks passed. Select this line to read it whole.</source>
        <translation>La negociación TLS como informe: versión, cifrado, intercambio de claves, la cadena de certificados con sus fechas y nombres; todas las comprobaciones se superaron. Seleccione esta línea para leerlo completo.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="325"/>
        <source>How long each stage of this connection took, as CheckTLS shows it: a slow greeting or final reply is the server&apos;s doing, a slow connect or TLS the network&apos;s.</source>
        <translation>Cuánto ha tardado cada etapa de esta conexión, como lo muestra CheckTLS: un saludo o una respuesta final lentos son cosa del servidor; una conexión o un TLS lentos, de la red.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="360"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="362"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="364"/>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="366"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="368"/>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="370"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="418"/>
        <source>success</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="420"/>
        <source>go on</source>
        <translation>continuar</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="422"/>
        <source>temporary</source>
        <translation>temporal</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="424"/>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="428"/>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="461"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="484"/>
        <source>%1
Double-click or press Enter to fold or unfold this session.</source>
        <translation>%1
Haga doble clic o pulse Intro para plegar o desplegar esta sesión.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="512"/>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="514"/>
        <source>timing</source>
        <translation>tiempos</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="540"/>
        <source>problem</source>
        <translation>problema</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="631"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="633"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="635"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="637"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
</context>
</TS>
