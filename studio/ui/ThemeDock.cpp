#include "ThemeDock.h"

#include "ColorContrast.h"
#include "PropertyBinding.h"
#include "checks/OperatorNames.h"
#include "commands/DesignProperties.h"
#include "contract/DesignPointers.h"
#include "contract/FieldConstraints.h"
#include "contract/ThemeContrast.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace callstudio {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString roleTitle(ThemeColorRole role)
{
    return themeColorTitle(themeColorRoleName(role));
}

void setSwatch(QToolButton *button, const QColor &c)
{
    button->setStyleSheet(
        c.isValid() ? QStringLiteral("QToolButton { background: %1; border: 1px solid #777; border-radius: 3px; }")
                          .arg(c.name())
                    : QString());
}

} // namespace

ThemeDock::ThemeDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("themeDock"));
    connect(m_document, &DesignDocument::changed, this, [this](DesignDocument::Change what) {
        if (what == DesignDocument::Change::Theme || what == DesignDocument::Change::Placement
            || what == DesignDocument::Change::Whole)
            m_editors.refreshAll();
    });
    retranslate();
}

void ThemeDock::retranslate()
{
    setWindowTitle(tr("Theme"));
    rebuild();
}

void ThemeDock::rebuild()
{
    m_editors.clear();
    m_contrastLabels.clear();
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(buildColors());
    layout->addWidget(buildContrast());
    layout->addWidget(buildFontAndShape());
    layout->addStretch();
    installDockPage(this, page);
    m_editors.refreshAll();
}

QWidget *ThemeDock::buildColors()
{
    auto *colors = new QGroupBox(tr("Colours"));
    auto *colorForm = new QFormLayout(colors);
    for (ThemeColorRole role : kAllThemeColorRoles) {
        auto *row = new QHBoxLayout;
        auto *swatch = new QToolButton;
        swatch->setFixedSize(28, 22);
        swatch->setToolTip(tr("Pick the %1 colour").arg(roleTitle(role)));
        swatch->setAccessibleName(tr("Pick %1 colour").arg(roleTitle(role)));
        auto *edit = new QLineEdit;
        edit->setAccessibleName(tr("%1 colour").arg(roleTitle(role)));
        edit->setToolTip(tr("A colour as #rrggbb or #rgb"));
        edit->setMaxLength(7);
        auto *error = new QLabel(tr("Use #rrggbb or #rgb"));
        error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
        error->hide();
        row->addWidget(swatch);
        row->addWidget(edit, 1);
        row->addWidget(error);
        colorForm->addRow(roleTitle(role), row);
        m_editors.add(themeColorPointer(themeColorRoleName(role)).to_string(), edit);
        connect(edit, &QLineEdit::textEdited, this, [this, role, error, swatch](const QString &text) {
            const QColor c = parseDesignColor(text);
            error->setVisible(!c.isValid());
            setSwatch(swatch, c);
            if (c.isValid())
                pushChange(m_document, property::themeColor(role), text.toLower().toStdString(),
                           UndoName(QT_TRANSLATE_NOOP("Undo", "Change Colour")));
        });
        connect(swatch, &QToolButton::clicked, this, [this, role, edit] {
            const QColor chosen =
                QColorDialog::getColor(parseDesignColor(edit->text()), this, tr("%1 colour").arg(roleTitle(role)));
            if (chosen.isValid())
                pushChange(m_document, property::themeColor(role), chosen.name().toStdString(),
                           UndoName(QT_TRANSLATE_NOOP("Undo", "Change Colour")));
        });
        m_editors.onRefresh([this, role, edit, swatch, error] {
            const QString value = q(themeColor(m_document->design().theme.colors, role));
            if (edit->text().toLower() != value) {
                const QSignalBlocker blocker(edit);
                edit->setText(value);
            }
            error->hide();
            setSwatch(swatch, parseDesignColor(value));
        });
    }
    return colors;
}

