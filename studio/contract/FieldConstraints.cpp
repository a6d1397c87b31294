#include "FieldConstraints.h"

#include "io/SchemaValidator.h"

#include <map>
#include <regex>

namespace callstudio {

namespace {

using json = nlohmann::json;

// A field of each patterned kind in a design file; the schema's node there holds the
// kind's pattern (tests check that every field of the kind agrees).
std::optional<JsonPointer> samplePointer(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Id:
        return designMemberPointer(DesignMember::AppId);
    case FieldKind::Key:
        return blockJsonPointer(WidgetState::Idle, 0) / formFieldPointer(0, FormFieldMember::Key);
    case FieldKind::LocaleCode:
        return designMemberPointer(DesignMember::DefaultLocale);
    case FieldKind::Color:
        return themeColorPointer("primary");
    case FieldKind::Time:
        return hoursWindowPointer(weekdayWindowsPointer(0), 0, WindowEnd::Open);
    case FieldKind::Date:
        return exceptionPointer(0, ExceptionMember::Date);
    default:
        return std::nullopt;
    }
}

const json *nodeAt(const JsonPointer &pointer)
{
    return designSchemaNodeFor(pointerTokens(pointer));
}

std::string patternOf(const json *node)
{
    return node && node->contains("pattern") ? node->at("pattern").get<std::string>() : std::string();
}

std::optional<size_t> sizeKeyword(const JsonPointer &pointer, const char *keyword)
{
    const json *node = nodeAt(pointer);
    if (!node || !node->contains(keyword) || !node->at(keyword).is_number_unsigned())
        return std::nullopt;
    return node->at(keyword).get<size_t>();
}

struct CompiledPattern
{
    std::string text;
    std::regex regex;
};

const std::map<FieldKind, CompiledPattern> &compiledPatterns()
{
    static const std::map<FieldKind, CompiledPattern> patterns = [] {
        std::map<FieldKind, CompiledPattern> out;
        for (auto kind : {FieldKind::Id, FieldKind::Key, FieldKind::LocaleCode, FieldKind::Color, FieldKind::Time,
                          FieldKind::Date}) {
            const std::string text = patternOf(nodeAt(*samplePointer(kind)));
            out.emplace(kind, CompiledPattern{text, std::regex(text, std::regex::ECMAScript)});
        }
        return out;
    }();
    return patterns;
}

} // namespace

const std::string &fieldPattern(FieldKind kind)
{
    static const std::string none;
    const auto &patterns = compiledPatterns();
    auto it = patterns.find(kind);
    return it == patterns.end() ? none : it->second.text;
}

bool matchesFieldPattern(FieldKind kind, const std::string &value)
{
    const auto &patterns = compiledPatterns();
    auto it = patterns.find(kind);
    return it == patterns.end() || std::regex_search(value, it->second.regex);
}

std::string fieldPatternAt(const DesignField &field)
{
    if (!field.valueIsMemberName)
        return patternOf(nodeAt(field.pointer));
    const json *parent = nodeAt(field.pointer.parent_pointer());
    return parent && parent->contains("propertyNames") ? patternOf(&parent->at("propertyNames")) : std::string();
}

std::optional<size_t> maxLength(const JsonPointer &pointer)
{
    return sizeKeyword(pointer, "maxLength");
}

std::optional<size_t> minLength(const JsonPointer &pointer)
{
    return sizeKeyword(pointer, "minLength");
}

std::optional<IntegerRange> integerRange(const JsonPointer &pointer)
{
    const json *node = nodeAt(pointer);
    if (!node || !node->contains("minimum") || !node->contains("maximum") || !node->at("minimum").is_number_integer()
        || !node->at("maximum").is_number_integer())
        return std::nullopt;
    return IntegerRange{node->at("minimum").get<int>(), node->at("maximum").get<int>()};
}

} // namespace callstudio
