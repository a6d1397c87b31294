#include "SourceText.h"

#include <algorithm>

namespace callstudio {

SourceText::SourceText(std::string_view text)
    : m_text(text)
{
    m_lineStarts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            m_lineStarts.push_back(i + 1);
}

SourcePosition SourceText::positionOf(size_t offset) const
{
    offset = std::min(offset, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const size_t lineIndex = static_cast<size_t>(next - m_lineStarts.begin()) - 1;
    const int line = static_cast<int>(lineIndex) + 1;
    size_t from = m_lineStarts[lineIndex];
    int column = 1;
    if (m_lastPosition.line == line && m_lastOffset <= offset) {
        from = m_lastOffset;
        column = m_lastPosition.column;
    }
    // UTF-8 continuation bytes do not start a new character.
    for (size_t i = from; i < offset; ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++column;
    m_lastOffset = offset;
    m_lastPosition = {line, column};
    return m_lastPosition;
}

size_t SourceText::offsetOf(SourcePosition position) const
{
    if (position.line < 1 || static_cast<size_t>(position.line) > m_lineStarts.size())
        return m_text.size();
    size_t offset = m_lineStarts[static_cast<size_t>(position.line) - 1];
    for (int column = 1; column < position.column && offset < m_text.size() && m_text[offset] != '\n';) {
        ++offset;
        if (offset >= m_text.size() || (static_cast<unsigned char>(m_text[offset]) & 0xC0) != 0x80)
            ++column;
    }
    return offset;
}

} // namespace callstudio
