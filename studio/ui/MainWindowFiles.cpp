// The window's side of the file actions: the dialogs that ask, and the message bar and
// status bar that tell what the DocumentController did.
#include "MainWindow.h"

#include "ExportDialogs.h"
#include "MessageBar.h"
#include "ProblemsDock.h"
#include "checks/ProblemPlace.h"
#include "contract/WidgetConfig.h"
#include "document/DesignDocument.h"
#include "document/DocumentController.h"
#include "privacy/ExportGate.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace callstudio {

namespace {

QString designFilter()
{
    return callstudio::MainWindow::tr("Call Studio designs (*.design.json *.json);;All files (*)");
}

QString widgetConfigFilter()
{
    return callstudio::MainWindow::tr("Widget config (*.json);;All files (*)");
}

} // namespace

QString MainWindow::askForFile(bool saving, const QString &title, const QString &filter, const QString &start)
{
    const QString dir = start.isEmpty() ? m_files->lastDirectory() : start;
    return saving ? QFileDialog::getSaveFileName(this, title, dir, filter)
                  : QFileDialog::getOpenFileName(this, title, dir, filter);
}

bool MainWindow::confirmExportable()
{
    auto blockers = exportBlockers(m_document->design());
    if (blockers.empty())
        return true;
    auto *dialog = new ExportBlockersDialog(
        std::move(blockers), [this](const Problem &p) { return problemPlace(p, m_document->design()); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportBlockersDialog::problemChosen, this, &MainWindow::showProblem);
    dialog->open();
    return false;
}

QString MainWindow::suggestedWidgetConfigPath() const
{
    const QString name = QString::fromStdString(suggestedWidgetConfigFileName(m_document->design()));
    const QString dir = m_files->lastDirectory();
    return dir.isEmpty() ? name : QDir(dir).filePath(name);
}

void MainWindow::showWidgetConfig()
{
    const auto blockers = exportBlockers(m_document->design());
    const QString note =
        blockers.empty()
            ? QString()
            : tr("Export Widget Config refuses this design until its %n error(s) are fixed; this is what it would "
                 "write.",
                 nullptr, static_cast<int>(blockers.size()));
    auto *viewer = new WidgetConfigViewer(QString::fromStdString(widgetConfigText(m_document->design())), note, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

void MainWindow::createFileActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        m_files->newDesign();
        m_messageBar->dismiss();
    });
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString path = askForFile(false, tr("Open Design"), designFilter());
        if (!path.isEmpty())
            openFile(path);
    });
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, [this] {
        const QString path = askForFile(true, tr("Save Design As"), designFilter(), m_document->filePath());
        if (!path.isEmpty())
            m_files->saveAs(path);
    });
    m_revertAction = new QAction(this);
    connect(m_revertAction, &QAction::triggered, m_files, &DocumentController::revert);
    m_importAction = new QAction(this);
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = askForFile(false, tr("Import Widget Config"), widgetConfigFilter());
        if (!path.isEmpty())
            m_files->importWidgetConfig(path);
    });
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportWidgetConfigAction"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (!confirmExportable())
            return;
        const QString path =
            askForFile(true, tr("Export Widget Config"), widgetConfigFilter(), suggestedWidgetConfigPath());
        if (!path.isEmpty())
            m_files->exportWidgetConfig(path);
    });
    m_showConfigAction = new QAction(this);
    m_showConfigAction->setObjectName(QStringLiteral("showWidgetConfigAction"));
    connect(m_showConfigAction, &QAction::triggered, this, &MainWindow::showWidgetConfig);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::connectDocumentController()
{
    using Kind = MessageBar::Kind;
    const auto fileName = [](const QString &path) { return QFileInfo(path).fileName(); };
    connect(m_files, &DocumentController::opened, this, [this, fileName](const QString &path, bool olderFormat) {
        m_messageBar->dismiss();
        if (olderFormat)
            m_messageBar->showMessage(
                Kind::Information, tr("%1 was written by an older Call Studio; it will be saved in the current format.")
                                       .arg(fileName(path)));
    });
    connect(m_files, &DocumentController::loadFailed, this, &MainWindow::reportLoadFailure);
    connect(m_files, &DocumentController::saved, this, [this, fileName](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(fileName(path)), 4000);
    });
    connect(m_files, &DocumentController::saveFailed, this, [this](const QString &error) {
        m_messageBar->showMessage(Kind::Error, tr("Could not save: %1").arg(error));
    });
    connect(m_files, &DocumentController::imported, this, [this, fileName](const QString &path) {
        m_messageBar->showMessage(Kind::Information,
                                  tr("Imported %1. Undo brings the previous design back.").arg(fileName(path)));
    });
    connect(m_files, &DocumentController::exportRefused, this, [this](const std::vector<Problem> &blockers) {
        m_messageBar->showMessage(Kind::Error, tr("Not exported: the design has %n error(s). Fix them first.", nullptr,
                                                  static_cast<int>(blockers.size())));
        m_problemsDock->raise();
    });
    connect(m_files, &DocumentController::exported, this, [this, fileName](const QString &path) {
        statusBar()->showMessage(tr("Exported %1").arg(fileName(path)), 4000);
    });
    connect(m_files, &DocumentController::exportFailed, this, [this](const QString &error) {
        m_messageBar->showMessage(Kind::Error, tr("Could not export: %1").arg(error));
    });
    connect(m_files, &DocumentController::autosaveFailed, this,
            [this](const QString &error) { statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000); });
    connect(m_files, &DocumentController::recoveriesChanged, this, &MainWindow::showRecoveryOffer);
    connect(m_files, &DocumentController::changedOnDisk, this, [this, fileName](const QString &path, bool deleted) {
        m_messageBar->showMessage(Kind::Warning,
                                  deleted ? tr("%1 was deleted or moved by another program.").arg(fileName(path))
                                          : tr("%1 was changed by another program.").arg(fileName(path)));
        if (!deleted)
            m_messageBar->addAction(tr("Reload"), [this] { m_files->reloadFromDisk(); });
        m_messageBar->addAction(tr("Keep mine"), [this] { m_files->keepMine(); });
    });
}

