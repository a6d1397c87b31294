#include "CommandLine.h"

#include "AuditCommand.h"
#include "SimulateCommand.h"

#include "PreviewSimulation.h"
#include "StandalonePreview.h"
#include "checks/DesignChecks.h"
#include "checks/ProblemPlace.h"
#include "checks/ProblemText.h"
#include "contract/DesignFields.h"
#include "contract/WidgetConfig.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "io/JsonLocator.h"
#include "privacy/CustomCodeDocument.h"
#include "privacy/DesignReview.h"
#include "privacy/EmbedGuidance.h"
#include "privacy/ExportGate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace callstudio {

namespace {

enum ExitCode { kClean = 0, kProblems = 1, kUnreadable = 2 };

const QStringList kVerbs{QStringLiteral("validate"), QStringLiteral("export"),  QStringLiteral("import"),
                         QStringLiteral("new"),      QStringLiteral("snippet"), QStringLiteral("simulate"),
                         QStringLiteral("share"),    QStringLiteral("audit")};

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
    std::vector<Problem> problems; // load problems, or the review of a loaded design
    // For custom-code problems, where they stand inside their HTML area (line 0: none).
    std::vector<TextPosition> codePositions;

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
    std::string bytes;
    r.load = loadDesignFromFile(path.toStdString(), &bytes);
    r.problems = r.load.problems;
    if (r.load.ok()) {
        r.problems = reviewDesign(*r.load.design);
        // Checks speak in pointers; place them in the text that was validated.
        const std::string_view text(bytes);
        std::vector<std::string> pointers;
        for (const auto &p : r.problems) {
            pointers.push_back(p.pointer);
            const bool inCode = placeOf(p.pointer).section == "customCode";
            r.codePositions.push_back(inCode ? TextPosition{p.line, p.column} : TextPosition{});
        }
        const auto positions = locatePointersOrAncestors(text, pointers);
        for (size_t i = 0; i < r.problems.size(); ++i) {
            r.problems[i].line = positions[i].line;
            r.problems[i].column = positions[i].column;
        }
        // In the order of the file, as a person reads it.
        std::vector<size_t> order(r.problems.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return std::tie(r.problems[a].line, r.problems[a].column)
                   < std::tie(r.problems[b].line, r.problems[b].column);
        });
        std::vector<Problem> problems;
        std::vector<TextPosition> codePositions;
        for (size_t i : order) {
            problems.push_back(std::move(r.problems[i]));
            codePositions.push_back(r.codePositions[i]);
        }
        r.problems = std::move(problems);
        r.codePositions = std::move(codePositions);
        capProblems(r.problems);
        r.codePositions.resize(r.problems.size());
    }
    return r;
}

// Message and pointer hold text from the file: both are printed terminal-safe and bounded.
constexpr size_t kMaxMessageCharsShown = 2000;
constexpr size_t kMaxPointerCharsShown = 300;

QString shown(std::string_view text, size_t maxChars)
{
    return QString::fromStdString(terminalSafe(text, maxChars));
}

// With the design at hand, where a problem is reads as the designer names it ("Idle ›
// Link, block 4"); the JSON output keeps the pointer.
void printProblem(QTextStream &stream, const QString &path, const Problem &p, TextPosition inCode = {},
                  const WidgetDesign *design = nullptr)
{
    stream << shown(path.toStdString(), kMaxPointerCharsShown) << ':';
    if (p.line > 0)
        stream << p.line << ':' << p.column << ':';
    stream << ' ' << severityName(p.severity) << ": " << shown(p.message, kMaxMessageCharsShown);
    if (inCode.line > 0)
        stream << " [" << (p.pointer == codeAreaPointer(CodeArea::Head) ? "Head HTML" : "Body-end HTML") << ' '
               << inCode.line << ':' << inCode.column << ']';
    else if (design && !p.pointer.empty())
        stream << " (" << shown(problemPlace(p, *design).toStdString(), kMaxPointerCharsShown) << ')';
    if (!p.pointer.empty() && (!design || inCode.line > 0))
        stream << " (" << shown(p.pointer, kMaxPointerCharsShown) << ')';
    stream << '\n';
}

