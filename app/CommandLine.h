// The command-line verbs of the callstudio executable (validate, export, new, snippet, simulate).
#pragma once

#include <QStringList>

namespace callstudio {

// Whether `args` (argv without the program name) asks for a command-line verb or for
// --help / --version rather than the designer window.
bool wantsCommandLine(const QStringList &args);

// Whether the verb runs the preview headless: prepareHeadlessPreview() must then be
// called, and a QApplication created, before runCommandLine().
bool commandNeedsPreview(const QStringList &args);

// Runs the verb and returns the process exit code. Needs a QCoreApplication.
int runCommandLine(const QStringList &arguments);

} // namespace callstudio
