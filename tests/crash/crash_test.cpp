// Kills a process that is saving, with SIGKILL at random moments, kRounds times (200; 50 in the
// sanitizer build, which ./test.sh runs after this one): after each kill the database opens,
// passes integrity_check, and holds whole every save that had reported success; the program file
// it was saving is one whole version, never a part. The same for a process that backs up and
// restores: never no database, never a half backup listed.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "files/program_file.h"
#include "sqlite_database.h"
#include "storage/backup.h"
#include "storage/sqlite_catalogue_store.h"
#include "storage/sqlite_template_store.h"
#include "tests/crash/crash_items.h"

namespace hep {
namespace {

namespace fs = std::filesystem;

constexpr int kRounds = HEP_CRASH_ROUNDS;

// Runs a child (argv[0] its path) until killed `delay` after its first report; returns the
// numbers it reported done ("saved N", "restored N").
std::vector<long> runAndKill(const std::vector<std::string>& argv,
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
        std::vector<char*> args;
        args.reserve(argv.size() + 1);
        for (const auto& a : argv) {
            args.push_back(const_cast<char*>(a.c_str()));
        }
        args.push_back(nullptr);
        ::execv(args[0], args.data());
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
    while ((at = out.find("ed ", at)) != std::string::npos) {  // "saved N", "restored N"
        std::size_t end = out.find('\n', at);
        if (end == std::string::npos) {
            break;  // a line cut by the kill was not reported
        }
        saved.push_back(std::stol(out.substr(at + 3, end - at - 3)));
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
    for (int round = 0; round < kRounds; ++round) {
        auto delay = std::chrono::microseconds(rng() % 30000);
        auto saved = runAndKill(
            {HEP_CRASH_WRITER, db.string(), program.string(), std::to_string(next)}, delay);
        all_saved.insert(all_saved.end(), saved.begin(), saved.end());
        kills_while_running += saved.empty() ? 0 : 1;
        next += 1000;  // numbers of a killed round that were cut off are never reused

        Database opened(db);
        EXPECT_EQ(sqlOf(opened).execAndGet("PRAGMA integrity_check").getString(), "ok")
            << "round " << round;
        SqliteCatalogueStore catalogue(opened);
        SqliteTemplateStore templates(opened);
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
    EXPECT_GE(all_saved.size(), static_cast<std::size_t>(kRounds));
    EXPECT_EQ(kills_while_running, kRounds);
}

// Killed while backing up and restoring, kRounds times: there is always a database, it opens whole
// and holds every exercise of a restore that had reported success, and every backup listed
// opens whole (a half-written one is never listed).
TEST(CrashSafety, KilledWhileRestoringAlwaysLeavesADatabase) {
    test::TempDir dir;
    const fs::path db = dir / "hep.db";
    { Database create(db); }
    std::mt19937 rng(20261201);
    std::size_t restored = 0;
    long next = 1;
    for (int round = 0; round < kRounds; ++round) {
        auto delay = std::chrono::microseconds(rng() % 40000);
        auto done = runAndKill({HEP_CRASH_RESTORER, db.string(), std::to_string(next)}, delay);
        restored += done.size();
        next += 1000;
        ASSERT_TRUE(fs::exists(db)) << "round " << round << ": no database";
        {
            Database opened(db);
            EXPECT_EQ(sqlOf(opened).execAndGet("PRAGMA integrity_check").getString(), "ok")
                << "round " << round;
            SqliteCatalogueStore catalogue(opened);
            for (long n : done) {
                EXPECT_TRUE(catalogue.find("crash-" + std::to_string(n)).has_value())
                    << "round " << round << ": exercise " << n << " lost";
            }
        }
        for (const auto& backup : listBackups(db)) {
            SQLite::Database copy(backup.string(), SQLite::OPEN_READONLY);
            EXPECT_EQ(copy.execAndGet("PRAGMA integrity_check").getString(), "ok")
                << "round " << round << ": " << backup.filename();
        }
        // The copies kept aside by each restore: checked whole, then removed to save room.
        for (const auto& entry : fs::directory_iterator(dir.path())) {
            const std::string name = entry.path().filename().string();
            if (name.find(".before-restore-") != std::string::npos &&
                name.find("-wal") == std::string::npos && name.find("-shm") == std::string::npos &&
                name.find(".linking") == std::string::npos && fs::file_size(entry.path()) > 0) {
                SQLite::Database aside(entry.path().string(), SQLite::OPEN_READONLY);
                EXPECT_EQ(aside.execAndGet("PRAGMA quick_check").getString(), "ok")
                    << "round " << round << ": " << name;
            }
        }
        for (const auto& entry : fs::directory_iterator(dir.path())) {
            if (entry.path().filename().string().find(".before-restore-") != std::string::npos) {
                fs::remove(entry.path());
            }
        }
    }
    EXPECT_GE(restored, static_cast<std::size_t>(kRounds / 2));  // about one restore in two rounds
}

}  // namespace
}  // namespace hep
