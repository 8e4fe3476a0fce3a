// A template: a named, reusable list of exercises with doses that starts a program.
#pragma once

#include <string>
#include <vector>

#include "core/program_item.h"

namespace hep {

struct ProtocolTemplate {
    std::string id;  // slug, unique among templates
    std::string name;
    std::string description;
    std::string condition;     // condition id; may be empty
    std::string instructions;  // general instructions copied into new programs
    std::vector<ProgramItem> items;
    bool builtin = false;  // shipped with HEP Studio: read-only

    bool operator==(const ProtocolTemplate&) const = default;
};

}  // namespace hep
