// The design file format: byte-identical round trips, the invalid-input fixtures with
// their expected message and location, migration from version 0, and the file-system
// failures of loading and saving.
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "io/JsonLocator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#include <unistd.h>

using namespace callstudio;

namespace {

const QString kFixtures = QStringLiteral(CALLSTUDIO_FIXTURES_DIR);
const QString kExamples = QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/examples");

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test input %s", qPrintable(path));
    return file.readAll();
}

std::string_view viewOf(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

QString statusName(LoadResult::Status s)
{
    switch (s) {
    case LoadResult::Status::Loaded:
        return QStringLiteral("Loaded");
    case LoadResult::Status::Invalid:
        return QStringLiteral("Invalid");
    case LoadResult::Status::Unreadable:
        return QStringLiteral("Unreadable");
    }
    return {};
}

QString problemText(const LoadResult &r)
{
    QStringList lines;
    for (const auto &p : r.problems)
        lines << QStringLiteral("%1:%2 %3 (%4)")
                     .arg(p.line)
                     .arg(p.column)
                     .arg(QString::fromStdString(p.message), QString::fromStdString(p.pointer));
    return lines.join(QLatin1Char('\n'));
}

void checkUnreadable(const QString &path)
{
    const LoadResult r = loadDesignFromFile(path.toStdString());
    QCOMPARE(r.status, LoadResult::Status::Unreadable);
    QCOMPARE(r.problems.size(), size_t(1));
    QCOMPARE(r.problems.front().message, std::string("cannot read the file: Permission denied"));
}

QJsonArray invalidExpectations()
{
    const auto doc = QJsonDocument::fromJson(readBytes(kFixtures + QStringLiteral("/invalid/expectations.json")));
    if (!doc.isArray())
        qFatal("tests/fixtures/invalid/expectations.json must hold an array");
    return doc.array();
}

} // namespace