void MainWindow::reportLoadFailure(const QString &path, const std::vector<Problem> &problems)
{
    QString where = QFileInfo(path).fileName();
    QString message = tr("unknown error");
    if (!problems.empty()) {
        const Problem &p = problems.front();
        if (p.line > 0)
            where += QStringLiteral(":%1:%2").arg(p.line).arg(p.column);
        message = QString::fromStdString(p.message);
        if (!p.pointer.empty())
            message += QStringLiteral(" (%1)").arg(QString::fromStdString(p.pointer));
    }
    m_messageBar->showMessage(MessageBar::Kind::Error, tr("Could not open %1: %2").arg(where, message));
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty()) {
        m_saveAsAction->trigger();
        return !m_document->isModified();
    }
    return m_files->save();
}

void MainWindow::offerRecovery()
{
    m_files->findRecoveries();
}

void MainWindow::showRecoveryOffer()
{
    const auto &offers = m_files->recoveryOffers();
    if (offers.empty()) {
        m_recoveryBar->dismiss();
        return;
    }
    const DocumentController::RecoveryOffer &offer = offers.front();
    const QString when = QLocale().toString(offer.savedAt, QLocale::ShortFormat);
    QString text =
        offer.origin.isEmpty()
            ? tr("Unsaved changes to a new design, autosaved %1 by a session that ended unexpectedly.").arg(when)
            : tr("Unsaved changes to %1, autosaved %2 by a session that ended unexpectedly.")
                  .arg(QFileInfo(offer.origin).fileName(), when);
    if (offers.size() > 1)
        text += QLatin1Char(' ') + tr("(1 of %1)").arg(offers.size());
    m_recoveryBar->showMessage(MessageBar::Kind::Warning, text);
    const QString id = offer.id;
    m_recoveryBar->addAction(tr("Restore"), [this, id] {
        // Restoring replaces the open design: its own unsaved work is asked about first.
        if (!maybeSave() || !m_files->restoreRecovery(id))
            showRecoveryOffer();
    });
    m_recoveryBar->addAction(tr("Discard"), [this, id] {
        // The one answer that cannot be undone is asked twice.
        const auto answer =
            QMessageBox::question(this, tr("Discard Unsaved Changes"),
                                  tr("Discard the recovered changes? They cannot be restored afterwards."),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            m_files->discardRecovery(id);
        else
            showRecoveryOffer();
    });
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_files->recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QString(), QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Recent Files"), m_files, &DocumentController::clearRecentFiles);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The design “%1” has unsaved changes.").arg(QString::fromStdString(m_document->design().name)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText); // the name is design content
    box.setInformativeText(tr("Do you want to save them?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

} // namespace callstudio
