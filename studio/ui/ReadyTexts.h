// Ready-made disclosure texts for the product's consent patterns, in the widget locales
// Call Studio ships wording for. These are visitor-facing texts, so they follow the
// widget's locale, not the designer's UI language.
#pragma once

#include <string>
#include <vector>

namespace callstudio {

enum class ReadyText { RecordingNotice, ProcessingNotice, RegulatedIndustry };
inline constexpr ReadyText kAllReadyTexts[] = {ReadyText::RecordingNotice, ReadyText::ProcessingNotice,
                                               ReadyText::RegulatedIndustry};

// The text in `locale` (language part only), else in English.
std::string readyText(ReadyText which, const std::string &locale);

} // namespace callstudio
