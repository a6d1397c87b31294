// Feeds arbitrary bytes to the design loader through the file layer, as `callstudio
// validate` does: written to a real file, read back once, validated, its problems placed.
// A design that loads goes through the full review (design checks, custom-code lint,
// privacy assistant) and every writer of the command line: the embed snippet (`snippet`),
// the privacy manifest, the widget config (`export`) and, where the preview is built, the
// shareable HTML (`share`). Beyond "never crash", it checks the promises: a refused file
// says why, problems are capped and safe to print, the bytes validated are the bytes on
// disk, whatever loads saves canonically and loads back to the same design and the same
// text, whatever may be exported is a valid widget config, and no design text ends a
// script element of the shared page. The mutator (StructuredMutator.cpp) edits the JSON
// tree, so most inputs get past the schema to reach all that.
#include "LoadedDesigns.h"

#include "checks/DesignChecks.h"
#include "checks/ProblemText.h"
#include "contract/WidgetConfig.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "io/JsonLocator.h"
#include "privacy/DesignReview.h"
#include "privacy/EmbedGuidance.h"
#include "privacy/ExportGate.h"
#include "privacy/PrivacyManifest.h"
#ifdef CALLSTUDIO_FUZZ_SHARE
#include "StandalonePreview.h"
#endif

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace callstudio;

[[noreturn]] void fail(const char *what, std::string_view detail = {})
{
    std::fprintf(stderr, "%s\n%.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

// The file the input is written to: in memory where there is /dev/shm, so the flush of
// each atomic save costs no disk write.
const std::string &scratchPath()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/callstudio-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/fuzz-XXXXXX"));
    static const std::string path = dir.filePath(QStringLiteral("input.design.json")).toStdString();
    return path;
}

void checkProblemsArePrintable(const std::vector<Problem> &problems)
{
    if (problems.size() > kMaxProblemsPerFile + 1)
        fail("more problems than the cap");
    for (const auto &p : problems) {
        if (terminalSafe(p.message, p.message.size() + 1) != p.message)
            fail("a message is not terminal-safe", p.message);
        if (p.message.size() > 64 * 1024)
            fail("a message is not bounded");
    }
}

// What the designer lets out of the door (no error in the review) is a config the
// website's widget accepts.
void checkExport(const WidgetDesign &design, const std::vector<Problem> &review)
{
    const std::string config = widgetConfigText(design);
    if (!exportBlockers(review).empty())
        return;
    const auto parsed = nlohmann::json::parse(config, nullptr, false);
    if (parsed.is_discarded() || !validateWidgetConfig(parsed).empty())
        fail("an exportable design gave an invalid widget config:", config);
}

#ifdef CALLSTUDIO_FUZZ_SHARE
size_t countCaseless(std::string text, std::string_view what)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    size_t count = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++count;
    return count;
}

// The page's own script and comment markup, counted once: a design's text may add none.
void checkSharedPage(const WidgetDesign &design)
{
    static const std::string plain = standalonePreviewHtml(WidgetDesign());
    static const size_t scriptEnds = countCaseless(plain, "</script");
    static const size_t commentStarts = countCaseless(plain, "<!--");
    const std::string page = standalonePreviewHtml(design);
    if (countCaseless(page, "</script") != scriptEnds || countCaseless(page, "<!--") != commentStarts)
        fail("design text changed the markup of the shared page");
}
#endif

void reviewLoadedDesign(const WidgetDesign &design, std::string_view text)
{
    std::vector<Problem> review = reviewDesign(design);
    std::vector<std::string> pointers;
    for (const auto &p : review)
        pointers.push_back(p.pointer);
    (void)locatePointersOrAncestors(text, pointers);
    checkExport(design, review);
    capProblems(review);
    checkProblemsArePrintable(review);
    (void)embedSnippetText(design);
    (void)manifestToHtml(buildPrivacyManifest(design));
#ifdef CALLSTUDIO_FUZZ_SHARE
    checkSharedPage(design);
#endif
}

// With CALLSTUDIO_FUZZ_STATS set, how many inputs loaded (got past the schema), printed at
// exit: the figure the mutator is for.
struct LoadCounts
{
    size_t inputs = 0;
    size_t loaded = 0;
    ~LoadCounts()
    {
        if (std::getenv("CALLSTUDIO_FUZZ_STATS"))
            std::fprintf(stderr, "callstudio: %zu of %zu inputs loaded\n", loaded, inputs);
    }
} loadCounts;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const std::string &path = scratchPath();
    if (const SaveResult saved = writeFileAtomically(path, text); !saved.ok)
        fail("the scratch file could not be written", saved.error);
    std::string bytes;
    const LoadResult first = loadDesignFromFile(path, &bytes);
    if (first.status != LoadResult::Status::Unreadable && bytes != text)
        fail("the bytes validated are not the bytes written");
    checkProblemsArePrintable(first.problems);
    ++loadCounts.inputs;
    loadCounts.loaded += first.ok() ? 1 : 0;
    if (first.ok())
        fuzzing::rememberLoaded(text);
    if (!first.ok()) {
        if (first.problems.empty())
            fail("a failed load reported no problem");
        return 0;
    }
    reviewLoadedDesign(*first.design, bytes);
    const std::string canonical = designToCanonicalText(*first.design);
    const LoadResult second = loadDesignFromText(canonical);
    if (!second.ok() || *second.design != *first.design || designToCanonicalText(*second.design) != canonical)
        fail("canonical text did not round-trip:", canonical);
    return 0;
}
