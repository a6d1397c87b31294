#include "savecrash_designs.h"

callstudio::WidgetDesign saveCrashDesign(int which)
{
    callstudio::WidgetDesign d = callstudio::makeStarterDesign();
    d.name = which == 0 ? "Version A" : "Version B";
    const std::string line =
        which == 0 ? "<!-- version A padding line -->\n" : "<!-- version B padding, longer line ... -->\n";
    while (d.customCode.bodyEndHtml.size() < 900000)
        d.customCode.bodyEndHtml += line;
    return d;
}
