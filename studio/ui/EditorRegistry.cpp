#include "EditorRegistry.h"

#include "DockScrollArea.h"

#include "contract/JsonPointer.h"

#include <QApplication>
#include <QDockWidget>
#include <QScrollArea>

namespace callstudio {

void EditorRegistry::clear()
{
    m_refreshers.clear();
    m_editors.clear();
}

void EditorRegistry::refreshAll() const
{
    for (const auto &refresh : m_refreshers)
        refresh();
}

QWidget *EditorRegistry::editorFor(const std::string &pointer) const
{
    const auto parsed = parsePointer(pointer);
    if (!parsed)
        return nullptr;
    for (JsonPointer p = *parsed;; p = p.parent_pointer()) {
        if (auto it = m_editors.find(p.to_string()); it != m_editors.end())
            return it->second;
        if (p.empty())
            return nullptr;
    }
}

std::string EditorRegistry::focusedPointer() const
{
    const QWidget *focus = QApplication::focusWidget();
    std::string found;
    // Keys are ordered, so a nested editor's pointer comes after its container's.
    for (const auto &[pointer, editor] : m_editors)
        if (focus && (editor == focus || editor->isAncestorOf(focus)))
            found = pointer;
    return found;
}

bool EditorRegistry::focus(const std::string &pointer) const
{
    auto it = m_editors.find(pointer);
    if (it == m_editors.end())
        return false;
    it->second->setFocus(Qt::OtherFocusReason);
    return true;
}

bool EditorRegistry::reveal(const std::string &pointer, QDockWidget *dock) const
{
    QWidget *editor = editorFor(pointer);
    if (!editor)
        return false;
    dock->show();
    dock->raise();
    if (auto *scroll = qobject_cast<QScrollArea *>(dock->widget()))
        scroll->ensureWidgetVisible(editor);
    editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void installDockPage(QDockWidget *dock, QWidget *page)
{
    auto *scroll = new DockScrollArea(page, dock);
    if (QWidget *old = dock->widget())
        old->deleteLater();
    dock->setWidget(scroll);
}

} // namespace callstudio
