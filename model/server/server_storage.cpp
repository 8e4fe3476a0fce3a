#include "server/server_storage.h"

#include "server_connection.h"
#include "server_rows.h"
#include "server_schema.h"
#include "server_stores.h"

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

struct ServerStorage::Parts {
    explicit Parts(const std::string& uri)
        : connection(uri),
          catalogue(connection, catalogue_changes),
          templates(connection, catalogue, catalogue_changes, template_changes) {}

    server::Connection connection;
    Topic<CatalogueChanged> catalogue_changes;
    Topic<TemplatesChanged> template_changes;
    server::CatalogueOnServer catalogue;
    server::TemplatesOnServer templates;
    server::ChangeCounts seen;  // the counters at the last look
    std::vector<Subscription> own_changes;
};

ServerStorage::ServerStorage(const std::string& uri) : parts_(std::make_unique<Parts>(uri)) {
    server::prepare(parts_->connection);
    Parts& parts = *parts_;
    auto counts = [&parts] {
        return parts.connection.read([](server::Tx& tx) { return server::changeCounts(tx); });
    };
    parts.seen = counts();
    // This client's own changes are told when they are made, not again at the next look.
    parts.own_changes.push_back(parts.catalogue_changes.subscribe(
        [&parts, counts](const CatalogueChanged&) { parts.seen.catalogue = counts().catalogue; }));
    parts.own_changes.push_back(parts.template_changes.subscribe(
        [&parts, counts](const TemplatesChanged&) { parts.seen.templates = counts().templates; }));
}

void ServerStorage::checkForChanges() {
    const auto now =
        parts_->connection.read([](server::Tx& tx) { return server::changeCounts(tx); });
    if (now.catalogue != parts_->seen.catalogue) {
        parts_->seen.catalogue = now.catalogue;
        parts_->catalogue_changes.publish({});
    }
    if (now.templates != parts_->seen.templates) {
        parts_->seen.templates = now.templates;
        parts_->template_changes.publish({});
    }
}

ServerStorage::~ServerStorage() = default;

CatalogueStore& ServerStorage::catalogue() {
    return parts_->catalogue;
}
TemplateStore& ServerStorage::templates() {
    return parts_->templates;
}
Topic<CatalogueChanged>& ServerStorage::catalogueChanges() {
    return parts_->catalogue_changes;
}
Topic<TemplatesChanged>& ServerStorage::templateChanges() {
    return parts_->template_changes;
}

std::string ServerStorage::description() const {
    return parts_->connection.description();
}

std::optional<Clinic> ServerStorage::clinic() const {
    return parts_->connection.read([](server::Tx& tx) -> std::optional<Clinic> {
        const auto rows =
            tx.exec("SELECT name, phone, address, emergency_number FROM hep_clinic WHERE id = 1");
        if (rows.empty()) {
            return std::nullopt;
        }
        return Clinic{rows[0][0].as<std::string>(), rows[0][1].as<std::string>(),
                      rows[0][2].as<std::string>(), rows[0][3].as<std::string>()};
    });
}

void ServerStorage::writeClinic(const Clinic& clinic) {
    parts_->connection.write([&](server::Tx& tx) {
        tx.exec_params(
            "INSERT INTO hep_clinic (id, name, phone, address, emergency_number) "
            "VALUES (1, $1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET name = "
            "EXCLUDED.name, phone = EXCLUDED.phone, address = EXCLUDED.address, "
            "emergency_number = EXCLUDED.emergency_number",
            clinic.name, clinic.phone, clinic.address, clinic.emergency_number);
    });
}

}  // namespace hep
