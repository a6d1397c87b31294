#include "UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace callstudio {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

struct InstalledTranslators
{
    QString language = QStringLiteral("en");
    QTranslator *app = nullptr;
    QTranslator *qt = nullptr;
};

InstalledTranslators &installed()
{
    static InstalledTranslators t;
    return t;
}

void removeTranslator(QTranslator *&t)
{
    if (t) {
        QCoreApplication::removeTranslator(t);
        delete t;
        t = nullptr;
    }
}

} // namespace

QStringList availableUiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es")};
}

bool applyUiLanguage(const QString &language)
{
    InstalledTranslators &t = installed();
    removeTranslator(t.app);
    removeTranslator(t.qt);
    t.language = QStringLiteral("en");
    if (language == QLatin1String("en") || !availableUiLanguages().contains(language)) {
        // Removing translators alone sends no LanguageChange when none was installed.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        return language == QLatin1String("en");
    }
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(QStringLiteral(":/i18n/callstudio_%1.qm").arg(language))) {
        delete app;
        return false;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        t.qt = qt;
    } else {
        delete qt;
    }
    QCoreApplication::installTranslator(app);
    t.app = app;
    t.language = language;
    return true;
}

QString currentUiLanguage()
{
    return installed().language;
}

QString savedUiLanguage()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    return availableUiLanguages().contains(saved) ? saved : QStringLiteral("en");
}

void saveUiLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

} // namespace callstudio
