// The clinic server: the catalogue, templates and clinic details a clinic's therapists share, on
// PostgreSQL (libpqxx). The same Storage as the local file; programs and patients never go there.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "server/server_address.h"
#include "storage/storage.h"

namespace hep {

class ServerStorage final : public Storage {
  public:
    // Connects (at most 5 seconds, unless the URI sets connect_timeout), brings the tables up to
    // this build's schema under a lock (one client migrates, the others wait), and the built-in
    // catalogue up to this build's. Throws StorageError naming the server and the way out.
    explicit ServerStorage(const std::string& uri);
    ~ServerStorage() override;
    ServerStorage(const ServerStorage&) = delete;
    ServerStorage& operator=(const ServerStorage&) = delete;

    CatalogueStore& catalogue() override;
    TemplateStore& templates() override;
    Topic<CatalogueChanged>& catalogueChanges() override;
    Topic<TemplatesChanged>& templateChanges() override;
    std::string description() const override;
    std::optional<Clinic> clinic() const override;
    // Compares the server's change counters with those seen last (one round trip).
    void checkForChanges() override;

  protected:
    void writeClinic(const Clinic& clinic) override;

  private:
    struct Parts;
    std::unique_ptr<Parts> parts_;
};

}  // namespace hep