QWidget *ThemeDock::buildContrast()
{
    auto *contrast = new QGroupBox(tr("Contrast (WCAG AA needs %1:1 for text)").arg(kWcagAaTextContrast, 0, 'f', 1));
    auto *contrastLayout = new QVBoxLayout(contrast);
    for (const ThemeTextPair &pair : kThemeTextPairs) {
        auto *label = new QLabel;
        label->setTextFormat(Qt::RichText);
        contrastLayout->addWidget(label);
        m_contrastLabels.push_back(label);
        m_editors.onRefresh([this, label, pair] {
            const ThemeColors &c = m_document->design().theme.colors;
            const QColor fg = parseDesignColor(q(*themeColorOf(c, pair.text)));
            const QColor bg = parseDesignColor(q(*themeColorOf(c, pair.background)));
            const QString what = tr("%1 on %2").arg(themeColorTitle(pair.text), themeColorTitle(pair.background));
            const std::optional<double> contrast =
                contrastRatio(*themeColorOf(c, pair.text), *themeColorOf(c, pair.background));
            if (!fg.isValid() || !bg.isValid() || !contrast) {
                label->setText(tr("%1: not a valid colour").arg(what));
                return;
            }
            const double ratio = *contrast;
            const bool ok = ratio >= kWcagAaTextContrast;
            const QString sample =
                QStringLiteral("<span style='background:%1;color:%2;padding:2px'>&nbsp;Aa&nbsp;</span>")
                    .arg(bg.name(), fg.name());
            label->setText(ok ? tr("%1 %2: %3:1 — passes AA").arg(sample, what).arg(ratio, 0, 'f', 2)
                              : tr("%1 %2: %3:1 — <b style='color:#b3261e'>below AA</b>, hard to read")
                                    .arg(sample, what)
                                    .arg(ratio, 0, 'f', 2));
            label->setAccessibleName(ok ? tr("%1 contrast %2 to 1, passes").arg(what).arg(ratio, 0, 'f', 2)
                                        : tr("%1 contrast %2 to 1, below AA").arg(what).arg(ratio, 0, 'f', 2));
            label->setProperty("belowAa", !ok);
        });
    }
    return contrast;
}

QWidget *ThemeDock::buildFontAndShape()
{
    auto *shape = new QGroupBox(tr("Font and shape"));
    auto *shapeForm = new QFormLayout(shape);
    auto *font = new QLineEdit;
    font->setAccessibleName(tr("Font family"));
    font->setToolTip(tr("A CSS font-family list, e.g. Inter, system-ui, sans-serif"));
    auto *fontError = new QLabel(tr("The font family cannot be empty"));
    fontError->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    fontError->hide();
    connect(font, &QLineEdit::textEdited, this, [this, fontError](const QString &text) {
        fontError->setVisible(text.trimmed().isEmpty());
        if (!text.trimmed().isEmpty())
            pushChange(m_document, property::themeFont(), text.toStdString(),
                       UndoName(QT_TRANSLATE_NOOP("Undo", "Change Font")));
    });
    m_editors.onRefresh([this, font, fontError] {
        const QString v = q(m_document->design().theme.fontFamily);
        if (font->text() != v && !fontError->isVisible()) {
            const QSignalBlocker blocker(font);
            font->setText(v);
        }
    });
    shapeForm->addRow(tr("Font family"), font);
    shapeForm->addRow(QString(), fontError);
    m_editors.add(themeMemberPointer(ThemeMember::FontFamily).to_string(), font);

    // The limits are the file format's, read from the schema.
    auto number = [&](const QString &label, ThemeNumber which, const JsonPointer &ptr, const UndoName &undoName) {
        const IntegerRange range = integerRange(ptr).value_or(IntegerRange{});
        auto *spin = bindNumber(m_editors, m_document, ptr.to_string(), range.minimum, range.maximum,
                                property::themeNumber(which), undoName);
        spin->setSuffix(tr(" px"));
        spin->setAccessibleName(label);
        shapeForm->addRow(label, spin);
    };
    number(tr("Corner radius"), ThemeNumber::CornerRadius, themeMemberPointer(ThemeMember::CornerRadius),
           UndoName(QT_TRANSLATE_NOOP("Undo", "Change Corner Radius")));
    number(tr("Widget width"), ThemeNumber::Width, themeMemberPointer(ThemeMember::Width),
           UndoName(QT_TRANSLATE_NOOP("Undo", "Change Widget Width")));

    auto *position = bindChoice<LauncherPosition>(
        m_editors, m_document, themeMemberPointer(ThemeMember::Launcher).to_string(),
        {{tr("Bottom right"), LauncherPosition::BottomRight}, {tr("Bottom left"), LauncherPosition::BottomLeft}},
        property::themePosition(), UndoName(QT_TRANSLATE_NOOP("Undo", "Change Launcher Position")));
    position->setAccessibleName(tr("Launcher position"));
    shapeForm->addRow(tr("Launcher position"), position);
    number(tr("Horizontal offset"), ThemeNumber::OffsetX, themeMemberPointer(ThemeMember::OffsetX),
           UndoName(QT_TRANSLATE_NOOP("Undo", "Change Horizontal Offset")));
    number(tr("Vertical offset"), ThemeNumber::OffsetY, themeMemberPointer(ThemeMember::OffsetY),
           UndoName(QT_TRANSLATE_NOOP("Undo", "Change Vertical Offset")));
    return shape;
}

bool ThemeDock::focusPointer(const std::string &pointer)
{
    return m_editors.reveal(pointer, this);
}

QStringList ThemeDock::contrastReport() const
{
    QStringList lines;
    for (const QLabel *l : m_contrastLabels)
        lines << l->accessibleName();
    return lines;
}

} // namespace callstudio
