// Exercises and doses to and from JSON, the form of `hep show --json` and of program files.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/exercise.h"

namespace hep {

class JsonObject;

// Reads the dose fields of obj over base: a missing field keeps base's value, null clears it.
// Wrong types, out-of-bounds values and unknown sides are errors that name the field.
Dose readDoseFields(JsonObject& obj, const Dose& base);

// Writes the fields set in dose; a field that base sets but dose does not is written as null.
void writeDoseFields(nlohmann::json& out, const Dose& dose, const Dose& base = {});

nlohmann::json exerciseToJson(const Exercise& exercise);

// Reads and checks one exercise definition; place names it in messages ("f.hep: exercises[0]").
// Throws InputError naming the field that is wrong.
Exercise exerciseFromJson(const nlohmann::json& value, const std::string& place);

}  // namespace hep
