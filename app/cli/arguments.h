// The command line of `hep`: options and words, with usage errors that exit with status 2.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace hep::cli {

// Wrong usage (an unknown option, a missing value): exit status 2.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class Arguments {
  public:
    // args without the program name. Options may come before or after the words.
    explicit Arguments(std::vector<std::string> args) : args_(std::move(args)) {}

    // Removes and returns the value of --name VALUE (or --name=VALUE; a one-letter name is -n
    // VALUE); the last one wins.
    std::optional<std::string> option(const std::string& name);
    // Removes every --name VALUE and returns the values in order.
    std::vector<std::string> options(const std::string& name);
    // Removes --name and says whether it was there.
    bool flag(const std::string& name);
    // Removes and returns the next word (not an option), or throws UsageError naming what.
    std::string word(const std::string& what);
    std::optional<std::string> optionalWord();
    // Throws UsageError when anything is left.
    void finish() const;

  private:
    std::vector<std::string> args_;
};

// A whole number from an option's text, or UsageError naming the option.
int parseInt(const std::string& option, const std::string& text);

}  // namespace hep::cli
