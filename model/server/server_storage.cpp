#include "server/server_storage.h"

#include "server_connection.h"
#include "server_rows.h"
#include "server_schema.h"
#include "server_stores.h"

namespace hep {

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
