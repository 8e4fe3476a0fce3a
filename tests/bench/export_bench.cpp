// Benchmarks of the handout: layout and PDF of a 10-exercise program, in process.
// Target (issue 3): layout plus PDF median under 10 ms; the PDF under 300 KB.
#include <benchmark/benchmark.h>

#include "export/handout_layout.h"
#include "export/pdf_writer.h"
#include "tests/export/handout_fixtures.h"

namespace {

using namespace hep;

void BM_LayoutOnly(benchmark::State& state) {
    Program p = test::programOf(static_cast<std::size_t>(state.range(0)));
    HandoutInputs inputs = test::builtinInputs();
    for (auto _ : state) {
        Handout h = layoutHandout(p, inputs);
        benchmark::DoNotOptimize(h.document.pages.size());
    }
}

void BM_LayoutAndPdf(benchmark::State& state) {
    Program p = test::programOf(static_cast<std::size_t>(state.range(0)));
    p.handout.large_print = state.range(1) != 0;
    HandoutInputs inputs = test::builtinInputs();
    std::size_t bytes = 0, pages = 0;
    for (auto _ : state) {
        Handout h = layoutHandout(p, inputs);
        auto pdf = renderPdf(h.document);
        bytes = pdf.size();
        pages = h.document.pages.size();
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["pdf_kb"] = static_cast<double>(bytes) / 1024.0;
    state.counters["pages"] = static_cast<double>(pages);
}

}  // namespace

BENCHMARK(BM_LayoutOnly)->Arg(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutAndPdf)
    ->Args({10, 0})
    ->Args({10, 1})
    ->Args({40, 0})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
