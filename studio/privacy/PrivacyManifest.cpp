#include "PrivacyManifest.h"

#include "io/HtmlEscape.h"

#include "CustomCodeDocument.h"
#include "PrivacyChecks.h"
#include "SensitiveData.h"
#include "ThirdPartyInventory.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace callstudio {

namespace {

// The phrases of one language's notice and consent text. {keys}, {labels}, {what} and
// {domains} are filled in from the design.
struct NoticeTemplate
{
    const char *heading;
    const char *controller;
    const char *always;
    const char *recording;
    const char *voluntaryIntro;
    const char *contextItem;
    const char *formItem;
    const char *surveyItem;
    const char *rating;
    const char *comment;
    const char *thirdParties;
    const char *microphone;
    const char *sensitive;
    const char *toComplete;
    const char *consent;
    const char *consentVoluntary;
    const char *consentThirdParties;
};

NoticeTemplate englishNotice()
{
    return {
        "Calls from our website",
        "When you use the call widget on this page, [your organisation] is the controller of your data; ApifyCloud, "
        "the provider of the Click to Call service, processes it on our behalf to connect your call.",
        "We process technical identifiers (IP address, browser user agent, a session token), call metadata (call id, "
        "duration, timestamps) and the audio of the call while you are connected.",
        "Calls may be recorded for the purposes we state before the call; [say how long recordings are kept].",
        "We also process what you choose to give us:",
        "details of the page you call from ({keys})",
        "the details you enter before the call ({labels})",
        "your answers to the survey after the call ({what})",
        "rating",
        "comment",
        "The widget also loads services from these third parties, which can see your visit and may set their own "
        "cookies on their domains: {domains}.",
        "Your browser asks for access to your microphone the first time you tap the call button.",
        "Please do not share payment card details or health information in the widget.",
        "[Add the legal basis, how long data is kept, your rights and how to contact us.]",
        "By tapping the call button you agree that [your organisation] and its processor ApifyCloud use your call "
        "audio and call details{voluntary} to handle your request.{thirdParties} More in our privacy notice.",
        " and what you enter in the form",
        " The widget also loads {domains}."};
}

NoticeTemplate frenchNotice()
{
    return {
        "Appels depuis notre site",
        "Lorsque vous utilisez le widget d'appel de cette page, [votre organisation] est responsable du traitement "
        "de "
        "vos données ; ApifyCloud, fournisseur du service Click to Call, les traite pour notre compte afin d'établir "
        "l'appel.",
        "Nous traitons des identifiants techniques (adresse IP, agent utilisateur du navigateur, jeton de session), "
        "les "
        "métadonnées de l'appel (identifiant, durée, horodatages) et l'audio de l'appel pendant la communication.",
        "Les appels peuvent être enregistrés pour les finalités indiquées avant l'appel ; [indiquez la durée de "
        "conservation des enregistrements].",
        "Nous traitons aussi ce que vous choisissez de nous transmettre :",
        "des informations sur la page d'où vous appelez ({keys})",
        "les informations saisies avant l'appel ({labels})",
        "vos réponses à l'enquête après l'appel ({what})",
        "note",
        "commentaire",
        "Le widget charge aussi des services de ces tiers, qui peuvent voir votre visite et déposer leurs propres "
        "cookies sur leurs domaines : {domains}.",
        "Votre navigateur demande l'accès à votre microphone la première fois que vous appuyez sur le bouton "
        "d'appel.",
        "Merci de ne communiquer ni données de carte bancaire ni informations de santé dans le widget.",
        "[Ajoutez la base légale, la durée de conservation, vos droits et comment nous contacter.]",
        "En appuyant sur le bouton d'appel, vous acceptez que [votre organisation] et son sous-traitant ApifyCloud "
        "utilisent l'audio et les informations de votre appel{voluntary} pour traiter votre demande.{thirdParties} "
        "Plus d'informations dans notre politique de confidentialité.",
        " ainsi que les informations saisies",
        " Le widget charge aussi {domains}."};
}

NoticeTemplate germanNotice()
{
    return {
        "Anrufe über unsere Website",
        "Wenn Sie das Anruf-Widget auf dieser Seite nutzen, ist [Ihre Organisation] für Ihre Daten verantwortlich; "
        "ApifyCloud, Anbieter des Dienstes Click to Call, verarbeitet sie in unserem Auftrag, um Ihren Anruf zu "
        "verbinden.",
        "Wir verarbeiten technische Kennungen (IP-Adresse, User-Agent des Browsers, ein Sitzungstoken), "
        "Anrufmetadaten (Anruf-ID, Dauer, Zeitstempel) und den Ton des Gesprächs, solange Sie verbunden sind.",
        "Anrufe können zu den vor dem Anruf genannten Zwecken aufgezeichnet werden; [geben Sie an, wie lange "
        "Aufzeichnungen gespeichert werden].",
        "Außerdem verarbeiten wir, was Sie uns freiwillig mitteilen:",
        "Angaben zur Seite, von der aus Sie anrufen ({keys})",
        "Ihre Angaben vor dem Anruf ({labels})",
        "Ihre Antworten auf die Umfrage nach dem Anruf ({what})",
        "Bewertung",
        "Kommentar",
        "Das Widget lädt außerdem Dienste dieser Drittanbieter, die Ihren Besuch sehen und auf ihren eigenen Domains "
        "Cookies setzen können: {domains}.",
        "Ihr Browser fragt nach dem Zugriff auf Ihr Mikrofon, wenn Sie zum ersten Mal auf die Anruftaste tippen.",
        "Bitte geben Sie im Widget keine Zahlungskartendaten und keine Gesundheitsinformationen an.",
        "[Ergänzen Sie Rechtsgrundlage, Speicherdauer, Ihre Rechte und Kontaktmöglichkeiten.]",
        "Mit dem Tippen auf die Anruftaste stimmen Sie zu, dass [Ihre Organisation] und ihr Auftragsverarbeiter "
        "ApifyCloud den Ton und die Daten Ihres Anrufs{voluntary} nutzen, um Ihr Anliegen zu bearbeiten."
        "{thirdParties} Mehr dazu in unserer Datenschutzerklärung.",
        " sowie Ihre eingegebenen Angaben",
        " Das Widget lädt außerdem {domains}."};
}

NoticeTemplate spanishNotice()
{
    return {
        "Llamadas desde nuestra web",
        "Cuando usa el widget de llamada de esta página, [su organización] es responsable del tratamiento de sus "
        "datos; ApifyCloud, proveedor del servicio Click to Call, los trata por cuenta nuestra para conectar la "
        "llamada.",
        "Tratamos identificadores técnicos (dirección IP, agente de usuario del navegador, un token de sesión), "
        "metadatos de la llamada (identificador, duración, marcas de tiempo) y el audio de la llamada mientras está "
        "conectado.",
        "Las llamadas pueden grabarse con los fines indicados antes de la llamada; [indique cuánto tiempo se "
        "conservan las grabaciones].",
        "También tratamos lo que usted decide facilitarnos:",
        "datos de la página desde la que llama ({keys})",
        "los datos que introduce antes de la llamada ({labels})",
        "sus respuestas a la encuesta posterior a la llamada ({what})",
        "valoración",
        "comentario",
        "El widget también carga servicios de estos terceros, que pueden ver su visita e instalar sus propias "
        "cookies "
        "en sus dominios: {domains}.",
        "Su navegador le pide acceso al micrófono la primera vez que pulsa el botón de llamada.",
        "No comparta datos de tarjetas de pago ni información de salud en el widget.",
        "[Añada la base jurídica, el plazo de conservación, sus derechos y cómo contactarnos.]",
        "Al pulsar el botón de llamada, acepta que [su organización] y su encargado del tratamiento ApifyCloud "
        "utilicen el audio y los datos de su llamada{voluntary} para atender su solicitud.{thirdParties} Más "
        "información en nuestro aviso de privacidad.",
        " y los datos que introduzca",
        " El widget también carga {domains}."};
}

const std::map<std::string, NoticeTemplate> &noticeTemplates()
{
    static const std::map<std::string, NoticeTemplate> kTemplates{
        {"en", englishNotice()}, {"fr", frenchNotice()}, {"de", germanNotice()}, {"es", spanishNotice()}};
    return kTemplates;
}

std::string substituted(std::string text, const std::string &placeholder, const std::string &value)
{
    const size_t at = text.find(placeholder);
    if (at != std::string::npos)
        text.replace(at, placeholder.size(), value);
    return text;
}

std::string joinedList(const std::vector<std::string> &items)
{
    std::string out;
    for (const auto &i : items)
        out += (out.empty() ? "" : ", ") + i;
    return out;
}

// The design's survey and form blocks, wherever they are placed.
std::vector<const Block *> blocksOfKind(const WidgetDesign &design, BlockKind kind)
{
    std::vector<const Block *> out;
    for (auto state : kAllStates)
        for (const auto &b : design.state(state).blocks)
            if (b.kind == kind)
                out.push_back(&b);
    return out;
}

bool hasIdleDisclosure(const WidgetDesign &design)
{
    const auto &blocks = design.state(WidgetState::Idle).blocks;
    return std::any_of(blocks.begin(), blocks.end(), [](const Block &b) { return b.kind == BlockKind::Disclosure; });
}

bool designMentionsRecording(const WidgetDesign &design)
{
    return findRecordingMention(design).has_value();
}

std::vector<DataCategory> categoriesOf(const WidgetDesign &design, bool recording)
{
    std::vector<DataCategory> out;
    out.push_back(
        {"Identifiers", "IP address, user agent, session token", {"Processed for every visitor who loads the widget"}});

    DataCategory metadata{
        "Call metadata", "Call id, duration, timestamps", {"Call id, duration and timestamps of every call"}};
    if (design.routing.destinationId)
        metadata.inThisDesign.push_back("Call profile (destinationId): " + *design.routing.destinationId);
    if (design.routing.routingKey)
        metadata.inThisDesign.push_back("Routing key: " + *design.routing.routingKey);
    out.push_back(std::move(metadata));

    DataCategory voluntary{
        "Voluntary content", "URL context (orderId, customerTier), survey responses, pre-call form fields", {}};
    if (!design.urlContext.empty()) {
        std::vector<std::string> keys;
        for (const auto &[key, value] : design.urlContext)
            keys.push_back(key);
        voluntary.inThisDesign.push_back("URL context keys: " + joinedList(keys));
    }
    for (const Block *b : blocksOfKind(design, BlockKind::PreCallForm)) {
        std::vector<std::string> fields;
        for (const auto &f : b->form.fields)
            fields.push_back(f.key + " (" + fieldTypeName(f.type) + (f.required ? ", required" : ", optional") + ")");
        if (!fields.empty())
            voluntary.inThisDesign.push_back("Pre-call form fields: " + joinedList(fields));
        if (b->form.consent)
            voluntary.inThisDesign.push_back("Pre-call consent checkbox (the visitor's answer)");
    }
    for (const Block *b : blocksOfKind(design, BlockKind::Survey)) {
        std::string survey =
            "Survey: rating " + std::to_string(b->survey.scaleMin) + "–" + std::to_string(b->survey.scaleMax);
        if (b->survey.commentEnabled)
            survey += ", free-text comment";
        voluntary.inThisDesign.push_back(survey);
    }
    if (voluntary.inThisDesign.empty())
        voluntary.inThisDesign.push_back("None in this design");
    out.push_back(std::move(voluntary));

    DataCategory audio{"Audio stream",
                       "The call audio itself",
                       {"The call audio between visitor and agent; custom code cannot reach it"}};
    if (recording)
        audio.inThisDesign.push_back(
            "The widget's texts say calls may be recorded: name the recording, its purpose and "
            "retention in your notice");
    out.push_back(std::move(audio));
    return out;
}

std::string templateLanguageOf(const std::string &locale)
{
    std::string language = locale.substr(0, locale.find_first_of("-_"));
    for (char &c : language)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return noticeTemplates().count(language) ? language : std::string();
}

LocaleNotice noticeFor(const WidgetDesign &design, const std::string &locale, const std::vector<std::string> &domains,
                       bool recording)
{
    LocaleNotice notice;
    notice.locale = locale;
    notice.templateLanguage = templateLanguageOf(locale);
    if (notice.templateLanguage.empty()) {
        notice.templateLanguage = "en";
        notice.fallbackNote = "There is no notice template for \"" + locale
                              + "\" yet: the English text is shown; translate it before publishing.";
    }
    const NoticeTemplate &t = noticeTemplates().at(notice.templateLanguage);
    notice.heading = t.heading;
    notice.paragraphs.push_back(t.controller);
    notice.paragraphs.push_back(t.always);
    if (recording)
        notice.paragraphs.push_back(t.recording);

    std::vector<std::string> voluntary;
    if (!design.urlContext.empty()) {
        std::vector<std::string> keys;
        for (const auto &[key, value] : design.urlContext)
            keys.push_back(key);
        voluntary.push_back(substituted(t.contextItem, "{keys}", joinedList(keys)));
    }
    std::vector<std::string> labels;
    for (const Block *b : blocksOfKind(design, BlockKind::PreCallForm))
        for (const auto &f : b->form.fields) {
            const std::string label = f.label.resolve(locale, design.defaultLocale);
            labels.push_back(label.empty() ? f.key : label);
        }
    if (!labels.empty())
        voluntary.push_back(substituted(t.formItem, "{labels}", joinedList(labels)));
    const auto surveys = blocksOfKind(design, BlockKind::Survey);
    if (!surveys.empty()) {
        const bool comment =
            std::any_of(surveys.begin(), surveys.end(), [](const Block *b) { return b->survey.commentEnabled; });
        voluntary.push_back(substituted(t.surveyItem, "{what}",
                                        std::string(t.rating) + (comment ? ", " + std::string(t.comment) : "")));
    }
    if (!voluntary.empty()) {
        std::string paragraph = t.voluntaryIntro;
        for (size_t i = 0; i < voluntary.size(); ++i)
            paragraph += (i == 0 ? " " : "; ") + voluntary[i];
        notice.paragraphs.push_back(paragraph + ".");
    }
    if (!domains.empty())
        notice.paragraphs.push_back(substituted(t.thirdParties, "{domains}", joinedList(domains)));
    notice.paragraphs.push_back(t.microphone);
    notice.paragraphs.push_back(t.sensitive);
    notice.paragraphs.push_back(t.toComplete);

    const bool entersDetails = !labels.empty();
    notice.consentText = substituted(t.consent, "{voluntary}", entersDetails ? t.consentVoluntary : "");
    notice.consentText = substituted(
        notice.consentText, "{thirdParties}",
        domains.empty() ? std::string() : substituted(t.consentThirdParties, "{domains}", joinedList(domains)));
    return notice;
}

std::string markdownEscaped(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '|' || c == '#')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string noticeTitle(const LocaleNotice &n)
{
    if (!n.fallbackNote.empty())
        return n.locale + " (English template)";
    static const std::map<std::string, std::string> kLanguageNames{
        {"en", "English"}, {"fr", "Français"}, {"de", "Deutsch"}, {"es", "Español"}};
    return kLanguageNames.at(n.templateLanguage) + " (" + n.locale + ")";
}

} // namespace

