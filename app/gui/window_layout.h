// The main window's layout: a first size that fits the screen it opens on, and the size and pane
// positions the user chose last time, kept in wxConfig (wxPersistenceManager).
#pragma once

#include <wx/gdicmn.h>

class wxFrame;
class wxSplitterWindow;

namespace hep::gui {

// The size of a first start on a screen whose free area is `screen`: at most 1400 x 900, never
// larger than the screen.
wxSize firstWindowSize(const wxRect& screen);

// Where the two sashes go by default for a window of this width: catalogue, program, preview.
struct SashPositions {
    int catalogue;  // from the window's left edge
    int program;    // from the left edge of the program and preview pair
};
SashPositions defaultSashPositions(int window_width);

// Restores the frame's size and position (kept inside the screen) or gives it a first size,
// and remembers them from now on.
void restoreWindowSize(wxFrame& frame);
// Restores the sashes, or puts them at the defaults; remembers them from now on. Call once the
// frame has its size.
void restoreSashes(wxFrame& frame, wxSplitterWindow& outer, wxSplitterWindow& inner);

}  // namespace hep::gui
