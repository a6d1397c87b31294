#include "CommandLine.h"

#include "checks/DesignChecks.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "io/JsonLocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace callstudio {

namespace {

enum ExitCode { kClean = 0, kProblems = 1, kUnreadable = 2 };

const QStringList kVerbs{QStringLiteral("validate"), QStringLiteral("export"), QStringLiteral("new")};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// A file's problems after loading and checking, with positions in its own text.
struct FileReport
{
    QString path;
    LoadResult load;
    std::vector<Problem> problems; // load problems, or semantic problems of a loaded design

    int exitCode() const
    {
        if (load.status == LoadResult::Status::Unreadable)
            return kUnreadable;
        const bool any = std::any_of(problems.begin(), problems.end(),
                                     [](const Problem &p) { return p.severity != Severity::Info; });
        return any ? kProblems : kClean;
    }
};

FileReport examine(const QString &path)
{
    FileReport r;
    r.path = path;
    r.load = loadDesignFromFile(path.toStdString());
    r.problems = r.load.problems;
    if (r.load.ok()) {
        r.problems = checkDesign(*r.load.design);
        // Checks speak in pointers; place them in the text the operator wrote.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            const std::string_view text(bytes.constData(), static_cast<size_t>(bytes.size()));
            std::vector<std::string> pointers;
            for (const auto &p : r.problems)
                pointers.push_back(p.pointer);
            const auto positions = locatePointersOrAncestors(text, pointers);
            for (size_t i = 0; i < r.problems.size(); ++i) {
                r.problems[i].line = positions[i].line;
                r.problems[i].column = positions[i].column;
            }
        }
        std::stable_sort(r.problems.begin(), r.problems.end(), [](const Problem &a, const Problem &b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
    }
    return r;
}

void printProblem(QTextStream &stream, const QString &path, const Problem &p)
{
    stream << path << ':';
    if (p.line > 0)
        stream << p.line << ':' << p.column << ':';
    stream << ' ' << severityName(p.severity) << ": " << QString::fromStdString(p.message);
    if (!p.pointer.empty())
        stream << " (" << QString::fromStdString(p.pointer) << ')';
    stream << '\n';
}

nlohmann::ordered_json problemToJson(const Problem &p)
{
    return {{"line", p.line},
            {"column", p.column},
            {"severity", severityName(p.severity)},
            {"code", p.code},
            {"message", p.message},
            {"pointer", p.pointer}};
}

int runValidate(const QCommandLineParser &parser, const QStringList &files)
{
    if (files.isEmpty()) {
        err() << "callstudio validate: name at least one design file\n";
        return kUnreadable;
    }
    const bool asJson = parser.isSet(QStringLiteral("json"));
    int exit = kClean;
    nlohmann::ordered_json report = nlohmann::ordered_json::array();
    for (const auto &path : files) {
        const FileReport r = examine(path);
        exit = std::max(exit, r.exitCode());
        if (asJson) {
            nlohmann::ordered_json problems = nlohmann::ordered_json::array();
            for (const auto &p : r.problems)
                problems.push_back(problemToJson(p));
            static const char *kStatus[] = {"clean", "problems", "unreadable"};
            report.push_back({{"file", path.toStdString()}, {"status", kStatus[r.exitCode()]}, {"problems", std::move(problems)}});
        } else {
            for (const auto &p : r.problems)
                printProblem(r.exitCode() == kClean ? out() : err(), path, p);
        }
    }
    if (asJson)
        out() << QString::fromStdString(report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)) << '\n';
    return exit;
}

bool writeOutput(const QString &outPath, const std::string &text)
{
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        out() << QString::fromStdString(text);
        out().flush();
        return true;
    }
    const auto saved = writeFileAtomically(outPath.toStdString(), text);
    if (!saved.ok)
        err() << "callstudio: " << QString::fromStdString(saved.error) << '\n';
    return saved.ok;
}

int runExport(const QCommandLineParser &parser, const QStringList &files)
{
    if (files.size() != 1) {
        err() << "callstudio export: name exactly one design file\n";
        return kUnreadable;
    }
    const FileReport r = examine(files.front());
    for (const auto &p : r.problems)
        printProblem(err(), r.path, p);
    if (!r.load.ok())
        return r.exitCode();
    if (hasErrors(r.problems)) {
        err() << "callstudio export: " << r.path << " has errors; nothing was exported\n";
        return kProblems;
    }
    return writeOutput(parser.value(QStringLiteral("output")), designToCanonicalText(*r.load.design)) ? kClean : kUnreadable;
}

int runNew(const QCommandLineParser &parser, const QStringList &files)
{
    if (!files.isEmpty()) {
        err() << "callstudio new: unexpected argument " << files.front() << " (use -o FILE)\n";
        return kUnreadable;
    }
    const QString outPath = parser.value(QStringLiteral("output"));
    if (!outPath.isEmpty() && outPath != QLatin1String("-") && QFileInfo::exists(outPath)
        && !parser.isSet(QStringLiteral("force"))) {
        err() << "callstudio new: " << outPath << " already exists (add --force to replace it)\n";
        return kProblems;
    }
    return writeOutput(outPath, designToCanonicalText(makeStarterDesign())) ? kClean : kUnreadable;
}

void describeVerbs(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Call Studio designs click-to-call website widgets.\n\n"
        "With no verb it opens the designer (on FILE if given).\n"
        "Verbs:\n"
        "  validate FILE...      check design files; exit 0 clean, 1 problems, 2 unreadable\n"
        "  export FILE [-o OUT]  write the canonical widget config (refused when errors exist)\n"
        "  new [-o FILE]         write a starter design"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("validate, export or new"), QStringLiteral("[verb]"));
}

} // namespace

bool wantsCommandLine(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.front();
    return kVerbs.contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
           || first == QLatin1String("--version") || first == QLatin1String("-v") || first == QLatin1String("--help-all");
}

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeVerbs(parser);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);

    const QString verb = arguments.size() > 1 ? arguments.at(1) : QString();
    if (verb == QLatin1String("validate")) {
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the problems as JSON.")});
    } else if (verb == QLatin1String("export") || verb == QLatin1String("new")) {
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("Write to FILE instead of standard output."),
                          QStringLiteral("FILE")});
        if (verb == QLatin1String("new"))
            parser.addOption({QStringLiteral("force"), QStringLiteral("Replace an existing file.")});
    }

    if (!parser.parse(arguments)) {
        err() << "callstudio: " << parser.errorText() << '\n';
        return kUnreadable;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return kClean;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kClean;
    }

    QStringList files = parser.positionalArguments();
    files.removeFirst(); // the verb
    if (verb == QLatin1String("validate"))
        return runValidate(parser, files);
    if (verb == QLatin1String("export"))
        return runExport(parser, files);
    if (verb == QLatin1String("new"))
        return runNew(parser, files);
    err() << "callstudio: unknown verb \"" << verb << "\" (try --help)\n";
    return kUnreadable;
}

} // namespace callstudio
