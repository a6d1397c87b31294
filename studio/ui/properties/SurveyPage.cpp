#include "SurveyPage.h"

#include "commands/DesignProperties.h"
#include "contract/DesignPointers.h"
#include "ui/PropertiesDock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace callstudio {

SurveyPage::SurveyPage(const PageContext &context, const QString &blockId)
    : PropertyPage(context)
{
    DesignDocument *document = m_document;
    m_surveyOf = [document, blockId]() -> const SurveySpec * {
        const Block *b = document->block(blockId);
        return b ? &b->survey : nullptr;
    };
    m_editSurvey = [document, blockId, surveyOf = m_surveyOf](const std::string &part,
                                                              const std::function<void(SurveySpec &)> &edit) {
        const SurveySpec *s = surveyOf();
        if (!s)
            return;
        SurveySpec copy = *s;
        edit(copy);
        pushChange(document, property::blockSurvey(blockId, part), copy,
                   UndoName(QT_TRANSLATE_NOOP("Undo", "Edit Survey")));
    };
}

void SurveyPage::build(QFormLayout *form, const SurveySpec &survey)
{
    addText(form, callstudio::PropertiesDock::tr("Question"), surveyMemberPointer(SurveyMember::Question).to_string(),
            &SurveySpec::question);
    m_editors.add(surveyMemberPointer(SurveyMember::Scale).to_string(),
                  addScale(form, callstudio::PropertiesDock::tr("Lowest rating"), &SurveySpec::scaleMin, 0, 1));
    addScale(form, callstudio::PropertiesDock::tr("Highest rating"), &SurveySpec::scaleMax, 2, 10);
    addStyle(form);
    addComment(form);
    if (survey.commentEnabled) {
        addText(form, callstudio::PropertiesDock::tr("Comment label"),
                surveyMemberPointer(SurveyMember::CommentLabel).to_string(), &SurveySpec::commentLabel);
        addText(form, callstudio::PropertiesDock::tr("Comment placeholder"),
                surveyMemberPointer(SurveyMember::CommentPlaceholder).to_string(), &SurveySpec::commentPlaceholder);
    }
    addText(form, callstudio::PropertiesDock::tr("Send button"),
            surveyMemberPointer(SurveyMember::SubmitLabel).to_string(), &SurveySpec::submitLabel);
    addText(form, callstudio::PropertiesDock::tr("Thank-you text"),
            surveyMemberPointer(SurveyMember::Thanks).to_string(), &SurveySpec::thanks);
}

void SurveyPage::addText(QFormLayout *form, const QString &label, const std::string &pointer,
                         LocalizedText SurveySpec::*member)
{
    addTextRow(
        form, label, pointer,
        [surveyOf = m_surveyOf, member]() -> const LocalizedText * {
            const SurveySpec *s = surveyOf();
            return s ? &(s->*member) : nullptr;
        },
        [editSurvey = m_editSurvey, pointer, member](const LocalizedText &t) {
            editSurvey(pointer, [&](SurveySpec &s) { s.*member = t; });
        });
}

QSpinBox *SurveyPage::addScale(QFormLayout *form, const QString &label, int SurveySpec::*member, int lowest,
                               int highest)
{
    auto *spin = new QSpinBox;
    spin->setRange(lowest, highest);
    spin->setAccessibleName(label);
    QObject::connect(
        spin, QOverload<int>::of(&QSpinBox::valueChanged), m_receiver,
        [editSurvey = m_editSurvey, member](int v) { editSurvey("scale", [&](SurveySpec &s) { s.*member = v; }); });
    m_editors.onRefresh([spin, surveyOf = m_surveyOf, member] {
        if (const SurveySpec *s = surveyOf()) {
            const QSignalBlocker blocker(spin);
            spin->setValue(s->*member);
        }
    });
    form->addRow(label, spin);
    return spin;
}

void SurveyPage::addStyle(QFormLayout *form)
{
    auto *style = new QComboBox;
    style->addItem(callstudio::PropertiesDock::tr("Stars"), static_cast<int>(RatingStyle::Stars));
    style->addItem(callstudio::PropertiesDock::tr("Numbers"), static_cast<int>(RatingStyle::Numbers));
    style->setAccessibleName(callstudio::PropertiesDock::tr("Rating style"));
    QObject::connect(style, QOverload<int>::of(&QComboBox::activated), m_receiver, [editSurvey = m_editSurvey, style] {
        const auto v = static_cast<RatingStyle>(style->currentData().toInt());
        editSurvey("style", [&](SurveySpec &s) { s.style = v; });
    });
    m_editors.onRefresh([style, surveyOf = m_surveyOf] {
        if (const SurveySpec *s = surveyOf())
            style->setCurrentIndex(style->findData(static_cast<int>(s->style)));
    });
    form->addRow(callstudio::PropertiesDock::tr("Rating style"), style);
}

void SurveyPage::addComment(QFormLayout *form)
{
    auto *comment = new QCheckBox(callstudio::PropertiesDock::tr("Ask for a comment"));
    DesignDocument *document = m_document;
    QObject::connect(comment, &QCheckBox::toggled, m_receiver, [document, editSurvey = m_editSurvey](bool on) {
        editSurvey("comment", [&](SurveySpec &s) {
            s.commentEnabled = on;
            if (on && s.commentLabel.isEmpty())
                s.commentLabel.set(document->design().defaultLocale,
                                   callstudio::PropertiesDock::tr("Anything else?").toStdString());
        });
    });
    m_editors.onRefresh([comment, surveyOf = m_surveyOf] {
        if (const SurveySpec *s = surveyOf()) {
            const QSignalBlocker blocker(comment);
            comment->setChecked(s->commentEnabled);
        }
    });
    form->addRow(QString(), comment);
}

} // namespace callstudio
