// Killing the designer's save at any moment never leaves a truncated or empty design:
// a helper process saves large designs in a loop and is killed many times mid-save.
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "savecrash_designs.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <set>

using namespace callstudio;

class TestSaveCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedSavesLeaveOldOrNewContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("widget.design.json"));
        const std::string old = designToCanonicalText(makeStarterDesign());
        QVERIFY(saveDesignToFile(makeStarterDesign(), path.toStdString()).ok);
        const std::set<std::string> complete{old, designToCanonicalText(saveCrashDesign(0)),
                                             designToCanonicalText(saveCrashDesign(1))};
        QRandomGenerator rng(20261122);
        std::set<std::string> seen;
        for (int round = 0; round < 40; ++round) {
            QProcess helper;
            helper.start(QStringLiteral(SAVE_LOOP_HELPER), {path});
            QVERIFY(helper.waitForStarted());
            // Half the rounds die at once, half after saves have begun, at a random moment.
            if (round % 2 == 1)
                QVERIFY(helper.waitForReadyRead(20000));
            QThread::usleep(rng.bounded(20000));
            helper.kill();
            QVERIFY(helper.waitForFinished());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const std::string text = f.readAll().toStdString();
            QVERIFY2(complete.count(text),
                     qPrintable(QStringLiteral("round %1: %2 bytes of unknown content").arg(round).arg(text.size())));
            QVERIFY(loadDesignFromText(text).ok());
            seen.insert(text);
        }
        qInfo("distinct complete contents seen: %zu of 3", seen.size());
    }
};

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "test_savecrash.moc"
