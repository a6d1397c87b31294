// Call Studio's benchmark: each figure next to its floor (the same work without Call
// Studio's code), measured in the same run so ratios hold on a noisy machine.
// Not a test: run `./dev.sh bench` (see README). `--quick` makes a smoke run.
#include "BenchReport.h"
#include "DesignGenerator.h"
#include "KeystrokeBench.h"
#include "PreviewBench.h"
#include "StartupBench.h"

#include "PreviewSimulation.h"
#include "checks/DesignChecks.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "privacy/CustomCodeLint.h"
#include "privacy/DesignReview.h"
#include "privacy/PrivacyChecks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <cstdlib>
#include <new>
#include <optional>

// Heap accounting for B4's peak memory: every C++ allocation of this process passes here.
namespace {
std::atomic<size_t> g_heapNow{0};
std::atomic<size_t> g_heapPeak{0};
} // namespace

void *operator new(size_t size)
{
    auto *block = static_cast<size_t *>(std::malloc(size + sizeof(std::max_align_t)));
    if (!block)
        throw std::bad_alloc();
    *block = size;
    const size_t now = g_heapNow.fetch_add(size) + size;
    size_t peak = g_heapPeak.load();
    while (now > peak && !g_heapPeak.compare_exchange_weak(peak, now)) {
    }
    return reinterpret_cast<char *>(block) + sizeof(std::max_align_t);
}

void operator delete(void *p) noexcept
{
    if (!p)
        return;
    auto *block = reinterpret_cast<size_t *>(static_cast<char *>(p) - sizeof(std::max_align_t));
    g_heapNow.fetch_sub(*block);
    std::free(block);
}

void operator delete(void *p, size_t) noexcept
{
    operator delete(p);
}

namespace callstudio::bench {

namespace {

// Heap growth of each step of the file path, to find which one sets B4's peak.
void printMemoryPhases(const std::string &text)
{
    auto measure = [](const char *step, auto &&work) {
        const size_t before = g_heapNow.load();
        g_heapPeak.store(before);
        work();
        std::printf("B4 %-8s peak +%.2f MB, kept +%.2f MB\n", step, double(g_heapPeak.load() - before) / 1048576.0,
                    (double(g_heapNow.load()) - double(before)) / 1048576.0);
    };
    std::optional<LoadResult> loaded;
    measure("parse", [&] { const auto doc = nlohmann::json::parse(text); });
    measure("load", [&] { loaded = loadDesignFromText(text); });
    measure("review", [&] { (void)reviewDesign(*loaded->design); });
    measure("export", [&] { (void)designToCanonicalText(*loaded->design); });
}

// Where B4's review spends its time: the design checks, reading the custom code (gumbo,
// libtidy, the JS tokenizer), its lint, and the privacy checks.
void benchReviewParts(BenchReport &report, const WidgetDesign &design, int repetitions)
{
    std::vector<double> checks, reading, lint, privacy;
    auto time = [](std::vector<double> &into, auto &&work) {
        QElapsedTimer t;
        t.start();
        work();
        into.push_back(t.nsecsElapsed() / 1e6);
    };
    for (int i = 0; i < repetitions; ++i) {
        time(checks, [&] { (void)checkDesign(design); });
        std::optional<ParsedCustomCode> parsed;
        time(reading, [&] { parsed.emplace(design.customCode); });
        time(lint, [&] { (void)lintCustomCode(*parsed); });
        time(privacy, [&] { (void)checkPrivacy(design, *parsed); });
    }
    report.addTiming("B4", "review part: design checks", checks, {}, "ms");
    report.addTiming("B4", "review part: reading the custom code (256 KB)", reading, {}, "ms");
    report.addTiming("B4", "review part: custom-code lint", lint, {}, "ms");
    report.addTiming("B4", "review part: privacy checks", privacy, {}, "ms");
}

// B4: load (syntax, schema, model) + the full review (design checks, custom-code lint,
// privacy) + canonical export of a 1 MB design.
void benchFilePath(BenchReport &report, int repetitions, bool memoryPhases)
{
    const std::string text = designToCanonicalText(generateLargeDesign(1024 * 1024));
    if (memoryPhases)
        printMemoryPhases(text);
    std::vector<double> full, floor, reviewOnly;
    size_t peakExtra = 0;
    for (int i = 0; i < repetitions + 3; ++i) {
        const bool warmUp = i < 3;
        const size_t before = g_heapNow.load();
        g_heapPeak.store(before);
        QElapsedTimer t;
        t.start();
        const LoadResult loaded = loadDesignFromText(text);
        const qint64 reviewStart = t.nsecsElapsed();
        const auto problems = reviewDesign(*loaded.design);
        const double reviewMs = (t.nsecsElapsed() - reviewStart) / 1e6;
        const std::string exported = designToCanonicalText(*loaded.design);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!loaded.ok() || hasErrors(problems) || exported != text)
            qFatal("B4: the generated design did not round-trip cleanly");
        if (!warmUp) {
            full.push_back(ms);
            reviewOnly.push_back(reviewMs);
            peakExtra = std::max(peakExtra, g_heapPeak.load() - before);
        }

        t.restart();
        const std::string bare = nlohmann::ordered_json::parse(text).dump(2) + "\n";
        const double floorMs = t.nsecsElapsed() / 1e6;
        if (bare.size() != text.size())
            qFatal("B4: the floor did not reproduce the text");
        if (!warmUp)
            floor.push_back(floorMs);
    }
    report.addTiming("B4", "file path: load + schema + full review + export (1 MB)", full, floor, "ms", 50.0);
    report.addTiming("B4", "of which the full review (checks + lint + privacy)", reviewOnly, {}, "ms");
    benchReviewParts(report, *loadDesignFromText(text).design, std::max(3, repetitions / 4));
    report.addValue("B4", "file path: design size", static_cast<double>(text.size()) / (1024 * 1024), "MB");
    const double ratio = static_cast<double>(peakExtra) / static_cast<double>(text.size());
    report.addValue("B4", "file path: peak heap / file size", ratio, "x", 5.0);
}

} // namespace

} // namespace callstudio::bench

