#include "DesignFile.h"

#include "contract/JsonPointer.h"

#include "DesignJson.h"
#include "JsonLocator.h"
#include "Migrations.h"
#include "SchemaValidator.h"
#include "checks/ProblemText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace callstudio {

using json = nlohmann::json;

namespace {

constexpr int kMaxNesting = 64;

Problem fileProblem(std::string code, std::string message, TextPosition pos = {}, std::string pointer = {})
{
    Problem p;
    p.severity = Severity::Error;
    p.code = std::move(code);
    p.message = std::move(message);
    p.pointer = std::move(pointer);
    p.line = pos.line;
    p.column = pos.column;
    return p;
}

LoadResult failed(LoadResult::Status status, Problem problem)
{
    LoadResult r;
    r.status = status;
    r.problems.push_back(std::move(problem));
    return r;
}

// Offset of the first bracket that opens deeper than kMaxNesting, if any. Deep input
// would otherwise exhaust the stack of the recursive steps after parsing.
std::optional<size_t> tooDeepAt(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxNesting)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

// nlohmann's "expected" phrases, as a person would say them.
std::string expectedText(const std::string &expected)
{
    if (expected == "string literal")
        return problemText(QCoreApplication::translate("Problems", "a key in double quotes"));
    if (expected == "'[', '{', or a literal")
        return problemText(QCoreApplication::translate("Problems", "a value"));
    if (expected == "end of input")
        return problemText(QCoreApplication::translate("Problems", "the end of the file"));
    return expected;
}

// One sentence for a JSON syntax error at byte `offset`, from nlohmann's
// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while
// parsing value - <what>; last read: '<text>'; expected <what>". The matching below reads
// nlohmann's own English; only the sentences returned are translated.
std::string syntaxMessage(const json::parse_error &e, std::string_view text, size_t offset)
{
    const std::string what = e.what();
    const auto dash = what.find(" - ");
    std::string detail = dash == std::string::npos ? what : what.substr(dash + 3);
    std::string expected; // as nlohmann words it, e.g. "'}'" or "end of input"
    if (const auto at = detail.find("; expected "); at != std::string::npos) {
        expected = detail.substr(at + 11);
        detail.erase(at);
    }
    if (const auto at = detail.find("; last read: "); at != std::string::npos)
        detail.erase(at);
    const char here = offset < text.size() ? text[offset] : '\0';
    const auto byte = static_cast<unsigned char>(here);

    if (text.find_first_not_of(" \t\r\n", text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0) == std::string_view::npos)
        return problemText(QCoreApplication::translate("Problems", "the file is empty; expected a JSON object"));
    if (offset < text.size() && here == '\0')
        return problemText(QCoreApplication::translate("Problems", "invalid JSON: unexpected NUL byte"));
    if (detail.find("ill-formed UTF-8") != std::string::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", byte);
        return problemText(QCoreApplication::translate(
                               "Problems", "the file is not valid UTF-8: byte %1 cannot start a character here"),
                           {hex});
    }
    if (detail.find("control character U+000A") != std::string::npos)
        return problemText(
            QCoreApplication::translate("Problems", "invalid JSON: a string is not closed before the end of the line"));
    if (detail.rfind("invalid string: ", 0) == 0)
        //: %1 is the JSON parser's own description of the error, in English.
        return problemText(QCoreApplication::translate("Problems", "invalid JSON: %1"), {detail.substr(16)});
    if (expected == "':'" && detail != "unexpected end of input")
        return problemText(QCoreApplication::translate("Problems", "invalid JSON: missing ':' after a key"));
    if ((expected == "'}'" || expected == "']'") && detail != "unexpected end of input")
        //: %1 is the closing bracket that was expected: '}' or ']'.
        return problemText(QCoreApplication::translate("Problems", "invalid JSON: missing ',' or %1 before this"),
                           {expected});
    if (detail == "unexpected end of input")
        return expected.empty()
                   ? problemText(QCoreApplication::translate("Problems", "invalid JSON: the file ends too early"))
                   : problemText(
                       QCoreApplication::translate("Problems", "invalid JSON: the file ends too early; expected %1"),
                       {expectedText(expected)});
    if (detail == "invalid literal") {
        if (here == '\'')
            return problemText(QCoreApplication::translate(
                "Problems", "invalid JSON: single quotes are not allowed; keys and strings need double quotes"));
        if (here == '/')
            return problemText(QCoreApplication::translate("Problems", "invalid JSON: comments are not allowed"));
        size_t end = offset;
        while (end < text.size() && end - offset < 20 && std::isalnum(static_cast<unsigned char>(text[end])))
            ++end;
        if (end > offset)
            return problemText(QCoreApplication::translate(
                                   "Problems", "invalid JSON: unexpected word \"%1\"; text values need double quotes"),
                               {text.substr(offset, end - offset)});
    }
    if (here == '}' || here == ']') {
        const auto before = text.find_last_not_of(" \t\r\n", offset == 0 ? 0 : offset - 1);
        if (before != std::string_view::npos && before < offset && text[before] == ',')
            return problemText(
                QCoreApplication::translate("Problems", "invalid JSON: a comma before '%1' has nothing after it"),
                {std::string(1, here)});
    }
    if (expected.empty())
        //: %1 is the JSON parser's own description of the error, in English.
        return problemText(QCoreApplication::translate("Problems", "invalid JSON: %1"), {detail});
    //: %1 is the JSON parser's own description of the error, in English; %2 is what it expected there.
    return problemText(QCoreApplication::translate("Problems", "invalid JSON: %1; expected %2"),
                       {detail, expectedText(expected)});
}

// Where a syntax error is shown. nlohmann reports the last byte it read; for a misplaced
// string or a string left open, its opening quote is where a person has to look.
size_t syntaxErrorOffset(const json::parse_error &e, std::string_view text)
{
    const size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    if (offset >= text.size())
        return offset;
    const std::string what = e.what();
    const bool misplacedString = what.find("unexpected string literal") != std::string::npos && text[offset] == '"';
    const bool openString = what.find("control character U+000A") != std::string::npos;
    if (!misplacedString && !openString)
        return offset;
    for (size_t i = offset; i > 0; --i)
        if (text[i - 1] == '"' && (i < 2 || text[i - 2] != '\\'))
            return i - 1;
    return offset;
}

// A value as it would appear in the file, cut short for a one-line message.
std::string shortJson(const json &value)
{
    std::string s = value.dump(-1, ' ', false, json::error_handler_t::replace);
    return s.size() > 40 ? s.substr(0, 37) + "..." : s;
}

std::string megabytes(qint64 bytes)
{
    return problemText(QCoreApplication::translate("Problems", "%1 MB"),
                       {std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024))});
}

