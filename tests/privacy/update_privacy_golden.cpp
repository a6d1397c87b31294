// Rewrites the privacy golden files from the current output, for a deliberate change:
// `cmake --build build --target update-golden`, then review the diff. test_privacy only
// compares.
#include "golden_outputs.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const QString &example : {QStringLiteral("order-help"), QStringLiteral("minimal")}) {
        for (const GoldenOutput &output : privacyGoldenOutputs(example)) {
            QFile file(output.path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(QByteArray::fromStdString(output.text)) != static_cast<qint64>(output.text.size())) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(output.path));
                return 1;
            }
            std::printf("wrote %s\n", qPrintable(output.path));
        }
    }
    return 0;
}
