// The "Privacy" dock: what the design tells visitors and their data. The privacy
// manifest (data categories, third parties, cookies, a notice and consent text per
// locale; exported as Markdown or HTML), the third-party inventory (what the custom code
// names, and what it actually contacted while running in the preview), and the embed
// guidance for the integrator's web team with one Copy button per item.
#pragma once

#include "privacy/EmbedGuidance.h"
#include "privacy/ThirdPartyInventory.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QMap>

#include <string>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

namespace callstudio {

class DesignDocument;
struct WidgetDesign;

// Everything the dock shows, read from one version of the design (off the GUI thread).
struct PrivacyReading
{
    std::string manifestHtml;
    ThirdPartyInventory inventory;
    EmbedGuidance guidance;
};
PrivacyReading readPrivacy(const WidgetDesign &design);

class PrivacyDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PrivacyDock(DesignDocument *document, QWidget *parent = nullptr);

    // Hosts the custom code contacted in the live preview, with how many requests each.
    void setContactedHosts(const QMap<QString, int> &hosts);

    bool exportManifest(const QString &path); // .md → Markdown, anything else → HTML
    void retranslate();

    // Brought up to date first: a hidden dock refreshes when it is next seen or asked.
    QTextBrowser *manifestView();
    QTreeWidget *inventoryTree();

    // True when the tabs show the document's current design.
    bool isCurrent() const { return !m_stale && m_shownVersion == m_version; }

private:
    void refresh();
    void refreshWhenSeen();
    void ensureCurrent();
    void readingFinished();
    void showReading(const PrivacyReading &reading, quint64 version);
    void fillInventory();
    void fillEmbedGuidance();
    void chooseExportPath();

    DesignDocument *m_document;
    QTimer *m_refreshTimer;
    QTabWidget *m_tabs;
    QTextBrowser *m_manifest;
    QPushButton *m_exportButton;
    QLabel *m_exportStatus;
    QTreeWidget *m_inventory;
    QLabel *m_inventoryNote;
    QWidget *m_embedPage;
    QVBoxLayout *m_embedLayout;
    QMap<QString, int> m_contacted;
    QFutureWatcher<PrivacyReading> *m_reading;
    ThirdPartyInventory m_shownInventory;
    EmbedGuidance m_shownGuidance;
    bool m_stale = false;
    // Versions of the design: the latest edit's, the one being read and the one shown.
    quint64 m_version = 0;
    quint64 m_readingVersion = 0;
    quint64 m_shownVersion = 0;
};

} // namespace callstudio
