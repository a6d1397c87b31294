// `simulate` as the command line runs it, for the tests: its JSON lines, exit code and stderr.
#pragma once

#include "SimulateCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTextStream>

namespace simulationtest {

using callstudio::runSimulation;
using callstudio::SimulationOptions;

struct Run
{
    int exit = -1;
    QList<QJsonObject> lines;
    QString err;
    QStringList namesAt(const QString &place) const
    {
        QStringList names;
        for (const QJsonObject &line : lines)
            if (line.value(QStringLiteral("type")) == QLatin1String("event")
                && line.value(QStringLiteral("place")).toString() == place)
                names << line.value(QStringLiteral("event")).toObject().value(QStringLiteral("name")).toString();
        return names;
    }
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &line : lines)
            if (line.value(QStringLiteral("type")).toString() == type)
                found << line;
        return found;
    }
};

// Every line as `simulate` printed it, then its stderr: what a failed check shows.
inline QString transcript(const Run &result)
{
    QStringList text;
    for (const QJsonObject &line : result.lines)
        text << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
    return text.join(QLatin1Char('\n')) + QLatin1Char('\n') + result.err;
}

inline Run run(const QString &design, const QString &scenario, const SimulationOptions &options)
{
    QString outText;
    Run result;
    QTextStream out(&outText);
    QTextStream err(&result.err);
    result.exit = runSimulation(design, scenario, options, out, err);
    for (const QString &line : outText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("output line is not a JSON object: %s", qPrintable(line));
        result.lines << doc.object();
    }
    return result;
}

inline Run run(const QString &design, const QString &scenario, int timeout = 30)
{
    SimulationOptions options;
    options.timeoutSeconds = timeout;
    return run(design, scenario, options);
}

} // namespace simulationtest
