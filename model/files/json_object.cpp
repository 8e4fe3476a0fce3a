#include "files/json_object.h"

#include <cmath>
#include <limits>

#include "core/errors.h"
#include "core/text_limits.h"
#include "text/utf8.h"

namespace hep {

namespace {

// One pass over the text before it is parsed, strings skipped: the deepest nesting and the
// number of values (containers and the commas between members), so that a deep file never
// becomes a deep value (its copy or destruction would recurse once a level and overflow the
// stack) and a file of millions of tiny values never takes gigabytes to hold. nlohmann's parse
// callback could check both, but its DOM parser then spends quadratic time on long arrays of
// objects (3 MB of "{}" took 11 s, 31 MB over 15 minutes).
void checkShape(std::string_view text, const std::string& source) {
    int depth = 0;
    std::size_t values = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;  // the escaped character, a quote included
            } else if (c == '"') {
                in_string = false;
            }
            continue;
        }
        switch (c) {
            case '"':
                in_string = true;
                break;
            case '{':
            case '[':
                if (++depth > kMaxJsonDepth) {
                    throw InputError(source + ": is nested deeper than " +
                                     std::to_string(kMaxJsonDepth) +
                                     " levels; a HEP Studio file never is");
                }
                ++values;
                break;
            case '}':
            case ']':
                --depth;
                break;
            case ',':
                ++values;
                break;
            default:
                break;
        }
        if (values > kMaxJsonValues) {
            throw InputError(source + ": holds more than " + std::to_string(kMaxJsonValues) +
                             " values; a HEP Studio file never does");
        }
    }
}

}  // namespace

nlohmann::json parseJson(std::string_view text, const std::string& source) {
    checkShape(text, source);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        // "[json.exception.parse_error.101] parse error at line 1, ...": keep what follows the
        // bracket, which says what is wrong and where.
        std::string what = e.what();
        if (auto end = what.find("] ");
            what.starts_with("[json.exception.") && end != std::string::npos) {
            what = what.substr(end + 2);
        }
        // "; last read: '...'" quotes the file's text (a patient's name) into a message that
        // goes to stderr: the line and column say where, without it.
        if (auto last = what.find("; last read: "); last != std::string::npos) {
            const auto expected = what.rfind("; expected ");
            what.erase(last, expected != std::string::npos && expected > last ? expected - last
                                                                              : std::string::npos);
        }
        throw InputError(source + ": is not valid JSON (" + what + ")");
    }
}

std::string describeJson(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object:
            return "an object";
        case nlohmann::json::value_t::array:
            return "a list";
        case nlohmann::json::value_t::null:
            return "null";
        default: {
            return shortenForMessage(value.dump(), 40);
        }
    }
}

JsonObject::JsonObject(const nlohmann::json& value, std::string place)
    : json_(value), place_(std::move(place)) {
    if (!value.is_object()) {
        throw InputError(place_ + ": must be a JSON object, not " + describeJson(value));
    }
}

bool JsonObject::has(const std::string& key) const {
    return json_.contains(key);
}

bool JsonObject::isNull(const std::string& key) const {
    auto it = json_.find(key);
    return it != json_.end() && it->is_null();
}

void JsonObject::fail(const std::string& key, const std::string& message) const {
    throw InputError(place_ + ": field \"" + key + "\" " + message);
}

const nlohmann::json* JsonObject::value(const std::string& key) {
    known_.insert(key);
    auto it = json_.find(key);
    return it == json_.end() ? nullptr : &*it;
}

std::string JsonObject::text(const std::string& key, bool required) {
    const auto* v = value(key);
    if (v == nullptr || v->is_null()) {
        if (required) {
            fail(key, "is missing");
        }
        return {};
    }
    if (!v->is_string()) {
        fail(key, "must be text, not " + describeJson(*v));
    }
    return v->get<std::string>();
}

std::optional<int> JsonObject::integer(const std::string& key) {
    const auto* v = value(key);
    if (v == nullptr || v->is_null()) {
        return std::nullopt;
    }
    if (v->is_number_integer()) {
        auto n = v->get<std::int64_t>();
        if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
            fail(key, "is out of bounds: " + describeJson(*v));
        }
        return static_cast<int>(n);
    }
    if (v->is_number_float()) {
        double d = v->get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e9) {
            return static_cast<int>(d);
        }
    }
    fail(key, "must be a whole number, not " + describeJson(*v));
}

bool JsonObject::boolean(const std::string& key, bool fallback) {
    const auto* v = value(key);
    if (v == nullptr || v->is_null()) {
        return fallback;
    }
    if (!v->is_boolean()) {
        fail(key, "must be true or false, not " + describeJson(*v));
    }
    return v->get<bool>();
}

std::vector<std::string> JsonObject::texts(const std::string& key) {
    const auto* v = value(key);
    if (v == nullptr || v->is_null()) {
        return {};
    }
    if (!v->is_array()) {
        fail(key, "must be a list of texts, not " + describeJson(*v));
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const auto& item = (*v)[i];
        if (!item.is_string()) {
            fail(key, "item " + std::to_string(i + 1) + " must be text, not " + describeJson(item));
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::map<std::string, std::string> JsonObject::unknownFields() const {
    std::map<std::string, std::string> out;
    for (auto it = json_.begin(); it != json_.end(); ++it) {
        if (!known_.count(it.key())) {
            out[it.key()] = it->dump();
        }
    }
    return out;
}

}  // namespace hep
