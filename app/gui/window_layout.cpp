#include "app/gui/window_layout.h"

#include <wx/display.h>
#include <wx/frame.h>
#include <wx/persist/splitter.h>
#include <wx/persist/toplevel.h>
#include <wx/splitter.h>

#include <algorithm>

namespace hep::gui {

wxSize firstWindowSize(const wxRect& screen) {
    return {std::min(1400, screen.width), std::min(900, screen.height)};
}

SashPositions defaultSashPositions(int window_width) {
    // The catalogue a quarter (at least 250 px), the program about half of what is left and
    // wide enough for two columns of dose fields.
    int catalogue = std::max(250, window_width / 4);
    int rest = window_width - catalogue;
    int program = std::max(450, rest * 45 / 100);
    return {catalogue, std::min(program, std::max(240, rest - 240))};
}

namespace {

wxRect screenOf(const wxFrame& frame) {
    int index = wxDisplay::GetFromWindow(&frame);
    return wxDisplay(index == wxNOT_FOUND ? 0u : static_cast<unsigned>(index)).GetClientArea();
}

}  // namespace

void restoreWindowSize(wxFrame& frame) {
    frame.SetName("main-window");
    const wxRect screen = screenOf(frame);
    if (!wxPersistenceManager::Get().RegisterAndRestore(&frame)) {
        frame.SetSize(firstWindowSize(screen));
        frame.Centre();
        return;
    }
    // A size kept on a larger screen (or a screen no longer there) is brought inside this one.
    wxRect rect = frame.GetRect();
    if (!frame.IsMaximized() && !screen.Contains(rect)) {
        rect.SetSize(
            wxSize(std::min(rect.width, screen.width), std::min(rect.height, screen.height)));
        rect.x = std::clamp(rect.x, screen.x, screen.GetRight() - rect.width + 1);
        rect.y = std::clamp(rect.y, screen.y, screen.GetBottom() - rect.height + 1);
        frame.SetSize(rect);
    }
}

void restoreSashes(wxFrame& frame, wxSplitterWindow& outer, wxSplitterWindow& inner) {
    outer.SetName("catalogue-sash");
    inner.SetName("program-sash");
    const SashPositions defaults = defaultSashPositions(frame.GetClientSize().GetWidth());
    if (!wxPersistenceManager::Get().RegisterAndRestore(&outer)) {
        outer.SetSashPosition(defaults.catalogue);
    }
    if (!wxPersistenceManager::Get().RegisterAndRestore(&inner)) {
        inner.SetSashPosition(defaults.program);
    }
}

}  // namespace hep::gui