PrivacyManifest buildPrivacyManifest(const WidgetDesign &design)
{
    return buildPrivacyManifest(design, ParsedCustomCode(design.customCode));
}

PrivacyManifest buildPrivacyManifest(const WidgetDesign &design, const ParsedCustomCode &parsed)
{
    PrivacyManifest m;
    m.designName = design.name;
    m.appId = design.appId;
    m.notLegalAdvice = "Not legal advice. Call Studio generated this from the design as a starting point for your "
                       "privacy documentation; have it reviewed before you publish it.";
    const bool recording = designMentionsRecording(design);
    m.categories = categoriesOf(design, recording);

    const ThirdPartyInventory inventory = buildThirdPartyInventory(parsed);
    m.inventoryTruncated = inventory.truncated;
    std::vector<std::string> domains;
    for (const auto &group : inventory.domains) {
        ThirdPartyDomain d{group.domain, group.knownTracker, {}};
        for (const auto &e : group.entries)
            d.foundAt.push_back(std::string(resourceKindName(e.kind)) + " (" + e.how + "), " + codeAreaLabel(e.area)
                                + " line " + std::to_string(e.position.line));
        m.thirdParties.push_back(std::move(d));
        domains.push_back(group.domain);
    }

    m.cookiesNote =
        "Custom code runs in a sandboxed iframe with an opaque origin: it gets its own cookie jar, cannot read or "
        "write "
        "cookies or storage on your domain, and so does not fall under your site's cookie banner. "
        + std::string(domains.empty()
                          ? "This design's custom code contacts no third party that can be found statically."
                          : "The third parties above can still set cookies on their own domains, and their tracking is "
                            "attributable to the visitor there: name them in your privacy notice.");

    m.checklist = {
        "Sign the data processing agreement with the widget vendor and list it as a processor in your record of "
        "processing activities.",
        "Name the legal basis for each purpose (the call itself, the custom code's analytics) and how long each kind "
        "of "
        "data is kept.",
        hasIdleDisclosure(design)
            ? "Keep the before-call disclosure in the idle state, above the call button."
            : "Add a before-call disclosure block to the idle state, above the call button: regulated sectors must "
              "disclose data collection before the microphone is active.",
    };
    if (!domains.empty())
        m.checklist.push_back("Name every third-party domain above in your privacy notice and cookie policy.");
    if (recording)
        m.checklist.push_back("Calls may be recorded: announce it at the start of every recorded call, set a retention "
                              "period, and consider a data protection impact assessment (DPIA).");
    for (const auto &locale : design.locales)
        m.notices.push_back(noticeFor(design, locale, domains, recording));
    return m;
}

