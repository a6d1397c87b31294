#include "DesignJson.h"

#include "contract/ThemeColorKeys.h"

namespace callstudio {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

namespace {

template <typename Enum> Enum parseEnum(const json &value, std::optional<Enum> (*fromName)(const std::string &))
{
    const auto name = value.get<std::string>();
    if (auto parsed = fromName(name))
        return *parsed;
    throw json::other_error::create(501, "unknown name \"" + name + "\"", &value);
}

// Moves a string out of the parsed document: the loader never needs it again, and a
// design's texts then cost no second copy while it is read.
std::string takeString(json &j)
{
    return std::move(j.get_ref<std::string &>());
}

LocalizedText textFromJson(json &j)
{
    LocalizedText t;
    for (auto &[locale, value] : j.items())
        t.byLocale[locale] = takeString(value);
    return t;
}

ojson windowsToJson(const std::vector<TimeWindow> &windows)
{
    ojson arr = ojson::array();
    for (auto &w : windows)
        arr.push_back(ojson{{"open", w.open}, {"close", w.close}});
    return arr;
}

std::vector<TimeWindow> windowsFromJson(json &j)
{
    std::vector<TimeWindow> windows;
    for (auto &w : j)
        windows.push_back({w.at("open").get<std::string>(), w.at("close").get<std::string>()});
    return windows;
}

ojson formToJson(const PreCallForm &form)
{
    ojson fields = ojson::array();
    for (auto &f : form.fields) {
        ojson jf{{"key", f.key},
                 {"type", fieldTypeName(f.type)},
                 {"label", textToJson(f.label)},
                 {"placeholder", textToJson(f.placeholder)},
                 {"required", f.required}};
        if (f.type == FieldType::Select) {
            ojson options = ojson::array();
            for (auto &o : f.options)
                options.push_back(ojson{{"value", o.value}, {"label", textToJson(o.label)}});
            jf["options"] = std::move(options);
        }
        fields.push_back(std::move(jf));
    }
    ojson j{{"fields", std::move(fields)}};
    if (form.consent)
        j["consent"] = ojson{{"label", textToJson(form.consent->label)}, {"required", form.consent->required}};
    return j;
}

PreCallForm formFromJson(json &j)
{
    PreCallForm form;
    for (auto &jf : j.at("fields")) {
        FormField f;
        f.key = jf.at("key").get<std::string>();
        f.type = parseEnum(jf.at("type"), fieldTypeFromName);
        f.label = textFromJson(jf.at("label"));
        if (jf.contains("placeholder"))
            f.placeholder = textFromJson(jf.at("placeholder"));
        f.required = jf.at("required").get<bool>();
        if (jf.contains("options"))
            for (auto &jo : jf.at("options"))
                f.options.push_back({jo.at("value").get<std::string>(), textFromJson(jo.at("label"))});
        form.fields.push_back(std::move(f));
    }
    if (j.contains("consent"))
        form.consent =
            ConsentCheckbox{textFromJson(j.at("consent").at("label")), j.at("consent").at("required").get<bool>()};
    return form;
}

ojson surveyToJson(const SurveySpec &s)
{
    return ojson{{"question", textToJson(s.question)},
                 {"scale", ojson{{"min", s.scaleMin}, {"max", s.scaleMax}, {"style", ratingStyleName(s.style)}}},
                 {"comment", ojson{{"enabled", s.commentEnabled},
                                   {"label", textToJson(s.commentLabel)},
                                   {"placeholder", textToJson(s.commentPlaceholder)}}},
                 {"submitLabel", textToJson(s.submitLabel)},
                 {"thanks", textToJson(s.thanks)}};
}

SurveySpec surveyFromJson(json &j)
{
    SurveySpec s;
    s.question = textFromJson(j.at("question"));
    auto &scale = j.at("scale");
    s.scaleMin = scale.at("min").get<int>();
    s.scaleMax = scale.at("max").get<int>();
    s.style = parseEnum(scale.at("style"), ratingStyleFromName);
    auto &comment = j.at("comment");
    s.commentEnabled = comment.at("enabled").get<bool>();
    s.commentLabel = textFromJson(comment.at("label"));
    s.commentPlaceholder = textFromJson(comment.at("placeholder"));
    s.submitLabel = textFromJson(j.at("submitLabel"));
    s.thanks = textFromJson(j.at("thanks"));
    return s;
}

} // namespace

ojson blockToJson(const Block &b)
{
    const auto uses = blockKindUses(b.kind);
    ojson j{{"id", b.id}, {"kind", blockKindName(b.kind)}, {"align", alignmentName(b.align)}};
    if (uses.text)
        j["text"] = textToJson(b.text);
    if (uses.activeText)
        j["activeText"] = textToJson(b.activeText);
    if (uses.headingLevel)
        j["level"] = b.headingLevel;
    if (uses.variant)
        j["variant"] = buttonVariantName(b.variant);
    if (uses.url)
        j["url"] = b.url;
    if (uses.linkLabel)
        j["linkLabel"] = textToJson(b.linkLabel);
    if (uses.altText)
        j["alt"] = textToJson(b.altText);
    if (uses.size)
        j["size"] = b.size;
    if (uses.form)
        j["form"] = formToJson(b.form);
    if (uses.survey)
        j["survey"] = surveyToJson(b.survey);
    return j;
}

namespace {

Block blockFromJson(json &j)
{
    Block b;
    b.id = j.at("id").get<std::string>();
    b.kind = parseEnum(j.at("kind"), blockKindFromName);
    b.align = parseEnum(j.at("align"), alignmentFromName);
    const auto uses = blockKindUses(b.kind);
    if (uses.text)
        b.text = textFromJson(j.at("text"));
    if (uses.activeText)
        b.activeText = textFromJson(j.at("activeText"));
    if (uses.headingLevel)
        b.headingLevel = j.at("level").get<int>();
    if (uses.variant)
        b.variant = parseEnum(j.at("variant"), buttonVariantFromName);
    if (uses.url)
        b.url = j.at("url").get<std::string>();
    if (uses.linkLabel)
        b.linkLabel = textFromJson(j.at("linkLabel"));
    if (uses.altText)
        b.altText = textFromJson(j.at("alt"));
    if (uses.size)
        b.size = j.at("size").get<int>();
    if (uses.form)
        b.form = formFromJson(j.at("form"));
    if (uses.survey)
        b.survey = surveyFromJson(j.at("survey"));
    return b;
}

ojson optionalString(const std::optional<std::string> &s)
{
    return s ? ojson(*s) : ojson(nullptr);
}

std::optional<std::string> optionalStringFromJson(json &j)
{
    if (j.is_null())
        return std::nullopt;
    return j.get<std::string>();
}

} // namespace

ojson textToJson(const LocalizedText &text)
{
    ojson j = ojson::object();
    for (const auto &[locale, value] : text.byLocale)
        j[locale] = value;
    return j;
}

namespace {

enum class StatesOutput { Included, Placeholder };

ojson stateToJson(const StateLayout &state)
{
    ojson blocks = ojson::array();
    for (auto &b : state.blocks)
        blocks.push_back(blockToJson(b));
    return ojson{{"blocks", std::move(blocks)}};
}

std::string dumpCanonical(const ojson &j)
{
    // Invalid UTF-8 cannot come from a loaded file; `replace` keeps a save from throwing
    // on bytes pasted in by other means.
    return j.dump(2, ' ', false, ojson::error_handler_t::replace);
}

// Appends `text` (a dump at indent 0) as if it had been dumped `depth` spaces deeper.
void appendIndented(std::string &out, const std::string &text, int depth)
{
    size_t from = 0;
    for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
        out.append(text, from, nl + 1 - from);
        out.append(static_cast<size_t>(depth), ' ');
        from = nl + 1;
    }
    out.append(text, from, std::string::npos);
}

ojson designToJson(const WidgetDesign &d, StatesOutput states)
{
    ojson j;
    j["$schema"] = kSchemaId;
    j["schemaVersion"] = WidgetDesign::kSchemaVersion;
    j["appId"] = d.appId;
    j["name"] = d.name;
    j["locales"] = ojson{{"default", d.defaultLocale}, {"available", d.locales}};

    j["theme"] = themeToJson(d.theme);

    if (states == StatesOutput::Included) {
        ojson all = ojson::object();
        for (auto s : kAllStates)
            all[stateName(s)] = stateToJson(d.state(s));
        j["states"] = std::move(all);
    } else {
        j["states"] = nullptr;
    }

    ojson messages = ojson::object();
    for (auto code : kAllCallErrorCodes)
        if (auto it = d.errorMessages.find(code); it != d.errorMessages.end())
            messages[callErrorCodeName(code)] = textToJson(it->second);
    j["errorMessages"] = std::move(messages);

    const auto &h = d.businessHours;
    ojson weekly = ojson::object();
    for (int day = 0; day < 7; ++day)
        weekly[weekdayName(day)] = windowsToJson(h.weekly[static_cast<size_t>(day)]);
    ojson exceptions = ojson::array();
    for (auto &e : h.exceptions) {
        ojson je{{"date", e.date}, {"closed", e.closed}};
        if (!e.closed)
            je["windows"] = windowsToJson(e.windows);
        je["label"] = textToJson(e.label);
        exceptions.push_back(std::move(je));
    }
    j["businessHours"] = ojson{{"alwaysOpen", h.alwaysOpen},
                               {"timezone", h.timezone},
                               {"weekly", std::move(weekly)},
                               {"exceptions", std::move(exceptions)}};

    ojson context = ojson::object();
    for (const auto &[key, value] : d.urlContext)
        context[key] = value;
    j["urlContext"] = std::move(context);
    j["customCode"] = ojson{{"headHtml", d.customCode.headHtml}, {"bodyEndHtml", d.customCode.bodyEndHtml}};
    j["routing"] = ojson{{"destinationId", optionalString(d.routing.destinationId)},
                         {"routingKey", optionalString(d.routing.routingKey)}};
    return j;
}

} // namespace

