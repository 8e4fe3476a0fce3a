// Benchmarks of the clinic server over loopback; run under a throwaway cluster:
//   pg_virtualenv -t build/test/tests/bench/server_bench
// Targets (issue 16): search as the user types under 5 ms on 20,000 exercises (in memory);
// the first load and a template save are measured.
#include <benchmark/benchmark.h>

#include "server/server_storage.h"
#include "storage/summary_index.h"
#include "tests/support/generated_exercises.h"
#include "tests/support/model_support.h"

namespace {

using namespace hep;

// The server's default database (pg_virtualenv's) holding the built-in catalogue and 20,000
// generated exercises, made once.
const std::string& largeServer() {
    static const std::string uri = [] {
        std::string u = "postgresql://";
        ServerStorage storage(u);
        if (storage.catalogue().count() < 20000) {
            storage.catalogue().addCustom(test::generatedExercises(20000));
        }
        return u;
    }();
    return uri;
}

// One keystroke: the server asks for its change counter (one round trip), then searches the
// summaries in memory.
void BM_ServerSearchAsYouType(benchmark::State& state, const std::string& typed) {
    ServerStorage storage(largeServer());
    storage.catalogue().search({});  // the first load, measured below
    std::size_t found = 0;
    for (auto _ : state) {
        auto results = storage.catalogue().search({typed, "", "", "", ""});
        found = results.size();
        benchmark::DoNotOptimize(results.empty() ? nullptr : &results[0]);
    }
    state.counters["results"] = static_cast<double>(found);
}

// Connecting, checking the schema and built-ins, and loading 20,062 summaries for the first
// search: what opening the window on the server costs.
void BM_ServerFirstLoad(benchmark::State& state) {
    largeServer();
    for (auto _ : state) {
        ServerStorage storage(largeServer());
        benchmark::DoNotOptimize(storage.catalogue().search({"kne", "", "", "", ""}).size());
    }
}

void BM_ServerTemplateSave(benchmark::State& state) {
    ServerStorage storage(largeServer());
    ProtocolTemplate t;
    t.id = "bench-template";
    t.name = "Bench template";
    t.items = {{"bridge", {}, "", {}}, {"pelvic-tilt", {}, "", {}}, {"heel-raise", {}, "", {}}};
    for (auto _ : state) {
        benchmark::DoNotOptimize(storage.templates().save(t));
    }
}

}  // namespace

BENCHMARK_CAPTURE(BM_ServerSearchAsYouType, k, std::string("k"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ServerSearchAsYouType, kne, std::string("kne"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ServerSearchAsYouType, knee_c, std::string("knee c"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ServerSearchAsYouType, empty, std::string(""))->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ServerFirstLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ServerTemplateSave)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
