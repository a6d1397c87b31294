#include "MainWindow.h"

#include "checks/DesignChecks.h"
#include "io/DesignFile.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace callstudio {

namespace {

QString blockSummary(const Block &b, const WidgetDesign &d)
{
    const QString text = QString::fromStdString(b.text.resolve(d.defaultLocale, d.defaultLocale));
    switch (b.kind) {
    case BlockKind::Image:
    case BlockKind::Link:
        return QString::fromStdString(b.url);
    case BlockKind::Spacer:
        return MainWindow::tr("%1 px").arg(b.size);
    case BlockKind::PreCallForm:
        return MainWindow::tr("%n field(s)", nullptr, static_cast<int>(b.form.fields.size()));
    case BlockKind::Survey:
        return QString::fromStdString(b.survey.question.resolve(d.defaultLocale, d.defaultLocale));
    default:
        return text;
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_design(makeStarterDesign())
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1200, 760);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_messageBar = new QLabel(central);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setWordWrap(true);
    m_messageBar->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 8px; border-radius: 4px; }"));
    m_messageBar->hide();
    layout->addWidget(m_messageBar);
    auto *placeholder = new QLabel(tr("The live preview of the widget will appear here."), central);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: 16px; }"));
    layout->addWidget(placeholder, 1);
    setCentralWidget(central);

    m_statesTree = new QTreeWidget(this);
    m_statesTree->setObjectName(QStringLiteral("statesTree"));
    m_statesTree->setHeaderLabels({tr("Block"), tr("Content")});
    m_statesTree->setAccessibleName(tr("States and blocks"));
    auto *statesDock = new QDockWidget(tr("States && blocks"), this);
    statesDock->setObjectName(QStringLiteral("statesDock"));
    statesDock->setWidget(m_statesTree);
    addDockWidget(Qt::LeftDockWidgetArea, statesDock);

    m_problemsTree = new QTreeWidget(this);
    m_problemsTree->setObjectName(QStringLiteral("problemsTree"));
    m_problemsTree->setHeaderLabels({tr("Severity"), tr("Problem"), tr("Where")});
    m_problemsTree->setRootIsDecorated(false);
    m_problemsTree->setAccessibleName(tr("Problems"));
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problemsTree);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    showDesign();
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult result = loadDesignFromFile(path.toStdString());
    if (!result.ok()) {
        const Problem &p = result.problems.front();
        QString where = QFileInfo(path).fileName();
        if (p.line > 0)
            where += QStringLiteral(":%1:%2").arg(p.line).arg(p.column);
        showMessage(tr("Could not open %1: %2").arg(where, QString::fromStdString(p.message)));
        return false;
    }
    m_design = *result.design;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_messageBar->hide();
    showDesign();
    return true;
}

void MainWindow::showMessage(const QString &text)
{
    m_messageBar->setText(text);
    m_messageBar->show();
}

void MainWindow::showDesign()
{
    setWindowTitle(m_filePath.isEmpty() ? QString::fromStdString(m_design.name)
                                        : QStringLiteral("%1 — %2").arg(QString::fromStdString(m_design.name),
                                                                        QFileInfo(m_filePath).fileName()));
    m_statesTree->clear();
    for (auto s : kAllStates) {
        auto *stateItem = new QTreeWidgetItem(m_statesTree, {QString::fromLatin1(stateName(s))});
        for (const auto &b : m_design.state(s).blocks)
            new QTreeWidgetItem(stateItem, {QString::fromLatin1(blockKindName(b.kind)), blockSummary(b, m_design)});
    }
    m_statesTree->expandAll();
    m_statesTree->resizeColumnToContents(0);

    m_problemsTree->clear();
    for (const auto &p : checkDesign(m_design))
        new QTreeWidgetItem(m_problemsTree, {QString::fromLatin1(severityName(p.severity)), QString::fromStdString(p.message),
                                             QString::fromStdString(p.pointer)});
    m_problemsTree->resizeColumnToContents(0);
}

} // namespace callstudio
