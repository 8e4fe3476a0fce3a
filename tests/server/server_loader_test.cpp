// The clinic server module: loaded only when a server is opened, its errors named plainly, and
// its StorageError caught by the program like one of its own.
#include <gtest/gtest.h>

#include <functional>

#include "core/errors.h"
#include "server/server_loader.h"

namespace hep {
namespace {

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const StorageError& e) {
        return e.what();
    }
    return "(no StorageError)";
}

TEST(ServerLoader, AMissingModuleIsNamedWithTheServerAndTheWayOut) {
    const std::string message = errorOf([] {
        openServerStorage("postgresql://annabel_q@db.clinic.local/hep",
                          "/nonexistent/hep-server.so");
    });
    EXPECT_NE(message.find("postgresql://db.clinic.local/hep"), std::string::npos) << message;
    EXPECT_NE(message.find("/nonexistent/hep-server.so"), std::string::npos) << message;
    EXPECT_NE(message.find("./run.sh"), std::string::npos) << message;
    EXPECT_EQ(message.find("annabel_q"), std::string::npos) << "the user stays out: " << message;
}

TEST(ServerLoader, ALibraryThatIsNotTheModuleIsRefused) {
    const std::string message =
        errorOf([] { openServerStorage("postgresql://db.clinic.local/hep", "libm.so.6"); });
    EXPECT_NE(message.find("is not HEP Studio's clinic server module"), std::string::npos)
        << message;
}

TEST(ServerLoader, TheBuiltModuleConnectsAndItsErrorsReachTheProgram) {
    // Port 1 refuses at once: the module loaded, libpq ran, and the server's own StorageError
    // crossed back into this program as the type it catches.
    const std::string message =
        errorOf([] { openServerStorage("postgresql://127.0.0.1:1/hep?connect_timeout=2"); });
    EXPECT_NE(message.find("the clinic server postgresql://127.0.0.1:1/hep"), std::string::npos)
        << message;
    EXPECT_EQ(message.find("module could not be loaded"), std::string::npos) << message;
}

}  // namespace
}  // namespace hep
