// Which hosts belong to trackers, and what Call Studio knows about common analytics SDKs:
// the public tracker database third-party-web (its entities: a name, a category, domain
// patterns), installed from npm at a pinned version and compiled in, with our additions in
// resources/trackers/known-sdks.json. Read once, on first use; lookups are linear in the host.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace callstudio {

struct TrackerEntity
{
    std::string name;      // "Google Analytics", "PostHog"
    std::string category;  // the database's: "analytics", "ad", "tag-manager", …
    bool tracking = false; // a category that counts as tracking (known-sdks.json)
};

// What an SDK that fails in the sandbox's opaque origin (no cookies, no storage) needs.
struct OpaqueOriginSetting
{
    bool cannotRun = false; // no setting helps: it writes cookies whatever it is told
    std::string key;        // the option's name, as it appears in the code: "identityStorage"
    std::string setting;    // what to write, and where: "identityStorage: 'none' in amplitude.init"
};

struct KnownSdk
{
    std::string entity;               // its entity in the database
    std::string name;                 // as the operator knows it: "Amplitude"
    std::vector<std::string> globals; // the globals its snippet defines: "gtag", "posthog"
    std::optional<OpaqueOriginSetting> opaqueOrigin;
};

// The entity `host` (lower case) belongs to, the most specific pattern winning; nullptr for none.
const TrackerEntity *entityForHost(std::string_view host);
// The tracking entity `host` belongs to; nullptr when it is none or not tracking.
const TrackerEntity *trackerForHost(std::string_view host);
const KnownSdk *sdkForGlobal(std::string_view name);
const KnownSdk *sdkForEntity(std::string_view entity);
const std::vector<KnownSdk> &knownSdks();
// "third-party-web 0.30.0"
const char *trackerDatabaseVersion();
// What no longer matches between our additions and the database (a name it does not have,
// an addition it now has); empty when they agree. test_trackers asserts it.
const std::vector<std::string> &trackerDataProblems();

} // namespace callstudio
