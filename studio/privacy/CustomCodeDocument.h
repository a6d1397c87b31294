// One custom-code area (Head HTML or Body end HTML) read by a real HTML parser (gumbo
// for the tree, libtidy for markup errors): the elements that load or send something,
// and the JavaScript that runs, already tokenized. Lint, inventory and privacy checks
// all read this one structure.
#pragma once

#include "JsScanner.h"
#include "SourceText.h"
#include "model/WidgetDesign.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace callstudio {

enum class CodeArea { Head, BodyEnd };
const char *codeAreaPointer(CodeArea area); // "/customCode/headHtml", "/customCode/bodyEndHtml"
const char *codeAreaLabel(CodeArea area);   // "Head HTML", "Body end HTML"

struct HtmlAttribute
{
    std::string name;  // lower case
    std::string value; // entities decoded
    size_t valueOffset = 0;
};

struct HtmlElement
{
    std::string tag; // lower case
    size_t offset = 0;
    std::vector<HtmlAttribute> attributes;
    bool hasEndTag = false;

    const HtmlAttribute *attribute(std::string_view name) const;
};

// JavaScript that runs: an inline <script> or an on* event-handler attribute.
struct ScriptBlock
{
    std::vector<JsToken> tokens; // offsets relative to `offset`
    std::vector<size_t> closes;  // closingBrackets(tokens)
    size_t offset = 0;           // where the code starts in the area

    // Index of the bracket closing the one at `open`, or tokens.size() when it is not
    // closed within `maxTokens` tokens.
    size_t matchingClose(size_t open, size_t maxTokens = static_cast<size_t>(-1)) const
    {
        if (open >= closes.size() || closes[open] == tokens.size() || closes[open] - open > maxTokens)
            return tokens.size();
        return closes[open];
    }
};

enum class MarkupIssueKind { StrayEndTag, UnclosedScript };

struct MarkupIssue
{
    MarkupIssueKind kind = MarkupIssueKind::StrayEndTag;
    std::string tag;
    SourcePosition position;
};

// Deepest element nesting read. Both parsers slow down quadratically with depth, so an
// area nested deeper is read only up to the point where it gets there.
inline constexpr int kMaxNestingDepth = 10000;

class CustomCodeDocument
{
public:
    CustomCodeDocument(CodeArea area, std::string html);
    // Tokens and the source table point into the document's own copy of the text.
    CustomCodeDocument(const CustomCodeDocument &) = delete;
    CustomCodeDocument &operator=(const CustomCodeDocument &) = delete;

    CodeArea area() const { return m_area; }
    const SourceText &source() const { return m_source; }
    const std::vector<HtmlElement> &elements() const { return m_elements; }
    const std::vector<ScriptBlock> &scripts() const { return m_scripts; }
    const std::vector<MarkupIssue> &markupIssues() const { return m_markupIssues; }
    // Where reading stopped because the markup nests deeper than kMaxNestingDepth.
    std::optional<SourcePosition> readingStoppedAt() const { return m_stoppedAt; }

    SourcePosition positionOf(size_t offset) const { return m_source.positionOf(offset); }
    SourcePosition positionOf(const ScriptBlock &script, const JsToken &token) const
    {
        return m_source.positionOf(script.offset + token.offset);
    }

private:
    void parseTree(std::string_view html);
    void findMarkupIssues(const std::string &html);
    void addScript(std::string_view code, size_t offset);

    CodeArea m_area;
    const std::string m_text;
    SourceText m_source;
    std::vector<HtmlElement> m_elements;
    std::vector<ScriptBlock> m_scripts;
    std::vector<MarkupIssue> m_markupIssues;
    std::optional<SourcePosition> m_stoppedAt;
};

// Both areas of a design's custom code, parsed once.
struct ParsedCustomCode
{
    explicit ParsedCustomCode(const CustomCode &code);
    CustomCodeDocument head;
    CustomCodeDocument bodyEnd;
    std::array<const CustomCodeDocument *, 2> areas() const { return {&head, &bodyEnd}; }
};

} // namespace callstudio
