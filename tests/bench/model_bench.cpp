// Benchmarks of the model: search as the user types on a large catalogue, and first start.
// Targets (issue 2): search median under 5 ms on 20,000 exercises; first start under 200 ms.
#include <benchmark/benchmark.h>

#include <random>

#include "storage/database.h"
#include "storage/sqlite_catalogue_store.h"
#include "tests/support/model_support.h"

namespace {

using namespace hep;

// A database holding the built-in catalogue and 20,000 generated exercises, made once.
struct LargeCatalogue {
    test::TempDir dir;
    std::unique_ptr<Database> db;

    LargeCatalogue() {
        db = std::make_unique<Database>(dir / "large.db");
        const char* words[] = {"knee", "hip",   "back",  "calf",     "chest", "reach",   "lift",
                               "bend", "roll",  "press", "slide",    "step",  "march",   "twist",
                               "rock", "tilt",  "curl",  "squat",    "lunge", "stretch", "hold",
                               "wall", "chair", "band",  "towel",    "ball",  "side",    "front",
                               "heel", "toe",   "arm",   "shoulder", "neck",  "ankle",   "glute"};
        const auto n_words = std::size(words);
        std::mt19937 rng(42);
        std::vector<Exercise> batch;
        for (int i = 0; i < 20000; ++i) {
            Exercise e = test::sampleExercise("gen-" + std::to_string(i));
            e.name = std::string(words[rng() % n_words]) + " " + words[rng() % n_words] + " " +
                     words[rng() % n_words] + " " + std::to_string(i);
            e.name[0] = static_cast<char>(e.name[0] - 'a' + 'A');
            e.purpose = std::string("It helps your ") + words[rng() % n_words] + " and " +
                        words[rng() % n_words] + ".";
            e.steps = {std::string("Start with your ") + words[rng() % n_words] + ".",
                       std::string("Move your ") + words[rng() % n_words] + " slowly.",
                       "Come back to the start."};
            batch.push_back(std::move(e));
        }
        SqliteCatalogueStore(*db).addCustom(std::move(batch));
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
