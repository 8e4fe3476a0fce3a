// The clinic server itself: the same search results as the local file, many clients at once
// (migrations, writers), a server that is away, and no patient data in any table.
#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <set>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "core/errors.h"
#include "core/program_from_template.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "server/server_storage.h"
#include "storage/sqlite_storage.h"
#include "tests/server/server_fixture.h"
#include "tests/support/generated_exercises.h"
#include "tests/support/model_support.h"

namespace hep::test {
namespace {

std::vector<std::string> idsOf(const SearchResults& results) {
    std::vector<std::string> ids;
    for (const auto& s : results) {
        ids.push_back(s.id);
    }
    return ids;
}

// The server searches in memory what the local file asks its full-text index: both must give
// the same exercises in the same order, as the therapist types.
TEST(ClinicServer, SearchesAsTheLocalFileDoes) {
    TempDir dir;
    ServerDatabase db;
    SqliteStorage local(dir / "hep.db");
    ServerStorage server(db.uri());
    Exercise accented = sampleExercise("nunez-stretch");
    accented.name = "Estiramiento de Núñez";
    local.catalogue().addCustom(accented);
    server.catalogue().addCustom(accented);
    std::vector<SearchQuery> queries;
    for (const char* text :
         {"",     "k",         "kne",  "knee",  "kne roll",   "ROLL",    "stretch",
          "back", "hip flex",  "walk", "nunez", "núñ",        "est",     "breathe",
          "zzz",  "sit stand", "chin", "wall",  "  bridge  ", "leg-lift"}) {
        queries.push_back({text, "", "", "", ""});
    }
    queries.push_back({"", "strengthening", "", "", ""});
    queries.push_back({"s", "", "lying-back", "", ""});
    queries.push_back({"", "", "", "chair", ""});
    queries.push_back({"stretch", "", "", "", "knee-osteoarthritis"});
    queries.push_back({"", "", "", "", "neck-pain"});
    for (const auto& q : queries) {
        EXPECT_EQ(idsOf(server.catalogue().search(q)), idsOf(local.catalogue().search(q)))
            << "search \"" << q.text << "\" " << q.category << q.position << q.equipment
            << q.condition;
    }
}

TEST(ClinicServer, ManyClientsStartingAtOnceMigrateOnce) {
    ServerDatabase db;
    std::vector<std::thread> clients;
    clients.reserve(8);
    std::atomic<int> failures{0};
    for (int i = 0; i < 8; ++i) {
        clients.emplace_back([&] {
            try {
                ServerStorage storage(db.uri());
                if (storage.catalogue().count() != builtinCatalogue().exercises.size()) {
                    ++failures;
                }
            } catch (const std::exception& e) {
                ADD_FAILURE() << e.what();
                ++failures;
            }
        });
    }
    for (auto& c : clients) {
        c.join();
    }
    EXPECT_EQ(failures, 0);
    EXPECT_NE(db.allRows().find("== hep_schema\n(1)\n"), std::string::npos);
}

// Eight therapists save at once: every write is kept, none fails (a write the server refuses
// for a conflict is tried again).
TEST(ClinicServer, EightWritersAtOnceLoseNothing) {
    ServerDatabase db;
    { ServerStorage first(db.uri()); }
    std::vector<std::thread> writers;
    writers.reserve(8);
    for (int w = 0; w < 8; ++w) {
        writers.emplace_back([&, w] {
            try {
                ServerStorage storage(db.uri());
                for (int i = 0; i < 5; ++i) {
                    const std::string id = "own-" + std::to_string(w) + "-" + std::to_string(i);
                    ProtocolTemplate t;
                    t.name = "Template " + id;
                    t.items = {{id, {}, "", {}}, {"bridge", {}, "", {}}};
                    storage.templates().save(t, {sampleExercise(id)});
                    storage.setClinic({"Clinic " + id, "555-0100", "", "911"});
                }
            } catch (const std::exception& e) {
                ADD_FAILURE() << e.what();
            }
        });
    }
    for (auto& w : writers) {
        w.join();
    }
    ServerStorage storage(db.uri());
    EXPECT_EQ(storage.catalogue().count(), builtinCatalogue().exercises.size() + 40);
    EXPECT_EQ(storage.templates().list().size(), builtinCatalogue().templates.size() + 40);
}

// What one therapist changes reaches the other's open window at its next look (the window
// looks every few seconds); its own changes are told once, when made.
TEST(ClinicServer, ChangesByOthersReachOpenWindows) {
    ServerDatabase db;
    ServerStorage mine(db.uri());
    ServerStorage theirs(db.uri());
    int catalogue = 0;
    int templates = 0;
    auto a = mine.catalogueChanges().subscribe([&](const CatalogueChanged&) { ++catalogue; });
    auto b = mine.templateChanges().subscribe([&](const TemplatesChanged&) { ++templates; });
    mine.checkForChanges();
    EXPECT_EQ(catalogue + templates, 0);
    theirs.catalogue().addCustom(sampleExercise("their-stretch"));
    mine.checkForChanges();
    EXPECT_EQ(catalogue, 1);
    EXPECT_EQ(templates, 0);
    EXPECT_TRUE(mine.catalogue().find("their-stretch"));
    EXPECT_EQ(mine.catalogue().search({"wall slide their", "", "", "", ""}).size(), 1u);
    mine.checkForChanges();
    EXPECT_EQ(catalogue, 1);  // told once
    ProtocolTemplate t;
    t.name = "Theirs";
    t.items = {{"their-stretch", {}, "", {}}};
    theirs.templates().save(t);
    mine.catalogue().addCustom(sampleExercise("my-stretch"));  // told at once
    EXPECT_EQ(catalogue, 2);
    mine.checkForChanges();
    EXPECT_EQ(catalogue, 2);
    EXPECT_EQ(templates, 1);
}

// The server restarts under an open window: its next read and write connect again.
TEST(ClinicServer, ARestartedServerIsReachedAgain) {
    ServerDatabase db;
    ServerStorage mine(db.uri());
    const char* version = std::getenv("PGVERSION");
    ASSERT_NE(version, nullptr) << "run under pg_virtualenv -t";
    ASSERT_EQ(std::system(("pg_ctlcluster " + std::string(version) + " regress restart").c_str()),
              0);
    EXPECT_TRUE(mine.catalogue().find("bridge"));
    mine.catalogue().addCustom(sampleExercise("after-restart"));
    EXPECT_TRUE(ServerStorage(db.uri()).catalogue().find("after-restart"));
}

// A client killed in the middle of a long write (5,000 exercises in one transaction) leaves
// nothing of it behind, and no lock that stops the next client.
TEST(ClinicServer, AClientKilledMidTransactionLeavesNothingHalfWritten) {
    ServerDatabase db;
    { ServerStorage first(db.uri()); }
    const pid_t child = ::fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        try {
            ServerStorage storage(db.uri());
            storage.catalogue().addCustom(generatedExercises(5000));
        } catch (...) {
        }
        ::_exit(0);
    }
    // Killed once the server shows its transaction holding writes (a transaction id), not on a
    // guess of time: then the kill surely lands mid-write.
    bool writing = false;
    pqxx::connection watcher(db.uri());
    for (int i = 0; i < 400 && !writing; ++i) {
        pqxx::nontransaction look(watcher);
        writing = look.exec(
                          "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                          "current_database() AND backend_xid IS NOT NULL AND pid <> "
                          "pg_backend_pid()")[0][0]
                      .as<int>() > 0;
        if (!writing) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(writing) << "the child never started its write";
    ASSERT_TRUE(WIFSIGNALED(status)) << "the write ended before the kill: the test shows nothing";
    ServerStorage next(db.uri());
    EXPECT_EQ(next.catalogue().count(), builtinCatalogue().exercises.size());
    next.catalogue().addCustom(sampleExercise("gen-1"));  // an id the killed write held
    EXPECT_TRUE(next.catalogue().find("gen-1"));
}

// Two therapists at one template: the second rename (from a list read before the first) is
// refused with a message and changes nothing; read again, it goes through.
TEST(ClinicServer, AChangeToATemplateChangedElsewhereIsNotLostSilently) {
    ServerDatabase db;
    ServerStorage mine(db.uri());
    ServerStorage theirs(db.uri());
    ProtocolTemplate t;
    t.name = "Desk";
    t.items = {{"bridge", {}, "", {}}};
    const std::string id = mine.templates().save(t);
    auto versionIn = [&](Storage& storage) {
        for (const auto& summary : storage.templates().list()) {
            if (summary.id == id) {
                return summary.version;
            }
        }
        return -1LL;
    };
    const long long seen = versionIn(mine);
    theirs.templates().rename(id, "Desk (their name)", versionIn(theirs));
    try {
        mine.templates().rename(id, "Desk (my name)", seen);
        ADD_FAILURE() << "a rename over another's change went through";
    } catch (const ChangedElsewhereError& e) {
        EXPECT_NE(std::string(e.what()).find("changed by someone else"), std::string::npos);
    }
    EXPECT_EQ(mine.templates().get(id).name, "Desk (their name)");
    EXPECT_THROW(mine.templates().remove(id, seen), ChangedElsewhereError);
    mine.templates().rename(id, "Desk (my name)", versionIn(mine));
    EXPECT_EQ(theirs.templates().get(id).name, "Desk (my name)");
}

TEST(ClinicServer, AServerThatIsAwayIsAClearMessageSoon) {
    const auto start = std::chrono::steady_clock::now();
    try {
        ServerStorage storage("postgresql://therapist:secret@127.0.0.1:1/hep");
        ADD_FAILURE() << "connected to a closed port";
    } catch (const StorageError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("postgresql://127.0.0.1:1/hep"), std::string::npos) << message;
        EXPECT_NE(message.find("cannot be reached"), std::string::npos) << message;
        EXPECT_NE(message.find("local catalogue"), std::string::npos) << message;
        EXPECT_EQ(message.find("secret"), std::string::npos) << message;
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(6));
}

// A newer HEP Studio brings the server's built-ins up to its catalogue as it does the local
// file's: a built-in lost since comes back, a custom exercise holding a built-in id keeps it.
TEST(ClinicServer, BuiltInsFollowANewerCatalogue) {
    ServerDatabase db;
    { ServerStorage first(db.uri()); }
    db.exec("UPDATE hep_meta SET value = '1' WHERE key = 'builtin_revision'");
    std::set<std::string> in_templates;
    for (const auto& t : builtinCatalogue().templates) {
        for (const auto& item : t.items) {
            in_templates.insert(item.exercise_id);
        }
    }
    std::string lost;  // a built-in no template uses, so that it can be deleted
    for (const auto& e : builtinCatalogue().exercises) {
        if (!in_templates.count(e.id) && e.id != "bridge") {
            lost = e.id;
        }
    }
    ASSERT_FALSE(lost.empty());
    db.exec("DELETE FROM hep_exercises WHERE id = '" + lost + "'");
    db.exec(
        "UPDATE hep_exercises SET builtin = false, document = replace(document, "
        "'\"name\":\"Bridge\"', '\"name\":\"Our own bridge\"') WHERE id = 'bridge'");
    ServerStorage storage(db.uri());
    EXPECT_TRUE(storage.catalogue().find(lost));
    EXPECT_EQ(storage.catalogue().get("bridge").name, "Our own bridge");
    EXPECT_FALSE(storage.catalogue().get("bridge").builtin);
    EXPECT_EQ(storage.catalogue().count(), builtinCatalogue().exercises.size());
}

TEST(ClinicServer, ANewerSchemaIsRefusedWithoutAChange) {
    ServerDatabase db;
    { ServerStorage first(db.uri()); }
    db.exec("UPDATE hep_schema SET version = 99");
    const std::string before = db.allRows();
    try {
        ServerStorage storage(db.uri());
        ADD_FAILURE() << "a newer schema was used";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("newer HEP Studio"), std::string::npos) << e.what();
    }
    EXPECT_EQ(db.allRows(), before);
    db.exec("UPDATE hep_schema SET version = -3");  // a table changed by hand
    try {
        ServerStorage storage(db.uri());
        ADD_FAILURE() << "a negative schema version was used";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("is damaged"), std::string::npos) << e.what();
    }
}

