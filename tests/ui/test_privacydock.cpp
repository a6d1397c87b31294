// The Privacy dock: the manifest of the open design, the third-party inventory (found in
// the code and contacted while running), the embed guidance with its Copy buttons, and
// the manifest export.
#include "commands/ChangeValue.h"
#include "commands/DesignProperties.h"
#include "document/DesignDocument.h"
#include "io/DesignFile.h"
#include "privacy/EmbedGuidance.h"
#include "privacy/PrivacyManifest.h"
#include "ui/PrivacyDock.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace callstudio;

namespace {

WidgetDesign example()
{
    const auto r = loadDesignFromFile(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json");
    if (!r.ok())
        qFatal("the example does not load");
    return *r.design;
}

QTreeWidgetItem *row(QTreeWidget *tree, const QString &domain)
{
    const auto found = tree->findItems(domain, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPrivacyDock : public QObject
{
    Q_OBJECT

private slots:
    void showsTheManifestOfTheOpenDesign()
    {
        DesignDocument document;
        document.reset(example(), QString());
        PrivacyDock dock(&document);
        const QString text = dock.manifestView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Acme — Order help")));
        QVERIFY(text.contains(QLatin1String("Not legal advice")));
        QVERIFY(text.contains(QLatin1String("orderId")));
        QVERIFY(text.contains(QLatin1String("www.googletagmanager.com")));
    }

    void inventoryJoinsWhatTheCodeNamesAndWhatItContacted()
    {
        DesignDocument document;
        document.reset(example(), QString());
        PrivacyDock dock(&document);
        QTreeWidgetItem *gtm = row(dock.inventoryTree(), QStringLiteral("www.googletagmanager.com"));
        QVERIFY(gtm);
        QCOMPARE(gtm->text(3), QStringLiteral("Google Tag Manager")); // named by the tracker database
        QCOMPARE(gtm->text(2), QStringLiteral("not seen"));
        QCOMPARE(gtm->childCount(), 1);
        QVERIFY(gtm->child(0)->text(1).contains(QLatin1String("Body-end HTML, line 1")));

        dock.setContactedHosts(
            {{QStringLiteral("www.googletagmanager.com"), 1}, {QStringLiteral("collect.example.org"), 2}});
        gtm = row(dock.inventoryTree(), QStringLiteral("www.googletagmanager.com"));
        QCOMPARE(gtm->text(2), QStringLiteral("1 request(s)"));
        QTreeWidgetItem *runtimeOnly = row(dock.inventoryTree(), QStringLiteral("collect.example.org"));
        QVERIFY(runtimeOnly);
        QCOMPARE(runtimeOnly->text(1), QStringLiteral("not found in the code"));
        QCOMPARE(runtimeOnly->text(2), QStringLiteral("2 request(s)"));
    }

    void followsCustomCodeEdits()
    {
        DesignDocument document;
        document.reset(example(), QString());
        PrivacyDock dock(&document);
        QVERIFY(!row(dock.inventoryTree(), QStringLiteral("cdn.example.net")));
        const std::string code =
            document.design().customCode.headHtml + "<script src=\"https://cdn.example.net/chat.js\"></script>\n";
        document.undoStack()->push(new ChangeValue<std::string>(&document, property::customCode(CodePart::Head), code,
                                                                UndoName("Edit Head HTML")));
        QTRY_VERIFY_WITH_TIMEOUT(row(dock.inventoryTree(), QStringLiteral("cdn.example.net")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dock.manifestView()->toPlainText().contains(QLatin1String("cdn.example.net")), 5000);
    }

    void aShownDockReadsEditsOffTheGuiThread()
    {
        DesignDocument document;
        document.reset(example(), QString());
        PrivacyDock dock(&document);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(dock.isCurrent());
        auto *view = dock.findChild<QTextBrowser *>(QStringLiteral("privacyManifestView"));
        QVERIFY(view);
        document.undoStack()->push(new ChangeValue<std::string>(&document, property::identity(IdentityPart::Name),
                                                                "Acme — Returns", UndoName("Rename")));
        // The edit returns at once; the manifest follows when the worker's reading lands.
        QVERIFY(!dock.isCurrent());
        QVERIFY(!view->toPlainText().contains(QStringLiteral("Acme — Returns")));
        QTRY_VERIFY_WITH_TIMEOUT(dock.isCurrent(), 5000);
        QVERIFY(view->toPlainText().contains(QStringLiteral("Acme — Returns")));
    }

    void copyButtonsPutEachItemOnTheClipboard()
    {
        DesignDocument document;
        document.reset(example(), QString());
        PrivacyDock dock(&document);
        dock.show(); // the buttons are built when the dock is first seen
        QPushButton *copyIframe = nullptr;
        for (QPushButton *b : dock.findChildren<QPushButton *>())
            if (b->accessibleName() == QLatin1String("Copy The widget iframe"))
                copyIframe = b;
        QVERIFY(copyIframe);
        QApplication::clipboard()->clear();
        copyIframe->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 QString::fromStdString(buildEmbedGuidance(document.design()).iframeSnippet));
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("allow=\"microphone\"")));
    }

    void hiddenDockWaitsUntilSeen()
    {
        DesignDocument document;
        document.reset(example(), QString());
        PrivacyDock dock(&document);
        QVERIFY(dock.findChildren<QPushButton *>().size() == 1); // only "Export manifest…": nothing built yet
        dock.show();
        QVERIFY(dock.findChildren<QPushButton *>().size() > 1);
    }

    void exportsMarkdownAndHtml()
    {
        DesignDocument document;
        document.reset(example(), QString());
        PrivacyDock dock(&document);
        QTemporaryDir dir;
        const PrivacyManifest manifest = buildPrivacyManifest(document.design());
        QVERIFY(dock.exportManifest(dir.filePath(QStringLiteral("notice.md"))));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("notice.md"))),
                 QByteArray::fromStdString(manifestToMarkdown(manifest)));
        QVERIFY(dock.exportManifest(dir.filePath(QStringLiteral("notice.html"))));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("notice.html"))),
                 QByteArray::fromStdString(manifestToHtml(manifest)));
        QVERIFY(!dock.exportManifest(dir.filePath(QStringLiteral("missing/folder/notice.md"))));
    }
};

QTEST_MAIN(TestPrivacyDock)
#include "test_privacydock.moc"
