// Killing the designer's save at any moment never leaves a truncated or empty design, and
// the temp file a killed save leaves behind is cleared by the next save: a helper process
// saves two large designs in turn, without pause, and is killed many times mid-save.
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "io/SafeFile.h"
#include "savecrash_designs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <set>

using namespace callstudio;

namespace {

const QString kTarget = QStringLiteral("widget.design.json");

// Temp files of saves of kTarget in `dir`.
QStringList leftovers(const QDir &dir)
{
    return dir.entryList({QLatin1Char('.') + kTarget + QLatin1String(kSaveTempInfix) + QLatin1Char('*')},
                         QDir::Files | QDir::Hidden);
}

// Waits until `helper` has reported `saves` finished saves.
bool waitForSaves(QProcess &helper, int saves)
{
    int seen = 0;
    while (seen < saves) {
        if (!helper.canReadLine() && !helper.waitForReadyRead(20000))
            return false;
        while (helper.canReadLine() && seen < saves) {
            helper.readLine();
            ++seen;
        }
    }
    return true;
}

// Waits (at most two seconds) until a save of the helper has its temp file open.
bool waitForATempFile(const QDir &dir, const QStringList &before)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 2000) {
        for (const QString &name : leftovers(dir))
            if (!before.contains(name))
                return true;
    }
    return false;
}

} // namespace

class TestSaveCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedSavesLeaveOneCompleteDesignAndNoLeftovers()
    {
        QTemporaryDir temp;
        const QDir dir(temp.path());
        const QString path = dir.filePath(kTarget);
        QVERIFY(saveDesignToFile(makeStarterDesign(), path.toStdString()).ok);
        const std::set<std::string> complete{designToCanonicalText(saveCrashDesign(0)),
                                             designToCanonicalText(saveCrashDesign(1))};
        QRandomGenerator rng(20261129);
        std::set<std::string> seen;
        int roundsWithALeftover = 0;
        for (int round = 0; round < 40; ++round) {
            QProcess helper;
            helper.start(QStringLiteral(SAVE_LOOP_HELPER), {path});
            QVERIFY(helper.waitForStarted());
            // One to three saves finish first, so the file holds one of the two designs.
            QVERIFY2(waitForSaves(helper, 1 + static_cast<int>(rng.bounded(3))), "the helper does not save");
            // Half the rounds are killed as soon as the next save's temp file exists (in the
            // middle of its write), half at a random moment of the save loop.
            if (round % 2 == 0)
                QVERIFY2(waitForATempFile(dir, leftovers(dir)), "no save in progress was seen");
            else
                QThread::usleep(rng.bounded(30000));
            helper.kill();
            QVERIFY(helper.waitForFinished());

            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const std::string text = f.readAll().toStdString();
            QVERIFY2(complete.count(text),
                     qPrintable(QStringLiteral("round %1: %2 bytes of unknown content").arg(round).arg(text.size())));
            seen.insert(text);
            // A killed save leaves at most its own temp file: each save clears older ones.
            const int left = leftovers(dir).size();
            QVERIFY2(left <= 1, qPrintable(leftovers(dir).join(QLatin1Char(' '))));
            roundsWithALeftover += left;
        }
        QCOMPARE(seen, complete);
        // Proof that kills landed inside writes: some left a temp file behind.
        QVERIFY(roundsWithALeftover > 0);
        qInfo("rounds that left a temp file: %d of 40", roundsWithALeftover);

        // The next save clears what the last kill left; only the design remains.
        QVERIFY(saveDesignToFile(saveCrashDesign(0), path.toStdString()).ok);
        QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{kTarget});
    }

    // A save in progress (its temp file locked) is not taken for a leftover.
    void runningSaveIsNotCleared()
    {
        QTemporaryDir temp;
        const QDir dir(temp.path());
        const QString path = dir.filePath(kTarget);
        QProcess helper;
        helper.start(QStringLiteral(SAVE_LOOP_HELPER), {path});
        QVERIFY(helper.waitForStarted());
        QVERIFY(waitForSaves(helper, 1));
        for (int i = 0; i < 200; ++i)
            removeSaveLeftovers(path.toStdString());
        QVERIFY2(helper.state() == QProcess::Running, qPrintable(helper.readAllStandardError()));
        helper.kill();
        QVERIFY(helper.waitForFinished());
        QVERIFY2(helper.readAllStandardError().isEmpty(), "a save of the helper failed");
    }
};

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "test_savecrash.moc"
