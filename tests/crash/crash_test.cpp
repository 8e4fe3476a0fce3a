// Kills a process that is saving, with SIGKILL at random moments, 200 times: after each kill the
// database opens, passes integrity_check, and holds whole every save that had reported success;
// the program file it was saving is one whole version, never a part.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "model/catalogue_store.h"
#include "model/program_file.h"
#include "model/sqlite_database.h"
#include "model/template_store.h"
#include "tests/crash/crash_items.h"

namespace hep {
namespace {

namespace fs = std::filesystem;

// Runs the writer from `first` until killed after `delay`; returns the numbers it reported saved.
std::vector<long> runAndKill(const fs::path& db, const fs::path& program, long first,
                             std::chrono::microseconds delay) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) {
        ADD_FAILURE() << "pipe";
        return {};
    }
    pid_t child = ::fork();
    if (child == 0) {
        ::dup2(pipe_fds[1], 1);
        ::close(pipe_fds[0]);
        std::string number = std::to_string(first);
        ::execl(HEP_CRASH_WRITER, HEP_CRASH_WRITER, db.c_str(), program.c_str(), number.c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(pipe_fds[1]);
    // Wait for the first reported save (start-up time differs, e.g. under ASan), so that the
    // kill lands inside the saving loop, at a random moment.
    std::string out;
    char buffer[4096];
    pollfd readable{pipe_fds[0], POLLIN, 0};
    while (out.find('\n') == std::string::npos && ::poll(&readable, 1, 20000) > 0) {
        ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        out.append(buffer, static_cast<std::size_t>(n));
    }
    std::this_thread::sleep_for(delay);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) {
        out.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(pipe_fds[0]);
    std::vector<long> saved;
    std::size_t at = 0;
    while ((at = out.find("saved ", at)) != std::string::npos) {
        std::size_t end = out.find('\n', at);
        if (end == std::string::npos) {
            break;  // a line cut by the kill was not reported
        }
        saved.push_back(std::stol(out.substr(at + 6, end - at - 6)));
        at = end;
    }
    return saved;
}

TEST(CrashSafety, KilledWhileSavingLosesNothingThatWasSaved) {
    test::TempDir dir;
    const fs::path db = dir / "hep.db";
    const fs::path program = dir / "program.hep";
    { Database create(db); }  // the first start is not what is tested here
    std::mt19937 rng(20261124);
    std::vector<long> all_saved;
    long next = 1;
    int kills_while_running = 0;
    for (int round = 0; round < 200; ++round) {
        auto delay = std::chrono::microseconds(rng() % 30000);
        auto saved = runAndKill(db, program, next, delay);
        all_saved.insert(all_saved.end(), saved.begin(), saved.end());
        kills_while_running += saved.empty() ? 0 : 1;
        next += 1000;  // numbers of a killed round that were cut off are never reused

        Database opened(db);
        EXPECT_EQ(sqlOf(opened).execAndGet("PRAGMA integrity_check").getString(), "ok")
            << "round " << round;
        CatalogueStore catalogue(opened);
        TemplateStore templates(opened);
        for (long n : saved) {
            auto e = catalogue.find("crash-" + std::to_string(n));
            ASSERT_TRUE(e.has_value()) << "round " << round << ": exercise " << n << " lost";
            EXPECT_EQ(*e, crash::exerciseNumber(n));
            auto t = templates.find("crash-template-" + std::to_string(n));
            ASSERT_TRUE(t.has_value()) << "round " << round << ": template " << n << " lost";
            ProtocolTemplate expected = crash::templateNumber(n);
            EXPECT_EQ(t->items, expected.items);
            EXPECT_EQ(t->description, expected.description);
        }
        if (fs::exists(program)) {
            // Whatever the kill interrupted, the file is one whole program.
            HepFile file = readHepFile(program, catalogue.lookup());
            ASSERT_EQ(file.program.items.size(), 1u);
            long n = std::stol(file.program.patient.substr(8));
            EXPECT_EQ(file.program.instructions, crash::programNumber(n).instructions);
        }
    }
    EXPECT_GE(all_saved.size(), 200u);
    EXPECT_EQ(kills_while_running, 200);
}

}  // namespace
}  // namespace hep