std::string manifestToMarkdown(const PrivacyManifest &m)
{
    std::string out;
    out += "# Privacy manifest: " + markdownEscaped(m.designName) + "\n\n";
    out += "> **" + m.notLegalAdvice + "**\n\n";
    out += "App id: `" + m.appId + "`\n\n";

    out += "## Data the widget touches\n\n";
    out += "| Category | Examples | In this design |\n|---|---|---|\n";
    for (const auto &c : m.categories) {
        std::string items;
        for (const auto &i : c.inThisDesign)
            items += (items.empty() ? "" : "<br>") + markdownEscaped(i);
        out += "| " + c.name + " | " + c.examples + " | " + items + " |\n";
    }

    out += "\n## Third-party domains\n\n";
    if (m.thirdParties.empty()) {
        out += "None found in the custom code.\n";
    } else {
        for (const auto &d : m.thirdParties) {
            out += "- **" + markdownEscaped(d.domain) + "**" + (d.knownTracker ? " (known tracker)" : "") + "\n";
            for (const auto &f : d.foundAt)
                out += "  - " + markdownEscaped(f) + "\n";
        }
    }
    if (m.inventoryTruncated)
        out += "\nThe custom code names more addresses than are listed here.\n";

    out += "\n## Cookies and the sandbox\n\n" + m.cookiesNote + "\n";

    out += "\n## Before you publish\n\n";
    for (const auto &item : m.checklist)
        out += "- " + item + "\n";

    out += "\n## Privacy notice and consent text\n";
    for (const auto &n : m.notices) {
        out += "\n### " + noticeTitle(n) + "\n\n";
        if (!n.fallbackNote.empty())
            out += "*" + markdownEscaped(n.fallbackNote) + "*\n\n";
        out += "#### " + markdownEscaped(n.heading) + "\n\n";
        for (const auto &p : n.paragraphs)
            out += markdownEscaped(p) + "\n\n";
        out += "**Sample consent text**\n\n> " + markdownEscaped(n.consentText) + "\n";
    }
    return out;
}

