// Feeds arbitrary bytes to the design loader through the file layer, as `callstudio
// validate` does: written to a real file, read back once, validated, its problems placed.
// A design that loads goes through the full review (design checks, custom-code lint,
// privacy assistant) and the HTML writers (the embed snippet, the privacy manifest).
// Beyond "never crash", it checks the promises: a refused file says why, problems are
// capped and safe to print, the bytes validated are the bytes on disk, and whatever
// loads saves canonically and loads back to the same design and the same text.
#include "checks/DesignChecks.h"
#include "checks/ProblemText.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "io/JsonLocator.h"
#include "privacy/DesignReview.h"
#include "privacy/EmbedGuidance.h"
#include "privacy/PrivacyManifest.h"

#include <QDir>
#include <QTemporaryDir>

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

void reviewLoadedDesign(const WidgetDesign &design, std::string_view text)
{
    std::vector<Problem> review = reviewDesign(design);
    std::vector<std::string> pointers;
    for (const auto &p : review)
        pointers.push_back(p.pointer);
    (void)locatePointersOrAncestors(text, pointers);
    capProblems(review);
    checkProblemsArePrintable(review);
    (void)embedSnippetText(design);
    (void)manifestToHtml(buildPrivacyManifest(design));
}

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
