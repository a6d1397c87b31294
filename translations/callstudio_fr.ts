<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Designer</name>
    <message>
        <source>Idle</source>
        <translation>Au repos</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Mention d&apos;information</translation>
    </message>
    <message>
        <source>Call button</source>
        <translation>Bouton d&apos;appel</translation>
    </message>
    <message>
        <source>Hang-up button</source>
        <translation>Bouton raccrocher</translation>
    </message>
    <message>
        <source>Mute button</source>
        <translation>Bouton sourdine</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Minuteur d&apos;appel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Spacer</source>
        <translation>Espacement</translation>
    </message>
    <message>
        <source>Pre-call form</source>
        <translation>Formulaire avant appel</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Case à cocher</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Microphone blocked</source>
        <translation>Micro bloqué</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Aucun micro</translation>
    </message>
    <message>
        <source>Audio failure</source>
        <translation>Échec audio</translation>
    </message>
    <message>
        <source>Network lost</source>
        <translation>Réseau perdu</translation>
    </message>
    <message>
        <source>Call not accepted</source>
        <translation>Appel non accepté</translation>
    </message>
    <message>
        <source>Calling unavailable</source>
        <translation>Appel indisponible</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>The browser hid this error from the page; its console says: %1. The sandbox has no cookies or storage (an opaque origin, as on your site).</source>
        <extracomment>%1 is the web engine&apos;s own message about the error, in English.</extracomment>
        <translation>Le navigateur a masqué cette erreur à la page ; sa console indique : %1. Le bac à sable n’a ni cookies ni stockage (une origine opaque, comme sur votre site).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>these call errors show Call Studio&apos;s built-in English message: %1</source>
        <translation>ces erreurs d&apos;appel affichent le message anglais intégré de Call Studio : %1</translation>
    </message>
    <message>
        <source>the default locale &quot;%1&quot; is not among the design&apos;s locales</source>
        <translation>la langue par défaut « %1 » ne fait pas partie des langues du design</translation>
    </message>
    <message>
        <source>block id &quot;%1&quot; is used twice</source>
        <translation>l&apos;identifiant de bloc « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>the before-call disclosure comes after the call button; visitors must read it before they tap Call</source>
        <translation>la mention d&apos;information avant l&apos;appel se trouve après le bouton d&apos;appel ; les visiteurs doivent la lire avant d&apos;appuyer sur Appeler</translation>
    </message>
    <message>
        <source>%1 has no text in the default locale &quot;%2&quot;</source>
        <translation>%1 n&apos;a pas de texte dans la langue par défaut « %2 »</translation>
    </message>
    <message>
        <source>%1 is not translated into %2</source>
        <translation>%1 n&apos;a pas de traduction pour %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>%1 must be an https:, mailto: or tel: address, not &quot;%2&quot;</source>
        <translation>%1 doit être une adresse https:, mailto: ou tel:, et non « %2 »</translation>
    </message>
    <message>
        <source>%1 must be an https: address, not &quot;%2&quot;</source>
        <translation>%1 doit être une adresse https:, et non « %2 »</translation>
    </message>
    <message>
        <source>the %1 block &quot;%2&quot;</source>
        <translation>le bloc %1 « %2 »</translation>
    </message>
    <message>
        <source>%1 (muted label)</source>
        <translation>%1 (libellé en sourdine)</translation>
    </message>
    <message>
        <source>the privacy-notice link of %1</source>
        <translation>%1 (lien vers la politique de confidentialité)</translation>
    </message>
    <message>
        <source>%1 (alternative text)</source>
        <translation>%1 (texte alternatif)</translation>
    </message>
    <message>
        <source>%1 has no fields</source>
        <translation>%1 n&apos;a aucun champ</translation>
    </message>
    <message>
        <source>the form field &quot;%1&quot;</source>
        <translation>le champ de formulaire « %1 »</translation>
    </message>
    <message>
        <source>%1 (placeholder)</source>
        <translation>%1 (indication)</translation>
    </message>
    <message>
        <source>%1 is a list with no options</source>
        <translation>%1 est une liste sans aucune option</translation>
    </message>
    <message>
        <source>%1 lists the option &quot;%2&quot; twice</source>
        <translation>%1 contient deux fois l&apos;option « %2 »</translation>
    </message>
    <message>
        <source>%1 option &quot;%2&quot;</source>
        <translation>%1, option « %2 »</translation>
    </message>
    <message>
        <source>%1 (consent checkbox)</source>
        <translation>%1 (case de consentement)</translation>
    </message>
    <message>
        <source>%1 (question)</source>
        <translation>%1 (question)</translation>
    </message>
    <message>
        <source>%1 has a rating scale whose lowest value is not below its highest</source>
        <translation>%1 a une échelle de notation dont la valeur la plus basse n&apos;est pas inférieure à la plus haute</translation>
    </message>
    <message>
        <source>%1 (comment label)</source>
        <translation>%1 (libellé du commentaire)</translation>
    </message>
    <message>
        <source>%1 (comment placeholder)</source>
        <translation>%1 (indication du commentaire)</translation>
    </message>
    <message>
        <source>%1 (send button)</source>
        <translation>%1 (bouton d&apos;envoi)</translation>
    </message>
    <message>
        <source>%1 (thank-you text)</source>
        <translation>%1 (texte de remerciement)</translation>
    </message>
    <message>
        <source>the form field key &quot;%1&quot; is used twice</source>
        <translation>la clé de champ de formulaire « %1 » est utilisée deux fois</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time as HH:MM</source>
        <translation>%1 : « %2 » n&apos;est pas une heure au format HH:MM</translation>
    </message>
    <message>
        <source>%1: the window %2–%3 closes before it opens</source>
        <translation>%1 : la plage %2–%3 ferme avant d&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1: the window %2–%3 overlaps another one</source>
        <translation>%1 : la plage %2–%3 chevauche une autre plage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire IANA connu</translation>
    </message>
    <message>
        <source>business hours are on but no day has an opening window: the widget always shows &quot;closed&quot;</source>
        <translation>les heures d&apos;ouverture sont activées mais aucun jour n&apos;a de plage d&apos;ouverture : le widget affiche toujours « fermé »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date (YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date du calendrier (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>there are two exceptions for %1</source>
        <translation>il y a deux exceptions pour le %1</translation>
    </message>
    <message>
        <source>the exception for %1 is not closed all day but has no opening window</source>
        <translation>l&apos;exception du %1 n&apos;est pas fermée toute la journée mais n&apos;a aucune plage d&apos;ouverture</translation>
    </message>
    <message>
        <source>the exception for %1</source>
        <translation>l&apos;exception du %1</translation>
    </message>
    <message>
        <source>the label of the exception for %1</source>
        <translation>le libellé de l&apos;exception du %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <extracomment>%1 says why, as the system words it.</extracomment>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file is too large (%1; a design may be at most %2)</source>
        <translation>le fichier est trop volumineux (%1 ; un design ne peut pas dépasser %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is the file&apos;s path; %2 says why, as the system words it.</extracomment>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>le JSON comporte plus de %1 niveaux d&apos;imbrication</translation>
    </message>
    <message>
        <source>invalid JSON: a number is too large</source>
        <translation>JSON non valide : un nombre est trop grand</translation>
    </message>
    <message>
        <source>a design file must hold a JSON object</source>
        <translation>un fichier de design doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 up, not %2</source>
        <extracomment>%1 is a key of the design file; %2 is the value found there.</extracomment>
        <translation>« %1 » doit être un entier supérieur ou égal à 0, et non %2</translation>
    </message>
    <message>
        <source>the file was written by a newer Call Studio (schema version %1); this version reads schema version %2 and older</source>
        <translation>le fichier a été écrit par une version plus récente de Call Studio (version de schéma %1) ; cette version lit la version de schéma %2 et les précédentes</translation>
    </message>
    <message>
        <source>cannot upgrade from schema version %1: %2</source>
        <extracomment>%2 says what stopped the upgrade.</extracomment>
        <translation>impossible de mettre à niveau depuis la version de schéma %1 : %2</translation>
    </message>
    <message>
        <source>unexpected content: %1</source>
        <extracomment>%1 is the JSON library&apos;s own description of the error, in English.</extracomment>
        <translation>contenu inattendu : %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>this is a directory, not a design file</source>
        <translation>ceci est un dossier, pas un fichier de design</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>version 0 &quot;locales&quot; must list at least one language code</source>
        <translation>en version 0, « locales » doit contenir au moins un code de langue</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a %1</source>
        <extracomment>A JSON Schema type that has no wording of its own; %1 is its name as the schema spells it.</extracomment>
        <translation>une valeur de type %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>Joins the last type to a list of allowed types: &quot;a string or null&quot;.</extracomment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins one more type to a list of allowed types: &quot;a string, an integer&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>le design</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>A key of the design file, named in a message.</extracomment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>item %1 of &quot;%2&quot;</source>
        <extracomment>%1 is the 1-based position of an item in the list named by the key %2.</extracomment>
        <translation>l&apos;élément %1 de « %2 »</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>l&apos;élément %1</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>clé obligatoire « %1 » manquante</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot; in %2</source>
        <translation>clé obligatoire « %1 » manquante dans %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>clé inconnue « %1 » dans %2</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>un autre type</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 doit être %2, et non %3</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 doit être %2</translation>
    </message>
    <message>
        <source>%1 is %2; expected one of: %3</source>
        <translation>%1 vaut %2 ; valeurs acceptées : %3</translation>
    </message>
    <message>
        <source>%1 is not allowed; expected one of: %2</source>
        <translation>%1 : valeur non autorisée ; valeurs acceptées : %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>%1 names a value in the design; %2 is that value as the file has it.</extracomment>
        <translation>%1 vaut %2</translation>
    </message>
    <message>
        <source>%1 is not allowed</source>
        <translation>%1 : valeur non autorisée</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3</source>
        <translation>%1 vaut %2 ; attendu : %3</translation>
    </message>
    <message>
        <source>%1 is malformed; expected %2</source>
        <translation>%1 : format incorrect ; attendu : %2</translation>
    </message>
    <message>
        <source>%1 is malformed</source>
        <translation>%1 : format incorrect</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>une valeur fixe</translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 doit valoir au moins %2, et non %3</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 doit valoir au moins %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2, not %3</source>
        <translation>%1 doit valoir au plus %2, et non %3</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 doit valoir au plus %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is too short</source>
        <translation>%1 : valeur trop courte</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters)</source>
        <translation>%1 : valeur trop longue (%2 caractères au maximum)</translation>
    </message>
    <message>
        <source>%1 has too many items (at most %2)</source>
        <translation>%1 contient trop d&apos;éléments (%2 au maximum)</translation>
    </message>
    <message>
        <source>%1 has too many entries (at most %2)</source>
        <translation>%1 contient trop d&apos;entrées (%2 au maximum)</translation>
    </message>
    <message>
        <source>%1 lists %2 twice</source>
        <translation>%1 contient deux fois %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%2 is the schema validator&apos;s own description of the failure, in English.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>when &quot;%1&quot; is %2</source>
        <translation>quand « %1 » vaut %2</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; does not belong in a %2 block; it takes: %3</source>
        <translation>la clé « %1 » n&apos;a pas sa place dans un bloc %2 ; clés acceptées : %3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not allowed here; expected one of: %2</source>
        <translation>la clé « %1 » n&apos;est pas autorisée ici ; clés acceptées : %2</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not allowed %2; expected one of: %3</source>
        <extracomment>%2 is a condition such as: when &quot;closed&quot; is true</extracomment>
        <translation>la clé « %1 » n&apos;est pas autorisée %2 ; clés acceptées : %3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in %2 is not valid; expected %3</source>
        <translation>la clé « %1 » dans %2 n&apos;est pas valide ; attendu : %3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in %2 is not valid</source>
        <translation>la clé « %1 » dans %2 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the design does not follow the file format</source>
        <translation>le design ne respecte pas le format de fichier</translation>
    </message>
    <message>
        <source>the markup nests more than %1 elements deep here; Call Studio does not check the rest of this area</source>
        <translation>le balisage dépasse ici %1 niveaux d&apos;imbrication ; Call Studio ne vérifie pas le reste de cette zone</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems in Head HTML are not listed; fix the ones above first</source>
        <translation>
            <numerusform>%n autre problème dans le HTML du head n&apos;est pas listé ; corrigez d&apos;abord ceux ci-dessus</numerusform>
            <numerusform>%n autres problèmes dans le HTML du head ne sont pas listés ; corrigez d&apos;abord ceux ci-dessus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problems in Body end HTML are not listed; fix the ones above first</source>
        <translation>
            <numerusform>%n autre problème dans le HTML de fin de body n&apos;est pas listé ; corrigez d&apos;abord ceux ci-dessus</numerusform>
            <numerusform>%n autres problèmes dans le HTML de fin de body ne sont pas listés ; corrigez d&apos;abord ceux ci-dessus</numerusform>
        </translation>
    </message>
    <message>
        <source>this &lt;script&gt; has no &lt;/script&gt;: the browser does not run it and treats the rest of the area as its text</source>
        <translation>ce &lt;script&gt; n&apos;a pas de &lt;/script&gt; : le navigateur ne l&apos;exécute pas et traite tout le reste de la zone comme son contenu</translation>
    </message>
    <message>
        <source>stray end tag &lt;/%1&gt; closes nothing that is open here; the browser ignores it</source>
        <extracomment>%1 is the name of an HTML tag.</extracomment>
        <translation>la balise de fermeture isolée &lt;/%1&gt; ne ferme rien d&apos;ouvert à cet endroit ; le navigateur l&apos;ignore</translation>
    </message>
    <message>
        <source>the script &quot;%1&quot; is loaded over http:, which the browser blocks as mixed content in the HTTPS widget; use https:</source>
        <extracomment>%1 is the http: address as the code writes it.</extracomment>
        <translation>le script « %1 » est chargé en http:, ce que le navigateur bloque comme contenu mixte dans le widget HTTPS ; utilisez https:</translation>
    </message>
    <message>
        <source>the stylesheet &quot;%1&quot; is loaded over http:, which the browser blocks as mixed content in the HTTPS widget; use https:</source>
        <extracomment>%1 is the http: address as the code writes it.</extracomment>
        <translation>la feuille de style « %1 » est chargée en http:, ce que le navigateur bloque comme contenu mixte dans le widget HTTPS ; utilisez https:</translation>
    </message>
    <message>
        <source>the iframe &quot;%1&quot; is loaded over http:, which the browser blocks as mixed content in the HTTPS widget; use https:</source>
        <extracomment>%1 is the http: address as the code writes it.</extracomment>
        <translation>l&apos;iframe « %1 » est chargée en http:, ce que le navigateur bloque comme contenu mixte dans le widget HTTPS ; utilisez https:</translation>
    </message>
    <message>
        <source>this form has an action, but the sandbox does not allow form submission, so sending it does nothing; send the data with fetch() instead</source>
        <translation>ce formulaire a un attribut action, mais le bac à sable n&apos;autorise pas l&apos;envoi de formulaires : l&apos;envoyer n&apos;a donc aucun effet ; envoyez plutôt les données avec fetch()</translation>
    </message>
    <message>
        <source>%1 is not available in the sandbox (opaque origin): using it throws a SecurityError and stops this script; keep state in variables or send it to your own server</source>
        <extracomment>%1 is localStorage, sessionStorage or indexedDB.</extracomment>
        <translation>%1 n&apos;est pas disponible dans le bac à sable (origine opaque) : l&apos;utiliser lève une SecurityError et arrête ce script ; conservez l&apos;état dans des variables ou envoyez-le à votre propre serveur</translation>
    </message>
    <message>
        <source>document.cookie throws a SecurityError in the sandbox (opaque origin) and can never reach the cookies of your site</source>
        <translation>document.cookie lève une SecurityError dans le bac à sable (origine opaque) et ne peut jamais atteindre les cookies de votre site</translation>
    </message>
    <message>
        <source>navigator.locks is refused in the sandbox (opaque origin): its requests fail with a SecurityError</source>
        <translation>navigator.locks est refusé dans le bac à sable (origine opaque) : ses requêtes échouent avec une SecurityError</translation>
    </message>
    <message>
        <source>%1.location is out of reach of the sandbox: custom code cannot read or navigate the embedding page, and the attempt throws</source>
        <extracomment>%1 is top or parent.</extracomment>
        <translation>%1.location est hors de portée du bac à sable : le code personnalisé ne peut ni lire la page hôte ni la faire naviguer, et la tentative lève une exception</translation>
    </message>
    <message>
        <source>window.open does nothing in the sandbox (no popups allowed); show a link block in the widget instead</source>
        <translation>window.open n&apos;a aucun effet dans le bac à sable (fenêtres pop-up interdites) ; affichez plutôt un bloc de lien dans le widget</translation>
    </message>
    <message>
        <source>%1() is ignored in the sandbox (no modal dialogs allowed): the visitor never sees it and it returns at once</source>
        <extracomment>%1 is alert, confirm or prompt.</extracomment>
        <translation>%1() est ignoré dans le bac à sable (boîtes de dialogue modales interdites) : le visiteur ne voit jamais la boîte de dialogue et l&apos;appel rend la main immédiatement</translation>
    </message>
    <message>
        <source>.%1() submits a form, which the sandbox does not allow, so nothing is sent; use fetch() instead</source>
        <extracomment>%1 is submit or requestSubmit.</extracomment>
        <translation>.%1() envoie un formulaire, ce que le bac à sable n&apos;autorise pas : rien n&apos;est donc envoyé ; utilisez plutôt fetch()</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event of the widget, so this handler never runs; the events are %2</source>
        <extracomment>%1 is the event name the code uses; %2 lists the names of the widget&apos;s events.</extracomment>
        <translation>« %1 » n&apos;est pas un événement du widget, ce gestionnaire ne s&apos;exécute donc jamais ; les événements sont : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event of the widget, so this handler never runs; did you mean &quot;%2&quot;?</source>
        <extracomment>%1 is the event name the code uses; %2 is the name of the widget&apos;s event closest to it.</extracomment>
        <translation>« %1 » n&apos;est pas un événement du widget, ce gestionnaire ne s&apos;exécute donc jamais ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>the %1 event has no field &quot;%2&quot;, so this reads undefined; it carries %3</source>
        <extracomment>%1 is the name of an event, %2 the field the code reads and %3 lists the event&apos;s fields.</extracomment>
        <translation>l&apos;événement %1 n&apos;a pas de champ « %2 », cette lecture donne donc undefined ; ses champs sont : %3</translation>
    </message>
    <message>
        <source>%1 looks like payment card data (the name contains &quot;%2&quot;); the widget is not a payment processor and must never carry card data, so remove it or collect payments elsewhere. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the word found in its name; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 ressemble à des données de carte de paiement (le nom contient « %2 ») ; le widget n&apos;est pas un processeur de paiement et ne doit jamais transporter de données de carte : supprimez cet élément ou encaissez les paiements ailleurs. Recommandation de la documentation : « %3 »</translation>
    </message>
    <message>
        <source>%1 looks like payment card data (it contains the card number &quot;%2&quot;); the widget is not a payment processor and must never carry card data, so remove it or collect payments elsewhere. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the card number found; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 ressemble à des données de carte de paiement (on y trouve le numéro de carte « %2 ») ; le widget n&apos;est pas un processeur de paiement et ne doit jamais transporter de données de carte : supprimez cet élément ou encaissez les paiements ailleurs. Recommandation de la documentation : « %3 »</translation>
    </message>
    <message>
        <source>%1 looks like payment card data (it asks for &quot;%2&quot;); the widget is not a payment processor and must never carry card data, so remove it or collect payments elsewhere. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the term found; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 ressemble à des données de carte de paiement (on y demande « %2 ») ; le widget n&apos;est pas un processeur de paiement et ne doit jamais transporter de données de carte : supprimez cet élément ou encaissez les paiements ailleurs. Recommandation de la documentation : « %3 »</translation>
    </message>
    <message>
        <source>%1 looks like health data (&quot;%2&quot;); the service is not meant for protected health information, so ask for it on a channel that is. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the word or words found; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 ressemble à des données de santé (« %2 ») ; le service n&apos;est pas conçu pour les informations de santé protégées : demandez-les par un canal qui l&apos;est. Recommandation de la documentation : « %3 »</translation>
    </message>
    <message>
        <source>the URL context key &quot;%1&quot;</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a key.</extracomment>
        <translation>la clé de contexte d&apos;URL « %1 »</translation>
    </message>
    <message>
        <source>the URL context key &quot;%1&quot; (sample value &quot;%2&quot;)</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a key, %2 its value.</extracomment>
        <translation>la clé de contexte d&apos;URL « %1 » (valeur d&apos;exemple « %2 »)</translation>
    </message>
    <message>
        <source>the pre-call form field &quot;%1&quot;</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a field&apos;s key.</extracomment>
        <translation>le champ « %1 » du formulaire avant appel</translation>
    </message>
    <message>
        <source>the pre-call form field &quot;%1&quot; (option &quot;%2&quot;)</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a field&apos;s key, %2 the value of one of its options.</extracomment>
        <translation>le champ « %1 » du formulaire avant appel (option « %2 »)</translation>
    </message>
    <message>
        <source>the survey question</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;.</extracomment>
        <translation>la question de l&apos;enquête</translation>
    </message>
    <message>
        <source>the survey comment label</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;.</extracomment>
        <translation>le libellé du commentaire de l&apos;enquête</translation>
    </message>
    <message>
        <source>the survey comment placeholder</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;.</extracomment>
        <translation>l&apos;indication du commentaire de l&apos;enquête</translation>
    </message>
    <message>
        <source>the custom code loads trackers (%1) but the widget tells visitors nothing about them before the call; add a disclosure block above the call button in the idle state so visitors read it before the microphone is asked for. Seed guidance: &quot;%2&quot;</source>
        <extracomment>%1 lists the tracker domains and calls found; %2 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>le code personnalisé charge des traceurs (%1) mais le widget n&apos;en informe pas les visiteurs avant l&apos;appel ; ajoutez un bloc de mention d&apos;information au-dessus du bouton d&apos;appel dans l&apos;état « Au repos » pour que les visiteurs la lisent avant la demande d&apos;accès au micro. Recommandation de la documentation : « %2 »</translation>
    </message>
    <message>
        <source>the pre-call form collects personal data (%1) but no before-call disclosure says what it is used for; add a disclosure block above the call button in the idle state so visitors read it before the microphone is asked for. Seed guidance: &quot;%2&quot;</source>
        <extracomment>%1 lists the keys of the fields; %2 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>le formulaire avant appel collecte des données personnelles (%1) mais aucune mention d&apos;information avant l&apos;appel n&apos;indique à quoi elles servent ; ajoutez un bloc de mention d&apos;information au-dessus du bouton d&apos;appel dans l&apos;état « Au repos » pour que les visiteurs la lisent avant la demande d&apos;accès au micro. Recommandation de la documentation : « %2 »</translation>
    </message>
    <message>
        <source>URL in script</source>
        <translation>URL dans un script</translation>
    </message>
    <message>
        <source>%1 must be an address of one of %2, not &quot;%3&quot;</source>
        <translation>%1 doit être une adresse %2, pas « %3 »</translation>
    </message>
    <message>
        <source>the “%1” error message</source>
        <translation>le message d&apos;erreur « %1 »</translation>
    </message>
    <message>
        <source>the %1 state has no call button</source>
        <translation>l&apos;état « %1 » n&apos;a aucun bouton d&apos;appel</translation>
    </message>
    <message>
        <source>the %1 state has more than one call button (this is call button %2)</source>
        <translation>l&apos;état « %1 » a plus d&apos;un bouton d&apos;appel (celui-ci est le bouton d&apos;appel n° %2)</translation>
    </message>
    <message>
        <source>the %1 (%2, block %3)</source>
        <extracomment>%1 is a kind of block (&quot;Call button&quot;), %2 a state (&quot;Idle&quot;), %3 the block&apos;s position</extracomment>
        <translation>le bloc %1 (%2, bloc %3)</translation>
    </message>
    <message>
        <source>this %1 in the %2 state mentions call recording, but visitors only learn about it from a before-call disclosure in the %4 state; move the notice there. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 is a kind of block and %2 a state, as the designer names them (Paragraph, In call …); %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>ce bloc %1 de l&apos;état %2 mentionne l&apos;enregistrement de l&apos;appel, mais les visiteurs n&apos;en sont informés à temps que par une mention d&apos;information avant l&apos;appel dans l&apos;état « %4 » ; déplacez-y cet avis. Recommandation de la documentation : « %3 »</translation>
    </message>
    <message>
        <source>%1 more problems are not listed (at most %2 are listed per file)</source>
        <translation>%1 autres problèmes ne sont pas listés (au plus %2 par fichier)</translation>
    </message>
    <message>
        <source>the file does not follow the widget config format</source>
        <translation>le fichier ne suit pas le format de configuration du widget</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice; each key may appear once in an object</source>
        <extracomment>%1 is a key of the design file.</extracomment>
        <translation>la clé &quot;%1&quot; apparaît deux fois ; chaque clé ne peut apparaître qu&apos;une fois dans un objet</translation>
    </message>
    <message>
        <source>too many levels of symbolic links (a symlink loop)</source>
        <translation>trop de niveaux de liens symboliques (une boucle de liens)</translation>
    </message>
    <message>
        <source>this is a %1, not a design file</source>
        <extracomment>%1 is the kind of special file: FIFO, socket or device.</extracomment>
        <translation>ceci est un %1, pas un fichier de design</translation>
    </message>
    <message>
        <source>%1 lists %2 %3 times</source>
        <translation>%1 liste %2 %3 fois</translation>
    </message>
    <message>
        <source>%1 repeats %2 more values</source>
        <translation>%1 répète %2 autres valeurs</translation>
    </message>
    <message>
        <source>%1 on %2 has a contrast of %3:1, below the 4.5:1 that WCAG AA asks for text; visitors with low vision may not read it</source>
        <extracomment>%1 and %2 are theme colours (&quot;Muted text&quot;, &quot;Surface&quot;), %3 their contrast ratio</extracomment>
        <translation>%1 sur %2 a un contraste de %3:1, sous les 4,5:1 que le WCAG AA demande pour du texte ; les visiteurs malvoyants risquent de ne pas le lire</translation>
    </message>
    <message>
        <source>the snippet still holds its placeholder &quot;%1&quot;; replace it with your own ID from the vendor&apos;s console, or the tag reports to no account</source>
        <extracomment>%1 is a placeholder such as G-XXXXXXX, quoted from the code</extracomment>
        <translation>l&apos;extrait contient encore son espace réservé « %1 » ; remplacez-le par votre propre identifiant, pris dans la console du fournisseur, sinon la balise ne rapporte à aucun compte</translation>
    </message>
    <message>
        <source>the %1 state has no %2: the visitor cannot end the call from the widget</source>
        <translation>l’état %1 n’a pas de %2 : le visiteur ne peut pas mettre fin à l’appel depuis le widget</translation>
    </message>
    <message>
        <source>at least %1 more problems are not listed (at most %2 are listed per file; checking stopped early)</source>
        <translation>au moins %1 autres problèmes ne sont pas listés (au plus %2 sont listés par fichier ; la vérification s’est arrêtée tôt)</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is too long; keys are at most %2 bytes</source>
        <extracomment>%1 is the start of the key as written in the file.</extracomment>
        <translation>la clé « %1 » est trop longue ; une clé fait au plus %2 octets</translation>
    </message>
    <message>
        <source>%1 writes cookies whatever its settings, which the sandbox (an opaque origin, as on your site) refuses with a SecurityError, so it never starts there; load it from your own page instead and send it the widget&apos;s events, which your page receives by postMessage</source>
        <extracomment>%1 is an analytics SDK&apos;s name (Mixpanel).</extracomment>
        <translation>%1 écrit des cookies quels que soient ses réglages, ce que le bac à sable (une origine opaque, comme sur votre site) refuse par une SecurityError : il n’y démarre donc jamais ; chargez-le plutôt depuis votre propre page et envoyez-lui les événements du widget, que votre page reçoit par postMessage</translation>
    </message>
    <message>
        <source>%1 keeps its state in cookies or storage by default, which the sandbox (an opaque origin, as on your site) refuses with a SecurityError, so it never starts; keep its state in memory: set %2</source>
        <extracomment>%1 is an analytics SDK&apos;s name (Amplitude); %2 the setting to add, in code (identityStorage: &apos;none&apos; in …).</extracomment>
        <translation>%1 garde par défaut son état dans des cookies ou le stockage, ce que le bac à sable (une origine opaque, comme sur votre site) refuse par une SecurityError : il ne démarre donc jamais ; gardez son état en mémoire : réglez %2</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add Block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <source>Delete Block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <source>Add Locale %1</source>
        <translation>Ajouter la langue %1</translation>
    </message>
    <message>
        <source>Remove Locale %1</source>
        <translation>Retirer la langue %1</translation>
    </message>
    <message>
        <source>Duplicate Block</source>
        <translation>Dupliquer le bloc</translation>
    </message>
    <message>
        <source>Move Block</source>
        <translation>Déplacer le bloc</translation>
    </message>
    <message>
        <source>Import Widget Config</source>
        <translation>Importer une configuration de widget</translation>
    </message>
    <message>
        <source>Add Form Field</source>
        <translation>Ajouter un champ de formulaire</translation>
    </message>
    <message>
        <source>Remove Form Field</source>
        <translation>Retirer un champ de formulaire</translation>
    </message>
    <message>
        <source>Add Exception Date</source>
        <translation>Ajouter une date d&apos;exception</translation>
    </message>
    <message>
        <source>Remove Exception Date</source>
        <translation>Retirer une date d&apos;exception</translation>
    </message>
    <message>
        <source>Add Opening Window</source>
        <translation>Ajouter une plage d&apos;ouverture</translation>
    </message>
    <message>
        <source>Remove Opening Window</source>
        <translation>Retirer une plage d&apos;ouverture</translation>
    </message>
    <message>
        <source>Set Context Value</source>
        <translation>Définir une valeur de contexte</translation>
    </message>
    <message>
        <source>Remove Context Entry</source>
        <translation>Retirer une entrée de contexte</translation>
    </message>
    <message>
        <source>Rename Context Key</source>
        <translation>Renommer une clé de contexte</translation>
    </message>
    <message>
        <source>Move Form Field</source>
        <translation>Déplacer un champ de formulaire</translation>
    </message>
    <message>
        <source>Change Opening Hours</source>
        <translation>Modifier les heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Change Time Zone</source>
        <translation>Modifier le fuseau horaire</translation>
    </message>
    <message>
        <source>Change Open 24/7</source>
        <translation>Modifier l&apos;ouverture 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Change Exception Date</source>
        <translation>Modifier la date de l&apos;exception</translation>
    </message>
    <message>
        <source>Change Exception Label</source>
        <translation>Modifier le libellé de l&apos;exception</translation>
    </message>
    <message>
        <source>Change Exception Hours</source>
        <translation>Modifier les heures de l&apos;exception</translation>
    </message>
    <message>
        <source>Edit Head HTML</source>
        <translation>Modifier le HTML du head</translation>
    </message>
    <message>
        <source>Edit Body-end HTML</source>
        <translation>Modifier le HTML de fin de body</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Change Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Change Address</source>
        <translation>Modifier l&apos;adresse</translation>
    </message>
    <message>
        <source>Change Alignment</source>
        <translation>Modifier l&apos;alignement</translation>
    </message>
    <message>
        <source>Change Heading Level</source>
        <translation>Modifier le niveau de titre</translation>
    </message>
    <message>
        <source>Change Button Style</source>
        <translation>Modifier le style du bouton</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Modifier la taille</translation>
    </message>
    <message>
        <source>Use Ready Text</source>
        <translation>Utiliser un texte prêt</translation>
    </message>
    <message>
        <source>Change Field Key</source>
        <translation>Modifier la clé du champ</translation>
    </message>
    <message>
        <source>Change Field Type</source>
        <translation>Modifier le type du champ</translation>
    </message>
    <message>
        <source>Change Field Label</source>
        <translation>Modifier le libellé du champ</translation>
    </message>
    <message>
        <source>Change Field Placeholder</source>
        <translation>Modifier l&apos;indication du champ</translation>
    </message>
    <message>
        <source>Change Field Required</source>
        <translation>Modifier l&apos;obligation du champ</translation>
    </message>
    <message>
        <source>Change Field Options</source>
        <translation>Modifier les options du champ</translation>
    </message>
    <message>
        <source>Add Consent Checkbox</source>
        <translation>Ajouter la case de consentement</translation>
    </message>
    <message>
        <source>Remove Consent Checkbox</source>
        <translation>Retirer la case de consentement</translation>
    </message>
    <message>
        <source>Change Consent Text</source>
        <translation>Modifier le texte de consentement</translation>
    </message>
    <message>
        <source>Change Consent Required</source>
        <translation>Modifier l&apos;obligation de consentement</translation>
    </message>
    <message>
        <source>Edit Survey</source>
        <translation>Modifier l&apos;enquête</translation>
    </message>
    <message>
        <source>Rename Widget</source>
        <translation>Renommer le widget</translation>
    </message>
    <message>
        <source>Change App Id</source>
        <translation>Modifier l&apos;identifiant d&apos;app</translation>
    </message>
    <message>
        <source>Change Default Locale</source>
        <translation>Modifier la langue par défaut</translation>
    </message>
    <message>
        <source>Change Routing</source>
        <translation>Modifier le routage</translation>
    </message>
    <message>
        <source>Change Error Message</source>
        <translation>Modifier le message d&apos;erreur</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Modifier la couleur</translation>
    </message>
    <message>
        <source>Change Font</source>
        <translation>Modifier la police</translation>
    </message>
    <message>
        <source>Change Corner Radius</source>
        <translation>Modifier le rayon des coins</translation>
    </message>
    <message>
        <source>Change Widget Width</source>
        <translation>Modifier la largeur du widget</translation>
    </message>
    <message>
        <source>Change Launcher Position</source>
        <translation>Modifier la position du lanceur</translation>
    </message>
    <message>
        <source>Change Horizontal Offset</source>
        <translation>Modifier le décalage horizontal</translation>
    </message>
    <message>
        <source>Change Vertical Offset</source>
        <translation>Modifier le décalage vertical</translation>
    </message>
</context>
<context>
    <name>WidgetAudit</name>
    <message>
        <source>Accessibility (%1, state %2, locale %3): %4</source>
        <translation>Accessibilité (%1, état %2, langue %3) : %4</translation>
    </message>
</context>
<context>
    <name>callstudio</name>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <source>%1 › %2, block %3</source>
        <translation>%1 › %2, bloc %3</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>URL context</source>
        <translation>Contexte d&apos;URL</translation>
    </message>
    <message>
        <source>Call error messages › %1</source>
        <translation>Messages d&apos;erreur d&apos;appel › %1</translation>
    </message>
    <message>
        <source>Call error messages</source>
        <translation>Messages d&apos;erreur d&apos;appel</translation>
    </message>
    <message>
        <source>Head HTML, line %1</source>
        <translation>HTML du head, ligne %1</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>HTML du head</translation>
    </message>
    <message>
        <source>Body-end HTML, line %1</source>
        <translation>HTML de fin de body, ligne %1</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML de fin de body</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Widget › App ID</source>
        <translation>Widget › Identifiant d&apos;application</translation>
    </message>
    <message>
        <source>Widget › Name</source>
        <translation>Widget › Nom</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translation>Design entier</translation>
    </message>
    <message>
        <source>UTF-32 (big-endian)</source>
        <translation>UTF-32 (gros-boutiste)</translation>
    </message>
    <message>
        <source>UTF-32 (little-endian)</source>
        <translation>UTF-32 (petit-boutiste)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (gros-boutiste)</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (petit-boutiste)</translation>
    </message>
    <message>
        <source>the file is in %1; a design file must be UTF-8</source>
        <translation>le fichier est en %1 ; un fichier de design doit être en UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON: unexpected NUL byte</source>
        <translation>JSON non valide : octet NUL inattendu</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: byte %1 starts a character that the bytes after it do not complete</source>
        <translation>le fichier n&apos;est pas en UTF-8 valide : l&apos;octet %1 commence un caractère que les octets suivants ne complètent pas</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: byte %1 cannot start a character here</source>
        <translation>le fichier n&apos;est pas en UTF-8 valide : l&apos;octet %1 ne peut pas commencer un caractère ici</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>le fichier est vide ; un objet JSON est attendu</translation>
    </message>
    <message>
        <source>Theme › %1</source>
        <translation>Thème › %1</translation>
    </message>
</context>
<context>
    <name>callstudio::AuditInDesigner</name>
    <message>
        <source>Checking the widget&apos;s accessibility in every state and locale (WCAG 2.2 AA, axe-core)…</source>
        <translation>Vérification de l’accessibilité du widget dans chaque état et chaque langue (WCAG 2.2 AA, axe-core)…</translation>
    </message>
    <message>
        <source>The accessibility check could not run: %1</source>
        <translation>La vérification d’accessibilité n’a pas pu s’exécuter : %1</translation>
    </message>
    <message>
        <source>The design changed during the accessibility check; check it again.</source>
        <translation>Le design a changé pendant la vérification d’accessibilité ; relancez-la.</translation>
    </message>
    <message>
        <source>Accessibility: no violations in any state or locale (%1 checked).</source>
        <translation>Accessibilité : aucune violation dans aucun état ni aucune langue (%1 vérifiés).</translation>
    </message>
    <message>
        <source>Accessibility: 1 problem, listed in Problems until the next edit.</source>
        <translation>Accessibilité : 1 problème, listé dans Problèmes jusqu’à la prochaine modification.</translation>
    </message>
    <message>
        <source>Accessibility: %1 problems, listed in Problems until the next edit.</source>
        <translation>Accessibilité : %1 problèmes, listés dans Problèmes jusqu’à la prochaine modification.</translation>
    </message>
    <message>
        <source>Check &amp;Accessibility</source>
        <translation>Vérifier l’&amp;accessibilité</translation>
    </message>
    <message>
        <source>Check the widget in every state and locale against WCAG 2.2 AA (axe-core); what fails is listed in Problems</source>
        <translation>Vérifier le widget dans chaque état et chaque langue selon WCAG 2.2 AA (axe-core) ; ce qui échoue est listé dans Problèmes</translation>
    </message>
</context>
<context>
    <name>callstudio::BlockTreeModel</name>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n bloc</numerusform>
            <numerusform>%n blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks shown while the widget is in the “%1” state</source>
        <translation>Blocs affichés quand le widget est dans l&apos;état « %1 »</translation>
    </message>
    <message>
        <source>%1 “%2” — drag to reorder or to move to another state</source>
        <translation>%1 « %2 » — glissez pour réordonner ou déplacer vers un autre état</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>callstudio::BusinessHoursDock</name>
    <message>
        <source>Business hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <source>Opening time, HH:MM</source>
        <translation>Heure d&apos;ouverture, HH:MM</translation>
    </message>
    <message>
        <source>Closing time, HH:MM (24:00 for midnight)</source>
        <translation>Heure de fermeture, HH:MM (24:00 pour minuit)</translation>
    </message>
    <message>
        <source>Use HH:MM between 00:00 and 24:00</source>
        <translation>Utilisez HH:MM entre 00:00 et 24:00</translation>
    </message>
    <message>
        <source>Remove this opening window</source>
        <translation>Retirer cette plage d&apos;ouverture</translation>
    </message>
    <message>
        <source>Remove opening window</source>
        <translation>Retirer la plage d&apos;ouverture</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Ajouter une plage</translation>
    </message>
    <message>
        <source>Add an opening window (split shifts have several)</source>
        <translation>Ajouter une plage d&apos;ouverture (les horaires coupés en ont plusieurs)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The IANA time zone the opening hours are in</source>
        <translation>Le fuseau horaire IANA des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Not a known time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Ouvert 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>When ticked the weekly hours are kept but not used</source>
        <translation>Cochée, les horaires hebdomadaires sont conservés mais pas utilisés</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horaires hebdomadaires</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Exceptions (holidays, special days)</source>
        <translation>Exceptions (jours fériés, jours particuliers)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Use a calendar date as YYYY-MM-DD</source>
        <translation>Utilisez une date du calendrier au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Exception label</source>
        <translation>Libellé de l&apos;exception</translation>
    </message>
    <message>
        <source>Shown to visitors in %1, e.g. Christmas</source>
        <translation>Affiché aux visiteurs en %1, p. ex. Noël</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Fermé toute la journée</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Retirer l&apos;exception</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Ajouter une exception</translation>
    </message>
    <message>
        <source>Add a dated exception, closed all day by default</source>
        <translation>Ajouter une exception datée, fermée toute la journée par défaut</translation>
    </message>
</context>
<context>
    <name>callstudio::CallSimulatorPanel</name>
    <message>
        <source>Microphone denied</source>
        <translation>Micro refusé</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Aucun micro</translation>
    </message>
    <message>
        <source>Media failure</source>
        <translation>Échec média</translation>
    </message>
    <message>
        <source>Network drop</source>
        <translation>Coupure réseau</translation>
    </message>
    <message>
        <source>Session rejected</source>
        <translation>Session refusée</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>Aucun fournisseur</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Tap call</source>
        <translation>Appuyer sur Appeler</translation>
    </message>
    <message>
        <source>Visitor hangs up</source>
        <translation>Le visiteur raccroche</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Accept request</source>
        <translation>Accepter la demande</translation>
    </message>
    <message>
        <source>The call request is accepted (call_started); the phone is still ringing</source>
        <translation>La demande d&apos;appel est acceptée (call_started) ; le téléphone sonne encore</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Agent hangs up</source>
        <translation>L&apos;agent raccroche</translation>
    </message>
    <message>
        <source>Answer automatically after</source>
        <translation>Répondre automatiquement après</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Make the call fail</source>
        <translation>Faire échouer l&apos;appel</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échouer</translation>
    </message>
    <message>
        <source>Sends call_error with this code; no call_ended follows</source>
        <translation>Envoie call_error avec ce code ; aucun call_ended ne suit</translation>
    </message>
    <message>
        <source>Widget state: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>État du widget : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>Play my microphone back during the call</source>
        <translation>Réécouter mon micro pendant l&apos;appel</translation>
    </message>
    <message>
        <source>Hear your own voice through the widget&apos;s call path (use headphones)</source>
        <translation>Entendez votre propre voix via le trajet d&apos;appel du widget (utilisez un casque)</translation>
    </message>
</context>
<context>
    <name>callstudio::ConsoleWidget</name>
    <message>
        <source>Head HTML, line %1</source>
        <translation>HTML du head, ligne %1</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>HTML du head</translation>
    </message>
    <message>
        <source>Body-end HTML, line %1</source>
        <translation>HTML de fin de body, ligne %1</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML de fin de body</translation>
    </message>
    <message>
        <source>c2c bridge</source>
        <translation>pont c2c</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Custom code</source>
        <translation>Code personnalisé</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>uncaught</source>
        <translation>non interceptée</translation>
    </message>
    <message>
        <source>Double-click to open this line in the code editor</source>
        <translation>Double-cliquez pour ouvrir cette ligne dans l&apos;éditeur de code</translation>
    </message>
    <message>
        <source>Dropped a message (from %1): %2</source>
        <translation>Message rejeté (de %1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>A cross-origin script (masked)</source>
        <translation>Un script d&apos;une autre origine (masqué)</translation>
    </message>
    <message>
        <source>%1, line %2:%3</source>
        <translation>%1, ligne %2:%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) dropped</source>
        <translation>
            <numerusform>%Ln message plus ancien supprimé</numerusform>
            <numerusform>%Ln messages plus anciens supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>callstudio::CustomCodeDock</name>
    <message>
        <source>Google Analytics 4</source>
        <translation>Google Analytics 4</translation>
    </message>
    <message>
        <source>Meta Pixel</source>
        <translation>Meta Pixel</translation>
    </message>
    <message>
        <source>Google Tag Manager</source>
        <translation>Google Tag Manager</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Événement personnalisé</translation>
    </message>
    <message>
        <source>Conditional tracking on context</source>
        <translation>Suivi conditionnel selon le contexte</translation>
    </message>
    <message>
        <source>Custom code</source>
        <translation>Code personnalisé</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>HTML du head</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML de fin de body</translation>
    </message>
    <message>
        <source>Inserted at the end of the page&apos;s &lt;head&gt;</source>
        <translation>Inséré à la fin du &lt;head&gt; de la page</translation>
    </message>
    <message>
        <source>Inserted before &lt;/body&gt;: the place for tracking code using window.c2c.on(…)</source>
        <translation>Inséré avant &lt;/body&gt; : l&apos;endroit pour le code de suivi utilisant window.c2c.on(…)</translation>
    </message>
    <message>
        <source>Head HTML editor</source>
        <translation>Éditeur HTML du head</translation>
    </message>
    <message>
        <source>Body-end HTML editor</source>
        <translation>Éditeur HTML de fin de body</translation>
    </message>
    <message>
        <source>Insert snippet</source>
        <translation>Insérer un extrait</translation>
    </message>
    <message>
        <source>Insert one of the documented examples at the cursor</source>
        <translation>Insérer l&apos;un des exemples documentés au curseur</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find and replace in the code (%1)</source>
        <translation>Rechercher et remplacer dans le code (%1)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstudio::EventInjector</name>
    <message>
        <source>Fire an event into the custom-code sandbox (c2c.on handlers). The parent page and integrations do not receive it.</source>
        <translation>Déclenche un événement dans le bac à sable du code personnalisé (gestionnaires c2c.on). La page parente et les intégrations ne le reçoivent pas.</translation>
    </message>
    <message>
        <source>A catalogue event, or type any name</source>
        <translation>Un événement du catalogue, ou saisissez un nom</translation>
    </message>
    <message>
        <source>Event data (JSON object)</source>
        <translation>Données de l&apos;événement (objet JSON)</translation>
    </message>
    <message>
        <source>Fire into sandbox</source>
        <translation>Déclencher dans le bac à sable</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Donnez un nom à l&apos;événement.</translation>
    </message>
    <message>
        <source>The data is not valid JSON: %1 (at character %2)</source>
        <translation>Les données ne sont pas du JSON valide : %1 (au caractère %2)</translation>
    </message>
    <message>
        <source>The data must be a JSON object.</source>
        <translation>Les données doivent être un objet JSON.</translation>
    </message>
</context>
<context>
    <name>callstudio::ExportBlockersDialog</name>
    <message>
        <source>Export Widget Config</source>
        <translation>Exporter la configuration du widget</translation>
    </message>
    <message>
        <source>The widget config cannot be exported while the design has these errors. Click one to go to its cause.</source>
        <translation>La configuration du widget ne peut pas être exportée tant que le design a ces erreurs. Cliquez sur l&apos;une d&apos;elles pour aller à sa cause.</translation>
    </message>
    <message>
        <source>Errors that block the export</source>
        <translation>Erreurs qui bloquent l&apos;export</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Problems)</source>
        <translation>
            <numerusform>… et %n de plus (voir Problèmes)</numerusform>
            <numerusform>… et %n de plus (voir Problèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstudio::MainWindow</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Call Studio designs (*.design.json *.json);;All files (*)</source>
        <translation>Designs Call Studio (*.design.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Ouvrir un design</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Enregistrer le design sous</translation>
    </message>
    <message>
        <source>Import Widget Config</source>
        <translation>Importer une configuration de widget</translation>
    </message>
    <message>
        <source>Widget config (*.json);;All files (*)</source>
        <translation>Configuration de widget (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Widget Config</source>
        <translation>Exporter la configuration du widget</translation>
    </message>
    <message>
        <source>Call Studio %1 — a designer for click-to-call website widgets.</source>
        <translation>Call Studio %1 — un concepteur de widgets d&apos;appel en un clic pour sites web.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Add Block</source>
        <translation>&amp;Ajouter un bloc</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new widget design</source>
        <translation>Commencer un nouveau design de widget</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a design file</source>
        <translation>Ouvrir un fichier de design</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>Enregistrer le design</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard all changes since the last save</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Import Widget Config…</source>
        <translation>&amp;Importer une configuration de widget…</translation>
    </message>
    <message>
        <source>Replace the design with a widget config (undoable)</source>
        <translation>Remplacer le design par une configuration de widget (annulable)</translation>
    </message>
    <message>
        <source>&amp;Export Widget Config…</source>
        <translation>&amp;Exporter la configuration du widget…</translation>
    </message>
    <message>
        <source>Write the widget config for the website (refused while errors remain)</source>
        <translation>Écrire la configuration du widget pour le site (refusé tant qu&apos;il reste des erreurs)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;About Call Studio</source>
        <translation>À &amp;propos de Call Studio</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;design ouvert&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Text locale:</source>
        <translation>Langue des textes :</translation>
    </message>
    <message>
        <source>The locale of the widget texts you are editing</source>
        <translation>La langue des textes du widget que vous modifiez</translation>
    </message>
    <message>
        <source>Text locale</source>
        <translation>Langue des textes</translation>
    </message>
    <message>
        <source>The live preview of the widget appears here.
Edit the design with the docks around it.</source>
        <translation>L&apos;aperçu en direct du widget apparaît ici.
Modifiez le design avec les panneaux autour.</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation>La traduction %1 n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 (%2)[*]</source>
        <translation>%1 (%2)[*]</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1 was written by an older Call Studio; it will be saved in the current format.</source>
        <translation>%1 a été écrit par une version antérieure de Call Studio ; il sera enregistré au format actuel.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Imported %1. Undo brings the previous design back.</source>
        <translation>%1 importé. Annuler rétablit le design précédent.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export impossible : %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Effacer les fichiers récents</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 a été modifié par un autre programme.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program.</source>
        <translation>%1 a été supprimé ou déplacé par un autre programme.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The design “%1” has unsaved changes.</source>
        <translation>Le design « %1 » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>L&apos;enregistrement automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Unsaved changes to a new design, autosaved %1 by a session that ended unexpectedly.</source>
        <translation>Modifications non enregistrées d&apos;un nouveau design, sauvegardées automatiquement %1 par une session interrompue.</translation>
    </message>
    <message>
        <source>Unsaved changes to %1, autosaved %2 by a session that ended unexpectedly.</source>
        <translation>Modifications non enregistrées de %1, sauvegardées automatiquement %2 par une session interrompue.</translation>
    </message>
    <message>
        <source>(1 of %1)</source>
        <translation>(1 sur %1)</translation>
    </message>
    <message>
        <source>Discard Unsaved Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard the recovered changes? They cannot be restored afterwards.</source>
        <translation>Abandonner les modifications récupérées ? Elles ne pourront plus être restaurées.</translation>
    </message>
    <message>
        <source>Show &amp;Widget Config</source>
        <translation>Afficher la configuration du &amp;widget</translation>
    </message>
    <message>
        <source>Show the JSON that Export Widget Config writes</source>
        <translation>Afficher le JSON qu&apos;écrit « Exporter la configuration du widget »</translation>
    </message>
    <message numerus="yes">
        <source>Export Widget Config refuses this design until its %n error(s) are fixed; this is what it would write.</source>
        <translation>
            <numerusform>L&apos;export de la configuration du widget refuse ce design tant que son erreur n&apos;est pas corrigée ; voici ce qu&apos;il écrirait.</numerusform>
            <numerusform>L&apos;export de la configuration du widget refuse ce design tant que ses %n erreurs ne sont pas corrigées ; voici ce qu&apos;il écrirait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the design has %n error(s). Fix them first.</source>
        <translation>
            <numerusform>Non exporté : le design a %n erreur. Corrigez-la d&apos;abord.</numerusform>
            <numerusform>Non exporté : le design a %n erreurs. Corrigez-les d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstudio::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>callstudio::MicPermissionDialog</name>
    <message>
        <source>Microphone access</source>
        <translation>Accès au micro</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Niveau d&apos;entrée</translation>
    </message>
    <message>
        <source>Input device:</source>
        <translation>Périphérique d&apos;entrée :</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>No input device found</source>
        <translation>Aucun périphérique d&apos;entrée trouvé</translation>
    </message>
    <message>
        <source>The meter shows the selected input; the browser engine uses the system&apos;s default input.</source>
        <translation>L&apos;indicateur montre l&apos;entrée sélectionnée ; le moteur du navigateur utilise l&apos;entrée par défaut du système.</translation>
    </message>
    <message>
        <source>This computer has no microphone, but the browser engine runs with a simulated one (--use-fake-device-for-media-stream): Allow gives the call a test tone.</source>
        <translation>Cet ordinateur n&apos;a pas de micro, mais le moteur du navigateur en simule un (--use-fake-device-for-media-stream) : Autoriser donne à l&apos;appel une tonalité de test.</translation>
    </message>
    <message>
        <source>The widget asks to use your microphone</source>
        <translation>Le widget demande à utiliser votre micro</translation>
    </message>
    <message>
        <source> The request came from %1.</source>
        <translation> La demande vient de %1.</translation>
    </message>
    <message>
        <source>A visitor&apos;s browser asks this when they tap the call button. Allow to try the call with your microphone; Block to see what a visitor who refuses is shown. Custom code never gets the microphone.%1</source>
        <translation>Le navigateur d’un visiteur pose cette question quand il appuie sur le bouton d’appel. Autorisez pour essayer l’appel avec votre micro ; bloquez pour voir ce qui s’affiche pour un visiteur qui refuse. Le code personnalisé n’obtient jamais le micro.%1</translation>
    </message>
    <message>
        <source>Your answer holds for this preview until you close it, or until you choose Reset microphone permission in the Reload button&apos;s menu.</source>
        <translation>Votre réponse vaut pour cet aperçu jusqu’à sa fermeture, ou jusqu’à ce que vous choisissiez Réinitialiser l&apos;autorisation du micro dans le menu du bouton Recharger.</translation>
    </message>
    <message>
        <source>This computer has no microphone: whatever you answer, the widget will show the visitor its “%1” error.</source>
        <translation>Cet ordinateur n’a pas de micro : quelle que soit votre réponse, le widget montrera au visiteur son erreur « %1 ».</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewDocks</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Call simulator</source>
        <translation>Simulateur d&apos;appel</translation>
    </message>
    <message>
        <source>Event injector</source>
        <translation>Injecteur d&apos;événements</translation>
    </message>
    <message>
        <source>Export Shareable Preview</source>
        <translation>Exporter l&apos;aperçu partageable</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export &amp;Shareable Preview…</source>
        <translation>Exporter l&apos;aperçu &amp;partageable…</translation>
    </message>
    <message>
        <source>Write one HTML file a reviewer without Call Studio can open in any browser</source>
        <translation>Écrire un seul fichier HTML qu&apos;un relecteur sans Call Studio peut ouvrir dans n&apos;importe quel navigateur</translation>
    </message>
    <message>
        <source>The design has errors (see Problems); no preview was exported.</source>
        <translation>Le design contient des erreurs (voir Problèmes) ; aucun aperçu n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Shareable preview written to %1.</source>
        <translation>Aperçu partageable écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewPage</name>
    <message>
        <source>Navigation to %1 blocked by the preview</source>
        <translation>Navigation vers %1 bloquée par l&apos;aperçu</translation>
    </message>
    <message>
        <source>A new window was requested; the preview does not open windows</source>
        <translation>Une nouvelle fenêtre a été demandée ; l&apos;aperçu n&apos;ouvre pas de fenêtres</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewSession</name>
    <message>
        <source>The preview stopped responding (custom code may be stuck in a loop). It was stopped and reloaded with custom code disabled.</source>
        <translation>L&apos;aperçu ne répondait plus (le code personnalisé tourne peut-être en boucle). Il a été arrêté et rechargé sans le code personnalisé.</translation>
    </message>
    <message>
        <source>The preview&apos;s renderer stopped (status %1, exit code %2); the preview was reloaded.</source>
        <translation>Le moteur de rendu de l&apos;aperçu s&apos;est arrêté (état %1, code de sortie %2) ; l&apos;aperçu a été rechargé.</translation>
    </message>
    <message>
        <source>The call was held: the pre-call form has an email address that is not valid.</source>
        <translation>L&apos;appel est retenu : l&apos;adresse e-mail du formulaire avant l&apos;appel n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The call was held: a required field of the pre-call form is empty.</source>
        <translation>L&apos;appel est retenu : un champ obligatoire du formulaire avant l&apos;appel est vide.</translation>
    </message>
    <message>
        <source>The preview&apos;s renderer stopped (status %1, exit code %2) while custom code ran. It was reloaded with custom code disabled; Reload runs the custom code again.</source>
        <translation>Le moteur de rendu de l&apos;aperçu s&apos;est arrêté (état %1, code de sortie %2) pendant l&apos;exécution du code personnalisé. L&apos;aperçu a été rechargé sans code personnalisé ; Recharger exécute à nouveau le code personnalisé.</translation>
    </message>
    <message>
        <source>The preview&apos;s renderer stopped %1 times in a minute (status %2, exit code %3); it was not reloaded again. Reload tries once more.</source>
        <translation>Le moteur de rendu de l&apos;aperçu s&apos;est arrêté %1 fois en une minute (état %2, code de sortie %3) ; il n&apos;a pas été rechargé de nouveau. Recharger fait un nouvel essai.</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewWidget</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>State: </source>
        <translation>État : </translation>
    </message>
    <message>
        <source>Show the widget in this state (the live call is stopped)</source>
        <translation>Afficher le widget dans cet état (l&apos;appel en direct est arrêté)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Viewport of the integrator&apos;s page</source>
        <translation>Fenêtre d&apos;affichage de la page de l&apos;intégrateur</translation>
    </message>
    <message>
        <source>Light page</source>
        <translation>Page claire</translation>
    </message>
    <message>
        <source>Dark page</source>
        <translation>Page sombre</translation>
    </message>
    <message>
        <source>Look of the integrator&apos;s page around the widget</source>
        <translation>Apparence de la page de l&apos;intégrateur autour du widget</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload without custom code</source>
        <translation>Recharger sans code personnalisé</translation>
    </message>
    <message>
        <source>Reset microphone permission</source>
        <translation>Réinitialiser l&apos;autorisation du micro</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No microphone was found on this computer, so the widget shows the visitor its “%1” error. Connect a microphone and reload to try a call. (%2)</source>
        <translation>Aucun micro n’a été trouvé sur cet ordinateur : le widget montre donc au visiteur son erreur « %1 ». Branchez un micro et rechargez pour essayer un appel. (%2)</translation>
    </message>
    <message>
        <source>Reload the preview with custom code (the arrow has more)</source>
        <translation>Recharger l’aperçu avec le code personnalisé (la flèche propose d’autres choix)</translation>
    </message>
</context>
<context>
    <name>callstudio::PrivacyDock</name>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Privacy manifest</source>
        <translation>Manifeste de confidentialité</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Embed guidance</source>
        <translation>Guide d&apos;intégration</translation>
    </message>
    <message>
        <source>Export manifest…</source>
        <translation>Exporter le manifeste…</translation>
    </message>
    <message>
        <source>Save the manifest as Markdown (.md) or HTML (.html) to share with your privacy team</source>
        <translation>Enregistrer le manifeste en Markdown (.md) ou HTML (.html) pour le partager avec votre équipe chargée de la confidentialité</translation>
    </message>
    <message>
        <source>Third-party inventory</source>
        <translation>Inventaire des tiers</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Found in the custom code</source>
        <translation>Trouvé dans le code personnalisé</translation>
    </message>
    <message>
        <source>Contacted in the preview</source>
        <translation>Contacté dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Traceur</translation>
    </message>
    <message>
        <source>&quot;Found in the custom code&quot; is read from Head and Body-end HTML without running it. &quot;Contacted in the preview&quot; lists the hosts the custom code actually requested while the preview ran (requests that could not complete offline count too).</source>
        <translation>« Trouvé dans le code personnalisé » est lu dans le HTML du head et de fin de body sans l’exécuter. « Contacté dans l’aperçu » liste les hôtes que le code personnalisé a réellement sollicités pendant l’aperçu (les requêtes qui n’ont pas abouti hors ligne comptent aussi).</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n emplacement</numerusform>
            <numerusform>%n emplacements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>non vu</translation>
    </message>
    <message>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, ligne %3</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>HTML du head</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML de fin de body</translation>
    </message>
    <message>
        <source>not found in the code</source>
        <translation>absent du code</translation>
    </message>
    <message>
        <source>The widget iframe</source>
        <translation>L&apos;iframe du widget</translation>
    </message>
    <message>
        <source>Content-Security-Policy of the page</source>
        <translation>Content-Security-Policy de la page</translation>
    </message>
    <message>
        <source>frame-ancestors of the widget</source>
        <translation>frame-ancestors du widget</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Listening to the widget&apos;s events</source>
        <translation>Écouter les événements du widget</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier : %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export Privacy Manifest</source>
        <translation>Exporter le manifeste de confidentialité</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>callstudio::ProblemsDock</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a problem to go to its cause</source>
        <translation>Double-cliquez ou appuyez sur Entrée sur un problème pour aller à sa cause</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>No problems: every check of the design passes.</source>
        <translation>Aucun problème : toutes les vérifications du design réussissent.</translation>
    </message>
    <message>
        <source>Problems (checking…)</source>
        <translation>Problèmes (vérification…)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 remarques</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>callstudio::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Text in %1, the default locale</source>
        <translation>Texte en %1, la langue par défaut</translation>
    </message>
    <message>
        <source>Text in %1; when empty, visitors see the %2 text shown greyed</source>
        <translation>Texte en %1 ; s&apos;il est vide, les visiteurs voient le texte %2 affiché en gris</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Label while muted</source>
        <translation>Libellé en sourdine</translation>
    </message>
    <message>
        <source>Privacy notice address</source>
        <translation>Adresse de la politique de confidentialité</translation>
    </message>
    <message>
        <source>Image address</source>
        <translation>Adresse de l&apos;image</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>An address is required</source>
        <translation>Une adresse est requise</translation>
    </message>
    <message>
        <source>Privacy link label</source>
        <translation>Libellé du lien de confidentialité</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>Heading level</source>
        <translation>Niveau de titre</translation>
    </message>
    <message>
        <source>1 is the largest heading</source>
        <translation>1 est le titre le plus grand</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaire</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>Button style</source>
        <translation>Style du bouton</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Natural size</source>
        <translation>Taille naturelle</translation>
    </message>
    <message>
        <source>Ready texts</source>
        <translation>Textes prêts</translation>
    </message>
    <message>
        <source>Replace the text in the editing locale with a ready consent wording</source>
        <translation>Remplacer le texte de la langue éditée par une formulation de consentement prête</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Avis d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Processing notice</source>
        <translation>Information sur le traitement</translation>
    </message>
    <message>
        <source>Regulated-industry disclosure</source>
        <translation>Mention pour secteur réglementé</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Champ %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>A key starts with a letter or &apos;_&apos; and holds only letters, digits and &apos;_&apos;</source>
        <translation>Une clé commence par une lettre ou « _ » et ne contient que des lettres, des chiffres et « _ »</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Type de champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>One option per line: value = label</source>
        <translation>Une option par ligne : valeur = libellé</translation>
    </message>
    <message>
        <source>standard = Standard delivery</source>
        <translation>standard = Livraison standard</translation>
    </message>
    <message>
        <source>Each option needs a value before &apos;=&apos;</source>
        <translation>Chaque option doit avoir une valeur avant « = »</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Retirer le champ</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Add a text field to the form</source>
        <translation>Ajouter un champ texte au formulaire</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Nouveau champ</translation>
    </message>
    <message>
        <source>Ask for consent before the call</source>
        <translation>Demander le consentement avant l&apos;appel</translation>
    </message>
    <message>
        <source>A checkbox the visitor ticks before calling</source>
        <translation>Une case que le visiteur coche avant d&apos;appeler</translation>
    </message>
    <message>
        <source>I agree to the processing of my call</source>
        <translation>J&apos;accepte le traitement de mon appel</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <source>Consent required to call</source>
        <translation>Consentement obligatoire pour appeler</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>Note la plus basse</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>Note la plus haute</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Rating style</source>
        <translation>Style de notation</translation>
    </message>
    <message>
        <source>Ask for a comment</source>
        <translation>Demander un commentaire</translation>
    </message>
    <message>
        <source>Anything else?</source>
        <translation>Autre chose ?</translation>
    </message>
    <message>
        <source>Comment label</source>
        <translation>Libellé du commentaire</translation>
    </message>
    <message>
        <source>Comment placeholder</source>
        <translation>Indication du commentaire</translation>
    </message>
    <message>
        <source>Send button</source>
        <translation>Bouton d&apos;envoi</translation>
    </message>
    <message>
        <source>Thank-you text</source>
        <translation>Texte de remerciement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Widget&lt;/b&gt; · state “%1” selected — select a block to edit it</source>
        <translation>&lt;b&gt;Widget&lt;/b&gt; · état « %1 » sélectionné — sélectionnez un bloc pour le modifier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The widget needs a name</source>
        <translation>Le widget doit avoir un nom</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>Identifiant d&apos;app</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>1 à 64 lettres, chiffres, « _ » ou « - »</translation>
    </message>
    <message>
        <source>Default locale</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Texts missing in another locale fall back to this one</source>
        <translation>Les textes manquants dans une autre langue reprennent celle-ci</translation>
    </message>
    <message>
        <source>Locales</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>e.g. fr or pt-BR</source>
        <translation>p. ex. fr ou pt-BR</translation>
    </message>
    <message>
        <source>New locale</source>
        <translation>Nouvelle langue</translation>
    </message>
    <message>
        <source>Add locale</source>
        <translation>Ajouter la langue</translation>
    </message>
    <message>
        <source>Remove locale</source>
        <translation>Retirer la langue</translation>
    </message>
    <message>
        <source>Removes the selected locale and all its texts</source>
        <translation>Retire la langue sélectionnée et tous ses textes</translation>
    </message>
    <message>
        <source>Use a language code such as fr, de or pt-BR</source>
        <translation>Utilisez un code de langue comme fr, de ou pt-BR</translation>
    </message>
    <message>
        <source>The widget already has this locale</source>
        <translation>Le widget a déjà cette langue</translation>
    </message>
    <message>
        <source>The default locale cannot be removed; choose another default first</source>
        <translation>La langue par défaut ne peut pas être retirée ; choisissez d&apos;abord une autre langue par défaut</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Destination id</source>
        <translation>Identifiant de destination</translation>
    </message>
    <message>
        <source>The call profile that answers; empty uses the account&apos;s default</source>
        <translation>Le profil d&apos;appel qui répond ; vide, celui du compte par défaut</translation>
    </message>
    <message>
        <source>Routing key</source>
        <translation>Clé de routage</translation>
    </message>
    <message>
        <source>Sent in call_started so the contact centre can route the call</source>
        <translation>Envoyé dans call_started pour que le centre de contact route l&apos;appel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call error messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Messages d&apos;erreur d&apos;appel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use an address that starts with %1</source>
        <translation>Utilisez une adresse qui commence par %1</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <extracomment>%1 lists the schemes the address may use, e.g. &quot;https:, mailto:, tel:&quot;.</extracomment>
        <translation>Autorisé : %1</translation>
    </message>
    <message>
        <source>%1: “%2” was not applied: %3</source>
        <translation>%1 : « %2 » n’a pas été appliqué : %3</translation>
    </message>
</context>
<context>
    <name>callstudio::StatesDock</name>
    <message>
        <source>States &amp; blocks</source>
        <translation>États et blocs</translation>
    </message>
    <message>
        <source>States and blocks</source>
        <translation>États et blocs</translation>
    </message>
    <message>
        <source>Select a block to edit it; drag blocks to reorder them or to move them to another state</source>
        <translation>Sélectionnez un bloc pour le modifier ; glissez les blocs pour les réordonner ou les déplacer vers un autre état</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <source>Add a block after the selected one</source>
        <translation>Ajouter un bloc après celui sélectionné</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Dupliquer le bloc</translation>
    </message>
    <message>
        <source>Duplicate the selected block (%1)</source>
        <translation>Dupliquer le bloc sélectionné (%1)</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <source>Delete the selected block (%1)</source>
        <translation>Supprimer le bloc sélectionné (%1)</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>Monter le bloc</translation>
    </message>
    <message>
        <source>Move the selected block up (%1)</source>
        <translation>Monter le bloc sélectionné (%1)</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>Descendre le bloc</translation>
    </message>
    <message>
        <source>Move the selected block down (%1)</source>
        <translation>Descendre le bloc sélectionné (%1)</translation>
    </message>
</context>
<context>
    <name>callstudio::ThemeDock</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Pick the %1 colour</source>
        <translation>Choisir la couleur %1</translation>
    </message>
    <message>
        <source>Pick %1 colour</source>
        <translation>Choisir la couleur %1</translation>
    </message>
    <message>
        <source>%1 colour</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>A colour as #rrggbb or #rgb</source>
        <translation>Une couleur au format #rrggbb ou #rgb</translation>
    </message>
    <message>
        <source>Use #rrggbb or #rgb</source>
        <translation>Utilisez #rrggbb ou #rgb</translation>
    </message>
    <message>
        <source>Contrast (WCAG AA needs %1:1 for text)</source>
        <translation>Contraste (WCAG AA exige %1:1 pour le texte)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: not a valid colour</source>
        <translation>%1 : couleur non valide</translation>
    </message>
    <message>
        <source>%1 %2: %3:1 — passes AA</source>
        <translation>%1 %2 : %3:1 — conforme AA</translation>
    </message>
    <message>
        <source>%1 %2: %3:1 — &lt;b style=&apos;color:#b3261e&apos;&gt;below AA&lt;/b&gt;, hard to read</source>
        <translation>%1 %2 : %3:1 — &lt;b style=&apos;color:#b3261e&apos;&gt;sous AA&lt;/b&gt;, difficile à lire</translation>
    </message>
    <message>
        <source>%1 contrast %2 to 1, passes</source>
        <translation>%1 : contraste de %2 pour 1, conforme</translation>
    </message>
    <message>
        <source>%1 contrast %2 to 1, below AA</source>
        <translation>%1 : contraste de %2 pour 1, sous AA</translation>
    </message>
    <message>
        <source>Font and shape</source>
        <translation>Police et forme</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Famille de polices</translation>
    </message>
    <message>
        <source>A CSS font-family list, e.g. Inter, system-ui, sans-serif</source>
        <translation>Une liste font-family CSS, p. ex. Inter, system-ui, sans-serif</translation>
    </message>
    <message>
        <source>The font family cannot be empty</source>
        <translation>La famille de polices ne peut pas être vide</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Corner radius</source>
        <translation>Rayon des coins</translation>
    </message>
    <message>
        <source>Widget width</source>
        <translation>Largeur du widget</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>En bas à droite</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>En bas à gauche</translation>
    </message>
    <message>
        <source>Launcher position</source>
        <translation>Position du lanceur</translation>
    </message>
    <message>
        <source>Horizontal offset</source>
        <translation>Décalage horizontal</translation>
    </message>
    <message>
        <source>Vertical offset</source>
        <translation>Décalage vertical</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaire</translation>
    </message>
    <message>
        <source>On primary</source>
        <translation>Sur primaire</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>On background</source>
        <translation>Sur arrière-plan</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Surface</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Muted text</source>
        <translation>Texte atténué</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>callstudio::TimelineWidget</name>
    <message>
        <source>parent page</source>
        <translation>page parente</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <source>integrations</source>
        <translation>intégrations</translation>
    </message>
    <message>
        <source>Filter events (name, data or place)</source>
        <translation>Filtrer les événements (nom, données ou lieu)</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>↩ %1</source>
        <translation>↩ %1</translation>
    </message>
    <message>
        <source>Emitted by custom code with c2c.emit</source>
        <translation>Émis par le code personnalisé avec c2c.emit</translation>
    </message>
    <message>
        <source>Fired by you from the event injector</source>
        <translation>Déclenché par vous depuis l&apos;injecteur d&apos;événements</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older event(s) dropped to keep the last %1</source>
        <translation>
            <numerusform>%Ln événement plus ancien supprimé pour garder les %1 derniers</numerusform>
            <numerusform>%Ln événements plus anciens supprimés pour garder les %1 derniers</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1 %2</source>
        <translation>→ %1 %2</translation>
    </message>
    <message>
        <source>from the widget</source>
        <translation>du widget</translation>
    </message>
    <message>
        <source>from custom code</source>
        <translation>du code personnalisé</translation>
    </message>
</context>
<context>
    <name>callstudio::UrlContextDock</name>
    <message>
        <source>URL context</source>
        <translation>Contexte d&apos;URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Valeur d&apos;exemple</translation>
    </message>
    <message>
        <source>URL context entries</source>
        <translation>Entrées du contexte d&apos;URL</translation>
    </message>
    <message>
        <source>Values the preview passes to the widget as if they came from the page URL</source>
        <translation>Valeurs que l&apos;aperçu transmet au widget comme si elles venaient de l&apos;URL de la page</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Retirer l&apos;entrée</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Retirer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>“%1” is not a valid key: start with a letter or &apos;_&apos;, then letters, digits or &apos;_&apos;</source>
        <translation>« %1 » n&apos;est pas une clé valide : commencez par une lettre ou « _ », puis lettres, chiffres ou « _ »</translation>
    </message>
    <message>
        <source>The key “%1” is already used</source>
        <translation>La clé « %1 » est déjà utilisée</translation>
    </message>
</context>
<context>
    <name>callstudio::WidgetAudit</name>
    <message>
        <source>The accessibility audit did not finish in time.</source>
        <translation>L’audit d’accessibilité n’a pas fini à temps.</translation>
    </message>
    <message>
        <source>This build has no axe-core: run npm ci in the source tree, then build again.</source>
        <translation>Cette version n’inclut pas axe-core : lancez npm ci dans les sources, puis recompilez.</translation>
    </message>
    <message>
        <source>The widget refused the audit&apos;s &quot;%1&quot; command.</source>
        <translation>Le widget a refusé la commande « %1 » de l’audit.</translation>
    </message>
    <message>
        <source>axe-core could not run: %1</source>
        <translation>axe-core n’a pas pu s’exécuter : %1</translation>
    </message>
</context>
<context>
    <name>callstudio::WidgetConfigViewer</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Widget Config</source>
        <translation>Configuration du widget</translation>
    </message>
    <message>
        <source>Widget config JSON</source>
        <translation>JSON de la configuration du widget</translation>
    </message>
    <message>
        <source>Copy the whole widget config to the clipboard</source>
        <translation>Copier toute la configuration du widget dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>a string in double quotes</source>
        <translation>une chaîne entre guillemets doubles</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>l&apos;octet %1</translation>
    </message>
    <message>
        <source>invalid JSON: single quotes are not allowed; keys and strings need double quotes</source>
        <translation>JSON non valide : les guillemets simples ne sont pas autorisés ; les clés et les chaînes doivent être entre guillemets doubles</translation>
    </message>
    <message>
        <source>invalid JSON: comments are not allowed</source>
        <translation>JSON non valide : les commentaires ne sont pas autorisés</translation>
    </message>
    <message>
        <source>invalid JSON: unexpected word &quot;%1&quot;; text values need double quotes</source>
        <translation>JSON non valide : mot inattendu « %1 » ; les valeurs texte doivent être entre guillemets doubles</translation>
    </message>
    <message>
        <source>invalid JSON: found %1; expected a value (a number, a string in double quotes, true, false or null)</source>
        <translation>JSON non valide : %1 trouvé ; une valeur est attendue (un nombre, une chaîne entre guillemets doubles, true, false ou null)</translation>
    </message>
    <message>
        <source>invalid JSON: a number is incomplete; expected a digit after &apos;-&apos;, found %1</source>
        <translation>JSON non valide : un nombre est incomplet ; un chiffre est attendu après « - », trouvé : %1</translation>
    </message>
    <message>
        <source>invalid JSON: a number is incomplete; expected a digit after &apos;.&apos;, found %1</source>
        <translation>JSON non valide : un nombre est incomplet ; un chiffre est attendu après « . », trouvé : %1</translation>
    </message>
    <message>
        <source>invalid JSON: a number is incomplete; expected a digit in its exponent, found %1</source>
        <translation>JSON non valide : un nombre est incomplet ; un chiffre est attendu dans son exposant, trouvé : %1</translation>
    </message>
    <message>
        <source>invalid JSON: a string is not closed before the end of the line</source>
        <translation>JSON non valide : une chaîne n&apos;est pas fermée avant la fin de la ligne</translation>
    </message>
    <message>
        <source>invalid JSON: a string holds the control character %1; write it as an escape such as \n</source>
        <translation>JSON non valide : une chaîne contient le caractère de contrôle %1 ; écrivez-le comme un échappement tel que \n</translation>
    </message>
    <message>
        <source>invalid JSON: a string is not closed before the end of the file</source>
        <translation>JSON non valide : une chaîne n&apos;est pas fermée avant la fin du fichier</translation>
    </message>
    <message>
        <source>invalid JSON: unknown escape %1 in a string; after a backslash expected one of &quot; \ / b f n r t u</source>
        <translation>JSON non valide : échappement %1 inconnu dans une chaîne ; après une barre oblique inverse, l&apos;un de &quot; \ / b f n r t u est attendu</translation>
    </message>
    <message>
        <source>invalid JSON: \u in a string must be followed by 4 hexadecimal digits</source>
        <translation>JSON non valide : \u dans une chaîne doit être suivi de 4 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>invalid JSON: a string holds half of a UTF-16 surrogate pair (\uD800 to \uDFFF)</source>
        <translation>JSON non valide : une chaîne contient la moitié d&apos;une paire de substitution UTF-16 (\uD800 à \uDFFF)</translation>
    </message>
    <message>
        <source>the file starts with an incomplete byte order mark</source>
        <translation>le fichier commence par une marque d&apos;ordre des octets incomplète</translation>
    </message>
    <message>
        <source>invalid JSON: found %1</source>
        <translation>JSON non valide : %1 trouvé</translation>
    </message>
    <message>
        <source>invalid JSON: the file ends too early</source>
        <translation>JSON non valide : le fichier se termine trop tôt</translation>
    </message>
    <message>
        <source>invalid JSON: the file ends too early; expected %1</source>
        <translation>JSON non valide : le fichier se termine trop tôt ; attendu : %1</translation>
    </message>
    <message>
        <source>invalid JSON: missing &apos;:&apos; after a key</source>
        <translation>JSON non valide : « : » manquant après une clé</translation>
    </message>
    <message>
        <source>invalid JSON: a comma before &apos;%1&apos; has nothing after it</source>
        <translation>JSON non valide : une virgule avant « %1 » n&apos;est suivie de rien</translation>
    </message>
    <message>
        <source>invalid JSON: missing &apos;,&apos; or %1 before this</source>
        <extracomment>%1 is the closing bracket that was expected: &apos;}&apos; or &apos;]&apos;.</extracomment>
        <translation>JSON non valide : « , » ou %1 manquant avant cet endroit</translation>
    </message>
    <message>
        <source>invalid JSON: found %1 after the end of the design; expected the end of the file</source>
        <translation>JSON non valide : %1 trouvé après la fin du design ; la fin du fichier est attendue</translation>
    </message>
    <message>
        <source>invalid JSON: unexpected %1</source>
        <translation>JSON non valide : %1 inattendu</translation>
    </message>
    <message>
        <source>invalid JSON: found %1; expected %2</source>
        <translation>JSON non valide : %1 trouvé ; attendu : %2</translation>
    </message>
</context>
</TS>