ojson themeToJson(const Theme &theme)
{
    ojson colors = ojson::object();
    for (const auto &color : kThemeColorKeys)
        colors[color.key] = theme.colors.*color.member;
    return ojson{{"colors", std::move(colors)},
                 {"fontFamily", theme.fontFamily},
                 {"cornerRadius", theme.cornerRadius},
                 {"launcher", ojson{{"position", launcherPositionName(theme.position)},
                                    {"offsetX", theme.offsetX},
                                    {"offsetY", theme.offsetY}}},
                 {"width", theme.width}};
}

ojson designToJson(const WidgetDesign &design)
{
    return designToJson(design, StatesOutput::Included);
}

std::string designToCanonicalText(const WidgetDesign &design)
{
    // The states are most of a design: they are written one at a time so that saving
    // never holds the whole document as a JSON tree next to the model.
    const std::string rest = dumpCanonical(designToJson(design, StatesOutput::Placeholder));
    static const std::string kPlaceholder = "\n  \"states\": null,\n";
    const size_t at = rest.find(kPlaceholder);
    std::string out;
    out.append(rest, 0, at);
    out += "\n  \"states\": {";
    for (auto s : kAllStates) {
        out += s == WidgetState::Idle ? "\n    \"" : ",\n    \"";
        out += stateName(s);
        out += "\": ";
        appendIndented(out, dumpCanonical(stateToJson(design.state(s))), 4);
    }
    out += "\n  },\n";
    out.append(rest, at + kPlaceholder.size(), std::string::npos);
    out += '\n';
    return out;
}

