<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Designer</name>
    <message>
        <source>Idle</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Aviso informativo</translation>
    </message>
    <message>
        <source>Call button</source>
        <translation>Botón de llamada</translation>
    </message>
    <message>
        <source>Hang-up button</source>
        <translation>Botón de colgar</translation>
    </message>
    <message>
        <source>Mute button</source>
        <translation>Botón de silencio</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Temporizador de llamada</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Spacer</source>
        <translation>Espaciador</translation>
    </message>
    <message>
        <source>Pre-call form</source>
        <translation>Formulario previo a la llamada</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Casilla</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Microphone blocked</source>
        <translation>Micrófono bloqueado</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
    <message>
        <source>Audio failure</source>
        <translation>Fallo de audio</translation>
    </message>
    <message>
        <source>Network lost</source>
        <translation>Red perdida</translation>
    </message>
    <message>
        <source>Call not accepted</source>
        <translation>Llamada no aceptada</translation>
    </message>
    <message>
        <source>Calling unavailable</source>
        <translation>Llamadas no disponibles</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>The browser hid this error from the page; its console says: %1. The sandbox has no cookies or storage (an opaque origin, as on your site).</source>
        <extracomment>%1 is the web engine&apos;s own message about the error, in English.</extracomment>
        <translation>El navegador ocultó este error a la página; su consola dice: %1. El entorno aislado no tiene cookies ni almacenamiento (un origen opaco, como en su sitio).</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>these call errors show Call Studio&apos;s built-in English message: %1</source>
        <translation>estos errores de llamada muestran el mensaje en inglés integrado en Call Studio: %1</translation>
    </message>
    <message>
        <source>the default locale &quot;%1&quot; is not among the design&apos;s locales</source>
        <translation>el idioma predeterminado «%1» no está entre los idiomas del diseño</translation>
    </message>
    <message>
        <source>block id &quot;%1&quot; is used twice</source>
        <translation>el ID de bloque «%1» se usa dos veces</translation>
    </message>
    <message>
        <source>the before-call disclosure comes after the call button; visitors must read it before they tap Call</source>
        <translation>el aviso informativo previo a la llamada está después del botón de llamada; los visitantes deben leerlo antes de pulsar Llamar</translation>
    </message>
    <message>
        <source>%1 has no text in the default locale &quot;%2&quot;</source>
        <translation>%1 no tiene texto en el idioma predeterminado «%2»</translation>
    </message>
    <message>
        <source>%1 is not translated into %2</source>
        <translation>%1: falta la traducción a %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 no tiene dirección</translation>
    </message>
    <message>
        <source>%1 must be an https:, mailto: or tel: address, not &quot;%2&quot;</source>
        <translation>%1 debe tener una dirección https:, mailto: o tel:, no «%2»</translation>
    </message>
    <message>
        <source>%1 must be an https: address, not &quot;%2&quot;</source>
        <translation>%1 debe tener una dirección https:, no «%2»</translation>
    </message>
    <message>
        <source>the %1 block &quot;%2&quot;</source>
        <translation>el bloque %1 «%2»</translation>
    </message>
    <message>
        <source>%1 (muted label)</source>
        <translation>%1 (etiqueta con el micro silenciado)</translation>
    </message>
    <message>
        <source>the privacy-notice link of %1</source>
        <translation>%1 (enlace al aviso de privacidad)</translation>
    </message>
    <message>
        <source>%1 (alternative text)</source>
        <translation>%1 (texto alternativo)</translation>
    </message>
    <message>
        <source>%1 has no fields</source>
        <translation>%1 no tiene campos</translation>
    </message>
    <message>
        <source>the form field &quot;%1&quot;</source>
        <translation>el campo de formulario «%1»</translation>
    </message>
    <message>
        <source>%1 (placeholder)</source>
        <translation>%1 (texto de ejemplo)</translation>
    </message>
    <message>
        <source>%1 is a list with no options</source>
        <translation>%1 es una lista sin opciones</translation>
    </message>
    <message>
        <source>%1 lists the option &quot;%2&quot; twice</source>
        <translation>%1 incluye dos veces la opción «%2»</translation>
    </message>
    <message>
        <source>%1 option &quot;%2&quot;</source>
        <translation>%1 (opción «%2»)</translation>
    </message>
    <message>
        <source>%1 (consent checkbox)</source>
        <translation>%1 (casilla de consentimiento)</translation>
    </message>
    <message>
        <source>%1 (question)</source>
        <translation>%1 (pregunta)</translation>
    </message>
    <message>
        <source>%1 has a rating scale whose lowest value is not below its highest</source>
        <translation>%1 tiene una escala de puntuación cuyo valor mínimo no es menor que el máximo</translation>
    </message>
    <message>
        <source>%1 (comment label)</source>
        <translation>%1 (etiqueta del comentario)</translation>
    </message>
    <message>
        <source>%1 (comment placeholder)</source>
        <translation>%1 (texto de ejemplo del comentario)</translation>
    </message>
    <message>
        <source>%1 (send button)</source>
        <translation>%1 (botón de envío)</translation>
    </message>
    <message>
        <source>%1 (thank-you text)</source>
        <translation>%1 (texto de agradecimiento)</translation>
    </message>
    <message>
        <source>the form field key &quot;%1&quot; is used twice</source>
        <translation>la clave de campo de formulario «%1» se usa dos veces</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time as HH:MM</source>
        <translation>%1: «%2» no es una hora con formato HH:MM</translation>
    </message>
    <message>
        <source>%1: the window %2–%3 closes before it opens</source>
        <translation>%1: la franja %2–%3 cierra antes de abrir</translation>
    </message>
    <message>
        <source>%1: the window %2–%3 overlaps another one</source>
        <translation>%1: la franja %2–%3 se solapa con otra</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone</source>
        <translation>«%1» no es una zona horaria IANA conocida</translation>
    </message>
    <message>
        <source>business hours are on but no day has an opening window: the widget always shows &quot;closed&quot;</source>
        <translation>el horario de atención está activado, pero ningún día tiene franjas de apertura: el widget siempre muestra «cerrado»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha del calendario (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>there are two exceptions for %1</source>
        <translation>hay dos excepciones para el %1</translation>
    </message>
    <message>
        <source>the exception for %1 is not closed all day but has no opening window</source>
        <translation>la excepción del %1 no está cerrada todo el día, pero no tiene ninguna franja de apertura</translation>
    </message>
    <message>
        <source>the exception for %1</source>
        <translation>la excepción del %1</translation>
    </message>
    <message>
        <source>the label of the exception for %1</source>
        <translation>la etiqueta de la excepción del %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <extracomment>%1 says why, as the system words it.</extracomment>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is too large (%1; a design may be at most %2)</source>
        <translation>el archivo es demasiado grande (%1; un diseño puede ocupar como máximo %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is the file&apos;s path; %2 says why, as the system words it.</extracomment>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>el JSON tiene más de %1 niveles de anidamiento</translation>
    </message>
    <message>
        <source>invalid JSON: a number is too large</source>
        <translation>el JSON no es válido: un número es demasiado grande</translation>
    </message>
    <message>
        <source>a design file must hold a JSON object</source>
        <translation>un archivo de diseño debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 up, not %2</source>
        <extracomment>%1 is a key of the design file; %2 is the value found there.</extracomment>
        <translation>«%1» debe ser un número entero mayor o igual que 0, no %2</translation>
    </message>
    <message>
        <source>the file was written by a newer Call Studio (schema version %1); this version reads schema version %2 and older</source>
        <translation>el archivo se escribió con una versión más reciente de Call Studio (versión de esquema %1); esta versión lee la versión de esquema %2 y anteriores</translation>
    </message>
    <message>
        <source>cannot upgrade from schema version %1: %2</source>
        <extracomment>%2 says what stopped the upgrade.</extracomment>
        <translation>no se puede actualizar desde la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>unexpected content: %1</source>
        <extracomment>%1 is the JSON library&apos;s own description of the error, in English.</extracomment>
        <translation>contenido inesperado: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>this is a directory, not a design file</source>
        <translation>esto es un directorio, no un archivo de diseño</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>el documento no es un objeto JSON</translation>
    </message>
    <message>
        <source>version 0 &quot;locales&quot; must list at least one language code</source>
        <translation>en la versión 0, «locales» debe incluir al menos un código de idioma</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a %1</source>
        <extracomment>A JSON Schema type that has no wording of its own; %1 is its name as the schema spells it.</extracomment>
        <translation>un valor de tipo %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>Joins the last type to a list of allowed types: &quot;a string or null&quot;.</extracomment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins one more type to a list of allowed types: &quot;a string, an integer&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>el diseño</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>A key of the design file, named in a message.</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>item %1 of &quot;%2&quot;</source>
        <extracomment>%1 is the 1-based position of an item in the list named by the key %2.</extracomment>
        <translation>el elemento %1 de «%2»</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>el elemento %1</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>falta la clave obligatoria «%1»</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot; in %2</source>
        <translation>falta la clave obligatoria «%1» en %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>clave desconocida «%1» en %2</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>otro tipo</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 debe ser %2, no %3</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 debe ser %2</translation>
    </message>
    <message>
        <source>%1 is %2; expected one of: %3</source>
        <translation>%1 vale %2; se esperaba uno de estos valores: %3</translation>
    </message>
    <message>
        <source>%1 is not allowed; expected one of: %2</source>
        <translation>%1 no se admite; se esperaba uno de estos valores: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>%1 names a value in the design; %2 is that value as the file has it.</extracomment>
        <translation>%1 vale %2</translation>
    </message>
    <message>
        <source>%1 is not allowed</source>
        <translation>%1 no se admite</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3</source>
        <translation>%1 vale %2; se esperaba %3</translation>
    </message>
    <message>
        <source>%1 is malformed; expected %2</source>
        <translation>%1 tiene un formato incorrecto; se esperaba %2</translation>
    </message>
    <message>
        <source>%1 is malformed</source>
        <translation>%1 tiene un formato incorrecto</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>un valor fijo</translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 debe ser como mínimo %2, no %3</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 debe ser como mínimo %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2, not %3</source>
        <translation>%1 debe ser como máximo %2, no %3</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 debe ser como máximo %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 no puede estar vacío</translation>
    </message>
    <message>
        <source>%1 is too short</source>
        <translation>%1 es demasiado corto</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters)</source>
        <translation>%1 es demasiado largo (como máximo %2 caracteres)</translation>
    </message>
    <message>
        <source>%1 has too many items (at most %2)</source>
        <translation>%1 tiene demasiados elementos (como máximo %2)</translation>
    </message>
    <message>
        <source>%1 has too many entries (at most %2)</source>
        <translation>%1 tiene demasiadas entradas (como máximo %2)</translation>
    </message>
    <message>
        <source>%1 lists %2 twice</source>
        <translation>%1 incluye %2 dos veces</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%2 is the schema validator&apos;s own description of the failure, in English.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>when &quot;%1&quot; is %2</source>
        <translation>cuando «%1» vale %2</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; does not belong in a %2 block; it takes: %3</source>
        <translation>la clave «%1» no corresponde a un bloque %2, que admite: %3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not allowed here; expected one of: %2</source>
        <translation>la clave «%1» no se admite aquí; se esperaba una de estas claves: %2</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not allowed %2; expected one of: %3</source>
        <extracomment>%2 is a condition such as: when &quot;closed&quot; is true</extracomment>
        <translation>la clave «%1» no se admite %2; se esperaba una de estas claves: %3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in %2 is not valid; expected %3</source>
        <translation>la clave «%1» en %2 no es válida; se esperaba %3</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; in %2 is not valid</source>
        <translation>la clave «%1» en %2 no es válida</translation>
    </message>
    <message>
        <source>the design does not follow the file format</source>
        <translation>el diseño no sigue el formato de archivo</translation>
    </message>
    <message>
        <source>the markup nests more than %1 elements deep here; Call Studio does not check the rest of this area</source>
        <translation>aquí el marcado tiene más de %1 niveles de elementos anidados; Call Studio no comprueba el resto de esta área</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems in Head HTML are not listed; fix the ones above first</source>
        <translation>
            <numerusform>no se muestra %n problema más en el HTML del head; corrige primero los de arriba</numerusform>
            <numerusform>no se muestran %n problemas más en el HTML del head; corrige primero los de arriba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problems in Body end HTML are not listed; fix the ones above first</source>
        <translation>
            <numerusform>no se muestra %n problema más en el HTML al final del body; corrige primero los de arriba</numerusform>
            <numerusform>no se muestran %n problemas más en el HTML al final del body; corrige primero los de arriba</numerusform>
        </translation>
    </message>
    <message>
        <source>this &lt;script&gt; has no &lt;/script&gt;: the browser does not run it and treats the rest of the area as its text</source>
        <translation>este &lt;script&gt; no tiene &lt;/script&gt;: el navegador no lo ejecuta y trata el resto del área como su texto</translation>
    </message>
    <message>
        <source>stray end tag &lt;/%1&gt; closes nothing that is open here; the browser ignores it</source>
        <extracomment>%1 is the name of an HTML tag.</extracomment>
        <translation>la etiqueta de cierre sobrante &lt;/%1&gt; no cierra nada abierto aquí; el navegador la ignora</translation>
    </message>
    <message>
        <source>the script &quot;%1&quot; is loaded over http:, which the browser blocks as mixed content in the HTTPS widget; use https:</source>
        <extracomment>%1 is the http: address as the code writes it.</extracomment>
        <translation>el script «%1» se carga por http:, que el navegador bloquea como contenido mixto en el widget HTTPS; usa https:</translation>
    </message>
    <message>
        <source>the stylesheet &quot;%1&quot; is loaded over http:, which the browser blocks as mixed content in the HTTPS widget; use https:</source>
        <extracomment>%1 is the http: address as the code writes it.</extracomment>
        <translation>la hoja de estilos «%1» se carga por http:, que el navegador bloquea como contenido mixto en el widget HTTPS; usa https:</translation>
    </message>
    <message>
        <source>the iframe &quot;%1&quot; is loaded over http:, which the browser blocks as mixed content in the HTTPS widget; use https:</source>
        <extracomment>%1 is the http: address as the code writes it.</extracomment>
        <translation>el iframe «%1» se carga por http:, que el navegador bloquea como contenido mixto en el widget HTTPS; usa https:</translation>
    </message>
    <message>
        <source>this form has an action, but the sandbox does not allow form submission, so sending it does nothing; send the data with fetch() instead</source>
        <translation>este formulario tiene un atributo action, pero el entorno aislado no permite enviar formularios, así que enviarlo no hace nada; envía los datos con fetch() en su lugar</translation>
    </message>
    <message>
        <source>%1 is not available in the sandbox (opaque origin): using it throws a SecurityError and stops this script; keep state in variables or send it to your own server</source>
        <extracomment>%1 is localStorage, sessionStorage or indexedDB.</extracomment>
        <translation>%1 no está disponible en el entorno aislado (origen opaco): usarlo lanza un SecurityError y detiene este script; guarda el estado en variables o envíalo a tu propio servidor</translation>
    </message>
    <message>
        <source>document.cookie throws a SecurityError in the sandbox (opaque origin) and can never reach the cookies of your site</source>
        <translation>document.cookie lanza un SecurityError en el entorno aislado (origen opaco) y nunca puede acceder a las cookies de tu sitio</translation>
    </message>
    <message>
        <source>navigator.locks is refused in the sandbox (opaque origin): its requests fail with a SecurityError</source>
        <translation>navigator.locks se rechaza en el entorno aislado (origen opaco): sus solicitudes fallan con un SecurityError</translation>
    </message>
    <message>
        <source>%1.location is out of reach of the sandbox: custom code cannot read or navigate the embedding page, and the attempt throws</source>
        <extracomment>%1 is top or parent.</extracomment>
        <translation>%1.location queda fuera del alcance del entorno aislado: el código personalizado no puede leer la página contenedora ni hacerla navegar, y el intento lanza una excepción</translation>
    </message>
    <message>
        <source>window.open does nothing in the sandbox (no popups allowed); show a link block in the widget instead</source>
        <translation>window.open no hace nada en el entorno aislado (no se permiten ventanas emergentes); muestra un bloque de enlace en el widget en su lugar</translation>
    </message>
    <message>
        <source>%1() is ignored in the sandbox (no modal dialogs allowed): the visitor never sees it and it returns at once</source>
        <extracomment>%1 is alert, confirm or prompt.</extracomment>
        <translation>%1() se ignora en el entorno aislado (no se permiten diálogos modales): el visitante nunca lo ve y la función retorna de inmediato</translation>
    </message>
    <message>
        <source>.%1() submits a form, which the sandbox does not allow, so nothing is sent; use fetch() instead</source>
        <extracomment>%1 is submit or requestSubmit.</extracomment>
        <translation>.%1() envía un formulario, algo que el entorno aislado no permite, así que no se envía nada; usa fetch() en su lugar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event of the widget, so this handler never runs; the events are %2</source>
        <extracomment>%1 is the event name the code uses; %2 lists the names of the widget&apos;s events.</extracomment>
        <translation>«%1» no es un evento del widget, así que este manejador nunca se ejecuta; los eventos son %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event of the widget, so this handler never runs; did you mean &quot;%2&quot;?</source>
        <extracomment>%1 is the event name the code uses; %2 is the name of the widget&apos;s event closest to it.</extracomment>
        <translation>«%1» no es un evento del widget, así que este manejador nunca se ejecuta; ¿querías decir «%2»?</translation>
    </message>
    <message>
        <source>the %1 event has no field &quot;%2&quot;, so this reads undefined; it carries %3</source>
        <extracomment>%1 is the name of an event, %2 the field the code reads and %3 lists the event&apos;s fields.</extracomment>
        <translation>el evento %1 no tiene ningún campo «%2», así que esta lectura da undefined; sus campos son: %3</translation>
    </message>
    <message>
        <source>%1 looks like payment card data (the name contains &quot;%2&quot;); the widget is not a payment processor and must never carry card data, so remove it or collect payments elsewhere. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the word found in its name; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 parece contener datos de tarjetas de pago (el nombre contiene «%2»); el widget no es un procesador de pagos y nunca debe transmitir datos de tarjetas, así que retira esos datos o cobra los pagos por otra vía. Guía del producto: «%3»</translation>
    </message>
    <message>
        <source>%1 looks like payment card data (it contains the card number &quot;%2&quot;); the widget is not a payment processor and must never carry card data, so remove it or collect payments elsewhere. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the card number found; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 parece contener datos de tarjetas de pago (contiene el número de tarjeta «%2»); el widget no es un procesador de pagos y nunca debe transmitir datos de tarjetas, así que retira esos datos o cobra los pagos por otra vía. Guía del producto: «%3»</translation>
    </message>
    <message>
        <source>%1 looks like payment card data (it asks for &quot;%2&quot;); the widget is not a payment processor and must never carry card data, so remove it or collect payments elsewhere. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the term found; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 parece contener datos de tarjetas de pago (pide «%2»); el widget no es un procesador de pagos y nunca debe transmitir datos de tarjetas, así que retira esos datos o cobra los pagos por otra vía. Guía del producto: «%3»</translation>
    </message>
    <message>
        <source>%1 looks like health data (&quot;%2&quot;); the service is not meant for protected health information, so ask for it on a channel that is. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 says what it is in (&quot;the survey question&quot;, &quot;the URL context key …&quot;); %2 is the word or words found; %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>%1 parece contener datos de salud («%2»); el servicio no está pensado para información sanitaria protegida, así que solicítala por un canal apto para ello. Guía del producto: «%3»</translation>
    </message>
    <message>
        <source>the URL context key &quot;%1&quot;</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a key.</extracomment>
        <translation>la clave de contexto de URL «%1»</translation>
    </message>
    <message>
        <source>the URL context key &quot;%1&quot; (sample value &quot;%2&quot;)</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a key, %2 its value.</extracomment>
        <translation>la clave de contexto de URL «%1» (valor de ejemplo «%2»)</translation>
    </message>
    <message>
        <source>the pre-call form field &quot;%1&quot;</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a field&apos;s key.</extracomment>
        <translation>el campo «%1» del formulario previo a la llamada</translation>
    </message>
    <message>
        <source>the pre-call form field &quot;%1&quot; (option &quot;%2&quot;)</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;. %1 is a field&apos;s key, %2 the value of one of its options.</extracomment>
        <translation>el campo «%1» del formulario previo a la llamada (opción «%2»)</translation>
    </message>
    <message>
        <source>the survey question</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;.</extracomment>
        <translation>la pregunta de la encuesta</translation>
    </message>
    <message>
        <source>the survey comment label</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;.</extracomment>
        <translation>la etiqueta del comentario de la encuesta</translation>
    </message>
    <message>
        <source>the survey comment placeholder</source>
        <extracomment>Subject of &quot;… looks like payment card data&quot; and &quot;… looks like health data&quot;.</extracomment>
        <translation>el texto de ejemplo del comentario de la encuesta</translation>
    </message>
    <message>
        <source>the custom code loads trackers (%1) but the widget tells visitors nothing about them before the call; add a disclosure block above the call button in the idle state so visitors read it before the microphone is asked for. Seed guidance: &quot;%2&quot;</source>
        <extracomment>%1 lists the tracker domains and calls found; %2 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>el código personalizado carga rastreadores (%1), pero el widget no informa de ellos a los visitantes antes de la llamada; añade un bloque de aviso informativo encima del botón de llamada en el estado «En espera» para que los visitantes lo lean antes de que se les pida el micrófono. Guía del producto: «%2»</translation>
    </message>
    <message>
        <source>the pre-call form collects personal data (%1) but no before-call disclosure says what it is used for; add a disclosure block above the call button in the idle state so visitors read it before the microphone is asked for. Seed guidance: &quot;%2&quot;</source>
        <extracomment>%1 lists the keys of the fields; %2 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>el formulario previo a la llamada recoge datos personales (%1), pero ningún aviso informativo previo a la llamada explica para qué se usan; añade un bloque de aviso informativo encima del botón de llamada en el estado «En espera» para que los visitantes lo lean antes de que se les pida el micrófono. Guía del producto: «%2»</translation>
    </message>
    <message>
        <source>URL in script</source>
        <translation>URL en un script</translation>
    </message>
    <message>
        <source>%1 must be an address of one of %2, not &quot;%3&quot;</source>
        <translation>%1 debe ser una dirección %2, no «%3»</translation>
    </message>
    <message>
        <source>the “%1” error message</source>
        <translation>el mensaje de error «%1»</translation>
    </message>
    <message>
        <source>the %1 state has no call button</source>
        <translation>el estado «%1» no tiene botón de llamada</translation>
    </message>
    <message>
        <source>the %1 state has more than one call button (this is call button %2)</source>
        <translation>el estado «%1» tiene más de un botón de llamada (este es el botón de llamada número %2)</translation>
    </message>
    <message>
        <source>the %1 (%2, block %3)</source>
        <extracomment>%1 is a kind of block (&quot;Call button&quot;), %2 a state (&quot;Idle&quot;), %3 the block&apos;s position</extracomment>
        <translation>el bloque %1 (%2, bloque %3)</translation>
    </message>
    <message>
        <source>this %1 in the %2 state mentions call recording, but visitors only learn about it from a before-call disclosure in the %4 state; move the notice there. Seed guidance: &quot;%3&quot;</source>
        <extracomment>%1 is a kind of block and %2 a state, as the designer names them (Paragraph, In call …); %3 quotes the product&apos;s English documentation: keep it in English.</extracomment>
        <translation>este bloque %1 del estado %2 menciona la grabación de la llamada, pero los visitantes solo quedan informados mediante un aviso informativo previo a la llamada en el estado «%4»; traslada el aviso allí. Guía del producto: «%3»</translation>
    </message>
    <message>
        <source>%1 more problems are not listed (at most %2 are listed per file)</source>
        <translation>%1 problemas más no se muestran (como máximo %2 por archivo)</translation>
    </message>
    <message>
        <source>the file does not follow the widget config format</source>
        <translation>el archivo no sigue el formato de configuración del widget</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice; each key may appear once in an object</source>
        <extracomment>%1 is a key of the design file.</extracomment>
        <translation>la clave &quot;%1&quot; aparece dos veces; cada clave solo puede aparecer una vez en un objeto</translation>
    </message>
    <message>
        <source>too many levels of symbolic links (a symlink loop)</source>
        <translation>demasiados niveles de enlaces simbólicos (un bucle de enlaces)</translation>
    </message>
    <message>
        <source>this is a %1, not a design file</source>
        <extracomment>%1 is the kind of special file: FIFO, socket or device.</extracomment>
        <translation>esto es un %1, no un archivo de diseño</translation>
    </message>
    <message>
        <source>%1 lists %2 %3 times</source>
        <translation>%1 incluye %2 %3 veces</translation>
    </message>
    <message>
        <source>%1 repeats %2 more values</source>
        <translation>%1 repite %2 valores más</translation>
    </message>
    <message>
        <source>%1 on %2 has a contrast of %3:1, below the 4.5:1 that WCAG AA asks for text; visitors with low vision may not read it</source>
        <extracomment>%1 and %2 are theme colours (&quot;Muted text&quot;, &quot;Surface&quot;), %3 their contrast ratio</extracomment>
        <translation>%1 sobre %2 tiene un contraste de %3:1, por debajo del 4,5:1 que WCAG AA pide para el texto; los visitantes con baja visión pueden no leerlo</translation>
    </message>
    <message>
        <source>the snippet still holds its placeholder &quot;%1&quot;; replace it with your own ID from the vendor&apos;s console, or the tag reports to no account</source>
        <extracomment>%1 is a placeholder such as G-XXXXXXX, quoted from the code</extracomment>
        <translation>el fragmento aún contiene su marcador «%1»; sustitúyelo por tu propio ID de la consola del proveedor, o la etiqueta no informará a ninguna cuenta</translation>
    </message>
    <message>
        <source>the %1 state has no %2: the visitor cannot end the call from the widget</source>
        <translation>el estado %1 no tiene %2: el visitante no puede terminar la llamada desde el widget</translation>
    </message>
    <message>
        <source>at least %1 more problems are not listed (at most %2 are listed per file; checking stopped early)</source>
        <translation>al menos %1 problemas más no se listan (se listan como máximo %2 por archivo; la comprobación se detuvo antes)</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is too long; keys are at most %2 bytes</source>
        <extracomment>%1 is the start of the key as written in the file.</extracomment>
        <translation>la clave «%1» es demasiado larga; las claves tienen como máximo %2 bytes</translation>
    </message>
    <message>
        <source>%1 writes cookies whatever its settings, which the sandbox (an opaque origin, as on your site) refuses with a SecurityError, so it never starts there; load it from your own page instead and send it the widget&apos;s events, which your page receives by postMessage</source>
        <extracomment>%1 is an analytics SDK&apos;s name (Mixpanel).</extracomment>
        <translation>%1 escribe cookies sea cual sea su configuración, lo que el entorno aislado (un origen opaco, como en su sitio) rechaza con un SecurityError, así que nunca arranca allí; cárguelo desde su propia página y envíele los eventos del widget, que su página recibe por postMessage</translation>
    </message>
    <message>
        <source>%1 keeps its state in cookies or storage by default, which the sandbox (an opaque origin, as on your site) refuses with a SecurityError, so it never starts; keep its state in memory: set %2</source>
        <extracomment>%1 is an analytics SDK&apos;s name (Amplitude); %2 the setting to add, in code (identityStorage: &apos;none&apos; in …).</extracomment>
        <translation>%1 guarda por defecto su estado en cookies o almacenamiento, lo que el entorno aislado (un origen opaco, como en su sitio) rechaza con un SecurityError, así que nunca arranca; mantenga su estado en memoria: configure %2</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add Block</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <source>Delete Block</source>
        <translation>Eliminar bloque</translation>
    </message>
    <message>
        <source>Add Locale %1</source>
        <translation>Añadir idioma %1</translation>
    </message>
    <message>
        <source>Remove Locale %1</source>
        <translation>Quitar idioma %1</translation>
    </message>
    <message>
        <source>Duplicate Block</source>
        <translation>Duplicar bloque</translation>
    </message>
    <message>
        <source>Move Block</source>
        <translation>Mover bloque</translation>
    </message>
    <message>
        <source>Import Widget Config</source>
        <translation>Importar configuración de widget</translation>
    </message>
    <message>
        <source>Add Form Field</source>
        <translation>Añadir campo de formulario</translation>
    </message>
    <message>
        <source>Remove Form Field</source>
        <translation>Quitar campo de formulario</translation>
    </message>
    <message>
        <source>Add Exception Date</source>
        <translation>Añadir fecha de excepción</translation>
    </message>
    <message>
        <source>Remove Exception Date</source>
        <translation>Quitar fecha de excepción</translation>
    </message>
    <message>
        <source>Add Opening Window</source>
        <translation>Añadir franja de apertura</translation>
    </message>
    <message>
        <source>Remove Opening Window</source>
        <translation>Quitar franja de apertura</translation>
    </message>
    <message>
        <source>Set Context Value</source>
        <translation>Establecer valor de contexto</translation>
    </message>
    <message>
        <source>Remove Context Entry</source>
        <translation>Quitar entrada de contexto</translation>
    </message>
    <message>
        <source>Rename Context Key</source>
        <translation>Renombrar clave de contexto</translation>
    </message>
    <message>
        <source>Move Form Field</source>
        <translation>Mover campo de formulario</translation>
    </message>
    <message>
        <source>Change Opening Hours</source>
        <translation>Cambiar horario de apertura</translation>
    </message>
    <message>
        <source>Change Time Zone</source>
        <translation>Cambiar zona horaria</translation>
    </message>
    <message>
        <source>Change Open 24/7</source>
        <translation>Cambiar abierto 24/7</translation>
    </message>
    <message>
        <source>Change Exception Date</source>
        <translation>Cambiar fecha de la excepción</translation>
    </message>
    <message>
        <source>Change Exception Label</source>
        <translation>Cambiar etiqueta de la excepción</translation>
    </message>
    <message>
        <source>Change Exception Hours</source>
        <translation>Cambiar horario de la excepción</translation>
    </message>
    <message>
        <source>Edit Head HTML</source>
        <translation>Editar HTML del head</translation>
    </message>
    <message>
        <source>Edit Body-end HTML</source>
        <translation>Editar HTML al final del body</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
    <message>
        <source>Change Text</source>
        <translation>Cambiar texto</translation>
    </message>
    <message>
        <source>Change Address</source>
        <translation>Cambiar dirección</translation>
    </message>
    <message>
        <source>Change Alignment</source>
        <translation>Cambiar alineación</translation>
    </message>
    <message>
        <source>Change Heading Level</source>
        <translation>Cambiar nivel del título</translation>
    </message>
    <message>
        <source>Change Button Style</source>
        <translation>Cambiar estilo del botón</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Cambiar tamaño</translation>
    </message>
    <message>
        <source>Use Ready Text</source>
        <translation>Usar texto listo</translation>
    </message>
    <message>
        <source>Change Field Key</source>
        <translation>Cambiar clave del campo</translation>
    </message>
    <message>
        <source>Change Field Type</source>
        <translation>Cambiar tipo del campo</translation>
    </message>
    <message>
        <source>Change Field Label</source>
        <translation>Cambiar etiqueta del campo</translation>
    </message>
    <message>
        <source>Change Field Placeholder</source>
        <translation>Cambiar texto de ejemplo del campo</translation>
    </message>
    <message>
        <source>Change Field Required</source>
        <translation>Cambiar obligatoriedad del campo</translation>
    </message>
    <message>
        <source>Change Field Options</source>
        <translation>Cambiar opciones del campo</translation>
    </message>
    <message>
        <source>Add Consent Checkbox</source>
        <translation>Añadir casilla de consentimiento</translation>
    </message>
    <message>
        <source>Remove Consent Checkbox</source>
        <translation>Quitar casilla de consentimiento</translation>
    </message>
    <message>
        <source>Change Consent Text</source>
        <translation>Cambiar texto de consentimiento</translation>
    </message>
    <message>
        <source>Change Consent Required</source>
        <translation>Cambiar obligatoriedad del consentimiento</translation>
    </message>
    <message>
        <source>Edit Survey</source>
        <translation>Editar encuesta</translation>
    </message>
    <message>
        <source>Rename Widget</source>
        <translation>Renombrar widget</translation>
    </message>
    <message>
        <source>Change App Id</source>
        <translation>Cambiar ID de la app</translation>
    </message>
    <message>
        <source>Change Default Locale</source>
        <translation>Cambiar idioma predeterminado</translation>
    </message>
    <message>
        <source>Change Routing</source>
        <translation>Cambiar enrutamiento</translation>
    </message>
    <message>
        <source>Change Error Message</source>
        <translation>Cambiar mensaje de error</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Cambiar color</translation>
    </message>
    <message>
        <source>Change Font</source>
        <translation>Cambiar fuente</translation>
    </message>
    <message>
        <source>Change Corner Radius</source>
        <translation>Cambiar el radio de las esquinas</translation>
    </message>
    <message>
        <source>Change Widget Width</source>
        <translation>Cambiar el ancho del widget</translation>
    </message>
    <message>
        <source>Change Launcher Position</source>
        <translation>Cambiar posición del lanzador</translation>
    </message>
    <message>
        <source>Change Horizontal Offset</source>
        <translation>Cambiar el desplazamiento horizontal</translation>
    </message>
    <message>
        <source>Change Vertical Offset</source>
        <translation>Cambiar el desplazamiento vertical</translation>
    </message>
</context>
<context>
    <name>WidgetAudit</name>
    <message>
        <source>Accessibility (%1, state %2, locale %3): %4</source>
        <translation>Accesibilidad (%1, estado %2, idioma %3): %4</translation>
    </message>
</context>
<context>
    <name>callstudio</name>
    <message>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>%1 › %2, block %3</source>
        <translation>%1 › %2, bloque %3</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>URL context</source>
        <translation>Contexto de URL</translation>
    </message>
    <message>
        <source>Call error messages › %1</source>
        <translation>Mensajes de error de llamada › %1</translation>
    </message>
    <message>
        <source>Call error messages</source>
        <translation>Mensajes de error de llamada</translation>
    </message>
    <message>
        <source>Head HTML, line %1</source>
        <translation>HTML del head, línea %1</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>HTML del head</translation>
    </message>
    <message>
        <source>Body-end HTML, line %1</source>
        <translation>HTML al final del body, línea %1</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML al final del body</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Widget › App ID</source>
        <translation>Widget › ID de aplicación</translation>
    </message>
    <message>
        <source>Widget › Name</source>
        <translation>Widget › Nombre</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translation>Diseño completo</translation>
    </message>
    <message>
        <source>UTF-32 (big-endian)</source>
        <translation>UTF-32 (big-endian)</translation>
    </message>
    <message>
        <source>UTF-32 (little-endian)</source>
        <translation>UTF-32 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>the file is in %1; a design file must be UTF-8</source>
        <translation>el archivo está en %1; un archivo de diseño debe estar en UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON: unexpected NUL byte</source>
        <translation>el JSON no es válido: byte NUL inesperado</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: byte %1 starts a character that the bytes after it do not complete</source>
        <translation>el archivo no es UTF-8 válido: el byte %1 inicia un carácter que los bytes siguientes no completan</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8: byte %1 cannot start a character here</source>
        <translation>el archivo no es UTF-8 válido: el byte %1 no puede iniciar un carácter aquí</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>el archivo está vacío; se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>Theme › %1</source>
        <translation>Tema › %1</translation>
    </message>
</context>
<context>
    <name>callstudio::AuditInDesigner</name>
    <message>
        <source>Checking the widget&apos;s accessibility in every state and locale (WCAG 2.2 AA, axe-core)…</source>
        <translation>Comprobando la accesibilidad del widget en cada estado e idioma (WCAG 2.2 AA, axe-core)…</translation>
    </message>
    <message>
        <source>The accessibility check could not run: %1</source>
        <translation>La comprobación de accesibilidad no pudo ejecutarse: %1</translation>
    </message>
    <message>
        <source>The design changed during the accessibility check; check it again.</source>
        <translation>El diseño cambió durante la comprobación de accesibilidad; vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Accessibility: no violations in any state or locale (%1 checked).</source>
        <translation>Accesibilidad: ninguna infracción en ningún estado ni idioma (%1 comprobados).</translation>
    </message>
    <message>
        <source>Accessibility: 1 problem, listed in Problems until the next edit.</source>
        <translation>Accesibilidad: 1 problema, listado en Problemas hasta la próxima edición.</translation>
    </message>
    <message>
        <source>Accessibility: %1 problems, listed in Problems until the next edit.</source>
        <translation>Accesibilidad: %1 problemas, listados en Problemas hasta la próxima edición.</translation>
    </message>
    <message>
        <source>Check &amp;Accessibility</source>
        <translation>Comprobar la &amp;accesibilidad</translation>
    </message>
    <message>
        <source>Check the widget in every state and locale against WCAG 2.2 AA (axe-core); what fails is listed in Problems</source>
        <translation>Comprobar el widget en cada estado e idioma según WCAG 2.2 AA (axe-core); lo que falla se lista en Problemas</translation>
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
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n bloque</numerusform>
            <numerusform>%n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks shown while the widget is in the “%1” state</source>
        <translation>Bloques que se muestran mientras el widget está en el estado «%1»</translation>
    </message>
    <message>
        <source>%1 “%2” — drag to reorder or to move to another state</source>
        <translation>%1 «%2» — arrastra para reordenar o mover a otro estado</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>callstudio::BusinessHoursDock</name>
    <message>
        <source>Business hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Abre a las</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Cierra a las</translation>
    </message>
    <message>
        <source>Opening time, HH:MM</source>
        <translation>Hora de apertura, HH:MM</translation>
    </message>
    <message>
        <source>Closing time, HH:MM (24:00 for midnight)</source>
        <translation>Hora de cierre, HH:MM (24:00 para medianoche)</translation>
    </message>
    <message>
        <source>Use HH:MM between 00:00 and 24:00</source>
        <translation>Usa HH:MM entre 00:00 y 24:00</translation>
    </message>
    <message>
        <source>Remove this opening window</source>
        <translation>Quitar esta franja de apertura</translation>
    </message>
    <message>
        <source>Remove opening window</source>
        <translation>Quitar franja de apertura</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Añadir franja</translation>
    </message>
    <message>
        <source>Add an opening window (split shifts have several)</source>
        <translation>Añadir una franja de apertura (los turnos partidos tienen varias)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The IANA time zone the opening hours are in</source>
        <translation>La zona horaria IANA del horario de apertura</translation>
    </message>
    <message>
        <source>Not a known time zone</source>
        <translation>Zona horaria desconocida</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Abierto 24/7</translation>
    </message>
    <message>
        <source>When ticked the weekly hours are kept but not used</source>
        <translation>Si se marca, el horario semanal se conserva pero no se usa</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horario semanal</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Exceptions (holidays, special days)</source>
        <translation>Excepciones (festivos, días especiales)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Use a calendar date as YYYY-MM-DD</source>
        <translation>Usa una fecha del calendario como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Exception label</source>
        <translation>Etiqueta de la excepción</translation>
    </message>
    <message>
        <source>Shown to visitors in %1, e.g. Christmas</source>
        <translation>Se muestra a los visitantes en %1, p. ej. Navidad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Cerrado todo el día</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Quitar excepción</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Add exception</source>
        <translation>Añadir excepción</translation>
    </message>
    <message>
        <source>Add a dated exception, closed all day by default</source>
        <translation>Añadir una excepción con fecha, cerrada todo el día por defecto</translation>
    </message>
</context>
<context>
    <name>callstudio::CallSimulatorPanel</name>
    <message>
        <source>Microphone denied</source>
        <translation>Micrófono denegado</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
    <message>
        <source>Media failure</source>
        <translation>Fallo de medios</translation>
    </message>
    <message>
        <source>Network drop</source>
        <translation>Caída de red</translation>
    </message>
    <message>
        <source>Session rejected</source>
        <translation>Sesión rechazada</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>Sin proveedor</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Tap call</source>
        <translation>Pulsar Llamar</translation>
    </message>
    <message>
        <source>Visitor hangs up</source>
        <translation>El visitante cuelga</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Accept request</source>
        <translation>Aceptar solicitud</translation>
    </message>
    <message>
        <source>The call request is accepted (call_started); the phone is still ringing</source>
        <translation>La solicitud de llamada se acepta (call_started); el teléfono sigue sonando</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Agent hangs up</source>
        <translation>El agente cuelga</translation>
    </message>
    <message>
        <source>Answer automatically after</source>
        <translation>Contestar automáticamente tras</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Make the call fail</source>
        <translation>Hacer fallar la llamada</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fallar</translation>
    </message>
    <message>
        <source>Sends call_error with this code; no call_ended follows</source>
        <translation>Envía call_error con este código; no sigue ningún call_ended</translation>
    </message>
    <message>
        <source>Widget state: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Estado del widget: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>Play my microphone back during the call</source>
        <translation>Reproducir mi micrófono durante la llamada</translation>
    </message>
    <message>
        <source>Hear your own voice through the widget&apos;s call path (use headphones)</source>
        <translation>Escucha tu propia voz a través del circuito de llamada del widget (usa auriculares)</translation>
    </message>
</context>
<context>
    <name>callstudio::ConsoleWidget</name>
    <message>
        <source>Head HTML, line %1</source>
        <translation>HTML del head, línea %1</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>HTML del head</translation>
    </message>
    <message>
        <source>Body-end HTML, line %1</source>
        <translation>HTML al final del body, línea %1</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML al final del body</translation>
    </message>
    <message>
        <source>c2c bridge</source>
        <translation>puente c2c</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Custom code</source>
        <translation>Código personalizado</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>uncaught</source>
        <translation>no capturada</translation>
    </message>
    <message>
        <source>Double-click to open this line in the code editor</source>
        <translation>Haz doble clic para abrir esta línea en el editor de código</translation>
    </message>
    <message>
        <source>Dropped a message (from %1): %2</source>
        <translation>Mensaje descartado (de %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>A cross-origin script (masked)</source>
        <translation>Un script de otro origen (enmascarado)</translation>
    </message>
    <message>
        <source>%1, line %2:%3</source>
        <translation>%1, línea %2:%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) dropped</source>
        <translation>
            <numerusform>%Ln mensaje antiguo descartado</numerusform>
            <numerusform>%Ln mensajes antiguos descartados</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
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
        <translation>Evento personalizado</translation>
    </message>
    <message>
        <source>Conditional tracking on context</source>
        <translation>Seguimiento condicional según el contexto</translation>
    </message>
    <message>
        <source>Custom code</source>
        <translation>Código personalizado</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>HTML del head</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML al final del body</translation>
    </message>
    <message>
        <source>Inserted at the end of the page&apos;s &lt;head&gt;</source>
        <translation>Se inserta al final del &lt;head&gt; de la página</translation>
    </message>
    <message>
        <source>Inserted before &lt;/body&gt;: the place for tracking code using window.c2c.on(…)</source>
        <translation>Se inserta antes de &lt;/body&gt;: el lugar para el código de seguimiento con window.c2c.on(…)</translation>
    </message>
    <message>
        <source>Head HTML editor</source>
        <translation>Editor de HTML del head</translation>
    </message>
    <message>
        <source>Body-end HTML editor</source>
        <translation>Editor de HTML al final del body</translation>
    </message>
    <message>
        <source>Insert snippet</source>
        <translation>Insertar fragmento</translation>
    </message>
    <message>
        <source>Insert one of the documented examples at the cursor</source>
        <translation>Insertar uno de los ejemplos documentados en el cursor</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Find and replace in the code (%1)</source>
        <translation>Buscar y reemplazar en el código (%1)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Coincidir mayúsculas</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstudio::EventInjector</name>
    <message>
        <source>Fire an event into the custom-code sandbox (c2c.on handlers). The parent page and integrations do not receive it.</source>
        <translation>Lanza un evento en el entorno aislado del código personalizado (manejadores c2c.on). La página principal y las integraciones no lo reciben.</translation>
    </message>
    <message>
        <source>A catalogue event, or type any name</source>
        <translation>Un evento del catálogo o escribe cualquier nombre</translation>
    </message>
    <message>
        <source>Event data (JSON object)</source>
        <translation>Datos del evento (objeto JSON)</translation>
    </message>
    <message>
        <source>Fire into sandbox</source>
        <translation>Lanzar en el entorno aislado</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Ponle un nombre al evento.</translation>
    </message>
    <message>
        <source>The data is not valid JSON: %1 (at character %2)</source>
        <translation>Los datos no son JSON válido: %1 (en el carácter %2)</translation>
    </message>
    <message>
        <source>The data must be a JSON object.</source>
        <translation>Los datos deben ser un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>callstudio::ExportBlockersDialog</name>
    <message>
        <source>Export Widget Config</source>
        <translation>Exportar configuración del widget</translation>
    </message>
    <message>
        <source>The widget config cannot be exported while the design has these errors. Click one to go to its cause.</source>
        <translation>La configuración del widget no se puede exportar mientras el diseño tenga estos errores. Haz clic en uno para ir a su causa.</translation>
    </message>
    <message>
        <source>Errors that block the export</source>
        <translation>Errores que impiden la exportación</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Problems)</source>
        <translation>
            <numerusform>… y %n más (ver Problemas)</numerusform>
            <numerusform>… y %n más (ver Problemas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstudio::MainWindow</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Call Studio designs (*.design.json *.json);;All files (*)</source>
        <translation>Diseños de Call Studio (*.design.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Abrir diseño</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Guardar diseño como</translation>
    </message>
    <message>
        <source>Import Widget Config</source>
        <translation>Importar configuración de widget</translation>
    </message>
    <message>
        <source>Widget config (*.json);;All files (*)</source>
        <translation>Configuración de widget (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Widget Config</source>
        <translation>Exportar configuración del widget</translation>
    </message>
    <message>
        <source>Call Studio %1 — a designer for click-to-call website widgets.</source>
        <translation>Call Studio %1 — un diseñador de widgets de llamada con un clic para sitios web.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Add Block</source>
        <translation>&amp;Añadir bloque</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new widget design</source>
        <translation>Empezar un diseño de widget nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a design file</source>
        <translation>Abrir un archivo de diseño</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>Guardar el diseño</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Discard all changes since the last save</source>
        <translation>Descartar todos los cambios desde el último guardado</translation>
    </message>
    <message>
        <source>&amp;Import Widget Config…</source>
        <translation>&amp;Importar configuración de widget…</translation>
    </message>
    <message>
        <source>Replace the design with a widget config (undoable)</source>
        <translation>Sustituir el diseño por una configuración de widget (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Export Widget Config…</source>
        <translation>&amp;Exportar configuración del widget…</translation>
    </message>
    <message>
        <source>Write the widget config for the website (refused while errors remain)</source>
        <translation>Escribir la configuración del widget para el sitio (se rechaza mientras haya errores)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;About Call Studio</source>
        <translation>&amp;Acerca de Call Studio</translation>
    </message>
    <message>
        <source>&lt;opened design&gt;</source>
        <translation>&lt;diseño abierto&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Text locale:</source>
        <translation>Idioma de los textos:</translation>
    </message>
    <message>
        <source>The locale of the widget texts you are editing</source>
        <translation>El idioma de los textos del widget que estás editando</translation>
    </message>
    <message>
        <source>Text locale</source>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <source>The live preview of the widget appears here.
Edit the design with the docks around it.</source>
        <translation>Aquí aparece la vista previa en directo del widget.
Edita el diseño con los paneles de alrededor.</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation>No se pudo cargar la traducción %1.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 (%2)[*]</source>
        <translation>%1 (%2)[*]</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>%1 was written by an older Call Studio; it will be saved in the current format.</source>
        <translation>%1 se escribió con una versión anterior de Call Studio; se guardará en el formato actual.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Imported %1. Undo brings the previous design back.</source>
        <translation>%1 importado. Deshacer recupera el diseño anterior.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Borrar archivos recientes</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>Otro programa ha modificado %1.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program.</source>
        <translation>Otro programa ha eliminado o movido %1.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The design “%1” has unsaved changes.</source>
        <translation>El diseño «%1» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>¿Quieres guardarlos?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Unsaved changes to a new design, autosaved %1 by a session that ended unexpectedly.</source>
        <translation>Cambios sin guardar de un diseño nuevo, guardados automáticamente %1 por una sesión que terminó inesperadamente.</translation>
    </message>
    <message>
        <source>Unsaved changes to %1, autosaved %2 by a session that ended unexpectedly.</source>
        <translation>Cambios sin guardar de %1, guardados automáticamente %2 por una sesión que terminó inesperadamente.</translation>
    </message>
    <message>
        <source>(1 of %1)</source>
        <translation>(1 de %1)</translation>
    </message>
    <message>
        <source>Discard Unsaved Changes</source>
        <translation>Descartar cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the recovered changes? They cannot be restored afterwards.</source>
        <translation>¿Descartar los cambios recuperados? No se podrán restaurar después.</translation>
    </message>
    <message>
        <source>Show &amp;Widget Config</source>
        <translation>Mostrar la configuración del &amp;widget</translation>
    </message>
    <message>
        <source>Show the JSON that Export Widget Config writes</source>
        <translation>Mostrar el JSON que escribe «Exportar la configuración del widget»</translation>
    </message>
    <message numerus="yes">
        <source>Export Widget Config refuses this design until its %n error(s) are fixed; this is what it would write.</source>
        <translation>
            <numerusform>«Exportar la configuración del widget» rechaza este diseño hasta que se corrija su error; esto es lo que escribiría.</numerusform>
            <numerusform>«Exportar la configuración del widget» rechaza este diseño hasta que se corrijan sus %n errores; esto es lo que escribiría.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the design has %n error(s). Fix them first.</source>
        <translation>
            <numerusform>No exportado: el diseño tiene %n error. Corrígelo primero.</numerusform>
            <numerusform>No exportado: el diseño tiene %n errores. Corrígelos primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callstudio::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>callstudio::MicPermissionDialog</name>
    <message>
        <source>Microphone access</source>
        <translation>Acceso al micrófono</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <source>Input device:</source>
        <translation>Dispositivo de entrada:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>No input device found</source>
        <translation>No se encontró ningún dispositivo de entrada</translation>
    </message>
    <message>
        <source>The meter shows the selected input; the browser engine uses the system&apos;s default input.</source>
        <translation>El medidor muestra la entrada seleccionada; el motor del navegador usa la entrada predeterminada del sistema.</translation>
    </message>
    <message>
        <source>This computer has no microphone, but the browser engine runs with a simulated one (--use-fake-device-for-media-stream): Allow gives the call a test tone.</source>
        <translation>Este ordenador no tiene micrófono, pero el motor del navegador usa uno simulado (--use-fake-device-for-media-stream): Permitir da a la llamada un tono de prueba.</translation>
    </message>
    <message>
        <source>The widget asks to use your microphone</source>
        <translation>El widget pide usar su micrófono</translation>
    </message>
    <message>
        <source> The request came from %1.</source>
        <translation> La solicitud vino de %1.</translation>
    </message>
    <message>
        <source>A visitor&apos;s browser asks this when they tap the call button. Allow to try the call with your microphone; Block to see what a visitor who refuses is shown. Custom code never gets the microphone.%1</source>
        <translation>El navegador de un visitante pregunta esto cuando toca el botón de llamada. Permita para probar la llamada con su micrófono; bloquee para ver lo que se muestra a un visitante que se niega. El código personalizado nunca obtiene el micrófono.%1</translation>
    </message>
    <message>
        <source>Your answer holds for this preview until you close it, or until you choose Reset microphone permission in the Reload button&apos;s menu.</source>
        <translation>Su respuesta vale para esta vista previa hasta que la cierre, o hasta que elija Restablecer permiso del micrófono en el menú del botón Recargar.</translation>
    </message>
    <message>
        <source>This computer has no microphone: whatever you answer, the widget will show the visitor its “%1” error.</source>
        <translation>Este ordenador no tiene micrófono: responda lo que responda, el widget mostrará al visitante su error «%1».</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewDocks</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Call simulator</source>
        <translation>Simulador de llamadas</translation>
    </message>
    <message>
        <source>Event injector</source>
        <translation>Inyector de eventos</translation>
    </message>
    <message>
        <source>Export Shareable Preview</source>
        <translation>Exportar la vista previa para compartir</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export &amp;Shareable Preview…</source>
        <translation>Exportar vista previa para &amp;compartir…</translation>
    </message>
    <message>
        <source>Write one HTML file a reviewer without Call Studio can open in any browser</source>
        <translation>Escribir un único archivo HTML que un revisor sin Call Studio puede abrir en cualquier navegador</translation>
    </message>
    <message>
        <source>The design has errors (see Problems); no preview was exported.</source>
        <translation>El diseño tiene errores (vea Problemas); no se exportó ninguna vista previa.</translation>
    </message>
    <message>
        <source>Shareable preview written to %1.</source>
        <translation>Vista previa para compartir escrita en %1.</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewPage</name>
    <message>
        <source>Navigation to %1 blocked by the preview</source>
        <translation>Navegación a %1 bloqueada por la vista previa</translation>
    </message>
    <message>
        <source>A new window was requested; the preview does not open windows</source>
        <translation>Se pidió una ventana nueva; la vista previa no abre ventanas</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewSession</name>
    <message>
        <source>The preview stopped responding (custom code may be stuck in a loop). It was stopped and reloaded with custom code disabled.</source>
        <translation>La vista previa dejó de responder (puede que el código personalizado esté en un bucle). Se detuvo y se recargó con el código personalizado desactivado.</translation>
    </message>
    <message>
        <source>The preview&apos;s renderer stopped (status %1, exit code %2); the preview was reloaded.</source>
        <translation>El renderizador de la vista previa se detuvo (estado %1, código de salida %2); la vista previa se recargó.</translation>
    </message>
    <message>
        <source>The call was held: the pre-call form has an email address that is not valid.</source>
        <translation>La llamada se ha retenido: el correo electrónico del formulario previo a la llamada no es válido.</translation>
    </message>
    <message>
        <source>The call was held: a required field of the pre-call form is empty.</source>
        <translation>La llamada se ha retenido: un campo obligatorio del formulario previo a la llamada está vacío.</translation>
    </message>
    <message>
        <source>The preview&apos;s renderer stopped (status %1, exit code %2) while custom code ran. It was reloaded with custom code disabled; Reload runs the custom code again.</source>
        <translation>El motor de renderizado de la vista previa se detuvo (estado %1, código de salida %2) mientras se ejecutaba el código personalizado. Se recargó sin código personalizado; Recargar vuelve a ejecutarlo.</translation>
    </message>
    <message>
        <source>The preview&apos;s renderer stopped %1 times in a minute (status %2, exit code %3); it was not reloaded again. Reload tries once more.</source>
        <translation>El motor de renderizado de la vista previa se detuvo %1 veces en un minuto (estado %2, código de salida %3); no se volvió a recargar. Recargar lo intenta una vez más.</translation>
    </message>
</context>
<context>
    <name>callstudio::PreviewWidget</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>State: </source>
        <translation>Estado: </translation>
    </message>
    <message>
        <source>Show the widget in this state (the live call is stopped)</source>
        <translation>Mostrar el widget en este estado (la llamada en directo se detiene)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Viewport of the integrator&apos;s page</source>
        <translation>Área visible de la página del integrador</translation>
    </message>
    <message>
        <source>Light page</source>
        <translation>Página clara</translation>
    </message>
    <message>
        <source>Dark page</source>
        <translation>Página oscura</translation>
    </message>
    <message>
        <source>Look of the integrator&apos;s page around the widget</source>
        <translation>Aspecto de la página del integrador alrededor del widget</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Reload without custom code</source>
        <translation>Recargar sin código personalizado</translation>
    </message>
    <message>
        <source>Reset microphone permission</source>
        <translation>Restablecer permiso del micrófono</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No microphone was found on this computer, so the widget shows the visitor its “%1” error. Connect a microphone and reload to try a call. (%2)</source>
        <translation>No se encontró ningún micrófono en este ordenador, así que el widget muestra al visitante su error «%1». Conecte un micrófono y recargue para probar una llamada. (%2)</translation>
    </message>
    <message>
        <source>Reload the preview with custom code (the arrow has more)</source>
        <translation>Recargar la vista previa con el código personalizado (la flecha ofrece más)</translation>
    </message>
</context>
<context>
    <name>callstudio::PrivacyDock</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Privacy manifest</source>
        <translation>Manifiesto de privacidad</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Terceros</translation>
    </message>
    <message>
        <source>Embed guidance</source>
        <translation>Guía de integración</translation>
    </message>
    <message>
        <source>Export manifest…</source>
        <translation>Exportar el manifiesto…</translation>
    </message>
    <message>
        <source>Save the manifest as Markdown (.md) or HTML (.html) to share with your privacy team</source>
        <translation>Guardar el manifiesto como Markdown (.md) o HTML (.html) para compartirlo con su equipo de privacidad</translation>
    </message>
    <message>
        <source>Third-party inventory</source>
        <translation>Inventario de terceros</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Found in the custom code</source>
        <translation>Encontrado en el código personalizado</translation>
    </message>
    <message>
        <source>Contacted in the preview</source>
        <translation>Contactado en la vista previa</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Rastreador</translation>
    </message>
    <message>
        <source>&quot;Found in the custom code&quot; is read from Head and Body-end HTML without running it. &quot;Contacted in the preview&quot; lists the hosts the custom code actually requested while the preview ran (requests that could not complete offline count too).</source>
        <translation>«Encontrado en el código personalizado» se lee del HTML de head y de final de body sin ejecutarlo. «Contactado en la vista previa» enumera los hosts que el código personalizado solicitó realmente durante la vista previa (también cuentan las solicitudes que no pudieron completarse sin conexión).</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n lugar</numerusform>
            <numerusform>%n lugares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>no visto</translation>
    </message>
    <message>
        <source>%1 — %2, line %3</source>
        <translation>%1 — %2, línea %3</translation>
    </message>
    <message>
        <source>Head HTML</source>
        <translation>HTML del head</translation>
    </message>
    <message>
        <source>Body-end HTML</source>
        <translation>HTML del final del body</translation>
    </message>
    <message>
        <source>not found in the code</source>
        <translation>no encontrado en el código</translation>
    </message>
    <message>
        <source>The widget iframe</source>
        <translation>El iframe del widget</translation>
    </message>
    <message>
        <source>Content-Security-Policy of the page</source>
        <translation>Content-Security-Policy de la página</translation>
    </message>
    <message>
        <source>frame-ancestors of the widget</source>
        <translation>frame-ancestors del widget</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Listening to the widget&apos;s events</source>
        <translation>Escuchar los eventos del widget</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Export Privacy Manifest</source>
        <translation>Exportar el manifiesto de privacidad</translation>
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
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a problem to go to its cause</source>
        <translation>Haz doble clic o pulsa Intro en un problema para ir a su causa</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>No problems: every check of the design passes.</source>
        <translation>Sin problemas: el diseño supera todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Problems (checking…)</source>
        <translation>Problemas (comprobando…)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avisos</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 notas</translation>
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
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Text in %1, the default locale</source>
        <translation>Texto en %1, el idioma predeterminado</translation>
    </message>
    <message>
        <source>Text in %1; when empty, visitors see the %2 text shown greyed</source>
        <translation>Texto en %1; si está vacío, los visitantes ven el texto en %2 mostrado en gris</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Label while muted</source>
        <translation>Etiqueta con el micro silenciado</translation>
    </message>
    <message>
        <source>Privacy notice address</source>
        <translation>Dirección del aviso de privacidad</translation>
    </message>
    <message>
        <source>Image address</source>
        <translation>Dirección de la imagen</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <source>An address is required</source>
        <translation>Se necesita una dirección</translation>
    </message>
    <message>
        <source>Privacy link label</source>
        <translation>Etiqueta del enlace de privacidad</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>Heading level</source>
        <translation>Nivel del título</translation>
    </message>
    <message>
        <source>1 is the largest heading</source>
        <translation>1 es el título más grande</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primario</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <source>Button style</source>
        <translation>Estilo del botón</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Natural size</source>
        <translation>Tamaño natural</translation>
    </message>
    <message>
        <source>Ready texts</source>
        <translation>Textos listos</translation>
    </message>
    <message>
        <source>Replace the text in the editing locale with a ready consent wording</source>
        <translation>Sustituir el texto del idioma en edición por una redacción de consentimiento lista</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Aviso de grabación</translation>
    </message>
    <message>
        <source>Processing notice</source>
        <translation>Aviso de tratamiento</translation>
    </message>
    <message>
        <source>Regulated-industry disclosure</source>
        <translation>Aviso para sectores regulados</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Campo %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>A key starts with a letter or &apos;_&apos; and holds only letters, digits and &apos;_&apos;</source>
        <translation>Una clave empieza por una letra o «_» y solo contiene letras, dígitos y «_»</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Tipo de campo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Texto de ejemplo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>One option per line: value = label</source>
        <translation>Una opción por línea: valor = etiqueta</translation>
    </message>
    <message>
        <source>standard = Standard delivery</source>
        <translation>standard = Envío estándar</translation>
    </message>
    <message>
        <source>Each option needs a value before &apos;=&apos;</source>
        <translation>Cada opción necesita un valor antes de «=»</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Add a text field to the form</source>
        <translation>Añadir un campo de texto al formulario</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Campo nuevo</translation>
    </message>
    <message>
        <source>Ask for consent before the call</source>
        <translation>Pedir consentimiento antes de la llamada</translation>
    </message>
    <message>
        <source>A checkbox the visitor ticks before calling</source>
        <translation>Una casilla que el visitante marca antes de llamar</translation>
    </message>
    <message>
        <source>I agree to the processing of my call</source>
        <translation>Acepto el tratamiento de mi llamada</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto de consentimiento</translation>
    </message>
    <message>
        <source>Consent required to call</source>
        <translation>Consentimiento obligatorio para llamar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>Puntuación más baja</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>Puntuación más alta</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Rating style</source>
        <translation>Estilo de puntuación</translation>
    </message>
    <message>
        <source>Ask for a comment</source>
        <translation>Pedir un comentario</translation>
    </message>
    <message>
        <source>Anything else?</source>
        <translation>¿Algo más?</translation>
    </message>
    <message>
        <source>Comment label</source>
        <translation>Etiqueta del comentario</translation>
    </message>
    <message>
        <source>Comment placeholder</source>
        <translation>Texto de ejemplo del comentario</translation>
    </message>
    <message>
        <source>Send button</source>
        <translation>Botón de envío</translation>
    </message>
    <message>
        <source>Thank-you text</source>
        <translation>Texto de agradecimiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Widget&lt;/b&gt; · state “%1” selected — select a block to edit it</source>
        <translation>&lt;b&gt;Widget&lt;/b&gt; · estado «%1» seleccionado — selecciona un bloque para editarlo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The widget needs a name</source>
        <translation>El widget necesita un nombre</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>ID de la app</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>De 1 a 64 letras, dígitos, «_» o «-»</translation>
    </message>
    <message>
        <source>Default locale</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>Texts missing in another locale fall back to this one</source>
        <translation>Los textos que faltan en otro idioma usan este</translation>
    </message>
    <message>
        <source>Locales</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>e.g. fr or pt-BR</source>
        <translation>p. ej. fr o pt-BR</translation>
    </message>
    <message>
        <source>New locale</source>
        <translation>Idioma nuevo</translation>
    </message>
    <message>
        <source>Add locale</source>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <source>Remove locale</source>
        <translation>Quitar idioma</translation>
    </message>
    <message>
        <source>Removes the selected locale and all its texts</source>
        <translation>Quita el idioma seleccionado y todos sus textos</translation>
    </message>
    <message>
        <source>Use a language code such as fr, de or pt-BR</source>
        <translation>Usa un código de idioma como fr, de o pt-BR</translation>
    </message>
    <message>
        <source>The widget already has this locale</source>
        <translation>El widget ya tiene este idioma</translation>
    </message>
    <message>
        <source>The default locale cannot be removed; choose another default first</source>
        <translation>No se puede quitar el idioma predeterminado; elige antes otro predeterminado</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>Destination id</source>
        <translation>ID de destino</translation>
    </message>
    <message>
        <source>The call profile that answers; empty uses the account&apos;s default</source>
        <translation>El perfil de llamada que responde; vacío usa el predeterminado de la cuenta</translation>
    </message>
    <message>
        <source>Routing key</source>
        <translation>Clave de enrutamiento</translation>
    </message>
    <message>
        <source>Sent in call_started so the contact centre can route the call</source>
        <translation>Se envía en call_started para que el centro de contacto enrute la llamada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call error messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mensajes de error de llamada&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use an address that starts with %1</source>
        <translation>Use una dirección que empiece por %1</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <extracomment>%1 lists the schemes the address may use, e.g. &quot;https:, mailto:, tel:&quot;.</extracomment>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <source>%1: “%2” was not applied: %3</source>
        <translation>%1: «%2» no se aplicó: %3</translation>
    </message>
</context>
<context>
    <name>callstudio::StatesDock</name>
    <message>
        <source>States &amp; blocks</source>
        <translation>Estados y bloques</translation>
    </message>
    <message>
        <source>States and blocks</source>
        <translation>Estados y bloques</translation>
    </message>
    <message>
        <source>Select a block to edit it; drag blocks to reorder them or to move them to another state</source>
        <translation>Selecciona un bloque para editarlo; arrastra los bloques para reordenarlos o moverlos a otro estado</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <source>Add a block after the selected one</source>
        <translation>Añadir un bloque después del seleccionado</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Duplicar bloque</translation>
    </message>
    <message>
        <source>Duplicate the selected block (%1)</source>
        <translation>Duplicar el bloque seleccionado (%1)</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Eliminar bloque</translation>
    </message>
    <message>
        <source>Delete the selected block (%1)</source>
        <translation>Eliminar el bloque seleccionado (%1)</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>Subir bloque</translation>
    </message>
    <message>
        <source>Move the selected block up (%1)</source>
        <translation>Subir el bloque seleccionado (%1)</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>Bajar bloque</translation>
    </message>
    <message>
        <source>Move the selected block down (%1)</source>
        <translation>Bajar el bloque seleccionado (%1)</translation>
    </message>
</context>
<context>
    <name>callstudio::ThemeDock</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Pick the %1 colour</source>
        <translation>Elegir el color %1</translation>
    </message>
    <message>
        <source>Pick %1 colour</source>
        <translation>Elegir color %1</translation>
    </message>
    <message>
        <source>%1 colour</source>
        <translation>Color %1</translation>
    </message>
    <message>
        <source>A colour as #rrggbb or #rgb</source>
        <translation>Un color como #rrggbb o #rgb</translation>
    </message>
    <message>
        <source>Use #rrggbb or #rgb</source>
        <translation>Usa #rrggbb o #rgb</translation>
    </message>
    <message>
        <source>Contrast (WCAG AA needs %1:1 for text)</source>
        <translation>Contraste (WCAG AA exige %1:1 para texto)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sobre %2</translation>
    </message>
    <message>
        <source>%1: not a valid colour</source>
        <translation>%1: color no válido</translation>
    </message>
    <message>
        <source>%1 %2: %3:1 — passes AA</source>
        <translation>%1 %2: %3:1 — cumple AA</translation>
    </message>
    <message>
        <source>%1 %2: %3:1 — &lt;b style=&apos;color:#b3261e&apos;&gt;below AA&lt;/b&gt;, hard to read</source>
        <translation>%1 %2: %3:1 — &lt;b style=&apos;color:#b3261e&apos;&gt;por debajo de AA&lt;/b&gt;, difícil de leer</translation>
    </message>
    <message>
        <source>%1 contrast %2 to 1, passes</source>
        <translation>%1: contraste de %2 a 1, cumple</translation>
    </message>
    <message>
        <source>%1 contrast %2 to 1, below AA</source>
        <translation>%1: contraste de %2 a 1, por debajo de AA</translation>
    </message>
    <message>
        <source>Font and shape</source>
        <translation>Fuente y forma</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Familia tipográfica</translation>
    </message>
    <message>
        <source>A CSS font-family list, e.g. Inter, system-ui, sans-serif</source>
        <translation>Una lista font-family de CSS, p. ej. Inter, system-ui, sans-serif</translation>
    </message>
    <message>
        <source>The font family cannot be empty</source>
        <translation>La familia tipográfica no puede estar vacía</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Corner radius</source>
        <translation>Radio de las esquinas</translation>
    </message>
    <message>
        <source>Widget width</source>
        <translation>Ancho del widget</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Abajo a la derecha</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Abajo a la izquierda</translation>
    </message>
    <message>
        <source>Launcher position</source>
        <translation>Posición del lanzador</translation>
    </message>
    <message>
        <source>Horizontal offset</source>
        <translation>Desplazamiento horizontal</translation>
    </message>
    <message>
        <source>Vertical offset</source>
        <translation>Desplazamiento vertical</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primario</translation>
    </message>
    <message>
        <source>On primary</source>
        <translation>Sobre primario</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>On background</source>
        <translation>Sobre fondo</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Muted text</source>
        <translation>Texto atenuado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>callstudio::TimelineWidget</name>
    <message>
        <source>parent page</source>
        <translation>página principal</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>entorno aislado</translation>
    </message>
    <message>
        <source>integrations</source>
        <translation>integraciones</translation>
    </message>
    <message>
        <source>Filter events (name, data or place)</source>
        <translation>Filtrar eventos (nombre, datos o lugar)</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copiar como JSON</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>↩ %1</source>
        <translation>↩ %1</translation>
    </message>
    <message>
        <source>Emitted by custom code with c2c.emit</source>
        <translation>Emitido por el código personalizado con c2c.emit</translation>
    </message>
    <message>
        <source>Fired by you from the event injector</source>
        <translation>Lanzado por ti desde el inyector de eventos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older event(s) dropped to keep the last %1</source>
        <translation>
            <numerusform>%Ln evento antiguo descartado para conservar los últimos %1</numerusform>
            <numerusform>%Ln eventos antiguos descartados para conservar los últimos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1 %2</source>
        <translation>→ %1 %2</translation>
    </message>
    <message>
        <source>from the widget</source>
        <translation>del widget</translation>
    </message>
    <message>
        <source>from custom code</source>
        <translation>del código personalizado</translation>
    </message>
</context>
<context>
    <name>callstudio::UrlContextDock</name>
    <message>
        <source>URL context</source>
        <translation>Contexto de URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Valor de ejemplo</translation>
    </message>
    <message>
        <source>URL context entries</source>
        <translation>Entradas del contexto de URL</translation>
    </message>
    <message>
        <source>Values the preview passes to the widget as if they came from the page URL</source>
        <translation>Valores que la vista previa pasa al widget como si vinieran de la URL de la página</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Quitar la entrada seleccionada</translation>
    </message>
    <message>
        <source>“%1” is not a valid key: start with a letter or &apos;_&apos;, then letters, digits or &apos;_&apos;</source>
        <translation>«%1» no es una clave válida: empieza por una letra o «_» y sigue con letras, dígitos o «_»</translation>
    </message>
    <message>
        <source>The key “%1” is already used</source>
        <translation>La clave «%1» ya se usa</translation>
    </message>
</context>
<context>
    <name>callstudio::WidgetAudit</name>
    <message>
        <source>The accessibility audit did not finish in time.</source>
        <translation>La auditoría de accesibilidad no terminó a tiempo.</translation>
    </message>
    <message>
        <source>This build has no axe-core: run npm ci in the source tree, then build again.</source>
        <translation>Esta compilación no incluye axe-core: ejecute npm ci en el árbol de fuentes y vuelva a compilar.</translation>
    </message>
    <message>
        <source>The widget refused the audit&apos;s &quot;%1&quot; command.</source>
        <translation>El widget rechazó la orden «%1» de la auditoría.</translation>
    </message>
    <message>
        <source>axe-core could not run: %1</source>
        <translation>axe-core no pudo ejecutarse: %1</translation>
    </message>
</context>
<context>
    <name>callstudio::WidgetConfigViewer</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Widget Config</source>
        <translation>Configuración del widget</translation>
    </message>
    <message>
        <source>Widget config JSON</source>
        <translation>JSON de la configuración del widget</translation>
    </message>
    <message>
        <source>Copy the whole widget config to the clipboard</source>
        <translation>Copiar toda la configuración del widget al portapapeles</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>a string in double quotes</source>
        <translation>una cadena entre comillas dobles</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>el byte %1</translation>
    </message>
    <message>
        <source>invalid JSON: single quotes are not allowed; keys and strings need double quotes</source>
        <translation>el JSON no es válido: no se admiten comillas simples; las claves y las cadenas necesitan comillas dobles</translation>
    </message>
    <message>
        <source>invalid JSON: comments are not allowed</source>
        <translation>el JSON no es válido: no se admiten comentarios</translation>
    </message>
    <message>
        <source>invalid JSON: unexpected word &quot;%1&quot;; text values need double quotes</source>
        <translation>el JSON no es válido: palabra inesperada «%1»; los valores de texto necesitan comillas dobles</translation>
    </message>
    <message>
        <source>invalid JSON: found %1; expected a value (a number, a string in double quotes, true, false or null)</source>
        <translation>JSON no válido: se encontró %1; se esperaba un valor (un número, una cadena entre comillas dobles, true, false o null)</translation>
    </message>
    <message>
        <source>invalid JSON: a number is incomplete; expected a digit after &apos;-&apos;, found %1</source>
        <translation>JSON no válido: un número está incompleto; se esperaba un dígito después de «-», se encontró %1</translation>
    </message>
    <message>
        <source>invalid JSON: a number is incomplete; expected a digit after &apos;.&apos;, found %1</source>
        <translation>JSON no válido: un número está incompleto; se esperaba un dígito después de «.», se encontró %1</translation>
    </message>
    <message>
        <source>invalid JSON: a number is incomplete; expected a digit in its exponent, found %1</source>
        <translation>JSON no válido: un número está incompleto; se esperaba un dígito en su exponente, se encontró %1</translation>
    </message>
    <message>
        <source>invalid JSON: a string is not closed before the end of the line</source>
        <translation>el JSON no es válido: una cadena no se cierra antes del final de la línea</translation>
    </message>
    <message>
        <source>invalid JSON: a string holds the control character %1; write it as an escape such as \n</source>
        <translation>JSON no válido: una cadena contiene el carácter de control %1; escríbelo como un escape, por ejemplo \n</translation>
    </message>
    <message>
        <source>invalid JSON: a string is not closed before the end of the file</source>
        <translation>JSON no válido: una cadena no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <source>invalid JSON: unknown escape %1 in a string; after a backslash expected one of &quot; \ / b f n r t u</source>
        <translation>JSON no válido: escape %1 desconocido en una cadena; tras una barra invertida se esperaba uno de &quot; \ / b f n r t u</translation>
    </message>
    <message>
        <source>invalid JSON: \u in a string must be followed by 4 hexadecimal digits</source>
        <translation>JSON no válido: \u en una cadena debe ir seguido de 4 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>invalid JSON: a string holds half of a UTF-16 surrogate pair (\uD800 to \uDFFF)</source>
        <translation>JSON no válido: una cadena contiene la mitad de un par suplente UTF-16 (\uD800 a \uDFFF)</translation>
    </message>
    <message>
        <source>the file starts with an incomplete byte order mark</source>
        <translation>el archivo empieza con una marca de orden de bytes incompleta</translation>
    </message>
    <message>
        <source>invalid JSON: found %1</source>
        <translation>JSON no válido: se encontró %1</translation>
    </message>
    <message>
        <source>invalid JSON: the file ends too early</source>
        <translation>el JSON no es válido: el archivo termina antes de tiempo</translation>
    </message>
    <message>
        <source>invalid JSON: the file ends too early; expected %1</source>
        <translation>el JSON no es válido: el archivo termina antes de tiempo; se esperaba %1</translation>
    </message>
    <message>
        <source>invalid JSON: missing &apos;:&apos; after a key</source>
        <translation>el JSON no es válido: falta «:» después de una clave</translation>
    </message>
    <message>
        <source>invalid JSON: a comma before &apos;%1&apos; has nothing after it</source>
        <translation>el JSON no es válido: la coma antes de «%1» no va seguida de nada</translation>
    </message>
    <message>
        <source>invalid JSON: missing &apos;,&apos; or %1 before this</source>
        <extracomment>%1 is the closing bracket that was expected: &apos;}&apos; or &apos;]&apos;.</extracomment>
        <translation>el JSON no es válido: falta &apos;,&apos; o %1 antes de este punto</translation>
    </message>
    <message>
        <source>invalid JSON: found %1 after the end of the design; expected the end of the file</source>
        <translation>JSON no válido: se encontró %1 después del final del diseño; se esperaba el final del archivo</translation>
    </message>
    <message>
        <source>invalid JSON: unexpected %1</source>
        <translation>JSON no válido: %1 inesperado</translation>
    </message>
    <message>
        <source>invalid JSON: found %1; expected %2</source>
        <translation>JSON no válido: se encontró %1; se esperaba %2</translation>
    </message>
</context>
</TS>
