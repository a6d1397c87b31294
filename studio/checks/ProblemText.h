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
#include <utility>

namespace callstudio {

// How many characters of one value from a file a message shows.
inline constexpr size_t kMaxValueCharsShown = 200;

// Fills %1 ... %9 of a translated pattern with UTF-8 values, in one pass: a value that
// itself contains "%2" is copied as it is, never substituted again. Each value is made
// terminalSafe and cut to kMaxValueCharsShown characters.
std::string problemText(const QString &pattern, std::initializer_list<std::string_view> values = {});

// `text` as it may be printed on a terminal or in a one-line message: control characters,
// line and paragraph separators and bidirectional overrides written as \n, \t, \r or
// \u001b; bytes that are not UTF-8 as \xFF; cut to `maxChars` characters with "..." after.
// Every printer of text that came from a file passes it through here.
std::string terminalSafe(std::string_view text, size_t maxChars);

// The code point of the well-formed UTF-8 sequence at byte `i` and its length in bytes;
// length 0 when the bytes there are not one (overlong, surrogate, truncated, stray).
std::pair<char32_t, size_t> decodeUtf8At(std::string_view text, size_t i);

} // namespace callstudio
