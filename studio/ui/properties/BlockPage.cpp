#include "BlockPage.h"

#include "FormPage.h"
#include "SurveyPage.h"
#include "checks/OperatorNames.h"
#include "commands/DesignProperties.h"
#include "contract/DesignPointers.h"
#include "contract/UrlPolicy.h"
#include "ui/PropertiesDock.h"
#include "ui/PropertyBinding.h"
#include "ui/ReadyTexts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

namespace callstudio {

namespace {

class BlockPage : public PropertyPage
{
public:
    BlockPage(const PageContext &context, QFormLayout *form, const Block &block)
        : PropertyPage(context)
        , m_context(context)
        , m_form(form)
        , m_block(block)
        , m_id(QString::fromStdString(block.id))
    {
    }

    void build();

private:
    void textPage(); // heading, paragraph and call timer
    void disclosurePage();
    void buttonPage(); // call, hang up and mute
    void linkPage();
    void imagePage();
    void spacerPage();

    void addText(const QString &label, BlockTextRole role, const std::string &pointer, bool multiline = false);
    void addReadyTexts();
    void addUrl(UrlUse use, bool optional, const QString &label);
    void addAlignment();
    void addSize(const QString &label);

    const PageContext &m_context;
    QFormLayout *m_form;
    const Block &m_block;
    const QString m_id;
};

namespace {
// The schemes the schema allows for `use`, as the editor names them: "https:, mailto:, tel:".
QString schemeList(UrlUse use)
{
    QStringList schemes;
    for (const std::string &scheme : allowedUrlSchemes(use))
        schemes << QString::fromStdString(scheme) + QLatin1Char(':');
    return schemes.join(QLatin1String(", "));
}
} // namespace

void BlockPage::build()
{
    m_form->addRow(
        new QLabel(callstudio::PropertiesDock::tr("<b>%1</b> · %2")
                       .arg(blockKindTitle(m_block.kind), QString::fromStdString(m_block.id).toHtmlEscaped())));
    switch (m_block.kind) {
    case BlockKind::Heading:
    case BlockKind::Paragraph:
    case BlockKind::CallTimer:
        return textPage();
    case BlockKind::Disclosure:
        return disclosurePage();
    case BlockKind::CallButton:
    case BlockKind::HangupButton:
    case BlockKind::MuteButton:
        return buttonPage();
    case BlockKind::Link:
        return linkPage();
    case BlockKind::Image:
        return imagePage();
    case BlockKind::Spacer:
        return spacerPage();
    case BlockKind::PreCallForm:
        addAlignment();
        return FormPage(m_context, m_id).build(m_form, m_block.form);
    case BlockKind::Survey:
        addAlignment();
        return SurveyPage(m_context, m_id).build(m_form, m_block.survey);
    }
}

void BlockPage::textPage()
{
    const bool timer = m_block.kind == BlockKind::CallTimer;
    addText(timer ? callstudio::PropertiesDock::tr("Prefix") : callstudio::PropertiesDock::tr("Text"),
            BlockTextRole::Text, blockMemberPointer(BlockMember::Text).to_string(),
            m_block.kind == BlockKind::Paragraph);
    addAlignment();
    if (m_block.kind != BlockKind::Heading)
        return;
    auto *level =
        bindNumber(m_editors, m_document, blockMemberPointer(BlockMember::Level).to_string(), 1, 3,
                   property::blockHeadingLevel(m_id), UndoName(QT_TRANSLATE_NOOP("Undo", "Change Heading Level")));
    level->setAccessibleName(callstudio::PropertiesDock::tr("Heading level"));
    level->setToolTip(callstudio::PropertiesDock::tr("1 is the largest heading"));
    m_form->addRow(callstudio::PropertiesDock::tr("Heading level"), level);
}

void BlockPage::disclosurePage()
{
    addText(callstudio::PropertiesDock::tr("Text"), BlockTextRole::Text,
            blockMemberPointer(BlockMember::Text).to_string(), true);
    addReadyTexts();
    addUrl(UrlUse::PrivacyNotice, true, callstudio::PropertiesDock::tr("Privacy notice address"));
    addText(callstudio::PropertiesDock::tr("Privacy link label"), BlockTextRole::LinkLabel,
            blockMemberPointer(BlockMember::LinkLabel).to_string());
    addAlignment();
}

void BlockPage::buttonPage()
{
    addText(callstudio::PropertiesDock::tr("Text"), BlockTextRole::Text,
            blockMemberPointer(BlockMember::Text).to_string());
    if (m_block.kind == BlockKind::MuteButton)
        addText(callstudio::PropertiesDock::tr("Label while muted"), BlockTextRole::ActiveText,
                blockMemberPointer(BlockMember::ActiveText).to_string());
    addAlignment();
    auto *variant = bindChoice<ButtonVariant>(
        m_editors, m_document, blockMemberPointer(BlockMember::Variant).to_string(),
        {{callstudio::PropertiesDock::tr("Primary"), ButtonVariant::Primary},
         {callstudio::PropertiesDock::tr("Secondary"), ButtonVariant::Secondary}},
        property::blockVariant(m_id), UndoName(QT_TRANSLATE_NOOP("Undo", "Change Button Style")));
    variant->setAccessibleName(callstudio::PropertiesDock::tr("Button style"));
    m_form->addRow(callstudio::PropertiesDock::tr("Button style"), variant);
}

void BlockPage::linkPage()
{
    addText(callstudio::PropertiesDock::tr("Text"), BlockTextRole::Text,
            blockMemberPointer(BlockMember::Text).to_string());
    addUrl(UrlUse::Link, false, callstudio::PropertiesDock::tr("Link address"));
    addAlignment();
}

void BlockPage::imagePage()
{
    addUrl(UrlUse::Image, false, callstudio::PropertiesDock::tr("Image address"));
    addText(callstudio::PropertiesDock::tr("Alternative text"), BlockTextRole::AltText,
            blockMemberPointer(BlockMember::AltText).to_string());
    addAlignment();
    addSize(callstudio::PropertiesDock::tr("Width"));
}

void BlockPage::spacerPage()
{
    addAlignment();
    addSize(callstudio::PropertiesDock::tr("Height"));
}

void BlockPage::addText(const QString &label, BlockTextRole role, const std::string &pointer, bool multiline)
{
    DesignDocument *document = m_document;
    const QString id = m_id;
    addTextRow(
        m_form, label, pointer,
        [document, id, role]() -> const LocalizedText * {
            const Block *b = document->block(id);
            return b ? &callstudio::blockText(*b, role) : nullptr;
        },
        [document, id, role](const LocalizedText &t) {
            pushChange(document, property::blockText(id, role), t, UndoName(QT_TRANSLATE_NOOP("Undo", "Change Text")));
        },
        multiline);
}

void BlockPage::addReadyTexts()
{
    auto *button = new QToolButton;
    button->setText(callstudio::PropertiesDock::tr("Ready texts"));
    button->setToolTip(
        callstudio::PropertiesDock::tr("Replace the text in the editing locale with a ready consent wording"));
    button->setAccessibleName(callstudio::PropertiesDock::tr("Ready texts"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    DesignDocument *document = m_document;
    const QString id = m_id;
    const std::string locale = m_locale;
    for (ReadyText which : kAllReadyTexts) {
        const QString title = which == ReadyText::RecordingNotice ? callstudio::PropertiesDock::tr("Recording notice")
                              : which == ReadyText::ProcessingNotice
                                  ? callstudio::PropertiesDock::tr("Processing notice")
                                  : callstudio::PropertiesDock::tr("Regulated-industry disclosure");
        menu->addAction(title, m_receiver, [document, id, locale, which] {
            const Block *b = document->block(id);
            if (!b)
                return;
            LocalizedText t = b->text;
            t.set(locale, readyText(which, locale));
            pushChange(document, property::blockText(id, BlockTextRole::Text), t,
                       UndoName(QT_TRANSLATE_NOOP("Undo", "Use Ready Text")));
        });
    }
    button->setMenu(menu);
    m_form->addRow(QString(), button);
}

void BlockPage::addUrl(UrlUse use, bool optional, const QString &label)
{
    DesignDocument *document = m_document;
    const QString id = m_id;
    auto *edit = addCheckedLineRow(
        m_form, label, blockMemberPointer(BlockMember::Url).to_string(),
        [document, id]() {
            const Block *b = document->block(id);
            return b ? b->url : std::string();
        },
        [use, optional](const QString &text) -> QString {
            if (text.isEmpty())
                return optional ? QString() : callstudio::PropertiesDock::tr("An address is required");
            if (!isAllowedUrl(text.toStdString(), use))
                //: %1 lists the schemes the address may use, e.g. "https:, mailto:, tel:".
                return callstudio::PropertiesDock::tr("Use an address that starts with %1").arg(schemeList(use));
            return {};
        },
        [document, id](const std::string &url) {
            pushChange(document, property::blockUrl(id), url, UndoName(QT_TRANSLATE_NOOP("Undo", "Change Address")));
        },
        RefusedValue::Store); // a design may hold any address: the checks name what is wrong with it
    //: %1 lists the schemes the address may use, e.g. "https:, mailto:, tel:".
    edit->setToolTip(callstudio::PropertiesDock::tr("Allowed: %1").arg(schemeList(use)));
    edit->setPlaceholderText(QStringLiteral("https://"));
}

void BlockPage::addAlignment()
{
    auto *align =
        bindChoice<Alignment>(m_editors, m_document, blockMemberPointer(BlockMember::Align).to_string(),
                              {{callstudio::PropertiesDock::tr("Start"), Alignment::Start},
                               {callstudio::PropertiesDock::tr("Centre"), Alignment::Center},
                               {callstudio::PropertiesDock::tr("End"), Alignment::End}},
                              property::blockAlignment(m_id), UndoName(QT_TRANSLATE_NOOP("Undo", "Change Alignment")));
    align->setAccessibleName(callstudio::PropertiesDock::tr("Alignment"));
    m_form->addRow(callstudio::PropertiesDock::tr("Alignment"), align);
}

void BlockPage::addSize(const QString &label)
{
    auto *size = bindNumber(m_editors, m_document, blockMemberPointer(BlockMember::Size).to_string(), 0, 640,
                            property::blockSize(m_id), UndoName(QT_TRANSLATE_NOOP("Undo", "Change Size")));
    size->setSuffix(callstudio::PropertiesDock::tr(" px"));
    size->setAccessibleName(label);
    if (m_block.kind == BlockKind::Image)
        size->setSpecialValueText(callstudio::PropertiesDock::tr("Natural size"));
    m_form->addRow(label, size);
}

} // namespace

void buildBlockPage(const PageContext &context, QFormLayout *form, const Block &block)
{
    BlockPage(context, form, block).build();
}

} // namespace callstudio
