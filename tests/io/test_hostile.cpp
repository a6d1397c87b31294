// Hostile input to the loader and the file layer: inputs that used to hang it, take
// gigabytes or block in open(). Each must finish with a bounded, located, terminal-safe
// list of problems. The big inputs are generated here rather than committed.
#include "checks/ProblemText.h"
#include "io/DesignFile.h"
#include "io/JsonLocator.h"
#include "io/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <future>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace callstudio;
using json = nlohmann::json;

namespace {

json minimalDesign()
{
    QFile file(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/examples/minimal.design.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the minimal example");
    return json::parse(file.readAll().toStdString());
}

std::string withLocales(const json &locales, int indent)
{
    json design = minimalDesign();
    design["locales"]["available"] = locales;
    return design.dump(indent);
}

std::vector<std::string> badLocales(int count)
{
    std::vector<std::string> bad;
    for (int i = 0; i < count; ++i)
        bad.push_back("X" + std::to_string(i));
    return bad;
}

bool allLocated(const LoadResult &r)
{
    for (const auto &p : r.problems)
        if (p.code != "problems.more" && p.line <= 0)
            return false;
    return true;
}

QString listed(const LoadResult &r)
{
    QStringList lines;
    for (size_t i = 0; i < r.problems.size() && i < 20; ++i)
        lines << QStringLiteral("%1:%2 %3")
                     .arg(r.problems[i].line)
                     .arg(r.problems[i].column)
                     .arg(QString::fromStdString(r.problems[i].message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    // 16,000 copies of one locale: one problem for the value, with its count.
    void repeatedValueIsReportedOnce()
    {
        const std::string text = withLocales(json(std::vector<std::string>(16000, "en")), 2);
        const LoadResult r = loadDesignFromText(text);
        QCOMPARE(r.status, LoadResult::Status::Invalid);
        QVERIFY2(r.problems.size() == 2, qPrintable(listed(r))); // too many items; "en" repeated
        QCOMPARE(QString::fromStdString(r.problems[1].message),
                 QStringLiteral("\"available\" lists \"en\" 16000 times"));
        QCOMPARE(r.problems[1].pointer, std::string("/locales/available/1"));
        // At the first repeat: the line after the first "en".
        const auto firstEn = text.begin() + static_cast<long>(text.find("\"en\","));
        QCOMPARE(r.problems[1].line, static_cast<int>(std::count(text.begin(), firstEn, '\n')) + 2);
        QVERIFY(allLocated(r));
    }

    // 2,000 values each listed twice: ten are named, the rest counted in one problem.
    void manyRepeatedValuesAreCapped()
    {
        std::vector<std::string> codes;
        for (char a = 'a'; a <= 'z'; ++a)
            for (char b = 'a'; b <= 'z'; ++b)
                for (char c = 'a'; c <= 'z' && codes.size() < 2000; ++c)
                    codes.push_back({a, b, c});
        std::vector<std::string> twice = codes;
        twice.insert(twice.end(), codes.begin(), codes.end());
        const LoadResult r = loadDesignFromText(withLocales(json(twice), -1));
        int named = 0, summaries = 0;
        for (const auto &p : r.problems) {
            named += p.message.find("\" twice") != std::string::npos;
            summaries += p.message == "\"available\" repeats 1990 more values";
        }
        QVERIFY2(named == 10 && summaries == 1, qPrintable(listed(r)));
        QVERIFY(allLocated(r));
    }

    // 32,000 bad values on one line (a minified file): the first ones are listed at their
    // columns, the list is capped, and checking stops early, which the summary says (the
    // values it never reached are not counted, so their number is a minimum).
    void badValuesInAMinifiedFileAreCappedAndPlaced()
    {
        const int badCount = 32000;
        const std::string text = withLocales(json(badLocales(badCount)), -1);
        const LoadResult r = loadDesignFromText(text);
        QCOMPARE(r.status, LoadResult::Status::Invalid);
        QCOMPARE(r.problems.size(), kMaxProblemsPerFile + 1);
        const Problem &summary = r.problems.back();
        QCOMPARE(summary.code, std::string("problems.more"));
        const QRegularExpressionMatch stopped =
            QRegularExpression(QStringLiteral("^at least (\\d+) more problems are not listed \\(at most 200 are "
                                              "listed per file; checking stopped early\\)$"))
                .match(QString::fromStdString(summary.message));
        QVERIFY2(stopped.hasMatch(), summary.message.c_str());
        const int counted = stopped.captured(1).toInt() + int(kMaxProblemsPerFile);
        QVERIFY2(counted >= 1000 && counted < badCount / 2, summary.message.c_str());
        const Problem *x5 = nullptr;
        for (const auto &p : r.problems)
            if (p.pointer == "/locales/available/5")
                x5 = &p;
        QVERIFY(x5);
        QCOMPARE(x5->line, 1);
        QCOMPARE(x5->column, static_cast<int>(text.find("\"X5\"")) + 1);
        QVERIFY(allLocated(r));
    }

    // Below the point where checking stops, every bad value is counted exactly.
    void fewBadValuesAreCountedExactly()
    {
        const LoadResult r = loadDesignFromText(withLocales(json(badLocales(300)), -1));
        QCOMPARE(r.problems.size(), kMaxProblemsPerFile + 1);
        QCOMPARE(r.problems.back().message,
                 std::string("101 more problems are not listed (at most 200 are listed per file)"));
    }

    // Positions in a long line, many at once, match one-at-a-time positions; CR, CRLF and
    // LF each end a line.
    void positionsCountEveryLineEnding()
    {
        const std::string text = "a\rb\r\nc\nd\xC3\xA9x";
        const std::vector<size_t> offsets{10, 0, 2, 5, 7, 8};
        const auto many = positionsOfOffsets(text, offsets);
        const std::vector<std::pair<int, int>> expected{{4, 3}, {1, 1}, {2, 1}, {3, 1}, {4, 1}, {4, 2}};
        for (size_t i = 0; i < offsets.size(); ++i) {
            QCOMPARE(std::make_pair(many[i].line, many[i].column), expected[i]);
            const TextPosition one = positionOfOffset(text, offsets[i]);
            QCOMPARE(std::make_pair(one.line, one.column), expected[i]);
        }
    }

    void duplicateKeyInsideABlockIsLocatedAtItsRepeat()
    {
        std::string text = minimalDesign().dump(2);
        const std::string align = "\"align\": \"center\",";
        text.insert(text.find(align), align + "\n          ");
        const LoadResult r = loadDesignFromText(text);
        QVERIFY2(r.problems.size() == 1, qPrintable(listed(r)));
        // The first block in the file's (sorted) text is the Cancel of "connecting".
        QCOMPARE(r.problems[0].pointer, std::string("/states/connecting/blocks/0/align"));
        QCOMPARE(r.problems[0].column, 11);
        QCOMPARE(r.problems[0].line,
                 static_cast<int>(std::count(text.begin(), text.begin() + text.find(align), '\n')) + 2);
    }

    // A key of a megabyte with terminal control codes: refused before parsing, at its place;
    // the message shows its start escaped and cut.
    void hugeHostileKeyIsEscapedAndCut()
    {
        json design = minimalDesign();
        design["\x1b]0;title\x07\nfile:1:1: error: fake" + std::string(1 << 20, 'k')] = 1;
        const std::string text = design.dump();
        const LoadResult r = loadDesignFromText(text);
        QCOMPARE(r.problems.size(), size_t(1));
        QCOMPARE(r.problems[0].code, std::string("syntax.key-too-long"));
        QCOMPARE(r.problems[0].column, static_cast<int>(text.find("\"\\u001b]0;")) + 1);
        const std::string &message = r.problems[0].message;
        QVERIFY2(message.find("is too long; keys are at most 1024 bytes") != std::string::npos, message.c_str());
        QVERIFY2(message.size() < 2 * kMaxValueCharsShown, message.c_str());
        QVERIFY(message.find("\\u001b]0;title\\u0007\\nfile:1:1") != std::string::npos);
        for (const char c : message)
            QVERIFY(static_cast<unsigned char>(c) >= 0x20);
    }

    // Keys up to the limit still reach the schema, which names them.
    void longKeyBelowTheLimitIsAnUnknownKey()
    {
        json design = minimalDesign();
        design[std::string(1024, 'k')] = 1;
        const LoadResult r = loadDesignFromText(design.dump(2));
        QVERIFY2(r.problems.size() == 1 && r.problems[0].code == "schema", qPrintable(listed(r)));
    }

    void terminalSafeEscapesWhatATerminalWouldActOn()
    {
        QCOMPARE(terminalSafe("a\x1b[31mb\x07\n\r\t", 100), std::string("a\\u001b[31mb\\u0007\\n\\r\\t"));
        QCOMPARE(terminalSafe("\xC2\x9B"
                              "2J \xE2\x80\xAE"
                              "evil \xFF",
                              100),
                 std::string("\\u009b2J \\u202eevil \\xFF"));
        QCOMPARE(terminalSafe("caf\xC3\xA9 ok", 100), std::string("caf\xC3\xA9 ok"));
        QCOMPARE(terminalSafe("\xC3\xA9\xC3\xA9\xC3\xA9", 2), std::string("\xC3\xA9\xC3\xA9..."));
    }

    void fifoIsRefusedWithoutOpeningIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipe.design.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        auto load = std::async(std::launch::async, [&] { return loadDesignFromFile(path.toStdString()); });
        if (load.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
            // Blocked in open(): a writer releases it, so the test fails instead of hanging.
            ::close(::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK));
            QFAIL("loading a FIFO blocked");
        }
        const LoadResult r = load.get();
        QCOMPARE(r.status, LoadResult::Status::Unreadable);
        QCOMPARE(r.problems.at(0).message, std::string("this is a FIFO, not a design file"));
    }

    void socketAndDeviceAreRefused()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("s.design.json")));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof address.sun_path);
        std::copy(path.begin(), path.end(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        const LoadResult socket = loadDesignFromFile(path.toStdString());
        ::close(fd);
        QCOMPARE(socket.problems.at(0).message, std::string("this is a socket, not a design file"));
        // /dev/zero never ends: read, it would fill memory up to the size limit.
        const LoadResult device = loadDesignFromFile("/dev/zero");
        QCOMPARE(device.status, LoadResult::Status::Unreadable);
        QCOMPARE(device.problems.at(0).message, std::string("this is a device, not a design file"));
    }

    void symlinkLoopIsNamed()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.design.json"));
        const QString b = dir.filePath(QStringLiteral("b.design.json"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const LoadResult r = loadDesignFromFile(a.toStdString());
        QCOMPARE(r.status, LoadResult::Status::Unreadable);
        QCOMPARE(r.problems.at(0).message, std::string("too many levels of symbolic links (a symlink loop)"));
    }

    // The loader hands back the very bytes it validated, for placing later problems.
    void fileIsReadOnceAndItsBytesReturned()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.design.json"));
        const std::string text = minimalDesign().dump(2);
        QVERIFY(writeFileAtomically(path.toStdString(), text).ok);
        std::string bytes;
        const LoadResult r = loadDesignFromFile(path.toStdString(), &bytes);
        QVERIFY(r.ok());
        QCOMPARE(bytes, text);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "test_hostile.moc"
