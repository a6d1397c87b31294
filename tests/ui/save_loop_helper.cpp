// Test helper for test_savecrash: saves two large designs to FILE in turn, forever,
// through the designer's atomic save, until it is killed; prints a line after each save.
#include "io/DesignFile.h"
#include "savecrash_designs.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

using namespace callstudio;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: save_loop_helper FILE\n");
        return 2;
    }
    const WidgetDesign designs[2] = {saveCrashDesign(0), saveCrashDesign(1)};
    for (unsigned n = 0;; ++n) {
        const SaveResult r = saveDesignToFile(designs[n % 2], argv[1]);
        if (!r.ok) {
            std::fprintf(stderr, "%s\n", r.error.c_str());
            return 1;
        }
        // One line per finished save: the test waits for a number of them before killing.
        std::printf("saved\n");
        std::fflush(stdout);
    }
}
