// Feeds arbitrary bytes to the design loader. Beyond "never crash", it checks the
// format's promise: whatever loads saves canonically, and the canonical text loads back
// to the same design and the same text.
#include "checks/DesignChecks.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace callstudio;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const LoadResult first = loadDesignFromText(text);
    if (!first.ok()) {
        if (first.problems.empty()) {
            std::fprintf(stderr, "a failed load reported no problem\n");
            std::abort();
        }
        return 0;
    }
    (void)checkDesign(*first.design);
    const std::string canonical = designToCanonicalText(*first.design);
    const LoadResult second = loadDesignFromText(canonical);
    if (!second.ok() || *second.design != *first.design || designToCanonicalText(*second.design) != canonical) {
        std::fprintf(stderr, "canonical text did not round-trip:\n%s\n", canonical.c_str());
        std::abort();
    }
    return 0;
}
