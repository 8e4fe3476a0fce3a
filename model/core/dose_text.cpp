#include "core/dose_text.h"

#include <optional>

namespace hep {

namespace {

// "1 second", "20 seconds": a numeral and a noun that agrees with it.
std::string count(int n, const std::string& singular, const std::string& plural) {
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

// A hold's length: "20 seconds", or "2 minutes" for 2 minutes or more in whole minutes.
std::string holdLength(int seconds) {
    if (seconds >= 120 && seconds % 60 == 0) {
        return count(seconds / 60, "minute", "minutes");
    }
    return count(seconds, "second", "seconds");
}

// Whether the hold is the most to aim for ("up to"), not a time to reach.
bool holdUpTo(DoseUse use) {
    return use != DoseUse::Regular;
}

std::string times(int n) {
    return count(n, "time", "times");
}

// "every day", "on 5 days a week", "on 1 day a week".
std::string daysPhrase(int days_per_week) {
    if (days_per_week == 7) {
        return "every day";
    }
    return "on " + count(days_per_week, "day", "days") + " a week";
}

// The sentence for reps and side, or for the side alone; nullopt when there is nothing to say.
std::optional<std::string> repsSentence(const Dose& dose) {
    if (dose.reps) {
        std::string sentence = "Do this " + times(*dose.reps);
        switch (dose.side) {
            case Side::Each:
                sentence += " on each side";
                break;
            case Side::Left:
                sentence += " with your left side";
                break;
            case Side::Right:
                sentence += " with your right side";
                break;
            case Side::Both:
            case Side::None:
                break;
        }
        return sentence + ".";
    }
    switch (dose.side) {
        case Side::Each:
            return "Do this on each side.";
        case Side::Left:
            return "Do this with your left side only.";
        case Side::Right:
            return "Do this with your right side only.";
        case Side::Both:
        case Side::None:
            break;
    }
    return std::nullopt;
}

// The sentence for how often, or nullopt when neither times a day nor days a week is set.
std::optional<std::string> frequencySentence(const Dose& dose) {
    // "2 times a day" says every day already: "Do this 2 times a day.", no ", every day".
    if (dose.times_per_day && dose.days_per_week && *dose.days_per_week != 7) {
        return "Do this " + times(*dose.times_per_day) + " a day, " +
               daysPhrase(*dose.days_per_week) + ".";
    }
    if (dose.times_per_day) {
        return "Do this " + times(*dose.times_per_day) + " a day.";
    }
    if (dose.days_per_week) {
        return "Do this " + daysPhrase(*dose.days_per_week) + ".";
    }
    return std::nullopt;
}

// A one-time test done 1 time, on no particular side, in 1 set.
bool singleTest(const Dose& dose, DoseUse use) {
    return use == DoseUse::OneTime && dose.reps.value_or(1) == 1 && dose.sets.value_or(1) == 1 &&
           (dose.side == Side::None || dose.side == Side::Both);
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string joined;
    for (const auto& part : parts) {
        if (!joined.empty()) {
            joined += separator;
        }
        joined += part;
    }
    return joined;
}

}  // namespace

DoseUse doseUse(const Exercise& exercise) {
    switch (exercise.use) {
        case ExerciseUse::OneTime:
            return DoseUse::OneTime;
        case ExerciseUse::AsNeeded:
            return DoseUse::AsNeeded;
        case ExerciseUse::Regular:
            break;
    }
    return exercise.category == "balance" ? DoseUse::HoldUpTo : DoseUse::Regular;
}

std::vector<std::string> doseSentences(const Dose& dose, DoseUse use) {
    const bool once = use == DoseUse::OneTime;
    const bool as_needed = use == DoseUse::AsNeeded;
    const std::string up_to = once ? "up to " : "";
    std::vector<std::string> sentences;
    if (dose.hold_seconds) {
        const std::string length = holdLength(*dose.hold_seconds);
        sentences.push_back(as_needed       ? "Hold until you feel better, up to " + length + "."
                            : holdUpTo(use) ? "Hold for up to " + length + "."
                                            : "Hold for " + length + ".");
    }
    if (singleTest(dose, use)) {
        sentences.push_back("Do this test 1 time only, not every day.");
        return sentences;
    }
    if (auto sentence = repsSentence(dose)) {
        sentences.push_back(*sentence);
    }
    if (dose.sets && *dose.sets > 1) {
        const std::string all = "Do " + std::to_string(*dose.sets) + " sets in all.";
        sentences.push_back(dose.reps ? "Rest, then repeat. " + all : all);
    }
    if (dose.minutes) {
        // "In all": for walking with rests, the time walked, not a time without a stop.
        sentences.push_back("Do this for " + up_to + count(*dose.minutes, "minute", "minutes") +
                            (once ? "." : " in all."));
    }
    if (once) {
        sentences.push_back("Do this test on 1 day only, not every day.");
    } else if (as_needed) {
        sentences.push_back("Do this any time you need it.");
    } else if (auto sentence = frequencySentence(dose)) {
        sentences.push_back(*sentence);
    }
    return sentences;
}

std::string doseText(const Dose& dose, DoseUse use) {
    return join(doseSentences(dose, use), " ");
}

std::string doseGlance(const Dose& dose, DoseUse use, bool every_day_said) {
    std::vector<std::string> pieces;
    const bool once = use == DoseUse::OneTime;
    const bool as_needed = use == DoseUse::AsNeeded;
    if (dose.hold_seconds && (once || as_needed || (!dose.reps && !dose.minutes))) {
        // A test's or a rest position's hold, or a hold that is all there is to count.
        pieces.push_back((holdUpTo(use) ? "hold up to " : "hold ") +
                         holdLength(*dose.hold_seconds));
    }
    std::string side;
    switch (dose.side) {
        case Side::Each:
            side = "each side";
            break;
        case Side::Left:
            side = "left side";
            break;
        case Side::Right:
            side = "right side";
            break;
        case Side::Both:
        case Side::None:
            break;
    }
    const bool single = singleTest(dose, use);  // says "1 time only" once
    if (dose.reps && !single) {
        pieces.push_back(times(*dose.reps) + (side.empty() ? "" : " " + side));
    } else if (!side.empty()) {
        pieces.push_back(side);
    }
    if (dose.sets && *dose.sets > 1) {
        pieces.push_back(std::to_string(*dose.sets) + " sets");
    }
    if (dose.minutes) {
        pieces.push_back(count(*dose.minutes, "minute", "minutes"));
    }
    if (once) {
        pieces.push_back(single ? "1 time only" : "on 1 day only");
    } else if (as_needed) {
        pieces.push_back("when you need it");
    }
    const bool on_days = doneOnDays(use);
    if (dose.times_per_day && on_days) {
        pieces.push_back(times(*dose.times_per_day) + " a day");
    }
    // Every day goes unsaid where the main message says it, or "a day" does.
    const bool every_day_unsaid =
        dose.days_per_week == 7 && (every_day_said || dose.times_per_day.has_value());
    if (dose.days_per_week && on_days && !every_day_unsaid) {
        pieces.push_back(*dose.days_per_week == 7
                             ? std::string("every day")
                             : count(*dose.days_per_week, "day", "days") + " a week");
    }
    std::string line = join(pieces, ", ");
    if (!line.empty() && line.front() >= 'a' && line.front() <= 'z') {
        line.front() = static_cast<char>(line.front() - 'a' + 'A');
    }
    return line;
}

std::string doseShorthand(const Dose& dose, DoseUse use) {
    std::vector<std::string> pieces;
    const bool once = use == DoseUse::OneTime;
    const std::string hold_up_to = holdUpTo(use) ? "up to " : "";
    const std::string up_to = once ? "up to " : "";

    // What is counted: "3 x 20 s hold", "10 reps", "20 s hold", with "2 sets of " in front.
    std::string counted;
    if (dose.reps && dose.hold_seconds) {
        counted = std::to_string(*dose.reps) + " x " + hold_up_to +
                  std::to_string(*dose.hold_seconds) + " s hold";
    } else if (dose.reps) {
        counted = count(*dose.reps, "rep", "reps");
    } else if (dose.hold_seconds) {
        counted = hold_up_to + std::to_string(*dose.hold_seconds) + " s hold";
    }
    if (dose.sets && *dose.sets > 1) {
        const std::string sets = std::to_string(*dose.sets) + " sets";
        counted = counted.empty() ? sets : sets + " of " + counted;
    }
    if (!counted.empty()) {
        pieces.push_back(counted);
    }

    if (dose.minutes) {
        pieces.push_back(up_to + std::to_string(*dose.minutes) + " min");
    }
    switch (dose.side) {
        case Side::Each:
            pieces.push_back("each side");
            break;
        case Side::Left:
            pieces.push_back("left");
            break;
        case Side::Right:
            pieces.push_back("right");
            break;
        case Side::Both:
            pieces.push_back("both sides");
            break;
        case Side::None:
            break;
    }
    if (once || use == DoseUse::AsNeeded) {
        pieces.push_back(once ? "once" : "as needed");
        return join(pieces, ", ");
    }
    if (dose.times_per_day) {
        pieces.push_back(std::to_string(*dose.times_per_day) + "x/day");
    }
    if (dose.days_per_week) {
        pieces.push_back(*dose.days_per_week == 7
                             ? std::string("daily")
                             : count(*dose.days_per_week, "day", "days") + "/wk");
    }
    return join(pieces, ", ");
}

}  // namespace hep
