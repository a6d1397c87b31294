#include "golden_outputs.h"

#include "io/DesignFile.h"
#include "privacy/EmbedGuidance.h"
#include "privacy/PrivacyManifest.h"

using namespace callstudio;

std::vector<GoldenOutput> privacyGoldenOutputs(const QString &example)
{
    const auto r =
        loadDesignFromFile(CALLSTUDIO_SOURCE_DIR "/resources/examples/" + example.toStdString() + ".design.json");
    if (!r.ok())
        qFatal("example %s does not load", qPrintable(example));
    const PrivacyManifest manifest = buildPrivacyManifest(*r.design);
    const QString stem = QStringLiteral(CALLSTUDIO_PRIVACY_GOLDEN_DIR "/") + example;
    return {{stem + QStringLiteral(".manifest.md"), manifestToMarkdown(manifest)},
            {stem + QStringLiteral(".manifest.html"), manifestToHtml(manifest)},
            {stem + QStringLiteral(".snippet.txt"), embedSnippetText(*r.design)}};
}
