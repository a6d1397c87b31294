#include "DesignFile.h"

#include "DesignJson.h"
#include "JsonLocator.h"
#include "Migrations.h"
#include "SchemaValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

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

std::string syntaxMessage(const json::parse_error &e)
{
    // nlohmann: "[json.exception.parse_error.101] parse error at line 1, column 2: <what>"
    std::string what = e.what();
    const auto colon = what.find(": ", what.find("parse error"));
    std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    return "invalid JSON: " + detail;
}

std::string megabytes(qint64 bytes)
{
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MB";
}

} // namespace

LoadResult loadDesignFromText(std::string_view text)
{
    if (text.size() > kMaxDesignFileBytes)
        return failed(LoadResult::Status::Unreadable,
                      fileProblem("file.too-large", "the file is too large (" + megabytes(static_cast<qint64>(text.size()))
                                                        + "; a design may be at most " + megabytes(kMaxDesignFileBytes) + ")"));
    if (auto at = tooDeepAt(text))
        return failed(LoadResult::Status::Invalid,
                      fileProblem("syntax.too-deep", "the JSON is nested more than " + std::to_string(kMaxNesting) + " levels deep",
                                  positionOfOffset(text, *at)));

    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        const size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        return failed(LoadResult::Status::Invalid, fileProblem("syntax", syntaxMessage(e), positionOfOffset(text, offset)));
    }
    if (!doc.is_object())
        return failed(LoadResult::Status::Invalid,
                      fileProblem("schema", "a design file must hold a JSON object", positionOfOffset(text, 0)));

    LoadResult result;
    result.sourceVersion = declaredSchemaVersion(doc);
    if (result.sourceVersion < 0)
        return failed(LoadResult::Status::Invalid,
                      fileProblem("schema", "\"schemaVersion\" must be a whole number",
                                  locatePointerOrAncestor(text, "/schemaVersion"), "/schemaVersion"));
    if (result.sourceVersion > WidgetDesign::kSchemaVersion) {
        auto r = failed(LoadResult::Status::Invalid,
                        fileProblem("version.newer",
                                    "the file was written by a newer Call Studio (schema version "
                                        + std::to_string(result.sourceVersion) + "); this version reads schema version "
                                        + std::to_string(WidgetDesign::kSchemaVersion) + " and older",
                                    locatePointerOrAncestor(text, "/schemaVersion"), "/schemaVersion"));
        r.sourceVersion = result.sourceVersion;
        return r;
    }
    if (result.sourceVersion < WidgetDesign::kSchemaVersion) {
        std::string error;
        if (!migrateToCurrent(doc, result.sourceVersion, error))
            return failed(LoadResult::Status::Invalid,
                          fileProblem("version.migration",
                                      "cannot upgrade from schema version " + std::to_string(result.sourceVersion) + ": " + error,
                                      positionOfOffset(text, 0)));
    }

    auto schemaProblems = validateAgainstSchema(doc);
    if (!schemaProblems.empty()) {
        for (auto &p : schemaProblems) {
            const auto pos = locatePointerOrAncestor(text, p.pointer);
            p.line = pos.line;
            p.column = pos.column;
        }
        std::stable_sort(schemaProblems.begin(), schemaProblems.end(), [](const Problem &a, const Problem &b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
        result.status = LoadResult::Status::Invalid;
        result.problems = std::move(schemaProblems);
        return result;
    }

    try {
        result.design = designFromJson(doc);
    } catch (const json::exception &e) {
        return failed(LoadResult::Status::Invalid, fileProblem("schema", std::string("unexpected content: ") + e.what()));
    }
    result.status = LoadResult::Status::Loaded;
    return result;
}

LoadResult loadDesignFromFile(const std::string &path)
{
    const QString qpath = QString::fromStdString(path);
    const QFileInfo info(qpath);
    if (!info.exists())
        return failed(LoadResult::Status::Unreadable, fileProblem("file.missing", "no such file"));
    if (info.isDir())
        return failed(LoadResult::Status::Unreadable, fileProblem("file.directory", "this is a directory, not a design file"));
    if (info.size() > static_cast<qint64>(kMaxDesignFileBytes))
        return failed(LoadResult::Status::Unreadable,
                      fileProblem("file.too-large", "the file is too large (" + megabytes(info.size())
                                                        + "; a design may be at most " + megabytes(kMaxDesignFileBytes) + ")"));
    QFile file(qpath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(LoadResult::Status::Unreadable,
                      fileProblem("file.unreadable", "cannot read the file: " + file.errorString().toStdString()));
    // Read one byte past the limit so a file that grew since the size check is still refused.
    const QByteArray bytes = file.read(static_cast<qint64>(kMaxDesignFileBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        return failed(LoadResult::Status::Unreadable,
                      fileProblem("file.unreadable", "cannot read the file: " + file.errorString().toStdString()));
    return loadDesignFromText(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
}

SaveResult writeFileAtomically(const std::string &path, const std::string &text)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return {false, "cannot write " + path + ": " + file.errorString().toStdString()};
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
        file.cancelWriting();
        return {false, "cannot write " + path + ": " + file.errorString().toStdString()};
    }
    if (!file.commit())
        return {false, "cannot write " + path + ": " + file.errorString().toStdString()};
    return {true, {}};
}

SaveResult saveDesignToFile(const WidgetDesign &design, const std::string &path)
{
    return writeFileAtomically(path, designToCanonicalText(design));
}

} // namespace callstudio