nlohmann::ordered_json problemToJson(const Problem &p, TextPosition inCode)
{
    nlohmann::ordered_json j{{"line", p.line},
                             {"column", p.column},
                             {"severity", severityName(p.severity)},
                             {"code", p.code},
                             {"message", terminalSafe(p.message, kMaxMessageCharsShown)},
                             {"pointer", terminalSafe(p.pointer, kMaxPointerCharsShown)}};
    if (inCode.line > 0)
        j["codePosition"] = {{"line", inCode.line}, {"column", inCode.column}};
    return j;
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
            for (size_t i = 0; i < r.problems.size(); ++i)
                problems.push_back(
                    problemToJson(r.problems[i], r.codePositions.empty() ? TextPosition{} : r.codePositions[i]));
            static const char *kStatus[] = {"clean", "problems", "unreadable"};
            report.push_back({{"file", terminalSafe(path.toStdString(), kMaxPointerCharsShown)},
                              {"status", kStatus[r.exitCode()]},
                              {"problems", std::move(problems)}});
        } else {
            for (size_t i = 0; i < r.problems.size(); ++i)
                printProblem(r.exitCode() == kClean ? out() : err(), path, r.problems[i],
                             r.codePositions.empty() ? TextPosition{} : r.codePositions[i],
                             r.load.design ? &*r.load.design : nullptr);
        }
    }
    if (asJson)
        out() << QString::fromStdString(report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
              << '\n';
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

// export and share: one design in, one file out, refused while the design has errors
// (a reviewer must not be shown a widget that could not be exported).
int runDesignOutput(const char *verb, const QCommandLineParser &parser, const QStringList &files,
                    std::string (*render)(const WidgetDesign &), const char *refusal)
{
    if (files.size() != 1) {
        err() << "callstudio " << verb << ": name exactly one design file\n";
        return kUnreadable;
    }
    const FileReport r = examine(files.front());
    for (const auto &p : r.problems)
        printProblem(err(), r.path, p);
    if (!r.load.ok())
        return r.exitCode();
    if (!exportBlockers(r.problems).empty()) {
        err() << "callstudio " << verb << ": " << r.path << " has errors; " << refusal << '\n';
        return kProblems;
    }
    return writeOutput(parser.value(QStringLiteral("output")), render(*r.load.design)) ? kClean : kUnreadable;
}

// A widget config back into a design file, its URL context keys without sample values.
int runImport(const QCommandLineParser &parser, const QStringList &files)
{
    if (files.size() != 1) {
        err() << "callstudio import: name exactly one widget config file\n";
        return kUnreadable;
    }
    const LoadResult loaded = loadWidgetConfigFromFile(files.front().toStdString());
    for (const auto &p : loaded.problems)
        printProblem(err(), files.front(), p);
    if (!loaded.ok())
        return loaded.status == LoadResult::Status::Unreadable ? kUnreadable : kProblems;
    return writeOutput(parser.value(QStringLiteral("output")), designToCanonicalText(*loaded.design)) ? kClean
                                                                                                      : kUnreadable;
}

int runSnippet(const QStringList &files)
{
    if (files.size() != 1) {
        err() << "callstudio snippet: name exactly one design file\n";
        return kUnreadable;
    }
    const FileReport r = examine(files.front());
    if (!r.load.ok()) {
        for (const auto &p : r.problems)
            printProblem(err(), r.path, p);
        return r.exitCode();
    }
    out() << QString::fromStdString(embedSnippetText(*r.load.design));
    return kClean;
}

int runSimulate(const QCommandLineParser &parser, const QStringList &files)
{
    if (files.size() != 1) {
        err() << "callstudio simulate: name exactly one design file\n";
        return kUnreadable;
    }
    SimulationOptions options;
    bool ok = false;
    options.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || options.timeoutSeconds <= 0) {
        err() << "callstudio simulate: --timeout takes a whole number of seconds above 0\n";
        return kUnreadable;
    }
    const double drain = parser.value(QStringLiteral("drain-timeout")).toDouble(&ok);
    if (!ok || drain < 0 || drain > 600) {
        err() << "callstudio simulate: --drain-timeout takes a number of seconds from 0 to 600\n";
        return kUnreadable;
    }
    options.drainTimeoutMs = int(drain * 1000);
    const QString network = parser.value(QStringLiteral("network"));
    if (network != QLatin1String("live") && network != QLatin1String("offline")) {
        err() << "callstudio simulate: --network is \"live\" or \"offline\"\n";
        return kUnreadable;
    }
    options.offline = network == QLatin1String("offline");
    return runSimulation(files.front(), parser.value(QStringLiteral("scenario")), options, out(), err());
}