int main(int argc, char **argv)
{
    // B2 runs the preview headless: the web engine is set up before the application.
    callstudio::prepareHeadlessPreview();
    callstudio::bench::StallClockApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Call Studio benchmarks (figures with their floors)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("quick"), QStringLiteral("Few repetitions, for a smoke run.")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only these figures (comma-separated, e.g. B4,B5)."),
                      QStringLiteral("IDS")});
    parser.addOption({QStringLiteral("memory-phases"), QStringLiteral("Print B4's heap growth step by step.")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Write the figures as JSON to FILE."), QStringLiteral("FILE")});
    parser.process(app);

    const bool quick = parser.isSet(QStringLiteral("quick"));
    callstudio::bench::BenchReport report;
    const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto wanted = [&](const char *id) { return only.isEmpty() || only.contains(QLatin1String(id)); };
    if (wanted("B4"))
        callstudio::bench::benchFilePath(report, quick ? 3 : 40, parser.isSet(QStringLiteral("memory-phases")));
    if (wanted("B1"))
        callstudio::bench::benchEditToPreview(report, quick ? 5 : 200);
    if (wanted("B2"))
        callstudio::bench::benchCustomCodeRerun(report, quick ? 4 : 100);
    if (wanted("B3"))
        callstudio::bench::benchBridge(report, quick ? 20 : 1000, quick ? 500 : 10000);
    if (wanted("B6"))
        callstudio::bench::benchKeystroke(report, quick ? 2 : 40);
    if (wanted("B5"))
        callstudio::bench::benchStartup(report, quick ? 1 : 10);
    report.print(stdout);
    if (parser.isSet(QStringLiteral("json")) && !report.writeJson(parser.value(QStringLiteral("json")).toStdString()))
        return 1;
    return 0;
}
