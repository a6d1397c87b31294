// Plain values the preview reports: where an event went, a console line, what kind of
// design edit is being applied.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace callstudio {

// How an edit reaches the running preview.
enum class PreviewChange {
    Text,       // patched in place
    Layout,     // patched in place
    Theme,      // patched in place
    Placement,  // the host page reloads: launcher position, offsets or width changed
    Locale,     // patched in place
    CustomCode, // only the sandbox is re-created (debounced)
    Other,      // full reload
};

// The Console and the Timeline keep at most this many rows: the oldest go, and a label
// says how many went, so a flood cannot grow the designer without bound.
inline constexpr int kPreviewLogRowLimit = 5000;

// Where an event was delivered.
enum class EventPlace { ParentPage, Sandbox, Integrations };
QString eventPlaceName(EventPlace place); // "parent_page", "sandbox", "integrations"

struct PreviewEvent
{
    EventPlace place = EventPlace::ParentPage;
    QJsonObject envelope;  // {name, data:{..., context}, timestamp}
    bool injected = false; // fired by the operator from the event injector
    QDateTime receivedAt;

    QString name() const { return envelope.value(QStringLiteral("name")).toString(); }
    QJsonObject toJson() const;
};

// Where a console line comes from.
enum class ConsoleArea {
    Head,    // the operator's Head HTML
    BodyEnd, // the operator's Body-end HTML
    Shim,    // the c2c shim
    Runtime, // the widget runtime (limits, dropped content)
    Browser, // the browser engine itself (sandbox refusals and the like)
    Unknown,
    External, // a script the custom code loaded (ConsoleMessage::url; empty when the browser masked it)
};
// "head", "body_end", "shim", "runtime", "browser", "unknown", "external"
QString consoleAreaName(ConsoleArea area);

struct ConsoleMessage
{
    QString level; // log, info, warn, error, debug
    ConsoleArea area = ConsoleArea::Unknown;
    int line = 0; // inside the area, 1-based; 0 when unknown
    QString text;
    bool uncaught = false; // an uncaught error or unhandled rejection of custom code
    QDateTime receivedAt;
    QString url;         // External: the script's address ("" when the browser masked the error)
    int column = 0;      // External: the column in that script, 1-based; 0 when unknown
    bool masked = false; // a cross-origin script's error the page sees only as "Script error."
    QString engineText;  // Masked: what the engine's own console said of it, when it said it lately

    // Raised by the operator's code or by a script it loaded: what `simulate` exits 1 for.
    bool isCustomCodeError() const
    {
        return uncaught && (area == ConsoleArea::Head || area == ConsoleArea::BodyEnd || area == ConsoleArea::External);
    }
    QJsonObject toJson() const;
};

} // namespace callstudio

Q_DECLARE_METATYPE(callstudio::PreviewEvent)
Q_DECLARE_METATYPE(callstudio::ConsoleMessage)
