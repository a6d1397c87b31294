// The designer's UI language: English, French, German or Spanish, remembered in QSettings
// and applied by installing translators (widgets then retranslate on LanguageChange).
#pragma once

#include <QStringList>

namespace callstudio {

// Language codes in menu order; "en" is the source language.
QStringList availableUiLanguages();

// Installs the translators of `language` (replacing earlier ones); false when its
// translation cannot be loaded, in which case the UI stays in English.
bool applyUiLanguage(const QString &language);
QString currentUiLanguage();

QString savedUiLanguage();
void saveUiLanguage(const QString &language);

} // namespace callstudio
