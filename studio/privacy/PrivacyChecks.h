// The privacy assistant: what in a design puts visitors' data at risk or needs telling
// them about, each problem explained in plain words and citing the product's guidance.
// The rule "disclosure after the call button" lives in checks/DesignChecks
// (layout.disclosure-after-call-button) and is not repeated here.
#pragma once

#include "CustomCodeDocument.h"
#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <optional>
#include <vector>

namespace callstudio {

// privacy.card-data (error), privacy.health-data (warning), and, when the idle state
// has no before-call disclosure, privacy.disclosure-trackers / -form / -recording (warnings).
std::vector<Problem> checkPrivacy(const WidgetDesign &design);
std::vector<Problem> checkPrivacy(const WidgetDesign &design, const ParsedCustomCode &parsed);

// The product guidance each check cites, word for word from the product's privacy page
// (English, without quotation marks: messages show it as Seed guidance: "…").
extern const char *const kCardGuidance;
extern const char *const kHealthGuidance;
extern const char *const kDisclosureGuidance;
extern const char *const kTrackerGuidance;

// Tracker domains and tracking calls (gtag(), fbq(), dataLayer …) found in the custom
// code, in order of appearance, with where the first one is.
struct TrackerUse
{
    std::vector<std::string> names;
    CodeArea area = CodeArea::Head;
    SourcePosition position;
};
TrackerUse findTrackers(const ParsedCustomCode &parsed);

// The first block text (in the file's order) that says calls are recorded.
struct RecordingMention
{
    const Block *block = nullptr;
    WidgetState state = WidgetState::Idle;
    std::string pointer; // of the text
};
std::optional<RecordingMention> findRecordingMention(const WidgetDesign &design);

} // namespace callstudio