class TestIo : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("order-help example") << kExamples + QStringLiteral("/order-help.design.json");
        QTest::newRow("minimal example") << kExamples + QStringLiteral("/minimal.design.json");
        QTest::newRow("migration target") << kFixtures + QStringLiteral("/migration/minimal.v1.design.json");
    }

    void roundTripIsByteIdentical()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readBytes(path);
        const LoadResult loaded = loadDesignFromFile(path.toStdString());
        QVERIFY2(loaded.ok(), qPrintable(problemText(loaded)));
        QVERIFY(loaded.problems.empty());
        QCOMPARE(loaded.sourceVersion, WidgetDesign::kSchemaVersion);
        QCOMPARE(QByteArray::fromStdString(designToCanonicalText(*loaded.design)), bytes);
    }

    void orderHelpExampleHasTheIssueContent()
    {
        const LoadResult loaded =
            loadDesignFromFile((kExamples + QStringLiteral("/order-help.design.json")).toStdString());
        QVERIFY(loaded.ok());
        const WidgetDesign &d = *loaded.design;
        QCOMPARE(d.businessHours.timezone, std::string("Europe/Madrid"));
        QVERIFY(!d.businessHours.exceptions.empty());
        QCOMPARE(d.urlContext.count("orderId"), size_t(1));
        QCOMPARE(d.urlContext.count("customerTier"), size_t(1));
        QVERIFY(d.customCode.bodyEndHtml.find("gtag(") != std::string::npos);
    }

    void invalidFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        for (const auto &entry : invalidExpectations()) {
            const QJsonObject e = entry.toObject();
            const QString file = e.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file))
                << file << e.value(QStringLiteral("status")).toString() << e.value(QStringLiteral("line")).toInt()
                << e.value(QStringLiteral("column")).toInt() << e.value(QStringLiteral("pointer")).toString()
                << e.value(QStringLiteral("message")).toString();
        }
    }

    // Each fixture breaks one thing, so exactly one problem comes back, worded and
    // placed as recorded in expectations.json.
    void invalidFixture()
    {
        QFETCH(QString, file);
        QFETCH(QString, status);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, pointer);
        QFETCH(QString, message);

        const QString path = kFixtures + QStringLiteral("/invalid/") + file;
        const LoadResult r = loadDesignFromFile(path.toStdString());
        QCOMPARE(statusName(r.status), status);
        QVERIFY(!r.design);
        QVERIFY2(r.problems.size() == 1, qPrintable(problemText(r)));
        const Problem &p = r.problems.front();
        QCOMPARE(p.severity, Severity::Error);
        QCOMPARE(QString::fromStdString(p.message), message);
        QCOMPARE(QString::fromStdString(p.pointer), pointer);
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QVERIFY(!p.code.empty());

        // Loading the same bytes from memory reports the same problem.
        if (status == QLatin1String("Invalid")) {
            const LoadResult fromText = loadDesignFromText(viewOf(readBytes(path)));
            QCOMPARE(fromText.problems, r.problems);
        }
    }

    void everyInvalidFixtureHasAnExpectation()
    {
        std::set<QString> expected;
        for (const auto &entry : invalidExpectations())
            QVERIFY2(expected.insert(entry.toObject().value(QStringLiteral("file")).toString()).second,
                     "a fixture is listed twice");
        QVERIFY2(expected.size() >= 30, "the issue asks for at least 30 invalid fixtures");
        const QDir dir(kFixtures + QStringLiteral("/invalid"));
        for (const QString &name : dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (name != QLatin1String("expectations.json"))
                QVERIFY2(expected.count(name), qPrintable(name + QStringLiteral(" has no expectation")));
        }
    }

    void problemsComeInDocumentOrder()
    {
        std::string text = readBytes(kExamples + QStringLiteral("/minimal.design.json")).toStdString();
        for (const auto &[from, to] : {std::pair<std::string, std::string>{"\"width\": 360", "\"width\": 100"},
                                       {"\"primary\": \"#1a73e8\"", "\"primary\": \"blue\""}})
            text.replace(text.find(from), from.size(), to);
        const LoadResult r = loadDesignFromText(text);
        QCOMPARE(r.status, LoadResult::Status::Invalid);
        QVERIFY2(r.problems.size() == 2, qPrintable(problemText(r)));
        QCOMPARE(r.problems[0].pointer, std::string("/theme/colors/primary"));
        QCOMPARE(r.problems[0].line, 14);
        QCOMPARE(r.problems[1].pointer, std::string("/theme/width"));
        QCOMPARE(r.problems[1].line, 30);
    }

    // The one-pass locator used for long problem lists agrees with the single lookup.
    void batchLocationMatchesSingleLookups()
    {
        const QByteArray bytes = readBytes(kExamples + QStringLiteral("/order-help.design.json"));
        const std::string_view text = viewOf(bytes);
        std::vector<std::string> pointers{"", "/theme/no-such-key", "/states/idle/blocks/99/text",
                                          "/urlContext/orderId"};
        const auto leaves = nlohmann::json::parse(text).flatten();
        for (const auto &leaf : leaves.items())
            pointers.push_back(leaf.key());
        QVERIFY(pointers.size() > 100);
        const auto positions = locatePointersOrAncestors(text, pointers);
        QCOMPARE(positions.size(), pointers.size());
        for (size_t i = 0; i < pointers.size(); ++i) {
            const TextPosition single = locatePointerOrAncestor(text, pointers[i]);
            QVERIFY2(positions[i].line == single.line && positions[i].column == single.column, pointers[i].c_str());
            QVERIFY2(single.line > 0, pointers[i].c_str());
        }
    }

    void byteOrderMarkIsSkipped()
    {
        const QByteArray plain = readBytes(kExamples + QStringLiteral("/minimal.design.json"));
        const LoadResult withBom = loadDesignFromText(viewOf(QByteArray("\xEF\xBB\xBF") + plain));
        QVERIFY2(withBom.ok(), qPrintable(problemText(withBom)));
        QCOMPARE(*withBom.design, *loadDesignFromText(viewOf(plain)).design);
        // Saving writes plain UTF-8.
        QCOMPARE(QByteArray::fromStdString(designToCanonicalText(*withBom.design)), plain);
    }

    void versionZeroMigratesToItsVersionOneEquivalent()
    {
        const LoadResult old =
            loadDesignFromFile((kFixtures + QStringLiteral("/migration/minimal.v0.design.json")).toStdString());
        QVERIFY2(old.ok(), qPrintable(problemText(old)));
        QCOMPARE(old.sourceVersion, 0);
        const WidgetDesign &d = *old.design;
        // The first entry of the version 0 locale list is the default.
        QCOMPARE(d.defaultLocale, std::string("es"));
        QCOMPARE(d.locales, (std::vector<std::string>{"es", "en"}));
        QCOMPARE(d.theme.colors.primary, std::string("#0b5cad"));
        QCOMPARE(d.theme.colors.onPrimary, std::string("#fafafa"));

        const QString currentPath = kFixtures + QStringLiteral("/migration/minimal.v1.design.json");
        const LoadResult current = loadDesignFromFile(currentPath.toStdString());
        QVERIFY(current.ok());
        QCOMPARE(current.sourceVersion, 1);
        QVERIFY(d == *current.design);
        // Saving the migrated design writes the current format.
        QCOMPARE(QByteArray::fromStdString(designToCanonicalText(d)), readBytes(currentPath));
    }

    void hugeFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.design.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("{\"name\": \"") > 0);
        QVERIFY(file.resize(static_cast<qint64>(kMaxDesignFileBytes) + 1024 * 1024));
        file.close();

        const LoadResult r = loadDesignFromFile(path.toStdString());
        QCOMPARE(r.status, LoadResult::Status::Unreadable);
        QCOMPARE(r.problems.size(), size_t(1));
        QCOMPARE(QString::fromStdString(r.problems.front().message),
                 QStringLiteral("the file is too large (33 MB; a design may be at most 32 MB)"));
    }

    void hugeTextIsRefused()
    {
        const std::string text(kMaxDesignFileBytes + 1, ' ');
        const LoadResult r = loadDesignFromText(text);
        QCOMPARE(r.status, LoadResult::Status::Unreadable);
        QVERIFY(r.problems.front().message.find("at most 32 MB") != std::string::npos);
    }

    // A file its reader has no permission for. Root reads every file, so under root (as in
    // CI) the check runs again in a child process as the unprivileged user nobody.
    void unreadableFileIsReported()
    {
        if (const QString given = qEnvironmentVariable("CALLSTUDIO_UNREADABLE_FILE"); !given.isEmpty()) {
            QVERIFY2(::geteuid() != 0, "the child must not run as root");
            checkUnreadable(given);
            return;
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("locked.design.json"));
        QVERIFY(writeFileAtomically(path.toStdString(),
                                    readBytes(kExamples + QStringLiteral("/minimal.design.json")).toStdString())
                    .ok);
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        if (::geteuid() != 0) {
            checkUnreadable(path);
            return;
        }
        // nobody may enter the folder, not read the file.
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ExeOwner | QFileDevice::ExeOther));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CALLSTUDIO_UNREADABLE_FILE"), path);
        child.setProcessEnvironment(env);
        child.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                     QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                     QStringLiteral("unreadableFileIsReported")});
        QVERIFY2(child.waitForFinished(60000), "the unprivileged child did not finish");
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestIo::unreadableFileIsReported()"), output.constData());
    }

    void saveWritesCanonicalText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const WidgetDesign design = makeStarterDesign();
        const QString path = dir.filePath(QStringLiteral("starter.design.json"));
        const SaveResult saved = saveDesignToFile(design, path.toStdString());
        QVERIFY2(saved.ok, saved.error.c_str());
        QCOMPARE(readBytes(path), QByteArray::fromStdString(designToCanonicalText(design)));
        const LoadResult again = loadDesignFromFile(path.toStdString());
        QVERIFY2(again.ok(), qPrintable(problemText(again)));
        QVERIFY(*again.design == design);
    }

    void saveReplacesAnExistingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("design.json"));
        QVERIFY(writeFileAtomically(path.toStdString(), "old content\n").ok);
        WidgetDesign design = makeStarterDesign();
        design.name = "Replaced";
        QVERIFY(saveDesignToFile(design, path.toStdString()).ok);
        QCOMPARE(loadDesignFromFile(path.toStdString()).design->name, std::string("Replaced"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("design.json")});
    }

    void failedSaveNamesTheFileAndLeavesNothingBehind()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("missing-folder/design.json"));
        const SaveResult saved = saveDesignToFile(makeStarterDesign(), path.toStdString());
        QVERIFY(!saved.ok);
        QVERIFY2(saved.error.find(path.toStdString()) != std::string::npos, saved.error.c_str());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void saveOntoADirectoryFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("taken.design.json"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.design.json")));
        const SaveResult saved = saveDesignToFile(makeStarterDesign(), path.toStdString());
        QVERIFY(!saved.ok);
        QVERIFY2(saved.error.find(path.toStdString()) != std::string::npos, saved.error.c_str());
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("taken.design.json")});
    }
};

QTEST_GUILESS_MAIN(TestIo)
#include "test_io.moc"
