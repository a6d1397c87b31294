#include "PrivacyDock.h"

#include "document/DesignDocument.h"
#include "io/DesignFile.h"
#include "privacy/PrivacyManifest.h"
#include "privacy/ThirdPartyInventory.h"
#include "privacy/TrackerDatabase.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <set>

namespace callstudio {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

PrivacyReading readPrivacy(const WidgetDesign &design)
{
    const ParsedCustomCode parsed(design.customCode);
    return {manifestToHtml(buildPrivacyManifest(design, parsed)), buildThirdPartyInventory(parsed),
            buildEmbedGuidance(design)};
}

PrivacyDock::PrivacyDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_refreshTimer(new QTimer(this))
    , m_reading(new QFutureWatcher<PrivacyReading>(this))
{
    setObjectName(QStringLiteral("privacyDock"));
    m_tabs = new QTabWidget(this);

    auto *manifestPage = new QWidget(m_tabs);
    auto *manifestLayout = new QVBoxLayout(manifestPage);
    m_manifest = new QTextBrowser(manifestPage);
    m_manifest->setObjectName(QStringLiteral("privacyManifestView"));
    m_manifest->setOpenExternalLinks(false);
    manifestLayout->addWidget(m_manifest, 1);
    auto *exportRow = new QHBoxLayout;
    m_exportButton = new QPushButton(manifestPage);
    m_exportStatus = new QLabel(manifestPage);
    m_exportStatus->setTextFormat(Qt::PlainText);
    exportRow->addWidget(m_exportButton);
    exportRow->addWidget(m_exportStatus, 1);
    manifestLayout->addLayout(exportRow);
    m_tabs->addTab(manifestPage, QString());

    auto *inventoryPage = new QWidget(m_tabs);
    auto *inventoryLayout = new QVBoxLayout(inventoryPage);
    m_inventory = new QTreeWidget(inventoryPage);
    m_inventory->setObjectName(QStringLiteral("thirdPartyTree"));
    m_inventory->setColumnCount(4);
    m_inventory->header()->setStretchLastSection(false);
    m_inventory->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_inventory->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_inventory->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_inventory->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_inventoryNote = new QLabel(inventoryPage);
    m_inventoryNote->setTextFormat(Qt::PlainText);
    m_inventoryNote->setWordWrap(true);
    inventoryLayout->addWidget(m_inventory, 1);
    inventoryLayout->addWidget(m_inventoryNote);
    m_tabs->addTab(inventoryPage, QString());

    auto *embedScroll = new QScrollArea(m_tabs);
    embedScroll->setWidgetResizable(true);
    m_embedPage = new QWidget(embedScroll);
    m_embedLayout = new QVBoxLayout(m_embedPage);
    embedScroll->setWidget(m_embedPage);
    m_tabs->addTab(embedScroll, QString());

    setWidget(m_tabs);

    // Building the manifest parses the custom code: once typing pauses, not per keystroke.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &PrivacyDock::refreshWhenSeen);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensureCurrent();
    });
    connect(m_document, &DesignDocument::changed, this, [this] {
        ++m_version;
        m_refreshTimer->start();
    });
    connect(m_reading, &QFutureWatcherBase::finished, this, &PrivacyDock::readingFinished);
    connect(m_exportButton, &QPushButton::clicked, this, &PrivacyDock::chooseExportPath);

    retranslate(); // also fills the tabs
}

void PrivacyDock::retranslate()
{
    setWindowTitle(tr("Privacy"));
    m_tabs->setTabText(0, tr("Privacy manifest"));
    m_tabs->setTabText(1, tr("Third parties"));
    m_tabs->setTabText(2, tr("Embed guidance"));
    m_exportButton->setText(tr("Export manifest…"));
    m_exportButton->setToolTip(
        tr("Save the manifest as Markdown (.md) or HTML (.html) to share with your privacy team"));
    m_manifest->setAccessibleName(tr("Privacy manifest"));
    m_inventory->setAccessibleName(tr("Third-party inventory"));
    m_inventory->setHeaderLabels(
        {tr("Domain"), tr("Found in the custom code"), tr("Contacted in the preview"), tr("Tracker")});
    m_inventoryNote->setText(tr("\"Found in the custom code\" is read from Head and Body-end HTML without running it. "
                                "\"Contacted in the preview\" lists the hosts the custom code actually requested while "
                                "the preview ran (requests that could not complete offline count too)."));
    // The tabs' own words change with the language: filled again now, or when next seen.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void PrivacyDock::refreshWhenSeen()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // Reading the custom code takes long on a large design: a worker reads a copy, and
    // its result is shown only if no edit came after it.
    if (m_reading->isRunning())
        return; // readingFinished() starts the next one
    m_readingVersion = m_version;
    m_reading->setFuture(QtConcurrent::run([design = m_document->design()] { return readPrivacy(design); }));
}

void PrivacyDock::readingFinished()
{
    if (m_readingVersion == m_version && !isCurrent())
        showReading(m_reading->result(), m_readingVersion);
    else if (!isCurrent())
        refreshWhenSeen();
}

void PrivacyDock::ensureCurrent()
{
    if (!isCurrent())
        refresh();
}

QTextBrowser *PrivacyDock::manifestView()
{
    ensureCurrent();
    return m_manifest;
}

