// The "Theme" dock: the colour roles with a live WCAG contrast check of the text pairs,
// font, corner radius, launcher position and offsets, and widget width.
#pragma once

#include "EditorRegistry.h"
#include "commands/ChangeValue.h"

#include <QDockWidget>

#include <string>
#include <vector>

class QLabel;

namespace callstudio {

class ThemeDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ThemeDock(DesignDocument *document, QWidget *parent = nullptr);

    // Focuses the editor of a "/theme/…" pointer.
    bool focusPointer(const std::string &pointer);
    // The contrast lines as shown, for tests and screen readers.
    QStringList contrastReport() const;

    void retranslate();

private:
    void rebuild();
    QWidget *buildColors();
    QWidget *buildContrast();
    QWidget *buildFontAndShape();

    DesignDocument *m_document;
    EditorRegistry m_editors;
    std::vector<QLabel *> m_contrastLabels;
};

} // namespace callstudio
