#include "app/cli/arguments.h"

#include <charconv>

namespace hep::cli {

std::vector<std::string> Arguments::options(const std::string& name) {
    std::vector<std::string> values;
    std::string flag = (name.size() == 1 ? "-" : "--") + name;
    for (std::size_t i = 0; i < args_.size();) {
        if (args_[i] == "--") {
            break;
        }
        if (args_[i] == flag) {
            if (i + 1 >= args_.size()) {
                throw UsageError(flag + " needs a value");
            }
            values.push_back(args_[i + 1]);
            args_.erase(args_.begin() + static_cast<long>(i),
                        args_.begin() + static_cast<long>(i) + 2);
        } else if (args_[i].rfind(flag + "=", 0) == 0) {
            values.push_back(args_[i].substr(flag.size() + 1));
            args_.erase(args_.begin() + static_cast<long>(i));
        } else {
            ++i;
        }
    }
    return values;
}

std::optional<std::string> Arguments::option(const std::string& name) {
    auto values = options(name);
    if (values.empty()) {
        return std::nullopt;
    }
    return values.back();
}

bool Arguments::flag(const std::string& name) {
    bool found = false;
    for (std::size_t i = 0; i < args_.size();) {
        if (args_[i] == "--") {
            break;
        }
        if (args_[i] == "--" + name) {
            found = true;
            args_.erase(args_.begin() + static_cast<long>(i));
        } else {
            ++i;
        }
    }
    return found;
}

std::optional<std::string> Arguments::optionalWord() {
    for (std::size_t i = 0; i < args_.size(); ++i) {
        if (args_[i] == "--") {
            args_.erase(args_.begin() + static_cast<long>(i));
            if (i < args_.size()) {
                std::string w = args_[i];
                args_.erase(args_.begin() + static_cast<long>(i));
                return w;
            }
            return std::nullopt;
        }
        if (args_[i].size() > 1 && args_[i][0] == '-') {
            continue;
        }
        std::string w = args_[i];
        args_.erase(args_.begin() + static_cast<long>(i));
        return w;
    }
    return std::nullopt;
}

std::string Arguments::word(const std::string& what) {
    if (auto w = optionalWord()) {
        return *w;
    }
    throw UsageError("missing " + what);
}

void Arguments::finish() const {
    for (const auto& a : args_) {
        if (a.size() > 1 && a[0] == '-') {
            throw UsageError("unknown option " + a);
        }
    }
    if (!args_.empty()) {
        // Not quoted back: the word is often the rest of an unquoted patient name.
        const std::size_t n = args_.size();
        throw UsageError(std::to_string(n) + (n == 1 ? " word is" : " words are") +
                         " left over (not shown: they may be part of a name); a value with "
                         "spaces needs quotes, e.g. --patient \"Ana Ruiz\"");
    }
}

int parseInt(const std::string& option, const std::string& text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) {
        throw UsageError(option + " needs a whole number, not \"" + text + "\"");
    }
    return value;
}

}  // namespace hep::cli
