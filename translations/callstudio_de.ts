<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Designer</name>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Hinweistext</translation>
    </message>
    <message>
        <source>Call button</source>
        <translation>Anruf-Schaltfläche</translation>
    </message>
    <message>
        <source>Hang-up button</source>
        <translation>Auflegen-Schaltfläche</translation>
    </message>
    <message>
        <source>Mute button</source>
        <translation>Stummschalten-Schaltfläche</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Gesprächsdauer</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Spacer</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Pre-call form</source>
        <translation>Formular vor dem Anruf</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Microphone blocked</source>
        <translation>Mikrofon blockiert</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
    <message>
        <source>Audio failure</source>
        <translation>Audiofehler</translation>
    </message>
    <message>
        <source>Network lost</source>
        <translation>Netzwerk verloren</translation>
    </message>
    <message>
        <source>Call not accepted</source>
        <translation>Anruf nicht angenommen</translation>
    </message>
    <message>
        <source>Calling unavailable</source>
        <translation>Anrufen nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>The browser hid this error from the page; its console says: %1. The sandbox has no cookies or storage (an opaque origin, as on your site).</source>
        <extracomment>%1 is the web engine&apos;s own message about the error, in English.</extracomment>
        <translation>Der Browser hat diesen Fehler vor der Seite verborgen; seine Konsole meldet: %1. Die Sandbox hat weder Cookies noch Speicher (ein opaker Ursprung, wie auf Ihrer Website).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>these call errors show Call Studio&apos;s built-in English message: %1</source>
        <translation>diese Anruffehler zeigen die eingebaute englische Meldung von Call Studio: %1</translation>
    </message>
    <message>
        <source>the default locale &quot;%1&quot; is not among the design&apos;s locales</source>
        <translation>die Standardsprache „%1“ ist nicht unter den Sprachen des Designs</translation>
    </message>
    <message>
        <source>block id &quot;%1&quot; is used twice</source>
        <translation>die Block-ID „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>the before-call disclosure comes after the call button; visitors must read it before they tap Call</source>
        <translation>der Hinweistext vor dem Anruf steht nach der Anruf-Schaltfläche; Besucher müssen ihn lesen, bevor sie auf „Anrufen“ tippen</translation>
    </message>
    <message>
        <source>%1 has no text in the default locale &quot;%2&quot;</source>
        <translation>%1 hat keinen Text in der Standardsprache „%2“</translation>
    </message>
    <message>
        <source>%1 is not translated into %2</source>
        <translation>%1 hat keine Übersetzung für %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>%1 must be an https:, mailto: or tel: address, not &quot;%2&quot;</source>
        <translation>%1 braucht eine https:-, mailto:- oder tel:-Adresse, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be an https: address, not &quot;%2&quot;</source>
        <translation>%1 braucht eine https:-Adresse, nicht „%2“</translation>
    </message>
    <message>
        <source>the %1 block &quot;%2&quot;</source>
        <translation>der %1-Block „%2“</translation>
    </message>
    <message>
        <source>%1 (muted label)</source>
        <translation>%1 (Beschriftung bei Stummschaltung)</translation>
    </message>
    <message>
        <source>the privacy-notice link of %1</source>
        <translation>%1 (Link zur Datenschutzerklärung)</translation>
    </message>
    <message>
        <source>%1 (alternative text)</source>
        <translation>%1 (Alternativtext)</translation>
    </message>
    <message>
        <source>%1 has no fields</source>
        <translation>%1 hat keine Felder</translation>
    </message>
    <message>
        <source>the form field &quot;%1&quot;</source>
        <translation>das Formularfeld „%1“</translation>
    </message>
    <message>
        <source>%1 (placeholder)</source>
        <translation>%1 (Platzhalter)</translation>
    </message>
    <message>
        <source>%1 is a list with no options</source>
        <translation>%1 ist eine Liste ohne Optionen</translation>
    </message>
    <message>
        <source>%1 lists the option &quot;%2&quot; twice</source>
        <translation>%1 enthält die Option „%2“ zweimal</translation>
    </message>
    <message>
        <source>%1 option &quot;%2&quot;</source>
        <translation>%1 (Option „%2“)</translation>
    </message>
    <message>
        <source>%1 (consent checkbox)</source>
        <translation>%1 (Einwilligungskästchen)</translation>
    </message>
    <message>
        <source>%1 (question)</source>
        <translation>%1 (Frage)</translation>
    </message>
    <message>
        <source>%1 has a rating scale whose lowest value is not below its highest</source>
        <translation>%1 hat eine Bewertungsskala, deren niedrigster Wert nicht unter dem höchsten liegt</translation>
    </message>
    <message>
        <source>%1 (comment label)</source>
        <translation>%1 (Beschriftung des Kommentars)</translation>
    </message>
    <message>
        <source>%1 (comment placeholder)</source>
        <translation>%1 (Platzhalter des Kommentars)</translation>
    </message>
    <message>
        <source>%1 (send button)</source>
        <translation>%1 (Senden-Schaltfläche)</translation>
    </message>
    <message>
        <source>%1 (thank-you text)</source>
        <translation>%1 (Dankestext)</translation>
    </message>
    <message>
        <source>the form field key &quot;%1&quot; is used twice</source>
        <translation>der Feldschlüssel „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time as HH:MM</source>
        <translation>%1: „%2“ ist keine Uhrzeit im Format HH:MM</translation>
    </message>
    <message>
        <source>%1: the window %2–%3 closes before it opens</source>
        <translation>%1: Das Zeitfenster %2–%3 schließt, bevor es öffnet</translation>
    </message>
    <message>
        <source>%1: the window %2–%3 overlaps another one</source>
        <translation>%1: Das Zeitfenster %2–%3 überschneidet sich mit einem anderen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone</source>
        <translation>„%1“ ist keine bekannte IANA-Zeitzone</translation>
    </message>
    <message>
        <source>business hours are on but no day has an opening window: the widget always shows &quot;closed&quot;</source>
        <translation>die Geschäftszeiten sind aktiv, aber kein Tag hat ein Öffnungszeitfenster: Das Widget zeigt immer „geschlossen“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Kalenderdatum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>there are two exceptions for %1</source>
        <translation>es gibt zwei Ausnahmen für %1</translation>
    </message>
    <message>
        <source>the exception for %1 is not closed all day but has no opening window</source>
        <translation>die Ausnahme für %1 ist nicht ganztägig geschlossen, hat aber kein Öffnungszeitfenster</translation>
    </message>
    <message>
        <source>the exception for %1</source>
        <translation>die Ausnahme für %1</translation>
    </message>
    <message>
        <source>the label of the exception for %1</source>
        <translation>die Bezeichnung der Ausnahme für %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <extracomment>%1 says why, as the system words it.</extracomment>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is too large (%1; a design may be at most %2)</source>
        <translation>die Datei ist zu groß (%1; ein Design darf höchstens %2 groß sein)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is the file&apos;s path; %2 says why, as the system words it.</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>das JSON ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>invalid JSON: a number is too large</source>
        <translation>ungültiges JSON: Eine Zahl ist zu groß</translation>
    </message>
    <message>
        <source>a design file must hold a JSON object</source>
        <translation>eine Design-Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 up, not %2</source>
        <extracomment>%1 is a key of the design file; %2 is the value found there.</extracomment>
        <translation>„%1“ muss eine ganze Zahl ab 0 sein, nicht %2</translation>
    </message>
    <message>
        <source>the file was written by a newer Call Studio (schema version %1); this version reads schema version %2 and older</source>
        <translation>die Datei wurde mit einer neueren Call-Studio-Version geschrieben (Schemaversion %1); diese Version liest Schemaversion %2 und älter</translation>
    </message>
    <message>
        <source>cannot upgrade from schema version %1: %2</source>
        <extracomment>%2 says what stopped the upgrade.</extracomment>
        <translation>Aktualisierung von Schemaversion %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>unexpected content: %1</source>
        <extracomment>%1 is the JSON library&apos;s own description of the error, in English.</extracomment>
        <translation>unerwarteter Inhalt: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a directory, not a design file</source>
        <translation>dies ist ein Verzeichnis, keine Design-Datei</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>version 0 &quot;locales&quot; must list at least one language code</source>
        <translation>in Version 0 muss „locales“ mindestens einen Sprachcode enthalten</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a %1</source>
        <extracomment>A JSON Schema type that has no wording of its own; %1 is its name as the schema spells it.</extracomment>
        <translation>ein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>Joins the last type to a list of allowed types: &quot;a string or null&quot;.</extracomment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins one more type to a list of allowed types: &quot;a string, an integer&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>das Design</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>A key of the design file, named in a message.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>item %1 of &quot;%2&quot;</source>
        <extracomment>%1 is the 1-based position of an item in the list named by the key %2.</extracomment>
        <translation>Element %1 von „%2“</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>Pflichtschlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot; in %2</source>
        <translation>%2: Pflichtschlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>%2: unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>ein Wert eines anderen Typs</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 muss %2 sein</translation>
    </message>
    <message>
        <source>%1 is %2; expected one of: %3</source>
        <translation>%1 ist %2; erwartet wird einer dieser Werte: %3</translation>
    </message>
    <message>
        <source>%1 is not allowed; expected one of: %2</source>
        <translation>%1 ist nicht erlaubt; erwartet wird einer dieser Werte: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>%1 names a value in the design; %2 is that value as the file has it.</extracomment>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is not allowed</source>
        <translation>%1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3</source>
        <translation>%1 ist %2; erwartet: %3</translation>
    </message>
    <message>
        <source>%1 is malformed; expected %2</source>
        <translation>%1 hat ein ungültiges Format; erwartet: %2</translation>
    </message>
    <message>
        <source>%1 is malformed</source>
        <translation>%1 hat ein ungültiges Format</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>ein fester Wert</translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 muss mindestens %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2, not %3</source>
        <translation>%1 darf höchstens %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is too short</source>
        <translation>%1 ist zu kurz</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters)</source>
        <translation>%1 ist zu lang (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <source>%1 has too many items (at most %2)</source>
        <translation>%1 hat zu viele Elemente (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 has too many entries (at most %2)</source>
        <translation>%1 hat zu viele Einträge (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 lists %2 twice</source>
        <translation>%1 enthält %2 zweimal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%2 is the schema validator&apos;s own description of the failure, in English.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>when &quot;%1&quot; is %2</source>
        <translation>wenn „%1“ %2 ist</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; does not belong in a %2 block; it takes: %3</source>
        <translation>Schlüssel „%1“ gehört nicht in einen %2-Block; erlaubt sind: %3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not allowed here; expected one of: %2</source>
        <translation>Schlüssel „%1“ ist hier nicht erlaubt; erlaubt sind: %2</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not allowed %2; expected one of: %3</source>
        <extracomment>%2 is a condition such as: when &quot;closed&quot; is true</extracomment>
        <translation>Schlüssel „%1“ ist nicht erlaubt, %2; erlaubt sind: %3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in %2 is not valid; expected %3</source>
        <translation>%2: Schlüssel „%1“ ist ungültig; erwartet: %3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in %2 is not valid</source>
        <translation>%2: Schlüssel „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>the design does not follow the file format</source>
        <translation>das Design entspricht nicht dem Dateiformat</translation>
    </message>
    <message>
        <source>the markup nests more than %1 elements deep here; Call Studio does not check the rest of this area</source>
        <translation>das Markup ist hier mehr als %1 Elemente tief verschachtelt; Call Studio prüft den Rest dieses Bereichs nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems in Head HTML are not listed; fix the ones above first</source>
        <translation>
            <numerusform>%n weiteres Problem im Head-HTML wird nicht aufgeführt; beheben Sie zuerst die obigen</numerusform>
            <numerusform>%n weitere Probleme im Head-HTML werden nicht aufgeführt; beheben Sie zuerst die obigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problems in Body end HTML are not listed; fix the ones above first</source>
        <translation>
            <numerusform>%n weiteres Problem im HTML am Body-Ende wird nicht aufgeführt; beheben Sie zuerst die obigen</numerusform>
            <numerusform>%n weitere Probleme im HTML am Body-Ende werden nicht aufgeführt; beheben Sie zuerst die obigen</numerusform>
        </translation>
    </message>
    <message>
        <source>this &lt;script&gt; has no &lt;/script&gt;: the browser does not run it and treats the rest of the area as its text</source>
        <translation>dieses &lt;script&gt; hat kein &lt;/script&gt;: Der Browser führt es nicht aus und behandelt den Rest des Bereichs als dessen Text</translation>
    </message>
    <message>
        <source>stray end tag &lt;/%1&gt; closes nothing that is open here; the browser ignores it</source>
        <extracomment>%1 is the name of an HTML tag.</extracomment>
        <translation>das überzählige End-Tag &lt;/%1&gt; schließt nichts, was hier offen ist; der Browser ignoriert es</translation>
    </message>
    <message>
        <source>the script &quot;%1&quot; is loaded over http:, which the browser blocks as mixed content in the HTTPS widget; use https:</source>
        <extracomment>%1 is the http: address as the code writes it.</extracomment>
        <translation>das Skript „%1“ wird über http: geladen, was der Browser im HTTPS-Widget als Mixed Content blockiert; verwenden Sie https:</translation>
    </message>
    <message>
        <source>the stylesheet &quot;%1&quot; is loaded over http:, which the browser blocks as mixed content in the HTTPS widget; use https:</source>
        <extracomment>%1 is the http: address as the code writes it.</extracomment>
        <translation>das Stylesheet „%1“ wird über http: geladen, was der Browser im HTTPS-Widget als Mixed Content blockiert; verwenden Sie https:</translation>
    </message>
    <message>
        <source>the iframe &quot;%1&quot; is loaded over http:, which the browser blocks as mixed content in the HTTPS widget; use https:</source>
        <extracomment>%1 is the http: address as the code writes it.</extracomment>
        <translation>das iframe „%1“ wird über http: geladen, was der Browser im HTTPS-Widget als Mixed Content blockiert; verwenden Sie https:</translation>
    </message>
    <message>
        <source>this form has an action, but the sandbox does not allow form submission, so sending it does nothing; send the data with fetch() instead</source>
        <translation>dieses Formular hat ein action-Attribut, aber die Sandbox erlaubt keine Formularübermittlung, daher bewirkt das Absenden nichts; senden Sie die Daten stattdessen mit fetch()</translation>
    </message>
    <message>
        <source>%1 is not available in the sandbox (opaque origin): using it throws a SecurityError and stops this script; keep state in variables or send it to your own server</source>
        <extracomment>%1 is localStorage, sessionStorage or indexedDB.</extracomment>
        <translation>%1 ist in der Sandbox nicht verfügbar (opaker Ursprung): Jeder Zugriff löst einen SecurityError aus und beendet dieses Skript; halten Sie Daten in Variablen oder senden Sie sie an Ihren eigenen Server</translation>
    </message>
    <message>
        <source>document.cookie throws a SecurityError in the sandbox (opaque origin) and can never reach the cookies of your site</source>
        <translation>document.cookie löst in der Sandbox (opaker Ursprung) einen SecurityError aus und kann nie auf die Cookies Ihrer Website zugreifen</translation>
    </message>
    <message>
        <source>navigator.locks is refused in the sandbox (opaque origin): its requests fail with a SecurityError</source>
        <translation>navigator.locks wird in der Sandbox (opaker Ursprung) verweigert: Anfragen daran scheitern mit einem SecurityError</translation>
    </message>
    <message>
        <source>%1.location is out of reach of the sandbox: custom code cannot read or navigate the embedding page, and the attempt throws</source>
        <extracomment>%1 is top or parent.</extracomment>
        <translation>%1.location ist für die Sandbox unerreichbar: Eigener Code kann die einbettende Seite weder lesen noch umleiten, und der Versuch löst eine Ausnahme aus</translation>
    </message>
    <message>
        <source>window.open does nothing in the sandbox (no popups allowed); show a link block in the widget instead</source>
        <translation>window.open bewirkt in der Sandbox nichts (keine Pop-ups erlaubt); zeigen Sie stattdessen einen Link-Block im Widget</translation>
    </message>
    <message>
        <source>%1() is ignored in the sandbox (no modal dialogs allowed): the visitor never sees it and it returns at once</source>
        <extracomment>%1 is alert, confirm or prompt.</extracomment>
        <translation>%1() wird in der Sandbox ignoriert (keine modalen Dialoge erlaubt): Besucher sehen den Dialog nie, und der Aufruf kehrt sofort zurück</translation>
    </message>
    <message>
        <source>.%1() submits a form, which the sandbox does not allow, so nothing is sent; use fetch() instead</source>
        <extracomment>%1 is submit or requestSubmit.</extracomment>
        <translation>.%1() sendet ein Formular ab, was die Sandbox nicht erlaubt, daher wird nichts gesendet; verwenden Sie stattdessen fetch()</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event of the widget, so this handler never runs; the events are %2</source>
        <extracomment>%1 is the event name the code uses; %2 lists the names of the widget&apos;s events.</extracomment>
        <translation>„%1“ ist kein Ereignis des Widgets, daher wird dieser Handler nie ausgeführt; die Ereignisse sind: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event of the widget, so this handler never runs; did you mean &quot;%2&quot;?</source>
        <extracomment>%1 is the event name the code uses; %2 is the name of the widget&apos;s event closest to it.</extracomment>
        <translation>„%1“ ist kein Ereignis des Widgets, daher wird dieser Handler nie ausgeführt; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>the %1 event has no field &quot;%2&quot;, so this reads undefined; it carries %3</source>
        <extracomment>%1 is the name of an event, %2 the field the code reads and %3 lists the event&apos;s fields.</extracomment>
        <translation>das Ereignis %1 hat kein Feld „%2“, daher liefert dieser Zugriff undefined; es enthält %3</translation>
    </message>
    <message>
        <source>%1 looks like payment card data (the name contains &quot;%2&quot;); the widget is not a payment processor and must never carry card data, so remove it or collect payments elsewhere. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the word found in its name; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 sieht nach Zahlungskartendaten aus (der Name enthält „%2“); das Widget ist kein Zahlungsdienstleister und darf niemals Kartendaten übertragen, entfernen Sie dies also oder wickeln Sie Zahlungen anderswo ab. Aus der Produktdokumentation: „%3“</translation>
    </message>
    <message>
        <source>%1 looks like payment card data (it contains the card number &quot;%2&quot;); the widget is not a payment processor and must never carry card data, so remove it or collect payments elsewhere. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the card number found; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 sieht nach Zahlungskartendaten aus (enthält die Kartennummer „%2“); das Widget ist kein Zahlungsdienstleister und darf niemals Kartendaten übertragen, entfernen Sie dies also oder wickeln Sie Zahlungen anderswo ab. Aus der Produktdokumentation: „%3“</translation>
    </message>
    <message>
        <source>%1 looks like payment card data (it asks for &quot;%2&quot;); the widget is not a payment processor and must never carry card data, so remove it or collect payments elsewhere. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the term found; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 sieht nach Zahlungskartendaten aus (fragt nach „%2“); das Widget ist kein Zahlungsdienstleister und darf niemals Kartendaten übertragen, entfernen Sie dies also oder wickeln Sie Zahlungen anderswo ab. Aus der Produktdokumentation: „%3“</translation>
    </message>
    <message>
        <source>%1 looks like health data (&quot;%2&quot;); the service is not meant for protected health information, so ask for it on a channel that is. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the word or words found; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 sieht nach Gesundheitsdaten aus („%2“); der Dienst ist nicht für geschützte Gesundheitsinformationen vorgesehen, fragen Sie diese Angaben daher über einen dafür geeigneten Kanal ab. Aus der Produktdokumentation: „%3“</translation>
    </message>
    <message>
        <source>the URL context key &quot;%1&quot;</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a key.</extracomment>
        <translation>der Schlüssel „%1“ des URL-Kontexts</translation>
    </message>
    <message>
        <source>the URL context key &quot;%1&quot; (sample value &quot;%2&quot;)</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a key, %2 its value.</extracomment>
        <translation>der Schlüssel „%1“ des URL-Kontexts (Beispielwert „%2“)</translation>
    </message>
    <message>
        <source>the pre-call form field &quot;%1&quot;</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a field&apos;s key.</extracomment>
        <translation>das Feld „%1“ des Formulars vor dem Anruf</translation>
    </message>
    <message>
        <source>the pre-call form field &quot;%1&quot; (option &quot;%2&quot;)</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a field&apos;s key, %2 the value of one of its options.</extracomment>
        <translation>das Feld „%1“ des Formulars vor dem Anruf (Option „%2“)</translation>
    </message>
    <message>
        <source>the survey question</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;.</extracomment>
        <translation>die Frage der Umfrage</translation>
    </message>
    <message>
        <source>the survey comment label</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;.</extracomment>
        <translation>die Beschriftung des Kommentars in der Umfrage</translation>
    </message>
    <message>
        <source>the survey comment placeholder</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;.</extracomment>
        <translation>der Platzhalter des Kommentars in der Umfrage</translation>
    </message>
    <message>
        <source>the custom code loads trackers (%1) but the widget tells visitors nothing about them before the call; add a disclosure block above the call button in the idle state so visitors read it before the microphone is asked for. Seed guidance: &quot;%2&quot;</source>
        <extracomment>%1 lists the tracker domains and calls found; %2 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>der eigene Code lädt Tracker (%1), aber das Widget informiert Besucher vor dem Anruf nicht darüber; fügen Sie im Zustand „Bereit“ über der Anruf-Schaltfläche einen Hinweistext-Block hinzu, damit Besucher ihn lesen, bevor nach dem Mikrofon gefragt wird. Aus der Produktdokumentation: „%2“</translation>
    </message>
    <message>
        <source>the pre-call form collects personal data (%1) but no before-call disclosure says what it is used for; add a disclosure block above the call button in the idle state so visitors read it before the microphone is asked for. Seed guidance: &quot;%2&quot;</source>
        <extracomment>%1 lists the keys of the fields; %2 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>das Formular vor dem Anruf erfasst personenbezogene Daten (%1), aber kein Hinweistext vor dem Anruf sagt, wofür sie verwendet werden; fügen Sie im Zustand „Bereit“ über der Anruf-Schaltfläche einen Hinweistext-Block hinzu, damit Besucher ihn lesen, bevor nach dem Mikrofon gefragt wird. Aus der Produktdokumentation: „%2“</translation>
    </message>
    <message>
        <source>URL in script</source>
        <translation>URL im Skript</translation>
    </message>
    <message>
        <source>%1 must be an address of one of %2, not &quot;%3&quot;</source>
        <translation>%1 muss eine Adresse mit %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>the “%1” error message</source>
        <translation>die Fehlermeldung „%1“</translation>
    </message>
    <message>
        <source>the %1 state has no call button</source>
        <translation>der Zustand „%1“ hat keine Anruf-Schaltfläche</translation>
    </message>
    <message>
        <source>the %1 state has more than one call button (this is call button %2)</source>
        <translation>der Zustand „%1“ hat mehr als eine Anruf-Schaltfläche (dies ist Anruf-Schaltfläche %2)</translation>
    </message>
    <message>
        <source>the %1 (%2, block %3)</source>
        <extracomment>%1 is a kind of block (&quot;Call button&quot;), %2 a state (&quot;Idle&quot;), %3 the block&apos;s position</extracomment>
        <translation>der Block %1 (%2, Block %3)</translation>
    </message>
    <message>
        <source>this %1 in the %2 state mentions call recording, but visitors only learn about it from a before-call disclosure in the %4 state; move the notice there. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 is a kind of block and %2 a state, as the designer names them (Paragraph, In call …); %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>dieser Block %1 im Zustand %2 erwähnt die Gesprächsaufzeichnung, aber Besucher erfahren davon nur durch einen Hinweistext vor dem Anruf im Zustand „%4“; verschieben Sie den Hinweis dorthin. Aus der Produktdokumentation: „%3“</translation>
    </message>
    <message>
        <source>%1 more problems are not listed (at most %2 are listed per file)</source>
        <translation>%1 weitere Probleme sind nicht aufgeführt (höchstens %2 pro Datei)</translation>
    </message>
    <message>
        <source>the file does not follow the widget config format</source>
        <translation>die Datei folgt nicht dem Format der Widget-Konfiguration</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice; each key may appear once in an object</source>
        <extracomment>%1 is a key of the design file.</extracomment>
        <translation>der Schlüssel &quot;%1&quot; kommt zweimal vor; jeder Schlüssel darf in einem Objekt nur einmal vorkommen</translation>
    </message>
    <message>
        <source>too many levels of symbolic links (a symlink loop)</source>
        <translation>zu viele Ebenen symbolischer Links (eine Link-Schleife)</translation>
    </message>
    <message>
        <source>this is a %1, not a design file</source>
        <extracomment>%1 is the kind of special file: FIFO, socket or device.</extracomment>
        <translation>dies ist ein %1, keine Design-Datei</translation>
    </message>
    <message>
        <source>%1 lists %2 %3 times</source>
        <translation>%1 führt %2 %3-mal auf</translation>
    </message>
    <message>
        <source>%1 repeats %2 more values</source>
        <translation>%1 wiederholt %2 weitere Werte</translation>
    </message>
    <message>
        <source>%1 on %2 has a contrast of %3:1, below the 4.5:1 that WCAG AA asks for text; visitors with low vision may not read it</source>
        <extracomment>%1 and %2 are theme colours (&quot;Muted text&quot;, &quot;Surface&quot;), %3 their contrast ratio</extracomment>
        <translation>%1 auf %2 hat einen Kontrast von %3:1, unter den 4,5:1, die WCAG AA für Text verlangt; sehbehinderte Besucher können es womöglich nicht lesen</translation>
    </message>
    <message>
        <source>the snippet still holds its placeholder &quot;%1&quot;; replace it with your own ID from the vendor&apos;s console, or the tag reports to no account</source>
        <extracomment>%1 is a placeholder such as G-XXXXXXX, quoted from the code</extracomment>
        <translation>das Snippet enthält noch seinen Platzhalter „%1“; ersetzen Sie ihn durch Ihre eigene ID aus der Konsole des Anbieters, sonst meldet das Tag an kein Konto</translation>
    </message>
    <message>
        <source>the %1 state has no %2: the visitor cannot end the call from the widget</source>
        <translation>der Zustand %1 hat keine %2: der Besucher kann den Anruf nicht im Widget beenden</translation>
    </message>
    <message>
        <source>at least %1 more problems are not listed (at most %2 are listed per file; checking stopped early)</source>
        <translation>mindestens %1 weitere Probleme sind nicht aufgeführt (höchstens %2 werden pro Datei aufgeführt; die Prüfung wurde vorzeitig beendet)</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is too long; keys are at most %2 bytes</source>
        <extracomment>%1 is the start of the key as written in the file.</extracomment>
        <translation>der Schlüssel „%1“ ist zu lang; Schlüssel haben höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>%1 writes cookies whatever its settings, which the sandbox (an opaque origin, as on your site) refuses with a SecurityError, so it never starts there; load it from your own page instead and send it the widget&apos;s events, which your page receives by postMessage</source>
        <extracomment>%1 is an analytics SDK&apos;s name (Mixpanel).</extracomment>
        <translation>%1 schreibt unabhängig von seinen Einstellungen Cookies, was die Sandbox (ein opaker Ursprung, wie auf Ihrer Website) mit einem SecurityError ablehnt, sodass es dort nie startet; laden Sie es stattdessen von Ihrer eigenen Seite und senden Sie ihm die Ereignisse des Widgets, die Ihre Seite per postMessage erhält</translation>
    </message>
    <message>
        <source>%1 keeps its state in cookies or storage by default, which the sandbox (an opaque origin, as on your site) refuses with a SecurityError, so it never starts; keep its state in memory: set %2</source>
        <extracomment>%1 is an analytics SDK&apos;s name (Amplitude); %2 the setting to add, in code (identityStorage: &apos;none&apos; in …).</extracomment>
        <translation>%1 speichert seinen Zustand standardmäßig in Cookies oder im Speicher, was die Sandbox (ein opaker Ursprung, wie auf Ihrer Website) mit einem SecurityError ablehnt, sodass es nie startet; halten Sie seinen Zustand im Arbeitsspeicher: setzen Sie %2</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add Block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <source>Delete Block</source>
        <translation>Block löschen</translation>
    </message>
    <message>
        <source>Add Locale %1</source>
        <translation>Sprache %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove Locale %1</source>
        <translation>Sprache %1 entfernen</translation>
    </message>
    <message>
        <source>Duplicate Block</source>
        <translation>Block duplizieren</translation>
    </message>
    <message>
        <source>Move Block</source>
        <translation>Block verschieben</translation>
    </message>
    <message>
        <source>Import Widget Config</source>
        <translation>Widget-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Add Form Field</source>
        <translation>Formularfeld hinzufügen</translation>
    </message>
    <message>
        <source>Remove Form Field</source>
        <translation>Formularfeld entfernen</translation>
    </message>
    <message>
        <source>Add Exception Date</source>
        <translation>Ausnahmedatum hinzufügen</translation>
    </message>
    <message>
        <source>Remove Exception Date</source>
        <translation>Ausnahmedatum entfernen</translation>
    </message>
    <message>
        <source>Add Opening Window</source>
        <translation>Öffnungszeitfenster hinzufügen</translation>
    </message>
    <message>
        <source>Remove Opening Window</source>
        <translation>Öffnungszeitfenster entfernen</translation>
    </message>
    <message>
        <source>Set Context Value</source>
        <translation>Kontextwert setzen</translation>
    </message>
    <message>
        <source>Remove Context Entry</source>
        <translation>Kontexteintrag entfernen</translation>
    </message>
    <message>
        <source>Rename Context Key</source>
        <translation>Kontextschlüssel umbenennen</translation>
    </message>
    <message>
        <source>Move Form Field</source>
        <translation>Formularfeld verschieben</translation>
    </message>
    <message>
        <source>Change Opening Hours</source>
        <translation>Öffnungszeiten ändern</translation>
    </message>
    <message>
        <source>Change Time Zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <source>Change Open 24/7</source>
        <translation>Rund um die Uhr geöffnet ändern</translation>
    </message>
    <message>
        <source>Change Exception Date</source>
        <translation>Datum der Ausnahme ändern</translation>
    </message>
    <message>
        <source>Change Exception Label</source>
        <translation>Bezeichnung der Ausnahme ändern</translation>
    </message>
    <message>
        <source>Change Exception Hours</source>
        <translation>Zeiten der Ausnahme ändern</translation>
    </message>
    <message>
        <source>Edit Head HTML</source>
        <translation>Head-HTML bearbeiten</translation>
    </message>
    <message>
        <source>Edit Body-end HTML</source>
        <translation>HTML am Body-Ende bearbeiten</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Change Text</source>
        <translation>Text ändern</translation>
    </message>
    <message>
        <source>Change Address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <source>Change Alignment</source>
        <translation>Ausrichtung ändern</translation>
    </message>
    <message>
        <source>Change Heading Level</source>
        <translation>Überschriftenebene ändern</translation>
    </message>
    <message>
        <source>Change Button Style</source>
        <translation>Schaltflächenstil ändern</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Use Ready Text</source>
        <translation>Fertigen Text verwenden</translation>
    </message>
    <message>
        <source>Change Field Key</source>
        <translation>Feldschlüssel ändern</translation>
    </message>
    <message>
        <source>Change Field Type</source>
        <translation>Feldtyp ändern</translation>
    </message>
    <message>
        <source>Change Field Label</source>
        <translation>Feldbeschriftung ändern</translation>
    </message>
    <message>
        <source>Change Field Placeholder</source>
        <translation>Platzhalter des Felds ändern</translation>
    </message>
    <message>
        <source>Change Field Required</source>
        <translation>Pflichtfeld ändern</translation>
    </message>
    <message>
        <source>Change Field Options</source>
        <translation>Feldoptionen ändern</translation>
    </message>
    <message>
        <source>Add Consent Checkbox</source>
        <translation>Einwilligungskästchen hinzufügen</translation>
    </message>
    <message>
        <source>Remove Consent Checkbox</source>
        <translation>Einwilligungskästchen entfernen</translation>
    </message>
    <message>
        <source>Change Consent Text</source>
        <translation>Einwilligungstext ändern</translation>
    </message>
    <message>
        <source>Change Consent Required</source>
        <translation>Einwilligungspflicht ändern</translation>
    </message>
    <message>
        <source>Edit Survey</source>
        <translation>Umfrage bearbeiten</translation>
    </message>
    <message>
        <source>Rename Widget</source>
        <translation>Widget umbenennen</translation>
    </message>
    <message>
        <source>Change App Id</source>
        <translation>App-ID ändern</translation>
    </message>
    <message>
        <source>Change Default Locale</source>
        <translation>Standardsprache ändern</translation>
    </message>
    <message>
        <source>Change Routing</source>
        <translation>Weiterleitung ändern</translation>
    </message>
    <message>
        <source>Change Error Message</source>
        <translation>Fehlermeldung ändern</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Change Font</source>
        <translation>Schrift ändern</translation>
    </message>
    <message>
        <source>Change Corner Radius</source>
        <translation>Eckenradius ändern</translation>
    </message>
    <message>
        <source>Change Widget Width</source>
        <translation>Widget-Breite ändern</translation>
    </message>
    <message>
        <source>Change Launcher Position</source>
        <translation>Position des Starters ändern</translation>
    </message>
    <message>
        <source>Change Horizontal Offset</source>
        <translation>Horizontalen Abstand ändern</translation>
    </message>
    <message>
        <source>Change Vertical Offset</source>
        <translation>Vertikalen Abstand ändern</translation>
    </message>
</context>
<context>
    <name>WidgetAudit</name>
    <message>
        <source>Accessibility (%1, state %2, locale %3): %4</source>
        <translation>Barrierefreiheit (%1, Zustand %2, Sprache %3): %4</translation>
    </message>
</context>
<context>
    <name>callstudio</name>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>%1 › %2, block %3</source>
        <translation>%1 › %2, Block %3</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design-Thema</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>URL context</source>
        <translation>URL-Kontext</translation>
    </message>
    <message>
        <source>Call error messages › %1</source>
        <translation>Anruf-Fehlermeldungen › %1</translation>
    </message>
    <message>
        <source>Call error messages</source>
        <translation>Anruf-Fehlermeldungen</translation>
    </message>
    <message>
        <source>Head HTML, line %1</source>
        <translation>Head-HTML, Zeile %1</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>Head-HTML</translation>
    </message>
    <message>
        <source>Body-end HTML, line %1</source>
        <translation>HTML am Body-Ende, Zeile %1</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML am Body-Ende</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Widget › App ID</source>
        <translation>Widget › App-ID</translation>
    </message>
    <message>
        <source>Widget › Name</source>
        <translation>Widget › Name</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translation>Ganzes Design</translation>
    </message>
    <message>
        <source>UTF-32 (big-endian)</source>
        <translation>UTF-32 (Big-Endian)</translation>
    </message>
    <message>
        <source>UTF-32 (little-endian)</source>
        <translation>UTF-32 (Little-Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (Big-Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (Little-Endian)</translation>
    </message>
    <message>
        <source>the file is in %1; a design file must be UTF-8</source>
        <translation>die Datei ist in %1; eine Design-Datei muss UTF-8 sein</translation>
    </message>
    <message>
        <source>invalid JSON: unexpected NUL byte</source>
        <translation>ungültiges JSON: unerwartetes NUL-Byte</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: byte %1 starts a character that the bytes after it do not complete</source>
        <translation>die Datei ist kein gültiges UTF-8: Byte %1 beginnt ein Zeichen, das die folgenden Bytes nicht vervollständigen</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: byte %1 cannot start a character here</source>
        <translation>die Datei ist kein gültiges UTF-8: Byte %1 kann hier kein Zeichen beginnen</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>die Datei ist leer; erwartet wurde ein JSON-Objekt</translation>
    </message>
    <message>
        <source>Theme › %1</source>
        <translation>Design-Thema › %1</translation>
    </message>
</context>
<context>
    <name>callstudio::AuditInDesigner</name>
    <message>
        <source>Checking the widget&apos;s accessibility in every state and locale (WCAG 2.2 AA, axe-core)…</source>
        <translation>Barrierefreiheit des Widgets wird in jedem Zustand und jeder Sprache geprüft (WCAG 2.2 AA, axe-core)…</translation>
    </message>
    <message>
        <source>The accessibility check could not run: %1</source>
        <translation>Die Barrierefreiheitsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>The design changed during the accessibility check; check it again.</source>
        <translation>Das Design hat sich während der Barrierefreiheitsprüfung geändert; prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Accessibility: no violations in any state or locale (%1 checked).</source>
        <translation>Barrierefreiheit: keine Verstöße in irgendeinem Zustand oder einer Sprache (%1 geprüft).</translation>
    </message>
    <message>
        <source>Accessibility: 1 problem, listed in Problems until the next edit.</source>
        <translation>Barrierefreiheit: 1 Problem, bis zur nächsten Änderung unter Probleme aufgeführt.</translation>
    </message>
    <message>
        <source>Accessibility: %1 problems, listed in Problems until the next edit.</source>
        <translation>Barrierefreiheit: %1 Probleme, bis zur nächsten Änderung unter Probleme aufgeführt.</translation>
    </message>
    <message>
        <source>Check &amp;Accessibility</source>
        <translation>&amp;Barrierefreiheit prüfen</translation>
    </message>
    <message>
        <source>Check the widget in every state and locale against WCAG 2.2 AA (axe-core); what fails is listed in Problems</source>
        <translation>Das Widget in jedem Zustand und jeder Sprache gegen WCAG 2.2 AA prüfen (axe-core); was fehlschlägt, steht unter Probleme</translation>
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
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n Block</numerusform>
            <numerusform>%n Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks shown while the widget is in the “%1” state</source>
        <translation>Blöcke, die angezeigt werden, während das Widget im Zustand „%1“ ist</translation>
    </message>
    <message>
        <source>%1 “%2” — drag to reorder or to move to another state</source>
        <translation>%1 „%2“ — ziehen, um die Reihenfolge zu ändern oder in einen anderen Zustand zu verschieben</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>callstudio::BusinessHoursDock</name>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Öffnet um</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Schließt um</translation>
    </message>
    <message>
        <source>Opening time, HH:MM</source>
        <translation>Öffnungszeit, HH:MM</translation>
    </message>
    <message>
        <source>Closing time, HH:MM (24:00 for midnight)</source>
        <translation>Schließzeit, HH:MM (24:00 für Mitternacht)</translation>
    </message>
    <message>
        <source>Use HH:MM between 00:00 and 24:00</source>
        <translation>HH:MM zwischen 00:00 und 24:00 verwenden</translation>
    </message>
    <message>
        <source>Remove this opening window</source>
        <translation>Dieses Öffnungszeitfenster entfernen</translation>
    </message>
    <message>
        <source>Remove opening window</source>
        <translation>Öffnungszeitfenster entfernen</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Zeitfenster hinzufügen</translation>
    </message>
    <message>
        <source>Add an opening window (split shifts have several)</source>
        <translation>Ein Öffnungszeitfenster hinzufügen (geteilte Schichten haben mehrere)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The IANA time zone the opening hours are in</source>
        <translation>Die IANA-Zeitzone der Öffnungszeiten</translation>
    </message>
    <message>
        <source>Not a known time zone</source>
        <translation>Keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Rund um die Uhr geöffnet</translation>
    </message>
    <message>
        <source>When ticked the weekly hours are kept but not used</source>
        <translation>Wenn angekreuzt, bleiben die Wochenzeiten erhalten, werden aber nicht verwendet</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Wöchentliche Zeiten</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Exceptions (holidays, special days)</source>
        <translation>Ausnahmen (Feiertage, besondere Tage)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Use a calendar date as YYYY-MM-DD</source>
        <translation>Ein Kalenderdatum als JJJJ-MM-TT verwenden</translation>
    </message>
    <message>
        <source>Exception label</source>
        <translation>Bezeichnung der Ausnahme</translation>
    </message>
    <message>
        <source>Shown to visitors in %1, e.g. Christmas</source>
        <translation>Wird Besuchern auf %1 angezeigt, z. B. Weihnachten</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Ganztägig geschlossen</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Ausnahme entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Ausnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add a dated exception, closed all day by default</source>
        <translation>Eine datierte Ausnahme hinzufügen, standardmäßig ganztägig geschlossen</translation>
    </message>
</context>
<context>
    <name>callstudio::CallSimulatorPanel</name>
    <message>
        <source>Microphone denied</source>
        <translation>Mikrofon verweigert</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
    <message>
        <source>Media failure</source>
        <translation>Medienfehler</translation>
    </message>
    <message>
        <source>Network drop</source>
        <translation>Netzwerkabbruch</translation>
    </message>
    <message>
        <source>Session rejected</source>
        <translation>Sitzung abgelehnt</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>Kein Anbieter</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Tap call</source>
        <translation>Auf Anrufen tippen</translation>
    </message>
    <message>
        <source>Visitor hangs up</source>
        <translation>Besucher legt auf</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Accept request</source>
        <translation>Anfrage annehmen</translation>
    </message>
    <message>
        <source>The call request is accepted (call_started); the phone is still ringing</source>
        <translation>Die Anrufanfrage ist angenommen (call_started); das Telefon klingelt noch</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Agent hangs up</source>
        <translation>Agent legt auf</translation>
    </message>
    <message>
        <source>Answer automatically after</source>
        <translation>Automatisch annehmen nach</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Make the call fail</source>
        <translation>Anruf scheitern lassen</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Scheitern</translation>
    </message>
    <message>
        <source>Sends call_error with this code; no call_ended follows</source>
        <translation>Sendet call_error mit diesem Code; es folgt kein call_ended</translation>
    </message>
    <message>
        <source>Widget state: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Widget-Zustand: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <source>Play my microphone back during the call</source>
        <translation>Mein Mikrofon während des Anrufs wiedergeben</translation>
    </message>
    <message>
        <source>Hear your own voice through the widget&apos;s call path (use headphones)</source>
        <translation>Hören Sie Ihre eigene Stimme über den Anrufweg des Widgets (Kopfhörer verwenden)</translation>
    </message>
</context>
<context>
    <name>callstudio::ConsoleWidget</name>
    <message>
        <source>Head HTML, line %1</source>
        <translation>Head-HTML, Zeile %1</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>Head-HTML</translation>
    </message>
    <message>
        <source>Body-end HTML, line %1</source>
        <translation>HTML am Body-Ende, Zeile %1</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML am Body-Ende</translation>
    </message>
    <message>
        <source>c2c bridge</source>
        <translation>c2c-Brücke</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Custom code</source>
        <translation>Eigener Code</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>uncaught</source>
        <translation>nicht abgefangen</translation>
    </message>
    <message>
        <source>Double-click to open this line in the code editor</source>
        <translation>Doppelklicken, um diese Zeile im Code-Editor zu öffnen</translation>
    </message>
    <message>
        <source>Dropped a message (from %1): %2</source>
        <translation>Nachricht verworfen (von %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>A cross-origin script (masked)</source>
        <translation>Ein Skript anderer Herkunft (maskiert)</translation>
    </message>
    <message>
        <source>%1, line %2:%3</source>
        <translation>%1, Zeile %2:%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) dropped</source>
        <translation>
            <numerusform>%Ln ältere Meldung verworfen</numerusform>
            <numerusform>%Ln ältere Meldungen verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
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
        <translation>Eigenes Ereignis</translation>
    </message>
    <message>
        <source>Conditional tracking on context</source>
        <translation>Bedingtes Tracking nach Kontext</translation>
    </message>
    <message>
        <source>Custom code</source>
        <translation>Eigener Code</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>Head-HTML</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML am Body-Ende</translation>
    </message>
    <message>
        <source>Inserted at the end of the page&apos;s &lt;head&gt;</source>
        <translation>Wird am Ende des &lt;head&gt; der Seite eingefügt</translation>
    </message>
    <message>
        <source>Inserted before &lt;/body&gt;: the place for tracking code using window.c2c.on(…)</source>
        <translation>Wird vor &lt;/body&gt; eingefügt: der Platz für Tracking-Code mit window.c2c.on(…)</translation>
    </message>
    <message>
        <source>Head HTML editor</source>
        <translation>Editor für Head-HTML</translation>
    </message>
    <message>
        <source>Body-end HTML editor</source>
        <translation>Editor für HTML am Ende des Body</translation>
    </message>
    <message>
        <source>Insert snippet</source>
        <translation>Codebaustein einfügen</translation>
    </message>
    <message>
        <source>Insert one of the documented examples at the cursor</source>
        <translation>Eines der dokumentierten Beispiele an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <source>Find and replace in the code (%1)</source>
        <translation>Im Code suchen und ersetzen (%1)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstudio::EventInjector</name>
    <message>
        <source>Fire an event into the custom-code sandbox (c2c.on handlers). The parent page and integrations do not receive it.</source>
        <translation>Löst ein Ereignis in der Sandbox des eigenen Codes aus (c2c.on-Handler). Die übergeordnete Seite und Integrationen erhalten es nicht.</translation>
    </message>
    <message>
        <source>A catalogue event, or type any name</source>
        <translation>Ein Ereignis aus dem Katalog oder ein beliebiger Name</translation>
    </message>
    <message>
        <source>Event data (JSON object)</source>
        <translation>Ereignisdaten (JSON-Objekt)</translation>
    </message>
    <message>
        <source>Fire into sandbox</source>
        <translation>In der Sandbox auslösen</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Geben Sie dem Ereignis einen Namen.</translation>
    </message>
    <message>
        <source>The data is not valid JSON: %1 (at character %2)</source>
        <translation>Die Daten sind kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>The data must be a JSON object.</source>
        <translation>Die Daten müssen ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>callstudio::ExportBlockersDialog</name>
    <message>
        <source>Export Widget Config</source>
        <translation>Widget-Konfiguration exportieren</translation>
    </message>
    <message>
        <source>The widget config cannot be exported while the design has these errors. Click one to go to its cause.</source>
        <translation>Die Widget-Konfiguration kann nicht exportiert werden, solange das Design diese Fehler hat. Klicken Sie auf einen, um zu seiner Ursache zu gehen.</translation>
    </message>
    <message>
        <source>Errors that block the export</source>
        <translation>Fehler, die den Export verhindern</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Problems)</source>
        <translation>
            <numerusform>… und %n weiterer (siehe Probleme)</numerusform>
            <numerusform>… und %n weitere (siehe Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstudio::MainWindow</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Call Studio designs (*.design.json *.json);;All files (*)</source>
        <translation>Call-Studio-Designs (*.design.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Design öffnen</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Design speichern unter</translation>
    </message>
    <message>
        <source>Import Widget Config</source>
        <translation>Widget-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Widget config (*.json);;All files (*)</source>
        <translation>Widget-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Widget Config</source>
        <translation>Widget-Konfiguration exportieren</translation>
    </message>
    <message>
        <source>Call Studio %1 — a designer for click-to-call website widgets.</source>
        <translation>Call Studio %1 — ein Designer für Click-to-Call-Widgets auf Websites.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add Block</source>
        <translation>Block &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new widget design</source>
        <translation>Ein neues Widget-Design beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a design file</source>
        <translation>Eine Design-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>Das Design speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard all changes since the last save</source>
        <translation>Alle Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>&amp;Import Widget Config…</source>
        <translation>Widget-Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <source>Replace the design with a widget config (undoable)</source>
        <translation>Das Design durch eine Widget-Konfiguration ersetzen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>&amp;Export Widget Config…</source>
        <translation>Widget-Konfiguration &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the widget config for the website (refused while errors remain)</source>
        <translation>Die Widget-Konfiguration für die Website schreiben (verweigert, solange Fehler bestehen)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;About Call Studio</source>
        <translation>&amp;Über Call Studio</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;geöffnetes Design&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Text locale:</source>
        <translation>Textsprache:</translation>
    </message>
    <message>
        <source>The locale of the widget texts you are editing</source>
        <translation>Die Sprache der Widget-Texte, die Sie bearbeiten</translation>
    </message>
    <message>
        <source>Text locale</source>
        <translation>Textsprache</translation>
    </message>
    <message>
        <source>The live preview of the widget appears here.
Edit the design with the docks around it.</source>
        <translation>Hier erscheint die Live-Vorschau des Widgets.
Bearbeiten Sie das Design mit den Bereichen ringsum.</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation>Die Übersetzung %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 (%2)[*]</source>
        <translation>%1 (%2)[*]</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 was written by an older Call Studio; it will be saved in the current format.</source>
        <translation>%1 wurde mit einer älteren Call-Studio-Version geschrieben; es wird im aktuellen Format gespeichert.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Imported %1. Undo brings the previous design back.</source>
        <translation>%1 importiert. Rückgängig stellt das vorherige Design wieder her.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Zuletzt geöffnete Dateien leeren</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program.</source>
        <translation>%1 wurde von einem anderen Programm gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The design “%1” has unsaved changes.</source>
        <translation>Das Design „%1“ enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Unsaved changes to a new design, autosaved %1 by a session that ended unexpectedly.</source>
        <translation>Ungespeicherte Änderungen an einem neuen Design, automatisch gesichert %1 von einer unerwartet beendeten Sitzung.</translation>
    </message>
    <message>
        <source>Unsaved changes to %1, autosaved %2 by a session that ended unexpectedly.</source>
        <translation>Ungespeicherte Änderungen an %1, automatisch gesichert %2 von einer unerwartet beendeten Sitzung.</translation>
    </message>
    <message>
        <source>(1 of %1)</source>
        <translation>(1 von %1)</translation>
    </message>
    <message>
        <source>Discard Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard the recovered changes? They cannot be restored afterwards.</source>
        <translation>Die wiederhergestellten Änderungen verwerfen? Sie lassen sich danach nicht mehr wiederherstellen.</translation>
    </message>
    <message>
        <source>Show &amp;Widget Config</source>
        <translation>&amp;Widget-Konfiguration anzeigen</translation>
    </message>
    <message>
        <source>Show the JSON that Export Widget Config writes</source>
        <translation>Das JSON anzeigen, das „Widget-Konfiguration exportieren“ schreibt</translation>
    </message>
    <message numerus="yes">
        <source>Export Widget Config refuses this design until its %n error(s) are fixed; this is what it would write.</source>
        <translation>
            <numerusform>„Widget-Konfiguration exportieren“ verweigert dieses Design, bis sein Fehler behoben ist; dies würde es schreiben.</numerusform>
            <numerusform>„Widget-Konfiguration exportieren“ verweigert dieses Design, bis seine %n Fehler behoben sind; dies würde es schreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the design has %n error(s). Fix them first.</source>
        <translation>
            <numerusform>Nicht exportiert: das Design hat %n Fehler. Beheben Sie ihn zuerst.</numerusform>
            <numerusform>Nicht exportiert: das Design hat %n Fehler. Beheben Sie sie zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstudio::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>callstudio::MicPermissionDialog</name>
    <message>
        <source>Microphone access</source>
        <translation>Mikrofonzugriff</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <source>Input device:</source>
        <translation>Eingabegerät:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Pegel:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>No input device found</source>
        <translation>Kein Eingabegerät gefunden</translation>
    </message>
    <message>
        <source>The meter shows the selected input; the browser engine uses the system&apos;s default input.</source>
        <translation>Die Anzeige zeigt den gewählten Eingang; die Browser-Engine verwendet den Standardeingang des Systems.</translation>
    </message>
    <message>
        <source>This computer has no microphone, but the browser engine runs with a simulated one (--use-fake-device-for-media-stream): Allow gives the call a test tone.</source>
        <translation>Dieser Computer hat kein Mikrofon, aber die Browser-Engine läuft mit einem simulierten (--use-fake-device-for-media-stream): Zulassen gibt dem Anruf einen Testton.</translation>
    </message>
    <message>
        <source>The widget asks to use your microphone</source>
        <translation>Das Widget möchte Ihr Mikrofon verwenden</translation>
    </message>
    <message>
        <source> The request came from %1.</source>
        <translation> Die Anfrage kam von %1.</translation>
    </message>
    <message>
        <source>A visitor&apos;s browser asks this when they tap the call button. Allow to try the call with your microphone; Block to see what a visitor who refuses is shown. Custom code never gets the microphone.%1</source>
        <translation>Der Browser eines Besuchers fragt dies, wenn er auf die Anruftaste tippt. Erlauben Sie, um den Anruf mit Ihrem Mikrofon zu testen; blockieren Sie, um zu sehen, was ein ablehnender Besucher sieht. Eigener Code erhält nie das Mikrofon.%1</translation>
    </message>
    <message>
        <source>Your answer holds for this preview until you close it, or until you choose Reset microphone permission in the Reload button&apos;s menu.</source>
        <translation>Ihre Antwort gilt für diese Vorschau, bis Sie sie schließen oder im Menü der Schaltfläche Neu laden „Mikrofonberechtigung zurücksetzen“ wählen.</translation>
    </message>
    <message>
        <source>This computer has no microphone: whatever you answer, the widget will show the visitor its “%1” error.</source>
        <translation>Dieser Computer hat kein Mikrofon: Was Sie auch antworten, das Widget zeigt dem Besucher seinen Fehler „%1“.</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewDocks</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Call simulator</source>
        <translation>Anrufsimulator</translation>
    </message>
    <message>
        <source>Event injector</source>
        <translation>Ereignis-Injektor</translation>
    </message>
    <message>
        <source>Export Shareable Preview</source>
        <translation>Teilbare Vorschau exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export &amp;Shareable Preview…</source>
        <translation>&amp;Teilbare Vorschau exportieren…</translation>
    </message>
    <message>
        <source>Write one HTML file a reviewer without Call Studio can open in any browser</source>
        <translation>Eine einzige HTML-Datei schreiben, die Prüfende ohne Call Studio in jedem Browser öffnen können</translation>
    </message>
    <message>
        <source>The design has errors (see Problems); no preview was exported.</source>
        <translation>Das Design enthält Fehler (siehe Probleme); es wurde keine Vorschau exportiert.</translation>
    </message>
    <message>
        <source>Shareable preview written to %1.</source>
        <translation>Teilbare Vorschau nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewPage</name>
    <message>
        <source>Navigation to %1 blocked by the preview</source>
        <translation>Navigation zu %1 von der Vorschau blockiert</translation>
    </message>
    <message>
        <source>A new window was requested; the preview does not open windows</source>
        <translation>Ein neues Fenster wurde angefordert; die Vorschau öffnet keine Fenster</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewSession</name>
    <message>
        <source>The preview stopped responding (custom code may be stuck in a loop). It was stopped and reloaded with custom code disabled.</source>
        <translation>Die Vorschau reagierte nicht mehr (eigener Code steckt womöglich in einer Schleife). Sie wurde angehalten und ohne eigenen Code neu geladen.</translation>
    </message>
    <message>
        <source>The preview&apos;s renderer stopped (status %1, exit code %2); the preview was reloaded.</source>
        <translation>Der Renderer der Vorschau wurde beendet (Status %1, Exit-Code %2); die Vorschau wurde neu geladen.</translation>
    </message>
    <message>
        <source>The call was held: the pre-call form has an email address that is not valid.</source>
        <translation>Der Anruf wurde angehalten: Die E-Mail-Adresse im Formular vor dem Anruf ist ungültig.</translation>
    </message>
    <message>
        <source>The call was held: a required field of the pre-call form is empty.</source>
        <translation>Der Anruf wurde angehalten: Ein Pflichtfeld des Formulars vor dem Anruf ist leer.</translation>
    </message>
    <message>
        <source>The preview&apos;s renderer stopped (status %1, exit code %2) while custom code ran. It was reloaded with custom code disabled; Reload runs the custom code again.</source>
        <translation>Der Renderer der Vorschau wurde beendet (Status %1, Exit-Code %2), während eigener Code lief. Die Vorschau wurde ohne eigenen Code neu geladen; Neu laden führt den eigenen Code wieder aus.</translation>
    </message>
    <message>
        <source>The preview&apos;s renderer stopped %1 times in a minute (status %2, exit code %3); it was not reloaded again. Reload tries once more.</source>
        <translation>Der Renderer der Vorschau wurde %1-mal in einer Minute beendet (Status %2, Exit-Code %3); er wurde nicht erneut geladen. Neu laden versucht es noch einmal.</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewWidget</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>State: </source>
        <translation>Zustand: </translation>
    </message>
    <message>
        <source>Show the widget in this state (the live call is stopped)</source>
        <translation>Das Widget in diesem Zustand zeigen (der Live-Anruf wird beendet)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Viewport of the integrator&apos;s page</source>
        <translation>Ansichtsbereich der Seite des Integrators</translation>
    </message>
    <message>
        <source>Light page</source>
        <translation>Helle Seite</translation>
    </message>
    <message>
        <source>Dark page</source>
        <translation>Dunkle Seite</translation>
    </message>
    <message>
        <source>Look of the integrator&apos;s page around the widget</source>
        <translation>Aussehen der Seite des Integrators rund um das Widget</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload without custom code</source>
        <translation>Ohne eigenen Code neu laden</translation>
    </message>
    <message>
        <source>Reset microphone permission</source>
        <translation>Mikrofonberechtigung zurücksetzen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No microphone was found on this computer, so the widget shows the visitor its “%1” error. Connect a microphone and reload to try a call. (%2)</source>
        <translation>Auf diesem Computer wurde kein Mikrofon gefunden, daher zeigt das Widget dem Besucher seinen Fehler „%1“. Schließen Sie ein Mikrofon an und laden Sie neu, um einen Anruf zu testen. (%2)</translation>
    </message>
    <message>
        <source>Reload the preview with custom code (the arrow has more)</source>
        <translation>Vorschau mit eigenem Code neu laden (der Pfeil bietet mehr)</translation>
    </message>
</context>
<context>
    <name>callstudio::PrivacyDock</name>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Privacy manifest</source>
        <translation>Datenschutz-Manifest</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Drittanbieter</translation>
    </message>
    <message>
        <source>Embed guidance</source>
        <translation>Einbettungshinweise</translation>
    </message>
    <message>
        <source>Export manifest…</source>
        <translation>Manifest exportieren…</translation>
    </message>
    <message>
        <source>Save the manifest as Markdown (.md) or HTML (.html) to share with your privacy team</source>
        <translation>Manifest als Markdown (.md) oder HTML (.html) speichern, um es mit Ihrem Datenschutzteam zu teilen</translation>
    </message>
    <message>
        <source>Third-party inventory</source>
        <translation>Drittanbieter-Inventar</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Found in the custom code</source>
        <translation>Im eigenen Code gefunden</translation>
    </message>
    <message>
        <source>Contacted in the preview</source>
        <translation>In der Vorschau kontaktiert</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>&quot;Found in the custom code&quot; is read from Head and Body-end HTML without running it. &quot;Contacted in the preview&quot; lists the hosts the custom code actually requested while the preview ran (requests that could not complete offline count too).</source>
        <translation>„Im eigenen Code gefunden“ wird aus dem Head- und Body-Ende-HTML gelesen, ohne es auszuführen. „In der Vorschau kontaktiert“ listet die Hosts, die der eigene Code während der Vorschau tatsächlich angefragt hat (auch Anfragen, die offline scheiterten).</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>nicht gesehen</translation>
    </message>
    <message>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, Zeile %3</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>Head-HTML</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>Body-Ende-HTML</translation>
    </message>
    <message>
        <source>not found in the code</source>
        <translation>nicht im Code gefunden</translation>
    </message>
    <message>
        <source>The widget iframe</source>
        <translation>Das Widget-iframe</translation>
    </message>
    <message>
        <source>Content-Security-Policy of the page</source>
        <translation>Content-Security-Policy der Seite</translation>
    </message>
    <message>
        <source>frame-ancestors of the widget</source>
        <translation>frame-ancestors des Widgets</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Listening to the widget&apos;s events</source>
        <translation>Auf die Ereignisse des Widgets hören</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export Privacy Manifest</source>
        <translation>Datenschutz-Manifest exportieren</translation>
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
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a problem to go to its cause</source>
        <translation>Doppelklicken oder Eingabetaste auf einem Problem drücken, um zur Ursache zu springen</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>No problems: every check of the design passes.</source>
        <translation>Keine Probleme: alle Prüfungen des Designs sind bestanden.</translation>
    </message>
    <message>
        <source>Problems (checking…)</source>
        <translation>Probleme (wird geprüft…)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Hinweise</translation>
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
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Text in %1, the default locale</source>
        <translation>Text auf %1, der Standardsprache</translation>
    </message>
    <message>
        <source>Text in %1; when empty, visitors see the %2 text shown greyed</source>
        <translation>Text auf %1; wenn leer, sehen Besucher den grau angezeigten Text auf %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Label while muted</source>
        <translation>Beschriftung bei Stummschaltung</translation>
    </message>
    <message>
        <source>Privacy notice address</source>
        <translation>Adresse der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Image address</source>
        <translation>Bildadresse</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Linkadresse</translation>
    </message>
    <message>
        <source>An address is required</source>
        <translation>Eine Adresse ist erforderlich</translation>
    </message>
    <message>
        <source>Privacy link label</source>
        <translation>Beschriftung des Datenschutzlinks</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Heading level</source>
        <translation>Überschriftenebene</translation>
    </message>
    <message>
        <source>1 is the largest heading</source>
        <translation>1 ist die größte Überschrift</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <source>Button style</source>
        <translation>Schaltflächenstil</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Natural size</source>
        <translation>Natürliche Größe</translation>
    </message>
    <message>
        <source>Ready texts</source>
        <translation>Fertige Texte</translation>
    </message>
    <message>
        <source>Replace the text in the editing locale with a ready consent wording</source>
        <translation>Den Text der bearbeiteten Sprache durch eine fertige Einwilligungsformulierung ersetzen</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Hinweis zur Aufzeichnung</translation>
    </message>
    <message>
        <source>Processing notice</source>
        <translation>Hinweis zur Verarbeitung</translation>
    </message>
    <message>
        <source>Regulated-industry disclosure</source>
        <translation>Hinweis für regulierte Branchen</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>A key starts with a letter or &apos;_&apos; and holds only letters, digits and &apos;_&apos;</source>
        <translation>Ein Schlüssel beginnt mit einem Buchstaben oder „_“ und enthält nur Buchstaben, Ziffern und „_“</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Feldtyp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>One option per line: value = label</source>
        <translation>Eine Option pro Zeile: Wert = Beschriftung</translation>
    </message>
    <message>
        <source>standard = Standard delivery</source>
        <translation>standard = Standardversand</translation>
    </message>
    <message>
        <source>Each option needs a value before &apos;=&apos;</source>
        <translation>Jede Option braucht einen Wert vor „=“</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add a text field to the form</source>
        <translation>Dem Formular ein Textfeld hinzufügen</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Neues Feld</translation>
    </message>
    <message>
        <source>Ask for consent before the call</source>
        <translation>Vor dem Anruf um Einwilligung bitten</translation>
    </message>
    <message>
        <source>A checkbox the visitor ticks before calling</source>
        <translation>Ein Kästchen, das Besucher vor dem Anruf ankreuzen</translation>
    </message>
    <message>
        <source>I agree to the processing of my call</source>
        <translation>Ich stimme der Verarbeitung meines Anrufs zu</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>Consent required to call</source>
        <translation>Einwilligung zum Anrufen erforderlich</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>Niedrigste Bewertung</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>Höchste Bewertung</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Rating style</source>
        <translation>Bewertungsstil</translation>
    </message>
    <message>
        <source>Ask for a comment</source>
        <translation>Nach einem Kommentar fragen</translation>
    </message>
    <message>
        <source>Anything else?</source>
        <translation>Sonst noch etwas?</translation>
    </message>
    <message>
        <source>Comment label</source>
        <translation>Beschriftung des Kommentars</translation>
    </message>
    <message>
        <source>Comment placeholder</source>
        <translation>Platzhalter des Kommentars</translation>
    </message>
    <message>
        <source>Send button</source>
        <translation>Senden-Schaltfläche</translation>
    </message>
    <message>
        <source>Thank-you text</source>
        <translation>Dankestext</translation>
    </message>
    <message>
        <source>&lt;b&gt;Widget&lt;/b&gt; · state “%1” selected — select a block to edit it</source>
        <translation>&lt;b&gt;Widget&lt;/b&gt; · Zustand „%1“ ausgewählt — wählen Sie einen Block, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The widget needs a name</source>
        <translation>Das Widget braucht einen Namen</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>1 bis 64 Buchstaben, Ziffern, „_“ oder „-“</translation>
    </message>
    <message>
        <source>Default locale</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>Texts missing in another locale fall back to this one</source>
        <translation>Fehlende Texte in einer anderen Sprache fallen auf diese zurück</translation>
    </message>
    <message>
        <source>Locales</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>e.g. fr or pt-BR</source>
        <translation>z. B. fr oder pt-BR</translation>
    </message>
    <message>
        <source>New locale</source>
        <translation>Neue Sprache</translation>
    </message>
    <message>
        <source>Add locale</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Remove locale</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <source>Removes the selected locale and all its texts</source>
        <translation>Entfernt die ausgewählte Sprache und alle ihre Texte</translation>
    </message>
    <message>
        <source>Use a language code such as fr, de or pt-BR</source>
        <translation>Einen Sprachcode wie fr, de oder pt-BR verwenden</translation>
    </message>
    <message>
        <source>The widget already has this locale</source>
        <translation>Das Widget hat diese Sprache bereits</translation>
    </message>
    <message>
        <source>The default locale cannot be removed; choose another default first</source>
        <translation>Die Standardsprache kann nicht entfernt werden; wählen Sie zuerst eine andere Standardsprache</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Destination id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>The call profile that answers; empty uses the account&apos;s default</source>
        <translation>Das Anrufprofil, das annimmt; leer bedeutet das Standardprofil des Kontos</translation>
    </message>
    <message>
        <source>Routing key</source>
        <translation>Routing-Schlüssel</translation>
    </message>
    <message>
        <source>Sent in call_started so the contact centre can route the call</source>
        <translation>Wird in call_started gesendet, damit das Contact Center den Anruf weiterleiten kann</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call error messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fehlermeldungen zum Anruf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use an address that starts with %1</source>
        <translation>Verwenden Sie eine Adresse, die mit %1 beginnt</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <extracomment>%1 lists the schemes the address may use, e.g. &quot;https:, mailto:, tel:&quot;.</extracomment>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source>%1: “%2” was not applied: %3</source>
        <translation>%1: „%2“ wurde nicht übernommen: %3</translation>
    </message>
</context>
<context>
    <name>callstudio::StatesDock</name>
    <message>
        <source>States &amp; blocks</source>
        <translation>Zustände &amp; Blöcke</translation>
    </message>
    <message>
        <source>States and blocks</source>
        <translation>Zustände und Blöcke</translation>
    </message>
    <message>
        <source>Select a block to edit it; drag blocks to reorder them or to move them to another state</source>
        <translation>Wählen Sie einen Block, um ihn zu bearbeiten; ziehen Sie Blöcke, um sie neu anzuordnen oder in einen anderen Zustand zu verschieben</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <source>Add a block after the selected one</source>
        <translation>Einen Block nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Block duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected block (%1)</source>
        <translation>Den ausgewählten Block duplizieren (%1)</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Block löschen</translation>
    </message>
    <message>
        <source>Delete the selected block (%1)</source>
        <translation>Den ausgewählten Block löschen (%1)</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>Block nach oben</translation>
    </message>
    <message>
        <source>Move the selected block up (%1)</source>
        <translation>Den ausgewählten Block nach oben verschieben (%1)</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>Block nach unten</translation>
    </message>
    <message>
        <source>Move the selected block down (%1)</source>
        <translation>Den ausgewählten Block nach unten verschieben (%1)</translation>
    </message>
</context>
<context>
    <name>callstudio::ThemeDock</name>
    <message>
        <source>Theme</source>
        <translation>Design-Thema</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Pick the %1 colour</source>
        <translation>Die Farbe %1 wählen</translation>
    </message>
    <message>
        <source>Pick %1 colour</source>
        <translation>Farbe %1 wählen</translation>
    </message>
    <message>
        <source>%1 colour</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>A colour as #rrggbb or #rgb</source>
        <translation>Eine Farbe als #rrggbb oder #rgb</translation>
    </message>
    <message>
        <source>Use #rrggbb or #rgb</source>
        <translation>#rrggbb oder #rgb verwenden</translation>
    </message>
    <message>
        <source>Contrast (WCAG AA needs %1:1 for text)</source>
        <translation>Kontrast (WCAG AA verlangt %1:1 für Text)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1: not a valid colour</source>
        <translation>%1: keine gültige Farbe</translation>
    </message>
    <message>
        <source>%1 %2: %3:1 — passes AA</source>
        <translation>%1 %2: %3:1 — erfüllt AA</translation>
    </message>
    <message>
        <source>%1 %2: %3:1 — &lt;b style=&apos;color:#b3261e&apos;&gt;below AA&lt;/b&gt;, hard to read</source>
        <translation>%1 %2: %3:1 — &lt;b style=&apos;color:#b3261e&apos;&gt;unter AA&lt;/b&gt;, schwer lesbar</translation>
    </message>
    <message>
        <source>%1 contrast %2 to 1, passes</source>
        <translation>%1: Kontrast %2 zu 1, erfüllt</translation>
    </message>
    <message>
        <source>%1 contrast %2 to 1, below AA</source>
        <translation>%1: Kontrast %2 zu 1, unter AA</translation>
    </message>
    <message>
        <source>Font and shape</source>
        <translation>Schrift und Form</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Schriftfamilie</translation>
    </message>
    <message>
        <source>A CSS font-family list, e.g. Inter, system-ui, sans-serif</source>
        <translation>Eine CSS-font-family-Liste, z. B. Inter, system-ui, sans-serif</translation>
    </message>
    <message>
        <source>The font family cannot be empty</source>
        <translation>Die Schriftfamilie darf nicht leer sein</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Corner radius</source>
        <translation>Eckenradius</translation>
    </message>
    <message>
        <source>Widget width</source>
        <translation>Widget-Breite</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Launcher position</source>
        <translation>Position des Starters</translation>
    </message>
    <message>
        <source>Horizontal offset</source>
        <translation>Horizontaler Abstand</translation>
    </message>
    <message>
        <source>Vertical offset</source>
        <translation>Vertikaler Abstand</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>On primary</source>
        <translation>Auf Primär</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>On background</source>
        <translation>Auf Hintergrund</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Muted text</source>
        <translation>Gedämpfter Text</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>callstudio::TimelineWidget</name>
    <message>
        <source>parent page</source>
        <translation>übergeordnete Seite</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Filter events (name, data or place)</source>
        <translation>Ereignisse filtern (Name, Daten oder Ort)</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Ging an</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>↩ %1</source>
        <translation>↩ %1</translation>
    </message>
    <message>
        <source>Emitted by custom code with c2c.emit</source>
        <translation>Von eigenem Code mit c2c.emit ausgelöst</translation>
    </message>
    <message>
        <source>Fired by you from the event injector</source>
        <translation>Von Ihnen über den Ereignis-Injektor ausgelöst</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older event(s) dropped to keep the last %1</source>
        <translation>
            <numerusform>%Ln älteres Ereignis verworfen, um die letzten %1 zu behalten</numerusform>
            <numerusform>%Ln ältere Ereignisse verworfen, um die letzten %1 zu behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1 %2</source>
        <translation>→ %1 %2</translation>
    </message>
    <message>
        <source>from the widget</source>
        <translation>vom Widget</translation>
    </message>
    <message>
        <source>from custom code</source>
        <translation>vom eigenen Code</translation>
    </message>
</context>
<context>
    <name>callstudio::UrlContextDock</name>
    <message>
        <source>URL context</source>
        <translation>URL-Kontext</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <source>URL context entries</source>
        <translation>Einträge des URL-Kontexts</translation>
    </message>
    <message>
        <source>Values the preview passes to the widget as if they came from the page URL</source>
        <translation>Werte, die die Vorschau an das Widget übergibt, als kämen sie aus der Seiten-URL</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Den ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>“%1” is not a valid key: start with a letter or &apos;_&apos;, then letters, digits or &apos;_&apos;</source>
        <translation>„%1“ ist kein gültiger Schlüssel: mit einem Buchstaben oder „_“ beginnen, dann Buchstaben, Ziffern oder „_“</translation>
    </message>
    <message>
        <source>The key “%1” is already used</source>
        <translation>Der Schlüssel „%1“ wird bereits verwendet</translation>
    </message>
</context>
<context>
    <name>callstudio::WidgetAudit</name>
    <message>
        <source>The accessibility audit did not finish in time.</source>
        <translation>Die Barrierefreiheitsprüfung wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>This build has no axe-core: run npm ci in the source tree, then build again.</source>
        <translation>Dieser Build enthält kein axe-core: Führen Sie npm ci im Quellbaum aus und bauen Sie neu.</translation>
    </message>
    <message>
        <source>The widget refused the audit&apos;s &quot;%1&quot; command.</source>
        <translation>Das Widget hat den Befehl „%1“ der Prüfung abgelehnt.</translation>
    </message>
    <message>
        <source>axe-core could not run: %1</source>
        <translation>axe-core konnte nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>callstudio::WidgetConfigViewer</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Widget Config</source>
        <translation>Widget-Konfiguration</translation>
    </message>
    <message>
        <source>Widget config JSON</source>
        <translation>JSON der Widget-Konfiguration</translation>
    </message>
    <message>
        <source>Copy the whole widget config to the clipboard</source>
        <translation>Die ganze Widget-Konfiguration in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>a string in double quotes</source>
        <translation>eine Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>invalid JSON: single quotes are not allowed; keys and strings need double quotes</source>
        <translation>ungültiges JSON: Einfache Anführungszeichen sind nicht erlaubt; Schlüssel und Zeichenketten brauchen doppelte Anführungszeichen</translation>
    </message>
    <message>
        <source>invalid JSON: comments are not allowed</source>
        <translation>ungültiges JSON: Kommentare sind nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid JSON: unexpected word &quot;%1&quot;; text values need double quotes</source>
        <translation>ungültiges JSON: Unerwartetes Wort „%1“; Textwerte brauchen doppelte Anführungszeichen</translation>
    </message>
    <message>
        <source>invalid JSON: found %1; expected a value (a number, a string in double quotes, true, false or null)</source>
        <translation>ungültiges JSON: %1 gefunden; erwartet wird ein Wert (eine Zahl, eine Zeichenkette in doppelten Anführungszeichen, true, false oder null)</translation>
    </message>
    <message>
        <source>invalid JSON: a number is incomplete; expected a digit after &apos;-&apos;, found %1</source>
        <translation>ungültiges JSON: eine Zahl ist unvollständig; nach „-“ wird eine Ziffer erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>invalid JSON: a number is incomplete; expected a digit after &apos;.&apos;, found %1</source>
        <translation>ungültiges JSON: eine Zahl ist unvollständig; nach „.“ wird eine Ziffer erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>invalid JSON: a number is incomplete; expected a digit in its exponent, found %1</source>
        <translation>ungültiges JSON: eine Zahl ist unvollständig; im Exponenten wird eine Ziffer erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>invalid JSON: a string is not closed before the end of the line</source>
        <translation>ungültiges JSON: Eine Zeichenkette ist vor dem Zeilenende nicht abgeschlossen</translation>
    </message>
    <message>
        <source>invalid JSON: a string holds the control character %1; write it as an escape such as \n</source>
        <translation>ungültiges JSON: eine Zeichenkette enthält das Steuerzeichen %1; schreiben Sie es als Escape wie \n</translation>
    </message>
    <message>
        <source>invalid JSON: a string is not closed before the end of the file</source>
        <translation>ungültiges JSON: eine Zeichenkette ist vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>invalid JSON: unknown escape %1 in a string; after a backslash expected one of &quot; \ / b f n r t u</source>
        <translation>ungültiges JSON: unbekanntes Escape %1 in einer Zeichenkette; nach einem Backslash wird eines von &quot; \ / b f n r t u erwartet</translation>
    </message>
    <message>
        <source>invalid JSON: \u in a string must be followed by 4 hexadecimal digits</source>
        <translation>ungültiges JSON: auf \u in einer Zeichenkette müssen 4 Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>invalid JSON: a string holds half of a UTF-16 surrogate pair (\uD800 to \uDFFF)</source>
        <translation>ungültiges JSON: eine Zeichenkette enthält die Hälfte eines UTF-16-Surrogatpaars (\uD800 bis \uDFFF)</translation>
    </message>
    <message>
        <source>the file starts with an incomplete byte order mark</source>
        <translation>die Datei beginnt mit einer unvollständigen Bytereihenfolge-Markierung</translation>
    </message>
    <message>
        <source>invalid JSON: found %1</source>
        <translation>ungültiges JSON: %1 gefunden</translation>
    </message>
    <message>
        <source>invalid JSON: the file ends too early</source>
        <translation>ungültiges JSON: Die Datei endet zu früh</translation>
    </message>
    <message>
        <source>invalid JSON: the file ends too early; expected %1</source>
        <translation>ungültiges JSON: Die Datei endet zu früh; erwartet wurde %1</translation>
    </message>
    <message>
        <source>invalid JSON: missing &apos;:&apos; after a key</source>
        <translation>ungültiges JSON: Nach einem Schlüssel fehlt &apos;:&apos;</translation>
    </message>
    <message>
        <source>invalid JSON: a comma before &apos;%1&apos; has nothing after it</source>
        <translation>ungültiges JSON: Auf das Komma vor &apos;%1&apos; folgt nichts</translation>
    </message>
    <message>
        <source>invalid JSON: missing &apos;,&apos; or %1 before this</source>
        <extracomment>%1 is the closing bracket that was expected: &apos;}&apos; or &apos;]&apos;.</extracomment>
        <translation>ungültiges JSON: Vor dieser Stelle fehlt &apos;,&apos; oder %1</translation>
    </message>
    <message>
        <source>invalid JSON: found %1 after the end of the design; expected the end of the file</source>
        <translation>ungültiges JSON: %1 nach dem Ende des Designs gefunden; erwartet wird das Dateiende</translation>
    </message>
    <message>
        <source>invalid JSON: unexpected %1</source>
        <translation>ungültiges JSON: unerwartet %1</translation>
    </message>
    <message>
        <source>invalid JSON: found %1; expected %2</source>
        <translation>ungültiges JSON: %1 gefunden; erwartet: %2</translation>
    </message>
</context>
</TS>