std::string cannotRead(const QFile &file)
{
    //: %1 says why, as the system words it.
    return problemText(QCoreApplication::translate("Problems", "cannot read the file: %1"),
                       {file.errorString().toStdString()});
}

std::string tooLargeMessage(qint64 bytes)
{
    return problemText(
        QCoreApplication::translate("Problems", "the file is too large (%1; a design may be at most %2)"),
        {megabytes(bytes), megabytes(kMaxDesignFileBytes)});
}

std::string cannotWrite(const std::string &path, const QSaveFile &file)
{
    //: %1 is the file's path; %2 says why, as the system words it.
    return problemText(QCoreApplication::translate("Problems", "cannot write %1: %2"),
                       {path, file.errorString().toStdString()});
}

// The text as a JSON object in `doc`, or the failure that stops the load: too large, too
// deep, not JSON, not an object.
std::optional<LoadResult> parseStage(std::string_view text, json &doc)
{
    if (text.size() > kMaxDesignFileBytes)
        return failed(LoadResult::Status::Unreadable,
                      fileProblem("file.too-large", tooLargeMessage(static_cast<qint64>(text.size()))));
    if (auto at = tooDeepAt(text))
        return failed(LoadResult::Status::Invalid,
                      fileProblem("syntax.too-deep",
                                  problemText(QCoreApplication::translate(
                                                  "Problems", "the JSON is nested more than %1 levels deep"),
                                              {std::to_string(kMaxNesting)}),
                                  positionOfOffset(text, *at)));

    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        const size_t offset = syntaxErrorOffset(e, text);
        return failed(LoadResult::Status::Invalid,
                      fileProblem("syntax", syntaxMessage(e, text, offset), positionOfOffset(text, offset)));
    } catch (const json::out_of_range &e) {
        // A number too large for 64 bits; nlohmann names the literal but not its place.
        const std::string what = e.what();
        const auto quote = what.find('\'');
        const std::string literal =
            quote == std::string::npos ? std::string() : what.substr(quote + 1, what.rfind('\'') - quote - 1);
        const size_t at = literal.empty() ? std::string_view::npos : text.find(literal);
        return failed(
            LoadResult::Status::Invalid,
            fileProblem("syntax",
                        problemText(QCoreApplication::translate("Problems", "invalid JSON: a number is too large")),
                        positionOfOffset(text, at == std::string_view::npos ? 0 : at)));
    }
    if (!doc.is_object())
        return failed(
            LoadResult::Status::Invalid,
            fileProblem("schema",
                        problemText(QCoreApplication::translate("Problems", "a design file must hold a JSON object")),
                        positionOfOffset(text, 0)));
    return std::nullopt;
}

