// Doses the dose text tests build: field by field (D), and every combination of a few values.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "core/dose_text.h"

namespace hep::test {

// Builds a dose field by field, e.g. D().reps(3).side(Side::Each).
class D {
  public:
    D& sets(int n) { return set(&Dose::sets, n); }
    D& reps(int n) { return set(&Dose::reps, n); }
    D& hold(int seconds) { return set(&Dose::hold_seconds, seconds); }
    D& minutes(int n) { return set(&Dose::minutes, n); }
    D& perDay(int times) { return set(&Dose::times_per_day, times); }
    D& perWeek(int days) { return set(&Dose::days_per_week, days); }
    D& side(Side side) {
        dose_.side = side;
        return *this;
    }
    operator Dose() const { return dose_; }

  private:
    D& set(std::optional<int> Dose::*member, int value) {
        dose_.*member = value;
        return *this;
    }
    Dose dose_;
};

// Every combination of a few values per field (unset, 1, 2, 7) and every side.
inline std::vector<Dose> generatedDoses() {
    const std::array<std::optional<int>, 4> values{std::nullopt, 1, 2, 7};
    const std::array<Side, 5> sides{Side::None, Side::Each, Side::Both, Side::Left, Side::Right};
    std::vector<Dose> doses{Dose{}};
    for (const auto& field : doseFields()) {
        std::vector<Dose> next;
        for (const auto& dose : doses) {
            for (const auto& value : values) {
                Dose d = dose;
                d.*field.member = value;
                next.push_back(d);
            }
        }
        doses = std::move(next);
    }
    std::vector<Dose> all;
    for (const auto& dose : doses) {
        for (Side side : sides) {
            Dose d = dose;
            d.side = side;
            all.push_back(d);
        }
    }
    return all;
}

}  // namespace hep::test
