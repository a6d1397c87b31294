// The "Custom code" dock: the design's Head HTML and Body-end HTML in QScintilla editors
// (HTML with embedded JavaScript highlighted, line numbers, folding), a find/replace bar
// and the product's documented snippets.
#pragma once

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTabWidget;
class QToolBar;
class QToolButton;
class QsciScintilla;

namespace callstudio {

class DesignDocument;

class CustomCodeDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CustomCodeDock(DesignDocument *document, QWidget *parent = nullptr);

    QsciScintilla *editor(bool bodyEnd) const { return bodyEnd ? m_bodyEnd : m_head; }
    // Shows the editor and puts the cursor at the start of the 1-based `line`.
    void showLine(bool bodyEnd, int line);
    // Inserts the snippet `name` (a file of resources/snippets without ".html") at the cursor.
    bool insertSnippet(const QString &name);
    static QStringList snippetNames();

    // Shows the find/replace bar; `withReplace` focuses the replacement field.
    void showFindBar(bool withReplace);
    bool findNext();
    int replaceAll();

    void retranslate();

private:
    QToolBar *buildToolBar(QWidget *parent);
    void buildFindBar();
    void connectFindBar();
    QsciScintilla *createEditor(bool bodyEnd);
    QsciScintilla *currentEditor() const;
    void reload();

    DesignDocument *m_document;
    QTabWidget *m_tabs;
    QsciScintilla *m_head;
    QsciScintilla *m_bodyEnd;
    QToolButton *m_snippetButton;
    QMenu *m_snippetMenu;
    QToolButton *m_findButton;
    QWidget *m_findBar;
    QLineEdit *m_findText;
    QLineEdit *m_replaceText;
    QCheckBox *m_matchCase;
    QPushButton *m_findNext;
    QPushButton *m_replace;
    QPushButton *m_replaceAll;
    QToolButton *m_closeFind;
    QLabel *m_findStatus;
};

} // namespace callstudio
