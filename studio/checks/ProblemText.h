// Problem messages in the operator's language.
//
// Every message is written where it is found, as an English pattern that lupdate
// collects:
//
//     problemText(QCoreApplication::translate("Problems", "block id \"%1\" is used twice"), {id})
//
// or, inside a class that declares Q_DECLARE_TR_FUNCTIONS(Problems), with tr("...").
// The pattern is translated into the UI language when a translator is installed (the
// designer) and stays English when none is (the command line, the tests), so `validate`
// and its goldens never change with the operator's choice.
#pragma once

#include <QString>

#include <initializer_list>
#include <string>
#include <string_view>

namespace callstudio {

// Fills %1 ... %9 of a translated pattern with UTF-8 values, in one pass: a value that
// itself contains "%2" is copied as it is, never substituted again.
std::string problemText(const QString &pattern, std::initializer_list<std::string_view> values = {});

} // namespace callstudio
