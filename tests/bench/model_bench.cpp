// Benchmarks of the model: search as the user types on a large catalogue, and first start.
// Targets (issue 2): search median under 5 ms on 20,000 exercises; first start under 200 ms.
#include <benchmark/benchmark.h>

#include "storage/database.h"
#include "storage/sqlite_catalogue_store.h"
#include "tests/support/generated_exercises.h"
#include "tests/support/model_support.h"

namespace {

using namespace hep;

// A database holding the built-in catalogue and 20,000 generated exercises, made once.
struct LargeCatalogue {
    test::TempDir dir;
    std::unique_ptr<Database> db;

    LargeCatalogue() {
        db = std::make_unique<Database>(dir / "large.db");
        SqliteCatalogueStore(*db).addCustom(test::generatedExercises(20000));
    }
};

LargeCatalogue& large() {
    static LargeCatalogue catalogue;
    return catalogue;
}

// One keystroke's query: the text typed so far.
void BM_SearchAsYouType(benchmark::State& state, const std::string& typed) {
    SqliteCatalogueStore store(*large().db);
    std::size_t found = 0;
    for (auto _ : state) {
        SearchQuery q;
        q.text = typed;
        auto results = store.search(q);
        found = results.size();
        benchmark::DoNotOptimize(results.empty() ? nullptr : &results[0]);
    }
    state.counters["results"] = static_cast<double>(found);
}

void BM_SearchWithFilter(benchmark::State& state) {
    SqliteCatalogueStore store(*large().db);
    for (auto _ : state) {
        auto results = store.search({"str", "strengthening", "standing", "wall", ""});
        benchmark::DoNotOptimize(results.empty() ? nullptr : &results[0]);
    }
}

// The first search after opening loads every summary: the cost the first keystroke pays.
void BM_FirstSearchAfterOpen(benchmark::State& state) {
    auto path = large().db->path();
    for (auto _ : state) {
        Database db(path);
        auto results = SqliteCatalogueStore(db).search({"kne", "", "", "", ""});
        benchmark::DoNotOptimize(results.size());
    }
}

void BM_FirstStart(benchmark::State& state) {
    for (auto _ : state) {
        test::TempDir dir;
        Database db(dir / "first.db");
        benchmark::DoNotOptimize(db.builtinRevision());
    }
}

void BM_OpenExisting(benchmark::State& state) {
    test::TempDir dir;
    { Database db(dir / "hep.db"); }
    for (auto _ : state) {
        Database db(dir / "hep.db");
        benchmark::DoNotOptimize(db.builtinRevision());
    }
}

}  // namespace

BENCHMARK_CAPTURE(BM_SearchAsYouType, k, std::string("k"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchAsYouType, kn, std::string("kn"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchAsYouType, kne, std::string("kne"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchAsYouType, knee, std::string("knee"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchAsYouType, knee_c, std::string("knee c"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchAsYouType, knee_chest, std::string("knee chest"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchAsYouType, empty, std::string(""))->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchWithFilter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstSearchAfterOpen)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstStart)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenExisting)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
