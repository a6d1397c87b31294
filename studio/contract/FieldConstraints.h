// The format of each field, read from the compiled JSON Schema
// (resources/schema/widget-design.schema.json) instead of being typed again: patterns,
// length limits, number ranges. Editors and commands check as the file format will.
#pragma once

#include "contract/DesignFields.h"

#include <optional>
#include <string>

namespace callstudio {

// The schema's pattern for a kind of field ("" for a kind without one): Id (app and
// block ids), Key (form field and URL context keys), LocaleCode, Color, Time, Date.
const std::string &fieldPattern(FieldKind kind);

// Whether `value` matches fieldPattern(kind), as the schema validator matches it
// (ECMAScript, unanchored search: the patterns anchor themselves). A kind without a
// pattern accepts everything.
bool matchesFieldPattern(FieldKind kind, const std::string &value);

// The pattern the schema gives `field` itself (a key's pattern for a URL context key).
std::string fieldPatternAt(const DesignField &field);

// The length limits (in characters) of the string at `pointer`, nullopt when the schema
// sets none.
std::optional<size_t> maxLength(const JsonPointer &pointer);
std::optional<size_t> minLength(const JsonPointer &pointer);

// The schema's minimum and maximum of the integer at `pointer`, nullopt unless it sets both.
struct IntegerRange
{
    int minimum = 0;
    int maximum = 0;
};
std::optional<IntegerRange> integerRange(const JsonPointer &pointer);

} // namespace callstudio