QTreeWidget *PrivacyDock::inventoryTree()
{
    ensureCurrent();
    return m_inventory;
}

void PrivacyDock::refresh()
{
    m_refreshTimer->stop();
    showReading(readPrivacy(m_document->design()), m_version);
}

void PrivacyDock::showReading(const PrivacyReading &reading, quint64 version)
{
    m_stale = false;
    m_shownVersion = version;
    m_shownInventory = reading.inventory;
    m_shownGuidance = reading.guidance;
    const int scroll = m_manifest->verticalScrollBar() ? m_manifest->verticalScrollBar()->value() : 0;
    m_manifest->setHtml(fromStd(reading.manifestHtml));
    m_manifest->verticalScrollBar()->setValue(scroll);
    fillInventory();
    fillEmbedGuidance();
}

void PrivacyDock::setContactedHosts(const QMap<QString, int> &hosts)
{
    m_contacted = hosts;
    if (isVisible())
        fillInventory();
    else
        m_stale = true;
}

void PrivacyDock::fillInventory()
{
    const ThirdPartyInventory &inventory = m_shownInventory;
    m_inventory->clear();
    std::set<QString> listed;
    for (const DomainGroup &group : inventory.domains) {
        const QString domain = fromStd(group.domain);
        listed.insert(domain);
        auto *item = new QTreeWidgetItem(m_inventory);
        item->setText(0, domain);
        item->setText(1, tr("%n place(s)", nullptr, int(group.entries.size())));
        item->setText(2, m_contacted.contains(domain) ? tr("%n request(s)", nullptr, m_contacted.value(domain))
                                                      : tr("not seen"));
        item->setText(3, fromStd(group.tracker)); // the database's name: "Google Tag Manager"
        for (const InventoryEntry &entry : group.entries) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, fromStd(entry.url));
            child->setText(1, tr("%1 — %2, line %3")
                                  .arg(QCoreApplication::translate("Problems", entry.how.c_str()),
                                       entry.area == CodeArea::Head ? tr("Head HTML") : tr("Body-end HTML"))
                                  .arg(entry.position.line));
        }
    }
    // Hosts contacted at run time that no static reading found (built URLs, loaded scripts).
    for (auto it = m_contacted.cbegin(); it != m_contacted.cend(); ++it) {
        if (listed.count(it.key()))
            continue;
        auto *item = new QTreeWidgetItem(m_inventory);
        item->setText(0, it.key());
        item->setText(1, tr("not found in the code"));
        item->setText(2, tr("%n request(s)", nullptr, it.value()));
        const TrackerEntity *tracker = trackerForHost(it.key().toStdString());
        item->setText(3, tracker ? fromStd(tracker->name) : QString());
    }
    m_inventory->expandAll();
}

void PrivacyDock::fillEmbedGuidance()
{
    while (QLayoutItem *item = m_embedLayout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const EmbedGuidance &guidance = m_shownGuidance;
    const std::pair<QString, std::string> items[] = {
        {tr("The widget iframe"), guidance.iframeSnippet},
        {tr("Content-Security-Policy of the page"), guidance.contentSecurityPolicy},
        {tr("frame-ancestors of the widget"), guidance.frameAncestors},
        {tr("HTTPS"), guidance.httpsRequirement},
        {tr("Listening to the widget's events"), guidance.parentListener},
    };
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const auto &[title, text] : items) {
        auto *header = new QHBoxLayout;
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), m_embedPage);
        auto *copy = new QPushButton(tr("Copy"), m_embedPage);
        copy->setAccessibleName(tr("Copy %1").arg(title));
        header->addWidget(label, 1);
        header->addWidget(copy);
        auto *box = new QPlainTextEdit(fromStd(text), m_embedPage);
        box->setReadOnly(true);
        box->setFont(fixed);
        box->setAccessibleName(title);
        // Tall enough for the code items' lines, and for a few wrapped lines of the prose ones.
        const int lines = qMax(4, int(std::count(text.begin(), text.end(), '\n')) + 2);
        box->setMinimumHeight(qMin(280, box->fontMetrics().lineSpacing() * lines + 12));
        const QString copied = fromStd(text);
        connect(copy, &QPushButton::clicked, this, [copied, copy] {
            QApplication::clipboard()->setText(copied);
            copy->setText(tr("Copied"));
        });
        auto *holder = new QWidget(m_embedPage);
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 8);
        holderLayout->addLayout(header);
        holderLayout->addWidget(box);
        m_embedLayout->addWidget(holder);
    }
    m_embedLayout->addStretch(1);
}

bool PrivacyDock::exportManifest(const QString &path)
{
    const PrivacyManifest manifest = buildPrivacyManifest(m_document->design());
    const bool markdown = QFileInfo(path).suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0;
    const SaveResult saved =
        writeFileAtomically(path.toStdString(), markdown ? manifestToMarkdown(manifest) : manifestToHtml(manifest));
    m_exportStatus->setText(saved.ok ? tr("Exported to %1").arg(QFileInfo(path).fileName()) : fromStd(saved.error));
    return saved.ok;
}

void PrivacyDock::chooseExportPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Privacy Manifest"), QString(),
                                                      tr("Markdown (*.md);;HTML (*.html)"));
    if (!path.isEmpty())
        exportManifest(path);
}

} // namespace callstudio
