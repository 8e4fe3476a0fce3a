// Text between the model (UTF-8 std::string) and wxWidgets (wxString), at every boundary.
#pragma once

#include <wx/string.h>

#include <string>

namespace hep::gui {

inline wxString wx(const std::string& utf8) {
    return wxString::FromUTF8(utf8.data(), utf8.size());
}
inline std::string utf8(const wxString& text) {
    return text.utf8_string();
}

}  // namespace hep::gui
