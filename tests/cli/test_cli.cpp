// The command line as a user runs it: the real executable, its output and exit codes.
#include "contract/WidgetConfig.h"
#include "io/DesignFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace callstudio;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCallstudio(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(CALLSTUDIO_EXECUTABLE), args);
    if (!p.waitForStarted())
        qFatal("cannot start %s", CALLSTUDIO_EXECUTABLE);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("callstudio %s did not finish", qPrintable(args.join(' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString example(const char *name)
{
    return QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// 1-based line of the first occurrence of `needle` in `text`.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const int at = text.indexOf(needle);
    return at < 0 ? -1 : text.left(at).count('\n') + 1;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString tmp(const QString &name) const { return m_dir.filePath(name); }

    // The minimal example without its call button: one semantic error.
    QString designWithoutCallButton()
    {
        QByteArray text = readAll(example("minimal.design.json"));
        const QByteArray idleBlocks = "\"idle\": {\n      \"blocks\": [";
        const int start = text.indexOf(idleBlocks);
        const int end = text.indexOf("]\n    },\n    \"connecting\"");
        if (start < 0 || end < 0)
            qFatal("the minimal example changed shape");
        text.replace(start + idleBlocks.size(), end - start - idleBlocks.size(), "");
        const QString path = tmp(QStringLiteral("no-call-button.design.json"));
        writeFile(path, text);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version()
    {
        const Run r = runCallstudio({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^callstudio \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch(),
                 qPrintable(r.out));
    }

    void help()
    {
        const Run r = runCallstudio({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *verb :
             {"validate FILE", "export FILE", "import CONFIG", "new [-o FILE]", "snippet FILE", "simulate DESIGN"})
            QVERIFY2(r.out.contains(QLatin1String(verb)), verb);
        const Run verbHelp = runCallstudio({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(verbHelp.exitCode, 0);
        QVERIFY(verbHelp.out.contains(QLatin1String("--json")));
    }

    void validateCleanExamples()
    {
        const Run r = runCallstudio(
            {QStringLiteral("validate"), example("order-help.design.json"), example("minimal.design.json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
    }

    void validateReportsSemanticErrorWithLocation()
    {
        const QString path = designWithoutCallButton();
        const Run r = runCallstudio({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 1);
        const int line = lineOf(readAll(path), "\"blocks\": []");
        const QString expected =
            QStringLiteral("%1:%2:7: error: the Idle state has no call button (Idle)").arg(path).arg(line);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), expected);
        // The minimal example relies on built-in error messages: reported, but only as information.
        QCOMPARE(lines.size(), 2);
        // The text says where as the designer names it; --json keeps the pointer for tools.
        const Run json = runCallstudio({QStringLiteral("validate"), QStringLiteral("--json"), path});
        const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8())
                                      .array()[0]
                                      .toObject()[QStringLiteral("problems")]
                                      .toArray()[0]
                                      .toObject();
        QCOMPARE(first[QStringLiteral("pointer")].toString(), QStringLiteral("/states/idle/blocks"));
        QVERIFY(lines[1].startsWith(
            QStringLiteral("%1:%2:3: info: ").arg(path).arg(lineOf(readAll(path), "\"errorMessages\""))));
    }

    void validateReportsSyntaxErrorWithLocation()
    {
        const QString path = tmp(QStringLiteral("broken.json"));
        writeFile(path, "{\n  \"appId\": \"x\",\n  \"name\": ,\n}\n");
        const Run r = runCallstudio({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(path + QStringLiteral(":3:11: error: invalid JSON: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void validateUnreadableInput()
    {
        const QString missing = tmp(QStringLiteral("does-not-exist.json"));
        Run r = runCallstudio({QStringLiteral("validate"), missing});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, missing + QStringLiteral(": error: no such file\n"));

        r = runCallstudio({QStringLiteral("validate"), m_dir.path()});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, m_dir.path() + QStringLiteral(": error: this is a directory, not a design file\n"));
    }

    // A key with terminal control codes and a newline that forges a problem line, and a
    // key of a megabyte: printed escaped and cut, in text and in --json.
    void validatePrintsFileContentTerminalSafe()
    {
        QByteArray text = readAll(example("minimal.design.json"));
        const QByteArray hostileKey = "\"evil\\u001b]0;owned\\u0007\\nfile:1:1: error: fake\": 1,\n  \""
                                      + QByteArray(1000, 'k') + "\": 2,\n  \"name\"";
        text.replace("\"name\"", hostileKey);
        const QString path = tmp(QStringLiteral("hostile-key.json"));
        writeFile(path, text);

        // The long key stays under the 1,024-byte limit (test_hostile refuses a longer one), so
        // both keys reach the schema's "unknown key" message, cut.
        const Run r = runCallstudio({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.size() < 2000, qPrintable(QString::number(r.err.size())));
        for (const QChar c : r.err)
            QVERIFY2(c == QLatin1Char('\n') || c.unicode() >= 0x20, qPrintable(r.err.left(500)));
        // One line per problem: the forged "file:1:1: error: fake" is no line of its own.
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(path + QLatin1Char(':')), qPrintable(line.left(300)));
        QVERIFY(lines[0].contains(QLatin1String("evil\\u001b]0;owned\\u0007\\nfile:1:1: error: fake")));

        const Run json = runCallstudio({QStringLiteral("validate"), QStringLiteral("--json"), path});
        QVERIFY2(json.out.size() < 4000, qPrintable(QString::number(json.out.size())));
        const QJsonArray problems =
            QJsonDocument::fromJson(json.out.toUtf8()).array()[0].toObject()[QStringLiteral("problems")].toArray();
        QCOMPARE(problems.size(), lines.size());
        for (const auto &problem : problems)
            for (const QString &key : {QStringLiteral("message"), QStringLiteral("pointer")})
                for (const QChar c : problem.toObject()[key].toString())
                    QVERIFY2(c.unicode() >= 0x20, qPrintable(key));
    }

    // A FIFO is refused from its status: validate neither blocks nor opens it twice.
    void validateRefusesAFifo()
    {
        const QString path = tmp(QStringLiteral("pipe.design.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const Run r = runCallstudio({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, path + QStringLiteral(": error: this is a FIFO, not a design file\n"));
    }

    void validateManyFilesReturnsTheWorstOutcome()
    {
        const QString bad = designWithoutCallButton();
        Run r = runCallstudio({QStringLiteral("validate"), example("minimal.design.json"), bad});
        QCOMPARE(r.exitCode, 1);
        r = runCallstudio({QStringLiteral("validate"), bad, tmp(QStringLiteral("missing.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("no call button")));
        QVERIFY(r.err.contains(QLatin1String("no such file")));
    }

    void validateJson()
    {
        const QString bad = designWithoutCallButton();
        const Run r =
            runCallstudio({QStringLiteral("validate"), QStringLiteral("--json"), example("minimal.design.json"), bad});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray files = doc.array();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject()[QStringLiteral("status")].toString(), QStringLiteral("clean"));
        const QJsonObject second = files[1].toObject();
        QCOMPARE(second[QStringLiteral("file")].toString(), bad);
        QCOMPARE(second[QStringLiteral("status")].toString(), QStringLiteral("problems"));
        const QJsonObject problem = second[QStringLiteral("problems")].toArray()[0].toObject();
        QCOMPARE(problem[QStringLiteral("severity")].toString(), QStringLiteral("error"));
        QCOMPARE(problem[QStringLiteral("code")].toString(), QStringLiteral("layout.call-button-count"));
        QCOMPARE(problem[QStringLiteral("pointer")].toString(), QStringLiteral("/states/idle/blocks"));
        QCOMPARE(problem[QStringLiteral("line")].toInt(), lineOf(readAll(bad), "\"blocks\": []"));
    }

    void validateRejectsUnknownOption()
    {
        const Run r =
            runCallstudio({QStringLiteral("validate"), QStringLiteral("--frobnicate"), example("minimal.design.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("frobnicate")));
    }

    void exportWritesTheWidgetConfig()
    {
        const Run r = runCallstudio({QStringLiteral("export"), example("order-help.design.json")});
        QCOMPARE(r.exitCode, 0);
        const auto design = loadDesignFromFile(example("order-help.design.json").toStdString());
        QVERIFY(design.ok());
        QCOMPARE(r.out.toStdString(), widgetConfigText(*design.design));
        QVERIFY(r.out.toUtf8() != readAll(example("order-help.design.json")));
        // The URL context's sample values stay in the design.
        for (const auto &entry : design.design->urlContext)
            QVERIFY(!r.out.contains(QString::fromStdString('"' + entry.second + '"')));
    }

    void exportToFile()
    {
        const QString out = tmp(QStringLiteral("exported.json"));
        const Run r =
            runCallstudio({QStringLiteral("export"), example("minimal.design.json"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readAll(out).contains("\"$schema\": \"https://schemas.callstudio.example/widget-config/1.json\""));
        QVERIFY(validateWidgetConfig(nlohmann::json::parse(readAll(out).toStdString())).empty());
    }

    void exportCanonicalisesFormatting()
    {
        // The same design, minified: export writes the same config.
        const QString path = tmp(QStringLiteral("minified.json"));
        writeFile(path,
                  QJsonDocument::fromJson(readAll(example("minimal.design.json"))).toJson(QJsonDocument::Compact));
        const Run r = runCallstudio({QStringLiteral("export"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, runCallstudio({QStringLiteral("export"), example("minimal.design.json")}).out);
    }

    void importWritesTheDesignOfAConfig()
    {
        const QString config = tmp(QStringLiteral("widget.json"));
        QCOMPARE(
            runCallstudio({QStringLiteral("export"), example("order-help.design.json"), QStringLiteral("-o"), config})
                .exitCode,
            0);
        const QString back = tmp(QStringLiteral("back.design.json"));
        const Run r = runCallstudio({QStringLiteral("import"), config, QStringLiteral("-o"), back});
        QCOMPARE(r.exitCode, 0);
        const auto original = loadDesignFromFile(example("order-help.design.json").toStdString());
        const auto imported = loadDesignFromFile(back.toStdString());
        QVERIFY(imported.ok());
        QVERIFY(*imported.design == withoutDesignOnlyData(*original.design));
        // A design file is not a widget config: refused, named, nothing written.
        const QString refused = tmp(QStringLiteral("refused.design.json"));
        const Run wrong =
            runCallstudio({QStringLiteral("import"), example("order-help.design.json"), QStringLiteral("-o"), refused});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QLatin1String("schemaVersion")));
        QVERIFY(!QFile::exists(refused));
    }

    void exportRefusesDesignsWithErrors()
    {
        const QString out = tmp(QStringLiteral("must-not-exist.json"));
        const Run r = runCallstudio({QStringLiteral("export"), designWithoutCallButton(), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no call button")));
        QVERIFY(r.err.contains(QLatin1String("nothing was exported")));
        QVERIFY(!QFile::exists(out));
    }

    void exportUnreadable()
    {
        const Run r = runCallstudio({QStringLiteral("export"), tmp(QStringLiteral("nope.json"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
    }

    void newWritesAValidStarter()
    {
        const QString path = tmp(QStringLiteral("starter.design.json"));
        Run r = runCallstudio({QStringLiteral("new"), QStringLiteral("-o"), path});
        QCOMPARE(r.exitCode, 0);
        r = runCallstudio({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());

        const Run toStdout = runCallstudio({QStringLiteral("new")});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out.toUtf8(), readAll(path));
    }

    void validateReportsCustomCodeProblemsInsideTheirArea()
    {
        // Body-end code that reads localStorage: the lint names the line inside the area.
        QByteArray text = readAll(example("minimal.design.json"));
        const QByteArray empty = "\"bodyEndHtml\": \"\"";
        QVERIFY(text.contains(empty));
        text.replace(empty, "\"bodyEndHtml\": \"<script>\\n  const last = localStorage.getItem('x');\\n</script>\\n\"");
        const QString path = tmp(QStringLiteral("storage.design.json"));
        writeFile(path, text);
        const Run r = runCallstudio({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 1);
        const QString line = r.err.split(QLatin1Char('\n')).filter(QStringLiteral("localStorage")).value(0);
        QVERIFY2(line.startsWith(QStringLiteral("%1:%2:").arg(path).arg(lineOf(text, "\"bodyEndHtml\""))),
                 qPrintable(r.err));
        QVERIFY2(line.contains(QLatin1String(": error: ")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("[Body-end HTML 2:16]")), qPrintable(line));
        QVERIFY(line.endsWith(QLatin1String("(/customCode/bodyEndHtml)")));
    }

    void snippet()
    {
        const Run r = runCallstudio({QStringLiteral("snippet"), example("order-help.design.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("allow=\"microphone\"")));
        QVERIFY(r.out.contains(QLatin1String("ctx.orderId=A-10023")));
        QVERIFY(r.out.contains(QLatin1String("frame-src")));
        QVERIFY(r.out.contains(QLatin1String("event.source")));
        const Run missing = runCallstudio({QStringLiteral("snippet"), tmp(QStringLiteral("absent.json"))});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.out, QString());
    }

    void simulatePlaysTheExampleCall()
    {
        const Run r = runCallstudio({QStringLiteral("simulate"), example("order-help.design.json"),
                                     QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err.right(2000)));
        QStringList parentPageEvents;
        QJsonObject last;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            if (o[QStringLiteral("type")].toString() == QLatin1String("event")
                && o[QStringLiteral("place")].toString() == QLatin1String("parent_page"))
                parentPageEvents << o[QStringLiteral("event")].toObject()[QStringLiteral("name")].toString();
            last = o;
        }
        QCOMPARE(parentPageEvents, (QStringList{QStringLiteral("widget_loaded"), QStringLiteral("call_started"),
                                                QStringLiteral("call_ended"), QStringLiteral("survey_submitted")}));
        QCOMPARE(last[QStringLiteral("type")].toString(), QStringLiteral("result"));
        QCOMPARE(last[QStringLiteral("exitCode")].toInt(), 0);
    }

    void simulateBadInput()
    {
        Run r = runCallstudio({QStringLiteral("simulate"), tmp(QStringLiteral("absent.json"))});
        QCOMPARE(r.exitCode, 2);
        r = runCallstudio({QStringLiteral("simulate"), example("minimal.design.json"), QStringLiteral("--timeout"),
                           QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--timeout")));
    }

    void newDoesNotOverwriteWithoutForce()
    {
        const QString path = tmp(QStringLiteral("keep.json"));
        writeFile(path, "precious");
        Run r = runCallstudio({QStringLiteral("new"), QStringLiteral("-o"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("already exists")));
        QCOMPARE(readAll(path), QByteArray("precious"));
        r = runCallstudio({QStringLiteral("new"), QStringLiteral("-o"), path, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readAll(path).startsWith("{\n  \"$schema\""));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
