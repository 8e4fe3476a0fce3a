// Inside the handout layout: the shared state of one layout and the builders of its sections.
#pragma once

#include <string>
#include <vector>

#include "core/dose_text.h"
#include "layout/block.h"
#include "layout/handout_layout.h"
#include "layout/handout_style.h"

namespace hep::handout {

// Text as it will print: characters the fonts cannot draw replaced by a visible mark, each
// replacement reported once per field. A private field (the patient's name) is reported by the
// count of such characters only: the warnings go to stderr from the hep command, and the
// characters of a name would spell it out there.
class PrintableText {
  public:
    enum class Field { Public, Private };
    std::string operator()(const std::string& text, const std::string& field,
                           Field kind = Field::Public);
    std::vector<std::string> warnings;
};

// What every section builder reads.
struct Context {
    const Program& program;
    const HandoutInputs& inputs;
    Document* document;  // photos go into its images
    HandoutStyle style;
    PrintableText printable{};
    std::vector<Exercise> exercises{};  // one per program item, text made printable
    std::vector<DoseUse> uses{};        // how each one's dose is meant
    const Condition* condition = nullptr;
    // Printable program text used on every page.
    std::string clinic_name{};
    std::string clinic_address{};
    std::string phone{};
    std::string emergency_number{};

    // The doses of the exercises done on days (tests and as-needed ones apart).
    std::vector<Dose> dailyDoses() const {
        std::vector<Dose> doses;
        for (std::size_t i = 0; i < uses.size(); ++i) {
            if (doneOnDays(uses[i])) {
                doses.push_back(program.items[i].dose);
            }
        }
        return doses;
    }
    // The numbers (from 1) of the items used in one way.
    std::vector<std::size_t> numbersUsed(DoseUse use) const {
        std::vector<std::size_t> numbers;
        for (std::size_t i = 0; i < uses.size(); ++i) {
            if (uses[i] == use) {
                numbers.push_back(i + 1);
            }
        }
        return numbers;
    }

    BlockBuilder builder() const {
        return BlockBuilder(style.contentLeft(), style.contentWidth(), style.leading);
    }
};

// A labelled paragraph: "Stop if:" in bold, then the text.
std::vector<Span> labelled(const std::string& label, const std::string& text);

// The top of page 1: the title and who it is for, then the main message in its box with the
// therapist's instructions, or without them (they then follow the safety box on their own).
struct PageOneTop {
    Block who;
    Block message_and_glance;        // the list at a glance in the message's box
    Block message_and_glance_alone;  // the same without the instructions
    Block message;
    Block message_alone;
    std::vector<Block> instructions;  // empty when there are none
};
PageOneTop titleBlocks(Context& c);
Block glanceBlock(Context& c);  // every exercise and its dose in a line
// The same list into a builder, under a title of the size given (inside the message's box).
void glanceList(const Context& c, BlockBuilder& b, double title_size);
std::vector<Block> educationBlocks(Context& c);     // about the condition
std::vector<Block> movingSafelyBlocks(Context& c);  // down to the floor and up, dizziness
std::vector<Block> overTimeBlocks(Context& c);      // on a bad day, when it gets easy
// The safety box; before_emergency, when given, is set to the height of the box above the
// emergency signs (what page 1 must hold of it when the box goes on to page 2).
Block safetyBlock(Context& c, double* before_emergency = nullptr);
std::vector<Block> exerciseBlocks(Context& c);

// The pictures of an exercise in a row: start and end side by side in frames of one size, at
// least 2.4 in wide (wider in large print, never narrower) and 0.75 to 1.2 in high, an arrow
// from one to the next, and a caption in each; drawn with their top at y.
struct PictureRow {
    std::vector<DrawOp> ops;
    double width = 0;
    double height = 0;
};
PictureRow pictureRow(const std::vector<Picture>& pictures, double x, double y,
                      const HandoutStyle& s, Document& document);
std::vector<Block> logBlocks(Context& c);      // the exercise log, a block per week
std::vector<Block> closingBlocks(Context& c);  // full disclaimer and sources

}  // namespace hep::handout
