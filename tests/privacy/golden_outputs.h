// The outputs the privacy golden files hold: the manifest (Markdown, HTML) and the embed
// snippet of each example. Shared by test_privacy, which compares them with the files,
// and update_privacy_golden, which rewrites the files (`cmake --build build --target
// update-golden` after a deliberate change).
#pragma once

#include <QString>

#include <string>
#include <vector>

struct GoldenOutput
{
    QString path; // the golden file
    std::string text;
};

// For the examples named (without ".design.json"): every golden output.
std::vector<GoldenOutput> privacyGoldenOutputs(const QString &example);
