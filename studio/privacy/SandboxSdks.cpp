#include "SandboxSdks.h"

#include "ThirdPartyInventory.h"
#include "checks/ProblemText.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <tuple>

namespace callstudio {

namespace {

// Every identifier and string of the scripts, to tell whether an option is named at all.
std::set<std::string> wordsOf(const ParsedCustomCode &parsed)
{
    std::set<std::string> words;
    for (const CustomCodeDocument *doc : parsed.areas())
        for (const auto &script : doc->scripts())
            for (const auto &t : script.tokens)
                if (t.kind == JsTokenKind::Identifier || t.kind == JsTokenKind::String)
                    words.insert(t.kind == JsTokenKind::Identifier ? std::string(t.raw) : t.value);
    return words;
}

} // namespace

std::vector<SandboxSdkUse> sdksFailingInTheSandbox(const ParsedCustomCode &parsed)
{
    std::vector<SandboxSdkUse> uses;
    const auto note = [&](const KnownSdk *sdk, CodeArea area, SourcePosition at) {
        if (!sdk || !sdk->opaqueOrigin)
            return;
        const auto same = [&](const SandboxSdkUse &u) { return u.sdk == sdk; };
        const auto found = std::find_if(uses.begin(), uses.end(), same);
        if (found == uses.end())
            uses.push_back({sdk, area, at});
        else if (std::tie(area, at.line, at.column)
                 < std::tie(found->area, found->position.line, found->position.column))
            *found = {sdk, area, at};
    };
    for (const auto &group : buildThirdPartyInventory(parsed).domains)
        if (!group.tracker.empty())
            note(sdkForEntity(group.tracker), group.entries.front().area, group.entries.front().position);
    for (const CustomCodeDocument *doc : parsed.areas())
        for (const auto &script : doc->scripts())
            for (size_t i = 0; i < script.tokens.size(); ++i)
                if (script.tokens[i].kind == JsTokenKind::Identifier && isGlobalReference(script.tokens, i))
                    note(sdkForGlobal(script.tokens[i].raw), doc->area(), doc->positionOf(script, script.tokens[i]));
    const std::set<std::string> words = wordsOf(parsed);
    uses.erase(std::remove_if(uses.begin(), uses.end(),
                              [&](const SandboxSdkUse &u) {
                                  return !u.sdk->opaqueOrigin->cannotRun && words.count(u.sdk->opaqueOrigin->key);
                              }),
               uses.end());
    std::stable_sort(uses.begin(), uses.end(), [](const SandboxSdkUse &a, const SandboxSdkUse &b) {
        return std::tie(a.area, a.position.line, a.position.column)
               < std::tie(b.area, b.position.line, b.position.column);
    });
    return uses;
}

std::string sandboxSdkAdvice(const KnownSdk &sdk)
{
    if (sdk.opaqueOrigin->cannotRun)
        //: %1 is an analytics SDK's name (Mixpanel).
        return problemText(QCoreApplication::translate(
                               "Problems", "%1 writes cookies whatever its settings, which the sandbox (an opaque "
                                           "origin, as on your site) refuses with a SecurityError, so it never starts "
                                           "there; load it from your own page instead and send it the widget's "
                                           "events, which your page receives by postMessage"),
                           {sdk.name});
    //: %1 is an analytics SDK's name (Amplitude); %2 the setting to add, in code (identityStorage: 'none' in …).
    return problemText(QCoreApplication::translate(
                           "Problems", "%1 keeps its state in cookies or storage by default, which the sandbox (an "
                                       "opaque origin, as on your site) refuses with a SecurityError, so it never "
                                       "starts; keep its state in memory: set %2"),
                       {sdk.name, sdk.opaqueOrigin->setting});
}

std::vector<Problem> checkSandboxSdks(const ParsedCustomCode &parsed)
{
    std::vector<Problem> problems;
    for (const SandboxSdkUse &use : sdksFailingInTheSandbox(parsed))
        problems.push_back({Severity::Warning, "code.sdk-opaque-origin", sandboxSdkAdvice(*use.sdk),
                            codeAreaPointer(use.area), use.position.line, use.position.column});
    return problems;
}

} // namespace callstudio
