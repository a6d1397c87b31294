#include "UrlPolicy.h"

#include "io/SchemaValidator.h"

#include <QUrl>

#include <algorithm>
#include <map>

namespace callstudio {

namespace {

using json = nlohmann::json;

BlockKind blockKindOf(UrlUse use)
{
    switch (use) {
    case UrlUse::Link:
        return BlockKind::Link;
    case UrlUse::Image:
        return BlockKind::Image;
    case UrlUse::PrivacyNotice:
        return BlockKind::Disclosure;
    }
    return BlockKind::Link;
}

bool conditionNames(const json &condition, const std::string &kind)
{
    const json *k = condition.contains("properties") && condition.at("properties").contains("kind")
                        ? &condition.at("properties").at("kind")
                        : nullptr;
    if (!k)
        return false;
    if (k->contains("const"))
        return k->at("const") == kind;
    return k->contains("enum") && std::find(k->at("enum").begin(), k->at("enum").end(), kind) != k->at("enum").end();
}

// The "x-callstudio-schemes" of the url in the block kind's if/then rule of the schema.
std::vector<std::string> schemesInSchema(BlockKind kind)
{
    const json &rules = designSchema().at("definitions").at("block").at("allOf");
    for (const auto &rule : rules) {
        if (!rule.contains("if") || !conditionNames(rule.at("if"), blockKindName(kind)))
            continue;
        const json url = rule.value("then", json::object()).value("properties", json::object()).value("url", json());
        if (url.is_object() && url.contains("x-callstudio-schemes"))
            return url.at("x-callstudio-schemes").get<std::vector<std::string>>();
    }
    return {}; // no keyword: nothing is allowed rather than everything
}

} // namespace

std::optional<UrlUse> urlUseOf(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Link:
        return UrlUse::Link;
    case BlockKind::Image:
        return UrlUse::Image;
    case BlockKind::Disclosure:
        return UrlUse::PrivacyNotice;
    default:
        return std::nullopt;
    }
}

const std::vector<std::string> &allowedUrlSchemes(UrlUse use)
{
    static const std::map<UrlUse, std::vector<std::string>> schemes = [] {
        std::map<UrlUse, std::vector<std::string>> out;
        for (auto u : {UrlUse::Link, UrlUse::Image, UrlUse::PrivacyNotice})
            out[u] = schemesInSchema(blockKindOf(u));
        return out;
    }();
    return schemes.at(use);
}

bool isAllowedUrl(const std::string &url, UrlUse use)
{
    const QUrl u(QString::fromStdString(url), QUrl::StrictMode);
    if (!u.isValid())
        return false;
    const std::string scheme = u.scheme().toLower().toStdString();
    const auto &allowed = allowedUrlSchemes(use);
    if (std::find(allowed.begin(), allowed.end(), scheme) == allowed.end())
        return false;
    // A web address needs a host; mailto: and tel: carry their target in the path.
    return scheme == "https" || scheme == "http" ? !u.host().isEmpty() : !u.path().isEmpty();
}

} // namespace callstudio
