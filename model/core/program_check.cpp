#include "core/program_check.h"

#include "core/text_limits.h"

namespace hep {

bool isIsoDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
        return false;
    }
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    int year = std::stoi(std::string(s.substr(0, 4)));
    int month = std::stoi(std::string(s.substr(5, 2)));
    int day = std::stoi(std::string(s.substr(8, 2)));
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) {
        return false;
    }
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

std::vector<std::string> checkProgram(const Program& p) {
    std::vector<std::string> problems;
    auto text = [&](const std::string& field, const std::string& value, std::size_t max) {
        if (auto problem = checkOptionalText(value, max)) {
            problems.push_back(field + " " + *problem);
        }
    };
    text("title", p.title, kMaxShortTextLength);
    text("patient", p.patient, kMaxShortTextLength);
    text("therapist", p.therapist, kMaxShortTextLength);
    text("clinic name", p.clinic.name, kMaxShortTextLength);
    text("clinic phone", p.clinic.phone, kMaxShortTextLength);
    text("clinic address", p.clinic.address, kMaxShortTextLength);
    // The handout must say whom to call in an emergency.
    if (auto problem = checkRequiredText(p.clinic.emergency_number, kMaxShortTextLength)) {
        problems.push_back("clinic emergency number " + *problem);
    }
    text("instructions", p.instructions, kMaxInstructionsLength);
    if (!p.date.empty() && !isIsoDate(p.date)) {
        problems.push_back("date \"" + p.date + "\" is not a date (YYYY-MM-DD)");
    }
    if (p.items.size() > kMaxItems) {
        problems.push_back("the program has " + std::to_string(p.items.size()) +
                           " exercises; at most " + std::to_string(kMaxItems));
    }
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        const auto& item = p.items[i];
        std::string where = "exercise " + std::to_string(i + 1) + " (" + item.exercise_id + ")";
        text(where + " note", item.note, kMaxNoteLength);
        for (const auto& dp : checkDose(item.dose)) {
            problems.push_back(where + " " + dp.field + " " + dp.message);
        }
    }
    if (p.handout.log_weeks < 0 || p.handout.log_weeks > kMaxLogWeeks) {
        problems.push_back("log weeks must be 0 to 4");
    }
    return problems;
}

}  // namespace hep