std::string manifestToHtml(const PrivacyManifest &m)
{
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<title>Privacy manifest: " + htmlEscaped(m.designName) + "</title>\n";
    out +=
        "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
        ".not-legal-advice{border:2px solid #b42318;padding:.75rem 1rem;font-weight:bold}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.4rem "
        ".6rem;vertical-align:top;text-align:left}"
        "blockquote{border-left:4px solid #0b5cad;margin:0;padding:.25rem 1rem}</style>\n";
    out += "</head>\n<body>\n";
    out += "<h1>Privacy manifest: " + htmlEscaped(m.designName) + "</h1>\n";
    out += "<p class=\"not-legal-advice\">" + htmlEscaped(m.notLegalAdvice) + "</p>\n";
    out += "<p>App id: <code>" + htmlEscaped(m.appId) + "</code></p>\n";

    out += "<h2>Data the widget touches</h2>\n<table>\n<tr><th>Category</th><th>Examples</th><th>In this "
           "design</th></tr>\n";
    for (const auto &c : m.categories) {
        out += "<tr><td>" + htmlEscaped(c.name) + "</td><td>" + htmlEscaped(c.examples) + "</td><td>";
        for (size_t i = 0; i < c.inThisDesign.size(); ++i)
            out += (i ? "<br>" : "") + htmlEscaped(c.inThisDesign[i]);
        out += "</td></tr>\n";
    }
    out += "</table>\n";

    out += "<h2>Third-party domains</h2>\n";
    if (m.thirdParties.empty()) {
        out += "<p>None found in the custom code.</p>\n";
    } else {
        out += "<ul>\n";
        for (const auto &d : m.thirdParties) {
            out += "<li><strong>" + htmlEscaped(d.domain) + "</strong>" + (d.knownTracker ? " (known tracker)" : "")
                   + "\n<ul>\n";
            for (const auto &f : d.foundAt)
                out += "<li>" + htmlEscaped(f) + "</li>\n";
            out += "</ul></li>\n";
        }
        out += "</ul>\n";
    }
    if (m.inventoryTruncated)
        out += "<p>The custom code names more addresses than are listed here.</p>\n";

    out += "<h2>Cookies and the sandbox</h2>\n<p>" + htmlEscaped(m.cookiesNote) + "</p>\n";

    out += "<h2>Before you publish</h2>\n<ul>\n";
    for (const auto &item : m.checklist)
        out += "<li>" + htmlEscaped(item) + "</li>\n";
    out += "</ul>\n";

    out += "<h2>Privacy notice and consent text</h2>\n";
    for (const auto &n : m.notices) {
        out += "<section lang=\"" + htmlEscaped(n.templateLanguage) + "\">\n<h3 lang=\"en\">"
               + htmlEscaped(noticeTitle(n)) + "</h3>\n";
        if (!n.fallbackNote.empty())
            out += "<p lang=\"en\"><em>" + htmlEscaped(n.fallbackNote) + "</em></p>\n";
        out += "<h4>" + htmlEscaped(n.heading) + "</h4>\n";
        for (const auto &p : n.paragraphs)
            out += "<p>" + htmlEscaped(p) + "</p>\n";
        out += "<p lang=\"en\"><strong>Sample consent text</strong></p>\n<blockquote>" + htmlEscaped(n.consentText)
               + "</blockquote>\n</section>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

} // namespace callstudio
