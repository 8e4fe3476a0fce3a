// The sides a dose can name, in the order of the window's side choices, with the words shown:
// one list for the program panel and the exercise editor.
#pragma once

#include <array>

#include "core/dose.h"

namespace hep::gui {

struct SideChoice {
    Side side;
    const char* label;
};

inline constexpr std::array<SideChoice, 5> kSideChoices = {{{Side::None, "No sides"},
                                                            {Side::Each, "Each side"},
                                                            {Side::Both, "Both sides together"},
                                                            {Side::Left, "Left side only"},
                                                            {Side::Right, "Right side only"}}};

// The place of a side in kSideChoices (0, "No sides", for one not listed).
inline int sideIndex(Side side) {
    for (std::size_t i = 0; i < kSideChoices.size(); ++i) {
        if (kSideChoices[i].side == side) {
            return static_cast<int>(i);
        }
    }
    return 0;
}

// The side at a place of the choice (Side::None for no selection).
inline Side sideAt(int index) {
    return index >= 0 && index < static_cast<int>(kSideChoices.size())
               ? kSideChoices[static_cast<std::size_t>(index)].side
               : Side::None;
}

}  // namespace hep::gui
