// The survey block's editors: question, rating scale and style, the optional comment,
// the send button and the thank-you text.
#pragma once

#include "PropertyPage.h"

class QFormLayout;
class QSpinBox;

namespace callstudio {

class SurveyPage : public PropertyPage
{
public:
    SurveyPage(const PageContext &context, const QString &blockId);

    void build(QFormLayout *form, const SurveySpec &survey);

private:
    using EditSurvey = std::function<void(const std::string &part, const std::function<void(SurveySpec &)> &edit)>;

    void addText(QFormLayout *form, const QString &label, const std::string &pointer,
                 LocalizedText SurveySpec::*member);
    QSpinBox *addScale(QFormLayout *form, const QString &label, int SurveySpec::*member, int lowest, int highest);
    void addStyle(QFormLayout *form);
    void addComment(QFormLayout *form);

    std::function<const SurveySpec *()> m_surveyOf;
    EditSurvey m_editSurvey;
};

} // namespace callstudio