// Brings `doc` to the current schema version, or the failure: a malformed or newer
// version, a migration that cannot run.
std::optional<LoadResult> versionStage(std::string_view text, json &doc, int &sourceVersion)
{
    sourceVersion = declaredSchemaVersion(doc);
    const std::string versionPointer = (JsonPointer() / "schemaVersion").to_string();
    if (sourceVersion < 0)
        return failed(LoadResult::Status::Invalid,
                      fileProblem("schema",
                                  //: %1 is a key of the design file; %2 is the value found there.
                                  problemText(QCoreApplication::translate(
                                                  "Problems", "\"%1\" must be a whole number from 0 up, not %2"),
                                              {"schemaVersion", shortJson(doc.at("schemaVersion"))}),
                                  locatePointerOrAncestor(text, versionPointer), versionPointer));
    if (sourceVersion > WidgetDesign::kSchemaVersion) {
        auto r = failed(
            LoadResult::Status::Invalid,
            fileProblem("version.newer",
                        problemText(QCoreApplication::translate(
                                        "Problems", "the file was written by a newer Call Studio (schema version %1); "
                                                    "this version reads schema version %2 and older"),
                                    {std::to_string(sourceVersion), std::to_string(WidgetDesign::kSchemaVersion)}),
                        locatePointerOrAncestor(text, versionPointer), versionPointer));
        r.sourceVersion = sourceVersion;
        return r;
    }
    if (sourceVersion < WidgetDesign::kSchemaVersion) {
        MigrationError error;
        if (!migrateToCurrent(doc, sourceVersion, error))
            return failed(LoadResult::Status::Invalid,
                          fileProblem("version.migration",
                                      //: %2 says what stopped the upgrade.
                                      problemText(QCoreApplication::translate(
                                                      "Problems", "cannot upgrade from schema version %1: %2"),
                                                  {std::to_string(sourceVersion), error.message}),
                                      locatePointerOrAncestor(text, error.pointer), error.pointer));
    }
    return std::nullopt;
}

// The schema's problems, placed in the text and in reading order; nullopt when none.
std::optional<LoadResult> schemaStage(std::string_view text, const json &doc)
{
    auto schemaProblems = validateAgainstSchema(doc);
    if (!schemaProblems.empty()) {
        placeProblemsInText(text, schemaProblems);
        LoadResult result;
        result.status = LoadResult::Status::Invalid;
        result.problems = std::move(schemaProblems);
        return result;
    }
    return std::nullopt;
}

} // namespace

void placeProblemsInText(std::string_view text, std::vector<Problem> &problems)
{
    std::vector<std::string> pointers;
    for (const auto &p : problems)
        pointers.push_back(p.pointer);
    const auto positions = locatePointersOrAncestors(text, pointers);
    for (size_t i = 0; i < problems.size(); ++i) {
        problems[i].line = positions[i].line;
        problems[i].column = positions[i].column;
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
}

LoadResult loadDesignFromText(std::string_view text)
{
    json doc;
    if (auto failure = parseStage(text, doc))
        return *failure;
    LoadResult result;
    if (auto failure = versionStage(text, doc, result.sourceVersion))
        return *failure;
    if (auto failure = schemaStage(text, doc)) {
        failure->sourceVersion = result.sourceVersion;
        return *failure;
    }
    try {
        result.design = designFromJson(std::move(doc));
    } catch (const json::exception &e) {
        return failed(
            LoadResult::Status::Invalid,
            fileProblem("schema",
                        //: %1 is the JSON library's own description of the error, in English.
                        problemText(QCoreApplication::translate("Problems", "unexpected content: %1"), {e.what()})));
    }
    result.status = LoadResult::Status::Loaded;
    return result;
}

LoadResult loadDesignFromFile(const std::string &path)
{
    return loadFileWith(path, loadDesignFromText);
}

std::optional<LoadResult> parseJsonObject(std::string_view text, nlohmann::json &doc)
{
    return parseStage(text, doc);
}

LoadResult loadFileWith(const std::string &path, LoadResult (*load)(std::string_view))
{
    const QString qpath = QString::fromStdString(path);
    const QFileInfo info(qpath);
    if (!info.exists())
        return failed(
            LoadResult::Status::Unreadable,
            fileProblem("file.missing", problemText(QCoreApplication::translate("Problems", "no such file"))));
    if (info.isDir())
        return failed(LoadResult::Status::Unreadable,
                      fileProblem("file.directory", problemText(QCoreApplication::translate(
                                                        "Problems", "this is a directory, not a design file"))));
    if (info.size() > static_cast<qint64>(kMaxDesignFileBytes))
        return failed(LoadResult::Status::Unreadable, fileProblem("file.too-large", tooLargeMessage(info.size())));
    QFile file(qpath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(LoadResult::Status::Unreadable, fileProblem("file.unreadable", cannotRead(file)));
    // Read one byte past the limit so a file that grew since the size check is still refused.
    const QByteArray bytes = file.read(static_cast<qint64>(kMaxDesignFileBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        return failed(LoadResult::Status::Unreadable, fileProblem("file.unreadable", cannotRead(file)));
    return load(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
}

SaveResult writeFileAtomically(const std::string &path, const std::string &text)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return {false, cannotWrite(path, file)};
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
        file.cancelWriting();
        return {false, cannotWrite(path, file)};
    }
    if (!file.commit())
        return {false, cannotWrite(path, file)};
    return {true, {}};
}

SaveResult saveDesignToFile(const WidgetDesign &design, const std::string &path)
{
    return writeFileAtomically(path, designToCanonicalText(design));
}

} // namespace callstudio
