// The size rules every production source follows: no file over 600 lines, no function
// over 80. Functions are found the way clang-format lays them out with the project's
// .clang-format (checked by the `source_format` test): a body opens with "{" alone on its
// line and closes with "}" alone at the same indent; class bodies close with "};".
#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {

constexpr int kMaxFileLines = 600;
constexpr int kMaxFunctionLines = 80;

struct LongFunction
{
    int firstLine = 0; // 1-based line of the signature above the opening brace
    int lines = 0;     // from the signature's line to the closing brace
};

// Every function body of clang-formatted C++ longer than `limit` lines.
QList<LongFunction> longFunctions(const QStringList &lines, int limit)
{
    QList<LongFunction> found;
    // Opening braces still waiting for their closing one: (line index, indent).
    QList<QPair<int, qsizetype>> open;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        const qsizetype lead = trimmed.isEmpty() ? line.size() : line.indexOf(trimmed.front());
        if (trimmed == QLatin1String("{")) {
            open.append({i, lead});
        } else if ((trimmed == QLatin1String("}") || trimmed == QLatin1String("};")) && !open.isEmpty()
                   && open.last().second == lead) {
            const int start = open.takeLast().first;
            // The signature may wrap: count from the first line after the previous blank,
            // brace or semicolon line, at most a few lines up.
            int signature = start - 1;
            while (signature > 0 && start - signature < 6) {
                const QString above = lines.at(signature - 1).trimmed();
                if (above.isEmpty() || above.endsWith(QLatin1Char(';')) || above.endsWith(QLatin1Char('}'))
                    || above.endsWith(QLatin1Char('{')) || above.startsWith(QLatin1String("//"))
                    || above.startsWith(QLatin1Char('#')) || above.endsWith(QLatin1Char(':')))
                    break;
                --signature;
            }
            const int length = i - signature + 1;
            if (trimmed == QLatin1String("}") && length > limit)
                found.append({signature + 1, length});
        }
    }
    return found;
}

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.split(QLatin1Char('\n'));
}

QStringList productionSources(const QStringList &patterns)
{
    QStringList files;
    for (const char *folder : {"app", "studio", "preview", "resources/preview"}) {
        QDirIterator it(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/") + QLatin1String(folder), patterns, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

} // namespace

class TestSourceRules : public QObject
{
    Q_OBJECT

private slots:
    void theFunctionFinderFindsALongFunction()
    {
        QStringList text{QStringLiteral("int shortOne()"),
                         QStringLiteral("{"),
                         QStringLiteral("    return 1;"),
                         QStringLiteral("}"),
                         QString(),
                         QStringLiteral("void longOne(int a,"),
                         QStringLiteral("             int b)"),
                         QStringLiteral("{")};
        for (int i = 0; i < 80; ++i)
            text << QStringLiteral("    call(%1);").arg(i);
        text << QStringLiteral("    auto f = [] {") << QStringLiteral("    };") << QStringLiteral("}");
        text << QStringLiteral("class Big") << QStringLiteral("{");
        for (int i = 0; i < 100; ++i)
            text << QStringLiteral("    int m%1;").arg(i);
        text << QStringLiteral("};");
        const auto found = longFunctions(text, kMaxFunctionLines);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().firstLine, 6);
        QCOMPARE(found.front().lines, 86);
        QCOMPARE(longFunctions(text, 86).size(), 0);
    }

    void noProductionFileIsOver600Lines()
    {
        const QStringList files =
            productionSources({QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.js")});
        QVERIFY(files.size() > 50);
        QStringList tooLong;
        for (const QString &file : files)
            if (const auto count = linesOf(file).size(); count > kMaxFileLines)
                tooLong << QStringLiteral("%1 (%2 lines)").arg(file).arg(count);
        QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QLatin1String("\n"))));
    }

    void noProductionFunctionIsOver80Lines()
    {
        QStringList tooLong;
        for (const QString &file : productionSources({QStringLiteral("*.cpp"), QStringLiteral("*.h")}))
            for (const auto &f : longFunctions(linesOf(file), kMaxFunctionLines))
                tooLong << QStringLiteral("%1:%2 (%3 lines)").arg(file).arg(f.firstLine).arg(f.lines);
        QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QLatin1String("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestSourceRules)
#include "test_sourcerules.moc"
