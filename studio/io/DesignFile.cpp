#include "DesignFile.h"

#include "contract/JsonPointer.h"

#include "DesignJson.h"
#include "JsonLocator.h"
#include "Migrations.h"
#include "SafeFile.h"
#include "SchemaValidator.h"
#include "SyntaxMessages.h"
#include "checks/ProblemText.h"

#include <QCoreApplication>

#include <algorithm>

namespace callstudio {

using json = nlohmann::json;

namespace {

constexpr int kMaxNesting = 64;
// Far above the longest key of the format (ids, context keys: 64 characters).
constexpr size_t kMaxKeyBytes = 1024;

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

// Offset of the opening quote of the first key longer than kMaxKeyBytes, if any. No key
// of the format comes near it; refused here, a key of megabytes is never copied into the
// tree, the schema's error records and the pointers that locate it.
std::optional<size_t> overlongKeyAt(std::string_view text)
{
    size_t start = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!inString) {
            inString = c == '"';
            start = i;
        } else if (c == '\\') {
            ++i;
        } else if (c == '"') {
            inString = false;
            const size_t next = text.find_first_not_of(" \t\r\n", i + 1);
            if (i - start - 1 > kMaxKeyBytes && next != std::string_view::npos && text[next] == ':')
                return start;
        }
    }
    return std::nullopt;
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

std::string tooLargeMessage(qint64 bytes)
{
    return problemText(
        QCoreApplication::translate("Problems", "the file is too large (%1; a design may be at most %2)"),
        {megabytes(bytes), megabytes(kMaxDesignFileBytes)});
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

    if (auto bad = encodingProblem(text))
        return failed(LoadResult::Status::Invalid,
                      fileProblem("syntax.encoding", bad->message, positionOfOffset(text, bad->offset)));
    if (auto at = overlongKeyAt(text))
        return failed(
            LoadResult::Status::Invalid,
            fileProblem("syntax.key-too-long",
                        //: %1 is the start of the key as written in the file.
                        problemText(QCoreApplication::translate("Problems",
                                                                "key \"%1\" is too long; keys are at most %2 bytes"),
                                    {text.substr(*at + 1, 4 * kMaxValueCharsShown), std::to_string(kMaxKeyBytes)}),
                        positionOfOffset(text, *at)));
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        const SyntaxProblem problem = describeParseError(e, text);
        return failed(LoadResult::Status::Invalid,
                      fileProblem("syntax", problem.message, positionOfOffset(text, problem.offset)));
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
    if (auto duplicate = firstDuplicateKey(text))
        return failed(
            LoadResult::Status::Invalid,
            fileProblem("syntax.duplicate-key",
                        //: %1 is a key of the design file.
                        problemText(QCoreApplication::translate(
                                        "Problems", "key \"%1\" appears twice; each key may appear once in an object"),
                                    {duplicate->key}),
                        positionOfOffset(text, duplicate->offset), duplicate->pointer));
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
                                    {shortJson(doc.at("schemaVersion")), std::to_string(WidgetDesign::kSchemaVersion)}),
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
    UnlistedProblems unlisted;
    auto schemaProblems = validateAgainstSchema(doc, &unlisted);
    if (!schemaProblems.empty()) {
        placeProblemsInText(text, schemaProblems);
        capProblems(schemaProblems, unlisted);
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

LoadResult loadDesignFromFile(const std::string &path, std::string *bytesRead)
{
    return loadFileWith(path, loadDesignFromText, bytesRead);
}

std::optional<LoadResult> parseJsonObject(std::string_view text, nlohmann::json &doc)
{
    return parseStage(text, doc);
}

LoadResult loadFileWith(const std::string &path, LoadResult (*load)(std::string_view), std::string *bytesRead)
{
    FileBytes file = readRegularFile(path, kMaxDesignFileBytes);
    const auto unreadable = [](const char *code, std::string message) {
        return failed(LoadResult::Status::Unreadable, fileProblem(code, std::move(message)));
    };
    switch (file.failure) {
    case FileBytes::Failure::None:
        break;
    case FileBytes::Failure::Missing:
        return unreadable("file.missing", problemText(QCoreApplication::translate("Problems", "no such file")));
    case FileBytes::Failure::SymlinkLoop:
        return unreadable("file.symlink-loop", problemText(QCoreApplication::translate(
                                                   "Problems", "too many levels of symbolic links (a symlink loop)")));
    case FileBytes::Failure::Directory:
        return unreadable("file.directory", problemText(QCoreApplication::translate(
                                                "Problems", "this is a directory, not a design file")));
    case FileBytes::Failure::NotRegular:
        //: %1 is the kind of special file: FIFO, socket or device.
        return unreadable(
            "file.not-regular",
            problemText(QCoreApplication::translate("Problems", "this is a %1, not a design file"), {file.kind}));
    case FileBytes::Failure::TooLarge:
        return unreadable("file.too-large", tooLargeMessage(file.size));
    case FileBytes::Failure::Unreadable:
        //: %1 says why, as the system words it.
        return unreadable(
            "file.unreadable",
            problemText(QCoreApplication::translate("Problems", "cannot read the file: %1"), {file.reason}));
    }
    LoadResult result = load(file.bytes);
    if (bytesRead)
        *bytesRead = std::move(file.bytes);
    return result;
}

SaveResult writeFileAtomically(const std::string &path, const std::string &text)
{
    const std::string reason = replaceFileAtomically(path, text);
    if (reason.empty())
        return {true, {}};
    //: %1 is the file's path; %2 says why, as the system words it.
    return {false, problemText(QCoreApplication::translate("Problems", "cannot write %1: %2"), {path, reason})};
}

SaveResult saveDesignToFile(const WidgetDesign &design, const std::string &path)
{
    return writeFileAtomically(path, designToCanonicalText(design));
}

} // namespace callstudio
