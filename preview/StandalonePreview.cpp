#include "StandalonePreview.h"

#include "PreviewProtocol.h"
#include "PreviewSchemes.h"
#include "PreviewSimulation.h"
#include "contract/RuntimeContract.h"
#include "io/DesignJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>
#include <vector>

namespace callstudio {

namespace {

QString resource(const char *name)
{
    return QString::fromUtf8(PreviewSchemeHandler::resourceText(QString::fromLatin1(name)));
}

// Script text inside <script>…</script>: neither an end tag nor a comment opener (which
// would let a later "<script" swallow the end tag) may appear in it.
QString inlineScript(QString js)
{
    return js.replace(QStringLiteral("</script"), QStringLiteral("<\\/script"), Qt::CaseInsensitive)
        .replace(QStringLiteral("<!--"), QStringLiteral("<\\!--"));
}

QString inlineStyle(QString css)
{
    return css.replace(QStringLiteral("</style"), QStringLiteral("<\\/style"), Qt::CaseInsensitive);
}

// Fills each @NAME@ of the template in one pass, so a filled-in value is never searched
// for further placeholders.
QString fillTemplate(const QString &text, const std::vector<std::pair<QString, QString>> &values)
{
    QString out;
    int from = 0;
    while (true) {
        int next = -1;
        const std::pair<QString, QString> *found = nullptr;
        for (const auto &value : values) {
            const int at = int(text.indexOf(value.first, from));
            if (at >= 0 && (next < 0 || at < next)) {
                next = at;
                found = &value;
            }
        }
        if (!found)
            break;
        out += text.mid(from, next - from);
        out += found->second;
        from = next + int(found->first.size());
    }
    return out + text.mid(from);
}

QString inlineScripts(const QStringList &names)
{
    QString scripts;
    for (const QString &name : names)
        scripts += QStringLiteral("<script>\n") + inlineScript(resource(name.toLatin1().constData()))
                   + QStringLiteral("</script>\n");
    return scripts;
}

// The widget's document with its stylesheet and scripts inline, split where its boot
// data goes: the page adds the boot data itself (locale, clock) each time it starts the widget.
QJsonObject widgetDocumentParts()
{
    const QString document =
        fillTemplate(resource("widget.html"),
                     {{QStringLiteral("<link rel=\"stylesheet\" href=\"widget.css\">"),
                       QStringLiteral("<style>\n") + inlineStyle(resource("widget.css")) + QStringLiteral("</style>")},
                      {QStringLiteral("@SCRIPTS@"),
                       inlineScripts(QStringList{QStringLiteral("standalone-mic.js")} + runtimeScriptNames())}});
    const QString bootMark = QStringLiteral("@BOOT@");
    const int at = int(document.indexOf(bootMark));
    return {{QStringLiteral("before"), document.left(at)},
            {QStringLiteral("after"), document.mid(at + bootMark.size())}};
}

constexpr int kPastDaysForReview = 31;

QJsonObject contractAsJson(const WidgetDesign &design)
{
    // From the start of a day (UTC), so the same design gives the same page all day; a
    // month back, so a reviewer's "&now=" of recent days is looked up in real hours too.
    const QDateTime from(QDateTime::currentDateTimeUtc().date().addDays(-kPastDaysForReview), QTime(0, 0), Qt::UTC);
    const nlohmann::json contract = runtimeContract(design, from, kSharedHoursHorizonDays + kPastDaysForReview);
    return QJsonDocument::fromJson(QByteArray::fromStdString(contract.dump())).object();
}

QJsonObject designAsJson(const WidgetDesign &design)
{
    const std::string text =
        designToJson(design).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

} // namespace

std::string standalonePreviewHtml(const WidgetDesign &design)
{
    QJsonArray locales;
    for (const auto &locale : design.locales)
        locales.append(QString::fromStdString(locale));
    const QJsonObject boot{
        {QStringLiteral("design"), designAsJson(design)},
        {QStringLiteral("locale"), QString::fromStdString(design.defaultLocale)},
        {QStringLiteral("customCodeEnabled"), true},
        {QStringLiteral("contract"), contractAsJson(design)},
        {QStringLiteral("protocol"), PreviewProtocol::instance().table()},
        {QStringLiteral("sandbox"), QJsonObject{{QStringLiteral("prefix"), sandboxPrefix().text},
                                                {QStringLiteral("prefixLines"), sandboxPrefix().lines}}},
        // The page may be a file:// document with an opaque origin: "*" is the only target.
        {QStringLiteral("parentOrigin"), QStringLiteral("*")},
        {QStringLiteral("micLoopback"), false}};
    const QJsonObject data{{QStringLiteral("name"), QString::fromStdString(design.name)},
                           {QStringLiteral("width"), design.theme.width},
                           {QStringLiteral("locales"), locales},
                           {QStringLiteral("formValues"), automaticFormValues(design)},
                           {QStringLiteral("widget"), widgetDocumentParts()},
                           {QStringLiteral("boot"), boot}};
    const QString page =
        fillTemplate(resource("standalone.html"),
                     {{QStringLiteral("@STYLE@"), inlineStyle(resource("standalone.css"))},
                      {QStringLiteral("@DATA@"),
                       QString::fromUtf8(jsonForScriptElement(QJsonDocument(data).toJson(QJsonDocument::Compact)))},
                      {QStringLiteral("@SCRIPT@"),
                       inlineScript(resource("protocol.js") + QLatin1Char('\n') + resource("standalone.js"))}});
    return page.toStdString();
}

} // namespace callstudio