int runAudit(const QCommandLineParser &parser, const QStringList &files)
{
    if (files.size() != 1) {
        err() << "callstudio audit: name exactly one design file\n";
        return kUnreadable;
    }
    return runAuditCommand(files.front(), parser.isSet(QStringLiteral("json")), out(), err());
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
    // The command line speaks English: it loads no UI translation.
    parser.setApplicationDescription(
        QStringLiteral("Call Studio designs click-to-call website widgets.\n\n"
                       "With no verb it opens the designer (on FILE if given).\n"
                       "Verbs:\n"
                       "  validate FILE...      check design files; exit 0 clean, 1 problems, 2 unreadable\n"
                       "  export FILE [-o OUT]  write the widget config for the website (refused when errors\n"
                       "                        exist); its $schema is the installed widget-config schema's id\n"
                       "  import CONFIG [-o OUT] write the design of a widget config (sample values empty)\n"
                       "  new [-o FILE]         write a starter design\n"
                       "  snippet FILE          print the embed guidance for the integrator's web team\n"
                       "  share FILE [-o OUT]   write one self-contained HTML preview a reviewer can open\n"
                       "                        offline in a browser (refused when errors exist)\n"
                       "  simulate DESIGN [--scenario FILE] [--timeout S] [--network live|offline]\n"
                       "           [--drain-timeout S]\n"
                       "                        run the preview headless through a scripted call; one JSON\n"
                       "                        object per line; exit 0 finished, 1 custom code threw,\n"
                       "                        2 bad input, 3 the run could not finish\n"
                       "  audit DESIGN [--json] check the widget in every state and locale with axe-core\n"
                       "                        (WCAG 2.2 AA); exit 0 none, 1 violations, 2 could not run"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("verb"),
                                 QStringLiteral("validate, export, import, new, snippet, share, simulate or audit"),
                                 QStringLiteral("[verb]"));
}

} // namespace

bool wantsCommandLine(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.front();
    return kVerbs.contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
           || first == QLatin1String("--version") || first == QLatin1String("-v")
           || first == QLatin1String("--help-all");
}

bool commandNeedsPreview(const QStringList &args)
{
    return !args.isEmpty() && (args.front() == QLatin1String("simulate") || args.front() == QLatin1String("audit"));
}

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeVerbs(parser);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);

    const QString verb = arguments.size() > 1 ? arguments.at(1) : QString();
    if (verb == QLatin1String("validate") || verb == QLatin1String("audit")) {
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the problems as JSON.")});
    } else if (verb == QLatin1String("export") || verb == QLatin1String("import") || verb == QLatin1String("new")
               || verb == QLatin1String("share")) {
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("Write to FILE instead of standard output."),
                          QStringLiteral("FILE")});
        if (verb == QLatin1String("new"))
            parser.addOption({QStringLiteral("force"), QStringLiteral("Replace an existing file.")});
    } else if (verb == QLatin1String("simulate")) {
        parser.addOption({QStringLiteral("scenario"),
                          QStringLiteral("The scripted call to play (default: load, tap call, "
                                         "allow mic, answer, wait, agent hangs up, survey)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("timeout"), QStringLiteral("Give up after S seconds."), QStringLiteral("S"),
                          QStringLiteral("60")});
        parser.addOption({QStringLiteral("network"),
                          QStringLiteral("live: requests go out; offline: every outside request fails as with "
                                         "no network (both are recorded)."),
                          QStringLiteral("MODE"), QStringLiteral("live")});
        parser.addOption({QStringLiteral("drain-timeout"),
                          QStringLiteral("After the visitor leaves, wait at most S seconds for the network to "
                                         "go quiet."),
                          QStringLiteral("S"), QStringLiteral("5")});
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
        return runDesignOutput("export", parser, files, widgetConfigText, "nothing was exported");
    if (verb == QLatin1String("import"))
        return runImport(parser, files);
    if (verb == QLatin1String("new"))
        return runNew(parser, files);
    if (verb == QLatin1String("snippet"))
        return runSnippet(files);
    if (verb == QLatin1String("share"))
        return runDesignOutput("share", parser, files, standalonePreviewHtml, "no preview was written");
    if (verb == QLatin1String("simulate"))
        return runSimulate(parser, files);
    if (verb == QLatin1String("audit"))
        return runAudit(parser, files);
    err() << "callstudio: unknown verb \"" << verb << "\" (try --help)\n";
    return kUnreadable;
}

} // namespace callstudio
