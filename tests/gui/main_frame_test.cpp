// The HEP Studio window driven as a therapist would: search, add, dose, reorder, undo, templates,
// save and reopen, export, print, and the question before unsaved work is lost.
#include "app/gui/main_frame.h"

#include <gtest/gtest.h>
#include <wx/config.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

#include "app/gui/catalogue_panel.h"
#include "app/gui/preview_panel.h"
#include "app/gui/program_panel.h"
#include "app/gui/wx_text.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "tests/gui/fake_prompts.h"
#include "tests/gui/frame_fixture.h"
#include "tests/gui/gui_test_support.h"
#include "tests/support/test_support.h"

namespace hep::gui {
namespace {

using MainFrameTest = test::FrameTest;

TEST_F(MainFrameTest, SearchAndFilterAsYouType) {
    auto* search = frame_->catalogue()->searchField();
    EXPECT_EQ(frame_->catalogue()->resultCount(), builtinExercises().size());
    search->SetValue("kne");  // sends the text event, as typing does
    settle();
    EXPECT_GE(frame_->catalogue()->resultCount(), 3u);
    EXPECT_LT(frame_->catalogue()->resultCount(), builtinExercises().size());
    EXPECT_EQ(frame_->catalogue()->selectedId(), "lower-trunk-rotation");  // "Knee rolls"
    search->SetValue("zzqx");
    settle();
    EXPECT_EQ(frame_->catalogue()->resultCount(), 0u);
}

TEST_F(MainFrameTest, AddThreeChangeADoseReorderUndoRedo) {
    frame_->addExercise("bridge");
    frame_->addExercise("bird-dog");
    frame_->addExercise("heel-raise");
    settle();
    EXPECT_EQ(items(), (std::vector<std::string>{"bridge", "bird-dog", "heel-raise"}));
    EXPECT_EQ(frame_->program()->items()->GetItemCount(), 3);
    EXPECT_EQ(frame_->program()->countLine()->GetLabel(), "3 exercises");

    frame_->program()->selectItem(0);
    EXPECT_TRUE(frame_->program()->doseField(1)->IsThisEnabled());
    EXPECT_TRUE(frame_->program()->doseField(1)->IsEnabled());
    EXPECT_EQ(frame_->program()->doseField(1)->text()->GetValue(), "10");
    typeInto(frame_->program()->doseField(1)->text(), "7");  // reps
    settle();
    EXPECT_EQ(frame_->editor().program().items[0].dose.reps, 7);
    EXPECT_NE(frame_->program()->doseSentence()->GetLabel().Find("Do this 7 times."), wxNOT_FOUND)
        << frame_->program()->doseSentence()->GetLabel();
    EXPECT_EQ(frame_->program()->items()->GetItemText(0, 2),
              "2 sets of 7 x 3 s hold, 1x/day, daily");

    frame_->program()->selectItem(2);
    frame_->program()->moveSelected(-1);
    EXPECT_EQ(items(), (std::vector<std::string>{"bridge", "heel-raise", "bird-dog"}));
    frame_->editor().undo();
    EXPECT_EQ(items(), (std::vector<std::string>{"bridge", "bird-dog", "heel-raise"}));
    frame_->editor().undo();  // the dose change
    EXPECT_EQ(frame_->editor().program().items[0].dose.reps, 10);
    frame_->editor().redo();
    frame_->editor().redo();
    EXPECT_EQ(items(), (std::vector<std::string>{"bridge", "heel-raise", "bird-dog"}));
    EXPECT_EQ(frame_->editor().program().items[0].dose.reps, 7);
    EXPECT_TRUE(frame_->GetTitle().StartsWith("*Untitled"));
}

TEST_F(MainFrameTest, DragToReorderAndDropFromTheCatalogue) {
    frame_->addExercise("bridge");
    frame_->addExercise("bird-dog");
    frame_->addExercise("heel-raise");
    settle();
    auto* list = frame_->program()->items();
    wxRect first;
    ASSERT_TRUE(list->GetItemRect(0, first));
    // Item 2 dropped on the first row goes first.
    EXPECT_TRUE(frame_->program()->dropText(first.x + 5, first.y + first.height / 2, "hep-item:2"));
    EXPECT_EQ(items(), (std::vector<std::string>{"heel-raise", "bridge", "bird-dog"}));
    // An exercise dragged from the catalogue onto the second row is put there.
    wxRect second;
    ASSERT_TRUE(list->GetItemRect(1, second));
    EXPECT_TRUE(frame_->program()->dropText(second.x + 5, second.y + second.height / 2,
                                            "hep-exercise:clamshell"));
    EXPECT_EQ(items(), (std::vector<std::string>{"heel-raise", "clamshell", "bridge", "bird-dog"}));
    EXPECT_FALSE(frame_->program()->dropText(5, 5, "something else"));
    frame_->editor().undo();
    frame_->editor().undo();
    EXPECT_EQ(items(), (std::vector<std::string>{"bridge", "bird-dog", "heel-raise"}));
}

TEST_F(MainFrameTest, ApplyATemplateAndSaveOneAsATemplate) {
    ASSERT_TRUE(frame_->applyTemplate("lss-starter", true));
    EXPECT_EQ(items().size(), 5u);
    frame_->applyTemplate("lss-walking", false);
    EXPECT_EQ(items().size(), 9u);
    EXPECT_NE(frame_->program()->countLine()->GetLabel().Find("more than 8"), wxNOT_FOUND);
    frame_->applyTemplate("lss-strength", true);
    EXPECT_EQ(items(), (std::vector<std::string>{"bridge", "supine-march", "clamshell",
                                                 "sit-to-stand", "heel-raise"}));
    std::string id = frame_->saveAsTemplate("Strength for Mrs. O'Brien", "");
    ASSERT_FALSE(id.empty());
    bool found = false;
    for (const auto& t : services_->templates().list()) {
        found = found || (t.id == id && t.name == "Strength for Mrs. O'Brien" && t.item_count == 5);
    }
    EXPECT_TRUE(found);
}

TEST_F(MainFrameTest, SaveCloseAndReopenGivesTheSameProgram) {
    frame_->applyTemplate("lss-starter", true);
    frame_->program()->patientField()->SetValue("María José Núñez 😀");
    frame_->program()->selectItem(1);
    frame_->program()->noteField()->SetValue("Go only as far as is comfortable.");
    settle();
    Program before = frame_->editor().program();
    EXPECT_EQ(before.patient, "María José Núñez 😀");
    auto path = dir_ / "maria.hep";
    ASSERT_TRUE(frame_->saveTo(path));
    EXPECT_FALSE(frame_->editor().modified());
    EXPECT_EQ(frame_->GetTitle(), "maria.hep - HEP Studio");
    frame_->newProgram();
    EXPECT_TRUE(items().empty());
    ASSERT_TRUE(frame_->openProgram(path));
    EXPECT_EQ(frame_->editor().program(), before);
    EXPECT_EQ(frame_->program()->patientField()->GetValue(), wx("María José Núñez 😀"));
}

TEST_F(MainFrameTest, ExportAPdfThroughTheMenuCode) {
    frame_->applyTemplate("lss-starter", true);
    frame_->program()->patientField()->SetValue("Ana Lima");
    auto pdf = dir_ / "ana.pdf";
    prompts_->paths.push_back(wx(pdf.string()));
    prompts_->confirms.push_back(true);                 // "Open it now?"
    wxCommandEvent menu(wxEVT_MENU, wxID_HIGHEST + 1);  // File > Export PDF...
    frame_->ProcessWindowEvent(menu);
    ASSERT_TRUE(std::filesystem::exists(pdf));
    std::string text = pdfText(pdf);
    EXPECT_NE(text.find("Ana Lima"), std::string::npos);
    EXPECT_NE(text.find("Pelvic tilt"), std::string::npos);
    ASSERT_EQ(prompts_->opened.size(), 1u);
    EXPECT_EQ(prompts_->opened[0], wx(pdf.string()));
}

TEST_F(MainFrameTest, APatientNameOverItsLimitIsNamedNotCut) {
    frame_->applyTemplate("lss-starter", true);
    const std::string long_name(250, 'n');
    frame_->program()->patientField()->SetValue(wx(long_name));
    settle();
    frame_->refreshPreviewNow();
    const std::string problem = "The program patient is too long (250 characters; at most 200).";
    EXPECT_EQ(utf8(frame_->GetStatusBar()->GetStatusText()), problem);
    EXPECT_EQ(frame_->editor().program().patient, long_name);
    EXPECT_FALSE(frame_->saveTo(dir_ / "long.hep"));
    EXPECT_FALSE(frame_->exportPdf(dir_ / "long.pdf"));
    EXPECT_FALSE(frame_->printToFile(dir_ / "long.ps"));
    ASSERT_EQ(prompts_->errors.size(), 3u);
    for (const auto& error : prompts_->errors) {
        EXPECT_NE(utf8(error).find(problem), std::string::npos) << utf8(error);
    }
    EXPECT_FALSE(std::filesystem::exists(dir_ / "long.hep"));
    EXPECT_FALSE(std::filesystem::exists(dir_ / "long.pdf"));
}

TEST_F(MainFrameTest, AProgramStopsAtFortyExercisesWithAMessage) {
    int applied = 0;
    while (frame_->applyTemplate("lss-strength", false) && applied < 50) {
        ++applied;
    }
    std::size_t full = items().size();
    EXPECT_LE(full, kMaxItems);
    EXPECT_GT(full, kMaxItems - 10);
    ASSERT_EQ(prompts_->errors.size(), 1u);
    EXPECT_NE(utf8(prompts_->errors[0]).find("A program can have at most 40 exercises"),
              std::string::npos)
        << utf8(prompts_->errors[0]);
    while (items().size() < kMaxItems) {
        frame_->addExercise("bridge");
    }
    frame_->addExercise("bird-dog");
    EXPECT_EQ(items().size(), kMaxItems);
    ASSERT_EQ(prompts_->errors.size(), 2u);
    EXPECT_NE(utf8(prompts_->errors[1]).find("The exercise was not added"), std::string::npos);
}

TEST_F(MainFrameTest, PrintToAFile) {
    frame_->applyTemplate("lss-strength", true);
    frame_->refreshPreviewNow();
    auto out = dir_ / "printed.ps";
    ASSERT_TRUE(frame_->printToFile(out));
    ASSERT_TRUE(std::filesystem::exists(out)) << "no print file";
    std::string postscript = hep::test::readText(out);
    std::size_t pages = 0;
    for (auto at = postscript.find("%%Page: "); at != std::string::npos;
         at = postscript.find("%%Page: ", at + 1)) {
        ++pages;
    }
    EXPECT_EQ(pages, frame_->preview()->document().pages.size());
    EXPECT_GT(pages, 3u);
}

TEST_F(MainFrameTest, AskBeforeUnsavedWorkIsLost) {
    frame_->addExercise("bridge");
    prompts_->discard.push_back(DiscardChoice::Cancel);
    EXPECT_FALSE(frame_->Close());  // vetoed: the window stays
    settle();
    EXPECT_EQ(prompts_->save_questions, 1);
    EXPECT_EQ(items().size(), 1u);
    prompts_->discard.push_back(DiscardChoice::Cancel);
    frame_->newProgram();
    EXPECT_EQ(items().size(), 1u);
    EXPECT_EQ(prompts_->save_questions, 2);
    prompts_->discard.push_back(DiscardChoice::Discard);
    frame_->newProgram();
    EXPECT_TRUE(items().empty());
}

TEST_F(MainFrameTest, AutosaveIsOfferedBack) {
    frame_->applyTemplate("lss-walking", true);
    frame_->writeAutosave();
    ASSERT_TRUE(std::filesystem::exists(dir_ / "autosave.hep"));
    EXPECT_EQ(
        std::filesystem::status(dir_ / "autosave.hep").permissions() & std::filesystem::perms::all,
        std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    Program saved_aside = frame_->editor().program();
    // As after a crash: a new window finds the program saved aside and offers it back.
    auto prompts = std::make_unique<test::FakePrompts>();
    prompts->confirms.push_back(true);
    auto* again = new MainFrame(*services_, std::move(prompts), dir_ / "autosave.hep");
    settle();
    EXPECT_EQ(again->editor().program().items, saved_aside.items);
    EXPECT_TRUE(again->editor().modified());
    EXPECT_FALSE(std::filesystem::exists(dir_ / "autosave.hep"));
    again->editor().reset(Program{});
    again->Destroy();
    settle();
}

// Everything the window logs (wxLog) and writes to stderr while the body runs.
class CapturedOutput {
  public:
    CapturedOutput() : old_log_(wxLog::SetActiveTarget(&log_)) {
        std::fflush(stderr);
        saved_stderr_ = ::dup(2);
        int fd = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(fd, 2);
        ::close(fd);
    }
    ~CapturedOutput() { stop(); }
    std::string stop() {
        if (saved_stderr_ >= 0) {
            wxLog::FlushActive();
            wxLog::SetActiveTarget(old_log_);
            std::fflush(stderr);
            ::dup2(saved_stderr_, 2);
            ::close(saved_stderr_);
            saved_stderr_ = -1;
            text_ = log_.text + hep::test::readText(file_);
        }
        return text_;
    }

  private:
    struct Collector : wxLog {
        std::string text;
        void DoLogTextAtLevel(wxLogLevel, const wxString& msg) override {
            text += msg.utf8_string() + "\n";
        }
    };
    hep::test::TempDir dir_;
    std::filesystem::path file_ = dir_ / "stderr.txt";
    Collector log_;
    wxLog* old_log_;
    int saved_stderr_ = -1;
    std::string text_;
};

// Every value of the preferences file (the recent files are kept there).
std::string allConfigValues(wxConfigBase& config, const wxString& path = "/") {
    std::string values;
    config.SetPath(path);
    wxString name;
    long cookie = 0;
    for (bool more = config.GetFirstEntry(name, cookie); more;
         more = config.GetNextEntry(name, cookie)) {
        values += config.Read(name, "").utf8_string() + "\n";
    }
    std::vector<wxString> groups;
    for (bool more = config.GetFirstGroup(name, cookie); more;
         more = config.GetNextGroup(name, cookie)) {
        groups.push_back(name);
    }
    for (const auto& group : groups) {
        values += allConfigValues(config, path + (path.EndsWith("/") ? "" : "/") + group);
    }
    config.SetPath("/");
    return values;
}

TEST_F(MainFrameTest, ThePatientsNameStaysOutOfLogsAndStderr) {
    const std::string name = "Quintessa 李 Marlowe";
    CapturedOutput output;
    frame_->applyTemplate("lss-starter", true);
    frame_->program()->patientField()->SetValue(wx(name));
    settle();
    ASSERT_TRUE(frame_->saveTo(dir_ / "visit.hep"));
    EXPECT_FALSE(frame_->saveTo(dir_ / "no-folder" / "visit.hep"));  // an error, shown
    ASSERT_TRUE(frame_->exportPdf(dir_ / "visit.pdf"));              // 李 cannot print: a warning
    EXPECT_FALSE(frame_->exportPdf(dir_ / "no-folder" / "visit.pdf"));
    ASSERT_TRUE(frame_->printToFile(dir_ / "visit.ps"));
    hep::test::writeText(dir_ / "broken.hep", "{\"format\": \"hep-program\", \"patient\": \"" +
                                                  name + "\", \"version\": 9}");
    EXPECT_FALSE(frame_->openProgram(dir_ / "broken.hep"));
    frame_->writeAutosave();
    std::fprintf(stderr, "stderr is captured\n");  // the capture itself works
    wxLogMessage("the log is captured");
    std::string captured = output.stop();
    ASSERT_NE(captured.find("stderr is captured"), std::string::npos) << captured;
    ASSERT_NE(captured.find("the log is captured"), std::string::npos) << captured;
    EXPECT_EQ(captured.find("Quintessa"), std::string::npos) << captured;
    EXPECT_EQ(captured.find("Marlowe"), std::string::npos) << captured;
    EXPECT_EQ(captured.find("李"), std::string::npos) << captured;
    // The name did go where it belongs: the PDF, and the window's own messages.
    EXPECT_NE(pdfText(dir_ / "visit.pdf").find("Quintessa"), std::string::npos);
    EXPECT_EQ(prompts_->errors.size(), 3u);
    EXPECT_EQ(prompts_->infos.size(), 1u);
}

TEST_F(MainFrameTest, RecentFilesForgetPatientNamesWhenAskedTo) {
    wxConfigBase& config = *wxConfigBase::Get();
    frame_->applyTemplate("lss-starter", true);
    auto named = dir_ / "quintessa-marlowe.hep";
    ASSERT_TRUE(frame_->saveTo(named));
    EXPECT_GE(frame_->recentFileCount(), 1u);
    EXPECT_NE(allConfigValues(config).find("quintessa-marlowe"), std::string::npos);

    Preferences off = frame_->preferences();
    off.remember_patients_in_recent_files = false;
    frame_->applyPreferences(off);  // as the Preferences dialog's OK does
    EXPECT_EQ(frame_->recentFileCount(), 0u);
    EXPECT_EQ(allConfigValues(config).find("quintessa-marlowe"), std::string::npos);
    ASSERT_TRUE(frame_->saveTo(dir_ / "ben-okafor.hep"));
    EXPECT_EQ(frame_->recentFileCount(), 0u);
    EXPECT_EQ(allConfigValues(config).find("ben-okafor"), std::string::npos);

    // A name written there by an older run is dropped when the next window starts.
    ASSERT_TRUE(config.Write("/file1", wx(named.string())));
    auto* again =
        new MainFrame(*services_, std::make_unique<test::FakePrompts>(), dir_ / "autosave-2.hep");
    settle();
    EXPECT_EQ(again->recentFileCount(), 0u);
    EXPECT_EQ(allConfigValues(config).find("quintessa-marlowe"), std::string::npos);
    again->Destroy();
    settle();

    Preferences on = off;
    on.remember_patients_in_recent_files = true;
    frame_->applyPreferences(on);
    ASSERT_TRUE(frame_->saveTo(named));
    EXPECT_GE(frame_->recentFileCount(), 1u);
}

TEST_F(MainFrameTest, ScreenshotWithFiveExercises) {
    frame_->applyTemplate("lss-starter", true);
    frame_->program()->patientField()->SetValue("María José Núñez");
    frame_->program()->selectItem(1);
    frame_->refreshPreviewNow();
    frame_->catalogue()->searchField()->SetValue("stretch");
    auto out = std::filesystem::path(HEP_BUILD_DIR) / "main-window.png";
    test::saveClientPicture(*frame_, out);
    EXPECT_GT(std::filesystem::file_size(out), 10000u);
    EXPECT_GT(frame_->preview()->document().pages.size(), 3u);
}

}  // namespace
}  // namespace hep::gui
