<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/startup.cpp" line="36"/>
        <source>Link not understood</source>
        <translation>Lien non compris</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <location filename="../ui/spellchecker.cpp" line="125"/>
        <source>The spelling dictionary %1 cannot be read.</source>
        <translation>Le dictionnaire orthographique %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../ui/spellchecker.cpp" line="145"/>
        <source>The spelling dictionary %1 is written in the character set %2, which Stamp cannot read.</source>
        <translation>Le dictionnaire orthographique %1 est écrit dans le jeu de caractères %2, que Stamp ne sait pas lire.</translation>
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
        <translation>stamp : %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="49"/>
        <source>The keychain did not answer within %1 seconds (is it waiting for an unlock prompt?). Unlock it and try again.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 secondes (attend-il d&apos;être déverrouillé ?). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="104"/>
        <source>The name of the account, as the window shows it.</source>
        <translation>Le nom du compte, tel que la fenêtre l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="109"/>
        <source>Change the given settings of an account, keeping the others.</source>
        <translation>Modifier les réglages indiqués d&apos;un compte, en gardant les autres.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="110"/>
        <source>Add an account: NAME --from ADDR --server HOST[:PORT] [options].</source>
        <translation>Ajouter un compte : NAME --from ADDR --server HOST[:PORT] [options].</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="117"/>
        <source>Passwords are kept only in the system keychain (Secret Service: GNOME Keyring, KWallet), never in a file; give one with --password-stdin.
Exit codes: 0 done, 2 usage error or unknown account, 11 keychain or settings error.</source>
        <translation>Les mots de passe sont gardés uniquement dans le trousseau du système (Secret Service : GNOME Keyring, KWallet), jamais dans un fichier ; donnez-en un avec --password-stdin.
Codes de sortie : 0 fait, 2 erreur d&apos;utilisation ou compte inconnu, 11 erreur du trousseau ou des réglages.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="126"/>
        <source>Sender address (&quot;Name &lt;addr&gt;&quot; sets the display name too).</source>
        <translation>Adresse de l&apos;expéditeur (« Nom &lt;adresse&gt; » définit aussi le nom affiché).</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="128"/>
        <source>Name shown with the address.</source>
        <translation>Nom affiché avec l&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="129"/>
        <source>Signature the window offers to append.</source>
        <translation>Signature que la fenêtre propose d&apos;ajouter.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="131"/>
        <source>Make it the default account.</source>
        <translation>En faire le compte par défaut.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="132"/>
        <source>Find the server, port and security from the address (--from).</source>
        <translation>Trouver le serveur, le port et la sécurité à partir de l&apos;adresse (--from).</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="133"/>
        <source>With --auto, use what was found without asking.</source>
        <translation>Avec --auto, utiliser ce qui a été trouvé sans demander.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="134"/>
        <source>With --auth oauth2: the sign-in server&apos;s issuer URL.</source>
        <translation>Avec --auth oauth2 : l&apos;URL de l&apos;émetteur (issuer) du serveur de connexion.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="136"/>
        <source>With --auth oauth2: the client ID registered for Stamp.</source>
        <translation>Avec --auth oauth2 : l&apos;identifiant client enregistré pour Stamp.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="141"/>
        <source>Forget the CA file.</source>
        <translation>Oublier le fichier d&apos;autorité de certification.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="142"/>
        <source>Forget the pinned certificate fingerprint.</source>
        <translation>Oublier l&apos;empreinte de certificat épinglée.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="155"/>
        <source>--ehlo is not kept with an account: give it to stamp send</source>
        <translation>--ehlo n&apos;est pas gardé avec un compte : donnez-le à stamp send</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="166"/>
        <location filename="../app/accountcommand.cpp" line="315"/>
        <source>there is no account named &quot;%1&quot; (see stamp account list)</source>
        <translation>il n&apos;y a pas de compte nommé « %1 » (voir stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="171"/>
        <source>the account &quot;%1&quot; exists already: change it with stamp account edit</source>
        <translation>le compte « %1 » existe déjà : modifiez-le avec stamp account edit</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="173"/>
        <source>--from is required</source>
        <translation>--from est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="175"/>
        <source>--server (or --auto) is required</source>
        <translation>--server (ou --auto) est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="247"/>
        <source>%1
The account &quot;%2&quot; was not changed.</source>
        <translation>%1
Le compte « %2 » n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="248"/>
        <source>%1
The account &quot;%2&quot; was not saved.</source>
        <translation>%1
Le compte « %2 » n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="259"/>
        <source>stamp: warning: the old password could not be removed: %1</source>
        <translation>stamp : attention : l&apos;ancien mot de passe n&apos;a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="264"/>
        <source>Account &quot;%1&quot; changed.</source>
        <translation>Compte « %1 » modifié.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="264"/>
        <source>Account &quot;%1&quot; added.</source>
        <translation>Compte « %1 » ajouté.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="274"/>
        <source>List the accounts: name, sender, server and user.</source>
        <translation>Lister les comptes : nom, expéditeur, serveur et utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="285"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="289"/>
        <source>	user %1</source>
        <translation>	utilisateur %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="293"/>
        <source>No accounts. Add one with: stamp account add NAME --from ADDR --server HOST</source>
        <translation>Aucun compte. Ajoutez-en un avec : stamp account add NAME --from ADDR --server HOST</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="305"/>
        <source>The account to remove, with its password.</source>
        <translation>Le compte à supprimer, avec son mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="307"/>
        <source>Remove an account and its password from the keychain.</source>
        <translation>Supprimer un compte et son mot de passe du trousseau.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="320"/>
        <source>%1
The account &quot;%2&quot; was not removed.</source>
        <translation>%1
Le compte « %2 » n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="324"/>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Compte « %1 » supprimé.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="346"/>
        <source>The accounts are shared with the Stamp window. Passwords are kept only in the system keychain (Secret Service: GNOME Keyring, KWallet), never in a file.</source>
        <translation>Les comptes sont partagés avec la fenêtre de Stamp. Les mots de passe sont gardés uniquement dans le trousseau du système (Secret Service : GNOME Keyring, KWallet), jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="370"/>
        <source>--account: there is no account named &quot;%1&quot; (see stamp account list)</source>
        <translation>--account : il n&apos;y a pas de compte nommé « %1 » (voir stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="375"/>
        <source>--account: the account&apos;s user name cannot be used: %1</source>
        <translation>--account : le nom d&apos;utilisateur du compte est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="432"/>
        <source>the message could not be put in the outbox, so nothing was sent: %1</source>
        <translation>le message n&apos;a pas pu être placé dans la boîte d&apos;envoi, rien n&apos;a donc été envoyé : %1</translation>
    </message>
    <message>
        <location filename="../app/accountcommand.cpp" line="452"/>
        <source>The message is kept in the outbox (%1) with the reason.</source>
        <translation>Le message est gardé dans la boîte d&apos;envoi (%1) avec la raison.</translation>
    </message>
</context>
<context>
    <name>cli::AccountLogin</name>
    <message>
        <location filename="../app/accountsignin.cpp" line="100"/>
        <source>The account to sign in.</source>
        <translation>Le compte à connecter.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="104"/>
        <source>Sign in to an OAuth 2.0 account (Google, Microsoft, or another provider) in the browser.</source>
        <translation>Se connecter à un compte OAuth 2.0 (Google, Microsoft ou un autre fournisseur) dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="111"/>
        <source>Opens the sign-in page in your browser (and prints its address); the answer comes back to Stamp on 127.0.0.1 only. With --device, prints a code to enter on another device instead. The refresh token is kept in the system keychain, never in a file.
Exit codes: 0 signed in, 2 usage error, 3 network, 5 sign-in refused, 10 not finished in time, 11 keychain error.</source>
        <translation>Ouvre la page de connexion dans votre navigateur (et affiche son adresse) ; la réponse revient à Stamp sur 127.0.0.1 uniquement. Avec --device, affiche plutôt un code à saisir sur un autre appareil. Le jeton d&apos;actualisation est gardé dans le trousseau du système, jamais dans un fichier.
Codes de sortie : 0 connecté, 2 erreur d&apos;utilisation, 3 réseau, 5 connexion refusée, 10 pas terminé à temps, 11 erreur du trousseau.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="122"/>
        <source>Sign in on another device with a code (RFC 8628).</source>
        <translation>Se connecter sur un autre appareil avec un code (RFC 8628).</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="129"/>
        <location filename="../app/accountsignin.cpp" line="211"/>
        <source>there is no account named &quot;%1&quot; (see stamp account list)</source>
        <translation>il n&apos;y a pas de compte nommé « %1 » (voir stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="132"/>
        <source>the account &quot;%1&quot; signs in with a password; use --auth oauth2 to change it</source>
        <translation>le compte « %1 » se connecte avec un mot de passe ; utilisez --auth oauth2 pour le changer</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="136"/>
        <location filename="../app/accountsignin.cpp" line="172"/>
        <location filename="../app/accountsignin.cpp" line="223"/>
        <source>stamp: %1</source>
        <translation>stamp : %1</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="142"/>
        <source>Opening the sign-in page in your browser. If it does not open, visit:
  %1
</source>
        <translation>Ouverture de la page de connexion dans votre navigateur. Si elle ne s&apos;ouvre pas, allez à :
  %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/accountsignin.cpp" line="149"/>
        <source>On any device, visit %1 and enter the code %2 (within %n minute(s)).
</source>
        <translation>
            <numerusform>Sur n&apos;importe quel appareil, allez à %1 et saisissez le code %2 (d&apos;ici %n minute).
</numerusform>
            <numerusform>Sur n&apos;importe quel appareil, allez à %1 et saisissez le code %2 (d&apos;ici %n minutes).
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="153"/>
        <source>Or open: %1
</source>
        <translation>Ou ouvrez : %1
</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="184"/>
        <source>stamp: signed in, but the keychain did not keep the sign-in: %1</source>
        <translation>stamp : connecté, mais le trousseau n&apos;a pas gardé la connexion : %1</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="188"/>
        <source>Signed in to %1 for the account &quot;%2&quot;.</source>
        <translation>Connecté à %1 pour le compte « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="199"/>
        <source>The account to sign out.</source>
        <translation>Le compte à déconnecter.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="203"/>
        <source>Forget an OAuth 2.0 account&apos;s sign-in (the refresh token in the keychain).</source>
        <translation>Oublier la connexion d&apos;un compte OAuth 2.0 (le jeton d&apos;actualisation dans le trousseau).</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="226"/>
        <source>Signed out of the account &quot;%1&quot;.</source>
        <translation>Déconnecté du compte « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="250"/>
        <source>--auto needs --from</source>
        <translation>--auto demande --from</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="266"/>
        <source>stamp: no settings were found for %1: give the server with --server.</source>
        <translation>stamp : aucun réglage trouvé pour %1 : indiquez le serveur avec --server.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="274"/>
        <source>stamp: %1 wants a login method Stamp does not support.</source>
        <translation>stamp : %1 demande une méthode de connexion que Stamp ne prend pas en charge.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="283"/>
        <source>stamp: not saved: check the settings above and add --yes to use them without being asked.</source>
        <translation>stamp : non enregistré : vérifiez les réglages ci-dessus et ajoutez --yes pour les utiliser sans confirmation.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="289"/>
        <source>Use these settings? [y/N] </source>
        <translation>Utiliser ces réglages ? [o/N] </translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="294"/>
        <source>y|yes</source>
        <comment>the answers that mean yes to a [y/N] question, lower case, separated by |; the first is the one the prompt shows</comment>
        <translation>o|oui</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="300"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location filename="../app/accountsignin.cpp" line="306"/>
        <source>This provider signs in with OAuth 2.0: after adding the account, run stamp account login %1</source>
        <translation>Ce fournisseur se connecte avec OAuth 2.0 : après avoir ajouté le compte, lancez stamp account login %1</translation>
    </message>
</context>
<context>
    <name>cli::CheckDomainCommand</name>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="16"/>
        <source>The sender&apos;s domain (the part after @ in your address).</source>
        <translation>Le domaine de l&apos;expéditeur (la partie après @ dans votre adresse).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="22"/>
        <source>Check the DNS records that decide whether mail from DOMAIN is trusted: MX, SPF (evaluated for the submission server&apos;s addresses, with its DNS lookups counted against the limit of 10), DMARC, DKIM keys for the given selectors, MTA-STS and TLS-RPT, and with --server the server&apos;s reverse DNS against its greeting. Each result says what to change. The server is only greeted: no login, no message.

Exit codes: 0 nothing wrong, 2 usage error, 13 only warnings (works, could be better), 14 problems (mail may be rejected, or the domain forged), 15 incomplete (a lookup or the server did not answer, and no problem was found in the rest).</source>
        <translation>Vérifier les enregistrements DNS qui décident si le courrier de DOMAIN est digne de confiance : MX, SPF (évalué pour les adresses du serveur d&apos;envoi, ses requêtes DNS étant comptées dans la limite de 10), DMARC, les clés DKIM des sélecteurs donnés, MTA-STS et TLS-RPT, et avec --server le DNS inverse du serveur comparé à son message d&apos;accueil. Chaque résultat dit quoi changer. Le serveur est seulement salué : pas de connexion, pas de message.

Codes de sortie : 0 rien d&apos;anormal, 2 erreur d&apos;utilisation, 13 seulement des avertissements (fonctionne, pourrait être mieux), 14 problèmes (le courrier peut être refusé, ou le domaine usurpé), 15 incomplet (une requête ou le serveur n&apos;a pas répondu, et aucun problème n&apos;a été trouvé dans le reste).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="37"/>
        <source>Look up the DKIM key of this selector (repeat for several).</source>
        <translation>Chercher la clé DKIM de ce sélecteur (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="54"/>
        <source>&quot;%1&quot; is not a domain name (give the part after @, e.g. example.com)</source>
        <translation>« %1 » n&apos;est pas un nom de domaine (donnez la partie après @, par ex. example.com)</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="60"/>
        <source>--dkim-selector: &quot;%1&quot; is not a selector (letters, digits, - and _)</source>
        <translation>--dkim-selector : « %1 » n&apos;est pas un sélecteur (lettres, chiffres, - et _)</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="65"/>
        <source>--%1: check-domain does not log in (use stamp probe for that)</source>
        <translation>--%1 : check-domain ne se connecte pas (utilisez stamp probe pour cela)</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="74"/>
        <source>--%1 needs --server</source>
        <translation>--%1 demande --server</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="80"/>
        <source>--timeout takes a number of seconds from 0 to 3600</source>
        <translation>--timeout prend un nombre de secondes de 0 à 3600</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="93"/>
        <source>Nothing wrong found.</source>
        <translation>Rien d&apos;anormal trouvé.</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="96"/>
        <source>Some things could be better (see the warnings).</source>
        <translation>Certaines choses pourraient être mieux (voir les avertissements).</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="99"/>
        <source>Problems found: see what to do for each.</source>
        <translation>Problèmes trouvés : voyez quoi faire pour chacun.</translation>
    </message>
    <message>
        <location filename="../app/checkdomaincommand.cpp" line="102"/>
        <source>The check is incomplete: some lookups got no answer.</source>
        <translation>La vérification est incomplète : certaines requêtes n&apos;ont pas eu de réponse.</translation>
    </message>
</context>
<context>
    <name>cli::Command</name>
    <message>
        <location filename="../app/command.cpp" line="26"/>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="42"/>
        <source>stamp %1 [options]</source>
        <translation>stamp %1 [options]</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="43"/>
        <source>stamp %1 [options] %2</source>
        <translation>stamp %1 [options] %2</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="49"/>
        <source>stamp: %1
Try &apos;stamp %2 --help&apos;.</source>
        <translation>stamp : %1
Essayez « stamp %2 --help ».</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="63"/>
        <source>unknown option &apos;%1%2&apos;</source>
        <translation>option inconnue « %1%2 »</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="77"/>
        <source>--%1: the value contains a line break or NUL character; it must be one line</source>
        <translation>--%1 : la valeur contient un saut de ligne ou un caractère NUL ; elle doit tenir sur une ligne</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="84"/>
        <source>the argument &quot;%1&quot; contains a line break or NUL character</source>
        <translation>l&apos;argument « %1 » contient un saut de ligne ou un caractère NUL</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="86"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="87"/>
        <source>unexpected argument &apos;%1&apos; (%2 takes %3)</source>
        <translation>argument inattendu « %1 » (%2 prend %3)</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="90"/>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
</context>
<context>
    <name>cli::CommandGroup</name>
    <message>
        <location filename="../app/command.cpp" line="121"/>
        <source>stamp %1 COMMAND [options]</source>
        <translation>stamp %1 COMMAND [options]</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="122"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="123"/>
        <source>Run &apos;stamp %1 COMMAND --help&apos; for the options of each.</source>
        <translation>Lancez « stamp %1 COMMAND --help » pour les options de chacune.</translation>
    </message>
</context>
<context>
    <name>cli::ConsoleCommand</name>
    <message>
        <location filename="../app/consolecommand.cpp" line="20"/>
        <source>Type SMTP by hand over a session Stamp sets up: it connects, starts TLS as configured (the certificate is checked as for sending) and logs in, with the password never shown; then each line read from standard input is sent as one command and the server&apos;s whole reply is printed with what it means. Offered: %1. AUTH, STARTTLS and BDAT are refused (the session did the first two). After DATA and its 354, the lines are the message (dot-stuffed by Stamp) up to a line holding only &quot;.&quot;; Stamp ends the message with CRLF.CRLF. A line with a CR, LF or NUL inside, or longer than 510 octets, is refused and nothing is sent. The end of input ends the message in progress and sends QUIT. With --password-stdin the password is the first line.

Exit codes: as stamp send (0 the session ended with QUIT, 3 could not connect or the connection was lost, 4 TLS failure, 5 login failed, 10 timeout).</source>
        <translation>Taper du SMTP à la main dans une session que Stamp prépare : il se connecte, démarre TLS selon la configuration (le certificat est vérifié comme pour un envoi) et s&apos;identifie, sans jamais afficher le mot de passe ; ensuite chaque ligne lue sur l&apos;entrée standard est envoyée comme une commande et la réponse complète du serveur est affichée avec sa signification. Commandes proposées : %1. AUTH, STARTTLS et BDAT sont refusées (la session s&apos;est chargée des deux premières). Après DATA et son 354, les lignes forment le message (Stamp double les points en début de ligne) jusqu&apos;à une ligne ne contenant que « . » ; Stamp termine le message par CRLF.CRLF. Une ligne contenant un CR, un LF ou un NUL, ou plus longue que 510 octets, est refusée et rien n&apos;est envoyé. La fin de l&apos;entrée termine le message en cours et envoie QUIT. Avec --password-stdin, le mot de passe est la première ligne.

Codes de sortie : comme stamp send (0 la session s&apos;est terminée par QUIT, 3 connexion impossible ou perdue, 4 échec TLS, 5 échec de l&apos;identification, 10 délai dépassé).</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="38"/>
        <source>Use the server and login (password from the keychain) of this account (see stamp account). Other options override it.</source>
        <translation>Utiliser le serveur et l&apos;identifiant (mot de passe du trousseau) de ce compte (voir stamp account). Les autres options le remplacent.</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="41"/>
        <source>Print the conversation without the explanations.</source>
        <translation>Afficher la conversation sans les explications.</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="52"/>
        <source>--account: this build has no accounts (it was built without the store)</source>
        <translation>--account : cette version n&apos;a pas de comptes (elle a été compilée sans le stockage)</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="54"/>
        <source>--account needs the name of an account (see stamp account list)</source>
        <translation>--account demande le nom d&apos;un compte (voir stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="79"/>
        <source>stamp: %1</source>
        <translation>stamp : %1</translation>
    </message>
</context>
<context>
    <name>cli::ContactsCommand</name>
    <message>
        <location filename="../app/contactscommand.cpp" line="25"/>
        <source>List the contacts (name and addresses) and the groups (name and members).</source>
        <translation>Lister les contacts (nom et adresses) et les groupes (nom et membres).</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="40"/>
        <source>group %1	%2</source>
        <translation>groupe %1	%2</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="41"/>
        <source>	(sent as a named group)</source>
        <translation>	(envoyé comme groupe nommé)</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="43"/>
        <source>The address book is empty. Import one with: stamp contacts import FILE.vcf</source>
        <translation>Le carnet d&apos;adresses est vide. Importez-en un avec : stamp contacts import FILE.vcf</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="55"/>
        <source>A vCard file (3.0 or 4.0).</source>
        <translation>Un fichier vCard (3.0 ou 4.0).</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="57"/>
        <source>Add the contacts and groups of a vCard file.</source>
        <translation>Ajouter les contacts et les groupes d&apos;un fichier vCard.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="63"/>
        <source>A contact whose address is known already joins the known one. A file with an error imports nothing and names the line.</source>
        <translation>Un contact dont l&apos;adresse est déjà connue rejoint le contact existant. Un fichier contenant une erreur n&apos;importe rien et indique la ligne.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="71"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="79"/>
        <source>%1: nothing was imported. %2</source>
        <translation>%1 : rien n&apos;a été importé. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="82"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact ajouté</numerusform>
            <numerusform>%n contacts ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="83"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="84"/>
        <source>%n group(s) read</source>
        <translation>
            <numerusform>%n groupe lu</numerusform>
            <numerusform>%n groupes lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contactscommand.cpp" line="86"/>
        <source>%n card(s) without an address skipped.</source>
        <translation>
            <numerusform>%n carte sans adresse ignorée.</numerusform>
            <numerusform>%n cartes sans adresse ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="97"/>
        <source>Where to write the vCard file; - for standard output.</source>
        <translation>Où écrire le fichier vCard ; - pour la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="100"/>
        <source>Write the address book as vCard 4.0.</source>
        <translation>Écrire le carnet d&apos;adresses en vCard 4.0.</translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="121"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
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
            <numerusform>%n groupe écrit dans %1</numerusform>
            <numerusform>%n groupes écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contactscommand.cpp" line="145"/>
        <source>The address book the window completes recipients from, kept in contacts.json beside the outbox.</source>
        <translation>Le carnet d&apos;adresses dans lequel la fenêtre puise pour compléter les destinataires, gardé dans contacts.json à côté de la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>cli::MergeCommand</name>
    <message>
        <location filename="../app/mergecommand.cpp" line="27"/>
        <source>Send one message per row of a CSV file, from a template with {{placeholders}}.</source>
        <translation>Envoyer un message par ligne d&apos;un fichier CSV, à partir d&apos;un modèle avec des {{champs}}.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="38"/>
        <source>Send one message per row of a CSV file, from a template with {{placeholders}}.

The template is a Stamp template (File &gt; Save as Template) or a text file: To, Cc, Bcc, Reply-To and Subject lines, an empty line, the body. The CSV file&apos;s first line names the columns; {{name}} stands for the row&apos;s value of the column &quot;name&quot;. Every row is checked before anything is sent. Each message is queued in the outbox with the merge and its row, then all are sent over one connection; running the same merge again sends only the rows not yet sent.

Exit codes: those of stamp send for the rows: 0 every row sent, 8 some rows sent and some not, else the code of the first row not sent (6 temporary failure, 7 permanent failure, 11 a row or file that cannot be used, ...).</source>
        <translation>Envoyer un message par ligne d&apos;un fichier CSV, à partir d&apos;un modèle avec des {{champs}}.

Le modèle est un modèle Stamp (Fichier &gt; Enregistrer comme modèle) ou un fichier texte : des lignes To, Cc, Bcc, Reply-To et Subject, une ligne vide, puis le corps. La première ligne du fichier CSV nomme les colonnes ; {{name}} représente la valeur de la colonne « name » pour la ligne. Chaque ligne est vérifiée avant tout envoi. Chaque message est placé dans la boîte d&apos;envoi avec le publipostage et sa ligne, puis tous sont envoyés sur une seule connexion ; relancer le même publipostage n&apos;envoie que les lignes pas encore envoyées.

Codes de sortie : ceux de stamp send pour les lignes : 0 toutes les lignes envoyées, 8 certaines lignes envoyées et d&apos;autres non, sinon le code de la première ligne non envoyée (6 échec temporaire, 7 échec permanent, 11 une ligne ou un fichier inutilisable, ...).</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="54"/>
        <source>Send from this account (see stamp account list).</source>
        <translation>Envoyer depuis ce compte (voir stamp account list).</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="56"/>
        <source>The message with {{placeholders}}.</source>
        <translation>Le message avec des {{champs}}.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="57"/>
        <source>The rows: UTF-8 CSV whose first line names the columns.</source>
        <translation>Les lignes : un CSV en UTF-8 dont la première ligne nomme les colonnes.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="60"/>
        <source>At most N messages a minute (N/min, or N/h an hour); the connection is kept open across waits up to a minute.</source>
        <translation>Au plus N messages par minute (N/min, ou N/h par heure) ; la connexion reste ouverte pendant les attentes d&apos;une minute au plus.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="64"/>
        <source>Go on with the merge of this id (as printed) even when the template or CSV changed: rows already sent are not sent again.</source>
        <translation>Poursuivre le publipostage de cet identifiant (tel qu&apos;affiché) même si le modèle ou le CSV a changé : les lignes déjà envoyées ne sont pas renvoyées.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="67"/>
        <source>Write the live protocol transcript to FILE, or - for stderr.</source>
        <translation>Écrire la transcription du protocole en direct dans FILE, ou - pour stderr.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="69"/>
        <source>Print only the rows not sent.</source>
        <translation>N&apos;afficher que les lignes non envoyées.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="79"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="88"/>
        <source>Row %1 (line %2)</source>
        <translation>Ligne %1 (ligne %2 du fichier)</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="95"/>
        <source>--account is required: the merge is sent through that account&apos;s outbox</source>
        <translation>--account est obligatoire : le publipostage est envoyé par la boîte d&apos;envoi de ce compte</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="97"/>
        <source>--template FILE and --csv FILE are required</source>
        <translation>--template FILE et --csv FILE sont obligatoires</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="107"/>
        <source>--print-swaks takes one message: use stamp send for it</source>
        <translation>--print-swaks prend un seul message : utilisez stamp send pour cela</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="121"/>
        <location filename="../app/mergecommand.cpp" line="135"/>
        <location filename="../app/mergecommand.cpp" line="184"/>
        <location filename="../app/mergecommand.cpp" line="210"/>
        <source>stamp: %1</source>
        <translation>stamp : %1</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="130"/>
        <source>stamp: the template uses placeholders the CSV file has no column for: %1 (the columns are: %2). Nothing was sent.</source>
        <translation>stamp : le modèle utilise des champs pour lesquels le fichier CSV n&apos;a pas de colonne : %1 (les colonnes sont : %2). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="150"/>
        <source>%1: not sent: %2</source>
        <translation>%1 : non envoyé : %2</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="154"/>
        <source>stamp: the CSV file has a header but no rows: nothing to send.</source>
        <translation>stamp : le fichier CSV a un en-tête mais aucune ligne : rien à envoyer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="213"/>
        <source>Merge %1: %n row(s).</source>
        <translation>
            <numerusform>Publipostage %1 : %n ligne.</numerusform>
            <numerusform>Publipostage %1 : %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="225"/>
        <source>%1: not sent again: %2 (%3; stamp outbox send %4 sends it)</source>
        <translation>%1 : non renvoyé : %2 (%3 ; stamp outbox send %4 l&apos;envoie)</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="238"/>
        <source>%1: not queued: %2</source>
        <translation>%1 : non mis en attente : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="249"/>
        <source>%n row(s) sent by an earlier run of this merge: not sent again.</source>
        <translation>
            <numerusform>%n ligne envoyée par une exécution précédente de ce publipostage : pas renvoyée.</numerusform>
            <numerusform>%n lignes envoyées par une exécution précédente de ce publipostage : pas renvoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="195"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="204"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="255"/>
        <source>%1: not tried: still queued; run the merge again to send it.</source>
        <translation>%1 : non tenté : toujours en attente ; relancez le publipostage pour l&apos;envoyer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mergecommand.cpp" line="260"/>
        <source>%1 of %n message(s) sent now, over %2 connection(s).</source>
        <translation>
            <numerusform>%1 sur %n message envoyé maintenant, par %2 connexion(s).</numerusform>
            <numerusform>%1 sur %n messages envoyés maintenant, par %2 connexion(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mergecommand.cpp" line="285"/>
        <source>give the number of messages a minute, as 30/min (or 100/h)</source>
        <translation>indiquez le nombre de messages par minute, par exemple 30/min (ou 100/h)</translation>
    </message>
</context>
<context>
    <name>cli::OutboxCommand</name>
    <message>
        <location filename="../app/outboxcommand.cpp" line="59"/>
        <source>The outbox is empty.</source>
        <translation>La boîte d&apos;envoi est vide.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="37"/>
        <source>List the messages waiting in the outbox, with their state and the reason.</source>
        <translation>Lister les messages en attente dans la boîte d&apos;envoi, avec leur état et la raison.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="70"/>
        <location filename="../app/outboxcommand.cpp" line="97"/>
        <source>The messages, by the ID stamp outbox list shows.</source>
        <translation>Les messages, par l&apos;identifiant qu&apos;affiche stamp outbox list.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="73"/>
        <source>Delete messages from the outbox.</source>
        <translation>Supprimer des messages de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="102"/>
        <source>Send messages of the outbox now, with their account&apos;s settings and password.</source>
        <translation>Envoyer maintenant des messages de la boîte d&apos;envoi, avec les réglages et le mot de passe de leur compte.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="109"/>
        <source>Exit codes: those of stamp send (0 sent, 6 temporary failure, 7 permanent failure, 8 partly sent, ...), for the first message that was not sent.</source>
        <translation>Codes de sortie : ceux de stamp send (0 envoyé, 6 échec temporaire, 7 échec définitif, 8 envoyé en partie, ...), pour le premier message qui n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="116"/>
        <source>Send every message in the outbox.</source>
        <translation>Envoyer tous les messages de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="117"/>
        <source>Write the live protocol transcript to FILE, or - for stderr.</source>
        <translation>Écrire la transcription du protocole en direct dans FILE, ou - pour stderr.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="119"/>
        <source>Print nothing on success.</source>
        <translation>Ne rien afficher en cas de réussite.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="130"/>
        <source>outbox send needs the IDs of messages, or --all (not both)</source>
        <translation>outbox send demande les ID de messages, ou --all (pas les deux)</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="154"/>
        <source>Message %1 has no account to send it from.</source>
        <translation>Le message %1 n&apos;a aucun compte depuis lequel l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="170"/>
        <source>Not sent: the account &quot;%1&quot; could not be used.</source>
        <translation>Non envoyé : le compte « %1 » n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="171"/>
        <source>Check it with stamp account list, then send again.</source>
        <translation>Vérifiez-le avec stamp account list, puis renvoyez.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="181"/>
        <source>being sent by another Stamp window or command; left to it.</source>
        <translation>en cours d&apos;envoi par une autre fenêtre ou commande Stamp ; laissé à celle-ci.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="192"/>
        <source>kept in the outbox: %1</source>
        <translation>gardé dans la boîte d&apos;envoi : %1</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="214"/>
        <source>Nothing to send.</source>
        <translation>Rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="225"/>
        <source>List the messages sent: ID, date, outcome, recipients and subject.</source>
        <translation>Lister les messages envoyés : identifiant, date, résultat, destinataires et objet.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="256"/>
        <source>The messages waiting to be sent: the window&apos;s outbox, with every failed message and the reason, retried on their own when the failure was temporary.</source>
        <translation>Les messages en attente d&apos;envoi : la boîte d&apos;envoi de la fenêtre, avec chaque message en échec et la raison, réessayés d&apos;eux-mêmes quand l&apos;échec était temporaire.</translation>
    </message>
    <message>
        <location filename="../app/outboxcommand.cpp" line="270"/>
        <source>The messages sent, kept as they went out (the window&apos;s Sent folder).</source>
        <translation>Les messages envoyés, gardés tels qu&apos;ils sont partis (le dossier Envoyés de la fenêtre).</translation>
    </message>
</context>
<context>
    <name>cli::PracticeCommand</name>
    <message>
        <location filename="../app/practicecommand.cpp" line="40"/>
        <source>Run a practice SMTP server on 127.0.0.1, to learn SMTP and try Stamp without an account. It offers STARTTLS (with a certificate it makes at first start), AUTH PLAIN and LOGIN with a demo login it shows, PIPELINING, CHUNKING, SIZE, 8BITMIME, SMTPUTF8 and DSN, keeps every message it receives in a folder it shows, and injects the faults asked for. Stop it with Ctrl+C.</source>
        <translation>Lancer un serveur SMTP d&apos;entraînement sur 127.0.0.1, pour apprendre SMTP et essayer Stamp sans compte. Il propose STARTTLS (avec un certificat qu&apos;il crée au premier démarrage), AUTH PLAIN et LOGIN avec un identifiant de démonstration qu&apos;il affiche, PIPELINING, CHUNKING, SIZE, 8BITMIME, SMTPUTF8 et DSN, garde chaque message reçu dans un dossier qu&apos;il affiche, et injecte les pannes demandées. Arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="51"/>
        <source>Listen on port N of 127.0.0.1 (default 2525; 0 picks a free one and prints it).</source>
        <translation>Écouter sur le port N de 127.0.0.1 (2525 par défaut ; 0 en choisit un libre et l&apos;affiche).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="54"/>
        <source>Inject a fault, such as greylist, 452-after=2, 421-at=rcpt or slow=500ms (repeat for several; --list names them all).</source>
        <translation>Injecter une panne, comme greylist, 452-after=2, 421-at=rcpt ou slow=500ms (à répéter pour plusieurs ; --list les nomme toutes).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="57"/>
        <source>List the faults with what each one teaches, and exit.</source>
        <translation>Lister les pannes avec ce que chacune enseigne, et quitter.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="72"/>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port demande un nombre de 0 à 65535</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="85"/>
        <source>stamp: the practice server cannot start: %1</source>
        <translation>stamp : le serveur d&apos;entraînement ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="91"/>
        <source>Practice SMTP server listening on %1 (stop it with Ctrl+C).</source>
        <translation>Serveur SMTP d&apos;entraînement à l&apos;écoute sur %1 (arrêtez-le avec Ctrl+C).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="92"/>
        <source>  Security: STARTTLS; its certificate is signed by the practice authority in %1 (give it to Stamp as --ca-file).</source>
        <translation>  Sécurité : STARTTLS ; son certificat est signé par l&apos;autorité d&apos;entraînement dans %1 (donnez-la à Stamp avec --ca-file).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="96"/>
        <source>  Login (after STARTTLS): user %1, password %2.</source>
        <translation>  Identifiant (après STARTTLS) : utilisateur %1, mot de passe %2.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="97"/>
        <source>  Messages are kept in %1.</source>
        <translation>  Les messages sont gardés dans %1.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="99"/>
        <source>  Faults: none (see stamp practice --list).</source>
        <translation>  Pannes : aucune (voir stamp practice --list).</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="100"/>
        <source>  Faults: %1.</source>
        <translation>  Pannes : %1.</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="102"/>
        <source>  Try: echo %1 | stamp send --server %2 --ca-file %3 --user %4 --password-stdin --from you@example.org --to friend@example.org --subject Hello --body Hi</source>
        <translation>  Essayez : echo %1 | stamp send --server %2 --ca-file %3 --user %4 --password-stdin --from you@example.org --to friend@example.org --subject Hello --body Hi</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="109"/>
        <source>Received message %1 from %2 for %3 (%4 bytes): %5</source>
        <translation>Message %1 reçu de %2 pour %3 (%4 octets) : %5</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="117"/>
        <source>stamp: %1</source>
        <translation>stamp : %1</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="120"/>
        <source>stamp: cannot set up the signal handler</source>
        <translation>stamp : impossible d&apos;installer le gestionnaire de signaux</translation>
    </message>
    <message>
        <location filename="../app/practicecommand.cpp" line="131"/>
        <source>Practice server stopped.</source>
        <translation>Serveur d&apos;entraînement arrêté.</translation>
    </message>
</context>
<context>
    <name>cli::ProbeCommand</name>
    <message>
        <location filename="../app/probecommand.cpp" line="16"/>
        <source>Test an SMTP server without sending: the greeting, each EHLO extension and what it means, the TLS report (version, cipher, certificate chain with its dates and names, each check passed or not), the AUTH mechanisms, SIZE, and the time of each stage. With --user and --password-stdin the login is tried too. No MAIL command is sent.

Exit codes: as stamp send (0 the server works, 3 could not connect or protocol error, 4 TLS failure, 5 login failed, 6 and 7 a refusal, 10 timeout).</source>
        <translation>Tester un serveur SMTP sans envoyer : le message d&apos;accueil, chaque extension EHLO et ce qu&apos;elle signifie, le rapport TLS (version, chiffrement, chaîne de certificats avec ses dates et ses noms, chaque vérification réussie ou non), les mécanismes AUTH, SIZE, et la durée de chaque étape. Avec --user et --password-stdin, la connexion est essayée aussi. Aucune commande MAIL n&apos;est envoyée.

Codes de sortie : comme stamp send (0 le serveur fonctionne, 3 connexion impossible ou erreur de protocole, 4 échec TLS, 5 échec de l&apos;identification, 6 et 7 un refus, 10 délai dépassé).</translation>
    </message>
    <message>
        <location filename="../app/probecommand.cpp" line="28"/>
        <source>Also write the protocol transcript to FILE, or - for stderr.</source>
        <translation>Écrire aussi la transcription du protocole dans FILE, ou - pour stderr.</translation>
    </message>
    <message>
        <location filename="../app/probecommand.cpp" line="32"/>
        <source>Explain the transcript as stamp send --explain does: after each line, what it means in plain words. On stderr unless --transcript names a file.</source>
        <translation>Expliquer la transcription comme le fait stamp send --explain : après chaque ligne, ce qu&apos;elle signifie en termes simples. Sur stderr, sauf si --transcript nomme un fichier.</translation>
    </message>
    <message>
        <location filename="../app/probecommand.cpp" line="46"/>
        <source>stamp: %1</source>
        <translation>stamp : %1</translation>
    </message>
</context>
<context>
    <name>cli::SendCommand</name>
    <message>
        <location filename="../app/sendcommand.cpp" line="80"/>
        <source>Send a message through an SMTP submission server.

Exit codes: 0 sent, 2 usage error, 3 connection failed or protocol error, 4 TLS failure, 5 authentication failed, 6 temporary failure (4xx), 7 permanent failure (5xx), 8 partly sent, 9 may have been delivered (connection lost after the end of the message), 10 timeout, 11 local error (unreadable file, bad message), 12 cancelled.</source>
        <translation>Envoyer un message par un serveur d&apos;envoi SMTP.

Codes de sortie : 0 envoyé, 2 erreur d&apos;utilisation, 3 échec de connexion ou erreur de protocole, 4 échec TLS, 5 échec de l&apos;authentification, 6 échec temporaire (4xx), 7 échec permanent (5xx), 8 envoyé en partie, 9 peut-être distribué (connexion perdue après la fin du message), 10 délai dépassé, 11 erreur locale (fichier illisible, message incorrect), 12 annulé.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="91"/>
        <source>Sender address (header From and MAIL FROM).</source>
        <translation>Adresse de l&apos;expéditeur (en-tête From et MAIL FROM).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="92"/>
        <source>Recipient (repeat for several).</source>
        <translation>Destinataire (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="93"/>
        <source>Copy recipient (repeat for several).</source>
        <translation>Destinataire en copie (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="94"/>
        <source>Blind copy recipient: in the envelope only, never in a header.</source>
        <translation>Destinataire en copie cachée : dans l&apos;enveloppe uniquement, jamais dans un en-tête.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="96"/>
        <source>Reply-To address.</source>
        <translation>Adresse de réponse (Reply-To).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="97"/>
        <source>Subject.</source>
        <translation>Objet.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="98"/>
        <source>Body text.</source>
        <translation>Texte du message.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="99"/>
        <source>Read the body text (UTF-8) from FILE.</source>
        <translation>Lire le texte du message (UTF-8) depuis FILE.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="101"/>
        <source>Read the body as Markdown (UTF-8) from FILE: sent as HTML with the Markdown as the plain text alternative; images beside FILE are sent inline.</source>
        <translation>Lire le message en Markdown (UTF-8) depuis FILE : envoyé en HTML avec le Markdown comme version texte brut ; les images à côté de FILE sont envoyées intégrées.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="104"/>
        <source>Attach FILE (repeat for several).</source>
        <translation>Joindre FILE (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="105"/>
        <source>Priority: high, normal or low (Importance and X-Priority).</source>
        <translation>Priorité : high, normal ou low (Importance et X-Priority).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="107"/>
        <source>Ask for a read receipt to the sender (RFC 8098).</source>
        <translation>Demander un accusé de lecture à l&apos;expéditeur (RFC 8098).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="109"/>
        <source>Send a prepared RFC 5322 message as it is (repeat, or give a folder, to send several on one connection). The envelope comes from --from/--to/--cc/--bcc, or from the file&apos;s own From/To/Cc/Bcc when those are not given.</source>
        <translation>Envoyer tel quel un message RFC 5322 préparé (à répéter, ou donnez un dossier, pour en envoyer plusieurs sur une seule connexion). L&apos;enveloppe vient de --from/--to/--cc/--bcc, ou des champs From/To/Cc/Bcc du fichier quand ceux-ci ne sont pas donnés.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="113"/>
        <source>Write the live protocol transcript to FILE, or - for stderr.</source>
        <translation>Écrire la transcription du protocole en direct dans FILE, ou - pour stderr.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="116"/>
        <source>Explain the transcript: after each line, what it means in plain words; then the TLS report and the time per stage. On stderr unless --transcript names a file.</source>
        <translation>Expliquer la transcription : après chaque ligne, ce qu&apos;elle signifie en termes simples ; puis le rapport TLS et la durée de chaque étape. Sur stderr, sauf si --transcript nomme un fichier.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="119"/>
        <source>Ask for delivery status notifications: NEVER, or a list of SUCCESS, FAILURE and DELAY (RFC 3461).</source>
        <translation>Demander des notifications d&apos;état de distribution : NEVER, ou une liste de SUCCESS, FAILURE et DELAY (RFC 3461).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="122"/>
        <source>What a notification returns: full or hdrs.</source>
        <translation>Ce que renvoie une notification : full ou hdrs.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="124"/>
        <source>An envelope identifier that notifications quote back (printable ASCII, RFC 3461 §4.4).</source>
        <translation>Un identifiant d&apos;enveloppe que les notifications citent en retour (ASCII imprimable, RFC 3461 §4.4).</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="126"/>
        <source>Print nothing on success.</source>
        <translation>Ne rien afficher en cas de réussite.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="128"/>
        <source>Use the server, sender and password (from the keychain) of this account (see stamp account). Other options override it. The message goes through the outbox and is kept in Sent, as in the window.</source>
        <translation>Utiliser le serveur, l&apos;expéditeur et le mot de passe (du trousseau) de ce compte (voir stamp account). Les autres options le remplacent. Le message passe par la boîte d&apos;envoi et est gardé dans Envoyés, comme dans la fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="144"/>
        <source>--account: this build has no accounts (it was built without the store)</source>
        <translation>--account : cette version n&apos;a pas de comptes (elle a été compilée sans le stockage)</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="146"/>
        <source>--account needs the name of an account (see stamp account list)</source>
        <translation>--account demande le nom d&apos;un compte (voir stamp account list)</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="183"/>
        <source>no address</source>
        <translation>pas d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="206"/>
        <source>--account: the account&apos;s sender address cannot be used: %1</source>
        <translation>--account : l&apos;adresse d&apos;expéditeur du compte est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="213"/>
        <source>--eml sends a prepared message: it cannot be combined with --subject, --body, --body-file or --attach</source>
        <translation>--eml envoie un message préparé : il ne peut pas être combiné avec --subject, --body, --body-file ou --attach</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="218"/>
        <source>--eml sends a prepared message: it cannot be combined with --markdown-file, --priority or --read-receipt</source>
        <translation>--eml envoie un message préparé : il ne peut pas être combiné avec --markdown-file, --priority ou --read-receipt</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="232"/>
        <source>--eml: no message files found</source>
        <translation>--eml : aucun fichier de message trouvé</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="244"/>
        <location filename="../app/sendcommand.cpp" line="300"/>
        <location filename="../app/sendcommand.cpp" line="313"/>
        <source>stamp: %1</source>
        <translation>stamp : %1</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="248"/>
        <source>%1: no sender: give --from</source>
        <translation>%1 : pas d&apos;expéditeur : indiquez --from</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="250"/>
        <source>%1: no recipient: give --to</source>
        <translation>%1 : pas de destinataire : indiquez --to</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="255"/>
        <source>--from is required</source>
        <translation>--from est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="257"/>
        <source>at least one --to, --cc or --bcc is required</source>
        <translation>au moins un --to, --cc ou --bcc est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="259"/>
        <source>give --body or --body-file, not both</source>
        <translation>indiquez --body ou --body-file, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="265"/>
        <source>stamp: cannot read the body file %1: %2</source>
        <translation>stamp : impossible de lire le fichier du message %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="273"/>
        <source>give --markdown-file or --body/--body-file, not both</source>
        <translation>indiquez --markdown-file ou --body/--body-file, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="275"/>
        <source>--markdown-file: this build cannot read Markdown (it was built without the window&apos;s libraries)</source>
        <translation>--markdown-file : cette version ne sait pas lire le Markdown (elle a été compilée sans les bibliothèques de la fenêtre)</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="279"/>
        <source>stamp: cannot read the Markdown file %1: %2</source>
        <translation>stamp : impossible de lire le fichier Markdown %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="292"/>
        <source>--priority must be high, normal or low, not %1</source>
        <translation>--priority doit valoir high, normal ou low, pas %1</translation>
    </message>
    <message>
        <location filename="../app/sendcommand.cpp" line="340"/>
        <source>Message %1: %2</source>
        <translation>Message %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sendcommand.cpp" line="352"/>
        <source>%1 of %n message(s) sent.</source>
        <translation>
            <numerusform>%1 message sur %n envoyé.</numerusform>
            <numerusform>%1 messages sur %n envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::sendpreview</name>
    <message>
        <location filename="../app/sendpreview.cpp" line="40"/>
        <source>Connect to nothing: print the envelope (each RCPT marked To, Cc or Bcc), the header section and MIME structure exactly as they would go out, and lint. Exit 0 when lint finds no problem, 14 when it does.</source>
        <translation>Ne se connecter à rien : afficher l&apos;enveloppe (chaque RCPT marqué To, Cc ou Cci), la section d&apos;en-têtes et la structure MIME exactement telles qu&apos;elles partiraient, et l&apos;analyse (lint). Code de sortie 0 quand l&apos;analyse ne trouve aucun problème, 14 quand elle en trouve.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="44"/>
        <source>With --dry-run: what the server&apos;s EHLO offers, e.g. 8BITMIME,SMTPUTF8,SIZE=10485760 (see stamp probe); otherwise unknown, and the message is built as for a server with 8BITMIME and SMTPUTF8.</source>
        <translation>Avec --dry-run : ce que propose l&apos;EHLO du serveur, par exemple 8BITMIME,SMTPUTF8,SIZE=10485760 (voir stamp probe) ; sinon inconnu, et le message est construit comme pour un serveur proposant 8BITMIME et SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="48"/>
        <source>With --dry-run: also look up the From domain&apos;s SPF and DMARC records (DNS only; still no SMTP).</source>
        <translation>Avec --dry-run : consulter aussi les enregistrements SPF et DMARC du domaine de l&apos;expéditeur (From) (DNS uniquement ; toujours pas de SMTP).</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="51"/>
        <source>Connect to nothing: write the message as swaks sends it to FILE and print the swaks command that sends it the same way (the password is never in it: swaks asks for it).</source>
        <translation>Ne se connecter à rien : écrire dans FILE le message tel que swaks l&apos;envoie et afficher la commande swaks qui l&apos;envoie de la même façon (le mot de passe n&apos;y figure jamais : swaks le demande).</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="70"/>
        <source>--server-extensions needs --dry-run</source>
        <translation>--server-extensions demande --dry-run</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="79"/>
        <source>--lint-dns needs --dry-run</source>
        <translation>--lint-dns demande --dry-run</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="83"/>
        <source>--print-swaks needs the name of the file to write the message to</source>
        <translation>--print-swaks demande le nom du fichier où écrire le message</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="85"/>
        <source>--print-swaks takes one message, not %1</source>
        <translation>--print-swaks prend un seul message, pas %1</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="92"/>
        <source>=== Message %1 of %2</source>
        <translation>=== Message %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="96"/>
        <location filename="../app/sendpreview.cpp" line="125"/>
        <source>stamp: %1</source>
        <translation>stamp : %1</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="107"/>
        <source>The From domain&apos;s SPF and DMARC records were not looked up: --dry-run connects to nothing. Add --lint-dns to look them up (DNS only), or run stamp check-domain.</source>
        <translation>Les enregistrements SPF et DMARC du domaine de l&apos;expéditeur (From) n&apos;ont pas été consultés : --dry-run ne se connecte à rien. Ajoutez --lint-dns pour les consulter (DNS uniquement), ou lancez stamp check-domain.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="111"/>
        <source>Lint:</source>
        <translation>Analyse :</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="112"/>
        <source>  Nothing to change.</source>
        <translation>  Rien à changer.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="119"/>
        <source>Nothing was sent: no connection was made.</source>
        <translation>Rien n&apos;a été envoyé : aucune connexion n&apos;a été établie.</translation>
    </message>
    <message>
        <location filename="../app/sendpreview.cpp" line="134"/>
        <source>The message has 8-bit content, which swaks sends without declaring BODY=8BITMIME or SMTPUTF8.</source>
        <translation>Le message a un contenu 8 bits, que swaks envoie sans déclarer BODY=8BITMIME ni SMTPUTF8.</translation>
    </message>
</context>
<context>
    <name>practice::Certificates</name>
    <message>
        <location filename="../practice/certificate.cpp" line="164"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../practice/certificate.cpp" line="169"/>
        <source>cannot make the practice certificates in %1</source>
        <translation>impossible de créer les certificats d&apos;entraînement dans %1</translation>
    </message>
    <message>
        <location filename="../practice/certificate.cpp" line="173"/>
        <source>cannot read the practice certificates made in %1</source>
        <translation>impossible de lire les certificats d&apos;entraînement créés dans %1</translation>
    </message>
</context>
<context>
    <name>practice::Faults</name>
    <message>
        <location filename="../practice/faults.cpp" line="45"/>
        <source>Greylisting: the first time a client, sender and recipient are seen together, RCPT gets 451 4.7.1 (try again later); the next try is accepted. Teaches temporary failures and retrying.</source>
        <translation>Greylisting : la première fois qu&apos;un client, un expéditeur et un destinataire sont vus ensemble, RCPT reçoit 451 4.7.1 (réessayez plus tard) ; l&apos;essai suivant est accepté. Pour s&apos;exercer aux échecs temporaires et aux nouveaux essais.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="50"/>
        <source>452 4.5.3 (too many recipients) for every RCPT after the first N of a message. The client should send the rest in another transaction (RFC 5321 §4.5.3.1.10).</source>
        <translation>452 4.5.3 (trop de destinataires) pour chaque RCPT après les N premiers d&apos;un message. Le client doit envoyer le reste dans une autre transaction (RFC 5321 §4.5.3.1.10).</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="55"/>
        <source>552 5.3.4 (message too big) for a message larger than BYTES (1024 when not given), at MAIL when its SIZE= says so, else after the content.</source>
        <translation>552 5.3.4 (message trop gros) pour un message de plus de BYTES octets (1024 si non précisé), à MAIL quand son SIZE= l&apos;annonce, sinon après le contenu.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="60"/>
        <source>421 4.3.2 (service closing) and the connection closed at STAGE: greeting, ehlo, mail, rcpt, data or end (instead of the final reply). Nothing is delivered; trying later may work.</source>
        <translation>421 4.3.2 (fermeture du service) et la connexion fermée à l&apos;étape STAGE : greeting, ehlo, mail, rcpt, data ou end (au lieu de la réponse finale). Rien n&apos;est distribué ; un nouvel essai plus tard peut réussir.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="64"/>
        <source>The whole message is received and kept, then the connection is closed with no reply: the client cannot know whether it was delivered.</source>
        <translation>Le message entier est reçu et gardé, puis la connexion est fermée sans réponse : le client ne peut pas savoir s&apos;il a été distribué.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="69"/>
        <source>STARTTLS with a self-signed certificate that no authority vouches for: a careful client refuses it.</source>
        <translation>STARTTLS avec un certificat auto-signé qu&apos;aucune autorité ne garantit : un client prudent le refuse.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="72"/>
        <source>STARTTLS with a certificate whose validity ended yesterday.</source>
        <translation>STARTTLS avec un certificat dont la validité a pris fin hier.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="75"/>
        <source>STARTTLS is not advertised and refused, as when something on the way removes it: a careful client does not go on in the clear.</source>
        <translation>STARTTLS n&apos;est ni annoncé ni accepté, comme quand un intermédiaire le supprime : un client prudent ne continue pas en clair.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="79"/>
        <source>A slow server: every reply waits TIME (such as 500ms or 2s). Teaches timeouts.</source>
        <translation>Un serveur lent : chaque réponse attend TIME (par exemple 500ms ou 2s). Pour s&apos;exercer aux délais d&apos;expiration.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="83"/>
        <source>Every login is refused with 535 5.7.8 (authentication credentials invalid), even with the right password.</source>
        <translation>Chaque identification est refusée avec 535 5.7.8 (identifiants d&apos;authentification non valides), même avec le bon mot de passe.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="86"/>
        <source>MAIL before a login gets 530 5.7.0 (authentication required), as on every submission server.</source>
        <translation>MAIL avant une identification reçoit 530 5.7.0 (authentification obligatoire), comme sur tout serveur d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="95"/>
        <source>Faults for stamp practice --fault NAME (repeat for several):</source>
        <translation>Pannes pour stamp practice --fault NAME (à répéter pour plusieurs) :</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="112"/>
        <source>the fault %1 takes no value</source>
        <translation>la panne %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="136"/>
        <source>452-after needs a number of recipients from 0 to 1000, such as 452-after=2</source>
        <translation>452-after demande un nombre de destinataires de 0 à 1000, par exemple 452-after=2</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="146"/>
        <source>552-over needs a size in bytes, such as 552-over=1024</source>
        <translation>552-over demande une taille en octets, par exemple 552-over=1024</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="158"/>
        <source>421-at needs a stage: greeting, ehlo, mail, rcpt, data or end</source>
        <translation>421-at demande une étape : greeting, ehlo, mail, rcpt, data ou end</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="164"/>
        <source>slow needs a time up to 600s, such as slow=500ms or slow=2s</source>
        <translation>slow demande une durée d&apos;au plus 600s, par exemple slow=500ms ou slow=2s</translation>
    </message>
    <message>
        <location filename="../practice/faults.cpp" line="170"/>
        <source>unknown fault &apos;%1&apos; (see stamp practice --list)</source>
        <translation>panne inconnue « %1 » (voir stamp practice --list)</translation>
    </message>
</context>
<context>
    <name>practice::Inbox</name>
    <message>
        <location filename="../practice/inbox.cpp" line="20"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../practice/inbox.cpp" line="111"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>practice::Server</name>
    <message>
        <location filename="../practice/server.cpp" line="44"/>
        <source>this Qt has no TLS backend, so the practice server cannot offer STARTTLS</source>
        <translation>ce Qt n&apos;a pas de prise en charge TLS, le serveur d&apos;entraînement ne peut donc pas proposer STARTTLS</translation>
    </message>
    <message>
        <location filename="../practice/server.cpp" line="54"/>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <location filename="../smtp/lint.cpp" line="37"/>
        <source>The message has no From field, which every message must have (RFC 5322 §3.6).</source>
        <translation>Le message n&apos;a pas de champ From, que tout message doit avoir (RFC 5322 §3.6).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="38"/>
        <source>Add a From field with the sender&apos;s address.</source>
        <translation>Ajoutez un champ From avec l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="41"/>
        <source>The message file has no Date field, which RFC 5322 §3.6 requires; some servers add one, others reject the message or count it as spam.</source>
        <translation>Le fichier de message n&apos;a pas de champ Date, qu&apos;exige la RFC 5322 §3.6 ; certains serveurs en ajoutent un, d&apos;autres refusent le message ou le classent comme spam.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="43"/>
        <source>Add a Date field, for example &quot;Date: Wed, 02 Dec 2026 10:00:00 +0000&quot;.</source>
        <translation>Ajoutez un champ Date, par exemple « Date: Wed, 02 Dec 2026 10:00:00 +0000 ».</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="46"/>
        <source>The message file has no Message-ID field; replies cannot refer to it, and spam filters count its absence against it.</source>
        <translation>Le fichier de message n&apos;a pas de champ Message-ID ; les réponses ne peuvent pas y faire référence, et les filtres antispam pénalisent son absence.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="48"/>
        <source>Add a Message-ID field, for example &quot;Message-ID: &lt;unique-text@your-domain&gt;&quot;.</source>
        <translation>Ajoutez un champ Message-ID, par exemple « Message-ID: &lt;texte-unique@votre-domaine&gt; ».</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="52"/>
        <source>The message contains NUL bytes, which SMTP cannot carry without BINARYMIME; Stamp will not send it.</source>
        <translation>Le message contient des octets NUL, que SMTP ne peut pas transporter sans BINARYMIME ; Stamp ne l&apos;enverra pas.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="54"/>
        <source>Encode that part in base64.</source>
        <translation>Encodez cette partie en base64.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="67"/>
        <source>Encode that part in quoted-printable or base64, or break the lines.</source>
        <translation>Encodez cette partie en quoted-printable ou en base64, ou coupez les lignes.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="74"/>
        <source>The message has 8-bit content, but the server does not offer 8BITMIME (RFC 6152), so Stamp will not send it there.</source>
        <translation>Le message a un contenu 8 bits, mais le serveur ne propose pas 8BITMIME (RFC 6152) : Stamp ne l&apos;y enverra donc pas.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="76"/>
        <source>Encode the 8-bit parts in quoted-printable or base64, or use a server that offers 8BITMIME.</source>
        <translation>Encodez les parties 8 bits en quoted-printable ou en base64, ou utilisez un serveur qui propose 8BITMIME.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="82"/>
        <source>The message has 8-bit content: it needs a server that offers 8BITMIME (RFC 6152), as most do. Stamp will refuse to send it to one that does not.</source>
        <translation>Le message a un contenu 8 bits : il lui faut un serveur qui propose 8BITMIME (RFC 6152), comme la plupart. Stamp refusera de l&apos;envoyer à un serveur qui ne le propose pas.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="89"/>
        <source>An address has non-ASCII characters before the @, which needs a server that offers SMTPUTF8 (RFC 6531).</source>
        <translation>Une adresse a des caractères non ASCII avant le @, ce qui demande un serveur qui propose SMTPUTF8 (RFC 6531).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="91"/>
        <source>The header section holds raw UTF-8 (RFC 6532), which needs a server that offers SMTPUTF8 (RFC 6531).</source>
        <translation>La section d&apos;en-têtes contient de l&apos;UTF-8 brut (RFC 6532), ce qui demande un serveur qui propose SMTPUTF8 (RFC 6531).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="96"/>
        <source>This server does not, so Stamp will not send it there.</source>
        <translation>Ce serveur ne le propose pas : Stamp ne l&apos;y enverra donc pas.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="97"/>
        <source>Use ASCII addresses and RFC 2047 encoded words in the headers, or a server that offers SMTPUTF8.</source>
        <translation>Utilisez des adresses ASCII et des mots encodés RFC 2047 dans les en-têtes, ou un serveur qui propose SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="101"/>
        <source>Many servers do not offer it.</source>
        <translation>Beaucoup de serveurs ne le proposent pas.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="102"/>
        <source>Check that your server offers SMTPUTF8 (stamp probe), or use ASCII addresses and RFC 2047 encoded words.</source>
        <translation>Vérifiez que votre serveur propose SMTPUTF8 (stamp probe), ou utilisez des adresses ASCII et des mots encodés RFC 2047.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="113"/>
        <source>The attachment %1 alone takes %2 bytes in the message, over the %3 bytes the server accepts (SIZE, RFC 1870).</source>
        <translation>La pièce jointe %1 occupe à elle seule %2 octets dans le message, au-delà des %3 octets que le serveur accepte (SIZE, RFC 1870).</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="118"/>
        <source>Send %1 another way (a link to a shared file), or compress it.</source>
        <translation>Envoyez %1 autrement (un lien vers un fichier partagé), ou compressez-la.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="123"/>
        <source>The message is %1 bytes, but the server accepts at most %2 bytes (SIZE, RFC 1870), so Stamp will not send it there.</source>
        <translation>Le message fait %1 octets, mais le serveur accepte au plus %2 octets (SIZE, RFC 1870) : Stamp ne l&apos;y enverra donc pas.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="127"/>
        <source>Make the attachments smaller, or share them another way.</source>
        <translation>Réduisez la taille des pièces jointes, ou partagez-les autrement.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="132"/>
        <source>A To or Cc field cannot be read as addresses, so the preview cannot tell who is Bcc: %1</source>
        <translation>Un champ To ou Cc ne peut pas être lu comme une liste d&apos;adresses, l&apos;aperçu ne peut donc pas dire qui est en Cci : %1</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="135"/>
        <source>Correct the field.</source>
        <translation>Corrigez le champ.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="140"/>
        <source>%1 is named in the header but is not a recipient of the envelope: no copy goes there.</source>
        <translation>%1 est nommé dans l&apos;en-tête mais n&apos;est pas un destinataire de l&apos;enveloppe : aucune copie n&apos;y est envoyée.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="145"/>
        <source>The message has no subject; recipients and spam filters treat such mail with suspicion.</source>
        <translation>Le message n&apos;a pas d&apos;objet ; les destinataires et les filtres antispam se méfient de ce genre de courrier.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="147"/>
        <source>Add a subject.</source>
        <translation>Ajoutez un objet.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="172"/>
        <source>The TXT record of %1 could not be looked up (%2), so it was not checked.</source>
        <translation>L&apos;enregistrement TXT de %1 n&apos;a pas pu être consulté (%2) : il n&apos;a donc pas été vérifié.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="173"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="183"/>
        <source>The From domain %1 publishes no SPF record: receivers cannot tell which servers may send its mail, and many file such mail as spam.</source>
        <translation>Le domaine de l&apos;expéditeur %1 ne publie pas d&apos;enregistrement SPF : les destinataires ne peuvent pas savoir quels serveurs peuvent envoyer son courrier, et beaucoup classent ce courrier comme spam.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="186"/>
        <source>Publish a TXT record at %1 such as &quot;v=spf1 mx include:YOUR-PROVIDER -all&quot;; stamp check-domain %1 checks it in full.</source>
        <translation>Publiez un enregistrement TXT sur %1 comme « v=spf1 mx include:VOTRE-FOURNISSEUR -all » ; stamp check-domain %1 le vérifie entièrement.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="201"/>
        <source>The From domain %1 publishes no DMARC record; large providers require one and may reject or file the message as spam.</source>
        <translation>Le domaine de l&apos;expéditeur %1 ne publie pas d&apos;enregistrement DMARC ; les grands fournisseurs en exigent un et peuvent refuser le message ou le classer comme spam.</translation>
    </message>
    <message>
        <location filename="../smtp/lint.cpp" line="204"/>
        <source>Publish a TXT record at _dmarc.%1: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot; to start with; stamp check-domain %1 checks it in full.</source>
        <translation>Publiez un enregistrement TXT sur _dmarc.%1 : « v=DMARC1; p=none; rua=mailto:dmarc@%1 » pour commencer ; stamp check-domain %1 le vérifie entièrement.</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="124"/>
        <source>Bcc (envelope only: in no header)</source>
        <translation>Cci (enveloppe uniquement : dans aucun en-tête)</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="468"/>
        <source>%1 on the wire, %2 decoded</source>
        <translation>%1 sur le réseau, %2 une fois décodé</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="481"/>
        <source>Envelope (what the server is told; recipients in no header are Bcc):</source>
        <translation>Enveloppe (ce qui est dit au serveur ; les destinataires absents des en-têtes sont en Cci) :</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="486"/>
        <source>(named in the header but sent no copy: %1)</source>
        <translation>(nommé dans l&apos;en-tête mais aucune copie envoyée : %1)</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="490"/>
        <source>(the server&apos;s EHLO is not known: built as for a server offering 8BITMIME and SMTPUTF8; SIZE= is added when the server offers SIZE)</source>
        <translation>(l&apos;EHLO du serveur n&apos;est pas connu : construit comme pour un serveur proposant 8BITMIME et SMTPUTF8 ; SIZE= est ajouté quand le serveur propose SIZE)</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="493"/>
        <source>Header section, exactly as it goes out:</source>
        <translation>Section d&apos;en-têtes, exactement telle qu&apos;elle part :</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="495"/>
        <source>MIME structure:</source>
        <translation>Structure MIME :</translation>
    </message>
    <message>
        <location filename="../smtp/preview.cpp" line="498"/>
        <source>Size: %1</source>
        <translation>Taille : %1</translation>
    </message>
</context>
<context>
    <name>smtp::Address</name>
    <message>
        <location filename="../smtp/address.cpp" line="104"/>
        <source>The address %1 has a control character (U+%2) before the @, which cannot be written in MAIL FROM or RCPT TO.</source>
        <translation>L&apos;adresse %1 contient un caractère de contrôle (U+%2) avant le @, qui ne peut pas être écrit dans MAIL FROM ou RCPT TO.</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="109"/>
        <source>The address %1 has non-ASCII characters before the @; it can only be sent with SMTPUTF8.</source>
        <translation>L&apos;adresse %1 contient des caractères non ASCII avant le @ ; elle ne peut être envoyée qu&apos;avec SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="115"/>
        <source>&quot;%1&quot; is not a complete e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse électronique complète.</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="190"/>
        <location filename="../smtp/address.cpp" line="595"/>
        <source>&quot;%1&quot;: a &apos;,&apos; is missing between two addresses</source>
        <translation>« %1 » : il manque une « , » entre deux adresses</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="253"/>
        <location filename="../smtp/address.cpp" line="638"/>
        <source>&quot;%1&quot; contains a line break or NUL character</source>
        <translation>« %1 » contient un saut de ligne ou un caractère NUL</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="284"/>
        <source>&quot;%1&quot;: a comment in parentheses is not closed</source>
        <translation>« %1 » : un commentaire entre parenthèses n&apos;est pas fermé</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="305"/>
        <source>&quot;%1&quot;: a quoted part is not closed</source>
        <translation>« %1 » : une partie entre guillemets n&apos;est pas fermée</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="313"/>
        <source>&quot;%1&quot;: the domain in brackets has a &apos;[&apos; or &apos;\&apos; in it</source>
        <translation>« %1 » : le domaine entre crochets contient un « [ » ou un « \ »</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="322"/>
        <source>&quot;%1&quot;: the domain in brackets is not closed</source>
        <translation>« %1 » : le domaine entre crochets n&apos;est pas fermé</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="343"/>
        <source>&quot;%1&quot; has a character that is not allowed there: %2</source>
        <translation>« %1 » contient un caractère qui n&apos;est pas permis à cet endroit : %2</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="472"/>
        <source>&quot;%1&quot;: the domain after &apos;@&apos; is missing or has a misplaced dot</source>
        <translation>« %1 » : le domaine après « @ » manque ou contient un point mal placé</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="475"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid domain</source>
        <translation>« %1 » : « %2 » n&apos;est pas un domaine valide</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="487"/>
        <location filename="../smtp/address.cpp" line="497"/>
        <source>&quot;%1&quot;: the part before &apos;@&apos; is empty</source>
        <translation>« %1 » : la partie avant « @ » est vide</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="491"/>
        <source>&quot;%1&quot; is not an e-mail address (it needs a name, &apos;@&apos; and a domain)</source>
        <translation>« %1 » n&apos;est pas une adresse électronique (il faut un nom, « @ » et un domaine)</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="492"/>
        <source>&quot;%1&quot;: the part before &apos;@&apos; has characters that need quoting, or a misplaced dot</source>
        <translation>« %1 » : la partie avant « @ » contient des caractères qui doivent être entre guillemets, ou un point mal placé</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="499"/>
        <source>&quot;%1&quot;: the part before &apos;@&apos; is longer than 64 bytes</source>
        <translation>« %1 » : la partie avant « @ » dépasse 64 octets</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="523"/>
        <location filename="../smtp/address.cpp" line="531"/>
        <source>&quot;%1&quot;: the route before the address is malformed</source>
        <translation>« %1 » : la route avant l&apos;adresse est mal formée</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="544"/>
        <source>&quot;%1&quot;: the address after &apos;&lt;&apos; has no closing &apos;&gt;&apos;</source>
        <translation>« %1 » : l&apos;adresse après « &lt; » n&apos;a pas de « &gt; » fermant</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="587"/>
        <source>&quot;%1&quot;: a group cannot hold another group</source>
        <translation>« %1 » : un groupe ne peut pas contenir un autre groupe</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="600"/>
        <source>&quot;%1&quot;: a &apos;:&apos; without a group name before it</source>
        <translation>« %1 » : un « : » sans nom de groupe avant lui</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="662"/>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="664"/>
        <source>&quot;%1&quot; holds more than one address</source>
        <translation>« %1 » contient plus d&apos;une adresse</translation>
    </message>
    <message>
        <location filename="../smtp/address.cpp" line="667"/>
        <source>&quot;%1&quot; is a group, not one address</source>
        <translation>« %1 » est un groupe, pas une seule adresse</translation>
    </message>
</context>
<context>
    <name>smtp::ConsoleSession</name>
    <message>
        <location filename="../smtp/consolesession.cpp" line="125"/>
        <location filename="../smtp/consolesession.cpp" line="165"/>
        <source>Not sent: %1.</source>
        <translation>Non envoyé : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="130"/>
        <source>Not sent: Stamp already logged in for this session with the account&apos;s secret, which is never typed or shown here; a second AUTH is refused by servers (RFC 4954 §4).</source>
        <translation>Non envoyé : Stamp s&apos;est déjà identifié pour cette session avec le secret du compte, qui n&apos;est jamais saisi ni affiché ici ; les serveurs refusent un second AUTH (RFC 4954 §4).</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="135"/>
        <source>Not sent: Stamp already set up the encryption this session uses (or the account has none); STARTTLS may be used only once (RFC 3207 §4.2).</source>
        <translation>Non envoyé : Stamp a déjà mis en place le chiffrement qu&apos;utilise cette session (ou le compte n&apos;en a pas) ; STARTTLS ne peut être utilisé qu&apos;une fois (RFC 3207 §4.2).</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="140"/>
        <source>Not sent: BDAT needs the exact size of each chunk in octets, which cannot be typed reliably by hand; use DATA, and Stamp ends the content with CRLF.CRLF.</source>
        <translation>Non envoyé : BDAT demande la taille exacte de chaque bloc en octets, qu&apos;on ne peut pas saisir de façon fiable à la main ; utilisez DATA, et Stamp termine le contenu par CRLF.CRLF.</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="145"/>
        <source>Not sent: the console offers %1.</source>
        <translation>Non envoyé : la console propose %1.</translation>
    </message>
    <message>
        <location filename="../smtp/consolesession.cpp" line="181"/>
        <source>. (end of message, %1 bytes sent)</source>
        <translation>. (fin du message, %1 octets envoyés)</translation>
    </message>
</context>
<context>
    <name>smtp::Diagnosis</name>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="54"/>
        <source>Google accepts a password for SMTP only as an app password, and this account has 2-step verification.</source>
        <translation>Google n&apos;accepte un mot de passe pour SMTP que sous forme de mot de passe d&apos;application, et ce compte a la validation en deux étapes.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="58"/>
        <source>Sign in with Google instead, or create an app password in your Google Account (Security, App passwords) and use it in place of your normal password.</source>
        <translation>Connectez-vous plutôt avec Google, ou créez un mot de passe d&apos;application dans votre compte Google (Sécurité, Mots de passe des applications) et utilisez-le à la place de votre mot de passe habituel.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="65"/>
        <source>Google blocked this sign-in until it is confirmed in a web browser.</source>
        <translation>Google a bloqué cette connexion jusqu&apos;à ce qu&apos;elle soit confirmée dans un navigateur web.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="67"/>
        <source>Sign in with Google instead; or log in to Gmail in a browser, confirm the sign-in, and try again.</source>
        <translation>Connectez-vous plutôt avec Google ; ou connectez-vous à Gmail dans un navigateur, confirmez la connexion, et réessayez.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="71"/>
        <source>Google did not accept the user name or password.</source>
        <translation>Google n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="72"/>
        <source>Sign in with Google instead; a password works only as an app password, with 2-step verification on.</source>
        <translation>Connectez-vous plutôt avec Google ; un mot de passe ne fonctionne que comme mot de passe d&apos;application, avec la validation en deux étapes activée.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="77"/>
        <source>Google refuses logins for a while after too many attempts.</source>
        <translation>Google refuse les connexions pendant un moment après trop de tentatives.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="78"/>
        <source>Wait a few minutes; Stamp will try again later. Check the password before the next attempt.</source>
        <translation>Patientez quelques minutes ; Stamp réessaiera plus tard. Vérifiez le mot de passe avant la prochaine tentative.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="84"/>
        <source>SMTP AUTH (client submission) is turned off for this Microsoft 365 mailbox.</source>
        <translation>SMTP AUTH (envoi par un client) est désactivé pour cette boîte aux lettres Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="86"/>
        <source>Sign in with Microsoft instead; or ask the administrator to enable Authenticated SMTP for this mailbox in the Microsoft 365 admin center.</source>
        <translation>Connectez-vous plutôt avec Microsoft ; ou demandez à l&apos;administrateur d&apos;activer le SMTP authentifié (Authenticated SMTP) pour cette boîte aux lettres dans le centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="93"/>
        <source>The organisation&apos;s security defaults block password logins for SMTP.</source>
        <translation>Les paramètres de sécurité par défaut de l&apos;organisation bloquent les identifications par mot de passe pour SMTP.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="95"/>
        <source>Sign in with Microsoft instead; passwords are refused while security defaults are on.</source>
        <translation>Connectez-vous plutôt avec Microsoft ; les mots de passe sont refusés tant que les paramètres de sécurité par défaut sont activés.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="100"/>
        <source>Microsoft no longer accepts a password (basic authentication) for SMTP.</source>
        <translation>Microsoft n&apos;accepte plus de mot de passe (authentification de base) pour SMTP.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="102"/>
        <source>Sign in with Microsoft (OAuth 2.0) instead of a password.</source>
        <translation>Connectez-vous avec Microsoft (OAuth 2.0) plutôt qu&apos;avec un mot de passe.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="104"/>
        <source>Microsoft did not accept the login: a wrong password, or password logins are off for this account.</source>
        <translation>Microsoft n&apos;a pas accepté l&apos;identification : mot de passe erroné, ou identification par mot de passe désactivée pour ce compte.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="106"/>
        <source>Sign in with Microsoft instead; if you must use a password, check it and ask the administrator whether Authenticated SMTP is enabled.</source>
        <translation>Connectez-vous plutôt avec Microsoft ; si vous devez utiliser un mot de passe, vérifiez-le et demandez à l&apos;administrateur si le SMTP authentifié (Authenticated SMTP) est activé.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="112"/>
        <source>Microsoft refused the password login by the organisation&apos;s policy.</source>
        <translation>Microsoft a refusé l&apos;identification par mot de passe en raison de la politique de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="114"/>
        <source>Sign in with Microsoft instead; or ask the administrator why password logins are blocked for this account.</source>
        <translation>Connectez-vous plutôt avec Microsoft ; ou demandez à l&apos;administrateur pourquoi les identifications par mot de passe sont bloquées pour ce compte.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="120"/>
        <source>Microsoft does not accept mail from a client that has not logged in.</source>
        <translation>Microsoft n&apos;accepte pas de courrier d&apos;un client qui ne s&apos;est pas identifié.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="122"/>
        <source>Set the account to log in (Sign in with Microsoft, or user name and password) and send again.</source>
        <translation>Configurez le compte pour qu&apos;il s&apos;identifie (Se connecter avec Microsoft, ou nom d&apos;utilisateur et mot de passe) et renvoyez.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="127"/>
        <source>This account may not send with that From address.</source>
        <translation>Ce compte n&apos;a pas le droit d&apos;envoyer avec cette adresse d&apos;expéditeur (From).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="128"/>
        <source>Send from the account&apos;s own address, or ask the administrator for Send As permission.</source>
        <translation>Envoyez depuis l&apos;adresse du compte lui-même, ou demandez à l&apos;administrateur l&apos;autorisation Envoyer en tant que (Send As).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="135"/>
        <source>Nothing accepted the connection on port 25.</source>
        <translation>Rien n&apos;a accepté la connexion sur le port 25.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="136"/>
        <source>Port 25 is for servers talking to servers and is often blocked: use 587 (STARTTLS) or 465 (TLS) of your provider&apos;s submission server.</source>
        <translation>Le port 25 sert aux échanges entre serveurs et est souvent bloqué : utilisez le port 587 (STARTTLS) ou 465 (TLS) du serveur d&apos;envoi de votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="143"/>
        <source>The connection to port 25 timed out.</source>
        <translation>Le délai de connexion au port 25 a expiré.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="144"/>
        <source>Port 25 is often blocked by internet providers: use 587 (STARTTLS) or 465 (TLS) instead.</source>
        <translation>Le port 25 est souvent bloqué par les fournisseurs d&apos;accès à internet : utilisez plutôt 587 (STARTTLS) ou 465 (TLS).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="149"/>
        <source>The server refused the connection: nothing listens on that port.</source>
        <translation>Le serveur a refusé la connexion : rien n&apos;écoute sur ce port.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="150"/>
        <source>Check the server name and port: usually 587 with STARTTLS or 465 with TLS (port 25 is often blocked).</source>
        <translation>Vérifiez le nom du serveur et le port : d&apos;habitude 587 avec STARTTLS ou 465 avec TLS (le port 25 est souvent bloqué).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="157"/>
        <source>The server name was not found in DNS.</source>
        <translation>Le nom du serveur est introuvable dans le DNS.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="158"/>
        <source>Check the spelling of the server name, and that this computer is online.</source>
        <translation>Vérifiez l&apos;orthographe du nom du serveur, et que cet ordinateur est connecté à internet.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="162"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="163"/>
        <source>Check the server and port; a firewall may drop the connection. Port 25 is often blocked: use 587 or 465.</source>
        <translation>Vérifiez le serveur et le port ; un pare-feu bloque peut-être la connexion. Le port 25 est souvent bloqué : utilisez 587 ou 465.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="168"/>
        <source>The server stopped answering in the middle of the conversation.</source>
        <translation>Le serveur a cessé de répondre au milieu de la conversation.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="169"/>
        <source>The server or the network may be overloaded; Stamp will try again later. If the message was complete, check whether it arrived before sending it again.</source>
        <translation>Le serveur ou le réseau est peut-être surchargé ; Stamp réessaiera plus tard. Si le message était complet, vérifiez s&apos;il est arrivé avant de le renvoyer.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="176"/>
        <source>The network could not reach the server.</source>
        <translation>Le réseau n&apos;a pas pu atteindre le serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="177"/>
        <source>Check that this computer is online; Stamp will try again later.</source>
        <translation>Vérifiez que cet ordinateur est connecté à internet ; Stamp réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="180"/>
        <source>The server closed the connection without a reply.</source>
        <translation>Le serveur a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="181"/>
        <source>Often a wrong security setting: port 465 wants TLS from the start, port 587 wants STARTTLS.</source>
        <translation>Souvent un mauvais réglage de sécurité : le port 465 veut TLS dès le début, le port 587 veut STARTTLS.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="186"/>
        <source>The server did not answer TLS: the security setting does not fit the port.</source>
        <translation>Le serveur n&apos;a pas répondu en TLS : le réglage de sécurité ne correspond pas au port.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="188"/>
        <source>Use TLS with port 465, STARTTLS with port 587.</source>
        <translation>Utilisez TLS avec le port 465, STARTTLS avec le port 587.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="192"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="193"/>
        <source>The server&apos;s administrator must renew it. Check the computer&apos;s date too.</source>
        <translation>L&apos;administrateur du serveur doit le renouveler. Vérifiez aussi la date de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="197"/>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="198"/>
        <source>Check this computer&apos;s date and time; otherwise the administrator must fix the certificate.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur ; sinon, l&apos;administrateur doit corriger le certificat.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="203"/>
        <source>The server&apos;s certificate chain ends in a root that is not trusted.</source>
        <translation>La chaîne de certificats du serveur aboutit à une racine qui n&apos;est pas approuvée.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="205"/>
        <source>Add that root with --ca-file if it is your organisation&apos;s CA; otherwise do not send.</source>
        <translation>Ajoutez cette racine avec --ca-file si c&apos;est l&apos;autorité de certification de votre organisation ; sinon, n&apos;envoyez pas.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="210"/>
        <source>The server&apos;s certificate is self-signed: nobody Stamp trusts vouches for it.</source>
        <translation>Le certificat du serveur est auto-signé : personne à qui Stamp fait confiance ne s&apos;en porte garant.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="212"/>
        <source>If this is your own server, give its certificate with --ca-file or trust it once for this account; otherwise do not send.</source>
        <translation>S&apos;il s&apos;agit de votre propre serveur, donnez son certificat avec --ca-file ou approuvez-le une fois pour ce compte ; sinon, n&apos;envoyez pas.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="218"/>
        <source>The certificate is made out to a name other than the server&apos;s.</source>
        <translation>Le certificat est établi pour un autre nom que celui du serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="219"/>
        <source>Use the server name the certificate covers (shown in the certificate), usually the provider&apos;s documented name.</source>
        <translation>Utilisez le nom de serveur que couvre le certificat (affiché dans le certificat), d&apos;habitude le nom indiqué dans la documentation du fournisseur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="226"/>
        <source>The certificate&apos;s issuer is not known here: an intermediate certificate is missing or the CA is private.</source>
        <translation>L&apos;émetteur du certificat n&apos;est pas connu ici : il manque un certificat intermédiaire, ou l&apos;autorité de certification est privée.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="230"/>
        <source>The administrator should send the full chain; for a private CA give it with --ca-file.</source>
        <translation>L&apos;administrateur devrait envoyer la chaîne complète ; pour une autorité de certification privée, donnez-la avec --ca-file.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="235"/>
        <source>The server&apos;s certificate is not trusted for this purpose.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé pour cet usage.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="236"/>
        <source>Check the server name; for a private CA give it with --ca-file.</source>
        <translation>Vérifiez le nom du serveur ; pour une autorité de certification privée, donnez-la avec --ca-file.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="238"/>
        <source>The server&apos;s certificate was revoked by its issuer.</source>
        <translation>Le certificat du serveur a été révoqué par son émetteur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="239"/>
        <source>Do not send; tell the server&apos;s administrator.</source>
        <translation>N&apos;envoyez pas ; prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="242"/>
        <source>Do not send unless you know why: check the server name and this computer&apos;s clock; for a private CA give it with --ca-file.</source>
        <translation>N&apos;envoyez pas, sauf si vous savez pourquoi : vérifiez le nom du serveur et l&apos;horloge de cet ordinateur ; pour une autorité de certification privée, donnez-la avec --ca-file.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="249"/>
        <source>Check that this computer is online and the server name and port are right; Stamp will try again later.</source>
        <translation>Vérifiez que cet ordinateur est connecté à internet et que le nom du serveur et le port sont corrects ; Stamp réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="256"/>
        <source>The server did not offer STARTTLS, so the connection could not be encrypted.</source>
        <translation>Le serveur n&apos;a pas proposé STARTTLS : la connexion n&apos;a donc pas pu être chiffrée.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="258"/>
        <source>Use port 465 with TLS, or check the server; Stamp does not send a password or message unencrypted.</source>
        <translation>Utilisez le port 465 avec TLS, ou vérifiez le serveur ; Stamp n&apos;envoie jamais de mot de passe ni de message sans chiffrement.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="262"/>
        <source>The server offers only an old TLS version, which Stamp refuses.</source>
        <translation>Le serveur ne propose qu&apos;une ancienne version de TLS, que Stamp refuse.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="263"/>
        <source>The server must support TLS 1.2 or later; tell its administrator.</source>
        <translation>Le serveur doit prendre en charge TLS 1.2 ou ultérieur ; prévenez son administrateur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="268"/>
        <source>The server wants the connection encrypted before anything else.</source>
        <translation>Le serveur veut que la connexion soit chiffrée avant toute autre chose.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="269"/>
        <location filename="../smtp/diagnosis.cpp" line="272"/>
        <location filename="../smtp/diagnosis.cpp" line="275"/>
        <location filename="../smtp/diagnosis.cpp" line="278"/>
        <source>Choose STARTTLS (port 587) or TLS (port 465) as security.</source>
        <translation>Choisissez STARTTLS (port 587) ou TLS (port 465) comme sécurité.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="271"/>
        <location filename="../smtp/diagnosis.cpp" line="277"/>
        <source>This login method is allowed only over an encrypted connection.</source>
        <translation>Cette méthode d&apos;identification n&apos;est permise que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="274"/>
        <source>Encryption is needed before this login method can be used.</source>
        <translation>Le chiffrement est nécessaire avant de pouvoir utiliser cette méthode d&apos;identification.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="280"/>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="281"/>
        <source>Ask the provider or administrator to enable it again.</source>
        <translation>Demandez au fournisseur ou à l&apos;administrateur de le réactiver.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="284"/>
        <source>The account is locked or suspended.</source>
        <translation>Le compte est verrouillé ou suspendu.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="285"/>
        <source>Unlock it on the provider&apos;s web site or ask the administrator; another password will not help.</source>
        <translation>Déverrouillez-le sur le site web du fournisseur ou demandez à l&apos;administrateur ; un autre mot de passe n&apos;y changera rien.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="289"/>
        <location filename="../smtp/diagnosis.cpp" line="297"/>
        <source>The server does not offer this login method.</source>
        <translation>Le serveur ne propose pas cette méthode d&apos;identification.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="290"/>
        <source>Set authentication to automatic, or pick one of the methods the server lists after AUTH in its EHLO reply.</source>
        <translation>Réglez l&apos;authentification sur automatique, ou choisissez l&apos;une des méthodes que le serveur liste après AUTH dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="298"/>
        <source>Set authentication to automatic, or pick one of the methods the server lists after AUTH.</source>
        <translation>Réglez l&apos;authentification sur automatique, ou choisissez l&apos;une des méthodes que le serveur liste après AUTH.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="302"/>
        <source>The server finds this login method too weak for this account.</source>
        <translation>Le serveur juge cette méthode d&apos;identification trop faible pour ce compte.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="303"/>
        <source>Pick a stronger method, such as SCRAM-SHA-256, or OAuth 2.0 where the provider has it.</source>
        <translation>Choisissez une méthode plus robuste, comme SCRAM-SHA-256, ou OAuth 2.0 si le fournisseur le propose.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="307"/>
        <source>The server wants one login with a plain password before this method works.</source>
        <translation>Le serveur veut une première identification avec un simple mot de passe avant que cette méthode fonctionne.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="309"/>
        <source>Log in once with PLAIN over TLS, then switch back.</source>
        <translation>Identifiez-vous une fois avec PLAIN sur TLS, puis revenez à la méthode précédente.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="311"/>
        <source>The server could not check the login just now.</source>
        <translation>Le serveur n&apos;a pas pu vérifier l&apos;identification pour le moment.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="312"/>
        <location filename="../smtp/diagnosis.cpp" line="389"/>
        <location filename="../smtp/diagnosis.cpp" line="491"/>
        <source>Nothing to change: Stamp will try again later.</source>
        <translation>Rien à changer : Stamp réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="314"/>
        <location filename="../smtp/diagnosis.cpp" line="319"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Le serveur n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="315"/>
        <location filename="../smtp/diagnosis.cpp" line="320"/>
        <source>Check both; many providers want the whole address as user name, and some want an app password.</source>
        <translation>Vérifiez les deux ; beaucoup de fournisseurs veulent l&apos;adresse complète comme nom d&apos;utilisateur, et certains un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="324"/>
        <location filename="../smtp/diagnosis.cpp" line="340"/>
        <source>The server sends mail only for users who have logged in.</source>
        <translation>Le serveur n&apos;envoie du courrier que pour les utilisateurs identifiés.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="325"/>
        <location filename="../smtp/diagnosis.cpp" line="341"/>
        <source>Enter a user name and password (or sign in) for this account.</source>
        <translation>Saisissez un nom d&apos;utilisateur et un mot de passe (ou connectez-vous) pour ce compte.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="330"/>
        <source>The server refused to pass the message on: it does not relay for clients that have not logged in.</source>
        <translation>Le serveur a refusé de faire suivre le message : il ne sert pas de relais aux clients non identifiés.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="333"/>
        <source>Log in (set a user name and password) and send through your own provider&apos;s submission server on 587 or 465.</source>
        <translation>Identifiez-vous (indiquez un nom d&apos;utilisateur et un mot de passe) et envoyez par le serveur d&apos;envoi de votre propre fournisseur sur le port 587 ou 465.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="346"/>
        <source>The server does not let this account send with that sender address.</source>
        <translation>Le serveur ne laisse pas ce compte envoyer avec cette adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="348"/>
        <source>Send from the address that belongs to the account you log in with.</source>
        <translation>Envoyez depuis l&apos;adresse qui appartient au compte avec lequel vous vous identifiez.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="351"/>
        <source>The server asks unknown senders to come back later (greylisting): a normal first answer.</source>
        <translation>Le serveur demande aux expéditeurs inconnus de revenir plus tard (greylisting) : une première réponse normale.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="354"/>
        <location filename="../smtp/diagnosis.cpp" line="495"/>
        <location filename="../smtp/diagnosis.cpp" line="501"/>
        <source>Nothing to change: the message stays in the outbox and Stamp will try again later.</source>
        <translation>Rien à changer : le message reste dans la boîte d&apos;envoi et Stamp réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="358"/>
        <source>The server limits how much you may send in a while.</source>
        <translation>Le serveur limite la quantité de courrier que vous pouvez envoyer en un temps donné.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="359"/>
        <source>Wait: the message stays in the outbox and Stamp will try again later; send fewer at a time.</source>
        <translation>Patientez : le message reste dans la boîte d&apos;envoi et Stamp réessaiera plus tard ; envoyez-en moins à la fois.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="363"/>
        <source>The server thinks it is being flooded with similar messages.</source>
        <translation>Le serveur pense être submergé de messages similaires.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="364"/>
        <source>Wait before sending more: Stamp will try again later.</source>
        <translation>Patientez avant d&apos;en envoyer d&apos;autres : Stamp réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="367"/>
        <location filename="../smtp/diagnosis.cpp" line="371"/>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>La boîte aux lettres du destinataire est pleine.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="368"/>
        <location filename="../smtp/diagnosis.cpp" line="372"/>
        <source>Tell the recipient another way, or try again after they make room.</source>
        <translation>Prévenez le destinataire par un autre moyen, ou réessayez quand il aura fait de la place.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="375"/>
        <location filename="../smtp/diagnosis.cpp" line="383"/>
        <source>The message is larger than the server accepts.</source>
        <translation>Le message est plus gros que ce qu&apos;accepte le serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="376"/>
        <location filename="../smtp/diagnosis.cpp" line="384"/>
        <source>Send smaller attachments (or a link to them); the server&apos;s SIZE in its EHLO reply is its limit.</source>
        <translation>Envoyez des pièces jointes plus petites (ou un lien vers elles) ; le SIZE de la réponse du serveur à EHLO est sa limite.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="380"/>
        <source>The message is larger than the recipient&apos;s mailbox accepts.</source>
        <translation>Le message est plus gros que ce qu&apos;accepte la boîte aux lettres du destinataire.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="381"/>
        <source>Send smaller attachments, or a link to them.</source>
        <translation>Envoyez des pièces jointes plus petites, ou un lien vers elles.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="388"/>
        <source>The server is short of storage right now.</source>
        <translation>Le serveur manque d&apos;espace de stockage en ce moment.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="391"/>
        <source>The message has more recipients than the server takes at once.</source>
        <translation>Le message a plus de destinataires que le serveur n&apos;en accepte à la fois.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="392"/>
        <source>Send it in smaller groups of recipients.</source>
        <translation>Envoyez-le à des groupes de destinataires plus petits.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="397"/>
        <location filename="../smtp/diagnosis.cpp" line="400"/>
        <source>The recipient&apos;s address does not exist.</source>
        <translation>L&apos;adresse du destinataire n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="398"/>
        <location filename="../smtp/diagnosis.cpp" line="401"/>
        <source>Check the spelling of the address with the recipient.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;adresse auprès du destinataire.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="403"/>
        <source>The sender address&apos;s domain does not exist or cannot receive replies.</source>
        <translation>Le domaine de l&apos;adresse de l&apos;expéditeur n&apos;existe pas ou ne peut pas recevoir de réponses.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="405"/>
        <source>Check the From address: its domain must exist in DNS and accept mail.</source>
        <translation>Vérifiez l&apos;adresse de l&apos;expéditeur (From) : son domaine doit exister dans le DNS et accepter du courrier.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="408"/>
        <source>The recipient&apos;s domain publishes that it takes no mail at all (null MX).</source>
        <translation>Le domaine du destinataire indique qu&apos;il n&apos;accepte aucun courrier (MX nul).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="410"/>
        <source>Check the domain of the address; that domain cannot receive mail.</source>
        <translation>Vérifiez le domaine de l&apos;adresse ; ce domaine ne peut pas recevoir de courrier.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="413"/>
        <source>An address has non-ASCII characters and the server does not support SMTPUTF8.</source>
        <translation>Une adresse a des caractères non ASCII et le serveur ne prend pas en charge SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="415"/>
        <source>Use an ASCII form of the address, if the recipient has one.</source>
        <translation>Utilisez une forme ASCII de l&apos;adresse, si le destinataire en a une.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="421"/>
        <source>The receiving server refused the sending server&apos;s IP address because it is on the %1 blocklist.</source>
        <translation>Le serveur destinataire a refusé l&apos;adresse IP du serveur d&apos;envoi parce qu&apos;elle figure sur la liste de blocage %1.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="424"/>
        <source>Look the address up on %1&apos;s web site and ask for removal; or send through your provider&apos;s submission server (587 or 465) rather than from this network directly.</source>
        <translation>Recherchez l&apos;adresse sur le site web de %1 et demandez son retrait ; ou envoyez par le serveur d&apos;envoi de votre fournisseur (587 ou 465) plutôt que directement depuis ce réseau.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="430"/>
        <source>The receiving server refused the sending server&apos;s IP address because it is on a blocklist the reply names.</source>
        <translation>Le serveur destinataire a refusé l&apos;adresse IP du serveur d&apos;envoi parce qu&apos;elle figure sur une liste de blocage que la réponse nomme.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="433"/>
        <source>Look the address up on that list&apos;s web site and ask for removal; or send through your provider&apos;s submission server (587 or 465) rather than from this network directly.</source>
        <translation>Recherchez l&apos;adresse sur le site web de cette liste et demandez son retrait ; ou envoyez par le serveur d&apos;envoi de votre fournisseur (587 ou 465) plutôt que directement depuis ce réseau.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="438"/>
        <source>The message failed the sender domain&apos;s DMARC policy: SPF or DKIM did not pass for the From domain.</source>
        <translation>Le message n&apos;a pas satisfait la politique DMARC du domaine de l&apos;expéditeur : SPF ou DKIM n&apos;a pas réussi pour le domaine du From.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="440"/>
        <source>The From domain must publish SPF that lists the sending server and sign with DKIM; send through that domain&apos;s own server.</source>
        <translation>Le domaine du From doit publier un SPF qui liste le serveur d&apos;envoi et signer avec DKIM ; envoyez par le propre serveur de ce domaine.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="444"/>
        <source>The message failed the receiver&apos;s authentication checks (SPF, DKIM, DMARC).</source>
        <translation>Le message a échoué aux vérifications d&apos;authentification du destinataire (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="446"/>
        <source>Send through the From domain&apos;s own server, which passes SPF and signs with DKIM.</source>
        <translation>Envoyez par le propre serveur du domaine du From, qui passe SPF et signe avec DKIM.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="449"/>
        <location filename="../smtp/diagnosis.cpp" line="454"/>
        <source>The message has no valid DKIM signature for its domain.</source>
        <translation>Le message n&apos;a pas de signature DKIM valide pour son domaine.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="450"/>
        <location filename="../smtp/diagnosis.cpp" line="455"/>
        <source>Send through the From domain&apos;s own server, which signs with DKIM, or set DKIM up for the domain.</source>
        <translation>Envoyez par le propre serveur du domaine du From, qui signe avec DKIM, ou mettez en place DKIM pour le domaine.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="459"/>
        <location filename="../smtp/diagnosis.cpp" line="465"/>
        <source>The sender&apos;s domain does not list this sending server in its SPF record.</source>
        <translation>Le domaine de l&apos;expéditeur ne liste pas ce serveur d&apos;envoi dans son enregistrement SPF.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="461"/>
        <location filename="../smtp/diagnosis.cpp" line="467"/>
        <source>Send through the sender domain&apos;s own server, or add this server to the domain&apos;s SPF record.</source>
        <translation>Envoyez par le propre serveur du domaine de l&apos;expéditeur, ou ajoutez ce serveur à l&apos;enregistrement SPF du domaine.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="472"/>
        <source>The sending server&apos;s IP address has no matching reverse DNS name.</source>
        <translation>L&apos;adresse IP du serveur d&apos;envoi n&apos;a pas de nom DNS inverse correspondant.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="474"/>
        <source>Send through your provider&apos;s submission server; a server&apos;s own PTR record is set by whoever owns its address.</source>
        <translation>Envoyez par le serveur d&apos;envoi de votre fournisseur ; l&apos;enregistrement PTR d&apos;un serveur est défini par le propriétaire de son adresse.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="479"/>
        <source>The receiving server judged the message to be spam.</source>
        <translation>Le serveur destinataire a jugé que le message était du spam.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="480"/>
        <source>Check the content (links, attachments, subject), and send through your provider&apos;s server with SPF, DKIM and DMARC in place.</source>
        <translation>Vérifiez le contenu (liens, pièces jointes, objet), et envoyez par le serveur de votre fournisseur avec SPF, DKIM et DMARC en place.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="486"/>
        <source>The receiving server refused the message by its policy.</source>
        <translation>Le serveur destinataire a refusé le message en raison de sa politique.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="487"/>
        <source>Read the server&apos;s text for the reason; its administrator can tell more.</source>
        <translation>Lisez le texte du serveur pour connaître la raison ; son administrateur peut en dire plus.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="490"/>
        <source>The server is closing the connection (busy, or going down).</source>
        <translation>Le serveur ferme la connexion (occupé, ou en cours d&apos;arrêt).</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="493"/>
        <source>The server had a problem of its own and could not take the message now.</source>
        <translation>Le serveur a eu un problème interne et n&apos;a pas pu prendre le message pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="499"/>
        <source>The server could not take it now, for a reason it expects to pass.</source>
        <translation>Le serveur n&apos;a pas pu le prendre pour l&apos;instant, pour une raison qu&apos;il pense passagère.</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="657"/>
        <source>Sign in with Google instead. %1</source>
        <translation>Connectez-vous plutôt avec Google. %1</translation>
    </message>
    <message>
        <location filename="../smtp/diagnosis.cpp" line="659"/>
        <source>Sign in with Microsoft instead. %1</source>
        <translation>Connectez-vous plutôt avec Microsoft. %1</translation>
    </message>
</context>
<context>
    <name>smtp::DnsResolver</name>
    <message>
        <location filename="../smtp/dnsresolver.cpp" line="60"/>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>smtp::DomainCheck</name>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="506"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="545"/>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="547"/>
        <source>the server answered with a redirect (HTTP %1), which MTA-STS does not follow</source>
        <translation>le serveur a répondu par une redirection (HTTP %1), que MTA-STS ne suit pas</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="553"/>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="555"/>
        <source>the file is larger than 64 KiB</source>
        <translation>le fichier dépasse 64 Kio</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="557"/>
        <source>the file is served as &quot;%1&quot;, not text/plain</source>
        <translation>le fichier est servi en « %1 », pas en text/plain</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="610"/>
        <source>A lookup got no answer: %1</source>
        <translation>Une requête n&apos;a pas eu de réponse : %1</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="611"/>
        <source>Try again; if it persists, the domain&apos;s DNS servers are not answering.</source>
        <translation>Réessayez ; si cela persiste, les serveurs DNS du domaine ne répondent pas.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="627"/>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
</context>
<context>
    <name>smtp::Explain</name>
    <message>
        <location filename="../smtp/explain.cpp" line="63"/>
        <source>connecting</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="65"/>
        <source>the greeting</source>
        <translation>le message d&apos;accueil</translation>
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
        <translation>la négociation TLS</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="74"/>
        <source>the login (AUTH)</source>
        <translation>l&apos;identification (AUTH)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="76"/>
        <source>the envelope sender (MAIL FROM)</source>
        <translation>l&apos;expéditeur de l&apos;enveloppe (MAIL FROM)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="78"/>
        <source>a recipient (RCPT TO)</source>
        <translation>un destinataire (RCPT TO)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="80"/>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="82"/>
        <source>the message content</source>
        <translation>le contenu du message</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="84"/>
        <source>a BDAT chunk</source>
        <translation>un bloc BDAT</translation>
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
        <translation>EHLO à nouveau : après STARTTLS, les deux côtés oublient tout ce qui a été dit avant la négociation (RFC 3207 §4.2), donc Stamp redemande les extensions ; une fois chiffré, le serveur peut en proposer davantage, comme AUTH.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="106"/>
        <source>EHLO: Stamp says its name and asks which extensions (ESMTP) the server offers; the reply lists them, one per line (RFC 5321 §4.1.1.1).</source>
        <translation>EHLO : Stamp donne son nom et demande quelles extensions (ESMTP) le serveur propose ; la réponse les liste, une par ligne (RFC 5321 §4.1.1.1).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="111"/>
        <source>HELO: the old greeting for servers that do not know EHLO; it offers no extensions.</source>
        <translation>HELO : l&apos;ancien message d&apos;accueil pour les serveurs qui ne connaissent pas EHLO ; il ne propose aucune extension.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="115"/>
        <source>STARTTLS: asks to turn this connection into an encrypted one (TLS) before anything private, such as a password, is sent (RFC 3207).</source>
        <translation>STARTTLS : demande à passer cette connexion en chiffré (TLS) avant d&apos;envoyer quoi que ce soit de privé, comme un mot de passe (RFC 3207).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="121"/>
        <source>AUTH %1: Stamp logs in with the %1 method (RFC 4954). The secret is masked in this log.</source>
        <translation>AUTH %1 : Stamp s&apos;identifie avec la méthode %1 (RFC 4954). Le secret est masqué dans ce journal.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="125"/>
        <source>The next step of the login, answering the server&apos;s 334 (masked).</source>
        <translation>L&apos;étape suivante de l&apos;identification, en réponse au 334 du serveur (masquée).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="128"/>
        <source>MAIL FROM starts a message and gives the envelope sender: where bounces go. Servers act on the envelope; the From: header inside the message is what people see, and the two may differ (RFC 5321 §3.3).</source>
        <translation>MAIL FROM commence un message et donne l&apos;expéditeur de l&apos;enveloppe : là où vont les retours d&apos;erreur. Les serveurs agissent selon l&apos;enveloppe ; l&apos;en-tête From: dans le message est ce que les gens voient, et les deux peuvent différer (RFC 5321 §3.3).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="134"/>
        <source>RCPT TO names one envelope recipient. Every recipient gets its own RCPT, Bcc included: the To: and Cc: headers are only what readers see, so a Bcc recipient appears here and nowhere in the message.</source>
        <translation>RCPT TO nomme un destinataire de l&apos;enveloppe. Chaque destinataire a son propre RCPT, Cci compris : les en-têtes To: et Cc: ne sont que ce que voient les lecteurs, donc un destinataire en Cci apparaît ici et nulle part dans le message.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="140"/>
        <source>DATA asks to send the message itself. The server answers 354 (go ahead), not 250: nothing is accepted yet, the verdict on the message comes after its final dot.</source>
        <translation>DATA demande à envoyer le message lui-même. Le serveur répond 354 (allez-y), pas 250 : rien n&apos;est encore accepté, le verdict sur le message vient après son point final.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="146"/>
        <source>BDAT ... LAST: the message content as a chunk of exact size (CHUNKING, RFC 3030) instead of DATA and a final dot: no 354 step, no dot-stuffing. Its reply decides whether the message is accepted.</source>
        <translation>BDAT ... LAST : le contenu du message en un bloc de taille exacte (CHUNKING, RFC 3030) au lieu de DATA et d&apos;un point final : pas d&apos;étape 354, pas de doublement des points. Sa réponse décide si le message est accepté.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="151"/>
        <source>The end of the message: a line holding only a dot (CRLF.CRLF). The reply to it decides whether the server accepted the message.</source>
        <translation>La fin du message : une ligne ne contenant qu&apos;un point (CRLF.CRLF). La réponse à cette ligne décide si le serveur a accepté le message.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="156"/>
        <source>BDAT: one chunk of the message content (CHUNKING, RFC 3030); more follow.</source>
        <translation>BDAT : un bloc du contenu du message (CHUNKING, RFC 3030) ; d&apos;autres suivent.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="159"/>
        <source>RSET abandons the message in progress so the next one starts clean; the connection stays.</source>
        <translation>RSET abandonne le message en cours pour que le suivant reparte de zéro ; la connexion reste ouverte.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="163"/>
        <source>NOOP does nothing; it checks that the server is still there.</source>
        <translation>NOOP ne fait rien ; il vérifie que le serveur est toujours là.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="166"/>
        <source>QUIT ends the conversation; the server answers 221 and closes. Messages it already accepted are not affected.</source>
        <translation>QUIT termine la conversation ; le serveur répond 221 et ferme. Les messages déjà acceptés ne sont pas concernés.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="175"/>
        <source>VRFY asks whether the server knows a mailbox.</source>
        <translation>VRFY demande si le serveur connaît une boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="177"/>
        <source>EXPN asks the server to list a mailing list&apos;s members.</source>
        <translation>EXPN demande au serveur de lister les membres d&apos;une liste de diffusion.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="180"/>
        <source>HELP asks the server for help text.</source>
        <translation>HELP demande un texte d&apos;aide au serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="182"/>
        <source>A lone * cancels the login exchange (RFC 4954 §4).</source>
        <translation>Un * seul annule l&apos;échange d&apos;identification (RFC 4954 §4).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="191"/>
        <source>The server is closing the connection: nothing more is sent now; try again later.</source>
        <translation>Le serveur ferme la connexion : plus rien n&apos;est envoyé pour l&apos;instant ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="197"/>
        <source>Stamp greets it with EHLO next.</source>
        <translation>Stamp le salue ensuite avec EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="198"/>
        <source>The server does not take mail from Stamp now; nothing was sent.</source>
        <translation>Le serveur n&apos;accepte pas de courrier de Stamp pour l&apos;instant ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="202"/>
        <source>Stamp reads the extensions and goes on with STARTTLS and AUTH as needed, then ends with QUIT: a probe sends no message.</source>
        <translation>Stamp lit les extensions et continue avec STARTTLS et AUTH selon le besoin, puis termine par QUIT : une sonde n&apos;envoie aucun message.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="207"/>
        <source>Stamp reads the extensions and sets up the session with STARTTLS and AUTH as needed; then the next command is yours to type.</source>
        <translation>Stamp lit les extensions et met en place la session avec STARTTLS et AUTH selon le besoin ; c&apos;est ensuite à vous de saisir la commande suivante.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="212"/>
        <source>Stamp reads the extensions and goes on: STARTTLS, AUTH or MAIL, as needed.</source>
        <translation>Stamp lit les extensions et continue : STARTTLS, AUTH ou MAIL, selon le besoin.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="215"/>
        <source>Stamp falls back to HELO if nothing needs an extension, or stops.</source>
        <translation>Stamp revient à HELO si rien ne demande d&apos;extension, sinon il s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="221"/>
        <source>Stamp starts the TLS handshake now.</source>
        <translation>Stamp commence maintenant la négociation TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="222"/>
        <source>Stamp stops: it never goes on without encryption when STARTTLS is required.</source>
        <translation>Stamp s&apos;arrête : il ne continue jamais sans chiffrement quand STARTTLS est exigé.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="226"/>
        <source>Stamp sends the next step of the login.</source>
        <translation>Stamp envoie l&apos;étape suivante de l&apos;identification.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="228"/>
        <source>Logged in: the login works; the probe ends with QUIT and sends no MAIL.</source>
        <translation>Connecté : l&apos;identification fonctionne ; la sonde se termine par QUIT et n&apos;envoie aucun MAIL.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="231"/>
        <source>Logged in: the session is set up; the next command is yours to type (MAIL FROM starts a message).</source>
        <translation>Connecté : la session est en place ; c&apos;est à vous de saisir la commande suivante (MAIL FROM commence un message).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="236"/>
        <source>Logged in: Stamp starts the message with MAIL FROM.</source>
        <translation>Identifié : Stamp commence le message avec MAIL FROM.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="239"/>
        <source>The login failed for now; nothing was sent, try again later.</source>
        <translation>L&apos;identification a échoué pour l&apos;instant ; rien n&apos;a été envoyé, réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="241"/>
        <source>The login was refused: Stamp stops; nothing was sent.</source>
        <translation>L&apos;identification a été refusée : Stamp s&apos;arrête ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="245"/>
        <source>Stamp names the recipients next (RCPT TO).</source>
        <translation>Stamp nomme ensuite les destinataires (RCPT TO).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="247"/>
        <location filename="../smtp/explain.cpp" line="276"/>
        <source>Not sent yet: the message stays in the outbox and Stamp will try again later.</source>
        <translation>Pas encore envoyé : le message reste dans la boîte d&apos;envoi et Stamp réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="250"/>
        <source>The sender was refused: the message is not sent.</source>
        <translation>L&apos;expéditeur a été refusé : le message n&apos;est pas envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="254"/>
        <source>This recipient is accepted; Stamp goes on with the next one or with the content.</source>
        <translation>Ce destinataire est accepté ; Stamp continue avec le suivant ou avec le contenu.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="258"/>
        <source>This recipient is not accepted yet: Stamp will try again later.</source>
        <translation>Ce destinataire n&apos;est pas encore accepté : Stamp réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="260"/>
        <source>This recipient is refused; the message still goes to the recipients that were accepted.</source>
        <translation>Ce destinataire est refusé ; le message part quand même vers les destinataires acceptés.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="265"/>
        <source>Go ahead: Stamp sends the message now and ends it with a line holding only a dot. It is 354 and not 250 because nothing is accepted yet: the verdict on the message comes after the dot.</source>
        <translation>Allez-y : Stamp envoie maintenant le message et le termine par une ligne ne contenant qu&apos;un point. C&apos;est 354 et non 250 parce que rien n&apos;est encore accepté : le verdict sur le message vient après le point.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="273"/>
        <source>Sent: the server has taken responsibility for delivering the message.</source>
        <translation>Envoyé : le serveur a pris en charge la distribution du message.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="279"/>
        <source>The message was refused: it stays in the outbox with this reason; sending the same again will fail again.</source>
        <translation>Le message a été refusé : il reste dans la boîte d&apos;envoi avec cette raison ; renvoyer le même message échouera de nouveau.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="285"/>
        <source>Stamp sends the next chunk.</source>
        <translation>Stamp envoie le bloc suivant.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="289"/>
        <source>The next message starts clean.</source>
        <translation>Le message suivant repart de zéro.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="292"/>
        <source>The conversation is over.</source>
        <translation>La conversation est terminée.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="299"/>
        <source>Not done yet: this may work later.</source>
        <translation>Pas encore fait : cela pourra marcher plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="301"/>
        <source>Refused: Stamp stops here.</source>
        <translation>Refusé : Stamp s&apos;arrête ici.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="311"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="315"/>
        <source>; %1 &quot;%2&quot;: %3</source>
        <translation>; %1 « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="320"/>
        <source>. Next: %1</source>
        <translation>. Ensuite : %1</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="335"/>
        <source>PIPELINING: Stamp may send several commands at once without waiting for each reply (RFC 2920).</source>
        <translation>PIPELINING : Stamp peut envoyer plusieurs commandes à la fois sans attendre chaque réponse (RFC 2920).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="337"/>
        <source>SIZE: the largest message the server accepts, in bytes (RFC 1870).</source>
        <translation>SIZE : le plus gros message que le serveur accepte, en octets (RFC 1870).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="339"/>
        <source>STARTTLS: the connection can be switched to encryption (RFC 3207).</source>
        <translation>STARTTLS : la connexion peut passer en chiffré (RFC 3207).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="341"/>
        <source>AUTH: the login methods the server offers (RFC 4954).</source>
        <translation>AUTH : les méthodes d&apos;identification que le serveur propose (RFC 4954).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="343"/>
        <source>8BITMIME: the content may use 8-bit text (RFC 6152).</source>
        <translation>8BITMIME : le contenu peut utiliser du texte 8 bits (RFC 6152).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="345"/>
        <source>SMTPUTF8: addresses and headers may use UTF-8 (RFC 6531).</source>
        <translation>SMTPUTF8 : les adresses et les en-têtes peuvent utiliser l&apos;UTF-8 (RFC 6531).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="346"/>
        <source>CHUNKING: the content may be sent with BDAT in chunks of exact size (RFC 3030).</source>
        <translation>CHUNKING : le contenu peut être envoyé avec BDAT en blocs de taille exacte (RFC 3030).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="350"/>
        <source>BINARYMIME: binary content may be sent with BDAT (RFC 3030).</source>
        <translation>BINARYMIME : du contenu binaire peut être envoyé avec BDAT (RFC 3030).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="351"/>
        <source>DSN: Stamp may ask for delivery status notifications (RFC 3461).</source>
        <translation>DSN : Stamp peut demander des notifications d&apos;état de distribution (RFC 3461).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="354"/>
        <source>ENHANCEDSTATUSCODES: replies carry a detailed code such as 5.1.1 (RFC 2034, RFC 3463).</source>
        <translation>ENHANCEDSTATUSCODES : les réponses portent un code détaillé comme 5.1.1 (RFC 2034, RFC 3463).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="358"/>
        <source>REQUIRETLS: a message may demand encryption on every hop (RFC 8689).</source>
        <translation>REQUIRETLS : un message peut exiger le chiffrement à chaque étape (RFC 8689).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="361"/>
        <source>DELIVERBY: a message may ask to be delivered within a time (RFC 2852).</source>
        <translation>DELIVERBY : un message peut demander à être distribué dans un délai (RFC 2852).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="364"/>
        <source>MT-PRIORITY: messages may carry a priority (RFC 6710).</source>
        <translation>MT-PRIORITY : les messages peuvent porter une priorité (RFC 6710).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="366"/>
        <source>LIMITS: the server&apos;s limits, such as recipients per message (RFC 9422).</source>
        <translation>LIMITS : les limites du serveur, comme le nombre de destinataires par message (RFC 9422).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="368"/>
        <source>BURL: the content may be fetched from an IMAP server (RFC 4468).</source>
        <translation>BURL : le contenu peut être récupéré depuis un serveur IMAP (RFC 4468).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="370"/>
        <source>VRFY: the server answers questions about mailboxes.</source>
        <translation>VRFY : le serveur répond aux questions sur les boîtes aux lettres.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="371"/>
        <source>ETRN: a client may ask the server to flush its queue (RFC 1985).</source>
        <translation>ETRN : un client peut demander au serveur de vider sa file d&apos;attente (RFC 1985).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="373"/>
        <source>HELP: the server answers HELP.</source>
        <translation>HELP : le serveur répond à HELP.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="468"/>
        <source>An extension the server offers.</source>
        <translation>Une extension que le serveur propose.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="471"/>
        <source>More text of the same reply.</source>
        <translation>Suite de la même réponse.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="476"/>
        <source>Every recipient was refused before, so this refusal only says that again (RFC 2920 §3.1). The recipients&apos; replies decide, and one of them was temporary: Stamp tries again later.</source>
        <translation>Tous les destinataires ont été refusés avant : ce refus ne fait que le redire (RFC 2920 §3.1). Ce sont les réponses aux destinataires qui décident, et l&apos;une d&apos;elles était temporaire : Stamp réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="481"/>
        <source>Every recipient was refused before, so this refusal only says that again (RFC 2920 §3.1). The recipients&apos; replies decide: read them above.</source>
        <translation>Tous les destinataires ont été refusés avant : ce refus ne fait que le redire (RFC 2920 §3.1). Ce sont les réponses aux destinataires qui décident : lisez-les plus haut.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="497"/>
        <source>. %1 Fix: %2</source>
        <translation>. %1 Solution : %2</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="502"/>
        <source>The message as it goes out: its header section (From, To, Subject: what readers see) and the size of the whole. Delivery follows the envelope (MAIL FROM, RCPT TO), not these headers.</source>
        <translation>Le message tel qu&apos;il part : sa section d&apos;en-têtes (From, To, Subject : ce que voient les lecteurs) et la taille de l&apos;ensemble. La distribution suit l&apos;enveloppe (MAIL FROM, RCPT TO), pas ces en-têtes.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="509"/>
        <source>The connection is encrypted now, and the certificate was checked: it is valid, trusted and made out to the server&apos;s name.</source>
        <translation>La connexion est maintenant chiffrée, et le certificat a été vérifié : il est valide, de confiance et établi au nom du serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="514"/>
        <source>The TLS handshake: both sides agree on a cipher and the server proves its name with a certificate.</source>
        <translation>La négociation TLS : les deux côtés s&apos;accordent sur un chiffrement et le serveur prouve son nom avec un certificat.</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="520"/>
        <source>A new connection to the submission server: port 587 starts plain and switches with STARTTLS, port 465 is encrypted from the first byte (RFC 8314).</source>
        <translation>Une nouvelle connexion au serveur d&apos;envoi : le port 587 commence en clair et passe en chiffré avec STARTTLS, le port 465 est chiffré dès le premier octet (RFC 8314).</translation>
    </message>
    <message>
        <location filename="../smtp/explain.cpp" line="531"/>
        <source>%1 Fix: %2</source>
        <translation>%1 Solution : %2</translation>
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
        <translation>info</translation>
    </message>
    <message>
        <location filename="../smtp/finding.cpp" line="15"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../smtp/finding.cpp" line="17"/>
        <source>problem</source>
        <translation>problème</translation>
    </message>
</context>
<context>
    <name>smtp::Lint</name>
    <message numerus="yes">
        <location filename="../smtp/lint.cpp" line="60"/>
        <source>%n line(s) are longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6); the first is line %1, the longest has %2 octets. Stamp will not send the message.</source>
        <translation>
            <numerusform>%n ligne dépasse les 998 octets que permet SMTP (RFC 5321 §4.5.3.1.6) ; la première est la ligne %1, la plus longue fait %2 octets. Stamp n&apos;enverra pas le message.</numerusform>
            <numerusform>%n lignes dépassent les 998 octets que permet SMTP (RFC 5321 §4.5.3.1.6) ; la première est la ligne %1, la plus longue fait %2 octets. Stamp n&apos;enverra pas le message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtp::Message</name>
    <message>
        <location filename="../smtp/message.cpp" line="35"/>
        <source>The message has no sender (From) address.</source>
        <translation>Le message n&apos;a pas d&apos;adresse d&apos;expéditeur (From).</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="37"/>
        <source>The message has no recipient: add at least one To, Cc or Bcc address.</source>
        <translation>Le message n&apos;a pas de destinataire : ajoutez au moins une adresse To, Cc ou Bcc.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="40"/>
        <source>The subject contains a line break or NUL character; it was not sent so that nothing can be smuggled into the headers.</source>
        <translation>L&apos;objet contient un saut de ligne ou un caractère NUL ; il n&apos;a pas été envoyé, pour que rien ne puisse être glissé dans les en-têtes.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="45"/>
        <source>A group of recipients has no name or a line break in it.</source>
        <translation>Un groupe de destinataires n&apos;a pas de nom ou contient un saut de ligne.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="49"/>
        <source>The address %1 contains a line break or NUL character.</source>
        <translation>L&apos;adresse %1 contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="64"/>
        <source>The attachment %1 no longer exists.</source>
        <translation>La pièce jointe %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="67"/>
        <source>The attachment %1 cannot be read (not a readable file).</source>
        <translation>La pièce jointe %1 ne peut pas être lue (ce n&apos;est pas un fichier lisible).</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="71"/>
        <source>The attachment name %1 contains a line break.</source>
        <translation>Le nom de la pièce jointe %1 contient un saut de ligne.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="140"/>
        <source>The address %1 has non-ASCII characters before the @; it can only be written in a message sent with SMTPUTF8.</source>
        <translation>L&apos;adresse %1 contient des caractères non ASCII avant le @ ; elle ne peut être écrite que dans un message envoyé avec SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="218"/>
        <source>The attachment %1 could not be read while sending (%2); the message was abandoned, not sent short.</source>
        <translation>La pièce jointe %1 n&apos;a pas pu être lue pendant l&apos;envoi (%2) ; le message a été abandonné, et non envoyé tronqué.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="224"/>
        <source>it got shorter</source>
        <translation>le fichier a raccourci</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="298"/>
        <source>The message file %1 starts with a folded line (&quot;%2&quot;), which belongs to no header field.</source>
        <translation>Le fichier de message %1 commence par une ligne repliée (« %2 »), qui n&apos;appartient à aucun champ d&apos;en-tête.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="316"/>
        <source>Line %1 of the header section of %2 is not a header field (&quot;Name: value&quot;): &quot;%3&quot;. Stamp does not guess where the header ends, so that no Bcc can slip into the message.</source>
        <translation>La ligne %1 de la section d&apos;en-têtes de %2 n&apos;est pas un champ d&apos;en-tête (« Nom: valeur ») : « %3 ». Stamp ne devine pas où finissent les en-têtes, pour qu&apos;aucun Bcc ne puisse se glisser dans le message.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="335"/>
        <source>The header section of %1 has 8-bit characters that are not UTF-8; RFC 6532 allows only UTF-8 there, so the message cannot be sent as it is.</source>
        <translation>La section d&apos;en-têtes de %1 contient des caractères 8 bits qui ne sont pas de l&apos;UTF-8 ; la RFC 6532 n&apos;y autorise que l&apos;UTF-8, donc le message ne peut pas être envoyé tel quel.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="352"/>
        <source>The %1 field of %2 cannot be read as RFC 5322 addresses, so Stamp cannot tell who it names: %3</source>
        <translation>Le champ %1 de %2 ne peut pas être lu comme des adresses RFC 5322, donc Stamp ne peut pas savoir qui il désigne : %3</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="367"/>
        <source>The message file %1 cannot be read: %2</source>
        <translation>Le fichier de message %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="394"/>
        <location filename="../smtp/message.cpp" line="517"/>
        <source>The message file %1 could not be read: %2</source>
        <translation>Le fichier de message %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="405"/>
        <source>The header section of %1 is longer than %2 bytes, so Stamp cannot read all of its fields (a Bcc among them would reach the recipients); the message was not sent.</source>
        <translation>La section d&apos;en-têtes de %1 dépasse %2 octets, donc Stamp ne peut pas en lire tous les champs (un Bcc parmi eux parviendrait aux destinataires) ; le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="416"/>
        <source>The message file %1 changed while it was being sent; the message was abandoned.</source>
        <translation>Le fichier de message %1 a changé pendant son envoi ; le message a été abandonné.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="466"/>
        <source>The message file %1 is empty.</source>
        <translation>Le fichier de message %1 est vide.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="470"/>
        <source>The message file %1 contains NUL bytes, which SMTP can only carry with BINARYMIME, and Stamp does not implement it. Encode that part (for example in base64) and send it again.</source>
        <translation>Le fichier de message %1 contient des octets NUL, que SMTP ne peut transporter qu&apos;avec BINARYMIME, et Stamp ne le prend pas en charge. Encodez cette partie (par exemple en base64) et renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="477"/>
        <source>Line %1 of the message file %2 is longer than 998 bytes, which SMTP can only carry with BINARYMIME, and Stamp does not implement it. Encode that part (for example in quoted-printable) and send it again.</source>
        <translation>La ligne %1 du fichier de message %2 dépasse 998 octets, ce que SMTP ne peut transporter qu&apos;avec BINARYMIME, et Stamp ne le prend pas en charge. Encodez cette partie (par exemple en quoted-printable) et renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="485"/>
        <source>The header fields of %1 hold UTF-8 (RFC 6532), but the server does not offer SMTPUTF8, so the message cannot be sent there as it is.</source>
        <translation>Les champs d&apos;en-tête de %1 contiennent de l&apos;UTF-8 (RFC 6532), mais le serveur ne propose pas SMTPUTF8, donc le message ne peut pas y être envoyé tel quel.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="490"/>
        <source>The message file %1 has 8-bit content, but the server does not offer 8BITMIME, so it cannot be sent there as it is (RFC 6152).</source>
        <translation>Le fichier de message %1 a un contenu 8 bits, mais le serveur ne propose pas 8BITMIME, donc il ne peut pas y être envoyé tel quel (RFC 6152).</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="533"/>
        <source>The message file %1 changed while it was being sent; the message was abandoned, not sent short.</source>
        <translation>Le fichier de message %1 a changé pendant son envoi ; le message a été abandonné, et non envoyé tronqué.</translation>
    </message>
    <message>
        <location filename="../smtp/message.cpp" line="605"/>
        <source>The message file %1 has Resent- fields, so it is being resent, but its newest Resent- block names no Resent-To, Resent-Cc or Resent-Bcc; give the recipients explicitly.</source>
        <translation>Le fichier de message %1 a des champs Resent-, il est donc renvoyé, mais son bloc Resent- le plus récent ne nomme aucun Resent-To, Resent-Cc ou Resent-Bcc ; indiquez les destinataires explicitement.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="155"/>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>La pièce jointe %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="200"/>
        <source>The formatted text contains a NUL character.</source>
        <translation>Le texte mis en forme contient un caractère NUL.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="202"/>
        <source>The message has inline images but no formatted text to show them in.</source>
        <translation>Le message a des images intégrées mais pas de texte mis en forme pour les afficher.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="207"/>
        <source>The image %1 cannot be read (not a readable file).</source>
        <translation>L&apos;image %1 ne peut pas être lue (ce n&apos;est pas un fichier lisible).</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="211"/>
        <source>The image %1 has a Content-ID that is not of the form part@domain: %2</source>
        <translation>L&apos;image %1 a un Content-ID qui n&apos;est pas de la forme partie@domaine : %2</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="216"/>
        <source>The image name %1 contains a line break.</source>
        <translation>Le nom de l&apos;image %1 contient un saut de ligne.</translation>
    </message>
    <message>
        <location filename="../smtp/mimebody.cpp" line="222"/>
        <source>Two images have the same Content-ID %1.</source>
        <translation>Deux images ont le même Content-ID %1.</translation>
    </message>
</context>
<context>
    <name>smtp::Outcome</name>
    <message>
        <location filename="../smtp/outcome.cpp" line="29"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="31"/>
        <source>partly sent</source>
        <translation>envoyé en partie</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="33"/>
        <source>temporary failure</source>
        <translation>échec temporaire</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="35"/>
        <source>permanent failure</source>
        <translation>échec permanent</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="37"/>
        <source>connection failed</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="39"/>
        <source>TLS failed</source>
        <translation>échec TLS</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="41"/>
        <source>authentication failed</source>
        <translation>échec de l&apos;authentification</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="43"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="45"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="47"/>
        <source>may have been delivered</source>
        <translation>peut-être distribué</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="49"/>
        <source>not sent (local error)</source>
        <translation>non envoyé (erreur locale)</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="51"/>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="90"/>
        <source>Result: %1. %2</source>
        <translation>Résultat : %1. %2</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="92"/>
        <source>Server said: %1 (%2)</source>
        <translation>Le serveur a dit : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="95"/>
        <source>  accepted %1: %2</source>
        <translation>  accepté %1 : %2</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="97"/>
        <source>  REFUSED  %1: %2</source>
        <translation>  REFUSÉ  %1 : %2</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="99"/>
        <source>  no answer %1: the server may have accepted it</source>
        <translation>  pas de réponse %1 : le serveur l&apos;a peut-être acceptée</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="101"/>
        <source>  not tried %1</source>
        <translation>  pas essayé %1</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="104"/>
        <source>  certificate problem: %1</source>
        <translation>  problème de certificat : %1</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="106"/>
        <source>  certificate SHA-256: %1</source>
        <translation>  SHA-256 du certificat : %1</translation>
    </message>
    <message>
        <location filename="../smtp/outcome.cpp" line="109"/>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
</context>
<context>
    <name>smtp::Preview</name>
    <message>
        <location filename="../smtp/preview.cpp" line="69"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>smtp::ProbeReport</name>
    <message>
        <location filename="../smtp/probe.cpp" line="26"/>
        <source>Server: %1 port %2 (%3)</source>
        <translation>Serveur : %1 port %2 (%3)</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="31"/>
        <source>Greeting: %1</source>
        <translation>Message d&apos;accueil : %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="32"/>
        <source>Time per stage: %1</source>
        <translation>Durée de chaque étape : %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="35"/>
        <source>Extensions (after STARTTLS):</source>
        <translation>Extensions (après STARTTLS) :</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="35"/>
        <source>Extensions:</source>
        <translation>Extensions :</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="52"/>
        <source>Offered only before TLS: %1</source>
        <translation>Proposé seulement avant TLS : %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="57"/>
        <source>AUTH: no login mechanism offered</source>
        <translation>AUTH : aucun mécanisme d&apos;identification proposé</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="58"/>
        <source>AUTH mechanisms: %1</source>
        <translation>Mécanismes AUTH : %1</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="60"/>
        <source>Warning: the server offers AUTH without encryption; a password would travel in clear.</source>
        <translation>Attention : le serveur propose AUTH sans chiffrement ; un mot de passe circulerait en clair.</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="61"/>
        <source>SIZE: messages up to %1 bytes (%2 MB)</source>
        <translation>SIZE : messages jusqu&apos;à %1 octets (%2 Mo)</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="65"/>
        <source>SIZE: offered, with no limit given</source>
        <translation>SIZE : proposé, sans limite indiquée</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="66"/>
        <source>SIZE: not offered (the limit, if any, shows only when a message is refused)</source>
        <translation>SIZE : non proposé (la limite éventuelle n&apos;apparaît que lorsqu&apos;un message est refusé)</translation>
    </message>
    <message>
        <location filename="../smtp/probe.cpp" line="72"/>
        <source>No message was sent (no MAIL command).</source>
        <translation>Aucun message n&apos;a été envoyé (pas de commande MAIL).</translation>
    </message>
</context>
<context>
    <name>smtp::ReplyParser</name>
    <message>
        <location filename="../smtp/reply.cpp" line="138"/>
        <source>the server sent a reply line longer than %1 bytes</source>
        <translation>le serveur a envoyé une ligne de réponse de plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../smtp/reply.cpp" line="142"/>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>le serveur a envoyé une réponse de plus de %1 lignes</translation>
    </message>
    <message>
        <location filename="../smtp/reply.cpp" line="146"/>
        <source>the server sent a line that is not an SMTP reply</source>
        <translation>le serveur a envoyé une ligne qui n&apos;est pas une réponse SMTP</translation>
    </message>
</context>
<context>
    <name>smtp::SaslMechanism</name>
    <message>
        <location filename="../smtp/auth.cpp" line="72"/>
        <source>user name &quot;%1&quot;</source>
        <translation>nom d&apos;utilisateur « %1 »</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="85"/>
        <source>[%1 and password, hidden]</source>
        <translation>[%1 et mot de passe, masqués]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="96"/>
        <source>the server asked for the PLAIN credentials again</source>
        <translation>le serveur a redemandé les identifiants PLAIN</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="123"/>
        <source>the server kept asking for more login steps than LOGIN has</source>
        <translation>le serveur a continué à demander plus d&apos;étapes d&apos;identification que LOGIN n&apos;en a</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="129"/>
        <source>[%1, base64]</source>
        <translation>[%1, base64]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="133"/>
        <source>[password, hidden]</source>
        <translation>[mot de passe, masqué]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="155"/>
        <source>the server asked for a second CRAM-MD5 step</source>
        <translation>le serveur a demandé une deuxième étape CRAM-MD5</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="161"/>
        <source>[%1 and digest, hidden]</source>
        <translation>[%1 et condensé, masqués]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="190"/>
        <source>the user name cannot be used with SCRAM: %1</source>
        <translation>le nom d&apos;utilisateur est inutilisable avec SCRAM : %1</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="197"/>
        <source>the password cannot be used with SCRAM: %1</source>
        <translation>le mot de passe est inutilisable avec SCRAM : %1</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="204"/>
        <source>the user name is empty after SASLprep (RFC 4013), and SCRAM needs one</source>
        <translation>le nom d&apos;utilisateur est vide après SASLprep (RFC 4013), et SCRAM en demande un</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="234"/>
        <source>(empty response: server signature verified)</source>
        <translation>(réponse vide : signature du serveur vérifiée)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="240"/>
        <source>the server asked for more SCRAM steps than there are</source>
        <translation>le serveur a demandé plus d&apos;étapes SCRAM qu&apos;il n&apos;y en a</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="249"/>
        <source>the server sent its final SCRAM message before a valid first one</source>
        <translation>le serveur a envoyé son message SCRAM final avant un premier message valide</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="259"/>
        <source>the server&apos;s final SCRAM message is malformed (neither v= nor e=): it may not be the server it claims to be</source>
        <translation>le message SCRAM final du serveur est mal formé (ni v= ni e=) : ce n&apos;est peut-être pas le serveur qu&apos;il prétend être</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="265"/>
        <source>the server could not prove that it knows the password (SCRAM server signature wrong): it may not be the server it claims to be</source>
        <translation>le serveur n&apos;a pas pu prouver qu&apos;il connaît le mot de passe (signature SCRAM du serveur incorrecte) : ce n&apos;est peut-être pas le serveur qu&apos;il prétend être</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="335"/>
        <source>the server could not read Stamp&apos;s message</source>
        <translation>le serveur n&apos;a pas pu lire le message de Stamp</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="337"/>
        <source>the server does not support an extension Stamp used</source>
        <translation>le serveur ne prend pas en charge une extension utilisée par Stamp</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="339"/>
        <source>the password is not the one the server knows</source>
        <translation>le mot de passe n&apos;est pas celui que le serveur connaît</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="341"/>
        <source>the channel binding did not match</source>
        <translation>la liaison de canal ne correspondait pas</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="343"/>
        <source>the server supports channel binding, which Stamp did not use (a possible downgrade)</source>
        <translation>le serveur prend en charge la liaison de canal, que Stamp n&apos;a pas utilisée (un possible déclassement)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="347"/>
        <source>the server does not support channel binding</source>
        <translation>le serveur ne prend pas en charge la liaison de canal</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="349"/>
        <source>the server does not support this channel binding type</source>
        <translation>le serveur ne prend pas en charge ce type de liaison de canal</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="352"/>
        <source>the server does not know this user name</source>
        <translation>le serveur ne connaît pas ce nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="354"/>
        <source>the server could not read the user name</source>
        <translation>le serveur n&apos;a pas pu lire le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="355"/>
        <source>the server is short of resources</source>
        <translation>le serveur manque de ressources</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="357"/>
        <source>the server reported an unspecified error</source>
        <translation>le serveur a signalé une erreur non précisée</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="361"/>
        <source>the server ended SCRAM with an error: %1 (%2)</source>
        <translation>le serveur a terminé SCRAM par une erreur : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="369"/>
        <source>the server ended SCRAM with an error it did not name in RFC 5802&apos;s words: %1</source>
        <translation>le serveur a terminé SCRAM par une erreur qu&apos;il n&apos;a pas nommée dans les termes de la RFC 5802 : %1</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="381"/>
        <source>the server requires a SCRAM extension (m=) that Stamp does not support (RFC 5802 §5.1)</source>
        <translation>le serveur exige une extension SCRAM (m=) que Stamp ne prend pas en charge (RFC 5802 §5.1)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="388"/>
        <source>the server&apos;s SCRAM challenge is malformed (it must give r=, s= and i= in that order)</source>
        <translation>le défi SCRAM du serveur est mal formé (il doit donner r=, s= et i= dans cet ordre)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="392"/>
        <source>the server&apos;s SCRAM challenge is malformed (an attribute after i= is not valid, or is a mandatory extension)</source>
        <translation>le défi SCRAM du serveur est mal formé (un attribut après i= n&apos;est pas valide, ou est une extension obligatoire)</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="398"/>
        <source>the server&apos;s SCRAM nonce does not extend Stamp&apos;s with printable characters: it may not be answering this login</source>
        <translation>le nonce SCRAM du serveur ne prolonge pas celui de Stamp avec des caractères imprimables : il ne répond peut-être pas à cette identification</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="404"/>
        <source>the server&apos;s SCRAM salt is missing or not valid base64</source>
        <translation>le sel SCRAM du serveur manque ou n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="413"/>
        <source>the server&apos;s SCRAM iteration count is not a positive number</source>
        <translation>le nombre d&apos;itérations SCRAM du serveur n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="418"/>
        <source>the server asked for %1 SCRAM iterations, more than the %2 Stamp allows; refusing</source>
        <translation>le serveur a demandé %1 itérations SCRAM, plus que les %2 que Stamp autorise ; refus</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="445"/>
        <source>%1,p=[proof, hidden]</source>
        <translation>%1,p=[preuve, masquée]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="480"/>
        <source>[%1 and access token, hidden]</source>
        <translation>[%1 et jeton d&apos;accès, masqués]</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="490"/>
        <source>the server kept sending OAuth challenges</source>
        <translation>le serveur a continué à envoyer des défis OAuth</translation>
    </message>
    <message>
        <location filename="../smtp/auth.cpp" line="494"/>
        <source>(acknowledging the server&apos;s error report)</source>
        <translation>(accusé de réception du rapport d&apos;erreur du serveur)</translation>
    </message>
</context>
<context>
    <name>smtp::ServerOffer</name>
    <message>
        <location filename="../smtp/preview.cpp" line="105"/>
        <source>SIZE takes a number of bytes, not &quot;%1&quot;</source>
        <translation>SIZE prend un nombre d&apos;octets, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>smtp::Session</name>
    <message>
        <location filename="../smtp/session.cpp" line="241"/>
        <source>The EHLO name is not valid: %1.</source>
        <translation>Le nom EHLO n&apos;est pas valide : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="243"/>
        <source>The user name is not valid: %1.</source>
        <translation>Le nom d&apos;utilisateur n&apos;est pas valide : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="246"/>
        <location filename="../smtp/session.cpp" line="249"/>
        <location filename="../smtp/session.cpp" line="251"/>
        <source>The delivery notification setting is not valid: %1.</source>
        <translation>Le réglage des notifications de distribution n&apos;est pas valide : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="261"/>
        <source>Correct the setting and send again.</source>
        <translation>Corrigez le réglage et renvoyez.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="268"/>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatoire</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="269"/>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="270"/>
        <source>no encryption</source>
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="272"/>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Connexion à %1 port %2 (%3)</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="106"/>
        <source>Try again; if it keeps happening, report it with the transcript.</source>
        <translation>Réessayez ; si cela se reproduit, signalez-le avec la transcription.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="104"/>
        <source>Give a file of PEM certificates (-----BEGIN CERTIFICATE-----).</source>
        <translation>Indiquez un fichier de certificats PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="290"/>
        <source>Connected to %1 port %2</source>
        <translation>Connecté à %1 port %2</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="318"/>
        <source>The server&apos;s certificate is not the one trusted for this account.</source>
        <translation>Le certificat du serveur n&apos;est pas celui auquel ce compte fait confiance.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="319"/>
        <source>The certificate has changed since it was trusted. Check with the server&apos;s administrator before trusting the new one.</source>
        <translation>Le certificat a changé depuis qu&apos;il a été approuvé. Vérifiez auprès de l&apos;administrateur du serveur avant d&apos;approuver le nouveau.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="328"/>
        <source>TLS established: %1, cipher %2; certificate for %3, issued by %4, valid until %5; SHA-256 %6</source>
        <translation>TLS établi : %1, chiffrement %2 ; certificat pour %3, émis par %4, valide jusqu&apos;au %5 ; SHA-256 %6</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="154"/>
        <source>Certificate not verifiable (%1), but it is the pinned one (SHA-256 %2): accepted</source>
        <translation>Certificat non vérifiable (%1), mais c&apos;est celui qui est épinglé (SHA-256 %2) : accepté</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="160"/>
        <source>Certificate problem: %1</source>
        <translation>Problème de certificat : %1</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="565"/>
        <source>The server sent extra data after agreeing to start TLS; that is how STARTTLS injection attacks work, so Stamp stopped before sending anything.</source>
        <translation>Le serveur a envoyé des données en trop après avoir accepté de démarrer TLS ; c&apos;est ainsi que fonctionnent les attaques par injection STARTTLS, donc Stamp s&apos;est arrêté avant d&apos;envoyer quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="567"/>
        <source>Someone may be tampering with the connection. Try another network, or implicit TLS (port 465).</source>
        <translation>Quelqu&apos;un modifie peut-être la connexion. Essayez un autre réseau, ou TLS implicite (port 465).</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="575"/>
        <source>Starting TLS handshake (verifying the certificate for %1)</source>
        <translation>Début de la négociation TLS (vérification du certificat pour %1)</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="639"/>
        <source>The server does not offer STARTTLS, so Stamp sent nothing: no password and no message go over an unencrypted connection.</source>
        <translation>Le serveur ne propose pas STARTTLS, donc Stamp n&apos;a rien envoyé : ni mot de passe ni message ne passent par une connexion non chiffrée.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="641"/>
        <source>Use implicit TLS (port 465) if the server has it, or ask its administrator. A server that usually offers STARTTLS and now does not may be under attack.</source>
        <translation>Utilisez TLS implicite (port 465) si le serveur le propose, ou demandez à son administrateur. Un serveur qui propose d&apos;habitude STARTTLS et ne le fait plus est peut-être attaqué.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="707"/>
        <source>The end of the message had not reached the server: Stamp resets the connection, so that it cannot arrive later.</source>
        <translation>La fin du message n&apos;avait pas atteint le serveur : Stamp réinitialise la connexion, pour qu&apos;elle ne puisse pas arriver plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/session.cpp" line="787"/>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="17"/>
        <source>Stamp will not send a password over an unencrypted connection.</source>
        <translation>Stamp n&apos;enverra pas de mot de passe sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="18"/>
        <source>Use STARTTLS or TLS for this server; if you really mean to send the password in clear text, say so with --allow-plaintext-auth.</source>
        <translation>Utilisez STARTTLS ou TLS pour ce serveur ; si vous voulez vraiment envoyer le mot de passe en clair, dites-le avec --allow-plaintext-auth.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="29"/>
        <source>The server does not offer authentication on this connection.</source>
        <translation>Le serveur ne propose pas d&apos;authentification sur cette connexion.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="30"/>
        <source>The server offers no login method Stamp supports (it offers: %1).</source>
        <translation>Le serveur ne propose aucune méthode d&apos;identification que Stamp prend en charge (il propose : %1).</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="32"/>
        <source>Check the port (submission is usually 587 or 465) and the security setting.</source>
        <translation>Vérifiez le port (l&apos;envoi se fait d&apos;habitude sur 587 ou 465) et le réglage de sécurité.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="37"/>
        <source>The server does not offer %1 (it offers nothing).</source>
        <translation>Le serveur ne propose pas %1 (il ne propose rien).</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="39"/>
        <source>The server does not offer %1 (it offers: %2).</source>
        <translation>Le serveur ne propose pas %1 (il propose : %2).</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="42"/>
        <source>Choose another authentication method, or automatic.</source>
        <translation>Choisissez une autre méthode d&apos;authentification, ou automatique.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="46"/>
        <source>Asking for an OAuth access token</source>
        <translation>Demande d&apos;un jeton d&apos;accès OAuth</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="53"/>
        <source>No OAuth access token: %1</source>
        <translation>Pas de jeton d&apos;accès OAuth : %1</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="54"/>
        <source>Sign in to the account again.</source>
        <translation>Reconnectez-vous au compte.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="75"/>
        <location filename="../smtp/sessionauth.cpp" line="120"/>
        <location filename="../smtp/sessionauth.cpp" line="127"/>
        <source>Login stopped: %1.</source>
        <translation>Identification arrêtée : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="76"/>
        <source>Check the user name and password for this account.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe de ce compte.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="86"/>
        <source>The login could not be started: %1.</source>
        <translation>L&apos;identification n&apos;a pas pu commencer : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="87"/>
        <location filename="../smtp/sessionauth.cpp" line="128"/>
        <source>Choose another authentication method.</source>
        <translation>Choisissez une autre méthode d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="96"/>
        <source>* (cancelling the login)</source>
        <translation>* (annulation de l&apos;identification)</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="105"/>
        <source>The server kept asking for more login steps; Stamp gave up.</source>
        <translation>Le serveur a continué à demander plus d&apos;étapes d&apos;identification ; Stamp a abandonné.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="106"/>
        <location filename="../smtp/sessionauth.cpp" line="114"/>
        <source>The server is misbehaving; report it to its administrator.</source>
        <translation>Le serveur se comporte mal ; signalez-le à son administrateur.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="113"/>
        <source>The server sent a login challenge that is not valid base64.</source>
        <translation>Le serveur a envoyé un défi d&apos;identification qui n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="121"/>
        <source>Check the server address; report this to its administrator if it persists.</source>
        <translation>Vérifiez l&apos;adresse du serveur ; signalez-le à son administrateur si cela persiste.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="137"/>
        <source>The server accepted the login without proving that it knows the password (SCRAM); Stamp does not trust it.</source>
        <translation>Le serveur a accepté l&apos;identification sans prouver qu&apos;il connaît le mot de passe (SCRAM) ; Stamp ne lui fait pas confiance.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="139"/>
        <source>Someone may be impersonating the server.</source>
        <translation>Quelqu&apos;un se fait peut-être passer pour le serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/sessionauth.cpp" line="143"/>
        <source>Logged in as %1</source>
        <translation>Identifié en tant que %1</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="28"/>
        <source>The server accepted the connection.</source>
        <translation>Le serveur a accepté la connexion.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="29"/>
        <source>The server accepted the connection and the login.</source>
        <translation>Le serveur a accepté la connexion et l&apos;identification.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="59"/>
        <source>The message has no recipient.</source>
        <translation>Le message n&apos;a pas de destinataire.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="60"/>
        <source>Add at least one To, Cc or Bcc address.</source>
        <translation>Ajoutez au moins une adresse To, Cc ou Bcc.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="73"/>
        <source>The address %1 has non-ASCII characters before the @, and this server does not support SMTPUTF8, so it cannot be sent there.</source>
        <translation>L&apos;adresse %1 contient des caractères non ASCII avant le @, et ce serveur ne prend pas en charge SMTPUTF8, donc elle ne peut pas y être envoyée.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="76"/>
        <source>Use an ASCII address for this recipient, or another server.</source>
        <translation>Utilisez une adresse ASCII pour ce destinataire, ou un autre serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="84"/>
        <location filename="../smtp/transaction.cpp" line="97"/>
        <location filename="../smtp/transaction.cpp" line="105"/>
        <source>Fix the message, or send it through another server.</source>
        <translation>Corrigez le message, ou envoyez-le par un autre serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="96"/>
        <source>The message has UTF-8 headers, but the server does not offer SMTPUTF8, so it was not sent.</source>
        <translation>Le message a des en-têtes UTF-8, mais le serveur ne propose pas SMTPUTF8, donc il n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="104"/>
        <source>The message has 8-bit content, but the server does not offer 8BITMIME, so it was not sent.</source>
        <translation>Le message a un contenu 8 bits, mais le serveur ne propose pas 8BITMIME, donc il n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="117"/>
        <source>The message is %1 bytes, but the server accepts at most %2 bytes, so it was not sent.</source>
        <translation>Le message fait %1 octets, mais le serveur accepte au plus %2 octets, donc il n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="120"/>
        <source>Make the attachments smaller, or share them another way.</source>
        <translation>Réduisez les pièces jointes, ou partagez-les autrement.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="126"/>
        <source>Delivery notifications were asked for, but the server does not offer DSN.</source>
        <translation>Des notifications de distribution ont été demandées, mais le serveur ne propose pas DSN.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="162"/>
        <source>An address cannot be sent: %1.</source>
        <translation>Une adresse ne peut pas être envoyée : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="163"/>
        <source>Correct the address and send again.</source>
        <translation>Corrigez l&apos;adresse et renvoyez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/transaction.cpp" line="171"/>
        <source>The server asked for the remaining recipients in another transaction (452): sending the message again to %n of them.</source>
        <translation>
            <numerusform>Le serveur a demandé les destinataires restants dans une autre transaction (452) : nouvel envoi du message à %n destinataire.</numerusform>
            <numerusform>Le serveur a demandé les destinataires restants dans une autre transaction (452) : nouvel envoi du message à %n destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="222"/>
        <location filename="../smtp/transaction.cpp" line="389"/>
        <source>
[message content: %1 bytes in total]</source>
        <translation>
[contenu du message : %1 octets au total]</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="315"/>
        <source>. (no recipient was accepted: ending at once)</source>
        <translation>. (aucun destinataire n&apos;a été accepté : fin immédiate)</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="382"/>
        <location filename="../smtp/transaction.cpp" line="497"/>
        <location filename="../smtp/transaction.cpp" line="529"/>
        <source>Check the attachment and send again.</source>
        <translation>Vérifiez la pièce jointe et renvoyez.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="434"/>
        <source>The whole message was on its way when the server reset the connection; the server may have received it.</source>
        <translation>Le message entier était en route quand le serveur a réinitialisé la connexion ; le serveur l&apos;a peut-être reçu.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="443"/>
        <source>The server received the whole message (its TCP stack acknowledged the end); waiting for its answer.</source>
        <translation>Le serveur a reçu le message entier (sa pile TCP a accusé réception de la fin) ; en attente de sa réponse.</translation>
    </message>
    <message>
        <location filename="../smtp/transaction.cpp" line="539"/>
        <source>. (end of message, %1 bytes sent)</source>
        <translation>. (fin du message, %1 octets envoyés)</translation>
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
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="40"/>
        <source>greeting</source>
        <translation>accueil</translation>
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
        <translation>EHLO à nouveau</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="48"/>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="50"/>
        <source>envelope</source>
        <translation>enveloppe</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="52"/>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="54"/>
        <source>final reply</source>
        <translation>réponse finale</translation>
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
        <translation>%1 ; total %2</translation>
    </message>
    <message>
        <location filename="../smtp/stagetimer.cpp" line="78"/>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
</context>
<context>
    <name>smtp::StatusCodes</name>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="363"/>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="365"/>
        <source>intermediate</source>
        <translation>intermédiaire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="367"/>
        <source>temporary failure</source>
        <translation>échec temporaire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="369"/>
        <source>permanent failure</source>
        <translation>échec permanent</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="373"/>
        <source>not a valid reply</source>
        <translation>pas une réponse valide</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="380"/>
        <source>2xx: success, the command was accepted</source>
        <translation>2xx : réussite, la commande a été acceptée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="382"/>
        <source>3xx: intermediate, the server is waiting for more (the message after DATA, or the next step of a login)</source>
        <translation>3xx : intermédiaire, le serveur attend la suite (le message après DATA, ou l&apos;étape suivante d&apos;une identification)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="387"/>
        <source>4xx: temporary failure; the same thing may work later</source>
        <translation>4xx : échec temporaire ; la même chose pourra marcher plus tard</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="390"/>
        <source>5xx: permanent failure; sending the same again will fail again</source>
        <translation>5xx : échec permanent ; renvoyer la même chose échouera de nouveau</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="395"/>
        <source>not a valid SMTP reply code</source>
        <translation>pas un code de réponse SMTP valide</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="407"/>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="409"/>
        <source>Persistent Transient Failure</source>
        <translation>Échec transitoire persistant</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="411"/>
        <source>Permanent Failure</source>
        <translation>Échec permanent</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="462"/>
        <source>%1, detail %2 (not in the registry)</source>
        <translation>%1, détail %2 (absent du registre)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="468"/>
        <source>%1, subject %2 (not in the registry)</source>
        <translation>%1, sujet %2 (absent du registre)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="482"/>
        <source>system status</source>
        <translation>état du système</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="484"/>
        <source>help text for a person</source>
        <translation>texte d&apos;aide destiné à une personne</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="486"/>
        <source>the server is ready</source>
        <translation>le serveur est prêt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="488"/>
        <source>the server is closing the connection</source>
        <translation>le serveur ferme la connexion</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="490"/>
        <source>login accepted</source>
        <translation>identification acceptée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="492"/>
        <source>done: the requested action was completed</source>
        <translation>fait : l&apos;action demandée a été effectuée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="494"/>
        <source>the recipient is not local; the server will forward the message</source>
        <translation>le destinataire n&apos;est pas local ; le serveur va faire suivre le message</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="497"/>
        <source>cannot check the recipient, but will accept the message and try to deliver it</source>
        <translation>impossible de vérifier le destinataire, mais le message sera accepté et sa distribution tentée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="501"/>
        <source>the server asks for the next step of the login</source>
        <translation>le serveur demande l&apos;étape suivante de l&apos;identification</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="504"/>
        <source>send the message now, ending with a line holding only a dot</source>
        <translation>envoyez le message maintenant, en terminant par une ligne ne contenant qu&apos;un point</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="507"/>
        <source>the server is shutting the connection down</source>
        <translation>le serveur coupe la connexion</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="509"/>
        <source>a password transition is needed</source>
        <translation>un changement de mot de passe est nécessaire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="511"/>
        <source>the mailbox is unavailable for now (busy or blocked)</source>
        <translation>la boîte aux lettres est indisponible pour l&apos;instant (occupée ou bloquée)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="514"/>
        <source>the server had a local error; try again later</source>
        <translation>le serveur a eu une erreur locale ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="517"/>
        <source>the server is short of storage, or there are too many recipients</source>
        <translation>le serveur manque d&apos;espace de stockage, ou il y a trop de destinataires</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="520"/>
        <source>TLS or authentication is temporarily unavailable</source>
        <translation>TLS ou l&apos;authentification est temporairement indisponible</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="523"/>
        <source>the server cannot take these parameters now</source>
        <translation>le serveur ne peut pas accepter ces paramètres pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="526"/>
        <source>the command was not recognised</source>
        <translation>la commande n&apos;a pas été reconnue</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="528"/>
        <source>the arguments were not accepted</source>
        <translation>les arguments n&apos;ont pas été acceptés</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="530"/>
        <source>the command is not implemented</source>
        <translation>la commande n&apos;est pas implémentée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="532"/>
        <source>the commands came in the wrong order</source>
        <translation>les commandes sont arrivées dans le mauvais ordre</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="534"/>
        <source>this parameter is not implemented</source>
        <translation>ce paramètre n&apos;est pas implémenté</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="536"/>
        <source>this host does not accept mail</source>
        <translation>cet hôte n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="538"/>
        <source>encryption is needed first</source>
        <translation>le chiffrement est d&apos;abord nécessaire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="540"/>
        <source>authentication is required</source>
        <translation>l&apos;authentification est obligatoire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="542"/>
        <source>this authentication mechanism is too weak</source>
        <translation>ce mécanisme d&apos;authentification est trop faible</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="253"/>
        <location filename="../smtp/statuscodes.cpp" line="544"/>
        <source>the user name or password was not accepted</source>
        <translation>le nom d&apos;utilisateur ou le mot de passe n&apos;a pas été accepté</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="22"/>
        <source>Other or Undefined Status</source>
        <translation>État autre ou non défini</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="23"/>
        <source>there is no further information about what kind of problem it is</source>
        <translation>il n&apos;y a pas plus d&apos;information sur la nature du problème</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="26"/>
        <source>Addressing Status</source>
        <translation>État de l&apos;adressage</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="27"/>
        <source>something about the sender&apos;s or a recipient&apos;s address; usually the sender can correct it</source>
        <translation>un problème lié à l&apos;adresse de l&apos;expéditeur ou d&apos;un destinataire ; d&apos;habitude, l&apos;expéditeur peut le corriger</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="31"/>
        <source>Mailbox Status</source>
        <translation>État de la boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="32"/>
        <source>something about the recipient&apos;s mailbox, which its owner controls</source>
        <translation>un problème lié à la boîte aux lettres du destinataire, que son propriétaire contrôle</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="35"/>
        <source>Mail System Status</source>
        <translation>État du système de messagerie</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="36"/>
        <source>something about the receiving mail system as a whole</source>
        <translation>un problème lié au système de messagerie destinataire dans son ensemble</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="38"/>
        <source>Network and Routing Status</source>
        <translation>État du réseau et du routage</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="39"/>
        <source>something about the network or the route to the destination</source>
        <translation>un problème lié au réseau ou à l&apos;acheminement vers la destination</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="41"/>
        <source>Mail Delivery Protocol Status</source>
        <translation>État du protocole de distribution</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="42"/>
        <source>something about the SMTP conversation itself</source>
        <translation>un problème lié à la conversation SMTP elle-même</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="44"/>
        <source>Message Content or Media Status</source>
        <translation>État du contenu ou du format du message</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="45"/>
        <source>something about the message&apos;s content or format</source>
        <translation>un problème lié au contenu ou au format du message</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="47"/>
        <source>Security or Policy Status</source>
        <translation>État de la sécurité ou de la politique</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="48"/>
        <source>something about security, authentication or the receiver&apos;s policy</source>
        <translation>un problème lié à la sécurité, à l&apos;authentification ou à la politique du destinataire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="52"/>
        <source>Other undefined Status</source>
        <translation>Autre état non défini</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="53"/>
        <source>the server gives no detail beyond the class of the reply</source>
        <translation>le serveur ne donne aucun détail au-delà de la classe de la réponse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="55"/>
        <source>Other address status</source>
        <translation>Autre état d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="56"/>
        <source>something about an address, with no more detail</source>
        <translation>un problème lié à une adresse, sans plus de détail</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="58"/>
        <source>Bad destination mailbox address</source>
        <translation>Adresse de boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="59"/>
        <source>the recipient&apos;s mailbox does not exist at that domain: the part before the @ is wrong</source>
        <translation>la boîte aux lettres du destinataire n&apos;existe pas sur ce domaine : la partie avant le @ est erronée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="63"/>
        <source>Bad destination system address</source>
        <translation>Adresse du système de destination incorrecte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="64"/>
        <source>the recipient&apos;s domain does not exist or does not accept mail</source>
        <translation>le domaine du destinataire n&apos;existe pas ou n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="66"/>
        <source>Bad destination mailbox address syntax</source>
        <translation>Syntaxe de l&apos;adresse de boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="67"/>
        <source>the recipient&apos;s address is not written correctly</source>
        <translation>l&apos;adresse du destinataire n&apos;est pas écrite correctement</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="69"/>
        <source>Destination mailbox address ambiguous</source>
        <translation>Adresse de boîte aux lettres de destination ambiguë</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="70"/>
        <source>the recipient&apos;s address matches more than one mailbox</source>
        <translation>l&apos;adresse du destinataire correspond à plus d&apos;une boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="72"/>
        <source>Destination address valid</source>
        <translation>Adresse de destination valide</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="73"/>
        <source>the recipient address is valid and accepted</source>
        <translation>l&apos;adresse du destinataire est valide et acceptée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="74"/>
        <source>Destination mailbox has moved, No forwarding address</source>
        <translation>La boîte aux lettres de destination a changé d&apos;adresse, sans adresse de réexpédition</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="75"/>
        <source>the mailbox used to exist but has moved and left no forwarding address</source>
        <translation>la boîte aux lettres a existé mais a changé d&apos;adresse sans laisser d&apos;adresse de réexpédition</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="78"/>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Syntaxe de l&apos;adresse de boîte aux lettres de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="79"/>
        <source>the sender&apos;s address is not written correctly</source>
        <translation>l&apos;adresse de l&apos;expéditeur n&apos;est pas écrite correctement</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="81"/>
        <source>Bad sender&apos;s system address</source>
        <translation>Adresse du système de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="82"/>
        <source>the sender&apos;s domain does not exist or cannot receive replies</source>
        <translation>le domaine de l&apos;expéditeur n&apos;existe pas ou ne peut pas recevoir de réponses</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="84"/>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Message relayé vers un logiciel de messagerie non conforme</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="85"/>
        <source>the message was handed on to a system that cannot report delivery further</source>
        <translation>le message a été transmis à un système qui ne peut pas rendre compte de la suite de la distribution</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="88"/>
        <source>Recipient address has null MX</source>
        <translation>L&apos;adresse du destinataire a un MX nul</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="89"/>
        <source>the recipient&apos;s domain says in DNS (a null MX) that it accepts no mail at all</source>
        <translation>le domaine du destinataire indique dans le DNS (un MX nul) qu&apos;il n&apos;accepte aucun courrier</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="92"/>
        <source>Other or undefined mailbox status</source>
        <translation>Autre état de boîte aux lettres ou état non défini</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="93"/>
        <source>something about the recipient&apos;s mailbox, with no more detail</source>
        <translation>un problème lié à la boîte aux lettres du destinataire, sans plus de détail</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="95"/>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Boîte aux lettres désactivée, n&apos;accepte pas de messages</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="96"/>
        <source>the mailbox exists but does not take messages now</source>
        <translation>la boîte aux lettres existe mais n&apos;accepte pas de messages pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="98"/>
        <source>Mailbox full</source>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="99"/>
        <source>the recipient&apos;s mailbox is over its quota</source>
        <translation>la boîte aux lettres du destinataire a dépassé son quota</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="100"/>
        <source>Message length exceeds administrative limit</source>
        <translation>La longueur du message dépasse la limite administrative</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="101"/>
        <source>the message is larger than this mailbox accepts</source>
        <translation>le message est plus gros que ce qu&apos;accepte cette boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="103"/>
        <source>Mailing list expansion problem</source>
        <translation>Problème d&apos;expansion de liste de diffusion</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="104"/>
        <source>the address is a mailing list that could not be expanded</source>
        <translation>l&apos;adresse est une liste de diffusion qui n&apos;a pas pu être développée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="106"/>
        <source>Other or undefined mail system status</source>
        <translation>Autre état du système de messagerie ou état non défini</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="107"/>
        <source>something about the receiving mail system, with no more detail</source>
        <translation>un problème lié au système de messagerie destinataire, sans plus de détail</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="109"/>
        <source>Mail system full</source>
        <translation>Système de messagerie plein</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="110"/>
        <source>the receiving system has run out of storage</source>
        <translation>le système destinataire n&apos;a plus d&apos;espace de stockage</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="111"/>
        <source>System not accepting network messages</source>
        <translation>Le système n&apos;accepte pas de messages du réseau</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="112"/>
        <source>the receiving system does not take mail now, for example while shutting down</source>
        <translation>le système destinataire n&apos;accepte pas de courrier pour l&apos;instant, par exemple pendant un arrêt</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="115"/>
        <source>System not capable of selected features</source>
        <translation>Le système ne prend pas en charge les fonctions demandées</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="116"/>
        <source>the receiving system cannot do what the message asks for</source>
        <translation>le système destinataire ne peut pas faire ce que demande le message</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="118"/>
        <source>Message too big for system</source>
        <translation>Message trop gros pour le système</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="119"/>
        <source>the message is larger than the whole system accepts</source>
        <translation>le message est plus gros que ce qu&apos;accepte le système dans son ensemble</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="121"/>
        <source>System incorrectly configured</source>
        <translation>Système mal configuré</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="122"/>
        <source>the receiving system is set up wrongly for this message</source>
        <translation>le système destinataire est mal configuré pour ce message</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="124"/>
        <source>Requested priority was changed</source>
        <translation>La priorité demandée a été modifiée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="125"/>
        <source>the message was accepted, but with a different priority than asked for</source>
        <translation>le message a été accepté, mais avec une priorité différente de celle demandée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="128"/>
        <source>Other or undefined network or routing status</source>
        <translation>Autre état du réseau ou du routage, ou état non défini</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="129"/>
        <source>something about the network or routing, with no more detail</source>
        <translation>un problème lié au réseau ou au routage, sans plus de détail</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="131"/>
        <source>No answer from host</source>
        <translation>Pas de réponse de l&apos;hôte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="132"/>
        <source>the next server did not answer the connection</source>
        <translation>le serveur suivant n&apos;a pas répondu à la connexion</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="134"/>
        <source>Bad connection</source>
        <translation>Mauvaise connexion</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="135"/>
        <source>the connection was dropped before the transaction was done</source>
        <translation>la connexion a été coupée avant la fin de la transaction</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="137"/>
        <source>Directory server failure</source>
        <translation>Échec du serveur d&apos;annuaire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="138"/>
        <source>a directory service, such as DNS, could not be reached or failed</source>
        <translation>un service d&apos;annuaire, comme le DNS, n&apos;a pas pu être joint ou a échoué</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="141"/>
        <source>Unable to route</source>
        <translation>Impossible d&apos;acheminer</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="142"/>
        <source>the mail system could not find where to take the message next</source>
        <translation>le système de messagerie n&apos;a pas pu trouver où transmettre le message ensuite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="144"/>
        <source>Mail system congestion</source>
        <translation>Congestion du système de messagerie</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="145"/>
        <source>the mail system is too busy to take the message now</source>
        <translation>le système de messagerie est trop occupé pour prendre le message pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="147"/>
        <source>Routing loop detected</source>
        <translation>Boucle de routage détectée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="148"/>
        <source>the message went round in a loop between servers</source>
        <translation>le message a tourné en boucle entre des serveurs</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="150"/>
        <source>Delivery time expired</source>
        <translation>Délai de distribution expiré</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="151"/>
        <source>the message waited too long and delivery was given up</source>
        <translation>le message a attendu trop longtemps et la distribution a été abandonnée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="153"/>
        <source>Other or undefined protocol status</source>
        <translation>Autre état du protocole ou état non défini</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="154"/>
        <source>something about the SMTP conversation, with no more detail</source>
        <translation>un problème lié à la conversation SMTP, sans plus de détail</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="156"/>
        <source>Invalid command</source>
        <translation>Commande non valide</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="157"/>
        <source>the command is not known, or not allowed at this point</source>
        <translation>la commande n&apos;est pas connue, ou n&apos;est pas permise à ce stade</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="159"/>
        <source>Syntax error</source>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="160"/>
        <source>the command could not be read</source>
        <translation>la commande n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="161"/>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="162"/>
        <source>the message has more recipients than the server takes at once</source>
        <translation>le message a plus de destinataires que le serveur n&apos;en accepte à la fois</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="164"/>
        <source>Invalid command arguments</source>
        <translation>Arguments de commande non valides</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="165"/>
        <source>the command was understood but its arguments were not valid</source>
        <translation>la commande a été comprise mais ses arguments n&apos;étaient pas valides</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="167"/>
        <source>Wrong protocol version</source>
        <translation>Mauvaise version du protocole</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="168"/>
        <source>the two sides could not agree on a protocol version</source>
        <translation>les deux parties n&apos;ont pas pu s&apos;accorder sur une version du protocole</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="170"/>
        <source>Authentication Exchange line is too long</source>
        <translation>La ligne d&apos;échange d&apos;authentification est trop longue</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="171"/>
        <source>a line of the login exchange was longer than the server accepts</source>
        <translation>une ligne de l&apos;échange d&apos;identification était plus longue que ce qu&apos;accepte le serveur</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="174"/>
        <source>Other or undefined media error</source>
        <translation>Autre erreur de média ou erreur non définie</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="175"/>
        <source>something about the content, with no more detail</source>
        <translation>un problème lié au contenu, sans plus de détail</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="177"/>
        <source>Media not supported</source>
        <translation>Média non pris en charge</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="178"/>
        <source>a kind of content in the message is not supported on the way</source>
        <translation>un type de contenu du message n&apos;est pas pris en charge en chemin</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="180"/>
        <source>Conversion required and prohibited</source>
        <translation>Conversion nécessaire mais interdite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="181"/>
        <source>the content would have to be converted, but the message forbids it</source>
        <translation>le contenu devrait être converti, mais le message l&apos;interdit</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="184"/>
        <source>Conversion required but not supported</source>
        <translation>Conversion nécessaire mais non prise en charge</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="185"/>
        <source>the content would have to be converted, and the server cannot do it</source>
        <translation>le contenu devrait être converti, et le serveur ne sait pas le faire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="188"/>
        <source>Conversion with loss performed</source>
        <translation>Conversion effectuée avec perte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="189"/>
        <source>the content was converted for delivery and something was lost</source>
        <translation>le contenu a été converti pour la distribution et quelque chose a été perdu</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="191"/>
        <source>Conversion Failed</source>
        <translation>Échec de la conversion</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="192"/>
        <source>a conversion of the content was needed and failed</source>
        <translation>une conversion du contenu était nécessaire et a échoué</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="194"/>
        <source>Message content not available</source>
        <translation>Contenu du message indisponible</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="195"/>
        <source>the content the message refers to could not be fetched</source>
        <translation>le contenu auquel le message fait référence n&apos;a pas pu être récupéré</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="198"/>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Adresses non ASCII non permises pour cet expéditeur ou ce destinataire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="199"/>
        <source>an address has non-ASCII characters, which this server or mailbox does not allow</source>
        <translation>une adresse a des caractères non ASCII, que ce serveur ou cette boîte aux lettres n&apos;accepte pas</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="203"/>
        <location filename="../smtp/statuscodes.cpp" line="217"/>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <translation>Une réponse en chaîne UTF-8 est nécessaire, mais le client SMTP ne la permet pas</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="205"/>
        <source>the server would have to answer in UTF-8, which the client did not allow</source>
        <translation>le serveur devrait répondre en UTF-8, ce que le client n&apos;a pas permis</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="209"/>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <translation>Le message à en-têtes UTF-8 ne peut pas être transmis à un ou plusieurs destinataires, il doit donc être refusé</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="213"/>
        <source>the message has UTF-8 headers, and the way to a recipient cannot carry them</source>
        <translation>le message a des en-têtes UTF-8, et le chemin vers un destinataire ne peut pas les transporter</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="219"/>
        <source>the same as X.6.8; the registry keeps this duplicate as deprecated</source>
        <translation>identique à X.6.8 ; le registre garde ce doublon comme obsolète</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="222"/>
        <source>Other or undefined security status</source>
        <translation>Autre état de sécurité ou état non défini</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="223"/>
        <source>something about security or policy, with no more detail (often a login or a filter)</source>
        <translation>un problème lié à la sécurité ou à la politique, sans plus de détail (souvent une identification ou un filtre)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="226"/>
        <source>Delivery not authorized, message refused</source>
        <translation>Distribution non autorisée, message refusé</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="227"/>
        <source>the sender is not authorised to send this: a filter or policy refused it</source>
        <translation>l&apos;expéditeur n&apos;est pas autorisé à envoyer ceci : un filtre ou une politique l&apos;a refusé</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="230"/>
        <source>Mailing list expansion prohibited</source>
        <translation>Expansion de liste de diffusion interdite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="231"/>
        <source>the sender is not allowed to send to this mailing list</source>
        <translation>l&apos;expéditeur n&apos;a pas le droit d&apos;envoyer à cette liste de diffusion</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="233"/>
        <source>Security conversion required but not possible</source>
        <translation>Conversion de sécurité nécessaire mais impossible</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="234"/>
        <source>the message would have to change its security format, and that is not possible</source>
        <translation>le message devrait changer de format de sécurité, et ce n&apos;est pas possible</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="237"/>
        <source>Security features not supported</source>
        <translation>Fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="238"/>
        <source>the message asks for security features the way cannot support</source>
        <translation>le message demande des fonctions de sécurité que le chemin ne peut pas prendre en charge</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="240"/>
        <source>Cryptographic failure</source>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="241"/>
        <source>a key needed to check or decrypt the message was missing or bad</source>
        <translation>une clé nécessaire pour vérifier ou déchiffrer le message manquait ou était incorrecte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="244"/>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algorithme cryptographique non pris en charge</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="245"/>
        <source>the message uses a cryptographic algorithm the server does not support</source>
        <translation>le message utilise un algorithme cryptographique que le serveur ne prend pas en charge</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="248"/>
        <source>Message integrity failure</source>
        <translation>Échec de l&apos;intégrité du message</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="249"/>
        <source>the message could not be checked because it was damaged or altered</source>
        <translation>le message n&apos;a pas pu être vérifié parce qu&apos;il a été endommagé ou modifié</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="252"/>
        <source>Authentication credentials invalid</source>
        <translation>Identifiants d&apos;authentification non valides</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="254"/>
        <source>Authentication mechanism is too weak</source>
        <translation>Mécanisme d&apos;authentification trop faible</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="255"/>
        <source>this login method is weaker than the server allows for this user</source>
        <translation>cette méthode d&apos;identification est plus faible que ce que le serveur permet pour cet utilisateur</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="258"/>
        <source>Encryption Needed</source>
        <translation>Chiffrement nécessaire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="259"/>
        <source>the connection must be encrypted (TLS) before this login method can be used</source>
        <translation>la connexion doit être chiffrée (TLS) avant que cette méthode d&apos;identification puisse être utilisée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="263"/>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Chiffrement obligatoire pour le mécanisme d&apos;authentification demandé</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="264"/>
        <source>this login method may only be used over an encrypted connection</source>
        <translation>cette méthode d&apos;identification ne peut être utilisée que sur une connexion chiffrée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="267"/>
        <source>A password transition is needed</source>
        <translation>Un changement de mot de passe est nécessaire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="268"/>
        <source>the account must log in once with a plain password before this method works</source>
        <translation>le compte doit s&apos;identifier une fois avec un simple mot de passe avant que cette méthode fonctionne</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="271"/>
        <source>User Account Disabled</source>
        <translation>Compte utilisateur désactivé</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="272"/>
        <source>the account is disabled; only its administrator can enable it</source>
        <translation>le compte est désactivé ; seul son administrateur peut le réactiver</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="274"/>
        <source>Trust relationship required</source>
        <translation>Relation de confiance nécessaire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="275"/>
        <source>the server needs a configured trust with another server to fetch the content</source>
        <translation>le serveur a besoin d&apos;une relation de confiance configurée avec un autre serveur pour récupérer le contenu</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="278"/>
        <source>Priority Level is too low</source>
        <translation>Niveau de priorité trop bas</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="279"/>
        <source>the message&apos;s priority is below what the server takes now</source>
        <translation>la priorité du message est inférieure à ce que le serveur accepte pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="281"/>
        <source>Message is too big for the specified priority</source>
        <translation>Le message est trop gros pour la priorité indiquée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="282"/>
        <source>the message is too large for the priority it asks for</source>
        <translation>le message est trop gros pour la priorité qu&apos;il demande</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="284"/>
        <source>Mailbox owner has changed</source>
        <translation>Le propriétaire de la boîte aux lettres a changé</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="285"/>
        <source>the recipient&apos;s mailbox has had a new owner since the date the message required</source>
        <translation>la boîte aux lettres du destinataire a changé de propriétaire depuis la date qu&apos;exigeait le message</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="288"/>
        <source>Domain owner has changed</source>
        <translation>Le propriétaire du domaine a changé</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="289"/>
        <source>the recipient&apos;s domain has had a new owner since the date the message required</source>
        <translation>le domaine du destinataire a changé de propriétaire depuis la date qu&apos;exigeait le message</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="292"/>
        <source>RRVS test cannot be completed</source>
        <translation>Le test RRVS ne peut pas être mené à bien</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="293"/>
        <source>the server cannot tell whether the mailbox changed owner since the required date</source>
        <translation>le serveur ne peut pas dire si la boîte aux lettres a changé de propriétaire depuis la date exigée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="296"/>
        <source>No passing DKIM signature found</source>
        <translation>Aucune signature DKIM valide trouvée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="297"/>
        <source>the message carries no DKIM signature that checks out</source>
        <translation>le message ne porte aucune signature DKIM qui se vérifie</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="299"/>
        <source>No acceptable DKIM signature found</source>
        <translation>Aucune signature DKIM acceptable trouvée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="300"/>
        <source>the message has valid DKIM signatures, but none the receiver accepts</source>
        <translation>le message a des signatures DKIM valides, mais aucune que le destinataire accepte</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="303"/>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Aucune signature DKIM valide correspondant à l&apos;auteur trouvée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="304"/>
        <source>no valid DKIM signature belongs to the domain in the From address</source>
        <translation>aucune signature DKIM valide n&apos;appartient au domaine de l&apos;adresse From</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="307"/>
        <source>SPF validation failed</source>
        <translation>Échec de la validation SPF</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="308"/>
        <source>the sender&apos;s domain does not list this sending server in its SPF record</source>
        <translation>le domaine de l&apos;expéditeur ne liste pas ce serveur d&apos;envoi dans son enregistrement SPF</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="311"/>
        <source>SPF validation error</source>
        <translation>Erreur de validation SPF</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="312"/>
        <source>checking the sender&apos;s SPF record failed with an error</source>
        <translation>la vérification de l&apos;enregistrement SPF de l&apos;expéditeur a échoué sur une erreur</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="314"/>
        <source>Reverse DNS validation failed</source>
        <translation>Échec de la validation du DNS inverse</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="315"/>
        <source>the sending server&apos;s IP address has no matching reverse DNS name</source>
        <translation>l&apos;adresse IP du serveur d&apos;envoi n&apos;a pas de nom DNS inverse correspondant</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="318"/>
        <source>Multiple authentication checks failed</source>
        <translation>Échec de plusieurs vérifications d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="319"/>
        <source>the message failed more than one check (SPF, DKIM, DMARC or others)</source>
        <translation>le message a échoué à plus d&apos;une vérification (SPF, DKIM, DMARC ou autres)</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="322"/>
        <source>Sender address has null MX</source>
        <translation>L&apos;adresse de l&apos;expéditeur a un MX nul</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="323"/>
        <source>the sender&apos;s domain says in DNS (a null MX) that it receives no mail, so replies could not arrive</source>
        <translation>le domaine de l&apos;expéditeur indique dans le DNS (un MX nul) qu&apos;il ne reçoit aucun courrier : les réponses ne pourraient donc pas arriver</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="327"/>
        <source>Mail flood detected</source>
        <translation>Afflux de courrier détecté</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="328"/>
        <source>the message looks like part of a flood of similar messages</source>
        <translation>le message semble faire partie d&apos;un afflux de messages similaires</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="330"/>
        <source>ARC validation failure</source>
        <translation>Échec de la validation ARC</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="331"/>
        <source>the message&apos;s ARC chain, which forwarders add, did not check out</source>
        <translation>la chaîne ARC du message, qu&apos;ajoutent les redirecteurs, ne s&apos;est pas vérifiée</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="334"/>
        <source>REQUIRETLS support required</source>
        <translation>Prise en charge de REQUIRETLS nécessaire</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="335"/>
        <source>the message asked for REQUIRETLS, and the next server on the way does not support it</source>
        <translation>le message a demandé REQUIRETLS, et le serveur suivant sur le chemin ne le prend pas en charge</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="546"/>
        <source>encryption is required for this authentication mechanism</source>
        <translation>le chiffrement est obligatoire pour ce mécanisme d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="549"/>
        <source>the mailbox is unavailable or the message was refused by policy</source>
        <translation>la boîte aux lettres est indisponible ou le message a été refusé par une règle</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="552"/>
        <source>the user is not local</source>
        <translation>l&apos;utilisateur n&apos;est pas local</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="554"/>
        <source>the message exceeds the storage allocation or size limit</source>
        <translation>le message dépasse l&apos;espace alloué ou la taille limite</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="557"/>
        <source>the mailbox name is not allowed</source>
        <translation>le nom de la boîte aux lettres n&apos;est pas permis</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="559"/>
        <source>the transaction failed</source>
        <translation>la transaction a échoué</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="561"/>
        <source>the MAIL FROM or RCPT TO parameters were not recognised</source>
        <translation>les paramètres de MAIL FROM ou RCPT TO n&apos;ont pas été reconnus</translation>
    </message>
    <message>
        <location filename="../smtp/statuscodes.cpp" line="564"/>
        <source>the recipient&apos;s domain does not accept mail</source>
        <translation>le domaine du destinataire n&apos;accepte pas de courrier</translation>
    </message>
</context>
<context>
    <name>smtp::TagList</name>
    <message>
        <location filename="../smtp/taglist.cpp" line="35"/>
        <source>an empty element between two &quot;;&quot;</source>
        <translation>un élément vide entre deux « ; »</translation>
    </message>
    <message>
        <location filename="../smtp/taglist.cpp" line="40"/>
        <source>&quot;%1&quot; is not tag=value</source>
        <translation>« %1 » n&apos;est pas de la forme tag=valeur</translation>
    </message>
    <message>
        <location filename="../smtp/taglist.cpp" line="47"/>
        <source>&quot;%1&quot; is not a valid tag name</source>
        <translation>« %1 » n&apos;est pas un nom de tag valide</translation>
    </message>
    <message>
        <location filename="../smtp/taglist.cpp" line="51"/>
        <source>the tag &quot;%1&quot; appears twice</source>
        <translation>le tag « %1 » apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>smtp::TlsChannel</name>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="144"/>
        <source>it is self-signed</source>
        <translation>il est auto-signé</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="146"/>
        <source>its chain ends in a self-signed certificate nobody here trusts</source>
        <translation>sa chaîne se termine par un certificat auto-signé auquel personne ici ne fait confiance</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="150"/>
        <source>its issuer is not trusted here</source>
        <translation>son émetteur n&apos;est pas reconnu ici</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="152"/>
        <source>it has expired</source>
        <translation>il a expiré</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="154"/>
        <source>it is not valid yet</source>
        <translation>il n&apos;est pas encore valide</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="157"/>
        <source>it is for another name</source>
        <translation>il est établi pour un autre nom</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="159"/>
        <source>OpenSSL says: %1</source>
        <translation>OpenSSL indique : %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="219"/>
        <location filename="../smtp/tlschannel.cpp" line="268"/>
        <source>The TLS library could not be set up: %1</source>
        <translation>La bibliothèque TLS n&apos;a pas pu être initialisée : %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="258"/>
        <source>The CA file given holds no certificate that can be read.</source>
        <translation>Le fichier d&apos;autorité de certification indiqué ne contient aucun certificat lisible.</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="283"/>
        <source>The address %1 cannot be checked against a certificate.</source>
        <translation>L&apos;adresse %1 ne peut pas être vérifiée par rapport à un certificat.</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="294"/>
        <source>The server name %1 cannot be checked against a certificate.</source>
        <translation>Le nom de serveur %1 ne peut pas être vérifié par rapport à un certificat.</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="375"/>
        <source>the server ended the TLS handshake</source>
        <translation>le serveur a mis fin à la négociation TLS</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="401"/>
        <source>TLS error while sending: %1</source>
        <translation>Erreur TLS à l&apos;envoi : %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlschannel.cpp" line="426"/>
        <source>TLS error while receiving: %1</source>
        <translation>Erreur TLS à la réception : %1</translation>
    </message>
</context>
<context>
    <name>smtp::TlsReport</name>
    <message>
        <location filename="../smtp/certificateinfo.cpp" line="92"/>
        <source>%1 bits, of a kind Qt does not name</source>
        <translation>%1 bits, d&apos;un type que Qt ne nomme pas</translation>
    </message>
    <message>
        <location filename="../smtp/certificateinfo.cpp" line="93"/>
        <source>%1 %2 bits</source>
        <translation>%1 %2 bits</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="49"/>
        <source>TLS version %1 (1.2 or later, as RFC 8996 requires)</source>
        <translation>TLS version %1 (1.2 ou ultérieure, comme l&apos;exige la RFC 8996)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="50"/>
        <source>TLS version %1 is older than 1.2</source>
        <translation>La version %1 de TLS est antérieure à 1.2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="55"/>
        <source>The certificate is the pinned one (SHA-256 %1)</source>
        <translation>Le certificat est celui qui est épinglé (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="57"/>
        <source>The certificate is not the pinned one (its SHA-256 is %1)</source>
        <translation>Le certificat n&apos;est pas celui qui est épinglé (son SHA-256 est %1)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="64"/>
        <source>The certificate covers the name %1</source>
        <translation>Le certificat couvre le nom %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="65"/>
        <source>The certificate does not cover the name %1</source>
        <translation>Le certificat ne couvre pas le nom %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="71"/>
        <source>Every certificate of the chain is within its validity dates</source>
        <translation>Chaque certificat de la chaîne est dans ses dates de validité</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="72"/>
        <source>A certificate of the chain is expired or not yet valid</source>
        <translation>Un certificat de la chaîne est expiré ou pas encore valide</translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="75"/>
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Le certificat expire dans %n jour</numerusform>
            <numerusform>Le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="80"/>
        <source>The chain is trusted (by the system&apos;s CAs or the extra CA file)</source>
        <translation>La chaîne est approuvée (par les autorités de certification du système ou le fichier d&apos;autorité supplémentaire)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="81"/>
        <source>The chain is accepted (trusted, or the pinned certificate)</source>
        <translation>La chaîne est acceptée (approuvée, ou certificat épinglé)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="105"/>
        <source>TLS handshake not finished</source>
        <translation>Négociation TLS non terminée</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="105"/>
        <source>%1, cipher %2</source>
        <translation>%1, chiffrement %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="108"/>
        <source>%1: %n checks passed</source>
        <translation>
            <numerusform>%1 : %n vérification réussie</numerusform>
            <numerusform>%1 : %n vérifications réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../smtp/tlsreport.cpp" line="111"/>
        <source>%1: %2 of %n checks failed</source>
        <translation>
            <numerusform>%1 : échec de %2 vérification sur %n</numerusform>
            <numerusform>%1 : échec de %2 des %n vérifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="121"/>
        <source>TLS: %1, cipher %2 (%3-bit key)</source>
        <translation>TLS : %1, chiffrement %2 (clé de %3 bits)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="122"/>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS : %1, chiffrement %2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="123"/>
        <source>negotiated apart from the cipher (TLS 1.3)</source>
        <translation>négocié séparément du chiffrement (TLS 1.3)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="125"/>
        <source>%1, ephemeral key %2</source>
        <translation>%1, clé éphémère %2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="126"/>
        <source>  Key exchange: %1</source>
        <translation>  Échange de clés : %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="128"/>
        <source>  Server authentication: %1</source>
        <translation>  Authentification du serveur : %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="130"/>
        <source>TLS: the handshake with %1 did not finish</source>
        <translation>TLS : la négociation avec %1 ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="134"/>
        <source>  Certificate %1: %2, issued by %3%4</source>
        <translation>  Certificat %1 : %2, émis par %3%4</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="136"/>
        <source> (self-signed)</source>
        <translation> (auto-signé)</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="137"/>
        <source>    valid %1 to %2</source>
        <translation>    valide du %1 au %2</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="140"/>
        <source>    names: %1</source>
        <translation>    noms : %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="142"/>
        <source>    key: %1</source>
        <translation>    clé : %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="143"/>
        <source>    SHA-256: %1</source>
        <translation>    SHA-256 : %1</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="146"/>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../smtp/tlsreport.cpp" line="146"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
</context>
<context>
    <name>smtp::commandline</name>
    <message>
        <location filename="../smtp/commandline.cpp" line="51"/>
        <source>an address literal must be closed with &quot;]&quot;</source>
        <translation>une adresse littérale doit être fermée par « ] »</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="57"/>
        <source>an address literal must be an IPv4 address, IPv6:address or tag:value</source>
        <translation>une adresse littérale doit être une adresse IPv4, IPv6:adresse ou tag:valeur</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="65"/>
        <location filename="../smtp/commandline.cpp" line="69"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="74"/>
        <location filename="../smtp/commandline.cpp" line="77"/>
        <source>the tag of an address literal must be letters, digits and hyphens</source>
        <translation>le tag d&apos;une adresse littérale doit être composé de lettres, de chiffres et de traits d&apos;union</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="79"/>
        <source>an address literal needs a value after &quot;%1:&quot;</source>
        <translation>une adresse littérale demande une valeur après « %1: »</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="85"/>
        <source>an address literal may hold only printable ASCII other than &quot;[&quot;, &quot;\&quot; and &quot;]&quot;</source>
        <translation>une adresse littérale ne peut contenir que de l&apos;ASCII imprimable autre que « [ », « \ » et « ] »</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="93"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="95"/>
        <source>the name contains a line break or NUL</source>
        <translation>le nom contient un saut de ligne ou NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="102"/>
        <source>&quot;%1&quot; is not a host name (letters, digits and hyphens, separated by dots) nor an address literal such as [192.0.2.1]</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte (lettres, chiffres et traits d&apos;union, séparés par des points) ni une adresse littérale comme [192.0.2.1]</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="125"/>
        <source>NOTIFY contains a line break or NUL</source>
        <translation>NOTIFY contient un saut de ligne ou NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="139"/>
        <source>NOTIFY has an empty item</source>
        <translation>NOTIFY a un élément vide</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="140"/>
        <source>NOTIFY does not know &quot;%1&quot; (use NEVER, or SUCCESS, FAILURE and DELAY)</source>
        <translation>NOTIFY ne connaît pas « %1 » (utilisez NEVER, ou SUCCESS, FAILURE et DELAY)</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="145"/>
        <source>NOTIFY names %1 twice</source>
        <translation>NOTIFY nomme %1 deux fois</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="152"/>
        <location filename="../smtp/commandline.cpp" line="321"/>
        <source>NOTIFY=NEVER cannot be combined with SUCCESS, FAILURE or DELAY</source>
        <translation>NOTIFY=NEVER ne peut pas être combiné avec SUCCESS, FAILURE ou DELAY</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="162"/>
        <source>RET contains a line break or NUL</source>
        <translation>RET contient un saut de ligne ou NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="166"/>
        <source>RET must be FULL or HDRS, not &quot;%1&quot;</source>
        <translation>RET doit valoir FULL ou HDRS, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="175"/>
        <source>ENVID contains a line break or NUL</source>
        <translation>ENVID contient un saut de ligne ou NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="177"/>
        <source>ENVID is empty</source>
        <translation>ENVID est vide</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="180"/>
        <source>ENVID may hold only printable ASCII characters</source>
        <translation>ENVID ne peut contenir que des caractères ASCII imprimables</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="182"/>
        <source>ENVID is longer than 100 characters once encoded</source>
        <translation>ENVID dépasse 100 caractères une fois encodé</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="189"/>
        <source>the user name is empty</source>
        <translation>le nom d&apos;utilisateur est vide</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="191"/>
        <source>the user name contains a line break or NUL</source>
        <translation>le nom d&apos;utilisateur contient un saut de ligne ou NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="227"/>
        <source>the address contains a line break or NUL</source>
        <translation>l&apos;adresse contient un saut de ligne ou NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="229"/>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="234"/>
        <source>the address contains a control character</source>
        <translation>l&apos;adresse contient un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="236"/>
        <source>the address has non-ASCII characters and SMTPUTF8 is not in use</source>
        <translation>l&apos;adresse contient des caractères non ASCII et SMTPUTF8 n&apos;est pas utilisé</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="240"/>
        <source>the address has a bad escape in its quoted part</source>
        <translation>l&apos;adresse a un échappement incorrect dans sa partie entre guillemets</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="246"/>
        <source>the address contains a space or an angle bracket</source>
        <translation>l&apos;adresse contient une espace ou un chevron</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="249"/>
        <source>the address has an unclosed quote</source>
        <translation>l&apos;adresse a un guillemet non fermé</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="330"/>
        <source>the original recipient contains a line break or NUL</source>
        <translation>le destinataire d&apos;origine contient un saut de ligne ou NUL</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="355"/>
        <location filename="../smtp/commandline.cpp" line="360"/>
        <source>the login method name is not valid</source>
        <translation>le nom de la méthode d&apos;identification n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="366"/>
        <location filename="../smtp/commandline.cpp" line="377"/>
        <source>the login response is not base64</source>
        <translation>la réponse d&apos;identification n&apos;est pas du base64</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="400"/>
        <source>the line contains a line break (CR or LF) or a NUL character, which would end or cut the command; nothing was sent</source>
        <translation>la ligne contient un saut de ligne (CR ou LF) ou un caractère NUL, qui terminerait ou couperait la commande ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="403"/>
        <source>the line is empty; nothing was sent</source>
        <translation>la ligne est vide ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="405"/>
        <source>the line is %1 octets long; a command line may have at most %2 (512 with its CRLF, RFC 5321 §4.5.3.1.4); nothing was sent</source>
        <translation>la ligne fait %1 octets ; une ligne de commande peut en avoir au plus %2 (512 avec son CRLF, RFC 5321 §4.5.3.1.4) ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="420"/>
        <source>the line contains a line break (CR or LF) or a NUL character; each line of the message is typed on its own; nothing was sent</source>
        <translation>la ligne contient un saut de ligne (CR ou LF) ou un caractère NUL ; chaque ligne du message se saisit séparément ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../smtp/commandline.cpp" line="423"/>
        <source>the line is %1 octets long; a line of a message may have at most %2 (1000 with its CRLF, RFC 5321 §4.5.3.1.6); nothing was sent</source>
        <translation>la ligne fait %1 octets ; une ligne de message peut en avoir au plus %2 (1000 avec son CRLF, RFC 5321 §4.5.3.1.6) ; rien n&apos;a été envoyé</translation>
    </message>
</context>
<context>
    <name>smtp::dkim</name>
    <message>
        <location filename="../smtp/dkim.cpp" line="32"/>
        <source>v= must be the first tag and be DKIM1</source>
        <translation>v= doit être le premier tag et valoir DKIM1</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="36"/>
        <source>the public key p= is missing</source>
        <translation>la clé publique p= manque</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="53"/>
        <source>the public key p= is not valid base64</source>
        <translation>la clé publique p= n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="59"/>
        <source>an ed25519 key must be 32 bytes, this one has %1</source>
        <translation>une clé ed25519 doit faire 32 octets, celle-ci en a %1</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="66"/>
        <source>k=%1 is not a key type DKIM knows (rsa or ed25519)</source>
        <translation>k=%1 n&apos;est pas un type de clé que DKIM connaît (rsa ou ed25519)</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="71"/>
        <source>the public key p= is not an RSA public key</source>
        <translation>la clé publique p= n&apos;est pas une clé publique RSA</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="85"/>
        <source>The DKIM key at %1 cannot be used: %2. Signatures with this selector fail.</source>
        <translation>La clé DKIM à %1 est inutilisable : %2. Les signatures avec ce sélecteur échouent.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="87"/>
        <source>Publish the key exactly as your mail provider or signing software gives it.</source>
        <translation>Publiez la clé exactement comme votre fournisseur de messagerie ou votre logiciel de signature la donne.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="93"/>
        <source>The DKIM key at %1 is revoked (empty p=): signatures with this selector fail.</source>
        <translation>La clé DKIM à %1 est révoquée (p= vide) : les signatures avec ce sélecteur échouent.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="94"/>
        <source>Stop signing with selector %1, or publish its key again.</source>
        <translation>Arrêtez de signer avec le sélecteur %1, ou publiez de nouveau sa clé.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="100"/>
        <source>The DKIM key at %1 is RSA of %2 bits: receivers ignore keys under 1024 bits (RFC 8301).</source>
        <translation>La clé DKIM à %1 est une clé RSA de %2 bits : les destinataires ignorent les clés de moins de 1024 bits (RFC 8301).</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="103"/>
        <location filename="../smtp/dkim.cpp" line="109"/>
        <source>Generate a 2048-bit key and publish it under a new selector.</source>
        <translation>Générez une clé de 2048 bits et publiez-la sous un nouveau sélecteur.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="106"/>
        <source>The DKIM key at %1 is RSA of %2 bits: accepted, but 2048 bits is recommended.</source>
        <translation>La clé DKIM à %1 est une clé RSA de %2 bits : acceptée, mais 2048 bits sont recommandés.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="114"/>
        <source>The DKIM key at %1 is present: %2, %3 bits.</source>
        <translation>La clé DKIM à %1 est présente : %2, %3 bits.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="118"/>
        <source>The key is marked as testing (t=y): receivers may treat its signatures as unsigned.</source>
        <translation>La clé est marquée comme en test (t=y) : les destinataires peuvent traiter ses signatures comme absentes.</translation>
    </message>
    <message>
        <location filename="../smtp/dkim.cpp" line="119"/>
        <source>Remove t=y once signing works.</source>
        <translation>Retirez t=y une fois que la signature fonctionne.</translation>
    </message>
</context>
<context>
    <name>smtp::dmarc</name>
    <message>
        <location filename="../smtp/dmarc.cpp" line="46"/>
        <source>the record must start with v=DMARC1</source>
        <translation>l&apos;enregistrement doit commencer par v=DMARC1</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="50"/>
        <source>the policy p= must come right after v=DMARC1</source>
        <translation>la politique p= doit venir juste après v=DMARC1</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="60"/>
        <source>%1=%2: the policy must be none, quarantine or reject</source>
        <translation>%1=%2 : la politique doit être none, quarantine ou reject</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="68"/>
        <source>pct=%1: the percentage must be a whole number from 0 to 100</source>
        <translation>pct=%1 : le pourcentage doit être un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="74"/>
        <source>%1=%2: alignment must be r (relaxed) or s (strict)</source>
        <translation>%1=%2 : l&apos;alignement doit être r (souple) ou s (strict)</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="83"/>
        <source>%1: &quot;%2&quot; is not a report address (mailto:ADDRESS)</source>
        <translation>%1 : « %2 » n&apos;est pas une adresse de rapport (mailto:ADDRESS)</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="93"/>
        <source>ri=%1: the report interval must be a number of seconds</source>
        <translation>ri=%1 : l&apos;intervalle des rapports doit être un nombre de secondes</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="99"/>
        <source>fo=%1: the failure options are 0, 1, d and s, separated by &quot;:&quot;</source>
        <translation>fo=%1 : les options d&apos;échec sont 0, 1, d et s, séparées par « : »</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="104"/>
        <source>rf=%1: the only report format is afrf</source>
        <translation>rf=%1 : le seul format de rapport est afrf</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="119"/>
        <source>The DMARC record of %1 has a syntax error: %2. Receivers ignore it, as if there were none.</source>
        <translation>L&apos;enregistrement DMARC de %1 a une erreur de syntaxe : %2. Les destinataires l&apos;ignorent, comme s&apos;il n&apos;y en avait pas.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="122"/>
        <source>Correct it, e.g. &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</source>
        <translation>Corrigez-le, par ex. « v=DMARC1; p=none; rua=mailto:dmarc@%1 ».</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="128"/>
        <source>%1 has no DMARC record of its own; the one of its organisational domain %2 applies (with its sp= policy, if any).</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement DMARC propre ; celui de son domaine d&apos;organisation %2 s&apos;applique (avec sa politique sp=, s&apos;il y en a une).</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="136"/>
        <source>The DMARC policy is p=none: receivers only report; mail that fails SPF and DKIM alignment is still delivered, so the domain can be forged.</source>
        <translation>La politique DMARC est p=none : les destinataires ne font que signaler ; le courrier qui échoue à l&apos;alignement SPF et DKIM est quand même distribué, donc le domaine peut être usurpé.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="138"/>
        <source>After reading the reports for a while, move to p=quarantine, then p=reject.</source>
        <translation>Après avoir lu les rapports quelque temps, passez à p=quarantine, puis p=reject.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="142"/>
        <source>The DMARC policy is p=quarantine: mail that fails alignment goes to spam.</source>
        <translation>La politique DMARC est p=quarantine : le courrier qui échoue à l&apos;alignement va dans les indésirables.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="147"/>
        <source>The DMARC policy is p=reject: mail that fails alignment is refused.</source>
        <translation>La politique DMARC est p=reject : le courrier qui échoue à l&apos;alignement est refusé.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="152"/>
        <source>Subdomains have their own policy: sp=%1.</source>
        <translation>Les sous-domaines ont leur propre politique : sp=%1.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="156"/>
        <source>pct=%1: the policy applies to %1% of failing mail only; the rest is treated as with p=none.</source>
        <translation>pct=%1 : la politique ne s&apos;applique qu&apos;à %1 % du courrier en échec ; le reste est traité comme avec p=none.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="159"/>
        <source>Raise pct to 100 (or remove it) once you are confident.</source>
        <translation>Montez pct à 100 (ou retirez-le) quand vous êtes sûr de vous.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="163"/>
        <source>Alignment: DKIM %1, SPF %2 (relaxed: the signing or envelope domain may be a subdomain of the From domain; strict: it must be the same name).</source>
        <translation>Alignement : DKIM %1, SPF %2 (souple : le domaine de signature ou d&apos;enveloppe peut être un sous-domaine du domaine From ; strict : ce doit être le même nom).</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="165"/>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="165"/>
        <source>relaxed</source>
        <translation>souple</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="169"/>
        <source>No aggregate report address (rua=): you will not learn who sends mail as %1, nor what fails.</source>
        <translation>Pas d&apos;adresse de rapports agrégés (rua=) : vous ne saurez pas qui envoie du courrier en tant que %1, ni ce qui échoue.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="172"/>
        <source>Add rua=mailto:ADDRESS to receive the daily reports.</source>
        <translation>Ajoutez rua=mailto:ADDRESS pour recevoir les rapports quotidiens.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="176"/>
        <source>Aggregate reports go to %1.</source>
        <translation>Les rapports agrégés vont à %1.</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="182"/>
        <source>Failure reports go to %1 (few receivers send them).</source>
        <translation>Les rapports d&apos;échec vont à %1 (peu de destinataires en envoient).</translation>
    </message>
    <message>
        <location filename="../smtp/dmarc.cpp" line="194"/>
        <source>Reports for %1 go to another domain (%2): it must publish &quot;%1._report._dmarc.%2&quot; (RFC 7489 §7.1), or receivers will not send them.</source>
        <translation>Les rapports pour %1 vont à un autre domaine (%2) : celui-ci doit publier « %1._report._dmarc.%2 » (RFC 7489 §7.1), sinon les destinataires ne les enverront pas.</translation>
    </message>
</context>
<context>
    <name>smtp::domainreport</name>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="81"/>
        <source>%1 has no MX record: replies and bounces go to its address record, if it has one (RFC 5321 §5.1), and some receivers distrust senders whose domain receives no mail.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX : les réponses et les retours d&apos;erreur vont à son enregistrement d&apos;adresse, s&apos;il en a un (RFC 5321 §5.1), et certains destinataires se méfient des expéditeurs dont le domaine ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="84"/>
        <source>Publish an MX record naming the server that receives mail for %1.</source>
        <translation>Publiez un enregistrement MX nommant le serveur qui reçoit le courrier de %1.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="90"/>
        <source>%1 publishes a null MX (RFC 7505): it receives no mail, so replies and bounces to its senders are lost.</source>
        <translation>%1 publie un MX nul (RFC 7505) : il ne reçoit aucun courrier, donc les réponses et les retours d&apos;erreur à ses expéditeurs sont perdus.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="93"/>
        <source>If people should be able to reply, publish a real MX record.</source>
        <translation>Si l&apos;on doit pouvoir vous répondre, publiez un vrai enregistrement MX.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="100"/>
        <source>The mail server %1 (an MX of %2) has no address (A or AAAA record): mail to %2 cannot be delivered to it.</source>
        <translation>Le serveur de messagerie %1 (un MX de %2) n&apos;a pas d&apos;adresse (enregistrement A ou AAAA) : le courrier pour %2 ne peut pas lui être distribué.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="103"/>
        <source>Give %1 an A record, or remove it from the MX records.</source>
        <translation>Donnez à %1 un enregistrement A, ou retirez-le des enregistrements MX.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="108"/>
        <source>Mail for %1 is received by %2 (%3).</source>
        <translation>Le courrier pour %1 est reçu par %2 (%3).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="126"/>
        <source>%1 has no SPF record: receivers cannot tell which servers may send its mail, and large providers refuse or junk mail that has neither SPF nor DKIM.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement SPF : les destinataires ne peuvent pas savoir quels serveurs peuvent envoyer son courrier, et les grands fournisseurs refusent ou classent en indésirable le courrier qui n&apos;a ni SPF ni DKIM.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="129"/>
        <source>Publish a TXT record at %1 such as &quot;v=spf1 mx include:YOUR-PROVIDER -all&quot; (your mail provider documents its include).</source>
        <translation>Publiez un enregistrement TXT à %1 comme « v=spf1 mx include:YOUR-PROVIDER -all » (votre fournisseur de messagerie documente son include).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="136"/>
        <source>The SPF record of %1: %2</source>
        <translation>L&apos;enregistrement SPF de %1 : %2</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="150"/>
        <source>Checking an address against the record takes %1 of the %2 DNS lookups allowed (RFC 7208 §4.6.4), %3 of them finding nothing.</source>
        <translation>Vérifier une adresse avec cet enregistrement prend %1 des %2 requêtes DNS permises (RFC 7208 §4.6.4), dont %3 ne trouvent rien.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="156"/>
        <source>Close to the limit: one more include and SPF fails for everyone. Replace includes by ip4/ip6 ranges where you can.</source>
        <translation>Proche de la limite : un include de plus et SPF échoue pour tout le monde. Remplacez les includes par des plages ip4/ip6 quand vous le pouvez.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="166"/>
        <source>For the submission server %1 (%2), SPF says %3: %4.</source>
        <translation>Pour le serveur d&apos;envoi %1 (%2), SPF dit %3 : %4.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="172"/>
        <source>It matched %1.</source>
        <translation>Il correspondait à %1.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="180"/>
        <source>Add the server to the record: &quot;%1&quot; (or your provider&apos;s include), before the &quot;all&quot; at the end.</source>
        <translation>Ajoutez le serveur à l&apos;enregistrement : « %1 » (ou l&apos;include de votre fournisseur), avant le « all » final.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="187"/>
        <source>Check that the DNS servers answer.</source>
        <translation>Vérifiez que les serveurs DNS répondent.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="190"/>
        <source>Correct the record (see above).</source>
        <translation>Corrigez l&apos;enregistrement (voir ci-dessus).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="216"/>
        <source>%1 has no DMARC record: receivers do not know what to do with mail that fails SPF and DKIM, and large providers require one from bulk senders.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement DMARC : les destinataires ne savent pas quoi faire du courrier qui échoue à SPF et DKIM, et les grands fournisseurs en exigent un des expéditeurs en masse.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="219"/>
        <source>Publish a TXT record at _dmarc.%1: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot; to start with.</source>
        <translation>Publiez un enregistrement TXT à _dmarc.%1 : « v=DMARC1; p=none; rua=mailto:dmarc@%1 » pour commencer.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="227"/>
        <source>_dmarc.%1 holds %2 DMARC records: receivers then apply none of them.</source>
        <translation>_dmarc.%1 contient %2 enregistrements DMARC : les destinataires n&apos;en appliquent alors aucun.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="230"/>
        <location filename="../smtp/domaincheck.cpp" line="288"/>
        <source>Keep exactly one.</source>
        <translation>Gardez-en un seul.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="234"/>
        <source>The DMARC record of %1: %2</source>
        <translation>L&apos;enregistrement DMARC de %1 : %2</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="244"/>
        <source>No DKIM selector given, so no key was looked up (DNS cannot list them).</source>
        <translation>Aucun sélecteur DKIM indiqué, donc aucune clé n&apos;a été cherchée (le DNS ne peut pas les lister).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="245"/>
        <source>Give the selector: it is the s= of the DKIM-Signature header in a message you sent.</source>
        <translation>Indiquez le sélecteur : c&apos;est le s= de l&apos;en-tête DKIM-Signature d&apos;un message que vous avez envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="255"/>
        <source>There is no DKIM key at %1: messages signed with selector %2 fail DKIM.</source>
        <translation>Il n&apos;y a pas de clé DKIM à %1 : les messages signés avec le sélecteur %2 échouent à DKIM.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="257"/>
        <source>Publish the public key your mail provider or signing software gives for selector %1, or check the selector&apos;s spelling.</source>
        <translation>Publiez la clé publique que votre fournisseur de messagerie ou votre logiciel de signature donne pour le sélecteur %1, ou vérifiez l&apos;orthographe du sélecteur.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="278"/>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without verified TLS.</source>
        <translation>%1 ne publie pas de politique MTA-STS : les expéditeurs peuvent lui distribuer du courrier sans TLS vérifié.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="279"/>
        <source>Optional: publish _mta-sts.%1 and a policy file at https://mta-sts.%1/.well-known/mta-sts.txt (RFC 8461) so senders insist on TLS.</source>
        <translation>Facultatif : publiez _mta-sts.%1 et un fichier de politique à https://mta-sts.%1/.well-known/mta-sts.txt (RFC 8461) pour que les expéditeurs exigent TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="285"/>
        <source>_mta-sts.%1 holds %2 MTA-STS records: senders then ignore MTA-STS (RFC 8461 §3.1).</source>
        <translation>_mta-sts.%1 contient %2 enregistrements MTA-STS : les expéditeurs ignorent alors MTA-STS (RFC 8461 §3.1).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="306"/>
        <source>%1 publishes no TLS-RPT record: senders cannot report TLS failures to you.</source>
        <translation>%1 ne publie pas d&apos;enregistrement TLS-RPT : les expéditeurs ne peuvent pas vous signaler les échecs TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="307"/>
        <source>Publish a TXT record at _smtp._tls.%1: &quot;v=TLSRPTv1; rua=mailto:tls-reports@%1&quot; (RFC 8460).</source>
        <translation>Publiez un enregistrement TXT à _smtp._tls.%1 : « v=TLSRPTv1; rua=mailto:tls-reports@%1 » (RFC 8460).</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="315"/>
        <source>The TLS-RPT record _smtp._tls.%1 has an error: %2.</source>
        <translation>L&apos;enregistrement TLS-RPT _smtp._tls.%1 contient une erreur : %2.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="316"/>
        <source>Write it as &quot;v=TLSRPTv1; rua=mailto:ADDRESS&quot;.</source>
        <translation>Écrivez-le sous la forme « v=TLSRPTv1; rua=mailto:ADDRESS ».</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="320"/>
        <source>TLS failure reports go to %1.</source>
        <translation>Les rapports d&apos;échec TLS vont à %1.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="331"/>
        <source>The server name %1 has no address.</source>
        <translation>Le nom de serveur %1 n&apos;a pas d&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="332"/>
        <source>Check the server name in your account settings.</source>
        <translation>Vérifiez le nom du serveur dans les réglages de votre compte.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="338"/>
        <source>Could not read the greeting of %1: %2</source>
        <translation>Impossible de lire le message d&apos;accueil de %1 : %2</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="339"/>
        <source>Its name was not compared with the reverse DNS.</source>
        <translation>Son nom n&apos;a pas été comparé au DNS inverse.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="343"/>
        <source>%1 greets with &quot;%2&quot; and introduces itself in EHLO as %3.</source>
        <translation>%1 salue avec « %2 » et se présente dans EHLO comme %3.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="351"/>
        <source>The address %1 of %2 has no reverse DNS (PTR record): many receivers refuse or junk mail from such addresses.</source>
        <translation>L&apos;adresse %1 de %2 n&apos;a pas de DNS inverse (enregistrement PTR) : beaucoup de destinataires refusent ou classent en indésirable le courrier venant de telles adresses.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="354"/>
        <source>Ask whoever runs the server&apos;s network to set the PTR record of %1 to the server&apos;s name.</source>
        <translation>Demandez à qui gère le réseau du serveur de régler l&apos;enregistrement PTR de %1 sur le nom du serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="365"/>
        <source>The reverse DNS of %1 says %2, but that name does not lead back to %1: receivers treat the name as unverified.</source>
        <translation>Le DNS inverse de %1 indique %2, mais ce nom ne ramène pas à %1 : les destinataires considèrent le nom comme non vérifié.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="368"/>
        <source>Give %1 an address record for %2.</source>
        <translation>Donnez à %1 un enregistrement d&apos;adresse pour %2.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="372"/>
        <source>The reverse DNS of %1 is %2, and it leads back to the address.</source>
        <translation>Le DNS inverse de %1 est %2, et il ramène bien à l&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="383"/>
        <source>The server&apos;s greeting name %1 matches its reverse DNS.</source>
        <translation>Le nom d&apos;accueil du serveur %1 correspond à son DNS inverse.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="387"/>
        <source>The server greets as %1, but the reverse DNS of %2 is %3: receivers that compare them may distrust its mail.</source>
        <translation>Le serveur salue en tant que %1, mais le DNS inverse de %2 est %3 : les destinataires qui les comparent peuvent se méfier de son courrier.</translation>
    </message>
    <message>
        <location filename="../smtp/domaincheck.cpp" line="390"/>
        <source>Make the server&apos;s host name and the PTR record of its address the same.</source>
        <translation>Faites correspondre le nom d&apos;hôte du serveur et l&apos;enregistrement PTR de son adresse.</translation>
    </message>
</context>
<context>
    <name>smtp::mtasts</name>
    <message>
        <location filename="../smtp/mtasts.cpp" line="34"/>
        <source>the record must start with v=STSv1</source>
        <translation>l&apos;enregistrement doit commencer par v=STSv1</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="40"/>
        <source>the id= tag is missing</source>
        <translation>le tag id= manque</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="45"/>
        <source>id=%1: the id must be 1 to 32 letters and digits</source>
        <translation>id=%1 : l&apos;identifiant doit faire de 1 à 32 lettres et chiffres</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="62"/>
        <source>the line &quot;%1&quot; is not &quot;key: value&quot;</source>
        <translation>la ligne « %1 » n&apos;est pas de la forme « clé: valeur »</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="69"/>
        <source>version: %1 is not STSv1</source>
        <translation>version : %1 n&apos;est pas STSv1</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="76"/>
        <source>mode: %1 is not enforce, testing or none</source>
        <translation>mode : %1 n&apos;est pas enforce, testing ou none</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="84"/>
        <source>mx: %1 is not a host name pattern</source>
        <translation>mx : %1 n&apos;est pas un modèle de nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="93"/>
        <source>max_age: %1 is not a number of seconds up to 31557600</source>
        <translation>max_age : %1 n&apos;est pas un nombre de secondes jusqu&apos;à 31557600</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="100"/>
        <source>the version: STSv1 line is missing</source>
        <translation>la ligne version: STSv1 manque</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="102"/>
        <source>the mode: line is missing</source>
        <translation>la ligne mode: manque</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="104"/>
        <source>the max_age: line is missing</source>
        <translation>la ligne max_age: manque</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="106"/>
        <source>no mx: line: with mode %1 the policy must name the mail servers</source>
        <translation>pas de ligne mx: : avec le mode %1, la politique doit nommer les serveurs de messagerie</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="129"/>
        <source>The MTA-STS record _mta-sts.%1 has an error: %2. Senders ignore MTA-STS.</source>
        <translation>L&apos;enregistrement MTA-STS _mta-sts.%1 contient une erreur : %2. Les expéditeurs ignorent MTA-STS.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="131"/>
        <source>Publish &quot;v=STSv1; id=20260101&quot; (change the id whenever the policy changes).</source>
        <translation>Publiez « v=STSv1; id=20260101 » (changez l&apos;id chaque fois que la politique change).</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="136"/>
        <source>The MTA-STS policy https://mta-sts.%1/.well-known/mta-sts.txt cannot be used: %2.</source>
        <translation>La politique MTA-STS https://mta-sts.%1/.well-known/mta-sts.txt est inutilisable : %2.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="138"/>
        <source>Serve a text/plain file over HTTPS with a valid certificate for mta-sts.%1, with version, mode, mx and max_age lines.</source>
        <translation>Servez un fichier text/plain en HTTPS avec un certificat valide pour mta-sts.%1, avec des lignes version, mode, mx et max_age.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="146"/>
        <source>MTA-STS is enforced (id %1): senders deliver to %2 only over verified TLS.</source>
        <translation>MTA-STS est appliqué (id %1) : les expéditeurs ne distribuent à %2 qu&apos;en TLS vérifié.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="151"/>
        <source>MTA-STS is in testing mode (id %1): senders report TLS failures but still deliver.</source>
        <translation>MTA-STS est en mode test (id %1) : les expéditeurs signalent les échecs TLS mais distribuent quand même.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="153"/>
        <source>Once the TLS reports are clean, set mode: enforce.</source>
        <translation>Une fois les rapports TLS sans erreur, passez à mode: enforce.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="156"/>
        <source>MTA-STS is published with mode: none (switched off).</source>
        <translation>MTA-STS est publié avec mode: none (désactivé).</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="159"/>
        <source>max_age is %1 seconds: senders forget the policy quickly, which weakens it.</source>
        <translation>max_age vaut %1 secondes : les expéditeurs oublient vite la politique, ce qui l&apos;affaiblit.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="161"/>
        <source>Use at least a day (86400), and weeks (e.g. 1209600) once it works.</source>
        <translation>Utilisez au moins un jour (86400), et des semaines (par ex. 1209600) une fois que cela fonctionne.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="171"/>
        <source>The mail server %1 (an MX of %2) is not named in the policy&apos;s mx lines: senders that enforce MTA-STS will not deliver to it.</source>
        <translation>Le serveur de messagerie %1 (un MX de %2) n&apos;est pas nommé dans les lignes mx de la politique : les expéditeurs qui appliquent MTA-STS ne lui distribueront pas de courrier.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="174"/>
        <source>Add &quot;mx: %1&quot; to the policy and change the id in _mta-sts.%2.</source>
        <translation>Ajoutez « mx: %1 » à la politique et changez l&apos;id dans _mta-sts.%2.</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="195"/>
        <source>the record must start with v=TLSRPTv1</source>
        <translation>l&apos;enregistrement doit commencer par v=TLSRPTv1</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="199"/>
        <source>the report address rua= is missing</source>
        <translation>l&apos;adresse de rapport rua= manque</translation>
    </message>
    <message>
        <location filename="../smtp/mtasts.cpp" line="206"/>
        <source>rua: &quot;%1&quot; is not mailto:ADDRESS nor an https:// address</source>
        <translation>rua : « %1 » n&apos;est ni mailto:ADDRESS ni une adresse https://</translation>
    </message>
</context>
<context>
    <name>smtp::saslPrep</name>
    <message>
        <location filename="../smtp/saslprep.cpp" line="25"/>
        <source>it contains a character that SASLprep (RFC 4013) forbids, such as a control character</source>
        <translation>il contient un caractère que SASLprep (RFC 4013) interdit, comme un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../smtp/saslprep.cpp" line="32"/>
        <source>it mixes right-to-left and left-to-right text in a way that SASLprep (RFC 4013 §6) forbids</source>
        <translation>il mélange du texte de droite à gauche et de gauche à droite d&apos;une façon que SASLprep (RFC 4013 §6) interdit</translation>
    </message>
    <message>
        <location filename="../smtp/saslprep.cpp" line="37"/>
        <source>SASLprep (RFC 4013) could not prepare it (error %1)</source>
        <translation>SASLprep (RFC 4013) n&apos;a pas pu le préparer (erreur %1)</translation>
    </message>
</context>
<context>
    <name>smtp::spf</name>
    <message>
        <location filename="../smtp/spf.cpp" line="40"/>
        <source>a domain is missing</source>
        <translation>il manque un domaine</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="52"/>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>« %1 » n&apos;est pas un nom de domaine</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="91"/>
        <source>&quot;%1&quot; is neither a mechanism nor a modifier</source>
        <translation>« %1 » n&apos;est ni un mécanisme ni un modificateur</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="101"/>
        <source>&quot;%1&quot; needs a domain after &quot;:&quot;</source>
        <translation>« %1 » demande un domaine après « : »</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="110"/>
        <source>&quot;%1&quot;: &quot;all&quot; takes nothing after it</source>
        <translation>« %1 » : « all » ne prend rien après lui</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="126"/>
        <source>&quot;%1&quot; is not a valid &quot;%2&quot; mechanism</source>
        <translation>« %1 » n&apos;est pas un mécanisme « %2 » valide</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="131"/>
        <location filename="../smtp/spf.cpp" line="181"/>
        <source>&quot;%1&quot;: the IPv4 prefix length must be 0 to 32</source>
        <translation>« %1 » : la longueur du préfixe IPv4 doit être de 0 à 32</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="135"/>
        <location filename="../smtp/spf.cpp" line="182"/>
        <source>&quot;%1&quot;: the IPv6 prefix length must be 0 to 128</source>
        <translation>« %1 » : la longueur du préfixe IPv6 doit être de 0 à 128</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="147"/>
        <source>&quot;%1&quot; is not a valid &quot;ptr&quot; mechanism</source>
        <translation>« %1 » n&apos;est pas un mécanisme « ptr » valide</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="157"/>
        <source>&quot;%1&quot; needs an address after &quot;:&quot;</source>
        <translation>« %1 » demande une adresse après « : »</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="176"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>« %1 » n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="177"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="187"/>
        <source>&quot;%1&quot; is not a mechanism SPF knows</source>
        <translation>« %1 » n&apos;est pas un mécanisme que SPF connaît</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="223"/>
        <source>The TXT records of %1 could not be read: %2</source>
        <translation>Les enregistrements TXT de %1 n&apos;ont pas pu être lus : %2</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="224"/>
        <source>Check that the domain&apos;s DNS servers answer.</source>
        <translation>Vérifiez que les serveurs DNS du domaine répondent.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="236"/>
        <source>%1 publishes %2 SPF records; receivers treat that as an error (permerror).</source>
        <translation>%1 publie %2 enregistrements SPF ; les destinataires traitent cela comme une erreur (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="240"/>
        <source>Merge them into one TXT record that starts with v=spf1.</source>
        <translation>Fusionnez-les en un seul enregistrement TXT qui commence par v=spf1.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="247"/>
        <source>The SPF record of %1 has a syntax error: %2. Receivers treat the whole record as an error (permerror).</source>
        <translation>L&apos;enregistrement SPF de %1 a une erreur de syntaxe : %2. Les destinataires traitent tout l&apos;enregistrement comme une erreur (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="250"/>
        <source>Correct the record; every term must follow RFC 7208.</source>
        <translation>Corrigez l&apos;enregistrement ; chaque terme doit suivre la RFC 7208.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="273"/>
        <source>Evaluating the SPF record needs more than %1 DNS lookups (include, a, mx, ptr, exists, redirect); receivers stop there with an error (permerror), so SPF fails for everyone.</source>
        <translation>L&apos;évaluation de l&apos;enregistrement SPF demande plus de %1 requêtes DNS (include, a, mx, ptr, exists, redirect) ; les destinataires s&apos;arrêtent là avec une erreur (permerror), donc SPF échoue pour tout le monde.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="277"/>
        <source>Reduce the lookups: replace include, a and mx by the ip4/ip6 ranges they stand for, or drop services you no longer use.</source>
        <translation>Réduisez les requêtes : remplacez include, a et mx par les plages ip4/ip6 qu&apos;ils représentent, ou retirez les services que vous n&apos;utilisez plus.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="294"/>
        <source>More than %1 of the DNS lookups of this SPF check found no record (void lookups, RFC 7208 §4.6.4; the last: %2); receivers stop there with an error (permerror).</source>
        <translation>Plus de %1 des recherches DNS de cette vérification SPF n&apos;ont trouvé aucun enregistrement (recherches vides, RFC 7208 §4.6.4 ; la dernière : %2) ; les destinataires s&apos;arrêtent là sur une erreur (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="299"/>
        <source>Remove the terms that name domains or hosts that no longer exist.</source>
        <translation>Retirez les termes qui nomment des domaines ou des hôtes qui n&apos;existent plus.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="350"/>
        <source>The SPF records loop: %1 leads back to %2. Receivers give up with an error (permerror).</source>
        <translation>Les enregistrements SPF forment une boucle : %1 ramène à %2. Les destinataires abandonnent avec une erreur (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="353"/>
        <source>Remove the include or redirect that points back.</source>
        <translation>Retirez l&apos;include ou le redirect qui pointe en arrière.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="395"/>
        <source>%1 includes %2, which has no SPF record: receivers treat that as an error (permerror).</source>
        <translation>%1 inclut %2, qui n&apos;a pas d&apos;enregistrement SPF : les destinataires traitent cela comme une erreur (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="398"/>
        <source>Remove include:%1, or ask its owner for the right name.</source>
        <translation>Retirez include:%1, ou demandez le bon nom à son propriétaire.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="433"/>
        <source>&quot;%1&quot; in the record of %2 names %3 mail servers; SPF allows 10 (permerror).</source>
        <translation>« %1 » dans l&apos;enregistrement de %2 nomme %3 serveurs de messagerie ; SPF en permet 10 (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="437"/>
        <source>List the servers&apos; addresses with ip4/ip6 instead.</source>
        <translation>Listez plutôt les adresses des serveurs avec ip4/ip6.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="510"/>
        <source>%1 redirects to %2, which has no SPF record: receivers treat that as an error (permerror).</source>
        <translation>%1 redirige vers %2, qui n&apos;a pas d&apos;enregistrement SPF : les destinataires traitent cela comme une erreur (permerror).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="513"/>
        <source>Point redirect= at a domain that publishes an SPF record.</source>
        <translation>Faites pointer redirect= vers un domaine qui publie un enregistrement SPF.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="575"/>
        <source>the domain publishes no SPF record, so receivers cannot tell its servers</source>
        <translation>le domaine ne publie pas d&apos;enregistrement SPF, donc les destinataires ne peuvent pas reconnaître ses serveurs</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="577"/>
        <source>the record makes no statement about this address</source>
        <translation>l&apos;enregistrement ne dit rien de cette adresse</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="579"/>
        <source>this address may send mail for the domain</source>
        <translation>cette adresse peut envoyer du courrier pour le domaine</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="581"/>
        <source>this address may not send mail for the domain: receivers may reject it</source>
        <translation>cette adresse ne peut pas envoyer de courrier pour le domaine : les destinataires peuvent le refuser</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="583"/>
        <source>this address is probably not allowed: receivers usually mark the mail as suspicious</source>
        <translation>cette adresse n&apos;est probablement pas autorisée : les destinataires marquent d&apos;habitude le courrier comme suspect</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="585"/>
        <source>a DNS lookup failed for now: receivers may defer the mail</source>
        <translation>une requête DNS a échoué pour l&apos;instant : les destinataires peuvent différer le courrier</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="587"/>
        <source>the record is broken: receivers treat SPF as failed or ignore it</source>
        <translation>l&apos;enregistrement est cassé : les destinataires considèrent SPF comme en échec ou l&apos;ignorent</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="630"/>
        <source>the record does not start with v=spf1</source>
        <translation>l&apos;enregistrement ne commence pas par v=spf1</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="640"/>
        <source>the modifier &quot;%1&quot; appears twice</source>
        <translation>le modificateur « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="656"/>
        <source>the character &quot;%1&quot; is not allowed in &quot;%2&quot;</source>
        <translation>le caractère « %1 » n&apos;est pas permis dans « %2 »</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="663"/>
        <source>&quot;%1&quot; ends with a lone &quot;%&quot;</source>
        <translation>« %1 » se termine par un « % » isolé</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="680"/>
        <source>&quot;%%1&quot; in &quot;%2&quot; is not a macro (write %% for a percent sign)</source>
        <translation>« %%1 » dans « %2 » n&apos;est pas une macro (écrivez %% pour un signe pour cent)</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="685"/>
        <source>a macro in &quot;%1&quot; is not closed with &quot;}&quot;</source>
        <translation>une macro dans « %1 » n&apos;est pas fermée par « } »</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="695"/>
        <source>&quot;%{%1}&quot; is not a valid macro</source>
        <translation>« %{%1} » n&apos;est pas une macro valide</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="701"/>
        <source>the macro &quot;%{%1}&quot; is only allowed in an explanation</source>
        <translation>la macro « %{%1} » n&apos;est permise que dans une explication</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="762"/>
        <source>&quot;%{%1}&quot;: zero parts cannot be kept</source>
        <translation>« %{%1} » : on ne peut pas garder zéro partie</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="805"/>
        <source>The SPF record of %1 ends with &quot;%2&quot;: every server on the Internet may send mail as %1.</source>
        <translation>L&apos;enregistrement SPF de %1 se termine par « %2 » : n&apos;importe quel serveur d&apos;Internet peut envoyer du courrier en tant que %1.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="808"/>
        <source>End the record with -all (or ~all while you test), after listing your own servers.</source>
        <translation>Terminez l&apos;enregistrement par -all (ou ~all pendant vos essais), après avoir listé vos propres serveurs.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="813"/>
        <source>The SPF record of %1 ends with ?all: it says nothing about servers it does not list, so forged mail is not recognised.</source>
        <translation>L&apos;enregistrement SPF de %1 se termine par ?all : il ne dit rien des serveurs qu&apos;il ne liste pas, donc le courrier usurpé n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="816"/>
        <source>Once every server that sends for the domain is listed, end the record with ~all or -all.</source>
        <translation>Une fois listés tous les serveurs qui envoient pour le domaine, terminez l&apos;enregistrement par ~all ou -all.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="822"/>
        <source>The SPF record of %1 ends with ~all: mail from unlisted servers is marked as suspicious, not refused.</source>
        <translation>L&apos;enregistrement SPF de %1 se termine par ~all : le courrier des serveurs non listés est marqué comme suspect, pas refusé.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="831"/>
        <source>The SPF record of %1 ends with -all: mail from unlisted servers fails SPF.</source>
        <translation>L&apos;enregistrement SPF de %1 se termine par -all : le courrier des serveurs non listés échoue à SPF.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="837"/>
        <source>The SPF record of %1 has terms after &quot;all&quot;; receivers never read them.</source>
        <translation>L&apos;enregistrement SPF de %1 a des termes après « all » ; les destinataires ne les lisent jamais.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="838"/>
        <source>Move &quot;all&quot; to the end, or remove what follows it.</source>
        <translation>Placez « all » à la fin, ou retirez ce qui le suit.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="842"/>
        <source>The SPF record of %1 has no &quot;all&quot; at the end: unlisted servers get &quot;neutral&quot;, so forged mail is not recognised.</source>
        <translation>L&apos;enregistrement SPF de %1 n&apos;a pas de « all » à la fin : les serveurs non listés obtiennent « neutral », donc le courrier usurpé n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="845"/>
        <source>End the record with -all (or ~all while you test).</source>
        <translation>Terminez l&apos;enregistrement par -all (ou ~all pendant vos essais).</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="850"/>
        <source>The SPF record of %1 uses &quot;%2&quot;: slow, unreliable, and RFC 7208 §5.5 says it should not be used.</source>
        <translation>L&apos;enregistrement SPF de %1 utilise « %2 » : lent, peu fiable, et la RFC 7208 §5.5 dit qu&apos;il ne devrait pas être utilisé.</translation>
    </message>
    <message>
        <location filename="../smtp/spf.cpp" line="853"/>
        <source>Replace it with ip4/ip6 ranges or a.</source>
        <translation>Remplacez-le par des plages ip4/ip6 ou par a.</translation>
    </message>
</context>
<context>
    <name>smtp::swaks</name>
    <message>
        <location filename="../smtp/swaks.cpp" line="53"/>
        <source>swaks cannot pin a certificate: it verifies it against the certificate authorities instead.</source>
        <translation>swaks ne peut pas épingler un certificat : il le vérifie plutôt auprès des autorités de certification.</translation>
    </message>
    <message>
        <location filename="../smtp/swaks.cpp" line="74"/>
        <source>swaks cannot log in with %1: it uses a mechanism it knows that the server offers.</source>
        <translation>swaks ne peut pas s&apos;identifier avec %1 : il utilise un mécanisme qu&apos;il connaît et que le serveur propose.</translation>
    </message>
    <message>
        <location filename="../smtp/swaks.cpp" line="107"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>smtp::verdict</name>
    <message>
        <location filename="../smtp/verdict.cpp" line="35"/>
        <source>The server did not start TLS, so nothing was sent.</source>
        <translation>Le serveur n&apos;a pas démarré TLS, donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="36"/>
        <location filename="../smtp/verdict.cpp" line="72"/>
        <source>The server may be misconfigured, or someone may be tampering with the connection. Try again later, or use implicit TLS (port 465).</source>
        <translation>Le serveur est peut-être mal configuré, ou quelqu&apos;un modifie peut-être la connexion. Réessayez plus tard, ou utilisez TLS implicite (port 465).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="46"/>
        <source>The server did not accept the connection for now.</source>
        <translation>Le serveur n&apos;a pas accepté la connexion pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="47"/>
        <source>The server did not accept the connection.</source>
        <translation>Le serveur n&apos;a pas accepté la connexion.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="48"/>
        <source>The server turned the connection away for now; try again later.</source>
        <translation>Le serveur a rejeté la connexion pour l&apos;instant ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="49"/>
        <source>The server turned the connection away; check the address, or try later.</source>
        <translation>Le serveur a rejeté la connexion ; vérifiez l&apos;adresse, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="53"/>
        <source>The server refused EHLO for now.</source>
        <translation>Le serveur a refusé EHLO pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="54"/>
        <location filename="../smtp/verdict.cpp" line="64"/>
        <location filename="../smtp/verdict.cpp" line="71"/>
        <source>The server reported a temporary problem; try again later.</source>
        <translation>Le serveur a signalé un problème temporaire ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="57"/>
        <source>The server refused EHLO, so it cannot offer STARTTLS: Stamp will not send anything without encryption.</source>
        <translation>Le serveur a refusé EHLO, il ne peut donc pas proposer STARTTLS : Stamp n&apos;enverra rien sans chiffrement.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="59"/>
        <source>The server refused EHLO.</source>
        <translation>Le serveur a refusé EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="60"/>
        <source>Check that this is an SMTP submission server (usually port 587 or 465).</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien d&apos;un serveur d&apos;envoi SMTP (d&apos;habitude port 587 ou 465).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="63"/>
        <source>The server refused HELO for now.</source>
        <translation>Le serveur a refusé HELO pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="63"/>
        <source>The server refused HELO.</source>
        <translation>Le serveur a refusé HELO.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="65"/>
        <source>Check that this is an SMTP server.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien d&apos;un serveur SMTP.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="69"/>
        <source>The server cannot start TLS for now, so nothing was sent.</source>
        <translation>Le serveur ne peut pas démarrer TLS pour l&apos;instant, donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="70"/>
        <source>The server refused to start TLS, so nothing was sent.</source>
        <translation>Le serveur a refusé de démarrer TLS, donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="78"/>
        <source>Login failed for now (the server reported a temporary problem).</source>
        <translation>L&apos;identification a échoué pour l&apos;instant (le serveur a signalé un problème temporaire).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="79"/>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="80"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Le serveur n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="81"/>
        <source>Check the user name and password for this account (some providers need an app password).</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe de ce compte (certains fournisseurs demandent un mot de passe d&apos;application).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="103"/>
        <source>Nothing was delivered. The problem is temporary: try again later.</source>
        <translation>Rien n&apos;a été distribué. Le problème est temporaire : réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="104"/>
        <source>Nothing was delivered. Read the server&apos;s reason, fix the message or the addresses, and send again.</source>
        <translation>Rien n&apos;a été distribué. Lisez la raison donnée par le serveur, corrigez le message ou les adresses, et renvoyez.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="112"/>
        <source>Check the attachment and send again.</source>
        <translation>Vérifiez la pièce jointe et renvoyez.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="115"/>
        <source>The server refused the sender address, so the message was not sent.</source>
        <translation>Le serveur a refusé l&apos;adresse de l&apos;expéditeur, donc le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="132"/>
        <source>The server refused every recipient for now, so the message was not sent.</source>
        <translation>Le serveur a refusé tous les destinataires pour l&apos;instant, donc le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="136"/>
        <source>The server refused every recipient, so the message was not sent.</source>
        <translation>Le serveur a refusé tous les destinataires, donc le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="139"/>
        <location filename="../smtp/verdict.cpp" line="150"/>
        <source>The server refused the message.</source>
        <translation>Le serveur a refusé le message.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="142"/>
        <source>The server ended the transaction without answering the recipients.</source>
        <translation>Le serveur a terminé la transaction sans répondre pour les destinataires.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="143"/>
        <location filename="../smtp/verdict.cpp" line="153"/>
        <location filename="../smtp/verdict.cpp" line="407"/>
        <location filename="../smtp/verdict.cpp" line="416"/>
        <source>The server is misbehaving; try again later or report it to its administrator.</source>
        <translation>Le serveur se comporte mal ; réessayez plus tard ou signalez-le à son administrateur.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="151"/>
        <source>The server did not confirm the message.</source>
        <translation>Le serveur n&apos;a pas confirmé le message.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="158"/>
        <location filename="../smtp/verdict.cpp" line="250"/>
        <source>The server accepted the message for every recipient.</source>
        <translation>Le serveur a accepté le message pour tous les destinataires.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="161"/>
        <location filename="../smtp/verdict.cpp" line="253"/>
        <source>The message went to %1 of %2 recipients; the others were refused.</source>
        <translation>Le message est parti vers %1 destinataires sur %2 ; les autres ont été refusés.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="164"/>
        <location filename="../smtp/verdict.cpp" line="256"/>
        <source>Check the refused addresses and send to them again.</source>
        <translation>Vérifiez les adresses refusées et renvoyez-leur le message.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="179"/>
        <source>The whole message was sent, but the server did not confirm it in time, so Stamp cannot tell whether it was delivered.</source>
        <translation>Le message entier a été envoyé, mais le serveur ne l&apos;a pas confirmé à temps : Stamp ne peut donc pas savoir s&apos;il a été distribué.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="182"/>
        <source>Sending was stopped after the whole message was sent, before the server confirmed it, so Stamp cannot tell whether it was delivered.</source>
        <translation>L&apos;envoi a été arrêté après l&apos;envoi du message entier, avant que le serveur ne le confirme : Stamp ne peut donc pas savoir s&apos;il a été distribué.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="185"/>
        <source>The whole message was sent, but the server broke the protocol before confirming it, so Stamp cannot tell whether it was delivered.</source>
        <translation>Le message entier a été envoyé, mais le serveur a enfreint le protocole avant de le confirmer : Stamp ne peut donc pas savoir s&apos;il a été distribué.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="188"/>
        <source>The whole message was sent, but the connection ended before the server confirmed it, so Stamp cannot tell whether it was delivered.</source>
        <translation>Le message entier a été envoyé, mais la connexion s&apos;est terminée avant que le serveur ne le confirme : Stamp ne peut donc pas savoir s&apos;il a été distribué.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="208"/>
        <source>Check with a recipient, or in the Sent folder of your webmail, before sending it again, so that nobody gets it twice.</source>
        <translation>Vérifiez auprès d&apos;un destinataire, ou dans le dossier Envoyés de votre messagerie web, avant de le renvoyer, pour que personne ne le reçoive deux fois.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="219"/>
        <source>Nothing was delivered: the end of the message never reached the server. Try again; if it keeps happening, check the server settings.</source>
        <translation>Rien n&apos;a été distribué : la fin du message n&apos;a jamais atteint le serveur. Réessayez ; si cela se reproduit, vérifiez les réglages du serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="222"/>
        <source>Nothing was delivered: the end of the message had not reached the server when you stopped, and Stamp reset the connection so that it cannot arrive later.</source>
        <translation>Rien n&apos;a été distribué : la fin du message n&apos;avait pas atteint le serveur quand vous avez arrêté, et Stamp a réinitialisé la connexion pour qu&apos;elle ne puisse pas arriver plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="224"/>
        <source>Nothing was delivered: the end of the message never reached the server, and Stamp reset the connection so that it cannot arrive later. Try again; if it keeps happening, check the server settings.</source>
        <translation>Rien n&apos;a été distribué : la fin du message n&apos;a jamais atteint le serveur, et Stamp a réinitialisé la connexion pour qu&apos;elle ne puisse pas arriver plus tard. Réessayez ; si cela se reproduit, vérifiez les réglages du serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="231"/>
        <source>Nothing was delivered: the server had refused every recipient. Try again later.</source>
        <translation>Rien n&apos;a été distribué : le serveur avait refusé tous les destinataires. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="273"/>
        <source>The server closed the connection while connecting.</source>
        <translation>Le serveur a fermé la connexion pendant l&apos;établissement de la connexion.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="274"/>
        <source>The connection failed while connecting: %1.</source>
        <translation>La connexion a échoué pendant son établissement : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="275"/>
        <source>The server did not answer in time while connecting.</source>
        <translation>Le serveur n&apos;a pas répondu à temps pendant l&apos;établissement de la connexion.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="276"/>
        <source>The server is closing the connection (421) while connecting.</source>
        <translation>Le serveur ferme la connexion (421) pendant son établissement.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="277"/>
        <source>The server closed the connection before its greeting.</source>
        <translation>Le serveur a fermé la connexion avant son message d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="278"/>
        <source>The connection failed before the server&apos;s greeting: %1.</source>
        <translation>La connexion a échoué avant le message d&apos;accueil du serveur : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="279"/>
        <source>The server did not send its greeting in time.</source>
        <translation>Le serveur n&apos;a pas envoyé son message d&apos;accueil à temps.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="280"/>
        <source>The server is closing the connection (421) instead of greeting.</source>
        <translation>Le serveur ferme la connexion (421) au lieu de saluer.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="282"/>
        <source>The server closed the connection during EHLO.</source>
        <translation>Le serveur a fermé la connexion pendant EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="283"/>
        <source>The connection failed during EHLO: %1.</source>
        <translation>La connexion a échoué pendant EHLO : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="284"/>
        <source>The server did not answer EHLO in time.</source>
        <translation>Le serveur n&apos;a pas répondu à EHLO à temps.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="285"/>
        <source>The server is closing the connection (421) during EHLO.</source>
        <translation>Le serveur ferme la connexion (421) pendant EHLO.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="286"/>
        <source>The server closed the connection while starting TLS.</source>
        <translation>Le serveur a fermé la connexion pendant le démarrage de TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="287"/>
        <source>The connection failed while starting TLS: %1.</source>
        <translation>La connexion a échoué pendant le démarrage de TLS : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="288"/>
        <source>The server did not answer in time while starting TLS.</source>
        <translation>Le serveur n&apos;a pas répondu à temps pendant le démarrage de TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="289"/>
        <source>The server is closing the connection (421) while starting TLS.</source>
        <translation>Le serveur ferme la connexion (421) pendant le démarrage de TLS.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="291"/>
        <source>The server closed the connection during login.</source>
        <translation>Le serveur a fermé la connexion pendant l&apos;identification.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="292"/>
        <source>The connection failed during login: %1.</source>
        <translation>La connexion a échoué pendant l&apos;identification : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="293"/>
        <source>The server did not answer in time during login.</source>
        <translation>Le serveur n&apos;a pas répondu à temps pendant l&apos;identification.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="294"/>
        <source>The server is closing the connection (421) during login.</source>
        <translation>Le serveur ferme la connexion (421) pendant l&apos;identification.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="295"/>
        <source>The server closed the connection between messages.</source>
        <translation>Le serveur a fermé la connexion entre deux messages.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="296"/>
        <source>The connection failed between messages: %1.</source>
        <translation>La connexion a échoué entre deux messages : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="297"/>
        <source>The server did not answer in time between messages.</source>
        <translation>Le serveur n&apos;a pas répondu à temps entre deux messages.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="298"/>
        <source>The server is closing the connection (421) between messages.</source>
        <translation>Le serveur ferme la connexion (421) entre deux messages.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="299"/>
        <source>The server closed the connection while Stamp gave the sender and recipients.</source>
        <translation>Le serveur a fermé la connexion pendant que Stamp donnait l&apos;expéditeur et les destinataires.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="302"/>
        <source>The connection failed while Stamp gave the sender and recipients: %1.</source>
        <translation>La connexion a échoué pendant que Stamp donnait l&apos;expéditeur et les destinataires : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="304"/>
        <source>The server did not answer in time while Stamp gave the sender and recipients.</source>
        <translation>Le serveur n&apos;a pas répondu à temps pendant que Stamp donnait l&apos;expéditeur et les destinataires.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="307"/>
        <source>The server is closing the connection (421) while Stamp gave the sender and recipients.</source>
        <translation>Le serveur ferme la connexion (421) pendant que Stamp donnait l&apos;expéditeur et les destinataires.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="309"/>
        <source>The server closed the connection while the message content was sent.</source>
        <translation>Le serveur a fermé la connexion pendant l&apos;envoi du contenu du message.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="311"/>
        <source>The connection failed while the message content was sent: %1.</source>
        <translation>La connexion a échoué pendant l&apos;envoi du contenu du message : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="312"/>
        <source>The server did not answer in time while the message content was sent.</source>
        <translation>Le serveur n&apos;a pas répondu à temps pendant l&apos;envoi du contenu du message.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="314"/>
        <source>The server is closing the connection (421) while the message content was sent.</source>
        <translation>Le serveur ferme la connexion (421) pendant l&apos;envoi du contenu du message.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="317"/>
        <source>The server closed the connection after the end of the message, before it confirmed it.</source>
        <translation>Le serveur a fermé la connexion après la fin du message, avant de l&apos;avoir confirmé.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="320"/>
        <source>The connection failed after the end of the message, before the server confirmed it: %1.</source>
        <translation>La connexion a échoué après la fin du message, avant que le serveur ne l&apos;ait confirmé : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="323"/>
        <source>The server did not confirm the message in time.</source>
        <translation>Le serveur n&apos;a pas confirmé le message à temps.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="324"/>
        <source>The server refused the message and closed the connection (421).</source>
        <translation>Le serveur a refusé le message et fermé la connexion (421).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="326"/>
        <source>The server closed the connection while closing.</source>
        <translation>Le serveur a fermé la connexion pendant la clôture.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="327"/>
        <source>The connection failed while closing: %1.</source>
        <translation>La connexion a échoué pendant la clôture : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="328"/>
        <source>The server did not answer QUIT in time.</source>
        <translation>Le serveur n&apos;a pas répondu à QUIT à temps.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="329"/>
        <source>The server is closing the connection (421) while closing.</source>
        <translation>Le serveur ferme la connexion (421) pendant la clôture.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="339"/>
        <location filename="../smtp/verdict.cpp" line="383"/>
        <source>Try again; if it keeps happening, check the server settings.</source>
        <translation>Réessayez ; si cela se reproduit, vérifiez les réglages du serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="340"/>
        <source>Nothing was delivered. Try again; if it keeps happening, check the server settings.</source>
        <translation>Rien n&apos;a été distribué. Réessayez ; si cela se reproduit, vérifiez les réglages du serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="346"/>
        <source>The server may be busy or shutting down; try again later.</source>
        <translation>Le serveur est peut-être occupé ou en cours d&apos;arrêt ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="352"/>
        <source>The server or the network may be overloaded; try again later.</source>
        <translation>Le serveur ou le réseau est peut-être surchargé ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="358"/>
        <source>The TLS handshake did not finish in time, so Stamp sent nothing.</source>
        <translation>La négociation TLS ne s&apos;est pas terminée à temps, donc Stamp n&apos;a rien envoyé.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="359"/>
        <source>Check the port and the security setting (465 is implicit TLS, 587 STARTTLS); something on the network may also be blocking encryption.</source>
        <translation>Vérifiez le port et le réglage de sécurité (465 est en TLS implicite, 587 en STARTTLS) ; un élément du réseau bloque peut-être aussi le chiffrement.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="371"/>
        <source>The server&apos;s certificate could not be verified, so Stamp sent nothing: %1</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié, donc Stamp n&apos;a rien envoyé : %1</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="373"/>
        <source>If you know this server and its certificate, trust it explicitly (compare the SHA-256 fingerprint with what its administrator publishes). Otherwise someone may be intercepting the connection.</source>
        <translation>Si vous connaissez ce serveur et son certificat, approuvez-le explicitement (comparez l&apos;empreinte SHA-256 avec celle que publie son administrateur). Sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="377"/>
        <source>The TLS handshake failed, so Stamp sent nothing: %1.</source>
        <translation>La négociation TLS a échoué, donc Stamp n&apos;a rien envoyé : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="378"/>
        <source>The server may only offer old TLS versions (Stamp needs TLS 1.2 or later), or this port may not speak TLS: check the port and security setting.</source>
        <translation>Le serveur ne propose peut-être que d&apos;anciennes versions de TLS (Stamp demande TLS 1.2 ou plus récent), ou ce port ne parle peut-être pas TLS : vérifiez le port et le réglage de sécurité.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="385"/>
        <source>The server name %1 could not be found.</source>
        <translation>Le nom de serveur %1 est introuvable.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="386"/>
        <source>Check the spelling of the server name and your network connection.</source>
        <translation>Vérifiez l&apos;orthographe du nom du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="389"/>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 a refusé la connexion sur le port %2.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="390"/>
        <source>Check the port: submission is usually 587 (STARTTLS) or 465 (TLS).</source>
        <translation>Vérifiez le port : l&apos;envoi se fait d&apos;habitude sur 587 (STARTTLS) ou 465 (TLS).</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="392"/>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>Impossible de se connecter à %1 port %2 : %3.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="393"/>
        <source>Check the server name and port, and your network connection.</source>
        <translation>Vérifiez le nom et le port du serveur, ainsi que votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="398"/>
        <source>The server broke the SMTP protocol: %1.</source>
        <translation>Le serveur n&apos;a pas respecté le protocole SMTP : %1.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="399"/>
        <source>Check the server address and port: this may not be an SMTP server, or it may be misbehaving.</source>
        <translation>Vérifiez l&apos;adresse et le port du serveur : ce n&apos;est peut-être pas un serveur SMTP, ou il se comporte mal.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="406"/>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Le serveur a envoyé une réponse que personne n&apos;a demandée : %1</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="413"/>
        <source>The server gave a reply that the command it answers can never get (RFC 5321 §4.3.2): %1</source>
        <translation>Le serveur a donné une réponse que la commande à laquelle il répond ne peut jamais recevoir (RFC 5321 §4.3.2) : %1</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="424"/>
        <source>The server sent more after its %1 reply, before Stamp had answered it. A reply out of turn would be taken for the answer to a later command, so Stamp stopped.</source>
        <translation>Le serveur a envoyé autre chose après sa réponse %1, avant que Stamp n&apos;y ait répondu. Une réponse hors de son tour serait prise pour la réponse à une commande ultérieure : Stamp s’est donc arrêté.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="427"/>
        <source>The server is misbehaving, or something on the way is adding data to the connection; report it to the server&apos;s administrator.</source>
        <translation>Le serveur se comporte mal, ou quelque chose sur le chemin ajoute des données à la connexion ; signalez-le à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="434"/>
        <source>Sending was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <location filename="../smtp/verdict.cpp" line="435"/>
        <source>The message is unchanged; send it again when you are ready.</source>
        <translation>Le message n&apos;a pas changé ; renvoyez-le quand vous serez prêt.</translation>
    </message>
</context>
<context>
    <name>stamp</name>
    <message>
        <location filename="../app/cliutil.cpp" line="23"/>
        <source>SMTP server, HOST or HOST:PORT ([v6addr]:PORT).</source>
        <translation>Serveur SMTP, HOST ou HOST:PORT ([v6addr]:PORT).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="26"/>
        <source>starttls (default, port 587), tls (implicit TLS, port 465) or none (no encryption).</source>
        <translation>starttls (par défaut, port 587), tls (TLS implicite, port 465) ou none (pas de chiffrement).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="29"/>
        <source>User name for AUTH.</source>
        <translation>Nom d&apos;utilisateur pour AUTH.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="32"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe dans la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="34"/>
        <source>auto (default), plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer, or oauth2 (sign in with stamp account login).</source>
        <translation>auto (par défaut), plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer, ou oauth2 (connexion avec stamp account login).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="39"/>
        <source>With --security none, allow the password to be sent unencrypted.</source>
        <translation>Avec --security none, permettre d&apos;envoyer le mot de passe sans chiffrement.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="42"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d&apos;autorité de ce fichier PEM.</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="45"/>
        <source>Accept only the server certificate with this SHA-256 fingerprint (hex).</source>
        <translation>N&apos;accepter que le certificat de serveur ayant cette empreinte SHA-256 (hex).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="49"/>
        <source>Name to give in EHLO (default: this host&apos;s name).</source>
        <translation>Nom à donner dans EHLO (par défaut : le nom de cet hôte).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="54"/>
        <source>Seconds to wait for each server reply (default: RFC 5321 times).</source>
        <translation>Secondes d&apos;attente pour chaque réponse du serveur (par défaut : les délais de la RFC 5321).</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="65"/>
        <source>--server: &quot;%1&quot; is not HOST or HOST:PORT</source>
        <translation>--server : « %1 » n&apos;est pas de la forme HOST ou HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="83"/>
        <source>--server: &quot;%1&quot; is not a host name nor an IP address</source>
        <translation>--server : « %1 » n&apos;est ni un nom d&apos;hôte ni une adresse IP</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="92"/>
        <source>--server: port %1 is out of range</source>
        <translation>--server : le port %1 est hors limites</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="115"/>
        <source>--security takes starttls, tls or none</source>
        <translation>--security prend starttls, tls ou none</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="124"/>
        <source>--server is required</source>
        <translation>--server est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="145"/>
        <source>--auth takes auto, plain, login, cram-md5, scram-sha-256, xoauth2 or oauthbearer</source>
        <translation>--auth prend auto, plain, login, cram-md5, scram-sha-256, xoauth2 ou oauthbearer</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="152"/>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin demande --user</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="157"/>
        <source>--password-stdin: nothing could be read from standard input</source>
        <translation>--password-stdin : rien n&apos;a pu être lu sur l&apos;entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="166"/>
        <source>--password-stdin: the password contains a NUL character, which SASL does not allow</source>
        <translation>--password-stdin : le mot de passe contient un caractère NUL, que SASL ne permet pas</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="172"/>
        <source>--user needs a password: give it with --password-stdin (never on the command line)</source>
        <translation>--user demande un mot de passe : donnez-le avec --password-stdin (jamais sur la ligne de commande)</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="181"/>
        <source>--ca-file: cannot read %1: %2</source>
        <translation>--ca-file : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="189"/>
        <source>--ca-file: %1 holds no PEM certificate</source>
        <translation>--ca-file : %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="197"/>
        <source>--pin-sha256 takes 64 hexadecimal digits (colons allowed)</source>
        <translation>--pin-sha256 prend 64 chiffres hexadécimaux (deux-points permis)</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="212"/>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout prend un nombre de secondes</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="230"/>
        <source>cannot write the transcript to %1: %2</source>
        <translation>impossible d&apos;écrire la transcription dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="257"/>
        <source>Message %1, time per stage: %2</source>
        <translation>Message %1, durée par étape : %2</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="260"/>
        <source>Time per stage: %1</source>
        <translation>Durée de chaque étape : %1</translation>
    </message>
    <message>
        <location filename="../app/cliutil.cpp" line="275"/>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>En attente de la réponse du serveur…</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="197"/>
        <source>stamp: unknown command &apos;%1&apos;</source>
        <translation>stamp : commande inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="198"/>
        <source>stamp: unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>stamp : commande inconnue « %1 » (vouliez-vous dire « %2 » ?)</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="200"/>
        <location filename="../app/launch.cpp" line="95"/>
        <source>The commands of %1 are:</source>
        <translation>Les commandes de %1 sont :</translation>
    </message>
    <message>
        <location filename="../app/command.cpp" line="202"/>
        <location filename="../app/launch.cpp" line="97"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez « %1 --help ».</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="77"/>
        <source>Send a message through an SMTP server, without a window.</source>
        <translation>Envoyer un message par un serveur SMTP, sans fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="80"/>
        <source>Check a domain&apos;s MX, SPF, DMARC, DKIM, MTA-STS and TLS-RPT records.</source>
        <translation>Vérifier les enregistrements MX, SPF, DMARC, DKIM, MTA-STS et TLS-RPT d&apos;un domaine.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="83"/>
        <source>Test an SMTP server without sending: extensions, TLS, timings.</source>
        <translation>Tester un serveur SMTP sans envoyer : extensions, TLS, durées.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="85"/>
        <source>Add, change, list or remove the accounts the window uses.</source>
        <translation>Ajouter, modifier, lister ou supprimer les comptes qu&apos;utilise la fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="87"/>
        <source>List, send or remove the messages waiting in the outbox.</source>
        <translation>Lister, envoyer ou supprimer les messages en attente dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="89"/>
        <source>List the address book, import or export vCard.</source>
        <translation>Lister le carnet d&apos;adresses, importer ou exporter des vCard.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="91"/>
        <source>List the messages in the Sent folder.</source>
        <translation>Lister les messages du dossier Envoyés.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="94"/>
        <source>Send one message per row of a CSV file, from a template (mail merge).</source>
        <translation>Envoyer un message par ligne d&apos;un fichier CSV, à partir d&apos;un modèle (publipostage).</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="97"/>
        <source>Run a practice SMTP server on 127.0.0.1, with faults to learn from.</source>
        <translation>Lancer un serveur SMTP d&apos;entraînement sur 127.0.0.1, avec des pannes pour apprendre.</translation>
    </message>
    <message>
        <location filename="../app/commands.cpp" line="100"/>
        <source>Type SMTP by hand over a session Stamp sets up, each reply explained.</source>
        <translation>Taper du SMTP à la main dans une session que Stamp prépare, chaque réponse étant expliquée.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="32"/>
        <source>stamp: the window needs a graphical session, and none could be reached.
To send without a window, use &apos;stamp send&apos; (see &apos;stamp send --help&apos;).
</source>
        <translation>stamp : la fenêtre demande une session graphique, et aucune n&apos;a pu être jointe.
Pour envoyer sans fenêtre, utilisez « stamp send » (voir « stamp send --help »).
</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="32"/>
        <source>Try &apos;stamp --help&apos;.</source>
        <translation>Essayez « stamp --help ».</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="73"/>
        <source>stamp: give one mailto: link, not several</source>
        <translation>stamp : donnez un seul lien mailto:, pas plusieurs</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="79"/>
        <source>stamp: unknown option &apos;%1&apos;: the options belong to a command, as in &apos;stamp send %1&apos;</source>
        <translation>stamp : option inconnue « %1 » : les options appartiennent à une commande, comme dans « stamp send %1 »</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="92"/>
        <source>stamp: cannot attach &apos;%1&apos;: there is no such file</source>
        <translation>stamp : impossible de joindre « %1 » : ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="103"/>
        <source>stamp: cannot attach &apos;%1&apos;: it is a folder, not a file</source>
        <translation>stamp : impossible de joindre « %1 » : c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="107"/>
        <source>stamp: cannot attach &apos;%1&apos;: the file cannot be read</source>
        <translation>stamp : impossible de joindre « %1 » : le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="117"/>
        <source>stamp [mailto:URI] [FILE...]
stamp COMMAND [options]

Without a command, Stamp opens the composer window: filled in from a mailto: link (RFC 6068), with the files attached.

Commands:
</source>
        <translation>stamp [mailto:URI] [FILE...]
stamp COMMAND [options]

Sans commande, Stamp ouvre la fenêtre de rédaction : remplie à partir d&apos;un lien mailto: (RFC 6068), avec les fichiers en pièces jointes.

Commandes :
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
Options :
  -h, --help   Afficher cette aide et quitter.
  --version    Afficher la version et quitter.

Lancez « stamp COMMAND --help » pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <location filename="../app/launch.cpp" line="155"/>
        <source>stamp: the window needs a graphical session, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
To send without a window, use &apos;stamp send&apos; (see &apos;stamp send --help&apos;).
</source>
        <translation>stamp : la fenêtre demande une session graphique, et aucune n&apos;a été trouvée (DISPLAY et WAYLAND_DISPLAY ne sont pas définis).
Pour envoyer sans fenêtre, utilisez « stamp send » (voir « stamp send --help »).
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>stamp: cannot start %1 (the window, accounts and send --account live there): %2</source>
        <translation>stamp : impossible de démarrer %1 (la fenêtre, les comptes et send --account s&apos;y trouvent) : %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="91"/>
        <source>stamp: this build has no window (it was built without STAMP_BUILD_UI); use &apos;stamp send&apos;.</source>
        <translation>stamp : cette version n&apos;a pas de fenêtre (elle a été compilée sans STAMP_BUILD_UI) ; utilisez « stamp send ».</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>stamp: &apos;%1&apos; is not part of this build (it needs the store, built with STAMP_BUILD_UI).</source>
        <translation>stamp : « %1 » ne fait pas partie de cette version (il demande le stockage, compilé avec STAMP_BUILD_UI).</translation>
    </message>
</context>
<context>
    <name>store::AccountStore</name>
    <message>
        <location filename="../store/account.cpp" line="44"/>
        <source>The settings file %1 could not be written (%2). Check that the folder exists and that you may write to it, and that the disk is not full.</source>
        <translation>Le fichier de réglages %1 n&apos;a pas pu être écrit (%2). Vérifiez que le dossier existe, que vous pouvez y écrire, et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="89"/>
        <source>The address &quot;%1&quot; of the account &quot;%2&quot; is not valid: %3</source>
        <translation>L&apos;adresse « %1 » du compte « %2 » n&apos;est pas valide : %3</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="121"/>
        <source>The sender address &quot;%1&quot; is not valid: %2</source>
        <translation>L&apos;adresse d&apos;expéditeur « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="125"/>
        <source>The display name must be one line.</source>
        <translation>Le nom affiché doit tenir sur une ligne.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="127"/>
        <source>The account has no server: give the SMTP server&apos;s host name.</source>
        <translation>Le compte n&apos;a pas de serveur : indiquez le nom d&apos;hôte du serveur SMTP.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="130"/>
        <source>The server port must be between 1 and 65535.</source>
        <translation>Le port du serveur doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="153"/>
        <source>The account needs a name.</source>
        <translation>Le compte doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="155"/>
        <source>The account name is too long: use at most 64 characters.</source>
        <translation>Le nom du compte est trop long : utilisez au plus 64 caractères.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="158"/>
        <source>The account name must not begin or end with a space.</source>
        <translation>Le nom du compte ne doit pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="163"/>
        <source>The account name &quot;%1&quot; cannot hold &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>Le nom du compte « %1 » ne peut pas contenir « / », « \ » ou des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="188"/>
        <source>The CA file %1 of the account &quot;%2&quot; cannot be read (%3). Fix the path in the account settings.</source>
        <translation>Le fichier d&apos;autorité de certification %1 du compte « %2 » ne peut pas être lu (%3). Corrigez le chemin dans les réglages du compte.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="198"/>
        <source>The CA file %1 of the account &quot;%2&quot; holds no PEM certificate.</source>
        <translation>Le fichier d&apos;autorité de certification %1 du compte « %2 » ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location filename="../store/account.cpp" line="308"/>
        <location filename="../store/account.cpp" line="358"/>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de compte nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>store::Autoconfig</name>
    <message>
        <location filename="../store/autoconfig.cpp" line="25"/>
        <source>nothing found</source>
        <translation>rien trouvé</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="27"/>
        <source>the domain&apos;s autoconfig server</source>
        <translation>le serveur autoconfig du domaine</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="29"/>
        <source>the domain&apos;s web site (.well-known)</source>
        <translation>le site web du domaine (.well-known)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="31"/>
        <source>the central database of mail providers</source>
        <translation>la base centrale des fournisseurs de messagerie</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="33"/>
        <source>the domain of its mail exchanger (MX)</source>
        <translation>le domaine de son serveur de messagerie (MX)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="35"/>
        <source>the domain&apos;s SRV records</source>
        <translation>les enregistrements SRV du domaine</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="37"/>
        <source>a guess that answered and passed the TLS check</source>
        <translation>une supposition qui a répondu et passé la vérification TLS</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="40"/>
        <source>an unencrypted http lookup</source>
        <translation>une recherche http non chiffrée</translation>
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
        <translation>aucune (non chiffré)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="62"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="64"/>
        <source>OAuth 2.0 sign-in</source>
        <translation>connexion OAuth 2.0</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="66"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="68"/>
        <source>a method Stamp does not support</source>
        <translation>une méthode que Stamp ne prend pas en charge</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="77"/>
        <source>No submission server was found.</source>
        <translation>Aucun serveur d&apos;envoi n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="80"/>
        <source>Server:         %1</source>
        <translation>Serveur :            %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="81"/>
        <source>Port:           %1</source>
        <translation>Port :               %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="82"/>
        <source>Security:       %1</source>
        <translation>Sécurité :           %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="84"/>
        <source>Authentication: %1</source>
        <translation>Authentification :   %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="85"/>
        <source>User name:      %1</source>
        <translation>Nom d&apos;utilisateur :  %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="86"/>
        <source>Found through:  %1 (%2)</source>
        <translation>Trouvé via :         %1 (%2)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="88"/>
        <source>Records of:     %1</source>
        <translation>Enregistrements de : %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="91"/>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="133"/>
        <source>The address %1 is not valid: %2</source>
        <translation>L&apos;adresse %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="134"/>
        <source>The address %1 has no domain name to look up.</source>
        <translation>L&apos;adresse %1 n&apos;a pas de nom de domaine à chercher.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="154"/>
        <source>MX record of %1</source>
        <translation>Enregistrement MX de %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="169"/>
        <source>MX host of %1, port 465</source>
        <translation>Hôte MX de %1, port 465</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="170"/>
        <source>MX host of %1, port 587</source>
        <translation>Hôte MX de %1, port 587</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="178"/>
        <source>Looking up the mail settings of %1</source>
        <translation>Recherche des réglages de messagerie de %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="234"/>
        <source>The server %1 is not in your domain %2; %3 says to use it. Use it only if you know that your mail is handled there.</source>
        <translation>Le serveur %1 n&apos;est pas dans votre domaine %2 ; %3 dit de l&apos;utiliser. Ne l&apos;utilisez que si vous savez que votre courrier y est traité.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="274"/>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="280"/>
        <source>it redirects to %1, which is not protected by TLS</source>
        <translation>il redirige vers %1, qui n&apos;est pas protégé par TLS</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="285"/>
        <source>it redirects to %1</source>
        <translation>il redirige vers %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="289"/>
        <source>%1 redirected to another domain: %2</source>
        <translation>%1 a redirigé vers un autre domaine : %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="298"/>
        <location filename="../store/autoconfig.cpp" line="305"/>
        <source>the answer is too large</source>
        <translation>la réponse est trop grande</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="301"/>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="316"/>
        <location filename="../store/autoconfig.cpp" line="323"/>
        <location filename="../store/autoconfig.cpp" line="483"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="330"/>
        <source>These settings came over plain http, which anyone on the network path could have changed. Check the server name before you use them.</source>
        <translation>Ces réglages sont arrivés en http non chiffré, que n&apos;importe qui sur le chemin réseau aurait pu modifier. Vérifiez le nom du serveur avant de les utiliser.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="333"/>
        <source>%1: found %2</source>
        <translation>%1 : trouvé %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="374"/>
        <location filename="../store/autoconfig.cpp" line="389"/>
        <source>%1 has no MX record.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="375"/>
        <source>The MX host %1 is already among the guesses.</source>
        <translation>L&apos;hôte MX %1 fait déjà partie des suppositions.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="390"/>
        <source>The MX host %1 is in the same domain.</source>
        <translation>L&apos;hôte MX %1 est dans le même domaine.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="399"/>
        <source>The MX domains have no autoconfiguration either.</source>
        <translation>Les domaines MX n&apos;ont pas non plus de configuration automatique.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="417"/>
        <source>%1 (the MX domain %2)</source>
        <translation>%1 (le domaine MX %2)</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="418"/>
        <source>The MX domain %1 has settings: %2</source>
        <translation>Le domaine MX %1 a des réglages : %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="426"/>
        <source>SRV %1</source>
        <translation>SRV %1</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="457"/>
        <source>SRV %1: the service is not offered.</source>
        <translation>SRV %1 : le service n&apos;est pas proposé.</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="458"/>
        <source>SRV %1: %2</source>
        <translation>SRV %1 : %2</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="462"/>
        <source>SRV %1: %2 port %3</source>
        <translation>SRV %1 : %2 port %3</translation>
    </message>
    <message>
        <location filename="../store/autoconfig.cpp" line="502"/>
        <source>%1 answered, with a valid certificate</source>
        <translation>%1 a répondu, avec un certificat valide</translation>
    </message>
    <message>
        <location filename="../store/autoconfigxml.cpp" line="102"/>
        <source>This is not a mail autoconfiguration document.</source>
        <translation>Ce n&apos;est pas un document de configuration automatique de messagerie.</translation>
    </message>
    <message>
        <location filename="../store/autoconfigxml.cpp" line="135"/>
        <source>The autoconfiguration document names no SMTP server Stamp can use.</source>
        <translation>Le document de configuration automatique ne nomme aucun serveur SMTP utilisable par Stamp.</translation>
    </message>
</context>
<context>
    <name>store::ConnectionTest</name>
    <message>
        <location filename="../store/connectiontest.cpp" line="20"/>
        <source>A connection test is already running.</source>
        <translation>Un test de connexion est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>store::ContactStore</name>
    <message>
        <location filename="../store/contacts.cpp" line="78"/>
        <location filename="../store/contacts.cpp" line="98"/>
        <source>&quot;%1&quot; is not an address: %2</source>
        <translation>« %1 » n&apos;est pas une adresse : %2</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="79"/>
        <source>there is no address</source>
        <translation>il n&apos;y a aucune adresse</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="134"/>
        <source>The address book %1 cannot be read: %2</source>
        <translation>Le carnet d&apos;adresses %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="140"/>
        <source>The address book %1 is damaged (%2); it was left as it is.</source>
        <translation>Le carnet d&apos;adresses %1 est endommagé (%2) ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="183"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="188"/>
        <source>The address book %1 could not be saved: %2</source>
        <translation>Le carnet d&apos;adresses %1 n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="243"/>
        <source>A contact needs at least one address.</source>
        <translation>Un contact doit avoir au moins une adresse.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="253"/>
        <source>The address %1 belongs to %2 already.</source>
        <translation>L&apos;adresse %1 appartient déjà à %2.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="278"/>
        <source>That contact is not in the address book (any more).</source>
        <translation>Ce contact n&apos;est pas (ou plus) dans le carnet d&apos;adresses.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="291"/>
        <source>A group needs a name.</source>
        <translation>Un groupe doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="295"/>
        <source>A group name cannot contain @ (it would be taken for an address).</source>
        <translation>Un nom de groupe ne peut pas contenir @ (il serait pris pour une adresse).</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="305"/>
        <source>There is a group named %1 already.</source>
        <translation>Il y a déjà un groupe nommé %1.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="323"/>
        <source>There is no group named %1.</source>
        <translation>Il n&apos;y a pas de groupe nommé %1.</translation>
    </message>
    <message>
        <location filename="../store/contacts.cpp" line="377"/>
        <source>The group &quot;%1&quot; has no usable name.</source>
        <translation>Le groupe « %1 » n&apos;a pas de nom utilisable.</translation>
    </message>
</context>
<context>
    <name>store::CsvReader</name>
    <message numerus="yes">
        <location filename="../store/csvreader.cpp" line="128"/>
        <source>%n field(s) where the header names %1</source>
        <translation>
            <numerusform>%n champ là où l&apos;en-tête en nomme %1</numerusform>
            <numerusform>%n champs là où l&apos;en-tête en nomme %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store::MailStore</name>
    <message>
        <location filename="../store/mailstore.cpp" line="583"/>
        <location filename="../store/mailstore.cpp" line="916"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="590"/>
        <location filename="../store/mailstore.cpp" line="602"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="598"/>
        <source>The message could not be built completely.</source>
        <translation>Le message n&apos;a pas pu être construit entièrement.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="609"/>
        <source>Cannot save %1: %2. Check free disk space and permissions.</source>
        <translation>Impossible d&apos;enregistrer %1 : %2. Vérifiez l&apos;espace disque libre et les permissions.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="649"/>
        <source>The outbox is locked: %1.</source>
        <translation>La boîte d&apos;envoi est verrouillée : %1.</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="25"/>
        <source>“%1” is not an address that can be sent to: %2</source>
        <translation>« %1 » n&apos;est pas une adresse à laquelle on peut envoyer : %2</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="31"/>
        <source>Give at least one recipient, or delete the message from the outbox.</source>
        <translation>Indiquez au moins un destinataire, ou supprimez le message de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="38"/>
        <location filename="../store/mailstore.cpp" line="666"/>
        <location filename="../store/mailstore.cpp" line="795"/>
        <location filename="../store/mailstore.cpp" line="937"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation>Il n&apos;y a pas de message « %1 » dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../store/correctrecipients.cpp" line="35"/>
        <location filename="../store/correctrecipients.cpp" line="40"/>
        <location filename="../store/mailstore.cpp" line="800"/>
        <source>The message &quot;%1&quot; is being sent right now; stop it first.</source>
        <translation>Le message « %1 » est en cours d&apos;envoi ; arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="804"/>
        <source>The message &quot;%1&quot; could not be removed from the outbox.</source>
        <translation>Le message « %1 » n&apos;a pas pu être retiré de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="825"/>
        <source>Stamp stopped while this message was being sent.</source>
        <translation>Stamp s&apos;est arrêté pendant l&apos;envoi de ce message.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="826"/>
        <source>It may or may not have been delivered: check with a recipient (or in your provider&apos;s Sent folder) before sending it again.</source>
        <translation>Il a peut-être été distribué, ou non : vérifiez auprès d&apos;un destinataire (ou dans le dossier Envoyés de votre fournisseur) avant de le renvoyer.</translation>
    </message>
    <message>
        <location filename="../store/mailstore.cpp" line="868"/>
        <source>The copy %1 could not be made.</source>
        <translation>La copie %1 n&apos;a pas pu être faite.</translation>
    </message>
</context>
<context>
    <name>store::MergeRun</name>
    <message>
        <location filename="../store/mergerun.cpp" line="47"/>
        <source>The template uses placeholders the CSV file has no column for: %1 (the columns are: %2).</source>
        <translation>Le modèle utilise des espaces réservés sans colonne dans le fichier CSV : %1 (les colonnes sont : %2).</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="146"/>
        <source>The merge is already being sent.</source>
        <translation>Le publipostage est déjà en cours d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="155"/>
        <source>The merge %1 is being sent by another Stamp process or window; nothing was done.</source>
        <translation>Le publipostage %1 est envoyé par un autre processus ou une autre fenêtre de Stamp ; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="188"/>
        <source>could not be queued: %1</source>
        <translation>n&apos;a pas pu être mise dans la boîte d&apos;envoi : %1</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="243"/>
        <source>not sent: the row has an error</source>
        <translation>non envoyée : la rangée a une erreur</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="245"/>
        <source>to be sent</source>
        <translation>à envoyer</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="247"/>
        <source>queued by an earlier run: to be sent</source>
        <translation>mise en file par une exécution précédente : à envoyer</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="249"/>
        <source>sent by an earlier run: not sent again</source>
        <translation>envoyée par une exécution précédente : pas renvoyée</translation>
    </message>
    <message>
        <location filename="../store/mergerun.cpp" line="251"/>
        <source>in the outbox: not sent again</source>
        <translation>dans la boîte d&apos;envoi : pas renvoyée</translation>
    </message>
</context>
<context>
    <name>store::OAuth</name>
    <message>
        <location filename="../store/accountoauth.cpp" line="23"/>
        <source>Stamp has no OAuth client ID for %1. Register one with the provider and give it with --oauth-client-id (the README says how).</source>
        <translation>Stamp n&apos;a pas d&apos;identifiant client OAuth pour %1. Enregistrez-en un auprès du fournisseur et donnez-le avec --oauth-client-id (le README explique comment).</translation>
    </message>
    <message>
        <location filename="../store/accountoauth.cpp" line="55"/>
        <source>Stamp does not know the sign-in server for %1: give its issuer URL with --oauth-issuer.</source>
        <translation>Stamp ne connaît pas le serveur de connexion de %1 : donnez l&apos;URL de son émetteur avec --oauth-issuer.</translation>
    </message>
    <message>
        <location filename="../store/oauthprovider.cpp" line="37"/>
        <source>The sign-in address %1 is not protected by https, so Stamp will not use it.</source>
        <translation>L&apos;adresse de connexion %1 n&apos;est pas protégée par https, donc Stamp ne l&apos;utilisera pas.</translation>
    </message>
</context>
<context>
    <name>store::OAuthDiscovery</name>
    <message>
        <location filename="../store/oauthprovider.cpp" line="115"/>
        <source>The sign-in server %1 publishes no OAuth metadata.</source>
        <translation>Le serveur de connexion %1 ne publie pas de métadonnées OAuth.</translation>
    </message>
    <message>
        <location filename="../store/oauthprovider.cpp" line="135"/>
        <source>The sign-in server&apos;s metadata names another issuer (%1), so Stamp does not trust it.</source>
        <translation>Les métadonnées du serveur de connexion nomment un autre émetteur (%1), donc Stamp ne lui fait pas confiance.</translation>
    </message>
    <message>
        <location filename="../store/oauthprovider.cpp" line="152"/>
        <source>The sign-in server&apos;s metadata has no authorization or token endpoint.</source>
        <translation>Les métadonnées du serveur de connexion n&apos;ont pas de point d&apos;accès d&apos;autorisation ou de jeton.</translation>
    </message>
</context>
<context>
    <name>store::OAuthFlow</name>
    <message>
        <location filename="../store/oauthflow.cpp" line="51"/>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="71"/>
        <source>This account has no OAuth client ID; see the README on registering one.</source>
        <translation>Ce compte n&apos;a pas d&apos;identifiant client OAuth ; voir le README pour en enregistrer un.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="81"/>
        <source>Stamp could not listen on 127.0.0.1 for the sign-in answer: %1</source>
        <translation>Stamp n&apos;a pas pu écouter sur 127.0.0.1 pour la réponse de connexion : %1</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="114"/>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>La connexion dans le navigateur n&apos;a pas été terminée à temps.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="156"/>
        <location filename="../store/oauthflow.cpp" line="161"/>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="171"/>
        <source>This sign-in answer does not belong to Stamp&apos;s request; it was ignored.</source>
        <translation>Cette réponse de connexion ne correspond pas à la demande de Stamp ; elle a été ignorée.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="180"/>
        <source>Sign-in refused: the answer came from another server. You can close this page.</source>
        <translation>Connexion refusée : la réponse venait d&apos;un autre serveur. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="182"/>
        <source>The sign-in answer came from %1, not from %2 (RFC 9207): Stamp did not use it.</source>
        <translation>La réponse de connexion venait de %1, et non de %2 (RFC 9207) : Stamp ne l&apos;a pas utilisée.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="183"/>
        <source>an unnamed server</source>
        <translation>un serveur sans nom</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="187"/>
        <source>Sign-in was not completed. You can close this page and return to Stamp.</source>
        <translation>La connexion n&apos;a pas abouti. Vous pouvez fermer cette page et revenir à Stamp.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="189"/>
        <source>The sign-in was refused: %1 %2</source>
        <translation>La connexion a été refusée : %1 %2</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="194"/>
        <source>Sign-in answer without a code. You can close this page.</source>
        <translation>Réponse de connexion sans code. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="195"/>
        <source>The sign-in answer had no authorization code.</source>
        <translation>La réponse de connexion n&apos;avait pas de code d&apos;autorisation.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="198"/>
        <source>Signed in. You can close this page and return to Stamp.</source>
        <translation>Connecté. Vous pouvez fermer cette page et revenir à Stamp.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="211"/>
        <source>There is no sign-in to renew: sign in again.</source>
        <translation>Il n&apos;y a pas de connexion à renouveler : reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="226"/>
        <source>This provider offers no sign-in for devices without a browser.</source>
        <translation>Ce fournisseur ne propose pas de connexion pour les appareils sans navigateur.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="247"/>
        <source>The sign-in server did not give a device code: %1</source>
        <translation>Le serveur de connexion n&apos;a pas donné de code d&apos;appareil : %1</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="265"/>
        <source>The code was not entered in time; sign in again.</source>
        <translation>Le code n&apos;a pas été saisi à temps ; reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="313"/>
        <source>The sign-in is no longer valid (%1): sign in again.</source>
        <translation>La connexion n&apos;est plus valide (%1) : reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="319"/>
        <source>The sign-in server refused to give a token: %1</source>
        <translation>Le serveur de connexion a refusé de donner un jeton : %1</translation>
    </message>
    <message>
        <location filename="../store/oauthflow.cpp" line="325"/>
        <source>The sign-in server sent a malformed token.</source>
        <translation>Le serveur de connexion a envoyé un jeton mal formé.</translation>
    </message>
</context>
<context>
    <name>store::OAuthTokenSource</name>
    <message>
        <location filename="../store/oauthtokens.cpp" line="32"/>
        <source>No keychain: the sign-in cannot be renewed.</source>
        <translation>Pas de trousseau : la connexion ne peut pas être renouvelée.</translation>
    </message>
    <message>
        <location filename="../store/oauthtokens.cpp" line="43"/>
        <source>This account is not signed in: sign in first.</source>
        <translation>Ce compte n&apos;est pas connecté : connectez-vous d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>store::OutboxQueue</name>
    <message>
        <location filename="../store/outboxqueue.cpp" line="83"/>
        <source>to be sent at %1</source>
        <translation>à envoyer à %1</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="84"/>
        <source>next try at %1, attempt %2 of %3</source>
        <translation>prochain essai à %1, tentative %2 sur %3</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="95"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="97"/>
        <source>waiting to be sent: %1</source>
        <translation>en attente d&apos;envoi : %1</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="98"/>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="100"/>
        <source>being sent</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="102"/>
        <source>waiting for a retry: %1</source>
        <translation>en attente d&apos;un nouvel essai : %1</translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="104"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../store/outboxqueue.cpp" line="106"/>
        <source>partly sent: %n recipient(s) refused</source>
        <translation>
            <numerusform>envoyé en partie : %n destinataire refusé</numerusform>
            <numerusform>envoyé en partie : %n destinataires refusés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../store/outboxqueue.cpp" line="109"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
</context>
<context>
    <name>store::SecretStore</name>
    <message>
        <location filename="../store/secretstore.cpp" line="95"/>
        <source>The keychain refused access to the password of &quot;%1&quot;. Allow Stamp in the keychain&apos;s prompt or settings and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès au mot de passe de « %1 ». Autorisez Stamp dans l&apos;invite ou les réglages du trousseau et réessayez.</translation>
    </message>
</context>
<context>
    <name>store::SendController</name>
    <message>
        <location filename="../store/sendcontroller.cpp" line="167"/>
        <source>This message is being sent right now.</source>
        <translation>Ce message est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="173"/>
        <location filename="../store/sendcontroller.cpp" line="232"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation>Il n&apos;y a pas de message « %1 » dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="181"/>
        <source>This message is being sent right now by another Stamp window or command.</source>
        <translation>Ce message est en cours d&apos;envoi par une autre fenêtre ou commande Stamp.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="215"/>
        <source>Sending was stopped before connecting: nothing was sent.</source>
        <translation>L&apos;envoi a été arrêté avant la connexion : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="216"/>
        <source>Send it again when you are ready.</source>
        <translation>Renvoyez-le quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="238"/>
        <source>The account &quot;%1&quot; no longer exists.</source>
        <translation>Le compte « %1 » n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="29"/>
        <location filename="../store/sendcontroller.cpp" line="272"/>
        <source>Stamp does not know how to connect for this message.</source>
        <translation>Stamp ne sait pas comment se connecter pour ce message.</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="276"/>
        <source>Getting the password…</source>
        <translation>Récupération du mot de passe…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="295"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="307"/>
        <source>Sending the message…</source>
        <translation>Envoi du message…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="310"/>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Attente de la réponse du serveur…</translation>
    </message>
    <message>
        <location filename="../store/sendcontroller.cpp" line="314"/>
        <source>Connected; logging in and sending…</source>
        <translation>Connecté ; identification et envoi…</translation>
    </message>
</context>
<context>
    <name>store::StoredMessageSource</name>
    <message>
        <location filename="../store/storedmessage.cpp" line="18"/>
        <source>The stored message %1 cannot be read (%2), so nothing was sent.</source>
        <translation>Le message enregistré %1 ne peut pas être lu (%2), donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../store/storedmessage.cpp" line="23"/>
        <source>The stored message %1 is %2 bytes instead of %3: it was changed or damaged, so nothing was sent.</source>
        <translation>Le message enregistré %1 fait %2 octets au lieu de %3 : il a été modifié ou endommagé, donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../store/storedmessage.cpp" line="48"/>
        <source>The stored message %1 could not be read: %2</source>
        <translation>Le message enregistré %1 n&apos;a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>store::Templates</name>
    <message>
        <location filename="../store/templates.cpp" line="23"/>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../store/templates.cpp" line="28"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="../store/templates.cpp" line="38"/>
        <source>The template %1 could not be saved: %2</source>
        <translation>Le modèle %1 n&apos;a pas pu être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>store::vcard</name>
    <message>
        <location filename="../store/vcard.cpp" line="16"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="108"/>
        <source>this is no vCard property (NAME:value expected)</source>
        <translation>ceci n&apos;est pas une propriété vCard (NOM:valeur attendu)</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="135"/>
        <source>the property has no name</source>
        <translation>la propriété n&apos;a pas de nom</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="165"/>
        <source>the character set %1 is unknown</source>
        <translation>le jeu de caractères %1 est inconnu</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="174"/>
        <source>the value is not UTF-8 and names no CHARSET</source>
        <translation>la valeur n&apos;est pas en UTF-8 et n&apos;indique aucun CHARSET</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="312"/>
        <source>BEGIN:VCARD inside the card begun on line %1</source>
        <translation>BEGIN:VCARD à l&apos;intérieur de la carte commencée à la ligne %1</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="322"/>
        <source>text outside BEGIN:VCARD … END:VCARD</source>
        <translation>texte en dehors de BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="338"/>
        <source>the card begun here has no END:VCARD</source>
        <translation>la carte commencée ici n&apos;a pas de END:VCARD</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="343"/>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>Le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="369"/>
        <source>the group has no name (FN)</source>
        <translation>le groupe n&apos;a pas de nom (FN)</translation>
    </message>
    <message>
        <location filename="../store/vcard.cpp" line="387"/>
        <source>the member %1 is no mailto: address and no card with an address in this file</source>
        <translation>le membre %1 n&apos;est ni une adresse mailto: ni une carte avec une adresse dans ce fichier</translation>
    </message>
</context>
<context>
    <name>ui::AccountForm</name>
    <message>
        <location filename="../ui/accountform.cpp" line="53"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="54"/>
        <source>work, home…</source>
        <translation>travail, maison…</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="55"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="56"/>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="57"/>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="58"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="66"/>
        <source>Formatted signature</source>
        <translation>Signature mise en forme</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="68"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="70"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="71"/>
        <source>Your na&amp;me:</source>
        <translation>Votre no&amp;m :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="72"/>
        <source>&amp;Email address:</source>
        <translation>Adresse électroni&amp;que :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="73"/>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="74"/>
        <source>&amp;With formatting:</source>
        <translation>Avec mise en &amp;forme :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="78"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
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
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="84"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="85"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dès le début (port 465)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="86"/>
        <source>None — unencrypted</source>
        <translation>Aucune — non chiffré</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="89"/>
        <source>Send the password w&amp;ithout encryption (only for a test server you trust)</source>
        <translation>Envoyer le mot de passe sans ch&amp;iffrement (uniquement pour un serveur de test de confiance)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="90"/>
        <source>Send the password unencrypted</source>
        <translation>Envoyer le mot de passe sans chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="92"/>
        <source>Extra trusted CA certificates file</source>
        <translation>Fichier supplémentaire de certificats d&apos;autorité de confiance</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="93"/>
        <source>optional PEM file</source>
        <translation>fichier PEM facultatif</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="94"/>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier d&apos;autorité de certification</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="96"/>
        <source>Trusted certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="99"/>
        <source>&amp;Forget</source>
        <translation>Oub&amp;lier</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="100"/>
        <source>Forget the trusted certificate</source>
        <translation>Oublier le certificat de confiance</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="103"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="113"/>
        <source>Outgoing server (SMTP)</source>
        <translation>Serveur sortant (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="115"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="118"/>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="121"/>
        <source>CA fi&amp;le:</source>
        <translation>Fichier d&apos;autorité&amp;s (CA) :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="142"/>
        <source>Login met&amp;hod:</source>
        <translation>Mét&amp;hode d&apos;identification :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="124"/>
        <source>Trusted certificate:</source>
        <translation>Certificat de confiance :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="126"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="127"/>
        <source>empty: the server needs no login</source>
        <translation>vide : le serveur ne demande pas d&apos;identification</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="128"/>
        <source>Login method</source>
        <translation>Méthode d&apos;identification</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="131"/>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Automatique (la plus forte que propose le serveur)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="134"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="139"/>
        <source>Login</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="141"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="143"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="174"/>
        <source>Extra trusted CA certificates</source>
        <translation>Certificats d&apos;autorité de confiance supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="175"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="233"/>
        <source>An account&apos;s name cannot be changed; add a new account instead.</source>
        <translation>Le nom d&apos;un compte ne peut pas être changé ; ajoutez plutôt un nouveau compte.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="242"/>
        <source>Passwords are kept only in the system keychain. Leave it empty to keep the saved one.</source>
        <translation>Les mots de passe sont gardés uniquement dans le trousseau du système. Laissez vide pour garder celui qui est enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="322"/>
        <source>Without encryption, anyone on the network path can read your messages and change them.</source>
        <translation>Sans chiffrement, n&apos;importe qui sur le chemin réseau peut lire vos messages et les modifier.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="327"/>
        <source>Your password will be sent in clear text too: use this only with a test server you control.</source>
        <translation>Votre mot de passe sera aussi envoyé en clair : ne l&apos;utilisez qu&apos;avec un serveur de test que vous contrôlez.</translation>
    </message>
    <message>
        <location filename="../ui/accountform.cpp" line="329"/>
        <source>Stamp will refuse to send your password over it unless you allow it below.</source>
        <translation>Stamp refusera d&apos;y envoyer votre mot de passe, sauf si vous l&apos;autorisez ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ui::AccountsDialog</name>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="52"/>
        <location filename="../ui/accountsdialog.cpp" line="56"/>
        <location filename="../ui/accountsdialog.cpp" line="354"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="57"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="57"/>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="58"/>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="59"/>
        <source>Remove the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="60"/>
        <source>Make &amp;default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="61"/>
        <location filename="../ui/accountsdialog.cpp" line="242"/>
        <source>Make this the default account</source>
        <translation>En faire le compte par défaut</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="80"/>
        <source>Save the account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="81"/>
        <location filename="../ui/accountsdialog.cpp" line="144"/>
        <location filename="../ui/accountsdialog.cpp" line="506"/>
        <location filename="../ui/accountsdialog.cpp" line="520"/>
        <location filename="../ui/accountsdialog.cpp" line="529"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="82"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="145"/>
        <source>Test stopped before connecting.</source>
        <translation>Test arrêté avant la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="259"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="333"/>
        <source>(given for this session)</source>
        <translation>(donné pour cette session)</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="334"/>
        <source>(kept in the keychain)</source>
        <translation>(gardé dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="77"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="78"/>
        <source>Sign-in and server search</source>
        <translation>Connexion et recherche du serveur</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="156"/>
        <source>Enter the email address first: the settings are found from it.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse électronique : les réglages sont trouvés à partir d&apos;elle.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="241"/>
        <source>This is already the default account</source>
        <translation>C&apos;est déjà le compte par défaut</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="354"/>
        <source>Accounts *</source>
        <translation>Comptes *</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="367"/>
        <source>There is already an account named &quot;%1&quot;: choose another name.</source>
        <translation>Il existe déjà un compte nommé « %1 » : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="387"/>
        <source>The password is saved in the keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="393"/>
        <source>The password could not be saved: it will be used until Stamp closes.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré : il sera utilisé jusqu&apos;à la fermeture de Stamp.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="395"/>
        <source>Password not saved</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="397"/>
        <source>Stamp will use the password you typed until it closes, and ask again next time.</source>
        <translation>Stamp utilisera le mot de passe que vous avez saisi jusqu&apos;à sa fermeture, et le redemandera la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="414"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="415"/>
        <source>Remove the account &quot;%1&quot; and its saved password? Messages already sent stay in Sent.</source>
        <translation>Supprimer le compte « %1 » et son mot de passe enregistré ? Les messages déjà envoyés restent dans Envoyés.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="432"/>
        <source>No keychain is running, so no saved password of &quot;%1&quot; could be looked for to remove.</source>
        <translation>Aucun trousseau n&apos;est en service, donc aucun mot de passe enregistré de « %1 » n&apos;a pu être cherché pour être supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="438"/>
        <source>Password not removed</source>
        <translation>Mot de passe non supprimé</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="454"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="455"/>
        <source>Save the changes to this account?</source>
        <translation>Enregistrer les modifications de ce compte ?</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="498"/>
        <location filename="../ui/accountsdialog.cpp" line="524"/>
        <source>S&amp;top test</source>
        <translation>Arrêter le &amp;test</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="499"/>
        <source>Getting the password…</source>
        <translation>Récupération du mot de passe…</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="507"/>
        <source>Not tested: no password was given.</source>
        <translation>Pas testé : aucun mot de passe n&apos;a été donné.</translation>
    </message>
    <message>
        <location filename="../ui/accountsdialog.cpp" line="542"/>
        <source>this account</source>
        <translation>ce compte</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="18"/>
        <source>The accounts you send from; choose one to edit it</source>
        <translation>Les comptes depuis lesquels vous envoyez ; choisissez-en un pour le modifier</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="19"/>
        <source>Starts a new account</source>
        <translation>Crée un nouveau compte</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="21"/>
        <source>Removes the selected account and its saved password</source>
        <translation>Supprime le compte sélectionné et son mot de passe enregistré</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="23"/>
        <source>New messages are sent from the selected account</source>
        <translation>Les nouveaux messages sont envoyés depuis le compte sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="25"/>
        <source>A name for this account, shown in the From list</source>
        <translation>Un nom pour ce compte, affiché dans la liste Expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="27"/>
        <source>The name recipients see beside your address</source>
        <translation>Le nom que les destinataires voient à côté de votre adresse</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="28"/>
        <source>The address messages are sent from</source>
        <translation>L&apos;adresse depuis laquelle les messages sont envoyés</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="29"/>
        <source>Text added at the end of each new message from this account</source>
        <translation>Texte ajouté à la fin de chaque nouveau message de ce compte</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="32"/>
        <source>The signature added to formatted messages; empty: they get the plain one</source>
        <translation>La signature ajoutée aux messages mis en forme ; vide : ils reçoivent la signature en texte brut</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="34"/>
        <source>The submission server&apos;s host name, as your mail provider gives it</source>
        <translation>Le nom d&apos;hôte du serveur d&apos;envoi, tel que votre fournisseur de messagerie l&apos;indique</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="36"/>
        <source>587 for STARTTLS, 465 for TLS from the start</source>
        <translation>587 pour STARTTLS, 465 pour TLS dès le début</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="38"/>
        <source>How the connection to the server is encrypted</source>
        <translation>Comment la connexion au serveur est chiffrée</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="40"/>
        <source>Lets the password travel unencrypted; only for a test server you trust</source>
        <translation>Laisse passer le mot de passe sans chiffrement ; uniquement pour un serveur de test de confiance</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="43"/>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s</source>
        <translation>Un fichier PEM d&apos;autorités de certification à approuver en plus de celles du système</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="46"/>
        <source>Chooses the PEM file of extra certificate authorities</source>
        <translation>Choisit le fichier PEM d&apos;autorités de certification supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="48"/>
        <source>Stops trusting the certificate trusted for this account</source>
        <translation>Cesse d&apos;approuver le certificat approuvé pour ce compte</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="49"/>
        <source>The name to log in with; empty when the server needs no login</source>
        <translation>Le nom avec lequel s&apos;identifier ; vide quand le serveur ne demande pas d&apos;identification</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="51"/>
        <source>How Stamp proves who you are to the server</source>
        <translation>Comment Stamp prouve votre identité au serveur</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="53"/>
        <source>Kept in the system keychain, never in a file</source>
        <translation>Gardé dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="55"/>
        <source>Saves the account, and the password in the keychain</source>
        <translation>Enregistre le compte, et le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="57"/>
        <source>Connects and logs in without sending anything, and shows what the server offers</source>
        <translation>Se connecte et s&apos;identifie sans rien envoyer, et montre ce que propose le serveur</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="61"/>
        <source>The extensions the server announced in its EHLO reply</source>
        <translation>Les extensions que le serveur a annoncées dans sa réponse à EHLO</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="62"/>
        <source>The TLS version, cipher and certificate of the test connection</source>
        <translation>La version TLS, le chiffrement et le certificat de la connexion de test</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="65"/>
        <source>Looks up the server settings for the address: the domain&apos;s own settings, the providers&apos; database, DNS records, then likely server names</source>
        <translation>Recherche les réglages du serveur pour l&apos;adresse : les réglages propres au domaine, la base de données des fournisseurs, les enregistrements DNS, puis les noms de serveur probables</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="69"/>
        <source>The settings came with warnings: tick this only after reading them</source>
        <translation>Les réglages sont accompagnés d&apos;avertissements : ne cochez ceci qu&apos;après les avoir lus</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="72"/>
        <source>Puts the settings found into the account form; nothing is saved yet</source>
        <translation>Place les réglages trouvés dans le formulaire du compte ; rien n&apos;est encore enregistré</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="75"/>
        <source>Who signs you in: Google, Microsoft, or another provider by its address</source>
        <translation>Qui vous connecte : Google, Microsoft, ou un autre fournisseur par son adresse</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="78"/>
        <source>Opens the provider&apos;s sign-in page in your browser</source>
        <translation>Ouvre la page de connexion du fournisseur dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="80"/>
        <source>Shows a code to enter on another device, for machines without a browser</source>
        <translation>Affiche un code à saisir sur un autre appareil, pour les machines sans navigateur</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="82"/>
        <source>Forgets this account&apos;s sign-in, kept in the system keychain</source>
        <translation>Oublie la connexion de ce compte, gardée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/accountsdescriptions.cpp" line="85"/>
        <source>The sign-in page&apos;s address, to open it yourself if the browser did not start</source>
        <translation>L&apos;adresse de la page de connexion, pour l&apos;ouvrir vous-même si le navigateur ne s&apos;est pas lancé</translation>
    </message>
</context>
<context>
    <name>ui::Advice</name>
    <message>
        <location filename="../ui/advice.cpp" line="46"/>
        <source>Check the user name, password and security settings of the account.</source>
        <translation>Vérifiez le nom d&apos;utilisateur, le mot de passe et les réglages de sécurité du compte.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="48"/>
        <source>Check the security setting and the certificate of the account.</source>
        <translation>Vérifiez le réglage de sécurité et le certificat du compte.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="51"/>
        <source>Check the server name, port and security setting of the account, and the network.</source>
        <translation>Vérifiez le nom du serveur, le port et le réglage de sécurité du compte, ainsi que le réseau.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="54"/>
        <source>Check the account settings, then send again.</source>
        <translation>Vérifiez les réglages du compte, puis renvoyez.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="77"/>
        <source>Not sent: this server wants encryption</source>
        <translation>Non envoyé : ce serveur veut du chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="78"/>
        <source>This server wants encryption: set Security to STARTTLS. Nothing was sent.</source>
        <translation>Ce serveur veut du chiffrement : réglez Sécurité sur STARTTLS. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="85"/>
        <source>Not sent: the password was not sent without encryption</source>
        <translation>Non envoyé : le mot de passe n&apos;a pas été envoyé sans chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="87"/>
        <source>The connection to this server is not encrypted, so Stamp did not send the password. Set Security to STARTTLS or TLS if the server has it; only on a network you trust, tick “Send the password unencrypted” in the account instead.</source>
        <translation>La connexion à ce serveur n&apos;est pas chiffrée, donc Stamp n&apos;a pas envoyé le mot de passe. Réglez Sécurité sur STARTTLS ou TLS si le serveur le propose ; uniquement sur un réseau de confiance, cochez plutôt « Envoyer le mot de passe sans chiffrement » dans le compte.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="97"/>
        <source>Not sent: sign in again</source>
        <translation>Non envoyé : reconnectez-vous</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="99"/>
        <source>The sign-in of this account has expired or was revoked. Sign in again, then send; the message stays in the outbox.</source>
        <translation>La connexion de ce compte a expiré ou a été révoquée. Reconnectez-vous, puis envoyez ; le message reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="101"/>
        <source>The server did not accept the sign-in of this account. Sign in again, then send; the message stays in the outbox.</source>
        <translation>Le serveur n&apos;a pas accepté la connexion de ce compte. Reconnectez-vous, puis envoyez ; le message reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="114"/>
        <source>Not sent: Google wants you to sign in with Google</source>
        <translation>Non envoyé : Google veut que vous vous connectiez avec Google</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="116"/>
        <source>Not sent: Microsoft wants you to sign in with Microsoft</source>
        <translation>Non envoyé : Microsoft veut que vous vous connectiez avec Microsoft</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="117"/>
        <source>Not sent: this provider wants you to sign in with it</source>
        <translation>Non envoyé : ce fournisseur veut que vous vous connectiez avec lui</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="126"/>
        <source>Not sent: the server did not accept the password</source>
        <translation>Non envoyé : le serveur n&apos;a pas accepté le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="128"/>
        <source>Enter the password again, or check the user name in the account. Some providers need an app password instead of the usual one.</source>
        <translation>Saisissez de nouveau le mot de passe, ou vérifiez le nom d&apos;utilisateur dans le compte. Certains fournisseurs demandent un mot de passe d&apos;application au lieu du mot de passe habituel.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="136"/>
        <source>Not sent yet: the server asked to try later</source>
        <translation>Pas encore envoyé : le serveur a demandé de réessayer plus tard</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="137"/>
        <source>The message is not sent yet. It stays in the outbox and will be retried; you can also send it again yourself later.</source>
        <translation>Le message n&apos;est pas encore envoyé. Il reste dans la boîte d&apos;envoi et sera réessayé ; vous pouvez aussi le renvoyer vous-même plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="177"/>
        <source>The server holds the message back for now (a policy such as greylisting): not sent yet, it will be retried.</source>
        <translation>Le serveur retient le message pour l&apos;instant (une règle comme le greylisting) : pas encore envoyé, il sera réessayé.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="181"/>
        <source>The mailbox is full for now: not sent yet, it will be retried.</source>
        <translation>La boîte aux lettres est pleine pour l&apos;instant : pas encore envoyé, il sera réessayé.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="184"/>
        <source>The server is closing the connection for now: not sent yet, it will be retried.</source>
        <translation>Le serveur ferme la connexion pour l&apos;instant : pas encore envoyé, il sera réessayé.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="186"/>
        <source>The mailbox is busy or unavailable for now: not sent yet, it will be retried.</source>
        <translation>La boîte aux lettres est occupée ou indisponible pour l&apos;instant : pas encore envoyé, il sera réessayé.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="188"/>
        <source>The server had a temporary problem of its own: not sent yet, it will be retried.</source>
        <translation>Le serveur a eu un problème temporaire de son côté : pas encore envoyé, il sera réessayé.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="190"/>
        <source>The server is short of space or of recipients for now: not sent yet, it will be retried.</source>
        <translation>Le serveur manque d&apos;espace ou de place pour les destinataires pour l&apos;instant : pas encore envoyé, il sera réessayé.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="193"/>
        <source>The server cannot start encryption or a login right now: not sent yet, it will be retried.</source>
        <translation>Le serveur ne peut pas démarrer le chiffrement ou une identification en ce moment : pas encore envoyé, il sera réessayé.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="196"/>
        <source>The server cannot take it right now: not sent yet, it will be retried.</source>
        <translation>Le serveur ne peut pas l&apos;accepter en ce moment : pas encore envoyé, il sera réessayé.</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="204"/>
        <source>Use STARTTLS and send again</source>
        <translation>Utiliser STARTTLS et renvoyer</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="206"/>
        <source>Enter the password again</source>
        <translation>Saisir de nouveau le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="208"/>
        <source>Open the account</source>
        <translation>Ouvrir le compte</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="211"/>
        <source>Sign in with Google</source>
        <translation>Se connecter avec Google</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="213"/>
        <source>Sign in with Microsoft</source>
        <translation>Se connecter avec Microsoft</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="214"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../ui/advice.cpp" line="214"/>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
</context>
<context>
    <name>ui::AttachmentList</name>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="24"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="26"/>
        <source>The files sent with the message, with their sizes; Delete removes the selected ones</source>
        <translation>Les fichiers envoyés avec le message, avec leur taille ; Suppr retire ceux qui sont sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="28"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="28"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="65"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="69"/>
        <source>%1 is not a file (folders cannot be attached).</source>
        <translation>%1 n&apos;est pas un fichier (les dossiers ne peuvent pas être joints).</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="73"/>
        <source>%1 cannot be read (permission denied).</source>
        <translation>%1 ne peut pas être lu (permission refusée).</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="111"/>
        <source>missing</source>
        <translation>manquant</translation>
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
        <translation>TLS dès le début</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="26"/>
        <source>none — unencrypted</source>
        <translation>aucune — non chiffré</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="36"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="38"/>
        <source>OAuth 2.0 sign-in in the browser</source>
        <translation>connexion OAuth 2.0 dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="40"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="42"/>
        <source>a method Stamp does not support</source>
        <translation>une méthode que Stamp ne prend pas en charge</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="59"/>
        <location filename="../ui/autoconfigpanel.cpp" line="129"/>
        <location filename="../ui/autoconfigpanel.cpp" line="146"/>
        <source>&amp;Find settings from the address</source>
        <translation>&amp;Chercher les réglages à partir de l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="61"/>
        <source>Find settings from the address</source>
        <translation>Chercher les réglages à partir de l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="72"/>
        <source>I have read the warnings and want to use these settings</source>
        <translation>J&apos;ai lu les avertissements et je veux utiliser ces réglages</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="75"/>
        <source>&amp;Use these settings</source>
        <translation>&amp;Utiliser ces réglages</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="132"/>
        <source>S&amp;top looking</source>
        <translation>&amp;Arrêter la recherche</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="133"/>
        <source>Looking for the settings of %1…</source>
        <translation>Recherche des réglages de %1…</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="147"/>
        <source>Stopped looking.</source>
        <translation>Recherche arrêtée.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="156"/>
        <source>No settings were found for %1: enter the server yourself.</source>
        <translation>Aucun réglage trouvé pour %1 : saisissez vous-même le serveur.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="157"/>
        <source>this address</source>
        <translation>cette adresse</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="163"/>
        <source>Tried:</source>
        <translation>Essayé :</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="176"/>
        <source>The server %1 is not in %2, the domain of your address. Use it only if you know that it is your provider&apos;s.</source>
        <translation>Le serveur %1 n&apos;est pas dans %2, le domaine de votre adresse. Ne l&apos;utilisez que si vous savez qu&apos;il appartient à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="179"/>
        <source>Found through %1.</source>
        <translation>Trouvé via %1.</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="182"/>
        <source>Server: %1, port %2</source>
        <translation>Serveur : %1, port %2</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="183"/>
        <source>Security: %1</source>
        <translation>Sécurité : %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="184"/>
        <source>Authentication: %1</source>
        <translation>Authentification : %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="185"/>
        <source>User name: %1</source>
        <translation>Nom d&apos;utilisateur : %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="185"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="186"/>
        <source>Found through: %1 (%2)</source>
        <translation>Trouvé via : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="188"/>
        <source>Records of the domain: %1</source>
        <translation>Enregistrements du domaine : %1</translation>
    </message>
    <message>
        <location filename="../ui/autoconfigpanel.cpp" line="190"/>
        <source>Stamp cannot log in to this server: enter another server yourself.</source>
        <translation>Stamp ne peut pas s&apos;identifier sur ce serveur : saisissez vous-même un autre serveur.</translation>
    </message>
</context>
<context>
    <name>ui::CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="42"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="50"/>
        <source>Certificate not trusted — %1</source>
        <translation>Certificat non approuvé — %1</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="58"/>
        <source>&lt;b&gt;Stamp could not verify the identity of %1.&lt;/b&gt;&lt;br&gt;Someone may be pretending to be your mail server to read your password and your mail. Trust this certificate only if you have checked its fingerprint with the server&apos;s administrator, or if it is your own test server.</source>
        <translation>&lt;b&gt;Stamp n&apos;a pas pu vérifier l&apos;identité de %1.&lt;/b&gt;&lt;br&gt;Quelqu&apos;un se fait peut-être passer pour votre serveur de messagerie afin de lire votre mot de passe et votre courrier. N&apos;approuvez ce certificat que si vous avez vérifié son empreinte auprès de l&apos;administrateur du serveur, ou s&apos;il s&apos;agit de votre propre serveur de test.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="76"/>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="80"/>
        <source>Valid for names:</source>
        <translation>Valide pour les noms :</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="81"/>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="82"/>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="83"/>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="87"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="94"/>
        <source>Chain sent:</source>
        <translation>Chaîne envoyée :</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="99"/>
        <source>Why the certificate is not trusted</source>
        <translation>Pourquoi le certificat n&apos;est pas approuvé</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="100"/>
        <source>Every check the server&apos;s certificate failed</source>
        <translation>Chaque vérification que le certificat du serveur n&apos;a pas passée</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="109"/>
        <source>&amp;Trust this certificate for “%1”</source>
        <translation>&amp;Faire confiance à ce certificat pour « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="112"/>
        <source>Accepts exactly this certificate for this account from now on; a different one asks again</source>
        <translation>Accepte exactement ce certificat pour ce compte à partir de maintenant ; un autre certificat fera redemander</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="127"/>
        <source>Problems found:</source>
        <translation>Problèmes trouvés :</translation>
    </message>
</context>
<context>
    <name>ui::ComposerWindow</name>
    <message>
        <location filename="../ui/composerwindow.cpp" line="168"/>
        <source>Compose message</source>
        <translation>Rédaction d&apos;un message</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="203"/>
        <source>Not attached</source>
        <translation>Non joint</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="223"/>
        <source>%n message(s) waiting in the outbox: due ones are sent now, the others at their time.</source>
        <translation>
            <numerusform>%n message en attente dans la boîte d&apos;envoi : s&apos;il est dû, il part maintenant, sinon à son heure.</numerusform>
            <numerusform>%n messages en attente dans la boîte d&apos;envoi : ceux qui sont dus partent maintenant, les autres à leur heure.</numerusform>
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
        <translation>Le compte et l&apos;identité depuis lesquels le message est envoyé</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="264"/>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="265"/>
        <source>Edit accounts</source>
        <translation>Modifier les comptes</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="266"/>
        <source>Opens the accounts: servers, logins and identities</source>
        <translation>Ouvre les comptes : serveurs, identifiants et identités</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="269"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="270"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="271"/>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="272"/>
        <source>hidden recipients: they receive it, the others do not see them</source>
        <translation>destinataires cachés : ils le reçoivent, les autres ne les voient pas</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="273"/>
        <source>Reply-To</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="274"/>
        <source>where replies should go, if not to the sender</source>
        <translation>où les réponses doivent aller, si ce n&apos;est pas à l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="289"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="290"/>
        <source>What the message is about, in one line</source>
        <translation>Ce dont parle le message, en une ligne</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="313"/>
        <source>F&amp;rom:</source>
        <translation>Expéditeu&amp;r :</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="314"/>
        <source>T&amp;o:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="315"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="316"/>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i :</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="317"/>
        <source>Rep&amp;ly-To:</source>
        <translation>Répondr&amp;e à :</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="321"/>
        <source>&amp;Subject:</source>
        <translation>Ob&amp;jet :</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="325"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="327"/>
        <source>The text of the message; files dropped or pasted here are attached</source>
        <translation>Le texte du message ; les fichiers déposés ou collés ici sont joints</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="330"/>
        <source>Write your message here. Drop or paste files to attach them.</source>
        <translation>Écrivez votre message ici. Déposez ou collez des fichiers pour les joindre.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="337"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="338"/>
        <source>Remove the selected attachments (Delete)</source>
        <translation>Retirer les pièces jointes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="339"/>
        <source>Remove the selected attachments</source>
        <translation>Retirer les pièces jointes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="343"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="344"/>
        <location filename="../ui/composerwindow.cpp" line="1399"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="345"/>
        <source>Chooses files to attach to the message</source>
        <translation>Choisit des fichiers à joindre au message</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="384"/>
        <source>Sending progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="385"/>
        <source>How much of the message has gone to the server</source>
        <translation>Quelle part du message est partie vers le serveur</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="388"/>
        <location filename="../ui/composerwindow.cpp" line="390"/>
        <source>Stop sending</source>
        <translation>Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="391"/>
        <source>Stops this attempt; the message stays in the outbox</source>
        <translation>Arrête cette tentative ; le message reste dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="416"/>
        <source>Protocol log</source>
        <translation>Journal du protocole</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="422"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="429"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="443"/>
        <source>Opens the outbox, where messages wait to be sent or sent again</source>
        <translation>Ouvre la boîte d&apos;envoi, où les messages attendent d&apos;être envoyés ou renvoyés</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="449"/>
        <source>The message goes back into the editor, unsent</source>
        <translation>Le message revient dans l&apos;éditeur, non envoyé</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="450"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="451"/>
        <source>Take the message back from the outbox before it is sent</source>
        <translation>Reprendre le message de la boîte d&apos;envoi avant son envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="481"/>
        <source>&amp;Send</source>
        <translation>Envo&amp;yer</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="485"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Envoyer le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="487"/>
        <source>Send &amp;Later…</source>
        <translation>&amp;Envoyer plus tard…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="489"/>
        <source>Put the message in the outbox to be sent at a time you choose</source>
        <translation>Placer le message dans la boîte d&apos;envoi pour l&apos;envoyer au moment de votre choix</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="492"/>
        <source>S&amp;top Sending</source>
        <translation>Arrê&amp;ter l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="494"/>
        <source>Stop sending (Ctrl+.)</source>
        <translation>Arrêter l&apos;envoi (Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="496"/>
        <location filename="../ui/composerwindow.cpp" line="1629"/>
        <source>&amp;Attach Files…</source>
        <translation>Joindre de&amp;s fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="499"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>Joindre des fichiers (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="501"/>
        <source>Save &amp;Draft</source>
        <translation>Enre&amp;gistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="503"/>
        <source>Save as a draft (Ctrl+S)</source>
        <translation>Enregistrer comme brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="506"/>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="508"/>
        <source>&amp;New Message</source>
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="511"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="514"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="518"/>
        <source>&amp;Accounts…</source>
        <translation>Compte&amp;s…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="522"/>
        <source>&amp;File</source>
        <translation>Fic&amp;hier</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="531"/>
        <source>Save as &amp;Template…</source>
        <translation>Enregis&amp;trer comme modèle…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="538"/>
        <source>Save as Template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="539"/>
        <source>Name of the template:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="549"/>
        <source>New From Te&amp;mplate</source>
        <translation>Nouveau &amp;à partir d&apos;un modèle</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="556"/>
        <source>(No templates yet)</source>
        <translation>(Pas encore de modèle)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="573"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="584"/>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="585"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="587"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="588"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="589"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="590"/>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="592"/>
        <source>&amp;View</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="595"/>
        <source>Protocol &amp;Log</source>
        <translation>Journal du protocol&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="602"/>
        <source>&amp;Outbox and Drafts</source>
        <translation>&amp;Boîte d&apos;envoi et brouillons</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="609"/>
        <source>S&amp;ent Messages</source>
        <translation>Messages envoy&amp;és</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="614"/>
        <source>&amp;Search the Log</source>
        <translation>Rechercher dans le &amp;journal</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="622"/>
        <source>Go to the &amp;Message Text</source>
        <translation>Aller au te&amp;xte du message</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="628"/>
        <source>Go to the Attachme&amp;nts</source>
        <translation>Aller aux pièces joi&amp;ntes</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="637"/>
        <source>O&amp;ptions</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="639"/>
        <source>&amp;Reply-To Field</source>
        <translation>Champ &amp;Répondre à</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="649"/>
        <source>&amp;Priority</source>
        <translation>Pri&amp;orité</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="651"/>
        <source>&amp;High</source>
        <translation>H&amp;aute</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="653"/>
        <source>&amp;Normal</source>
        <translation>&amp;Normale</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="655"/>
        <source>&amp;Low</source>
        <translation>Bass&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="663"/>
        <source>Ask for a Read Receip&amp;t</source>
        <translation>Demander &amp;un accusé de lecture</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="666"/>
        <source>Ask the recipient&apos;s mail program to confirm that the message was opened (many do not, or ask the recipient first)</source>
        <translation>Demander au logiciel de messagerie du destinataire de confirmer que le message a été ouvert (beaucoup ne le font pas, ou demandent d&apos;abord au destinataire)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="668"/>
        <source>&amp;Delivery Receipts</source>
        <translation>Accusés &amp;de distribution</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="670"/>
        <source>Ask the mail servers on the way to report back (only when the server offers DSN)</source>
        <translation>Demander aux serveurs de messagerie en chemin de rendre compte (seulement si le serveur propose DSN)</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="677"/>
        <source>When &amp;Delivered</source>
        <translation>À la &amp;distribution</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="678"/>
        <source>When Delivery &amp;Fails</source>
        <translation>En cas d&apos;éc&amp;hec de distribution</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="679"/>
        <source>When Delivery Is De&amp;layed</source>
        <translation>&amp;En cas de retard de distribution</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="681"/>
        <source>Report With the &amp;Whole Message</source>
        <translation>Rapport avec le &amp;message entier</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="682"/>
        <source>Report With the &amp;Headers Only</source>
        <translation>Rapport &amp;avec les en-têtes seulement</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="689"/>
        <source>&amp;Undo Send</source>
        <translation>&amp;Annulation de l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="692"/>
        <source>Wait a few seconds after Send, so Undo in the status bar can take the message back</source>
        <translation>Attendre quelques secondes après Envoyer, pour qu&apos;Annuler dans la barre d&apos;état puisse reprendre le message</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="695"/>
        <source>&amp;Off: Send at Once</source>
        <translation>&amp;Désactivé : envoyer immédiatement</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="696"/>
        <source>Wait &amp;%n Second(s)</source>
        <translation>
            <numerusform>Attendre &amp;%n seconde</numerusform>
            <numerusform>Attendre &amp;%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="720"/>
        <source>&amp;Tools</source>
        <translation>Ou&amp;tils</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="722"/>
        <source>&amp;Practice Server…</source>
        <translation>Serveur d&apos;entra&amp;înement…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="725"/>
        <source>Check &amp;Domain…</source>
        <translation>Vérifier le &amp;domaine…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="738"/>
        <source>C&amp;ontacts…</source>
        <translation>C&amp;ontacts…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="742"/>
        <source>&amp;Mail Merge…</source>
        <translation>&amp;Publipostage…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="746"/>
        <source>&amp;Console…</source>
        <translation>&amp;Console…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="752"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="753"/>
        <source>Choose an account in From first (Tools → Accounts).</source>
        <translation>Choisissez d&apos;abord un compte dans Expéditeur (Outils → Comptes).</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="756"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1619"/>
        <source>The message mentions an attachment, but nothing is attached.</source>
        <translation>Le message mentionne une pièce jointe, mais rien n&apos;est joint.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1630"/>
        <source>&amp;Send Without</source>
        <translation>&amp;Envoyer sans</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1631"/>
        <source>Attach the files now, or send the message without them.</source>
        <translation>Joignez les fichiers maintenant, ou envoyez le message sans eux.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1688"/>
        <source>Putting the message in the outbox…</source>
        <translation>Placement du message dans la boîte d&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1826"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1885"/>
        <source>Perhaps sent: the server did not confirm. The message stays in the outbox; check with a recipient before sending it again.</source>
        <translation>Peut-être envoyé : le serveur n&apos;a pas confirmé. Le message reste dans la boîte d&apos;envoi ; vérifiez auprès d&apos;un destinataire avant de le renvoyer.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1891"/>
        <source>Not sent yet: the outbox tries again by itself; nothing to do meanwhile.</source>
        <translation>Pas encore envoyé : la boîte d&apos;envoi réessaiera d&apos;elle-même ; rien à faire d&apos;ici là.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1920"/>
        <source>Sent from the outbox. A copy is in the Sent folder.</source>
        <translation>Envoyé depuis la boîte d&apos;envoi. Une copie est dans le dossier Envoyés.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1925"/>
        <source>The outbox sent the message as it was queued; the changes made here since were not sent, and Send would send them as a new message.</source>
        <translation>La boîte d&apos;envoi a envoyé le message tel qu&apos;il était en file ; les modifications faites ici depuis n&apos;ont pas été envoyées, et Envoyer les enverrait comme un nouveau message.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2055"/>
        <source>Messages waiting</source>
        <translation>Messages en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="2056"/>
        <source>%n message(s) in the outbox are still waiting to be sent. They are sent the next time Stamp runs. Quit anyway?</source>
        <translation>
            <numerusform>%n message de la boîte d&apos;envoi attend encore d&apos;être envoyé. Il sera envoyé au prochain lancement de Stamp. Quitter quand même ?</numerusform>
            <numerusform>%n messages de la boîte d&apos;envoi attendent encore d&apos;être envoyés. Ils seront envoyés au prochain lancement de Stamp. Quitter quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="760"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="794"/>
        <source>No account yet — open Accounts… to add one</source>
        <translation>Pas encore de compte — ouvrez Comptes… pour en ajouter un</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="801"/>
        <location filename="../ui/composerwindow.cpp" line="822"/>
        <source>Server: %1:%2</source>
        <translation>Serveur : %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1112"/>
        <source>Draft restored (saved %1).</source>
        <translation>Brouillon restauré (enregistré %1).</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1137"/>
        <source>Last attempt: the server said %1</source>
        <translation>Dernière tentative : le serveur a dit %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1175"/>
        <source>Being sent</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1176"/>
        <source>This message is being sent right now; wait for the result.</source>
        <translation>Ce message est en cours d&apos;envoi ; attendez le résultat.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1183"/>
        <location filename="../ui/composerwindow.cpp" line="1219"/>
        <source>Message not found</source>
        <translation>Message introuvable</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1184"/>
        <source>This message is no longer there: it may have been sent or deleted meanwhile.</source>
        <translation>Ce message n&apos;est plus là : il a peut-être été envoyé ou supprimé entre-temps.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1209"/>
        <source>Some attached files are no longer there; they are marked in the list: %1</source>
        <translation>Certains fichiers joints ne sont plus là ; ils sont signalés dans la liste : %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1220"/>
        <source>This message is no longer in the Sent folder.</source>
        <translation>Ce message n&apos;est plus dans le dossier Envoyés.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1251"/>
        <source>This message is no longer in the outbox.</source>
        <translation>Ce message n&apos;est plus dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1269"/>
        <source>The server did not accept the password. Enter it again to send the message.</source>
        <translation>Le serveur n&apos;a pas accepté le mot de passe. Saisissez-le de nouveau pour envoyer le message.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1374"/>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1380"/>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1419"/>
        <source>1 attachment, %1 — about %2 when sent</source>
        <translation>1 pièce jointe, %1 — environ %2 à l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1420"/>
        <source>%1 attachments, %2 — about %3 when sent</source>
        <translation>%1 pièces jointes, %2 — environ %3 à l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1424"/>
        <source>⚠ larger than the %1 the server accepts</source>
        <translation>⚠ plus que les %1 acceptés par le serveur</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1431"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1433"/>
        <source>Sending: %1</source>
        <translation>Envoi : %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1514"/>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1518"/>
        <source>Send at</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1523"/>
        <source>Send this message at:</source>
        <translation>Envoyer ce message le :</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1539"/>
        <source>Too late to take it back: the message is being sent or was sent.</source>
        <translation>Trop tard pour le reprendre : le message est en cours d&apos;envoi ou a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1554"/>
        <location filename="../ui/composerwindow.cpp" line="1560"/>
        <source>Taken back from the outbox: nothing was sent.</source>
        <translation>Repris de la boîte d&apos;envoi : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="27"/>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="30"/>
        <source>Show the envelope, header section and MIME structure that will go out, and what may go wrong (Ctrl+Shift+P)</source>
        <translation>Afficher l&apos;enveloppe, la section d&apos;en-têtes et la structure MIME qui partiront, et ce qui peut mal se passer (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="33"/>
        <source>Copy as s&amp;waks Command</source>
        <translation>Copier comme commande s&amp;waks</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="35"/>
        <source>Copy a swaks command line that sends this message the same way</source>
        <translation>Copier une ligne de commande swaks qui envoie ce message de la même façon</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="44"/>
        <location filename="../ui/composerpreview.cpp" line="55"/>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="45"/>
        <source>The message cannot be previewed yet: %1</source>
        <translation>Le message ne peut pas encore être prévisualisé : %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="56"/>
        <source>The message cannot be previewed: %1</source>
        <translation>Le message ne peut pas être prévisualisé : %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="72"/>
        <location filename="../ui/composerwindow.cpp" line="1569"/>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="73"/>
        <source>A swaks command needs the server of an account: add one first.</source>
        <translation>Une commande swaks a besoin du serveur d&apos;un compte : ajoutez-en d&apos;abord un.</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="81"/>
        <location filename="../ui/composerpreview.cpp" line="95"/>
        <source>No swaks command</source>
        <translation>Pas de commande swaks</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="82"/>
        <source>The swaks command cannot be made: %1</source>
        <translation>La commande swaks ne peut pas être créée : %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="96"/>
        <source>The message could not be written for swaks: %1</source>
        <translation>Le message n&apos;a pas pu être écrit pour swaks : %1</translation>
    </message>
    <message>
        <location filename="../ui/composerpreview.cpp" line="103"/>
        <source>Copied the swaks command (the message is in %1; swaks asks for the password). %2</source>
        <translation>Commande swaks copiée (le message est dans %1 ; swaks demande le mot de passe). %2</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1570"/>
        <source>Stamp needs an account to send from: add one with the server&apos;s details.</source>
        <translation>Stamp a besoin d&apos;un compte pour envoyer : ajoutez-en un avec les informations du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1583"/>
        <location filename="../ui/composerwindow.cpp" line="1593"/>
        <source>Address not valid</source>
        <translation>Adresse non valide</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1584"/>
        <location filename="../ui/composerwindow.cpp" line="1594"/>
        <source>Nothing was sent. %1</source>
        <translation>Rien n&apos;a été envoyé. %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1599"/>
        <source>No recipient</source>
        <translation>Aucun destinataire</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1600"/>
        <source>Nothing was sent: add at least one recipient in To, Cc or Bcc.</source>
        <translation>Rien n&apos;a été envoyé : ajoutez au moins un destinataire dans À, Cc ou Cci.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1606"/>
        <source>Attachment missing</source>
        <translation>Pièce jointe manquante</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1607"/>
        <source>Nothing was sent: these attached files are no longer there (or cannot be read):
%1

Remove them from the list, or attach them again.</source>
        <translation>Rien n&apos;a été envoyé : ces fichiers joints ne sont plus là (ou ne peuvent pas être lus) :
%1

Retirez-les de la liste, ou joignez-les de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1618"/>
        <source>Nothing attached</source>
        <translation>Rien n&apos;est joint</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1640"/>
        <source>No subject</source>
        <translation>Pas d&apos;objet</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1641"/>
        <source>This message has no subject. Send it anyway?</source>
        <translation>Ce message n&apos;a pas d&apos;objet. L&apos;envoyer quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1659"/>
        <source>Message too large</source>
        <translation>Message trop gros</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1660"/>
        <source>This message will be about %1, but %2 said it accepts at most %3. It will most likely be refused. Send it anyway?</source>
        <translation>Ce message fera environ %1, mais %2 a indiqué accepter au plus %3. Il sera très probablement refusé. L&apos;envoyer quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1250"/>
        <location filename="../ui/composerwindow.cpp" line="1698"/>
        <location filename="../ui/composerwindow.cpp" line="1953"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1699"/>
        <source>Nothing was sent: the message could not be written to the outbox. %1</source>
        <translation>Rien n&apos;a été envoyé : le message n&apos;a pas pu être écrit dans la boîte d&apos;envoi. %1</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1246"/>
        <location filename="../ui/composerwindow.cpp" line="1749"/>
        <location filename="../ui/composerwindow.cpp" line="1950"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1874"/>
        <source>Sent. A copy is in the Sent folder.</source>
        <translation>Envoyé. Une copie se trouve dans le dossier Envoyés.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1893"/>
        <source>Not sent: the message stays in the outbox. Edit it and send again when ready.</source>
        <translation>Non envoyé : le message reste dans la boîte d&apos;envoi. Modifiez-le et renvoyez-le quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="544"/>
        <location filename="../ui/composerwindow.cpp" line="1260"/>
        <location filename="../ui/composerwindow.cpp" line="1944"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1737"/>
        <source>In the outbox, to be sent at %1.</source>
        <translation>Dans la boîte d&apos;envoi, à envoyer à %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1744"/>
        <source>Sending in %n second(s): Undo takes it back.</source>
        <translation>
            <numerusform>Envoi dans %n seconde : Annuler le reprend.</numerusform>
            <numerusform>Envoi dans %n secondes : Annuler le reprend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1808"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Boîte d&apos;envoi : %n en attente</numerusform>
            <numerusform>Boîte d&apos;envoi : %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composerwindow.cpp" line="1809"/>
        <source>%n message(s) waiting in the outbox: show them</source>
        <translation>
            <numerusform>%n message en attente dans la boîte d&apos;envoi : l&apos;afficher</numerusform>
            <numerusform>%n messages en attente dans la boîte d&apos;envoi : les afficher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="1888"/>
        <source>Not sent yet: the outbox tries again by itself (%1); nothing to do meanwhile.</source>
        <translation>Pas encore envoyé : la boîte d&apos;envoi réessaiera d&apos;elle-même (%1) ; rien à faire d&apos;ici là.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2012"/>
        <source>Still sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2013"/>
        <source>The message is still being sent. Stop sending and close? It stays in the outbox.</source>
        <translation>Le message est toujours en cours d&apos;envoi. Arrêter l&apos;envoi et fermer ? Il reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2025"/>
        <source>Unsent message</source>
        <translation>Message non envoyé</translation>
    </message>
    <message>
        <location filename="../ui/composerwindow.cpp" line="2026"/>
        <source>This message has not been sent. Keep it as a draft?</source>
        <translation>Ce message n&apos;a pas été envoyé. Le garder comme brouillon ?</translation>
    </message>
</context>
<context>
    <name>ui::ConsoleDialog</name>
    <message>
        <location filename="../ui/consoledialog.cpp" line="24"/>
        <source>SMTP Console</source>
        <translation>Console SMTP</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="34"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="37"/>
        <source>Line to send</source>
        <translation>Ligne à envoyer</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="39"/>
        <source>&amp;Line:</source>
        <translation>&amp;Ligne :</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="43"/>
        <source>&amp;Send Line</source>
        <translation>&amp;Envoyer la ligne</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="48"/>
        <source>Sends QUIT and closes when the server has answered.</source>
        <translation>Envoie QUIT et ferme quand le serveur a répondu.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="78"/>
        <source>SMTP Console — %1</source>
        <translation>Console SMTP — %1</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="85"/>
        <source>Not connected: no password was given.</source>
        <translation>Non connecté : aucun mot de passe n&apos;a été donné.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="106"/>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="154"/>
        <source>Not connected yet.</source>
        <translation>Pas encore connecté.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="158"/>
        <source>Connecting to %1, starting TLS and logging in…</source>
        <translation>Connexion à %1, démarrage de TLS et identification…</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="162"/>
        <source>Ready: type a command (HELP, NOOP, RSET, VRFY, EXPN, MAIL FROM:&lt;…&gt;, RCPT TO:&lt;…&gt;, DATA, QUIT).</source>
        <translation>Prêt : saisissez une commande (HELP, NOOP, RSET, VRFY, EXPN, MAIL FROM:&lt;…&gt;, RCPT TO:&lt;…&gt;, DATA, QUIT).</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="166"/>
        <source>Waiting for the server&apos;s reply…</source>
        <translation>En attente de la réponse du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="169"/>
        <source>DATA mode: each line is part of the message; a line holding only &quot;.&quot; ends it (Stamp sends CRLF.CRLF and doubles a leading dot).</source>
        <translation>Mode DATA : chaque ligne fait partie du message ; une ligne ne contenant que « . » le termine (Stamp envoie CRLF.CRLF et double un point en début de ligne).</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="173"/>
        <source>Closing: QUIT sent.</source>
        <translation>Fermeture : QUIT envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="177"/>
        <source>Closed: %1</source>
        <translation>Fermé : %1</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="183"/>
        <source>a line of the message, or . to end it</source>
        <translation>une ligne du message, ou . pour le terminer</translation>
    </message>
    <message>
        <location filename="../ui/consoledialog.cpp" line="184"/>
        <source>an SMTP command, e.g. NOOP</source>
        <translation>une commande SMTP, par exemple NOOP</translation>
    </message>
</context>
<context>
    <name>ui::ContactCompletionModel</name>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="31"/>
        <source>%1 (group of %n)</source>
        <translation>
            <numerusform>%1 (groupe de %n)</numerusform>
            <numerusform>%1 (groupe de %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="38"/>
        <source>%1, its members one by one (%n)</source>
        <translation>
            <numerusform>%1, son membre un par un (%n)</numerusform>
            <numerusform>%1, ses membres un par un (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactcompletion.cpp" line="39"/>
        <source>%1 as a named group in To and Cc (group of %n)</source>
        <translation>
            <numerusform>%1 comme groupe nommé dans À et Cc (groupe de %n)</numerusform>
            <numerusform>%1 comme groupe nommé dans À et Cc (groupe de %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ContactsDialog</name>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="59"/>
        <source>Problem with the entry</source>
        <translation>Problème avec l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="64"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="66"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="99"/>
        <source>One per line, or several separated by commas</source>
        <translation>Une par ligne, ou plusieurs séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="121"/>
        <location filename="../ui/contactsdialog.cpp" line="336"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="123"/>
        <source>Search contacts</source>
        <translation>Rechercher dans les contacts</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="125"/>
        <source>Shows the contacts and groups whose name or address contains this</source>
        <translation>Affiche les contacts et les groupes dont le nom ou l&apos;adresse contient ce texte</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="126"/>
        <source>Search by name or address</source>
        <translation>Rechercher par nom ou adresse</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="128"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="132"/>
        <source>Contacts and groups</source>
        <translation>Contacts et groupes</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="133"/>
        <source>Enter edits the selected entry, Delete removes it</source>
        <translation>Entrée modifie l&apos;entrée sélectionnée, Suppr la supprime</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="135"/>
        <location filename="../ui/contactsdialog.cpp" line="287"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="135"/>
        <source>Addresses or members</source>
        <translation>Adresses ou membres</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="135"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="149"/>
        <source>Add &amp;Contact…</source>
        <translation>Ajouter un &amp;contact…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="150"/>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="150"/>
        <source>A name and one or more addresses</source>
        <translation>Un nom et une ou plusieurs adresses</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="151"/>
        <source>Add &amp;Group…</source>
        <translation>Ajouter un &amp;groupe…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="151"/>
        <source>Add a group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="152"/>
        <source>A name and the addresses of its members</source>
        <translation>Un nom et les adresses de ses membres</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="153"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="154"/>
        <source>Edit the selected contact or group</source>
        <translation>Modifier le contact ou le groupe sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="154"/>
        <source>Also Enter in the list</source>
        <translation>Aussi Entrée dans la liste</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="155"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="156"/>
        <source>Delete the selected contact or group</source>
        <translation>Supprimer le contact ou le groupe sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="156"/>
        <source>Also the Delete key in the list</source>
        <translation>Aussi la touche Suppr dans la liste</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="158"/>
        <source>&amp;Import vCard…</source>
        <translation>&amp;Importer une vCard…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="158"/>
        <source>Import contacts from a vCard file</source>
        <translation>Importer des contacts depuis un fichier vCard</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="159"/>
        <source>vCard 3.0 or 4.0, as Thunderbird, Evolution, Google and others export it</source>
        <translation>vCard 3.0 ou 4.0, telle que l&apos;exportent Thunderbird, Evolution, Google et d&apos;autres</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="161"/>
        <source>E&amp;xport vCard…</source>
        <translation>E&amp;xporter en vCard…</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="162"/>
        <source>Export the address book as a vCard file</source>
        <translation>Exporter le carnet d&apos;adresses dans un fichier vCard</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="162"/>
        <source>vCard 4.0, contacts and groups</source>
        <translation>vCard 4.0, contacts et groupes</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="164"/>
        <source>Close the contacts</source>
        <translation>Fermer les contacts</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="229"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="235"/>
        <source>Group, sent as a named group</source>
        <translation>Groupe, envoyé comme groupe nommé</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="235"/>
        <location filename="../ui/contactsdialog.cpp" line="314"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="285"/>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="285"/>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="287"/>
        <location filename="../ui/contactsdialog.cpp" line="304"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="288"/>
        <source>The name shown with the addresses, e.g. Ann Lee</source>
        <translation>Le nom affiché avec les adresses, par exemple Anne Leroy</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="289"/>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adresses :</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="290"/>
        <source>Addresses, the first one preferred</source>
        <translation>Adresses, la première étant la préférée</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="302"/>
        <source>Add Group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="302"/>
        <source>Edit Group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="304"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="305"/>
        <source>What you type in To, Cc or Bcc to reach every member</source>
        <translation>Ce que vous saisissez dans Pour, Cc ou Cci pour atteindre tous les membres</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="306"/>
        <source>&amp;Members:</source>
        <translation>Mem&amp;bres :</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="307"/>
        <source>Member addresses</source>
        <translation>Adresses des membres</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="308"/>
        <source>&amp;Send as a named group in To and Cc</source>
        <translation>En&amp;voyer comme groupe nommé dans Pour et Cc</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="310"/>
        <source>Send as a named group</source>
        <translation>Envoyer comme groupe nommé</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="312"/>
        <source>The header shows &quot;%1: member, member;&quot; and every member gets the message. Off: the group becomes its members. In Bcc a group is always only its members.</source>
        <translation>L&apos;en-tête affiche « %1: membre, membre; » et chaque membre reçoit le message. Désactivé : le groupe est remplacé par ses membres. En Cci, un groupe n&apos;est toujours que ses membres.</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="343"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="349"/>
        <location filename="../ui/contactsdialog.cpp" line="354"/>
        <source>Nothing was imported from %1. %2</source>
        <translation>Rien n&apos;a été importé depuis %1. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="357"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact ajouté</numerusform>
            <numerusform>%n contacts ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="358"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="359"/>
        <source>%n group(s) read</source>
        <translation>
            <numerusform>%n groupe lu</numerusform>
            <numerusform>%n groupes lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="361"/>
        <source>%n card(s) without an address skipped</source>
        <translation>
            <numerusform>%n carte sans adresse ignorée</numerusform>
            <numerusform>%n cartes sans adresse ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="371"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="374"/>
        <source>%n contact(s) exported</source>
        <translation>
            <numerusform>%n contact exporté</numerusform>
            <numerusform>%n contacts exportés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contactsdialog.cpp" line="375"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="381"/>
        <location filename="../ui/contactsdialog.cpp" line="390"/>
        <source>Import vCard</source>
        <translation>Importer une vCard</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="382"/>
        <location filename="../ui/contactsdialog.cpp" line="398"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/contactsdialog.cpp" line="397"/>
        <location filename="../ui/contactsdialog.cpp" line="407"/>
        <source>Export vCard</source>
        <translation>Exporter en vCard</translation>
    </message>
</context>
<context>
    <name>ui::DomainCheckDialog</name>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="20"/>
        <source>Check Domain</source>
        <translation>Vérifier le domaine</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="25"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="29"/>
        <source>the s= of a DKIM-Signature header, e.g. s1 (several: separated by spaces)</source>
        <translation>le s= d&apos;un en-tête DKIM-Signature, par ex. s1 (plusieurs : séparés par des espaces)</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="32"/>
        <source>optional: smtp.example.com:587</source>
        <translation>facultatif : smtp.example.com:587</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="33"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="34"/>
        <source>DKIM &amp;selectors:</source>
        <translation>&amp;Sélecteurs DKIM :</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="35"/>
        <source>Submission &amp;server:</source>
        <translation>Serveur d&apos;&amp;envoi :</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="46"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="67"/>
        <source>Give a domain name, the part after @ in your address (e.g. example.com).</source>
        <translation>Indiquez un nom de domaine, la partie après @ dans votre adresse (par ex. example.com).</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="74"/>
        <source>&quot;%1&quot; is not a DKIM selector (letters, digits, - and _).</source>
        <translation>« %1 » n&apos;est pas un sélecteur DKIM (lettres, chiffres, - et _).</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="86"/>
        <source>The server must be HOST or HOST:PORT.</source>
        <translation>Le serveur doit être de la forme HOST ou HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="99"/>
        <source>Looking up the records of %1…</source>
        <translation>Recherche des enregistrements de %1…</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="119"/>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="125"/>
        <source>Nothing wrong found.</source>
        <translation>Rien d&apos;anormal trouvé.</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="128"/>
        <source>Some things could be better (see the warnings).</source>
        <translation>Certaines choses pourraient être mieux (voir les avertissements).</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="131"/>
        <source>Problems found: see what to do for each.</source>
        <translation>Problèmes trouvés : voyez quoi faire pour chacun.</translation>
    </message>
    <message>
        <location filename="../ui/domaincheckdialog.cpp" line="134"/>
        <source>The check is incomplete: some lookups got no answer.</source>
        <translation>La vérification est incomplète : certaines requêtes n&apos;ont pas eu de réponse.</translation>
    </message>
</context>
<context>
    <name>ui::EditRecipientsDialog</name>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="18"/>
        <source>Edit Recipients</source>
        <translation>Modifier les destinataires</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="20"/>
        <source>“%1” was delivered to the others. Correct the addresses it was not delivered to, or empty a line to leave that recipient out; then send it to them again.</source>
        <translation>« %1 » a été distribué aux autres. Corrigez les adresses auxquelles il n&apos;a pas été distribué, ou videz une ligne pour écarter ce destinataire ; puis renvoyez-le-leur.</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="22"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="34"/>
        <source>Recipient %1</source>
        <translation>Destinataire %1</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="35"/>
        <source>The corrected address; empty leaves this recipient out</source>
        <translation>L&apos;adresse corrigée ; vide, ce destinataire est écarté</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="36"/>
        <source>The server did not answer for this recipient.</source>
        <translation>Le serveur n&apos;a pas répondu pour ce destinataire.</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="37"/>
        <source>Server said: %1</source>
        <translation>Le serveur a dit : %1</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="45"/>
        <source>Recipient %1:</source>
        <translation>Destinataire %1 :</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="84"/>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/editrecipientsdialog.cpp" line="87"/>
        <source>Give at least one recipient, or delete the message from the outbox.</source>
        <translation>Indiquez au moins un destinataire, ou supprimez le message de la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>ui::EmlReader</name>
    <message>
        <location filename="../ui/emlreader.cpp" line="98"/>
        <source>The message file %1 cannot be read (%2).</source>
        <translation>Le fichier de message %1 ne peut pas être lu (%2).</translation>
    </message>
</context>
<context>
    <name>ui::FirstStartDialog</name>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="21"/>
        <source>Set up your mail account</source>
        <translation>Configurer votre compte de messagerie</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="24"/>
        <source>Enter your name and email address: Stamp looks up the server settings and shows them before anything is saved.</source>
        <translation>Saisissez votre nom et votre adresse électronique : Stamp cherche les réglages du serveur et les affiche avant d&apos;enregistrer quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="30"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="33"/>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="34"/>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="37"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="39"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="42"/>
        <source>Your na&amp;me:</source>
        <translation>Votre no&amp;m :</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="43"/>
        <source>&amp;Email address:</source>
        <translation>Adr&amp;esse électronique :</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="51"/>
        <location filename="../ui/firststartdialog.cpp" line="100"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="53"/>
        <source>Set up &amp;by hand…</source>
        <translation>&amp;Saisir les réglages à la main…</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="73"/>
        <source>Enter your email address first: the settings are found from it.</source>
        <translation>Saisissez d&apos;abord votre adresse électronique : les réglages sont trouvés à partir d&apos;elle.</translation>
    </message>
    <message>
        <location filename="../ui/firststartdialog.cpp" line="98"/>
        <source>S&amp;top test</source>
        <translation>Arrêter le &amp;test</translation>
    </message>
</context>
<context>
    <name>ui::HelpDialog</name>
    <message>
        <location filename="../ui/helpdialog.cpp" line="82"/>
        <source>The window</source>
        <translation>La fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="83"/>
        <source>Formatting, spelling and signatures</source>
        <translation>Mise en forme, orthographe et signatures</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="84"/>
        <source>Templates and message options</source>
        <translation>Modèles et options du message</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="85"/>
        <source>How sending works</source>
        <translation>Comment se passe l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="86"/>
        <source>The protocol log</source>
        <translation>Le journal du protocole</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="87"/>
        <source>Reply classes</source>
        <translation>Classes de réponse</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="88"/>
        <source>The outbox and drafts</source>
        <translation>La boîte d&apos;envoi et les brouillons</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="89"/>
        <source>Sent messages</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="90"/>
        <source>Contacts and groups</source>
        <translation>Contacts et groupes</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="91"/>
        <source>Mail merge</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="92"/>
        <source>Accounts and certificates</source>
        <translation>Comptes et certificats</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="93"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="94"/>
        <source>Exit codes of stamp send</source>
        <translation>Codes de sortie de stamp send</translation>
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
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="172"/>
        <source>Open the %1 menu</source>
        <translation>Ouvrir le menu %1</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="196"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="197"/>
        <source>usage error</source>
        <translation>erreur d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="198"/>
        <source>could not connect, the connection broke before the message was complete, or the server broke the protocol</source>
        <translation>connexion impossible, connexion coupée avant que le message soit complet, ou protocole non respecté par le serveur</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="200"/>
        <source>TLS failure: STARTTLS not offered or refused, certificate not trusted, handshake failed</source>
        <translation>échec TLS : STARTTLS non proposé ou refusé, certificat non approuvé, échec de la négociation</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="203"/>
        <source>authentication failed (or refused to send a password without encryption)</source>
        <translation>échec de l&apos;authentification (ou refus d&apos;envoyer un mot de passe sans chiffrement)</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="204"/>
        <source>temporary failure (4xx): try again later</source>
        <translation>échec temporaire (4xx) : réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="206"/>
        <source>permanent failure (5xx), or the message is larger than the server&apos;s SIZE</source>
        <translation>échec permanent (5xx), ou message plus gros que la limite SIZE du serveur</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="207"/>
        <source>partly sent: some recipients were refused (each is listed with the server&apos;s reply)</source>
        <translation>envoyé en partie : certains destinataires ont été refusés (chacun est listé avec la réponse du serveur)</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="210"/>
        <source>may have been delivered: the connection was lost after the end of the message</source>
        <translation>peut-être distribué : la connexion a été perdue après la fin du message</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="211"/>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="212"/>
        <source>local error: unreadable attachment or message file, no keychain</source>
        <translation>erreur locale : pièce jointe ou fichier de message illisible, pas de trousseau</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="213"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="226"/>
        <source>2xx: the command worked.</source>
        <translation>2xx : la commande a réussi.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="228"/>
        <source>3xx: the server waits for more, such as the message after DATA or the next step of a login.</source>
        <translation>3xx : le serveur attend la suite, comme le message après DATA ou l&apos;étape suivante d&apos;une identification.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="232"/>
        <source>4xx: not now. Nothing was accepted by this command; trying again later may work.</source>
        <translation>4xx : pas maintenant. Rien n&apos;a été accepté par cette commande ; réessayer plus tard peut marcher.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="235"/>
        <source>5xx: refused. Sending the same again will fail the same way.</source>
        <translation>5xx : refusé. Renvoyer la même chose échouera de la même façon.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="260"/>
        <source>Stamp manual</source>
        <translation>Manuel de Stamp</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="261"/>
        <source>Stamp writes a message and sends it through your mail provider&apos;s submission server, and shows the whole conversation with the server as it happens.</source>
        <translation>Stamp rédige un message et l&apos;envoie par le serveur d&apos;envoi de votre fournisseur de messagerie, et montre toute la conversation avec le serveur au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="266"/>
        <source>The composer fills the middle of the window. From picks the account and identity the message is sent from. To, Cc and Bcc take one or more addresses separated by commas; each address is checked as you type, and a problem is written under the field. Subject and the message text follow. The Reply-To field appears when you turn it on in the Options menu.</source>
        <translation>La fenêtre de rédaction occupe le milieu de la fenêtre. Expéditeur choisit le compte et l&apos;identité depuis lesquels le message est envoyé. Pour, Cc et Cci prennent une ou plusieurs adresses séparées par des virgules ; chaque adresse est vérifiée pendant la saisie, et un problème est indiqué sous le champ. Viennent ensuite l&apos;objet et le texte du message. Le champ Répondre à apparaît quand vous l&apos;activez dans le menu Options.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="271"/>
        <source>Attach files with Attach Files, by dragging them onto the window or by pasting them. The list under the text shows each file and the total size, with a warning when the message is larger than the server accepts.</source>
        <translation>Joignez des fichiers avec Joindre des fichiers, en les faisant glisser sur la fenêtre ou en les collant. La liste sous le texte montre chaque fichier et la taille totale, avec un avertissement quand le message dépasse ce que le serveur accepte.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="275"/>
        <source>The protocol log, the outbox and the Sent messages are panels you show and hide from the View menu. They can be moved, stacked as tabs or floated as windows of their own. The status bar shows the server the chosen account sends through.</source>
        <translation>Le journal du protocole, la boîte d&apos;envoi et les messages envoyés sont des panneaux que vous affichez et masquez depuis le menu Vue. Ils peuvent être déplacés, empilés en onglets ou détachés en fenêtres indépendantes. La barre d&apos;état montre le serveur par lequel envoie le compte choisi.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="284"/>
        <source>Text format, above the message text, chooses how you write: %1, %2 or %3. Plain text reads the same in every mail program. Formatted text has a toolbar for bold, italic, monospace, headings, lists, quotes and links (their keys are under Keyboard shortcuts); Markdown is plain text with marks such as *italic* and **bold**. Both are sent as HTML with a plain text copy.</source>
        <translation>Format du texte, au-dessus du texte du message, choisit comment vous écrivez : %1, %2 ou %3. Le texte brut se lit de la même façon dans tous les logiciels de messagerie. Le texte mis en forme a une barre d&apos;outils pour le gras, l&apos;italique, la chasse fixe, les titres, les listes, les citations et les liens (leurs touches sont sous Raccourcis clavier) ; Markdown est du texte brut avec des marques comme *italique* et **gras**. Les deux sont envoyés en HTML avec une copie en texte brut.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="290"/>
        <source>Misspelt words are underlined as you type. Right-click one for suggestions, Add to Dictionary or Ignore. Quoted lines, addresses and links are not checked.</source>
        <translation>Les mots mal orthographiés sont soulignés pendant la saisie. Un clic droit sur l&apos;un d&apos;eux propose des suggestions, Ajouter au dictionnaire ou Ignorer. Les lignes citées, les adresses et les liens ne sont pas vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="292"/>
        <source>%1 turns checking on or off and chooses the language of this message; Stamp remembers the language for each account. Nothing is underlined until a dictionary is installed (Debian&apos;s hunspell packages, such as hunspell-de-de).</source>
        <translation>%1 active ou désactive le contrôle et choisit la langue de ce message ; Stamp retient la langue pour chaque compte. Rien n&apos;est souligné tant qu&apos;aucun dictionnaire n&apos;est installé (les paquets hunspell de Debian, comme hunspell-fr).</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="297"/>
        <source>Each identity&apos;s signature is set in %1: Signature for plain text and Markdown, With formatting for formatted messages (the plain one is used when there is none). It is added at the end of a new message below a line &quot;-- &quot;, and swapped when you change From or the text format, unless you have edited it.</source>
        <translation>La signature de chaque identité se règle dans %1 : Signature pour le texte brut et Markdown, Avec mise en forme pour les messages mis en forme (la signature simple sert s&apos;il n&apos;y en a pas). Elle est ajoutée à la fin d&apos;un nouveau message sous une ligne « -- », et remplacée quand vous changez l&apos;expéditeur ou le format du texte, sauf si vous l&apos;avez modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="304"/>
        <source>%1 keeps the message as it is, with its recipients, subject, text and attachments, under a name; the same name again replaces it. %2 starts a new message from one. A template can also be the message of a mail merge.</source>
        <translation>%1 garde le message tel quel, avec ses destinataires, son objet, son texte et ses pièces jointes, sous un nom ; le même nom le remplace. %2 commence un nouveau message à partir d&apos;un modèle. Un modèle peut aussi servir de message à un publipostage.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="308"/>
        <source>%1 sets the message&apos;s importance: high, normal or low. Many mail programs show high with a flag.</source>
        <translation>%1 règle l&apos;importance du message : haute, normale ou basse. Beaucoup de logiciels de messagerie signalent une importance haute par un drapeau.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="311"/>
        <source>%1 asks the recipient&apos;s mail program to confirm that the message was opened. Many do not, or ask the recipient first, so a missing confirmation proves nothing.</source>
        <translation>%1 demande au logiciel de messagerie du destinataire de confirmer que le message a été ouvert. Beaucoup ne le font pas, ou demandent d&apos;abord au destinataire : une confirmation absente ne prouve donc rien.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="315"/>
        <source>Before sending, Stamp asks when the text says something is attached (attached, enclosed, Anhang, pièce jointe, adjunto…) but nothing is: send it anyway, or cancel and choose the files. It also asks before sending a message without a subject.</source>
        <translation>Avant l&apos;envoi, Stamp demande confirmation quand le texte parle d&apos;une pièce jointe (pièce jointe, ci-joint, attached, Anhang, adjunto…) alors que rien n&apos;est joint : l&apos;envoyer quand même, ou annuler et choisir les fichiers. Il demande aussi avant d&apos;envoyer un message sans objet.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="321"/>
        <source>Send first writes the message to the outbox, then sends it in the background: the window stays usable, and nothing is lost if Stamp or the connection stops.</source>
        <translation>Envoyer écrit d&apos;abord le message dans la boîte d&apos;envoi, puis l&apos;envoie en arrière-plan : la fenêtre reste utilisable, et rien n&apos;est perdu si Stamp ou la connexion s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="324"/>
        <source>Stamp connects to the account&apos;s server, turns on encryption (STARTTLS, or TLS from the start), logs in when the account has a user name, then gives the sender, each recipient and the message. A progress bar shows how much has gone out; Stop Sending ends the attempt and the message stays in the outbox.</source>
        <translation>Stamp se connecte au serveur du compte, active le chiffrement (STARTTLS, ou TLS dès le début), s&apos;identifie quand le compte a un nom d&apos;utilisateur, puis donne l&apos;expéditeur, chaque destinataire et le message. Une barre de progression montre ce qui est déjà parti ; Arrêter l&apos;envoi met fin à la tentative et le message reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="328"/>
        <source>When it is done, the result panel says what happened in one sentence, lists every recipient with the server&apos;s answer, and offers what to do next, such as trying again or editing the account. When the server refuses some recipients, the others still get the message and the refused ones are listed.</source>
        <translation>Une fois terminé, le panneau de résultat dit en une phrase ce qui s&apos;est passé, liste chaque destinataire avec la réponse du serveur, et propose la suite, comme réessayer ou modifier le compte. Quand le serveur refuse certains destinataires, les autres reçoivent quand même le message et les refusés sont listés.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="332"/>
        <source>Delivery receipts, in the Options menu, ask the servers on the way to report back; they are requested only when the server offers DSN.</source>
        <translation>Les accusés de distribution, dans le menu Options, demandent aux serveurs en chemin de rendre compte ; ils ne sont demandés que si le serveur propose DSN.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="337"/>
        <source>The protocol log shows every line exchanged with the server as it happens: the time, the direction (client, server, TLS, data, info or problem), the reply class in a word and an icon, the line itself, and beside it what the line means in plain words.</source>
        <translation>Le journal du protocole montre chaque ligne échangée avec le serveur au fur et à mesure : l&apos;heure, le sens (client, serveur, TLS, données, info ou problème), la classe de réponse en un mot et une icône, la ligne elle-même, et à côté ce qu&apos;elle signifie en termes simples.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="340"/>
        <source>Each connection begins with a title row giving its time, server and outcome. Select a line to read it in full below the list, with the diagnosis and the fix for a failure.</source>
        <translation>Chaque connexion commence par une ligne de titre donnant son heure, son serveur et son résultat. Sélectionnez une ligne pour la lire en entier sous la liste, avec le diagnostic et la solution en cas d&apos;échec.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="343"/>
        <source>The search field, the direction and class filters and Problems only narrow the list; Copy, Save and Clear act on the log. Passwords and other login secrets are masked before they reach the log, so they never appear in it or in a saved file.</source>
        <translation>Le champ de recherche, les filtres de sens et de classe et Problèmes seulement restreignent la liste ; Copier, Enregistrer et Effacer agissent sur le journal. Les mots de passe et autres secrets d&apos;identification sont masqués avant d&apos;atteindre le journal, ils n&apos;y apparaissent donc jamais, ni dans un fichier enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="349"/>
        <source>Every server reply starts with a three-digit code whose first digit is its class (RFC 5321, section 4.2.1). The log shows the class as a word and an icon, and colours the line too: the colour only repeats what the word says.</source>
        <translation>Chaque réponse du serveur commence par un code à trois chiffres dont le premier chiffre est sa classe (RFC 5321, section 4.2.1). Le journal montre la classe par un mot et une icône, et colore aussi la ligne : la couleur ne fait que répéter ce que dit le mot.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="353"/>
        <source>Word in the log</source>
        <translation>Mot dans le journal</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="353"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="353"/>
        <location filename="../ui/helpdialog.cpp" line="445"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="360"/>
        <source>A line marked “problem” is something that went wrong on this side, such as a connection that broke or a certificate that could not be verified.</source>
        <translation>Une ligne marquée « problème » signale quelque chose qui a mal tourné de ce côté-ci, comme une connexion coupée ou un certificat qui n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="364"/>
        <source>The outbox holds every message not sent yet: waiting, being sent, or failed with the reason. Open one to edit it and send it again; Delete removes it.</source>
        <translation>La boîte d&apos;envoi contient chaque message pas encore envoyé : en attente, en cours d&apos;envoi, ou en échec avec la raison. Ouvrez-en un pour le modifier et le renvoyer ; Supprimer le retire.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="367"/>
        <source>Drafts are saved while you type and restored after a crash; the Drafts tab lists them.</source>
        <translation>Les brouillons sont enregistrés pendant la saisie et restaurés après un plantage ; l&apos;onglet Brouillons les liste.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="371"/>
        <source>Sent messages lists each message the server accepted, newest first, with its date, recipients and subject; the search field filters the list. Open shows the message, the server&apos;s answer for each recipient and the protocol transcript; Edit as New starts a new message from it. Each sent message is also kept as an .eml file.</source>
        <translation>Messages envoyés liste chaque message accepté par le serveur, du plus récent au plus ancien, avec sa date, ses destinataires et son objet ; le champ de recherche filtre la liste. Ouvrir montre le message, la réponse du serveur pour chaque destinataire et la transcription du protocole ; Modifier comme nouveau commence un nouveau message à partir de lui. Chaque message envoyé est aussi gardé dans un fichier .eml.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="377"/>
        <source>%1 opens the address book: contacts with a name and one or more addresses, and groups of addresses. Search by name or address; add, edit, delete, import and export with the buttons beside the list (Enter edits, Delete removes).</source>
        <translation>%1 ouvre le carnet d&apos;adresses : des contacts avec un nom et une ou plusieurs adresses, et des groupes d&apos;adresses. Cherchez par nom ou par adresse ; ajoutez, modifiez, supprimez, importez et exportez avec les boutons à côté de la liste (Entrée modifie, Suppr supprime).</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="381"/>
        <source>Stamp fills the book as you send: each recipient the server accepted is added, with the name you typed, and the ones used lately come first.</source>
        <translation>Stamp remplit le carnet au fil des envois : chaque destinataire accepté par le serveur y est ajouté, avec le nom que vous avez saisi, et les plus récemment utilisés viennent en premier.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="384"/>
        <source>To, Cc, Bcc and Reply-To complete from the book as you type any part of a name or address, and show each address with its name: Ann Lee &lt;ann@example.org&gt;. A group is offered by its name; choose it, or type its name alone, and it becomes its members&apos; addresses.</source>
        <translation>Pour, Cc, Cci et Répondre à se complètent depuis le carnet dès que vous tapez une partie d&apos;un nom ou d&apos;une adresse, et montrent chaque adresse avec son nom : Ann Lee &lt;ann@example.org&gt;. Un groupe est proposé par son nom ; choisissez-le, ou tapez seulement son nom, et il devient les adresses de ses membres.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="388"/>
        <source>A group with Send as a named group in To and Cc ticked stays one name in To or Cc, written as Team: ann@example.org, bob@example.org; and every member gets the message. In Bcc a group is always just its members, so no header names a Bcc recipient.</source>
        <translation>Un groupe dont Envoyer comme groupe nommé dans Pour et Cc est coché reste un seul nom dans Pour ou Cc, écrit Team: ann@example.org, bob@example.org; et chaque membre reçoit le message. En Cci, un groupe n&apos;est toujours que ses membres, pour qu&apos;aucun en-tête ne nomme un destinataire en Cci.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="392"/>
        <source>Import vCard reads vCard 3.0 and 4.0 files, as Thunderbird, Evolution or Google export them; only names, addresses and groups are kept. A file with an error imports nothing and says which line. Export vCard writes vCard 4.0. The same from the command line: stamp contacts list, stamp contacts import FILE, stamp contacts export FILE.</source>
        <translation>Importer une vCard lit les fichiers vCard 3.0 et 4.0, tels que Thunderbird, Evolution ou Google les exportent ; seuls les noms, les adresses et les groupes sont gardés. Un fichier comportant une erreur n&apos;importe rien et indique la ligne. Exporter en vCard écrit du vCard 4.0. La même chose en ligne de commande : stamp contacts list, stamp contacts import FILE, stamp contacts export FILE.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="398"/>
        <source>%1 sends one message per row of a table. Choose a template, the message with {{placeholders}} such as {{name}}, and a CSV file whose first line names them. Check the preview of each row before anything is sent, and set a rate limit if your provider allows only so many messages a minute.</source>
        <translation>%1 envoie un message par ligne d&apos;un tableau. Choisissez un modèle, le message avec des {{champs}} comme {{name}}, et un fichier CSV dont la première ligne les nomme. Vérifiez l&apos;aperçu de chaque ligne avant tout envoi, et fixez une limite de débit si votre fournisseur n&apos;autorise qu&apos;un certain nombre de messages par minute.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="404"/>
        <source>Every row is checked first, and each message goes to the outbox with its merge and row. Running the same merge again sends only the rows not sent yet, so no one gets it twice; a row that failed for good or may have been delivered is listed and not sent again.</source>
        <translation>Chaque ligne est d&apos;abord vérifiée, et chaque message va dans la boîte d&apos;envoi avec son publipostage et sa ligne. Relancer le même publipostage n&apos;envoie que les lignes pas encore envoyées, si bien que personne ne le reçoit deux fois ; une ligne en échec définitif ou peut-être déjà distribuée est listée et n&apos;est pas renvoyée.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="407"/>
        <source>From the command line: stamp merge --account NAME --template FILE --csv FILE. The template is one saved with %1, or a text file with To, Cc, Bcc, Reply-To and Subject lines, an empty line and the body; {{name}} in it stands for the value of the column name. --rate N/min (or N/h) limits the pace, --dry-run shows each row&apos;s message and connects to nothing, --resume ID goes on with a merge whose files have changed, --transcript FILE writes the protocol log, and --quiet prints only the rows not sent.</source>
        <translation>En ligne de commande : stamp merge --account NAME --template FILE --csv FILE. Le modèle est un modèle enregistré avec %1, ou un fichier texte avec des lignes To, Cc, Bcc, Reply-To et Subject, une ligne vide puis le corps ; {{name}} y représente la valeur de la colonne name. --rate N/min (ou N/h) limite le rythme, --dry-run montre le message de chaque ligne sans se connecter à rien, --resume ID poursuit un publipostage dont les fichiers ont changé, --transcript FILE écrit le journal du protocole, et --quiet n&apos;affiche que les lignes non envoyées.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="415"/>
        <source>stamp merge ends with the exit codes of stamp send: 0 when every row was sent, 8 when some were not, otherwise the code of the first row not sent. A row that cannot be sent as it is (no recipient, a bad address, a line break in a header field) is reported and left out; a file that cannot be read, or a placeholder with no column, stops the merge with 11 before anything is sent.</source>
        <translation>stamp merge se termine avec les codes de sortie de stamp send : 0 quand chaque ligne a été envoyée, 8 quand certaines ne l&apos;ont pas été, sinon le code de la première ligne non envoyée. Une ligne qui ne peut pas être envoyée telle quelle (aucun destinataire, une adresse invalide, un saut de ligne dans un champ d&apos;en-tête) est signalée et laissée de côté ; un fichier illisible, ou un champ sans colonne, arrête le publipostage avec 11 avant tout envoi.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="423"/>
        <source>Accounts, in the Tools menu, hold the servers you send through: server, port and security, user name, login method and password. Passwords are kept in the system keychain, never in a file. Test connection shows what the server offers without sending anything.</source>
        <translation>Les comptes, dans le menu Outils, contiennent les serveurs par lesquels vous envoyez : serveur, port et sécurité, nom d&apos;utilisateur, méthode d&apos;identification et mot de passe. Les mots de passe sont gardés dans le trousseau du système, jamais dans un fichier. Tester la connexion montre ce que le serveur propose sans rien envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="427"/>
        <source>When a server&apos;s certificate cannot be verified, Stamp stops and shows the certificate and every reason. You can cancel, or trust that one certificate for that account; a different certificate later asks again.</source>
        <translation>Quand le certificat d&apos;un serveur ne peut pas être vérifié, Stamp s&apos;arrête et montre le certificat et chaque raison. Vous pouvez annuler, ou faire confiance à ce certificat précis pour ce compte ; un autre certificat par la suite fera redemander.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="433"/>
        <source>Tab moves through the fields in order. Alt with the underlined letter of a field&apos;s label moves to that field, and Alt with the underlined letter of a menu opens it.</source>
        <translation>Tab parcourt les champs dans l&apos;ordre. Alt avec la lettre soulignée de l&apos;étiquette d&apos;un champ va à ce champ, et Alt avec la lettre soulignée d&apos;un menu l&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="436"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="436"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="436"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="443"/>
        <source>stamp send, the command for scripts, ends with one of these exit codes:</source>
        <translation>stamp send, la commande pour les scripts, se termine avec l&apos;un de ces codes de sortie :</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="445"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="457"/>
        <source>Stamp Manual</source>
        <translation>Manuel de Stamp</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="459"/>
        <source>How to use Stamp, its keyboard shortcuts and the exit codes of stamp send</source>
        <translation>Comment utiliser Stamp, ses raccourcis clavier et les codes de sortie de stamp send</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="464"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="465"/>
        <source>The sections of the manual: choose one to read it</source>
        <translation>Les sections du manuel : choisissez-en une pour la lire</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="475"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="476"/>
        <source>The text of the manual</source>
        <translation>Le texte du manuel</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="490"/>
        <source>Close the manual</source>
        <translation>Fermer le manuel</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="555"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="561"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="565"/>
        <source>&amp;Exit Codes of stamp send</source>
        <translation>&amp;Codes de sortie de stamp send</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="570"/>
        <source>&amp;About Stamp</source>
        <translation>À &amp;propos de Stamp</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="577"/>
        <source>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;A desktop mail composer and SMTP sender that shows the conversation with the server as it happens.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Stamp developers.&lt;/p&gt;&lt;p&gt;Stamp is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes without any warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stamp %1&lt;/h3&gt;&lt;p&gt;Un logiciel de bureau pour rédiger et envoyer du courrier par SMTP, qui montre la conversation avec le serveur au fur et à mesure.&lt;/p&gt;&lt;p&gt;Copyright 2026 Les développeurs de Stamp.&lt;/p&gt;&lt;p&gt;Stamp est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="593"/>
        <source>About Stamp</source>
        <translation>À propos de Stamp</translation>
    </message>
</context>
<context>
    <name>ui::LogPane</name>
    <message>
        <location filename="../ui/logpane.cpp" line="77"/>
        <source>Protocol log</source>
        <translation>Journal du protocole</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="84"/>
        <source>Protocol log lines</source>
        <translation>Lignes du journal du protocole</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="85"/>
        <source>Each line exchanged with the server: time, direction, reply class in a word, the line, and what it means</source>
        <translation>Chaque ligne échangée avec le serveur : heure, sens, classe de réponse en un mot, la ligne, et ce qu&apos;elle signifie</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="116"/>
        <location filename="../ui/logpane.cpp" line="118"/>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="117"/>
        <source>Show only the lines that contain this text</source>
        <translation>N&apos;afficher que les lignes qui contiennent ce texte</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="124"/>
        <source>Show lines of this direction</source>
        <translation>Afficher les lignes de ce sens</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="126"/>
        <source>Show only the lines sent by Stamp, by the server, or of one other kind</source>
        <translation>N&apos;afficher que les lignes envoyées par Stamp, par le serveur, ou d&apos;un autre type</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="127"/>
        <source>All directions</source>
        <translation>Tous les sens</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="136"/>
        <source>Show replies of this class</source>
        <translation>Afficher les réponses de cette classe</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="138"/>
        <source>Show only the server replies of one class: success, go on, temporary or permanent</source>
        <translation>N&apos;afficher que les réponses du serveur d&apos;une classe : réussite, suite, temporaire ou permanente</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="139"/>
        <source>All replies</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="147"/>
        <source>Problems only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="149"/>
        <source>Show only temporary and permanent failures and errors</source>
        <translation>N&apos;afficher que les échecs temporaires et permanents et les erreurs</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="155"/>
        <source>The selected line in full</source>
        <translation>La ligne sélectionnée en entier</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="156"/>
        <source>The selected log line whole, with its explanation and diagnosis</source>
        <translation>La ligne du journal sélectionnée en entier, avec son explication et son diagnostic</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="159"/>
        <source>Select a line to read it in full, with what it means.</source>
        <translation>Sélectionnez une ligne pour la lire en entier, avec ce qu&apos;elle signifie.</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="171"/>
        <location filename="../ui/logpane.cpp" line="179"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="171"/>
        <source>Copy the selected lines</source>
        <translation>Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="172"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="172"/>
        <source>Save the log as a text file</source>
        <translation>Enregistrer le journal dans un fichier texte</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="173"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="173"/>
        <source>Clear the log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="364"/>
        <source>Save the protocol log</source>
        <translation>Enregistrer le journal du protocole</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="364"/>
        <source>Text files (*.txt *.log)</source>
        <translation>Fichiers texte (*.txt *.log)</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="373"/>
        <source>Log not saved</source>
        <translation>Journal non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="374"/>
        <source>The log could not be saved to %1: %2</source>
        <translation>Le journal n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="382"/>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="382"/>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="383"/>
        <source>%1 of %2 lines</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="385"/>
        <source> (%1 older dropped)</source>
        <translation> (%1 plus anciennes supprimées)</translation>
    </message>
</context>
<context>
    <name>ui::Mailto</name>
    <message>
        <location filename="../ui/mailto.cpp" line="70"/>
        <source>This is not a mailto: link.</source>
        <translation>Ce n&apos;est pas un lien mailto:.</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="85"/>
        <source>The mailto: link has a broken %-escape in %1.</source>
        <translation>Le lien mailto: contient un échappement % incorrect dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="92"/>
        <source>its addresses</source>
        <translation>ses adresses</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="101"/>
        <source>a field name</source>
        <translation>un nom de champ</translation>
    </message>
    <message>
        <location filename="../ui/mailto.cpp" line="103"/>
        <source>the field &quot;%1&quot;</source>
        <translation>le champ « %1 »</translation>
    </message>
</context>
<context>
    <name>ui::MergeDialog</name>
    <message>
        <location filename="../ui/mergedialog.cpp" line="50"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="59"/>
        <source>Row %1 (line %2)</source>
        <translation>Rangée %1 (ligne %2)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="85"/>
        <source>Mail Merge</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="89"/>
        <source>Use the &amp;message in this window</source>
        <translation>Utiliser le &amp;message de cette fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="91"/>
        <source>Use the message in this window as the template</source>
        <translation>Utiliser le message de cette fenêtre comme modèle</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="93"/>
        <source>Its To, Cc, Bcc, Subject and text, with {{placeholders}}; From is the window&apos;s</source>
        <translation>Ses champs À, Cc, Cci, Objet et son texte, avec des {{espaces réservés}} ; l&apos;expéditeur est celui de la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="95"/>
        <source>Template &amp;file:</source>
        <translation>&amp;Fichier modèle :</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="97"/>
        <source>Use a template file</source>
        <translation>Utiliser un fichier modèle</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="98"/>
        <source>The file named beside it; From is still the window&apos;s</source>
        <translation>Le fichier indiqué à côté ; l&apos;expéditeur reste celui de la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="104"/>
        <source>Template file</source>
        <translation>Fichier modèle</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="106"/>
        <source>A Stamp template, or a text file: header lines, an empty line, the text</source>
        <translation>Un modèle Stamp, ou un fichier texte : les lignes d&apos;en-tête, une ligne vide, le texte</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="107"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="109"/>
        <source>Choose the template file</source>
        <translation>Choisir le fichier modèle</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="110"/>
        <location filename="../ui/mergedialog.cpp" line="121"/>
        <source>Opens a file chooser</source>
        <translation>Ouvre un sélecteur de fichiers</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="114"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="115"/>
        <source>UTF-8; the first line names the columns</source>
        <translation>UTF-8 ; la première ligne nomme les colonnes</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="116"/>
        <source>CSV f&amp;ile:</source>
        <translation>Fichier &amp;CSV :</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="118"/>
        <source>Br&amp;owse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="120"/>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="135"/>
        <source>Problems found before sending</source>
        <translation>Problèmes trouvés avant l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="136"/>
        <source>Placeholders with no column, CSV errors, and each row that cannot be sent, with its row and line</source>
        <translation>Les espaces réservés sans colonne, les erreurs du CSV, et chaque rangée qui ne peut pas être envoyée, avec son numéro et sa ligne</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="141"/>
        <source>&amp;Problems:</source>
        <translation>Pro&amp;blèmes :</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="147"/>
        <source>Rows of the merge</source>
        <translation>Rangées du publipostage</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="149"/>
        <source>Each row&apos;s recipient, subject and result; the selected row is previewed</source>
        <translation>Le destinataire, l&apos;objet et le résultat de chaque rangée ; la rangée choisie est affichée dans l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>Row</source>
        <translation>Rangée</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="151"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="156"/>
        <source>Ro&amp;ws:</source>
        <translation>Ra&amp;ngées :</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="162"/>
        <source>Row to preview</source>
        <translation>Rangée à afficher</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="163"/>
        <source>1 is the first row after the CSV file&apos;s header</source>
        <translation>1 est la première rangée après l&apos;en-tête du fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="165"/>
        <source>Preview of &amp;row:</source>
        <translation>Aperçu de la ran&amp;gée :</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="167"/>
        <source>Message &amp;Details…</source>
        <translation>&amp;Détails du message…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="169"/>
        <source>Show this row&apos;s envelope, header section and MIME structure</source>
        <translation>Afficher l&apos;enveloppe, l&apos;en-tête et la structure MIME de cette rangée</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="170"/>
        <source>The preview of any message, with what may go wrong</source>
        <translation>L&apos;aperçu de tout message, avec ce qui peut mal se passer</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="174"/>
        <source>The row&apos;s message as it will be sent</source>
        <translation>Le message de la rangée tel qu&apos;il sera envoyé</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="175"/>
        <source>Its From, To, Subject and text, with the row&apos;s values</source>
        <translation>Son expéditeur, ses destinataires, son objet et son texte, avec les valeurs de la rangée</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="187"/>
        <source>Messages per minute</source>
        <translation>Messages par minute</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="188"/>
        <source>0: no limit</source>
        <translation>0 : sans limite</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="190"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="191"/>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="192"/>
        <source>Rate &amp;limit:</source>
        <translation>Débit ma&amp;ximal :</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="196"/>
        <source>Merge progress</source>
        <translation>Progression du publipostage</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="201"/>
        <source>Merge status</source>
        <translation>État du publipostage</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="203"/>
        <location filename="../ui/mergedialog.cpp" line="421"/>
        <location filename="../ui/mergedialog.cpp" line="616"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="205"/>
        <source>Send the merge</source>
        <translation>Envoyer le publipostage</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="207"/>
        <source>Each row through the outbox, over one connection; rows sent by an earlier run are skipped</source>
        <translation>Chaque rangée par la boîte d&apos;envoi, sur une seule connexion ; les rangées envoyées par une exécution précédente sont sautées</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="209"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="211"/>
        <source>Stop the merge</source>
        <translation>Arrêter le publipostage</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="212"/>
        <source>The row being sent ends; the rows not yet tried are not sent</source>
        <translation>La rangée en cours d&apos;envoi se termine ; les rangées pas encore essayées ne sont pas envoyées</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="216"/>
        <source>Close the mail merge</source>
        <translation>Fermer le publipostage</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="258"/>
        <source>sending…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="329"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="330"/>
        <source>Templates (*.json *.txt *.eml);;All files (*)</source>
        <translation>Modèles (*.json *.txt *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="337"/>
        <source>CSV File</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="338"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="358"/>
        <source>Choose a CSV file: its first line names the columns, each other line is one message.</source>
        <translation>Choisissez un fichier CSV : sa première ligne nomme les colonnes, chaque autre ligne est un message.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="361"/>
        <source>Choose a template file, or use the message in this window.</source>
        <translation>Choisissez un fichier modèle, ou utilisez le message de cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="378"/>
        <source>Choose an account in From first (Tools → Accounts): the merge is sent through it.</source>
        <translation>Choisissez d&apos;abord un compte dans De (Outils → Comptes) : le publipostage est envoyé par lui.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="382"/>
        <source>%1: not sent: %2</source>
        <translation>%1 : non envoyée : %2</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="384"/>
        <source>%1: not sent again: %2 (send it from the outbox once you have checked)</source>
        <translation>%1 : pas renvoyée : %2 (envoyez-la depuis la boîte d&apos;envoi après vérification)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="388"/>
        <source>The CSV file has a header but no rows: nothing to send.</source>
        <translation>Le fichier CSV a un en-tête mais aucune rangée : rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="392"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="421"/>
        <location filename="../ui/mergedialog.cpp" line="616"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="424"/>
        <source>%n row(s) sent by an earlier run of this merge: they are not sent again.</source>
        <translation>
            <numerusform>%n rangée envoyée par une exécution précédente de ce publipostage : elle n&apos;est pas renvoyée.</numerusform>
            <numerusform>%n rangées envoyées par une exécution précédente de ce publipostage : elles ne sont pas renvoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="425"/>
        <source>%n message(s) to send.</source>
        <translation>
            <numerusform>%n message à envoyer.</numerusform>
            <numerusform>%n messages à envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="454"/>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="455"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="457"/>
        <source>Cc: %1</source>
        <translation>Cc : %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="459"/>
        <source>Bcc: %1</source>
        <translation>Cci : %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="461"/>
        <source>Reply-To: %1</source>
        <translation>Répondre à : %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="462"/>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="465"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="481"/>
        <location filename="../ui/mergedialog.cpp" line="490"/>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="482"/>
        <location filename="../ui/mergedialog.cpp" line="491"/>
        <source>This row&apos;s message cannot be previewed: %1</source>
        <translation>Le message de cette rangée ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="523"/>
        <source>Getting the password…</source>
        <translation>Obtention du mot de passe…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="555"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Envoi de %n message…</numerusform>
            <numerusform>Envoi de %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="564"/>
        <source>Stopping after the message being sent…</source>
        <translation>Arrêt après le message en cours d&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="574"/>
        <source>not sent by this merge: %1</source>
        <translation>non envoyé par ce publipostage : %1</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="579"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="583"/>
        <source>not sent yet: %1 (left in the outbox for a retry)</source>
        <translation>pas encore envoyé : %1 (laissé dans la boîte d&apos;envoi pour un nouvel essai)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="587"/>
        <source>not sent: %1</source>
        <translation>non envoyé : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="595"/>
        <location filename="../ui/mergedialog.cpp" line="608"/>
        <source>%1 of %n message(s) sent.</source>
        <translation>
            <numerusform>%1 message sur %n envoyé.</numerusform>
            <numerusform>%1 messages sur %n envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="606"/>
        <source>not tried: Resume sends it</source>
        <translation>pas essayé : Reprendre l&apos;envoie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="610"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refusé.</numerusform>
            <numerusform>%n refusés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="612"/>
        <source>%n left in the outbox for a retry.</source>
        <translation>
            <numerusform>%n laissé dans la boîte d&apos;envoi pour un nouvel essai.</numerusform>
            <numerusform>%n laissés dans la boîte d&apos;envoi pour un nouvel essai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergedialog.cpp" line="614"/>
        <source>%n not tried: Resume sends them.</source>
        <translation>
            <numerusform>%n pas essayé : Reprendre l&apos;envoie.</numerusform>
            <numerusform>%n pas essayés : Reprendre les envoie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::OutboxView</name>
    <message>
        <location filename="../ui/outboxview.cpp" line="45"/>
        <source>Outbox and drafts</source>
        <translation>Boîte d&apos;envoi et brouillons</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="46"/>
        <location filename="../ui/outboxview.cpp" line="54"/>
        <location filename="../ui/outboxview.cpp" line="189"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="47"/>
        <source>Messages not sent yet: waiting, being sent, or failed with the reason</source>
        <translation>Messages pas encore envoyés : en attente, en cours d&apos;envoi, ou en échec avec la raison</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>To</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="48"/>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="49"/>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="49"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="50"/>
        <location filename="../ui/outboxview.cpp" line="55"/>
        <location filename="../ui/outboxview.cpp" line="191"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Saved</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="51"/>
        <source>Messages saved while being written</source>
        <translation>Messages enregistrés pendant leur rédaction</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="57"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="59"/>
        <source>Open the message to edit and send it</source>
        <translation>Ouvrir le message pour le modifier et l&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="60"/>
        <source>Opens the selected message in a composer window</source>
        <translation>Ouvre le message sélectionné dans une fenêtre de rédaction</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="61"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="63"/>
        <source>Delete the message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="64"/>
        <location filename="../ui/outboxview.cpp" line="225"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="66"/>
        <source>Send the selected message again now</source>
        <translation>Renvoyer maintenant le message sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="68"/>
        <source>Starts a new series of attempts for the selected message, now</source>
        <translation>Commence maintenant une nouvelle série de tentatives pour le message sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="69"/>
        <source>Send all</source>
        <translation>Tout envoyer</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="71"/>
        <source>Send every message in the outbox now</source>
        <translation>Envoyer maintenant tous les messages de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="72"/>
        <source>Tries every waiting message now instead of at its next time</source>
        <translation>Essaie maintenant chaque message en attente au lieu d&apos;attendre son heure</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="73"/>
        <source>Deletes the selected message; it is not sent</source>
        <translation>Supprime le message sélectionné ; il n&apos;est pas envoyé</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="74"/>
        <source>Edit recipients…</source>
        <translation>Modifier les destinataires…</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="76"/>
        <source>Correct the recipients the message was not delivered to</source>
        <translation>Corriger les destinataires auxquels le message n&apos;a pas été distribué</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="78"/>
        <source>For a partly sent message: change the addresses the server refused, then send to them again</source>
        <translation>Pour un message envoyé en partie : modifier les adresses que le serveur a refusées, puis leur renvoyer le message</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="119"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="123"/>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="124"/>
        <source>being sent by another Stamp</source>
        <translation>en cours d&apos;envoi par un autre Stamp</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="126"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="128"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="146"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="177"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="188"/>
        <source>Outbox (%1)</source>
        <translation>Boîte d&apos;envoi (%1)</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="190"/>
        <source>Drafts (%1)</source>
        <translation>Brouillons (%1)</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="225"/>
        <source>Send to these recipients again</source>
        <translation>Renvoyer à ces destinataires</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="237"/>
        <source>Not sent again</source>
        <translation>Non renvoyé</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="258"/>
        <source>Recipients not changed</source>
        <translation>Destinataires non modifiés</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="270"/>
        <source>Nothing sent</source>
        <translation>Rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="271"/>
        <source>Every message in the outbox is being sent already, or may have been delivered: open those to send them again one by one.</source>
        <translation>Chaque message de la boîte d&apos;envoi est déjà en cours d&apos;envoi, ou a peut-être été distribué : ouvrez ceux-là pour les renvoyer un par un.</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="310"/>
        <source>Being sent</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="310"/>
        <source>This message is being sent right now. Stop it first.</source>
        <translation>Ce message est en cours d&apos;envoi. Arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="314"/>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="315"/>
        <source>Delete “%1”? It cannot be brought back.</source>
        <translation>Supprimer « %1 » ? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <location filename="../ui/outboxview.cpp" line="325"/>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>ui::PasswordPrompt</name>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="20"/>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="29"/>
        <source>The password you type now is used until Stamp closes; it is not saved anywhere.</source>
        <translation>Le mot de passe que vous saisissez maintenant est utilisé jusqu&apos;à la fermeture de Stamp ; il n&apos;est enregistré nulle part.</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="34"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="36"/>
        <source>The password for this account, kept in memory until Stamp quits</source>
        <translation>Le mot de passe de ce compte, gardé en mémoire jusqu&apos;à la fermeture de Stamp</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="41"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/passwordprompt.cpp" line="42"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
</context>
<context>
    <name>ui::PracticeDialog</name>
    <message>
        <location filename="../ui/practicedialog.cpp" line="24"/>
        <source>Practice Server</source>
        <translation>Serveur d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="25"/>
        <source>A real SMTP server on 127.0.0.1, inside Stamp, to learn SMTP and try Stamp without an account. Faults make it fail the way real servers do.</source>
        <translation>Un vrai serveur SMTP sur 127.0.0.1, à l&apos;intérieur de Stamp, pour apprendre SMTP et essayer Stamp sans compte. Les pannes le font échouer comme échouent les vrais serveurs.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="34"/>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="37"/>
        <source>none; for example: greylist slow=500ms</source>
        <translation>aucune ; par exemple : greylist slow=500ms</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="43"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="44"/>
        <source>&amp;Faults:</source>
        <translation>Pa&amp;nnes :</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="57"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="62"/>
        <source>Open the &amp;Messages Folder</source>
        <translation>Ouvrir le dossier des &amp;messages</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="79"/>
        <source>Messages received (double-click to open):</source>
        <translation>Messages reçus (double-clic pour ouvrir) :</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="118"/>
        <source>Not started: %1.</source>
        <translation>Non démarré : %1.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="126"/>
        <source>The practice server cannot start: %1.</source>
        <translation>Le serveur d&apos;entraînement ne peut pas démarrer : %1.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="132"/>
        <source>Problem: %1.</source>
        <translation>Problème : %1.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="170"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="170"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="172"/>
        <location filename="../ui/practicedialog.cpp" line="177"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="172"/>
        <source>Not running.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="179"/>
        <source>Running on 127.0.0.1:%1, with no faults.</source>
        <translation>En marche sur 127.0.0.1:%1, sans panne.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="180"/>
        <source>Running on 127.0.0.1:%1, with the faults %2.</source>
        <translation>En marche sur 127.0.0.1:%1, avec les pannes %2.</translation>
    </message>
    <message>
        <location filename="../ui/practicedialog.cpp" line="184"/>
        <source>Account settings: server 127.0.0.1, port %1, security STARTTLS, CA file %2; user name %3, password %4 (the login is optional).</source>
        <translation>Réglages du compte : serveur 127.0.0.1, port %1, sécurité STARTTLS, fichier CA %2 ; nom d&apos;utilisateur %3, mot de passe %4 (l&apos;identification est facultative).</translation>
    </message>
</context>
<context>
    <name>ui::PreviewDialog</name>
    <message>
        <location filename="../ui/previewdialog.cpp" line="19"/>
        <source>Preview: the message as it will go out</source>
        <translation>Aperçu : le message tel qu&apos;il partira</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="25"/>
        <location filename="../ui/previewdialog.cpp" line="28"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="27"/>
        <source>The commands that tell the server who sends and who receives; a recipient in no header is Bcc</source>
        <translation>Les commandes qui indiquent au serveur qui envoie et qui reçoit ; un destinataire absent des en-têtes est en Cci</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="28"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="31"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="35"/>
        <source>named in the header, sent no copy</source>
        <translation>nommé dans l&apos;en-tête, aucune copie envoyée</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="40"/>
        <source>Header section</source>
        <translation>Section d&apos;en-têtes</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="41"/>
        <source>The header section exactly as it goes out</source>
        <translation>La section d&apos;en-têtes exactement telle qu&apos;elle part</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="54"/>
        <source>MIME structure</source>
        <translation>Structure MIME</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="55"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="61"/>
        <source>%1 bytes (%2 decoded)</source>
        <translation>%1 octets (%2 une fois décodé)</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="62"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="75"/>
        <source>Lint</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="76"/>
        <source>What may go wrong with this message, and what to change</source>
        <translation>Ce qui peut mal se passer avec ce message, et ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="77"/>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="82"/>
        <source>Size: %1 bytes. Nothing has been sent.</source>
        <translation>Taille : %1 octets. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/previewdialog.cpp" line="107"/>
        <source>Nothing to change.</source>
        <translation>Rien à changer.</translation>
    </message>
</context>
<context>
    <name>ui::RecipientField</name>
    <message>
        <location filename="../ui/recipientfield.cpp" line="249"/>
        <source>name@example.org, Another Name &lt;other@example.org&gt;</source>
        <translation>nom@example.org, Autre Nom &lt;autre@example.org&gt;</translation>
    </message>
    <message>
        <location filename="../ui/recipientfield.cpp" line="252"/>
        <source>Problem with %1</source>
        <translation>Problème avec %1</translation>
    </message>
</context>
<context>
    <name>ui::ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.cpp" line="18"/>
        <source>Result of sending</source>
        <translation>Résultat de l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="48"/>
        <source>Result for each recipient</source>
        <translation>Résultat pour chaque destinataire</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="50"/>
        <source>Each recipient, whether the server accepted it, and its reply</source>
        <translation>Chaque destinataire, si le serveur l&apos;a accepté, et sa réponse</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>Server reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="51"/>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="62"/>
        <location filename="../ui/resultpanel.cpp" line="63"/>
        <source>Hide the result</source>
        <translation>Masquer le résultat</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="84"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="86"/>
        <source>Sent, but not to every recipient</source>
        <translation>Envoyé, mais pas à tous les destinataires</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="88"/>
        <source>Not sent yet: the server asked to try later</source>
        <translation>Pas encore envoyé : le serveur a demandé de réessayer plus tard</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="90"/>
        <source>Not sent: the server refused the message</source>
        <translation>Non envoyé : le serveur a refusé le message</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="92"/>
        <source>Not sent: no connection to the server</source>
        <translation>Non envoyé : pas de connexion au serveur</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="94"/>
        <source>Not sent: the connection could not be secured</source>
        <translation>Non envoyé : la connexion n&apos;a pas pu être sécurisée</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="96"/>
        <source>Not sent: login failed</source>
        <translation>Non envoyé : échec de l&apos;identification</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="98"/>
        <source>Not sent: the server stopped answering</source>
        <translation>Non envoyé : le serveur a cessé de répondre</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="100"/>
        <source>Not sent: you stopped it</source>
        <translation>Non envoyé : vous l&apos;avez arrêté</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="102"/>
        <source>Perhaps sent: the server did not confirm</source>
        <translation>Peut-être envoyé : le serveur n&apos;a pas confirmé</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="104"/>
        <source>Not sent: the message could not be prepared</source>
        <translation>Non envoyé : le message n&apos;a pas pu être préparé</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="106"/>
        <source>Not sent: the server broke the SMTP protocol</source>
        <translation>Non envoyé : le serveur n&apos;a pas respecté le protocole SMTP</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="125"/>
        <source>Sending “%1”…</source>
        <translation>Envoi de « %1 »…</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="125"/>
        <location filename="../ui/resultpanel.cpp" line="151"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="126"/>
        <source>The message is in the outbox; it stays there until the server has accepted it.</source>
        <translation>Le message est dans la boîte d&apos;envoi ; il y reste jusqu&apos;à ce que le serveur l&apos;ait accepté.</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="149"/>
        <source>%1 — “%2”</source>
        <translation>%1 — « %2 »</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="155"/>
        <source>Server said: %1
%2</source>
        <translation>Le serveur a dit : %1
%2</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="160"/>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="177"/>
        <source>Copy as s&amp;waks Command</source>
        <translation>Copier comme commande s&amp;waks</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="179"/>
        <source>Copy as swaks command</source>
        <translation>Copier comme commande swaks</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="181"/>
        <source>Copy a swaks command line that sends this message the same way, to try it by hand</source>
        <translation>Copier une ligne de commande swaks qui envoie ce message de la même façon, pour l&apos;essayer à la main</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="193"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="194"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="195"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="197"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.cpp" line="198"/>
        <source>not tried</source>
        <translation>pas essayé</translation>
    </message>
</context>
<context>
    <name>ui::RichEditor</name>
    <message>
        <location filename="../ui/richeditor.cpp" line="27"/>
        <source>Formatted message text</source>
        <translation>Texte du message mis en forme</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="29"/>
        <source>The message with formatting; the toolbar above sets bold, lists, links and headings</source>
        <translation>Le message avec sa mise en forme ; la barre d&apos;outils au-dessus règle le gras, les listes, les liens et les titres</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="35"/>
        <source>Text format</source>
        <translation>Format du texte</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="36"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="37"/>
        <source>Formatted</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="38"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="39"/>
        <source>Plain text is read the same everywhere; formatted text and Markdown are sent as HTML with a plain text copy</source>
        <translation>Le texte brut se lit de la même façon partout ; le texte mis en forme et le Markdown sont envoyés en HTML avec une copie en texte brut</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="47"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="48"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="49"/>
        <source>Monospace</source>
        <translation>Chasse fixe</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="61"/>
        <source>Heading 1</source>
        <translation>Titre 1</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="62"/>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="63"/>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="64"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="72"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="75"/>
        <source>Numbered List</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="78"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="81"/>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="120"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="313"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/richeditor.cpp" line="314"/>
        <source>Address the selected text links to:</source>
        <translation>Adresse vers laquelle pointe le texte sélectionné :</translation>
    </message>
</context>
<context>
    <name>ui::SendService</name>
    <message>
        <location filename="../ui/sendservice.cpp" line="26"/>
        <source>Not sent: the account &quot;%1&quot; no longer exists.</source>
        <translation>Non envoyé : le compte « %1 » n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="29"/>
        <source>Open the message, choose another From and send it again.</source>
        <translation>Ouvrez le message, choisissez un autre expéditeur et renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="42"/>
        <source>Not sent: no password was given.</source>
        <translation>Non envoyé : aucun mot de passe n&apos;a été donné.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="43"/>
        <source>Send it again and give the password, or save it in Accounts.</source>
        <translation>Renvoyez-le et donnez le mot de passe, ou enregistrez-le dans Comptes.</translation>
    </message>
    <message>
        <location filename="../ui/sendservice.cpp" line="53"/>
        <source>Correct the account in Accounts, then send again.</source>
        <translation>Corrigez le compte dans Comptes, puis renvoyez.</translation>
    </message>
</context>
<context>
    <name>ui::SentMessageDialog</name>
    <message>
        <location filename="../ui/sentview.cpp" line="207"/>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="207"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="225"/>
        <source>From:</source>
        <translation>Expéditeur :</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="226"/>
        <source>To:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="229"/>
        <source>Cc:</source>
        <translation>Cc :</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="231"/>
        <source>Bcc:</source>
        <translation>Cci :</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="234"/>
        <source>Reply-To:</source>
        <translation>Répondre à :</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="235"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="237"/>
        <source>Sent:</source>
        <translation>Envoyé :</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="240"/>
        <source>Message-ID:</source>
        <translation>Message-ID :</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="248"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="249"/>
        <source>The text of the sent message, read-only</source>
        <translation>Le texte du message envoyé, en lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="253"/>
        <source>[The rest of the text is not shown: it is too long.]</source>
        <translation>[La suite du texte n&apos;est pas affichée : elle est trop longue.]</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="256"/>
        <source>The message as sent cannot be shown: %1

Your copy of the text:

%2</source>
        <translation>Le message tel qu&apos;envoyé ne peut pas être affiché : %1

Votre copie du texte :

%2</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="258"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="262"/>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="263"/>
        <source>The files sent with the message</source>
        <translation>Les fichiers envoyés avec le message</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="264"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="268"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="273"/>
        <source>No attachments</source>
        <translation>Aucune pièce jointe</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="274"/>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="279"/>
        <source>How each recipient&apos;s server answered</source>
        <translation>Ce qu&apos;a répondu le serveur pour chaque destinataire</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="280"/>
        <source>Each recipient with the server&apos;s reply to it</source>
        <translation>Chaque destinataire avec la réponse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="281"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="281"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="281"/>
        <source>Server reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="286"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="286"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="289"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="295"/>
        <source>Protocol transcript</source>
        <translation>Transcription du protocole</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="296"/>
        <source>The conversation with the server when the message was sent</source>
        <translation>La conversation avec le serveur lors de l&apos;envoi du message</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="305"/>
        <location filename="../ui/sentview.cpp" line="308"/>
        <source>Protocol log</source>
        <translation>Journal du protocole</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="307"/>
        <source>No protocol transcript was kept for this message.</source>
        <translation>Aucune transcription du protocole n&apos;a été gardée pour ce message.</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="313"/>
        <source>&amp;Edit as New</source>
        <translation>&amp;Modifier comme nouveau</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="316"/>
        <source>Opens a new message with the recipients, subject, text and attachments of this one</source>
        <translation>Ouvre un nouveau message avec les destinataires, l&apos;objet, le texte et les pièces jointes de celui-ci</translation>
    </message>
</context>
<context>
    <name>ui::SentView</name>
    <message>
        <location filename="../ui/sentview.cpp" line="44"/>
        <location filename="../ui/sentview.cpp" line="55"/>
        <source>Sent messages</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="47"/>
        <source>Search sent messages</source>
        <translation>Rechercher dans les messages envoyés</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="49"/>
        <source>Show only the messages whose recipients or subject contain this text</source>
        <translation>N&apos;afficher que les messages dont les destinataires ou l&apos;objet contiennent ce texte</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="50"/>
        <source>Search by recipient or subject</source>
        <translation>Rechercher par destinataire ou objet</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="57"/>
        <source>The messages the server accepted, newest first, with date, recipients and subject</source>
        <translation>Les messages acceptés par le serveur, du plus récent au plus ancien, avec date, destinataires et objet</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="58"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="58"/>
        <source>To</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="58"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="66"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="68"/>
        <source>Open the sent message</source>
        <translation>Ouvrir le message envoyé</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="69"/>
        <source>Shows the selected message as it was sent, read-only</source>
        <translation>Affiche le message sélectionné tel qu&apos;il a été envoyé, en lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="70"/>
        <source>Edit &amp;as New</source>
        <translation>Modifier comme &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="72"/>
        <source>Write a new message from this one</source>
        <translation>Écrire un nouveau message à partir de celui-ci</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="74"/>
        <source>Opens a new message with the recipients, subject, text and attachments of the selected one</source>
        <translation>Ouvre un nouveau message avec les destinataires, l&apos;objet, le texte et les pièces jointes du message sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="150"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="182"/>
        <source>Message not found</source>
        <translation>Message introuvable</translation>
    </message>
    <message>
        <location filename="../ui/sentview.cpp" line="183"/>
        <source>This message is no longer in the Sent folder.</source>
        <translation>Ce message n&apos;est plus dans le dossier Envoyés.</translation>
    </message>
</context>
<context>
    <name>ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="26"/>
        <source>Settings from the address</source>
        <translation>Réglages à partir de l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="32"/>
        <source>Sign-in provider</source>
        <translation>Fournisseur de connexion</translation>
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
        <translation>Un autre fournisseur (par l&apos;URL de son émetteur)</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="38"/>
        <source>Issuer URL</source>
        <translation>URL de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="39"/>
        <source>https://login.example.org</source>
        <translation>https://login.example.org</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="42"/>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="43"/>
        <source>empty: the client ID this build of Stamp was given, if any</source>
        <translation>vide : l&apos;identifiant client donné à cette version de Stamp, s&apos;il y en a un</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="48"/>
        <source>Sign &amp;out</source>
        <translation>Se déc&amp;onnecter</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="52"/>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="64"/>
        <source>Sign-in (OAuth 2.0)</source>
        <translation>Connexion (OAuth 2.0)</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="46"/>
        <source>Sign in on anot&amp;her device</source>
        <translation>Se connecter sur un autre a&amp;ppareil</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="66"/>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="67"/>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;URL de l&apos;émetteur :</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="68"/>
        <source>C&amp;lient ID:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="75"/>
        <source>Sign-in address:</source>
        <translation>Adresse de connexion :</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="182"/>
        <location filename="../ui/signinpage.cpp" line="234"/>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="183"/>
        <source>This account logs in with a password. Signing in switches it to OAuth 2.0.</source>
        <translation>Ce compte s&apos;identifie avec un mot de passe. Se connecter le fait passer à OAuth 2.0.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="211"/>
        <source>S&amp;top signing in</source>
        <translation>Arrê&amp;ter la connexion</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="212"/>
        <source>Sign in with &amp;Google</source>
        <translation>Se connecter avec &amp;Google</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="213"/>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Se connecter avec &amp;Microsoft</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="214"/>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="215"/>
        <source>&amp;Sign in with %1</source>
        <translation>Se &amp;connecter avec %1</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="226"/>
        <source>Looking in the keychain…</source>
        <translation>Recherche dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="232"/>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="250"/>
        <source>Finding the sign-in server…</source>
        <translation>Recherche du serveur de connexion…</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="269"/>
        <source>Finish signing in in your browser. If it did not open, copy the address above into it.</source>
        <translation>Terminez la connexion dans votre navigateur. S&apos;il ne s&apos;est pas ouvert, copiez-y l&apos;adresse ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signinpage.cpp" line="275"/>
        <source>On any device, visit %1 and enter the code %2 (within %n minute(s)).</source>
        <translation>
            <numerusform>Sur n&apos;importe quel appareil, allez à %1 et saisissez le code %2 (d&apos;ici %n minute).</numerusform>
            <numerusform>Sur n&apos;importe quel appareil, allez à %1 et saisissez le code %2 (d&apos;ici %n minutes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="280"/>
        <source>Waiting for the sign-in on the other device…</source>
        <translation>Attente de la connexion sur l&apos;autre appareil…</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="305"/>
        <source>Signing in was stopped.</source>
        <translation>La connexion a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="306"/>
        <source>Not signed in: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="314"/>
        <source>Signed in for this run only: the keychain could not keep the sign-in, so Stamp will ask you to sign in again after it closes. (%1)</source>
        <translation>Connecté pour cette session seulement : le trousseau n&apos;a pas pu garder la connexion, donc Stamp vous demandera de vous reconnecter après sa fermeture. (%1)</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="320"/>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <location filename="../ui/signinpage.cpp" line="336"/>
        <source>Signed out: the sign-in was removed from the keychain.</source>
        <translation>Déconnecté : la connexion a été retirée du trousseau.</translation>
    </message>
</context>
<context>
    <name>ui::SpellChecker</name>
    <message>
        <location filename="../ui/spellchecker.cpp" line="429"/>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Seul un mot isolé peut être ajouté au dictionnaire.</translation>
    </message>
    <message>
        <location filename="../ui/spellchecker.cpp" line="442"/>
        <source>Could not save your dictionary to %1: %2</source>
        <translation>Impossible d&apos;enregistrer votre dictionnaire dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ui::Spelling</name>
    <message>
        <location filename="../ui/spelling.cpp" line="62"/>
        <source>&amp;Spelling</source>
        <translation>Ort&amp;hographe</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="65"/>
        <source>&amp;Check Spelling</source>
        <translation>&amp;Contrôle orthographique</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="68"/>
        <source>Underline misspelt words in the message text</source>
        <translation>Souligner les mots mal orthographiés dans le texte du message</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="79"/>
        <source>Check the spelling of this message in %1</source>
        <translation>Vérifier l&apos;orthographe de ce message en %1</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="84"/>
        <source>&amp;No Dictionary Installed</source>
        <translation>&amp;Aucun dictionnaire installé</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="87"/>
        <source>Install a Hunspell dictionary (such as the package hunspell-en-us) and start Stamp again to check spelling</source>
        <translation>Installez un dictionnaire Hunspell (par exemple le paquet hunspell-fr) et relancez Stamp pour vérifier l&apos;orthographe</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="169"/>
        <source>No spelling dictionary is installed, so spelling is not checked. Install one (such as the package hunspell-en-us) and start Stamp again.</source>
        <translation>Aucun dictionnaire orthographique n&apos;est installé, l&apos;orthographe n&apos;est donc pas vérifiée. Installez-en un (par exemple le paquet hunspell-fr) et relancez Stamp.</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="221"/>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="231"/>
        <source>Replace &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>Remplacer « %1 » par « %2 »</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="241"/>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="249"/>
        <source>&amp;Add to Dictionary</source>
        <translation>&amp;Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="251"/>
        <source>Count &quot;%1&quot; as right in %2 from now on</source>
        <translation>Considérer « %1 » comme correct en %2 désormais</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="258"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location filename="../ui/spelling.cpp" line="260"/>
        <source>Count &quot;%1&quot; as right until this window is closed</source>
        <translation>Considérer « %1 » comme correct jusqu&apos;à la fermeture de cette fenêtre</translation>
    </message>
</context>
<context>
    <name>ui::Startup</name>
    <message numerus="yes">
        <location filename="../ui/startup.cpp" line="42"/>
        <source>%n message(s) were being sent when Stamp stopped: see the outbox.</source>
        <translation>
            <numerusform>%n message était en cours d&apos;envoi quand Stamp s&apos;est arrêté : voir la boîte d&apos;envoi.</numerusform>
            <numerusform>%n messages étaient en cours d&apos;envoi quand Stamp s&apos;est arrêté : voir la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TestResults</name>
    <message>
        <location filename="../ui/testresults.cpp" line="22"/>
        <source>Not tested yet.</source>
        <translation>Pas encore testé.</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="29"/>
        <source>Server capabilities</source>
        <translation>Capacités du serveur</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="32"/>
        <source>Encryption details</source>
        <translation>Détails du chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="43"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="44"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="45"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="46"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="110"/>
        <source>Connecting to %1:%2…</source>
        <translation>Connexion à %1:%2…</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="87"/>
        <source>Offered inside the encrypted connection:</source>
        <translation>Proposé dans la connexion chiffrée :</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="88"/>
        <source>Offered on the unencrypted connection:</source>
        <translation>Proposé sur la connexion non chiffrée :</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="93"/>
        <source>Largest message accepted (SIZE): %1</source>
        <translation>Plus gros message accepté (SIZE) : %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="94"/>
        <source>Largest message accepted: not announced</source>
        <translation>Plus gros message accepté : non annoncé</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="98"/>
        <source>Login methods (AUTH): none offered</source>
        <translation>Méthodes d&apos;identification (AUTH) : aucune proposée</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="99"/>
        <source>Login methods (AUTH): %1</source>
        <translation>Méthodes d&apos;identification (AUTH) : %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="121"/>
        <source>The connection was not encrypted.</source>
        <translation>La connexion n&apos;était pas chiffrée.</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="123"/>
        <source>Protocol: %1</source>
        <translation>Protocole : %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="123"/>
        <source>Cipher: %1</source>
        <translation>Chiffrement : %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="124"/>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 du certificat : %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="127"/>
        <source>Issued to: %1</source>
        <translation>Délivré à : %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="128"/>
        <source>Issued by: %1</source>
        <translation>Délivré par : %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="129"/>
        <source>Valid until: %1</source>
        <translation>Valide jusqu&apos;au : %1</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="139"/>
        <source>&lt;b&gt;The connection works.&lt;/b&gt; Stamp connected, logged in where needed, and said goodbye.</source>
        <translation>&lt;b&gt;La connexion fonctionne.&lt;/b&gt; Stamp s&apos;est connecté, s&apos;est identifié si nécessaire, et a dit au revoir.</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="141"/>
        <source>&lt;b&gt;The connection test failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le test de connexion a échoué.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="146"/>
        <source>Server said: %1 — %2</source>
        <translation>Le serveur a dit : %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/testresults.cpp" line="149"/>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
</context>
<context>
    <name>ui::TranscriptModel</name>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="63"/>
        <source>Time per stage: %1</source>
        <translation>Durée de chaque étape : %1</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="65"/>
        <source>Time per stage</source>
        <translation>Durée de chaque étape</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="67"/>
        <source>  %1: %2 ms</source>
        <translation>  %1 : %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="68"/>
        <source>  total: %1 ms</source>
        <translation>  total : %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="89"/>
        <location filename="../ui/transcriptmodel.cpp" line="99"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="89"/>
        <source>partly</source>
        <translation>en partie</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="91"/>
        <location filename="../ui/transcriptmodel.cpp" line="512"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="92"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="92"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="99"/>
        <source>%1 messages sent</source>
        <translation>%1 messages envoyés</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="101"/>
        <source>%1 sent, with a problem: %2</source>
        <translation>%1 envoyé(s), avec un problème : %2</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="103"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="105"/>
        <source>closed, nothing sent</source>
        <translation>fermé, rien envoyé</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="105"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="106"/>
        <source>Session %1 at %2 with %3: %4</source>
        <translation>Session %1 à %2 avec %3 : %4</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="319"/>
        <source>The TLS handshake as a report: a check failed, so Stamp did not go on over this connection. Select this line to read every check.</source>
        <translation>La négociation TLS sous forme de rapport : une vérification a échoué, Stamp n&apos;a donc pas continué sur cette connexion. Sélectionnez cette ligne pour lire chaque vérification.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="321"/>
        <source>The TLS handshake as a report: version, cipher, key exchange, the certificate chain with its dates and names; all checks passed. Select this line to read it whole.</source>
        <translation>La négociation TLS sous forme de rapport : version, chiffrement, échange de clés, la chaîne de certificats avec ses dates et ses noms ; toutes les vérifications ont réussi. Sélectionnez cette ligne pour le lire en entier.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="325"/>
        <source>How long each stage of this connection took, as CheckTLS shows it: a slow greeting or final reply is the server&apos;s doing, a slow connect or TLS the network&apos;s.</source>
        <translation>La durée de chaque étape de cette connexion, comme l&apos;affiche CheckTLS : un accueil ou une réponse finale lents sont le fait du serveur, une connexion ou un TLS lents, celui du réseau.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="360"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="362"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="364"/>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="366"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="368"/>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="370"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="418"/>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="420"/>
        <source>go on</source>
        <translation>suite</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="422"/>
        <source>temporary</source>
        <translation>temporaire</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="424"/>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="428"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="461"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="484"/>
        <source>%1
Double-click or press Enter to fold or unfold this session.</source>
        <translation>%1
Double-cliquez ou appuyez sur Entrée pour replier ou déplier cette session.</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="512"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="514"/>
        <source>timing</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="540"/>
        <source>problem</source>
        <translation>problème</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="631"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="633"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="635"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/transcriptmodel.cpp" line="637"/>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
</context>
</TS>
