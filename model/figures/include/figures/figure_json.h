// Inside the figure files' reader: the parts of a figure (props, poses, an inset) read from JSON,
// each checked, an error naming the file and the field.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "figures/pose.h"
#include "files/json_object.h"

namespace hep::figure_json {

// A number field within the figure's bounds, or fallback when it is missing and not required.
double number(JsonObject& obj, const std::string& key, double fallback, bool required = false);
// Fails on a field the reader does not know (a typo).
void rejectUnknown(const JsonObject& obj);
// The props listed under key ("props"), none when missing.
std::vector<Prop> readProps(JsonObject& obj, const std::string& key);
InsetView readInset(const nlohmann::json& value, const std::string& place);
Pose readPose(const nlohmann::json& value, const std::string& place);

}  // namespace hep::figure_json
