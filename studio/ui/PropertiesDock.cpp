#include "PropertiesDock.h"

#include "contract/DesignPointers.h"
#include "properties/BlockPage.h"
#include "properties/WidgetPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace callstudio {

PropertiesDock::PropertiesDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_locale(document->design().defaultLocale)
{
    setObjectName(QStringLiteral("propertiesDock"));
    connect(m_document, &DesignDocument::changed, this, [this] {
        if (shape() != m_shape)
            rebuild();
        else
            m_editors.refreshAll();
    });
    // Another design: the drafts typed into the old one's fields go with it.
    connect(m_document, &DesignDocument::startedOver, this, [this] { m_drafts.clear(); });
    connect(&m_drafts, &DraftStore::changed, this, &PropertiesDock::unappliedInputChanged);
    retranslate();
}

void PropertiesDock::retranslate()
{
    setWindowTitle(tr("Properties"));
    rebuild();
}

void PropertiesDock::setSelection(WidgetState state, const QString &blockId)
{
    if (state == m_state && blockId == m_blockId)
        return;
    m_state = state;
    m_blockId = blockId;
    rebuild();
}

void PropertiesDock::setEditingLocale(const QString &locale)
{
    m_locale = locale.toStdString();
    rebuild();
}

const Block *PropertiesDock::shownBlock() const
{
    return m_blockId.isEmpty() ? nullptr : m_document->block(m_blockId);
}

std::string PropertiesDock::shape() const
{
    // What decides which rows exist; values alone are refreshed in place.
    const WidgetDesign &d = m_document->design();
    std::string s = m_locale + "|" + d.defaultLocale + "|";
    for (const auto &l : d.locales)
        s += l + ",";
    if (const Block *b = shownBlock()) {
        s += "|" + b->id + "|" + blockKindName(b->kind) + "|" + std::to_string(b->form.fields.size());
        for (const auto &f : b->form.fields)
            s += fieldTypeName(f.type);
        s += b->form.consent ? "c" : "-";
        s += b->survey.commentEnabled ? "C" : "-";
    } else {
        s += std::string("|state|") + stateName(m_state);
    }
    return s;
}

bool PropertiesDock::focusPointer(const std::string &pointer)
{
    return m_editors.reveal(pointer, this);
}

QWidget *PropertiesDock::editorFor(const std::string &pointer) const
{
    return m_editors.editorFor(pointer);
}

void PropertiesDock::rebuild()
{
    // The editor with the focus comes back focused in the new page (a type change rebuilds).
    const std::string focusedPointer = m_editors.focusedPointer();
    m_editors.clear();
    m_shape = shape();
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    const PageContext context{m_document, m_editors, m_locale, this, m_drafts, m_blockId};
    if (const Block *b = shownBlock())
        buildBlockPage(context, form, *b);
    else
        WidgetPage(context, m_state).build(form);
    // Editors keep a usable width; a label too long beside them moves above them instead.
    for (QWidget *editor : page->findChildren<QWidget *>())
        if (qobject_cast<QLineEdit *>(editor) || qobject_cast<QPlainTextEdit *>(editor)
            || qobject_cast<QComboBox *>(editor))
            editor->setMinimumWidth(180);
    installDockPage(this, page);
    m_editors.refreshAll();
    m_editors.focus(focusedPointer);
}

std::vector<Problem> PropertiesDock::unappliedInput() const
{
    // A draft's place: the design's pointer on the widget page, the block's plus the tail on a block page.
    const auto placeOf = [this](const QString &subject, const std::string &tail) -> std::string {
        if (subject.isEmpty())
            return tail;
        for (WidgetState state : kAllStates) {
            const auto &blocks = m_document->design().state(state).blocks;
            for (size_t i = 0; i < blocks.size(); ++i)
                if (blocks[i].id == subject.toStdString())
                    return blockJsonPointer(state, i).to_string() + tail;
        }
        return {};
    };
    constexpr int kShownChars = 80; // the typed value is quoted, cut
    std::vector<Problem> problems;
    for (auto it = m_drafts.all().cbegin(); it != m_drafts.all().cend(); ++it) {
        const Draft &d = it.value();
        const QString typed = d.typed.size() > kShownChars ? d.typed.left(kShownChars) + QChar(0x2026) : d.typed;
        Problem p;
        p.severity = Severity::Error;
        p.code = "input.not-applied";
        p.message = tr("%1: \u201c%2\u201d was not applied: %3").arg(d.label, typed, d.reason).toStdString();
        p.pointer = placeOf(DraftStore::subjectOf(it.key()), DraftStore::pointerOf(it.key()));
        problems.push_back(std::move(p));
    }
    return problems;
}

} // namespace callstudio
