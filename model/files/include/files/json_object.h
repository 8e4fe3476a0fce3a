// Reads fields of one JSON object with messages that say where a bad value is (file, item, field).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace hep {

// How deep objects and lists may nest in a file we read (ours nest 4 deep).
inline constexpr int kMaxJsonDepth = 64;
// Values in one file: a program of 100 exercises with their text is a few thousand. 31 MB of "{}"
// took 1.2 GB to hold; 200,000 values take a few megabytes.
inline constexpr std::size_t kMaxJsonValues = 200000;

// Parses JSON text. Throws InputError naming source when the text is not JSON, or holds a number
// JSON libraries cannot represent (1e999), with the line and column where that is known.
nlohmann::json parseJson(std::string_view text, const std::string& source);

class JsonObject {
  public:
    // place names the object for messages, e.g. "p.hep: items[2] (bridge)".
    // Throws InputError when value is not a JSON object.
    JsonObject(const nlohmann::json& value, std::string place);
    JsonObject(nlohmann::json&& value, std::string place) = delete;  // would dangle

    const std::string& place() const { return place_; }
    bool has(const std::string& key) const;
    bool isNull(const std::string& key) const;

    // Each reader marks the key as known. A missing key gives the fallback (or an error when
    // required); a value of the wrong type is always an error.
    std::string text(const std::string& key, bool required = false);
    std::optional<int> integer(const std::string& key);
    bool boolean(const std::string& key, bool fallback);
    std::vector<std::string> texts(const std::string& key);
    const nlohmann::json* value(const std::string& key);  // nullptr when missing

    // Fields present in the object that no reader asked for, with their JSON text.
    std::map<std::string, std::string> unknownFields() const;

    [[noreturn]] void fail(const std::string& key, const std::string& message) const;

  private:
    const nlohmann::json& json_;
    std::string place_;
    std::set<std::string> known_;
};

// A short, readable rendering of a JSON value for messages ("\"ten\"", "12.5", "an object").
std::string describeJson(const nlohmann::json& value);

}  // namespace hep
