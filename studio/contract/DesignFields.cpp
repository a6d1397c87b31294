#include "DesignFields.h"

#include "contract/DesignPointers.h"
#include "contract/ThemeColorKeys.h"

#include <utility>

namespace callstudio {

namespace {

// One depth-first walk in the file's order (DesignJson's). Every pointer comes from
// DesignPointers.h, relative to where the walk stands (the root, or a block).
class FieldWalk
{
public:
    explicit FieldWalk(const FieldVisitor &visit)
        : m_visit(visit)
    {
    }

    void design(const WidgetDesign &d)
    {
        value(designMemberPointer(DesignMember::AppId), FieldKind::Id, FieldRole::AppId, d.appId);
        value(designMemberPointer(DesignMember::Name), FieldKind::PlainText, FieldRole::Name, d.name);
        value(designMemberPointer(DesignMember::DefaultLocale), FieldKind::LocaleCode, FieldRole::DefaultLocale,
              d.defaultLocale);
        for (size_t i = 0; i < d.locales.size(); ++i)
            value(availableLocalePointer(i), FieldKind::LocaleCode, FieldRole::AvailableLocale, d.locales[i]);
        for (const auto &color : kThemeColorKeys)
            value(themeColorPointer(color.key), FieldKind::Color, FieldRole::ThemeColor, d.theme.colors.*color.member);
        value(themeMemberPointer(ThemeMember::FontFamily), FieldKind::PlainText, FieldRole::FontFamily,
              d.theme.fontFamily);
        for (auto s : kAllStates)
            blocks(s, d.state(s).blocks);
        for (auto code : kAllCallErrorCodes)
            if (auto it = d.errorMessages.find(code); it != d.errorMessages.end()) {
                m_field.errorCode = code;
                text(errorMessagePointer(code), FieldRole::ErrorMessage, it->second);
                m_field.errorCode.reset();
            }
        businessHours(d.businessHours);
        for (const auto &[key, sample] : d.urlContext) {
            m_field.valueIsMemberName = true;
            value(contextEntryPointer(key), FieldKind::Key, FieldRole::ContextKey, key);
            m_field.valueIsMemberName = false;
            value(contextEntryPointer(key), FieldKind::PlainText, FieldRole::ContextValue, sample);
        }
        value(customCodePointer(CustomCodeMember::HeadHtml), FieldKind::Html, FieldRole::HeadHtml,
              d.customCode.headHtml);
        value(customCodePointer(CustomCodeMember::BodyEndHtml), FieldKind::Html, FieldRole::BodyEndHtml,
              d.customCode.bodyEndHtml);
        if (d.routing.destinationId)
            value(designMemberPointer(DesignMember::DestinationId), FieldKind::PlainText, FieldRole::DestinationId,
                  *d.routing.destinationId);
        if (d.routing.routingKey)
            value(designMemberPointer(DesignMember::RoutingKey), FieldKind::PlainText, FieldRole::RoutingKey,
                  *d.routing.routingKey);
    }

private:
    // Runs `inside` with the walk standing at `relative` below where it stands now.
    template <typename Inside> void enter(const JsonPointer &relative, Inside inside)
    {
        const JsonPointer outer = m_pointer;
        m_pointer /= relative;
        inside();
        m_pointer = outer;
    }

    void value(const JsonPointer &at, FieldKind kind, FieldRole role, const std::string &v)
    {
        enter(at, [&] {
            DesignField f{m_field};
            f.kind = kind;
            f.role = role;
            f.value = &v;
            m_visit(f);
        });
    }

    void text(const JsonPointer &at, FieldRole role, const LocalizedText &t)
    {
        enter(at, [&] {
            DesignField f{m_field};
            f.kind = FieldKind::LocalizedText;
            f.role = role;
            f.text = &t;
            m_visit(f);
        });
    }

    void blocks(WidgetState state, const std::vector<Block> &list)
    {
        m_field.state = state;
        for (size_t i = 0; i < list.size(); ++i) {
            m_field.block = &list[i];
            m_field.blockIndex = i;
            enter(blockJsonPointer(state, i), [&] { block(list[i]); });
        }
        m_field.block = nullptr;
        m_field.state.reset();
    }

    void block(const Block &b)
    {
        const auto uses = blockKindUses(b.kind);
        value(blockMemberPointer(BlockMember::Id), FieldKind::Id, FieldRole::BlockId, b.id);
        if (uses.text)
            text(blockMemberPointer(BlockMember::Text), FieldRole::BlockText, b.text);
        if (uses.activeText)
            text(blockMemberPointer(BlockMember::ActiveText), FieldRole::BlockActiveText, b.activeText);
        if (uses.url) {
            m_field.urlUse = urlUseOf(b.kind).value_or(UrlUse::Link);
            value(blockMemberPointer(BlockMember::Url), FieldKind::Url, FieldRole::BlockUrl, b.url);
        }
        if (uses.linkLabel)
            text(blockMemberPointer(BlockMember::LinkLabel), FieldRole::BlockLinkLabel, b.linkLabel);
        if (uses.altText)
            text(blockMemberPointer(BlockMember::AltText), FieldRole::BlockAltText, b.altText);
        if (uses.form)
            form(b.form);
        if (uses.survey)
            survey(b.survey);
    }

