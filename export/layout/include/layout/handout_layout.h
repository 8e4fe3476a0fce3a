// The handout: lays a program out as a Document of pages, every section of HANDOUT.md, measured
// with the fonts the PDF embeds.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/condition.h"
#include "core/exercise_lookup.h"
#include "core/handout_text.h"
#include "core/program.h"
#include "layout/document.h"

namespace hep {

// A picture of an exercise with its caption ("Start", "Finish"): a photo (image) or a drawing
// (draw, called with the box it fills, in points).
struct Picture {
    std::string caption;
    double aspect = 4.0 / 3.0;              // width / height
    std::string image_key;                  // a photo: its key in the Document's images ...
    std::shared_ptr<const RgbImage> image;  // ... and its pixels
    std::function<void(std::vector<DrawOp>& out, double x, double y, double w, double h)> draw;
};

struct HandoutInputs {
    HandoutText text;                   // safety rules and disclaimers
    std::vector<Condition> conditions;  // the program's condition is looked up here
    ExerciseLookup lookup;              // exercises by id (the catalogue)
    std::function<std::vector<Picture>(const Exercise&)> pictures;  // none when empty
    std::optional<RgbImage> logo;  // the clinic's logo, top right of every page
    std::string creator = "HEP Studio";
};

struct Handout {
    Document document;
    // Things the therapist should know before printing: characters the fonts cannot draw, with
    // the field they are in and what prints instead.
    std::vector<std::string> warnings;
};

// Lays out the handout of a program. Throws InputError when an item's exercise is unknown.
Handout layoutHandout(const Program& program, const HandoutInputs& inputs);

// The main message at the top of page 1, from the doses of the exercises done on days, the
// number of one-time tests and the numbers of the rest positions used as needed: "Do these 5
// exercises every day. Do the test 1 time only. Use number 7 any time you need it. ..."
std::string mainMessage(const std::vector<Dose>& doses, std::size_t tests,
                        const std::vector<std::size_t>& as_needed = {});

// Whether every one of these doses is done every day (unset days count as every day): the main
// message then says "every day" once for all of them.
bool everyDay(const std::vector<Dose>& doses);

// A date of the program ("2026-11-24") as people write it: "November 24, 2026" on Letter paper,
// "24 November 2026" on A4. Text that is not such a date is returned as it is.
std::string readableDate(const std::string& iso_date, Paper paper);

}  // namespace hep
