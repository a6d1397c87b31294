#include "OperatorNames.h"

#include <QCoreApplication>

namespace callstudio {

QString stateTitle(WidgetState state)
{
    switch (state) {
    case WidgetState::Idle:
        return QCoreApplication::translate("Designer", "Idle");
    case WidgetState::Connecting:
        return QCoreApplication::translate("Designer", "Connecting");
    case WidgetState::InCall:
        return QCoreApplication::translate("Designer", "In call");
    case WidgetState::Ended:
        return QCoreApplication::translate("Designer", "Ended");
    case WidgetState::Error:
        return QCoreApplication::translate("Designer", "Error");
    case WidgetState::Closed:
        return QCoreApplication::translate("Designer", "Closed");
    }
    return {};
}

QString blockKindTitle(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Heading:
        return QCoreApplication::translate("Designer", "Heading");
    case BlockKind::Paragraph:
        return QCoreApplication::translate("Designer", "Paragraph");
    case BlockKind::Disclosure:
        return QCoreApplication::translate("Designer", "Disclosure");
    case BlockKind::CallButton:
        return QCoreApplication::translate("Designer", "Call button");
    case BlockKind::HangupButton:
        return QCoreApplication::translate("Designer", "Hang-up button");
    case BlockKind::MuteButton:
        return QCoreApplication::translate("Designer", "Mute button");
    case BlockKind::CallTimer:
        return QCoreApplication::translate("Designer", "Call timer");
    case BlockKind::Image:
        return QCoreApplication::translate("Designer", "Image");
    case BlockKind::Link:
        return QCoreApplication::translate("Designer", "Link");
    case BlockKind::Spacer:
        return QCoreApplication::translate("Designer", "Spacer");
    case BlockKind::PreCallForm:
        return QCoreApplication::translate("Designer", "Pre-call form");
    case BlockKind::Survey:
        return QCoreApplication::translate("Designer", "Survey");
    }
    return {};
}

QString fieldTypeTitle(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QCoreApplication::translate("Designer", "Text");
    case FieldType::Email:
        return QCoreApplication::translate("Designer", "Email");
    case FieldType::Tel:
        return QCoreApplication::translate("Designer", "Phone");
    case FieldType::Select:
        return QCoreApplication::translate("Designer", "List");
    case FieldType::Checkbox:
        return QCoreApplication::translate("Designer", "Checkbox");
    }
    return {};
}

QString weekdayTitle(int day)
{
    switch (day) {
    case 0:
        return QCoreApplication::translate("Designer", "Monday");
    case 1:
        return QCoreApplication::translate("Designer", "Tuesday");
    case 2:
        return QCoreApplication::translate("Designer", "Wednesday");
    case 3:
        return QCoreApplication::translate("Designer", "Thursday");
    case 4:
        return QCoreApplication::translate("Designer", "Friday");
    case 5:
        return QCoreApplication::translate("Designer", "Saturday");
    case 6:
        return QCoreApplication::translate("Designer", "Sunday");
    }
    return {};
}

QString callErrorTitle(CallErrorCode code)
{
    switch (code) {
    case CallErrorCode::MicDenied:
        return QCoreApplication::translate("Designer", "Microphone blocked");
    case CallErrorCode::MicUnavailable:
        return QCoreApplication::translate("Designer", "No microphone");
    case CallErrorCode::MediaFailure:
        return QCoreApplication::translate("Designer", "Audio failure");
    case CallErrorCode::Network:
        return QCoreApplication::translate("Designer", "Network lost");
    case CallErrorCode::SessionRejected:
        return QCoreApplication::translate("Designer", "Call not accepted");
    case CallErrorCode::NoProvider:
        return QCoreApplication::translate("Designer", "Calling unavailable");
    }
    return {};
}

QString themeColorTitle(const std::string &key)
{
    // The Theme dock's names, in its translation context.
    static const std::pair<const char *, const char *> kTitles[] = {
        {"primary", QT_TRANSLATE_NOOP("callstudio::ThemeDock", "Primary")},
        {"onPrimary", QT_TRANSLATE_NOOP("callstudio::ThemeDock", "On primary")},
        {"background", QT_TRANSLATE_NOOP("callstudio::ThemeDock", "Background")},
        {"onBackground", QT_TRANSLATE_NOOP("callstudio::ThemeDock", "On background")},
        {"surface", QT_TRANSLATE_NOOP("callstudio::ThemeDock", "Surface")},
        {"text", QT_TRANSLATE_NOOP("callstudio::ThemeDock", "Text")},
        {"muted", QT_TRANSLATE_NOOP("callstudio::ThemeDock", "Muted text")},
        {"error", QT_TRANSLATE_NOOP("callstudio::ThemeDock", "Error")},
    };
    for (const auto &[k, title] : kTitles)
        if (key == k)
            return QCoreApplication::translate("callstudio::ThemeDock", title);
    return QString::fromStdString(key);
}

} // namespace callstudio
