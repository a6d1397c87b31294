#include "CustomCodeDocument.h"

#include "contract/DesignPointers.h"

#include <gumbo.h>
#include <tidy/tidy.h>
#include <tidy/tidybuffio.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace callstudio {

namespace {

// Markup errors reported per area; more would only bury the first ones.
constexpr size_t kMaxMarkupIssues = 100;

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string tagNameOf(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return gumbo_normalized_tagname(element.tag);
    GumboStringPiece name = element.original_tag;
    gumbo_tag_from_original_text(&name);
    return lowerAscii(std::string_view(name.data ? name.data : "", name.data ? name.length : 0));
}

// Elements whose attributes load, show or send something.
bool isResourceElement(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
        return true;
    default:
        return false;
    }
}

// Script types a browser runs; JSON data blocks and templates are not code.
bool isJavaScriptType(const std::string &type)
{
    const std::string t = lowerAscii(type);
    return t.empty() || t == "module" || t == "text/javascript" || t == "application/javascript"
           || t == "text/ecmascript" || t == "application/ecmascript";
}

struct TidyCollector
{
    const SourceText *source = nullptr;
    std::vector<MarkupIssue> *issues = nullptr;
};

Bool TIDY_CALL collectTidyMessage(TidyMessage message)
{
    auto *collector = static_cast<TidyCollector *>(tidyGetAppData(tidyGetMessageDoc(message)));
    if (!collector || collector->issues->size() >= kMaxMarkupIssues)
        return no;
    if (std::strcmp(tidyGetMessageKey(message), "DISCARDING_UNEXPECTED") != 0)
        return no;
    const SourcePosition position{tidyGetMessageLine(message), tidyGetMessageColumn(message)};
    const std::string_view text = collector->source->text();
    size_t at = collector->source->offsetOf(position);
    // Tidy also discards unexpected start tags; only end tags are stray closings.
    if (text.substr(at, 2) != "</")
        return no;
    at += 2;
    const size_t nameStart = at;
    while (at < text.size() && text[at] != '>' && text[at] != ' ' && text[at] != '\n' && text[at] != '\t'
           && text[at] != '/')
        ++at;
    collector->issues->push_back(
        {MarkupIssueKind::StrayEndTag, lowerAscii(text.substr(nameStart, at - nameStart)), position});
    return no;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool startsWithNoCase(std::string_view text, size_t at, std::string_view prefix)
{
    if (text.size() - at < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != prefix[i])
            return false;
    return true;
}

// A resource guard run before the parsers, not part of the lint: a rough count of open
// elements (void, self-closing and auto-closing elements do not nest; script and style
// text is skipped). Returns where it first exceeds kMaxNestingDepth, or npos.
size_t excessiveNestingOffset(std::string_view html)
{
    static const std::string_view kNotNesting[] = {
        "area",  "base", "br",    "col", "embed", "hr",     "img", "input", "link", "meta", "source",
        "track", "wbr",  "param", "p",   "li",    "option", "tr",  "td",    "th",   "dt",   "dd"};
    static const std::string_view kRawText[] = {"script", "style", "textarea", "title", "xmp", "noscript"};
    int depth = 0;
    size_t i = 0;
    while ((i = html.find('<', i)) != std::string_view::npos) {
        if (html.compare(i, 4, "<!--") == 0) {
            const size_t end = html.find("-->", i + 4);
            if (end == std::string_view::npos)
                break;
            i = end + 3;
            continue;
        }
        const bool closing = i + 1 < html.size() && html[i + 1] == '/';
        const size_t nameStart = i + (closing ? 2 : 1);
        if (nameStart >= html.size() || !isAsciiLetter(html[nameStart])) {
            ++i;
            continue;
        }
        size_t nameEnd = nameStart;
        while (nameEnd < html.size() && std::isalnum(static_cast<unsigned char>(html[nameEnd])))
            ++nameEnd;
        const std::string name = lowerAscii(html.substr(nameStart, nameEnd - nameStart));
        const size_t tagEnd = html.find('>', nameEnd);
        if (tagEnd == std::string_view::npos)
            break;
        i = tagEnd + 1;
        if (closing) {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (std::find(std::begin(kRawText), std::end(kRawText), name) != std::end(kRawText)) {
            const std::string endTag = "</" + name;
            while ((i = html.find("</", i)) != std::string_view::npos && !startsWithNoCase(html, i, endTag))
                i += 2;
            if (i == std::string_view::npos)
                break;
            const size_t rawEnd = html.find('>', i);
            if (rawEnd == std::string_view::npos)
                break;
            i = rawEnd + 1;
            continue;
        }
        const bool selfClosing = html[tagEnd - 1] == '/';
        if (!selfClosing && std::find(std::begin(kNotNesting), std::end(kNotNesting), name) == std::end(kNotNesting)
            && ++depth > kMaxNestingDepth)
            return nameStart - 1;
    }
    return std::string_view::npos;
}

} // namespace

const char *codeAreaPointer(CodeArea area)
{
    static const std::string head = customCodePointer(CustomCodeMember::HeadHtml).to_string();
    static const std::string bodyEnd = customCodePointer(CustomCodeMember::BodyEndHtml).to_string();
    return area == CodeArea::Head ? head.c_str() : bodyEnd.c_str();
}

const char *codeAreaLabel(CodeArea area)
{
    return area == CodeArea::Head ? "Head HTML" : "Body end HTML";
}

const HtmlAttribute *HtmlElement::attribute(std::string_view name) const
{
    for (const auto &a : attributes)
        if (a.name == name)
            return &a;
    return nullptr;
}

CustomCodeDocument::CustomCodeDocument(CodeArea area, std::string html)
    : m_area(area)
    , m_text(std::move(html))
    , m_source(m_text)
{
    if (m_text.find_first_not_of(" \t\r\n") == std::string::npos)
        return;
    const size_t stop = excessiveNestingOffset(m_text);
    if (stop == std::string::npos) {
        parseTree(m_text);
        findMarkupIssues(m_text);
        return;
    }
    m_stoppedAt = positionOf(stop);
    // Tokens point into m_text, so the tree is parsed from a prefix of it, not a copy.
    parseTree(std::string_view(m_text).substr(0, stop));
    findMarkupIssues(m_text.substr(0, stop));
}

void CustomCodeDocument::addScript(std::string_view code, size_t offset)
{
    ScriptBlock script;
    script.offset = offset;
    script.tokens = scanJavaScript(code);
    script.closes = closingBrackets(script.tokens);
    if (!script.tokens.empty())
        m_scripts.push_back(std::move(script));
}

void CustomCodeDocument::parseTree(std::string_view html)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // errors come from tidy; recording them here only costs memory
    GumboOutput *output = gumbo_parse_with_options(&options, html.data(), html.size());
    // Offsets are the same in `html` and in m_text, of which it is a prefix.
    const char *base = html.data();
    const auto offsetIn = [&](const char *p) {
        return p && p >= base && p <= base + html.size() ? static_cast<size_t>(p - base) : 0;
    };

    // Where an attribute's value starts (after its quote); its name when it has no value.
    const auto valueOffsetOf = [&](const GumboAttribute &attr) {
        if (!attr.original_value.data || attr.original_value.length == 0)
            return offsetIn(attr.original_name.data);
        const char first = attr.original_value.data[0];
        return offsetIn(attr.original_value.data) + (first == '"' || first == '\'' ? 1 : 0);
    };
    const auto unquoted = [](const GumboStringPiece &raw) {
        std::string_view v(raw.data, raw.length);
        if (!v.empty() && (v.front() == '"' || v.front() == '\'')) {
            v.remove_prefix(1);
            if (!v.empty() && v.back() == raw.data[0])
                v.remove_suffix(1);
        }
        return v;
    };

    // Iterative walk: deeply nested markup must not exhaust the stack.
    std::vector<const GumboNode *> pending{output->root};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboElement &element = node->v.element;
        const bool written = element.original_tag.length > 0; // not implied by the parser

        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const std::string name = lowerAscii(attr->name);
            // Event-handler code is read from the source text itself: tokens must outlive gumbo's tree.
            if (written && name.size() > 2 && name.compare(0, 2, "on") == 0 && attr->original_value.data)
                addScript(unquoted(attr->original_value), valueOffsetOf(*attr));
        }

        if (written && isResourceElement(element.tag)) {
            HtmlElement e;
            e.tag = tagNameOf(element);
            e.offset = offsetIn(element.original_tag.data);
            e.hasEndTag = element.original_end_tag.length > 0;
            for (unsigned i = 0; i < element.attributes.length; ++i) {
                const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
                e.attributes.push_back({lowerAscii(attr->name), attr->value, valueOffsetOf(*attr)});
            }
            if (element.tag == GUMBO_TAG_SCRIPT) {
                if (!e.hasEndTag)
                    m_markupIssues.push_back({MarkupIssueKind::UnclosedScript, "script", positionOf(e.offset)});
                const HtmlAttribute *type = e.attribute("type");
                if (!e.attribute("src") && isJavaScriptType(type ? type->value : std::string())
                    && element.children.length > 0) {
                    const auto *text = static_cast<const GumboNode *>(element.children.data[0]);
                    if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE) {
                        const GumboStringPiece &raw = text->v.text.original_text;
                        addScript(std::string_view(raw.data, raw.length), offsetIn(raw.data));
                    }
                }
            }
            m_elements.push_back(std::move(e));
        }

        for (unsigned i = element.children.length; i > 0; --i)
            pending.push_back(static_cast<const GumboNode *>(element.children.data[i - 1]));
    }
    gumbo_destroy_output(&options, output);
}

void CustomCodeDocument::findMarkupIssues(const std::string &html)
{
    TidyCollector collector{&m_source, &m_markupIssues};
    TidyDoc doc = tidyCreate();
    tidySetAppData(doc, &collector);
    tidySetMessageCallback(doc, collectTidyMessage);
    tidyOptSetBool(doc, TidyShowWarnings, yes);
    tidyOptSetInt(doc, TidyTabSize, 1); // columns count characters, as in the editor
    tidySetCharEncoding(doc, "utf8");
    TidyBuffer errors;
    tidyBufInit(&errors);
    tidySetErrorBuffer(doc, &errors);
    tidyParseString(doc, html.c_str());
    tidyBufFree(&errors);
    tidyRelease(doc);
}

ParsedCustomCode::ParsedCustomCode(const CustomCode &code)
    : head(CodeArea::Head, code.headHtml)
    , bodyEnd(CodeArea::BodyEnd, code.bodyEndHtml)
{
}

} // namespace callstudio