TEST(ClinicServer, NamesTheServerWithoutItsPassword) {
    EXPECT_EQ(serverName("postgresql://ana:pw@db.clinic.local:5432/hep?sslmode=require"),
              "postgresql://db.clinic.local:5432/hep");
    EXPECT_EQ(serverName("postgresql://"), "postgresql://");
    EXPECT_EQ(serverName("postgres://host/db?password=x"), "postgres://host/db");
    EXPECT_TRUE(isServerUri("postgresql://"));
    EXPECT_FALSE(serverUriProblem("postgresql://ana@db.clinic.local:5432/hep?sslmode=require"));
    EXPECT_NE(serverUriProblem("postgresql://ana:pw@db/hep")->find("password"), std::string::npos);
    EXPECT_NE(serverUriProblem("postgresql://db/hep?password=pw")->find("~/.pgpass"),
              std::string::npos);
    EXPECT_NE(serverUriProblem("db.clinic.local")->find("postgresql://"), std::string::npos);
    EXPECT_FALSE(isServerUri("/home/ana/hep.db"));
}

// A whole session of a therapist: a program for a named patient from a template, saved as a
// file, a template saved from it, the clinic's details. The patient's name is in no table.
TEST(ClinicServer, KeepsNoPatientData) {
    TempDir dir;
    ServerDatabase db;
    ServerStorage storage(db.uri());
    storage.setClinic({"Riverside PT", "555-0100", "1 River Rd", "911"});
    Program program =
        programFromTemplate(storage.templates().get("lss-starter"), storage.catalogue().lookup());
    program.patient = "Zelda Quixote-Marlowe";
    program.custom_exercises.push_back(sampleExercise("own-stretch"));
    program.items.push_back({"own-stretch", {}, "", {}});
    writeFileAtomically(dir / "zelda.hep", programToText(program, storage.catalogue().lookup()));
    ProtocolTemplate t;
    t.name = "Starter plus own";
    t.items = program.items;
    storage.templates().save(t, program.custom_exercises);
    const std::string rows = db.allRows();
    EXPECT_NE(rows.find("Starter plus own"), std::string::npos);  // the dump does hold the data
    EXPECT_EQ(rows.find("Zelda"), std::string::npos);
    EXPECT_EQ(rows.find("Quixote"), std::string::npos);
}

}  // namespace
}  // namespace hep::test
