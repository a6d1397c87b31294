#include "ProblemPlace.h"

#include "OperatorNames.h"
#include "contract/DesignFields.h"
#include "contract/DesignPointers.h"

#include <QCoreApplication>

#include <algorithm>

namespace callstudio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Problems", text);
}

bool isAtOrBelow(const std::string &pointer, const JsonPointer &part)
{
    const std::string at = part.to_string();
    return pointer == at || pointer.rfind(at + "/", 0) == 0;
}

// "field 2" for "/form/fields/1/label", "" when the pointer is not inside a form field.
QString formFieldPart(const JsonPointer &inBlock)
{
    const std::string rest = inBlock.to_string();
    const std::string prefix = "/form/fields/";
    if (rest.rfind(prefix, 0) != 0)
        return {};
    const std::string index = rest.substr(prefix.size(), rest.find('/', prefix.size()) - prefix.size());
    if (index.empty() || index.size() > 6
        || !std::all_of(index.begin(), index.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    return tr("field %1").arg(std::stoi(index) + 1);
}

QString blockPlace(const DesignPlace &place, const WidgetDesign &design)
{
    const QString state = stateTitle(*place.state);
    const auto &blocks = design.state(*place.state).blocks;
    if (!place.blockIndex || *place.blockIndex >= blocks.size())
        return state;
    QString where =
        tr("%1 › %2, block %3").arg(state, blockKindTitle(blocks[*place.blockIndex].kind)).arg(*place.blockIndex + 1);
    const QString field = formFieldPart(place.inBlock);
    return field.isEmpty() ? where : tr("%1 › %2").arg(where, field);
}

QString sectionPlace(const DesignPlace &place)
{
    const auto firstToken = [&place] {
        const std::string rest = place.inSection.to_string();
        return rest.empty() ? std::string() : rest.substr(1, rest.find('/', 1) - 1);
    };
    switch (place.area) {
    case DesignSection::Theme: {
        const std::string rest = place.inSection.to_string();
        const std::string colors = "/colors/";
        if (rest.rfind(colors, 0) == 0) // "Theme › On primary"
            return tr("Theme › %1")
                .arg(themeColorTitle(rest.substr(colors.size(), rest.find('/', colors.size()) - colors.size())));
        return tr("Theme");
    }
    case DesignSection::BusinessHours:
        return tr("Business hours");
    case DesignSection::UrlContext:
        return tr("URL context");
    case DesignSection::ErrorMessages:
        if (const auto code = callErrorCodeFromName(firstToken()))
            return tr("Call error messages › %1").arg(callErrorTitle(*code));
        return tr("Call error messages");
    default:
        return {};
    }
}

} // namespace

QString problemPlace(const Problem &p, const WidgetDesign &design)
{
    const DesignPlace place = placeOf(p.pointer);
    if (place.state)
        return blockPlace(place, design);
    if (isAtOrBelow(p.pointer, customCodePointer(CustomCodeMember::HeadHtml)))
        return p.line > 0 ? tr("Head HTML, line %1").arg(p.line) : tr("Head HTML");
    if (isAtOrBelow(p.pointer, customCodePointer(CustomCodeMember::BodyEndHtml)))
        return p.line > 0 ? tr("Body-end HTML, line %1").arg(p.line) : tr("Body-end HTML");
    const QString section = sectionPlace(place);
    if (!section.isEmpty())
        return section;
    if (isAtOrBelow(p.pointer, designMemberPointer(DesignMember::Locales)))
        return tr("Languages");
    if (p.pointer == designMemberPointer(DesignMember::AppId).to_string())
        return tr("Widget › App ID");
    if (p.pointer == designMemberPointer(DesignMember::Name).to_string())
        return tr("Widget › Name");
    if (isAtOrBelow(p.pointer, designMemberPointer(DesignMember::DestinationId).parent_pointer()))
        return tr("Routing");
    if (p.pointer.empty())
        return tr("Whole design");
    return QString::fromStdString(p.pointer);
}

void sortBySeverity(std::vector<Problem> &problems)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.severity > b.severity; });
}

} // namespace callstudio
