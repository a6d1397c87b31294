// Finds where a JSON Pointer's value stands in a JSON text, so that problems
// found on the parsed document can be reported as FILE:LINE:COL.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace callstudio {

struct TextPosition
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters (UTF-8 code points)
};

// Line and column of a byte offset in `text`.
TextPosition positionOfOffset(std::string_view text, size_t offset);

// Byte offset where the value at `pointer` starts (for an object member, where its
// key starts). The text must be well-formed JSON; nullopt if the pointer does not
// resolve.
std::optional<size_t> locatePointer(std::string_view text, const std::string &pointer);

// The nearest located ancestor when the pointer itself does not resolve (a missing key
// is reported at its parent object).
TextPosition locatePointerOrAncestor(std::string_view text, std::string pointer);

// The same for many pointers at once, in one pass over the text: for long problem lists.
std::vector<TextPosition> locatePointersOrAncestors(std::string_view text, const std::vector<std::string> &pointers);

} // namespace callstudio
