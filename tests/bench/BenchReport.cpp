#include "BenchReport.h"

#include "io/DesignFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace callstudio::bench {

Percentiles percentilesOf(std::vector<double> samples)
{
    Percentiles p;
    p.count = samples.size();
    if (samples.empty())
        return p;
    std::sort(samples.begin(), samples.end());
    // Nearest-rank percentiles: a figure is always one of the measured samples.
    auto rank = [&](double q) {
        const auto i = static_cast<size_t>(std::ceil(q * static_cast<double>(samples.size())));
        return samples[std::min(samples.size() - 1, i == 0 ? 0 : i - 1)];
    };
    p.median = rank(0.5);
    p.p95 = rank(0.95);
    p.p99 = rank(0.99);
    return p;
}

void BenchReport::addTiming(const std::string &id, const std::string &what, const std::vector<double> &samples,
                            const std::vector<double> &floor, const std::string &unit, std::optional<double> target)
{
    Row row{id, what, unit, percentilesOf(samples), std::nullopt, std::nullopt, target};
    if (!floor.empty())
        row.floor = percentilesOf(floor);
    m_rows.push_back(std::move(row));
}

void BenchReport::addValue(const std::string &id, const std::string &what, double value, const std::string &unit,
                           std::optional<double> target)
{
    m_rows.push_back({id, what, unit, {}, std::nullopt, value, target});
}

void BenchReport::print(FILE *out) const
{
    std::fprintf(out, "%-4s %-58s %10s %10s %10s %12s %12s %8s %10s\n", "id", "figure", "median", "p95", "p99",
                 "floor med", "floor p95", "ratio", "target");
    for (const auto &r : m_rows) {
        const std::string target = r.target ? std::to_string(*r.target).substr(0, 6) : "";
        if (r.value) {
            std::fprintf(out, "%-4s %-58s %10.3f %10s %10s %12s %12s %8s %10s  %s\n", r.id.c_str(), r.what.c_str(),
                         *r.value, "", "", "", "", "", target.c_str(), r.unit.c_str());
            continue;
        }
        const double ratio = r.floor && r.floor->median > 0 ? r.figure.median / r.floor->median : 0;
        std::fprintf(out, "%-4s %-58s %10.3f %10.3f %10.3f %12s %12s %8s %10s  %s (n=%zu)\n", r.id.c_str(),
                     r.what.c_str(), r.figure.median, r.figure.p95, r.figure.p99,
                     r.floor ? std::to_string(r.floor->median).substr(0, 8).c_str() : "",
                     r.floor ? std::to_string(r.floor->p95).substr(0, 8).c_str() : "",
                     r.floor ? std::to_string(ratio).substr(0, 6).c_str() : "", target.c_str(), r.unit.c_str(),
                     r.figure.count);
    }
}

bool BenchReport::writeJson(const std::string &path) const
{
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto &r : m_rows) {
        nlohmann::ordered_json j{{"id", r.id}, {"figure", r.what}, {"unit", r.unit}};
        if (r.value) {
            j["value"] = *r.value;
        } else {
            j["median"] = r.figure.median;
            j["p95"] = r.figure.p95;
            j["p99"] = r.figure.p99;
            j["samples"] = r.figure.count;
            if (r.floor)
                j["floor"] = {{"median", r.floor->median}, {"p95", r.floor->p95}, {"p99", r.floor->p99}};
        }
        if (r.target)
            j["target"] = *r.target;
        rows.push_back(std::move(j));
    }
    const auto saved = writeFileAtomically(path, rows.dump(2) + "\n");
    if (!saved.ok)
        std::fprintf(stderr, "%s\n", saved.error.c_str());
    return saved.ok;
}

} // namespace callstudio::bench
