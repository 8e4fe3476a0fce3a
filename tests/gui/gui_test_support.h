// Helpers every GUI test file shares: letting events run, keys sent to a modal dialog, and a
// picture of what a window shows.
#pragma once

#include <gtest/gtest.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/dialog.h>
#include <wx/uiaction.h>

#include <filesystem>
#include <functional>

#include "app/gui/wx_text.h"

namespace hep::gui::test {

// Lets pending events run for about this long.
inline void processEvents(int milliseconds) {
    for (int i = 0; i < milliseconds / 10; ++i) {
        wxYield();
        wxMilliSleep(10);
    }
}

// Runs the dialog modally and presses keys in it; returns what ShowModal returned, or -1 when the
// keys did not close it. Xvfb has no window manager: the keyboard goes to the window under the
// pointer, so the pointer is moved onto the dialog first. GTK clicks a button activated by Enter
// 250 ms later, so this waits up to 2 s for the dialog to close.
inline int runWithKeys(wxDialog& dialog, std::function<void(wxUIActionSimulator&)> keys) {
    dialog.CallAfter([&dialog, keys = std::move(keys)] {
        processEvents(100);
        wxUIActionSimulator sim;
        wxRect rect = dialog.GetScreenRect();
        sim.MouseMove(rect.GetLeft() + rect.GetWidth() / 2, rect.GetTop() + 5);
        processEvents(50);
        keys(sim);
        for (int i = 0; i < 200 && dialog.IsModal(); ++i) {
            processEvents(10);
        }
        if (dialog.IsModal()) {
            dialog.EndModal(-1);
        }
    });
    return dialog.ShowModal();
}

// Saves what the window's client area shows as a PNG, after letting every pending layout and
// paint reach the screen (under load a copy was once taken before the window had repainted).
inline void saveClientPicture(wxWindow& window, const std::filesystem::path& png) {
    for (int i = 0; i < 20; ++i) {
        window.Refresh();
        window.Update();
        processEvents(20);
    }
    wxClientDC client(&window);
    wxSize size = window.GetClientSize();
    wxBitmap bitmap(size);
    wxMemoryDC memory(bitmap);
    memory.Blit(0, 0, size.GetWidth(), size.GetHeight(), &client, 0, 0);
    memory.SelectObject(wxNullBitmap);
    EXPECT_TRUE(bitmap.SaveFile(wx(png.string()), wxBITMAP_TYPE_PNG)) << png;
}

}  // namespace hep::gui::test
