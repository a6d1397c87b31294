// The designer's main window. This first version shows a design read-only: the states
// with their blocks, and the design's problems; the editors come with the designer.
#pragma once

#include "model/WidgetDesign.h"

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace callstudio {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Loads `path`. On failure the current design stays and the error is shown in the
    // window; returns whether the file was opened.
    bool openFile(const QString &path);

    const WidgetDesign &design() const { return m_design; }
    QString filePath() const { return m_filePath; }

private:
    void showDesign();
    void showMessage(const QString &text);

    WidgetDesign m_design;
    QString m_filePath;
    QTreeWidget *m_statesTree = nullptr;
    QTreeWidget *m_problemsTree = nullptr;
    QLabel *m_messageBar = nullptr;
};

} // namespace callstudio
