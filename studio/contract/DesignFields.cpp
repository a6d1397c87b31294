#include "DesignFields.h"

#include "contract/ThemeColorKeys.h"

#include <utility>

namespace callstudio {

namespace {

// One depth-first walk in the file's order (DesignJson's); `m_pointer` grows and shrinks
// with it, so a field's pointer costs no copy.
class FieldWalk
{
public:
    explicit FieldWalk(const FieldVisitor &visit)
        : m_visit(visit)
    {
    }

    void design(const WidgetDesign &d)
    {
        value("appId", FieldKind::Id, FieldRole::AppId, d.appId);
        value("name", FieldKind::PlainText, FieldRole::Name, d.name);
        enter("locales", [&] {
            value("default", FieldKind::LocaleCode, FieldRole::DefaultLocale, d.defaultLocale);
            enter("available", [&] {
                for (size_t i = 0; i < d.locales.size(); ++i)
                    value(i, FieldKind::LocaleCode, FieldRole::AvailableLocale, d.locales[i]);
            });
        });
        enter("theme", [&] {
            enter("colors", [&] {
                for (const auto &color : kThemeColorKeys)
                    value(color.key, FieldKind::Color, FieldRole::ThemeColor, d.theme.colors.*color.member);
            });
            value("fontFamily", FieldKind::PlainText, FieldRole::FontFamily, d.theme.fontFamily);
        });
        enter("states", [&] {
            for (auto s : kAllStates)
                enter(stateName(s), [&] { enter("blocks", [&] { blocks(s, d.state(s).blocks); }); });
        });
        enter("errorMessages", [&] {
            for (auto code : kAllCallErrorCodes)
                if (auto it = d.errorMessages.find(code); it != d.errorMessages.end()) {
                    m_field.errorCode = code;
                    text(callErrorCodeName(code), FieldRole::ErrorMessage, it->second);
                    m_field.errorCode.reset();
                }
        });
        enter("businessHours", [&] { businessHours(d.businessHours); });
        enter("urlContext", [&] {
            for (const auto &[key, sample] : d.urlContext) {
                m_field.valueIsMemberName = true;
                value(key, FieldKind::Key, FieldRole::ContextKey, key);
                m_field.valueIsMemberName = false;
                value(key, FieldKind::PlainText, FieldRole::ContextValue, sample);
            }
        });
        enter("customCode", [&] {
            value("headHtml", FieldKind::Html, FieldRole::HeadHtml, d.customCode.headHtml);
            value("bodyEndHtml", FieldKind::Html, FieldRole::BodyEndHtml, d.customCode.bodyEndHtml);
        });
        enter("routing", [&] {
            if (d.routing.destinationId)
                value("destinationId", FieldKind::PlainText, FieldRole::DestinationId, *d.routing.destinationId);
            if (d.routing.routingKey)
                value("routingKey", FieldKind::PlainText, FieldRole::RoutingKey, *d.routing.routingKey);
        });
    }

private:
    template <typename Token, typename Inside> void enter(const Token &token, Inside inside)
    {
        push(token);
        inside();
        m_pointer.pop_back();
    }

    void push(const std::string &token) { m_pointer.push_back(token); }
    void push(const char *token) { m_pointer.push_back(token); }
    void push(size_t index) { m_pointer.push_back(std::to_string(index)); }

    template <typename Token> void value(const Token &token, FieldKind kind, FieldRole role, const std::string &v)
    {
        enter(token, [&] {
            DesignField f{m_field};
            f.kind = kind;
            f.role = role;
            f.value = &v;
            m_visit(f);
        });
    }

