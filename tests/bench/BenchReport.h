// Collects benchmark figures (median / p95 / p99 next to their floor) and prints them as
// a table and as JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace callstudio::bench {

struct Percentiles
{
    double median = 0;
    double p95 = 0;
    double p99 = 0;
    size_t count = 0;
};

Percentiles percentilesOf(std::vector<double> samples);

class BenchReport
{
public:
    // A timed figure; `floor` may be empty when the figure has none. `target` is the
    // goal for the figure's p95 (informational: the report never fails on it).
    void addTiming(const std::string &id, const std::string &what, const std::vector<double> &samples,
                   const std::vector<double> &floor, const std::string &unit, std::optional<double> target = {});
    // A single measured value (a ratio, a count, a size).
    void addValue(const std::string &id, const std::string &what, double value, const std::string &unit,
                  std::optional<double> target = {});

    void print(FILE *out) const;
    bool writeJson(const std::string &path) const;

private:
    struct Row
    {
        std::string id;
        std::string what;
        std::string unit;
        Percentiles figure;
        std::optional<Percentiles> floor;
        std::optional<double> value;
        std::optional<double> target;
    };
    std::vector<Row> m_rows;
};

} // namespace callstudio::bench