WidgetDesign designFromJson(json doc)
{
    WidgetDesign d;
    d.appId = doc.at("appId").get<std::string>();
    d.name = doc.at("name").get<std::string>();
    d.defaultLocale = doc.at("locales").at("default").get<std::string>();
    d.locales = doc.at("locales").at("available").get<std::vector<std::string>>();

    auto &theme = doc.at("theme");
    auto &colors = theme.at("colors");
    for (const auto &color : kThemeColorKeys)
        d.theme.colors.*color.member = colors.at(color.key).get<std::string>();
    d.theme.fontFamily = theme.at("fontFamily").get<std::string>();
    d.theme.cornerRadius = theme.at("cornerRadius").get<int>();
    auto &launcher = theme.at("launcher");
    d.theme.position = parseEnum(launcher.at("position"), launcherPositionFromName);
    d.theme.offsetX = launcher.at("offsetX").get<int>();
    d.theme.offsetY = launcher.at("offsetY").get<int>();
    d.theme.width = theme.at("width").get<int>();

    auto &states = doc.at("states");
    for (auto s : kAllStates)
        for (auto &jb : states.at(stateName(s)).at("blocks"))
            d.state(s).blocks.push_back(blockFromJson(jb));

    for (auto &[name, text] : doc.at("errorMessages").items())
        d.errorMessages[parseEnum(json(name), callErrorCodeFromName)] = textFromJson(text);

    auto &hours = doc.at("businessHours");
    d.businessHours.alwaysOpen = hours.at("alwaysOpen").get<bool>();
    d.businessHours.timezone = hours.at("timezone").get<std::string>();
    for (int day = 0; day < 7; ++day)
        d.businessHours.weekly[static_cast<size_t>(day)] = windowsFromJson(hours.at("weekly").at(weekdayName(day)));
    for (auto &je : hours.at("exceptions")) {
        HoursException e;
        e.date = je.at("date").get<std::string>();
        e.closed = je.at("closed").get<bool>();
        if (je.contains("windows"))
            e.windows = windowsFromJson(je.at("windows"));
        e.label = textFromJson(je.at("label"));
        d.businessHours.exceptions.push_back(std::move(e));
    }

    for (const auto &[key, value] : doc.at("urlContext").items())
        d.urlContext[key] = value.get<std::string>();
    d.customCode.headHtml = takeString(doc.at("customCode").at("headHtml"));
    d.customCode.bodyEndHtml = takeString(doc.at("customCode").at("bodyEndHtml"));
    d.routing.destinationId = optionalStringFromJson(doc.at("routing").at("destinationId"));
    d.routing.routingKey = optionalStringFromJson(doc.at("routing").at("routingKey"));
    return d;
}

} // namespace callstudio
