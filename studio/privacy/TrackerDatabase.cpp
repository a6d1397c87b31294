#include "TrackerDatabase.h"

#include "TrackerData.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

namespace callstudio {

namespace {

using nlohmann::json;

class Database
{
public:
    Database()
    {
        const json entities = json::parse(kTrackerEntitiesJson);
        const json ours = json::parse(kKnownSdksJson);
        for (const json &e : entities)
            addEntity(e.value("name", ""), e.value("category", ""), e.value("domains", json::array()), false);
        for (const json &a : ours.at("additions"))
            addEntity(a.at("name").get<std::string>(), a.at("category").get<std::string>(), a.at("domains"), true);
        for (const json &r : ours.at("recategorised")) {
            if (TrackerEntity *e = byName(r.at("name").get<std::string>()))
                e->category = r.at("category").get<std::string>();
            else
                m_problems.push_back("recategorised entity not in the database: " + r.at("name").get<std::string>());
        }
        const auto categories = ours.at("trackingCategories").get<std::vector<std::string>>();
        for (TrackerEntity &e : m_entities)
            e.tracking = std::find(categories.begin(), categories.end(), e.category) != categories.end();
        for (const json &s : ours.at("sdks"))
            addSdk(s);
    }

    const TrackerEntity *forHost(std::string_view host) const
    {
        if (const auto it = m_exact.find(std::string(host)); it != m_exact.end())
            return &m_entities[it->second];
        // "*.example.com" covers example.com and every host under it.
        for (std::string_view rest = host; !rest.empty();) {
            if (const auto it = m_wildcard.find(std::string(rest)); it != m_wildcard.end())
                return &m_entities[it->second];
            const size_t dot = rest.find('.');
            rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
        }
        return nullptr;
    }

    const KnownSdk *sdkForGlobal(std::string_view name) const
    {
        for (const KnownSdk &sdk : m_sdks)
            if (std::find(sdk.globals.begin(), sdk.globals.end(), name) != sdk.globals.end())
                return &sdk;
        return nullptr;
    }

    const KnownSdk *sdkForEntity(std::string_view entity) const
    {
        for (const KnownSdk &sdk : m_sdks)
            if (sdk.entity == entity)
                return &sdk;
        return nullptr;
    }

    const std::vector<KnownSdk> &sdks() const { return m_sdks; }
    const std::vector<std::string> &problems() const { return m_problems; }

private:
    TrackerEntity *byName(const std::string &name)
    {
        const auto it = m_byName.find(name);
        return it == m_byName.end() ? nullptr : &m_entities[it->second];
    }

    void addEntity(const std::string &name, const std::string &category, const json &domains, bool addition)
    {
        if (name.empty())
            return;
        if (addition && byName(name))
            m_problems.push_back("addition now in the database: " + name);
        const size_t index = m_entities.size();
        m_entities.push_back({name, category, false});
        m_byName.emplace(name, index);
        for (const json &d : domains) {
            std::string pattern = d.get<std::string>();
            std::transform(pattern.begin(), pattern.end(), pattern.begin(),
                           [](unsigned char c) { return char(std::tolower(c)); });
            const bool wildcard = pattern.rfind("*.", 0) == 0;
            auto &indexMap = wildcard ? m_wildcard : m_exact;
            const std::string key = wildcard ? pattern.substr(2) : pattern;
            if (addition && (m_exact.count(key) || m_wildcard.count(key)))
                m_problems.push_back("addition's domain now in the database: " + pattern);
            indexMap.emplace(key, index); // the database's first entity keeps a shared pattern
        }
    }

    void addSdk(const json &s)
    {
        KnownSdk sdk;
        sdk.entity = s.at("entity").get<std::string>();
        sdk.name = s.value("name", sdk.entity);
        sdk.globals = s.at("globals").get<std::vector<std::string>>();
        if (s.contains("opaqueOrigin")) {
            const json &o = s["opaqueOrigin"];
            sdk.opaqueOrigin =
                OpaqueOriginSetting{o.value("cannotRun", false), o.value("key", ""), o.value("setting", "")};
            if (!sdk.opaqueOrigin->cannotRun && sdk.opaqueOrigin->key.empty())
                m_problems.push_back("opaqueOrigin with neither cannotRun nor a key: " + sdk.entity);
        }
        if (!byName(sdk.entity))
            m_problems.push_back("SDK entity not in the database: " + sdk.entity);
        m_sdks.push_back(std::move(sdk));
    }

    std::vector<TrackerEntity> m_entities;
    std::unordered_map<std::string, size_t> m_byName;
    std::unordered_map<std::string, size_t> m_exact;
    std::unordered_map<std::string, size_t> m_wildcard;
    std::vector<KnownSdk> m_sdks;
    std::vector<std::string> m_problems;
};

const Database &database()
{
    static const Database db; // thread-safe: the Problems worker may be first
    return db;
}

} // namespace

const TrackerEntity *entityForHost(std::string_view host)
{
    return database().forHost(host);
}

const TrackerEntity *trackerForHost(std::string_view host)
{
    const TrackerEntity *e = entityForHost(host);
    return e && e->tracking ? e : nullptr;
}

const KnownSdk *sdkForGlobal(std::string_view name)
{
    return database().sdkForGlobal(name);
}

const KnownSdk *sdkForEntity(std::string_view entity)
{
    return database().sdkForEntity(entity);
}

const std::vector<KnownSdk> &knownSdks()
{
    return database().sdks();
}

const char *trackerDatabaseVersion()
{
    return kTrackerDatabaseVersion;
}

const std::vector<std::string> &trackerDataProblems()
{
    return database().problems();
}

} // namespace callstudio
