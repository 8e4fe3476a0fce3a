#include "server/server_address.h"

namespace hep {

bool isServerUri(std::string_view db) {
    return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

namespace {

// A libpq URI in its parts: scheme://user:password@host:port/database?parameters.
struct UriParts {
    std::string_view scheme;  // "postgresql://"
    std::string_view user;    // "user:password", or empty
    std::string_view place;   // "host:port/database"
    std::string_view query;   // "sslmode=require", or empty
};

std::optional<UriParts> splitUri(std::string_view uri) {
    const auto scheme_end = uri.find("://");
    if (scheme_end == std::string_view::npos) {
        return std::nullopt;
    }
    UriParts parts;
    parts.scheme = uri.substr(0, scheme_end + 3);
    std::string_view rest = uri.substr(scheme_end + 3);
    if (const auto question = rest.find('?'); question != std::string_view::npos) {
        parts.query = rest.substr(question + 1);
        rest = rest.substr(0, question);
    }
    // The user and password end at the last @ before the database's slash.
    if (const auto at = rest.rfind('@', rest.find('/')); at != std::string_view::npos) {
        parts.user = rest.substr(0, at);
        rest = rest.substr(at + 1);
    }
    parts.place = rest;
    return parts;
}

}  // namespace

std::string serverName(std::string_view uri) {
    const auto parts = splitUri(uri);
    if (!parts) {
        return "(not a server address)";
    }
    return std::string(parts->scheme) + std::string(parts->place);
}

std::optional<std::string> serverUriProblem(std::string_view uri) {
    const auto parts = splitUri(uri);
    if (!isServerUri(uri) || !parts) {
        return "is not a clinic server's address: it starts with postgresql://, e.g. "
               "postgresql://db.clinic.local/hep";
    }
    if (parts->user.find(':') != std::string_view::npos ||
        parts->query.find("password=") != std::string_view::npos) {
        return "holds a password: HEP Studio never keeps one. Leave it out and put it in "
               "~/.pgpass (host:port:database:user:password)";
    }
    return std::nullopt;
}

}  // namespace hep
