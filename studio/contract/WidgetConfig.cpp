#include "WidgetConfig.h"

#include "DesignSchemaText.h"       // generated: kDesignSchemaText
#include "WidgetConfigSchemaText.h" // generated: kWidgetConfigSchemaText
#include "checks/ProblemText.h"
#include "io/DesignJson.h"
#include "io/SchemaMessages.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>

namespace callstudio {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {

// The design file's members that only the designer reads.
constexpr const char *kDesignOnlyMembers[] = {"$schema", "schemaVersion", "urlContext"};

// The widget config schema refers to the design schema for every member they share.
const valijson::Schema &compiledConfigSchema()
{
    static const std::unique_ptr<valijson::Schema> schema = [] {
        static const json configDoc = json::parse(widgetConfigSchemaText());
        static const json designDoc = json::parse(kDesignSchemaText);
        auto s = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(configDoc);
        // Any document the config schema names is the design schema, compiled in.
        parser.populateSchema(
            adapter, *s, [](const std::string &) { return &designDoc; }, [](const json *) {});
        return s;
    }();
    return *schema;
}

Problem schemaProblem(std::string message, std::string pointer)
{
    Problem p;
    p.severity = Severity::Error;
    p.code = "schema";
    p.message = std::move(message);
    p.pointer = std::move(pointer);
    return p;
}

LoadResult invalid(std::vector<Problem> problems)
{
    LoadResult r;
    r.status = LoadResult::Status::Invalid;
    r.problems = std::move(problems);
    return r;
}

} // namespace

const std::string &widgetConfigSchemaText()
{
    static const std::string text(kWidgetConfigSchemaText);
    return text;
}

ojson widgetConfigFromDesign(const WidgetDesign &design)
{
    ojson designJson = designToJson(design);
    ojson config = ojson::object();
    config["$schema"] = kWidgetConfigSchemaId;
    config["configVersion"] = kWidgetConfigVersion;
    for (auto &[key, value] : designJson.items()) {
        if (key == "urlContext") {
            ojson keys = ojson::array();
            for (const auto &entry : design.urlContext)
                keys.push_back(entry.first);
            config["urlContextKeys"] = std::move(keys);
        } else if (std::find(std::begin(kDesignOnlyMembers), std::end(kDesignOnlyMembers), key)
                   == std::end(kDesignOnlyMembers)) {
            config[key] = std::move(value);
        }
    }
    return config;
}

std::string widgetConfigText(const WidgetDesign &design)
{
    return widgetConfigFromDesign(design).dump(2, ' ', false, ojson::error_handler_t::replace) + '\n';
}

std::vector<Problem> validateWidgetConfig(const json &config)
{
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(config);
    if (validator.validate(compiledConfigSchema(), target, &results))
        return {};
    std::vector<Problem> problems;
    std::set<std::pair<std::string, std::string>> seen;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        SchemaFailure f;
        f.tokens = tokensOfContext(error.context);
        f.description = error.description;
        // Worded as a design's failures: the members shared with a design have the same pointers.
        Problem p;
        if (!describeSchemaFailure(config, f, p))
            continue;
        if (seen.insert({p.pointer, p.message}).second)
            problems.push_back(std::move(p));
    }
    if (problems.empty())
        problems.push_back(schemaProblem(
            problemText(QCoreApplication::translate("Problems", "the file does not follow the widget config format")),
            {}));
    return problems;
}

LoadResult loadWidgetConfigFromText(std::string_view text)
{
    json doc;
    if (auto failure = parseJsonObject(text, doc))
        return *failure;
    if (auto problems = validateWidgetConfig(doc); !problems.empty()) {
        placeProblemsInText(text, problems);
        return invalid(std::move(problems));
    }
    // The design file's shape: the keys come back as URL context samples without values.
    json context = json::object();
    for (const auto &key : doc.at("urlContextKeys"))
        context[key.get<std::string>()] = "";
    doc.erase("urlContextKeys");
    doc.erase("configVersion");
    doc.erase("$schema");
    doc["urlContext"] = std::move(context);
    doc["schemaVersion"] = WidgetDesign::kSchemaVersion;
    LoadResult result;
    try {
        result.design = designFromJson(std::move(doc));
    } catch (const json::exception &e) {
        //: %1 is the JSON library's own description of the error, in English.
        return invalid({schemaProblem(
            problemText(QCoreApplication::translate("Problems", "unexpected content: %1"), {e.what()}), {})});
    }
    result.status = LoadResult::Status::Loaded;
    return result;
}

LoadResult loadWidgetConfigFromFile(const std::string &path)
{
    return loadFileWith(path, loadWidgetConfigFromText);
}

std::string suggestedWidgetConfigFileName(const WidgetDesign &design)
{
    constexpr size_t kMaxStem = 60;
    // ASCII letters and digits; every other run of characters becomes one dash.
    const auto slug = [](const std::string &text) {
        std::string out;
        for (const char c : text) {
            if (out.size() >= kMaxStem)
                break;
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x80 && std::isalnum(byte))
                out += static_cast<char>(std::tolower(byte));
            else if (!out.empty() && out.back() != '-')
                out += '-';
        }
        while (!out.empty() && out.back() == '-')
            out.pop_back();
        return out;
    };
    std::string stem = slug(design.name);
    if (stem.empty())
        stem = slug(design.appId);
    return (stem.empty() ? std::string("widget") : stem) + ".widget.json";
}

WidgetDesign withoutDesignOnlyData(WidgetDesign design)
{
    for (auto &entry : design.urlContext)
        entry.second.clear();
    return design;
}

} // namespace callstudio
