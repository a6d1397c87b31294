// The editors of a dock page: how each one refreshes from the design, and which JSON
// pointer of the design it edits, so that a problem can focus it and a rebuilt page
// keeps the focus where it was.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

class QDockWidget;
class QWidget;

namespace callstudio {

class EditorRegistry
{
public:
    void clear();
    void onRefresh(std::function<void()> refresher) { m_refreshers.push_back(std::move(refresher)); }
    void add(const std::string &pointer, QWidget *editor) { m_editors[pointer] = editor; }
    void refreshAll() const;

    // The editor of `pointer` or of its nearest registered ancestor.
    QWidget *editorFor(const std::string &pointer) const;
    // The pointer of the editor holding the keyboard focus, "" when none does.
    std::string focusedPointer() const;
    // Focuses the editor registered for exactly `pointer`; false when there is none.
    bool focus(const std::string &pointer) const;
    // Raises `dock`, scrolls to the editor of `pointer` (see editorFor) and focuses it.
    bool reveal(const std::string &pointer, QDockWidget *dock) const;

private:
    std::vector<std::function<void()>> m_refreshers;
    std::map<std::string, QWidget *> m_editors;
};

// Shows `page` in `dock` inside a scroll area. The old page is deleted later: it may be
// running the very signal that caused the rebuild.
void installDockPage(QDockWidget *dock, QWidget *page);

} // namespace callstudio