    void form(const PreCallForm &form)
    {
        for (size_t i = 0; i < form.fields.size(); ++i) {
            const FormField &f = form.fields[i];
            m_field.formField = &f;
            value(formFieldPointer(i, FormFieldMember::Key), FieldKind::Key, FieldRole::FormFieldKey, f.key);
            text(formFieldPointer(i, FormFieldMember::Label), FieldRole::FormFieldLabel, f.label);
            text(formFieldPointer(i, FormFieldMember::Placeholder), FieldRole::FormFieldPlaceholder, f.placeholder);
            if (f.type == FieldType::Select)
                options(i, f.options);
        }
        m_field.formField = nullptr;
        if (form.consent)
            text(consentLabelPointer(), FieldRole::ConsentLabel, form.consent->label);
    }

    void options(size_t field, const std::vector<SelectOption> &list)
    {
        for (size_t i = 0; i < list.size(); ++i) {
            m_field.option = &list[i];
            value(formOptionPointer(field, i, OptionMember::Value), FieldKind::PlainText, FieldRole::OptionValue,
                  list[i].value);
            text(formOptionPointer(field, i, OptionMember::Label), FieldRole::OptionLabel, list[i].label);
        }
        m_field.option = nullptr;
    }

    void survey(const SurveySpec &s)
    {
        text(surveyMemberPointer(SurveyMember::Question), FieldRole::SurveyQuestion, s.question);
        text(surveyMemberPointer(SurveyMember::CommentLabel), FieldRole::SurveyCommentLabel, s.commentLabel);
        text(surveyMemberPointer(SurveyMember::CommentPlaceholder), FieldRole::SurveyCommentPlaceholder,
             s.commentPlaceholder);
        text(surveyMemberPointer(SurveyMember::SubmitLabel), FieldRole::SurveySubmitLabel, s.submitLabel);
        text(surveyMemberPointer(SurveyMember::Thanks), FieldRole::SurveyThanks, s.thanks);
    }

    void windows(const JsonPointer &at, const std::vector<TimeWindow> &list)
    {
        for (size_t i = 0; i < list.size(); ++i) {
            value(hoursWindowPointer(at, i, WindowEnd::Open), FieldKind::Time, FieldRole::WindowOpen, list[i].open);
            value(hoursWindowPointer(at, i, WindowEnd::Close), FieldKind::Time, FieldRole::WindowClose, list[i].close);
        }
    }

    void businessHours(const BusinessHours &h)
    {
        value(hoursMemberPointer(HoursMember::TimeZone), FieldKind::TimeZone, FieldRole::TimeZone, h.timezone);
        for (int day = 0; day < 7; ++day)
            windows(weekdayWindowsPointer(day), h.weekly[static_cast<size_t>(day)]);
        for (size_t i = 0; i < h.exceptions.size(); ++i) {
            const HoursException &e = h.exceptions[i];
            m_field.hours = &e;
            value(exceptionPointer(i, ExceptionMember::Date), FieldKind::Date, FieldRole::ExceptionDate, e.date);
            if (!e.closed)
                windows(exceptionPointer(i, ExceptionMember::Windows), e.windows);
            text(exceptionPointer(i, ExceptionMember::Label), FieldRole::ExceptionLabel, e.label);
        }
        m_field.hours = nullptr;
    }

    const FieldVisitor &m_visit;
    JsonPointer m_pointer;
    DesignField m_field{m_pointer}; // the context of the fields below the current position
};

} // namespace

void forEachField(const WidgetDesign &design, const FieldVisitor &visit)
{
    FieldWalk(visit).design(design);
}

void forEachText(WidgetDesign &design, const std::function<void(LocalizedText &, const JsonPointer &)> &visit)
{
    forEachField(std::as_const(design), [&](const DesignField &f) {
        // The walk is written once, for a const design; `design` itself is not const.
        if (f.text)
            visit(const_cast<LocalizedText &>(*f.text), f.pointer);
    });
}

DesignPlace placeOf(const std::string &pointer)
{
    DesignPlace place;
    const auto parsed = parsePointer(pointer);
    if (!parsed)
        return place;
    const auto tokens = pointerTokens(*parsed);
    if (tokens.empty())
        return place;
    place.section = tokens[0];
    place.area = sectionNamed(place.section);
    place.inSection = pointerOfTokens({tokens.begin() + 1, tokens.end()});
    if (place.area != DesignSection::States || tokens.size() < 2)
        return place;
    place.state = stateFromName(tokens[1]);
    if (!place.state || tokens.size() < 4 || tokens[2] != "blocks")
        return place;
    const std::string &index = tokens[3];
    if (index.empty() || index.size() > 9 || index.find_first_not_of("0123456789") != std::string::npos)
        return place;
    place.blockIndex = std::stoul(index);
    place.inBlock = pointerOfTokens({tokens.begin() + 4, tokens.end()});
    return place;
}

} // namespace callstudio
