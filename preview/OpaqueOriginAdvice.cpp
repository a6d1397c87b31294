#include "OpaqueOriginAdvice.h"

#include "privacy/SandboxSdks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace callstudio {

bool isOpaqueOriginRefusal(const QString &text)
{
    static const QRegularExpression storage(QStringLiteral("cookie|localStorage|sessionStorage|indexedDB"),
                                            QRegularExpression::CaseInsensitiveOption);
    return text.contains(QLatin1String("SecurityError")) && storage.match(text).hasMatch();
}

void addOpaqueOriginAdvice(ConsoleMessage &line, const CustomCode &code)
{
    if (!isOpaqueOriginRefusal(line.masked ? line.engineText : line.text))
        return;
    if (line.masked)
        //: %1 is the web engine's own message about the error, in English.
        line.text += QLatin1String(" — ")
                     + QCoreApplication::translate("Preview", "The browser hid this error from the page; its console "
                                                              "says: %1. The sandbox has no cookies or storage (an "
                                                              "opaque origin, as on your site).")
                           .arg(line.engineText);
    for (const SandboxSdkUse &use : sdksFailingInTheSandbox(ParsedCustomCode(code)))
        line.text += QLatin1Char(' ') + QString::fromStdString(sandboxSdkAdvice(*use.sdk)) + QLatin1Char('.');
}

} // namespace callstudio
