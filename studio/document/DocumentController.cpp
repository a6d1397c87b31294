#include "DocumentController.h"

#include "DesignDocument.h"
#include "RecentFiles.h"
#include "RecoveryStore.h"
#include "commands/ReplaceDesign.h"
#include "contract/WidgetConfig.h"
#include "io/DesignJson.h"
#include "io/SafeFile.h"
#include "privacy/ExportGate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace callstudio {

namespace {

const QString kLastDirKey = QStringLiteral("files/lastDirectory");
constexpr int kDefaultAutosaveMs = 30 * 1000;

// Empty when `path` is not a readable regular file: a FIFO put in its place never blocks.
std::string readWholeFile(const QString &path)
{
    return readRegularFile(path.toStdString(), kMaxDesignFileBytes).bytes;
}

QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

DocumentController::DocumentController(DesignDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_autosaveTimer(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_recovery(std::make_unique<RecoveryStore>())
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentController::checkFileOnDisk);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentController::autosaveNow);
    m_autosaveTimer->start(kDefaultAutosaveMs);
}

DocumentController::~DocumentController() = default;

LoadResult DocumentController::load(const QString &path, std::string *text)
{
    removeSaveLeftovers(path.toStdString());
    return announced(path, loadDesignFromFile(path.toStdString(), text));
}

LoadResult DocumentController::announced(const QString &path, LoadResult result)
{
    if (!result.ok())
        emit loadFailed(path, result.problems);
    return result;
}

void DocumentController::resetTo(const WidgetDesign &design, const QString &path, std::string textOnDisk)
{
    m_document->reset(design, path);
    m_textOnDisk = std::move(textOnDisk);
    m_askingAboutDisk = false;
    watch(path);
}

void DocumentController::newDesign()
{
    resetTo(makeStarterDesign(), QString());
}

bool DocumentController::openFile(const QString &path)
{
    std::string text;
    const LoadResult result = load(path, &text);
    if (!result.ok())
        return false;
    const QString absolute = absoluteClean(path);
    resetTo(*result.design, absolute, std::move(text));
    rememberRecent(absolute);
    emit opened(absolute, result.sourceVersion < WidgetDesign::kSchemaVersion);
    return true;
}

bool DocumentController::saveTo(const QString &path)
{
    const QString absolute = absoluteClean(path);
    const std::string text = designToCanonicalText(m_document->design());
    // The watcher must not report our own write as someone else's.
    m_textOnDisk = text;
    const SaveResult result = writeFileAtomically(absolute.toStdString(), text);
    if (!result.ok) {
        m_textOnDisk = readWholeFile(m_document->filePath());
        emit saveFailed(QString::fromStdString(result.error));
        return false;
    }
    m_document->markSaved(absolute);
    watch(absolute);
    rememberRecent(absolute);
    m_recovery->removeOwn();
    emit saved(absolute);
    return true;
}

bool DocumentController::save()
{
    return !m_document->filePath().isEmpty() && saveTo(m_document->filePath());
}

bool DocumentController::saveAs(const QString &path)
{
    return saveTo(path);
}

bool DocumentController::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return false;
    std::string text;
    const LoadResult result = load(path, &text);
    if (!result.ok())
        return false;
    resetTo(*result.design, path, std::move(text));
    m_recovery->removeOwn();
    return true;
}

bool DocumentController::importWidgetConfig(const QString &path)
{
    const LoadResult result = announced(path, loadWidgetConfigFromFile(path.toStdString()));
    if (!result.ok())
        return false;
    m_document->undoStack()->push(new ReplaceDesign(m_document, *result.design));
    emit imported(path);
    return true;
}

bool DocumentController::exportWidgetConfig(const QString &path)
{
    if (auto blockers = exportBlockers(m_document->design()); !blockers.empty()) {
        emit exportRefused(blockers);
        return false;
    }
    const SaveResult result = writeFileAtomically(path.toStdString(), widgetConfigText(m_document->design()));
    if (!result.ok) {
        emit exportFailed(QString::fromStdString(result.error));
        return false;
    }
    emit exported(path);
    return true;
}

QStringList DocumentController::recentFiles() const
{
    return loadRecentFiles();
}

void DocumentController::clearRecentFiles()
{
    saveRecentFiles({});
}

QString DocumentController::lastDirectory() const
{
    return QSettings().value(kLastDirKey).toString();
}

void DocumentController::rememberRecent(const QString &path)
{
    saveRecentFiles(withRecentFile(loadRecentFiles(), path));
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
}

// ---- watching the open file

void DocumentController::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void DocumentController::checkFileOnDisk()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || m_askingAboutDisk)
        return;
    // An atomic save by another program replaces the file, which drops the watch.
    if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
        m_watcher->addPath(path);
    if (readWholeFile(path) == m_textOnDisk)
        return;
    m_askingAboutDisk = true;
    emit changedOnDisk(path, !QFileInfo::exists(path));
}

bool DocumentController::reloadFromDisk()
{
    m_askingAboutDisk = false;
    const QString path = m_document->filePath();
    std::string text;
    const LoadResult result = load(path, &text);
    if (!result.ok())
        return false;
    resetTo(*result.design, path, std::move(text));
    return true;
}

void DocumentController::keepMine()
{
    m_askingAboutDisk = false;
    m_textOnDisk = readWholeFile(m_document->filePath());
    // The file no longer holds this design: it needs saving.
    m_document->undoStack()->resetClean();
}

// ---- autosave and recovery

QString DocumentController::recoveryFilePath() const
{
    return m_recovery->ownDesignPath();
}

void DocumentController::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->start(milliseconds);
}

bool DocumentController::autosaveNow()
{
    if (!m_document->isModified()) {
        m_recovery->removeOwn();
        return false;
    }
    const SaveResult result = m_recovery->writeOwn(designToCanonicalText(m_document->design()), m_document->filePath());
    if (!result.ok) {
        emit autosaveFailed(QString::fromStdString(result.error));
        return false;
    }
    return true;
}

void DocumentController::endSession()
{
    m_recovery->removeOwn();
}

void DocumentController::findRecoveries()
{
    m_offers.clear();
    m_offers = m_recovery->claimOrphans();
    emit recoveriesChanged();
}

void DocumentController::discardRecovery(const QString &id)
{
    m_recovery->removeOrphan(id);
    findRecoveries();
}

bool DocumentController::restoreRecovery(const QString &id)
{
    const auto offer =
        std::find_if(m_offers.begin(), m_offers.end(), [&id](const RecoveryOffer &o) { return o.id == id; });
    if (offer == m_offers.end())
        return false;
    const LoadResult recovered = load(offer->designPath);
    if (!recovered.ok())
        return false; // the offer stays: the operator may still discard it
    // Restored changes sit on top of the original file as one undoable, unsaved step.
    const QString origin = offer->origin; // copied: discardRecovery() rebuilds the offers
    std::string originalText;
    const LoadResult original =
        origin.isEmpty() ? LoadResult{} : loadDesignFromFile(origin.toStdString(), &originalText);
    if (original.ok())
        resetTo(*original.design, origin, std::move(originalText));
    else
        resetTo(makeStarterDesign(), QString());
    auto *restore = new ReplaceDesign(m_document, *recovered.design);
    restore->setName(UndoName(QT_TRANSLATE_NOOP("Undo", "Restore Unsaved Changes")));
    m_document->undoStack()->push(restore);
    // The work is in this session's own recovery file before the old one goes.
    if (m_document->isModified() && !autosaveNow())
        return false;
    discardRecovery(id);
    return true;
}

} // namespace callstudio
