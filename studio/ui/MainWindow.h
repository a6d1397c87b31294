// The designer's main window: docks for every part of the design around a central area
// reserved for the preview, the file actions of a desktop editor (their work done by the
// DocumentController; the window asks with dialogs and reports in the message bar),
// undo/redo, the UI language and the text locale.
#pragma once

#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QToolBar;
class QUndoView;
class QVBoxLayout;

namespace callstudio {

struct DesignPlace;

class BusinessHoursDock;
class CustomCodeDock;
class DesignDocument;
class DocumentController;
class MessageBar;
class PrivacyDock;
class ProblemsDock;
class PropertiesDock;
class StatesDock;
class ThemeDock;
class UrlContextDock;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DesignDocument *document() const { return m_document; }
    // New, open, save, revert, import, export, autosave and recovery, the watched file.
    DocumentController *documentController() const { return m_files; }

    // Puts the preview in the central area (the window takes ownership).
    void setPreviewWidget(QWidget *preview);
    // Adds a dock of another part of Call Studio, movable and remembered like the others.
    void addToolDock(QDockWidget *dock, Qt::DockWidgetArea area);
    // Whether the operator's own dock layout was saved (then it decides which tab is in front).
    static bool hasSavedLayout();
    // Adds a File menu entry after Export Widget Config (another part's output).
    void addExportAction(QAction *action);

    WidgetState selectedState() const;
    QString selectedBlockId() const;
    // The locale whose widget texts the editors show and change.
    QString editingLocale() const;
    void setEditingLocale(const QString &locale);

    // Files (the rest is documentController()'s). Each failure is reported in the message
    // bar and leaves the document as it was.
    bool openFile(const QString &path);
    // Saves to the open file, or asks where when the design has none.
    bool save();
    // Looks for unsaved work left by sessions that ended unexpectedly and offers it back,
    // one by one, in a bar of its own that stays until the operator answers.
    void offerRecovery();

    // Whether the design may leave Call Studio (exportBlockers()); when not, lists the
    // blockers, each leading to its culprit, and no file dialog should open.
    bool confirmExportable();
    // Where Export Widget Config proposes to write: the last folder, a name from the widget's.
    QString suggestedWidgetConfigPath() const;
    // File ▸ Show Widget Config: the config as it would be exported, read-only, with Copy.
    void showWidgetConfig();

    // Selects what a problem points at and focuses its editor.
    void showProblem(const Problem &problem);

    MessageBar *messageBar() const { return m_messageBar; }
    MessageBar *recoveryBar() const { return m_recoveryBar; }
    StatesDock *statesDock() const { return m_statesDock; }
    PropertiesDock *propertiesDock() const { return m_propertiesDock; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }
    PrivacyDock *privacyDock() const { return m_privacyDock; }
    ThemeDock *themeDock() const { return m_themeDock; }
    BusinessHoursDock *businessHoursDock() const { return m_hoursDock; }
    UrlContextDock *urlContextDock() const { return m_urlDock; }
    CustomCodeDock *customCodeDock() const { return m_codeDock; }

public slots:
    // Focuses the Head (false) or Body-end (true) editor at the 1-based `line`.
    void showCustomCodeLine(bool bodyEnd, int line);

signals:
    void selectedStateChanged(callstudio::WidgetState state);
    void selectedBlockChanged(const QString &blockId);
    void editingLocaleChanged(const QString &locale);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showBlockProblem(const DesignPlace &place);
    void createActions();
    void createFileActions();
    void connectDocumentController();
    void createMenus();
    void createDocks();
    void retranslateUi();
    void retranslateOwnUi(); // the window's own menus, actions and labels, not the docks
    void updateUndoActionTexts();
    void updateTitle();
    void updateLocaleChooser();
    void updateRecentMenu();
    // Asks Save / Discard / Cancel when there are unsaved changes; true to go on.
    bool maybeSave();
    // An open or save file dialog starting where the last file was.
    QString askForFile(bool saving, const QString &title, const QString &filter, const QString &start = QString());
    void reportLoadFailure(const QString &path, const std::vector<Problem> &problems);
    // The first unanswered recovery offer in the recovery bar, or the bar hidden.
    void showRecoveryOffer();
    void onSelectionChanged(WidgetState state, const QString &blockId);
    void chooseUiLanguage(const QString &language);

    DesignDocument *m_document;
    DocumentController *m_files;
    MessageBar *m_messageBar;
    MessageBar *m_recoveryBar;
    QVBoxLayout *m_centralLayout;
    QWidget *m_centralContent;
    QLabel *m_previewPlaceholder = nullptr;

    StatesDock *m_statesDock = nullptr;
    PropertiesDock *m_propertiesDock = nullptr;
    ThemeDock *m_themeDock = nullptr;
    BusinessHoursDock *m_hoursDock = nullptr;
    UrlContextDock *m_urlDock = nullptr;
    CustomCodeDock *m_codeDock = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    PrivacyDock *m_privacyDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    // Where the next tool dock added to a side column joins its tabs.
    QDockWidget *m_lastRightDock = nullptr;
    QDockWidget *m_lastLeftDock = nullptr;
    QDockWidget *m_lastBottomDock = nullptr;
    QUndoView *m_undoView = nullptr;

    QToolBar *m_fileToolBar = nullptr;
    QComboBox *m_localeChooser = nullptr;
    QLabel *m_localeLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_addBlockMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_showConfigAction = nullptr;
    QAction *m_exportSeparator = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QString m_editingLocale;
    WidgetState m_selectedState = WidgetState::Idle;
    QString m_selectedBlockId;
};

} // namespace callstudio
