// The window's handout output: export to PDF, print and print preview, and the summary copied
// for the clinical note.
#include "app/gui/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/choicdlg.h>
#include <wx/clipbrd.h>
#include <wx/config.h>
#include <wx/generic/printps.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/printdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/textdlg.h>

#include <fstream>

#include "app/gui/catalogue_panel.h"
#include "app/gui/dialogs.h"
#include "app/gui/handout_printout.h"
#include "app/gui/help_dialogs.h"
#include "app/gui/preview_panel.h"
#include "app/gui/program_panel.h"
#include "app/gui/template_picker_dialog.h"
#include "app/gui/window_layout.h"
#include "app/gui/wx_text.h"
#include "core/errors.h"
#include "core/file_io.h"
#include "core/program_condition.h"
#include "core/program_from_template.h"
#include "core/program_summary.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "images/image_decode.h"
#include "pdf/pdf_writer.h"

namespace hep::gui {

bool MainFrame::exportPdf(const std::filesystem::path& path) {
    try {
        std::vector<std::string> warnings;
        std::vector<KeptFile> kept{{services_.databasePath(), "the HEP Studio database"},
                                   {autosave_file_, "the window's autosave file"}};
        if (!editor_.file().empty()) {
            kept.push_back({editor_.file(), "the program file"});
        }
        checkOutputIsNot(path, kept);
        Document document = outputDocument(&warnings);
        writePdf(document, path);
        say("Exported " + wx(path.string()));
        if (!warnings.empty()) {
            wxString text = "The handout was made, with things to look at:\n";
            for (const auto& w : warnings) {
                text += "\n" + wx(w);
            }
            prompts_->info(this, text);
        }
        return true;
    } catch (const std::exception& e) {
        reportError(e, "The PDF was not made.");
        return false;
    }
}

void MainFrame::exportWithDialog() {
    wxString suggested = (editor_.program().patient.empty()
                              ? wxString("handout")
                              : wx(slugFromName(editor_.program().patient)) + "-handout") +
                         ".pdf";
    auto path =
        prompts_->savePath(this, "Export the handout as PDF", "PDF files (*.pdf)|*.pdf", suggested);
    if (!path) {
        return;
    }
    std::filesystem::path file = utf8(*path);
    if (!file.has_extension()) {
        file += ".pdf";
    }
    if (exportPdf(file) &&
        prompts_->confirm(this, "The handout is saved. Open it now?", "Export PDF")) {
        prompts_->openInViewer(wx(file.string()));
    }
}

bool MainFrame::printToFile(const std::filesystem::path& path) {
    try {
        wxPrintData data;
        data.SetPrintMode(wxPRINT_MODE_FILE);
        data.SetFilename(wx(path.string()));
        data.SetPaperId(editor_.program().handout.paper == Paper::A4 ? wxPAPER_A4 : wxPAPER_LETTER);
        Document document = outputDocument();
        wxPrintDialogData dialog_data(data);
        // Without a dialog the page range must be given; the PostScript printer writes the
        // file itself, with no printer or dialog involved.
        dialog_data.SetMinPage(1);
        dialog_data.SetMaxPage(static_cast<int>(document.pages.size()));
        dialog_data.SetFromPage(1);
        dialog_data.SetToPage(static_cast<int>(document.pages.size()));
        wxPostScriptPrinter printer(&dialog_data);
        HandoutPrintout printout(std::move(document));
        return printer.Print(this, &printout, false);
    } catch (const std::exception& e) {
        reportError(e, "The handout was not printed.");
        return false;
    }
}

void MainFrame::printWithDialog(bool preview_only) {
    try {
        wxPrintData data;
        data.SetPaperId(editor_.program().handout.paper == Paper::A4 ? wxPAPER_A4 : wxPAPER_LETTER);
        wxPrintDialogData dialog_data(data);
        if (preview_only) {
            auto* preview = new wxPrintPreview(new HandoutPrintout(outputDocument()),
                                               new HandoutPrintout(outputDocument()), &dialog_data);
            if (!preview->IsOk()) {
                delete preview;
                prompts_->error(this, "The print preview cannot be shown. Is a printer set up?");
                return;
            }
            auto* frame = new wxPreviewFrame(preview, this, "Print Preview", wxDefaultPosition,
                                             wxSize(900, 900));
            frame->Initialize();
            frame->Show();
            return;
        }
        wxPrinter printer(&dialog_data);
        HandoutPrintout printout(outputDocument());
        if (!printer.Print(this, &printout, true) && wxPrinter::GetLastError() == wxPRINTER_ERROR) {
            prompts_->error(this,
                            "The handout could not be printed. Check the printer and try "
                            "again, or export a PDF and print that.");
        }
    } catch (const std::exception& e) {
        reportError(e, "The handout was not printed.");
    }
}

void MainFrame::copySummary() {
    std::string text = programSummary(editor_.program(), services_.catalogue().lookup());
    if (wxTheClipboard->Open()) {
        wxTheClipboard->SetData(new wxTextDataObject(wx(text)));
        wxTheClipboard->Close();
        say("The summary is on the clipboard.");
    }
}

}  // namespace hep::gui
