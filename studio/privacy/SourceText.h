// Byte offsets in a custom-code area turned into the 1-based line and column the
// operator sees in the editor (columns count characters, not bytes).
#pragma once

#include <string_view>
#include <vector>

namespace callstudio {

struct SourcePosition
{
    int line = 0;
    int column = 0;
};

class SourceText
{
public:
    explicit SourceText(std::string_view text);

    std::string_view text() const { return m_text; }
    // Offsets past the end are clamped to the end of the text.
    SourcePosition positionOf(size_t offset) const;
    // The offset of a 1-based line and character column; the end of the text when out of range.
    size_t offsetOf(SourcePosition position) const;

private:
    std::string_view m_text;
    std::vector<size_t> m_lineStarts;
    // Last answer, so ascending queries on one long line do not rescan it from its start.
    mutable size_t m_lastOffset = 0;
    mutable SourcePosition m_lastPosition{1, 1};
};

} // namespace callstudio
