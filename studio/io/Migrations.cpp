#include "Migrations.h"

#include "checks/ProblemText.h"
#include "model/WidgetDesign.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace callstudio {

using json = nlohmann::json;

int declaredSchemaVersion(const json &doc)
{
    if (!doc.is_object() || !doc.contains("schemaVersion"))
        return 0;
    const auto &v = doc.at("schemaVersion");
    if (v.is_number_unsigned() || (v.is_number_integer() && v.get<long long>() >= 0)) {
        const auto n = v.get<unsigned long long>();
        return n > 1000000 ? 1000000 : static_cast<int>(n);
    }
    return -1;
}

namespace {

void renameKey(json &obj, const char *from, const char *to)
{
    if (obj.is_object() && obj.contains(from) && !obj.contains(to)) {
        obj[to] = std::move(obj[from]);
        obj.erase(from);
    }
}

// 0 -> 1: locales list -> {default, available}; accent/onAccent -> primary/onPrimary.
bool migrate0to1(json &doc, MigrationError &error)
{
    if (!doc.is_object()) {
        error = {problemText(QCoreApplication::translate("Problems", "the document is not a JSON object")), ""};
        return false;
    }
    if (doc.contains("locales") && doc.at("locales").is_array()) {
        json list = doc.at("locales");
        if (list.empty() || !list[0].is_string()) {
            error = {problemText(QCoreApplication::translate(
                         "Problems", "version 0 \"locales\" must list at least one language code")),
                     "/locales"};
            return false;
        }
        doc["locales"] = json{{"default", list[0]}, {"available", list}};
    }
    if (doc.contains("theme") && doc["theme"].is_object() && doc["theme"].contains("colors"))
        for (auto [from, to] : {std::pair{"accent", "primary"}, std::pair{"onAccent", "onPrimary"}})
            renameKey(doc["theme"]["colors"], from, to);
    doc["schemaVersion"] = 1;
    return true;
}

} // namespace

bool migrateToCurrent(json &doc, int fromVersion, MigrationError &error)
{
    // steps[n] migrates version n to n + 1.
    static const std::vector<std::function<bool(json &, MigrationError &)>> steps{migrate0to1};
    static_assert(WidgetDesign::kSchemaVersion == 1, "add a migration step for the new schema version");
    for (int v = fromVersion; v < WidgetDesign::kSchemaVersion; ++v)
        if (!steps.at(static_cast<size_t>(v))(doc, error))
            return false;
    return true;
}

} // namespace callstudio