    template <typename Token> void text(const Token &token, FieldRole role, const LocalizedText &t)
    {
        enter(token, [&] {
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
            enter(i, [&] { block(list[i]); });
        }
        m_field.block = nullptr;
        m_field.state.reset();
    }

    void block(const Block &b)
    {
        const auto uses = blockKindUses(b.kind);
        value("id", FieldKind::Id, FieldRole::BlockId, b.id);
        if (uses.text)
            text("text", FieldRole::BlockText, b.text);
        if (uses.activeText)
            text("activeText", FieldRole::BlockActiveText, b.activeText);
        if (uses.url) {
            m_field.urlUse = urlUseOf(b.kind).value_or(UrlUse::Link);
            value("url", FieldKind::Url, FieldRole::BlockUrl, b.url);
        }
        if (uses.linkLabel)
            text("linkLabel", FieldRole::BlockLinkLabel, b.linkLabel);
        if (uses.altText)
            text("alt", FieldRole::BlockAltText, b.altText);
        if (uses.form)
            enter("form", [&] { form(b.form); });
        if (uses.survey)
            enter("survey", [&] { survey(b.survey); });
    }

    void form(const PreCallForm &form)
    {
        enter("fields", [&] {
            for (size_t i = 0; i < form.fields.size(); ++i) {
                const FormField &f = form.fields[i];
                m_field.formField = &f;
                enter(i, [&] {
                    value("key", FieldKind::Key, FieldRole::FormFieldKey, f.key);
                    text("label", FieldRole::FormFieldLabel, f.label);
                    text("placeholder", FieldRole::FormFieldPlaceholder, f.placeholder);
                    if (f.type == FieldType::Select)
                        enter("options", [&] { options(f.options); });
                });
            }
            m_field.formField = nullptr;
        });
        if (form.consent)
            enter("consent", [&] { text("label", FieldRole::ConsentLabel, form.consent->label); });
    }

    void options(const std::vector<SelectOption> &list)
    {
        for (size_t i = 0; i < list.size(); ++i) {
            m_field.option = &list[i];
            enter(i, [&] {
                value("value", FieldKind::PlainText, FieldRole::OptionValue, list[i].value);
                text("label", FieldRole::OptionLabel, list[i].label);
            });
        }
        m_field.option = nullptr;
    }

    void survey(const SurveySpec &s)
    {
        text("question", FieldRole::SurveyQuestion, s.question);
        enter("comment", [&] {
            text("label", FieldRole::SurveyCommentLabel, s.commentLabel);
            text("placeholder", FieldRole::SurveyCommentPlaceholder, s.commentPlaceholder);
        });
        text("submitLabel", FieldRole::SurveySubmitLabel, s.submitLabel);
        text("thanks", FieldRole::SurveyThanks, s.thanks);
    }

    void windows(const std::vector<TimeWindow> &list)
    {
        for (size_t i = 0; i < list.size(); ++i)
            enter(i, [&] {
                value("open", FieldKind::Time, FieldRole::WindowOpen, list[i].open);
                value("close", FieldKind::Time, FieldRole::WindowClose, list[i].close);
            });
    }

    void businessHours(const BusinessHours &h)
    {
        value("timezone", FieldKind::TimeZone, FieldRole::TimeZone, h.timezone);
        enter("weekly", [&] {
            for (int day = 0; day < 7; ++day)
                enter(weekdayName(day), [&] { windows(h.weekly[static_cast<size_t>(day)]); });
        });
        enter("exceptions", [&] {
            for (size_t i = 0; i < h.exceptions.size(); ++i) {
                const HoursException &e = h.exceptions[i];
                m_field.hours = &e;
                enter(i, [&] {
                    value("date", FieldKind::Date, FieldRole::ExceptionDate, e.date);
                    if (!e.closed)
                        enter("windows", [&] { windows(e.windows); });
                    text("label", FieldRole::ExceptionLabel, e.label);
                });
            }
            m_field.hours = nullptr;
        });
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

JsonPointer stateBlocksPointer(WidgetState state)
{
    return JsonPointer() / "states" / stateName(state) / "blocks";
}

JsonPointer blockJsonPointer(WidgetState state, size_t index)
{
    return stateBlocksPointer(state) / index;
}

JsonPointer contextEntryPointer(const std::string &key)
{
    return JsonPointer() / "urlContext" / key;
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
    place.inSection = pointerOfTokens({tokens.begin() + 1, tokens.end()});
    if (place.section != "states" || tokens.size() < 2)
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
