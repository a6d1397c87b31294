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

// Line and column of a byte offset in `text`. LF, CRLF and a lone CR each end a line.
TextPosition positionOfOffset(std::string_view text, size_t offset);

// The same for many offsets, in one pass over the text (minified files have one long line).
std::vector<TextPosition> positionsOfOffsets(std::string_view text, const std::vector<size_t> &offsets);

// Byte offset where the value at `pointer` starts (for an object member, where its
// key starts). The text must be well-formed JSON; nullopt if the pointer does not
// resolve.
std::optional<size_t> locatePointer(std::string_view text, const std::string &pointer);

// The nearest located ancestor when the pointer itself does not resolve (a missing key
// is reported at its parent object).
TextPosition locatePointerOrAncestor(std::string_view text, std::string pointer);

// The same for many pointers at once, in one pass over the text: for long problem lists.
std::vector<TextPosition> locatePointersOrAncestors(std::string_view text, const std::vector<std::string> &pointers);

struct DuplicateKey
{
    size_t offset = 0;   // where its second occurrence starts
    std::string key;     // the key, decoded
    std::string pointer; // the member's JSON Pointer
};

// The first key that an object of well-formed JSON `text` holds twice, in one pass.
std::optional<DuplicateKey> firstDuplicateKey(std::string_view text);

} // namespace callstudio
