#include "model/program_advice.h"

namespace hep {

std::optional<std::string> programSizeAdvice(std::size_t items) {
    if (items <= kAdvisedMaxItems) {
        return std::nullopt;
    }
    return std::to_string(items) + " exercises: more than " + std::to_string(kAdvisedMaxItems) +
           " is a lot. Older adults do fewer exercises better.";
}

}  // namespace hep
